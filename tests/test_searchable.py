"""Searchable copies of scans (``--searchable-pdf``): what a user gets, and what is never touched.

OCR output differs between machines and Tesseract versions, so the recognised text is matched loosely
(diacritics folded, a few words).  Skipped where OCRmyPDF or Tesseract's Vietnamese model is missing.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SHARED, seed

from vbparse.normalize import fold
from vbparse.searchable import (
    SUFFIX,
    SearchableError,
    missing_tools,
    write_searchable_into,
    write_searchable_pdf,
)

pytestmark = pytest.mark.skipif(missing_tools() is not None, reason=str(missing_tools()))

CLI = [sys.executable, "-m", "vbparse"]
TEXT_PDF = ROOT / "corpus" / "realdocs" / "58_tb-ubnd-quangngai-vht534-text.pdf"
SCAN_46 = "46_cv-813-cuc-hoa-chat-scan.pdf"

HEADER = [
    "ỦY BAN NHÂN DÂN",
    "XÃ HÀ TRUNG",
    "Số: 42/KH-UBND",
    "",
    "KẾ HOẠCH",
    "Kiểm tra công tác cải cách hành chính năm 2026",
    "",
    "Ủy ban nhân dân xã ban hành kế hoạch kiểm tra như sau:",
    "1. Văn phòng - Thống kê chủ trì, phối hợp với các ngành",
    "thực hiện kiểm tra trước ngày 30/9/2026.",
]


def run(*args, timeout=300):
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    env.pop("VBPARSE_DB", None)
    return subprocess.run([*CLI, *args], check=False, capture_output=True, text=True, env=env, timeout=timeout)


def make_scan(path: Path) -> Path:
    """A one-page, image-only PDF (150 dpi) of a plan's header, as a scanner makes it."""
    from PIL import Image, ImageDraw, ImageFont

    try:
        font = ImageFont.truetype("DejaVuSerif.ttf", 30)
    except OSError:
        pytest.skip("no DejaVu font to draw Vietnamese text with (Debian: fonts-dejavu-core)")
    img = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(img)
    for k, line in enumerate(HEADER):
        draw.text((110, 120 + 55 * k), line, font=font, fill=0)
    img.save(path, "PDF", resolution=150)
    return path


def pdf_text(path: Path) -> list[str]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        return [doc[k].get_textpage().get_text_range() for k in range(len(doc))]
    finally:
        doc.close()


def declared_kind(path: Path) -> str:
    """What the PDF's own XMP metadata declares it is (``PDF/A-2B``), read with pikepdf apart from the module."""
    import pikepdf

    with pikepdf.open(path) as pdf:
        meta = pdf.open_metadata()
        part, level = meta.get("pdfaid:part"), meta.get("pdfaid:conformance")
    return f"PDF/A-{part}{level}" if part else "PDF"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.fixture
def scan(tmp_path) -> Path:
    return make_scan(tmp_path / "scan.pdf")


def test_parse_writes_the_scan_with_its_text_layer_and_leaves_the_original_alone(scan, tmp_path):
    before = digest(scan)
    assert pdf_text(scan) == [""]
    out = tmp_path / "out" / "searchable.pdf"
    out.parent.mkdir()
    r = run("parse", str(scan), "--searchable-pdf", str(out))
    assert r.returncode == 0, r.stderr
    assert '"ocr_pages"' in r.stdout  # the parse is printed as without the option
    assert r.stderr.count("\n") == 1 and "searchable PDF written to" in r.stderr and str(out) in r.stderr
    (text,) = pdf_text(out)  # the same single page, now with text
    folded = fold(text).lower()
    assert "nhan dan" in folded or "ke hoach" in folded or "ha trung" in folded, text
    assert digest(scan) == before
    assert leftovers(out.parent) == []

    # a second run never replaces it: one line naming the file, non-zero, the copy as it was
    written = digest(out)
    again = run("parse", str(scan), "--searchable-pdf", str(out))
    assert again.returncode == 1
    assert again.stderr.strip().count("\n") == 0 and str(out) in again.stderr and "không ghi đè" in again.stderr
    assert digest(out) == written and digest(scan) == before


def test_a_pdf_with_a_text_layer_gets_no_copy(tmp_path):
    out = tmp_path / "copy.pdf"
    r = run("parse", str(TEXT_PDF), "--searchable-pdf", str(out))
    assert r.returncode == 0, r.stderr
    assert r.stderr.strip().count("\n") == 0 and "no searchable PDF written" in r.stderr
    assert not out.exists() and list(tmp_path.iterdir()) == []
    # the library judges by itself when it is not told which pages were recognised
    result = write_searchable_pdf(TEXT_PDF, out)
    assert result.status == "not_needed" and not out.exists()


def test_a_file_that_is_not_a_pdf_is_one_line_and_nonzero(tmp_path):
    out = tmp_path / "copy.pdf"
    r = run("parse", str(seed("002")), "--searchable-pdf", str(out))
    assert r.returncode == 1
    assert r.stderr.strip().count("\n") == 0 and "không phải tệp PDF" in r.stderr
    assert not out.exists()
    with pytest.raises(SearchableError, match="not a PDF"):
        write_searchable_pdf(seed("002"), out)


