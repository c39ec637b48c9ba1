"""Field items: ``Cơ quan chủ trì: X; Cơ quan phối hợp: Y`` lines and blocks, the task headings they
follow, and the names a field holds."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from ..chars import collapse_spaces, fold, nfc
from ..encodings import is_syllable
from ..models import Assignee
from ..pattern_cache import compiled
from ..structure.parser import Node
from ..tables.bodies import LEVEL_WORD_COMPOUNDS, PLACE_LEVELS
from ..tables.field_labels import FIELD_BLOCK, NEXT_FIELD, PARTNER_ROLE_ONLY
from ..tables.obligations import (
    APPOSITION,
    DUTIES_OF,
    FIELD_LIST_SEPARATOR,
    MANNER_HEADING,
    PLACE_NAME_AT_END,
    ROLE_AFTER_SUBJECT,
    ROLE_IN_BRACKETS,
    STEP_LABEL,
)
from ..tables.portfolios import FIELD_ANY_CASE
from ..tables.rules import record_pattern
from .assignees import (
    NameSpan,
    find_names,
    opens_with_verb,
)
from .deadlines import Deadline
from .description_lines import describes
from .name_closed_runs import runs_to_its_level, second_field_rest
from .name_lexicon import head_word_at, skip_spaces
from .obligation_context import DASH, SPACE_THEN_LOWER, Context, bracket_list_labels, node_reader
from .obligation_emit import emit, node_text, partners_of
from .obligation_names import (
    PLURAL_WORDS,
    assignees_of,
    field_posts,
    find_subject,
    is_predicate,
    qualifies,
    sentences_of,
    split_names,
    with_sub_unit,
    with_tails,
)
from .obligation_skips import numbered_parent
from .value_tails import opens_no_verb
from .who_sentences import after_passive_who, role_clauses, who_fields, who_item, who_only

#: The cues these readers look for, looked up in the records that hold them (``tables/rules.py``): the record is the rule.
FIELD_LABEL = record_pattern("fields.item")


@dataclass
class Fields:
    """What the labelled fields of a task item say (``Đơn vị chủ trì: …``, ``Thời gian thực hiện: …``)."""

    lead: list[str]
    support: list[str]
    time: list[str]
    task: list[tuple[Node, str]]
    #: items under a time field that name who does what by when (``- Thời gian thực hiện:`` / ``+ Các bộ …
    #: gửi kết quả … trước ngày 15/12/2025`` / ``+ Bộ Công an tổng hợp …``, 131): each its own task
    timed: list[Node] = field(default_factory=list)

    def any_assignee(self) -> bool:
        return bool(self.lead or self.support)


def _field(text: str) -> tuple[str, str] | None:
    """(kind, value) of a labelled field: ``Đơn vị phối hợp: Sở Nội vụ`` → (``support``, ``Sở Nội vụ``)."""
    m = FIELD_LABEL.match(text)
    if m is None:
        return None
    kind = next(k for k in ("lead", "support", "time", "task", "other") if m.group(k))
    return kind, m.group("value").strip()


def fields_of(text: str) -> list[tuple[str, str]]:
    """Every field of a paragraph: ``Đơn vị chủ trì: X; Đơn vị phối hợp: Y`` holds two."""
    if FIELD_LABEL.match(text) is None:
        return []
    out: list[tuple[str, str]] = []
    for piece in NEXT_FIELD.split(text):
        got = _field(piece)
        if got is None:
            if out:
                out[-1] = (out[-1][0], out[-1][1] + "; " + piece.strip())
            continue
        out.append(got)
    return out


def node_field(n: Node) -> tuple[str, str] | None:
    """The field an item states (``- Cơ quan thực hiện: X``, or a heading ``Nội dung`` over its text),
    its value with the item's own items."""
    if n.heading and n.children and DUTIES_OF.match(n.heading):
        return None  # ``1.1. TRÁCH NHIỆM CỦA UBND CÁC XÃ`` over its items: whose duties they are, an assignee heading
    first = (n.heading + ": " + (n.text_parts[0] if n.text_parts else "")) if n.heading else (n.text or "")
    got = _field(first)
    if got is None or (got[0] in ("lead", "support") and _after_label(n) in ("", ":") and who_item(n)):
        return None  # (``b) Phân công thực hiện`` / ``X chủ trì, … tổ chức thực hiện, hoàn thành …``: a who-sentence)
    after = _after_label(n)
    no_colon = after is not None and not after.startswith(":")
    if no_colon and fold(n.heading or "").startswith("to chuc"):
        return None  # ``V. TỔ CHỨC THỰC HIỆN``: a part's heading; ``Tổ chức thực hiện: X`` a field only with its colon
    sub_heading = no_colon or (after == ":" and n.kind != "bullet")
    if n.heading and got[0] in ("lead", "support") and sub_heading and _mostly_tasks(n):
        # ``2. Trách nhiệm thực hiện`` (``3. Cơ quan phối hợp:`` numbered, nothing after its colon) over sentences with
        # their own subjects: a sub-heading, no field (a bullet's ``- Cơ quan thực hiện:`` is its item's)
        return None
    rest = [p for p in n.text_parts[1:] if p]
    value = collapse_spaces(" ".join([got[1], *rest, *(node_text(c) for c in n.children)]))
    return got[0], value


