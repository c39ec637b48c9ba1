"""A department's name is its head and its portfolio: the fields of state management it is in charge of (``Sở`` +
``Tài chính``, ``Phòng`` + ``Văn hóa và Thông tin``, ``Bộ`` + ``Lao động - Thương binh và Xã hội``).  The fields are
the law's (the departments of a province and a district, Nghị định 24/2014/NĐ-CP and 37/2014/NĐ-CP, 107/2020 and
108/2020, the 2025 reorganisation; the ministries of the Government), not a corpus's: a department of any province is
read by them, whichever fields it joins.  A portfolio read whole ends the name: a word in lower case after it is the
sentence's (``Sở Y tế`` + ``cấp phát thuốc …``), unless it is a place (``Sở Y tế tỉnh Lâm Đồng``)."""

from __future__ import annotations

import regex

from ..pattern_cache import compiled

#: The heads a portfolio follows: a province's department, a ministry, whose names the law gives as their head and
#: their fields and nothing else.  Not ``Phòng``: a division is named freely after its work (``Phòng Xây dựng pháp
#: luật``, ``Phòng Kế hoạch - Tổng hợp``), its fields going on in lower case.
DEPARTMENT_HEADS: tuple[str, ...] = ("Sở", "Bộ")

#: The fields of state management, as written in departments' names (first syllable capitalised; a field of two
#: words joined, ``Giao thông vận tải``, is one).
PORTFOLIO_FIELDS: tuple[str, ...] = (
    "Nội vụ", "Tư pháp", "Tài chính", "Kế hoạch", "Đầu tư", "Công Thương", "Công thương", "Nông nghiệp",
    "Phát triển nông thôn", "Môi trường", "Tài nguyên", "Xây dựng", "Giao thông vận tải", "Giao thông", "Vận tải",
    "Khoa học", "Công nghệ", "Giáo dục", "Đào tạo", "Y tế", "Văn hóa", "Văn hoá", "Thể thao", "Du lịch", "Dân tộc",
    "Tôn giáo", "Ngoại vụ", "Ngoại giao", "Lao động", "Thương binh", "Xã hội", "Thông tin", "Truyền thông",
    "Quốc phòng", "Kinh tế", "Hạ tầng", "Đô thị", "Quản lý đô thị", "Tư pháp - Hộ tịch", "Thống kê",
    # security, beside defence (``Trung tâm Giáo dục quốc phòng và an ninh …``; twenty-fourth twin of A1)
    "An ninh",
)  # fmt: skip

#: The fields the law joins by ``và`` in one department's or ministry's name (the last field before ``và``, the first
#: after it: ``Khoa học và Công nghệ``, ``Văn hóa, Thể thao và Du lịch``, ``Lao động - Thương binh và Xã hội``): two
#: portfolios joined otherwise are two departments (``Các Sở: Nội vụ, Tư pháp và Y tế``).
JOINED_BY_VA: tuple[tuple[str, str], ...] = (
    ("Kế hoạch", "Đầu tư"), ("Nông nghiệp", "Phát triển nông thôn"), ("Nông nghiệp", "Môi trường"),
    ("Tài nguyên", "Môi trường"), ("Thông tin", "Truyền thông"), ("Thương binh", "Xã hội"), ("Thể thao", "Du lịch"),
    ("Văn hóa", "Thể thao"), ("Văn hoá", "Thể thao"), ("Văn hóa", "Thông tin"), ("Văn hoá", "Thông tin"),
    ("Khoa học", "Công nghệ"), ("Công nghệ", "Môi trường"), ("Khoa học", "Thông tin"), ("Giáo dục", "Đào tạo"),
    ("Dân tộc", "Tôn giáo"), ("Kinh tế", "Hạ tầng"), ("Hạ tầng", "Đô thị"), ("Tài chính", "Kế hoạch"),
    ("Quốc phòng", "An ninh"),
)  # fmt: skip

_SEP = r"(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+|[ \t]*[-–][ \t]*)"
_DASH = r"[ \t]*[-–][ \t]*"


def _field(f: str) -> str:
    """A field as a pattern: its first letter as written (a capital), the rest in either case, spaces as any."""
    rest = r"[ \t]+".join(regex.escape(w) for w in f[1:].split(" "))
    return regex.escape(f[0]) + "(?i:" + rest + ")"


_FIELDS = "(?:" + "|".join(_field(f) for f in sorted(PORTFOLIO_FIELDS, key=len, reverse=True)) + ")"
#: A whole portfolio: fields joined by dashes, then commas closed by ``và`` (``Văn hóa, Thể thao và Du lịch``: a comma
#: with no ``và`` after it lists another name, ``Sở Y tế, Kế hoạch …``), ending at a word's end; neither a separator
#: and a capital (a field no list knows, another name), a slash (``…/Sở Văn hóa và Thể thao``: the same body's other
#: name) nor a letter follows it.
_JOINED = _FIELDS + "(?:" + _DASH + _FIELDS + ")*"  # ``Lao động - Thương binh``
PORTFOLIO = compiled(
    _JOINED
    + r"(?:(?:[ \t]*,[ \t]*"
    + _JOINED
    + r")*[ \t]+và[ \t]+"
    + _JOINED
    + ")?(?![\\p{L}])(?!"
    + _SEP
    + "\\p{Lu}|[ \\t]*/)"
)
#: A field written in lower case where a name goes on (``Sở Lao động`` + ``thương binh và xã hội``): still the name's.
FIELD_ANY_CASE = compiled("(?i:" + "|".join(f.replace(" ", r"[ \t]+") for f in PORTFOLIO_FIELDS) + r")(?![\p{L}])")
#: A list of departments' members opening with a portfolio whose first field is a head elsewhere (``Các Sở:`` +
#: ``Khoa học và Công nghệ, Nội vụ, …``: ``Khoa`` heads a faculty): members, no heading's text.
PORTFOLIO_MEMBERS = compiled(r"^[ \t]*" + _JOINED + r"(?:[ \t]+và[ \t]+" + _JOINED + r")?[ \t]*,[ \t]*\p{Lu}")
