"""A roster's secretary who holds the post concurrently (issue 52, twenty-fifth twin of F1: ``Thư ký Tổ: Bà … kiêm
nhiệm.`` and ``Mời tham gia: …`` set under the last member's bullet): roster lines, no task of the member above."""

from __future__ import annotations

from test_rules import rows


def test_a_concurrent_secretary_and_the_invited_after_the_last_member_are_roster_lines() -> None:
    got = rows(
        "1. Tổ công tác liên ngành xã kiểm tra các cơ sở kinh doanh khí dầu mỏ hóa lỏng trước ngày 30/11/2050.\n\n"
        "Thành phần Tổ công tác:\n\n- Tổ trưởng: Ông Vi Văn Thạch, Phó Chủ tịch Ủy ban nhân dân xã;\n\n"
        "- Tổ viên: Bà Hà Thị Mơ, công chức Địa chính; Ông Lò Văn Pọm, Phó Trưởng Công an xã.\n\n"
        "Thư ký Tổ: Bà Hà Thị Mơ kiêm nhiệm.\n\nMời tham gia: Ủy ban Mặt trận Tổ quốc Việt Nam xã.\n",
        "assignee",
    )
    assert got == [("Tổ công tác liên ngành xã",)], got
