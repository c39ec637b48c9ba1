"""Ruled PDF tables read as cells, and table rows of layout text kept as table blocks.

The PDFs are built here: rules drawn with pdfium (stroked lines, thin filled rectangles, white borders of
a hidden layout table, an underline, a table inside a scaled form XObject), and a DOCX task table
printed by LibreOffice (skipped without ``soffice``).  The real PDFs of ``../shared/realdocs`` are checked
against what their rendered pages show.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from conftest import ROOT, SHARED
from pypdfium2 import raw

from vbparse import parse
from vbparse.read.pdf_tables import Grid, ruled_grids, table_rows
from vbparse.read.pdfium_words import page_text
from vbparse.read.text import read_text_string

sys.path.insert(0, str(ROOT / "scripts"))
import build_fixtures

HAS_SOFFICE = build_fixtures.soffice() is not None
REALDOCS = SHARED / "realdocs"


# --- drawing PDFs with pdfium ----------------------------------------------------------------------


def _line(page, x0, y0, x1, y1, rgb=(0, 0, 0)):
    obj = raw.FPDFPageObj_CreateNewPath(x0, y0)
    raw.FPDFPath_LineTo(obj, x1, y1)
    raw.FPDFPath_SetDrawMode(obj, raw.FPDF_FILLMODE_NONE, True)
    raw.FPDFPageObj_SetStrokeColor(obj, *rgb, 255)
    raw.FPDFPageObj_SetStrokeWidth(obj, 0.5)
    raw.FPDFPage_InsertObject(page.raw, obj)


def _bar(page, x, y, w, h):
    """A thin filled rectangle, as Word prints a table border."""
    obj = raw.FPDFPageObj_CreateNewRect(x, y, w, h)
    raw.FPDFPath_SetDrawMode(obj, raw.FPDF_FILLMODE_WINDING, False)
    raw.FPDFPageObj_SetFillColor(obj, 0, 0, 0, 255)
    raw.FPDFPage_InsertObject(page.raw, obj)


def _grid_lines(page, xs, ys, rgb=(0, 0, 0)):
    """Rules of a full grid, in PDF space (y up)."""
    for y in ys:
        _line(page, xs[0], y, xs[-1], y, rgb)
    for x in xs:
        _line(page, x, ys[0], x, ys[-1], rgb)


def _saved(doc) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _drawn(draw, size=(595, 842)) -> bytes:
    doc = pdfium.PdfDocument.new()
    page = doc.new_page(*size)
    draw(page)
    raw.FPDFPage_GenerateContent(page.raw)
    return _saved(doc)


def _grids(data: bytes, index: int = 0) -> list[Grid]:
    doc = pdfium.PdfDocument(data)
    try:
        return ruled_grids(doc[index])
    finally:
        doc.close()


def _in_form(data: bytes, scale: float, dx: float, dy: float, box=(0, 0, 595, 842)) -> bytes:
    """Page 1 of ``data`` drawn as a form XObject, scaled and moved, on a page whose box is ``box``."""
    src = pdfium.PdfDocument(data)
    doc = pdfium.PdfDocument.new()
    page = doc.new_page(box[2] - box[0], box[3] - box[1])
    xobject = raw.FPDF_NewXObjectFromPage(doc.raw, src.raw, 0)
    form = raw.FPDF_NewFormObjectFromXObject(xobject)
    raw.FPDFPageObj_Transform(form, scale, 0, 0, scale, dx, dy)
    raw.FPDFPage_InsertObject(page.raw, form)
    raw.FPDFPage_GenerateContent(page.raw)
    raw.FPDF_CloseXObject(xobject)
    page.set_mediabox(*box)
    return _saved(doc)


def _close(a, b, tol=0.6):
    return len(a) == len(b) and all(abs(x - y) <= tol for x, y in zip(a, b))


# --- rules → grids ---------------------------------------------------------------------------------


def test_stroked_grid_is_found_in_page_coordinates():
    # 3 rows × 2 columns, top at y = 700 in PDF space, i.e. 142 pt below the top of an 842 pt page
    data = _drawn(lambda p: _grid_lines(p, [100, 250, 400], [700, 680, 660, 640]))
    (g,) = _grids(data)
    assert (g.n_rows, g.n_cols) == (3, 2)
    assert _close(g.xs, [100, 250, 400]) and _close(g.ys, [142, 162, 182, 202])
    assert all(all(row) for row in g.walls) and all(all(row) for row in g.floors)


def test_thin_filled_rectangles_drawn_in_pieces_are_rules():
    def draw(page):
        for y in (500, 470, 440):  # each horizontal border in two abutting pieces
            _bar(page, 80, y, 120, 0.6)
            _bar(page, 200, y, 100, 0.6)
        for x in (80, 180, 300):  # each vertical border one piece per row
            _bar(page, x, 470, 0.6, 30.6)
            _bar(page, x, 440, 0.6, 30.6)
        _bar(page, 80, 300, 220, 20)  # a shaded block, not a rule

    (g,) = _grids(_drawn(draw))
    assert (g.n_rows, g.n_cols) == (2, 2)
    assert _close(g.xs, [80.3, 180.3, 300.3]) and _close(g.ys, [342.0, 372.0, 402.0], tol=0.8)


def test_underline_white_borders_and_single_boxes_are_not_tables():
    def draw(page):
        _line(page, 250, 780, 345, 780)  # the rule under "Độc lập - Tự do - Hạnh phúc"
        _line(page, 60, 760, 200, 760)  # the short rule under the issuer
        _grid_lines(page, [60, 300, 540], [700, 600, 500], rgb=(255, 255, 255))  # a hidden layout table
        _grid_lines(page, [400, 540], [200, 150])  # the frame of a signature stamp: one cell
        _grid_lines(page, [60, 200, 340], [120, 100])  # one row only

    assert _grids(_drawn(draw)) == []


def test_tables_in_a_scaled_form_xobject_and_an_offset_page_box():
    data = _drawn(lambda p: _grid_lines(p, [100, 200, 300], [700, 680, 660]))
    # scaled by a half and moved by (50, 20); the page box starts at (10, 5)
    moved = _in_form(data, 0.5, 50, 20, box=(10, 5, 605, 847))
    (g,) = _grids(moved)
    # x: 100·0.5 + 50 − 10 = 90 …; y: 847 − (700·0.5 + 20) = 477 …
    assert _close(g.xs, [90, 140, 190]) and _close(g.ys, [477, 487, 497])


def test_rules_read_through_the_lean_bindings_are_those_of_pypdfium2s_own():
    """The path walk calls pdfium's functions declared anew to take plain addresses (``pdfium_lean``): the
    same C functions, so the same rules as through pypdfium2's checked bindings, in a form XObject too."""
    from vbparse.read.pdf_tables import _PathReader

    def draw(page):
        _grid_lines(page, [100, 250, 400], [700, 680, 660])
        for y in (500, 470):
            _bar(page, 80, y, 120, 0.6)
        _line(page, 60, 300, 200, 305)  # leaning: no rule

    doc = pdfium.PdfDocument(_in_form(_drawn(draw), 0.5, 50, 20, box=(10, 5, 605, 847)))
    try:
        page = doc[0]
        left, _bottom, _right, top = page.get_bbox()
        lean, checked = _PathReader(left, top), _PathReader(left, top)
        checked.raw = raw
        lean.walk_page(page.raw)
        checked.walk_page(page.raw)
        page.close()
    finally:
        doc.close()
    assert lean.raw is not raw and lean.raw.FPDFPath_CountSegments is not raw.FPDFPath_CountSegments
    assert len(lean.horizontal) == 5 and len(lean.vertical) == 3
    assert (lean.horizontal, lean.vertical) == (checked.horizontal, checked.vertical)


