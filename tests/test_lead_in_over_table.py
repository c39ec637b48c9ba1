"""A lead-in with a subject over a task table (issue 52, seventh twin of R2): ``Giao các cơ quan, đơn vị triển khai các
nội dung sau:`` + a pipe table whose header names who does each row gives the rows' tasks only; the table's cells were
read as the words of the lead-in's sentence, which became a task of ``các cơ quan, đơn vị``."""

from __future__ import annotations

from test_rules import leads

TABLE = (
    "\n| STT | Nội dung thực hiện | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |\n"
    "| --- | --- | --- | --- | --- |\n"
    "| 1 | Giám sát côn trùng truyền bệnh | Trung tâm Kiểm soát bệnh tật tỉnh | Viện Vệ sinh dịch tễ | Tháng 4/2033 |\n"
)


def test_a_lead_in_with_a_subject_over_a_task_table_gives_the_rows_only():
    got = leads("II. TỔ CHỨC THỰC HIỆN\nGiao các cơ quan, đơn vị triển khai các nội dung sau:\n" + TABLE)
    assert got == [("Trung tâm Kiểm soát bệnh tật tỉnh", "Giám sát côn trùng truyền bệnh")]


def test_a_sentence_with_its_own_task_before_a_table_keeps_it():
    """Counter-example: a sentence that hands nothing over (no ``các nội dung sau:``) keeps its own task."""
    got = leads(
        "II. TỔ CHỨC THỰC HIỆN\nSở Y tế tổ chức chiến dịch diệt lăng quăng năm 2033, gồm các đợt sau:\n" + TABLE
    )
    assert any(a == "Sở Y tế" and t.startswith("tổ chức chiến dịch") for a, t in got), got
