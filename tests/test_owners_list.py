"""A plural of owners goes on past its comma with another owner (``Các chủ tàu cá, chủ cơ sở lưu trú du lịch trên
đảo``): one collective, as ``Các sở, ban, ngành`` (twenty-fourth twin of A3's counter-example).  After any other member
an owner still begins an assignee of its own (``Các hộ gia đình, chủ rừng``)."""

from test_rules import rows


def test_owners_listed_under_one_plural_are_one_assignee():
    body = (
        "1. Các chủ tàu cá, chủ cơ sở lưu trú du lịch trên đảo phổ biến lối thoát hiểm cho du khách.\n"
        "2. Các chủ trang trại, chủ cơ sở giết mổ gia súc phun khử trùng chuồng trại.\n"
    )
    assert [a for (a,) in rows(body, "assignee")] == [
        "Các chủ tàu cá, chủ cơ sở lưu trú du lịch trên đảo",
        "Các chủ trang trại, chủ cơ sở giết mổ gia súc",
    ]


def test_an_owner_after_another_member_is_its_own():
    body = "1. Các hộ gia đình, chủ rừng thực hiện các biện pháp phòng cháy.\n"
    assert [a for (a,) in rows(body, "assignee")] == ["Các hộ gia đình", "chủ rừng"]
