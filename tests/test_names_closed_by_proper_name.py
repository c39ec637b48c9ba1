"""A member of a list of subjects whose head no list knows, written in sentence case and closed by a proper name of
capitalised syllables (``Viễn thông Nà Sơn``), is whole: a capital after ``và`` begins the next member (``Bưu điện
tỉnh``), where after a field it is the field's next word (issue 52, eighteenth twin of A3: ``Viễn thông Gia Thạnh và
Bưu điện tỉnh``).  Counter-example: a field's word in lower case before ``và`` (``Nhà văn hóa Thanh niên và Thể thao
tỉnh``: one name)."""

from __future__ import annotations

from test_rules import leads as _leads

from vbparse.extract.name_fields import closed_by_proper_name


def test_a_member_closed_by_its_proper_name_is_parted_from_the_next_by_va() -> None:
    got = [a for a, _t in _leads("1. Sở Công Thương, Viễn thông Nà Sơn và Bưu điện tỉnh kiểm tra các điểm bán thẻ.\n")]
    assert got == ["Sở Công Thương", "Viễn thông Nà Sơn", "Bưu điện tỉnh"], got


def test_a_field_before_va_keeps_the_member_one_name() -> None:
    got = [a for a, _t in _leads("1. Sở Y tế, Nhà văn hóa Thanh niên và Thể thao tỉnh tổ chức giải chạy.\n")]
    assert got == ["Sở Y tế", "Nhà văn hóa Thanh niên và Thể thao tỉnh"], got


def test_only_capitalised_syllables_after_lower_case_close_a_name() -> None:
    assert closed_by_proper_name("Nhà máy nước Đồng Tâm")
    assert not closed_by_proper_name("Trung tâm Văn hóa")  # (``hóa``: a field's word)
    assert not closed_by_proper_name("Báo Lạc Giang")  # (no word in lower case: title case says nothing)


def test_a_unit_s_number_after_its_proper_name_is_the_name_s() -> None:
    """Twenty-sixth twin of T2: ``Trường Tiểu học Khánh Vân`` + ``số 1`` (its number among the schools of that name),
    as ``Trường Mầm non số 2`` is; a document's number (``số 15/2023``) is none."""
    got = _leads(
        "1. Trường Tiểu học Khánh Vân số 1 lập danh sách học sinh chưa biết bơi.\n\n"
        "2. Công ty Cấp nước Bình Minh số 2 kiểm tra đường ống.\n"
    )
    assert [a for a, _t in got] == ["Trường Tiểu học Khánh Vân số 1", "Công ty Cấp nước Bình Minh số 2"], got
    assert got[0][1].startswith("lập danh sách"), got
    assert not any("15" in a for a, _t in _leads("1. Hợp tác xã Tân Tiến số 15/2023 thu mua lúa cho xã viên.\n"))
