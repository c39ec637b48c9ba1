"""The PDF reader on pdfium's characters: legacy fonts, stamps above the header, recognised lines."""

from __future__ import annotations

from test_bad_files import pdf_bytes

from vbparse.read import read_path
from vbparse.read.lines import group_recognised_lines


def _pdf(lines: list[tuple[float, float, float, str, bytes]], font: bytes = b"Helvetica") -> bytes:
    """A one-page A4 PDF drawing ``(x, y, size, font resource, text)`` lines in one simple font."""
    content = b"".join(
        b"BT /%s %g Tf %g %g Td (%s) Tj ET\n" % (res.encode(), size, x, y, text) for x, y, size, res, text in lines
    )
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        (b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 5 0 R/F2 6 0 R>>>>/Contents 4 0 R>>"),
        b"<</Length %d>>stream\n" % len(content) + content + b"\nendstream",
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>",
        b"<</Type/Font/Subtype/Type1/BaseFont/%s/Encoding/WinAnsiEncoding>>" % font,
    ]
    return pdf_bytes(objects)


BODY = [
    (72, 600 - 16 * k, 11, "F1", line)
    for k, line in enumerate(
        [
            b"Thuc hien ke hoach cua uy ban nhan dan huyen ve cong tac thi dua khen thuong nam nay,",
            b"uy ban nhan dan xa xay dung ke hoach to chuc thuc hien nhu sau de cac ban nganh cung lam.",
            b"I. MUC DICH YEU CAU",
            b"1. Cong chuc van phong thong ke chu tri tham muu xay dung ke hoach truoc ngay 30/9/2026.",
        ]
    )
]


def test_tcvn3_text_in_a_vntime_font_is_converted(tmp_path):
    """A text layer printed from a TCVN3 document (``.VnTime``) reads as Unicode Vietnamese."""
    tcvn3 = "§éc lËp - Tù do - H¹nh phóc".encode("latin-1")
    p = tmp_path / "tcvn3.pdf"
    p.write_bytes(_pdf([(300, 780, 12, "F2", tcvn3)] + BODY, font=b".VnTime"))
    r = read_path(p, ocr="never")
    assert "Độc lập - Tự do - Hạnh phúc" in r.original
    assert r.encoding == "tcvn3"


def test_latin1_text_in_an_ordinary_font_is_left_alone(tmp_path):
    p = tmp_path / "plain.pdf"
    p.write_bytes(_pdf([(300, 780, 12, "F2", "§éc lËp".encode("latin-1"))] + BODY, font=b"Times-Roman"))
    r = read_path(p, ocr="never")
    assert "§éc lËp" in r.original and r.encoding is None


def test_stamp_above_the_quoc_hieu_is_kept_out_of_the_header(tmp_path):
    """``SAO Y`` (a copy's certification) printed above the Quốc hiệu, in the right column, is a stamp:
    it must not become the issuer."""
    p = tmp_path / "stamp.pdf"
    p.write_bytes(
        _pdf(
            [
                (330, 800, 10, "F1", b"SAO Y"),
                (330, 788, 10, "F1", b"Bo Cong an"),
                (60, 760, 11, "F1", b"UY BAN NHAN DAN"),
                (300, 760, 11, "F1", b"CONG HOA XA HOI CHU NGHIA VIET NAM"),
                (60, 745, 11, "F1", b"XA HA TRUNG"),
                (60, 725, 11, "F1", b"So: 12/KH-UBND"),
                (250, 690, 13, "F1", b"KE HOACH"),
            ]
            + BODY
        )
    )
    r = read_path(p, ocr="never")
    assert ("stamp", "SAO Y") in r.extra and ("stamp", "Bo Cong an") in r.extra
    assert "SAO Y" not in r.original
    assert r.original.lstrip().startswith("UY BAN NHAN DAN")


def _word(text, x0, x1, top, line):
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + 12, "size": 12, "conf": 90, "line": line}


def test_recognised_header_columns_at_one_height_are_one_row():
    """Tesseract reads the issuer and the Quốc hiệu as two blocks; the layout needs them side by side."""
    words = [
        _word("ỦY", 60, 80, 100, (1, 1, 1)),
        _word("BAN", 84, 110, 101, (1, 1, 1)),
        _word("CỘNG", 300, 340, 99, (2, 1, 1)),
        _word("HÒA", 344, 370, 100, (2, 1, 1)),
        _word("Số:", 60, 80, 130, (1, 2, 1)),
    ]
    rows = group_recognised_lines(words)
    assert [[w["text"] for w in row] for row in rows] == [["ỦY", "BAN", "CỘNG", "HÒA"], ["Số:"]]


