"""Tables printed without vertical rules (none at all, or horizontal rules only) read as cells: the task
table of a plan gives the same obligations from its PDF as from its DOCX."""

from __future__ import annotations

import io
import sys

import pypdfium2 as pdfium
import pytest
from conftest import ROOT

from vbparse import parse
from vbparse.read.aligned_tables import aligned_grids
from vbparse.read.lines import group_lines
from vbparse.read.pdf_tables import grids_of, page_rules, table_rows
from vbparse.read.pdfium_words import page_text

sys.path.insert(0, str(ROOT / "scripts"))
import build_fixtures

HEADER = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
TASKS = [
    [
        "1",
        "Rà soát, đánh giá thủ tục hành chính thuộc phạm vi quản lý của tỉnh",
        "Sở Nội vụ",
        "Các sở, ban, ngành",
        "Tháng 6/2026",
    ],
    ["2", "Tuyên truyền cải cách hành chính", "Sở Văn hóa, Thể thao và Du lịch", "Các cơ quan báo chí", "Quý IV/2026"],
    ["3", "Kiểm tra công tác cải cách hành chính", "Sở Tư pháp", "UBND các xã, phường", "Tháng 11/2026"],
]


def _plan_docx(borders: str, numbered: bool) -> bytes:
    """A plan whose task table has no borders (``none``) or horizontal rules only (``horizontal``)."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
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
    d.add_paragraph("Cải cách hành chính năm 2026")
    d.add_paragraph("I. TỔ CHỨC THỰC HIỆN")
    d.add_paragraph("Các cơ quan thực hiện các nhiệm vụ sau:")
    rows = [r if numbered else r[1:] for r in [HEADER, *TASKS]]
    table = d.add_table(rows=len(rows), cols=len(rows[0]))  # the template's table style draws no border
    if borders == "horizontal":
        edges = OxmlElement("w:tblBorders")
        for edge in ("top", "bottom", "insideH"):
            e = OxmlElement(f"w:{edge}")
            for key, value in (("val", "single"), ("sz", "4"), ("color", "000000")):
                e.set(qn(f"w:{key}"), value)
            edges.append(e)
        table._tbl.tblPr.append(edges)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    d.add_paragraph("Sở Nội vụ theo dõi, tổng hợp kết quả thực hiện Kế hoạch.")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.fixture(
    scope="module",
    params=[("none", True), ("horizontal", True), ("none", False)],
    ids=["no-borders", "horizontal-rules", "no-borders-no-numbers"],
)
def printed_plan(request) -> tuple[bytes, bytes, bool]:
    if build_fixtures.soffice() is None:
        pytest.skip("LibreOffice (soffice) is needed to print the DOCX")
    borders, numbered = request.param
    docx_bytes = _plan_docx(borders, numbered)
    return docx_bytes, build_fixtures.docx_to_pdf(docx_bytes), numbered


@pytest.mark.slow
def test_columns_without_rules_are_read_as_cells_row_by_row(printed_plan):
    _, pdf_bytes, numbered = printed_plan
    pdf = pdfium.PdfDocument(pdf_bytes)
    try:
        page = pdf[0]
        text, _ = page_text(page, short_page=80)
        rules = page_rules(page)
        assert not grids_of(rules)  # no vertical rule: nothing for the ruled reader
        grids = aligned_grids(text.lines if text.lines is not None else group_lines(text.words), rules.horizontal, [])
    finally:
        pdf.close()
    assert len(grids) == 1
    rows, _ = table_rows(grids[0], text.words, keep_columns=True)
    assert rows == [r if numbered else r[1:] for r in [HEADER, *TASKS]]


@pytest.mark.slow
def test_the_table_gives_the_same_obligations_as_the_docx(printed_plan, tmp_path):
    docx_bytes, pdf_bytes, _ = printed_plan
    (tmp_path / "plan.docx").write_bytes(docx_bytes)
    (tmp_path / "plan.pdf").write_bytes(pdf_bytes)

    def tasks(name: str) -> list[tuple]:
        doc = parse(tmp_path / name)
        return [(o.assignee.canonical, o.role, o.deadline, o.task) for o in doc.obligations if o.source == "table"]

    from_docx = tasks("plan.docx")
    assert len(from_docx) == 6  # a lead and a support body for each of the three tasks
    assert tasks("plan.pdf") == from_docx


def _line(*cells: tuple[float, str], top: float) -> list[dict]:
    """A line of words: each cell ``(x0, text)`` a run of words 5 pt wide, 3 pt apart."""
    words = []
    for x0, text in cells:
        for word in text.split():
            words.append({"text": word, "x0": x0, "x1": x0 + 5 * len(word), "top": top, "bottom": top + 12})
            x0 += 5 * len(word) + 3
    return words


def test_a_header_with_a_blank_day_and_a_signature_block_are_no_table():
    lines = [
        _line((60, "ỦY BAN NHÂN DÂN"), (300, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), top=40),
        _line((70, "TỈNH LÀO CAI"), (330, "Độc lập - Tự do - Hạnh phúc"), top=56),
        _line((60, "Số: /SCT-CN"), (300, "Lào Cai, ngày"), (400, "tháng 3 năm 2026"), top=80),
        _line((250, "KẾ HOẠCH"), top=110),
        _line((60, "Nơi nhận:"), (340, "KT. CHỦ TỊCH"), top=600),
        _line((60, "- Như trên;"), (340, "PHÓ CHỦ TỊCH"), top=616),
    ]
    assert aligned_grids(lines, [], []) == []


def test_prose_across_the_columns_ends_a_table_and_a_heading_after_it_stays_text():
    lines = [_line((60, "TT"), (100, "Nhiệm vụ"), (300, "Chủ trì"), (420, "Thời hạn"), top=100)]
    for k in range(3):
        lines.append(_line((60, str(k + 1)), (100, "Kiểm tra"), (300, "Sở Tư pháp"), (420, "Quý II"), top=130 + 30 * k))
    lines.append(_line((60, "II. KINH PHÍ"), top=230))  # fits the first columns: a heading, not a row
    lines.append(_line((60, "Kinh phí thực hiện Kế hoạch do ngân sách tỉnh bảo đảm theo quy định hiện hành"), top=260))
    grids = aligned_grids(lines, [], [])
    assert len(grids) == 1
    assert grids[0].n_cols == 4 and grids[0].n_rows == 4
    assert grids[0].ys[-1] < 230  # the heading is below the table
