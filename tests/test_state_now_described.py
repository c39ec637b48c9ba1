"""A state described now (``Trung tâm Lưu trữ lịch sử hiện nay quản lý 12 phông …``, ``… hiện tại theo dõi …``): no
task, as ``đang`` (twenty-fourth twin of F3); ``hiện nay`` ends the name.  Not a verb opened by ``hiện`` (``hiện đại
hóa``).  (``hiện`` alone is left: ``Lưu trữ hiện hành`` is a name the grammar reads by its stops.)"""

from test_rules import rows


def test_what_a_unit_does_now_is_described_not_assigned():
    body = (
        "1. Phòng Quản lý tôn giáo hiện tại theo dõi 318 cơ sở thờ tự của 06 tôn giáo.\n"
        "2. Trung tâm Lưu trữ lịch sử hiện nay quản lý 12 phông tài liệu.\n"
    )
    assert rows(body, "assignee") == []


def test_a_verb_opened_by_hien_is_still_a_task():
    body = "1. Sở Nội vụ hiện đại hóa hệ thống lưu trữ của tỉnh.\n"
    assert rows(body, "assignee", "task") == [("Sở Nội vụ", "hiện đại hóa hệ thống lưu trữ của tỉnh.")]


def test_hien_alone_before_a_verb_ends_a_name_closed_by_its_proper_name():
    """Twenty-seventh twin of F3: ``Công ty … Tây Cầu hiện quản lý 46 hồ chứa …``: ``hiện`` before a verb is now, a
    state described (no task), not a word of the company's name; ``hiện hành`` (in force) stays a name's word."""
    body = (
        "1. Công ty TNHH Khai thác thủy lợi Tây Cầu hiện quản lý 46 hồ chứa và 212 trạm bơm.\n"
        "2. Phòng Lưu trữ hiện hành tiếp nhận hồ sơ của các phòng.\n"
    )
    assert rows(body, "assignee", "task") == [("Phòng Lưu trữ hiện hành", "tiếp nhận hồ sơ của các phòng.")]
