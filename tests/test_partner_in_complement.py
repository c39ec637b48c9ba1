"""``phối hợp với`` inside a complement of the task names no partner (decision 8; issue 52, twenty-ninth twins of L1):
after ``sự`` (``trong sự phối hợp với …``: a noun), inside a list's words (``danh sách dự báo viên trực ban phối hợp với
…``), or after a preposition that opens the complement it qualifies (``cho viên chức … phối hợp với …``, ``tại các
điểm kết nối phối hợp với …``): the words say whom the task is about, not with whom the subject does it."""

from __future__ import annotations

import pytest
from test_rules import HEADER

from vbparse import parse


def _supports(body: str) -> list[str]:
    return [o.assignee.raw for o in parse(HEADER + body).obligations if o.role == "support"]


@pytest.mark.parametrize(
    "sentence",
    [
        "1. Phòng Dự báo cập nhật danh sách dự báo viên trực ban phối hợp với Ban Chỉ huy Phòng thủ dân sự tỉnh.\n",
        "1. Phòng Kỹ thuật đánh giá những tồn tại trong sự phối hợp với các chủ hồ chứa thủy điện.\n",
        "1. Văn phòng bổ sung chế độ bồi dưỡng cho viên chức tham gia ca trực đêm phối hợp với Công ty Thủy điện Nậm Pồ.\n",
        "1. Đề nghị Công ty Thủy điện Nậm Pồ bảo đảm đường truyền tại các điểm kết nối phối hợp với Đài hoạt động liên tục.\n",
    ],
)
def test_phoi_hop_inside_a_complement_names_no_partner(sentence):
    assert _supports(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "partners"),
    [
        # the subject's own verb: at the predicate's start, after a comma, after the task verb
        ("1. Phòng Dự báo phối hợp với Ban Chỉ huy Phòng thủ dân sự tỉnh cập nhật danh sách trực ban.\n", 1),
        ("1. Văn phòng rà soát chế độ cho viên chức, phối hợp với Công ty Thủy điện Nậm Pồ lập dự toán.\n", 1),
        ("1. Phòng Kỹ thuật kiểm tra phối hợp với Công ty Thủy điện Nậm Pồ tại các điểm kết nối.\n", 1),
    ],
)
def test_phoi_hop_as_the_subject_s_verb_still_names_its_partner(sentence, partners):
    """Counter-examples: the subject's own ``phối hợp với`` keeps its partner."""
    assert len(_supports(sentence)) == partners


def test_voi_su_phoi_hop_cua_still_names_the_partners():
    """Counter-example: ``với sự phối hợp của X`` is the partner's cue, though ``sự`` makes a noun."""
    assert _supports("1. Sở Y tế, với sự phối hợp của Công an tỉnh, kiểm tra các cơ sở lưu trú.\n") == ["Công an tỉnh"]


@pytest.mark.parametrize(
    ("sentence", "partner"),
    [
        (
            "1. Thống kê tỉnh phối hợp với đội ngũ giám sát viên do Ủy ban nhân dân cấp xã giới thiệu lập bảng kê cơ sở.\n",
            "đội ngũ giám sát viên do Ủy ban nhân dân cấp xã giới thiệu",
        ),
        (
            "1. Phòng Kinh tế phối hợp với các tổ hợp tác do Hội Nông dân huyện thành lập rà soát diện tích lúa.\n",
            "các tổ hợp tác do Hội Nông dân huyện thành lập",
        ),
    ],
)
def test_a_lower_case_partner_s_agent_clause_is_the_partner_s(sentence, partner):
    """``đội ngũ giám sát viên`` + ``do Ủy ban nhân dân cấp xã giới thiệu``: a passive clause of who appointed them,
    its agent a name and its own verb, says which ones; the task's verb follows it (twenty-ninth twins of L1)."""
    assert _supports(sentence) == [partner]


def test_an_agent_clause_after_a_known_body_is_no_partner_s():
    """Counter-example: ``do`` after the partner ending the sentence's list opens no clause of a lower-case partner."""
    got = _supports("1. Thống kê tỉnh phối hợp với Sở Tài chính lập dự toán do Ủy ban nhân dân tỉnh giao.\n")
    assert got == ["Sở Tài chính"], got
