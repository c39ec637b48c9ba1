"""A bold label closed by a slash on a line of its own (``**1/`` / ``Công an thị xã**``; issue 52, twenty-ninth twins
of S2): the label goes on into the name on the next line, as ``**1.`` does, and the name heads its bullets."""

from __future__ import annotations

import pytest
from test_rules import HEADER

from vbparse import parse

BULLETS = "\n\n- Lập phương án bảo đảm an ninh trước ngày 20/01/2058.\n\n- Bố trí lực lượng trực.\n"


@pytest.mark.parametrize("label", ["**1/\nCông an thị xã**", "**1.\nCông an thị xã**", "1/ Công an thị xã"])
def test_a_label_split_from_its_name_heads_the_bullets(label):
    got = [
        (o.assignee.raw, o.task[:12]) for o in parse(HEADER + "II. TỔ CHỨC THỰC HIỆN\n\n" + label + BULLETS).obligations
    ]
    assert got == [("Công an thị xã", "Lập phương á"), ("Công an thị xã", "Bố trí lực l")], got


def test_a_date_s_slash_on_its_own_line_is_no_label():
    """Counter-example: ``1/2`` alone (a fraction, a date's part) opens no heading."""
    got = parse(HEADER + "II. TỔ CHỨC THỰC HIỆN\n\n1/2\nCông an thị xã lập phương án bảo đảm an ninh.\n").obligations
    assert [(o.assignee.raw, o.task[:12]) for o in got] == [("Công an thị xã", "lập phương á")], got
