"""A department's whole name (``tables/portfolios.py``: ``Sở``/``Bộ`` and its fields of state management) ends where
the fields end: a verb no list knows after it is the sentence's, not more of the name (``Sở Tài chính`` + ``thẩm tra
quyết toán …``); a place, a level or a field written in lower case still goes on with it."""

from __future__ import annotations

import pytest
from test_rules import leads as _leads


@pytest.mark.parametrize(
    "sentence,name,task_start",
    [
        ("1. Sở Tài chính thẩm tra quyết toán các dự án hoàn thành.\n", "Sở Tài chính", "thẩm tra"),
        ("2. Sở Y tế cấp phát thuốc cho các trạm y tế xã.\n", "Sở Y tế", "cấp phát"),
        ("3. Sở Công Thương bình ổn giá các mặt hàng thiết yếu.\n", "Sở Công Thương", "bình ổn"),
        (
            "4. Sở Nông nghiệp và Môi trường vận hành hệ thống cảnh báo lũ.\n",
            "Sở Nông nghiệp và Môi trường",
            "vận hành",
        ),
        ("5. Bộ Xây dựng ban bố danh mục vật liệu xây dựng mới.\n", "Bộ Xây dựng", "ban bố"),
        (
            "6. Sở Văn hóa, Thể thao và Du lịch phục dựng lễ hội truyền thống.\n",
            "Sở Văn hóa, Thể thao và Du lịch",
            "phục dựng",
        ),
        ("7. Sở Dân tộc và Tôn giáo khảo sát đời sống đồng bào.\n", "Sở Dân tộc và Tôn giáo", "khảo sát"),
    ],
)
def test_a_verb_no_list_knows_after_a_departments_whole_name_is_the_task(sentence, name, task_start):
    assert any(a == name and t.startswith(task_start) for a, t in _leads(sentence)), _leads(sentence)


@pytest.mark.parametrize(
    "sentence,name",
    [
        # its place and level go on with it
        ("1. Sở Tài chính tỉnh Lâm Đồng thẩm định dự toán kinh phí.\n", "Sở Tài chính tỉnh Lâm Đồng"),
        # a field written in lower case is still the name's
        ("2. Sở Lao động thương binh và xã hội rà soát hộ nghèo.\n", "Sở Lao động thương binh và xã hội"),
    ],
)
def test_a_place_or_a_field_in_lower_case_goes_on_with_the_name(sentence, name):
    assert name in [a for a, _t in _leads(sentence)], _leads(sentence)


def test_a_division_named_after_its_work_keeps_its_words():
    # ``Phòng`` names a division freely: ``Xây dựng pháp luật`` is its name, not ``Phòng Xây dựng`` and a task
    leads = _leads("3. Phòng Xây dựng pháp luật chủ trì thẩm định dự thảo nghị quyết.\n")
    assert [a for a, _t in leads] == ["Phòng Xây dựng pháp luật"], leads


@pytest.mark.parametrize(
    "sentence,name,task_start",
    [
        ("1. Các tổ chức tín dụng cho vay ưu đãi hộ nghèo.\n", "Các tổ chức tín dụng", "cho vay"),
        ("2. Các đơn vị sự nghiệp công khai danh mục dịch vụ.\n", "Các đơn vị sự nghiệp", "công khai"),
        ("3. Người nộp hồ sơ thanh toán lệ phí qua cổng dịch vụ công.\n", "Người nộp hồ sơ", "thanh toán"),
        ("4. Các trường học sàng lọc học sinh có nguy cơ bỏ học.\n", "Các trường học", "sàng lọc"),
    ],
)
def test_a_task_verb_of_services_ends_any_name(sentence, name, task_start):
    # (``TASK_VERBS``: verbs of services, upkeep, money and care, in no body's name in lower case)
    assert any(a == name and t.startswith(task_start) for a, t in _leads(sentence)), _leads(sentence)


@pytest.mark.parametrize(
    "sentence,name,task_start",
    [
        (
            "1. Trung tâm Kỹ thuật tài nguyên và môi trường khảo sát ranh giới khu bảo tồn.\n",
            "Trung tâm Kỹ thuật tài nguyên và môi trường",
            "khảo sát",
        ),
        (
            "2. Trung tâm Dịch vụ văn hóa và thể thao tổ chức giải chạy việt dã.\n",
            "Trung tâm Dịch vụ văn hóa và thể thao",
            "tổ chức",
        ),
    ],
)
def test_a_second_field_in_lower_case_after_va_is_the_names(sentence, name, task_start):
    """A name in sentence case whose last field is in lower case goes on with a second field after ``và`` (third twin
    of S1: ``Trung tâm Quan trắc tài nguyên và môi trường`` was cut at ``tài nguyên``)."""
    assert any(a == name and t.startswith(task_start) for a, t in _leads(sentence)), _leads(sentence)


def test_a_body_in_lower_case_after_va_is_another_name():
    """Counter-example: after ``và``, a head in lower case opens a second body (``trạm y tế xã``)."""
    got = _leads("1. Trung tâm Y tế huyện và trạm y tế các xã tổ chức tiêm chủng mở rộng.\n")
    assert not any(a.startswith("Trung tâm Y tế huyện và") for a, _t in got), got


def test_an_activity_in_prose_after_a_head_word_takes_no_second_field():
    """Counter-example: ``Thanh tra`` + ``khoa học và công nghệ`` (no field capitalised) is an activity heading, not a
    name in sentence case: the paragraph under it keeps its own subject (a Bình Dương directive of the corpus)."""
    got = _leads("b) Thanh tra khoa học và công nghệ:\nỦy ban nhân dân các huyện làm đầu mối phát hiện vi phạm.\n")
    assert [a for a, _t in got] == ["Ủy ban nhân dân các huyện"], got
