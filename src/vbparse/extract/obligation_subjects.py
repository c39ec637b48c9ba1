"""Assignee headings (``1. Sở Y tế:`` with the tasks below, its members and own clauses) and sentences
whose subject is an assignee: lead-ins, requests, delegation, carried subjects, the closing's requests."""

from __future__ import annotations

from dataclasses import replace

from ..chars import fold, match_key
from ..models import Assignee
from ..pattern_cache import compiled
from ..structure.parser import Node
from ..tables.bodies import ACTOR_HEAD_WORDS
from ..tables.execution import EXECUTION_CLAUSE
from ..tables.obligations import (
    ADVERBIAL_OPENER,
    AS_FOLLOWS_INTRO,
    CASE_HEADING,
    CLAUSE_SPLIT,
    CONDITION_THEN,
    CONDITIONAL_TASK,
    CRITERIA,
    DELEGATION,
    DESCRIBES_SUBJECT,
    DUTIES_OF,
    DUTIES_ONLY,
    FIELD_HONORIFIC,
    FIELD_LIST_SEPARATOR,
    MEMBER_LINE,
    POST_SCOPE,
    REPORTS_WHAT_FOLLOWS,
    ROLE_START,
    SPECIFIED_BELOW,
)
from ..tables.patterns import SENTENCE_BREAK
from ..tables.qualifiers import QUALIFIER_MAX_WORDS
from ..tables.rules import record_pattern
from ..tables.rules_not_task import PAST_ACTION
from .assignees import (
    NameSpan,
    described_words,
    find_names,
    name_at,
    name_shaped,
    names_a_place,
    opens_with_non_subject,
    opens_with_verb,
    positional_partners,
    post_of_known_at,
    post_shaped_of_known,
)
from .heading_members import heading_last_member
from .heading_owners import TOPIC_OPENERS, acted_upon, named_by_its_work, qualified
from .heading_topics import spelled_as_field
from .name_lexicon import GENERIC_KEYS, WORD
from .obligation_context import BRACKET_ONLY, FULL_STOP, LIST_BY_PREPOSITION, LOWER_START, VERB_HEAD_KEYS, Context
from .obligation_emit import emit, emit_at, node_text, partners_of
from .obligation_fields import (
    body_heading,
    deadline_of_section,
    enumerated_member,
    fields_of,
    heading_names,
    heading_rest_is_role_only,
    names_a_class,
    rest_is_role_only,
    subject_clauses,
    time_field,
    topic_among_topics,
)
from .obligation_names import (
    DEFAULT_STANDING_NAME_WORDS,
    after_leading_clause,
    all_names,
    assignees_of,
    find_subject,
    goes_on_name,
    in_criteria_section,
    is_predicate,
    noun_phrase,
    only_names,
    sentences_of,
    stands_as_name,
)
from .obligation_skips import generic_name, numbered_parent
from .regulated_actors import regulates
from .subject_items import among_subject_items
from .table_lead_in import prose_body
from .who_sentences import who_only

#: The cues these readers look for, looked up in the records that hold them (``tables/rules.py``): the record is the rule.
REQUEST_IN_SENTENCE = record_pattern("mode.request")
TASK_LIST_INTRO = record_pattern("lead_in.items")

#: An item's line of at most this many words is a title (``7.1 Tổng kết công tác bầu cử``): its task is the
#: title with what its first bullet says of it.
DEFAULT_TITLE_WORDS = 8


def titled_line(own_line: str, items: list[Node]) -> str:
    if len(own_line.split()) > DEFAULT_TITLE_WORDS or not items:
        return own_line
    first = sentences_of(node_text(items[0]))
    return f"{own_line.rstrip(' :')}: {first[0][0]}" if first else own_line


def paragraph_task(paragraph: str) -> bool:
    """Whether a paragraph under an assignee heading is a task: not empty, not a bracketed note (``(chi tiết Phụ
    lục 01 đính kèm)``), not names alone (a roster's line broken after its post: ``2. Phó Thủ tướng …, Phó Trưởng``
    / ``Ban Chỉ đạo.``)."""
    return bool(paragraph.strip()) and not BRACKET_ONLY.fullmatch(paragraph) and not all_names(paragraph.rstrip(" ."))


