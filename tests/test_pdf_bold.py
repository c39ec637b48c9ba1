"""Bold lines of a PDF, known by their fonts' names (PDF printers write every embedded font's weight as 400):
a paragraph printed wholly in bold is a bold block, as a DOCX's bold paragraph is, so a heading over a
team's duties (``1. Ban Chỉ đạo …``) stays a heading.  A line with a bold lead-in only is no bold block.
Invented words (a commune's livestock vaccination)."""

from __future__ import annotations

import io
import sys

import pytest
from conftest import ROOT
from test_pdf_reader import _pdf

from vbparse import parse
from vbparse.read import read_path

sys.path.insert(0, str(ROOT / "scripts"))
import build_fixtures

LINES = [
    (72, 700, 11, "F1", b"UY BAN NHAN DAN XA"),
    (72, 680, 11, "F1", b"Thuc hien ke hoach cua uy ban nhan dan huyen ve tiem phong cho dan gia suc nam nay,"),
    (72, 664, 11, "F1", b"uy ban nhan dan xa xay dung ke hoach to chuc thuc hien nhu sau de cac thon cung lam."),
    (72, 640, 11, "F2", b"1. Ban Chi dao tiem phong gia suc cua xa"),
    (72, 624, 11, "F1", b"- Truong ban chi dao chung cong tac tiem phong tren dia ban xa."),
    (72, 608, 11, "F2", b"Don vi chu tri:"),
    (160, 608, 11, "F1", b"Tram thu y huyen."),
]


def test_a_line_in_a_bold_face_is_a_bold_block_and_a_bold_lead_in_is_not(tmp_path):
    p = tmp_path / "bold.pdf"
    p.write_bytes(_pdf(LINES, font=b"Helvetica-Bold"))
    r = read_path(p, ocr="never")
    blocks = dict(zip(r.mapped.text.split("\n"), r.blocks, strict=True))
    assert blocks["1. Ban Chi dao tiem phong gia suc cua xa"].bold, blocks
    assert not blocks["- Truong ban chi dao chung cong tac tiem phong tren dia ban xa."].bold
    lead_in = [b for t, b in blocks.items() if t.startswith("Don vi chu tri:")]
    assert lead_in and not lead_in[0].bold, blocks


def _duties_docx() -> bytes:
    """A plan whose duties part has bold headings (a body, then its members' duties as ``-`` items)."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    style = d.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("KẾ HOẠCH").bold = True
    d.add_paragraph("Tiêm phòng cho đàn gia súc năm 2026")
    d.add_paragraph().add_run("I. TỔ CHỨC THỰC HIỆN").bold = True
    d.add_paragraph().add_run("1. Ban Chỉ đạo tiêm phòng gia súc của xã Tân Lập").bold = True
    d.add_paragraph("- Đồng chí Trưởng ban chỉ đạo chung công tác tiêm phòng trên địa bàn xã.")
    d.add_paragraph("- Đồng chí Phó Trưởng ban kiểm tra, đôn đốc các thôn tiêm phòng đúng lịch.")
    # a heading longer than a heading's words in plain text: only its bold face says it is one
    d.add_paragraph().add_run(
        "2. Các Phó Trưởng ban phụ trách lĩnh vực chăn nuôi, thú y và phòng chống dịch bệnh của xã Tân Lập"
    ).bold = True
    d.add_paragraph("- Cung ứng vắc xin, hướng dẫn kỹ thuật tiêm phòng cho các thôn.")
    d.add_paragraph("- Tổng hợp kết quả tiêm phòng, báo cáo Ủy ban nhân dân xã trước ngày 30/6/2026.")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.slow
def test_bold_headings_printed_to_pdf_give_the_obligations_of_the_docx(tmp_path):
    if build_fixtures.soffice() is None:
        pytest.skip("LibreOffice (soffice) is needed to print the DOCX")
    docx_bytes = _duties_docx()
    (tmp_path / "plan.docx").write_bytes(docx_bytes)
    (tmp_path / "plan.pdf").write_bytes(build_fixtures.docx_to_pdf(docx_bytes))

    def tasks(name: str) -> list[tuple]:
        doc = parse(tmp_path / name)
        return sorted((o.assignee.raw if o.assignee else "", o.role, o.task) for o in doc.obligations)

    def bold(name: str) -> list[str]:
        r = read_path(tmp_path / name, ocr="never")
        return [t for t, b in zip(r.mapped.text.split("\n"), r.blocks, strict=True) if b.bold]

    assert bold("plan.pdf") == bold("plan.docx")
    assert "2. Các Phó Trưởng ban phụ trách lĩnh vực chăn nuôi, thú y và phòng chống dịch bệnh của xã Tân Lập" in bold(
        "plan.pdf"
    )
    from_docx = tasks("plan.docx")
    assert from_docx, from_docx
    assert tasks("plan.pdf") == from_docx