# --- grid + words → rows ---------------------------------------------------------------------------


def _word(text, x0, top, w=None, h=10.0):
    w = w if w is not None else 5.0 * len(text)
    return {"text": text, "x0": x0, "x1": x0 + w, "top": top, "bottom": top + h, "size": h}


def test_table_rows_reading_order_merges_and_used_words():
    # 4 columns at 0 | 100 | 200 | 300 | 400, 4 rows at 0 | 30 | 60 | 90 | 120
    # row 1: columns 1 and 2 merged; column 0 of rows 2–3 merged; row 3 is empty apart from the merge
    grid = Grid(
        xs=(0, 100, 200, 300, 400),
        ys=(0, 30, 60, 90, 120),
        walls=((True, True, True), (True, False, True), (True, True, True), (True, True, True)),
        floors=((True, True, True, True), (True, True, True, True), (False, True, True, True)),
    )
    words = [
        _word("Thời", 310, 3),
        _word("hạn", 335, 3),
        _word("Nhiệm", 5, 3),
        _word("vụ", 40, 3),
        _word("Chủ", 105, 3),
        _word("trì", 130, 3),
        _word("Phối", 205, 3),
        _word("hợp", 230, 3),
        _word("vụ", 40, 15),
        _word("Rà", 5, 15),  # a second line, drawn out of order (its first word would have fitted on the first)
        _word("soát", 5, 33),
        _word("thủ", 35, 33),
        _word("tục", 5, 45),
        _word("Sở", 160, 38),
        _word("Tư", 185, 38),
        _word("pháp", 205, 38),  # across the merged columns
        _word("Quý", 305, 33),
        _word("III/2026", 330, 33),
        _word("Kiểm", 5, 70),
        _word("tra", 5, 95),  # one merged cell over rows 2 and 3
        _word("Sở", 105, 63),
        _word("Nội", 120, 63),
        _word("vụ", 140, 63),
        _word("Trang", 100, 200),  # below the table
    ]
    rows, used = table_rows(grid, words)
    assert rows == [
        # the first line ended short of the cell's edge: two paragraphs of the cell, parted by ``PART_GAP``
        ["Nhiệm vụ  Rà vụ", "Chủ trì", "Phối hợp", "Thời hạn"],
        ["soát thủ tục", "Sở Tư pháp", "Quý III/2026"],
        ["Kiểm tra", "Sở Nội vụ", "", ""],
    ]
    assert used == set(range(len(words) - 1))
    rows, _ = table_rows(grid, words, keep_columns=True)
    assert rows[1] == ["soát thủ tục", "Sở Tư pháp", "", "Quý III/2026"]


