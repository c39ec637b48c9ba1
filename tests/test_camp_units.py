"""A camp's units and its warden (``Trại giam …``, ``Phân trại số 3``, ``Phó Giám thị phụ trách …``): heads and a post
of the grammar, in a who-cell split by ``;`` or ``,`` (twenty-fourth twin of TAB-THUCHIEN, a prison's plan)."""

from test_rules import rows

TABLE = (
    "| STT | Nội dung | Thời gian | Chủ trì | Thực hiện |\n"
    "| --- | --- | --- | --- | --- |\n"
    "| 1 | Mở lớp xóa mù chữ | Quý I/2047 | Phó Giám thị phụ trách giáo dục, cải tạo | Phân trại số 3; Đội Hồ sơ |\n"
    "| 2 | Dạy nghề may | Quý II/2047 | Giám thị | Đội Dạy nghề, Phân trại số 1 |\n"
)


def test_a_camps_warden_and_sub_camps_are_each_a_lead():
    assert rows(TABLE, "assignee") == [
        ("Phó Giám thị phụ trách giáo dục, cải tạo",),
        ("Phân trại số 3",),
        ("Đội Hồ sơ",),
        ("Giám thị",),
        ("Đội Dạy nghề",),
        ("Phân trại số 1",),
    ]


def test_a_camp_named_in_a_sentence_is_its_subject():
    body = "1. Trại giam Nam Sơn phối hợp với Phân trại số 2 tổ chức Tết cho phạm nhân.\n"
    assert rows(body, "assignee", "role") == [("Trại giam Nam Sơn", "lead"), ("Phân trại số 2", "support")]


def test_a_units_post_goes_on_to_the_body_the_unit_is_of():
    # (the body after a unit's post is the unit's owner, not the next name: ``Trưởng Trạm Y tế … Công an tỉnh``)
    body = (
        "1. Trưởng Trạm Y tế số 3 Công an tỉnh và Giám đốc Bệnh viện Phổi tỉnh tổ chức khám sàng lọc.\n"
        "2. Giám thị Trại tạm giam Công an tỉnh bố trí phòng cách ly.\n"
    )
    assert rows(body, "assignee") == [
        ("Trưởng Trạm Y tế số 3 Công an tỉnh",),
        ("Giám đốc Bệnh viện Phổi tỉnh",),
        ("Giám thị Trại tạm giam Công an tỉnh",),
    ]
