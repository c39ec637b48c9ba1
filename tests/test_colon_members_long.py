"""A plural over a colon's members whose head is long or in lower case, and a last member holding ``và`` and words in
lower case before the verb (issue 52, twentieth twins of A3: ``Các Trường Phổ thông Dân tộc nội trú: A, B, C`` was
cut at three words and read as one collective; ``Các tòa: …, Gia đình và người chưa thành niên đưa …`` lost the list)."""

from __future__ import annotations

import pytest
from test_rules import HEADER

from vbparse import parse


def _leads(body: str) -> list[str]:
    doc = parse(text=HEADER + body)
    return [o.assignee.canonical or o.assignee.raw for o in doc.obligations if o.role == "lead"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "2. Các Trung tâm Văn hóa Thể thao: Bắc Hà, Tân Lạc thành lập đội văn nghệ quần chúng.\n",
            ["Trung tâm Văn hóa Thể thao Bắc Hà", "Trung tâm Văn hóa Thể thao Tân Lạc"],
        ),
        (
            "2. Các Trường Trung học cơ sở bán trú: Pa Cheo, Nậm Xé, Mù Sang mở lớp dạy tiếng Mông.\n",
            [
                "Trường Trung học cơ sở bán trú Pa Cheo",
                "Trường Trung học cơ sở bán trú Nậm Xé",
                "Trường Trung học cơ sở bán trú Mù Sang",
            ],
        ),
    ],
)
def test_a_long_capitalised_head_is_shared_out_over_the_colon_s_members(body: str, expected: list[str]) -> None:
    assert _leads(body) == expected


def test_a_last_member_holds_va_and_words_in_lower_case_before_the_verb() -> None:
    body = "2. Các khoa: Nội, Ngoại và hồi sức tích cực rà soát danh mục thuốc dự trữ.\n"
    assert _leads(body) == ["Khoa Nội", "Khoa Ngoại và hồi sức tích cực"]


def test_a_passive_after_the_last_member_s_va_is_no_member_s_words() -> None:
    """Counter-example: ``và người bệnh được hỗ trợ …`` is a passive of its own, not the last member's name."""
    body = "2. Các khoa: Nội, Ngoại và người bệnh được hỗ trợ chi phí vận chuyển.\n"
    assert "Khoa Ngoại và người bệnh" not in _leads(body)
