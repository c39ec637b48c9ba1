"""The area a level's places are of, ``thuộc`` left out (``Ủy ban nhân dân các xã vùng chuyên canh cà phê`` + the
verb, ``Công an các xã khu vực giáp ranh``): the area's words are the name's up to its predicate (twenty-fourth twin
of A5).  An area after the verb is the task's."""

from test_rules import rows


def test_the_area_of_a_levels_places_goes_on_the_name():
    body = (
        "1. Ủy ban nhân dân các xã vùng chuyên canh chè khẩn trương rà soát diện tích bị hạn.\n"
        "2. Công an các xã khu vực giáp ranh tuần tra trên các tuyến đường liên xã.\n"
    )
    assert rows(body, "assignee", "task") == [
        ("Ủy ban nhân dân các xã vùng chuyên canh chè", "khẩn trương rà soát diện tích bị hạn."),
        ("Công an các xã khu vực giáp ranh", "tuần tra trên các tuyến đường liên xã."),
    ]


def test_an_area_after_the_verb_is_the_tasks():
    body = "1. Ủy ban nhân dân các xã tổ chức khảo sát vùng trồng chè tập trung.\n"
    assert rows(body, "assignee", "task") == [("Ủy ban nhân dân các xã", "tổ chức khảo sát vùng trồng chè tập trung.")]


def test_a_lead_ins_time_is_each_items_that_states_none():
    # (twenty-fourth twin of A5: the lead-in carries only when, for all its items)
    body = (
        "1. Công ty Thủy lợi Sông Mây và Ủy ban nhân dân các xã vùng chuyên canh chè khẩn trương hoàn thành những "
        "việc sau trong tháng 02/2047:\n"
        "- Nạo vét kênh mương nội đồng.\n"
        "- Sửa chữa trạm bơm trước ngày 15/02/2047.\n"
    )
    assert rows(body, "assignee", "deadline") == [
        ("Công ty Thủy lợi Sông Mây", "2047-02-28"),
        ("Ủy ban nhân dân các xã vùng chuyên canh chè", "2047-02-28"),
        ("Công ty Thủy lợi Sông Mây", "2047-02-15"),
        ("Ủy ban nhân dân các xã vùng chuyên canh chè", "2047-02-15"),
    ]
