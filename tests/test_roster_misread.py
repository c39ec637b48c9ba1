"""A list of a body's members stays a list of members when a scan misreads one of its lines (issue 52, scans): OCR
spells a post's first word wrong (``Quyên Bộ trưởng`` for ``Quyền``, ``Thông đốc`` for ``Thống đốc``) or a line's
``;`` as ``:``, and that one line no longer reads as a member's, so the whole list was read as tasks of the heading's
collective (``Các thành viên Ban Chỉ đạo`` given ``Bộ trưởng Bộ Y tế Đào Hồng Lan`` as a task, 27 false tasks in one
decision read by OCR).  Most lines members, the others a post and a person's name with no duty: still members."""

from __future__ import annotations

import pytest
from test_rules import HEADER

from vbparse import parse

_ROSTER = (
    "Điều 1. Thành lập Ban Chỉ đạo phát triển hạ tầng số quốc gia\n"
    "1. Thủ tướng Chính phủ Lê Văn Sơn, Trưởng Ban Chỉ đạo.\n"
    "2. Các thành viên Ban Chỉ đạo:\n"
    "- Phó Chủ nhiệm Văn phòng Quốc hội Trần Minh Hải;\n"
    "{odd}\n"
    "- Bộ trưởng Bộ Y tế Phạm Thị Lan;\n"
    "- Bộ trưởng Bộ Xây dựng Hoàng Văn Tùng;\n"
    "Điều 2. Nhiệm vụ của Ban Chỉ đạo\n"
    "1. Giúp Chính phủ chỉ đạo các bộ, ngành triển khai hạ tầng số.\n"
)


@pytest.mark.parametrize(
    "odd",
    [
        "- Quyên Bộ trưởng Bộ Ngoại giao Đỗ Minh Quân;",  # a post's first word misread
        "- Thông đốc Ngân hàng Nhà nước Việt Nam Vũ Thị Hằng:",  # and its ``;`` read as ``:``
        "- Phó Chánh án Tòa án nhân dân tối cao Lý Văn Bình:",  # a member's line ending in ``:``
        # marks lost on the post and on the family name (``Tông`` for ``Tổng``, ``Nguyên`` for ``Nguyễn``)
        "- Phó Chủ tịch - Tông Thư ký Hội Liên hiệp Phụ nữ Việt Nam Nguyên Thị Mai;",
    ],
)
def test_a_roster_with_one_misread_line_gives_no_task(odd):
    doc = parse(text=HEADER + _ROSTER.format(odd=odd))
    assert [(o.assignee.raw, o.task[:20]) for o in doc.obligations] == [("Ban Chỉ đạo", "Giúp Chính phủ chỉ đ")]


def test_a_members_line_with_a_duty_is_still_a_task():
    """Counter-example: a line among the members that says what one of them does is that member's task."""
    odd = "- Bộ trưởng Bộ Công an Đinh Văn Hòa, chịu trách nhiệm điều hành Tổ giúp việc;"
    doc = parse(text=HEADER + _ROSTER.format(odd=odd))
    tasks = [o.task for o in doc.obligations]
    assert any(t.startswith("chịu trách nhiệm điều hành Tổ giúp việc") or "điều hành Tổ giúp việc" in t for t in tasks)


def test_a_colon_a_scan_read_for_a_semicolon_in_a_list_of_departments_opens_no_task():
    """``Giám đốc các Sở: Nội vụ, Xây dựng, Tài chính: Công Thương, Văn hóa và Thể thao; …`` (OCR's ``:`` for ``;``):
    what follows the second colon is more departments, not the members' task (a task there opens with its verb:
    ``Giao UBND các xã: A, B: Quản lý …``)."""
    body = (
        "Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Nội vụ, Xây dựng, Tài chính: Công Thương, Văn hóa và "
        "Thể thao; Chủ tịch UBND các xã chịu trách nhiệm thi hành Quyết định này./.\n"
    )
    tasks = {o.task for o in parse(text=HEADER + body).obligations}
    assert not any(t.startswith("Công Thương") for t in tasks)
