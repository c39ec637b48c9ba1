"""Vietnamese working days, for deadlines counted in them (``trong 10 ngày làm việc kể từ ngày ký``).

A working day is a weekday that is no public holiday.  The holidays are those of the Labour Code (Bộ luật Lao
động 2019, Điều 112: Tết Dương lịch, Tết Âm lịch, Giỗ Tổ Hùng Vương, 30/4, 1/5, Quốc khánh) with the days the
Government moves each year, as the ``holidays`` package keeps them (country ``VN``): a maintained table, not
one of ours.  Periods are counted as the Civil Code says (Bộ luật Dân sự 2015, Điều 147–148): the day it starts
from is not counted, and a period of calendar days that ends on a day off ends on the next working day.
"""

from __future__ import annotations

import datetime as dt
import functools

#: The country code of the holiday table.
DEFAULT_COUNTRY = "VN"


@functools.lru_cache(maxsize=64)
def _holidays(year: int) -> frozenset[dt.date]:
    import holidays  # imported when a deadline is counted in days: most parses never need it

    return frozenset(holidays.country_holidays(DEFAULT_COUNTRY, years=year))


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in _holidays(day.year)


def add_working_days(start: dt.date, n: int) -> dt.date:
    """The ``n``-th working day after ``start`` (``start`` itself is not counted)."""
    day = start
    while n > 0:
        day += dt.timedelta(days=1)
        n -= is_working_day(day)
    return day


def add_days(start: dt.date, n: int) -> dt.date:
    """``n`` calendar days after ``start``; a period that ends on a day off ends on the next working day."""
    day = start + dt.timedelta(days=n)
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return day
