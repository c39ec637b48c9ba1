"""A parsed Document → the rows of every query table (done in the worker process, beside the parse)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..extract.assignees import name_key, place_key
from ..models import Document
from ..normalize import match_key
from .backend import index_words
from .resolve import document_issuer_key, issuer_key, number_key
from .schema import CHILD_TABLES, DOCUMENTS, value_of

#: Sorts after every ISO date.
LAST = "9999-99-99"


@dataclass
class DocumentRows:
    id: str
    json: str
    document: tuple
    children: dict[str, list[tuple]] = field(default_factory=dict)
    body: str = ""
    words: str = ""
    #: the original decoded text the spans index (``ReadResult.original``); ``None`` when the rows were
    #: made from stored JSON (a rebuild), which does not hold it
    original: str | None = None


def search_body(doc: Document) -> str:
    """The text that full-text search sees: title, headings and section text, phases, closing."""
    parts = [doc.title or ""]
    for s in doc.iter_sections():
        parts.extend(x for x in (s.heading, s.text) if x)
    parts.extend(p.raw for p in doc.phases)
    if doc.closing:
        parts.append(doc.closing)
    return "\n".join(p for p in parts if p)


def _derived_document(doc: Document) -> dict[str, Any]:
    return {
        "issuer_key": document_issuer_key(doc.issuer.name, doc.issuer.parent),
        "number_key": number_key(doc.number.value if doc.number else None),
    }


def task_groups(tasks: Iterable[tuple[str | None, str]]) -> list[int]:
    """The task each obligation is part of, numbered in order of first appearance: its ``(section, task
    text)`` (the assignees named in one sentence or table row share it: co-assignees)."""
    groups: dict[tuple[str | None, str], int] = {}
    return [groups.setdefault(key, len(groups)) for key in tasks]


def document_rows(doc: Document, doc_id: str) -> DocumentRows:
    derived = _derived_document(doc)
    main = tuple(derived[c.name] if not c.path else value_of(doc, c) for c in DOCUMENTS.columns)
    body = search_body(doc)
    rows = DocumentRows(id=doc_id, json=doc.model_dump_json(), document=main, body=body, words=index_words(body))

    refs = []
    for i, r in enumerate(doc.references):
        d = {
            "issuer_key": issuer_key(r.issuer),
            "number_key": number_key(r.number),
            "doc_date_sort": doc.issued_date.isoformat() if doc.issued_date else "",
        }  # undated last, newest first
        refs.append((i, *(d[c.name] if not c.path else value_of(r, c) for c in CHILD_TABLES["references"].columns)))
    rows.children["references"] = refs

    sections: list[tuple] = []
    stack = [(s, 0) for s in reversed(doc.sections)]
    while stack:
        s, depth = stack.pop()
        sections.append(
            (len(sections), *(depth if not c.path else value_of(s, c) for c in CHILD_TABLES["sections"].columns))
        )
        stack.extend((c, depth + 1) for c in reversed(s.children))
    rows.children["sections"] = sections

    rows.children["phases"] = [
        (i, *(value_of(p, c) for c in CHILD_TABLES["phases"].columns)) for i, p in enumerate(doc.phases)
    ]

    obligations = []
    group_of = task_groups((o.section, o.task) for o in doc.obligations)
    for i, o in enumerate(doc.obligations):
        group = group_of[i]
        keys: dict[str, Any] = {
            "assignee_key": name_key(o.assignee),
            "place_key": place_key(o.assignee),
            "person_key": match_key(o.assignee.person_name) if o.assignee.person_name else None,
            "raw_key": match_key(o.assignee.raw),
            "task_group": group,
            # sort keys: no deadline (or no document date) sorts last, on both backends alike
            "due_sort": o.deadline.isoformat() if o.deadline else LAST,
            "doc_date_sort": doc.issued_date.isoformat() if doc.issued_date else LAST,
            "doc_id": doc_id,
        }
        obligations.append(
            (i, *(keys[c.name] if not c.path else value_of(o, c) for c in CHILD_TABLES["obligations"].columns))
        )
    rows.children["obligations"] = obligations

    rows.children["recipients"] = [
        (i, *(value_of(r, c) for c in CHILD_TABLES["recipients"].columns)) for i, r in enumerate(doc.recipients)
    ]
    return rows
