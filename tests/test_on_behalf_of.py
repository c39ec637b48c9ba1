"""On another's behalf (``Thay mặt Ủy ban nhân dân tỉnh, Sở Ngoại vụ gửi …``, ``Nhân danh …,``): who acts follows the
clause's comma; the body on whose behalf it acts gets nothing (twenty-fourth twin of A4's counter-example)."""

from test_rules import rows


def test_who_acts_on_anothers_behalf_is_the_subject():
    body = (
        "1. Thay mặt Ủy ban nhân dân tỉnh, Sở Ngoại vụ gửi thư mời tới Đoàn trước ngày 15/4/2047.\n"
        "2. Nhân danh Ban Tổ chức, Văn phòng Sở Du lịch tiếp đón các đoàn khách quốc tế.\n"
    )
    assert rows(body, "assignee", "deadline") == [("Sở Ngoại vụ", "2047-04-15"), ("Văn phòng Sở Du lịch", None)]
