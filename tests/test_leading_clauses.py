"""A subject after a leading clause of time, place, condition or basis (issue 52, a subject behind a leading clause):
the clause's opener says the sentence does not begin with its subject, so who acts follows the clause's comma
(``Vào đầu mỗi tháng, Chi cục Thủy lợi gửi …``, ``Kể từ ngày nhận hồ sơ, Phòng Quản lý đô thị thẩm định …``).  A name
inside the clause is no subject (``Dựa trên đề xuất của Sở Y tế, Trung tâm Kiểm soát bệnh tật …``)."""

from __future__ import annotations

import pytest
from test_rules import leads as _leads


@pytest.mark.parametrize(
    "sentence,name,task_start",
    [
        (
            "1. Vào đầu mỗi tháng, Chi cục Thủy lợi gửi lịch điều tiết nước về Văn phòng Sở.\n",
            "Chi cục Thủy lợi",
            "gửi",
        ),
        (
            "2. Kể từ ngày nhận đủ hồ sơ, Phòng Quản lý đô thị thẩm định trong 05 ngày làm việc.\n",
            "Phòng Quản lý đô thị",
            "thẩm định",
        ),
        (
            "3. Dựa trên đề xuất của Sở Y tế, Trung tâm Kiểm soát bệnh tật tỉnh xây dựng phương án.\n",
            "Trung tâm Kiểm soát bệnh tật tỉnh",
            "xây dựng",
        ),
        ("4. Tùy theo tình hình thực tế, Công an tỉnh bố trí lực lượng.\n", "Công an tỉnh", "bố trí"),
        # ``Với`` (as ``Đối với``): what the clause concerns, then who acts (ninth twins)
        (
            "5. Với những bến đò ngang trên sông Lam, Thanh tra Sở kiểm tra việc trang bị áo phao.\n",
            "Thanh tra Sở",
            "kiểm tra",
        ),
    ],
)
def test_who_acts_follows_a_leading_clauses_comma(sentence, name, task_start):
    leads = _leads(sentence)
    # (the clause stays in the task, as its time or basis: ``Vào đầu mỗi tháng, gửi …``)
    assert any(a == name and f", {task_start}" in t for a, t in leads), leads
    assert all(a != "Sở Y tế" for a, _t in leads), leads  # a name inside the clause is no subject


@pytest.mark.parametrize(
    "sentence,name",
    [
        ("1. Cộng tác viên tại các xã thu thập phiếu khảo sát của người dân.\n", "Cộng tác viên tại các xã"),
        ("2. Cán bộ thú y tại các xã lấy mẫu xét nghiệm trên đàn lợn.\n", "Cán bộ thú y tại các xã"),
    ],
)
def test_staff_no_list_knows_where_they_work_then_the_verb(sentence, name):
    """``Cộng tác viên tại các xã tiếp nhận …`` (ninth twins): where staff no list knows work (``tại`` + a place's
    level) is theirs, as a known body's (``Kho bạc Nhà nước tại tỉnh …``); the verb after it is the sentence's."""
    assert [a for a, _t in _leads(sentence)] == [name]
