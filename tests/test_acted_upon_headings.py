"""A heading that names those a plan acts on (issue 52, twenty-fifth twin of R1: ``**I. DOANH NGHIỆP ĐƯỢC KIỂM TRA**``
over the paragraph listing them, the grammar reading the capitals through the passive): no assignee, its paragraph no
task.  Counter: a passive that gives work (``ĐƯỢC GIAO NHIỆM VỤ``) keeps its paragraph as their task."""

from __future__ import annotations

from test_rules import rows


def test_a_heading_of_those_inspected_over_their_list_gives_nothing() -> None:
    got = rows(
        "**II. TRƯỜNG HỌC ĐƯỢC KIỂM TRA**\n\nTrường Tiểu học Kim Đồng, Trường Mầm non Hoa Sen và 05 trường có trên "
        "500 học sinh bán trú.\n",
        "assignee",
    )
    assert got == [], got


def test_a_heading_of_those_given_work_keeps_its_paragraph_as_their_task() -> None:
    got = rows(
        "**3. DOANH NGHIỆP ĐƯỢC GIAO NHIỆM VỤ**\n\nTổ chức kiểm tra việc giao kết hợp đồng lao động.\n",
        "assignee",
        "task",
    )
    assert got == [("DOANH NGHIỆP ĐƯỢC GIAO NHIỆM VỤ", "Tổ chức kiểm tra việc giao kết hợp đồng lao động.")], got