def test_a_vertically_merged_cell_leaves_an_empty_cell_below():
    grid = Grid(
        xs=(0, 100, 200), ys=(0, 20, 40, 60), walls=((True,), (True,), (True,)), floors=((True, True), (False, True))
    )
    words = [_word("A", 5, 5), _word("B", 105, 5), _word("C", 5, 35), _word("D", 105, 25), _word("E", 105, 45)]
    assert table_rows(grid, words)[0] == [["A", "B"], ["C", "D"], ["", "E"]]


# --- a task table printed by LibreOffice -----------------------------------------------------------

HEADER: list[str | None] = ["Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
TASKS: list[list[str | None]] = [
    [
        "Rà soát, đánh giá thủ tục hành chính thuộc phạm vi quản lý của tỉnh",
        "Sở Nội vụ",
        "Các sở, ban, ngành",
        "Tháng 6/2026",
    ],
    [
        "Tuyên truyền cải cách hành chính",
        "Sở Văn hóa, Thể thao và Du lịch chủ trì, các cơ quan báo chí phối hợp",
        None,
        "Quý IV/2026",
    ],
    ["Kiểm tra công tác cải cách hành chính", "Sở Tư pháp", "UBND các xã, phường", None],
]


def _task_table_docx() -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)  # A4, as Vietnamese documents are
    style = d.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run("Độc lập - Tự do - Hạnh phúc")
    run.bold = run.underline = True
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("KẾ HOẠCH").bold = True
    d.add_paragraph("Ủy ban nhân dân tỉnh giao nhiệm vụ cho các cơ quan như sau:")
    t = d.add_table(rows=1 + len(TASKS), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate([HEADER] + TASKS):
        for j, text in enumerate(row):
            if text is not None:
                t.cell(i, j).text = text
    t.cell(2, 1).merge(t.cell(2, 2))  # one body across chủ trì and phối hợp
    t.cell(2, 3).merge(t.cell(3, 3))  # one deadline for two tasks
    d.add_paragraph("Các cơ quan báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2026.")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.fixture(scope="module")
def task_table_pdf() -> bytes:
    if not HAS_SOFFICE:
        pytest.skip("LibreOffice (soffice) is needed to print the DOCX")
    return build_fixtures.docx_to_pdf(_task_table_docx())


EXPECTED_ROWS = [
    HEADER,
    TASKS[0],
    [
        "Tuyên truyền cải cách hành chính",
        "Sở Văn hóa, Thể thao và Du lịch chủ trì, các cơ quan báo chí phối hợp",
        "Quý IV/2026",
    ],
    ["Kiểm tra công tác cải cách hành chính", "Sở Tư pháp", "UBND các xã, phường", ""],
]


def _rows_of(data: bytes, **kw) -> tuple[Grid, list[list[str]], list[dict], set[int]]:
    doc = pdfium.PdfDocument(data)
    try:
        page = doc[0]
        grids = ruled_grids(page)
        words = page_text(page, short_page=80)[0].words
    finally:
        doc.close()
    assert len(grids) == 1
    rows, used = table_rows(grids[0], words, **kw)
    return grids[0], rows, words, used


@pytest.mark.slow
def test_task_table_printed_by_libreoffice(task_table_pdf):
    grid, rows, words, used = _rows_of(task_table_pdf)
    assert (grid.n_rows, grid.n_cols) == (4, 4)
    assert rows == EXPECTED_ROWS
    # the first task is wrapped over more than one line of its cell
    first = [
        w
        for w in words
        if w["text"] in ("Rà", "tỉnh") and grid.xs[0] < w["x0"] < grid.xs[1] and grid.ys[1] < w["top"] < grid.ys[2]
    ]
    assert len({round(w["top"]) for w in first}) == 2
    # the words around the table (the underlined motto, the type line, the sentences) are not used
    outside = {w["text"] for k, w in enumerate(words) if k not in used}
    assert {"Hạnh", "KẾ", "HOẠCH", "15/12/2026."} <= outside
    assert not {"Nhiệm", "IV/2026", "phường"} & outside
    _, padded, _, _ = _rows_of(task_table_pdf, keep_columns=True)
    assert padded[2] == EXPECTED_ROWS[2][:2] + [""] + EXPECTED_ROWS[2][2:]
    assert all(len(r) == 4 for r in padded)


def test_task_table_inside_a_scaled_form_xobject(task_table_pdf):
    plain, _, _, _ = _rows_of(task_table_pdf)
    height = pdfium.PdfDocument(task_table_pdf)[0].get_height()
    moved = _in_form(task_table_pdf, 0.8, 30, 40, box=(0, 0, 595, 842))
    grid, rows, _, _ = _rows_of(moved)
    assert rows == EXPECTED_ROWS
    assert _close(grid.xs, [0.8 * x + 30 for x in plain.xs], tol=1.0)
    assert _close(grid.ys, [842 - (0.8 * (height - y) + 40) for y in plain.ys], tol=1.0)


# --- table rows in layout text ---------------------------------------------------------------------

LAYOUT = (
    "ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "  TỈNH LÂM ĐỒNG                          Độc lập - Tự do - Hạnh phúc\n"
    "Số: 12/KH-UBND                      Lâm Đồng, ngày 10 tháng 3 năm 2026\n"
    "\n"
    "                              KẾ HOẠCH\n"
    "                   Cải cách hành chính năm 2026\n"
    "\n"
    "I. TỔ CHỨC THỰC HIỆN\n"
    "     1. Các cơ quan thực hiện các nhiệm vụ\n"
    "sau:\n"
    "| Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n"
    "| Rà soát thủ tục hành chính | Sở Tư pháp | Sở Nội vụ | Quý III/2026 |\n"
    "  | Tuyên truyền cải cách hành chính | Sở Văn hóa, Thể thao và Du lịch |  | Tháng 12/2026 |\n"
    "tiếp theo trang trước\n"
    "| STT | Nội dung |\n"
    "| 1 | Tổng kết |\n"
    "     2. Sở Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch và báo cáo Ủy ban nhân dân\n"
    "tỉnh trước ngày 15/12/2026.\n"
    "Nơi nhận:                                        CHỦ TỊCH\n"
    "- Như trên;\n"
    "| Phụ lục | Kèm theo |\n"
    "- Lưu: VT.                                     Nguyễn Văn An\n"
)


def test_layout_pipe_rows_are_table_blocks_with_cells():
    r = read_text_string(LAYOUT)
    assert r.format == "txt-layout"
    lines = r.mapped.text.split("\n")
    assert len(lines) == len(r.blocks)
    tables = [
        (b.table, b.row, [ln[c.start : c.end] for c in b.cells], b.column)
        for ln, b in zip(lines, r.blocks)
        if b.cells is not None
    ]
    assert tables == [
        (0, 0, HEADER, None),
        (0, 1, ["Rà soát thủ tục hành chính", "Sở Tư pháp", "Sở Nội vụ", "Quý III/2026"], None),
        (0, 2, ["Tuyên truyền cải cách hành chính", "Sở Văn hóa, Thể thao và Du lịch", "", "Tháng 12/2026"], None),
        (1, 0, ["STT", "Nội dung"], None),
        (1, 1, ["1", "Tổng kết"], None),
        (2, 0, ["Phụ lục", "Kèm theo"], None),  # in the closing zone: kept whole, not split as columns
    ]
    # each cell leads back to the same text in the original
    line_start = 0
    for ln, b in zip(lines, r.blocks):
        for c in b.cells or []:
            a = r.mapped.to_original(line_start + c.start)
            z = r.mapped.to_original(line_start + c.end, end=True)
            assert LAYOUT[a:z] == ln[c.start : c.end]
        line_start += len(ln) + 1
    text = [(ln, b.column) for ln, b in zip(lines, r.blocks) if b.cells is None]
    # paragraphs around the tables are joined as before, never with a row
    assert ("1. Các cơ quan thực hiện các nhiệm vụ sau:", None) in text
    assert ("tiếp theo trang trước", None) in text
    closing_sentence = (
        "2. Sở Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch và báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2026."
    )
    assert (closing_sentence, None) in text
    # the header and the closing zone are still two columns
    assert ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "right") in text and ("ỦY BAN NHÂN DÂN", "left") in text
    assert ("- Lưu: VT.", "left") in text and ("Nguyễn Văn An", "right") in text


