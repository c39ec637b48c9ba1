"""A colon's members after a plural that are units by their number or code, or places by their level in lower case
(issue 52, twenty-third twins of A3): ``Các tổ dân phố: 5, 7B, 12 và Đồng Xa`` (a lower-case head of three words),
``Đề nghị các Tiểu đoàn Công binh - Cứu hộ: 25, 31 và 47`` (a capitalised head holding a dash), ``Giám đốc các
Trung tâm Y tế: thành phố A, thị xã B và huyện C`` in an execution clause: each member its own name with the plural's
noun as its head (and the post before it)."""

from __future__ import annotations

from test_rules import rows


def _got(body: str) -> list[tuple]:
    return rows(body, "canonical", "role", "mode")


def test_numbered_units_and_a_named_one_after_a_lower_case_head() -> None:
    got = _got("1. Các tổ dân phố: 5, 7B, 12 và Đồng Xa tổng vệ sinh đường làng, ngõ xóm.\n")
    assert [a for a, _r, _m in got] == ["Tổ dân phố 5", "Tổ dân phố 7B", "Tổ dân phố 12", "Tổ dân phố Đồng Xa"], got


def test_numbered_units_after_a_requested_head_holding_a_dash() -> None:
    got = _got("1. Đề nghị các Tiểu đoàn Công binh - Cứu hộ: 25, 31 và 47 hỗ trợ sửa chữa nhà cho dân.\n")
    assert got == [
        ("Tiểu đoàn Công binh - Cứu hộ 25", "lead", "requested"),
        ("Tiểu đoàn Công binh - Cứu hộ 31", "lead", "requested"),
        ("Tiểu đoàn Công binh - Cứu hộ 47", "lead", "requested"),
    ], got


def test_places_by_their_level_in_lower_case_after_a_post_over_a_plural() -> None:
    got = _got(
        "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Trung tâm Văn hóa: thành phố Hà An, thị xã Bến "
        "Lức và huyện Tân Yên; Thủ trưởng các cơ quan có liên quan chịu trách nhiệm thi hành Quyết định này./.\n"
    )
    names = [a for a, _r, _m in got]
    assert any(a.startswith("Chánh Văn phòng Ủy ban nhân dân tỉnh") for a in names), got
    for place in ("thành phố Hà An", "thị xã Bến Lức", "huyện Tân Yên"):
        assert f"Giám đốc Trung tâm Văn hóa {place}" in names, got
    assert len(names) == 5, got


def test_numbered_things_after_a_colon_are_no_members() -> None:
    # counter-example: what the plural lists are contents, not units (``Các nội dung: 1, 2 và 3``)
    got = _got("1. Các nội dung: 1, 2 và 3 hoàn thành trong quý I.\n")
    assert got == [], got
