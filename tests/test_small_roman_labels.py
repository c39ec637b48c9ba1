"""Items labelled with small Roman numerals at a line's start (issue 52, twenty-fifth twin of WRAP: ``i)`` / ``ii)``
/ ``iii)`` / ``iv)`` on consecutive lines of plain text, no stop at their ends): each is an item of its own, not the
first item's wrapped line.  Counter: ``(i)`` … ``(ii)`` inside a paragraph stay its words."""

from __future__ import annotations

from test_rules import HEADER, rows

from vbparse import parse
from vbparse.structure.parser import match_label


def test_small_roman_numerals_at_a_lines_start_are_labels() -> None:
    for line, label in (
        ("ii) Công an huyện bố trí lực lượng", "ii"),
        ("iv) Ủy ban nhân dân các xã chỉnh trang", "iv"),
        ("vii) Sở Y tế kiểm tra", "vii"),
    ):
        got = match_label(line)
        assert got is not None and got[:2] == (label, "letter"), got
    assert match_label("iii. Sở Y tế kiểm tra") is None  # (a stop after the numeral: no such label is written)
    assert match_label("ii Sở Y tế") is None


def test_consecutive_small_roman_items_without_stops_are_items_of_their_own() -> None:
    got = rows(
        "i) Phòng Kinh tế huyện lập danh sách các điểm bán hàng trong 02 ngày lễ hội\n"
        "ii) Công an huyện bố trí phân luồng giao thông đoạn qua trung tâm huyện\n"
        "iii) Trung tâm Y tế huyện kiểm tra an toàn thực phẩm tại các gian hàng\n",
        "assignee",
        "task",
    )
    assert [a for a, _t in got] == ["Phòng Kinh tế huyện", "Công an huyện", "Trung tâm Y tế huyện"], got
    assert got[1][1].endswith("trung tâm huyện"), got


def test_small_roman_numerals_in_brackets_inside_a_paragraph_stay_its_words() -> None:
    doc = parse(text=HEADER + "1. Sở Y tế tổ chức (i) tập huấn cho y tế xã; (ii) kiểm tra các cơ sở.\n")
    assert [o.assignee.raw for o in doc.obligations] == ["Sở Y tế"], doc.obligations