def _row_blocks(text: str) -> list[tuple]:
    r = read_text_string(text)
    return [
        (b.table, b.row, [ln[c.start : c.end] for c in b.cells])
        for ln, b in zip(r.mapped.text.split("\n"), r.blocks)
        if b.cells is not None
    ]


def test_ocr_lines_with_rules_read_as_bars_stay_text():
    # Tesseract reads the rules of a scanned table as "|", spaced as the page happens to be
    head = LAYOUT[: LAYOUT.index("| Nhiệm vụ")]
    text = head + (
        "                    | 2469992.7255 | '432               |\n"
        "              |                                    Fzi01308021 21T           |         |\n"
    )
    assert _row_blocks(text) == []


def test_markdown_rule_under_a_header_row_is_no_block():
    head = LAYOUT[: LAYOUT.index("| Nhiệm vụ")]
    text = head + "| STT | Nội dung |\n|---|---|\n| 1 | Tổng kết |\nHết.\n"
    assert _row_blocks(text) == [(0, 0, ["STT", "Nội dung"]), (0, 1, ["1", "Tổng kết"])]
    assert "|---|" not in read_text_string(text).mapped.text


def test_task_table_of_layout_text_gives_obligations():
    got = [
        (o.assignee.raw, o.role, o.deadline.isoformat() if o.deadline else None)
        for o in parse(LAYOUT).obligations
        if o.source == "table"
    ]
    assert ("Sở Tư pháp", "lead", "2026-09-30") in got
    assert ("Sở Nội vụ", "support", "2026-09-30") in got
    assert ("Sở Văn hóa, Thể thao và Du lịch", "lead", "2026-12-31") in got


