"""read → normalise → parse → extract → model.  ``parse()`` is the library's front door."""

from __future__ import annotations

import os
from pathlib import Path

import regex

from .extract.areas import document_area, gives_collective_tasks, respelled_issuer, with_areas
from .extract.checks import check_dates, check_numbering
from .extract.closing import extract_recipients, extract_signer
from .extract.confidence import OcrConfidence
from .extract.deadlines import plan_year_of
from .extract.document_places import document_places
from .extract.header import (
    day_from_signing,
    extract_doc_type,
    extract_issuer,
    extract_number,
    extract_place_date,
    extract_title,
)
from .extract.obligations import Proposal, extract_obligations
from .extract.parts import extract_parts, in_parts
from .extract.phases import extract_phases
from .extract.references import extract_references
from .extract.resolver import Resolver
from .models import Diagnostic, Document, ExtraText, OcrPage, Source
from .normalize import normalize
from .paths import display_path
from .pattern_cache import compiled
from .read import ReadError, ReadResult, read_path, read_text_string
from .read.flat_tables import unflatten_tables
from .structure.parser import Structure, parse_structure
from .tables.deadlines import PERIOD_IN_TITLE

#: A one-line string ending like this is a file name, never a document's text.
_FILE_NAME = compiled(r"[^\n]{0,4000}\.(?:txt|md|markdown|docx?|pdf|rtf|odt|html?)", regex.IGNORECASE)

_SURROGATE = compiled(r"[\ud800-\udfff]")


def parse(
    source: str | os.PathLike | ReadResult | None = None, *, text: str | None = None, ocr: str = "auto"
) -> Document:
    """Parse a file (a ``Path``, or a string naming an existing file), a ``ReadResult``, or ``text=``.

    A string that looks like a file name (one line ending in ``.docx``, ``.pdf``, …) but names no file
    raises ``ReadError`` ("file not found") instead of being parsed as a document; any other string that
    is not an existing file is parsed as text (prefer ``parse_text`` or ``text=`` for that).  Raises
    ``ReadError`` for a file that cannot be read; never raises on text.
    """
    if text is not None:
        if source is not None:
            raise TypeError("parse() takes a source or text=, not both")
        return parse_text(text)
    if isinstance(source, ReadResult):
        return parse_read(source)
    if isinstance(source, os.PathLike):
        return parse_read(read_file(source, ocr))
    if not isinstance(source, str):
        raise TypeError(f"parse() takes a path, a ReadResult or text=, not {type(source).__name__}")
    if "\n" not in source and _is_file(source):
        return parse_read(read_file(source, ocr))
    if _FILE_NAME.fullmatch(source.strip()):
        raise ReadError(source.strip(), "file not found (to parse a string as a document, use parse_text)")
    return parse_text(source)


def parse_text(text: str) -> Document:
    """Parse a document's text; never raises (lone surrogates and other unencodable characters become
    U+FFFD, with a diagnostic)."""
    clean, replaced = _SURROGATE.subn("\ufffd", text)
    result = read_text_string(clean)
    if replaced:
        result.notes.append(
            ("replaced_characters", (f"{replaced} lone surrogate code points (not Unicode text) replaced by U+FFFD"))
        )
    return parse_read(result)


def read_file(source: str | os.PathLike, ocr: str = "auto") -> ReadResult:
    """What ``parse`` reads from a file: its ReadResult, with a path that stays readable in JSON."""
    result = read_path(source, ocr=ocr)
    if result.path:  # a name that is not UTF-8 is kept readable in JSON and in the archive
        result.path = display_path(result.path)
    return result


def _is_file(name: str) -> bool:
    try:
        return Path(name).is_file()
    except (OSError, ValueError):  # too long for a file name, or a NUL byte
        return False


