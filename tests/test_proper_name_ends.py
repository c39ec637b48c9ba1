"""A body's name written in sentence case (``Công ty Cấp nước``, ``Hợp tác xã``) that ends with a proper name (``Bình
Minh``, ``Tân Tiến``: every syllable capitalised) ends there: a word in lower case after it is the sentence going on,
a verb no list knows included (``cấp nước``, ``liên kết``, ``tuần tra``), as after a place's name (issue 52, names by
where they stand).  A place level, a branch (``chi nhánh``, ``cơ sở``), whose it is (``thuộc``) or a plural of levels
still go on with it; a name written all in title case (``Trung Tâm Văn Hóa thể thao``) gives no such sign."""

from __future__ import annotations

import pytest
from test_rules import leads as _leads


@pytest.mark.parametrize(
    "sentence,name,task_start",
    [
        (
            "1. Công ty Cấp nước Bình Minh cấp nước sinh hoạt cho các thôn vùng hạn.\n",
            "Công ty Cấp nước Bình Minh",
            "cấp",
        ),
        ("2. Hợp tác xã Tân Tiến liên kết với doanh nghiệp bao tiêu sản phẩm.\n", "Hợp tác xã Tân Tiến", "liên kết"),
        (
            "3. Ban Quản lý rừng phòng hộ Tân Phú tuần tra, canh gác lửa rừng.\n",
            "Ban Quản lý rừng phòng hộ Tân Phú",
            "tuần",
        ),
        (
            "4. Công ty TNHH Một thành viên Khai thác thủy lợi Sông Chu điều tiết lưu lượng xả theo quy trình.\n",
            "Công ty TNHH Một thành viên Khai thác thủy lợi Sông Chu",
            "điều tiết",
        ),
        ("5. Trường Trung học cơ sở Lê Lợi sơ tán học sinh khi có lũ.\n", "Trường Trung học cơ sở Lê Lợi", "sơ tán"),
    ],
)
def test_a_word_in_lower_case_after_a_proper_name_is_the_sentence(sentence, name, task_start):
    assert any(a == name and t.startswith(task_start) for a, t in _leads(sentence)), _leads(sentence)


@pytest.mark.parametrize(
    "sentence,name",
    [
        # a level and the place's name go on with it
        (
            "1. Ủy ban Mặt trận Tổ quốc Việt Nam huyện Bình Minh vận động nhân dân tiết kiệm nước.\n",
            "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Bình Minh",
        ),
        # a branch of it
        (
            "2. Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam chi nhánh huyện Bình Minh giải ngân vốn vay.\n",
            "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam chi nhánh huyện Bình Minh",
        ),
        ("3. Công ty Điện lực Hòa Bình cơ sở 2 bảo đảm cấp điện cho trạm bơm.\n", "Công ty Điện lực Hòa Bình cơ sở 2"),
        # a head and its field's first syllable are no place, whatever a place is called (``Trường Trung``)
        (
            "5. Trường Trung học phổ thông Nguyễn Trãi bồi dưỡng học sinh giỏi.\n",
            "Trường Trung học phổ thông Nguyễn Trãi",
        ),
        # a plural of levels
        (
            "4. Hội Liên hiệp Phụ nữ Việt Nam các cấp vận động hội viên trữ nước.\n",
            "Hội Liên hiệp Phụ nữ Việt Nam các cấp",
        ),
    ],
)
def test_a_level_a_branch_or_a_plural_goes_on_after_a_proper_name(sentence, name):
    assert name in [a for a, _t in _leads(sentence)], _leads(sentence)


def test_a_standard_body_whose_field_holds_a_verb_keeps_it():
    # ``Đăng ký`` is the office's field (every province has one), not the verb ``ký`` after ``Đăng``
    leads = _leads("6. Chi nhánh Văn phòng Đăng ký đất đai huyện cập nhật biến động đất đai.\n")
    assert [a for a, _t in leads] == ["Chi nhánh Văn phòng Đăng ký đất đai huyện"], leads


def test_a_noun_a_verb_opens_is_the_names_word():
    # ``giao dịch`` (a transaction office), not the verb ``giao``: a bank's office in every district
    leads = _leads("7. Phòng giao dịch Ngân hàng Chính sách xã hội huyện giải ngân vốn vay cho các hộ nghèo.\n")
    assert [a for a, _t in leads] == ["Phòng giao dịch Ngân hàng Chính sách xã hội huyện"], leads


@pytest.mark.parametrize(
    "sentence,name",
    [
        ("8. Tiểu ban Nội dung biên soạn bộ câu hỏi cho Hội thi.\n", "Tiểu ban Nội dung"),
        ("9. Công ty Thủy lợi Bắc Hà điều tiết nước tưới cho vụ Đông Xuân.\n", "Công ty Thủy lợi Bắc Hà"),
    ],
)
def test_a_verb_of_writing_or_regulating_ends_the_name(sentence, name):
    assert [a for a, _t in _leads(sentence)] == [name], _leads(sentence)
