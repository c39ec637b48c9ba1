"""``rà quét`` (scan) is a task verb: a staff noun's or a unit's name in lower case ends before it (twenty-fourth
twin of A2: ``Chuyên gia an toàn thông tin rà quét lỗ hổng …``)."""

from test_rules import rows


def test_a_name_ends_before_ra_quet():
    body = (
        "1. Chuyên gia an toàn thông tin rà quét lỗ hổng bảo mật trên các máy chủ.\n"
        "2. Kỹ sư hệ thống mạng rà quét thiết bị lạ kết nối vào mạng nội bộ.\n"
    )
    assert rows(body, "assignee", "task") == [
        ("Chuyên gia an toàn thông tin", "rà quét lỗ hổng bảo mật trên các máy chủ."),
        ("Kỹ sư hệ thống mạng", "rà quét thiết bị lạ kết nối vào mạng nội bộ."),
    ]
