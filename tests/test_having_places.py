"""Places named by what they have (issue 52, seventh twin of S2): ``Chủ tịch Ủy ban nhân dân các xã có rừng`` is one
addressee and the one after ``và`` another (the name stopped at ``có`` and the rest of the list was lost)."""

from __future__ import annotations

import pytest
from test_rules import leads

DECISION = "QUYẾT ĐỊNH:\nĐiều 1. Công bố hiện trạng rừng năm 2032.\nĐiều 2. {clause} chịu trách nhiệm thi hành Quyết định này./.\n"


@pytest.mark.parametrize(
    "clause,names",
    [
        (
            (
                "Giám đốc Sở Nông nghiệp và Môi trường, Chủ tịch Ủy ban nhân dân các xã có rừng và Thủ trưởng các cơ quan, "
                "đơn vị có liên quan"
            ),
            [
                "Giám đốc Sở Nông nghiệp và Môi trường",
                "Chủ tịch Ủy ban nhân dân các xã có rừng",
                "Thủ trưởng các cơ quan, đơn vị có liên quan",
            ],
        ),
        (
            "Chủ tịch Ủy ban nhân dân các phường, xã có đồng bào dân tộc thiểu số, Giám đốc Sở Dân tộc và Tôn giáo",
            ["Chủ tịch Ủy ban nhân dân các phường, xã có đồng bào dân tộc thiểu số", "Giám đốc Sở Dân tộc và Tôn giáo"],
        ),
    ],
)
def test_an_execution_clause_keeps_every_addressee(clause, names):
    assert [a for a, _t in leads(DECISION.format(clause=clause))] == names


def test_what_a_single_body_has_is_its_description_not_its_name():
    """Counter-example: after one body (no plural of places), ``có chức năng …`` describes it: no name runs on."""
    got = leads("1. Trung tâm Phục vụ hành chính công thành phố có chức năng tham mưu về kiểm soát thủ tục.\n")
    assert all(not a.endswith("chức năng") for a, _t in got), got
