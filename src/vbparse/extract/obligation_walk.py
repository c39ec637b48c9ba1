"""The walk of the section tree: each node is offered to the node readers in their declared priority
(``NODE_READERS``: members, criteria, field items, assignee headings, subject items, bracketed fields). A reader
proposes tasks on the node, and may take it (its items are then read as it reads them); the first that takes it
wins, and what the readers after it would have read of the node is pre-empted (kept in the trace only). A node
none takes is walked into."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from ..chars import collapse_spaces, fold
from ..models import Assignee
from ..structure.parser import Node
from ..tables.obligations import (
    AS_FOLLOWS_INTRO,
    ASSIGNMENT_LINE,
    CONDITION_AFTER_SUBJECT,
    CONNECTIVE,
    CONTENTS_LIST_INTRO,
    DECISION_LEAD_IN,
    ELABORATION_START,
    IN_CHARGE,
    LIST_OBJECT_FRAME,
    REPORTS_WHAT_FOLLOWS,
    SPECIFIED_BELOW,
)
from ..tables.rules import NODE_READER_ORDER, record_pattern
from ..tables.rules_not_task import NOT_TASK_CRITERIA, SUBJECT_NO_PREDICATE, SUBJECT_NONE, SUBJECT_SLOGAN
from ..tables.skips import SKIP_REPORT
from .assignees import NameSpan, opens_with_verb
from .clause_delegation import read_after_clause
from .deadlines import Deadline
from .lead_in_paragraphs import lead_in_over_paragraphs
from .name_refusals import REFUSALS
from .name_unlisted_members import place_name_end, unlisted_members_end
from .node_annotations import subject_groups
from .obligation_context import NODE_READER_FUNCTIONS, SPACE_THEN_LOWER, Context, Preemption, node_reader
from .obligation_emit import emit, node_text, partners_of
from .obligation_fields import (
    Fields,
    deadline_of_section,
    described_item,
    ends_sentence,
    field_assignees,
    fields_of,
    flattened_field_blocks,
    gather_fields,
    heading_leads,
    own_subject,
    states_tasks,
    task_heading,
    trailing_fields,
)
from .obligation_names import (
    assignees_of,
    in_criteria_section,
    is_predicate,
    split_names,
)
from .obligation_skips import (
    criteria,
    named_in_purposes,
    numbered_parent,
    skip_rule,
    states_purposes,
    trace_drop,
    trace_list,
    trace_skip,
)
from .obligation_subjects import (
    assignee_heading,
    carry_subject,
    delegated_to,
    heading_colon,
    heading_takes_part,
    introduces_items,
    lead_in_own_task,
    read_delegated,
    run_in_title_subject,
    titled_line,
)
from .printed_names import cut_at_printed, note_run_on
from .subject_items import note_listed_heads
from .table_lead_in import prose_body, table_rows
from .who_sentences import who_fields


@dataclass(frozen=True)
class NodeReader:
    """A reader offered a whole node: its ``id``, and ``read`` (True: it took the node, its items read as it
    reads them; the readers after it are pre-empted)."""

    id: str
    read: Callable[[Context, Node], bool]


#: A deadline where a predicate stands (``… trước ngày 30/6``): the name before it may have run on through the verb.
DEADLINE_FIRST = record_pattern("deadline.task")


def walk(ctx: Context, node: Node) -> None:
    rule = skip_rule(node)
    if rule is not None:
        ahead = _forward_lead_in(node) if rule == SKIP_REPORT else None
        if ahead is not None:
            walk(ctx, ahead)  # the report's lead-in over what is to be done, read as any lead-in over its items
            return
        trace_skip(ctx, node, rule)
        if rule == SKIP_REPORT:
            ctx.reported.append(node.path)
        elif states_purposes(node):
            named_in_purposes(ctx, node)
        return
    traced = len(ctx.trace) if ctx.trace is not None else 0
    if _taken(ctx, node):
        return  # its items were its tasks (or no one's: members, criteria)
    if ctx.trace is not None and all(p.rule.startswith("name.") for p in ctx.trace[traced:]):
        _trace_no_doer(ctx, node)  # nothing proposed on it but the grammar's refusals
    with deadline_of_section(ctx, node):
        for child in node.children:
            walk(ctx, child)


def _trace_no_doer(ctx: Context, node: Node) -> None:
    """An item no reader proposed anything on (``- Dừng tiếp nhận hồ sơ …`` under a heading naming no one): no name
    stands as its subject and none was carried to it, in the trace by ``subject.none`` (``vbparse explain``). Of a
    node with items, its own text only (``- Ban hành quyết định thành lập Đoàn kiểm tra, bao gồm:``), not a bare
    heading over them (``II. TỔ CHỨC THỰC HIỆN``)."""
    rows = table_rows(node)  # (the tables' reader's, traced by it)
    prose = [p for p in node.text_parts if p.strip() not in rows]
    heading = node.heading if not node.children and len(prose) == len(node.text_parts) else None
    text = collapse_spaces(" ".join(p for p in (heading, *prose) if p))
    if text and not ctx.fork:
        ctx.trace_drop(node.start, node.end, SUBJECT_NONE, [], text)


def _forward_lead_in(node: Node) -> Node | None:
    """A section that reports what was done and ends with a lead-in over its items that looks ahead (``I. ĐÁNH GIÁ
    CHUNG`` … ``Để tiếp tục …, Ủy ban nhân dân tỉnh cần tập trung thực hiện tốt một số nhiệm vụ, giải pháp sau
    đây:`` / ``1. …``): that lead-in with the items, the report before it left out; else None."""
    if not node.children or not node.text_parts:
        return None
    last = node.text_parts[-1]
    if not last.rstrip(" *_").endswith(":"):
        return None
    for sentence, found in subject_groups(last):
        if found is not None and introduces_items(sentence[found[2] :]):
            return replace(node, heading=None, text_parts=[last])
    return None


def _taken(ctx: Context, node: Node) -> bool:
    """Whether a node reader took ``node`` (``NODE_READERS``, first first); the proposals each made carry its id.
    A reader before the winner that proposed without taking the node keeps its proposals; those after it are
    pre-empted, and run only when a trace is kept (``_pre_empted``)."""
    outer = ctx.reader
    noted = REFUSALS.set([]) if ctx.trace is not None and not ctx.fork else None
    try:
        for reader in NODE_READERS:
            ctx.reader = reader.id
            if reader.read(ctx, node):
                if ctx.trace is not None and not ctx.fork:
                    _pre_empted(ctx, node, reader)
                return True
        return False
    finally:
        ctx.reader = outer
        if noted is not None:
            _trace_refusals(ctx, node, REFUSALS.get() or [])
            REFUSALS.reset(noted)


def _trace_refusals(ctx: Context, node: Node, refusals: list[tuple[str, str]]) -> None:
    """The phrases the name grammar declined while ``node`` was read, each once, dropped by its ``name.*`` record; not a
    verb the grammar met where a subject may stand (``Tổ chức …``: a task, no name declined)."""
    for rule, phrase in dict.fromkeys(refusals):
        if not opens_with_verb(phrase):
            ctx.trace_drop(node.start, node.end, rule, [phrase], phrase)


def _pre_empted(ctx: Context, node: Node, winner: NodeReader) -> None:
    """What each reader after the ``winner`` would have read of ``node``, traced as pre-empted by it.

    Each reads on a fork of the context: candidates, trace, reported sections and section deadlines of its own
    (the caches of nodes and member lists are kept as they stand: they hold what the tree is, not what was read),
    and the fork is dropped, so that nothing of it reaches the result. The winner is decided before any loser runs, as when no
    trace is kept; so the losers run only for a trace (``vbparse explain``, ``evaluate.py --rules``), and a parse
    costs no more than the first taker's reading. Under the node, a fork's walk offers each node first first and
    contests none (a loser's reading of the whole subtree is its proposals, not a tree of contests)."""
    if ctx.trace is None:
        return
    for reader in NODE_READERS[NODE_READERS.index(winner) + 1 :]:
        fork = replace(
            ctx,
            candidates=[],
            trace=[],
            reported=list(ctx.reported),
            section_deadlines=list(ctx.section_deadlines),
            reader=reader.id,
            fork=True,
        )
        took = reader.read(fork, node)
        lost = Preemption(winner.id, node.path, took)
        for p in fork.trace or []:
            p.reader, p.preempted = reader.id, lost
        ctx.trace.extend(fork.trace or [])


@node_reader("node.field_item")
def _field_item(ctx: Context, node: Node) -> bool:
    """A task item whose who and when are labelled fields under it: ``2.3. Tổ chức tập huấn …`` / ``-
    Thời gian hoàn thành: Quý II/2027.`` / ``- Đơn vị chủ trì: X.`` / ``- Đơn vị phối hợp: Y, Z.``; or
    ``a) Nhiệm vụ: …`` / ``b) Cơ quan thực hiện: X chủ trì, phối hợp với Y`` / ``c) Thời gian thực hiện: …``.
    The task is the ``Nội dung``/``Nhiệm vụ`` field, else each unlabelled item or paragraph, else the
    heading; the fields give every one of them its leads, partners and deadline."""
    blocks = flattened_field_blocks(node)
    if blocks is not None:
        for heads, labels in blocks:
            _flattened_block(ctx, node, heads, labels)
        return True
    f, texts, items = gather_fields(node)
    if not f.any_assignee():
        return _field_groups(ctx, node, items)
    _emit_fields(ctx, node, f, texts, items)
    for timed in f.timed:
        walk(ctx, timed)
    return True


def _flattened_block(ctx: Context, node: Node, heads: list[Node], labels: list[Node]) -> None:
    """One block of a flattened list of field blocks: its one unlabelled item is the item the fields are under
    (its line the task unless a ``Nội dung`` field says it); the first block without one is the node's own."""
    if len(heads) == 1:
        head = heads[0]
        f, _texts, _items = gather_fields(head, [], labels)
        texts = [p for p in head.text_parts if p.strip()] or [node_text(head)]
        _emit_fields(ctx, head, f, texts, list(head.children))
    else:
        f, texts, _items = gather_fields(node, node.text_parts if not heads else [], labels)
        _emit_fields(ctx, node, f, texts, heads)
    for timed in f.timed:
        walk(ctx, timed)


def _field_groups(ctx: Context, node: Node, items: list[Node]) -> bool:
    """Items each closed by fields, or runs of items closed by one set of fields (``- Tăng cường …`` / ``-
    Nâng cao …`` / ``Đơn vị thực hiện: …`` / ``Thời gian thực hiện: …``): the fields are the run's."""
    pending: list[Node] = []
    grouped = False
    for item in items:
        # ``- Tập huấn …:`` over its own unmarked field lines (``Cơ quan chủ trì thực hiện: X`` / ``Cơ quan phối hợp:
        # Y``): the fields are that item's, its heading the task
        if pending and _run_closed_by(ctx, pending, item):
            pending, grouped = [], True
            continue
        if item.heading and item.text_parts and fields_of(item.text_parts[0]) and _field_item(ctx, item):
            grouped = True
            continue
        closing = trailing_fields(item)
        if closing is None:
            pending.append(item)
            continue
        own = [p for p in item.text_parts if not (fields_of(p) or who_fields(p))]
        tasks = [(c, node_text(c, skip_assignment=True)) for c in pending]
        tasks.append((item, collapse_spaces(" ".join([*own, *(node_text(c) for c in item.children)]))))
        closing.task = tasks
        _emit_fields(ctx, item, closing, [], [], rule="fields.group")
        pending = []
        grouped = True
    if not grouped:
        return False
    for item in pending:
        walk(ctx, item)
    return True


def _run_closed_by(ctx: Context, run: list[Node], item: Node) -> bool:
    """Items with no fields of their own above an item whose field block closes them (``3.1. Tham gia …`` / ``3.2.
    Tổng hợp …`` / ``3.3. Theo dõi …`` / ``- Đơn vị chủ trì: X``): the block printed once is each item's, the item
    the last of the run; an item of the run with its own subject or its own items keeps them."""
    if not (item.heading or item.text_parts) or not item.children:
        return False
    if any(c.children for c in item.children):
        return False  # (``2. …`` / ``a) Các việc`` + its activities / ``b) Trách nhiệm``: the block is the item's own)
    f, _texts, _items = gather_fields(item)
    if not f.any_assignee():
        return False
    for c in run:
        if c.children or own_subject(c):
            walk(ctx, c)
        else:
            _emit_fields(ctx, c, replace(f, task=[(c, node_text(c, skip_assignment=True))]), [], [], "fields.group")
    walk(ctx, item)
    return True


def _emit_fields(
    ctx: Context, node: Node, f: Fields, texts: list[str], items: list[Node], rule: str = "fields.item"
) -> None:
    section = numbered_parent(node).path
    leads, supports = field_assignees(ctx, node, f, section, rule)
    if not f.lead:
        leads = heading_leads(ctx, node)  # ``1. Đoàn Thanh niên xã:`` over its task and a partner's field
    for value in f.support:
        supports += split_names(ctx, value)
    dl = None
    for value in f.time:
        got = ctx.deadline(value, cued=False)
        if got.raw or got.date or got.recurrence:
            dl = got
    own_line = node.heading or (texts[0] if texts else None)
    tasks = _task_fields(node, f, own_line, items)
    if not tasks and items and own_line and (ends_sentence(node) or described_item(node, own_line, items)):
        # ``1.2. Xây dựng và ban hành hướng dẫn … năm 2026.`` over ``- Bảo đảm …`` and the fields: the item's own
        # sentence is the task, its bullets how it must be done (not ``… bằng các hình thức sau:``); the partners a
        # bullet names are the task's (decision 10)
        tasks = [(node, titled_line(own_line, items))]
        for c in items:
            supports += partners_of(ctx, node_text(c), leads + supports)
    if not tasks:
        tasks = [(c, node_text(c, skip_assignment=True)) for c in items]
    elif items and f.task:
        # ``c) Kiểm tra thực tế`` / ``Công an tỉnh kiểm tra …`` beside a ``Nội dung`` field: a task of its own subject
        for c in items:
            if states_tasks(c):
                walk(ctx, c)
    if not tasks:
        tasks = [(node, t) for t in _with_task_heading(node, texts)]
    if not tasks:
        heading = task_heading(node)
        tasks = [(node, heading)] if heading else []
    if not leads and not supports:
        return
    for task_node, task in tasks:
        emit(
            ctx,
            leads,
            task,
            task_node,
            section,
            "assigned",
            rule=rule,
            extra_support=supports,
            support_rule="support.field",
            deadline=dl,
            deadline_rule="deadline.field",
        )


def _task_fields(node: Node, f: Fields, own_line: str | None, items: list[Node]) -> list[tuple[Node, str]]:
    """The tasks an item's task fields give: theirs, or the item's own line where they only elaborate it."""
    tasks = list(f.task)
    if tasks and own_line and all(ELABORATION_START.match(t) for _n, t in tasks):
        return [(node, own_line)]  # ``Nội dung: bao gồm …`` elaborates the item's own line
    if (
        tasks
        and not items
        and node.heading
        and all(_content_line(n, node) for n, _t in tasks)
        and (opens_with_verb(node.heading) or all(_content_line(n, node, _WORKS_LABELS) for n, _t in tasks))
    ):
        # decision 9: ``1. Mở lớp …`` / ``a) Nội dung: Hướng dẫn …`` and fields only: the heading (not beside
        # bullets of its own, a product or an activity, which the content goes with); beside the works' parts
        # (``Hạng mục: …``), never a task of their own, whatever the heading's verb (``Chiếu sáng …``)
        return [(node, node.heading)]
    return tasks


#: The labels of a line that says what an item's task holds (folded): its content, its works' parts (``Hạng mục: 04
#: cổng thành …`` beside ``2. Chiếu sáng nghệ thuật …``).
_CONTENT_LABELS = ("noi dung", "hang muc")
#: ... of which the works' parts only (``Hạng mục``).
_WORKS_LABELS = ("hang muc",)


def _content_line(n: Node, item: Node, labels: tuple[str, ...] = _CONTENT_LABELS) -> bool:
    """Whether ``n`` is a ``Nội dung:`` line of the item's own (a label and its text on one line, no activities
    under it), which elaborates the item's task heading."""
    if n is item or n.parent is not item or n.children or len(n.text_parts) != 1:
        return False
    if n.heading is None:  # (a bullet keeps its label in its text: ``- Hạng mục: 04 cổng thành …``)
        label, colon, _rest = n.text_parts[0].partition(":")
        return bool(colon) and fold(label).strip(" *_").startswith(labels)
    return fold(n.heading).startswith(labels) and _on_heading_line(n, n.text_parts[0])


def _on_heading_line(node: Node, text: str) -> bool:
    """Whether ``text`` stood on the line of the node's heading (split off at a colon), not on lines of its own."""
    return bool(node.lines) and collapse_spaces(node.lines[0].text).rstrip(" .;").endswith(
        collapse_spaces(text).rstrip(" .;")
    )


def _with_task_heading(node: Node, texts: list[str]) -> list[str]:
    """An item's texts as its tasks; the first one with the heading its line opened with when that heading is a task
    (a verb) split off at a colon inside the task (``5.1. Triển khai học bạ số ở ba cấp học: tiểu học, …``), not a
    label (``Nội dung: …``)."""
    if not (texts and node.heading and node.lines) or not opens_with_verb(node.heading):
        return texts
    if not _on_heading_line(node, texts[0]):
        return texts  # (the text stands on lines of its own below the heading)
    return [f"{node.heading}: {texts[0]}", *texts[1:]]


@node_reader("node.subject_item")
def _subject_item(ctx: Context, node: Node) -> bool:
    """A node whose text (or heading sentence) has an assignee as its subject; returns True when its
    children were taken as the tasks (``X có trách nhiệm:`` + items)."""
    body, tabled = prose_body(node)  # (a table's rows give their own tasks: a lead-in over them hands them on)
    # a heading takes part only when it has a subject itself (``10. Các sở … nghiên cứu, ban hành``);
    # ``2. Thời gian tiến hành`` + ``UBND thị trấn tiến hành sơ kết …`` is read from the body
    text = (
        body
        if node.heading is None or not heading_takes_part(node, node.heading)
        else (node.heading.rstrip(" :") + ": " + body if body else node.heading + heading_colon(node))
    )
    if not text:
        return False
    section = numbered_parent(node).path
    took_children, items_below = False, bool(node.children) or tabled
    last_leads: list[Assignee] = []
    last_mode = "assigned"
    specified = colon = False
    titled = node.heading is not None and text.startswith(node.heading.rstrip(" :"))
    # a numbered item with no heading of its own may still open with its title (a text layout lost its bold)
    run_in = bool(node.children) and (titled or (node.heading is None and node.kind not in ("bullet", "article")))
    groups = subject_groups(text)
    note_listed_heads(node, groups[0][0] if groups and groups[0][1] is None else None)  # ``Kho muối … tiếp nhận``
    for sentence, found in groups:
        if found is None and run_in and not took_children:  # the heading's title run into its lead-in
            found = run_in_title_subject(sentence, marked=titled)
        run_in = False
        if ASSIGNMENT_LINE.match(sentence) or IN_CHARGE.match(sentence):
            continue  # ``Đơn vị chủ trì: X`` (read as the fields of the items it closes), ``Lãnh đạo phụ trách: …``
        if found is None or _no_task(ctx, node, sentence, found):
            read_after_clause(ctx, node, sentence, section, found)  # ``Tùy theo …, giao X điều động …``: X's
            continue
        spans, start, end, mode = found
        rest, leads = sentence[end:], assignees_of(ctx, sentence, spans)
        aside = partners_of(ctx, sentence[spans[-1].end : end], leads)  # (``X, với sự phối hợp của Y,`` + the verb)
        if items_below and not took_children and sentence.rstrip().endswith(":") and introduces_items(rest):
            asked = delegated_to(ctx, rest, mode)  # ``X đề nghị các đơn vị thực hiện các nội dung sau:``: theirs
            if asked is not None:
                leads, rest, mode = asked
            _lead_in(ctx, node, leads, rest, section, mode, aside)
            took_children = True
            continue
        read = _with_predicate(ctx, node, sentence, found)
        if read is None:
            continue
        if read is not found:  # (the name cut where the document prints it)
            spans, start, end, mode = read
            rest, leads = sentence[end:], assignees_of(ctx, sentence, spans)
        if read_delegated(ctx, node, rest, section, mode):
            continue
        lead = CONNECTIVE.sub("", sentence[:start]).strip()  # ``Vì vậy,`` is none of the task's words
        task = (lead + " " + rest.strip(" ,:")).strip() if lead else rest.strip(" ,:")
        emit(ctx, leads, task, node, section, mode, rule="sentence.subject", extra_support=aside)
        last_leads, last_mode = leads, mode
        colon = rest.rstrip().endswith(":")
        specified = colon and SPECIFIED_BELOW.search(rest) is not None and not REPORTS_WHAT_FOLLOWS.match(rest)
    if not took_children and last_leads and node.children and not CONTENTS_LIST_INTRO.search(text):
        # (``… Hồ sơ bao gồm:`` + the dossier's papers: its parts, no tasks)
        carry_subject(ctx, node, last_leads, section, last_mode, specified, colon)
    return took_children


def _with_predicate(
    ctx: Context, node: Node, sentence: str, found: tuple[list[NameSpan], int, int, str]
) -> tuple[list[NameSpan], int, int, str] | None:
    """The subject ``found`` when a predicate follows it; a subject whose name ran on (to no predicate, or to its
    deadline: ``Trạm Bơm Bắc Sơn vận hành …``, a verb no list knows) cut where a name the document prints whole
    ends, when a predicate follows there (``printed_names``), else noted for the second reading; None when no
    predicate follows, traced as dropped by ``subject.no_predicate``."""
    spans, start, end, mode = found
    rest = sentence[end:]
    no_predicate = not (is_predicate(rest) or _after_condition(rest)) or (start and not _follows_subject(rest))
    if not no_predicate and DEADLINE_FIRST.match(rest.lstrip(" ,")) is None:
        return found
    members = unlisted_members_end(sentence, spans[-1]) if no_predicate else None
    if no_predicate and members is None and (place := place_name_end(sentence, spans[-1])) is not None:
        members = place if is_predicate(sentence[place:]) else None  # ``… ven sông`` + ``Cái Vồn``: its place
    if members is not None:
        return [*spans[:-1], replace(spans[-1], end=members)], start, members, mode  # ``…, nhóm trẻ tư thục``
    cut = cut_at_printed(sentence, spans)
    if cut is not None:
        after = sentence[cut[-1].end :]
        if is_predicate(after) and (not start or _follows_subject(after)):
            return cut, start, cut[-1].end, mode
    note_run_on(sentence[spans[-1].start : spans[-1].end])
    if no_predicate:
        trace_drop(ctx, node, SUBJECT_NO_PREDICATE, sentence, found)
        return None
    return found


def _follows_subject(rest: str) -> bool:
    """Whether a predicate (``is_predicate``) follows a subject read after a leading clause directly: a word in lower
    case, or a comma (after which ``is_predicate`` lets only a role word go on: ``Kết thúc đợt kiểm tra, Ban Thường
    trực …, chịu trách nhiệm tổng hợp …``)."""
    return SPACE_THEN_LOWER.match(rest) is not None or rest[:1] == ","


def _after_condition(rest: str) -> bool:
    """Whether what follows a subject is a condition in the course of the work and then its predicate
    (``CONDITION_AFTER_SUBJECT``: ``Đoàn kiểm tra`` + ``trong quá trình kiểm tra nếu có vướng mắc thì báo cáo …``)."""
    m = CONDITION_AFTER_SUBJECT.match(rest)
    return m is not None and is_predicate(rest[m.end() :])


def _no_task(ctx: Context, node: Node, sentence: str, found: tuple[list[NameSpan], int, int, str]) -> bool:
    """A sentence with a subject that is no task whatever follows it, traced with its record: a slogan (``Cử tri cả
    nước … tham gia bầu cử …!``), a criterion under ``Tiêu chuẩn`` (``Đối với các cơ quan … Hoàn thành …``)."""
    if sentence.rstrip(" *_").endswith("!"):
        trace_drop(ctx, node, SUBJECT_SLOGAN, sentence, found)
        return True
    if fold(sentence).startswith("doi voi") and in_criteria_section(node):
        trace_drop(ctx, node, NOT_TASK_CRITERIA, sentence, found)
        return True
    return False


def _lead_in(
    ctx: Context, node: Node, leads: list[Assignee], rest: str, section: str, mode: str, aside: list[Assignee]
) -> None:
    """``X có trách nhiệm:`` over items: each item is a task of X (an item naming its own doer is read as
    its own); partners the lead-in names are partners of each, those set aside after X too (``aside``: ``X, với sự
    phối hợp của Y, thực hiện …:``).  A lead-in by which X decides what the items say (``Ủy ban Thường vụ Quốc hội
    quyết định sắp xếp … như sau:``) gives them to no one."""
    decided = DECISION_LEAD_IN.match(rest) is not None
    support = [] if decided else aside + partners_of(ctx, rest, leads + aside)
    if not decided:
        lead_in_own_task(ctx, node, leads, rest, section, mode)
    by_when = _lead_in_deadline(ctx, rest)
    for c in node.children:
        if own_subject(c):  # ``1. Yêu cầu Thủ trưởng các cơ quan …`` under the lead-in: its own task
            walk(ctx, c)
        elif not decided:
            # (under a letter's unnumbered lead-in, each point stands in its own section)
            at, task = (section if node.label else c.path), node_text(c)
            own = ctx.deadline(task) if by_when is not None else None  # (read once: emit takes it as given)
            if own is None or own.date:
                dl, dl_rule = own, ("deadline.task" if own is not None else None)
            else:
                dl, dl_rule = by_when, "deadline.lead_in"
            emit(
                ctx,
                leads,
                task,
                c,
                at,
                mode,
                rule="lead_in.items",
                extra_support=support,
                deadline=dl,
                deadline_rule=dl_rule,
            )


def _lead_in_deadline(ctx: Context, rest: str) -> Deadline | None:
    """The time a lead-in gives all its items after its list's words (``… những việc sau trong tháng 02/2049:``):
    the deadline of each item that states none of its own."""
    listed = AS_FOLLOWS_INTRO.search(rest) or LIST_OBJECT_FRAME.search(rest)
    dl = ctx.deadline(rest[listed.start() :]) if listed is not None else None
    return dl if dl is not None and dl.date else None


node_reader("node.assignee_heading")(assignee_heading)  # (registered here: its module is at its size limit)
node_reader("node.lead_in_paragraphs")(lead_in_over_paragraphs)  # (its module comes before the walk's context)


@node_reader("node.criteria")
def _criteria(ctx: Context, node: Node) -> bool:
    taken = criteria(node)
    if taken:
        trace_list(ctx, node, NOT_TASK_CRITERIA)
    return taken


def _declared_readers() -> tuple[NodeReader, ...]:
    """The registered readers in the declared order (``NODE_READER_ORDER``); a reader with no place, or a place with
    no reader, fails at import rather than reading nothing."""
    missing = [i for i in NODE_READER_ORDER if i not in NODE_READER_FUNCTIONS]
    unplaced = sorted(set(NODE_READER_FUNCTIONS) - set(NODE_READER_ORDER))
    if missing or unplaced:
        raise RuntimeError(f"node readers: no reader for {missing}, no place in NODE_READER_ORDER for {unplaced}")
    return tuple(NodeReader(i, NODE_READER_FUNCTIONS[i]) for i in NODE_READER_ORDER)


#: The node readers in their declared priority (``tables/rules.py``, ``NODE_READER_ORDER``): the first that takes a
#: node reads it and pre-empts those after it (``_taken``).
NODE_READERS: tuple[NodeReader, ...] = _declared_readers()
