"""A place whose proper name holds a word that heads bodies (``Hải Phòng``: ``Phòng``; ``Hội An``: ``Hội``): read
as the place it is, not as a new body.  ``Ủy ban nhân dân thành phố Hải Phòng chủ trì …`` gave no task at all, and
``… thành phố Hội An`` two names (issue 53's board reading met ``…thành phố Hải`` in 380/NQ-CP)."""

from __future__ import annotations

import pytest

from vbparse import parse_text

HEADER = "ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHÚ\nSố: 3/KH-UBND\nBình Phú, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\nDiễn tập năm 2026\nII. NHIỆM VỤ\n"


def _leads(body: str) -> list[str]:
    return [o.assignee.raw for o in parse_text(HEADER + body).obligations if o.role == "lead"]


@pytest.mark.parametrize(
    "name",
    [
        "Ủy ban nhân dân thành phố Hải Phòng",
        "Sở Y tế thành phố Hải Phòng",
        "Công an phường Hội Phú",  # a commune of 2025 whose first word heads bodies
        "Ủy ban nhân dân thành phố Hội An",
    ],
)
def test_a_place_named_with_a_head_word_is_the_bodys_place(name):
    assert _leads(f"1. {name} chủ trì tổ chức diễn tập phòng cháy.\n") == [name]


def test_a_head_after_a_place_still_begins_the_next_name():
    """Counter-example: ``Ủy ban nhân dân tỉnh Lào Cai Phòng …`` is no place named so; a list of bodies still parts."""
    leads = _leads("1. Ủy ban nhân dân xã Bát Xát, Phòng Văn hóa - Xã hội chủ trì tổ chức diễn tập.\n")
    assert "Ủy ban nhân dân xã Bát Xát" in leads


def test_the_places_of_one_head_run_on_after_va_as_after_a_comma():
    """``UBND thành phố Hà Nội, thành phố Hải Phòng và tỉnh Quảng Ninh``: one head over the places it lists (not yet
    given to each place), as the same list with commas only; two bodies joined by ``và`` stay two."""
    places = _leads("2. Ủy ban nhân dân thành phố Hà Nội, thành phố Hải Phòng và tỉnh Quảng Ninh hỗ trợ lương thực.\n")
    commas = _leads("2. Ủy ban nhân dân thành phố Hà Nội, thành phố Hải Phòng, tỉnh Quảng Ninh hỗ trợ lương thực.\n")
    assert len(places) == len(commas) == 1 and places[0].endswith("tỉnh Quảng Ninh")
    assert _leads("3. Sở Y tế tỉnh và Công an tỉnh phối hợp kiểm tra an toàn thực phẩm.\n") == [
        "Sở Y tế tỉnh",
        "Công an tỉnh",
    ]
