"""A subject closed by its agent's syllable before a verb no list knows (issue 52, names; eleventh twins of A2): in
``Giao dịch viên chi trả lương hưu …``, ``Kiểm nghiệm viên phân loại mẫu …``, the post is a two-syllable compound
made a person by ``viên`` / ``sư`` / ``sĩ``, and when no verb the lists know follows in its clause the word after it opens
the predicate.  A staff noun takes its field after it (``Nhân viên bảo vệ rừng``), a qualifier before a known verb
stays the post's (``Giáo viên chủ nhiệm lớp 5A thông báo …``), and a passive is no one acting."""

from __future__ import annotations

import pytest
from test_rules import leads


@pytest.mark.parametrize(
    ("body", "name", "task"),
    [
        (
            "1. Giao dịch viên chi trả lương hưu tại điểm bưu điện văn hóa xã.\n",
            "Giao dịch viên",
            "chi trả lương hưu",
        ),
        ("1. Kiểm nghiệm viên phân loại mẫu thực phẩm theo nhóm nguy cơ.\n", "Kiểm nghiệm viên", "phân loại mẫu"),
        ("2. Hòa giải viên gặp gỡ từng bên tranh chấp trước buổi hòa giải.\n", "Hòa giải viên", "gặp gỡ từng bên"),
        ("3. Thẩm tra viên đối chiếu chữ ký trong hồ sơ với bản lưu.\n", "Thẩm tra viên", "đối chiếu chữ ký"),
    ],
)
def test_an_agent_noun_before_a_verb_no_list_knows_is_the_subject(body, name, task):
    got = leads(body)
    assert [n for n, _task in got] == [name]
    assert got[0][1].startswith(task)


@pytest.mark.parametrize(
    "body",
    [
        "1. Giao dịch viên được tập huấn nghiệp vụ chi trả trong tháng 3/2028.\n",
        "1. Nhân viên bảo vệ rừng tuần tra các tiểu khu giáp ranh.\n",
    ],
)
def test_a_passive_or_a_staff_noun_s_field_is_not_read_as_the_predicate(body):
    assert [n for n, _task in leads(body)] in ([], ["Nhân viên bảo vệ rừng"])


def test_a_profession_of_two_syllables_takes_its_qualifier_not_a_predicate():
    """``Kỹ sư``, ``Bác sĩ``, ``Giáo viên``: a profession named by one syllable and the agent's, whose speciality
    follows it (``Kỹ sư nông học``), never closed by its syllable."""
    assert "Kỹ sư" not in [n for n, _task in leads("2. Kỹ sư nông học ghép cải tạo vườn cà phê già cỗi.\n")]


def test_a_qualifier_before_a_known_verb_stays_the_post_s():
    assert [n for n, _task in leads("1. Giáo viên chủ nhiệm lớp 5A thông báo lịch học cho phụ huynh.\n")] == [
        "Giáo viên chủ nhiệm lớp 5A"
    ]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("1. Thợ vận hành cần cẩu kiểm tra cáp, móc cẩu trước mỗi ca bốc dỡ.\n", "Thợ vận hành cần cẩu"),
        ("2. Thợ điện kiểm tra hệ thống chiếu sáng của nhà thi đấu.\n", "Thợ điện"),
        ("3. Thợ mộc sửa chữa bàn ghế của các lớp học trong tháng 8.\n", "Thợ mộc"),
    ],
)
def test_a_craftsman_named_by_thợ_and_his_craft_is_a_subject(body, name):
    """``Thợ`` + the craft (``Thợ điện``, ``Thợ vận hành cần cẩu``): a staff noun with no agent's syllable, as
    ``Thủ kho`` is (twelfth and eleventh twins of A2)."""
    assert [n for n, _task in leads(body)] == [name]


def test_a_compound_of_tự_inside_a_post_s_qualifier_does_not_end_it():
    """``phà tự hành`` (a self-propelled ferry), ``trạm tự động``: ``tự`` in a compound, not the verb's ``tự``
    (oneself) that ends a name before its predicate (``Sở Y tế tự kiểm tra …``)."""
    assert [n for n, _task in leads("1. Thuyền trưởng phà tự hành kiểm tra phao, áo cứu sinh trên phà.\n")] == [
        "Thuyền trưởng phà tự hành"
    ]


def test_a_plural_of_an_agent_noun_made_from_a_verb_is_a_subject():
    """``Các điều tra viên giá và Phòng … có trách nhiệm:`` (twelfth twin of A5): ``điều tra`` + ``viên`` is who, not
    the verb ``điều tra`` after ``Các``."""
    assert [n for n, _task in leads("1. Các điều tra viên giá có trách nhiệm thu thập giá tại các chợ.\n")] == [
        "Các điều tra viên giá"
    ]
