"""A roster's lines with the role first and their punctuation lost (issue 52, twenty-sixth twin of F1): ``1. Thành lập
Tiểu ban Chuyên môn gồm:`` / ``- Phó Trưởng tiểu ban Ông Lâm Văn Đực Công chức Văn hóa - Xã hội xã``: members, no
task (decision 16); the sub-committee's own task after them stays."""

from __future__ import annotations

from test_rules import rows


def test_role_first_roster_lines_give_no_task() -> None:
    got = rows(
        "1. Thành lập Tiểu ban Chuyên môn gồm:\n\n- Trưởng tiểu ban Ông Lâm Văn Hai Phó Chủ tịch Ủy ban nhân dân xã\n\n"
        "- Phó Trưởng tiểu ban Ông Lâm Văn Đực Công chức Văn hóa - Xã hội xã\n\n"
        "- Thành viên Bà Thạch Thị Sa Chủ tịch Hội Liên hiệp Phụ nữ xã\n\n"
        "2. Tiểu ban Chuyên môn tổ chức giải đua ghe truyền thống.\n",
        "assignee",
        "task",
    )
    assert got == [("Tiểu ban Chuyên môn", "tổ chức giải đua ghe truyền thống.")], got