def assignee_heading(ctx: Context, node: Node) -> bool:
    """``a) Sở Y tế`` or ``Điều 3. Nhiệm vụ và quyền hạn của Ban Chỉ đạo`` (+ items or a paragraph): one
    obligation per item."""
    heading, parts = node.heading, prose_body(node)[0].split("\n")  # (a task table's rows are the tables' reader's)
    if not heading and (len(parts) >= 2 or (len(parts) == 1 and node.children)):
        heading, parts = parts[0], parts[1:]  # a long heading line read as text, its paragraphs or items below
    if not heading:
        return False
    owner = DUTIES_OF.match(heading) is not None  # ``Nhiệm vụ, quyền hạn của`` + whose items they are
    heading = body_heading(heading)
    heading, parts, found = _with_listed_members(heading, parts, node)
    found, standing = _known_or_standing(heading, node, found, owner)
    if found is None or found[1] != 0 or (names_a_class(heading, found[0]) and topic_among_topics(node)):
        return False
    if _names_no_doer(heading, found, node):
        return False
    names, _start, end, mode = found
    names, rule = _scope_to_end(heading, names, end)
    rule = "heading.standing_name" if standing else rule
    names, end = heading_last_member(heading, names, end)
    if not heading[end:].strip(" .;*_") and enumerated_member(node, heading):
        return False  # ``c) Đội Kiểm lâm cơ động số 1.`` after ``b) …;``: a list's last member, no heading
    if not heading_rest_is_role_only(heading[end:]):
        if not (owner and named_by_its_work(heading, names, end)) and not qualified(node, heading, end, parts):
            return False
        # ``5. Các chủ đầu tư xây dựng và kinh doanh hạ tầng KCN`` over items: the whole heading names them
        end = len(heading.rstrip(" :"))
        names = [replace(names[0], end=end, canonical=None, alias_end=None)]
        rule = "heading.qualified_name"
    if fold(heading).startswith("doi voi") and in_criteria_section(node):
        return False  # ``Đối với các cơ quan …:`` under ``Tiêu chuẩn khen thưởng`` states criteria
    text = "\n".join(p for p in parts if p)
    if fold(heading).startswith("doi voi") and CRITERIA.match(text) and not node.children:
        return False  # ``Đối với tập thể: Có kết quả …`` states a criterion, not a task
    leads = assignees_of(ctx, heading, names)
    extra_support = partners_of(ctx, heading[min(end, names[-1].end) :], leads)  # (and those set aside after it)
    tasks: list[tuple[Node, str, list[Assignee]]] = []
    if text and (not node.children or not text.rstrip().endswith(":")):
        tasks += [(node, p, extra_support) for p in parts if paragraph_task(p)]
    elif text and rest_is_role_only(text):
        # ``Chủ trì, phối hợp với X, Y:`` over the items: X and Y are partners in each of them
        extra_support = extra_support + partners_of(ctx, text, leads + extra_support)
    more, nested = _children_tasks(ctx, node, leads, extra_support)
    tasks += more
    if not tasks:
        return nested
    with deadline_of_section(ctx, node):
        _emit_heading_tasks(ctx, node, tasks, leads, mode, rule)
    return True


def _children_tasks(
    ctx: Context, node: Node, leads: list[Assignee], extra_support: list[Assignee]
) -> tuple[list[tuple[Node, str, list[Assignee]]], bool]:
    """The tasks of an assignee heading's items, with their partners, and whether a child heading read its own items
    (its tasks are made: the walk must not read it again)."""
    tasks: list[tuple[Node, str, list[Assignee]]] = []
    nested = False
    for child in node.children:
        if child.children and not child.text_parts and child.heading and rest_is_role_only(child.heading):
            # ``a) Chủ trì, phối hợp với X`` / ``b) Phối hợp với Y`` over items: the role and the partners
            # of each item under it
            partners = extra_support + partners_of(ctx, child.heading, leads + extra_support)
            tasks += [(c, node_text(c), partners) for c in child.children]
        elif child.children and not child.text_parts and _topic_over_items(child):
            # ``3. Về công tác truyền thông:`` / ``a) …`` / ``b) …``: a topic over the unit's items, each a task
            tasks += [(c, node_text(c), extra_support) for c in child.children if time_field(c) is None]
        elif child.children and assignee_heading(ctx, child):
            # ``1. Trách nhiệm của Ủy ban nhân dân cấp xã`` over its items under ``Điều 6. Trách nhiệm của …``: it
            # names its own lead, each of its items a task of it (issue 53: five items made one task)
            nested = True
        elif time_field(child) is None:  # ``- Thời gian thực hiện: tháng 3/2026.``: the items' deadline, no task
            tasks.append((child, node_text(child), extra_support))
    return tasks, nested


def _topic_over_items(node: Node) -> bool:
    """Whether ``node`` is a topic over items under an assignee's heading (``Về công tác truyền thông:``, ``Công tác
    phối hợp:``): a heading that names no one and opens no predicate, so its items are the tasks (twenty-eighth twins
    of HEADING-UNIT), not a task its items specify (``Tổ chức hội nghị:`` / ``a) ở cấp tỉnh``)."""
    heading = (node.heading or "").strip(" :*_")
    return bool(heading) and find_subject(heading) is None and not is_predicate(heading[:1].lower() + heading[1:])


def _names_no_doer(heading: str, found: tuple[list[NameSpan], int, int, str], node: Node) -> bool:
    """Whether the names a heading opens with give no one its items: a field of affairs (``1.1. Văn hóa - xã hội``), a
    generic head alone (``2. Lực lượng``), or those the plan acts on over the list of them (``I. DOANH NGHIỆP ĐƯỢC KIỂM
    TRA``)."""
    return (
        spelled_as_field(heading, found[0])
        or fold(heading.strip(" :.*_")) in GENERIC_KEYS
        or acted_upon(heading, found[2], node)
    )


def _known_or_standing(
    heading: str, node: Node, found: tuple[list[NameSpan], int, int, str] | None, owner: bool
) -> tuple[tuple[list[NameSpan], int, int, str] | None, bool]:
    """The heading's names the lists know (``found``), or, when none opens it or a list separator and more than a
    role follow them (``Sở Nội vụ; Báo và Phát thanh, Truyền hình tỉnh``), its names by where it stands
    (``standing_heading``) when it has them; and whether they are those."""
    if found is not None and found[1] == 0:
        rest = heading[found[2] :]
        listed = FIELD_LIST_SEPARATOR.match(rest)
        if listed is None or not rest[listed.end() :].strip(" \t.:;") or rest_is_role_only(rest):
            return found, False  # (``4. Hội đồng nhân dân thành phố;`` over its sentence: a list's line, no more)
    standing = standing_heading(heading, node, owner=owner)
    return (standing, True) if standing is not None else (found, False)


