"""A duties heading in capitals names a department whose portfolio the grammar knows only capitalised (``II. NHIỆM
VỤ CỦA SỞ XÂY DỰNG``: lowered as running text, ``Sở xây dựng`` is ``Sở`` and the verb ``xây dựng``): its fields
are capitalised again before the name is read, and each item under it is the department's task (issue 52, a
variant of the eighteenth twin of HEADING-UNIT).  Counter-example: a committee's name with no portfolio keeps its
words in lower case."""

from __future__ import annotations

from test_rules import leads as _leads

from vbparse.extract.obligation_fields import body_heading


def test_a_department_whose_portfolio_is_a_verb_heads_its_items() -> None:
    body = (
        "II. NHIỆM VỤ CỦA SỞ XÂY DỰNG\n1. Kiểm tra các bến khách ngang sông trước ngày 31/7/2031.\n"
        "2. Tạm dừng cấp phép rời bến khi có cảnh báo lũ.\n"
    )
    assert [a for a, _t in _leads(body)] == ["Sở Xây dựng", "Sở Xây dựng"], _leads(body)


def test_each_field_of_a_portfolio_is_capitalised_again() -> None:
    assert body_heading("NHIỆM VỤ CỦA PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ") == "Phòng Kinh tế, Hạ tầng và Đô thị"


def test_a_name_with_no_portfolio_keeps_its_words_in_lower_case() -> None:
    assert body_heading("NHIỆM VỤ CỦA BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP") == "Ban quản lý các khu công nghiệp"
