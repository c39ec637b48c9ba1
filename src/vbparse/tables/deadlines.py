"""How plans state when a task is due, as data: the forms of a deadline and of a recurrence.

Each pattern names its parts (``d``, ``m``, ``y``, ``q``, ``y2``); ``extract/deadlines.py`` turns a match
into the last day the text allows and its precision.  Examples (from ``../shared/realdocs`` and the seeds)
are pinned in ``tests/test_deadlines.py``.
"""

from __future__ import annotations

import datetime as _dt

from ..pattern_cache import compiled, gated, longest_first

_Y = r"(?:19|20)\d{2}"
#: A quarter as plans number it, Roman or Arabic (``quý II``, ``Quý 2``) → its number.
QUARTER_NUMBERS: dict[str, int] = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}
#: ``QUARTER_NUMBERS`` as an alternation, longest first (``IV`` before ``I``).
QUARTER_NUMBER = "|".join(longest_first(QUARTER_NUMBERS))

#: ``30/6/2026``, ``30-6-2026``, ``30.6.2026``, ``ngày 30 tháng 6 năm 2026``; day and month, year optional.
DAY_DATE = (
    rf"(?:ngày\s+)?(?P<d>\d{{1,2}})\s*(?:[/.\-]\s*(?P<m>\d{{1,2}})(?:\s*[/.\-]\s*(?P<y>{_Y}))?"
    rf"|\s+tháng\s+(?P<m2>\d{{1,2}})(?:\s*(?:năm|/)\s*(?P<y2>{_Y}))?)"
)
#: ``quý II/2026``, ``Quý 2 năm 2026``, ``quý III`` (year from the plan).
QUARTER_DATE = rf"quý\s+(?P<q>{QUARTER_NUMBER})(?![\p{{L}}])(?:\s*(?:/|năm|-)\s*(?P<y>{_Y}))?"
#: ``tháng 8/2024``, ``Tháng 8 năm 2024``, ``tháng 12`` (year from the plan).
MONTH_DATE = rf"tháng\s+(?P<m>\d{{1,2}})(?:\s*(?:/|năm|-)\s*(?P<y>{_Y}))?(?![\d/])"
#: ``năm 2026``, ``2024 - 2025``, ``giai đoạn 2026-2030``.
YEAR_DATE = rf"(?:năm\s+|giai\s+đoạn\s+)?(?P<y>{_Y})(?:\s*-\s*(?P<y2>{_Y}))?(?![\d/])"

#: Words that promise the deadline after them (``bảo đảm hoàn thành trong Quý III/2046``, ``phấn đấu xong trước …``):
#: the date is still when, the words no task of their own.
DEADLINE_PROMISE = compiled(r"(?i)(?:bảo\s+đảm|đảm\s+bảo|phấn\s+đấu)\s+(?=hoàn\s+thành|xong)")

