"""A name holding a quoted proper part (issue 52, twenty-sixth twin of WRAP): ``Ban Vận động Quỹ "Vì người nghèo"
tỉnh vận động …``, ``Câu lạc bộ “Tiếng hát quê hương” phường tổ chức …``: the quoted words are the name's own, read
as a proper name, the name going on to its level.  A quote in the task after the subject (``… mô hình "Gia đình
khỏe"``) is the task's."""

from __future__ import annotations

from test_rules import rows


def test_a_quoted_part_inside_a_name_is_the_name_s() -> None:
    got = rows(
        '1. Đề nghị Ban Vận động Quỹ "Vì người nghèo" tỉnh vận động doanh nghiệp ủng hộ kinh phí.\n\n'
        "2. Câu lạc bộ “Tiếng hát quê hương” phường tổ chức hội thi.\n",
        "assignee",
        "mode",
        "task",
    )
    assert got == [
        ('Ban Vận động Quỹ "Vì người nghèo" tỉnh', "requested", "vận động doanh nghiệp ủng hộ kinh phí."),
        ("Câu lạc bộ “Tiếng hát quê hương” phường", "assigned", "tổ chức hội thi."),
    ], got


def test_a_quote_in_the_task_stays_the_task_s() -> None:
    got = rows('1. Sở Y tế tuyên truyền mô hình "Gia đình khỏe" tại các xã.\n', "assignee", "task")
    assert got == [("Sở Y tế", 'tuyên truyền mô hình "Gia đình khỏe" tại các xã.')], got
