"""Scores against the hand-written gold, held as floors so that nothing regresses.

Raise a floor when the parser improves; never lower one to make a change pass.
"""

from __future__ import annotations

import json
import shutil
import sys

import pytest
from conftest import CORPUS, ROOT, SHARED

sys.path.insert(0, str(ROOT / "scripts"))
import evaluate

FLOORS = {
    # issue 24: ten documents new in ../shared/realdocs, gold from their renderings and page images (blind at
    # 863596b, then tuned by class): archive 0.918 (a scan's ``KSTTHC (L-40b)``, ``CCHC (5b). Hà``)
    "archive": 0.915,
    "diagnostics": 1.0,
    "doc_type": 0.97,
    # a web copy's page above its header no longer read as the header (issue 25): web_09, web_20
    "issued_date": 0.97,
    "issued_date_parts": 0.96,
    "issuer": 0.95,
    "number": 0.97,
    # issue 23: gold for a Prime Minister's decision setting up a Ban Chỉ đạo (28) and a Thông báo kết luận
    # (58) written from their pages lowered the whole from 0.914 to 0.907 (blind; 58's tasks given to the
    # lead-in's addressees, a Ban's duties under "Nhiệm vụ và quyền hạn của Ban Chỉ đạo" missed)
    # issue 24's ten new documents (a Party Quy chế, MTTQ xã guidance, a Quy chế một cửa of 2007, decisions
    # with execution clauses): on them 0.446 blind, 0.791 after the class fixes; the whole 0.900 → 0.880
    # issue 52, third stop: 0.886 on these files (gold revised to decisions 10-18 at the first stop)
    "obligations": 0.88,
    "obligations@prose": 0.86,
    "obligations@table": 0.95,
    "obligation_names": 0.88,
    "obligation_deadlines": 0.91,
    "phases": 1.0,
    "place": 0.97,
    "recipients": 0.98,
    # the new documents cite laws by name and number, footnotes, a Thông tri: 0.929 / 0.813 (0.746 / 0.682 blind)
    "reference_details": 0.81,
    "references": 0.925,
    "sections": 0.99,
    "signer": 0.92,
    "title": 0.94,
}


#: Per-format floors over the real files, including those read from ../shared/realdocs (skipped when
#: that folder is absent).  OCR fields are the weakest: handwritten numbers and dates on scans.
FORMAT_FLOORS = {
    "doc_type@doc": 1.0,
    "doc_type@docx": 1.0,
    "doc_type@pdf": 1.0,
    "doc_type@pdf-ocr": 0.9,
    "issued_date@doc": 1.0,
    "issued_date@docx": 1.0,
    "issued_date@pdf": 1.0,
    "issued_date@pdf-ocr": 0.25,  # printed dates on scans: 1 of 2 (0.5); one item is all the margin there is
    "issuer@doc": 1.0,
    "issuer@docx": 1.0,
    "issuer@pdf": 1.0,
    # an unsure heading takes its marks from the same words printed in the body (read/corroborate.py)
    "issuer@pdf-ocr": 0.95,
    "number@doc": 1.0,
    "number@docx": 1.0,
    "number@pdf": 1.0,
    # a value read with low OCR confidence is a diagnostic, not a field (issue 10): the handwritten serial
    # Tesseract read right with confidence 0 is no longer given, nor six wrong ones; 1105⁄KH-ĐKT (a fraction
    # slash) now reads as 1105/KH-ĐKT
    # printed serials on scans (handwritten ones are ``@handwritten``): 2 of 4 (0.5) with Debian's Tesseract
    # 5.3; one fewer allowed for another machine's OCR (the floor was 0.12, below one item)
    "number@pdf-ocr": 0.25,
    "place@doc": 1.0,
    "place@docx": 1.0,
    "place@pdf": 1.0,
    "place@pdf-ocr": 0.9,
    "signer@doc": 0.975,  # 111 (2007) prints THỦ TƯỚNG over the name and THỦ TƯỚNG CHÍNH PHỦ in the header
    "signer@docx": 0.98,
    "signer@pdf": 0.98,
    # issue 24: a signer name a seal lowered the confidence of is kept when it reads as a name; marks before a
    # post dropped (0.741 on this machine)
    "signer@pdf-ocr": 0.7,
    "title@doc": 0.66,
    "title@docx": 0.66,
    "title@pdf": 0.95,
    "title@pdf-ocr": 0.8,
    # the header fields together (doc_type, number, issuer, place, issued_date, title, signer): text-layer and
    # signed PDFs as printed, their signatures' number and day included (issue 11: at least 0.97); scans
    # where the field is printed, at least 0.85 — handwritten numbers and days are scored as ``@handwritten``
    # (0.858 with Debian's Tesseract 5.3; what is missing is signers' names under seals, and one title)
    "header@pdf": 0.97,
    "header@pdf-mixed": 0.97,
    "header@pdf-ocr": 0.85,
    # a day written by hand on a signed scan is the signature's day when the printed month and year agree
    # (issue 24): 3 of 10 (one more is signed the day after issue: the month agrees, the day is wrong)
    "issued_date@handwritten": 0.2,
    # issue 24's digits pass by Tesseract's English model (read.digits): 0.25 with Debian's Tesseract 5.3
    # (handwritten 996, 280, 09 and a month 12 read alike every way; 0.083 before); then PP-OCR's two
    # readings where Tesseract's disagree (read.ppocr): 0.333 (589, and 55's day 22 and month 11)
    "header@handwritten": 0.3,
}


#: PDFs longer than this are left out of the OCR test (every page recognised: 2 s a page).
DEFAULT_OCR_TEST_PAGES = 9