#: Words that say a date in prose is a deadline (``trước ngày``, ``hoàn thành trong quý II``,
#: ``chậm nhất``, ``xong``, ``thời gian hoàn thành:``).  Without one, a date in prose is when something
#: happened or which period a report covers, not a deadline.
#: ``Thời gian xong trước ngày 10/9/2023.``, ``Hoàn thành trong quý IV năm 2027``.
DEADLINE_CUE = compiled(
    r"(?i)(?<![\p{L}])(?:(?:(?:hoàn\s+thành|xong|gửi|báo\s+cáo|nộp|trình)\s+(?:[\p{L}\s,]{0,40}?\s)?)?"
    r"(?:trước|chậm\s+nhất(?:\s+(?:là|vào))?|hạn\s+chót|(?:hoàn\s+thành|xong)(?:\s+trong)?|trong|đến\s+hết|"
    # a target's year, quarter or month: ``… đạt dưới 40 μg/m3 vào năm 2030``
    r"vào(?=\s+(?:năm|quý|tháng)\s)|"
    r"thời\s+(?:gian|hạn)(?:\s+(?:hoàn\s+thành|thực\s+hiện|tổ\s+chức))?\s*:)\s*"
    # the part of the day and the weekday before it (``Thời gian tổ chức: Sáng Chủ nhật, ngày 22/4/2057``, ``trước
    # chiều thứ Sáu, ngày 10/5``; twenty-eighth twins of T2)
    r"(?:(?:sáng|chiều|tối|trưa)\s+)?(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\s*,?\s*)?"
    # an hour of the day before it (``trước 17 giờ ngày 02/4/2031``, ``chậm nhất 16h00 ngày 15/3``)
    r"(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?\s*,?\s+(?=ngày))?(?:(?:các\s+)?ngày\s+)?(?=\d|quý|tháng|năm)"
    # the day of an occasion the task is held on, a day and a month: ``nhân ngày Chuyển đổi số Quốc gia 10/10``
    # (03), ``nhân ngày 20/11``; not ``nhân dịp năm mới 2026`` (a year names no day)
    r"|nhân\s+(?:ngày|dịp)(?:\s+\p{L}+){0,8}?\s*(?=\d{1,2}\s*(?:[/.\-]\s*\d|tháng)))"
)
#: A time that opens a task's sentence, before its comma: the time the task is set for (``Quý I/2027, các cơ
#: quan … đánh giá kết quả …``, 04; ``Trong tháng 12/2026, …``).  A date inside the sentence is not one
#: (``tổ chức hội nghị ngày 20/5/2026``: when it happens).
OPENING_TIME = compiled(r"(?i)^\s*(?:trong\s+)?(?=quý|tháng|ngày|\d{1,2}\s*[/.-]\s*\d)")
#: ... and the comma that closes it.
OPENING_TIME_END = compiled(r"\s*,")

#: Days listed before their month (``các ngày 11 và 12 tháng 6 năm 2057``, ``ngày 11, 12/6/2057``; twenty-eighth twins
#: of T2): up to the last day, whose date (with the month) ends them.
DAY_LIST = compiled(r"\d{1,2}(?:\s*,\s*\d{1,2})*\s*(?:,|và)\s*(?=\d{1,2}\s*(?:[/.\-]\s*\d|tháng))")

#: A range ``từ 01/3/2026 đến 30/4/2026``, ``từ tháng 3 đến tháng 9/2026``: the end is the deadline.
#: ``Từ 01/3/2023 đến 30/4/2023``, ``Quý IV/2025- Quý II/2026``; not ``từ 06/3/2026 đến thời điểm kiểm tra``.
#: Months listed with the year after the last (``Tháng 6 và tháng 7/2055``, ``tháng 6, tháng 7/2055``) end with it too.
RANGE_END = compiled(
    r"(?i)(?<![\p{L}])(?:(?:đến|tới|-)\s*(?:hết\s+)?(?:ngày\s+)?(?=\d|quý|tháng|năm)|(?:và|,)\s*(?=tháng\s+\d))"
)

#: The start of a range (``từ ngày 15/11 đến ngày 15/12``, ``Từ tháng 11/2025 đến quý I/2026``): in prose a
#: range is a deadline cue (its end is the deadline); a start alone (``Từ 01/7/2025``) is no deadline.
RANGE_START = compiled(r"(?i)(?<![\p{L}])từ\s+(?:ngày\s+)?(?=\d|quý|tháng|năm)")
#: ``từ`` (``từ ngày``) right before a date: the date starts a period.
FROM_BEFORE = compiled(r"(?i)(?<![\p{L}])(?:từ|(?:từ\s+)?sau|kể\s+từ)\s+(?:ngày\s+)?$")
#: ``trước`` right before a year, a quarter or a month (``Trước năm 2030``, ``trước quý III/2026``): the period
#: must not have begun, so the last day allowed is the one before it (``2029-12-31``).
BEFORE_PERIOD = compiled(r"(?i)(?<![\p{L}])trước\s+(?:ngày\s+)?$")