def standing_heading(heading: str, node: Node, *, owner: bool = False) -> tuple[list[NameSpan], int, int, str] | None:
    """``3. Nhà hát Ca kịch tỉnh`` over its items, beside sibling headings that name assignees (``1. Sở Văn hóa …``):
    a heading no list knows a name in is one by where it stands, when it has a name's shape (``name_shaped``) and is
    a short noun phrase; a list of such names (``A và B``) names each.  Among topic headings (``1. Mục đích``) it is
    a title.  ``owner``: the heading named whose duties its items are (``Nhiệm vụ, quyền hạn của`` + the name), which
    makes it an assignee's heading whatever its siblings.  (names, 0, end, mode) as ``find_subject``, else None."""
    text = heading.rstrip(" :.")
    if not (node.children or node.text_parts) or not (owner or _among_assignee_headings(node)):
        return None
    if owner and (_owner_named_by_its_work(text) or _people_named_by_their_work(text)):
        return [NameSpan(0, len(text), "other", rule="name.standing")], 0, len(text), "assigned"
    # it parts where a list of names would (``FIELD_LIST_SEPARATOR``) before a capital, or before a name the lists
    # know after a name closed by its place (``Hạt Kiểm lâm huyện và các địa phương``)
    cuts = [
        c
        for c in FIELD_LIST_SEPARATOR.finditer(text)
        if text[c.end() : c.end() + 1].isupper() or (names_a_place(text[: c.start()]) and name_at(text, c.end()))
    ]
    # a short phrase: a name's words and one more name's for each cut (``Ban Quản lý Khu kinh tế và Ban Quản lý các
    # Khu công nghiệp tỉnh Lào Cai``; each name is measured below)
    if not noun_phrase(text, (len(cuts) + 2) * DEFAULT_STANDING_NAME_WORDS, ":()"):
        return None
    spans: list[NameSpan] = []
    start = 0
    for cut in [*cuts, None]:
        end = cut.start() if cut is not None else len(text)
        if spans and goes_on_name(text, spans[-1], text[start:end], start):
            spans[-1] = NameSpan(
                spans[-1].start, end, "other", rule="name.standing"
            )  # ``Sở Nông nghiệp`` + ``Môi trường``
        else:
            spans.append(NameSpan(start, end, "other", rule="name.standing"))
        start = cut.end() if cut is not None else len(text)
    if not all(
        _known_whole(text, s)  # (a name the lists know whole is not measured: ``các cơ quan báo chí đóng trên …``)
        or (
            name_shaped(text[s.start : s.end]) and described_words(text[s.start : s.end]) <= DEFAULT_STANDING_NAME_WORDS
        )
        for s in spans
    ):
        return None
    return spans, 0, len(text), "assigned"


def _owner_named_by_its_work(text: str) -> bool:
    """After ``Nhiệm vụ của``, a phrase no list knows the head of, named by all it does (``Nhóm hỗ trợ, hướng dẫn
    người dân làm thủ tục trực tuyến``): a capitalised first word, then only words in lower case up to the colon,
    at most ``QUALIFIER_MAX_WORDS``, no sentence and no topic (``trong công tác …``); not a noun naming no one
    (``Kế hoạch …``).  As ``_named_by_its_work`` reads a committee whose head the lists know."""
    words = text.split()
    return (
        len(words) >= 2
        and len(words) <= QUALIFIER_MAX_WORDS
        and text[:1].isupper()
        and all(w.strip(",")[:1].islower() for w in words[1:])
        and "." not in text
        and not any(fold(" ".join(words[k:])).startswith(TOPIC_OPENERS) for k in range(1, len(words)))
        and not opens_with_non_subject(text)
    )


#: A plural of people, households or owners (``ACTOR_HEAD_WORDS``) named by what they do, in lower case.
_PEOPLE_BY_THEIR_WORK = compiled(
    r"(?i:các|những)[ \t]+(?:" + "|".join(ACTOR_HEAD_WORDS) + r")[ \t]+\p{Ll}+(?:[ \t]+\p{Ll}+)*[ \t]*"
)


def _people_named_by_their_work(text: str) -> bool:
    """After ``Nhiệm vụ của``, ``các hộ kinh doanh dịch vụ lưu trú tại nhà dân``, ``những người nuôi ong``: a plural
    of people, households or owners and what they do, in lower case to the end, at most ``QUALIFIER_MAX_WORDS``
    words; no list knows the phrase, whose duties the items are."""
    return _PEOPLE_BY_THEIR_WORK.fullmatch(text) is not None and len(text.split()) <= QUALIFIER_MAX_WORDS


def _known_whole(text: str, span: NameSpan) -> bool:
    """Whether the lists know a name that is the whole of ``span`` (``các địa phương``)."""
    known = name_at(text, span.start)
    return known is not None and known.end >= span.end


