"""A lead-in that says its items are listed below (``X đảm nhiệm các phần việc được liệt kê dưới đây:``): the items
are its subject's tasks, the lead-in none (twenty-fourth twin of F4)."""

from test_rules import rows


def test_items_said_to_be_listed_below_are_the_subjects():
    body = (
        "1. Trung tâm Khuyến nông tỉnh đảm nhận các phần việc được liệt kê dưới đây:\n"
        "- Thẩm định hồ sơ mô hình trình diễn.\n"
        "- Tập huấn kỹ thuật cho nông dân.\n"
    )
    assert rows(body, "assignee", "task") == [
        ("Trung tâm Khuyến nông tỉnh", "Thẩm định hồ sơ mô hình trình diễn."),
        ("Trung tâm Khuyến nông tỉnh", "Tập huấn kỹ thuật cho nông dân."),
    ]