#: Things a date can say which of (``nhà ở xây dựng trước ngày 01/7/2006``: the houses built before it), and the
#: verbs of their coming into being or approval that carry the date (lower case: ``Sở Xây dựng`` is a name).
QUALIFIED_THINGS = (
    "nhà ở",
    "nhà",
    "công trình",
    "dự án",
    "hồ sơ",
    "thửa đất",
    "đất",
    "hợp đồng",
    "giấy phép",
    "giấy chứng nhận",
    "tài sản",
    "phương tiện",
    "doanh nghiệp",
    "khoản nợ",
    "văn bản quy phạm pháp luật",
)
QUALIFYING_VERBS = (
    "xây dựng",
    "phê duyệt",
    "cấp",
    "cấp phép",
    "thành lập",
    "hình thành",
    "đưa vào sử dụng",
    "sử dụng ổn định",
    "khởi công",
    "ký kết",
    "phát sinh",
    "có hiệu lực",
    "tiếp nhận",
    "ban hành",
)
#: A date that says which thing is meant, not when the task is due: a thing, or a past ``đã``, then a verb of
#: its coming into being, then ``trước``/``từ`` (``nhà ở (xây dựng trước ngày …``, ``công trình xây dựng (xây dựng
#: trước ngày …`` after a few words of the thing's name, in parentheses), ``các dự án được phê duyệt trước
#: ngày …``, ``giấy chứng nhận đã cấp trước ngày …``, ``hồ sơ tiếp nhận từ ngày … đến ngày …``).  Tried on the text
#: up to a deadline cue's end; not ``trình UBND tỉnh phê duyệt trước ngày …`` (the task's own verb, after a body).
QUALIFIED_DATE = compiled(
    r"(?i)(?<![\p{L}])(?:(?:"
    + "|".join(longest_first(QUALIFIED_THINGS))
    + r")(?:(?:\s+\p{Ll}+){0,3}\s*\(\s*|\s+(?:đã\s+)?(?:được\s+)?)|đã\s+(?:được\s+)?)(?-i:"
    + "|".join(longest_first(QUALIFYING_VERBS))
    + r")\s+(?:trước|từ)\s+(?:ngày\s+)?$"
)

#: Where a date may start in a table's time column: a digit, or ``quý``, ``tháng``, ``năm``, ``giai đoạn``.
DATE_START = compiled(r"(?i)(?<![\p{L}\d])(?=\d|quý|tháng|năm|giai\s+đoạn)")

#: ``ngày 10 tháng 3 năm 2023``, ``quý III/2023``, ``trong tháng 01/2026``, ``giai đoạn 2026 - 2030``.
DAY_RE = compiled(r"(?i)" + DAY_DATE)
QUARTER_RE = compiled(r"(?i)" + QUARTER_DATE)
MONTH_RE = compiled(r"(?i)" + MONTH_DATE)
YEAR_RE = compiled(r"(?i)" + YEAR_DATE)
#: A school year's name before its years (``năm học 2046-2047``, ``Học kỳ II năm học …``): its end is no calendar
#: year's and the text gives no day of it, so the years are no deadline (never invented).
SCHOOL_YEAR_BEFORE = compiled(r"(?i)(?:năm|niên)\s+học\s*$")

