"""A village chief's post (``Trưởng thôn``, ``Trưởng các ấp``, ``Phó trưởng bản``) is whole with its place: a word
in lower case after it opens the sentence's predicate, a verb no list knows too (issue 52, nineteenth twin of S7:
``Trưởng các thôn thống kê sản lượng vải …`` ran on into one name and gave nothing).  Counter-examples: where the
places are (``trên địa bàn xã``), a place's own name and a second post (``và``) stay the name's."""

from __future__ import annotations

import pytest
from test_rules import leads as _leads


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("1. Trưởng các ấp thống kê số hộ có nhà tạm trước mùa mưa.\n", ["Trưởng các ấp"]),
        ("2. Phó trưởng bản thống kê số trâu, bò chưa tiêm phòng.\n", ["Phó trưởng bản"]),
        ("3. Trưởng các thôn trên địa bàn xã thống kê số hộ nghèo.\n", ["Trưởng các thôn trên địa bàn xã"]),
        ("4. Trưởng thôn Đồng Lạc thống kê số hộ nghèo.\n", ["Trưởng thôn Đồng Lạc"]),
    ],
)
def test_a_village_chiefs_post_ends_before_a_verb_no_list_knows(line: str, who: list[str]) -> None:
    got = [a for a, _t in _leads(line)]
    assert got == who, got
