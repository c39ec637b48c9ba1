"""Words keep their boxes from the PDF reader to the document and its page images (issue 24)."""

from __future__ import annotations

import io
import math
from array import array

import pytest
from conftest import CORPUS

from vbparse import parse
from vbparse.chars import fold
from vbparse.read import read_path
from vbparse.read.boxes import WordBoxes
from vbparse.read.ocr import tesseract_languages
from vbparse.web.view_pdf import outlines
from vbparse.web.view_text import Mark

PDF_23 = CORPUS / "realdocs" / "23_ttr-snv-lamdong-ban-hanh-kh-tuyen-truyen-cchc.pdf"


def _words(text: str, page: int = 1, top: float = 100.0, conf: float | None = None) -> WordBoxes:
    """Each word of one line ``text`` boxed 6 points a character from x = 50."""
    boxes = WordBoxes()
    start = 0
    for word in text.split():
        start = text.index(word, start)
        x0 = 50 + 6 * start
        boxes.add(start, start + len(word), page, (x0, top, x0 + 6 * len(word), top + 12), conf)
        start += len(word)
    return boxes


def test_words_close_together_on_a_line_are_one_stretch_a_column_gap_or_a_new_line_parts_them():
    text = "Số: 42/KH-UBND      Hà Trung, ngày 10 tháng 3\nnăm 2023"
    boxes = WordBoxes()
    for k, word in enumerate(text.replace("\n", " ").split()):
        start = text.index(word, boxes.ends[-1] if boxes else 0)
        line = 1 if start > text.index("\n") else 0
        boxes.add(start, start + len(word), 1, (10.0 * k, 100.0 + 14 * line, 10.0 * k + 8, 112.0 + 14 * line), None)
    stretches = [(text[a:b], box) for a, b, box in boxes.stretches(text)]
    assert [t for t, _ in stretches] == ["Số: 42/KH-UBND", "Hà Trung, ngày 10 tháng 3", "năm 2023"]
    assert stretches[0][1] == (1, 0.0, 100.0, 18.0, 112.0)
    assert stretches[2][1][2] == 114.0  # the next line's own height


def test_words_on_two_pages_are_never_one_stretch():
    boxes = WordBoxes()
    boxes.add(0, 3, 1, (10, 800, 30, 812), None)
    boxes.add(4, 7, 2, (40, 60, 60, 72), None)
    assert [(a, b, box[0]) for a, b, box in boxes.stretches("abc def")] == [(0, 3, 1), (4, 7, 2)]


def test_only_recognised_words_have_a_confidence_and_a_corroborated_one_can_be_raised():
    boxes = _words("KT. CHU TICH", conf=40.0)
    boxes.add(20, 24, 1, (0, 0, 1, 1), None)  # a word of a text layer
    assert boxes.recognised() == [(0, 3, 40.0), (4, 7, 40.0), (8, 12, 40.0)]
    boxes.set_recognised([40.0, 92.0, 92.0])
    assert [c for _, _, c in boxes.recognised()] == [40.0, 92.0, 92.0] and math.isnan(boxes.confidence[3])
    with pytest.raises(ValueError):
        boxes.set_recognised([1.0])
    with pytest.raises(ValueError):
        boxes.add(5, 6, 1, (0, 0, 1, 1), None)  # out of text order


def test_a_marks_outline_covers_its_part_of_the_stretch():
    text = "Số: 42/KH-UBND"
    [(start, end, (page, x0, top, x1, bottom))] = _words(text).stretches(text)
    boxes = [(start, end, page, x0, top, x1, bottom)]
    [(kind, (left, t, right, b))] = outlines([Mark(4, 14, "number", "Số")], boxes, 1)
    assert kind == "number" and (t, b) == (top, bottom)
    assert left == pytest.approx(50 + 6 * 4) and right == pytest.approx(x1)
    assert outlines([Mark(4, 14, "number", "Số")], boxes, 2) == []  # not on that page
    assert outlines([Mark(4, 14, "heading", "")], boxes, 1) == []  # a kind the page does not outline


