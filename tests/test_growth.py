"""Inputs of the shapes that were quadratic (issue 10), at a size where linear work takes a few seconds
and quadratic work many minutes.  Not a timing test: the alarm only turns a relapse into a failure
instead of a hung suite (``scripts/stress.py growth`` measures the exponents for the README)."""

from __future__ import annotations

import contextlib
import signal

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
    text = "KẾ HOẠCH\nThi đua\n\nI. NHIỆM VỤ\n" + "".join(f"{i}.1.1. Nội dung thứ {i}, không có chủ thể.\n"
                                                           for i in range(1, 32_001))
    with hang_guard("a section of 32 000 lines"):
        doc = parse_text(text)
    assert any("thứ 32000," in f"{s.heading} {s.text}" for s in doc.iter_sections())
