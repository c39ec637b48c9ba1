"""A name whose next field follows its comma in lower case, in a value of names only (a field line, a lead cell):
``Phòng Phổ biến, giáo dục pháp luật`` is one division (in a sentence ``giáo dục`` would be a verb); words in lower
case after the comma that are no name, level, plural or role word are the name's (issue 52: the twins' comma inside a
division's name).  A level, a plural or a second name after the comma is still another member."""

from __future__ import annotations

import pytest
from test_rules import leads as _leads

ITEM = "1. Biên soạn tài liệu hỏi đáp pháp luật.\nCơ quan chủ trì: {value}\nThời hạn: Quý II/2026\n"


@pytest.mark.parametrize(
    "value,name",
    [
        ("Phòng Phổ biến, giáo dục pháp luật", "Phòng Phổ biến, giáo dục pháp luật"),
        ("Ban Quản lý các Khu công nghiệp, khu chế xuất.", "Ban Quản lý các Khu công nghiệp, khu chế xuất"),
    ],
)
def test_a_field_in_lower_case_after_a_names_comma_is_the_names(value, name):
    assert [a for a, _t in _leads(ITEM.format(value=value))] == [name], _leads(ITEM.format(value=value))


@pytest.mark.parametrize(
    "value,names",
    [
        ("Sở Tư pháp, các phòng chuyên môn", ["Sở Tư pháp", "các phòng chuyên môn"]),
        ("Phòng Tư pháp, Công an xã", ["Phòng Tư pháp", "Công an xã"]),
    ],
)
def test_a_plural_or_a_name_after_the_comma_is_another_member(value, names):
    assert [a for a, _t in _leads(ITEM.format(value=value))] == names, _leads(ITEM.format(value=value))


@pytest.mark.parametrize(
    "heading,name",
    [
        ("1. Phòng Tổ chức, hành chính:", "Phòng Tổ chức, hành chính"),
        ("2. Trung tâm Văn hóa, thông tin và thể thao:", "Trung tâm Văn hóa, thông tin và thể thao"),
    ],
)
def test_an_assignee_heading_whose_name_goes_on_after_its_comma_gives_its_items(heading, name):
    """A heading that is one name with its next field in lower case after a comma (third twin of L1: ``1. Phòng Công
    tác học sinh, sinh viên:`` gave its item no one)."""
    assert _leads(f"{heading}\n- Lập danh sách học viên đủ điều kiện.\n") == [
        (name, "Lập danh sách học viên đủ điều kiện.")
    ]


def test_a_heading_of_a_name_then_a_level_after_its_comma_is_no_longer_name():
    """Counter-example: a level after the comma is a second member's, not the first name's field (no member list
    is made up from it)."""
    assert ("Phòng Văn hóa, tỉnh", "Lập danh sách học viên đủ điều kiện.") not in _leads(
        "1. Phòng Văn hóa, tỉnh:\n- Lập danh sách học viên đủ điều kiện.\n"
    )