def _mostly_tasks(n: Node) -> bool:
    """Whether most lines under a who-label give tasks of their own (``2. Trách nhiệm thực hiện`` / ``- Sở A xử lý
    …``), so that it is a sub-heading; a list of names with one named by what it has (``b) Các cơ quan phối hợp`` /
    ``• Phòng Kinh tế huyện;`` / ``• Ủy ban nhân dân các xã có hộ phải di dời.``) stays the label's value."""
    if n.text_parts or not n.children or any(":" in node_text(c) for c in n.children):
        return states_tasks(n)  # (labelled lines under it, ``- Cơ quan chủ trì thẩm định: …``: a block, no list)
    own = sum(1 for c in n.children if _gives_tasks(c))
    return 2 * own > len(n.children)


def _after_label(n: Node) -> str | None:
    """What the line of ``n``'s heading holds after it (emphasis aside): nothing (``2. Trách nhiệm thực hiện``) or a
    colon ending the line (``3. Cơ quan phối hợp:`` over lines of their own) on a sub-heading, a colon and a value
    on a field's label (``a) Cơ quan chủ trì: X``); None when the line does not show it."""
    if not n.lines or not n.heading:
        return None
    line = n.lines[0].text
    at = line.find(n.heading)
    return None if at < 0 else line[at + len(n.heading) :].strip(" \t*_")


def states_tasks(n: Node) -> bool:
    """Whether the lines under ``n`` give tasks of their own: a sentence whose subject does something (``Công an
    tỉnh xử lý các cơ sở vi phạm.``), or an assignee heading (``2.1. Sở Y tế`` over its items); paragraphs numbered in
    brackets (``(1) Công chức … phối hợp …`` / ``(2) Trưởng các thôn bình xét …``) read as the list they are."""
    joined = "\n".join(n.text_parts)
    for p in [joined] if "(" in joined and bracket_list_labels(joined) else n.text_parts:
        if any(_states_own_task(s) for s, _o in sentences_of(p)):
            return True
    return any(_gives_tasks(c) for c in n.children)


def _gives_tasks(c: Node) -> bool:
    """Whether an item gives tasks of its own: its sentence has a subject that does something, it heads the items of
    an assignee (``2.1. Sở Y tế``, ``2.1. Trách nhiệm của Sở Y tế``), or lines under it do."""
    if c.heading and c.children:
        if DUTIES_OF.match(c.heading):
            return True  # ``2.1. TRÁCH NHIỆM CỦA TRUNG TÂM …`` over items: whose duties they are
        found = find_subject(_apposition_cut(c.heading))
        if found is not None and found[1] == 0 and rest_is_role_only(_apposition_cut(c.heading)[found[2] :]):
            return True
    return _states_own_task(node_text(c)) or states_tasks(c)


def body_heading(heading: str) -> str:
    """A heading as the name of whose items it lists: without an apposition, ``Nhiệm vụ và quyền hạn của``
    before the name, and with a name in capitals read as running text."""
    heading = _apposition_cut(heading)
    duties = DUTIES_OF.match(heading)
    if duties:  # ``Nhiệm vụ và quyền hạn của Ban Chỉ đạo``: the body's own items
        heading = heading[duties.end() :]
        if heading.isupper() and len(heading.lower()) == len(heading):
            # ``NHIỆM VỤ CỦA SỞ Y TẾ``: the body's name in capitals, read as a name written in running text
            heading = (
                heading[:1]
                + _ROMAN_WORD.sub(  # (``UBND``, ``KCN``: no syllable, an abbreviation kept)
                    lambda w: w.group() if w.group(1) or not is_syllable(w.group()) else w.group().lower(), heading[1:]
                )
            )
            heading = _portfolio_capitalised(heading)  # ``Sở xây dựng``: its portfolio as in running text
            place = PLACE_NAME_AT_END.search(heading)
            if place:  # ``… tỉnh lạc giang``: the place's own name, capitalised again
                start, end = place.span("place")
                heading = heading[:start] + heading[start:end].title() + heading[end:]
    return heading


#: What joins a portfolio's fields (``Kinh tế, Hạ tầng và Đô thị``).
_FIELD_JOINER = compiled(r"[ \t]*(?:,|và)[ \t]+")


