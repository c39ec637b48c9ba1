"""A procuracy's and a court's departments are named for their standing function (issue 52, twenty-fifth twin of L1:
``Phòng Kiểm sát điều tra án hình sự phối hợp với …``, ``Phòng Kiểm sát xét xử hình sự lựa chọn …``): the function
and its object are the name's, the verb after them the sentence's.  Counter: a body whose name is whole before the
verb (``Tòa án nhân dân huyện xét xử lưu động …``) keeps it as its task."""

from __future__ import annotations

from test_rules import rows


def test_a_department_named_for_trials_keeps_its_function_in_its_name() -> None:
    got = rows("1. Phòng Kiểm sát xét xử hình sự lựa chọn 10 bản án để rút kinh nghiệm.\n", "assignee", "task")
    assert got == [("Phòng Kiểm sát xét xử hình sự", "lựa chọn 10 bản án để rút kinh nghiệm.")], got


def test_a_court_whose_name_is_whole_tries_cases_as_its_task() -> None:
    got = rows("1. Tòa án nhân dân huyện xét xử lưu động 02 vụ án.\n", "assignee", "task")
    assert got == [("Tòa án nhân dân huyện", "xét xử lưu động 02 vụ án.")], got
