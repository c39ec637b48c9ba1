"""An item's task printed on its heading's line with a colon inside it, fields below (issue 52, twenty-fifth twin of
T1: ``5.1. Triển khai học bạ số ở ba cấp học: tiểu học, trung học cơ sở`` / ``- Cơ quan chủ trì: X``): the task is
the whole line, not the words after its colon.  Counter: a label before the colon (``Nội dung: …``) is no task."""

from __future__ import annotations

from test_rules import rows


def test_a_task_line_with_a_colon_over_its_fields_is_the_whole_line() -> None:
    got = rows(
        "5. Nhóm nhiệm vụ về hạ tầng\n\n5.1. Lắp đặt camera giám sát tại ba điểm: chợ, bến xe và cổng trường\n\n"
        "- Cơ quan chủ trì: Công an xã.\n\n- Thời hạn: Trước ngày 31/8/2053.\n",
        "assignee",
        "task",
        "deadline",
    )
    assert got == [("Công an xã", "Lắp đặt camera giám sát tại ba điểm: chợ, bến xe và cổng trường", "2053-08-31")]


def test_a_label_before_the_colon_leaves_the_words_after_it_as_the_task() -> None:
    got = rows(
        "5. Nhóm nhiệm vụ về hạ tầng\n\n5.1. Nội dung: Lắp đặt camera giám sát tại chợ\n\n"
        "- Cơ quan chủ trì: Công an xã.\n",
        "assignee",
        "task",
    )
    assert got == [("Công an xã", "Lắp đặt camera giám sát tại chợ")], got
