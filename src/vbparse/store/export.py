"""Exports of an archive: JSON Lines, CSV (opens in Excel: write it UTF-8 with BOM) and GraphML.

Columns and fields come from the result models (``DocumentSummary``, ``ObligationHit``, ``RefEdge``):
CSV columns are their fields flattened with ``_`` (the same flattening as the store's tables); a list
becomes one cell, its items' ids or names joined by ``; ``.  Offsets (spans) are left out of CSV.
"""

from __future__ import annotations

import csv
from typing import IO, Any, Iterable, Iterator
from xml.etree import ElementTree as ET

from pydantic import BaseModel

from ..models import DocumentSummary, ObligationHit, RefEdge
from .archive import Archive
from .schema import Column, flatten

_CSV_SKIP = {"span", "mentions", "highlights"}


def csv_columns(model: type[BaseModel]) -> list[Column]:
    return [c for c in flatten(model) if not (_CSV_SKIP & set(c.path)) and "span" not in c.name.split("_")]


def _cell(obj: Any, col: Column) -> Any:
    v: Any = obj
    for attr in col.path:
        if v is None:
            return ""
        v = getattr(v, attr)
    if v is None:
        return ""
    if isinstance(v, list):
        names = []
        for item in v:
            if isinstance(item, BaseModel):
                names.append(getattr(item, "id", None) or getattr(item, "canonical", None)
                             or getattr(item, "raw", None) or item.model_dump_json())
            else:
                names.append(str(item))
        return "; ".join(names)
    if hasattr(v, "isoformat"):
        return v.isoformat()
    return v


def _items(archive: Archive, what: str) -> tuple[type[BaseModel], Iterator[BaseModel]]:
    if what == "documents":
        return DocumentSummary, (s for s, _ in archive.documents())
    if what == "obligations":
        return ObligationHit, archive.all_obligations()
    if what == "references":
        return RefEdge, archive.edges()
    raise ValueError(f"unknown export: {what}")


def export(archive: Archive, out: IO[str], *, fmt: str, what: str) -> int:
    """Write the export to ``out``; returns the number of records (edges for GraphML)."""
    if fmt == "graphml":
        return write_graphml(archive, out)
    if fmt == "jsonl" and what == "documents":
        n = 0
        for record in archive.records():
            out.write(record.model_dump_json() + "\n")
            n += 1
        return n
    model, items = _items(archive, what)
    if fmt == "jsonl":
        n = 0
        for item in items:
            out.write(item.model_dump_json() + "\n")
            n += 1
        return n
    if fmt == "csv":
        cols = csv_columns(model)
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow([c.name for c in cols])
        n = 0
        for item in items:
            writer.writerow([_cell(item, c) for c in cols])
            n += 1
        return n
    raise ValueError(f"unknown format: {fmt}")


def _external_key(edge: RefEdge) -> str:
    c = edge.citation
    return "ext:" + "|".join(x or "" for x in (c.doc_type, c.number, c.date.isoformat() if c.date else None,
                                               c.issuer))


def write_graphml(archive: Archive, out: IO[str]) -> int:
    """The reference graph: archived documents and cited-but-absent documents as nodes, citations as edges."""
    ns = "http://graphml.graphdrawing.org/xmlns"
    root = ET.Element("graphml", {"xmlns": ns})
    node_keys = ("number", "doc_type", "issuer", "issued_date", "title", "path", "archived")
    edge_keys = ("status", "relation", "raw")
    for k in node_keys:
        ET.SubElement(root, "key", {"id": f"n_{k}", "for": "node", "attr.name": k,
                                    "attr.type": "boolean" if k == "archived" else "string"})
    for k in edge_keys:
        ET.SubElement(root, "key", {"id": f"e_{k}", "for": "edge", "attr.name": k, "attr.type": "string"})
    graph = ET.SubElement(root, "graph", {"id": "references", "edgedefault": "directed"})

    def node(node_id: str, values: dict[str, Any]) -> None:
        el = ET.SubElement(graph, "node", {"id": node_id})
        for k in node_keys:
            v = values.get(k)
            if v is not None:
                ET.SubElement(el, "data", {"key": f"n_{k}"}).text = str(v).lower() if isinstance(v, bool) else str(v)

    for s, _ in archive.documents():
        node(s.id, {"number": s.number, "doc_type": s.doc_type, "issuer": s.issuer,
                    "issued_date": s.issued_date.isoformat() if s.issued_date else None, "title": s.title,
                    "path": s.path, "archived": True})
    externals: set[str] = set()
    n = 0
    for edge in archive.edges():
        targets = [edge.target.id] if edge.target else [c.id for c in edge.candidates]
        if not targets:
            key = _external_key(edge)
            if key not in externals:
                externals.add(key)
                c = edge.citation
                node(key, {"number": c.number, "doc_type": c.doc_type, "issuer": c.issuer,
                           "issued_date": c.date.isoformat() if c.date else None, "archived": False})
            targets = [key]
        for t in targets:
            el = ET.SubElement(graph, "edge", {"id": f"e{n}", "source": edge.source.id, "target": t})
            for k, v in (("status", edge.status), ("relation", edge.citation.relation), ("raw", edge.citation.raw)):
                ET.SubElement(el, "data", {"key": f"e_{k}"}).text = v
            n += 1
    ET.indent(root)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(root, encoding="unicode") + "\n")
    return n


def rows(items: Iterable[BaseModel], model: type[BaseModel]) -> Iterator[list[Any]]:
    """CSV rows of ``items`` (used by tests and by callers writing their own files)."""
    cols = csv_columns(model)
    yield [c.name for c in cols]
    for item in items:
        yield [_cell(item, c) for c in cols]
