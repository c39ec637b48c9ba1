"""A lead-in with its subjects and a colon over paragraphs with no marks (issue 52, twenty-sixth twin of A5): ``1. A, B
đảm trách các phần việc dưới đây:`` / ``Thứ nhất, mở …`` / ``Thứ hai, bố trí …``.  A list's items whose marks were
never printed (or were ordinal words) stand as paragraphs of the lead-in's own item: each is a task of each subject
(decision 10) and the lead-in is bare (decision 4), as over marked items; a paragraph naming its own subject is its
own sentence."""

from __future__ import annotations

from ..structure.parser import Node
from ..tables.obligations import CONNECTIVE, CONTENTS_LIST_INTRO
from .obligation_context import Context
from .obligation_emit import emit, partners_of
from .obligation_names import assignees_of, find_subject, is_predicate
from .obligation_skips import numbered_parent
from .obligation_subjects import introduces_items, lead_in_own_task, paragraph_task
from .table_lead_in import prose_body

__all__ = ["lead_in_over_paragraphs"]

#: The fewest paragraphs after the lead-in that stand as its items (one may be a sentence going on).
DEFAULT_ITEM_PARAGRAPHS = 2


def lead_in_over_paragraphs(ctx: Context, node: Node) -> bool:
    """An item with no items whose first line is a lead-in with its subjects and a colon (its first paragraph, or the
    heading the parser took a short one for; ``introduces_items``, not a thing's parts, ``Hồ sơ gồm:``) over
    ``DEFAULT_ITEM_PARAGRAPHS`` paragraphs or more: each paragraph, its ordinal word left out (``Thứ hai,``), a task of
    the lead-in's subjects and partners; one with a subject of its own, that subject's."""
    if (
        node.children
        or len(node.text_parts) < DEFAULT_ITEM_PARAGRAPHS
        or ":" not in (node.lines[0].text if node.lines else "")
    ):
        return False  # (asked of every node: the lead-in's colon ends its first line, or the heading's)
    body, tabled = prose_body(node)  # (paragraphs, as an assignee heading's are read)
    parts = [p for p in body.split("\n") if p.strip()]
    if tabled or not parts:
        return False
    if node.heading is not None:  # (a short lead-in the parser took for the item's heading)
        lead_in, paragraphs = node.heading.rstrip(" :") + ":", parts
        if not node.lines[0].text.rstrip(" *_").endswith(lead_in):
            return False  # (the heading's colon is gone with it: the line shows whether it had one)
    else:
        lead_in, paragraphs = parts[0].rstrip(), parts[1:]
    if len(paragraphs) < DEFAULT_ITEM_PARAGRAPHS:
        return False
    found = find_subject(lead_in) if lead_in.endswith(":") else None
    if found is None or found[1] != 0:
        return False
    spans, _start, end, mode = found
    rest = lead_in[end:]
    if not rest.strip(" :") or not introduces_items(rest) or CONTENTS_LIST_INTRO.search(lead_in):
        return False  # (a name and its colon alone is an assignee heading's: ``c) Sở Nội vụ:`` + paragraphs)
    if not all(paragraph_task(p) for p in paragraphs):
        return False  # (names alone among them: the members of what the lead-in names, decision 16)
    leads = assignees_of(ctx, lead_in, spans)
    section = numbered_parent(node).path
    lead_in_own_task(ctx, node, leads, rest, section, mode)
    support = partners_of(ctx, rest, leads)
    for paragraph in paragraphs:
        task = CONNECTIVE.sub("", paragraph.strip())
        own = find_subject(task)
        if own is not None and own[1] == 0 and is_predicate(task[own[2] :]):
            own_leads = assignees_of(ctx, task, own[0])
            emit(ctx, own_leads, task[own[2] :].strip(" ,:"), node, section, own[3], rule="sentence.subject")
        else:
            emit(ctx, leads, task, node, section, mode, rule="lead_in.items", extra_support=support)
    return True
