"""A scanned page's ruled tables found in its image (``read/image_rules.py``): the borders are runs of ink far
longer than a letter's stroke, turned into the rules a text PDF's drawing gives, so a scanned task table is read
as rows of cells and not as its columns one after the other.  The pages are drawn here."""

from __future__ import annotations

import shutil

import pytest
from PIL import Image, ImageDraw, ImageFont

from vbparse.read.image_rules import image_rules
from vbparse.read.pdf_tables import grids_of

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract not installed")

SCALE = 200 / 72  # 200 dpi, in pixels per point


def _px(points: float) -> int:
    return round(points * SCALE)


def _ruled_page(xs: list[float], ys: list[float]) -> Image.Image:
    image = Image.new("L", (_px(595), _px(842)), 255)
    draw = ImageDraw.Draw(image)
    for y in ys:
        draw.line([(_px(xs[0]), _px(y)), (_px(xs[-1]), _px(y))], fill=0, width=2)
    for x in xs:
        draw.line([(_px(x), _px(ys[0])), (_px(x), _px(ys[-1]))], fill=0, width=2)
    return image


def test_a_ruled_tables_borders_in_the_image_make_its_grid():
    xs, ys = [60.0, 90.0, 330.0, 540.0], [200.0, 230.0, 270.0, 310.0]
    image = _ruled_page(xs, ys)
    draw = ImageDraw.Draw(image)
    draw.line([(_px(100), _px(100)), (_px(300), _px(100))], fill=0, width=2)  # an underline: no table
    for k in range(40):  # letters' strokes: short runs of ink
        x = _px(70 + 12 * k)
        draw.line([(x, _px(400)), (x, _px(409))], fill=0, width=2)
        draw.line([(x, _px(420)), (x + _px(7), _px(420))], fill=0, width=2)
    (grid,) = grids_of(image_rules(image, SCALE))
    assert (grid.n_rows, grid.n_cols) == (3, 3)
    assert grid.xs == pytest.approx(xs, abs=1.5) and grid.ys == pytest.approx(ys, abs=1.5)


def test_a_page_without_borders_has_no_grid():
    image = Image.new("L", (_px(595), _px(842)), 255)
    draw = ImageDraw.Draw(image)
    draw.line([(_px(100), _px(100)), (_px(300), _px(100))], fill=0, width=2)
    draw.line([(_px(60), _px(500)), (_px(60), _px(510))], fill=0, width=2)
    assert grids_of(image_rules(image, SCALE)) == []


@needs_tesseract
@pytest.mark.slow
def test_a_scanned_task_tables_names_stay_in_their_rows(tmp_path):
    """Tesseract reads a table's columns one after the other: without the grid, the names of the second column
    land under all the tasks; with it, each row gives its task to its own people."""
    from vbparse import parse

    try:
        font = ImageFont.truetype("DejaVuSans.ttf", _px(11))
    except OSError:
        pytest.skip("no DejaVu font")
    rows = [
        ("TT", "Nhiệm vụ thực hiện", "Người thực hiện"),
        ("1", "Rà soát hồ sơ của học viên", "Trần Văn Bình"),
        ("2", "Xây dựng bài kiểm tra", "Lê Thị Hoa"),
        ("3", "Tổ chức chấm bài", "Phạm Minh Tuấn"),
    ]
    xs, ys = [60.0, 90.0, 330.0, 540.0], [260.0 + 34 * k for k in range(len(rows) + 1)]
    image = _ruled_page(xs, ys)
    draw = ImageDraw.Draw(image)
    head = [
        "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ",
        "Số: 12/KH-UBND",
        "KẾ HOẠCH",
        "Tổ chức kiểm tra học viên năm 2026",
        "I. PHÂN CÔNG NHIỆM VỤ",
    ]
    for k, text in enumerate(head):
        draw.text((_px(60), _px(80 + 30 * k)), text, fill=0, font=font)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            draw.text((_px(xs[c] + 5), _px(ys[r] + 9)), text, fill=0, font=font)
    path = tmp_path / "quet.pdf"
    image.save(path, "PDF", resolution=200)
    doc = parse(path)
    leads = {(o.assignee.raw, o.task) for o in doc.obligations if o.role == "lead"}
    # another machine's Tesseract may misread a letter: two rows of three at least
    wanted = {(name, task) for _n, task, name in rows[1:]}
    assert len(leads & wanted) >= 2, leads
