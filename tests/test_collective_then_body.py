"""A collective written in lower case, then ``và`` and a capitalised name (issue 52, an unknown member never swallows a
list): the capital opens another body, whatever its head (``Các hợp tác xã nông nghiệp và Nhà máy đường Sơn Dương``
are two subjects); a portfolio's field after ``và`` still goes on with a body's name (``Sở Nông nghiệp và Môi
trường``), and a collective's own noun after ``và`` with the collective (``các sở, ban và ngành``)."""

from __future__ import annotations

import pytest
from test_rules import leads


def _leads(body: str) -> list[str]:
    return [name for name, _task in leads(body)]


@pytest.mark.parametrize(
    "sentence,names",
    [
        (
            "1. Các hợp tác xã nông nghiệp và Nhà máy đường Sơn Dương phối hợp bao tiêu sản phẩm.\n",
            ["Các hợp tác xã nông nghiệp", "Nhà máy đường Sơn Dương"],
        ),
        (
            "2. Các cơ sở giáo dục nghề nghiệp và Bến xe khách trung tâm tỉnh có trách nhiệm tuyên truyền.\n",
            ["Các cơ sở giáo dục nghề nghiệp", "Bến xe khách trung tâm tỉnh"],
        ),
        # a plural the alias table knows (``Các doanh nghiệp``), its run in lower case: a collective too
        (
            "7. Các doanh nghiệp chế biến gỗ và Xí nghiệp Lâm nghiệp Đông Bắc có trách nhiệm phòng cháy.\n",
            ["Các doanh nghiệp chế biến gỗ", "Xí nghiệp Lâm nghiệp Đông Bắc"],
        ),
        (
            "8. Các doanh nghiệp lữ hành và Nhà Thiếu nhi tỉnh có trách nhiệm tổ chức trại hè.\n",
            ["Các doanh nghiệp lữ hành", "Nhà Thiếu nhi tỉnh"],
        ),
        # counter-examples: a portfolio's field, a collective's own noun
        ("3. Sở Nông nghiệp và Môi trường chủ trì tổ chức thực hiện.\n", ["Sở Nông nghiệp và Môi trường"]),
        ("4. Các sở, ban và ngành có trách nhiệm phối hợp.\n", ["Các sở, ban và ngành"]),
    ],
)
def test_a_capital_after_a_lower_case_collective_and_va_opens_another_body(sentence, names):
    assert _leads(sentence) == names


@pytest.mark.parametrize(
    "sentence,names",
    [
        (
            "5. Các thư viện cấp huyện và Bảo tàng tỉnh có trách nhiệm số hóa tư liệu quý.\n",
            ["Các thư viện cấp huyện", "Bảo tàng tỉnh"],
        ),
        ("6. Các nhà văn hóa thôn chủ trì tổ chức sinh hoạt hè.\n", ["Các nhà văn hóa thôn"]),
    ],
)
def test_a_plural_of_a_noun_no_list_knows_before_its_role_word_is_a_collective(sentence, names):
    """``Các`` + a noun phrase in lower case that a role word follows (``có trách nhiệm``, ``chủ trì``), or ``và`` and
    a name before one: who is given the task, whatever its noun (issue 52, names by where they stand)."""
    assert _leads(sentence) == names


def test_a_plural_of_things_before_a_role_word_names_no_one():
    # ``Các nội dung`` names no one (a noun naming no one), whatever follows
    assert _leads("7. Các nội dung trên có trách nhiệm được rà soát.\n") == []