def _among_assignee_headings(node: Node) -> bool:
    """Whether a sibling of ``node`` is a heading that names assignees and nothing else (``1. Sở Y tế:``), or two
    items with no heading open their sentences with their subjects (``a) Các sở, ban, ngành căn cứ … triển khai …``):
    the items beside it assign by who; so do they when each of them opens with its subject (``2. Công chức Văn hóa -
    Xã hội lập danh sách …`` beside ``1. Bưu điện xã Thái Khê:``)."""
    siblings = [s for s in (node.parent.children if node.parent is not None else []) if s is not node]
    if any(s.heading and heading_names(s.heading) for s in siblings):
        return True
    return among_subject_items(node, siblings)


def _scope_to_end(heading: str, names: list[NameSpan], end: int) -> tuple[list[NameSpan], str]:
    """``5. Các Phó Giám đốc phụ trách lĩnh vực Dược, Thiết bị và các Hội đồng chuyên môn``: a post's scope runs to
    the end of a heading of names, whatever names its list holds; the names and the rule that read them."""
    scoped = POST_SCOPE.search(heading, names[0].start, names[0].end) if len(names) > 1 else None
    if scoped is not None and rest_is_role_only(heading[end:]):
        return [replace(names[0], end=names[-1].end, canonical=None, alias_end=None)], "heading.qualified_name"
    return names, "heading.items"


def _emit_heading_tasks(
    ctx: Context,
    node: Node,
    tasks: list[tuple[Node, str, list[Assignee]]],
    leads: list[Assignee],
    mode: str,
    rule: str,
) -> None:
    """The heading's leads get each task; an item that names its own lead (``- Ủy ban nhân dân phường Yên Bái
    chủ trì …`` under ``Ủy ban nhân dân cấp xã``) is that lead's, and an item that names its lead in a lead-in
    (``- Ủy ban nhân dân thành phố Hà Nội cần tập trung các nhiệm vụ sau:``) hands it to the items after it up to
    the next that names its own (a list whose nesting a copy lost)."""
    lead_in: tuple[list[Assignee], str] | None = None
    for task_node, task, support in tasks:
        own = find_subject(task) if task_node is not node or _names_heading_member(task, leads) else None
        if own is not None and own[1] == 0 and DESCRIBES_SUBJECT.match(task[own[2] :].lstrip(" ,")):
            continue  # ``- Thư ký Hội đồng là giáo viên …``: a description, no task (decision 16)
        if (
            own is not None
            and (own[1] == 0 or after_leading_clause(task, own))
            and (ROLE_START.match(task[own[2] :].lstrip(" ,")) or not _verb_first(task[own[0][0].start :]))
            and is_predicate(task[own[2] :])
        ):  # ``- Lãnh đạo công tác tổ chức …``: a verb opens it, not a subject (``Lãnh đạo`` heads names too)
            lead_in = _flattened_lead_in(ctx, task, own, task_node, node)
            if lead_in is None:
                _emit_own_clauses(ctx, task, own, task_node)
            continue
        if lead_in is not None:
            # ``- Hoàn thành …`` after the lead-in: its subject's task
            where = numbered_parent(task_node).path
            emit(ctx, lead_in[0], task, task_node, where, lead_in[1], rule="lead_in.flattened", extra_support=support)
            continue
        # a numbered item is its own section (``Điều 3.1``); a bullet is its numbered parent's
        emit(ctx, leads, task, task_node, numbered_parent(task_node).path, mode, rule=rule, extra_support=support)
        opened = task[:1].lower() + task[1:]
        if task_node is not node and DELEGATION.match(opened):
            # ``- Phân công đồng chí Phó Chủ tịch trực tiếp phụ trách …``: the heading's task, and the one given it
            read_delegated(ctx, task_node, opened, numbered_parent(task_node).path, mode)


def _with_listed_members(
    heading: str, parts: list[str], node: Node
) -> tuple[str, list[str], tuple[list[NameSpan], int, int, str] | None]:
    """``2. Trách nhiệm của các Sở:`` over the line that lists them (``Xây dựng, Tài chính, Nội vụ.``, a web copy's
    wrapped line): the heading names each member, as ``các Sở: Xây dựng, Tài chính, Nội vụ`` on one line does;
    the heading, its paragraphs and its subject.  A line that is a sentence of its own stays a paragraph."""
    found = find_subject(heading)
    listed = parts[0].strip().rstrip(". ") if parts else ""
    if not listed or (heading + heading_colon(node)).rstrip()[-1:] != ":" or len(listed.split()) > _MAX_LISTED_WORDS:
        return heading, parts, found
    if ":" in listed or "," not in listed or FULL_STOP.search(listed):
        return heading, parts, found
    merged = heading.rstrip(" :") + ": " + listed
    spread = find_subject(merged)
    if spread is None or spread[1] != 0 or len(spread[0]) < 2 or spread[0][-1].end < len(merged.rstrip(" .")):
        return heading, parts, found
    return merged, parts[1:], spread


#: A line of members below a collective's heading is at most this many words.
_MAX_LISTED_WORDS = 16


def _names_heading_member(paragraph: str, leads: list[Assignee]) -> bool:
    """A paragraph under a heading of several names that opens with one of them (``2. Sở Khoa học và Công nghệ,
    Sở Nội vụ`` / ``Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ …``), or under a collective's heading with a
    body of its own (``3. Các sở, ngành phối hợp`` / ``Sở Tài chính thẩm định …``): read as its own sentence."""
    if len(leads) == 1 and fold(leads[0].raw).startswith("cac "):
        found = find_subject(paragraph)  # ``3. Các sở, ngành phối hợp`` / ``Sở Tài chính thẩm định …``: a member's own
        return found is not None and found[1] == 0 and all(n.rule != "name.collective" for n in found[0])
    if len(leads) < 2:
        return False
    key = match_key(paragraph)
    return any(key.startswith(match_key(a.raw)) for a in leads)


