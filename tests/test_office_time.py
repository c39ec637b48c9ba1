"""The offices' day: deadlines, "done on time" and the times people read are in Asia/Ho_Chi_Minh (UTC+7), whatever
the server's zone (a server kept in UTC counted the morning's overdue tasks seven hours late)."""

from __future__ import annotations

import datetime as dt

from vbparse.models import Assignee, DocumentSummary, ObligationHit
from vbparse.office_time import office_date, office_today
from vbparse.store.followup import task_state
from vbparse.web.view_text import vn_datetime

UTC = dt.UTC


def test_the_offices_day_begins_at_midnight_in_vietnam_not_in_utc():
    assert office_today(dt.datetime(2026, 9, 30, 17, 0, tzinfo=UTC)) == dt.date(2026, 10, 1)  # 00:00 in Hà Nội
    assert office_today(dt.datetime(2026, 9, 30, 16, 59, tzinfo=UTC)) == dt.date(2026, 9, 30)  # counter-example
    assert office_date(dt.datetime(2026, 9, 30, 20, 0)) == dt.date(2026, 10, 1)  # stored without a zone: UTC


def _done(deadline: dt.date, at: dt.datetime) -> ObligationHit:
    return ObligationHit(
        document=DocumentSummary(id="0" * 16),
        assignee=Assignee(raw="Sở Y tế"),
        role="lead",
        mode="assigned",
        task="Tổ chức kiểm tra",
        deadline=deadline,
        progress="da_hoan_thanh",
        corrected_at=at,
    )


def test_a_task_marked_done_after_midnight_in_vietnam_on_the_day_after_its_deadline_is_late():
    deadline = dt.date(2026, 9, 30)
    assert task_state(_done(deadline, dt.datetime(2026, 9, 30, 18, 0, tzinfo=UTC)), deadline) == "late"  # 01:00
    assert task_state(_done(deadline, dt.datetime(2026, 9, 30, 16, 30, tzinfo=UTC)), deadline) == "on_time"


def test_times_people_read_are_in_vietnam():
    assert vn_datetime(dt.datetime(2026, 9, 30, 18, 5, tzinfo=UTC)) == "01/10/2026 01:05"
    assert vn_datetime("2026-09-30T02:30:00+00:00") == "30/09/2026 09:30"
