"""Items labelled with a slash (``1/``, ``a/``, ``II/``), as typists of many offices write them: each opens an item
of its own, so an item that ends with no punctuation does not run into the next (issue 52, nineteenth twin of WRAP:
``1/ Văn phòng … ngày lễ`` / ``2/ Sở …`` was one paragraph, and its three tasks none).  Counter-examples: a date or
a fraction that begins a line (``15/5/2036 …``, ``1/2 số hộ …``) is no label."""

from __future__ import annotations

import pytest
from test_rules import HEADER

from vbparse import parse
from vbparse.tables import patterns as P


def test_items_labelled_with_a_slash_are_items_of_their_own() -> None:
    body = (
        "II/ TỔ CHỨC THỰC HIỆN\n"
        "1/ Sở Tài chính bố trí kinh phí sửa chữa trạm bơm Đồng Sen\n"
        "2/ Sở Xây dựng kiểm tra chất lượng công trình sau sửa chữa\n"
        "3/ Ủy ban nhân dân các xã vận hành trạm bơm theo lịch tưới.\n"
    )
    got = [(o.assignee.raw, o.section) for o in parse(text=HEADER + body).obligations]
    assert [a for a, _s in got] == ["Sở Tài chính", "Sở Xây dựng", "Ủy ban nhân dân các xã"], got
    assert [s for _a, s in got] == ["II.1", "II.2", "II.3"], got


@pytest.mark.parametrize(
    ("pattern", "line", "label"),
    [
        ("LABEL_ARABIC", "1/ Sở Y tế chủ trì", "1"),
        ("LABEL_LETTER", "b/ Phòng Tư pháp", "b"),
        ("LABEL_ROMAN", "III/ TỔ CHỨC THỰC HIỆN", "III"),
        ("LABEL_ARABIC", "15/5/2036 tổ chức khai mạc", None),
        ("LABEL_ARABIC", "1/2 số hộ chưa đăng ký", None),
    ],
)
def test_a_slash_after_a_label_and_a_space_is_a_label(pattern: str, line: str, label: str | None) -> None:
    m = getattr(P, pattern).match(line)
    assert (m.group("label") if m else None) == label
