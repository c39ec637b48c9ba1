"""A web page made from a PDF (``pdftohtml``, a portal's converter): every printed line its own paragraph, cut at
the page's width inside names and sentences (``Giám đốc các Sở: Quy hoạch -`` / ``Kiến trúc, Xây dựng …``).  Read
paragraph by paragraph, a name cut at a line's end became two and the tasks after it were lost (QĐ 1878 Hà Nội:
21 of 59 tasks).  A page with no table whose lines are a fixed-width text's is read as that text, its soft breaks
rejoined as in a hard-wrapped ``.txt``; a page of real paragraphs is read as before."""

from __future__ import annotations

from html import escape

from vbparse.pipeline import parse_read
from vbparse.read import read_text_string
from vbparse.read.web_page import read_web_page as read_html

LINES = [
    "ỦY BAN NHÂN DÂN",
    "XÃ HÒA BÌNH",
    "Số: 15/KH-UBND",
    "Hòa Bình, ngày 10 tháng 3 năm 2026",
    "KẾ HOẠCH",
    "Phòng chống thiên tai năm 2026",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Chủ động phòng ngừa, ứng phó kịp thời, hiệu quả với các loại hình thiên tai trên địa bàn",
    "xã; giảm thiểu thiệt hại về người và tài sản của Nhân dân và Nhà nước trong mùa mưa",
    "bão năm 2026, bảo đảm an toàn cho các công trình thủy lợi, đê điều và hồ chứa nước.",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường chủ trì, phối hợp với Trưởng",
    "các thôn rà soát các khu dân cư có nguy cơ sạt lở đất, lũ quét, lập danh sách các hộ cần",
    "di dời khẩn cấp, báo cáo Ủy ban nhân dân xã trước ngày 30/4/2026.",
    "2. Công an xã chủ trì, phối hợp với Ban Chỉ huy Quân sự xã, Đoàn Thanh niên Cộng sản Hồ",
    "Chí Minh xã bố trí lực lượng sẵn sàng tham gia cứu hộ, cứu nạn, hỗ trợ Nhân dân di dời tài",
    "sản đến nơi an toàn khi có thiên tai xảy ra; thực hiện trong mùa mưa bão năm 2026.",
    "3. Văn phòng - Thống kê tổng hợp tình hình thiệt hại, báo cáo Chủ tịch Ủy ban nhân dân",
    "xã và Ban Chỉ huy Phòng thủ dân sự huyện theo quy định, chậm nhất ngày 15/11/2026.",
    "Điều 3. Chánh Văn phòng Ủy ban nhân dân xã; Trưởng các ban, ngành, đoàn thể xã; Trưởng",
    "các thôn và các cá nhân có liên quan chịu trách nhiệm thi hành Kế hoạch này./.",
]


def _pdftohtml(lines: list[str]) -> bytes:
    """The shape ``pdftohtml -s -i`` gives: one absolutely placed paragraph per printed line."""
    body = "\n".join(
        f'<p style="position:absolute;top:{100 + 20 * k}px;left:{115 if k % 3 else 169}px;white-space:nowrap">'
        f"{escape(ln).replace(' ', '&#160;')}</p>"
        for k, ln in enumerate(lines)
    )
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>{body}</body></html>".encode()


def _tasks(result) -> list[tuple[str, str, str]]:
    return [(o.role, o.assignee.raw, o.task) for o in parse_read(result).obligations]


def test_a_page_of_a_pdfs_printed_lines_is_read_as_the_hard_wrapped_text_it_is():
    page = _tasks(read_html(_pdftohtml(LINES)))
    text = _tasks(read_text_string("\n".join(LINES) + "\n"))
    assert page == text
    leads = {a for r, a, _ in page if r == "lead"}
    assert {"Công an xã", "Văn phòng - Thống kê"} <= leads
    assert any("Chí Minh xã" in a for _, a, _ in page)  # a name cut at a line's end, read whole


def test_a_page_of_real_paragraphs_keeps_them():
    """Counter-example: one paragraph per ``<p>``, as a site or Word writes it, is not rejoined."""
    paragraphs = [
        *LINES[:7],
        " ".join(LINES[7:10]),
        LINES[10],
        " ".join(LINES[11:14]),
        " ".join(LINES[14:17]),
        " ".join(LINES[17:19]),
        " ".join(LINES[19:21]),
    ]
    html = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    page = read_html(f"<html><body>{html}</body></html>".encode())
    assert page.mapped.text.split("\n")[: len(paragraphs)] == paragraphs
    assert not [n for n in page.notes if n[0] == "hard_wrapped_page"]


def test_a_printed_pages_number_and_the_signature_stamp_beside_it_are_page_furniture():
    """``pdftohtml`` ends a page with the stamp its signer printed at the page's top (``Cơ quan phát hành: …``),
    then opens the next with its number (``2``), with no blank line between printed lines: neither is a roster's
    member, so the roster they fall into stays one (Ban Chỉ đạo's members were read as 25 tasks)."""
    lines = [
        *LINES[:6],
        "Điều 1. Thành lập Tổ công tác phòng chống thiên tai xã gồm các thành viên sau:",
        "1. Chủ tịch Ủy ban nhân dân xã Nguyễn Văn Hải, Tổ trưởng.",
        "2. Các thành viên Tổ công tác:",
        "- Công chức Văn phòng - Thống kê Lê Thị Mai;",
        "- Chỉ huy trưởng Ban Chỉ huy Quân sự xã Trần Văn Tuấn;",
        "Cơ quan phát hành: ỦY BAN NHÂN DÂN XÃ HÒA BÌNH",
        "2",
        "- Trưởng Công an xã Phạm Văn Đức;",
        "- Bí thư Đoàn Thanh niên xã Vũ Thị Hạnh.",
    ]
    page = read_html(_pdftohtml(lines))
    text = page.mapped.text.split("\n")
    for furniture in ("Cơ quan phát hành: ỦY BAN NHÂN DÂN XÃ HÒA BÌNH", "2"):
        assert page.blocks[text.index(furniture)].footnote, furniture
    assert _tasks(page) == []
    member = text.index("- Trưởng Công an xã Phạm Văn Đức;")
    assert not page.blocks[member].footnote
