"""What is no task or no one's: sections skipped (purposes, reports, criteria), member lists, tasks asked
of a body above the issuer (set aside), and the trace's outcomes."""

from __future__ import annotations

import bisect
import itertools

from ..chars import fold, match_key, nfc
from ..models import Assignee, Issuer, Obligation, set_aside_of
from ..pattern_cache import compiled, search_at_words
from ..structure.parser import Node, iter_nodes
from ..tables.issuers import expand_abbreviations
from ..tables.name_clauses import MEMBERSHIP_ROLE_END, SET_UP_BODY
from ..tables.obligations import (
    AHEAD_TOO,
    AWARDEE_CLASS,
    COMPETENCE_HEADING,
    DESCRIBES_SUBJECT,
    DUTY_IN_HEADING,
    FORWARD_HEADING,
    GENERIC_CLASS_NAMES,
    HONORIFIC_REQUEST,
    INVITED_LINE,
    MEMBER_BY_POST,
    MEMBER_DUTY,
    MEMBER_LINE,
    MEMBER_LIST_INTRO,
    PERSON_APPOSITION,
    PURPOSE_SECTION_KEYS,
    RECOMMENDATIONS_HEADING,
    REPORT_HEADING,
    REPRESENTED_LINE,
    ROSTER_LINE,
    SKIP_SECTION_KEYS,
    SKIP_SECTION_PREFIXES,
    SUPERIOR_BODY_KEY,
)
from ..tables.patterns import KINH_GUI
from ..tables.rules import RULES_BY_ID
from ..tables.rules_not_task import NOT_TASK_MEMBERS
from ..tables.skips import SKIP_ATTENDEES, SKIP_COMPETENCE, SKIP_PURPOSES, SKIP_REPORT
from .assignees import (
    NameSpan,
    find_names,
    opens_with_verb,
    subject,
)
from .node_annotations import subject_groups
from .obligation_context import HEADING_PARTS, SPACE_THEN_LOWER, Context, Proposal, node_reader
from .obligation_emit import emit, node_text
from .obligation_names import (
    PLURAL_WORDS,
    assignees_of,
    find_subject,
    in_criteria_section,
    is_predicate,
    joined_paragraphs,
    post_set_off,
)
from .person_names import folded_family_keys
from .resolver import UNCLAIMED_RULE

#: Posts of a body that stand for it when it is asked something (``Chủ tịch UBND tỉnh`` is UBND tỉnh here).
_HEAD_OF_BODY = compiled(r"(?i)^(?:(?:phó\s+)?chủ\s+tịch|lãnh\s+đạo|thường\s+trực)\s+")
#: A key that ends with a level and no place's name (``uy ban nhan dan tinh``): the issuer's own unit's.
_ENDS_WITH_LEVEL = compiled(r"(?:^|\s)(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|dac khu)$")


def _body_key(name: str) -> str:
    """``UBND TỈNH LÀO CAI`` and ``Ủy ban nhân dân tỉnh Lào Cai`` alike: ``uy ban nhan dan tinh lao cai``."""
    return match_key(expand_abbreviations(_HEAD_OF_BODY.sub("", nfc(name).strip())))


def _is_body(assignee: Assignee, body_key: str) -> bool:
    """Whether ``assignee`` is the body ``body_key`` (a key of ``_body_key``), or a post of it, written with its
    place or, being of the issuer's unit, without it."""
    key = _body_key(assignee.canonical or assignee.raw)
    if not key:
        return False
    return key == body_key or (body_key.startswith(key + " ") and _ENDS_WITH_LEVEL.search(key) is not None)


