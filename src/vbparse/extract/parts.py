"""The parts printed after a document's closing: appendices and the documents it issues.

A decision that issues a plan prints the plan after its signature (``KẾ HOẠCH`` / its title / ``(Kèm theo
Quyết định số … ngày …)``); a plan prints its appendices (``PHỤ LỤC I`` / ``DANH MỤC NHIỆM VỤ …``).  Each is
a ``DocumentPart`` with its own type, title and sections; it has no number or date of its own, so those of
the document that issues it are carried.  Obligations read in a part say which (``Obligation.part``).
"""

from __future__ import annotations

import datetime as dt

from ..chars import collapse_spaces, is_caps
from ..models import DocNumber, DocType, DocumentPart, Obligation
from ..pattern_cache import compiled
from ..structure.parser import Line, Part, Structure, appendix_name
from ..tables import patterns as P
from ..tables.doctypes import name_for_code
from .header import type_code_of_line

#: A part's title is at most this many lines (a long head is a paragraph of its own, not its title).
DEFAULT_TITLE_LINES = 4
#: What follows an appendix's label on its line: ``PHỤ LỤC I: DANH MỤC …``, ``Phụ lục 01 - …``.
_AFTER_LABEL = compiled(r"^[\s:.\-–—]+")
#: The label of a form or a table appended (``Mẫu số 02``, ``BIỂU MẪU SỐ 3``, ``Phụ biểu 01``), as printed.
_FORM_LABEL = compiled(r"(?i)^\s*(?:mẫu|biểu mẫu|phụ biểu)(?:\s+số)?(?:\s*[\dIVXLC]+[a-z]?\b)?")


def extract_parts(st: Structure, number: DocNumber | None, issued: dt.date | None) -> list[DocumentPart]:
    """One ``DocumentPart`` per appendix or attached document the structure found after the closing."""
    return [_part(st, part, number, issued) for part in st.parts]


def _part(st: Structure, part: Part, number: DocNumber | None, issued: dt.date | None) -> DocumentPart:
    opener = part.opener.text.strip(" *")
    title_lines = _title_lines(part.head, attached=part.kind == "attached")
    note = _note(part.head)
    if part.kind == "appendix":
        m = P.APPENDIX_LABEL.match(opener) or _FORM_LABEL.match(opener)
        label = appendix_name(opener) if P.APPENDIX_LABEL.match(opener) else (m.group().strip() if m else None)
        rest = _AFTER_LABEL.sub("", opener[m.end() :]) if m else opener
        title_lines = ([rest] if rest else []) + title_lines
        doc_type = DocType()
    else:
        label = None
        doc_type = _doc_type(st, part.opener)
        title_lines, in_line = _title_on_type_line(part.opener, title_lines)
        note = note or in_line
    return DocumentPart(
        kind=part.kind,  # type: ignore[arg-type]
        label=label,
        doc_type=doc_type,
        title=collapse_spaces(" ".join(title_lines)) or None,
        attached_note=note,
        number=number.value if number is not None else None,
        issued_date=issued,
        sections=st.to_sections(part.roots),
        span=st.mapped.span(part.opener.start, part.end),
    )


def _note(head: list[Line]) -> str | None:
    """The ``(Kèm theo …)`` note of a part's head: a line of its own, or the end of its title's last line."""
    for ln in head:
        found = P.ATTACHED_NOTE_IN_LINE.search(ln.text) if ln.cells is None else None
        if found is not None:
            return ln.text[found.start() :].strip(" *")
        if ln.cells is None and P.ATTACHED_NOTE.match(ln.text.strip(" *")):
            return ln.text.strip(" *")
    return None


def _title_lines(head: list[Line], *, attached: bool = False) -> list[str]:
    """The lines of the head before the ``(Kèm theo …)`` note; without a note, the first lines in capitals
    (a paragraph below an appendix's caption is no title), or under an attached document's type line its
    first line, unless a sentence's end closes it."""
    texts = [ln.text.strip(" *") for ln in head if ln.cells is None and ln.text.strip(" *")]
    for i, t in enumerate(texts):  # the note on a line of its own, or at the end of the title's last line
        if P.ATTACHED_NOTE.match(t):
            return texts[:i][:DEFAULT_TITLE_LINES]
        if (in_line := P.ATTACHED_NOTE_IN_LINE.search(t)) is not None:
            last = t[: in_line.start()].strip(" *")
            return [*texts[:i], *([last] if last else [])][:DEFAULT_TITLE_LINES]
    out = []
    for t in texts[:DEFAULT_TITLE_LINES]:
        if not is_caps(t):
            break
        out.append(t)
    if not out and attached and texts and not P.SENTENCE_LINE_END.search(texts[0]):
        out = texts[:1]  # a document's type line stands over its title, in whatever case (``Kiểm tra …``)
    return out


def _title_on_type_line(opener: Line, title_lines: list[str]) -> tuple[list[str], str | None]:
    """The title and the ``(Kèm theo …)`` note printed on an attached document's type line (``CHƯƠNG TRÌNH
    HÀNH ĐỘNG … (Kèm theo Quyết định số …)``): the title's start goes before ``title_lines`` (the head's), or
    is the whole title when the note closes it on that line; ``title_lines`` as they are when the type
    stands alone."""
    if P.TYPE_LINE_KEY.match(opener.key):
        return title_lines, None
    text = opener.text.strip(" *")
    lead = P.TYPE_LEAD.match(text)
    rest = text[lead.end() :] if lead is not None else ""
    note = P.ATTACHED_NOTE_IN_LINE.search(rest)
    if note is not None:
        rest = rest[: note.start()]
    rest = _AFTER_LABEL.sub("", rest).strip(" *")
    if note is not None:
        return ([rest] if rest else title_lines), note.group().strip(" *")
    return ([rest] if rest else []) + title_lines, None


def _doc_type(st: Structure, line: Line) -> DocType:
    lead = P.TYPE_LEAD.match(line.text)
    code = type_code_of_line(line.text if lead is None or P.TYPE_LINE_KEY.match(line.key) else lead.group("t"))
    if code is None:
        return DocType()
    return DocType(code=code, name=name_for_code(code), span=st.mapped.span(line.start, line.end))


def in_parts(obligations: list[Obligation], parts: list[DocumentPart]) -> list[Obligation]:
    """Each obligation with the index of the part its span starts in (None in the body)."""
    bounds = [(i, p.span.start, p.span.end) for i, p in enumerate(parts) if p.span is not None]
    if not bounds:
        return obligations
    out = []
    for o in obligations:
        at = o.span.start if o.span is not None else None
        part = next((i for i, a, b in bounds if at is not None and a <= at < b), None)
        out.append(o if part is None else o.model_copy(update={"part": part}))
    return out