def _portfolio_capitalised(heading: str) -> str:
    """A body's name from a heading in capitals, lowered, with its portfolio's fields capitalised again as a name
    written in running text has them (``Sở xây dựng`` → ``Sở Xây dựng``; ``Phòng kinh tế, hạ tầng và đô thị``)."""
    head = head_word_at(heading, 0)
    pos = skip_spaces(heading, head[0]) if head else -1
    while pos >= 0 and (field := FIELD_ANY_CASE.match(heading, pos)) is not None:
        heading = heading[:pos] + heading[pos].upper() + heading[pos + 1 :]
        joiner = _FIELD_JOINER.match(heading, field.end())
        pos = joiner.end() if joiner else -1
    return heading


#: A word of a heading in capitals, a Roman number in its group when it ends the name (``KHO BẠC NHÀ NƯỚC KHU VỰC
#: XIV``): kept as printed; not a syllable that spells one inside it (``VI PHẠM``).
_ROMAN_WORD = compiled(r"(?<![\p{L}])([IVXLC]+(?![\p{L}])(?=[ \t]*(?:$|[,;:.()\-–])))?\p{L}*")


#: the fewest sibling headings that make a list of topics (``a) Thể chế``, ``b) Hạ tầng số``, ``c) Dữ liệu số``)
DEFAULT_TOPIC_SIBLINGS = 3
#: the share of those siblings that must name no body
DEFAULT_TOPIC_SHARE = 2 / 3
#: level words with their marks (folded, ``phường`` would be the ``phương`` of ``địa phương``)
_LEVEL_KEYS = frozenset(lv for lv in PLACE_LEVELS if " " not in lv)
_LEVEL_COMPOUND_KEYS = tuple(c.lower() for c in LEVEL_WORD_COMPOUNDS)


def names_a_class(heading: str, names: list[NameSpan]) -> bool:
    """A heading whose one name is a class in common nouns (``Doanh nghiệp số``, ``Hợp tác xã nông nghiệp``): no
    plural (``Các``), no capitalised proper part, no place (``Công an tỉnh``), the kind of name a list of topics
    holds beside ``Hạ tầng số``; a body (``Sở Y tế``, ``Các sở, ban, ngành``) never is one."""
    if len(names) != 1 or (names[0].kind == "body" and names[0].canonical):
        return False  # ``Ủy ban nhân dân các địa phương``: a body of the alias table, however spelled
    words = heading[names[0].start : names[0].end].split()
    if any(nfc(w).lower() in PLURAL_WORDS for w in words) or any(w[:1].isupper() for w in words[1:]):
        return False
    key = " " + nfc(" ".join(words)).lower() + " "
    for compound in _LEVEL_COMPOUND_KEYS:
        key = key.replace(" " + compound + " ", " ")
    return not any(w in _LEVEL_KEYS for w in key.split())


def topic_among_topics(node: Node) -> bool:
    """A heading named like a class of bodies among sibling headings that name none (``i) Doanh nghiệp số``
    after ``a) Thể chế``, ``b) Hạ tầng số``): one topic of the list; its items say what is to be done for those
    businesses, not what they must do. Among headings that name bodies it stays an assignee heading."""
    if node.parent is None:
        return False
    others = [c.heading for c in node.parent.children if c is not node and c.heading and c.kind == node.kind]
    if len(others) < DEFAULT_TOPIC_SIBLINGS:
        return False
    named = 0
    for other in others:
        found = find_subject(body_heading(other))
        named += found is not None and found[1] == 0
    return len(others) - named >= DEFAULT_TOPIC_SHARE * len(others)


def _apposition_cut(heading: str) -> str:
    """A heading without the apposition after its name (``Sở Tài chính – cơ quan đầu mối của Ban Chỉ đạo`` →
    ``Sở Tài chính``): what the body is in the plan, which the name grammar may run into."""
    for m in DASH.finditer(heading):
        if m.start() and APPOSITION.fullmatch(heading, m.start()):
            return heading[: m.start()]
    return heading


def _states_own_task(text: str) -> bool:
    t = text.strip()
    found = find_subject(t)
    if found is None or found[1] != 0:
        return False
    rest = t[found[2] :]
    return is_predicate(rest) and not who_only(rest)


def _field_block(c: Node) -> list[tuple[str, str]] | None:
    """The fields under a heading of labels only (``1.2. Cơ quan chủ trì, phối hợp`` / ``a) Cơ quan chủ trì: X``
    / ``b) Cơ quan phối hợp: Y``), or None when ``c`` is no such block."""
    if not c.heading or not FIELD_BLOCK.match(c.heading) or not (c.children or c.text_parts):
        return None
    got: list[tuple[str, str]] = []
    for p in c.text_parts:
        fields = fields_of(p)
        if not fields:
            return None
        got += fields
    for g in c.children:
        field_ = node_field(g)
        if field_ is None:
            return None
        got.append(field_)
    return got if any(kind in ("lead", "support") for kind, _v in got) else None