def mark_set_aside(ctx: Context, obligations: list[Obligation], issuer: Issuer | None) -> list[Obligation]:
    """Mark the tasks no board lists unless asked (issue 41; the gold counts them, so they are kept): every task
    of a Tờ trình and of the plan it submits (``aside.draft_proposal``: proposed, not yet assigned), and what the
    issuer asks of its superior (``aside.proposal``: of the body printed above it in the header, or, in a
    report, in its section of recommendations, or in the honorific of a letter sent to a body above it: ``Kính đề
    nghị UBND tỉnh xem xét …`` to UBND tỉnh, ``_asked_upward``); each says why in its ``set_aside``."""
    parent = _body_key(issuer.parent) if issuer is not None and issuer.parent else ""
    above = _superior_addressees(ctx)
    out = []
    for o in obligations:
        rule = None
        if ctx.doc_type == "TTr":
            rule = "aside.draft_proposal"
        elif o.mode == "requested" and (
            (parent and _is_body(o.assignee, parent))
            or _recommended(ctx, o.section)
            or (above and _asked_upward(ctx, o, above))
        ):
            rule = "aside.proposal"
        if rule is not None and not any(e.startswith("aside.") for e in o.evidence):
            o = o.model_copy(update={"evidence": [*o.evidence, RULES_BY_ID[rule].id]})
        if (why := set_aside_of(o.evidence)) != o.set_aside:
            o = o.model_copy(update={"set_aside": why})
        out.append(o)
    return out


def _superior_addressees(ctx: Context) -> list[str]:
    """The keys of the bodies above the issuer a letter is sent to (``Kính gửi: Ủy ban nhân dân tỉnh Hà Giang.``:
    ``uy ban nhan dan tinh ha giang``), one per addressee of its ``Kính gửi`` lines (``SUPERIOR_BODY_KEY``)."""
    keys = []
    for line in ctx.st.addressees:
        for name in _ADDRESSEE_SPLIT.split(KINH_GUI.sub("", line.text.strip())):
            key = _body_key(name.strip(" -.;,"))
            if key and SUPERIOR_BODY_KEY.match(key):
                keys.append(key)
    return keys


def _asked_upward(ctx: Context, o: Obligation, above: list[str]) -> bool:
    """Whether a request of ``o``'s assignee, a body the letter is sent to above the issuer, is made in the honorific
    (``Kính đề nghị UBND tỉnh xem xét …``, ``HONORIFIC_REQUEST``): the issuer's proposal (issue 53)."""
    if not any(_is_body(o.assignee, key) for key in above):
        return False
    node = ctx.node_at(o.section) if o.section else None
    text = node_text(node) if node is not None else ctx.st.text
    at = text.find(o.assignee.raw)
    while at >= 0:
        if HONORIFIC_REQUEST.search(text, max(0, at - _HONORIFIC_REACH), at):
            return True
        at = text.find(o.assignee.raw, at + 1)
    return False


#: Where one addressee of a ``Kính gửi`` line ends and the next begins (``Kính gửi: - Bộ Nội vụ; - Bộ Tài chính.``).
_ADDRESSEE_SPLIT = compiled(r"\s*[;\n]\s*|\s+-\s+")
#: How far before the name of the one asked ``HONORIFIC_REQUEST`` is looked for.
_HONORIFIC_REACH = 60


def _recommended(ctx: Context, section: str | None) -> bool:
    """Whether ``section`` is a report's recommendations to its superiors (``IV. KIẾN NGHỊ, ĐỀ XUẤT``)."""
    if not ctx.report or not section:
        return False
    root = ctx.node_at(section.split(".", 1)[0])
    return root is not None and RECOMMENDATIONS_HEADING.search(root.heading or root.text or "") is not None


def trace_outcomes(trace: list[Proposal]) -> None:
    """Where each traced proposal's obligations stand in the result, or the resolver's drop (a pre-empted one made
    none: its candidate was never the resolver's)."""
    at = 0
    for p in trace:
        if p.preempted is not None:
            continue
        c = p.candidate
        if c is None or not c.kept:
            if c is not None:
                p.dropped_by = c.dropped_by
            p.made = (at, at)
            continue
        p.made = (at, at + len(c.obligations))
        at += len(c.obligations)


