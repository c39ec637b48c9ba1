"""What a national body is about, in lower case up to its role word (``Trung tâm Điều phối quốc gia về ghép bộ phận
cơ thể người chủ trì …``, ``Ủy ban Quốc gia về người cao tuổi có trách nhiệm …``): one name (twenty-fourth twin of
L1).  Not ``về việc …`` (what a text is about) nor a task verb in it."""

from test_rules import rows


def test_a_body_named_for_what_it_is_about_before_its_role():
    body = (
        "1. Trung tâm Điều phối quốc gia về ghép bộ phận cơ thể người chủ trì tổ chức tuần lễ tri ân.\n"
        "2. Ủy ban Quốc gia về người cao tuổi có trách nhiệm hướng dẫn các địa phương.\n"
    )
    assert rows(body, "assignee") == [
        ("Trung tâm Điều phối quốc gia về ghép bộ phận cơ thể người",),
        ("Ủy ban Quốc gia về người cao tuổi",),
    ]


def test_what_a_text_is_about_is_no_part_of_a_name():
    body = "1. Sở Y tế về việc học phí năm học mới chủ trì tổ chức hội nghị.\n"
    assert all(a != "Sở Y tế về việc học phí năm học mới" for (a,) in rows(body, "assignee"))
