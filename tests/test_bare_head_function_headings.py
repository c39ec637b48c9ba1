"""A heading over items that is an office's bare head and the function it is named for in lower case, up to its colon
(issue 52, names; twenty-fifth twin of L1): ``1. Văn phòng tổng hợp:`` over bullets names ``Văn phòng tổng hợp``, whose
bullets are its tasks; the words are no task of a ``Văn phòng`` (a verb with no object over items says what the
office is).  A head with a field of its own (``Phòng Tư pháp hướng dẫn:``) or a lead-in's words (``thực hiện:``) keep
their reading."""

from __future__ import annotations

import pytest
from test_rules import rows


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("1. Văn phòng tổng hợp:\n\n- Theo dõi, chấm điểm thi đua hằng quý.\n\n- Lập hồ sơ đề nghị khen thưởng.\n",
         "Văn phòng tổng hợp"),
        ("2. Tổ thư ký:\n\n- Ghi biên bản các phiên họp.\n\n- Chuẩn bị tài liệu cho đại biểu.\n", "Tổ thư ký"),
        ("3. Bộ phận hành chính kế toán:\n\n- Lập dự toán kinh phí tổ chức.\n\n- Thanh toán chứng từ đúng hạn.\n",
         "Bộ phận hành chính kế toán"),
    ],
)  # fmt: skip
def test_a_bare_head_and_its_function_over_items_is_one_name(body, name):
    got = rows(body, "assignee", "task")
    assert {a for a, _t in got} == {name}
    assert len(got) == 2


def test_a_head_with_its_own_field_keeps_the_lead_in_reading():
    got = rows("1. Phòng Tư pháp hướng dẫn:\n\n- Rà soát hồ sơ hộ tịch.\n\n- Cập nhật cơ sở dữ liệu.\n", "assignee")
    assert {a for (a,) in got} == {"Phòng Tư pháp"}


def test_a_lead_in_s_own_words_after_a_bare_head_are_no_function():
    got = rows("1. Ban chỉ đạo thực hiện:\n\n- Kiểm tra tiến độ.\n\n- Báo cáo kết quả.\n", "assignee")
    assert "Ban chỉ đạo thực hiện" not in {a for (a,) in got}


def test_a_roster_s_gom_after_a_bare_head_is_no_function():
    got = rows("1. Tổ giúp việc gồm:\n\n(1) Ông Lê Văn Tám - Tổ trưởng.\n\n(2) Bà Mai Thị Hoa - Tổ viên.\n", "assignee")
    assert not any(a.endswith("gồm") for (a,) in got)
