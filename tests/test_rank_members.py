"""A member of a body listed with a military or police rank instead of an honorific (``- Thượng tá Lò Văn A - Phó
Chỉ huy trưởng …, Phó Trưởng đoàn;``, ``- Thiếu tá Lò Văn B Đồn trưởng … Ủy viên``) is a roster's line (decision
16), and an item over the roster does not hand its subject to it (issue 52, nineteenth twins of F1: the team
before its roster was given each ranked member's line as a task).  Counter-example: a ranked person with a task of
their own after a comma and their post is that task's subject."""

from __future__ import annotations

from test_rules import leads as _leads

from vbparse.tables.obligations import MEMBER_LINE, ROSTER_LINE


def test_ranked_members_under_a_team_are_no_tasks_of_the_team() -> None:
    got = _leads(
        "1. Đoàn kiểm tra liên ngành kiểm tra công tác huấn luyện dân quân tại 05 xã biên giới.\n"
        "Thành phần Đoàn kiểm tra gồm các đồng chí:\n"
        "- Thượng tá Lò Văn Khiêm - Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, Trưởng đoàn;\n"
        "- Bà Vi Thị Hoa - Phó Giám đốc Sở Nội vụ, Phó Trưởng đoàn;\n"
        "- Đại úy Cầm Văn Dũng - Trợ lý Dân quân tự vệ, thành viên.\n"
    )
    assert [a for a, _t in got] == ["Đoàn kiểm tra liên ngành"], got


def test_a_rank_opens_a_members_line_as_an_honorific_does() -> None:
    assert MEMBER_LINE.match("Thiếu tá Lò Văn Bình - Đồn trưởng Đồn Biên phòng Na Pản, thành viên")
    assert ROSTER_LINE.match("Trung úy Lý Văn Cao Chính trị viên phó Đồn Biên phòng Na Pản Ủy viên")
    assert not MEMBER_LINE.match("Đại tá Lò Văn Bình chỉ đạo diễn tập: phương án 2")


def test_a_ranked_person_with_a_task_of_their_own_is_its_subject() -> None:
    got = _leads("1. Đại tá Lò Văn Bình, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, chỉ đạo diễn tập khu vực phòng thủ.\n")
    assert got == [
        ("Đại tá Lò Văn Bình, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", "chỉ đạo diễn tập khu vực phòng thủ.")
    ], got
