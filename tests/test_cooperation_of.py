"""``với sự phối hợp của X`` (with X's cooperation): X is a partner of the task wherever the phrase stands — fronted
before the subject (``Với sự phối hợp của A và B, X chủ trì …``), set off by commas after it (``X, với sự phối hợp
của A và B, thực hiện các nhiệm vụ sau:``) or closing the task; the phrase is no part of the task.  Twenty-fourth
twins of T3 and A5."""

from test_rules import rows


def test_a_partner_set_off_by_commas_after_the_subject():
    body = "1. Sở Y tế, với sự phối hợp của Công an tỉnh và Sở Tư pháp, kiểm tra các cơ sở thẩm mỹ.\n"
    assert rows(body, "assignee", "role", "task") == [
        ("Sở Y tế", "lead", "kiểm tra các cơ sở thẩm mỹ."),
        ("Công an tỉnh", "support", "kiểm tra các cơ sở thẩm mỹ."),
        ("Sở Tư pháp", "support", "kiểm tra các cơ sở thẩm mỹ."),
    ]


def test_partners_named_before_the_subject():
    body = "1. Với sự phối hợp chặt chẽ của Hội Nông dân tỉnh, Sở Công Thương tổ chức phiên chợ nông sản.\n"
    # (the leading clause stays in the task's words, as any other: ``Trong tháng 10, …``)
    assert rows(body, "assignee", "role") == [("Sở Công Thương", "lead"), ("Hội Nông dân tỉnh", "support")]


def test_partners_closing_the_task():
    body = "1. Đài Phát thanh và Truyền hình tỉnh mở chuyên mục về an toàn thực phẩm, với sự phối hợp của Sở Y tế.\n"
    assert rows(body, "assignee", "role") == [
        ("Đài Phát thanh và Truyền hình tỉnh", "lead"),
        ("Sở Y tế", "support"),
    ]


def test_a_plan_made_with_someone_names_no_partner():
    # counter-example: the phrase says how a text was made, not who works on the task
    body = "1. Sở Y tế triển khai Phương án được xây dựng với sự phối hợp của Bộ Y tế năm 2045.\n"
    assert rows(body, "assignee", "role") == [("Sở Y tế", "lead")]
