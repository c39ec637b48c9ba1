"""A member's line closed by the role held in lower case (``2. Bà A, Trưởng phòng B, thành viên;``) is a roster's
line, no task of the person, as with ``Thành viên`` capitalised (issue 52, eighteenth twin of S2: an inline roster in
a decision's Điều 1).  Counter-example: a verb of a duty after the post is a task."""

from __future__ import annotations

from test_rules import leads as _leads


def test_a_role_in_lower_case_closes_a_members_line() -> None:
    body = (
        "Điều 1. Thành lập Tổ thẩm định hồ sơ đất đai, gồm các ông, bà có tên sau: 1. Ông Lò Văn Khải, Phó Giám đốc "
        "Sở Tài chính, Tổ trưởng; 2. Bà Đinh Thị Mơ, Phó Trưởng phòng Quản lý đất đai, thành viên; 3. Ông Hà Văn "
        "Tư, Chuyên viên Văn phòng Sở, thư ký.\n"
    )
    assert _leads(body) == [], _leads(body)


def test_a_duty_after_the_post_is_still_a_task() -> None:
    body = "1. Bà Đinh Thị Mơ, Phó Trưởng phòng Quản lý đất đai, kiểm tra hồ sơ trước ngày 10/5/2031.\n"
    assert [a for a, _t in _leads(body)] == ["Bà Đinh Thị Mơ, Phó Trưởng phòng Quản lý đất đai"], _leads(body)