def test_a_sloping_recognised_line_stays_one_line():
    """On a skewed scan a line's last words sit lower than the next line's first ones begin: Tesseract's
    line, not the words' heights, says which line a word is on."""
    line1 = [
        _word(t, 60 + 60 * k, 110 + 60 * k, 100 + 3 * k, (1, 1, 1))
        for k, t in enumerate(["a", "b", "c", "d", "e", "f"])
    ]
    line2 = [_word(t, 60 + 60 * k, 110 + 60 * k, 112 + 3 * k, (1, 1, 2)) for k, t in enumerate(["g", "h", "i"])]
    rows = group_recognised_lines(line1 + line2)
    assert [[w["text"] for w in row] for row in rows] == [list("abcdef"), list("ghi")]


def test_an_accented_capital_at_a_words_end_does_not_lift_it_into_the_line_above():
    """59_ prints ``PHÓ CHÁNH VĂN PHÒNG`` beside a recipients line in a smaller font: the Ó's accent rises
    above the font's ascent and must not draw ``PHÓ`` into the recipients' line (regression)."""
    from conftest import CORPUS

    from vbparse import parse

    doc = parse(CORPUS / "realdocs" / "59_cv-ubnd-quangngai-gop-y-vtci-text.pdf", ocr="never")
    assert doc.signer.position == "PHÓ CHÁNH VĂN PHÒNG" and doc.signer.name == "Phùng Tô Long"


def test_ruled_tables_of_a_real_pdf_reach_the_parser_as_cells():
    """38_ holds a 4-column objectives table and coordinate tables: their rows are table blocks with
    cells, read through the reader's own gate (a page is searched only when its lines show cells)."""
    import pytest
    from conftest import SHARED

    pdf = SHARED / "realdocs" / "38_qd-2170-ubnd-laocai-ctdt-kcn.pdf"
    if not pdf.is_file():
        pytest.skip("../shared/realdocs not present")
    r = read_path(pdf, ocr="never")
    lines = r.mapped.text.split("\n")
    rows = [(lines[i], b) for i, b in enumerate(r.blocks) if b.table is not None]
    assert rows[0][0] == "| TT | Mục tiêu hoạt động | Mã ngành theo VSIC |"  # the objectives table, page 2
    assert [len(b.cells) for _, b in rows[:4]] == [3, 3, 3, 3]
    # the coordinate table runs over five pages, one row per boundary marker (M1 … M180 and their header)
    coordinates = [text for text, b in rows if b.table == rows[-1][1].table]
    assert len(coordinates) >= 150 and sum(text.startswith("| M") for text in coordinates) >= 150


def test_only_annotations_that_draw_text_make_a_page_be_read_again():
    """A signature widget whose appearance is the signer's image adds no words: its page is not flattened
    and loaded a second time (as costly as reading it); one that draws the number and the day is."""
    import pypdfium2 as pdfium
    from conftest import ROOT

    from vbparse.read.annotations import _draws_text

    pdf = pdfium.PdfDocument(ROOT / "corpus" / "realdocs" / "28_qd-2319-ttg-signed.pdf")
    drawn = []
    try:
        for page in pdf:
            drawn.append(_draws_text(page.raw))
            page.close()
    finally:
        pdf.close()
    assert drawn == [True, False, False, False, False]  # the number and day on page 1; page 4 has the image only


def _signed_first_page(pdf, *, flatten: bool, short_page: int = 80):
    """Page 1 of a signed PDF read as the reader reads it: flattened with its text read once, or as it is."""
    from vbparse.read.annotations import flatten_annotations
    from vbparse.read.pdfium_words import page_text

    page = pdf[0]
    own_objects = None
    try:
        if flatten:
            page, own_objects = flatten_annotations(pdf, 0, page)
            assert own_objects is not None
        return page_text(page, short_page=short_page, own_objects=own_objects)
    finally:
        page.close()


def test_a_flattened_pages_own_words_are_those_it_had_and_the_drawn_words_come_apart():
    """A signed page is flattened before its text is read, once: its own characters come first (the
    appearances are drawn after the page's objects), so its words are those of the page as it was, and the
    number and the day the signature widgets draw (23: ``05``, ``06``, ``01``, ``2026``) are words apart."""
    import pypdfium2 as pdfium
    from conftest import ROOT

    path = ROOT / "corpus" / "realdocs" / "23_ttr-snv-lamdong-ban-hanh-kh-tuyen-truyen-cchc.pdf"
    before, flattened = pdfium.PdfDocument(path), pdfium.PdfDocument(path)
    try:
        as_it_was, chars = _signed_first_page(before, flatten=False)
        read_once, own_chars = _signed_first_page(flattened, flatten=True)
    finally:
        before.close()
        flattened.close()
    assert (read_once.words, own_chars) == (as_it_was.words, chars)
    assert as_it_was.annotation_words == []
    assert [w["text"] for w in read_once.annotation_words] == ["05", "06", "01", "2026"]


