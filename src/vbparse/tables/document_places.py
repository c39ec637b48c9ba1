"""The provinces a document names as its own, and the groups of localities they make (issue 53's boards).

A national document may say which provinces its words mean: it defines a group by naming them (``… bao gồm
các tỉnh, thành phố trực thuộc Trung ương: Hà Tĩnh, Quảng Trị … và Lâm Đồng (sau đây gọi tắt là các tỉnh,
thành phố)``), or it is about a project that crosses them (``tuyến đường sắt … đi qua địa phận 09 tỉnh, thành
phố trực thuộc trung ương gồm: Lào Cai, … và Hải Phòng``).  Its ``Ủy ban nhân dân các tỉnh, thành phố`` (or, in
the project's case, its ``Ủy ban nhân dân cấp tỉnh``) are then those provinces', not every province's: a city
outside the list gets none of their tasks.

Each way of naming them is a record with its id, its pattern (on folded text, whitespace collapsed) and invented
examples beside counter-examples (``tests/test_document_places.py``).  A list is taken only when every item of
it is a province the gazetteer knows: a list it cannot read whole restricts nothing (never invented).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..pattern_cache import compiled


@dataclass(frozen=True)
class PlacesRule:
    """A way a document names its provinces: ``pattern`` has the group ``places`` (the list) and, for a
    definition, ``term`` (the words the document then uses for them); ``whole``: the document's every group of
    provincial localities means them (a project's route), not only the defined term."""

    id: str
    pattern: regex.Pattern
    whole: bool
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...]


#: The list of places: names separated by commas, the last after ``và``; no sentence end or bracket inside.
_LIST = r"(?P<places>[^():;.]{3,400}?)"
#: The words a group of provinces is written with before its list (folded): ``các tỉnh, thành phố trực thuộc
#: Trung ương``, ``09 tỉnh, thành phố``, ``05 tỉnh``.
_PROVINCES = r"(?:cac |\d+ )?tinh(?:,? thanh pho)?(?: truc thuoc trung uong)?"
#: ``bao gồm các tỉnh, thành phố:`` or ``05 tỉnh gồm:``.
_INCLUDING = rf"(?:(?:gom|bao gom)(?: co)? {_PROVINCES}|{_PROVINCES} (?:gom|bao gom))"

PLACES_RULES: tuple[PlacesRule, ...] = (
    PlacesRule(
        "places.defined_group",
        compiled(
            rf"{_INCLUDING}\s?:? {_LIST}\s?\((?:sau day )?goi (?:tat |chung )?la "
            r"(?P<term>[^()]{3,80})\)"
        ),
        whole=False,
        examples=(
            (
                "các địa bàn bị hạn hán, bao gồm các tỉnh, thành phố trực thuộc Trung ương: Ninh Thuận, Bình Thuận "
                "và Khánh Hòa (sau đây gọi tắt là các địa phương)."
            ),
            (
                "Hỗ trợ 05 tỉnh gồm: Sơn La, Điện Biên, Lai Châu, Lào Cai và Hà Giang (sau đây gọi chung là các "
                "tỉnh, thành phố)"
            ),
        ),
        counter_examples=(
            # a list without a definition: one task's places, not the document's
            "Hỗ trợ các tỉnh, thành phố: Ninh Thuận, Bình Thuận và Khánh Hòa tổ chức tập huấn.",
            # a definition of something else
            "Ban Chỉ đạo phòng, chống thiên tai (sau đây gọi tắt là Ban Chỉ đạo)",
        ),
    ),
    PlacesRule(
        "places.route",
        compiled(rf"di qua (?:dia phan|dia ban)(?: cua)? (?:{_INCLUDING}|{_PROVINCES})\s?:? {_LIST}(?=[;.]|$)"),
        whole=True,
        examples=(
            "tuyến cao tốc dài 120 km, đi qua địa phận 03 tỉnh gồm: Lạng Sơn, Bắc Giang và Bắc Ninh;",
            "Đường dây 500 kV đi qua địa bàn các tỉnh, thành phố: Quảng Trị, Huế, Đà Nẵng và Quảng Ngãi.",
        ),
        counter_examples=(
            "tuyến đường đi qua địa bàn xã Bát Xát và xã Mường Hum;",
            "Tăng cường kiểm tra các phương tiện đi qua địa bàn các tỉnh biên giới.",
        ),
    ),
    PlacesRule(
        "places.qualified_group",
        # ``Chủ tịch UBND các tỉnh, thành phố bị ảnh hưởng bởi thiên tai (sau đây gọi tắt là các bộ, cơ quan, địa
        # phương)``: a group of some provinces, defined; they are the ones the document names (with another rule)
        compiled(
            r"cac tinh,? thanh pho (?!truc thuoc)(?P<places>[^():;]{3,80}?)\s?\((?:sau day )?goi (?:tat |chung )?la "
            r"(?P<term>[^()]{3,80})\)"
        ),
        whole=False,
        examples=(
            (
                "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố bị ảnh hưởng bởi hạn hán (sau đây gọi tắt là các bộ, "
                "ngành, địa phương)"
            ),
            "Ủy ban nhân dân các tỉnh, thành phố có đê biển (sau đây gọi chung là các địa phương)",
        ),
        counter_examples=(
            "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương (sau đây gọi tắt là các địa phương)",
        ),
    ),
)

#: The rule whose group is a qualifier, not a list: its term is restricted to the places the others read.
QUALIFIED_GROUP = "places.qualified_group"

#: What marks a collective's member token as one of the provinces a document names as its own (``=thanh pho da
#: nang``): a collective holding such tokens is of those places only (``tables.membership.is_member``).
PLACE = "="

#: What a text holds when one of ``PLACES_RULES`` may match (folded).
PLACES_CUE = compiled(r"goi (?:tat |chung )?la|di qua dia (?:phan|ban)")
#: ``PLACES_CUE`` on the text as written (NFC, any case): the test that spares folding the whole text and the
#: patterns' search on the documents that name no provinces of their own (nearly all).
PLACES_CUE_WRITTEN = compiled(r"(?i)gọi\s+(?:tắt\s+|chung\s+)?là|đi\s+qua\s+địa\s+(?:phận|bàn)")
#: What separates the items of a list (folded).
LIST_SEPARATOR = compiled(r",\s*|\s+va\s+")
#: A province's kind before its name in a list (``tỉnh Lạng Sơn``, ``thành phố Hải Phòng``), dropped to look it up.
PROVINCE_KIND = compiled(r"^(?:tinh|thanh pho|tp\.?)\s+")
#: A defined term that names a group of localities (folded): only those groups are restricted by a definition.
LOCALITY_TERM = compiled(r"(?<![a-z])(?:tinh|thanh pho|dia phuong)(?![a-z])")
#: A group written for every province (folded): never restricted by the document's places.
EVERY_PROVINCE = compiled(r"truc thuoc trung uong|ca nuoc|toan quoc")