def _verb_first(text: str) -> bool:
    """Whether ``text`` opens with a verb, or with a word that heads names but is a verb too (``Lãnh đạo công tác
    tổ chức …``: ``VERB_HEADS``, a word in lower case after it; not ``Báo Hà Tĩnh:``): read as a subject only before a
    role word."""
    key = fold(text)  # (as long as ``text``: the word after the head read in ``text`` at the same place)
    return opens_with_verb(text) or any(
        key.startswith(h + " ") and text[len(h) + 1 : len(h) + 2].islower() for h in VERB_HEAD_KEYS
    )


def _flattened_lead_in(
    ctx: Context, task: str, own: tuple[list[NameSpan], int, int, str], task_node: Node, node: Node
) -> tuple[list[Assignee], str] | None:
    """The subject and mode of an item that is a bare lead-in to the items after it (``- X cần tập trung một số
    nhiệm vụ như sau:``, ``- X có trách nhiệm:``) with no items of its own, or None."""
    # the item's line ends with its colon (the task read and the heading drop it: ``heading_colon``)
    if task_node is node or task_node.children or not task_node.lines:
        return None
    if not task_node.lines[-1].text.rstrip(" *_").endswith(":"):
        return None
    if not introduces_items(task[own[2] :].rstrip()):
        return None
    return assignees_of(ctx, task, own[0]), own[3]


def _emit_own_clauses(ctx: Context, task: str, own: tuple[list[NameSpan], int, int, str], task_node: Node) -> None:
    """An item under an assignee heading that names its own subject, whatever its head (``- Ủy ban nhân dân
    phường X chủ trì …``, ``- Đồng chí …, Giám đốc Bệnh viện chỉ đạo …``): that subject's, not the heading's; a
    clause after ``;`` that names its own subject is that subject's (decision 14)."""
    where = numbered_parent(task_node).path
    for clause in subject_clauses(task):
        found = find_subject(clause)
        if (
            found is not None
            and (found[1] == 0 or after_leading_clause(clause, found))
            and is_predicate(clause[found[2] :])
        ):
            own = found
            text = clause
        else:
            text = task[: own[2]] + " " + clause  # no subject of its own: the item's
        asks = text[own[2] :].lstrip(" ,")
        if DELEGATION.match(asks) and read_delegated(ctx, task_node, asks, where, own[3]):
            continue  # ``- Trạm Y tế xã yêu cầu các bác sĩ … triển khai …``: the task is theirs
        emit(
            ctx,
            assignees_of(ctx, text, own[0]),
            text[own[2] :].strip(" ,:;."),
            task_node,
            where,
            own[3],
            rule="heading.own_lead",
        )


def _names_a_subject(heading: str) -> bool:
    """Whether a heading, or a later sentence of it, has a subject (``3.1. Khai mạc kỳ thi. Chủ tịch Hội đồng thi
    có trách nhiệm sau đây:``: a step of a procedure, then its actor's lead-in)."""
    return any(find_subject(sentence) is not None for sentence in FULL_STOP.split(heading))


def introduces_items(rest: str) -> bool:
    """What follows a subject, ending with a colon, hands the items below to it: a role only (``chủ trì:``),
    ``các nhiệm vụ sau:``, or ``như sau:`` after no full sentence, past action or report of what follows."""
    return bool(
        rest_is_role_only(rest)
        or TASK_LIST_INTRO.search(rest)
        or (
            AS_FOLLOWS_INTRO.search(rest)
            and not SENTENCE_BREAK.search(rest)
            and len(sentences_of(rest)) == 1  # ``… 2021 - 2025... Trong đó tập trung các nội dung sau:`` ends one
            and not PAST_ACTION.match(rest.lstrip(" ,"))
            and not REPORTS_WHAT_FOLLOWS.match(rest)
        )
    )


def lead_in_own_task(ctx: Context, node: Node, leads: list[Assignee], rest: str, section: str, mode: str) -> None:
    """The task a lead-in carries besides its items (decision 4), if any."""
    own, _semicolon, intro = rest.rpartition(";")
    if own.strip(" ,") and (TASK_LIST_INTRO.search(intro) or AS_FOLLOWS_INTRO.search(intro)) and is_predicate(own):
        # ``… yêu cầu X, Y cần phải nỗ lực, … đẩy nhanh …; trong đó, tập trung các nhiệm vụ cụ thể:`` (58):
        # what they are asked before the items is a task of theirs too
        emit(ctx, leads, own.strip(" ,:"), node, section, mode, rule="lead_in.items")
        return
    specified = SPECIFIED_BELOW.search(rest)
    if specified is not None:  # ``Giao X kiểm tra an toàn các hồ chứa, cụ thể như sau:``: a task the items specify
        own = rest[: specified.start()].strip(" ,:")
        if (
            own
            and is_predicate(own)
            and not who_only(own)
            and not TASK_LIST_INTRO.search(own + ":")
            and not DUTIES_ONLY.match(own)
        ):
            emit(ctx, leads, own, node, section, mode, rule="lead_in.items")
        return
    # ``X triển khai phong trào thi đua với các nội dung sau:`` carries a task of its own besides the items (the
    # list hangs on its verb by a preposition); ``X có trách nhiệm thực hiện các nội dung sau:``, ``X tổ chức hội
    # nghị … thực hiện các nội dung sau:`` (the list is what a verb of its own covers) none
    as_follows = AS_FOLLOWS_INTRO.search(rest)
    if as_follows is not None and LIST_BY_PREPOSITION.match(rest, as_follows.start()):
        own = rest[: as_follows.start()].strip(" ,:")
        if own and is_predicate(own) and not who_only(own):  # (the task is the sentence: what it does, and how)
            emit(ctx, leads, rest.strip(" ,:"), node, section, mode, rule="lead_in.items")


