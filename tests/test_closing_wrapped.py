"""A closing's execution clause hard-wrapped inside a name (a web copy printed at a fixed width: ``Giám đốc Sở`` /
``Khoa học và Công nghệ; …``) names each addressee as the unwrapped clause does; only the names after the last line
break were read."""

from __future__ import annotations

import pytest

from vbparse import parse_text

HEADER = (
    "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nSố: 7/QĐ-UBND\nLai Châu, ngày 05 tháng 01 năm 2026\nQUYẾT ĐỊNH\n"
    "Về việc công bố thủ tục hành chính\nQuyết định:\nĐiều 1. Công bố kèm theo Quyết định này.\n"
    "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
)
CLAUSE = (
    "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Khoa học và Công nghệ; Chủ tịch UBND các xã, "
    "phường chịu trách nhiệm thi hành Quyết định này./.\n"
)


def _addressees(body: str) -> list[str]:
    return [o.assignee.raw for o in parse_text(HEADER + body).obligations]


@pytest.mark.parametrize("width", [40, 52, 61, 75])
def test_an_execution_clause_wrapped_anywhere_names_every_addressee(width):
    import textwrap

    wrapped = "\n".join(textwrap.wrap(CLAUSE.strip(), width)) + "\n"
    assert (
        _addressees(wrapped)
        == _addressees(CLAUSE)
        == [
            "Chánh Văn phòng Ủy ban nhân dân tỉnh",
            "Giám đốc Sở Khoa học và Công nghệ",
            "Chủ tịch UBND các xã, phường",
        ]
    )


def test_a_closing_of_two_paragraphs_keeps_them_apart():
    """Counter-example: a line that ends a sentence ends it; the next paragraph is not joined to it."""
    body = CLAUSE + "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n"
    assert _addressees(body) == _addressees(CLAUSE)


def test_an_articles_title_is_not_taken_into_its_execution_clause():
    """Counter-example: ``Điều 3. Tổ chức thực hiện`` over the clause is the article's title, no name of it."""
    body = "Điều 3. Tổ chức thực hiện\n" + CLAUSE.removeprefix("Điều 3. ")
    assert _addressees(body) == _addressees(CLAUSE)
