"""A hard wrap right after a post's head (issue 52, twenty-ninth twins of WRAP): ``…, Trưởng`` / ``Công an các xã …``,
``…, Giám đốc`` / ``Sở Nông nghiệp …``: the post's body opens the next line, so the line never ends its paragraph; and
what a task's text holds past the document's end mark (``./.`` + ``#`` or ``KT.``) is none of the task's words."""

from __future__ import annotations

from test_rules import HEADER

from vbparse import parse

WRAPPED = (
    "1. Chủ tịch Ủy ban nhân dân các xã, Trưởng\n"
    "Công an các xã và Chỉ huy trưởng Ban Chỉ huy Quân sự các xã tổ chức trực ban 24/24 giờ trong mùa mưa lũ, sẵn sàng\n"
    "sơ tán người dân tại các điểm có nguy cơ sạt lở đất trong những ngày mưa lớn kéo dài trên địa bàn.\n"
)


def test_a_post_s_head_at_a_line_s_end_goes_on_into_its_body():
    leads = [o.assignee.raw for o in parse(text=HEADER + WRAPPED).obligations]
    assert leads == [
        "Chủ tịch Ủy ban nhân dân các xã",
        "Trưởng Công an các xã",
        "Chỉ huy trưởng Ban Chỉ huy Quân sự các xã",
    ], leads


def test_a_post_s_title_inside_a_sentence_at_a_line_s_end_is_no_cut_name():
    """Counter-example: ``bổ nhiệm Phó Chủ tịch`` ends its line in a sentence's words, not after a list's comma."""
    text = (
        "1. Sở Nội vụ trình Ủy ban nhân dân tỉnh xem xét hồ sơ đề nghị bổ nhiệm Phó Chủ tịch\n"
        "Hội Nông dân tỉnh theo quy định trước ngày 30/6/2058 và báo cáo kết quả thực hiện.\n"
    )
    leads = [o.assignee.raw for o in parse(text=HEADER + text).obligations]
    assert leads == ["Sở Nội vụ"], leads


def test_what_follows_the_document_s_end_mark_is_none_of_the_task():
    doc = parse(text=HEADER + "1. Sở Nội vụ chịu trách nhiệm thi hành Quyết định này./. KT. CHỦ TỊCH\n").obligations
    assert [o.task for o in doc] == ["chịu trách nhiệm thi hành Quyết định này./."], doc