def delegated_to(ctx: Context, rest: str, mode: str) -> tuple[list[Assignee], str, str] | None:
    """``giao``/``yêu cầu``/``đề nghị`` and the ones asked at ``rest``'s start: they, what follows them, the mode."""
    delegated = DELEGATION.match(rest)
    asked_ones = _asked(rest[delegated.end() :]) if delegated else None
    if delegated is None or asked_ones is None:
        return None
    sub = rest[delegated.end() :]
    names = [_without_honorific(sub, n) for n in asked_ones[0]]
    return assignees_of(ctx, sub, names), sub[asked_ones[1] :], "requested" if delegated.group("request") else mode


def read_delegated(ctx: Context, node: Node, rest: str, section: str, mode: str) -> bool:
    """``Chủ tịch UBND tỉnh giao Sở Nội vụ chủ trì …``: the one given the task leads it (True when read so)."""
    asked = delegated_to(ctx, rest, mode)
    if asked is None or regulates(rest, asked[0]):
        return False
    emit(ctx, asked[0], asked[1].strip(" ,:"), node, section, asked[2], rule="sentence.delegation")
    return True


def _asked(sub: str) -> tuple[list[NameSpan], int] | None:
    """Who is given the task after ``giao``/``yêu cầu``/``đề nghị`` and where their task begins: the names the
    grammar knows, or else the noun phrases standing there before the task verb (``yêu cầu các bác sĩ trong
    Trạm, các nhân viên trong đơn vị triển khai …``)."""
    inner = find_subject(sub)
    if inner is not None and inner[1] == 0 and is_predicate(sub[inner[2] :]):
        return inner[0], inner[2]
    standing = positional_partners(sub)
    if standing and all(stands_as_name(sub[s.start : s.end]) for s in standing):
        end = standing[-1].end
        if is_predicate(sub[end:]):
            return standing, end
    return None


def _without_honorific(text: str, name: NameSpan) -> NameSpan:
    """``đồng chí Phó Chủ tịch Hội`` → ``Phó Chủ tịch Hội`` (decision 7); a plural's ``Các`` stays."""
    m = FIELD_HONORIFIC.match(text, name.start)
    if m is None or m.group("plural") or m.end() >= name.end:
        return name
    return replace(name, start=m.end(), canonical=None, alias_end=None)


def carry_subject(
    ctx: Context,
    node: Node,
    leads: list[Assignee],
    section: str,
    mode: str,
    specified: bool = False,
    colon: bool = False,
) -> None:
    """``1. Các cơ quan … xây dựng kế hoạch …`` + ``- Giới thiệu điển hình …`` / ``- Báo cáo …``: items with
    no subject of their own go on with the subject of the sentence above them; lettered ones too when that
    sentence says they specify it (``…, cụ thể:`` + ``a) …``, ``SPECIFIED_BELOW``) or, after its colon, when they are
    tasks done in a case (``a) Trường hợp … thì hướng dẫn …``: ``CONDITIONAL_TASK``).  An item among them that is a
    bare lead-in of its own (``- Y cần tập trung các nhiệm vụ sau:``, a list whose nesting a copy lost) hands its
    subject to the items after it."""
    kinds = ("bullet", "letter") if specified else ("bullet",)
    for c in node.children:
        case = colon and c.kind == "letter" and CONDITIONAL_TASK.match(c.text or "") is not None
        if (c.kind not in kinds and not case) or (c.heading and not CASE_HEADING.match(c.heading)):
            continue
        own = c.text or ""
        if c.heading and not own:  # ``- Đối với hồ sơ tranh chấp:`` over its cases: they go on with it
            carry_subject(ctx, c, leads, section, mode, specified)
            continue
        if c.heading and (find_subject(own) is not None or not is_predicate(own[:1].lower() + own[1:])):
            continue  # ``- Đối với hồ sơ quá hạn: Tổ một cửa báo cáo …``: its own subject, read as a sentence
        text_c = node_text(c)
        found = find_subject(text_c)
        if found is None and not fields_of(text_c) and not MEMBER_LINE.match(own.split("\n", 1)[0]):  # (decision 16)
            emit(ctx, leads, text_c, c, section, mode, rule="sentence.carried_subject")
        elif found is not None and found[1] == 0 and (lead_in := _flattened_lead_in(ctx, text_c, found, c, node)):
            leads, mode = lead_in  # ``- X cần tập trung các nhiệm vụ sau:`` among the items: those after it are X's


