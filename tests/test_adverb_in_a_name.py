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


@pytest.mark.parametrize(
    "value,name",
    [
        ("Trung tâm Giáo dục thường xuyên tỉnh", "Trung tâm Giáo dục thường xuyên tỉnh"),
        (
            "Phòng Giáo dục thường xuyên và Giáo dục chuyên nghiệp",
            "Phòng Giáo dục thường xuyên và Giáo dục chuyên nghiệp",
        ),
    ],
)
def test_a_lead_fields_name_keeps_its_adverb_word(value, name):
    """Under a lead field the value is names only: the item's heading stays the task, the name whole."""
    body = f"II. TỔ CHỨC THỰC HIỆN\n1. Mở lớp xóa mù chữ cho đồng bào vùng cao\nĐơn vị chủ trì: {value}\n"
    found = [(o.assignee.raw, o.task) for o in parse(text=HEADER + body).obligations if o.role == "lead"]
    assert found == [(name, "Mở lớp xóa mù chữ cho đồng bào vùng cao")]


@pytest.mark.parametrize(
    "value,name",
    [
        ("Đội Kiểm tra sau thông quan", "Đội Kiểm tra sau thông quan"),
        ("Tổ Tư vấn trước đăng ký", "Tổ Tư vấn trước đăng ký"),
    ],
)
def test_a_lead_fields_name_keeps_its_words_that_open_no_verb(value, name):
    """A value of names only whose name the grammar ended before words in lower case that open no verb the lists
    know (``sau thông quan``: a preposition of the unit's field) keeps them: no task of their own, none dropped."""
    body = f"II. TỔ CHỨC THỰC HIỆN\n1. Rà soát hồ sơ của doanh nghiệp có rủi ro cao\nĐơn vị chủ trì: {value}\n"
    found = [(o.assignee.raw, o.task) for o in parse(text=HEADER + body).obligations if o.role == "lead"]
    assert found == [(name, "Rà soát hồ sơ của doanh nghiệp có rủi ro cao")]


def test_a_lead_fields_deadline_after_the_name_is_no_name():
    """Counter-example: a time after the name (``sau ngày 15/3/2029``) is the deadline, not the name's words."""
    body = (
        "II. TỔ CHỨC THỰC HIỆN\n1. Rà soát hồ sơ của doanh nghiệp có rủi ro cao\n"
        "Đơn vị chủ trì: Đội Kiểm tra sau ngày 15/3/2029\n"
    )
    names = [o.assignee.raw for o in parse(text=HEADER + body).obligations if o.role == "lead"]
    assert names == ["Đội Kiểm tra"]


def test_a_lead_fields_right_to_act_after_the_names_is_no_name():
    """Counter-example: by what right the names act (``trong phạm vi chức năng, nhiệm vụ``) is not their name."""
    body = (
        "II. TỔ CHỨC THỰC HIỆN\n1. Rà soát hồ sơ của doanh nghiệp có rủi ro cao\n"
        "Đơn vị chủ trì: Các phòng chuyên môn trong phạm vi chức năng, nhiệm vụ được giao\n"
    )
    names = [o.assignee.raw for o in parse(text=HEADER + body).obligations if o.role == "lead"]
    assert names == ["Các phòng chuyên môn"]
