"""Items opened by ordinal words on lines of their own with no stop printed (``Thứ nhất, Sở A …`` / ``Thứ hai, Ban
B …``; issue 52, twenty-third twin of WRAP): each line its own sentence, its own subject and task."""

from __future__ import annotations

import pytest
from test_rules import HEADER

from vbparse import parse


@pytest.mark.parametrize(
    ("body", "names", "first_task_end"),
    [
        (
            (
                "Thứ nhất, Sở Văn hóa và Thể thao biên soạn tài liệu hướng dẫn viên về ẩm thực địa phương\n"
                "Thứ hai, Trung tâm Xúc tiến Du lịch tỉnh quảng bá tour ẩm thực trên mạng xã hội\n"
                "Thứ ba, Công an tỉnh bảo đảm an ninh tại các phố ẩm thực về đêm.\n"
            ),
            ["Sở Văn hóa và Thể thao", "Trung tâm Xúc tiến Du lịch tỉnh", "Công an tỉnh"],
            "ẩm thực địa phương",
        ),
        # ``Một là, X …`` / ``Hai là, Y …`` (twenty-seventh twin of WRAP): the other way of counting items in words
        (
            (
                "Một là, Trung tâm Y tế huyện tập huấn cho nhân viên y tế thôn bản về sơ cứu đuối nước\n"
                "Hai là, Phòng Giáo dục và Đào tạo huyện dạy bơi an toàn cho học sinh tiểu học\n"
                "Ba là, Công an huyện kiểm tra phương tiện chở khách ngang sông.\n"
            ),
            ["Trung tâm Y tế huyện", "Phòng Giáo dục và Đào tạo huyện", "Công an huyện"],
            "sơ cứu đuối nước",
        ),
    ],
)
def test_ordinal_openers_on_consecutive_lines_part_the_sentences(
    body: str, names: list[str], first_task_end: str
) -> None:
    """Each line its own subject and task, the ordinal words none of its words."""
    got = [(o.assignee.raw, o.task) for o in parse(text=HEADER + body).obligations]
    assert [a for a, _t in got] == names, got
    assert got[0][1].endswith(first_task_end), got


def test_an_ordinal_inside_a_line_parts_nothing() -> None:
    # counter-example: ``thứ hai`` inside a sentence (a date's weekday) is no item
    body = "Sở Y tế tổ chức giao ban vào thứ hai hằng tuần, thứ ba báo cáo kết quả.\n"
    got = [o.assignee.raw for o in parse(text=HEADER + body).obligations]
    assert got == ["Sở Y tế"], got


def test_mot_la_without_its_comma_opens_no_item() -> None:
    # counter-example: ``là`` as the verb after a number's word (``… mục tiêu số một là …``) parts nothing
    body = "Sở Y tế tổ chức tập huấn, mục tiêu số\nmột là giảm tử vong do đuối nước.\n"
    got = [o.assignee.raw for o in parse(text=HEADER + body).obligations]
    assert got == ["Sở Y tế"], got
