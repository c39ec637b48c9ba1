"""Headings lettered with capitals, ``A.`` / ``B.`` before a line in capitals (issue 52, twenty-sixth twin of
HEADING-UNIT; twenty-fifth of S2): a label, of the parts above the Roman sections where the first stands outside one
(``A. THỦ TỤC …`` / ``I. LĨNH VỰC …`` / ``B. …``), of a Roman section's sub-parts where it stands inside one
(``II. TỔ CHỨC THỰC HIỆN`` / ``A. NHIỆM VỤ CỦA …`` / ``B. NHIỆM VỤ CỦA …``).  A capital and a stop before words in
sentence case (a person's initial, ``A. Thủ tục …``) is no label."""

from __future__ import annotations

from test_rules import rows

from vbparse.structure.parser import match_label


def test_two_lettered_duty_headings_under_a_roman_section_each_give_their_items() -> None:
    got = rows(
        "A. NHIỆM VỤ CỦA TRUNG TÂM LƯU TRỮ LỊCH SỬ TỈNH\n\n- Hướng dẫn chỉnh lý hồ sơ trước khi giao nộp.\n\n"
        "- Tiếp nhận tài liệu giao nộp trước ngày 30/11/2051.\n\n"
        "B. NHIỆM VỤ CỦA CÁC CƠ QUAN, TỔ CHỨC THUỘC DANH MỤC NGUỒN NỘP LƯU\n\n- Lựa chọn hồ sơ đến hạn nộp lưu.\n\n"
        "C. NHIỆM VỤ CỦA SỞ NỘI VỤ\n\n- Kiểm tra việc giao nộp.\n",
        "assignee",
        "task",
    )
    assert got == [
        ("Trung tâm lưu trữ lịch sử tỉnh", "Hướng dẫn chỉnh lý hồ sơ trước khi giao nộp."),
        ("Trung tâm lưu trữ lịch sử tỉnh", "Tiếp nhận tài liệu giao nộp trước ngày 30/11/2051."),
        ("Các cơ quan, tổ chức thuộc danh mục nguồn nộp lưu", "Lựa chọn hồ sơ đến hạn nộp lưu."),
        ("Sở Nội vụ", "Kiểm tra việc giao nộp."),
    ], got


def test_a_capital_letter_before_capitals_is_a_label_and_before_sentence_case_none() -> None:
    assert match_label("A. NHIỆM VỤ CỦA SỞ Y TẾ") is not None
    assert match_label("C. NHIỆM VỤ CỦA SỞ Y TẾ")[:2] == ("C", "upper")  # type: ignore[index]
    assert match_label("A. Thủ tục hành chính cấp tỉnh") is None
    assert match_label("B. Nguyễn Văn An") is None
