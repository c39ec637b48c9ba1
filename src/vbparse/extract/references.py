"""Citations of other documents: ``Quyết định số 09/2019/QĐ-UBND ngày 09/4/2019 của UBND tỉnh Thanh Hóa``.

A citation is a type word, optionally ``số``, and a number (complete or partial), then in any order a
date (``ngày …``) and an issuer (``của …``).  Later mentions of the same document fold into the first
(matched by type and number, and kept apart when dates or issuers disagree), so a document cited three
times is one reference with three mention spans.

A citation may run on across one line break (a wrapped line of a web page, a PDF or layout text:
``Nghị quyết số 20-NQ/TW ngày`` / ``25/10/2017 của …``), never across a blank line nor into a line that
starts anew (an item, ``Căn cứ …``, a citation of its own); each line is read with at most the next one.
"""

from __future__ import annotations

import bisect
import itertools

from ..chars import collapse_spaces, match_key, new_tone_spelling
from ..models import Diagnostic, Reference, ReferenceRelation
from ..pattern_cache import compiled, finditer_at_words
from ..structure.parser import Line, Structure, match_label
from ..tables import patterns as P
from ..tables.doctypes import CITATION_NAMES, code_for_name, name_for_code
from ..tables.issuers import expand_abbreviations
from ..tables.paragraphs import PREAMBLE_OPENERS
from .dates import groups_to_dmy, make_date
from .numbers import parse_number


def _relation_keywords(text: str) -> tuple[list[int], list[str]]:
    """Where each preamble keyword (``Căn cứ``, ``Thực hiện``) of a text ends, and the keyword: found once per
    text, so that a long preamble of citations is not rescanned from its start for every citation."""
    ends, kws = [], []
    for m in finditer_at_words(P.PREAMBLE_RELATION, text, _RELATION_FIRSTS):
        ends.append(m.end())
        kws.append(m.group("kw").lower())
    return ends, kws


def _relation_at(keywords: tuple[list[int], list[str]], pos: int) -> ReferenceRelation:
    """The relation the last keyword before ``pos`` gives a citation there."""
    ends, kws = keywords
    i = bisect.bisect_right(ends, pos) - 1
    return P.RELATION_BY_KEYWORD.get(kws[i], "mentions") if i >= 0 else "mentions"


#: The first words of the type names ``CITATION`` opens with, in lower case: a citation starts only where one of
#: them stands (``pattern_cache.finditer_at_words``).
_TYPE_FIRST_WORDS = tuple(sorted({new_tone_spelling(n).split(" ")[0].lower() for n in CITATION_NAMES}))
#: The openers ``PREAMBLE_RELATION`` finds, in lower case: a keyword starts only where one of them stands.
_RELATION_FIRSTS = tuple(sorted({o.lower() for o, r in PREAMBLE_OPENERS if r is not None}))


def _doc_type(type_word: str, number_type: str | None, form: str) -> str | None:
    """The type word decides, unless the number carries a different type code (``Văn bản số 12/KH-…``)."""
    code = code_for_name(type_word)
    if number_type and number_type not in {"CV", code} and form in {"admin", "normative", "party"}:
        return number_type
    return code


def find_citations(
    text: str, base: int, st: Structure, zone: str, default_year: int | None, end: int | None = None
) -> list[Reference]:
    """Citations that start in ``text[:end]`` (one line); ``text`` past ``end`` is the line it runs on
    into, where a citation may continue (``… số 20-NQ/TW ngày`` / ``25/10/2017 của …``, ``Nghị định số``
    / ``27/2022/NĐ-CP …``)."""
    out: list[Reference] = []
    end = len(text) if end is None else end
    if ("/" not in text and "-" not in text) or P.CITATION_NUMBER_MARK.search(text) is None:
        return out
    keywords = _relation_keywords(text[:end]) if zone == "preamble" else ([], [])
    # type names are matched in the new tone placement (``Giấy uỷ quyền`` is ``Giấy ủy quyền``); the respelt
    # text has the same length, so its offsets are the text's, and everything but the name is read from ``text``
    for m in finditer_at_words(P.CITATION, new_tone_spelling(text), _TYPE_FIRST_WORDS):
        if m.start() >= end:  # the next line's own
            break
        number = parse_number(text[m.start("num") : m.end("num")])
        pos = m.end()
        date = None
        issuer = None
        for _ in range(2):
            dm = P.CITATION_DATE.match(text, pos)
            if dm and date is None:
                d, mo, y = groups_to_dmy(dm)
                date = make_date(d, mo, y if y else default_year)
                pos = dm.end()
                continue
            om = P.CITATION_ISSUER.match(text, pos)
            if om and issuer is None:
                issuer = collapse_spaces(om.group("issuer"))
                pos = om.end("issuer")
                continue
            break
        type_word = collapse_spaces(m.group("type"))
        code = _doc_type(type_word, number.type_code, number.form)
        relation = _relation_at(keywords, m.start()) if zone == "preamble" else "mentions"
        span = st.mapped.span(base + m.start(), base + pos)
        out.append(
            Reference(
                id="",
                raw=collapse_spaces(text[m.start() : pos]),
                doc_type=code,
                doc_type_name=name_for_code(code) or type_word.capitalize(),
                number=number.value,
                date=date,
                issuer=issuer,
                relation=relation,
                span=span,
                mentions=[span],
            )
        )
    return out


