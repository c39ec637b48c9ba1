"""An item whose first paragraph is its own task, with the roster of the team that does it below (``1. Đoàn công tác
… thăm, chúc mừng …`` / ``Thành phần Đoàn công tác:`` / ``a) Trưởng đoàn: …``): the item is a task, the roster's
lines no one's (decision 16), members named by the bodies that send them too (``Thành viên: đại diện …``).
Twenty-third twin of F1."""

from test_rules import rows

ROSTER = (
    "Thành phần Đoàn công tác:\n\n"
    "a) Tổ trưởng: đồng chí Lê Văn Hưng, Phó Chủ tịch Ủy ban nhân dân huyện.\n\n"
    "b) Thành viên: đại diện Phòng Kinh tế và Hạ tầng, Công an huyện.\n\n"
    "2. Phòng Tài chính - Kế hoạch bố trí kinh phí cho Đoàn.\n"
)


def test_an_items_own_task_stands_over_the_roster_below_it():
    body = "1. Đoàn liên ngành của huyện thăm, tặng quà các gia đình chính sách trong tháng 7/2047.\n\n" + ROSTER
    assert rows(body, "assignee", "deadline") == [
        ("Đoàn liên ngành của huyện", "2047-07-31"),
        ("Phòng Tài chính - Kế hoạch", None),
    ]


def test_a_roster_line_naming_the_bodies_that_send_members_is_no_task():
    body = "1. Tổ kiểm tra liên ngành của huyện kiểm tra các cơ sở kinh doanh xăng dầu.\n\n" + ROSTER
    assert [a for (a,) in rows(body, "assignee")] == ["Tổ kiểm tra liên ngành của huyện", "Phòng Tài chính - Kế hoạch"]


def test_an_item_that_sets_up_the_team_is_no_task_over_its_roster():
    # counter-example: the item's paragraph says who set the team up, no verb of its own after the name
    body = "1. Tổ kiểm tra do Ủy ban nhân dân huyện quyết định thành lập.\n\n" + ROSTER
    assert [a for (a,) in rows(body, "assignee")] == ["Phòng Tài chính - Kế hoạch"]