#: Recurrence words → the recurrence they give.  ``Thường xuyên`` and ``liên tục`` are ongoing duties.
#: ``trong tháng`` alone is each month's (``báo cáo kết quả trong tháng``); ``trong tháng 01/2026`` names one
#: month, a one-off deadline (01_kh-ubnd-lamdong-cchc-2026: eleven such tasks were read as monthly).
RECURRENCES: tuple[tuple[str, str], ...] = (
    (r"(?:hằng|hàng)\s+ngày", "daily"),
    (r"(?:hằng|hàng)\s+tuần", "weekly"),
    # a day of the following month (``trước ngày 10 của tháng tiếp theo``, ``chậm nhất ngày 20 tháng sau``): each
    # month's report, due in the next; not ``trong vòng 3 tháng sau khi …`` (no day of it)
    (
        (
            r"(?:hằng|hàng)\s+tháng|(?:của\s+)?tháng\s+liền\s+kề|trong\s+tháng(?!\s*\d)"
            r"|(?<=ngày\s+\d{1,2}\s+(?:của\s+)?)tháng\s+(?:tiếp\s+theo|sau)"
        ),
        "monthly",
    ),
    (r"(?:hằng|hàng)\s+quý|định\s+kỳ\s+quý|(?:của\s+)?quý\s+liền\s+kề", "quarterly"),
    (r"(?:hằng|hàng)\s+năm|(?:của\s+)?năm\s+liền\s+kề|định\s+kỳ\s+năm", "yearly"),
    # not of something that happens (``khu vực thường xuyên xảy ra khai thác trái phép``, ``nơi thường xuyên bị
    # ngập``, ``phương tiện thường xuyên đi qua``): a place's trait, not the task's cadence; not a budget's recurrent
    # spending (``tiết kiệm chi thường xuyên``, ``kinh phí thường xuyên``)
    (
        (
            r"(?<!(?:chi|phí|sách)\s+)(?:thường\s+xuyên|liên\s+tục)"
            r"(?!\s+(?:xảy\s+ra|diễn\s+ra|bị|gặp|xuất\s+hiện|phát\s+sinh|đi\s+qua|qua\s+lại)(?![\p{L}]))"
        ),
        "continuous",
    ),
)
#: Each recurrence as plans write it (the board, its downloads and the calendar say it so).
#: The days before a deadline at which an office is reminded of it (issue 42: 7, 3 and 1 days, as offices
#: keep them): the board's marks, ``vbparse due``'s and the calendar feed's alarms.
REMINDER_DAYS: tuple[int, ...] = (7, 3, 1)


def reminder_mark(deadline: _dt.date | None, today: _dt.date, marks: tuple[int, ...] = REMINDER_DAYS) -> int | None:
    """The nearest reminder a deadline is within: ``1`` when it is today or tomorrow, ``3`` within three days,
    ``7`` within seven; ``None`` when it has passed, is further away, or there is none."""
    if deadline is None or deadline < today:
        return None
    left = (deadline - today).days
    return min((m for m in marks if left <= m), default=None)


RECURRENCE_LABELS: dict[str, str] = {
    "daily": "hằng ngày",
    "weekly": "hằng tuần",
    "monthly": "hằng tháng",
    "quarterly": "hằng quý",
    "yearly": "hằng năm",
    "continuous": "thường xuyên",
}
#: ``trước ngày 18 hàng tháng``, ``Trước ngày 31/01 năm liền kề``, ``Thường xuyên``.
RECURRENCE_RE = gated(
    compiled(
        r"(?i)(?<![\p{L}])(?:" + "|".join(f"(?P<r{i}>{p})" for i, (p, _r) in enumerate(RECURRENCES)) + r")(?![\p{L}])"
    ),
    # the words of each branch of ``RECURRENCES``, the rarer where one is common (``liên`` quan, quy ``định``, ngân
    # ``hàng``, a date's ``tháng``): ``hằng`` …, ``hàng`` ngày/tuần/tháng/quý/năm, tháng/quý/năm ``liền`` kề,
    # ``trong`` ``tháng``, định ``kỳ``, thường ``xuyên``, liên ``tục``
    "hằng",
    *(("hàng", period) for period in ("ngày", "tuần", "tháng", "quý", "năm")),
    "liền",
    ("trong", "tháng"),
    ("tháng", "tiếp"),
    ("tháng", "sau"),
    "kỳ",
    "xuyên",
    "tục",
)
RECURRENCE_NAMES = {f"r{i}": r for i, (_p, r) in enumerate(RECURRENCES)}
#: The day of each month a monthly task is due on, written before its recurrence (``trước ngày 20 hằng
#: tháng``, ``vào ngày 25 hàng tháng``, ``ngày 05 của mỗi tháng``): the calendar repeats it on that day (issue 41);
#: ``next`` when it is a day of the month after the one reported on (``Trước ngày 05 của tháng liền kề``, ``trước
#: ngày 10 của tháng tiếp theo``, ``chậm nhất ngày 20 tháng sau``, issue 53): the first falls in the next month.
MONTHLY_DAY = compiled(
    r"(?i)(?<![\p{L}])(?:(?:trước|vào|trong|chậm\s+nhất(?:\s+(?:là|vào))?)\s+)?ngày\s+(?P<day>\d{1,2})"
    r"(?!\s*[/.-]\s*\d)\s+(?:của\s+)?(?:(?:hằng|hàng|mỗi)\s+tháng|(?P<next>tháng\s+(?:liền\s+kề|tiếp\s+theo|sau)))"
    r"(?![\p{L}])"
)
#: ``liền kề`` (the next month/year): a yearly report ``trước ngày 31/01 năm liền kề`` is due in the
#: year after the plan's.
NEXT_PERIOD = compiled(r"(?i)(?:năm|tháng)\s+liền\s+kề|năm\s+sau")