def test_a_signature_widgets_image_is_not_the_pages_image_area():
    """The images that a flattened page's widgets draw (23: the signer's seal) are not the page's own: the
    area images cover decides whether a thin text layer is a scan's, and 23's page has none of its own."""
    import pypdfium2 as pdfium
    from conftest import ROOT

    from vbparse.read.pdfium_words import page_text

    path = ROOT / "corpus" / "realdocs" / "23_ttr-snv-lamdong-ban-hanh-kh-tuyen-truyen-cchc.pdf"
    pdf = pdfium.PdfDocument(path)
    try:
        read_once, _ = _signed_first_page(pdf, flatten=True, short_page=10**6)  # every page measured
        page = pdf[0]  # flattened now: every object, the widgets' too
        try:
            everything, _ = page_text(page, short_page=10**6)
        finally:
            page.close()
    finally:
        pdf.close()
    assert read_once.image_area == 0.0
    assert everything.image_area > 1000


# --- a scan's pages recognised side by side ---------------------------------------------------------


def _image_pdf(heights: list[int]) -> bytes:
    """A PDF of blank image pages (no text layer), page k ``heights[k]`` points high."""
    import io

    from PIL import Image

    pages = [Image.new("L", (300, h), 255) for h in heights]
    buf = io.BytesIO()
    pages[0].save(buf, format="PDF", save_all=True, append_images=pages[1:], resolution=72)
    return buf.getvalue()


def _fake_tesseract(monkeypatch, seen: list, workers: int):
    """``ocr_image`` that reads a page's number from its height and records how many pages were being
    recognised at once.  The first ``workers`` calls wait for each other (a barrier): a reader that
    recognised fewer pages at once would break it, whatever the machine's speed."""
    import io
    import threading

    from PIL import Image

    import vbparse.read.pdf as pdf_module

    lock, busy, calls = threading.Lock(), [0], [0]
    barrier = threading.Barrier(workers, timeout=30)

    def ocr_image(image, scale, path=None):
        with lock:
            busy[0] += 1
            calls[0] += 1
            first = calls[0] <= workers
            seen.append(busy[0])
        if first:
            barrier.wait()
        height = (image if isinstance(image, Image.Image) else Image.open(io.BytesIO(image))).height / scale
        number = round((height - 400) / 10)
        word = {
            "text": f"trang{number}",
            "x0": 10,
            "x1": 60,
            "top": 10,
            "bottom": 20,
            "size": 10,
            "conf": 95,
            "line": ("1", "1", "1"),
        }
        with lock:
            busy[0] -= 1
        return [word], 95.0

    monkeypatch.setattr(pdf_module, "ocr_image", ocr_image)
    monkeypatch.setattr(pdf_module, "require_tesseract", lambda path, why: None)


def test_a_scans_pages_are_recognised_side_by_side_and_read_in_page_order(monkeypatch):
    data = _image_pdf([400 + 10 * n for n in range(1, 9)])
    texts = {}
    for workers in (1, 3):
        seen: list[int] = []
        _fake_tesseract(monkeypatch, seen, workers)
        monkeypatch.setenv("VBPARSE_OCR_WORKERS", str(workers))
        result = read_path_bytes(data)
        texts[workers] = result.original
        assert max(seen) == workers, seen  # as many at once as asked for, never more
        assert result.format == "pdf-ocr" and result.ocr_pages == {n: 95.0 for n in range(1, 9)}
    assert texts[1] == texts[3]
    assert [w for w in texts[3].split() if w.startswith("trang")] == [f"trang{n}" for n in range(1, 9)]


def read_path_bytes(data: bytes):
    from vbparse.read.pdf import read_pdf

    return read_pdf(data, path="scan.pdf", ocr="auto")


def test_ocr_workers_come_from_the_environment_or_the_cores(monkeypatch):
    from vbparse.read.ocr import DEFAULT_MAX_OCR_WORKERS, ocr_workers

    monkeypatch.setenv("VBPARSE_OCR_WORKERS", "1")
    assert ocr_workers() == 1
    for bad in ("0", "many", ""):
        monkeypatch.setenv("VBPARSE_OCR_WORKERS", bad)
        assert 1 <= ocr_workers() <= DEFAULT_MAX_OCR_WORKERS
