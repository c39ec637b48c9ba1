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
