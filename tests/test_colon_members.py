"""``Các <noun>:`` and its members (issue 52, the twins' colon list with a lower-case plural): a member that is a
field a post is also named by (``Kế toán``, bare before a dash, a comma or the verb) is a member (``Khoa Kế toán -
Tài chính``), not a post opening a name of its own; a post before what it is a post of (``Thủ trưởng các cơ quan``,
``Viện trưởng Viện …``) still is."""

from __future__ import annotations

import pytest
from test_rules import HEADER

from vbparse import parse


def _canonical_leads(body: str) -> list[str | None]:
    return [o.assignee.canonical for o in parse(text=HEADER + body).obligations if o.role == "lead"]


@pytest.mark.parametrize(
    "sentence,names",
    [
        (
            "1. Các khoa: Kế toán - Kiểm toán, Du lịch và Lữ hành liên hệ doanh nghiệp nhận sinh viên thực tập.\n",
            ["Khoa Kế toán - Kiểm toán", "Khoa Du lịch và Lữ hành"],
        ),
        ("2. Các khoa: Tài chính, Kế toán chủ trì kiểm tra hồ sơ.\n", ["Khoa Tài chính", "Khoa Kế toán"]),
    ],
)
def test_a_field_a_post_is_named_by_is_a_member_of_the_colon_list(sentence, names):
    assert _canonical_leads(sentence) == names


def test_a_post_before_what_it_is_a_post_of_ends_the_colon_list():
    names = _canonical_leads(
        "1. Giám đốc các Sở: Nội vụ, Tài chính, Thủ trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành.\n"
    )
    assert names[:2] == ["Giám đốc Sở Nội vụ", "Giám đốc Sở Tài chính"]
    assert not any(n.startswith("Giám đốc Sở Thủ trưởng") for n in names), names


@pytest.mark.parametrize(
    "sentence,names",
    [
        # two portfolios the law never joins by ``và`` are two departments
        (
            "1. Các Sở: Nội vụ, Tư pháp và Y tế rà soát thủ tục hành chính trước ngày 30/6/2033.\n",
            ["Sở Nội vụ", "Sở Tư pháp", "Sở Y tế"],
        ),
        # ... a portfolio the law joins is one (``Khoa học và Công nghệ``, ``Văn hóa, Thể thao và Du lịch``)
        (
            "2. Các Sở: Tài chính, Khoa học và Công nghệ rà soát thủ tục hành chính.\n",
            ["Sở Tài chính", "Sở Khoa học và Công nghệ"],
        ),
        (
            "3. Giám đốc các Sở: Y tế, Dân tộc và Tôn giáo chịu trách nhiệm thi hành Quyết định này.\n",
            ["Giám đốc Sở Y tế", "Giám đốc Sở Dân tộc và Tôn giáo"],
        ),
    ],
)
def test_va_between_two_portfolios_parts_departments_the_law_does_not_join(sentence, names):
    """Seventh twin of A3 (``Các Sở: A và B, C, D, E``) and its counter-part (``Tư pháp và Y tế``: no department's
    name, ``tables/portfolios.JOINED_BY_VA``)."""
    assert _canonical_leads(sentence) == names


def test_a_colon_list_opening_with_a_portfolio_whose_field_heads_a_faculty_is_its_members():
    """``Các Sở: Khoa học và Công nghệ, Nội vụ, …`` was cut into a heading ``Các Sở`` and a text (``Khoa`` heads a
    faculty, so the colon did not look like a list's); a wild decision's execution clause read the same way."""
    assert _canonical_leads(
        "1. Các Sở: Khoa học và Công nghệ, Nội vụ, Tư pháp, Y tế hoàn thành việc kết nối trước ngày 30/6/2033.\n"
    ) == ["Sở Khoa học và Công nghệ", "Sở Nội vụ", "Sở Tư pháp", "Sở Y tế"]
