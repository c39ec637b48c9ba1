"""Who works with whom, read past the words between ``phối hợp`` and ``với`` (issue 52, twenty-first twins of L1):
``Phối hợp ngay từ khâu chuẩn bị với X`` names X a partner; ``phối hợp với`` after a noun phrase of a force or a
joint programme (``lực lượng phối hợp với …``, ``Chương trình hành động chung phối hợp với …``) names none."""

from __future__ import annotations

from test_rules import HEADER

from vbparse import parse_text


def _supports(item: str) -> list[str]:
    return [o.assignee.raw for o in parse_text(HEADER + item).obligations if o.role == "support"]


def test_words_of_when_between_phoi_hop_and_voi_leave_the_partner_named() -> None:
    item = "1. Công an phường phối hợp ngay từ đầu mùa lễ hội với Ban Quản lý di tích phân luồng giao thông.\n"
    assert _supports(item) == ["Ban Quản lý di tích"]


def test_phoi_hop_in_the_noun_phrase_of_a_force_or_a_joint_programme_names_no_partner() -> None:
    item = (
        "1. Phòng Tài chính - Kế hoạch thẩm định dự toán chi cho lực lượng phối hợp với Công an phường.\n\n"
        "2. Ủy ban nhân dân phường gửi báo cáo đánh giá Chương trình hành động chung phối hợp với Hội Cựu chiến binh "
        "về Ủy ban nhân dân quận.\n"
    )
    assert _supports(item) == []


def test_phoi_hop_in_a_title_a_course_or_a_relative_clause_of_an_object_names_no_partner() -> None:
    """Twenty-seventh twins of L1: ``dự thảo Quy trình luân chuyển hồ sơ phối hợp với X`` (a text's title), ``trong quá
    trình phối hợp với X`` (the course of working together), ``… của những đơn vị được giao nhiệm vụ phối hợp với X``
    (the duty of units named as an object): X is nobody's partner in the task."""
    item = (
        "1. Phòng Pháp chế hoàn thiện dự thảo Quy trình tiếp nhận hồ sơ phối hợp với Công an tỉnh trước ngày "
        "30/6/2026.\n\n"
        "2. Văn phòng Sở tổng hợp vướng mắc phát sinh trong quá trình phối hợp với Ủy ban nhân dân các xã.\n\n"
        "3. Thanh tra Sở đánh giá việc tuân thủ của những đơn vị được giao nhiệm vụ phối hợp với Sở.\n"
    )
    assert _supports(item) == []


def test_phoi_hop_after_the_subjects_own_duty_still_names_the_partner() -> None:
    # counter-example: the subject's own ``được giao nhiệm vụ phối hợp với`` is its role
    item = "1. Phòng Pháp chế được giao nhiệm vụ phối hợp với Công an tỉnh rà soát hồ sơ.\n"
    assert _supports(item) == ["Công an tỉnh"]