# --- the real PDFs ---------------------------------------------------------------------------------

#: What the rendered pages show (pdftoppm, looked at page by page): page → (rows, columns) of each ruled
#: table.  Every other text-layer PDF of the folder has none (58's body sits in a white-ruled layout table).
REAL_TABLES = {
    "18_": {4: [(6, 5)]},  # Phụ lục I, kế hoạch kiểm tra (garbled text layer, the rules are fine)
    "36_": {
        25: [(16, 5)],
        26: [(7, 5)],
        27: [(15, 5)],
        28: [(19, 5)],
        29: [(6, 5)],
        30: [(14, 5)],
        31: [(9, 5)],
        32: [(15, 5)],
        33: [(15, 5)],
        34: [(17, 5)],
        35: [(12, 5)],
    },  # biểu mẫu 1–…
    "38_": {2: [(4, 3)], 5: [(37, 4)], 6: [(42, 4)], 7: [(10, 4), (29, 4)], 8: [(43, 4)], 9: [(17, 4)]},
    "40_": {4: [(6, 4)]},  # Phụ lục, danh sách các đơn vị kiểm tra
}
REAL_PDFS = sorted(REALDOCS.glob("*.pdf")) if REALDOCS.is_dir() else []


@pytest.mark.skipif(not REAL_PDFS, reason="../shared/realdocs not present")
@pytest.mark.parametrize("path", REAL_PDFS, ids=lambda p: p.name[:3])
def test_ruled_tables_of_the_real_pdfs(path: Path):
    doc = pdfium.PdfDocument(str(path))
    found: dict[int, list[tuple[int, int]]] = {}
    try:
        for index in range(len(doc)):
            page = doc[index]
            grids = ruled_grids(page)
            if grids:
                found[index + 1] = [(g.n_rows, g.n_cols) for g in grids]
            page.close()
    finally:
        doc.close()
    assert found == REAL_TABLES.get(path.name[:3], {})


