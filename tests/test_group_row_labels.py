"""Group rows of a one-cell-per-line table labelled in other ways than a capital or a Roman number: a group's word
and number (``**Nhóm 2**``, ``**Phần II**``), a lower-case letter (``**b)**``), a sub-number joined by a hyphen
(``*II-1*``): a label and its title, no row of tasks, and the row before them keeps its cells (twenty-third and
twenty-fourth twins of S5).  A short row under a row of data that opens with a name is still its continuation."""

from test_rules import rows

HEAD = (
    "Phân công cụ thể như sau:\n\n"
    "|\n**STT**\n|\n**Nhiệm vụ**\n|\n**Đơn vị chủ trì**\n|\n**Đơn vị phối hợp**\n|\n**Thời gian**\n|\n"
)


def _row(number: str, task: str, lead: str, support: str, time: str) -> str:
    return f"|\n{number}\n|\n{task}\n|\n{lead}\n|\n{support}\n|\n{time}\n|\n"


def _group(label: str, title: str) -> str:
    return f"|\n{label}\n|\n{title}\n|\n"


def _table(first: str, second: str) -> str:
    return (
        HEAD
        + _group(first, "**Bảo tồn nghề truyền thống**")
        + _row(
            "1",
            "Khảo sát các làng nghề",
            "Sở Công Thương",
            "Hội Nông dân tỉnh; Liên minh Hợp tác xã tỉnh",
            "Quý I/2047",
        )
        + _group(second, "**Phát triển thị trường**")
        + _row("2", "Mở gian hàng trực tuyến", "Sở Công Thương", "Hiệp hội Làng nghề tỉnh", "Quý II/2047")
    )


EXPECTED = [
    ("Sở Công Thương", "lead", "Khảo sát các làng nghề"),
    ("Hội Nông dân tỉnh", "support", "Khảo sát các làng nghề"),
    ("Liên minh Hợp tác xã tỉnh", "support", "Khảo sát các làng nghề"),
    ("Sở Công Thương", "lead", "Mở gian hàng trực tuyến"),
    ("Hiệp hội Làng nghề tỉnh", "support", "Mở gian hàng trực tuyến"),
]


def test_a_group_labelled_by_its_word_and_number_is_no_row_of_tasks():
    assert rows(_table("**Nhóm 1**", "**Nhóm 2**"), "assignee", "role", "task") == EXPECTED


def test_a_group_labelled_by_a_lower_case_letter_is_no_row_of_tasks():
    assert rows(_table("**a)**", "**b)**"), "assignee", "role", "task") == EXPECTED


def test_a_group_numbered_with_a_hyphen_is_no_row_of_tasks():
    assert rows(_table("*II-1*", "*II-2*"), "assignee", "role", "task") == EXPECTED
