"""Obligations: who must do what, by when — from the prose of the body and from task tables.

Prose, wherever in the body a named assignee is given a task (``extract/assignees.py`` reads the names):

* an assignee heading with items below (``a) Sở Y tế`` / ``- Tăng cường …``): one obligation per item;
  a heading with one paragraph: one;
* a sentence whose subject is an assignee: ``Sở Tài chính chủ trì, phối hợp với Sở Nội vụ …``, ``Giao
  Công an tỉnh …``, ``Đề nghị Ủy ban MTTQ …`` (mode ``requested``), ``X có trách nhiệm:`` with the tasks
  as the items below it;
* an assignment line below a group of items (``Đơn vị chủ trì: X; Đơn vị phối hợp: Y, Z``) gives X and
  Y, Z the items above it;
* ``phối hợp (với) X`` in a task adds X as ``support`` of the same task.

Tables (``TableRows`` from the structure stage): a header naming the task column and who does it (``Nhiệm
vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành``) makes every row an obligation per
assignee; group rows (``I``, ``II``, ``A``) give the section path, merged cells carry down.

Sections whose heading says they state purposes (``Mục đích, yêu cầu``, ``Quan điểm``, ``Mục tiêu``)
hold requirements, not assignments, and are not read.

This module runs the readers over a document (``extract_obligations``); they are in modules of their own,
each importing only those before it: ``obligation_context`` (the walk's context, ``Proposal``),
``obligation_names`` (the names and sentences a task's words hold), ``obligation_emit`` (obligations made
from a task and its names, with their roles, deadlines and trace), ``obligation_skips`` (what is no task or
no one's: skipped sections, member and criteria lists, tasks set aside), ``obligation_fields`` (field
items), ``obligation_subjects`` (assignee headings, subject sentences, the closing's requests),
``obligation_tables`` (task tables) and ``obligation_walk`` (the walk of the section tree that offers each
node to the readers).
"""

from __future__ import annotations

import datetime as dt

from ..models import Diagnostic, Issuer, Obligation
from ..structure.parser import Structure
from .assignees import DOCUMENT_HEADS, GATED_HEADS, name_at, name_head, name_shaped
from .defined_names import (
    CALLED,
    DEFINED_NAMES,
    WHOLE_NAMES,
    given_whole_by_clause,
    names_called,
    names_set_up,
    read_whole,
)
from .execution_addressees import RULE as EXECUTION_RULE
from .obligation_context import (
    DEFAULT_HEADER_ROWS,
    DEFAULT_MAX_TASK_CHARS,
    DEFAULT_SUBJECT_CACHE,
    SHIPPED_RESOLVER,
    Context,
    Proposal,
)
from .obligation_emit import DEFAULT_ADVISED_CHARS, DEFAULT_PARTNER_NOUN_CHARS
from .obligation_fields import DEFAULT_TOPIC_SHARE, DEFAULT_TOPIC_SIBLINGS
from .obligation_flat import flat_body, preamble_lead_in
from .obligation_names import DEFAULT_STANDING_NAME_WORDS, joined_paragraphs
from .obligation_skips import in_report, mark_set_aside, reports_only, reports_results, trace_outcomes, unclaimed
from .obligation_subjects import DEFAULT_RUN_IN_TITLE_WORDS, DEFAULT_TITLE_WORDS, read_closing
from .obligation_tables import DEFAULT_HEADER_CELL_WORDS, DEFAULT_NUMBER_ROWS, read_table
from .obligation_walk import walk
from .places import home_places
from .printed_names import PRINTED_NAMES, RAN_ON, learned
from .resolver import UNCLAIMED_RULE, Resolver, resolve
from .subject_items import LISTED_HEADS
from .value_tails import DEFAULT_FIELD_TAIL_WORDS

__all__ = [
    "DEFAULT_ADVISED_CHARS",
    "DEFAULT_FIELD_TAIL_WORDS",
    "DEFAULT_HEADER_CELL_WORDS",
    "DEFAULT_HEADER_ROWS",
    "DEFAULT_MAX_TASK_CHARS",
    "DEFAULT_NUMBER_ROWS",
    "DEFAULT_PARTNER_NOUN_CHARS",
    "DEFAULT_RUN_IN_TITLE_WORDS",
    "DEFAULT_STANDING_NAME_WORDS",
    "DEFAULT_SUBJECT_CACHE",
    "DEFAULT_TITLE_WORDS",
    "DEFAULT_TOPIC_SHARE",
    "DEFAULT_TOPIC_SIBLINGS",
    "SHIPPED_RESOLVER",
    "Proposal",
    "extract_obligations",
    "joined_paragraphs",
]


