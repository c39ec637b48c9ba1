"""Dates: validated construction, partial ISO strings, deadlines."""

from __future__ import annotations

import calendar
import datetime as dt

import regex

from ..tables import patterns as P


def make_date(day: int | None, month: int | None, year: int | None) -> dt.date | None:
    """A real calendar date or None (``31/2`` and ``tháng 18`` are not dates)."""
    if day is None or month is None or year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


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


_ROMAN_Q = {"I": 1, "II": 2, "III": 3, "IV": 4}
DEADLINE = regex.compile(
    r"(?i)(?P<raw>(?:hoàn thành|xong|chậm nhất|hạn chót|báo cáo|gửi)?[^.;]{0,20}?\btrước\s+(?:ngày\s+)?"
    + P.date_alternatives("") + r")"
)
QUARTER = regex.compile(r"(?i)(?P<raw>\btrong\s+quý\s+(?P<q>IV|III|II|I|[1-4])\s*(?:/|năm\s+)(?P<y>(?:19|20)\d{2}))")
MONTH_END = regex.compile(r"(?i)(?P<raw>\btrong\s+tháng\s+(?P<m>\d{1,2})\s*(?:/|năm\s+)(?P<y>(?:19|20)\d{2}))")
RECURRENCE = regex.compile(r"(?i)\b(?:hàng|hằng)\s+(?P<unit>tháng|quý|năm|tuần|ngày)\b")
_RECURRENCE_NAMES = {"tháng": "monthly", "quý": "quarterly", "năm": "yearly", "tuần": "weekly", "ngày": "daily"}


def find_deadline(text: str, default_year: int | None) -> tuple[dt.date | None, str | None, str | None]:
    """(deadline, raw phrase, recurrence) from a task text."""
    m = DEADLINE.search(text)
    if m:
        d, mo, y = groups_to_dmy(m)
        if y is None:
            y = default_year
        return make_date(d, mo, y), m.group("raw").strip(), _recurrence(text)
    m = QUARTER.search(text)
    if m:
        q = _ROMAN_Q.get(m.group("q").upper()) or int(m.group("q"))
        y = int(m.group("y"))
        month = q * 3
        return dt.date(y, month, calendar.monthrange(y, month)[1]), m.group("raw").strip(), _recurrence(text)
    m = MONTH_END.search(text)
    if m:
        mo, y = int(m.group("m")), int(m.group("y"))
        if 1 <= mo <= 12:
            return dt.date(y, mo, calendar.monthrange(y, mo)[1]), m.group("raw").strip(), _recurrence(text)
    rec = _recurrence(text)
    if rec:
        rm = RECURRENCE.search(text)
        return None, rm.group().strip(), rec
    return None, None, None


def _recurrence(text: str) -> str | None:
    m = RECURRENCE.search(text)
    return _RECURRENCE_NAMES[m.group("unit").lower()] if m else None
