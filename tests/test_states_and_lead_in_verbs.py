"""What a body does now, counted, is its state, not a task (decision 16: ``Trung tâm Y tế huyện hiện phụ trách 19 trạm
…``); a lead-in whose verb is ``đảm đương`` hands its subject to its items (issue 52, twentieth twins of F3 and F4)."""

from __future__ import annotations

from test_rules import leads


def test_what_a_body_does_now_counted_is_no_task() -> None:
    assert leads("2. Trung tâm Khuyến nông huyện hiện quản lý 12 trạm và 40 cộng tác viên.\n") == []


def test_hien_dai_hoa_is_a_task_s_verb() -> None:
    """Counter-example: ``hiện đại hóa`` (modernise) opens a task."""
    got = leads("2. Trung tâm Khuyến nông huyện hiện đại hóa 12 trạm khuyến nông.\n")
    assert got == [("Trung tâm Khuyến nông huyện", "hiện đại hóa 12 trạm khuyến nông.")]


def test_a_lead_in_with_dam_duong_hands_its_subject_to_its_items() -> None:
    body = (
        "2. Phòng Quản lý đô thị đảm đương những phần việc cụ thể sau:\n"
        "- Thẩm định dự toán của các xã;\n"
        "- Tổng hợp báo cáo quyết toán năm.\n"
    )
    assert [a for a, _t in leads(body)] == ["Phòng Quản lý đô thị", "Phòng Quản lý đô thị"]
