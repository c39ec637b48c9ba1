"""A collective of schools keeps a second grade joined by ``và`` (``Các trường tiểu học và trung học cơ sở``), as it
keeps one after a comma: one collective, a school of each grade (issue 52, twentieth twin of HEADING-UNIT: the heading
``NHIỆM VỤ CỦA CÁC TRƯỜNG TIỂU HỌC VÀ TRUNG HỌC CƠ SỞ`` named no one)."""

from __future__ import annotations

from test_rules import leads


def test_a_second_school_grade_after_va_stays_in_the_collective() -> None:
    body = "2. Các trường mầm non và tiểu học\n- Tổ chức cho trẻ rửa tay bằng xà phòng trước bữa ăn.\n"
    assert [a for a, _t in leads(body)] == ["Các trường mầm non và tiểu học"]


def test_a_body_after_va_is_a_name_of_its_own() -> None:
    """Counter-example: ``và`` before a capitalised body's name parts two names."""
    body = "2. Các trường tiểu học và Trung tâm Y tế huyện tổ chức khám sức khỏe cho học sinh.\n"
    assert [a for a, _t in leads(body)] == ["Các trường tiểu học", "Trung tâm Y tế huyện"]
