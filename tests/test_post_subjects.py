"""A post no list names, standing where a subject stands, with what says which one it is: its scope after
``phụ trách`` (``Kiểm lâm viên phụ trách địa bàn lập …``), a word of how it is held (``Nhân viên bảo vệ rừng chuyên
trách ghi …``), a profession without an agent's syllable (``Nữ hộ sinh``, ``Điều dưỡng``); and ``chỉ huy`` the verb
(third twins of A2: each of these gave no one).  Counter-examples: a verb after a staff noun with no post word ahead
stays the task (``Nhân viên kiểm tra hồ sơ``), a thing is no post (``Sổ theo dõi phụ trách …`` gives nothing)."""

from __future__ import annotations

import pytest

from vbparse import parse_text

HEAD = (
    "ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 12/KH-UBND\nAn Phú, ngày 05 tháng 02 năm 2028\nKẾ HOẠCH\n"
    "Chăm sóc sức khỏe bà mẹ, trẻ em năm 2028\nI. TỔ CHỨC THỰC HIỆN\n"
)
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nPhan Văn Lộc\n"


def _got(item: str) -> set[tuple[str, str]]:
    return {(o.assignee.raw, o.task) for o in parse_text(HEAD + item + TAIL).obligations}


@pytest.mark.parametrize(
    "item,who,task",
    [
        (
            "1. Kiểm lâm viên phụ trách địa bàn lập phương án tuần tra các tiểu khu.",
            "Kiểm lâm viên phụ trách địa bàn",
            "lập phương án tuần tra các tiểu khu.",
        ),
        (
            "1. Giáo viên phụ trách thư viện kiểm kê sách giáo khoa trước ngày 30/5/2028.",
            "Giáo viên phụ trách thư viện",
            "kiểm kê sách giáo khoa trước ngày 30/5/2028.",
        ),
        (
            "2. Nhân viên bảo vệ rừng chuyên trách ghi nhật ký tuần tra hằng ngày.",
            "Nhân viên bảo vệ rừng chuyên trách",
            "ghi nhật ký tuần tra hằng ngày.",
        ),
        (
            "2. Cán bộ thú y kiêm nhiệm lập danh sách hộ chăn nuôi.",
            "Cán bộ thú y kiêm nhiệm",
            "lập danh sách hộ chăn nuôi.",
        ),
        ("3. Nữ hộ sinh cập nhật sổ theo dõi thai phụ.", "Nữ hộ sinh", "cập nhật sổ theo dõi thai phụ."),
        (
            "3. Điều dưỡng trưởng khoa phân công lịch trực cho điều dưỡng viên.",
            "Điều dưỡng trưởng khoa",
            "phân công lịch trực cho điều dưỡng viên.",
        ),
        (
            "4. Trưởng Công an xã chỉ huy lực lượng giữ gìn trật tự tại điểm tiêm.",
            "Trưởng Công an xã",
            "chỉ huy lực lượng giữ gìn trật tự tại điểm tiêm.",
        ),
    ],
)
def test_a_post_with_its_scope_is_the_subject_before_the_task_verb(item: str, who: str, task: str) -> None:
    assert (who, task) in _got(item)


def test_a_verb_after_a_staff_noun_with_no_post_word_ahead_stays_the_task() -> None:
    """Counter-example: ``Nhân viên kiểm tra …`` is staff who check, not a post ``Nhân viên kiểm tra``."""
    assert ("Nhân viên", "kiểm tra hồ sơ khám thai của sản phụ.") in _got(
        "1. Nhân viên kiểm tra hồ sơ khám thai của sản phụ."
    )


def test_a_thing_before_phu_trach_is_no_post() -> None:
    """Counter-example: a thing before ``phụ trách`` names no one who acts."""
    assert not _got("1. Sổ theo dõi phụ trách địa bàn lập theo mẫu.")


def test_two_posts_listed_before_chi_huy_are_both_subjects() -> None:
    """A post no list names first (``Đồn trưởng Đồn Biên phòng …``), then a known one, before the verb ``chỉ huy``."""
    got = _got("4. Đồn trưởng Đồn Biên phòng Cửa Việt, Trưởng Công an xã chỉ huy lực lượng cứu nạn trên biển.")
    assert {a for a, _t in got} == {"Đồn trưởng Đồn Biên phòng Cửa Việt", "Trưởng Công an xã"}
