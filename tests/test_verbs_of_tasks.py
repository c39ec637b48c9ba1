"""Where a name ends and the task's verb begins (issue 52, names, ninth twins): the verbs of choosing, printing,
guiding, activating, describing, reviewing and mending end a name as the other task verbs do (``Văn phòng Sở lựa
chọn …``, ``Phòng … in bản đồ …``, ``Ban Tuyên giáo và Dân vận Tỉnh ủy định hướng …``); in a collective a verb right
after ``được``/``bị`` is a participle of its noun, no end (``Các đơn vị được lựa chọn quan trắc …``), but a body's
``được`` + verb is its predicate; a team is named for choosing or writing (``Tổ lựa chọn đơn vị``, ``Hội đồng xét
tuyển viên chức huyện``, ``Tổ biên soạn``) before the sentence's verb."""

from __future__ import annotations

import pytest
from test_rules import leads


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("1. Văn phòng Sở lựa chọn đơn vị in ấn tài liệu.\n", ("Văn phòng Sở", "lựa chọn đơn vị in ấn tài liệu")),
        (
            "2. Phòng Quản lý di tích và Bảo tàng in tờ gấp giới thiệu các di tích.\n",
            ("Phòng Quản lý di tích và Bảo tàng", "in tờ gấp giới thiệu các di tích"),
        ),
        (
            "3. Ban Dân vận Huyện ủy định hướng các tổ chức đoàn thể tuyên truyền.\n",
            ("Ban Dân vận Huyện ủy", "định hướng các tổ chức đoàn thể tuyên truyền"),
        ),
        (
            "4. Trung tâm Điều hành đô thị thông minh kích hoạt chế độ cảnh báo sớm.\n",
            ("Trung tâm Điều hành đô thị thông minh", "kích hoạt chế độ cảnh báo sớm"),
        ),
        # a collective's participle after ``được``: no end of its name
        (
            "5. Các đơn vị được lựa chọn quan trắc môi trường gửi kết quả về Sở hằng quý.\n",
            ("Các đơn vị được lựa chọn quan trắc môi trường", "gửi kết quả về Sở hằng quý"),
        ),
        # teams named for choosing or writing, then the sentence's verb
        (
            "6. Tổ lựa chọn nhà thầu thực hiện đánh giá hồ sơ dự thầu.\n",
            ("Tổ lựa chọn nhà thầu", "thực hiện đánh giá hồ sơ dự thầu"),
        ),
        (
            "7. Hội đồng xét tuyển giáo viên huyện tổ chức kiểm tra sát hạch.\n",
            ("Hội đồng xét tuyển giáo viên huyện", "tổ chức kiểm tra sát hạch"),
        ),
        ("8. Tổ biên soạn hoàn thiện bản thảo tài liệu.\n", ("Tổ biên soạn", "hoàn thiện bản thảo tài liệu")),
    ],
)
def test_a_task_verb_ends_the_name_before_it(sentence, expected):
    got = leads(sentence)
    assert len(got) == 1
    assert (got[0][0], got[0][1].rstrip(".")) == expected


def test_a_bodys_duoc_and_a_verb_is_its_predicate_not_a_participle():
    """``Thủ tướng Chính phủ được quyết định …`` (a wild resolution): a body's ``được`` opens what it may do."""
    from vbparse.extract.obligation_names import find_subject

    found = find_subject("Ủy ban nhân dân tỉnh được quyết định điều chỉnh dự toán trong phạm vi được giao.")
    assert found is not None
    sentence = "Ủy ban nhân dân tỉnh được quyết định điều chỉnh dự toán trong phạm vi được giao."
    assert sentence[found[0][0].start : found[0][-1].end] == "Ủy ban nhân dân tỉnh"


def test_a_lead_in_that_takes_on_the_items_below_hands_them_its_subject():
    """``Khoa … đảm nhận những phần việc sau đây:`` over bullets (ninth twins): ``đảm nhận`` (take on) ends the name,
    and the lead-in hands its subject to its items."""
    got = leads(
        "1. Phòng Quản lý chất lượng đảm nhận những phần việc sau đây:\n"
        "- Lấy mẫu kiểm nghiệm các lô hàng nhập khẩu.\n"
        "- Tổng hợp kết quả, gửi Sở Y tế hằng tháng.\n"
    )
    assert [a for a, _t in got] == ["Phòng Quản lý chất lượng", "Phòng Quản lý chất lượng"]
