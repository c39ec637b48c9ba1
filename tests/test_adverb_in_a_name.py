"""A word that is an adverb before a verb is a field's word inside a name when no verb can follow it there (issue 52,
names): ``Trung tâm Giáo dục thường xuyên`` + ``tỉnh``, ``Phòng Giáo dục thường xuyên`` + ``và Giáo dục dân tộc``.
An adverb right before a place's level or before ``và`` and a capitalised field closes no predicate: the sentence's
verb is still to come.  Before a verb it is the sentence's adverb (``Sở Y tế thường xuyên kiểm tra …``)."""

from __future__ import annotations

import pytest
from test_rules import HEADER, leads

from vbparse import parse


@pytest.mark.parametrize(
    "sentence,lead",
    [
        (
            "1. Trung tâm Giáo dục thường xuyên tỉnh mở lớp bồi dưỡng tin học cho cán bộ xã.\n",
            "Trung tâm Giáo dục thường xuyên tỉnh",
        ),
        (
            "1. Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Yên Phú tuyển sinh lớp may công nghiệp.\n",
            "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Yên Phú",
        ),
        (
            "1. Phòng Giáo dục thường xuyên và Giáo dục chuyên nghiệp biên soạn tài liệu hướng dẫn.\n",
            "Phòng Giáo dục thường xuyên và Giáo dục chuyên nghiệp",
        ),
        # counter-examples: before a verb the adverb is the sentence's
        ("1. Sở Y tế thường xuyên kiểm tra an toàn thực phẩm tại các chợ.\n", "Sở Y tế"),
        ("1. Phòng Kinh tế định kỳ báo cáo tiến độ về Ủy ban nhân dân huyện.\n", "Phòng Kinh tế"),
    ],
)
def test_an_adverb_before_a_level_or_a_second_field_is_the_names(sentence, lead):
    assert [name for name, _task in leads(sentence)] == [lead]


def test_an_adverb_before_a_verb_stays_in_the_task():
    """The counter-example's task keeps its adverb: nothing the sentence says is dropped."""
    tasks = [task for _name, task in leads("1. Sở Y tế thường xuyên kiểm tra an toàn thực phẩm tại các chợ.\n")]
    assert tasks and tasks[0].startswith("thường xuyên kiểm tra")


#: The item's heading over its lead field: the task each name of the field leads.
_HEADING = "Rà soát hồ sơ của doanh nghiệp có rủi ro cao"


def _under_lead_field(value: str) -> list[tuple[str, str]]:
    """The leads and their tasks of an item ``_HEADING`` whose lead field's value is ``value``."""
    body = f"II. TỔ CHỨC THỰC HIỆN\n1. {_HEADING}\nĐơn vị chủ trì: {value}\n"
    return [(o.assignee.raw, o.task) for o in parse(text=HEADER + body).obligations if o.role == "lead"]


@pytest.mark.parametrize(
    "value",
    [
        # an adverb's word of the name's field
        "Trung tâm Giáo dục thường xuyên tỉnh",
        "Phòng Giáo dục thường xuyên và Giáo dục chuyên nghiệp",
        # words in lower case that open no verb the lists know (``sau thông quan``: a preposition of the unit's field)
        "Đội Kiểm tra sau thông quan",
        "Tổ Tư vấn trước đăng ký",
    ],
)
def test_a_lead_fields_name_keeps_its_words(value):
    """Under a lead field the value is names only: the item's heading stays the task, the name whole, none of its
    words a task of their own nor dropped."""
    assert _under_lead_field(value) == [(value, _HEADING)]


def test_a_lead_fields_deadline_after_the_name_is_no_name():
    """Counter-example: a time after the name (``sau ngày 15/3/2029``) is the deadline, not the name's words."""
    assert [name for name, _task in _under_lead_field("Đội Kiểm tra sau ngày 15/3/2029")] == ["Đội Kiểm tra"]


def test_a_lead_fields_right_to_act_after_the_names_is_no_name():
    """Counter-example: by what right the names act (``trong phạm vi chức năng, nhiệm vụ``) is not their name."""
    value = "Các phòng chuyên môn trong phạm vi chức năng, nhiệm vụ được giao"
    assert [name for name, _task in _under_lead_field(value)] == ["Các phòng chuyên môn"]
