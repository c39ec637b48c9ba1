"""Obligations for the Nhiệm vụ page and its downloads: the filters read from a request, due-date state,
the second sort order, and the assignees offered in the picker."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass

import regex

from ..models import ObligationHit
from ..normalize import fold
from ..query import QueryError
from ..store import Archive
from ..store.corrections import DONE
from ..tables.deadlines import REMINDER_DAYS, reminder_mark
from .view_params import BadParam, choice_param, date_param, flag_param

#: A deadline this many days away or closer (and not past) is marked "sắp đến hạn" (the first reminder).
DEFAULT_DUE_SOON_DAYS = max(REMINDER_DAYS)
#: Rows on one page (then "Trang sau"); the downloads have them all (up to ``DEFAULT_MAX_DOWNLOAD``).  A page
#: of 100 renders in a few milliseconds; 500 took 150 ms on a 20 000-document archive.
DEFAULT_PAGE_ROWS = 100
#: Most rows a CSV or iCalendar download holds: far beyond one assignee's tasks, short of a runaway query.
DEFAULT_MAX_DOWNLOAD = 20_000
#: Assignees offered in the picker (the most frequent ones), counted again after this many seconds: a
#: picker a minute behind the last index is harmless, and counting takes 0.2 s at 20 000 documents.
DEFAULT_PICKER_SIZE = 300
DEFAULT_PICKER_SECONDS = 60.0

ROLES = {"lead": "Chủ trì", "support": "Phối hợp"}
SORTS = {"deadline": "Thời hạn", "plan": "Kế hoạch"}


@dataclass(frozen=True)
class Filters:
    assignee: str
    due_before: dt.date | None
    due_after: dt.date | None
    role: str | None
    overdue: bool
    sort: str
    #: only tasks given by name, not through a collective (giao chung)
    own: bool = False

    def params(self) -> dict[str, str]:
        """The same filters as query parameters (for the download links and the sort switch)."""
        out = {"assignee": self.assignee}
        if self.due_before:
            out["due_before"] = self.due_before.isoformat()
        if self.due_after:
            out["due_after"] = self.due_after.isoformat()
        if self.role:
            out["role"] = self.role
        if self.overdue:
            out["overdue"] = "1"
        if self.own:
            out["own"] = "1"
        if self.sort != "deadline":
            out["sort"] = self.sort
        return out


def read_filters(
    assignee: str | None,
    due_before: str | None,
    due_after: str | None,
    role: str | None,
    overdue: str | None,
    sort: str | None,
    own: str | None = None,
) -> Filters:
    """The filters as typed; ``BadParam`` names the first one that cannot be read."""
    return Filters(
        assignee=(assignee or "").strip(),
        due_before=date_param(due_before, "due_before", "Hạn trước ngày"),
        due_after=date_param(due_after, "due_after", "Hạn sau ngày"),
        role=choice_param(role, "role", "Vai trò", ROLES),
        overdue=flag_param(overdue, "overdue", "Chỉ việc quá hạn"),
        sort=choice_param(sort, "sort", "Sắp xếp", SORTS) or "deadline",
        own=flag_param(own, "own", "Chỉ việc giao riêng"),
    )


def find(archive: Archive, f: Filters, today: dt.date, limit: int) -> list[ObligationHit]:
    if not f.assignee:
        return []
    try:
        hits = archive.obligations(
            f.assignee,
            due_before=f.due_before,
            due_after=f.due_after,
            overdue=f.overdue,
            today=today,
            role=f.role,
            limit=limit,
            shared=not f.own,
        )
    except QueryError as exc:
        raise BadParam("assignee", "Đơn vị / người thực hiện", str(exc)) from None
    if f.sort == "plan":  # by plan (newest first), tasks in their deadline order within it (a stable sort)
        hits.sort(key=lambda h: h.document.id)
        hits.sort(key=lambda h: h.document.issued_date or dt.date.min, reverse=True)
    return hits


def due_state(hit: ObligationHit, today: dt.date, soon_days: int = DEFAULT_DUE_SOON_DAYS) -> str | None:
    """``overdue`` (the deadline has passed), ``soon`` (within ``soon_days``), or ``None`` (no deadline, or
    marked done: a done task is neither overdue nor due)."""
    if hit.deadline is None or hit.progress == DONE:
        return None
    if hit.deadline < today:
        return "overdue"
    if hit.deadline <= today + dt.timedelta(days=soon_days):
        return "soon"
    return None


def due_mark(hit: ObligationHit, today: dt.date) -> int | None:
    """The reminder a task not marked done is within (``tables.deadlines.reminder_mark``: 7, 3 or 1 days)."""
    return None if hit.progress == DONE else reminder_mark(hit.deadline, today)


def due_label(hit: ObligationHit, today: dt.date) -> str | None:
    """What the board and its downloads say of a task's deadline: ``Quá hạn``, ``Sắp đến hạn (còn ≤ 3 ngày)``, or ``None``."""
    state = due_state(hit, today)
    if state == "overdue":
        return "Quá hạn"
    mark = due_mark(hit, today)
    return f"Sắp đến hạn (còn ≤ {mark} ngày)" if mark else None


_choices: dict[tuple, tuple[float, list[tuple[str, int]]]] = {}  # (archive, size) → (when, choices)


def assignee_choices(archive: Archive, limit: int = DEFAULT_PICKER_SIZE) -> list[tuple[str, int]]:
    """The most frequent assignees (canonical names) with their number of tasks, for the picker; counted
    again at most every ``DEFAULT_PICKER_SECONDS`` (counting reads every task of the archive)."""
    key = (archive.db, limit)
    found = _choices.get(key)
    if found is None or time.monotonic() - found[0] > DEFAULT_PICKER_SECONDS:
        found = (time.monotonic(), archive.frequent_assignees(limit))
        _choices.clear()  # one archive per server
        _choices[key] = found
    return found[1]


def download_name(assignee: str, ext: str, prefix: str = "nhiem-vu") -> str:
    """An ASCII file name for a download (``nhiem-vu-so-tai-chinh.csv``, ``so-theo-doi-so-tai-chinh.xlsx``):
    the header must not carry the request's text as is."""
    slug = regex.sub(r"[^a-z0-9]+", "-", fold(assignee).lower()).strip("-")[:60] or "tat-ca"
    return f"{prefix}-{slug}.{ext}"
