"""Schools of several grades named once (issue 52, seventh twin of HEADING-UNIT): ``Các trường đại học, cao đẳng trên
địa bàn`` is one collective, each grade after a comma the same schools' (``tables/bodies.SCHOOL_GRADES``,
``name_fields.grade_after_comma``), as ``… cấp tỉnh, cấp xã`` names a body of each level."""

from __future__ import annotations

import pytest
from test_rules import leads


@pytest.mark.parametrize(
    "body,name",
    [
        (
            "1. Các trường đại học, cao đẳng trên địa bàn lập danh sách sinh viên chưa có thẻ.\n",
            "Các trường đại học, cao đẳng trên địa bàn",
        ),
        (
            "1. Các trường trung học phổ thông, đại học, cao đẳng, trung cấp nghề tổ chức ngoại khóa.\n",
            "Các trường trung học phổ thông, đại học, cao đẳng, trung cấp nghề",
        ),
        (
            "1. NHIỆM VỤ CỦA CÁC TRƯỜNG ĐẠI HỌC, CAO ĐẲNG TRÊN ĐỊA BÀN\n- Lập danh sách sinh viên.\n",
            "Các trường đại học, cao đẳng trên địa bàn",
        ),
    ],
)
def test_schools_of_several_grades_are_one_collective(body, name):
    assert [a for a, _t in leads(body)] == [name]


def test_a_grade_after_another_body_is_no_school():
    """``Sở Giáo dục và Đào tạo, đại học …``: a grade after a comma continues only a name of schools."""
    assert [a for a, _t in leads("1. Sở Y tế, các trường cao đẳng tổ chức tập huấn.\n")] == [
        "Sở Y tế",
        "các trường cao đẳng",
    ]
