"""A unit's field of two acts joined by a comma, the second in lower case (``Phòng Kiểm tra, kiểm soát nội bộ``,
``Trưởng phòng Thanh tra, giám sát ngân hàng``): one name, in a list of names or before its verb (twenty-fourth twin of
R1).  A comma before another name or a role word still ends it."""

from test_rules import rows


def test_a_field_of_two_acts_is_one_name():
    body = (
        "1. Phòng Kiểm tra, kiểm soát nội bộ chủ trì thành lập 02 đoàn kiểm tra liên ngành.\n"
        "2. Trưởng phòng Thanh tra, giám sát ngân hàng, Trưởng phòng Tổng hợp chịu trách nhiệm thi hành Quyết định "
        "này.\n"
    )
    assert [a for (a,) in rows(body, "assignee")] == [
        "Phòng Kiểm tra, kiểm soát nội bộ",
        "Trưởng phòng Thanh tra, giám sát ngân hàng",
        "Trưởng phòng Tổng hợp",
    ]


def test_a_comma_before_another_name_ends_the_field():
    body = "1. Phòng Kiểm tra, Phòng Kế hoạch rà soát hồ sơ vay vốn.\n"
    assert [a for (a,) in rows(body, "assignee")] == ["Phòng Kiểm tra", "Phòng Kế hoạch"]
