"""One definition of where the header ends and the closing starts, for the layout reader and the parser."""

from __future__ import annotations

from vbparse.zones import DEFAULT_HEADER_LINES, closing_at, type_line_at

PLAN = ["ỦY BAN NHÂN DÂN", "Số: 12/KH-UBND", "KẾ HOẠCH", "Tập huấn", "I. MỤC ĐÍCH", "Nơi nhận:", "- Như trên;"]


def test_the_header_ends_at_the_type_line_or_the_vv():
    assert type_line_at(PLAN) == 2
    assert type_line_at(["BỘ CÔNG THƯƠNG", "Số: 2265/BCT-ATMT", "V/v triển khai", "Kính gửi: …"]) == 2
    assert type_line_at(["x"] * DEFAULT_HEADER_LINES + ["KẾ HOẠCH"]) is None  # too far down to be a header


def test_the_closing_is_the_last_noi_nhan():
    assert closing_at(PLAN) == (5, None)
    assert closing_at(PLAN[:5]) == (None, None)


def test_the_closing_is_the_first_noi_nhan_an_attached_document_follows():
    """A Tờ trình with the draft it submits: the Tờ trình's closing, not the draft's."""
    lines = PLAN + ["GIÁM ĐỐC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "DỰ THẢO", "Nơi nhận:", "- Lưu: VT."]
    assert closing_at(lines) == (5, 8)
    assert closing_at(lines, start=6) == (10, None)
