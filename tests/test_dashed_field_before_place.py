"""A dashed pair of fields in lower case closed by a place's own name (``Khu di tích - danh thắng`` + ``Non
Thiêng``, ``Khu du lịch sinh thái - nghỉ dưỡng`` + ``Hồ Mây``): one name, the verb after the place's name.  Not a
dash before a task verb nor before a body's head, nor a field its comma closes.  Twenty-third and twenty-fourth twins
of WRAP and A5."""

from test_rules import rows


def test_a_dashed_pair_closed_by_a_place_name_is_one_name():
    body = (
        "1. Ban Quản lý Khu du lịch sinh thái - nghỉ dưỡng Hồ Mây kiểm tra các cơ sở lưu trú.\n"
        "2. Giám đốc Khu bảo tồn thiên nhiên - văn hóa Đồng Nai Thượng bố trí lực lượng tuần tra.\n"
    )
    assert rows(body, "assignee", "task") == [
        ("Ban Quản lý Khu du lịch sinh thái - nghỉ dưỡng Hồ Mây", "kiểm tra các cơ sở lưu trú."),
        ("Giám đốc Khu bảo tồn thiên nhiên - văn hóa Đồng Nai Thượng", "bố trí lực lượng tuần tra."),
    ]


def test_a_partner_so_named_is_whole():
    body = "1. Sở Du lịch phối hợp với Ban Quản lý Khu di tích - danh thắng Non Thiêng tổ chức lễ hội.\n"
    assert rows(body, "assignee", "role") == [
        ("Sở Du lịch", "lead"),
        ("Ban Quản lý Khu di tích - danh thắng Non Thiêng", "support"),
    ]


def test_a_field_closed_by_its_comma_leaves_the_next_name_its_own():
    # counter-example: the pair's field ends at its comma; the place's name after it is another body's
    body = "1. Ban Quản lý Khu di tích, Phòng Văn hóa - thông tin, Công an xã Mỹ Lâm bảo đảm an ninh.\n"
    assert [a for (a,) in rows(body, "assignee")] == [
        "Ban Quản lý Khu di tích",
        "Phòng Văn hóa - thông tin",
        "Công an xã Mỹ Lâm",
    ]
