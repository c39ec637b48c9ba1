"""The original text with what was read from it marked in place, for the document page.

Every value of a ``Document`` that was read from the text carries a span into the original text; the
page shows that text with each span wrapped in a class-coded ``<mark>`` (a link for a reference that
resolves to an archived document), so a reviewer sees where each value came from.  Spans may nest (a
reference inside a task) or cross (a PDF's signature block beside its recipients): they are sorted
and a span crossing its parent's end is split there, so the HTML stays well nested.
"""

from __future__ import annotations

import datetime as _dt
import heapq
from collections.abc import Callable
from dataclasses import dataclass

from markupsafe import Markup, escape

from ..models import Document, DocumentSummary, RefEdge, Span
from ..office_time import office_now

#: Kinds of highlight, in legend order, with their Vietnamese label.  The order also decides nesting
#: when two spans cover the same characters: the earlier kind is the outer one.
KINDS: dict[str, str] = {
    "doc_type": "Loại văn bản",
    "number": "Số, ký hiệu",
    "issuer": "Cơ quan ban hành",
    "date": "Ngày ban hành",
    "obligation": "Nhiệm vụ",
    "phase": "Giai đoạn",
    "reference": "Văn bản dẫn chiếu",
    "recipient": "Nơi nhận",
    "signer": "Người ký",
    "diagnostic": "Cảnh báo của trình đọc",
}
_RANK = {k: i for i, k in enumerate(KINDS)}
ROLE_LABELS = {"lead": "chủ trì", "support": "phối hợp"}
RELATION_LABELS = {"basis": "căn cứ", "implements": "thực hiện", "mentions": "nhắc đến"}
STATUS_LABELS = {"resolved": "có trong kho", "ambiguous": "nhiều văn bản khớp", "external": "không có trong kho"}


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str
    label: str  # the tooltip: what the value is
    href: str | None = None


def vn_date(d) -> str:
    return d.strftime("%d/%m/%Y") if d else ""


def vn_datetime(stamp: str | _dt.datetime | None) -> str:
    """A stored UTC time (``2026-01-15T02:30:00+00:00``, or a ``datetime``) as the offices' time (``OFFICE_ZONE``),
    dd/mm/yyyy HH:MM; text that is not such a time is returned as it is."""
    if not stamp:
        return ""
    if isinstance(stamp, _dt.datetime):
        when = stamp
    else:
        try:
            when = _dt.datetime.fromisoformat(stamp)
        except ValueError:
            return stamp
    return office_now(when).strftime("%d/%m/%Y %H:%M")  # without a zone: UTC, as the archive writes it


def document_label(summary: DocumentSummary | None, doc_id: str) -> str:
    """What a list prints for a document: its number (``42/KH-UBND``), else its type and that it has none, else its
    id (a document no longer stored)."""
    if summary is None:
        return doc_id
    if summary.number:
        return summary.number
    return f"{summary.doc_type or 'Văn bản'} (không số)"


def _reference_label(edge: RefEdge | None, raw: str, relation: str) -> str:
    label = f"Văn bản dẫn chiếu ({RELATION_LABELS.get(relation, relation)}): {raw}"
    if edge is not None:
        label += f" — {STATUS_LABELS[edge.status]}"
    return label


