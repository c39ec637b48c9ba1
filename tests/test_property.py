"""The parser never raises on text: arbitrary strings and mutated corpus text give a valid Document whose
spans all lie inside the text, where the values they locate are written."""

from __future__ import annotations

import json

import pytest
import regex
from conftest import SEEDS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vbparse import Document
from vbparse.normalize import fold, nfc
from vbparse.pipeline import parse_read
from vbparse.read import read_text_string

SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
ALPHABET = st.characters(codec="utf-8", exclude_categories=["Cs"])
FRAGMENTS = st.sampled_from(
    [
        "Số:",
        "/KH-UBND",
        "ngày",
        "tháng",
        "năm",
        "Đợt 1:",
        "từ",
        "đến",
        "I.",
        "1.",
        "- ",
        "Nơi nhận:",
        "TM.",
        "KT.",
        "Lưu:",
        "**",
        "##",
        "\n",
        "(để b/c)",
        "Căn cứ",
        "của",
        "\u0301",
        "–",
        "Ð",
        "99/99/9999",
        "phối hợp với",
        "trước ngày 31/2/2023",
    ]
)


_NOT_ALNUM = regex.compile(r"[^\p{L}\p{N}]+")


def _letters(text: str) -> str:
    """Letters and digits, folded: what a value and the text at its span share (markup, line breaks and
    case aside: ``30** /KH-UBND`` is the number ``30 /KH-UBND``, ``KẾ HOẠCH`` the type ``Kế hoạch``)."""
    return _NOT_ALNUM.sub("", fold(nfc(text)))


def span_problems(doc: Document, original: str) -> list[str]:
    """Every span inside ``original``; the number, the type, each reference and phase written at theirs;
    the signer's name inside the signature block's."""
    problems: list[str] = []

    def inside(name, span) -> bool:
        if span is not None and not 0 <= span.start <= span.end <= len(original):
            problems.append(f"{name}: span {span.start}-{span.end} outside the text (0-{len(original)})")
            return False
        return span is not None

    def written(name, span, value, whole: bool = True) -> None:
        if value is None or not inside(name, span):
            return
        at, want = _letters(original[span.start : span.end]), _letters(value)
        if (at != want) if whole else (want not in at):
            problems.append(f"{name}: {value!r} is not what its span holds ({original[span.start : span.end]!r})")

    if doc.source.chars != len(original):
        problems.append(f"source.chars {doc.source.chars} is not the text's length {len(original)}")
    if doc.number is not None:
        written("number", doc.number.span, doc.number.raw)
    written("doc_type", doc.doc_type.span, doc.doc_type.name)
    for r in doc.references:
        written("reference", r.span, r.raw)
        for m in r.mentions:
            inside("mention", m)
    for p in doc.phases:
        written("phase", p.span, p.raw)
    if doc.signer is not None:
        written("signer", doc.signer.span, doc.signer.name, whole=False)
    for name, span in [
        ("issuer", doc.issuer.span),
        ("issued_date", doc.issued_date_parts.span),
        *(("obligation", o.span) for o in doc.obligations),
        *(("recipient", r.span) for r in doc.recipients),
        *(("section", s.span) for s in doc.iter_sections()),
        *(("diagnostic", d.span) for d in doc.diagnostics),
    ]:
        inside(name, span)
    return problems


def _valid(doc: Document, original: str) -> None:
    Document.model_validate_json(doc.model_dump_json())
    assert all(d.code for d in doc.diagnostics)
    assert span_problems(doc, original) == []


def test_spans_of_the_corpus_lie_where_their_values_are_written():
    """The invariants hold on every real text and DOCX of the corpus (the oracle the mutations lean on)."""
    from conftest import ROOT

    from vbparse.read import read_path

    files = sorted(SEEDS.glob("*.txt")) + sorted(
        p for p in (ROOT / "corpus" / "realdocs").glob("*") if p.suffix in (".txt", ".docx")
    )
    assert len(files) >= 20
    for path in files:
        result = read_path(path)
        assert span_problems(parse_read(result), result.original) == [], path.name


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=ALPHABET, max_size=400))
def test_arbitrary_text_parses(text):
    result = read_text_string(text)
    _valid(parse_read(result), result.original)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(SEED_TEXTS),
    st.lists(
        st.tuples(st.integers(0, 30000), st.integers(0, 200), st.one_of(FRAGMENTS, st.text(ALPHABET, max_size=8))),
        max_size=12,
    ),
)
def test_mutated_corpus_text_parses(text, edits):
    for pos, cut, ins in edits:
        pos %= len(text) + 1
        text = text[:pos] + ins + text[pos + cut :]
    result = read_text_string(text)
    doc = parse_read(result)
    _valid(doc, result.original)
    json.loads(doc.model_dump_json())


#: Characters Python calls digits that ``int()`` cannot read (superscripts, circled, fractions' numerals),
#: and decimal digits of other scripts: the fuzz of issue 22 put them in the issue date (62 ValueError).
OTHER_DIGITS = ["²³", "①②", "⑴", "¹", "٣", "４２", "𝟐", "⁰⁹"]


@pytest.mark.parametrize("digits", OTHER_DIGITS)
@pytest.mark.parametrize(
    "template",
    [
        "UBND XÃ AN BÌNH\nSố: {d}/KH-UBND\nAn Bình, ngày {d} tháng {d} năm 2025\nKẾ HOẠCH\nThi đua\n",
        "KẾ HOẠCH\nThi đua\nĐợt {d}: Từ {d}/3/2025 đến {d}/4/2025\n1. Văn phòng chủ trì, hoàn thành trước ngày {d}/{d}/2025.\n",
        "KẾ HOẠCH\nThi đua\nGiai đoạn {d} (2026 - 2027)\n| STT | Nhiệm vụ | Chủ trì | Thời gian |\n| {d} | Rà soát | Sở Tư pháp | Quý {d}/2026 |\n",
    ],
)
def test_digits_python_cannot_read_never_raise(template, digits):
    text = template.format(d=digits)
    result = read_text_string(text)
    doc = parse_read(result)
    _valid(doc, result.original)
    if doc.issued_date is not None:  # a date is only ever read from digits that mean what they say
        assert str(doc.issued_date.day) in nfc(text) or digits in ("٣", "４２", "𝟐")


def test_a_type_line_glued_to_a_date_like_prefix_has_its_span_on_the_type_words():
    """Regression (found by ``test_mutated_corpus_text_parses``): ``99/99/9999## **KẾ HOẠCH**`` on one line, the
    prefix cut from the type as a stray mark: the type's span held the prefix's digits too."""
    text = (
        "99/99/9999## **KẾ HOẠCH**\n\n### **Sơ kết phong trào thi đua năm 2023**\n\nI. MỤC ĐÍCH\n1. Đánh giá kết quả.\n"
    )
    result = read_text_string(text)
    doc = parse_read(result)
    assert doc.doc_type.code == "KH"
    assert span_problems(doc, result.original) == []
