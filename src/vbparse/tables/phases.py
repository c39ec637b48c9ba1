"""How plans state their phases and stages, as data: ``Đợt 1: Từ 01/3/2023 đến 30/4/2023``, ``Giai đoạn 1
(2026 - 2027)``, the quarters of a schedule section.

Each pattern names its parts; ``extract/phases.py`` turns a match into a ``Phase``.  Examples from the
seeds and ``../shared/realdocs`` are pinned in ``tests/test_tables.py``.
"""

from __future__ import annotations

from ..pattern_cache import compiled, gated
from .deadlines import QUARTER_NUMBER

#: One end of a range: ``01/3/2023``, ``01/5`` (year from the other end), ``09 tháng 4 năm 2019``, ``tháng
#: 2/2023``; ``{p}`` prefixes the group names (``a`` for the start, ``b`` for the end).
_D = (
    r"(?:(?P<{p}d>\d{{1,2}})(?:\s*[/.\-]\s*(?P<{p}m>\d{{1,2}}))?(?:\s*[/.\-]\s*(?P<{p}y>(?:19|20)\d{{2}}))?"
    r"(?:\s+tháng\s+(?P<{p}wm>\d{{1,2}})(?:\s+năm\s+(?P<{p}wy>\d{{4}}))?)?"
    r"|tháng\s+(?P<{p}om>\d{{1,2}})(?:\s*(?:/|năm)\s*(?P<{p}oy>(?:19|20)\d{{2}}))?)"
)
_RANGE = (
    r"\(?\s*(?:từ\s*)?\(?\s*(?:ngày\s+)?"
    + _D.format(p="a")
    + r"\s*(?:-|đến|tới)\s*(?:hết\s+)?(?:ngày\s+)?"
    + _D.format(p="b")
    + r"\s*\)?"
)
#: ``Đợt 1: Từ 01/3/2023 đến 30/4/2023``, ``(đợt 2: từ ngày 01/5/2023 đến ngày 02/9/2023)``,
#: ``đợt 1 từ (01/5 đến 02/9/2023)`` and the typo ``Điểm 3: (từ 02/9 đến 31/12/2023)``.
PHASE = gated(compiled(r"(?i)(?P<label>(?P<word>đợt|điểm)\s*(?P<ord>\d{1,2}))\s*:?\s*" + _RANGE), "đợt", "điểm")
#: ``Giai đoạn 1 (2026 - 2027)``, ``Giai đoạn I: từ năm 2026 đến năm 2027``, ``Bước 2 (2027)``: a stage by years.
STAGE = gated(
    compiled(
        r"(?i)(?P<label>(?P<word>giai\s+đoạn|bước)\s+(?P<ord>\d{1,2}|[IVX]{1,4})(?![\p{L}\d]))"
        r"(?!\s+năm\s+(?:19|20)\d{2}\s*(?:-|–|đến))\s*[:(]?\s*"  # ``giai đoạn 03 năm 2026 - 2028``: three years
        r"(?:từ\s+)?(?:năm\s+)?(?P<y1>(?:19|20)\d{2})(?:\s*(?:-|–|đến|tới)\s*(?:năm\s+)?"
        r"(?P<y2>(?:19|20)\d{2}))?\s*\)?"
    ),
    "giai",
    "bước",
)
#: A quarter in an item of a schedule section (``Tiến độ thực hiện``): ``trong Quý I/2026`` is the stage's range.
QUARTER = compiled(
    r"(?i)(?<![\p{L}])quý\s+(?P<q>" + QUARTER_NUMBER + r")(?![\p{L}])\s*(?:/|năm)\s*"
    r"(?P<y>(?:19|20)\d{2})"
)
#: A range in a schedule section, which must open with ``từ``: ``từ 01/3/2023 đến 30/4/2023``, ``từ tháng
#: 2/2023 đến tháng 6/2023``.
RANGE = compiled(r"(?i)(?<!\p{L})" + _RANGE.replace(r"\(?\s*(?:từ\s*)?", r"\(?\s*(?:từ\s+)", 1))

#: A range of years in a schedule section: ``Từ năm 2025 đến hết năm 2030``, ``từ năm 2026 - 2030``.
YEAR_RANGE = compiled(
    r"(?i)(?<!\p{L})từ\s+năm\s+(?P<y1>(?:19|20)\d{2})\s*(?:-|–|đến|tới)\s*(?:hết\s+)?(?:năm\s+)?"
    r"(?P<y2>(?:19|20)\d{2})(?!\d)"
)

#: The label an item of a schedule opens with, its range further on (``- Đợt 01 dự kiến: Cao điểm tập trung trong
#: 10 ngày làm việc (từ ngày 20 tháng 11 năm 2025 đến ngày 03 tháng 12 năm 2025)``): the range is that phase's.
RANGE_LABEL = compiled(r"(?i)^[-+•*\s]*(?P<label>(?P<word>đợt|giai\s+đoạn)\s*(?P<ord>\d{1,2}|[IVX]{1,4}))(?![\p{L}\d])")

#: A range of a schedule section that ends at an event, not a date: ``Từ tháng 10/2025 đến khi tổ chức thành
#: công Đại hội …``, ``từ ngày 15/3/2026 cho đến khi kết thúc``, ``từ tháng 6/2026 trở đi``: a start, no end.
OPEN_RANGE = compiled(
    r"(?i)(?<!\p{L})từ\s+(?:ngày\s+)?"
    + _D.format(p="a")
    + r"\s*,?\s*(?:(?:cho\s+)?(?:đến|tới)\s+(?:khi|lúc)|trở\s+đi)(?!\p{L})"
)

#: Headings of schedule sections, folded: their ranges are stages of the plan (``Thời gian thực hiện``,
#: ``Tiến độ``, ``Lộ trình``, ``Các bước``) …
SCHEDULE_HEADINGS: tuple[str, ...] = ("thoi gian", "tien do", "lo trinh", "cac buoc")
#: … and in those whose heading says more than when (all but ``thời gian``), so are the quarters of their
#: items.
QUARTER_SCHEDULE_HEADINGS: tuple[str, ...] = SCHEDULE_HEADINGS[1:]
