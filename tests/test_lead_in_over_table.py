"""A lead-in with a subject over a task table (issue 52, seventh twin of R2): ``Giao các cơ quan, đơn vị triển khai các
nội dung sau:`` + a pipe table whose header names who does each row gives the rows' tasks only; the table's cells were
read as the words of the lead-in's sentence, which became a task of ``các cơ quan, đơn vị``."""

from __future__ import annotations

import pytest
from test_rules import HEADER, leads

TABLE = (
    "\n| STT | Nội dung thực hiện | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |\n"
    "| --- | --- | --- | --- | --- |\n"
    "| 1 | Giám sát côn trùng truyền bệnh | Trung tâm Kiểm soát bệnh tật tỉnh | Viện Vệ sinh dịch tễ | Tháng 4/2033 |\n"
)


def test_a_lead_in_with_a_subject_over_a_task_table_gives_the_rows_only():
    got = leads("II. TỔ CHỨC THỰC HIỆN\nGiao các cơ quan, đơn vị triển khai các nội dung sau:\n" + TABLE)
    assert got == [("Trung tâm Kiểm soát bệnh tật tỉnh", "Giám sát côn trùng truyền bệnh")]


def test_a_sentence_with_its_own_task_before_a_table_keeps_it():
    """Counter-example: a sentence that hands nothing over (no ``các nội dung sau:``) keeps its own task, and its words
    end at its colon: the rows, read by the tables' reader, are not part of it."""
    got = leads(
        "II. TỔ CHỨC THỰC HIỆN\nSở Y tế tổ chức chiến dịch diệt lăng quăng năm 2033, gồm các đợt sau:\n" + TABLE
    )
    assert ("Sở Y tế", "tổ chức chiến dịch diệt lăng quăng năm 2033, gồm các đợt sau") in got, got
    assert ("Trung tâm Kiểm soát bệnh tật tỉnh", "Giám sát côn trùng truyền bệnh") in got, got


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


TASKS_ONLY = (
    "\n| STT | Nội dung công việc | Thời gian hoàn thành |\n"
    "| --- | --- | --- |\n"
    "| 1 | Kiểm kê kho lưu trữ chuyên dụng | Tháng 8/2032 |\n"
    "| 2 | Chỉnh lý hồ sơ tồn đọng | Quý I/2033 |\n"
)


@pytest.mark.parametrize(
    "owner_line",
    [
        "Trung tâm Lưu trữ lịch sử tỉnh thực hiện các nội dung sau:",
        "3. Trung tâm Lưu trữ lịch sử tỉnh thực hiện các nội dung sau:",
        "3. Trung tâm Lưu trữ lịch sử tỉnh:",
        "3. Trách nhiệm của Trung tâm Lưu trữ lịch sử tỉnh",
    ],
    ids=["lead-in", "numbered lead-in", "heading of a name", "heading of duties"],
)
def test_a_table_of_tasks_alone_under_its_owner_is_the_owners_items(owner_line):
    """Decision 10 for a table with no who-column under a lead-in or a heading that names whose tasks they are: each
    row is one task of that owner, its task cell the task and its time cell the deadline; the header and the rows'
    pipes were tasks as printed."""
    from vbparse import parse

    doc = parse(text=HEADER + "II. TỔ CHỨC THỰC HIỆN\n" + owner_line + "\n" + TASKS_ONLY)
    got = [(o.assignee.raw, o.task, str(o.deadline) if o.deadline else None) for o in doc.obligations]
    assert got == [
        ("Trung tâm Lưu trữ lịch sử tỉnh", "Kiểm kê kho lưu trữ chuyên dụng", "2032-08-31"),
        ("Trung tâm Lưu trữ lịch sử tỉnh", "Chỉnh lý hồ sơ tồn đọng", "2033-03-31"),
    ], got


def test_a_table_of_topics_under_a_sentence_naming_no_one_gives_no_task():
    """Counter-example: ``Kế hoạch gồm các nội dung sau:`` names no owner; its table of topics assigns nothing."""
    assert leads("II. NỘI DUNG\nKế hoạch gồm các nội dung sau:\n" + TASKS_ONLY) == []
