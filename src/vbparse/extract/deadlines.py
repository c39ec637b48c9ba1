"""Deadlines a user can sort by: the last day the text allows, how precise that is, and recurrence.

``trước ngày 30/6/2026`` → 2026-06-30 (day); ``Quý II/2026`` → 2026-06-30 (quarter); ``Tháng 8/2024`` →
2024-08-31 (month); ``Năm 2026`` → 2026-12-31 (year), so that it is not mistaken for a date someone wrote;
``Thường xuyên`` → no date, continuous; ``trước ngày 18 hằng tháng`` → no date, monthly.  A date without a
year takes the plan's year.  In prose a date is a deadline only after a cue (``trước``, ``hoàn thành``,
``chậm nhất``, ``trong quý``); in a table's time column every date is one.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

import regex

from ..chars import has_digit
from ..pattern_cache import compiled, finditer_at_words, search_at_words
from ..tables.deadlines import (
    BEFORE_PERIOD,
    BY_REFERENCE,
    DATE_START,
    DAY_LIST,
    DAY_RE,
    FROM_BEFORE,
    MONTH_RE,
    MONTHLY_DAY,
    NEXT_PERIOD,
    OPEN_ENDED,
    OPENING_TIME,
    OPENING_TIME_END,
    PERIOD_IN_TITLE,
    PLAN_YEAR,
    QUALIFIED_DATE,
    QUARTER_NUMBERS,
    QUARTER_RE,
    RANGE_END,
    RANGE_START,
    RECURRENCE_NAMES,
    RECURRENCE_RE,
    RELATIVE_TO_ISSUE,
    SCHOOL_YEAR_BEFORE,
    YEAR_RE,
)
from ..tables.rules import record_pattern
from .workdays import add_days, add_working_days

#: The cues these readers look for, looked up in the records that hold them (``tables/rules.py``): the record is the rule.
DEADLINE_CUE = record_pattern("deadline.task")

#: The longest deadline phrase kept in ``deadline_raw`` (a whole time cell may be a paragraph).
DEFAULT_MAX_RAW = 120


@dataclass(frozen=True)
class Deadline:
    date: dt.date | None = None
    raw: str | None = None
    precision: str | None = None
    recurrence: str | None = None


def _last_day(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _date_at(text: str, pos: int, year: int | None) -> tuple[dt.date, str, int] | None:
    """A date expression starting at ``pos``: (last day it allows, precision, end)."""
    m = QUARTER_RE.match(text, pos)
    if m:
        y = int(m.group("y")) if m.group("y") else year
        if y is None:
            return None
        return _last_day(y, QUARTER_NUMBERS[m.group("q").upper()] * 3), "quarter", m.end()
    m = MONTH_RE.match(text, pos)
    if m:
        mo = int(m.group("m"))
        y = int(m.group("y")) if m.group("y") else year
        if y is None or not 1 <= mo <= 12:
            return None
        return _last_day(y, mo), "month", m.end()
    m = DAY_RE.match(text, pos)
    if m and (m.group("m") or m.group("m2")):
        d = int(m.group("d"))
        mo = int(m.group("m") or m.group("m2"))
        ys = m.group("y") or m.group("y2")
        y = int(ys) if ys else year
        if y is None:
            return None
        try:
            return dt.date(y, mo, d), "day", m.end()
        except ValueError:
            return None
    m = YEAR_RE.match(text, pos)
    if m and SCHOOL_YEAR_BEFORE.search(text, max(0, pos - 12), pos) is None:
        y = int(m.group("y2") or m.group("y"))
        return dt.date(y, 12, 31), "year", m.end()
    return None


def _recurrence(text: str) -> tuple[str | None, regex.Match | None]:
    m = RECURRENCE_RE.search(text)
    if not m:
        return None, None
    return RECURRENCE_NAMES[m.lastgroup], m


def _range_end(text: str, start: int, year: int | None) -> tuple[dt.date, str, int] | None:
    """After a date at ``start``: ``… đến 30/4/2026`` gives the range's end instead."""
    first = _date_at(text, start, year)
    if first is None:
        days = DAY_LIST.match(text, start)  # ``11 và 12 tháng 6 năm 2057``: the last day listed
        return _date_at(text, days.end(), year) if days is not None else None
    r = RANGE_END.match(text, first[2] + (len(text[first[2] :]) - len(text[first[2] :].lstrip())))
    if r:
        second = _date_at(text, r.end(), year)
        if second is not None:
            return second
    return first


