"""One reading of a unit's name as a person types it (issue 53, item 1): full name, abbreviations, with or
without the place word (``tỉnh``, ``thành phố``), with or without diacritics, in any case — every spelling
of one unit reads as the same name and place; a unit that shares words with another is not it; and a
recipient of a report (``qua X``, ``gửi về X``) is never X's task under any spelling."""

from __future__ import annotations

import pytest

from vbparse.query import assignee_query

#: Spellings of one unit (invented places and units of other provinces than the corpus's), each group read
#: as the same (name, place).
SAME_UNIT = [
    (
        "Văn phòng HĐND và UBND huyện Trà Bồng",
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Trà Bồng",
        "VP HĐND và UBND huyện Trà Bồng",
        "van phong hdnd va ubnd huyen tra bong",
        "VĂN PHÒNG HĐND VÀ UBND HUYỆN TRÀ BỒNG",
    ),
    (
        "Văn phòng UBND thành phố Hà Nội",
        "VP UBND thành phố Hà Nội",
        "VPUBND Hà Nội",
        "Văn phòng Ủy ban nhân dân Hà Nội",
        "van phong uy ban nhan dan thanh pho ha noi",
        "vp ubnd ha noi",
    ),
    (
        "Văn phòng UBND tỉnh Nghệ An",
        "VP UBND tỉnh Nghệ An",
        "VPUBND Nghệ An",
        "Văn phòng Ủy ban nhân dân tỉnh Nghệ An",
        "van phong ubnd tinh nghe an",
        "VĂN PHÒNG UBND TỈNH NGHỆ AN",
    ),
    (
        "Sở Giáo dục và Đào tạo tỉnh Bắc Ninh",
        "So Giao duc va Dao tao tinh Bac Ninh",
        "so giao duc va dao tao bac ninh",
        "Sở GD&ĐT Bắc Ninh",
        "Sở GD&ĐT tỉnh Bắc Ninh",
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC NINH",
    ),
    (
        "Sở Nội vụ tỉnh Nghệ An",
        "Sở Nội vụ Nghệ An",
        "SNV Nghệ An",
        "snv tinh nghe an",
        "SỞ NỘI VỤ TỈNH NGHỆ AN",
    ),
    (
        "Ủy ban nhân dân tỉnh Nghệ An",
        "UBND tỉnh Nghệ An",
        "ubnd tinh nghe an",
        "UBND Nghệ An",
        "uy ban nhan dan nghe an",
    ),
    (
        "Công an tỉnh Nghệ An",
        "CA tỉnh Nghệ An",
        "CAT Nghệ An",
        "Công an Nghệ An",
        "cong an tinh nghe an",
    ),
    (
        "Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An",
        "Sở LĐ-TB&XH tỉnh Nghệ An",
        "so lao dong thuong binh va xa hoi nghe an",
    ),
]


def _read(text: str) -> tuple[str | None, str | None]:
    q = assignee_query(text)
    return q.name, q.place


@pytest.mark.parametrize("spellings", SAME_UNIT, ids=lambda s: s[0])
def test_every_spelling_of_a_unit_reads_as_one_name_and_place(spellings):
    first = _read(spellings[0])
    assert first[0] and first[1], first
    for text in spellings[1:]:
        assert _read(text) == first, text


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Sở Tư pháp tỉnh Nghệ An", "Sở Tài chính tỉnh Nghệ An"),
        ("so tu phap nghe an", "so tai chinh nghe an"),
        ("Văn phòng Sở Y tế tỉnh Nghệ An", "Văn phòng UBND tỉnh Nghệ An"),
        ("UBND tỉnh Nghệ An", "Văn phòng UBND tỉnh Nghệ An"),
        ("ubnd tinh nghe an", "vp ubnd tinh nghe an"),
        ("Sở Nội vụ tỉnh Nghệ An", "Sở Nội vụ tỉnh Hà Tĩnh"),
        ("Văn phòng HĐND và UBND huyện Trà Bồng", "Văn phòng UBND huyện Trà Bồng"),
        ("HĐND tỉnh Nghệ An", "UBND tỉnh Nghệ An"),
    ],
)
def test_a_unit_that_shares_words_with_another_is_not_it(one, other):
    assert _read(one) != _read(other)


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        ("Công an tỉnh", "cong an", "tinh"),
        ("cong an tinh", "cong an", "tinh"),
        ("UBND tỉnh", "uy ban nhan dan", "tinh"),
        ("Sở Tài chính", "so tai chinh", None),
        ("so tai chinh", "so tai chinh", None),
        ("STC", "so tai chinh", None),
        ("Văn phòng Sở Y tế", "van phong so y te", None),
    ],
)
def test_a_name_without_its_place_keeps_no_place_or_its_bare_level(text, name, place):
    assert _read(text) == (name, place)


def test_a_person_is_still_read_as_a_person():
    q = assignee_query("Nguyễn Ngọc Luyện")
    assert q.name is None and q.text == "nguyen ngoc luyen"
