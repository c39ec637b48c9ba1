"""A lead cell or a field's value is names only: a name the grammar cut at a verb of its field (``Ban Quản lý dự án
đầu tư`` + ``xây dựng …``) keeps the words in lower case after it when they run to its place level with no role word
among them (``… xây dựng các công trình dân dụng tỉnh``): the level closes the name (fourth twin of TAB-SUBHEADER: the
cell's lead was cut at ``xây dựng``).  Counter-example: a role word after the name is the cell's sentence, not its
name's words."""

from __future__ import annotations

from test_rules import HEADER

from vbparse import parse

ITEM = "1. Lắp đặt trạm bơm tăng áp cho khu dân cư.\n- Đơn vị chủ trì: {value}\n- Thời gian: Quý III/2027.\n"


def _leads(value: str) -> list[str]:
    return [o.assignee.raw for o in parse(text=HEADER + ITEM.format(value=value)).obligations if o.role == "lead"]


def test_a_name_cut_at_a_verb_of_its_field_runs_to_its_level_in_a_value():
    assert _leads("Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh.") == [
        "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh"
    ]


def test_a_role_word_after_the_name_in_a_value_is_no_part_of_it():
    assert "Sở Xây dựng chủ trì kiểm tra các công trình tỉnh" not in _leads(
        "Sở Xây dựng chủ trì kiểm tra các công trình tỉnh."
    )


def test_a_subject_cut_at_a_verb_of_its_field_runs_to_its_level_before_a_role_word():
    """In a sentence too: the level right before ``có trách nhiệm`` closes the name (fourth twin of T2)."""
    text = (
        HEADER
        + "1. Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh có trách nhiệm: bàn giao mặt bằng.\n"
    )
    got = [(o.assignee.raw, o.task) for o in parse(text=text).obligations]
    assert [a for a, _t in got] == ["Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh"]
    assert got[0][1].endswith("bàn giao mặt bằng.")