def _empty_who_label(c: Node, kind: str, value: str) -> bool:
    """``- Cơ quan thực hiện:`` alone on its line with no items under it: the items a converter printed after it
    as its siblings (``- Sở A chủ trì, phối hợp với …`` / ``- Sở B đăng tải …``) are its value."""
    return kind in ("lead", "support") and not value.strip(" .:") and not c.children


def _labelled_item(c: Node) -> list[tuple[str, str]] | None:
    """The fields of an item that is a block of labels or says only who carries out its siblings, or None."""
    block = _field_block(c)
    return block if block is not None else who_item(c)


#: How far into an item's line a field label's colon stands at most (``Cơ quan chủ trì thực hiện chính:``).
DEFAULT_LABEL_SPAN = 80


def flattened_field_blocks(node: Node) -> list[tuple[list[Node], list[Node]]] | None:
    """The items of ``node`` cut into the field blocks a converter printed as one list of siblings, when it lost
    the nesting of ``- Quy chế A`` / ``+ Nội dung: …`` / ``+ Cơ quan chủ trì: X`` / ``- Quyết định B`` / ``+ Cơ
    quan chủ trì: Y``: each block (its unlabelled items, its field items) opens at an unlabelled item after a field
    item. None unless there are two blocks or more and each names someone: one block over plain bullets is one
    item's fields and its content."""
    if len(node.children) < 3:  # a field, an item, a field: the fewest two blocks hold
        return None
    # a field is a heading (``a) Cơ quan chủ trì``) or a line with its label's colon: two at least, before any pattern
    if (
        sum(
            1
            for c in node.children
            if c.heading or ":" in (c.text_parts[0] if c.text_parts else "")[:DEFAULT_LABEL_SPAN]
        )
        < 2
    ):
        return None
    blocks: list[tuple[list[Node], list[Node]]] = []
    who: list[bool] = []  # whether each block names someone
    open_label = False
    for c in node.children:
        got = node_field(c)
        block = None if got is not None else _labelled_item(c)
        labelled = got is not None or block is not None or open_label
        if got is not None:
            open_label = _empty_who_label(c, *got)
        if not blocks or (not labelled and blocks[-1][1]):
            blocks.append(([], []))
            who.append(False)
        blocks[-1][1 if labelled else 0].append(c)
        kinds = [got[0]] if got is not None else [kind for kind, _v in block or []]
        who[-1] = who[-1] or bool({"lead", "support"} & set(kinds))
    if len(blocks) < 2 or not all(who):
        return None
    return blocks


def task_heading(node: Node) -> str | None:
    """The heading that is the task of a field item: its own, or its parent's when its own is a label only
    (``1.1. Cơ quan chủ trì, phối hợp`` under ``1. TUYÊN TRUYỀN VỀ DU LỊCH XANH``)."""
    if node.heading and MANNER_HEADING.match(node.heading):
        return None  # ``II. TỔ CHỨC THỰC HIỆN``: a part of the plan, never a task
    if node.heading and not FIELD_BLOCK.match(node.heading):
        return node.heading
    if node.heading and node.parent is not None and node.parent.heading:
        return task_heading(node.parent)
    return None


def _content_heading(node: Node) -> str | None:
    """The text of an item whose heading is a task's label (``Nội dung`` + ``Hiệp thương về cơ cấu …``), else None."""
    if not node.heading or not node.text_parts:
        return None
    got = _field(node.heading + ": " + node.text_parts[0])
    return got[1] if got is not None and got[0] == "task" else None


#: Where a who-field's value parts into its bodies with their roles: a semicolon, or a comma right after a role in
#: brackets (``Phòng A (chủ trì), Công ty B (phối hợp)``; twenty-sixth twin of S7).
_ROLE_PIECE_END = compiled(r";|(?<=\([ \t]*(?i:chủ[ \t]+trì|phối[ \t]+hợp)[ \t]*\))[ \t]*,")


def _bracketed_roles(value: str, kind: str) -> list[tuple[str, str]]:
    """A who-field's value parted at its semicolons (or commas after a role) by the roles in brackets after its names
    (``Sở A (chủ trì); Sở B (phối hợp)``: lead A, support B); the field's own ``kind`` for the whole value when no
    bracket says a role."""
    pieces = [p for p in _ROLE_PIECE_END.split(value) if p.strip()] if kind != "time" else []
    roles = [ROLE_IN_BRACKETS.search(p) for p in pieces]
    if not any(roles):
        return [(kind, value)]
    return [
        (
            "support" if r is not None and fold(r.group("role")).startswith("phoi") else "lead",
            p[: r.start()] if r else p,
        )
        for p, r in zip(pieces, roles, strict=True)
    ]


