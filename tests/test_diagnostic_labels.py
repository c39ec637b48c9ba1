"""Every diagnostic a reader or an extractor emits has a Vietnamese sentence for the pages (issue 41, item 10),
found in the sources themselves: a new code without one fails here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from vbparse.tables.diagnostics import CONFIDENCE_FIELDS, DIAGNOSTIC_LABELS, vietnamese_diagnostic

SRC = Path(__file__).resolve().parents[1] / "src" / "vbparse"
#: ``Diagnostic(code="…")``, and a reader's notes: ``notes.append(("…", …))``, ``notes.extend(("…", …) …)``
_CODE = re.compile(r'code="([a-z_]+)"')
_NOTE = re.compile(r'notes\.(?:append|extend)\(\s*\(\s*"([a-z]+(?:_[a-z]+)+)"')
_CONFIDENCE_FIELD = re.compile(r'_unsure\(\s*"([a-z_]+)"')


def _codes() -> set[str]:
    codes: set[str] = set()
    for path in SRC.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        codes |= set(_CODE.findall(text)) | set(_NOTE.findall(text))
        codes |= {f"low_confidence_{f}" for f in _CONFIDENCE_FIELD.findall(text)}
    return codes


def test_the_sources_emit_the_codes_this_test_knows_how_to_find():
    codes = _codes()
    assert {"missing_number", "garbled_text_layer", "ocr_corroborated", "low_confidence_number"} <= codes
    assert len(codes) >= 30


@pytest.mark.parametrize("code", sorted(_codes()))
def test_every_diagnostic_code_has_a_vietnamese_sentence(code):
    said = vietnamese_diagnostic(code)
    assert said in DIAGNOSTIC_LABELS.values() or code.removeprefix("low_confidence_") in CONFIDENCE_FIELDS, code
    assert said.endswith(".") and not re.search(r"\b(the|is|not|read)\b", said), said


def test_a_date_part_read_unsure_is_named_in_vietnamese():
    assert vietnamese_diagnostic("low_confidence_issued_day").startswith("Ngày ban hành (ngày) đọc từ ảnh")


def test_a_documents_page_lists_what_the_reader_found_odd_in_vietnamese(tmp_path):
    from fastapi.testclient import TestClient

    from vbparse.store import Archive
    from vbparse.web import create_app

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "kh.txt").write_text(
        "KẾ HOẠCH\nTuyên truyền cải cách hành chính\nI. NHIỆM VỤ\n1. Sở Nội vụ tổng hợp báo cáo.\n", encoding="utf-8"
    )
    db = str(tmp_path / "a.db")
    with Archive(db) as archive:
        archive.index([tmp_path / "docs"], jobs=1)
        ((summary, doc),) = list(archive.documents())
    assert {d.code for d in doc.diagnostics} >= {"missing_number", "missing_issuer"}
    with TestClient(create_app(db)) as client:
        page = client.get(f"/documents/{summary.id}").text
    assert "Điều cần kiểm tra khi đọc" in page
    assert "Không đọc được số văn bản." in page and "Không đọc được cơ quan ban hành." in page
