"""Items numbered in brackets, one a line, printed without a stop at their ends (issue 52, seventeenth twin of WRAP:
``(1) Công an xã hướng dẫn … các thôn`` / ``(2) Bưu điện xã hỗ trợ …``): each line is a sentence of its own and its
number no word of its subject's name.  Only lines numbered one after the other are such a list; a number in brackets
inside a sentence, or one line alone, is read as it was."""

from __future__ import annotations

from test_rules import leads


def test_lines_numbered_in_brackets_without_stops_are_one_task_each():
    found = leads(
        "II. TỔ CHỨC THỰC HIỆN\n"
        "(1) Trạm Y tế xã tiêm vắc xin sởi cho trẻ dưới 5 tuổi tại các thôn\n"
        "(2) Hội Phụ nữ xã vận động các gia đình đưa trẻ đi tiêm đúng lịch\n"
        "(3) Công an xã bảo đảm an ninh tại các điểm tiêm.\n"
    )
    assert [name for name, _task in found] == ["Trạm Y tế xã", "Hội Phụ nữ xã", "Công an xã"]
    assert [task.split()[0] for _name, task in found] == ["tiêm", "vận", "bảo"]


def test_a_number_in_brackets_inside_a_sentence_opens_no_sentence():
    """``… các bước: (1) lập danh sách, (2) gửi …``: the steps of one task, on one line."""
    found = leads("II. TỔ CHỨC THỰC HIỆN\n1. Phòng Tư pháp thực hiện các bước: (1) lập danh sách, (2) gửi hồ sơ.\n")
    assert [name for name, _task in found] == ["Phòng Tư pháp"]
