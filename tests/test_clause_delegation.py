"""A task given after a leading clause with the giver left unsaid (``Tùy theo diễn biến của bão, giao Đại diện …
điều động …``): the one given it leads it, a name no list knows too (read where it stands), as after a named giver
(issue 52, fourteenth twin of A4: the sentence gave nothing).  Counter-example: a leading clause then a subject of
its own keeps that subject."""

from __future__ import annotations

from test_rules import leads as _leads


def test_a_task_given_after_a_leading_clause_is_the_given_ones() -> None:
    got = _leads("1. Khi có lệnh cấm biển, giao Đại diện Cảng vụ tại Hòn Sơn điều động tàu trực cứu nạn.\n")
    assert [a for a, _t in got] == ["Đại diện Cảng vụ tại Hòn Sơn"], got
    assert got[0][1].startswith("điều động tàu trực cứu nạn"), got


def test_a_leading_clause_then_its_own_subject_keeps_it() -> None:
    got = _leads("1. Khi có lệnh cấm biển, Đồn Biên phòng Hòn Sơn kiểm soát tàu thuyền ra vào bến.\n")
    assert [a for a, _t in got] == ["Đồn Biên phòng Hòn Sơn"], got
