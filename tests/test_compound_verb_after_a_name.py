"""A verb that is also a compound noun of names (``đăng ký``, ``vận chuyển``: ``Văn phòng đăng ký đất đai``) right
after a named body's own words is the sentence's verb (issue 52, twenty-fourth twin of L1: ``Các Hải quan cửa khẩu
trực thuộc đăng ký chỉ tiêu thi đua, gửi …``); right after a head (``Văn phòng`` + ``đăng ký đất đai``) it is the
name's field, as before."""

from __future__ import annotations

from test_rules import rows


def test_a_compound_verb_after_a_plural_body_name_is_its_verb() -> None:
    got = rows("1. Các Trạm Y tế đăng ký chỉ tiêu tiêm chủng, gửi Trung tâm Y tế huyện.\n", "assignee", "task")
    assert got and got[0][0] == "Các Trạm Y tế" and got[0][1].startswith("đăng ký chỉ tiêu"), got
    got = rows("1. Các Hạt Kiểm lâm trực thuộc đăng ký chỉ tiêu thi đua.\n", "assignee", "task")
    assert got and got[0][0] == "Các Hạt Kiểm lâm trực thuộc" and got[0][1].startswith("đăng ký"), got


def test_a_compound_verb_after_a_unit_of_a_list_is_its_verb() -> None:
    got = rows("1. Các Đội Quản lý thị trường vận chuyển hàng tang vật về kho.\n", "assignee", "task")
    assert got and got[0][0] == "Các Đội Quản lý thị trường" and got[0][1].startswith("vận chuyển"), got


def test_the_compound_right_after_a_head_is_the_names_field() -> None:
    """Counter: ``Văn phòng`` + ``đăng ký đất đai`` (also under a branch's head) is one name, its verb after it."""
    got = rows("1. Các Chi nhánh Văn phòng đăng ký đất đai cập nhật biến động đất đai.\n", "assignee", "task")
    assert got == [("Các Chi nhánh Văn phòng đăng ký đất đai", "cập nhật biến động đất đai.")], got
