"""Every real file in ../shared/realdocs (all formats) parses to a Document without an exception."""

from __future__ import annotations

import pytest
from conftest import SHARED

REALDOCS = SHARED / "realdocs"
FILES = (
    sorted(p for p in REALDOCS.glob("*") if p.suffix in {".txt", ".docx", ".doc", ".pdf"}) if REALDOCS.is_dir() else []
)


@pytest.mark.slow
@pytest.mark.skipif(not FILES, reason="../shared/realdocs not present")
@pytest.mark.parametrize("path", FILES, ids=[p.name[:24] for p in FILES])
def test_real_file_parses_to_a_document(parsed, path):
    doc = parsed(path)
    assert doc.source.sha256 and doc.source.chars > 200
    assert doc.source.format.split("-")[0] in {"txt", "docx", "doc", "pdf"}


@pytest.mark.skipif(not FILES, reason="../shared/realdocs not present")
def test_signed_pdf_keeps_its_signing_time_out_of_the_text(parsed):
    doc = parsed(REALDOCS / "28_qd-2319-ttg-signed.pdf")
    assert doc.source.signed_at == "2025-10-20T10:00:46+07:00"
    assert doc.number.value == "2319/QĐ-TTg"


@pytest.mark.slow
@pytest.mark.skipif(not FILES, reason="../shared/realdocs not present")
def test_garbled_text_layer_is_read_by_ocr(parsed):
    from vbparse.encodings import vietnamese_score
    from vbparse.normalize import match_key
    from vbparse.pipeline import normalized_text

    path = REALDOCS / "40_qd-1050-sct-kiem-tra-vlncn-garbled.pdf"
    doc = parsed(path)
    assert doc.source.ocr and doc.source.format == "pdf-ocr"
    assert all(p.confidence > 80 for p in doc.source.ocr_pages)
    text = normalized_text(path)
    # OCR text is compared without diacritics and case (another Tesseract build may misplace a mark)
    assert match_key("SỞ CÔNG THƯƠNG") in match_key(text) and vietnamese_score(text) > 0.8


@pytest.mark.skipif(not FILES, reason="../shared/realdocs not present")
def test_doc_declaring_vntime_fonts_but_holding_unicode_is_not_converted(parsed):
    doc = parsed(REALDOCS / "50_cv-sct-2019-tkcs-sau-chua-vntime.doc")
    assert doc.source.encoding is None and doc.source.format == "doc"
    assert doc.signer and doc.signer.name == "Phan Văn Cương"
