"""A field's value naming a body in sentence case (issue 52, twenty-ninth twins of S1): ``Đơn vị được giao phối hợp:
Công ty …; ban quản lý phố ẩm thực đêm.``: the item opening with a body's head in lower case and its words stands as a
name where it stands, as a capitalised one does; a bare head (``sở``) of a collective's nouns does not."""

from __future__ import annotations

import pytest
from test_rules import HEADER

from vbparse import parse

ITEM = "1. Lắp đặt biển chỉ dẫn tại phố ẩm thực đêm.\n\nĐơn vị chủ trì: Phòng Kinh tế phường.\n\n"


def _supports(fields: str) -> list[str]:
    return [o.assignee.raw for o in parse(HEADER + ITEM + fields).obligations if o.role == "support"]


@pytest.mark.parametrize(
    ("fields", "partners"),
    [
        (
            "Đơn vị phối hợp: Công ty Môi trường đô thị Bến Ngự; ban quản lý phố ẩm thực đêm.\n",
            ["Công ty Môi trường đô thị Bến Ngự", "ban quản lý phố ẩm thực đêm"],
        ),
        (
            "Đơn vị phối hợp: hội người cao tuổi phường; Công an phường.\n",
            ["hội người cao tuổi phường", "Công an phường"],
        ),
    ],
)
def test_a_body_in_sentence_case_stands_as_a_name_in_a_field(fields, partners):
    assert _supports(fields) == partners


def test_a_bare_head_of_a_collective_s_nouns_is_no_name():
    """Counter-example: ``sở`` alone, the first of ``sở, ban, ngành``, names no body."""
    assert "sở" not in _supports("Đơn vị phối hợp: sở, ban, ngành liên quan.\n")
