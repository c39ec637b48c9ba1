"""Headers and signature blocks of Word files laid out without a layout table (issue 24's new documents):
tabs or runs of spaces between the columns (108, a .doc of 2009; 135, a draft of 2024), a Party header in a
table (37), and a Chỉ thị whose body opens on prose right under its title."""

from __future__ import annotations

import datetime as dt
import io

import docx
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Twips

from vbparse import parse_text
from vbparse.extract.numbers import parse_number
from vbparse.pipeline import parse_read
from vbparse.read.docx import read_docx

PROSE = (
    "Trong thời gian qua, hoạt động khoa học và công nghệ cấp cơ sở được tỉnh quan tâm, chỉ đạo. Tất cả các "
    "huyện đã thành lập hội đồng khoa học và công nghệ."
)


def _parse_docx(paragraphs: list[tuple[str, list[int]]], table: list[list[str]] | None = None):
    """A DOCX of ``(text, tab stops in twips)`` paragraphs, after an optional two-column table."""
    d = docx.Document()
    if table is not None:
        t = d.add_table(rows=len(table), cols=2)
        for r, row in enumerate(table):
            for c, text in enumerate(row):
                t.cell(r, c).text = text
    for text, stops in paragraphs:
        p = d.add_paragraph(text)
        for pos in stops:
            p.paragraph_format.tab_stops.add_tab_stop(Twips(pos), WD_TAB_ALIGNMENT.CENTER)
    buf = io.BytesIO()
    d.save(buf)
    return parse_read(read_docx(buf.getvalue(), path="x.docx"))


def test_a_header_and_a_signature_block_laid_out_with_tabs_are_read_as_columns():
    stops = [1080, 6160]
    doc = _parse_docx(
        [
            ("\tỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", stops),
            ("\tTỈNH BÌNH DƯƠNG\tĐộc lập - Tự do - Hạnh phúc", stops),
            ("\tSố: 09/2009/CT-UBND\tThủ Dầu Một, ngày 15 tháng 4 năm 2009", stops),
            ("CHỈ THỊ", []),
            ("Về việc đẩy mạnh hoạt động khoa học và công nghệ cấp cơ sở", []),
            (PROSE, []),
            ("1. Sở Khoa học và Công nghệ chủ trì hướng dẫn các huyện xây dựng kế hoạch.", []),
            ("Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", [6160]),
            ("- Bộ Khoa học và Công nghệ;\tKT. CHỦ TỊCH", [6160]),
            ("- Thường trực Tỉnh ủy;", []),
            ("- Lưu: VT.\tPHÓ CHỦ TỊCH", [6160]),
            ("\t\tNguyễn Văn Hiệp", [3000, 6160]),
        ]
    )
    assert doc.issuer.name == "ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG"
    assert doc.place == "Thủ Dầu Một" and doc.issued_date == dt.date(2009, 4, 15)
    assert doc.title == "Về việc đẩy mạnh hoạt động khoa học và công nghệ cấp cơ sở"
    s = doc.signer
    assert (s.authority, s.on_behalf_of, s.position, s.name) == (
        "TM.",
        "ỦY BAN NHÂN DÂN",
        "PHÓ CHỦ TỊCH",
        "Nguyễn Văn Hiệp",
    )
    assert [r.name for r in doc.recipients] == ["Bộ Khoa học và Công nghệ", "Thường trực Tỉnh ủy"]
    assert doc.archive == ["VT"]


def test_a_signature_block_laid_out_with_spaces_is_read_as_a_column():
    pad = " " * 60
    doc = _parse_docx(
        [
            ("Điều 4. Giám đốc Công ty Điện lực Trà Vinh có trách nhiệm thi hành Quyết định này./.", []),
            ("Nơi nhận:" + pad + "KT.GIÁM ĐỐC", []),
            (" - Như điều 4;" + pad + "PHÓ GIÁM ĐỐC", []),
            (" - Lưu: VT, DD.", []),
            ("", []),
            (" " * 110 + "Lê Đặng Xuân Tân", []),
        ],
        table=[["TRUNG TÂM ĐIỀU ĐỘ\nHỆ THỐNG ĐIỆN MIỀN NAM\nSố: /QĐ-ĐĐMN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]],
    )
    s = doc.signer
    assert (s.authority, s.on_behalf_of, s.position, s.name) == ("KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Đặng Xuân Tân")
    assert [r.name for r in doc.recipients] == ["Như điều 4"]


def test_tabs_inside_the_body_stay_spaces():
    doc = _parse_docx(
        [
            ("\tỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", [1080, 6160]),
            ("KẾ HOẠCH", []),
            ("Tổ chức hội nghị", []),
            ("I. MỤC ĐÍCH", []),
            ("a)\tSở Tài chính\tbố trí kinh phí.", [567, 6160]),
        ]
    )
    assert any(s.text and "Sở Tài chính bố trí kinh phí" in s.text for s in doc.iter_sections())


def test_a_party_header_in_a_table_is_read_as_the_header():
    doc = _parse_docx(
        [("QUY CHẾ", []), ("làm việc của Ban Chấp hành Đảng bộ xã nhiệm kỳ 2025 - 2030", []), ("Điều 1. Phạm vi", [])],
        table=[
            [
                "HUYỆN UỶ ĐỒNG VĂN\nĐẢNG UỶ XÃ LŨNG CÚ\n*\nSố      -QC/ĐU",
                "ĐẢNG CỘNG SẢN VIỆT NAM\nLũng Cú, ngày    tháng 10 năm 2025",
            ]
        ],
    )
    assert (doc.issuer.name, doc.issuer.parent) == ("ĐẢNG UỶ XÃ LŨNG CÚ", "HUYỆN UỶ ĐỒNG VĂN")
    assert doc.number.value == "-QC/ĐU" and doc.number.serial is None and doc.number.form == "party"
    assert doc.place == "Lũng Cú" and doc.issued_date_parts.month == 10


def test_a_blank_party_serial_is_blank_not_unreadable():
    n = parse_number("-QC/ĐU")
    assert (n.value, n.serial, n.type_code, n.issuer_code, n.form) == ("-QC/ĐU", None, "QC", "ĐU", "party")


def test_a_directives_title_stops_where_its_prose_begins():
    doc = parse_text(
        "ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG\nSố: 09/2009/CT-UBND\nCHỈ THỊ\n"
        "Về việc đẩy mạnh hoạt động khoa học và công nghệ cấp cơ sở\n" + PROSE + "\n"
    )
    assert doc.title == "Về việc đẩy mạnh hoạt động khoa học và công nghệ cấp cơ sở"