def _description_line(item: Node) -> bool:
    """Whether an item is a line of what its parent is (``- Địa điểm: …``), not an item titled over its own field
    lines (``2. Lễ giao nhận quân`` / ``Đơn vị chủ trì: …``: a task whatever its title's words)."""
    if item.heading and item.text_parts and fields_of(item.text_parts[0]):
        return False
    return describes(node_text(item))


def gather_fields(
    node: Node, parts: list[str] | None = None, children: list[Node] | None = None
) -> tuple[Fields, list[str], list[Node]]:
    """The fields of ``node`` (from its paragraphs and its items, and from trailing paragraphs of its last
    item, which a field closing a group of items lands in), its unlabelled paragraphs and items; ``parts`` and
    ``children``, when given, are read in place of the node's own (one block of a flattened list)."""
    f = Fields([], [], [], [])
    texts: list[str] = []
    items: list[Node] = []

    def take(kind: str, value: str, where: Node, children: list[Node]) -> None:
        if kind == "task":
            if children and not value.rstrip(":"):
                f.task += [(c, node_text(c)) for c in children]
            elif value:
                f.task.append((where, value))
        elif kind in ("lead", "support", "time"):
            for role, name in _bracketed_roles(value, kind):
                getattr(f, role).append(name)

    own = _content_heading(node) if parts is None else None
    if own is not None:  # ``1.1. Nội dung: Hiệp thương …`` over its fields: its text the task
        take("task", own, node, [])
    for p in node.text_parts if parts is None else parts:
        # a sentence of who carries out the item (``Sở A chủ trì tổ chức thực hiện.``) under its heading
        got_all = fields_of(p) or (who_fields(p) if node.heading and not FIELD_BLOCK.match(node.heading) else [])
        if not got_all and p.strip() and not describes(p):  # (``* Đơn vị tài trợ: …``: no task)
            texts.append(p)
        for kind, value in got_all:
            take(kind, value, node, [])
    open_kind: str | None = None  # ``- Cơ quan thực hiện:`` with its items printed as its siblings
    for c in node.children if children is None else children:
        got = node_field(c)
        if got is None:
            block = _labelled_item(c)
            if block is None and open_kind is not None:
                getattr(f, open_kind).append(node_text(c))
            elif block is None and not (not c.children and _description_line(c)):
                items.append(c)
            for kind, value in block or []:
                take(kind, value, c, [])
            continue
        kind, value = got
        open_kind = kind if _empty_who_label(c, kind, value) else None
        sub = [node_field(g) for g in c.children]
        if kind in ("lead", "support") and c.children and all(x is not None for x in sub):
            # ``- Cơ quan thực hiện:`` over ``+ Đơn vị chủ trì: …`` / ``+ Đơn vị phối hợp: …``
            for x in sub:
                take(x[0], x[1], c, [])  # type: ignore[index]
            continue
        if kind == "time" and c.children and all(own_subject(g) for g in c.children):
            f.timed += c.children
        if kind == "task":
            tasks = _tasks_over_items(c) if c.children else None
            paragraphs = _sentence_paragraphs(c) if not c.children and len(c.text_parts) > 1 else None
            if tasks is not None or paragraphs is not None:
                f.task += tasks or [(c, p) for p in paragraphs or []]
                continue
        take(kind, value, c, [])
    return f, texts, items


def _sentence_paragraphs(c: Node) -> list[str] | None:
    """A task field's own paragraphs (``a) Nhiệm vụ:`` / ``Sử dụng ….`` / ``Nâng cấp ….``), when every one is a whole
    sentence: items a scan printed without their dashes, each a task; else None (its value whole: a lead-in and its
    lines)."""
    if not c.text_parts:
        return None
    first = _field(c.heading + ": " + c.text_parts[0] if c.heading else c.text_parts[0])
    paragraphs = [p for p in (first[1] if first else "", *c.text_parts[1:]) if p.strip()]
    if paragraphs and all(p.rstrip(" *_").endswith((".", ";")) for p in paragraphs):
        return paragraphs
    return None


def _tasks_over_items(c: Node) -> list[tuple[Node, str]] | None:
    """The tasks of a task field over items (``- Nhiệm vụ:`` over its bullets: each item a task), or None when
    the field's own value is the task.  A whole sentence before the bullets (``a) Nhiệm vụ:`` / ``Rà soát ….`` /
    ``- Kết nối ….``) is an activity of its own, as each bullet is: a scan lost its short dash; so is each such
    paragraph."""
    own = _field(c.heading + ": " + (c.text or "") if c.heading else (c.text or ""))
    own_value = own[1] if own else ""
    items = [(g, node_text(g)) for g in c.children]
    if not own_value or own_value.rstrip().endswith(":"):
        return items
    if own_value.rstrip().endswith((".", ";")) and all(g.kind == "bullet" for g in c.children):
        # each paragraph an item whose dash was lost
        return [*((c, p) for p in _sentence_paragraphs(c) or [own_value]), *items]
    return None


