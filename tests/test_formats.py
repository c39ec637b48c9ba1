"""Every format gives the same Document as the text version; bad files give one clear error.

The variants are rendered from the seed texts by ``scripts/build_fixtures.py``: DOCX in the official
layout (header and closing tables, Word auto-numbered Roman headings), a LibreOffice PDF of it, a
scan of that PDF (no text layer, read by Tesseract), and TCVN3 / VNI plain text.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import sys

import pytest
from conftest import ROOT, SEEDS

from vbparse import parse
from vbparse.normalize import match_key
from vbparse.read import ReadError, read_path
from vbparse.read.ocr import tesseract_languages

sys.path.insert(0, str(ROOT / "scripts"))
import build_fixtures

SEED_PATHS = sorted(SEEDS.glob("*.txt"))
HAS_SOFFICE = build_fixtures.soffice() is not None
HAS_TESSERACT = "vie" in tesseract_languages()


def _k(v):
    return match_key(v) if isinstance(v, str) else v


def header_fields(d) -> dict:
    return {
        "doc_type": d.doc_type.code,
        "number": d.number.value if d.number else None,
        "issuer": _k(d.issuer.name) if d.issuer else None,
        "place": _k(d.place),
        "issued_date": d.issued_date,
        "title": _k(d.title),
        "references": sorted((r.doc_type or "", r.number or "", str(r.date)) for r in d.references),
        "signer": (_k(d.signer.authority), _k(d.signer.position), _k(d.signer.name)) if d.signer else None,
    }


def all_fields(d) -> dict:
    out = header_fields(d)
    out.update(
        {
            "recipients": sorted((_k(r.name), r.purpose) for r in d.recipients),
            "phases": sorted((p.ordinal or 0, p.start, p.end) for p in d.phases),
            "obligations": sorted((_k(o.assignee.canonical), o.role, str(o.deadline)) for o in d.obligations),
            "sections": sorted((s.path, s.label) for s in d.iter_sections()),
        }
    )
    return out


@pytest.fixture(scope="module")
def fixtures_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("fixtures")
    for p in SEED_PATHS:
        build_fixtures.build(p, out, with_pdf=HAS_SOFFICE)
    return out


@pytest.fixture(scope="module")
def text_docs():
    return {p.stem: parse(p) for p in SEED_PATHS}


@pytest.mark.parametrize("variant", ["docx", "tcvn3.txt", "vni.txt"])
@pytest.mark.parametrize("seed", [p.stem for p in SEED_PATHS])
def test_variant_gives_the_same_fields_as_the_text(fixtures_dir, text_docs, seed, variant):
    doc = parse(fixtures_dir / f"{seed}.{variant}")
    assert all_fields(doc) == all_fields(text_docs[seed])


def test_docx_auto_numbering_labels_are_rebuilt_and_cells_read_by_column(fixtures_dir):
    import docx

    path = fixtures_dir / f"{SEED_PATHS[2].stem}.docx"
    raw_text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert not any(ln.startswith(("I. ", "II. ")) for ln in raw_text.split("\n"))  # Word numbers them itself
    r = read_path(path)
    assert r.format == "docx"
    lines = r.mapped.text.split("\n")
    assert any(ln.startswith("I. ") for ln in lines) and any(ln.startswith("II. ") for ln in lines)
    date = lines.index(next(ln for ln in lines if ", ngày" in ln))
    assert r.blocks[date].column == "right"
    so = lines.index(next(ln for ln in lines if ln.startswith("Số")))
    assert r.blocks[so].column == "left"


def test_docx_headers_footers_and_text_boxes_stay_out_of_the_body(tmp_path):
    import docx

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Trang đầu - tiêu đề trang"
    d.sections[0].footer.paragraphs[0].text = "Địa chỉ: 165 Lý Thường Kiệt"
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Tổ chức hội nghị")
    p = tmp_path / "h.docx"
    d.save(str(p))
    doc = parse(p)
    assert {e.kind for e in doc.source.extra_text} == {"header", "footer"}
    assert "Trang đầu" not in (doc.title or "") and all("Lý Thường Kiệt" not in (s.text or "") for s in doc.sections)
    assert doc.doc_type.code == "KH" and doc.title == "Tổ chức hội nghị"


def test_docx_runs_in_vntime_fonts_are_converted_and_unicode_ones_are_not(tmp_path):
    import docx

    d = docx.Document()
    run = d.add_paragraph().add_run("KÕ HO¹CH")
    run.font.name = ".VnTimeH"
    run = d.add_paragraph().add_run("Thùc hiÖn kÕ ho¹ch cña UBND huyÖn")
    run.font.name = ".VnTime"
    run = d.add_paragraph().add_run("Kế hoạch đã là Unicode")
    run.font.name = ".VnTime"
    p = tmp_path / "legacy.docx"
    d.save(str(p))
    r = read_path(p)
    assert r.original.split("\n") == ["KẾ HOẠCH", "Thực hiện kế hoạch của UBND huyện", "Kế hoạch đã là Unicode"]
    assert r.encoding == "tcvn3"


@pytest.mark.skipif(not HAS_SOFFICE, reason="LibreOffice (soffice) not installed")
@pytest.mark.parametrize("seed", [p.stem for p in SEED_PATHS])
def test_pdf_header_fields_and_references_equal_the_text(fixtures_dir, text_docs, seed):
    doc = parse(fixtures_dir / f"{seed}.pdf")
    assert doc.source.format == "pdf" and not doc.source.ocr
    assert header_fields(doc) == header_fields(text_docs[seed])


@pytest.mark.skipif(not HAS_SOFFICE, reason="LibreOffice (soffice) not installed")
def test_pdf_body_structure_equals_the_text(fixtures_dir, text_docs):
    same = sum(all_fields(parse(fixtures_dir / f"{p.stem}.pdf")) == all_fields(text_docs[p.stem]) for p in SEED_PATHS)
    assert same >= 3


def _cer(a: str, b: str) -> float:
    """Character error rate of ``b`` against ``a`` (Levenshtein distance / len(a)), on folded text."""
    import difflib

    a, b = match_key(a), match_key(b)
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    edits = sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in sm.get_opcodes() if tag != "equal")
    return edits / max(1, len(a))


#: Stated bounds for a clean 200-dpi scan read by Tesseract ``vie``.  OCR output differs between machines
#: (Tesseract build and model, the fonts LibreOffice renders with, where a line breaks), so scan tests
#: bound the differences instead of comparing text exactly: the body and the title within a character
#: error rate, the cited documents all found and most of their dates.
MAX_OCR_CER = 0.05
MAX_TITLE_CER = 0.05
MIN_REFERENCE_DATES = 0.8
SCANNED_SEEDS = [p.stem for p in SEED_PATHS[:3]]
#: Header fields a scan must give exactly as the text does (the title is compared by error rate).
EXACT_OCR_FIELDS = ("doc_type", "number", "issuer", "place", "issued_date", "signer")


@pytest.fixture(scope="module")
def scans(fixtures_dir):
    """Each scanned seed recognised once: its Document and the normalised text the parser saw."""
    from vbparse.normalize import normalize
    from vbparse.pipeline import parse_read

    out = {}
    for seed in SCANNED_SEEDS:
        result = read_path(fixtures_dir / f"{seed}.scan.pdf")
        out[seed] = (parse_read(result), normalize(result.mapped).text)
    return out


def _reference_dates(doc) -> dict[tuple[str, str], object]:
    return {(r.doc_type or "", r.number or ""): r.date for r in doc.references}


@pytest.mark.skipif(not (HAS_SOFFICE and HAS_TESSERACT), reason="needs LibreOffice and Tesseract (vie)")
@pytest.mark.parametrize("seed", SCANNED_SEEDS)
def test_scanned_pdf_is_recognised_with_the_same_header_and_a_small_error_rate(scans, fixtures_dir, text_docs, seed):
    from vbparse.pipeline import normalized_text

    doc, ocr_text = scans[seed]
    assert doc.source.ocr and doc.source.format == "pdf-ocr"
    assert doc.source.ocr_pages and all(p.confidence > 60 for p in doc.source.ocr_pages)
    got, want = header_fields(doc), header_fields(text_docs[seed])
    assert {k: got[k] for k in EXACT_OCR_FIELDS} == {k: want[k] for k in EXACT_OCR_FIELDS}
    assert want["title"] and got["title"] and _cer(want["title"], got["title"]) <= MAX_TITLE_CER
    assert set(_reference_dates(doc)) == set(_reference_dates(text_docs[seed]))  # every cited document
    pdf_text = normalized_text(fixtures_dir / f"{seed}.pdf")
    assert _cer(pdf_text, ocr_text) <= MAX_OCR_CER


@pytest.mark.skipif(not (HAS_SOFFICE and HAS_TESSERACT), reason="needs LibreOffice and Tesseract (vie)")
def test_scanned_pdfs_keep_most_citation_dates(scans, text_docs):
    """Counted over all scanned seeds (a seed cites one to five documents, too few for a rate each): a
    date lost or misread where OCR broke a line differently is allowed, most must stay."""
    kept = dated = 0
    for seed, (doc, _text) in scans.items():
        got, want = _reference_dates(doc), _reference_dates(text_docs[seed])
        for key, date in want.items():
            if date is None:
                continue
            dated += 1
            kept += got.get(key) == date
    assert dated >= 5 and kept >= MIN_REFERENCE_DATES * dated


@pytest.mark.skipif(not HAS_SOFFICE, reason="LibreOffice (soffice) not installed")
def test_ocr_never_on_a_scan_is_a_clear_error(fixtures_dir):
    with pytest.raises(ReadError) as e:
        read_path(fixtures_dir / f"{SEED_PATHS[0].stem}.scan.pdf", ocr="never")
    assert "needs OCR" in e.value.reason


# --- bad input ------------------------------------------------------------------------------------


def test_corrupt_pdf_names_the_file_and_reason(tmp_path):
    p = tmp_path / "broken.pdf"
    p.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage without xref")
    with pytest.raises(ReadError) as e:
        read_path(p)
    assert e.value.path == str(p) and (
        "corrupt" in e.value.reason or "no pages" in e.value.reason or "no text" in e.value.reason
    )


def test_encrypted_pdf_is_reported_as_encrypted(tmp_path):
    body = (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
        b"3 0 obj<</Filter/Standard/V 1/R 2/O<" + b"41" * 32 + b">/U<" + b"42" * 32 + b">/P -4>>endobj\n"
    )
    xref = len(body)
    body += (
        b"xref\n0 4\n0000000000 65535 f \n"
        + b"".join(f"{0:010d} 00000 n \n".encode() for _ in range(3))
        + b"trailer<</Size 4/Root 1 0 R/Encrypt 3 0 R/ID[<00112233445566778899aabbccddeeff>"
        b"<00112233445566778899aabbccddeeff>]>>\nstartxref\n" + str(xref).encode() + b"\n%%EOF\n"
    )
    p = tmp_path / "secret.pdf"
    p.write_bytes(body)
    with pytest.raises(ReadError) as e:
        read_path(p)
    assert e.value.reason == "the PDF is encrypted (password protected)"


def test_corrupt_docx_names_the_file_and_reason(tmp_path):
    import zipfile

    p = tmp_path / "broken.docx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("word/document.xml", "<not-xml")
    with pytest.raises(ReadError) as e:
        read_path(p)
    assert e.value.path == str(p) and "DOCX" in e.value.reason


def test_docx_is_recognised_by_content_not_extension(tmp_path, fixtures_dir):
    p = tmp_path / "renamed.txt"
    p.write_bytes((fixtures_dir / f"{SEED_PATHS[1].stem}.docx").read_bytes())
    assert read_path(p).format == "docx"


def test_encrypted_office_file_is_reported(tmp_path):
    p = tmp_path / "secret.docx"
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100 + "EncryptedPackage".encode("utf-16-le"))
    with pytest.raises(ReadError) as e:
        read_path(p)
    assert "encrypted" in e.value.reason


def test_doc_without_libreoffice_says_what_to_install(tmp_path, monkeypatch):
    import vbparse.read.doc as doc_reader

    monkeypatch.setattr(doc_reader, "soffice", lambda: None)
    p = tmp_path / "old.doc"
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(ReadError) as e:
        read_path(p)
    assert "LibreOffice" in e.value.reason and "apt-get install" in e.value.reason


@pytest.mark.skipif(not HAS_SOFFICE, reason="LibreOffice (soffice) not installed")
def test_corrupt_doc_is_a_clear_error(tmp_path):
    p = tmp_path / "old.doc"
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x07" * 2000)
    with pytest.raises(ReadError) as e:
        read_path(p)
    assert e.value.path == str(p)


def test_scan_without_tesseract_says_what_to_install(tmp_path, monkeypatch):
    import pypdfium2 as pdfium
    from PIL import Image

    from vbparse.read import ocr

    monkeypatch.setattr(ocr, "tesseract_languages", lambda: frozenset())
    img = Image.new("L", (400, 300), 255)
    buf = io.BytesIO()
    img.save(buf, format="PDF")
    p = tmp_path / "scan.pdf"
    p.write_bytes(buf.getvalue())
    assert len(pdfium.PdfDocument(str(p))) == 1
    with pytest.raises(ReadError) as e:
        read_path(p)
    assert "Tesseract" in e.value.reason and "tesseract-ocr-vie" in e.value.reason


def test_cli_ocr_flag_is_accepted_and_reports_errors(tmp_path, capsys):
    from vbparse.cli import main

    p = tmp_path / "empty.pdf"
    p.write_bytes(b"%PDF-1.4\n%%EOF\n")
    assert main(["parse", "--ocr", "never", str(p)]) == 1
    err = capsys.readouterr().err
    assert str(p) in err and "Traceback" not in err


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_cli_text_prints_what_the_parser_saw_for_a_docx(fixtures_dir, capsys):
    from vbparse.cli import main

    assert main(["parse", "--text", str(fixtures_dir / f"{SEED_PATHS[2].stem}.docx")]) == 0
    assert "KẾ HOẠCH" in capsys.readouterr().out


def test_a_signed_pdf_gives_the_number_and_day_its_signature_draws():
    """The văn thư's signing tool draws ``05`` after ``Số:`` and ``06``, ``01``, ``2026`` into the date line
    in signature-widget appearances, not in the page content (read from the rendered page: corpus gold)."""
    doc = parse(ROOT / "corpus" / "realdocs" / "23_ttr-snv-lamdong-ban-hanh-kh-tuyen-truyen-cchc.pdf")
    assert doc.number is not None and (doc.number.value, doc.number.serial) == ("05/TTr-SNV", 5)
    assert doc.issued_date == dt.date(2026, 1, 6)
    assert not any(d.code in {"blank_number", "blank_day"} for d in doc.diagnostics)