def unclaimed(ctx: Context) -> None:
    """An item that opens with a body's name and goes on with a verb, where no reader proposed a task (a
    section no reader took: ``Yêu cầu``, a heading no rule reads): a candidate the learned scorer decides."""
    made = sorted((o.span.start, o.span.end) for c in ctx.candidates for o in c.obligations if o.span is not None)
    starts = [a for a, _b in made]
    reach = list(itertools.accumulate((b for _a, b in made), max))  # the furthest end of the spans up to each
    for node in ctx.st.iter_all_nodes():
        span = ctx.st.mapped.span(node.start, node.end)
        i = bisect.bisect_left(starts, span.end)  # the spans that start before this node ends
        if i and reach[i - 1] > span.start:
            continue
        text = _own_line(node)
        found = find_subject(text) if text else None
        if found is None or found[1] != 0 or not is_predicate(text[found[2] :]):
            continue
        names, _start, end, mode = found
        emit(
            ctx,
            assignees_of(ctx, text, names),
            text[end:].strip(" ,:"),
            node,
            numbered_parent(node).path,
            mode,
            rule=UNCLAIMED_RULE,
        )


def in_report(ctx: Context, section: str | None) -> bool:
    """A table inside a section that tells what was done (``KẾT QUẢ THỰC HIỆN``: the tasks of last year and
    their results)."""
    return section is not None and any(section == p or section.startswith(p + ".") for p in ctx.reported)


# --- prose ----------------------------------------------------------------------------------------------


def skip_rule(node: Node) -> str | None:
    """The record (``tables/skips.py``) by which a section's items are no tasks, or None: it lists who attends
    (``Thành phần``, ``Số lượng đại biểu``), states competences (``Thẩm quyền …``), reports what was done (``KẾT QUẢ
    THỰC HIỆN``, ``Đánh giá chung``: past actions) unless its heading looks ahead as well, or only states purposes
    and requirements (every part of its heading one)."""
    head = fold(node.heading or "").strip(" .:")
    if not head:
        return None
    if head.startswith(SKIP_SECTION_PREFIXES) and not DUTY_IN_HEADING.search(head):
        return SKIP_ATTENDEES
    if COMPETENCE_HEADING.match(head):
        return SKIP_COMPETENCE
    if reporting(node):
        return SKIP_REPORT
    parts = [p.strip() for p in HEADING_PARTS.split(head) if p.strip()]
    return SKIP_PURPOSES if all(p in SKIP_SECTION_KEYS for p in parts) else None


def trace_skip(ctx: Context, node: Node, rule: str) -> None:
    """A skipped section in the trace (``vbparse explain``): its heading, dropped by the record that skipped it."""
    ctx.trace_drop(node.start, node.end, rule, [], node.heading or "")


def trace_drop(ctx: Context, node: Node, rule: str, sentence: str, found: tuple[list[NameSpan], int, int, str]) -> None:
    """A sentence whose subject was read and which gave no task, in the trace (``vbparse explain``): its names with
    the grammar's records, what would have been its task, dropped by ``rule`` (a parse keeps no trace)."""
    if ctx.trace is not None:
        spans, _start, end, _mode = found
        names = [sentence[s.start : s.end] for s in spans]
        ctx.trace_drop(node.start, node.end, rule, names, sentence[end:].strip(" ,:"), [s.rule for s in spans])


def trace_list(ctx: Context, node: Node, rule: str) -> None:
    """A list a node reader took as no one's tasks (members, criteria), in the trace: each line of it dropped by
    ``rule``, with the names it holds (``vbparse explain``; a parse keeps no trace and pays nothing)."""
    if ctx.trace is None:
        return
    for n in iter_nodes([node]):
        line = _own_line(n)
        if line:
            ctx.trace_drop(n.start, n.end, rule, [line[s.start : s.end] for s in find_names(line)], line)


def states_purposes(node: Node) -> bool:
    """A ``MỤC ĐÍCH, YÊU CẦU`` section (its heading's every part a purpose or requirement), where decision 5 still
    counts a named body's task."""
    parts = [p.strip() for p in HEADING_PARTS.split(fold(node.heading or "").strip(" .:")) if p.strip()]
    return bool(parts) and all(p in PURPOSE_SECTION_KEYS for p in parts)


