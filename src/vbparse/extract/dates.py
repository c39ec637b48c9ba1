"""Dates: validated construction and partial ISO strings (deadlines: ``deadlines.py``)."""

from __future__ import annotations

import datetime as dt

import regex


def make_date(day: int | None, month: int | None, year: int | None) -> dt.date | None:
    """A real calendar date or None (``31/2`` and ``tháng 18`` are not dates)."""
    if day is None or month is None or year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


#: The years a document of the state can bear: from its first documents to the end of the century (a year
#: read as ``2226`` is a ``2026`` misread, not a date).
DEFAULT_FIRST_YEAR = 1945
DEFAULT_LAST_YEAR = 2100


def plausible_year(year: int) -> bool:
    return DEFAULT_FIRST_YEAR <= year <= DEFAULT_LAST_YEAR


def plausible(day: int | None, month: int | None) -> bool:
    return (day is None or 1 <= day <= 31) and (month is None or 1 <= month <= 12)


def partial_iso(day: int | None, month: int | None, year: int | None) -> str | None:
    """``2023-02-01``, or ``2023-02`` when only the month is known; None without a year."""
    if year is None:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    d = make_date(day, month, year)
    return d.isoformat() if d else None


def groups_to_dmy(m: regex.Match, prefix: str = "") -> tuple[int | None, int | None, int | None]:
    """Read (day, month, year) from a match of ``patterns.date_alternatives(prefix)``."""
    for form in ("w", "n"):
        d = m.group(f"{prefix}{form}d")
        if d is not None:
            mo = m.group(f"{prefix}{form}m")
            y = m.group(f"{prefix}{form}y")
            return int(d), int(mo) if mo else None, int(y) if y else None
    return None, None, None
