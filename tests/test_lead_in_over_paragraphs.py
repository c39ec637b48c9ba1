"""A lead-in with its subjects and a colon over paragraphs with no marks (issue 52, twenty-sixth twin of A5): ``1. A,
B đảm trách các phần việc dưới đây:`` / ``Thứ nhất, mở …`` / ``Thứ hai, bố trí …``: each paragraph is a task of each
subject (decision 10), its ordinal word no task's word; the lead-in is bare (decision 4).  Paragraphs with subjects
of their own are their own sentences; a lead-in that lists a thing's parts hands nothing."""

from __future__ import annotations

from test_rules import rows

LEAD_IN = "1. Trường Năng khiếu thể dục thể thao tỉnh, Ủy ban nhân dân các xã ven sông Nậm Ti {verb} các phần việc {where}:\n\n"


def test_each_paragraph_under_a_lead_in_is_a_task_of_each_subject() -> None:
    got = rows(
        LEAD_IN.format(verb="đảm trách", where="dưới đây")
        + "Thứ nhất, mở các lớp dạy bơi an toàn cho trẻ em, hoàn thành trong tháng 7/2051.\n\n"
        "Thứ hai, bố trí bể bơi di động tại các điểm trường.\n\nThứ ba, cấp giấy chứng nhận biết bơi cho trẻ.\n",
        "assignee",
        "task",
    )
    for subject in ("Trường Năng khiếu thể dục thể thao tỉnh", "Ủy ban nhân dân các xã ven sông Nậm Ti"):
        for task in (
            "mở các lớp dạy bơi an toàn cho trẻ em, hoàn thành trong tháng 7/2051.",
            "bố trí bể bơi di động tại các điểm trường.",
            "cấp giấy chứng nhận biết bơi cho trẻ.",
        ):
            assert (subject, task) in got, got
    assert len(got) == 6, got


def test_plain_paragraphs_under_a_lead_in_are_its_tasks() -> None:
    got = rows(
        LEAD_IN.format(verb="thực hiện", where="sau")
        + "Mở các lớp dạy bơi an toàn cho trẻ em.\n\nBố trí bể bơi di động tại các điểm trường.\n",
        "assignee",
        "task",
    )
    assert ("Ủy ban nhân dân các xã ven sông Nậm Ti", "Bố trí bể bơi di động tại các điểm trường.") in got, got
    assert len(got) == 4, got


def test_paragraphs_with_subjects_of_their_own_keep_them() -> None:
    got = rows(
        "1. Sở Y tế thực hiện các nội dung sau:\n\nMở các lớp tập huấn sơ cứu đuối nước.\n\n"
        "Trung tâm Y tế huyện bố trí tổ cấp cứu tại bãi tắm.\n",
        "assignee",
        "task",
    )
    assert ("Trung tâm Y tế huyện", "bố trí tổ cấp cứu tại bãi tắm.") in got, got
    assert ("Sở Y tế", "Mở các lớp tập huấn sơ cứu đuối nước.") in got, got
    assert not any(a == "Sở Y tế" and t.startswith("Trung tâm") for a, t in got), got


def test_a_lead_in_listing_a_thing_s_parts_hands_no_paragraph() -> None:
    got = rows(
        "1. Hồ sơ đề nghị hỗ trợ gồm:\n\nĐơn đề nghị theo mẫu.\n\nBản sao giấy chứng nhận quyền sử dụng đất.\n",
        "assignee",
    )
    assert got == [], got