@pytest.mark.skipif(not (REAL_PDFS and any(p.name.startswith("38_") for p in REAL_PDFS)), reason="38_ not present")
def test_real_coordinates_and_objectives_tables():
    (path,) = [p for p in REAL_PDFS if p.name.startswith("38_")]
    doc = pdfium.PdfDocument(str(path))
    try:
        out = {}
        for index in (1, 4):
            page = doc[index]
            words = page_text(page, short_page=80)[0].words
            out[index + 1] = [table_rows(g, words)[0] for g in ruled_grids(page)]
            page.close()
    finally:
        doc.close()
    (objectives,) = out[2]
    assert objectives[0] == ["TT", "Mục tiêu hoạt động", "Mã ngành theo VSIC"]
    assert objectives[3] == ["3", "Hoạt động tư vấn quản lý gồm: hướng dẫn và trợ giúp điều hành doanh nghiệp", "7020"]
    (coordinates,) = out[5]
    assert coordinates[1] == ["Mốc", "X", "Y", ""]
    # the area is one cell merged down the whole table: its value in the first row, empty below
    assert coordinates[2] == ["M1", "2498697,55", "407129,25", "763.876,85"]
    assert coordinates[-1] == ["M35", "2497896,76", "407299,68", ""]


def _two_bars_one_path(page):
    """One filled path of two thin subpaths (two rules), as some printers draw a row's borders."""
    obj = raw.FPDFPageObj_CreateNewPath(100, 500)
    for x, y in ((400, 500), (400, 501), (100, 501)):
        raw.FPDFPath_LineTo(obj, x, y)
    raw.FPDFPath_Close(obj)
    raw.FPDFPath_MoveTo(obj, 100, 400)
    for x, y in ((400, 400), (400, 401), (100, 401)):
        raw.FPDFPath_LineTo(obj, x, y)
    raw.FPDFPath_Close(obj)
    raw.FPDFPath_SetDrawMode(obj, raw.FPDF_FILLMODE_WINDING, False)
    raw.FPDFPageObj_SetFillColor(obj, 0, 0, 0, 255)
    raw.FPDFPage_InsertObject(page.raw, obj)