def extract_obligations(
    st: Structure,
    diags: list[Diagnostic],
    default_year: int | None,
    issuer: Issuer | None = None,
    *,
    several_years: bool = False,
    doc_type: str | None = None,
    trace: list[Proposal] | None = None,
    resolver: Resolver | None = None,
    issued: dt.date | None = None,
) -> list[Obligation]:
    """``several_years``: the plan runs over several years (``giai đoạn 2026 - 2030``), so that a yearly
    date without its year (``trước ngày 30/11 hằng năm``) is a day of every year, not of ``default_year``.
    ``doc_type``: the document's type code; a report (``BC``) tells what was done, so that only its sections
    that look ahead (``PHƯƠNG HƯỚNG, NHIỆM VỤ``, ``KIẾN NGHỊ``) are read for tasks.  ``trace``, when a list,
    receives every proposal made, kept or not (``Proposal``); ``resolver`` decides which candidates are kept
    (the shipped one when None).

    A document is read a second time when it teaches heads no list knows (``taught_heads``: the heads of its
    assignees read by where they stand, or those turned away at an item among items that open with their subjects:
    ``subject_items.LISTED_HEADS``) that the first reading turned away before a task verb; the second reading trusts
    them there (``DOCUMENT_HEADS``); and when it gives a name whole that it cut short elsewhere (``read_whole``)."""
    roots = [*st.roots, *st.annex_roots]  # ``Tổ kiểm đếm … gồm:``, ``(gọi tắt là Hội đồng thi đua)``
    called = names_called(roots)
    defined, calling = DEFINED_NAMES.set(names_set_up(roots) | called), CALLED.set(called)
    try:
        return _taught_reading((st, diags, default_year, issuer, several_years, doc_type, trace, resolver, issued))
    finally:
        DEFINED_NAMES.reset(defined)
        CALLED.reset(calling)


#: ``_read_obligations``'s arguments, in its order.
_ReadArgs = tuple[
    Structure, list[Diagnostic], int | None, Issuer | None, bool, str | None, list[Proposal] | None, Resolver | None,
    dt.date | None,
]  # fmt: skip


def _taught_reading(args: _ReadArgs) -> list[Obligation]:
    """The document read once, and again trusting the heads it teaches when the first reading turned them away, the
    names it prints whole (``PRINTED_NAMES``) and the names it gives whole (``WHOLE_NAMES``)."""
    diags, trace = args[1], args[6]
    marks = (len(diags), len(trace) if trace is not None else 0)
    gated: set[str] = set()
    listed: set[str] = set()  # (heads turned away at items among items that open with their subjects)
    ran_on: set[str] = set()  # (names that ran on to no predicate: ``printed_names``)
    token, listing, running = GATED_HEADS.set(gated), LISTED_HEADS.set(listed), RAN_ON.set(ran_on)
    try:
        out = _read_obligations(*args)
    finally:
        GATED_HEADS.reset(token)
        LISTED_HEADS.reset(listing)
        RAN_ON.reset(running)
    taught = (taught_heads(out) | listed) & gated
    printed = learned(out, ran_on) if ran_on else frozenset()
    whole = read_whole(out) | given_whole_by_clause(out, EXECUTION_RULE)
    if not (taught or printed or whole):
        return out
    del diags[marks[0] :]
    if trace is not None:
        del trace[marks[1] :]
    heads, names = DOCUMENT_HEADS.set(frozenset(taught)), PRINTED_NAMES.set(printed)
    defined, read = DEFINED_NAMES.set(DEFINED_NAMES.get() | whole), WHOLE_NAMES.set(whole)
    try:
        return _read_obligations(*args)
    finally:
        DOCUMENT_HEADS.reset(heads)
        PRINTED_NAMES.reset(names)
        DEFINED_NAMES.reset(defined)
        WHOLE_NAMES.reset(read)


#: The readers whose names stand where the document's structure puts a name (a heading among assignee headings, a
#: field, a lead cell): only their names teach heads, not a sentence's subject read by where it stands.
TEACHING_READERS = ("heading.", "fields.", "table.")


def taught_heads(obligations: list[Obligation]) -> set[str]:
    """The heads (``name_head``) of the assignees no list knows a name in that have a name's shape, read by the
    ``TEACHING_READERS``: what a document teaches of its own bodies (``Xí nghiệp`` of ``2. Xí nghiệp Thủy nông Đông
    Sơn`` among assignee headings)."""
    out: set[str] = set()
    for raw in {o.assignee.raw for o in obligations if o.evidence and o.evidence[0].startswith(TEACHING_READERS)}:
        head = name_head(raw)
        if head is not None and name_at(raw, 0) is None and name_shaped(raw):
            out.add(head)
    return out


def _read_obligations(
    st: Structure,
    diags: list[Diagnostic],
    default_year: int | None,
    issuer: Issuer | None,
    several_years: bool,
    doc_type: str | None,
    trace: list[Proposal] | None,
    resolver: Resolver | None,
    issued: dt.date | None,
) -> list[Obligation]:
    ctx = Context(
        st,
        default_year,
        home_places(issuer),
        several_years=several_years,
        report=doc_type == "BC",
        trace=trace,
        doc_type=doc_type,
        resolver=resolver or SHIPPED_RESOLVER,
        issued=issued,
    )
    lead_in = preamble_lead_in(st, doc_type)  # ``… đề nghị các đơn vị thực hiện các nội dung sau:`` over the points
    for root in [lead_in] if lead_in is not None else st.roots:
        if ctx.report and reports_only(root):
            ctx.reported.append(root.path)
            continue
        walk(ctx, root)
    for root in st.annex_roots:
        walk(ctx, root)
    flat = flat_body(st, doc_type)
    if flat is not None:
        walk(ctx, flat)
    read_closing(ctx)
    for table in st.tables:
        if not in_report(ctx, table.section) and not reports_results(table.title):
            read_table(ctx, table)
    if trace is not None or ctx.resolver.decides(UNCLAIMED_RULE):
        unclaimed(ctx)
    out = mark_set_aside(ctx, resolve(ctx.candidates, ctx.resolver), issuer)
    if trace is not None:
        trace_outcomes(trace)
    return out
