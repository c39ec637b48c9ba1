"""A collective written in lower case, then ``và`` and a capitalised name (issue 52, an unknown member never swallows a
list): the capital opens another body, whatever its head (``Các hợp tác xã nông nghiệp và Nhà máy đường Sơn Dương``
are two subjects); a portfolio's field after ``và`` still goes on with a body's name (``Sở Nông nghiệp và Môi
trường``), and a collective's own noun after ``và`` with the collective (``các sở, ban và ngành``)."""

from __future__ import annotations

import pytest
from test_rules import HEADER

from vbparse import parse


def _leads(body: str) -> list[str]:
    return [o.assignee.raw for o in parse(text=HEADER + body).obligations if o.role == "lead"]


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
        # counter-examples: a portfolio's field, a collective's own noun
        ("3. Sở Nông nghiệp và Môi trường chủ trì tổ chức thực hiện.\n", ["Sở Nông nghiệp và Môi trường"]),
        ("4. Các sở, ban và ngành có trách nhiệm phối hợp.\n", ["Các sở, ban và ngành"]),
    ],
)
def test_a_capital_after_a_lower_case_collective_and_va_opens_another_body(sentence, names):
    assert _leads(sentence) == names
