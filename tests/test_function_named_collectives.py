"""A collective named for a standing function and closed by whose its members are (issue 52, twenty-fifth twin of A1:
``Các trung tâm hỗ trợ phát triển giáo dục hòa nhập công lập đánh giá …``): the name runs to ``công lập``, the verb
after it the sentence's.  Counter: after a unit of the state the function's verb is the sentence's (``Các đơn vị hỗ
trợ trường ngoài công lập xây dựng kế hoạch``: the units help the schools)."""

from __future__ import annotations

from test_rules import rows


def test_a_collective_named_for_its_function_runs_to_whose_its_members_are() -> None:
    got = rows("1. Các trạm tư vấn chăm sóc sức khỏe sinh sản ngoài công lập báo cáo số ca hằng tháng.\n", "assignee")
    assert got == [("Các trạm tư vấn chăm sóc sức khỏe sinh sản ngoài công lập",)], got
    got = rows("1. Các trung tâm hỗ trợ phát triển giáo dục hòa nhập công lập đánh giá lại trẻ.\n", "assignee")
    assert got == [("Các trung tâm hỗ trợ phát triển giáo dục hòa nhập công lập",)], got


def test_after_a_unit_of_the_state_the_functions_verb_is_the_sentences() -> None:
    got = rows("1. Các đơn vị hỗ trợ trường ngoài công lập xây dựng kế hoạch.\n", "assignee", "task")
    assert got == [("Các đơn vị", "hỗ trợ trường ngoài công lập xây dựng kế hoạch.")], got