def heading_colon(node: Node) -> str:
    """The colon a lead-in heading ended with on its line (``1. Sở Xây dựng có trách nhiệm:``), which the
    heading itself no longer holds: it hands the items below to the heading's subject."""
    return ":" if node.lines and node.lines[0].text.rstrip().endswith(":") else ""


def heading_takes_part(node: Node, heading: str) -> bool:
    """A heading with a subject of its own, or an item's title run into the lead-in over its items (a bold title and
    its sentence printed as one heading)."""
    if _names_a_subject(heading):
        return True
    colon = heading_colon(node)
    return bool(node.children and colon) and run_in_title_subject(heading + colon) is not None


#: Words after which a name is an object or an agent of a passive, never a subject (``bị``, ``do``, ``cho`` …).
_NAME_OBJECT_MARKS = frozenset({"bị", "được", "do", "của", "cho", "với", "tại", "từ", "theo", "về", "và", "hoặc"})
#: The most words of an item's title run into the lead-in it heads.
DEFAULT_RUN_IN_TITLE_WORDS = 14


#: How many words before a known body a post no list knows may have after a run-in title (``Điều phối viên``).
DEFAULT_RUN_IN_POST_WORDS = 3


def _post_run_in(sentence: str, first: NameSpan) -> NameSpan:
    """The first name after a run-in title, opened at a post no list knows right before it (``… kiến nghị`` +
    ``Điều phối viên`` + ``Sở Y tế``; ``Ban`` + ``Thường trực Ủy ban MTTQ xã``): a capitalised word at most
    ``DEFAULT_RUN_IN_POST_WORDS`` back from which a post of that body with a post's shape reaches the name's end;
    ``first`` itself otherwise (``Hướng dẫn`` + ``Công an xã``: a verb, the title's)."""
    before = list(WORD.finditer(sentence, max(0, first.start - 40), first.start))[-DEFAULT_RUN_IN_POST_WORDS:]
    for w in before:
        if w.start() == 0 or not w.group()[:1].isupper():
            continue
        post = post_of_known_at(sentence, w.start(), plural=False)
        if post is not None and post.end == first.end and post_shaped_of_known(sentence, post):
            return post
    return first


#: The most words of an item's title run into its lead-in when nothing marks the title as one (no heading of its
#: own: a text layout lost the bold and the break), and no delegation verb opens it (``Chỉ đạo Ban X …``).
DEFAULT_UNMARKED_TITLE_WORDS = 6


#: How many words of a long unmarked title in a row the sentence after its names takes up again (``Tiếp nhận và
#: xử lý đơn thư …`` / ``… thực hiện quy trình xử lý đơn thư …``); a short title's first two words are enough.
DEFAULT_TITLE_WORDS_TAKEN_UP = 3


def _taken_up_again(words: list[str], rest: str, n: int) -> bool:
    """Whether ``rest`` holds ``n`` words of the title in a row: its first ``n`` for a short title (``n`` 2),
    any ``n`` of its words for a long one."""
    said = " " + " ".join(fold(rest).replace(",", " ").split()) + " "
    plain = [fold(w).strip(",;.") for w in words]
    starts = range(len(plain) - n + 1) if n > 2 else range(1)
    return any(" " + " ".join(plain[i : i + n]) + " " in said for i in starts)


def run_in_title_subject(sentence: str, marked: bool = True) -> tuple[list[NameSpan], int, int, str] | None:
    """An item's title run into the lead-in under it, the break between them lost (a bold title and its sentence
    in one paragraph): ``2. Tiếp nhận và xử lý đơn thư, kiến nghị Ban Thường trực UBMTTQ xã thực hiện quy trình …,
    cụ thể:``.  The subject is the names a capitalised body opens in mid-line right after a lower-case word, a task
    verb after them; only in a line that introduces items (its colon), whose title is short: shorter still when
    nothing but the words marks it (``marked`` False: no heading of its own, ``1. Giám sát trực tiếp Ban Thường
    trực … thực hiện giám sát … sau:`` in a text layout), its activity taken up again after the names, and never a
    delegation (``Giao``: its object)."""
    if not sentence.rstrip(" *_").endswith(":"):
        return None
    if not marked:
        if DELEGATION.match(sentence[:1].lower() + sentence[1:]):
            return None  # ``Giao Ban X …``: the delegation's own reader
        opening = sentence.split(maxsplit=2)[:2]
        if len(opening) < 2:
            return None
        long_title = fold(" ".join(opening)) not in fold(sentence[len(" ".join(opening)) :])
    spans = find_names(sentence)
    if not spans or spans[0].start == 0 or not sentence[spans[0].start].isupper():
        return None
    spans[0] = _post_run_in(sentence, spans[0])
    before = sentence[: spans[0].start].rstrip()
    words = before.split()
    most = DEFAULT_RUN_IN_TITLE_WORDS if marked or long_title else DEFAULT_UNMARKED_TITLE_WORDS
    if not before[-1:].islower() or len(words) > most or words[-1] in _NAME_OBJECT_MARKS:
        return None  # ``… bị Bộ Tài chính thu hồi …``, ``Ủy quyền cho Giám đốc Sở …``: the name is no subject
    if generic_name(sentence[spans[0].start : spans[0].end]):
        return None
    group, end = [spans[0]], spans[0].end
    for sp in spans[1:]:  # ``Ban Thường trực … và các thành viên``
        if sentence[end : sp.start].strip(" ,") not in ("", "và"):
            break
        group.append(sp)
        end = sp.end
    rest = sentence[end:]
    if not opens_with_verb(rest) or not is_predicate(rest):
        return None
    if not marked and not _taken_up_again(words, rest, DEFAULT_TITLE_WORDS_TAKEN_UP if long_title else 2):
        # unmarked, a verb's object (``Tham mưu Ủy ban nhân dân tỉnh quản lý …``) reads the same: a title is
        # known by the sentence taking its activity up again (``Giám sát trực tiếp`` … ``thực hiện giám sát``)
        return None
    return group, 0, end, "assigned"  # read from 0: the title before the names is no part of the task


