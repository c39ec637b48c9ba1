"""``phối hợp với`` after ``việc`` names the coordination itself, a noun phrase (issue 52, twenty-third twin of L1;
decision 8): ``Phòng A sơ kết việc phối hợp với Ban B …`` gives B no part in the task."""

from __future__ import annotations

from test_rules import rows


def _got(body: str) -> list[tuple]:
    return rows(body, "assignee", "role")


def test_the_coordination_nominalised_by_viec_names_no_partner() -> None:
    got = _got("1. Phòng Dân tộc huyện đánh giá việc phối hợp với Hội Nông dân huyện trong năm 2026.\n")
    assert got == [("Phòng Dân tộc huyện", "lead")], got


def test_a_partner_after_phoi_hop_voi_in_the_predicate_stays() -> None:
    # counter-example: the verb's own partner
    got = _got("1. Phòng Dân tộc huyện phối hợp với Hội Nông dân huyện đánh giá việc thực hiện chính sách.\n")
    assert ("Hội Nông dân huyện", "support") in got, got
