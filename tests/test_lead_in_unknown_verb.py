"""A lead-in whose verb no list knows (issue 52, lead-ins; eleventh twins of A5 and F4): ``X ưu tiên giải quyết các
việc sau:``, ``X đảm nhiệm các việc sau:``, ``X gánh vác những phần việc dưới đây:``.  What the subject takes on is
named by the frame, ``các việc sau:``, whatever the verb: the items below are the subject's tasks, the lead-in is no
task of its own, and a verb the name grammar ran over ends the name where the frame says (the word before the
list's noun).  A lead-in that says what was done (``đã hoàn thành các việc sau:``) hands nothing over."""

from __future__ import annotations

import pytest
from test_rules import leads


@pytest.mark.parametrize(
    "body,expected",
    [
        (
            (
                "1. Phòng Quản lý và Cấp phép hoạt động đảm nhiệm các việc sau:\n"
                "a) Tiếp nhận hồ sơ đề nghị cấp phép.\nb) Trả kết quả đúng hẹn cho tổ chức.\n"
            ),
            [
                ("Phòng Quản lý và Cấp phép hoạt động", "Tiếp nhận hồ sơ đề nghị cấp phép."),
                ("Phòng Quản lý và Cấp phép hoạt động", "Trả kết quả đúng hẹn cho tổ chức."),
            ],
        ),
        (
            (
                "1. Trung tâm Dịch vụ việc làm tỉnh gánh vác những phần việc dưới đây:\n"
                "- Kết nối cung cầu lao động tại các phiên giao dịch.\n- Cập nhật thông tin thị trường lao động.\n"
            ),
            [
                ("Trung tâm Dịch vụ việc làm tỉnh", "Kết nối cung cầu lao động tại các phiên giao dịch."),
                ("Trung tâm Dịch vụ việc làm tỉnh", "Cập nhật thông tin thị trường lao động."),
            ],
        ),
    ],
)
def test_a_lead_in_s_frame_hands_its_items_to_the_subject_whatever_its_verb(body, expected):
    assert leads(body) == expected


def test_a_lead_in_with_an_unknown_verb_is_no_task_of_its_own():
    body = (
        "1. Sở Xây dựng, Ủy ban nhân dân các xã ưu tiên giải quyết các việc sau:\n"
        "- Rà soát hồ sơ cấp phép tồn đọng.\n- Công khai quy trình cấp phép tại trụ sở.\n"
    )
    tasks = {task for _name, task in leads(body)}
    assert tasks == {"Rà soát hồ sơ cấp phép tồn đọng.", "Công khai quy trình cấp phép tại trụ sở."}


def test_a_lead_in_that_reports_what_was_done_hands_nothing_over():
    body = "1. Năm 2027, Sở Xây dựng đã hoàn thành các việc sau:\n- Rà soát hồ sơ cấp phép tồn đọng.\n"
    assert ("Sở Xây dựng", "Rà soát hồ sơ cấp phép tồn đọng.") not in leads(body)
