"""The offices' day and time: Asia/Ho_Chi_Minh (UTC+7 all year, no daylight saving since 1975), whatever zone the
server runs in.

An archive stores times in UTC.  A deadline is a day of the offices' calendar, so "today", "done before its
deadline" and the times people read are all taken in the offices' zone: a server kept in UTC otherwise counted a
task overdue seven hours late each morning, called a task marked done at 01:00 on the day after its deadline on
time, and printed its corrections' times seven hours behind the clock on the office's wall.
"""

from __future__ import annotations

import datetime as _dt

#: The offices' zone (a fixed offset: Vietnam keeps no daylight saving).
OFFICE_ZONE = _dt.timezone(_dt.timedelta(hours=7), "ICT")


def office_now(now: _dt.datetime | None = None) -> _dt.datetime:
    """``now`` (default: the clock) in the offices' zone; a time without a zone is UTC, as the archive writes it."""
    when = now if now is not None else _dt.datetime.now(_dt.UTC)
    if when.tzinfo is None:
        when = when.replace(tzinfo=_dt.UTC)
    return when.astimezone(OFFICE_ZONE)


def office_today(now: _dt.datetime | None = None) -> _dt.date:
    """The offices' date now (or at ``now``): the day deadlines are counted against."""
    return office_now(now).date()


def office_date(when: _dt.datetime) -> _dt.date:
    """The offices' date of a stored time (a correction's ``created``)."""
    return office_now(when).date()
