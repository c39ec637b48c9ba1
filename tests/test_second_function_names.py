"""A unit named for two functions joined by ``và``, the first in capitals with its own object, the second in lower
case, closed by the sentence's role word (issue 52, names; twenty-fifth twin of L1): ``Phòng Thực hành quyền công
tố và kiểm sát điều tra án hình sự phối hợp với …``.  The words after ``và`` open with a verb of a standing function
and run, plain, to ``chủ trì`` / ``phối hợp`` / ``có trách nhiệm``: no predicate stands there, so they are the name's.
A second subject after ``và`` (a body's head in lower case, a determiner), or no role word after the run, keeps the
name where it was."""

from __future__ import annotations

import pytest
from test_rules import leads, rows


@pytest.mark.parametrize(
    ("body", "name", "task"),
    [
        (
            (
                "1. Phòng Thực hành quyền công tố và kiểm sát điều tra án hình sự phối hợp với Phòng Kiểm sát xét"
                " xử hình sự lựa chọn 10 bản cáo trạng mẫu.\n"
            ),
            "Phòng Thực hành quyền công tố và kiểm sát điều tra án hình sự",
            "phối hợp với",
        ),
        (
            "2. Phòng Cảnh sát kinh tế và điều tra tội phạm về tham nhũng chủ trì rà soát hồ sơ các vụ việc tồn đọng.\n",
            "Phòng Cảnh sát kinh tế và điều tra tội phạm về tham nhũng",
            "chủ trì rà soát",
        ),
        (
            "3. Trạm Bảo vệ thực vật và kiểm dịch cây trồng nông sản có trách nhiệm lấy mẫu sâu bệnh hằng tuần.\n",
            "Trạm Bảo vệ thực vật và kiểm dịch cây trồng nông sản",
            "có trách nhiệm lấy mẫu",
        ),
    ],
)
def test_a_second_function_after_va_closed_by_a_role_word_is_the_name_s(body, name, task):
    got = leads(body)
    assert [n for n, _task in got] == [name]
    assert got[0][1].startswith(task)


def test_a_partner_named_for_two_functions_keeps_the_lead_s_task_whole():
    got = rows(
        "1. Phòng Thực hành quyền công tố và kiểm sát điều tra án hình sự phối hợp với Phòng Kiểm sát xét xử hình sự"
        " lựa chọn 10 bản cáo trạng mẫu trước ngày 30/6/2054.\n",
        "assignee",
        "role",
    )
    assert ("Phòng Kiểm sát xét xử hình sự", "support") in got
    assert ("Phòng Thực hành quyền công tố và kiểm sát điều tra án hình sự", "lead") in got


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a body's head in lower case after ``và``: a second doer, not one name
        ("1. Trung tâm Y tế huyện và trạm y tế các xã phối hợp giám sát dịch bệnh.\n", "Trung tâm Y tế huyện"),
        # a determiner: the words are not a name's field
        ("2. Phòng Kinh tế và các hợp tác xã chủ trì xây dựng vùng nguyên liệu.\n", "Phòng Kinh tế"),
    ],
)
def test_a_second_doer_after_va_is_no_function_of_the_name(body, name):
    assert name in [n for n, _task in leads(body)]
    assert not any(n.startswith(name + " và") for n, _task in leads(body))


def test_no_role_word_after_the_run_leaves_the_name_where_it_was():
    # ``và`` + a verb with its object and the sentence's end: the name's acts, not its field
    got = leads("1. Phòng Tư pháp thẩm định và kiểm tra hồ sơ đăng ký hộ tịch.\n")
    assert [n for n, _task in got] == ["Phòng Tư pháp"]
