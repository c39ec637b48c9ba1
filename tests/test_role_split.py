"""Roles split between subjects (issue 52, twenty-eighth and twenty-ninth twins of A5): ``X chủ trì, Y và Z phối hợp
thực hiện …``: the names before their own ``phối hợp`` are its partners (support), as ``phối hợp với Y`` names them
after it; and the passive lead-in that fronts its object (``Các nhiệm vụ sau đây do X chủ trì, Y phối hợp thực
hiện:``) names its subjects after ``do`` (decision 10: lead and partners of each item)."""

from __future__ import annotations

import pytest
from test_rules import HEADER

from vbparse import parse

ITEMS = "\n\na) Rà soát hồ sơ các cơ sở lưu trú.\n\nb) Báo cáo kết quả trước ngày 30/11/2058.\n"


def _roles(body: str) -> list[tuple[str, str, str]]:
    return [(o.assignee.raw, o.role, o.task[:20]) for o in parse(HEADER + body).obligations]


def test_names_before_their_own_phoi_hop_are_the_partners_of_the_task():
    got = _roles("1. Sở Du lịch chủ trì, Sở Tài chính và Công an tỉnh phối hợp kiểm tra các cơ sở lưu trú.\n")
    assert {(a, r) for a, r, _t in got} == {
        ("Sở Du lịch", "lead"),
        ("Sở Tài chính", "support"),
        ("Công an tỉnh", "support"),
    }, got


@pytest.mark.parametrize(
    "lead_in",
    [
        "1. Sở Du lịch chủ trì, Sở Tài chính và Công an tỉnh phối hợp thực hiện các nhiệm vụ sau:",
        # the object fronted, the subjects after ``do``
        "1. Các nhiệm vụ sau đây do Sở Du lịch chủ trì, Sở Tài chính và Công an tỉnh phối hợp thực hiện:",
        "1. Những công việc dưới đây do Sở Du lịch chủ trì, Sở Tài chính và Công an tỉnh phối hợp thực hiện:",
    ],
)
def test_a_lead_in_s_partners_before_their_own_phoi_hop_support_each_item(lead_in):
    got = _roles(lead_in + ITEMS)
    for task in ("Rà soát hồ sơ các cơ", "Báo cáo kết quả trướ"):
        assert ("Sở Du lịch", "lead", task) in got, got
        assert ("Sở Tài chính", "support", task) in got, got
        assert ("Công an tỉnh", "support", task) in got, got


def test_a_passive_lead_in_with_its_lead_alone_gives_each_item_to_it():
    got = _roles("1. Các nhiệm vụ sau đây do Sở Du lịch thực hiện:" + ITEMS)
    assert [(a, r) for a, r, _t in got] == [("Sở Du lịch", "lead"), ("Sở Du lịch", "lead")], got


def test_words_between_chu_tri_and_phoi_hop_that_are_no_names_give_no_partner():
    """Counter-example: a clause between the roles (``bảo đảm các lực lượng phối hợp nhịp nhàng``) names no partner."""
    got = _roles("1. Sở Du lịch chủ trì, bảo đảm các lực lượng phối hợp nhịp nhàng trong mùa cao điểm.\n")
    assert [(a, r) for a, r, _t in got] == [("Sở Du lịch", "lead")], got


def test_a_fronted_object_with_no_do_names_no_one():
    """Counter-example: ``Các nhiệm vụ sau đây cần hoàn thành …:`` names no subject; its items are no one's."""
    assert _roles("1. Các nhiệm vụ sau đây cần hoàn thành trong Quý III/2058:" + ITEMS) == []


def test_a_team_s_roles_inside_the_task_give_the_subject_no_partner():
    """Counter-example: roles split inside the task (an inspection team's: ``thành lập Đoàn … với Sở Tư pháp chủ trì,
    Thanh tra tỉnh phối hợp``) are the team's, not partners of the subject's task."""
    got = _roles(
        "1. Sở Nội vụ tham mưu thành lập Đoàn kiểm tra liên ngành với Sở Tư pháp chủ trì, Thanh tra tỉnh phối hợp.\n"
    )
    assert [(a, r) for a, r, _t in got] == [("Sở Nội vụ", "lead")], got
