"""A group row whose title a converter repeated in every cell of a merged row is a group row, not a task whose lead is
the title (issue 52, twentieth twin of S5's counter-example: ``| **I** | **TRUYỀN THÔNG** | **TRUYỀN THÔNG** | … |``
gave the lead ``TRUYỀN THÔNG``)."""

from __future__ import annotations

from test_rules import HEADER

from vbparse import parse

_TABLE = (
    "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n"
    "| --- | --- | --- | --- | --- |\n"
    "| **I** | **PHÒNG CHỐNG DỊCH BỆNH** | **PHÒNG CHỐNG DỊCH BỆNH** | **PHÒNG CHỐNG DỊCH BỆNH** "
    "| **PHÒNG CHỐNG DỊCH BỆNH** |\n"
    "| 1 | Tiêm phòng vắc xin lở mồm long móng cho đàn trâu bò | Chi cục Chăn nuôi và Thú y | Ủy ban nhân dân các xã "
    "| Tháng 4/2041 |\n"
)


def test_a_label_and_its_title_repeated_in_every_cell_is_a_group_row() -> None:
    doc = parse(text=HEADER + "II. TỔ CHỨC THỰC HIỆN\n\n" + _TABLE)
    got = sorted({(o.assignee.raw, o.role) for o in doc.obligations})
    assert got == [("Chi cục Chăn nuôi và Thú y", "lead"), ("Ủy ban nhân dân các xã", "support")], got


def test_a_task_row_whose_cells_differ_is_read_as_a_task() -> None:
    """Counter-example: a row with a number and different cells is a task row."""
    doc = parse(text=HEADER + "II. TỔ CHỨC THỰC HIỆN\n\n" + _TABLE)
    assert any(o.task.startswith("Tiêm phòng vắc xin") for o in doc.obligations)


def test_a_sub_group_s_label_under_its_group_is_a_group_row() -> None:
    """``| *II.a* | *Củng cố …* |``: a sub-group's label names the rows under it (their section), no task."""
    table = (
        "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| *II.a* | *Củng cố tổ hòa giải* | | | |\n"
        "| 1 | Rà soát, kiện toàn tổ hòa giải | Ủy ban nhân dân các xã | Sở Tư pháp | Quý II/2046 |\n"
    )
    doc = parse(text=HEADER + "II. TỔ CHỨC THỰC HIỆN\n\n" + table)
    assert {o.section for o in doc.obligations} == {"II.II.a.1"}