def named_in_purposes(ctx: Context, node: Node) -> None:
    """Decision 5: in a ``MỤC ĐÍCH, YÊU CẦU`` section a sentence whose subject names one body, unit or post
    (``Bộ phận tiếp dân phải …``, ``Trường hợp …, Ban Thường trực … kịp thời chuyển đơn …``) gives it that
    task; a requirement of a class (``Các cơ quan, đơn vị phải …``, ``Cán bộ, công chức phải …``) does not."""
    for n in iter_nodes([node]):
        for sentence, found in subject_groups(joined_paragraphs(n.text_parts)):
            if found is None:
                continue
            spans, start, end, mode = found
            rest = sentence[end:]
            if not is_predicate(rest) or (start and not SPACE_THEN_LOWER.match(rest)):
                continue
            if not _purpose_task(sentence, spans, rest):
                continue
            leads = assignees_of(ctx, sentence, spans)
            emit(ctx, leads, rest.strip(" ,:"), n, numbered_parent(n).path, mode, rule="purpose.named")


_IS_WHAT = compiled(r"(?i)\s*,?\s*(?:là|sẽ\s+là|trở\s+thành|đóng\s+vai\s+trò)(?![\p{L}])")
#: What opens a requirement put on a body in a purposes section (``… phải …``, ``… kịp thời …``).
_REQUIRED = compiled(r"(?i)\s*,?\s*(?:phải|cần|có\s+trách\s+nhiệm|kịp\s+thời)(?![\p{L}])")


def _purpose_task(sentence: str, spans: list[NameSpan], rest: str) -> bool:
    """A requirement put on the named subject (``phải``, ``cần``, ``có trách nhiệm``, ``kịp thời``), or a task verb
    after a proper name (``Ban Thường trực Ủy ban MTTQ xã xây dựng …``) or after a list that holds a body the lists
    know; not a description (``… là đơn vị đi đầu``)."""
    if DESCRIBES_SUBJECT.match(rest.lstrip(" ,")) or _IS_WHAT.match(rest):
        return False
    # a list of subjects one of which is a body the lists know names its classes too (``Các sở, ngành, Ủy ban nhân
    # dân các xã và các cơ quan có liên quan triển khai …``); a class alone does not (``Các cơ quan, đơn vị phải …``)
    known = len(spans) > 1 and any(sp.kind == "body" and sp.canonical for sp in spans)
    if not known and any(generic_name(sentence[sp.start : sp.end]) for sp in spans):
        return False
    if _REQUIRED.match(rest):
        return True
    proper = all(any(w[:1].isupper() for w in sentence[sp.start : sp.end].split()[1:]) for sp in spans)
    return (proper or known) and opens_with_verb(rest)


_NAME_WORD_SPLIT = compiled(r"[\s,;]+")
_GENERIC_CLASS_WORDS = frozenset(w for phrase in GENERIC_CLASS_NAMES for w in phrase.split())


def generic_name(name: str) -> bool:
    """A class, not a named body: plural (``Các đơn vị``, ``mọi cán bộ``), people by a role (``Người đứng đầu cơ
    quan …``) or only class nouns (``Cán bộ, công chức``, ``cơ quan, đơn vị``)."""
    words = [w for w in _NAME_WORD_SPLIT.split(nfc(name).lower()) if w and w != "và"]
    if not words or words[0] in PLURAL_WORDS or words[0] in ("mọi", "tất", "toàn", "người"):
        return True
    return " ".join(words) in GENERIC_CLASS_NAMES or all(w in _GENERIC_CLASS_WORDS for w in words)


def reporting(node: Node) -> bool:
    """A section that reports what was done (``KẾT QUẢ THỰC HIỆN``), unless its heading looks ahead as well."""
    return _reports_back(node.heading or "")


def reports_results(title: str | None) -> bool:
    """An appendix whose title reports what was done (``KẾT QUẢ THỰC HIỆN NHIỆM VỤ …``), unless it looks ahead as
    well: its table's rows are results, not tasks.  Its ``(Kèm theo …)`` note is no part of it."""
    return _reports_back((title or "").split("(", 1)[0])


def _reports_back(heading: str) -> bool:
    """A heading that reports what was done and does not look ahead as well."""
    head = fold(heading).strip(" .:")
    return bool(head) and REPORT_HEADING.match(head) is not None and AHEAD_TOO.search(head) is None


def reports_only(root: Node) -> bool:
    """A top section of a report (Báo cáo) whose heading does not look ahead (``I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU
    HÀNH``, ``II. KẾT QUẢ THỰC HIỆN``): what bodies did, not what they are to do.  Text before the first
    heading is read as usual."""
    head = fold(root.heading or "").strip(" .:")
    if not head:
        return False
    return bool(REPORT_HEADING.match(head)) or not FORWARD_HEADING.search(head)


