"""Inputs of the shapes that were quadratic (issue 10), at a size where linear work takes a few seconds
and quadratic work many minutes.  Not a timing test: the alarm only turns a relapse into a failure
instead of a hung suite (``scripts/stress.py growth`` measures the exponents for docs/robustness.md)."""

from __future__ import annotations

import contextlib
import signal
import unicodedata

from conftest import seed

from vbparse import parse_text

HANG_GUARD = 90


@contextlib.contextmanager
def hang_guard(what: str):
    def too_slow(signum, frame):
        raise AssertionError(f"{what} took over {HANG_GUARD} s: super-linear again")

    old = signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(HANG_GUARD)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def test_a_preamble_of_20000_citations_is_read_whole():
    citation = "Căn cứ Quyết định số {n}/QĐ-UBND ngày 12/3/2023 của UBND tỉnh Thanh Hóa về việc ban hành quy chế;\n"
    text = "KẾ HOẠCH\nThi đua năm 2023\n" + "".join(citation.format(n=i) for i in range(1, 20_001))
    with hang_guard("a preamble of 20 000 citations"):
        doc = parse_text(text)
    assert len({r.number for r in doc.references}) == 20_000


def test_a_document_whose_line_breaks_were_lost_is_read_whole():
    body = seed("002").read_text(encoding="utf-8").replace("\n", " ")
    text = body * 60  # about a megabyte on one line
    with hang_guard("a one-line document of a megabyte"):
        doc = parse_text(text)
    assert doc.number is not None and doc.number.value == "42/KH-UBND"


def test_a_section_of_32000_lines_is_read_whole():
    """The shape ``stress.py growth`` found super-linear (a section's lines joined with repeated ``+=``:
    twice the lines took three times as long); the measurement is there, this guards against a hang."""
    text = "KẾ HOẠCH\nThi đua\n\nI. NHIỆM VỤ\n" + "".join(
        f"{i}.1.1. Nội dung thứ {i}, không có chủ thể.\n" for i in range(1, 32_001)
    )
    with hang_guard("a section of 32 000 lines"):
        doc = parse_text(text)
    assert any("thứ 32000," in f"{s.heading} {s.text}" for s in doc.iter_sections())


# --- the shapes issue 22 found super-linear: each at a size where the old code took many minutes ---------


def test_a_bold_line_with_a_long_run_of_spaces_is_read_whole():
    """A Markdown hard break was searched for at every position of a run of spaces (80 000: 20 s)."""
    text = "KẾ HOẠCH\n**Nội dung" + " " * 400_000 + "kết thúc**\n"
    with hang_guard("a bold line with 400 000 spaces"):
        doc = parse_text(text)
    assert "kết thúc" in doc.model_dump_json()


def test_a_long_table_row_of_decomposed_text_is_read_whole():
    """Each cell's offset was found by normalising the row up to it anew (a 67 kB row: 428 s)."""
    cell = unicodedata.normalize("NFD", "Ủy ban nhân dân tỉnh Hà Tĩnh chủ trì phối hợp")
    row = "| " + " | ".join(f"{cell} {i}" for i in range(4000)) + " |"
    with hang_guard("a table row of 4 000 decomposed cells"):
        doc = parse_text("KẾ HOẠCH\nThi đua\n" + row + "\n")
    assert "tỉnh Hà Tĩnh chủ trì phối hợp 3999" in doc.model_dump_json()


def test_a_title_of_many_lines_in_capitals_is_read_whole():
    """Every title line re-checked all the lines before it for capitals and open quotes (80 kB: 20 s)."""
    with hang_guard("50 000 title lines in capitals"):
        doc = parse_text("KẾ HOẠCH\n" + "NĂM\n" * 50_000)
    assert doc.doc_type is not None and doc.doc_type.code == "KH"


def test_a_long_rule_of_dashes_before_the_type_line_is_read_whole():
    """The type-line key tried every split of a long token of punctuation (20 kB of dashes: 8 s)."""
    with hang_guard("200 000 dashes before the type line"):
        doc = parse_text("UBND XÃ AN BÌNH\n" + "-" * 200_000 + "\nKẾ HOẠCH\nThi đua năm 2025\n")
    assert doc.doc_type is not None and doc.doc_type.code == "KH"


def test_a_hard_wrapped_paragraph_of_many_lines_is_read_whole():
    """Unwrapping looked for an open bold run in the whole paragraph so far at every line (issue 22: the
    stress growth test measured an exponent of 1.8 after the title fix)."""
    with hang_guard("a paragraph wrapped over 60 000 lines"):
        doc = parse_text("KẾ HOẠCH\n" + "TRIỂN KHAI CÔNG TÁC PHÒNG CHỐNG\n" * 60_000)
    assert doc.doc_type is not None and doc.doc_type.code == "KH"
