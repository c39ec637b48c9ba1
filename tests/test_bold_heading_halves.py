"""A bold numbered heading a converter broke into two bold paragraphs (``3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam
tỉnh, Hội Liên hiệp`` / ``Phụ nữ tỉnh và các tổ chức thành viên``, a Markdown copy made into Word and HTML): the
second half is no paragraph of its own but the rest of the heading, whose bodies the items under it belong to.  A
Markdown copy joins them over their blank line (``unwrap.bridged_heading``); a document's blocks the same way
whatever the reader, decided once on blocks (issue 52: realdocs 121 as HTML lost the items of Hội Liên hiệp Phụ
nữ)."""

from __future__ import annotations

import io

from vbparse.pipeline import parse_read
from vbparse.read.docx import read_docx
from vbparse.read.web_page import read_web_page

HEAD = [
    ("ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC", False),
    ("Số: 21/KH-UBND", False),
    ("Bình Phước, ngày 4 tháng 3 năm 2026", False),
    ("KẾ HOẠCH", True),
    ("Thực hiện công tác bình đẳng giới năm 2026", True),
    ("I. TỔ CHỨC THỰC HIỆN", True),
    ("1. Sở Nội vụ", True),
    ("Chủ trì theo dõi, tổng hợp kết quả thực hiện Kế hoạch, báo cáo Ủy ban nhân dân tỉnh.", False),
]
SPLIT = [
    ("2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Liên hiệp", True),
    ("Phụ nữ tỉnh và các tổ chức thành viên của Mặt trận", True),
    ("Trong phạm vi chức năng, nhiệm vụ của mình, phối hợp triển khai thực hiện Kế hoạch này.", False),
]
#: counter-example: a bold heading whole on its line, then a bold line of its own (a field's label) under it
WHOLE = [
    ("2. Hội Nông dân tỉnh", True),
    ("Nội dung: Tuyên truyền bình đẳng giới trong hội viên nông dân.", True),
    ("Phối hợp tổ chức các hoạt động hưởng ứng Tháng hành động vì bình đẳng giới.", False),
]


def _html(paragraphs: list[tuple[str, bool]]) -> bytes:
    body = "".join(f"<p><b>{t}</b></p>" if bold else f"<p>{t}</p>" for t, bold in paragraphs)
    return f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>".encode()


def _docx(paragraphs: list[tuple[str, bool]]) -> bytes:
    import docx

    d = docx.Document()
    for text, bold in paragraphs:
        d.add_paragraph().add_run(text).bold = bold
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _assignees(result) -> set[str]:
    return {o.assignee.raw for o in parse_read(result).obligations if o.assignee is not None}


def test_a_bold_heading_broken_into_two_bold_paragraphs_is_one_heading_in_html_and_word():
    for read in (lambda b: read_web_page(_html(b)), lambda b: read_docx(_docx(b))):
        names = _assignees(read(HEAD + SPLIT))
        assert "Hội Liên hiệp Phụ nữ tỉnh" in names, names
        assert "Hội Liên hiệp" not in names, names


def test_a_bold_line_after_a_whole_bold_heading_stays_apart():
    for read in (lambda b: read_web_page(_html(b)), lambda b: read_docx(_docx(b))):
        doc = parse_read(read(HEAD + WHOLE))
        headings = [s.heading for s in doc.iter_sections() if s.heading]
        assert "Hội Nông dân tỉnh" in headings, headings