@node_reader("node.members")
def read_members(ctx: Context, node: Node) -> bool:
    """A list of the members of a body a decision sets up (``Điều 1. Thành lập Tổ …, gồm các thành viên:`` /
    ``1. Tổ trưởng: Ông A - Phó Giám đốc Sở Nội vụ.`` / ``a) Sở Tư pháp`` + ``- Bà B - Phó Chánh Văn phòng
    Sở.``), or one member of it: who belongs, not what they are to do.  A member's line that states a duty
    (``…, chịu trách nhiệm điều hành chung``) is read as a task."""
    listed = _listed(ctx, node)
    taken = _member_entry(node, listed) or (not _own_task_first(node) and _member_list(node, listed))
    if taken:
        trace_list(ctx, node, NOT_TASK_MEMBERS)
    return taken


def _own_task_first(node: Node) -> bool:
    """An item whose first paragraph is its own, a sentence that opens no list of members, before the line that
    opens the list of its members (``1. Đoàn công tác … thăm, chúc mừng …`` / ``Thành phần Đoàn công tác:`` + ``a)
    Trưởng đoàn: …``): the item is left to the other readers, each member's line under it dropped as a member's."""
    parts = [p.strip() for p in node.text_parts if p.strip()]
    if node.heading or len(parts) < 2 or _opens_member_list(parts[0]) or not parts[0].endswith("."):
        return False
    return any(_opens_member_list(p) for p in parts[1:])


def criteria(node: Node) -> bool:
    """``b) Đối với cá nhân: Các cá nhân có thành tích …`` under ``Tiêu chuẩn khen thưởng``: who qualifies, and
    its items the criteria, not tasks; not ``2.2. Đối với khen thưởng cấp huyện`` (a kind of award, no one named)."""
    heading = node.heading or ""
    if not fold(heading).startswith("doi voi") or not in_criteria_section(node):
        return False
    rest = heading[len("đối với") :].lstrip()
    named = subject(rest)[0]
    return AWARDEE_CLASS.match(fold(rest)) is not None or (bool(named) and named[0].start == 0)


def _listed(ctx: Context, node: Node) -> bool:
    """Whether ``node`` or one of its ancestors introduces a list of members (``MEMBER_LIST_INTRO``), found
    once a node (the walk asks it of every node, each asking its ancestors)."""
    got = ctx.listed.get(id(node))
    if got is None:
        got = _opens_member_list(_own_line(node)) or (node.parent is not None and _listed(ctx, node.parent))
        ctx.listed[id(node)] = got
    return got


def _opens_member_list(line: str) -> bool:
    """Whether a node's line opens a list of members: ``MEMBER_LIST_INTRO``, or a body set up or made whole before its
    ``gồm:`` (``Thành lập Hội đồng Giám sát quay số mở thưởng gồm:``: ``SET_UP_BODY``, whatever verb its name holds)."""
    if MEMBER_LIST_INTRO.search(line) is not None:
        return True
    founded = SET_UP_BODY.match(line)
    return founded is not None and founded.group("founded") is not None


def _own_line(node: Node) -> str:
    """A node's heading and paragraphs (not its items) as one line: ``Tổ trưởng: Ông A - …``."""
    parts = [p.strip() for p in node.text_parts if p.strip()]
    if node.heading:
        return node.heading + (": " + " ".join(parts) if parts else "")
    return " ".join(parts)


#: The first words of ``MEMBER_DUTY``'s duties (lower case): a line is tried for one only where they stand.
_MEMBER_DUTY_FIRSTS = (
    "báo",
    "chỉ",
    "chịu",
    "chủ",
    "có",
    "điều",
    "đôn",
    "giúp",
    "hướng",
    "kiểm",
    "làm",
    "phối",
    "phụ",
    "tham",
    "theo",
    "thực",
    "tổ",
    "triển",
    "xây",
)


