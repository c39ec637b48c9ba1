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


def test_a_who_sentence_naming_its_partners_first_hands_them_the_activities():
    # (twenty-fourth twin of T3: activities, then who carries them out, the partners named first)
    body = (
        "1. Chăm sóc sức khỏe bà mẹ\n\n"
        "a) Hoạt động chính\n\n"
        "- Tập huấn kỹ năng cho cô đỡ thôn bản.\n\n"
        "- Vận động phụ nữ mang thai khám thai định kỳ.\n\n"
        "b) Phương thức tổ chức\n\n"
        "Với sự phối hợp của Hội Liên hiệp Phụ nữ tỉnh và Ủy ban nhân dân các xã vùng cao, Sở Y tế chủ trì tổ chức "
        "thực hiện các hoạt động nêu trên.\n"
    )
    assert rows(body, "assignee", "role", "task") == [
        ("Sở Y tế", "lead", "Tập huấn kỹ năng cho cô đỡ thôn bản."),
        ("Hội Liên hiệp Phụ nữ tỉnh", "support", "Tập huấn kỹ năng cho cô đỡ thôn bản."),
        ("Ủy ban nhân dân các xã vùng cao", "support", "Tập huấn kỹ năng cho cô đỡ thôn bản."),
        ("Sở Y tế", "lead", "Vận động phụ nữ mang thai khám thai định kỳ."),
        ("Hội Liên hiệp Phụ nữ tỉnh", "support", "Vận động phụ nữ mang thai khám thai định kỳ."),
        ("Ủy ban nhân dân các xã vùng cao", "support", "Vận động phụ nữ mang thai khám thai định kỳ."),
    ]


def test_how_well_it_cooperates_before_with_whom():
    # (twenty-fourth twin of L1: ``phối hợp có hiệu quả với`` + partners in lower case)
    body = (
        "1. Công chức Văn hóa - Xã hội xã:\n"
        "- Phối hợp có hiệu quả với trưởng các thôn và giám sát viên cấp xã rà soát danh sách hộ nghèo.\n"
    )
    assert rows(body, "assignee", "role") == [
        ("Công chức Văn hóa - Xã hội xã", "lead"),
        ("trưởng các thôn", "support"),
        ("giám sát viên cấp xã", "support"),
    ]