def test_a_text_layers_stretches_are_printed_where_their_boxes_say():
    """Each stretch's box, read back from the PDF's own text layer, holds the stretch's words."""
    import pypdfium2 as pdfium

    if not PDF_23.is_file():
        pytest.skip(f"{PDF_23.name} is not in the corpus")
    doc = parse(PDF_23)
    text = read_path(PDF_23).original  # the reader's text, which the offsets index
    assert doc.source.boxes and {b[2] for b in doc.source.boxes} == {1}
    pdf = pdfium.PdfDocument(PDF_23)
    try:
        page = pdf[0]
        height = page.get_height()
        textpage = page.get_textpage()
        held = 0
        for start, end, _, x0, top, x1, bottom in doc.source.boxes:
            inside = textpage.get_text_bounded(
                left=x0 - 1, bottom=height - bottom - 1, right=x1 + 1, top=height - top + 1
            )
            held += fold(text[start:end]).replace(" ", "") in fold(inside).replace(" ", "").replace("\r\n", "")
    finally:
        pdf.close()
    # all but the number and day the signature's appearance draws (not in the page's text layer)
    assert held >= 0.9 * len(doc.source.boxes), (held, len(doc.source.boxes))


def test_a_documents_number_is_outlined_where_its_page_prints_it():
    import pypdfium2 as pdfium

    from vbparse.web.view_text import marks_of

    if not PDF_23.is_file():
        pytest.skip(f"{PDF_23.name} is not in the corpus")
    doc = parse(PDF_23)
    text = read_path(PDF_23).original
    marks = [m for m in marks_of(doc, text, {}, str) if m.kind == "number"]
    placed = outlines(marks, doc.source.boxes, 1)
    assert placed
    pdf = pdfium.PdfDocument(PDF_23)
    try:
        page = pdf[0]
        height = page.get_height()
        textpage = page.get_textpage()
        index, count = textpage.search(doc.number.value.split("/")[-1]).get_next()
        textpage.count_rects()
        left, bottom, right, top = textpage.get_rect(textpage.count_rects(index, count) - 1)
    finally:
        pdf.close()
    _, (x0, t, x1, b) = placed[0]
    # the outline holds the printed symbol (to a few points: the outline is cut by characters' share)
    assert x0 - 5 <= left and right <= x1 + 5 and t - 3 <= height - top and height - bottom <= b + 3


@pytest.mark.slow
@pytest.mark.skipif("vie" not in tesseract_languages(), reason="Tesseract with Vietnamese is not installed")
def test_a_scans_words_get_boxes_where_they_are_drawn(tmp_path):
    """A page image with no text layer: the recognised words' boxes stand where the words were drawn
    (within a few points: Tesseract's boxes are its own)."""
    from PIL import Image, ImageDraw, ImageFont

    scale = 300 / 72  # pixels per point
    image = Image.new("L", (round(595 * scale), round(842 * scale)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=round(14 * scale))
    lines = {"UY BAN NHAN DAN": (72, 100), "KE HOACH": (250, 300), "Thuc hien nhiem vu nam 2026": (90, 400)}
    for words, (x, y) in lines.items():
        draw.text((x * scale, y * scale), words, font=font, fill=0)
    buf = io.BytesIO()
    image.save(buf, format="PDF", resolution=300)
    path = tmp_path / "scan.pdf"
    path.write_bytes(buf.getvalue())
    doc = parse(path)
    assert doc.source.format == "pdf-ocr"
    text = read_path(path).original
    found = 0
    for words, (x, y) in lines.items():
        hits = [b for b in doc.source.boxes if fold(words.split()[0]) in fold(text[b[0] : b[1]])]
        found += any(abs(b[3] - x) < 8 and y - 8 < b[4] < y + 14 and b[2] == 1 for b in hits)
    assert found >= 2, doc.source.boxes


def test_a_rows_words_added_at_once_equal_them_added_one_by_one():
    placed = array("f", [0, 3, 60, 100, 78, 112, 91.0, 4, 14, 81, 100, 140, 112, math.nan])
    at_once, one_by_one = WordBoxes(), WordBoxes()
    at_once.extend_row(placed, 10, 2)
    for j in range(0, len(placed), 7):
        conf = placed[j + 6]
        one_by_one.add(
            10 + int(placed[j]),
            10 + int(placed[j + 1]),
            2,
            tuple(placed[j + 2 : j + 6]),
            None if math.isnan(conf) else conf,
        )
    assert [at_once.box(k) for k in range(2)] == [one_by_one.box(k) for k in range(2)]
    assert list(at_once.starts) == [10, 14] and at_once.recognised() == one_by_one.recognised() == [(10, 13, 91.0)]
    with pytest.raises(ValueError):
        at_once.extend_row(placed, 0, 3)  # before what is there
