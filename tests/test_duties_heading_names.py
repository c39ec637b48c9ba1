"""A heading of a body's duties whose name holds a verb of its field before its level (``1. Nhiệm vụ của Trung tâm
Dịch vụ tổng hợp xã`` / its bullets; issue 52, twenty-third twin of HEADING-UNIT): the name runs to the heading's end
and leads the bullets, and the heading is no task of its own."""

from __future__ import annotations

from test_rules import HEADER

from vbparse import parse


def test_a_duties_heading_name_runs_to_its_level() -> None:
    body = (
        "1. Nhiệm vụ của Đội Thi công sửa chữa huyện\n"
        "- Thu gom rác thải tại các chợ trung tâm.\n"
        "- Chăm sóc cây xanh trên các tuyến phố chính.\n"
    )
    got = [(o.assignee.raw, o.task) for o in parse(text=HEADER + body).obligations]
    assert got[-2:] == [
        ("Đội Thi công sửa chữa huyện", "Thu gom rác thải tại các chợ trung tâm."),
        ("Đội Thi công sửa chữa huyện", "Chăm sóc cây xanh trên các tuyến phố chính."),
    ], got


def test_a_sentence_naming_a_body_and_its_task_keeps_the_verb() -> None:
    # counter-example: no duties heading: ``tổng hợp`` is the sentence's verb
    body = "1. Trung tâm Dịch vụ nông nghiệp tổng hợp kết quả sản xuất vụ đông của các xã.\n"
    got = [(o.assignee.raw, o.task) for o in parse(text=HEADER + body).obligations]
    assert got == [("Trung tâm Dịch vụ nông nghiệp", "tổng hợp kết quả sản xuất vụ đông của các xã.")], got
