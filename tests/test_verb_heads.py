"""A head of names that is a verb too (``Báo``: a newspaper, and to report) names no one when a word in lower case
follows it (``- Báo ngay Ủy ban nhân dân xã khi …``: the item's task, under its heading's subject), and names its
body when its name follows (``Báo Lạc Giang:``, a label of its own) (issue 52, nineteenth twin of S2: ``Báo`` was read
as the body of ``Báo ngay …``)."""

from __future__ import annotations

from test_rules import leads as _leads


def test_bao_before_a_word_in_lower_case_is_the_verb_under_the_headings_subject() -> None:
    got = _leads("**2. Trưởng bản Phiêng Lốm:**\n- Báo ngay Ủy ban nhân dân xã khi có sạt lở đất.\n")
    assert got == [("Trưởng bản Phiêng Lốm", "Báo ngay Ủy ban nhân dân xã khi có sạt lở đất.")], got


def test_bao_before_its_name_is_the_newspaper() -> None:
    got = _leads("2. Các cơ quan báo chí:\n- Báo Lạc Giang: Mở chuyên mục phản ánh tình hình sạt lở đất.\n")
    assert [a for a, _t in got] == ["Báo Lạc Giang"], got
