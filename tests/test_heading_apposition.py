"""An assignee heading whose name a dash sets off from what its place is (issue 52, twenty-ninth twins of S6):
``Ủy ban nhân dân các xã biên giới - nơi có 14 đường mòn, lối mở …`` over bullets is the bodies' heading, the words
after the dash an apposition (``APPOSITION``: ``nơi``, ``địa bàn``, ``địa phương`` as ``cơ quan``, ``đơn vị``); a
dash before a task's words is no apposition."""

from __future__ import annotations

import pytest
from test_rules import HEADER

from vbparse import parse

BULLETS = "\n\n- Thành lập tổ chốt chặn tại các đường mòn.\n\n- Vận động các hộ chăn nuôi ký cam kết.\n"


def _rows(body: str) -> list[tuple[str, str]]:
    return [(o.assignee.raw, o.task[:20]) for o in parse(HEADER + body).obligations]


@pytest.mark.parametrize(
    "heading",
    [
        "*1.2.\nỦy ban nhân dân các xã biên giới - nơi có 14 đường mòn, lối mở thường xuyên bị lợi dụng*",
        "1.2. Ủy ban nhân dân xã Bản Lầu - địa bàn trọng điểm về buôn lậu gia cầm",
    ],
)
def test_a_heading_name_then_where_its_place_is_heads_its_bullets(heading):
    got = _rows("1. Phân công\n\n" + heading + BULLETS)
    name = heading.split("\n")[-1].split(" - ")[0].removeprefix("1.2. ")
    assert got == [(name, "Thành lập tổ chốt ch"), (name, "Vận động các hộ chăn")], got


def test_a_dash_before_a_task_s_words_is_no_apposition():
    """Counter-example: ``Sở Tư pháp - phổ biến pháp luật …`` names a task after its dash, not what the body is."""
    got = _rows("1. Phân công\n\n1.2. Sở Tư pháp - phổ biến pháp luật về phòng, chống buôn lậu" + BULLETS)
    assert ("Sở Tư pháp", "Thành lập tổ chốt ch") not in got, got
