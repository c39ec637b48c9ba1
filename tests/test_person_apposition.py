"""A person and what they are in lower case, set off by commas, then the verb (``Ông Giàng A Sình, người có uy tín bản
Lử Thàng, hỗ trợ …``): the person is the subject, the line no roster's (twenty-fourth twin of S7).  Not a passive
(``…, được tặng Bằng khen``), nor a roster line with no verb."""

from test_rules import rows


def test_a_person_set_off_by_what_they_are_is_the_subject():
    body = (
        "1. Ông Giàng A Sình, người có uy tín bản Lử Thàng, hỗ trợ phiên dịch tại các buổi ôn luật.\n"
        "2. Bà Hờ Thị Dua, già làng bản Nà Pò, vận động bà con tham gia học tập.\n"
    )
    assert rows(body, "assignee", "task") == [
        ("Ông Giàng A Sình", "hỗ trợ phiên dịch tại các buổi ôn luật."),
        ("Bà Hờ Thị Dua", "vận động bà con tham gia học tập."),
    ]


def test_a_person_so_described_in_a_passive_or_a_roster_gets_nothing():
    body = (
        "1. Ông Giàng A Sình, người có uy tín bản Lử Thàng, được tặng Bằng khen của Chủ tịch UBND tỉnh.\n"
        "2. Thành phần Tổ tuyên truyền gồm:\n"
        "- Ông Giàng A Páo, người có uy tín bản Lử Thàng, tổ trưởng;\n"
        "- Bà Hờ Thị Dua, già làng bản Nà Pò, thành viên.\n"
    )
    assert rows(body, "assignee") == []
