"""The parser never raises on text: arbitrary strings and mutated corpus text give a valid Document."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SEEDS
from vbparse import Document, parse
from vbparse.read import read_text_string
from vbparse.pipeline import parse_read

SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
ALPHABET = st.characters(codec="utf-8", exclude_categories=("Cs",))
FRAGMENTS = st.sampled_from(["Số:", "/KH-UBND", "ngày", "tháng", "năm", "Đợt 1:", "từ", "đến", "I.", "1.", "- ",
                             "Nơi nhận:", "TM.", "KT.", "Lưu:", "**", "##", "\n", "(để b/c)", "Căn cứ", "của",
                             "\u0301", "–", "Ð", "99/99/9999", "phối hợp với", "trước ngày 31/2/2023"])


def _valid(doc: Document) -> None:
    Document.model_validate_json(doc.model_dump_json())
    for d in doc.diagnostics:
        assert d.code


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=ALPHABET, max_size=400))
def test_arbitrary_text_parses(text):
    _valid(parse_read(read_text_string(text)))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(SEED_TEXTS), st.lists(st.tuples(st.integers(0, 30000), st.integers(0, 200),
                                                        st.one_of(FRAGMENTS, st.text(ALPHABET, max_size=8))),
                                              max_size=12))
def test_mutated_corpus_text_parses(text, edits):
    for pos, cut, ins in edits:
        pos %= len(text) + 1
        text = text[:pos] + ins + text[pos + cut:]
    doc = parse_read(read_text_string(text))
    _valid(doc)
    json.loads(doc.model_dump_json())
