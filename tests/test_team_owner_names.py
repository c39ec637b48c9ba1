"""A team's or a unit's name closed by whose it is: ``của`` + the owning body's full name, the sentence's verb right
after it (``Đoàn công tác của Ủy ban nhân dân tỉnh`` + ``thăm …``), also after the function a team is named for
(``Đoàn đánh giá của Chi cục`` + ``kiểm tra …``). Twenty-third twins of F1 and A4."""

from test_rules import rows


def test_a_team_of_a_body_named_in_full_before_the_verb_is_one_name():
    body = (
        "1. Đoàn công tác của Ủy ban nhân dân tỉnh thăm, chúc mừng các cơ sở tôn giáo dịp Lễ Phục sinh.\n"
        "2. Tổ công tác của UBND huyện Minh Hòa rà soát hồ sơ đất đai của các hộ dân.\n"
    )
    assert rows(body, "assignee", "task") == [
        ("Đoàn công tác của Ủy ban nhân dân tỉnh", "thăm, chúc mừng các cơ sở tôn giáo dịp Lễ Phục sinh."),
        ("Tổ công tác của UBND huyện Minh Hòa", "rà soát hồ sơ đất đai của các hộ dân."),
    ]


def test_a_team_named_for_what_it_does_goes_on_to_whose_it_is():
    body = (
        "1. Đoàn đánh giá của Chi cục Chăn nuôi và Thú y kiểm tra thực tế tại cơ sở chăn nuôi.\n"
        "2. Tổ thẩm định của Sở Xây dựng lập biên bản thẩm định trong 05 ngày làm việc.\n"
    )
    assert rows(body, "assignee", "task") == [
        ("Đoàn đánh giá của Chi cục Chăn nuôi và Thú y", "kiểm tra thực tế tại cơ sở chăn nuôi."),
        ("Tổ thẩm định của Sở Xây dựng", "lập biên bản thẩm định trong 05 ngày làm việc."),
    ]


def test_whose_object_it_is_after_the_verb_stays_the_task():
    # counter-examples: ``của`` after the verb's object is the object's owner; a team named for what it does, then
    # another verb and its object's owner
    body = (
        "1. Ban Chỉ đạo tổng hợp báo cáo của Sở Y tế gửi Bộ Y tế.\n"
        "2. Tổ thẩm định rà soát hồ sơ của Ủy ban nhân dân xã trước ngày 15/3/2047.\n"
    )
    assert rows(body, "assignee", "task") == [
        ("Ban Chỉ đạo", "tổng hợp báo cáo của Sở Y tế gửi Bộ Y tế."),
        ("Tổ thẩm định", "rà soát hồ sơ của Ủy ban nhân dân xã trước ngày 15/3/2047."),
    ]
