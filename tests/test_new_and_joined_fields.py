"""``mới`` (new) inside a name, and a collective's fields the law joins by ``và`` (issue 52, seventh twin of A5):
``Trung tâm Đổi mới sáng tạo tỉnh``, ``Văn phòng Điều phối nông thôn mới tỉnh`` were cut at ``mới`` (the particle
``just``); ``Các tổ chức khoa học và công nghệ công lập`` at ``và``.  ``đổi mới`` in lower case after a name is its
verb."""

from __future__ import annotations

import pytest
from test_rules import leads


@pytest.mark.parametrize(
    "body,names",
    [
        (
            "1. Trung tâm Đổi mới sáng tạo tỉnh kết nối doanh nghiệp với viện, trường.\n",
            ["Trung tâm Đổi mới sáng tạo tỉnh"],
        ),
        (
            "1. Văn phòng Điều phối nông thôn mới tỉnh tổng hợp kết quả thực hiện các tiêu chí.\n",
            ["Văn phòng Điều phối nông thôn mới tỉnh"],
        ),
        (
            (
                "2. Các tổ chức khoa học và công nghệ công lập và Trung tâm Đổi mới sáng tạo tỉnh có trách nhiệm:\n"
                "2.1. Rà soát các kết quả nghiên cứu có khả năng thương mại hóa.\n"
            ),
            ["Các tổ chức khoa học và công nghệ công lập", "Trung tâm Đổi mới sáng tạo tỉnh"],
        ),
    ],
)
def test_new_and_joined_fields_stay_in_the_name(body, names):
    assert [a for a, _t in leads(body)] == names


def test_doi_moi_after_a_name_is_its_verb():
    assert leads("1. Các sở, ngành đổi mới phương thức tiếp nhận hồ sơ.\n") == [
        ("Các sở, ngành", "đổi mới phương thức tiếp nhận hồ sơ.")
    ]


def test_a_field_in_prose_after_a_head_is_no_name():
    """Counter-example: ``Thanh tra khoa học và công nghệ:`` is an activity's heading, not a body in sentence case."""
    assert all(
        "khoa học và công nghệ" not in a for a, _t in leads("b) Thanh tra khoa học và công nghệ: Sở Y tế kiểm tra.\n")
    )


def test_an_inventory_team_named_for_its_verb_and_object_keeps_its_name():
    """Seventh twin of F1: ``Tổ kiểm kê tài sản gồm:`` and ``Tổ kiểm kê tài sản đối chiếu …`` gave ``Tổ`` alone
    (``kiểm kê``, a standing function: ``FUNCTION_VERBS``; ``gồm`` after the object opens the roster)."""
    assert leads("1. Tổ kiểm kê tài sản đối chiếu số lượng thực tế với sổ theo dõi trước ngày 25/12/2031.\n") == [
        ("Tổ kiểm kê tài sản", "đối chiếu số lượng thực tế với sổ theo dõi trước ngày 25/12/2031.")
    ]
    assert leads("1. Tổ kiểm kê tài sản gồm:\n(1) Bà Đinh Thị Ánh - Chánh Văn phòng, Tổ trưởng;\n") == []


def test_a_council_named_for_xet_duyet_keeps_its_name_before_hop_xet():
    """Seventh twin of A4: ``Hội đồng xét duyệt trợ giúp xã hội xã họp xét …`` gave ``Hội đồng`` alone (``xét``, the
    clause word, was read where ``xét duyệt`` stands); in lower case after a name ``xét duyệt`` is its verb."""
    assert [a for a, _t in leads("1. Hội đồng xét duyệt trợ giúp xã hội xã họp xét danh sách đối tượng.\n")] == [
        "Hội đồng xét duyệt trợ giúp xã hội xã"
    ]
    assert leads("1. Phòng Lao động xét duyệt hồ sơ trợ cấp.\n") == [("Phòng Lao động", "xét duyệt hồ sơ trợ cấp.")]


def test_a_project_board_of_building_works_keeps_its_name_past_xay_dung():
    """Eighth twin of R2: ``Ban Quản lý dự án đầu tư xây dựng …`` (the law's project of building works) was cut at
    ``xây dựng`` as if it were the verb; after ``Đầu tư`` of a department's name it still is one."""
    assert leads("1. Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh lập hồ sơ mời thầu.\n") == [
        ("Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh", "lập hồ sơ mời thầu.")
    ]
    assert leads("1. Sở Kế hoạch và Đầu tư xây dựng kế hoạch vốn năm 2027.\n") == [
        ("Sở Kế hoạch và Đầu tư", "xây dựng kế hoạch vốn năm 2027.")
    ]