def _unfinished_article(ctx: Context) -> str | None:
    """The words of the body's last item when they leave a sentence unfinished that the closing's first line ends
    with an execution clause (``Điều 3. Chánh Văn phòng …; Giám đốc Sở`` / ``Khoa học và Công nghệ; … chịu trách
    nhiệm thi hành Quyết định này./.``: a web copy wrapped at a fixed width, the closing cut at its ``./.``): the
    names listed before the break are the clause's too."""
    if not ctx.st.closing or not ctx.st.roots or not EXECUTION_CLAUSE.search(ctx.st.closing[0].text):
        return None
    node = ctx.st.roots[-1]
    while node.children:
        node = node.children[-1]
    words = " ".join(p for p in (node.heading, *node.text_parts) if p).strip()
    if not words or words.rstrip(" *_")[-1:] in ".:!?":
        return None
    found = find_subject(words)  # the names the clause lists, not a title (``Điều 4. Tổ chức thực hiện``)
    return words if found is not None and found[1] == 0 else None


def read_closing(ctx: Context) -> None:
    """Requests in the closing paragraph: ``Yêu cầu các sở, ban, ngành … triển khai thực hiện``, ``Trong
    quá trình thực hiện, nếu có khó khăn, các cơ quan … kịp thời báo cáo``.  A sentence of the paragraph
    with no subject of its own (``Trong quá trình thực hiện, nếu có vướng mắc, kịp thời phản ánh …``) is
    asked of those the sentence before asked."""
    begun = _unfinished_article(ctx)
    for ln in (*ctx.st.closing, *ctx.st.annex_closing):
        last: tuple[list[Assignee], str] | None = None
        text = f"{begun} {ln.text}" if begun and ln is ctx.st.closing[0] else ln.text
        for sentence, _o in sentences_of(text):
            for clause in _closing_clauses(sentence):
                asked = _closing_request(ctx, clause, ln.start, ln.end)
                if asked is not None:
                    last = asked
                elif (
                    last is not None
                    and (ADVERBIAL_OPENER.match(clause) or LOWER_START.match(clause))
                    and not CONDITION_THEN.match(clause)  # ``Đối với …, thì hội tách … phải …``: its own subject
                ):
                    emit_at(ctx, last[0], clause.strip(" ,:"), ln.start, ln.end, None, last[1], rule="closing.carried")


def _closing_clauses(sentence: str) -> list[str]:
    """A closing sentence's clauses, parted where a clause names its own subject or asks anew (``…; đề nghị
    Ủy ban MTTQ …``); a clause that goes on with the same subject (``…; định kỳ báo cáo …``) stays."""
    out: list[str] = []
    listed = ""  # names listed before their verb (``Chánh Văn phòng UBND tỉnh; Giám đốc Sở …; … chịu …``)
    for piece in CLAUSE_SPLIT.split(sentence):
        if not piece.strip():
            continue
        if listed:
            piece, listed = listed + "; " + piece, ""
        if only_names(piece):
            listed = piece
        elif out and find_subject(piece) is None and not REQUEST_IN_SENTENCE.match(piece):
            out[-1] = out[-1] + "; " + piece
        elif (
            len(out) == 1
            and REQUEST_IN_SENTENCE.match(piece)
            and ADVERBIAL_OPENER.match(out[0])
            and find_subject(out[0]) is None
        ):
            # ``Trong quá trình …, nếu có vướng mắc`` + ``, đề nghị các xã …``: how the task asked begins
            out[0] = out[0] + ", " + piece
        else:
            out.append(piece)
    return out + ([listed] if listed else [])


def _closing_request(ctx: Context, clause: str, start: int, end: int) -> tuple[list[Assignee], str] | None:
    m = REQUEST_IN_SENTENCE.search(clause)
    candidates = [clause] + ([clause[m.start() :]] if m and m.start() > 0 else [])
    for cand in candidates:
        found = find_subject(cand)
        if found is None or not is_predicate(cand[found[2] :]) or DELEGATION.match(cand[found[2] :]):
            continue  # ``UBND Thành phố yêu cầu các Sở …``: the next candidate starts at the ones asked
        spans, at, name_end, mode = found
        rest = cand[name_end:].strip(" ,:")
        opening = cand[:at]
        asking = REQUEST_IN_SENTENCE.search(opening)
        if asking is not None and asking.end() == len(opening):  # the request word is none of the task's
            opening = opening[: asking.start()].rstrip(" ,")
            opening += "," if opening else ""
        task = (opening.strip() + " " + rest).strip() if at else rest
        names = assignees_of(ctx, cand, spans)
        emit_at(ctx, names, task, start, end, None, mode, rule="closing.request")
        return names, mode
    return None