@pytest.fixture(scope="module")
def ocr_pdfs():
    """The PDFs with gold read by OCR, the text-layer ones as scans of clean prints (``evaluate.py
    --ocr-pdfs``): their scores, and each document as parsed."""
    if not (SHARED / "realdocs").is_dir():
        pytest.skip("../shared/realdocs not present")
    from vbparse import parse

    docs = {}

    def parse_by_ocr(path):
        docs[path.name] = parse(path, ocr="always")
        return docs[path.name]

    # the two longest (15 and 35 pages) left out: OCR of every page is the test's whole time
    scores, _per_doc = evaluate.evaluate_ocr_pdfs(
        CORPUS, shared=SHARED / "realdocs", parser=parse_by_ocr, max_pages=DEFAULT_OCR_TEST_PAGES
    )
    return scores, docs


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract not installed")
def test_pdfs_read_by_ocr_keep_their_header_and_invent_no_number(ocr_pdfs):
    """Every PDF with gold read by OCR (issue 24: 0.891 for the text-layer ones before a decision mark, a
    sentence's end, posts with an I read as l and the digits pass were mended, 0.945 after, with Debian's
    Tesseract 5.3): the header at 0.9 at least, and a serial, day or month read is the gold's or none on
    every document (a day taken from the digital signature is another rule, with its own diagnostic: 56 was
    signed the day after the day written in)."""
    scores, docs = ocr_pdfs
    assert scores["header@pdf-ocr"]["f1"] >= 0.9, scores["header@pdf-ocr"]
    assert len(docs) >= 20, sorted(docs)
    for name, doc in docs.items():
        gold = json.loads((CORPUS / "realdocs" / (name[: -len(".pdf")] + ".gold.json")).read_text(encoding="utf-8"))
        serial = doc.number.serial if doc.number else None
        assert serial in (None, (gold.get("number") or {}).get("serial")), (name, serial)
        written = gold.get("issued_date_parts") or {}
        from_signature = any(d.code == "day_from_signature" for d in doc.diagnostics)
        for part in ("month",) if from_signature else ("day", "month"):
            got = getattr(doc.issued_date_parts, part) if doc.issued_date_parts else None
            assert got in (None, written.get(part)), (name, part, got)


@pytest.fixture(scope="module")
def scores(parsed):
    """Scores over what the repository holds (corpus/ only), so a user's clone checks the same (parsed
    through the session's cache: the same files are parsed for the shared scores); the seeds and realdocs,
    the gold ``FLOORS`` were set on (corpus/wild has floors of its own)."""
    pairs = [(d, g) for d, g in evaluate.find_pairs(CORPUS, None) if g.parent.name != "wild"]
    s, per_doc = evaluate.evaluate(CORPUS, shared=None, parser=parsed, pairs=pairs)
    assert len(per_doc) >= 40
    return s


#: Floors over corpus/wild, the plan-like documents of ../shared/wild (issue 39), whose gold was scored blind
#: before any change for them (5b4b79d): obligations 0.565, task-table rows 0.000, deadlines 0.308, phases
#: 0.000, header 0.964; after the classes built for them 0.868, 0.964, 0.890, 0.571, 0.964; after the second
#: stop's classes (qualified heading names, Ban Chỉ đạo after another body, periods before/after a year, years
#: of a schedule, a name cut by a wrap) 0.894, 0.964, 0.984, 1.000, 0.964; after the third stop's name classes 0.910,
#: 0.967, 0.984, 1.000, 0.964.
WILD_FLOORS = {
    "obligations": 0.90,
    "obligations@table": 0.95,
    "obligation_names": 0.92,
    "obligation_deadlines": 0.97,
    "phases": 0.99,
    "header": 0.96,
}


@pytest.fixture(scope="module")
def wild_scores(parsed):
    pairs = [(d, g) for d, g in evaluate.find_pairs(CORPUS, None) if g.parent.name == "wild"]
    assert len(pairs) == 12
    s, _per_doc = evaluate.evaluate(CORPUS, shared=None, parser=parsed, pairs=pairs)
    return s


@pytest.mark.parametrize("scope", sorted(WILD_FLOORS))
def test_wild_plans_f1_does_not_fall_below_floor(wild_scores, scope):
    assert wild_scores[scope]["f1"] >= WILD_FLOORS[scope], wild_scores[scope]


@pytest.fixture(scope="module")
def shared_scores(parsed):
    if not (SHARED / "realdocs").is_dir():
        pytest.skip("../shared/realdocs not present")
    s, _per_doc = evaluate.evaluate(CORPUS, shared=SHARED / "realdocs", parser=parsed)
    return s


@pytest.mark.parametrize("scope", sorted(FORMAT_FLOORS))
def test_per_format_f1_does_not_fall_below_floor(shared_scores, scope):
    assert shared_scores[scope]["f1"] >= FORMAT_FLOORS[scope], shared_scores[scope]


def test_gold_covers_every_native_format(shared_scores):
    formats = {k.split("@", 1)[1] for k in shared_scores if "@" in k}
    assert {"docx", "doc", "pdf", "pdf-ocr", "txt", "txt-layout"} <= formats


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_f1_does_not_fall_below_floor(scores, field):
    assert scores[field]["f1"] >= FLOORS[field], scores[field]


def test_gold_files_cover_every_seed():
    seeds = sorted(p.stem for p in (CORPUS / "seeds").glob("*.txt"))
    gold = sorted(p.name[: -len(".gold.json")] for p in (CORPUS / "seeds").glob("*.gold.json"))
    assert seeds == gold and len(seeds) == 5


def test_at_least_forty_real_documents_have_gold():
    assert len(list((CORPUS / "realdocs").glob("*.gold.json"))) >= 40