def trailing_fields(item: Node) -> Fields | None:
    """The fields that close an item (paragraphs after its first: ``- Rà soát …`` / ``Đơn vị chủ trì: X`` /
    ``Thời gian thực hiện: …``), when they name someone."""
    f = Fields([], [], [], [])
    for p in item.text_parts[1:]:
        for kind, value in fields_of(p) or who_fields(p):
            if kind in ("lead", "support", "time"):
                getattr(f, kind).append(value)
    return f if f.any_assignee() else None


def _value_names(value: str, found: list[NameSpan]) -> list[NameSpan]:
    """The names of a who-value that names and does nothing: the subject's, each with its own words after it
    (``with_tails``), and the list's later names when one follows its qualifier (``Phòng Giáo dục`` + ``thường
    xuyên`` + ``, Phòng Giáo dục mầm non và …``, where the grammar's subject ended before the qualifier)."""
    spans = with_tails(value, found)
    nxt = FIELD_LIST_SEPARATOR.match(value, spans[-1].end) if spans else None
    if nxt is None or not value[nxt.end() : nxt.end() + 1].isupper():
        return spans
    return with_tails(value, find_names(value))


def _names_and_does_nothing(rest: str) -> bool:
    """Whether what follows the subject of a who-value leaves it a value of names: a role, more names, no predicate,
    a qualifier of its own, or the rest of its name (``Đội Kiểm tra`` + ``sau thông quan``, ``Phòng Thống kê`` +
    ``tổng hợp và Phổ biến thông tin``, ``Ban Quản lý dự án đầu tư`` + ``xây dựng các công trình … tỉnh``)."""
    tail = rest.strip(" .;")
    return (
        rest_is_role_only(rest)
        or who_only(rest)
        or not is_predicate(rest)
        or qualifies(tail)
        or opens_no_verb(tail)
        or second_field_rest(tail)
        or runs_to_its_level(tail)
    )


def field_assignees(
    ctx: Context, node: Node, f: Fields, section: str | None, rule: str
) -> tuple[list[Assignee], list[Assignee]]:
    """The leads and partners a block's lead fields name; a sentence under the lead field with a subject and a task of
    its own (``+ Sở Xây dựng đăng tải …``) is emitted as that task."""
    leads: list[Assignee] = []
    supports: list[Assignee] = []
    for value in f.lead:
        labelled: str | None = None  # the kind of a label that ended a sentence (``Cơ quan phối hợp:``)
        clauses = (
            c for s, _o in sentences_of(value) for r in role_clauses(after_passive_who(s)) for c in subject_clauses(r)
        )
        for sentence in clauses:
            inner = fields_of(sentence)
            if labelled is not None and not inner:
                inner, labelled = [(labelled, sentence)], None
            if inner:  # ``- Cơ quan chủ trì: X.`` / ``Cơ quan phối hợp: Y.`` unmarked, run into the item above
                for kind, names_value in inner:
                    if not names_value.strip():
                        labelled = kind
                    elif kind == "lead":
                        leads += split_names(ctx, names_value)
                    elif kind == "support":
                        supports += split_names(ctx, names_value)
                continue
            posts = field_posts(ctx, sentence)
            if posts is not None:  # ``Đồng chí Phó Chủ tịch Thường trực, phụ trách lĩnh vực …``
                leads += posts
                continue
            found = find_subject(sentence)
            # the subject opens the sentence, or stands after an adverbial opener (``Đồng thời, các sở …``)
            if found is not None:
                rest = sentence[found[2] :]
                # the list goes on with another capitalised item (``; Tạp chí Tài chính``, ``và Xí nghiệp …``)
                goes_on = FIELD_LIST_SEPARATOR.match(rest)
                goes_on = goes_on if goes_on and rest[goes_on.end() : goes_on.end() + 1].isupper() else None
                listed = split_names(ctx, sentence) if goes_on and not is_predicate(rest) else []
                after = found[2] + goes_on.end() if goes_on else 0  # where the list's next item begins
                if len(listed) > len(found[0]) and any(sentence.startswith(a.raw, after) for a in listed):
                    leads += listed  # ``Công an tỉnh; Tạp chí Tài chính``: a list whose later names no list knows
                    continue
                if _names_and_does_nothing(rest):
                    spans = _value_names(sentence, found[0])  # ``Ủy ban nhân dân các xã vùng trũng.``
                    names = with_sub_unit(assignees_of(ctx, sentence, spans), sentence, spans, found[2])
                    if PARTNER_ROLE_ONLY.match(rest):  # ``Giao A chủ trì; B phối hợp.``: B's own role
                        supports += names
                        continue
                    leads += names
                    supports += partners_of(ctx, rest, names)
                    continue
                # ``+ Sở Xây dựng đăng tải thông điệp …``: a task of its own under the lead field
                emit(ctx, assignees_of(ctx, sentence, found[0]), rest.strip(" ,:"), node, section, found[3], rule=rule)
                continue
            leads += split_names(ctx, sentence)
    return leads, supports