def marks_of(doc: Document, text: str, edges: dict[str, RefEdge], href_of: Callable[[str], str]) -> list[Mark]:
    """Every value with a span, as marks; ``edges`` maps a reference id to its resolution and
    ``href_of(doc_id)`` is a document page's address."""
    marks: list[Mark] = []

    def add(span: Span | None, kind: str, label: str, href: str | None = None) -> None:
        if span is not None:
            marks.append(Mark(span.start, span.end, kind, label, href))

    if doc.doc_type.span:
        add(doc.doc_type.span, "doc_type", f"Loại văn bản: {doc.doc_type.name or doc.doc_type.code or ''}")
    if doc.number:
        add(doc.number.span, "number", f"Số, ký hiệu: {doc.number.value or doc.number.raw}")
    add(doc.issuer.span, "issuer", f"Cơ quan ban hành: {doc.issuer.name or ''}")
    parts = doc.issued_date_parts
    if doc.issued_date:
        add(parts.span, "date", f"Ngày ban hành: {vn_date(doc.issued_date)}")
    elif parts.span is not None:  # a day or month left blank, or unreadable: the line is still the date's
        written = "/".join(str(x) if x else "…" for x in (parts.day, parts.month, parts.year))
        add(parts.span, "date", f"Ngày ban hành (không đầy đủ): {written}")
    for r in doc.references:
        edge = edges.get(r.id)
        href = href_of(edge.target.id) if edge is not None and edge.target is not None else None
        label = _reference_label(edge, r.raw, r.relation)
        for span in r.mentions or ([r.span] if r.span else []):
            add(span, "reference", label, href)
    for ph in doc.phases:
        add(ph.span, "phase", f"Giai đoạn: {ph.raw}")
    for o in doc.obligations:
        due = f"; thời hạn {vn_date(o.deadline)}" if o.deadline else ""
        if o.deadline_raw and o.deadline_precision not in (None, "day"):
            due = f"; thời hạn {o.deadline_raw}"
        who = o.assignee.canonical or o.assignee.raw
        add(o.span, "obligation", f"Nhiệm vụ — {ROLE_LABELS[o.role]}: {who}{due}")
    for rc in doc.recipients:
        add(rc.span, "recipient", f"Nơi nhận: {rc.name}" + (f" ({rc.purpose})" if rc.purpose else ""))
    if doc.signer:
        add(
            doc.signer.span,
            "signer",
            "Người ký: " + " ".join(x for x in (doc.signer.authority, doc.signer.position, doc.signer.name) if x),
        )
    for dg in doc.diagnostics:
        add(dg.span, "diagnostic", f"Cảnh báo: {dg.message}")
    return merge(marks, len(text))


def merge(marks: list[Mark], length: int) -> list[Mark]:
    """Clip to the text, drop empty spans, and fold marks of one kind over the same characters (the
    assignees of one task) into one whose tooltip names them all."""
    by_key: dict[tuple[int, int, str], Mark] = {}
    for m in marks:
        start, end = max(0, m.start), min(length, m.end)
        if start >= end:
            continue
        key = (start, end, m.kind)
        old = by_key.get(key)
        if old is None:
            by_key[key] = Mark(start, end, m.kind, m.label, m.href)
        elif m.label not in old.label.split("\n"):
            by_key[key] = Mark(start, end, m.kind, old.label + "\n" + m.label, old.href or m.href)
    return sorted(by_key.values(), key=lambda m: (m.start, -m.end, _RANK[m.kind]))


def _open(m: Mark, in_link: bool) -> tuple[str, str]:
    attrs = f' class="hl hl-{m.kind}" data-kind="{m.kind}" title="{escape(m.label)}"'
    if m.href and not in_link:  # no link inside a link
        return f'<a href="{escape(m.href)}"{attrs}>', "</a>"
    return f"<mark{attrs}>", "</mark>"


def render(text: str, marks: list[Mark]) -> Markup:
    """``text`` escaped, each mark's characters wrapped; a mark crossing the end of the one it starts
    inside is cut there and goes on after it."""
    heap = [(m.start, -m.end, _RANK[m.kind], i, m) for i, m in enumerate(marks)]
    heapq.heapify(heap)
    out: list[str] = []
    pos = 0
    stack: list[tuple[int, str, bool]] = []  # (end, closing tag, is a link)

    def close_to(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1][0] <= limit:
            end, tag, _ = stack.pop()
            out.append(str(escape(text[pos:end])))
            out.append(tag)
            pos = end

    while heap:
        start, neg_end, rank, i, m = heapq.heappop(heap)
        end = -neg_end
        close_to(start)
        if stack and end > stack[-1][0]:  # crosses the parent's end: the rest resumes after it
            heapq.heappush(heap, (stack[-1][0], neg_end, rank, i, m))
            end = stack[-1][0]
        if start >= end:
            continue
        out.append(str(escape(text[pos:start])))
        pos = start
        in_link = any(link for _, _, link in stack)
        opening, closing = _open(m, in_link)
        out.append(opening)
        stack.append((end, closing, closing == "</a>"))
    close_to(len(text))
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


def mark_snippet(snippet: str | None, highlights: list[Span]) -> Markup:
    """A search hit's snippet escaped, its matched words (offsets into the snippet) in ``<mark>``."""
    if not snippet:
        return Markup("")
    out, pos = [], 0
    for s in sorted(highlights, key=lambda s: (s.start, s.end)):
        start, end = max(s.start, pos), min(s.end, len(snippet))
        if start >= end:
            continue
        out += [str(escape(snippet[pos:start])), "<mark>", str(escape(snippet[start:end])), "</mark>"]
        pos = end
    out.append(str(escape(snippet[pos:])))
    return Markup("".join(out))
