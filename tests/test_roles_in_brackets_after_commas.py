"""A who-field's bodies each with its role in brackets, parted by commas (issue 52, twenty-sixth twin of S7):
``- Trách nhiệm thực hiện: Phòng A (chủ trì), Công ty B (phối hợp).`` gives A as lead and B as support, as a
semicolon between them does.  A comma inside a name with no role after it stays the name's."""

from __future__ import annotations

from test_rules import rows


def test_roles_in_brackets_parted_by_a_comma() -> None:
    got = rows(
        "1. Rà soát lối đi tự mở qua đường sắt\n\n- Trách nhiệm thực hiện: Phòng Quản lý kết cấu hạ tầng giao thông"
        " (chủ trì), Công ty Cổ phần Đường sắt Hà Lạng (phối hợp).\n\n- Thời gian: tháng 3/2055.\n",
        "assignee",
        "role",
    )
    assert got == [
        ("Phòng Quản lý kết cấu hạ tầng giao thông", "lead"),
        ("Công ty Cổ phần Đường sắt Hà Lạng", "support"),
    ], got


def test_a_name_holding_a_comma_keeps_it_before_its_role() -> None:
    got = rows(
        "1. Tổ chức hội diễn\n\n- Trách nhiệm thực hiện: Sở Văn hóa, Thể thao và Du lịch (chủ trì); Sở Tài chính"
        " (phối hợp).\n",
        "assignee",
        "role",
    )
    assert got == [("Sở Văn hóa, Thể thao và Du lịch", "lead"), ("Sở Tài chính", "support")], got