def test_a_filled_bar_is_read_from_its_box_as_from_its_points(monkeypatch):
    """Word's table borders, thousands of filled thin rectangles a page, are read from the box pdfium gives
    (issue 40: a 300-page PDF's tables cost a tenth of its parse): the rules are those its points give, for
    a bar moved and scaled by its matrix; a turned bar, or a path of two subpaths, is read point by point."""
    from vbparse.read.pdf_tables import _PathReader, page_rules

    def draw(page):
        _bar(page, 100, 700, 300, 0.75)
        _bar(page, 100, 600, 0.5, 100)
        moved = raw.FPDFPageObj_CreateNewRect(0, 0, 200, 1)
        raw.FPDFPath_SetDrawMode(moved, raw.FPDF_FILLMODE_WINDING, False)
        raw.FPDFPageObj_SetFillColor(moved, 0, 0, 0, 255)
        raw.FPDFPageObj_Transform(moved, 1.5, 0, 0, 0.5, 50, 300)
        raw.FPDFPage_InsertObject(page.raw, moved)
        turned = raw.FPDFPageObj_CreateNewRect(0, 0, 1, 200)
        raw.FPDFPath_SetDrawMode(turned, raw.FPDF_FILLMODE_WINDING, False)
        raw.FPDFPageObj_SetFillColor(turned, 0, 0, 0, 255)
        raw.FPDFPageObj_Transform(turned, 0, 1, -1, 0, 400, 200)  # a quarter turn: a horizontal rule
        raw.FPDFPage_InsertObject(page.raw, turned)
        _two_bars_one_path(page)

    doc = pdfium.PdfDocument(_drawn(draw))
    try:
        asked: list[bool] = []
        one = _PathReader._one_straight_subpath
        monkeypatch.setattr(
            _PathReader, "_one_straight_subpath", lambda self, obj: asked.append(one(self, obj)) or asked[-1]
        )
        by_box = page_rules(doc[0])
        monkeypatch.setattr(_PathReader, "_one_straight_subpath", lambda self, obj: False)
        by_points = page_rules(doc[0])
    finally:
        doc.close()
    assert asked.count(True) == 3 and asked.count(False) == 1  # the turned bar is not asked: its matrix turns
    for got, want in ((by_box.horizontal, by_points.horizontal), (by_box.vertical, by_points.vertical)):
        assert len(got) == len(want) and all(
            _close((g.at, g.lo, g.hi), (w.at, w.lo, w.hi), tol=0.01) for g, w in zip(got, want)
        ), (got, want)
    assert len(by_box.horizontal) == 5 and len(by_box.vertical) == 1  # 700, 300, the turned one, the two