def described_item(node: Node, own_line: str, items: list[Node]) -> bool:
    """An item whose own line is a task (a task verb first, no colon opening its bullets: ``5.2. Tổ chức thực hiện
    công tác tuyên truyền …``) over bullets that give no task of their own subject (``- Đa dạng, phong phú …``, ``-
    Việc tổ chức … phải bảo đảm …``): decision 9, the item's line is the task and its bullets say how."""
    line = (node.lines[0].text if node.lines else own_line).rstrip(" *_")
    # a numbered item whose one paragraph is its line: a heading a text layout lost the bold of (``6.2. Phối hợp
    # với …; chủ trì …; tham gia … khi có yêu cầu`` over its bullets), too long to be read as a heading
    unbolded = node.kind not in ("bullet", "article") and len(node.text_parts) == 1
    return (
        (bool(node.heading) or unbolded)
        and opens_with_verb(own_line)
        and not line.endswith(":")
        and not any(c.children or states_tasks(c) for c in items)
    )


def subject_clauses(sentence: str) -> list[str]:
    """A sentence cut at each semicolon after which a clause names who does what of its own (``Bộ Công an
    tiến hành rà soát …; các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh … rà soát …``, 131)."""
    clauses: list[str] = []
    for piece in sentence.split(";"):
        found = find_subject(piece.strip())
        if clauses and not (found is not None and found[1] == 0 and is_predicate(piece.strip()[found[2] :])):
            clauses[-1] += ";" + piece
        else:
            clauses.append(piece)
    return [c.strip() for c in clauses]


def rest_is_role_only(rest: str) -> bool:
    """What follows the names in a heading leaves the tasks to the items below (``:``, ``chủ trì, phối
    hợp với Y``, ``có trách nhiệm``, an apposition: ``- Cơ quan thường trực Tổ công tác``)."""
    if APPOSITION.fullmatch(rest):
        return True
    r = rest.strip(" :.-")
    return not r or bool(ROLE_AFTER_SUBJECT.fullmatch(r))


def heading_rest_is_role_only(rest: str) -> bool:
    """``rest_is_role_only`` for what follows the names of a line read as an assignee heading, which a full stop after
    a task of its own past the partners makes a sentence (``_partners_then_task``)."""
    return rest_is_role_only(rest) and not _partners_then_task(rest)


def _partners_then_task(rest: str) -> bool:
    """Whether a line ending with a full stop goes on after its partners with a task of its own (``phối hợp với Hội
    Chữ thập đỏ xã`` + ``tổ chức các lớp dạy bơi …``; twenty-sixth twin of T2): a sentence, not a heading of roles."""
    partner = _PARTNER.search(rest)
    if partner is None or not rest.rstrip(" *_").endswith("."):
        return False  # (a heading's colon is gone with it: only a full stop says a sentence ends here)
    found = find_subject(rest[partner.end() :].lstrip())
    if found is None or found[1] != 0:
        return False
    tail = rest[partner.end() :].lstrip()[found[2] :].strip(" ,.;")
    return bool(tail) and is_predicate(tail)


_PARTNER = record_pattern("support.partner")


def own_subject(node: Node) -> bool:
    """An item under a lead-in (``… yêu cầu Thủ trưởng các sở, Chủ tịch UBND các huyện …; trong đó, tập trung
    các nhiệm vụ cụ thể:``) that names who does it (``2. Giao Sở Lao động - Thương binh và Xã hội chịu trách
    nhiệm:``, ``3. Sở Kế hoạch và Đầu tư rà soát …``), also after a step's label and its leading clause: its
    subject, not the lead-in's, is assigned."""
    if node.children and node.heading and heading_names(node.heading) is not None:
        return True  # ``c) Các sở, ban, ngành:`` over its bullets: an assignee heading, read as one
    text = node_text(node)
    step = STEP_LABEL.match(text)  # ``- Bước 1: Khi …, Giám đốc Sở … báo cáo …``: after a step's label
    found = find_subject(text[step.end() :] if step else text)
    if found is None:
        return False
    rest = (text[step.end() :] if step else text)[found[2] :]
    if found[1]:  # a step's leading clause (``Bước 1: Khi …, Giám đốc Sở … báo cáo``), as a sentence reads it
        return step is not None and is_predicate(rest) and SPACE_THEN_LOWER.match(rest) is not None
    return is_predicate(rest) or (rest.rstrip().endswith(":") and rest_is_role_only(rest))