def _same(a: Reference, b: Reference) -> bool:
    if a.doc_type != b.doc_type:
        return False
    # a partial number (09/2019) continues a full one (09/2019/QĐ-UBND)
    if a.number != b.number and not (
        a.number and b.number and (a.number.startswith(b.number + "/") or b.number.startswith(a.number + "/"))
    ):
        return False
    if a.date and b.date and a.date != b.date:
        return False
    return not (a.issuer and b.issuer and not _issuer_compatible(a.issuer, b.issuer))


def _issuer_compatible(x: str, y: str) -> bool:
    kx, ky = match_key(expand_abbreviations(x)), match_key(expand_abbreviations(y))
    return kx == ky or kx.startswith(ky) or ky.startswith(kx) or kx in ky or ky in kx


#: A number cut short to its serial and year (``09/2019``): compiled once, not looked up by ``regex.fullmatch``
#: at every reference.
_SERIAL_AND_YEAR = compiled(r"\d+/\d{4}")
_LINE_BREAK = compiled(r"[ \t]*\r?\n[ \t]*")


def _starts_anew(line: Line) -> bool:
    """A line that begins something of its own, not the rest of the line above: a numbered or bulleted
    item, a table row, a clause opener (``Căn cứ …``, ``Thực hiện …``) or a citation of its own."""
    if line.cells is not None or match_label(line.text):
        return True
    opener = P.PREAMBLE_RELATION.match(line.text) or P.CITATION.match(new_tone_spelling(line.text))
    return opener is not None and line.text[0].isupper()


def _run_on_lines(lines: list[Line], text: str) -> dict[int, Line]:
    """Line index → the next line of the same zone, where a single line break (not a blank line)
    separates them and the next line goes on with the same sentence: a wrapped line, whose text a
    citation may run on into."""
    out: dict[int, Line] = {}
    for ln, nxt in itertools.pairwise(lines):
        if (
            nxt.idx == ln.idx + 1
            and ln.cells is None
            and _LINE_BREAK.fullmatch(text, ln.end, nxt.start)
            and not _starts_anew(nxt)
        ):
            out[ln.idx] = nxt
    return out


def extract_references(st: Structure, diags: list[Diagnostic], default_year: int | None) -> list[Reference]:
    found: list[Reference] = []
    # the preamble first: its clause (Căn cứ / Thực hiện) decides relation, date and issuer of a document
    # the title also names
    zones: list[tuple[str, list[Line]]] = [
        ("preamble", st.preamble),
        ("title", st.title),
        ("body", st.body),
        ("body", st.closing),
    ]
    for zone, lines in zones:
        following = _run_on_lines(lines, st.text)
        for ln in lines:
            nxt = following.get(ln.idx)
            if nxt is None:
                found.extend(find_citations(ln.text, ln.start, st, zone, default_year))
            else:  # the document's own text from this line to the end of the next, offsets kept
                found.extend(
                    find_citations(st.text[ln.start : nxt.end], ln.start, st, zone, default_year, end=len(ln.text))
                )
    merged: list[Reference] = []
    # candidates by type and serial (``09`` of ``09/2019`` and ``09/2019/QĐ-UBND``): only those can be
    # the same document, so a preamble of a thousand citations is not compared pairwise
    buckets: dict[tuple, list[Reference]] = {}
    for ref in found:
        key = (ref.doc_type, ref.number.split("/", 1)[0] if ref.number else None)
        target = None
        for prev in reversed(buckets.get(key, [])):
            if _same(prev, ref):
                target = prev
                break
        if target is None:
            merged.append(ref)
            buckets.setdefault(key, []).append(ref)
            continue
        target.mentions.extend(ref.mentions)
        if target.date is None and ref.date is not None:
            target.date = ref.date
        if target.issuer is None and ref.issuer is not None:
            target.issuer = ref.issuer
        if target.relation == "mentions" and ref.relation != "mentions":
            target.relation = ref.relation
        if target.number and ref.number and len(ref.number) > len(target.number):
            target.number = ref.number
    for k, ref in enumerate(merged, 1):
        ref.id = f"r{k}"
        if ref.number and _SERIAL_AND_YEAR.fullmatch(ref.number) and ref.doc_type not in {"Luật"}:
            diags.append(
                Diagnostic(
                    code="incomplete_reference_number",
                    severity="warning",
                    message=f"'{ref.raw}' cites a number without its symbol ({ref.number})",
                    span=ref.span,
                )
            )
    return merged
