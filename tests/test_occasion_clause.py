"""A leading clause of an occasion (``Nhân dịp Tết cổ truyền …,``, ``Nhân ngày Quốc tế Người cao tuổi,``) before the
subject leaves the subject its task (issue 52, twentieth twin of A4); ``Nhân dân …`` opens no clause."""

from __future__ import annotations

from test_rules import leads


def test_a_clause_of_an_occasion_before_the_subject_leaves_it_its_task() -> None:
    body = "3. Nhân ngày Quốc tế Người cao tuổi, Hội Chữ thập đỏ huyện thăm hỏi, tặng quà người cao tuổi neo đơn.\n"
    assert [a for a, _t in leads(body)] == ["Hội Chữ thập đỏ huyện"]