def heading_names(heading: str) -> list[NameSpan] | None:
    """The names of a heading that is a subject and nothing else (``1. Đoàn Thanh niên xã:``), else None."""
    found = find_subject(heading)
    if found is None or found[1] != 0 or heading[found[2] :].strip(" :.-"):
        return None
    return found[0]


def heading_leads(ctx: Context, node: Node) -> list[Assignee]:
    """The bodies a node's heading names when it is a subject and nothing else: the leads of its items whose
    fields name partners only (``1. Đoàn Thanh niên xã:`` / ``- Tổ chức …`` / ``- Đơn vị phối hợp: Hội Phụ nữ xã.``)."""
    names = heading_names(node.heading) if node.heading else None
    return assignees_of(ctx, node.heading or "", names) if names else []


#: The record's own pattern (``fields.bracketed``): what its reader looks for.
_BRACKETED = record_pattern("fields.bracketed")


@node_reader("node.bracketed_fields")
def bracketed_fields(ctx: Context, node: Node) -> bool:
    """An item with no items of its own whose task carries its fields in brackets after it (``Tổ chức tập huấn …
    (Cơ quan chủ trì: Sở Y tế; phối hợp: Sở Tài chính). Thời gian: Quý II/2026.``: ``BRACKETED_FIELDS``): the
    lead and partners the bracket names are given the task before it, by the bracket's time or the one after."""
    if node.children:
        return False
    text = node_text(node)
    m = _BRACKETED.search(text)
    task = text[: m.start()].strip(" ,;:.-") if m else ""
    if m is None or not task:
        return False
    fields = fields_of(m.group("fields").strip())
    leads = [a for kind, value in fields if kind == "lead" for a in split_names(ctx, value)]
    if not leads:
        return False
    supports = [a for kind, value in fields if kind == "support" for a in split_names(ctx, value)]
    times = [v for kind, v in [*fields, *fields_of(text[m.end() :].strip(" .;,"))] if kind == "time"]
    emit(
        ctx,
        leads,
        task,
        node,
        numbered_parent(node).path,
        "assigned",
        rule="fields.bracketed",
        extra_support=supports,
        support_rule="support.field",
        deadline=ctx.deadline(times[0], cued=False) if times else None,
        deadline_rule="deadline.field",
    )
    return True


def section_deadline(ctx: Context, node: Node) -> Deadline | None:
    """A time field among a section's items (``b) Thời gian: Từ ngày 15/11/2025 đến ngày 15/12/2025.``): the
    deadline of every task under the section that states none of its own."""
    for c in node.children:
        value = time_field(c)
        if value is not None:
            dl = ctx.deadline(value, cued=False)
            if dl.date or dl.recurrence:
                return dl
    return None


def time_field(node: Node) -> str | None:
    """The value of a node that is a time field (``- Thời gian thực hiện: tháng 3/2026.``), else None."""
    got = node_field(node)
    return got[1] if got is not None and got[0] == "time" else None


@contextmanager
def deadline_of_section(ctx: Context, node: Node) -> Iterator[None]:
    """While the tasks under ``node`` are read, its time field (``section_deadline``) is theirs when they state none."""
    stated = section_deadline(ctx, node)
    if stated is not None:
        ctx.section_deadlines.append(stated)
    try:
        yield
    finally:
        if stated is not None:
            ctx.section_deadlines.pop()


def ends_sentence(node: Node) -> bool:
    """Whether the line of an item's heading (or its first line) is a sentence: it ends with a full stop or a
    semicolon (``1.2. Xây dựng và ban hành hướng dẫn … năm 2026.``), not a topic or a colon's lead-in."""
    if not node.lines:
        return False
    return node.lines[0].text.rstrip(" *_")[-1:] in (".", ";")


def enumerated_member(node: Node, heading: str) -> bool:
    """Whether ``node``'s line, its ``heading`` alone, ends a list of members: it ends with a full stop or a
    semicolon, and the item before it, with no items of its own, with a semicolon (``b) Hạt Kiểm lâm huyện Tây Lâm;``
    / ``c) Đội … số 1.``): the list's last member, no heading over the paragraph a copy hung under it (not ``4.2. Ông
    … - Phó Trưởng đoàn: Chủ trì …;``, whose line goes on after its heading)."""
    if node.parent is None or not ends_sentence(node):
        return False
    if not node.lines[0].text.rstrip(" *_;.").endswith(heading.rstrip(" *_;.")):
        return False
    siblings = node.parent.children
    at = next(i for i, c in enumerate(siblings) if c is node)
    before = siblings[at - 1] if at else None
    return (
        before is not None
        and not before.children
        and before.lines[-1:] != []
        and (before.lines[-1].text.rstrip(" *_").endswith(";"))
    )
