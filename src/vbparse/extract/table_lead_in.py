"""A table under a lead-in or a heading: whose its rows are, and what of a node's text is prose.

The tables' reader reads the rows of a task table (``task_header``); a text reader leaves them to it, so that a
lead-in's sentence ends at its colon and no row is read twice. A table of tasks alone (no column says who) is a task
table when the line above it names their owner (``table_owner``, decision 10: a lead-in's subject is handed to its
items)."""

from __future__ import annotations

from ..chars import collapse_spaces
from ..structure.parser import Node, match_label
from .assignees import NameSpan
from .obligation_names import TASK_LIST_INTRO, find_subject, joined_paragraphs
from .table_header import task_header


def table_owner(line: str) -> tuple[list[NameSpan], str, str] | None:
    """Who the line above a table names as the owner of its rows: a lead-in that hands over its items (``Sở A chủ
    trì thực hiện các nhiệm vụ sau:``, ``lead_in.items``) or a heading that names its owner and nothing more (``3. Sở
    A:``, ``3. Trách nhiệm của Sở A``); the names, the line's text they are spans of (its item label left out) and
    their mode, or None."""
    label = match_label(line)
    text = line[label[3] :] if label is not None else line
    found = find_subject(text)
    if found is None:
        return None
    names, _start, end, mode = found
    if not TASK_LIST_INTRO.search(text) and text[end:].strip(" .:"):
        return None  # (``Sở Y tế tổ chức chiến dịch …, gồm các đợt sau:``: its own task, the table its detail)
    return names, text, mode


def prose_body(node: Node) -> tuple[str, bool]:
    """A node's text lines as paragraphs (``joined_paragraphs``) without the rows of a task table (a pipe table under
    a lead-in, ``Giao các cơ quan, đơn vị triển khai các nội dung sau:`` + ``| STT | …``), and whether any row was
    left out: the rows give their own tasks, and the lead-in's sentence ends at its colon, not in the header's cells.
    The line above the rows is a text line, or the node's heading when the rows open its text (``1. Giao các sở, ban,
    ngành triển khai các nội dung sau:`` + the table). A table the tables' reader does not read (a list of topics,
    ``… gồm 11 chuyên mục sau:``) stays the sentence's. The flag: whether rows were left out that are the items of a
    lead-in above them."""
    rows = [ln for ln in node.lines if ln.cells is not None]
    cells = {collapse_spaces(ln.text.strip()) for ln in rows}  # (``table_rows``, from the rows found once)
    first = next((i for i, p in enumerate(node.text_parts) if p.strip() in cells), None) if rows else None
    if first is None:
        return joined_paragraphs(node.text_parts), False
    above = node.text_parts[first - 1] if first else _heading_line(node)
    owned = table_owner(above) is not None
    if task_header(rows, owned=owned) is None:
        return joined_paragraphs(node.text_parts), False  # (a table of topics stays the sentence's words)
    parts = [p for p in node.text_parts if p.strip() not in cells]
    # the rows are the items of a lead-in above them; under a sentence with a task of its own (``Báo … chủ trì, phối
    # hợp … tổ chức chương trình …, gồm 11 chuyên mục sau:`` + a table saying who answers each), they are not
    handed = owned or TASK_LIST_INTRO.search(above) is not None
    return joined_paragraphs(parts), handed and len(parts) < len(node.text_parts)


def _heading_line(node: Node) -> str:
    """The line a node's heading stands on as printed, its colon kept (the heading has lost it), or ``""``."""
    return node.lines[0].text if node.heading is not None and node.lines else ""


def table_rows(node: Node) -> set[str]:
    """The node's lines that are a table's rows, as its text parts hold them (white space collapsed: ``| 1 | … |  |
    Quý II/2026 |`` with an empty cell is the part ``| 1 | … | | Quý II/2026 |``)."""
    return {collapse_spaces(ln.text.strip()) for ln in node.lines if ln.cells is not None}
