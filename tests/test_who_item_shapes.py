"""The item that says who carries out the activities listed above it (``a) Nội dung …`` / ``b) Cách thức …`` + ``X chủ
trì, phối hợp với Y tổ chức thực hiện.``), in the shapes of the twenty-seventh twins of T3: its heading worded
``Cách thức phân công`` or ``Chủ thể thực hiện``, a purpose clause before its subject, a sentence about the
activities before it, and the duty and the role stated together (``có trách nhiệm chủ trì``)."""

from __future__ import annotations

import pytest
from test_rules import HEADER

from vbparse import parse

ACTIVITIES = (
    "3. Phòng chống sạt lở bờ sông\n"
    "a) Các hoạt động chủ yếu\n"
    "- Cắm biển cảnh báo tại các điểm sạt lở.\n"
    "- Di dời các hộ trong vùng nguy hiểm.\n"
)


def _got(body: str) -> set[tuple[str, str, str]]:
    return {(o.assignee.raw, o.role, o.task[:20]) for o in parse(text=HEADER + body).obligations}


@pytest.mark.parametrize(
    "who",
    [
        "b) Cách thức phân công\nTrung tâm Y tế huyện chủ trì, phối hợp với Hội Chữ thập đỏ huyện tổ chức thực hiện.\n",
        "b) Chủ thể thực hiện\nTrung tâm Y tế huyện chủ trì, phối hợp với Hội Chữ thập đỏ huyện tổ chức thực hiện.\n",
        (
            "b) Cách thức tổ chức\nĐể triển khai các hoạt động trên, Trung tâm Y tế huyện chủ trì, phối hợp với Hội Chữ "
            "thập đỏ huyện tổ chức thực hiện.\n"
        ),
        (
            "b) Cách thức tổ chức\nCác nội dung trên được lồng ghép với Chương trình phòng chống thiên tai của huyện. "
            "Trung tâm Y tế huyện chủ trì, phối hợp với Hội Chữ thập đỏ huyện tổ chức thực hiện.\n"
        ),
    ],
)
def test_a_who_item_in_other_words_gives_each_activity_its_lead_and_partner(who: str) -> None:
    got = _got(ACTIVITIES + who)
    for task in ("Cắm biển cảnh báo tạ", "Di dời các hộ trong "):
        assert ("Trung tâm Y tế huyện", "lead", task) in got, got
        assert ("Hội Chữ thập đỏ huyện", "support", task) in got, got


def test_the_duty_and_the_role_together_say_only_who() -> None:
    who = (
        "b) Cách thức tổ chức\nCông an huyện (Đội Cảnh sát giao thông) có trách nhiệm chủ trì tổ chức thực hiện, "
        "hoàn thành trong tháng 10/2026.\n"
    )
    got = {(o.assignee.raw, o.task[:20], str(o.deadline)) for o in parse(text=HEADER + ACTIVITIES + who).obligations}
    assert got == {
        ("Công an huyện (Đội Cảnh sát giao thông)", "Cắm biển cảnh báo tạ", "2026-10-31"),
        ("Công an huyện (Đội Cảnh sát giao thông)", "Di dời các hộ trong ", "2026-10-31"),
    }, got


def test_a_sentence_with_a_task_of_its_own_before_the_who_sentence_keeps_its_own_reading() -> None:
    # counter-example: a first sentence that gives a task to someone makes the item no who-item
    who = (
        "b) Cách thức tổ chức\nSở Tài chính bố trí kinh phí cho các hoạt động trên. Trung tâm Y tế huyện chủ trì, "
        "phối hợp với Hội Chữ thập đỏ huyện tổ chức thực hiện.\n"
    )
    got = _got(ACTIVITIES + who)
    assert ("Sở Tài chính", "lead", "bố trí kinh phí cho ") in got, got
