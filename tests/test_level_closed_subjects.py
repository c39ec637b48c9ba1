"""A subject closed by its place level before a verb no list knows (issue 52, names; eleventh twin of A1, seventh of
A4): ``Bưu điện huyện chi trả trợ cấp …`` — the level with no proper name after it closes the body's name, the word
after it opens the predicate whatever verb it is.  A passive, what a body has, an event's noun and a thing's are
no one acting."""

from __future__ import annotations

import pytest
from test_rules import leads


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("1. Bưu điện huyện chi trả trợ cấp ưu đãi cho người có công tại xã.\n", "Bưu điện huyện"),
        ("1. Nhà thiếu nhi tỉnh dàn dựng chương trình nghệ thuật chào xuân.\n", "Nhà thiếu nhi tỉnh"),
        ("1. Đài truyền thanh xã phát sóng lịch tiêm chủng ba lần mỗi tuần.\n", "Đài truyền thanh xã"),
        ("1. Bưu điện tỉnh trả thẻ căn cước tận nhà cho người cao tuổi.\n", "Bưu điện tỉnh"),
        # the level's places in the plural, or the places below a commune (thirteenth twin of S7)
        ("1. Nhân viên thú y các thôn thống kê tổng đàn gia súc, gửi Trạm Thú y.\n", "Nhân viên thú y các thôn"),
        ("1. Đài truyền thanh các xã phát sóng lịch tiêm chủng hai lần mỗi tuần.\n", "Đài truyền thanh các xã"),
    ],
)
def test_a_body_closed_by_its_level_is_the_subject_of_any_verb_after_it(body, name):
    assert [n for n, _task in leads(body)] == [name]


@pytest.mark.parametrize(
    "body",
    [
        "1. Nhà văn hóa xã được sửa chữa trong năm 2028.\n",
        "1. Nhà văn hóa xã có 03 phòng học cộng đồng.\n",
        "1. Hội nghị tỉnh bàn giải pháp phát triển du lịch.\n",
        "1. Ngân sách tỉnh hỗ trợ kinh phí cho các xã.\n",
    ],
)
def test_a_passive_a_body_s_having_an_event_or_a_thing_closed_by_a_level_is_no_subject(body):
    assert leads(body) == []


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("2. Hải đội Biên phòng 1 tuần tra vùng biển giáp ranh trong mùa khai thác.\n", "Hải đội Biên phòng 1"),
        ("3. Tiểu đoàn Công binh 5 tổ chức rà phá bom mìn tại khu tái định cư.\n", "Tiểu đoàn Công binh 5"),
    ],
)
def test_a_unit_closed_by_its_bare_number_before_a_task_verb_is_the_subject(body, name):
    """``Hải đội Biên phòng 1`` + ``tuần tra …`` (twelfth twin of A3): a number right after capitalised words and
    right before a task verb is the unit's own, not a count (``Hạt Kiểm lâm 2 năm liền …``)."""
    assert [n for n, _task in leads(body)] == [name]


def test_a_count_after_a_name_is_no_unit_number():
    assert "Hạt Kiểm lâm 2" not in [
        n for n, _task in leads("1. Hạt Kiểm lâm 2 năm liền đạt danh hiệu tập thể lao động.\n")
    ]