def _member_entry(node: Node, listed: bool) -> bool:
    if node.children:
        return False
    # the node's line whole first: a member's post may wrap onto a paragraph of its own (``… - Trưởng phòng`` +
    # ``Chuyển đổi số.``)
    if _member_line(_own_line(node), listed):
        return True
    parts = [p.strip() for p in node.text_parts if p.strip()]
    # ``- Thành viên: Ông A …`` and the roster's next lines set under it (``Thư ký Đoàn: Bà B …``, ``Đơn vị được mời
    # …: …``): each its own member's line
    return bool(listed and node.heading and len(parts) > 1) and all(
        _member_line(f"{node.heading}: {p}" if not n else p, listed) for n, p in enumerate(parts)
    )


def _member_line(line: str, listed: bool) -> bool:
    if not line or not (
        MEMBER_LINE.match(line)
        or (
            listed
            and (
                MEMBER_BY_POST.match(line)
                or ROSTER_LINE.match(line)
                or INVITED_LINE.match(line)
                or REPRESENTED_LINE.match(line)
            )
        )
    ):
        return False  # the anchored patterns first: most lines are no member's, and the duty is searched through
    return search_at_words(MEMBER_DUTY, line, _MEMBER_DUTY_FIRSTS) is None and not _acts_after_post(line)


def _acts_after_post(line: str) -> bool:
    """A person and the post set off by commas, then a verb (``Đồng chí Hà Thị Lan, Phó Chủ tịch UBND xã, vận động
    …``): the subject of a task, however the verb is spelt, not a member's line (``…, Tổ trưởng;``)."""
    found = find_subject(line)
    if found is None or found[1] != 0:
        return False
    if PERSON_APPOSITION.match(line, found[0][-1].end) is not None and found[2] > found[0][-1].end:
        return True  # (``Ông A, người có uy tín bản B,`` + ``hỗ trợ …``: read past what the person is)
    return (
        line[found[2] - 1 : found[2]] == ","
        and post_set_off(line, found[0][-1], found[2])
        and MEMBERSHIP_ROLE_END.match(line, found[2]) is None  # (``…, Trưởng phòng …, thành viên;``: the role held)
    )


def _member_list(node: Node, listed: bool) -> bool:
    """Items that are all members (or lists of them: ``a) Sở Nội vụ`` over its people), under a line that
    gives no duty (a unit's name, ``Các thành viên Tổ giúp việc gồm:``)."""
    if not node.children or search_at_words(MEMBER_DUTY, _own_line(node), _MEMBER_DUTY_FIRSTS):
        return False
    inner = listed or _opens_member_list(_own_line(node))
    members: list[bool] = []
    for c in node.children:
        members.append(_member_entry(c, inner) or _member_list(c, inner))
        if not (members[-1] or inner):
            return False  # (no list of members above: one line that is none ends the question)
    if all(members):
        return True
    # a scan's misread line among them (``Quyên Bộ trưởng …``, ``Thông đốc …``): a post and a person, no duty
    return (
        inner
        and sum(members) >= DEFAULT_MEMBERS_OF_A_MISREAD_LIST * len(members)
        and all(m or _named_member(c) for m, c in zip(members, node.children, strict=True))
    )


#: The share of a list's lines that must read as members' for a line a scan misread to be one too.
DEFAULT_MEMBERS_OF_A_MISREAD_LIST = 2 / 3


def _named_member(node: Node) -> bool:
    """A leaf line that ends with a person's name (two to four capitalised words, a family name first, its marks
    as a scan may have lost them) and states no duty: a member's line a scan misread (``Quyên Bộ trưởng Bộ Ngoại giao
    Đỗ Minh Quân;``, ``… Tổng Thư ký … Nguyên Thị Thu Hà;``)."""
    line = _own_line(node)
    words = line.rstrip(" \t;:.,").split()
    return (
        not node.children
        and any(
            all(w[:1].isupper() and w.isalpha() for w in words[-k:]) and fold(words[-k]) in folded_family_keys()
            for k in (4, 3, 2)
            if len(words) > k
        )
        and search_at_words(MEMBER_DUTY, line, _MEMBER_DUTY_FIRSTS) is None
        and not _acts_after_post(line)
    )


def numbered_parent(node: Node) -> Node:
    while node.kind == "bullet" and node.parent is not None:
        node = node.parent
    return node
