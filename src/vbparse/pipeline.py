"""read → normalise → parse → extract → model.  ``parse()`` is the library's front door."""

from __future__ import annotations

import os
from pathlib import Path

from .extract.checks import check_dates, check_numbering
from .extract.closing import extract_recipients, extract_signer
from .extract.header import extract_doc_type, extract_issuer, extract_number, extract_place_date, extract_title
from .extract.deadlines import plan_year_of
from .extract.obligations import extract_obligations
from .extract.phases import extract_phases
from .extract.references import extract_references
from .models import Diagnostic, Document, ExtraText, OcrPage, Source
from .normalize import normalize
from .parse.structure import parse_structure
from .read import ReadResult, read_path, read_text_string


def parse(source: str | os.PathLike | ReadResult, *, ocr: str = "auto") -> Document:
    """Parse a file path, a ``ReadResult`` or a document's text into a ``Document``.

    A ``str`` is taken as a path when it names an existing file and has no line break, otherwise as
    the text itself.  Raises ``ReadError`` for a file that cannot be read; never raises on text.
    """
    if isinstance(source, ReadResult):
        result = source
    elif isinstance(source, os.PathLike) or (isinstance(source, str) and "\n" not in source
                                             and len(source) < 4096 and Path(source).is_file()):
        result = read_path(source, ocr=ocr)
    else:
        result = read_text_string(str(source))
    return parse_read(result)


def parse_read(result: ReadResult) -> Document:
    mapped = normalize(result.mapped)
    st = parse_structure(mapped, result.blocks, result.mapped.text)
    diags: list[Diagnostic] = [Diagnostic(code=code, severity="warning", message=msg) for code, msg in result.notes]
    number = extract_number(st, diags)
    place, issued, parts = extract_place_date(st, diags)
    doc_type = extract_doc_type(st, number)
    if doc_type.code is None:
        diags.append(Diagnostic(code="missing_doc_type", severity="warning",
                                message="no type line (KẾ HOẠCH, QUYẾT ĐỊNH, …) and no type in the number"))
    issuer = extract_issuer(st, diags)
    year = parts.year or (number.year if number else None)
    title = extract_title(st)
    references = extract_references(st, diags, year)
    # the year the plan is for (``Kế hoạch … năm 2026`` issued in December 2025) completes dates without one
    plan_year = plan_year_of(title) or year
    phases = extract_phases(st, diags, plan_year)
    obligations = extract_obligations(st, diags, plan_year, issuer)
    recipients, archive = extract_recipients(st, diags)
    signer = extract_signer(st, diags)
    check_numbering(st, diags)
    check_dates(st, diags)
    closing = "\n".join(ln.text for ln in st.closing) or None
    doc = Document(
        source=Source(path=result.path, format=result.format, sha256=result.sha256, chars=len(result.original),
                      encoding=result.encoding, pages=result.pages, ocr=result.ocr,
                      ocr_pages=[OcrPage(page=k, confidence=round(v, 1)) for k, v in sorted(result.ocr_pages.items())],
                      signed_at=result.signed_at,
                      extra_text=[ExtraText(kind=k, text=t) for k, t in result.extra]),
        doc_type=doc_type, number=number, issuer=issuer, place=place, issued_date=issued, issued_date_parts=parts,
        title=title, references=references, sections=st.to_sections(), phases=phases,
        obligations=obligations, recipients=recipients, archive=archive, signer=signer, closing=closing,
        diagnostics=sorted(diags, key=lambda d: (d.span.start if d.span else -1)),
    )
    return doc


def normalized_text(source: str | os.PathLike, *, ocr: str = "auto") -> str:
    """The normalised text the parser sees (``vbparse parse --text``)."""
    result = read_path(source, ocr=ocr)
    return normalize(result.mapped).text