def test_options_that_cannot_make_a_copy_are_refused(scan, tmp_path):
    for extra in (["--text"], ["--ocr", "never"]):
        r = run("parse", str(scan), "--searchable-pdf", str(tmp_path / "x.pdf"), *extra)
        assert r.returncode == 2 and r.stderr.strip().count("\n") == 0, r.stderr
    r = run("parse", str(scan), str(seed("002")), "--searchable-pdf", str(tmp_path / "x.pdf"))
    assert r.returncode == 2 and "phải là một thư mục" in r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["scan.pdf"]


def test_api_refuses_an_existing_file_and_names_taken_names_in_a_folder(scan, tmp_path):
    out_dir = tmp_path / "copies"
    out_dir.mkdir()
    taken = out_dir / f"scan{SUFFIX}"
    taken.write_bytes(b"a user's file")
    with pytest.raises(SearchableError, match="not overwritten") as err:
        write_searchable_pdf(scan, taken, pages=[1])
    assert err.value.path == str(taken)
    result = write_searchable_into(scan, out_dir, pages=[1])
    assert result.status == "written" and result.pages == [1] and result.mode == "skip"
    assert result.out == str(out_dir / f"scan.2{SUFFIX}")
    # a clean image-only page converts with OCRmyPDF's own PDF/A conversion (no Ghostscript needed), and
    # the kind reported is the kind the file declares
    assert result.output_type == "PDF/A-2B" == declared_kind(Path(result.out))
    assert taken.read_bytes() == b"a user's file"
    assert pdf_text(Path(result.out))[0].strip()
    assert leftovers(out_dir) == []


def test_index_writes_the_scans_it_parses_into_the_folder(scan, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.move(scan, docs / "scan.pdf")
    shutil.copy(seed("002"), docs / "plan.txt")
    before = digest(docs / "scan.pdf")
    out_dir = tmp_path / "searchable"
    db = tmp_path / "archive.db"

    inside = run("index", str(docs), "--db", str(db), "--searchable-pdf", str(docs / "copies"))
    assert inside.returncode == 2 and "nằm trong" in inside.stderr and not (docs / "copies").exists()

    r = run("index", str(docs), "--db", str(db), "--jobs", "2", "--searchable-pdf", str(out_dir))
    assert r.returncode == 0, r.stderr
    assert "lập chỉ mục 2" in r.stdout and "đã ghi 1 PDF có lớp chữ" in r.stdout
    assert sorted(p.name for p in out_dir.iterdir()) == [f"scan{SUFFIX}"]  # the text file gets none
    assert fold(pdf_text(out_dir / f"scan{SUFFIX}")[0]).strip()
    assert digest(docs / "scan.pdf") == before
    found = run("search", "hanh chinh", "--db", str(db), "--json")
    assert found.returncode == 0 and str(docs / "scan.pdf") in found.stdout


def test_a_failed_copy_in_index_keeps_the_document(scan, tmp_path, monkeypatch):
    """The worker's searchable step failing is a reason reported beside the run, never the file's failure."""
    from vbparse import Archive, searchable

    def broken(*args, **kwargs):
        raise SearchableError(str(args[0]), "OCRmyPDF failed: a test says so")

    monkeypatch.setattr(searchable, "write_searchable_into", broken)  # workers are forked: they see it too
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.move(scan, docs / "scan.pdf")
    out_dir = tmp_path / "searchable"
    out_dir.mkdir()
    heard = []
    with Archive(tmp_path / "a.db") as archive:
        summary = archive.index([docs], jobs=1, searchable_pdf=out_dir, on_searchable=lambda p, o: heard.append((p, o)))
        assert summary.indexed == 1 and summary.failed == 0
        assert archive.count() == 1
    assert heard == [(str(docs / "scan.pdf"), "OCRmyPDF failed: a test says so")]
    assert list(out_dir.iterdir()) == []


def test_a_real_scan_gets_every_page_with_its_text(parsed, tmp_path):
    from vbparse.searchable import recognised_pages

    source = next(
        (d / SCAN_46 for d in (ROOT / "corpus" / "realdocs", SHARED / "realdocs") if (d / SCAN_46).exists()), None
    )
    if source is None:
        pytest.skip(f"{SCAN_46} is neither in the corpus nor in ../shared")
    before = digest(source)
    doc = parsed(source)
    assert recognised_pages(doc) == [1, 2]
    result = write_searchable_into(source, tmp_path, pages=recognised_pages(doc))
    pages = pdf_text(Path(result.out))
    assert len(pages) == 2 and all(p.strip() for p in pages)
    folded = fold(" ".join(pages)).lower()
    assert "hoa chat" in folded and "cong thuong" in folded
    assert digest(source) == before


def test_what_text_a_page_has_decides_how_it_is_recognised():
    """No text: recognised as it is; an OCR layer (invisible text): replaced; visible text: rasterised."""
    from vbparse.searchable import INVISIBLE, NO_TEXT, VISIBLE, _text_pages

    realdocs = ROOT / "corpus" / "realdocs"
    cases = {SCAN_46: NO_TEXT, "26_ttr-298-cat-pc04-broken-encoding.pdf": INVISIBLE, TEXT_PDF.name: VISIBLE}
    for name, kind in cases.items():
        if not (realdocs / name).exists():
            continue
        n, kinds = _text_pages(realdocs / name)
        assert n == len(kinds) and set(kinds.values()) == {kind}, name
