"""Field lines in other words (twenty-fourth twin of S1): who organises the work (``Cơ quan tổ chức triển khai:``)
leads it, its time's point (``Thời điểm hoàn thành:``) or last day (``Hạn chót hoàn thành:``) is its deadline; each
item keeps its own fields."""

from test_rules import rows

BODY = (
    "1. Đẩy nhanh giải phóng mặt bằng các dự án trọng điểm\n\n"
    "Cơ quan tổ chức triển khai: Ủy ban nhân dân huyện Bình Lư; Ủy ban nhân dân thị xã Yên Khương.\n\n"
    "Thời điểm hoàn thành: Quý III/2047.\n\n"
    "2. Thanh tra việc sử dụng vốn tạm ứng\n\n"
    "Cơ quan chủ trì: Thanh tra tỉnh.\n\n"
    "Hạn chót hoàn thành: Tháng 10/2047.\n"
)


def test_each_item_keeps_its_own_fields_in_other_words():
    assert rows(BODY, "assignee", "role", "deadline") == [
        ("Ủy ban nhân dân huyện Bình Lư", "lead", "2047-09-30"),
        ("Ủy ban nhân dân thị xã Yên Khương", "lead", "2047-09-30"),
        ("Thanh tra tỉnh", "lead", "2047-10-31"),
    ]


SCHOOL = (
    "1. Tư vấn chọn ngành\n\n"
    "• Mời chuyên gia nói chuyện chuyên đề cho học sinh khối 12:\n\n"
    "Phụ trách chính: Tổ Tư vấn học đường.\n\n"
    "Phối hợp: Tổ Hành chính - Văn phòng.\n\n"
    "Hoàn thành: Tháng 10/2047.\n\n"
    "• Thực hành chế tạo sản phẩm tại Câu lạc bộ STEM:\n\n"
    "Phụ trách chính: Tổ Vật lý - Công nghệ.\n\n"
    "Hoàn thành: Học kỳ II năm học 2047-2048.\n"
)


def test_a_bullets_own_fields_in_a_schools_words():
    # (who is in charge mainly leads; a bare ``Hoàn thành:`` is the time; a school year's term gives no day: none)
    assert rows(SCHOOL, "assignee", "role", "deadline") == [
        ("Tổ Tư vấn học đường", "lead", "2047-10-31"),
        ("Tổ Hành chính - Văn phòng", "support", "2047-10-31"),
        ("Tổ Vật lý - Công nghệ", "lead", None),
    ]


def test_a_leader_in_charge_is_no_lead_field():
    # counter-example: ``Lãnh đạo phụ trách`` names who oversees, not who does it
    body = "1. Tổ chức hội thao\n\nLãnh đạo phụ trách: đồng chí Phó Hiệu trưởng.\n\nĐơn vị thực hiện: Tổ Thể dục.\n"
    assert rows(body, "assignee", "role") == [("Tổ Thể dục", "lead")]
