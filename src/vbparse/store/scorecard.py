"""The scorecard (issue 53): per unit and quarter, the tasks due, done on time, done late, overdue and still in
progress, and the on-time rate (tỷ lệ đúng hạn) provinces publish each quarter and count toward thi đua.

The tasks are the unit's board (``Archive.obligations``: corrections applied, giao chung included, the lines
marked not a task and the clauses set aside left out) where the unit leads (chủ trì: a phối hợp row is the
lead's task to report); each is in the quarter its deadline falls in, and stands as the register says
(``followup.task_state``: done on time or late by when it was marked done, overdue, in progress).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from typing import Any, cast

from ..chars import match_key
from ..models import ObligationHit, ScorecardRow
from ..office_time import office_today
from .followup import task_state

_QUARTERS = ("I", "II", "III", "IV")


def quarter_of(day: _dt.date) -> int:
    return (day.month - 1) // 3 + 1


def period_label(year: int, quarter: int) -> str:
    """``Quý II/2026``."""
    return f"Quý {_QUARTERS[quarter - 1]}/{year}"


def on_time_rate(on_time: int, late: int, overdue: int) -> float | None:
    """Of the tasks done or past their deadline, the share done in time; ``None`` when there is none."""
    settled = on_time + late + overdue
    return round(on_time / settled, 4) if settled else None


def scorecard_rows(
    unit: str,
    hits: Iterable[ObligationHit],
    today: _dt.date,
    *,
    year: int | None = None,
    quarter: int | None = None,
    roles: frozenset[str] = frozenset({"lead"}),
) -> list[ScorecardRow]:
    """``unit``'s rows, one per quarter its tasks fall due in (of ``year``, or only ``quarter`` of it: that row
    even when nothing falls due in it), oldest first."""
    counts: dict[tuple[int, int], dict[str, int]] = {}
    if year is not None and quarter is not None:
        counts[(year, quarter)] = {}
    for h in hits:
        if h.deadline is None or h.role not in roles:
            continue
        key = (h.deadline.year, quarter_of(h.deadline))
        if (year is not None and key[0] != year) or (quarter is not None and key[1] != quarter):
            continue
        c = counts.setdefault(key, {})
        state = task_state(h, today)
        c[state] = c.get(state, 0) + 1
    rows = []
    for (y, q), c in sorted(counts.items()):
        on_time, late, overdue = c.get("on_time", 0), c.get("late", 0), c.get("overdue", 0)
        rows.append(
            ScorecardRow(
                unit=unit,
                year=y,
                quarter=q,
                period=period_label(y, q),
                due=sum(c.values()),
                on_time=on_time,
                late=late,
                overdue=overdue,
                in_progress=c.get("in_progress", 0),
                on_time_rate=on_time_rate(on_time, late, overdue),
            )
        )
    return rows


class Scorecards:
    """The archive's scorecard (a part of ``Archive``)."""

    def scorecard(
        self,
        unit: str,
        *,
        today: _dt.date | None = None,
        year: int | None = None,
        quarter: int | None = None,
    ) -> list[ScorecardRow]:
        """``unit``'s scorecard by quarter (``scorecard_rows``) as of ``today``."""
        hits = cast(Any, self).obligations(unit)
        return scorecard_rows(unit, hits, today or office_today(), year=year, quarter=quarter)

    def scorecard_units(self) -> list[str]:
        """The units of the accounts not disabled (the office's own), each once as first written, in the order of
        their names: a scorecard's default."""
        seen: dict[str, str] = {}
        for a in cast(Any, self).accounts():
            if a.unit and not a.disabled:
                seen.setdefault(match_key(a.unit), a.unit)
        return [seen[k] for k in sorted(seen)]
