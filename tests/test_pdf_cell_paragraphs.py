"""A ruled table's cell that holds several paragraphs (one name a paragraph, as a team's task table lists
the people of a task) keeps them apart in the PDF as in the DOCX: a line after which the next line's first
word would have fitted ended a paragraph; a wrapped line (the word did not fit) goes on.  Invented words
(a warehouse's stocktaking, a test laboratory)."""

from __future__ import annotations

import io
import sys

import pytest
from conftest import ROOT

from vbparse import parse
from vbparse.read.layout import pipe_row_cells
from vbparse.read.pdf_tables import Grid, table_rows

sys.path.insert(0, str(ROOT / "scripts"))
import build_fixtures


def _line(x0: float, text: str, top: float) -> list[dict]:
    """A line of words 5 pt a character, 3 pt apart, from ``x0``."""
    words = []
    for word in text.split():
        words.append({"text": word, "x0": x0, "x1": x0 + 5 * len(word), "top": top, "bottom": top + 12})
        x0 += 5 * len(word) + 3
    return words


def _centred(left: float, right: float, text: str, top: float) -> list[dict]:
    width = sum(5 * len(w) for w in text.split()) + 3 * (len(text.split()) - 1)
    return _line((left + right - width) / 2, text, top)


#: Three columns (number | task | people), a header row and two rows of 48 pt.
GRID = Grid(
    xs=(50.0, 80.0, 305.0, 420.0),
    ys=(100.0, 120.0, 168.0, 216.0),
    walls=((True, True),) * 3,
    floors=((True, True, True),) * 2,
)


def _rows(words: list[dict]) -> list[list[str]]:
    rows, _ = table_rows(GRID, words, keep_columns=True)
    return rows


def test_names_one_a_line_in_a_cell_are_its_parts_and_a_wrapped_task_is_one_text():
    words = (
        _line(55, "TT", 104)
        + _line(85, "Nhiệm vụ", 104)
        + _line(310, "Người thực hiện", 104)
        + _line(55, "1.", 124)
        # the task runs to the cell's right padding: its next word did not fit
        + _line(85, "Kiểm kê toàn bộ vật tư, thiết bị trong kho hàng", 124)
        + _line(85, "dự phòng", 138)
        + _centred(305, 420, "Lê Văn An", 124)
        + _centred(305, 420, "Trần Thị Bình", 138)
    )
    rows = _rows(words)
    assert rows[1] == [
        "1.",
        "Kiểm kê toàn bộ vật tư, thiết bị trong kho hàng dự phòng",
        "Lê Văn An  Trần Thị Bình",
    ], rows


def test_a_name_wrapped_in_a_narrow_cell_is_one_text():
    """Counter-example: a body's name that did not fit on the cell's line goes on, centred or not."""
    words = (
        _line(55, "TT", 104)
        + _line(85, "Nhiệm vụ", 104)
        + _line(310, "Đơn vị thực hiện", 104)
        + _line(55, "2.", 172)
        + _line(85, "Hiệu chuẩn thiết bị đo", 172)
        + _centred(305, 420, "Trung tâm Kiểm định", 172)
        + _centred(305, 420, "Chất lượng", 186)
    )
    rows = _rows(words)
    assert rows[-1] == ["2.", "Hiệu chuẩn thiết bị đo", "Trung tâm Kiểm định Chất lượng"], rows


def test_a_rows_cell_parted_by_two_spaces_has_its_parts():
    line = "| 1. | Kiểm kê vật tư | Lê Văn An  Trần Thị Bình |"
    cells = pipe_row_cells(line)
    assert cells is not None
    assert [line[a:z] for a, z in cells[2].parts] == ["Lê Văn An", "Trần Thị Bình"]
    assert [line[a:z] for a, z in cells[1].parts] == ["Kiểm kê vật tư"]  # one space: one paragraph


TEAM = [
    ("Kiểm kê vật tư, thiết bị trong kho dự phòng", ["Lê Văn An", "Trần Thị Bình", "Phạm Thu Hà"]),
    ("Lập biên bản kiểm kê", ["Trần Thị Bình"]),
    ("Đối chiếu sổ sách kế toán", ["Lê Văn An", "Phạm Thu Hà"]),
]


def _team_docx() -> bytes:
    """A plan whose ruled task table lists the people of each task one a paragraph, centred."""
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
    d.add_paragraph("Kiểm kê kho vật tư năm 2026")
    d.add_paragraph("I. PHÂN CÔNG NHIỆM VỤ")
    table = d.add_table(rows=len(TEAM) + 1, cols=3)
    table.style = "Table Grid"
    for j, text in enumerate(["TT", "Nhiệm vụ thực hiện", "Người thực hiện"]):
        table.cell(0, j).text = text
    for i, (task, people) in enumerate(TEAM, start=1):
        table.cell(i, 0).text = f"{i}."
        table.cell(i, 1).text = task
        cell = table.cell(i, 2)
        cell.text = people[0]
        for name in people[1:]:
            cell.add_paragraph(name)
        for para in cell.paragraphs:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("Các thành viên tổ kiểm kê thực hiện theo phân công.")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.slow
def test_a_team_table_printed_to_pdf_gives_the_obligations_of_its_docx(tmp_path):
    if build_fixtures.soffice() is None:
        pytest.skip("LibreOffice (soffice) is needed to print the DOCX")
    docx_bytes = _team_docx()
    (tmp_path / "plan.docx").write_bytes(docx_bytes)
    (tmp_path / "plan.pdf").write_bytes(build_fixtures.docx_to_pdf(docx_bytes))

    def tasks(name: str) -> list[tuple]:
        doc = parse(tmp_path / name)
        return sorted((o.assignee.raw, o.task) for o in doc.obligations if o.source == "table" and o.assignee)

    from_docx = tasks("plan.docx")
    assert len(from_docx) == 6, from_docx  # a person each of the six names listed
    assert tasks("plan.pdf") == from_docx
