"""The references around one document, laid out for an inline SVG (no script, no graph library).

Three columns: what the document cites on the left, the document in the middle, what cites it on
the right.  Few nodes a side (a plan cites tens of documents at most), so a fixed grid is enough.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..models import DocumentSummary, RefEdge, RefReport
from .view_text import RELATION_LABELS, STATUS_LABELS, vn_date

#: Node box in SVG user units, the gap between boxes, and the drawing's width (it scales to the page).
NODE_W, NODE_H, NODE_GAP, GRAPH_W = 250, 58, 14, 900
#: Characters of a node's second line (issuer, title) before it is cut with "…".
DEFAULT_LABEL_CHARS = 32


@dataclass
class Node:
    x: int
    y: int
    line1: str
    line2: str
    kind: str  # self | resolved | ambiguous | external
    title: str
    href: str | None = None
    w: int = NODE_W
    h: int = NODE_H


@dataclass
class Edge:
    d: str  # SVG path
    relation: str
    title: str


@dataclass
class Graph:
    width: int
    height: int
    center: Node
    cites: list[Node] = field(default_factory=list)
    cited_by: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)


def short(text: str | None, n: int = DEFAULT_LABEL_CHARS) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _doc_lines(d: DocumentSummary) -> tuple[str, str]:
    head = " ".join(x for x in (d.number or f"{d.doc_type or 'Văn bản'} (không số)", vn_date(d.issued_date)) if x)
    return short(head), short(d.issuer or d.title)


def _doc_title(d: DocumentSummary) -> str:
    return " — ".join(x for x in (d.number, vn_date(d.issued_date), d.issuer, d.title) if x)


def _cited_node(edge: RefEdge, href_of: Callable[[str], str]) -> tuple[str, Node]:
    """The node a citation points to, and its key (one node per archived document or external citation)."""
    c = edge.citation
    if edge.target is not None:
        line1, line2 = _doc_lines(edge.target)
        return edge.target.id, Node(0, 0, line1, line2, "resolved", _doc_title(edge.target), href_of(edge.target.id))
    head = " ".join(x for x in (c.doc_type or "", c.number or "", vn_date(c.date)) if x) or short(c.raw)
    title = f"{c.raw} — {STATUS_LABELS[edge.status]}"
    if edge.status == "ambiguous":
        title += ": " + "; ".join(_doc_title(d) for d in edge.candidates)
        line2 = f"{len(edge.candidates)} văn bản trong kho cùng số"
    else:
        line2 = short(c.issuer or "ngoài kho")
    key = "ext:" + "|".join(x or "" for x in (c.doc_type, c.number, c.date.isoformat() if c.date else None, c.issuer))
    return key, Node(0, 0, short(head), line2, edge.status, title)


def _column(nodes: list[Node], x: int, height: int) -> None:
    total = len(nodes) * NODE_H + max(0, len(nodes) - 1) * NODE_GAP
    y = (height - total) // 2
    for n in nodes:
        n.x, n.y = x, y
        y += NODE_H + NODE_GAP


def _curve(x1: int, y1: int, x2: int, y2: int) -> str:
    mid = (x1 + x2) // 2
    return f"M{x1},{y1} C{mid},{y1} {mid},{y2} {x2},{y2}"


def layout(report: RefReport, href_of: Callable[[str], str]) -> Graph:
    cites: dict[str, tuple[Node, str]] = {}
    for e in report.cites:
        key, node = _cited_node(e, href_of)
        cites.setdefault(key, (node, e.citation.relation))
    citing: dict[str, tuple[Node, str]] = {}
    for e in report.cited_by:
        line1, line2 = _doc_lines(e.source)
        node = Node(
            0,
            0,
            line1,
            line2,
            "resolved" if e.status == "resolved" else "ambiguous",
            _doc_title(e.source),
            href_of(e.source.id),
        )
        citing.setdefault(e.source.id, (node, e.citation.relation))
    rows = max(len(cites), len(citing), 1)
    height = rows * NODE_H + (rows - 1) * NODE_GAP + 2 * NODE_GAP
    line1, line2 = _doc_lines(report.document)
    center = Node((GRAPH_W - NODE_W) // 2, (height - NODE_H) // 2, line1, line2, "self", _doc_title(report.document))
    graph = Graph(GRAPH_W, height, center, [n for n, _ in cites.values()], [n for n, _ in citing.values()])
    _column(graph.cites, NODE_GAP // 2, height)
    _column(graph.cited_by, GRAPH_W - NODE_W - NODE_GAP // 2, height)
    cy = center.y + NODE_H // 2
    for n, relation in cites.values():  # the document → what it cites (arrow at the cited one)
        graph.edges.append(
            Edge(
                _curve(center.x, cy, n.x + NODE_W + 4, n.y + NODE_H // 2),
                relation,
                f"{RELATION_LABELS.get(relation, relation)}: {n.title}",
            )
        )
    for n, relation in citing.values():  # what cites it → the document
        graph.edges.append(
            Edge(
                _curve(n.x, n.y + NODE_H // 2, center.x + NODE_W + 4, cy),
                relation,
                f"{n.title} — {RELATION_LABELS.get(relation, relation)}",
            )
        )
    return graph