def _skip_space(text: str, pos: int) -> int:
    return pos + len(text[pos:]) - len(text[pos:].lstrip())


def plan_year_of(title: str | None) -> int | None:
    """``… năm 2026`` in a plan's title: the one year the plan is for (None for ``giai đoạn 2026 - 2030``)."""
    years = PLAN_YEAR.findall(title or "")
    return int(years[0]) if len(set(years)) == 1 and not PERIOD_IN_TITLE.search(title or "") else None


#: A date found: (the date, its precision, where its words start and end).
_Found = tuple[dt.date, str, int, int]


def _before_period(text: str, at: int, found: _Found) -> _Found:
    """``Trước năm 2030`` (``trước quý III/2026``, ``trước tháng 6/2026``): the period must not have begun, so
    the last day allowed is the one before it; a day (``trước ngày 30/6``) is kept."""
    date, precision, a, b = found
    if precision not in {"year", "quarter", "month"} or not BEFORE_PERIOD.search(text, max(0, at - 12), at):
        return found
    months = {"year": 12, "quarter": 3, "month": 1}[precision]
    first = dt.date(date.year, date.month - months + 1, 1)
    before = first - dt.timedelta(days=1)
    return before, precision, a, b


#: The words every match of ``DEADLINE_CUE`` and of ``RELATIVE_TO_ISSUE`` begins with (lower case): each is tried
#: only where one stands (``pattern_cache.finditer_at_words``), not at every position of a task.
_CUE_FIRSTS = (
    "báo",
    "chậm",
    "đến",
    "gửi",
    "hạn",
    "hoàn",
    "nhân",
    "nộp",
    "thời",
    "trình",
    "trong",
    "trước",
    "vào",
    "xong",
)
_RELATIVE_FIRSTS = ("chậm", "sau", "trong")


#: How far back from a date ``QUALIFIED_DATE`` looks for the thing it qualifies.
_QUALIFIER_REACH = 80


def _qualifies_a_thing(text: str, at: int) -> bool:
    """Whether the date at ``at`` says which thing is meant (``nhà ở xây dựng trước ngày 01/7/2006``, ``các dự án
    được phê duyệt trước ngày …``), not when the task is due."""
    return QUALIFIED_DATE.search(text, max(0, at - _QUALIFIER_REACH), at) is not None


def _cued_date(text: str, year: int | None) -> _Found | None:
    """Prose: the date after a deadline word (``trước ngày …``), else an opening time (``Quý I/2027, …``),
    else the end of a range (``(từ ngày 15/11 đến ngày 15/12)``)."""
    if not has_digit(text) and "quý" not in text.lower():
        return None  # every date ``_date_at`` reads has a digit but a quarter's (``quý II``): most tasks have neither
    period: _Found | None = None  # ``trong năm 2029`` read first: a later day due (``trước ngày …``) comes before it
    for cue in finditer_at_words(DEADLINE_CUE, text, _CUE_FIRSTS):
        if _qualifies_a_thing(text, cue.end()):
            continue
        got = _range_end(text, cue.end(), year)
        if got is None:
            continue
        found = _before_period(text, cue.end(), (got[0], got[1], cue.start(), got[2]))
        if period is not None:
            if found[1] == "day" and _DUE_CUE.search(cue.group()):
                return found  # ``… cần sửa chữa trong năm 2029 trước ngày 30/4/2029``
            continue
        if found[1] in {"year", "quarter", "month"} and _WITHIN_CUE.match(cue.group()):
            period = found
            continue
        return found
    if period is not None:
        return period
    opening = OPENING_TIME.match(text)
    if opening is not None:
        got = _range_end(text, opening.end(), year)
        if got is not None and OPENING_TIME_END.match(text, got[2]):
            return got[0], got[1], opening.start(), got[2]
    for start in RANGE_START.finditer(text):
        if _qualifies_a_thing(text, start.end()):
            continue
        first = _date_at(text, start.end(), year)
        got = _range_end(text, start.end(), year)
        if got is not None and first is not None and got[2] > first[2]:
            return got[0], got[1], start.start(), got[2]
    return None


