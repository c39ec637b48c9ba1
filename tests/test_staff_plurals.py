"""A plural of staff members named by their noun's shape, in lower case after ``các`` (issue 52, twenty-third twin of
T2): ``Các điều tra viên phỏng vấn …``, ``Các hướng dẫn viên …``, ``Các bác sĩ …`` — the noun a staff syllable
(``viên``, ``sĩ``, ``sư``) closes, as the singular ``Điều tra viên`` is read."""

from __future__ import annotations

from test_rules import rows


def _got(body: str) -> list[tuple]:
    return rows(body, "assignee", "task")


def test_a_plural_of_staff_by_the_nouns_shape_is_a_subject() -> None:
    assert _got("1. Các điều tra viên ghi phiếu thu thập thông tin từng hộ.\n") == [
        ("Các điều tra viên", "ghi phiếu thu thập thông tin từng hộ.")
    ]
    assert _got("1. Các hướng dẫn viên rà soát lịch trình tham quan.\n") == [
        ("Các hướng dẫn viên", "rà soát lịch trình tham quan.")
    ]
    assert _got("1. Các bác sĩ trực kiểm tra cơ số thuốc cấp cứu.\n")[0][0] == "Các bác sĩ trực"


def test_a_verb_ending_in_a_staff_syllable_is_no_staff_noun() -> None:
    # counter-example: ``các`` + a thing (``các sự kiện``) is no one
    assert _got("1. Các sự kiện văn hóa được tổ chức tại quảng trường.\n") == []
    # nor is a verb that ends so (``động viên``: encourage) after a collective's name, its task's second verb
    got = _got(
        "1. Hội Liên hiệp Phụ nữ tỉnh và các tổ chức thành viên của Hội giám sát và động viên hội viên thực hiện "
        "Kế hoạch này.\n"
    )
    assert [a for a, _t in got] == ["Hội Liên hiệp Phụ nữ tỉnh", "các tổ chức thành viên của Hội"], got
