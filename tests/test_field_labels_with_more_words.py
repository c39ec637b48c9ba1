"""Field labels with more words after their role (issue 52, twenty-sixth twin of S1): ``Cơ quan chủ trì, đôn đốc và
tổng hợp kết quả thực hiện:`` (more of what the lead does, a third after ``và``) and ``Cơ quan phối hợp trong quá
trình triển khai:`` (when in the work) are the lead's and the partners' labels; the item's heading is the task."""

from __future__ import annotations

from test_rules import rows


def test_labels_with_more_words_give_lead_and_partners() -> None:
    got = rows(
        "1. Mở 06 lớp dạy chữ Thái cho cán bộ, công chức\n\n"
        "Cơ quan chủ trì, đôn đốc và tổng hợp kết quả thực hiện: Phòng Dân tộc huyện.\n\n"
        "Cơ quan phối hợp trong quá trình triển khai: Trung tâm Văn hóa huyện; Câu lạc bộ chữ Thái huyện.\n\n"
        "Thời hạn hoàn thành, báo cáo kết quả: Quý III/2055.\n",
        "assignee",
        "role",
        "task",
    )
    assert [(a, r) for a, r, _t in got] == [
        ("Phòng Dân tộc huyện", "lead"),
        ("Trung tâm Văn hóa huyện", "support"),
        ("Câu lạc bộ chữ Thái huyện", "support"),
    ], got
    assert all(t.startswith("Mở 06 lớp dạy chữ Thái") for _a, _r, t in got), got