def _latest_date(text: str, year: int | None) -> _Found | None:
    """A time column: its latest date that is not only the start of a period (``Từ 01/7/2025``)."""
    best: _Found | None = None
    pos = 0
    while pos < len(text):
        m = DATE_START.search(text[pos:])
        if not m:
            break
        at = pos + m.start()
        got = _date_at(text, at, year)
        if got is None:  # skip the whole token: ``31/2/2026`` must not become 1/2/2026
            skip = _TOKEN.match(text[at:])
            pos = at + (skip.end() if skip else 1)
            continue
        starts_period = FROM_BEFORE.search(text, max(0, at - 12), at) is not None
        if starts_period and not RANGE_END.match(text, _skip_space(text, got[2])):
            pos = got[2]  # ``Từ 01/7/2025``: when it starts, not when it is due
            continue
        found = _before_period(text, at, (got[0], got[1], best[2] if best else at, got[2]))
        if best is None or found[0] >= best[0]:
            best = found
        pos = got[2]
    return best


def find_deadline(text: str, year: int | None, *, cued: bool = True) -> Deadline:
    """The deadline stated in ``text``.  ``cued``: only dates after a deadline word count (prose); a
    table's time column passes ``cued=False`` and its latest date counts."""
    rec, rec_m = _recurrence(text)
    if not cued and BY_REFERENCE.match(text):
        # ``Theo Kế hoạch … năm 2026``, ``Theo Điều 17 Nghị định … ngày 28/5/2015``: the time is set elsewhere
        return Deadline(None, text.strip()[:DEFAULT_MAX_RAW], None, rec if rec != "continuous" else None)
    best = _cued_date(text, year) if cued else _latest_date(text, year)
    if best is not None:
        date: dt.date | None  # set to None below for a day of every month
        precision: str | None
        date, precision, a, b = best
        if rec in {"monthly", "weekly", "daily"} and precision == "day" and not _DAY_SLASH_MONTH.search(text[a:b]):
            date, precision = None, None  # ``trước ngày 18 hằng tháng``: a day of every month
        elif OPEN_ENDED.match(text, b):
            date, precision = None, None  # ``… 2030 và những năm tiếp theo``: it does not end
        elif rec == "yearly" and date is not None and NEXT_PERIOD.search(text) and year and date.year == year:
            date = date.replace(year=year + 1)  # ``trước ngày 31/01 năm liền kề``
        raw = (text[a:b] if cued else text).strip(" ,;.()")[:DEFAULT_MAX_RAW]
        if rec == "continuous" and rec_m is not None and rec_m.start() < a and not cued:
            return Deadline(None, text.strip()[:DEFAULT_MAX_RAW], None, rec)
        return Deadline(
            date, raw or None, precision if date else None, rec if rec != "continuous" or date is None else None
        )
    if rec is not None and rec_m is not None:
        day = MONTHLY_DAY.search(text) if rec == "monthly" else None
        return Deadline(None, (day.group() if day else rec_m.group()).strip(), None, rec)
    return Deadline()


# patterns of the functions above, compiled once (named after what they match)
_WITHIN_CUE = compiled(r"(?i)trong(?![\p{L}])")
_DUE_CUE = compiled(r"(?i)(?<![\p{L}])(?:trước|chậm|hạn|hoàn|xong)(?![\p{L}])")
_TOKEN = compiled(r"[\d/.\-]+|\p{L}+")
_DAY_SLASH_MONTH = compiled(r"\d{1,2}\s*/\s*\d")
_YEAR_WRITTEN = compiled(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def every_year(dl: Deadline) -> Deadline:
    """A yearly deadline without its year written (``trước ngày 30 tháng 11 hằng năm``) in a plan of several
    years: a day of every year, no one date."""
    if dl.recurrence == "yearly" and dl.date is not None and not _YEAR_WRITTEN.search(dl.raw or ""):
        return Deadline(None, dl.raw, None, dl.recurrence)
    return dl


def relative_deadline(text: str, issued: dt.date | None) -> Deadline | None:
    """A time counted from the issue date (``trong 10 ngày làm việc kể từ ngày ký``): the day it ends, the words
    kept; without an issue date, the words only."""
    m = search_at_words(RELATIVE_TO_ISSUE, text, _RELATIVE_FIRSTS)
    if m is None:
        return None
    raw = m.group().strip()
    if issued is None:
        return Deadline(None, raw)
    n = int(m.group("n"))
    due = add_working_days(issued, n) if m.group("working") else add_days(issued, n)
    return Deadline(due, raw, "day")
