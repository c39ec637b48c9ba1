"""An item's sentence that names partners and then a task of its own, ended by a full stop, with its time line glued
below it (issue 52, twenty-sixth twin of T2): ``2. X phối hợp với Y tổ chức … .`` / ``Thời gian thực hiện: Tháng 6 và
tháng 7/2055.``.  The sentence is no heading of roles over a paragraph (the time line is no task), and months listed
with the year after the last end at the last.  A heading of roles over items keeps handing them on."""

from __future__ import annotations

from test_rules import rows


def test_a_partner_sentence_over_its_time_line_is_the_task_and_the_line_its_deadline() -> None:
    got = rows(
        "2. Đoàn Thanh niên xã phối hợp với Hội Chữ thập đỏ xã tổ chức các lớp dạy bơi miễn phí tại nhà văn hóa.\n"
        "Thời gian thực hiện: Tháng 6 và tháng 7/2055.\n",
        "assignee",
        "role",
        "task",
        "deadline",
    )
    assert [(a, r) for a, r, _t, _d in got] == [("Đoàn Thanh niên xã", "lead"), ("Hội Chữ thập đỏ xã", "support")], got
    assert all(t.startswith("phối hợp với Hội Chữ thập đỏ xã tổ chức") for _a, _r, t, _d in got), got
    assert {str(d) for _a, _r, _t, d in got} == {"2055-07-31"}, got


def test_a_heading_of_roles_over_items_still_hands_them_on() -> None:
    got = rows(
        "2. Đoàn Thanh niên xã chủ trì, phối hợp với Hội Chữ thập đỏ xã:\n"
        "- Tổ chức các lớp dạy bơi miễn phí.\n- Báo cáo kết quả trong tháng 8/2055.\n",
        "assignee",
        "role",
        "task",
    )
    assert ("Đoàn Thanh niên xã", "lead", "Tổ chức các lớp dạy bơi miễn phí.") in got, got
    assert ("Hội Chữ thập đỏ xã", "support", "Tổ chức các lớp dạy bơi miễn phí.") in got, got