#: An open end right after the date: ``Giai đoạn 2026-2030 và những năm tiếp theo``, ``từ năm 2026 trở đi``: no
#: last day.  Not ``Hoàn thành trong năm 2026 và có rà soát, bổ sung trong các năm tiếp theo``: the task is due
#: in 2026, its later reviews are not.
OPEN_ENDED = compiled(
    r"(?i)\s*,?\s*(?:(?:và\s+)?(?:các|những)\s+năm\s+tiếp\s+theo|(?:về\s+sau\s+|)trở\s+đi)(?![\p{L}])"
)

#: A cell or line that points elsewhere instead of stating it: a time column (``Theo Kế hoạch …``, ``Theo
#: hướng dẫn của Trung ương``: no deadline), an assignment (``Theo phân công tại Quyết định …``: nobody named).
BY_REFERENCE = compiled(r"(?i)^\s*(?:theo|căn\s+cứ|như)(?![\p{L}])")
#: The year a plan is for, in its title (``Cải cách hành chính nhà nước năm 2026``).
PLAN_YEAR = compiled(r"(?i)(?<![\p{L}])năm\s+((?:19|20)\d{2})(?!\d)")
#: A period in a title (``giai đoạn 2026 - 2030``, ``đến năm 2030``): the plan is for more than one year.
PERIOD_IN_TITLE = compiled(r"(?i)giai\s+đoạn|(?:19|20)\d{2}\s*-\s*(?:19|20)\d{2}|đến\s+năm")

#: A time counted from the day the document is signed or issued (``trong 10 ngày làm việc kể từ ngày ký``,
#: ``chậm nhất 15 ngày kể từ ngày Kế hoạch này được ban hành``): the deadline is that many days, or working
#: days, after the issue date.  Counted from another event (``kể từ ngày nhận hồ sơ``, ``kể từ khi kết thúc Đại
#: hội``) it has no calendar date.
RELATIVE_TO_ISSUE = compiled(
    r"(?i)(?<![\p{L}])(?:trong(?:\s+vòng|\s+thời\s+hạn)?|chậm\s+nhất(?:\s+là)?(?:\s+sau)?|sau)\s+"
    r"(?P<n>\d{1,3})\s+ngày(?P<working>\s+làm\s+việc)?\s*,?\s*(?:kể\s+)?từ\s+(?:ngày\s+)?"
    r"(?:(?:Kế\s+hoạch|Quyết\s+định|Chỉ\s+thị|văn\s+bản|Công\s+văn)(?:\s+này)?\s+(?:được\s+)?)?"
    r"(?:ký(?:\s+ban\s+hành)?|ban\s+hành)(?![\p{L}])"
)
