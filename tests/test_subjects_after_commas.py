"""Subjects a comma stands after (issue 52, classes the subject drops' trace showed: ``subject.no_predicate``): a
subject after a leading clause whose role word follows a comma, a team named for two functions joined by a comma.
Invented sentences."""

from __future__ import annotations

import pytest
from test_rules import leads


def _leads(body: str) -> list[str]:
    return [name for name, _task in leads(body)]


@pytest.mark.parametrize(
    "body,lead",
    [
        (
            "1. Kết thúc đợt kiểm tra, Ban Thường trực Ủy ban MTTQ Việt Nam xã, chịu trách nhiệm tổng hợp kết quả.\n",
            "Ban Thường trực Ủy ban MTTQ Việt Nam xã",
        ),
        (
            "2. Sau khi hoàn thành việc rà soát, Phòng Kinh tế huyện, có trách nhiệm báo cáo UBND huyện.\n",
            "Phòng Kinh tế huyện",
        ),
    ],
)
def test_a_role_word_after_a_comma_is_the_predicate_of_a_subject_after_a_leading_clause(body, lead):
    assert _leads(body) == [lead]


def test_a_list_after_a_leading_clause_is_no_subject_cut_at_its_comma():
    # ``Sở Y tế, các bệnh viện`` is one list of subjects before its verb, not a subject and a role word
    assert _leads("1. Trong năm 2026, Sở Y tế, các bệnh viện tuyến tỉnh tăng cường khám sàng lọc.\n") == [
        "Sở Y tế",
        "các bệnh viện tuyến tỉnh",
    ]


@pytest.mark.parametrize(
    "body,lead",
    [
        ("1. Đoàn kiểm tra, giám sát làm việc trực tiếp với các tổ bầu cử.\n", "Đoàn kiểm tra, giám sát"),
        ("2. Tổ kiểm tra, giám sát tiến hành kiểm tra tại các cơ sở kinh doanh.\n", "Tổ kiểm tra, giám sát"),
    ],
)
def test_a_team_named_for_two_functions_joined_by_a_comma_is_one_name(body, lead):
    assert _leads(body) == [lead]


@pytest.mark.parametrize(
    "body,lead,task_start",
    [
        (
            "1. Đoàn kiểm tra trong quá trình kiểm tra nếu có vướng mắc thì báo cáo Trưởng đoàn.\n",
            "Đoàn kiểm tra",
            "trong quá trình kiểm tra",
        ),
        (
            "2. Sở Y tế trong quá trình triển khai nếu có khó khăn, vướng mắc kịp thời báo cáo UBND tỉnh.\n",
            "Sở Y tế",
            "trong quá trình triển khai",
        ),
        ("3. Các trạm y tế xã khi phát hiện ca bệnh thì báo cáo ngay về Trung tâm Y tế.\n", "Các trạm y tế xã", "khi"),
    ],
)
def test_a_condition_between_the_subject_and_its_verb_keeps_the_subjects_task(body, lead, task_start):
    got = leads(body)
    assert [a for a, _t in got] == [lead] and got[0][1].startswith(task_start), got


def test_a_place_or_a_scope_after_the_subject_is_still_no_predicate():
    # ``trong`` + a place or a scope is what the name is in (``Các đơn vị trong khu công nghiệp``), no condition
    assert _leads("1. Các doanh nghiệp trong khu công nghiệp.\n") == []
    assert _leads("2. Sở Y tế trong quá trình triển khai.\n") == []


@pytest.mark.parametrize(
    "body,lead",
    [
        ("1. Toàn thể đảng viên có trách nhiệm thực hiện nghiêm túc quy chế này.\n", "Toàn thể đảng viên"),
        ("2. Toàn thể cán bộ, công chức có trách nhiệm chấp hành nội quy cơ quan.\n", "Toàn thể cán bộ, công chức"),
        ("3. Mọi tổ chức, cá nhân có trách nhiệm phòng, chống cháy nổ tại nơi ở.\n", "Mọi tổ chức, cá nhân"),
    ],
)
def test_a_collective_opened_by_a_determiner_in_capitals_is_a_subject(body, lead):
    # a sentence's first word carries its capital: ``Toàn thể``, ``Mọi`` as ``các`` and ``Các``
    assert _leads(body) == [lead]


def test_a_determiner_in_capitals_before_a_thing_is_no_subject():
    assert _leads("1. Những nội dung trên được triển khai trong quý II/2026.\n") == []
