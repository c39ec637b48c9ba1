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


def test_a_numbered_lead_in_over_a_task_table_gives_the_rows_only():
    """The same lead-in as a numbered item's heading (``1. Giao …:`` + the table): its colon is on the heading's line,
    which the heading no longer holds; the header and each row were the lead-in subject's tasks besides the rows'."""
    got = leads("II. TỔ CHỨC THỰC HIỆN\n1. Giao các cơ quan, đơn vị triển khai các nội dung sau:\n" + TABLE)
    assert got == [("Trung tâm Kiểm soát bệnh tật tỉnh", "Giám sát côn trùng truyền bệnh")]


PARTNERS_ONLY = (
    "\n| TT | Công việc | Đơn vị phối hợp | Thời hạn |\n"
    "| --- | --- | --- | --- |\n"
    "| 1 | Rà soát bến thủy nội địa | Công an tỉnh | Tháng 9/2031 |\n"
    "| 2 | Cắm biển cảnh báo luồng lạch | Ủy ban nhân dân các xã ven sông | Quý IV/2031 |\n"
)


def test_a_lead_in_subject_leads_the_rows_of_a_table_that_names_no_lead():
    """Decision 10: a lead-in's subject is handed to its items; a table whose columns name only partners holds its
    items, so each row is the lead-in subject's task, the partner column its support."""
    for marker in ("", "1. "):
        body = f"II. TỔ CHỨC THỰC HIỆN\n{marker}Sở Giao thông vận tải chủ trì thực hiện các nhiệm vụ sau:\n"
        got = leads(body + PARTNERS_ONLY)
        assert got == [
            ("Sở Giao thông vận tải", "Rà soát bến thủy nội địa"),
            ("Sở Giao thông vận tải", "Cắm biển cảnh báo luồng lạch"),
        ], (marker, got)


def test_a_table_that_names_its_own_leads_keeps_them_under_a_lead_in_subject():
    """Counter-example: rows that name their lead are that lead's, not the lead-in subject's."""
    got = leads("II. TỔ CHỨC THỰC HIỆN\n1. Sở Giao thông vận tải chủ trì thực hiện các nhiệm vụ sau:\n" + TABLE)
    assert got == [("Trung tâm Kiểm soát bệnh tật tỉnh", "Giám sát côn trùng truyền bệnh")]
