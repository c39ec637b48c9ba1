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


@pytest.mark.parametrize(
    "body,names",
    [
        (
            "1. Các chủ đầu tư có dự án chậm giải ngân lập kế hoạch giải ngân chi tiết.\n",
            ["Các chủ đầu tư có dự án chậm giải ngân"],
        ),
        ("1. Các hộ gia đình có người khuyết tật đăng ký nhận hỗ trợ.\n", ["Các hộ gia đình có người khuyết tật"]),
        (
            "1. Các doanh nghiệp có vốn đầu tư nước ngoài báo cáo tình hình lao động.\n",
            ["Các doanh nghiệp có vốn đầu tư nước ngoài"],
        ),
        # counter-examples: ``có`` + a duty, a relation, a count: no having clause
        ("1. Các đơn vị có trách nhiệm báo cáo kết quả.\n", ["Các đơn vị"]),
        ("1. Các cơ quan có liên quan phối hợp thực hiện.\n", ["Các cơ quan có liên quan"]),
    ],
)
def test_a_collective_named_by_what_it_has_keeps_the_clause(body, names):
    """Eighth twin of HEADING-UNIT: ``Các chủ đầu tư có dự án chậm giải ngân`` was cut at ``có`` (the having clause
    was read after places only: ``các xã có rừng``)."""
    assert [a for a, _t in leads(body)] == names