def parse_read(
    result: ReadResult, *, trace: list[Proposal] | None = None, resolver: Resolver | None = None
) -> Document:
    """The Document of what a reader read; ``trace``, when a list, receives every task proposed, kept or not
    (``vbparse explain``); ``resolver`` decides which proposed tasks are kept (the shipped one when None;
    ``scripts/train_resolver.py`` passes one that keeps all)."""
    result = unflatten_tables(result)
    mapped = normalize(result.mapped)
    st = parse_structure(mapped, result.blocks, result.mapped.text)
    diags: list[Diagnostic] = [Diagnostic(code=code, severity="warning", message=msg) for code, msg in result.notes]
    # values read by OCR from words Tesseract was unsure of become diagnostics (text layers are trusted)
    conf = OcrConfidence(result.word_confidence, st.mapped)
    number = conf.number(extract_number(st, diags), diags)
    place, issued, parts = conf.place_date(st, *extract_place_date(st, diags), diags)
    issued, parts = day_from_signing(issued, parts, result.signed_at, diags)
    doc_type = extract_doc_type(st, number)
    if doc_type.code is None:
        diags.append(
            Diagnostic(
                code="missing_doc_type",
                severity="warning",
                message="no type line (KẾ HOẠCH, QUYẾT ĐỊNH, …) and no type in the number",
            )
        )
    issuer = conf.issuer(st, extract_issuer(st, diags), diags)
    year = parts.year or (number.year if number else None)
    title = extract_title(st, doc_type.code)
    references = extract_references(st, diags, year)
    # the year the plan is for (``Kế hoạch … năm 2026`` issued in December 2025) completes dates without one
    plan_year = plan_year_of(title) or year
    phases = extract_phases(st, diags, plan_year)
    several_years = title is not None and plan_year_of(title) is None and PERIOD_IN_TITLE.search(title) is not None
    obligations = extract_obligations(
        st,
        diags,
        plan_year,
        issuer,
        several_years=several_years,
        doc_type=doc_type.code,
        trace=trace,
        resolver=resolver,
        issued=issued,
    )
    area = document_area(issuer, place, issued, number.issuer_code if number else None)
    issuer = respelled_issuer(issuer, area, diags)
    obligations = with_areas(
        obligations,
        area,
        issued,
        diags,
        collectives=gives_collective_tasks(issuer),
        places=document_places(mapped.text) if area is None else None,
    )
    doc_parts = extract_parts(st, number, issued)
    obligations = in_parts(obligations, doc_parts)
    recipients, archive = extract_recipients(st, diags)
    signer = extract_signer(st, diags, conf)
    check_numbering(st, diags)
    check_dates(st, diags)
    _report_unread(st, diags)
    closing = "\n".join(ln.text for ln in st.closing) or None
    doc = Document(
        source=Source(
            path=result.path,
            format=result.format,
            sha256=result.sha256,
            chars=len(result.original),
            encoding=result.encoding,
            pages=result.pages,
            ocr=result.ocr,
            ocr_pages=[OcrPage(page=k, confidence=round(v, 1)) for k, v in sorted(result.ocr_pages.items())],
            signed_at=result.signed_at,
            extra_text=[ExtraText(kind=k, text=t) for k, t in result.extra],
            boxes=text_boxes(result),
        ),
        doc_type=doc_type,
        number=number,
        issuer=issuer,
        place=place,
        area=area.display if area else None,
        area_key=area.path if area else None,
        issued_date=issued,
        issued_date_parts=parts,
        title=title,
        references=references,
        sections=st.to_sections(),
        parts=doc_parts,
        phases=phases,
        obligations=obligations,
        recipients=recipients,
        archive=archive,
        signer=signer,
        closing=closing,
        diagnostics=sorted(diags, key=lambda d: d.span.start if d.span else -1),
    )
    return doc


def _report_unread(st: Structure, diags: list[Diagnostic]) -> None:
    """Text after the closing that no part holds is said, with how much of it there is: never dropped silently."""
    if not st.unread:
        return
    chars = sum(len(ln.text) for ln in st.unread)
    first = st.unread[0].text.strip()[:60]
    diags.append(
        Diagnostic(
            code="unread_after_closing",
            severity="warning",
            message=f"{len(st.unread)} lines ({chars} characters) after the closing belong to no part read "
            f"(no numbered item, table or closing paragraph holds them), the first: '{first}'",
            span=st.mapped.span(st.unread[0].start, st.unread[-1].end),
        )
    )


#: Box coordinates are kept to this many decimals of a point (a tenth of a point is below a pixel at 300 dpi).
DEFAULT_BOX_DECIMALS = 1


def text_boxes(result: ReadResult) -> list[tuple[int, int, int, float, float, float, float]]:
    """The reader's words joined into stretches of one line, each with its page and box."""
    d = DEFAULT_BOX_DECIMALS
    return [
        (start, end, page, round(x0, d), round(top, d), round(x1, d), round(bottom, d))
        for start, end, (page, x0, top, x1, bottom) in result.words.stretches(result.original)
    ]


def normalized_text(source: str | os.PathLike, *, ocr: str = "auto") -> str:
    """The normalised text the parser sees (``vbparse parse --text``)."""
    result = read_path(source, ocr=ocr)
    return normalize(result.mapped).text
