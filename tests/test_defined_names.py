"""A body the document itself sets up and lists the members of (``Tổ kiểm đếm tài sản thu hồi gồm:``, ``Thành lập Hội
đồng Nghiệm thu Công trình gồm:``) is named so when it later acts, however its name is made: its words up to its verb
are the ones it was set up under (a verb of its work in lower case, a comma inside, a capitalised qualifier it drops:
``Hội đồng Nghiệm thu`` + ``đánh giá …``).  Issue 52: the roster twins' teams named for their work."""

from __future__ import annotations

import pytest
from test_rules import leads as _leads


@pytest.mark.parametrize(
    "body,name,task_start",
    [
        (
            (
                "1. Tổ kiểm đếm tài sản thu hồi, tài sản tịch thu gồm:\n"
                "(1) Ông Lò Văn Khải - Phó Chủ tịch Ủy ban nhân dân xã, Tổ trưởng;\n"
                "(2) Bà Đinh Thị Mơ - Công chức Tài chính - Kế toán, Tổ viên.\n"
                "2. Tổ kiểm đếm tài sản thu hồi, tài sản tịch thu niêm phong kho trước ngày 10/5/2030.\n"
            ),
            "Tổ kiểm đếm tài sản thu hồi, tài sản tịch thu",
            "niêm phong kho",
        ),
        (
            (
                "1. Thành lập Hội đồng Nghiệm thu Công trình gồm:\n"
                "- Ông Vi Văn Sáng Phó Giám đốc Sở Chủ tịch Hội đồng\n"
                "- Bà Lục Thị Hoa Trưởng phòng Kế hoạch Ủy viên\n"
                "2. Hội đồng Nghiệm thu đánh giá chất lượng hạng mục kè trước ngày 30/6/2030.\n"
            ),
            "Hội đồng Nghiệm thu",
            "đánh giá chất lượng",
        ),
        (
            (
                "1. Thành lập Nhóm soạn thảo quy chế gồm các ông, bà có tên sau:\n"
                "- Ông Hà Văn Tư, Chánh Văn phòng, Trưởng nhóm;\n"
                "2. Nhóm soạn thảo quy chế trình dự thảo trước ngày 01/8/2030.\n"
            ),
            "Nhóm soạn thảo quy chế",
            "trình dự thảo",
        ),
        (  # a verb no list knows, which the grammar alone takes for more of the name
            (
                "1. Thành lập Tiểu ban Khánh tiết - Hậu cần gồm:\n"
                "- Ông Lục Văn Tài Phó Chủ tịch Ủy ban nhân dân xã Trưởng tiểu ban\n"
                "2. Tiểu ban Khánh tiết - Hậu cần sắp đặt bàn ghế, cờ hoa hội trường trước ngày 02/9/2030.\n"
            ),
            "Tiểu ban Khánh tiết - Hậu cần",
            "sắp đặt",
        ),
    ],
)
def test_a_body_the_document_sets_up_acts_under_the_name_it_was_set_up_under(body, name, task_start):
    got = _leads(body)
    assert any(a == name and t.startswith(task_start) for a, t in got), got
    assert not any(a in {"Tổ", "Hội đồng", "Nhóm"} for a, _t in got), got


def test_a_sentence_opening_with_other_words_than_the_body_set_up_is_read_as_before():
    """``Tổ công tác`` + ``kiểm tra …`` after ``Tổ kiểm đếm …`` was set up: no word of the name set up goes past the head,
    so the sentence is read as if nothing were set up."""
    body = (
        "1. Tổ kiểm đếm tài sản thu hồi gồm:\n(1) Ông Lò Văn Khải - Phó Chủ tịch Ủy ban nhân dân xã, Tổ trưởng.\n"
        "2. Ban Chỉ huy quân sự xã kiểm tra kho trước ngày 10/5/2030.\n"
    )
    assert [a for a, _t in _leads(body)] == ["Ban Chỉ huy quân sự xã"]


def test_a_name_set_up_goes_on_with_its_level_when_a_sentence_gives_one():
    """``Hội đồng Thẩm định`` set up, then ``Hội đồng Thẩm định cấp tỉnh xem xét …``: the level is more of the name."""
    body = (
        "1. Hội đồng Thẩm định gồm:\n(1) Ông Lò Văn Khải - Phó Giám đốc Sở, Chủ tịch Hội đồng.\n"
        "2. Hội đồng Thẩm định cấp tỉnh xem xét hồ sơ trước ngày 10/5/2030.\n"
    )
    assert [a for a, _t in _leads(body)] == ["Hội đồng Thẩm định cấp tỉnh"], _leads(body)
