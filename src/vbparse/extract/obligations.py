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
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
from dataclasses import dataclass, field, replace

from ..chars import collapse_spaces, fold, match_key, nfc
from ..models import Assignee, Diagnostic, Issuer, Obligation, set_aside_of
from ..pattern_cache import compiled, finditer_after_chars, finditer_at_words, search_at_words
from ..structure.parser import Line, Node, Structure, TableRows, iter_nodes
from ..tables.bodies import LEVEL_WORD_COMPOUNDS, PLACE_LEVELS, VERB_HEADS
from ..tables.deadlines import BY_REFERENCE
from ..tables.issuers import expand_abbreviations
from ..tables.obligations import (
    ACTING_RIGHT,
    ADVERBIAL_MAX_CHARS,
    ADVERBIAL_OPENER,
    ADVISED_BEFORE,
    AHEAD_TOO,
    APPOSITION,
    AS_FOLLOWS_INTRO,
    ASSIGNMENT_LINE,
    AWARDEE_CLASS,
    CASE_HEADING,
    CITED_PROVISION,
    CLAUSE_SPLIT,
    CLAUSE_START,
    CLOSING_FORMULA,
    CONDITION_THEN,
    CRITERIA,
    CRITERIA_SECTION_WORDS,
    DECISION_LEAD_IN,
    DELEGATION,
    DESCRIBES_SUBJECT,
    DUTIES_OF,
    ELABORATION_START,
    ENTITLEMENT,
    EXECUTION_CLAUSE,
    FIELD_BLOCK,
    FIELD_HONORIFIC,
    FIELD_LABEL,
    FIELD_LIST_SEPARATOR,
    FORWARD_HEADING,
    GENERIC_CLASS_NAMES,
    GENERIC_EXECUTION,
    HONORIFIC_REQUEST,
    IN_CHARGE,
    IN_CHARGE_LINE,
    LIABILITY,
    MANNER_HEADING,
    MEMBER_BY_POST,
    MEMBER_DUTY,
    MEMBER_LINE,
    MEMBER_LIST_INTRO,
    NEXT_FIELD,
    NOT_A_NAME_START,
    NOT_A_PREDICATE,
    PARTNER,
    PARTNER_IN_NOUN,
    PARTNER_NOT,
    PAST_ACTION,
    PERSON_CELL,
    POST_SCOPE,
    PURPOSE_SECTION_KEYS,
    QUALIFIER_MAX_WORDS,
    QUALIFIER_START,
    QUOTA_ONLY,
    RECOMMENDATIONS_HEADING,
    REPORT_HEADING,
    REPORTS_WHAT_FOLLOWS,
    REQUEST_IN_SENTENCE,
    REQUEST_WORD,
    REWARD_CLAUSE,
    ROLE_AFTER_SUBJECT,
    ROLE_START,
    ROW_NUMBER_HEADER,
    SELF_DISSOLUTION,
    SKIP_SECTION_KEYS,
    SKIP_SECTION_PREFIXES,
    SUPERIOR_BODY_KEY,
    SUPPORT_ONLY,
    TASK_LIST_INTRO,
    WHO_ROLE,
    column_kind,
)
from ..tables.patterns import COLLECTIVE_END, KINH_GUI, MEMBER_LIST, SENTENCE_BREAK
from ..tables.rules import RULES_BY_ID
from .assignees import (
    CAPITALISED_VERB,
    NameSpan,
    ends_with_task_verb,
    find_names,
    make_assignee,
    name_at,
    opens_with_verb,
    positional_partners,
    register_cache,
    subject,
)
from .deadlines import Deadline, every_year, find_deadline, relative_deadline
from .places import home_places
from .resolver import UNCLAIMED_RULE, Candidate, Resolver, candidate_features, resolve
from .sentences import TaskSentence, task_sentences

#: The shipped resolver (the rules decide), built once.
SHIPPED_RESOLVER = Resolver.shipped()

#: A task longer than this many characters is cut in the output (its span still covers all of it).
DEFAULT_MAX_TASK_CHARS = 2000
#: A table is a task table when its header is found within this many first rows.
DEFAULT_HEADER_ROWS = 3
#: Sentences whose subject is kept once read (a sentence is asked again by each reading of its item).
DEFAULT_SUBJECT_CACHE = 4096


@dataclass
class Proposal:
    """A task a reader proposed, for ``vbparse explain``: where (offsets in the original text, as a span's), by
    which rule, for whom, and the ``not_task`` rule that kept it from being one (None when it became
    obligations)."""

    start: int
    end: int
    rule: str
    names: list[str]
    task: str
    dropped_by: str | None = None
    #: the obligations it made: ``Document.obligations[made[0]:made[1]]``
    made: tuple[int, int] = (0, 0)
    #: the candidate it became (None when a ``not_task`` rule dropped it), with the resolver's score
    candidate: Candidate | None = None


@dataclass
class _Context:
    st: Structure
    year: int | None
    home: dict[str, str]
    several_years: bool = False
    #: the document is a report (Báo cáo): only its sections that look ahead assign anything
    report: bool = False
    #: paths of the sections that tell what was done (their tables are no task tables)
    reported: list[str] = field(default_factory=list)
    #: deadlines a section states for all it holds (``b) Thời gian: Từ ngày 15/11 đến ngày 15/12.``), innermost last
    section_deadlines: list[Deadline] = field(default_factory=list)
    #: every proposal in the order made, when asked for (``vbparse explain``)
    trace: list[Proposal] | None = None
    #: the tasks proposed, in order, for the resolver to decide
    candidates: list[Candidate] = field(default_factory=list)
    doc_type: str | None = None
    resolver: Resolver = field(default_factory=Resolver)
    #: the document's issue date: a time counted from it (``trong 10 ngày làm việc kể từ ngày ký``) gets a date
    issued: dt.date | None = None
    #: the section nodes by path, built when a candidate first asks for its section
    nodes: dict[str, Node] | None = None
    #: whether a node or an ancestor lists members (``_listed``), by the node's id (the tree outlives the walk)
    listed: dict[int, bool] = field(default_factory=dict)

    def deadline(self, text: str, *, cued: bool = True) -> Deadline:
        """The deadline ``text`` states, or the day a time counted from the issue date ends."""
        dl = find_deadline(text, self.year, cued=cued)
        if dl.date is None and not dl.recurrence:
            relative = relative_deadline(text, self.issued)
            if relative is not None:
                return relative
        return dl

    def node_at(self, path: str | None) -> Node | None:
        if self.nodes is None:
            self.nodes = {}
            for n in self.st.iter_all_nodes():
                self.nodes.setdefault(n.path, n)
        return self.nodes.get(path or "")


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
    (the shipped one when None)."""
    ctx = _Context(
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
    for root in st.roots:
        if ctx.report and _reports_only(root):
            ctx.reported.append(root.path)
            continue
        _walk(ctx, root)
    for root in st.annex_roots:
        _walk(ctx, root)
    _closing(ctx)
    for table in st.tables:
        if not _in_report(ctx, table.section):
            _table(ctx, table)
    if trace is not None or ctx.resolver.decides(UNCLAIMED_RULE):
        _unclaimed(ctx)
    out = _set_aside(ctx, resolve(ctx.candidates, ctx.resolver), issuer)
    if trace is not None:
        _trace_outcomes(trace)
    return out


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


def _set_aside(ctx: _Context, obligations: list[Obligation], issuer: Issuer | None) -> list[Obligation]:
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


def _superior_addressees(ctx: _Context) -> list[str]:
    """The keys of the bodies above the issuer a letter is sent to (``Kính gửi: Ủy ban nhân dân tỉnh Hà Giang.``:
    ``uy ban nhan dan tinh ha giang``), one per addressee of its ``Kính gửi`` lines (``SUPERIOR_BODY_KEY``)."""
    keys = []
    for line in ctx.st.addressees:
        for name in _ADDRESSEE_SPLIT.split(KINH_GUI.sub("", line.text.strip())):
            key = _body_key(name.strip(" -.;,"))
            if key and SUPERIOR_BODY_KEY.match(key):
                keys.append(key)
    return keys


def _asked_upward(ctx: _Context, o: Obligation, above: list[str]) -> bool:
    """Whether a request of ``o``'s assignee, a body the letter is sent to above the issuer, is made in the honorific
    (``Kính đề nghị UBND tỉnh xem xét …``, ``HONORIFIC_REQUEST``): the issuer's proposal (issue 53)."""
    if not any(_is_body(o.assignee, key) for key in above):
        return False
    node = ctx.node_at(o.section) if o.section else None
    text = _node_text(node) if node is not None else ctx.st.text
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


def _recommended(ctx: _Context, section: str | None) -> bool:
    """Whether ``section`` is a report's recommendations to its superiors (``IV. KIẾN NGHỊ, ĐỀ XUẤT``)."""
    if not ctx.report or not section:
        return False
    root = ctx.node_at(section.split(".", 1)[0])
    return root is not None and RECOMMENDATIONS_HEADING.search(root.heading or root.text or "") is not None


def _trace_outcomes(trace: list[Proposal]) -> None:
    """Where each traced proposal's obligations stand in the result, or the resolver's drop."""
    at = 0
    for p in trace:
        c = p.candidate
        if c is None or not c.kept:
            if c is not None:
                p.dropped_by = c.dropped_by
            p.made = (at, at)
            continue
        p.made = (at, at + len(c.obligations))
        at += len(c.obligations)


def _unclaimed(ctx: _Context) -> None:
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
        found = _find_subject(text) if text else None
        if found is None or found[1] != 0 or not _is_predicate(text[found[2] :]):
            continue
        names, _start, end, mode = found
        _emit(
            ctx,
            _names(ctx, text, names),
            text[end:].strip(" ,:"),
            node,
            _numbered(node).path,
            mode,
            rule=UNCLAIMED_RULE,
        )


def _in_report(ctx: _Context, section: str | None) -> bool:
    """A table inside a section that tells what was done (``KẾT QUẢ THỰC HIỆN``: the tasks of last year and
    their results)."""
    return section is not None and any(section == p or section.startswith(p + ".") for p in ctx.reported)


# --- prose ----------------------------------------------------------------------------------------------


def _skipped(node: Node) -> bool:
    """A section that only states purposes and requirements (every part of its heading is one), lists
    who attends (``Thành phần``, ``Số lượng đại biểu``), or reports what was done (``KẾT QUẢ THỰC HIỆN``,
    ``Đánh giá chung``: past actions), unless its heading looks ahead as well."""
    head = fold(node.heading or "").strip(" .:")
    if not head:
        return False
    if head.startswith(SKIP_SECTION_PREFIXES):
        return True
    if _reporting(node):
        return True
    parts = [p.strip() for p in _HEADING_PARTS.split(head) if p.strip()]
    return all(p in SKIP_SECTION_KEYS for p in parts)


def _states_purposes(node: Node) -> bool:
    """A ``MỤC ĐÍCH, YÊU CẦU`` section (its heading's every part a purpose or requirement), where decision 5 still
    counts a named body's task."""
    parts = [p.strip() for p in _HEADING_PARTS.split(fold(node.heading or "").strip(" .:")) if p.strip()]
    return bool(parts) and all(p in PURPOSE_SECTION_KEYS for p in parts)


def _named_in_purposes(ctx: _Context, node: Node) -> None:
    """Decision 5: in a ``MỤC ĐÍCH, YÊU CẦU`` section a sentence whose subject names one body, unit or post
    (``Bộ phận tiếp dân phải …``, ``Trường hợp …, Ban Thường trực … kịp thời chuyển đơn …``) gives it that
    task; a requirement of a class (``Các cơ quan, đơn vị phải …``, ``Cán bộ, công chức phải …``) does not."""
    for n in iter_nodes([node]):
        for sentence, found in _subject_groups(joined_paragraphs(n.text_parts)):
            if found is None:
                continue
            spans, start, end, mode = found
            rest = sentence[end:]
            if not _is_predicate(rest) or (start and not _SPACE_THEN_LOWER.match(rest)):
                continue
            if any(_generic_name(sentence[sp.start : sp.end]) for sp in spans) or not _purpose_task(
                sentence, spans, rest
            ):
                continue
            leads = _names(ctx, sentence, spans)
            _emit(ctx, leads, rest.strip(" ,:"), n, _numbered(n).path, mode, rule="purpose.named")


_IS_WHAT = compiled(r"(?i)\s*,?\s*(?:là|sẽ\s+là|trở\s+thành|đóng\s+vai\s+trò)(?![\p{L}])")
#: What opens a requirement put on a body in a purposes section (``… phải …``, ``… kịp thời …``).
_REQUIRED = compiled(r"(?i)\s*,?\s*(?:phải|cần|có\s+trách\s+nhiệm|kịp\s+thời)(?![\p{L}])")


def _purpose_task(sentence: str, spans: list[NameSpan], rest: str) -> bool:
    """A requirement put on the named subject (``phải``, ``cần``, ``có trách nhiệm``, ``kịp thời``), or a task verb
    after a proper name (``Ban Thường trực Ủy ban MTTQ xã xây dựng …``); not a description (``… là đơn vị đi đầu``)."""
    if DESCRIBES_SUBJECT.match(rest.lstrip(" ,")) or _IS_WHAT.match(rest):
        return False
    if _REQUIRED.match(rest):
        return True
    proper = all(any(w[:1].isupper() for w in sentence[sp.start : sp.end].split()[1:]) for sp in spans)
    return proper and opens_with_verb(rest)


_NAME_WORD_SPLIT = compiled(r"[\s,;]+")
_GENERIC_CLASS_WORDS = frozenset(w for phrase in GENERIC_CLASS_NAMES for w in phrase.split())


def _generic_name(name: str) -> bool:
    """A class, not a named body: plural (``Các đơn vị``, ``mọi cán bộ``), people by a role (``Người đứng đầu cơ
    quan …``) or only class nouns (``Cán bộ, công chức``, ``cơ quan, đơn vị``)."""
    words = [w for w in _NAME_WORD_SPLIT.split(nfc(name).lower()) if w and w != "và"]
    if not words or words[0] in _PLURAL_WORDS or words[0] in ("mọi", "tất", "toàn", "người"):
        return True
    return " ".join(words) in GENERIC_CLASS_NAMES or all(w in _GENERIC_CLASS_WORDS for w in words)


def _reporting(node: Node) -> bool:
    """A section that reports what was done (``KẾT QUẢ THỰC HIỆN``), unless its heading looks ahead as well."""
    head = fold(node.heading or "").strip(" .:")
    return bool(head) and REPORT_HEADING.match(head) is not None and AHEAD_TOO.search(head) is None


def _reports_only(root: Node) -> bool:
    """A top section of a report (Báo cáo) whose heading does not look ahead (``I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU
    HÀNH``, ``II. KẾT QUẢ THỰC HIỆN``): what bodies did, not what they are to do.  Text before the first
    heading is read as usual."""
    head = fold(root.heading or "").strip(" .:")
    if not head:
        return False
    return bool(REPORT_HEADING.match(head)) or not FORWARD_HEADING.search(head)


def _members(ctx: _Context, node: Node) -> bool:
    """A list of the members of a body a decision sets up (``Điều 1. Thành lập Tổ …, gồm các thành viên:`` /
    ``1. Tổ trưởng: Ông A - Phó Giám đốc Sở Nội vụ.`` / ``a) Sở Tư pháp`` + ``- Bà B - Phó Chánh Văn phòng
    Sở.``), or one member of it: who belongs, not what they are to do.  A member's line that states a duty
    (``…, chịu trách nhiệm điều hành chung``) is read as a task."""
    listed = _listed(ctx, node)
    return _member_entry(node, listed) or _member_list(node, listed)


def _criteria(node: Node) -> bool:
    """``b) Đối với cá nhân: Các cá nhân có thành tích …`` under ``Tiêu chuẩn khen thưởng``: who qualifies, and
    its items the criteria, not tasks; not ``2.2. Đối với khen thưởng cấp huyện`` (a kind of award, no one named)."""
    heading = node.heading or ""
    if not fold(heading).startswith("doi voi") or not _in_criteria_section(node):
        return False
    rest = heading[len("đối với") :].lstrip()
    named = subject(rest)[0]
    return AWARDEE_CLASS.match(fold(rest)) is not None or (bool(named) and named[0].start == 0)


def _listed(ctx: _Context, node: Node) -> bool:
    """Whether ``node`` or one of its ancestors introduces a list of members (``MEMBER_LIST_INTRO``), found
    once a node (the walk asks it of every node, each asking its ancestors)."""
    got = ctx.listed.get(id(node))
    if got is None:
        got = MEMBER_LIST_INTRO.search(_own_line(node)) is not None or (
            node.parent is not None and _listed(ctx, node.parent)
        )
        ctx.listed[id(node)] = got
    return got


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
    line = _own_line(node)
    if not line or not (MEMBER_LINE.match(line) or (listed and MEMBER_BY_POST.match(line))):
        return False  # the anchored patterns first: most lines are no member's, and the duty is searched through
    return search_at_words(MEMBER_DUTY, line, _MEMBER_DUTY_FIRSTS) is None


def _member_list(node: Node, listed: bool) -> bool:
    """Items that are all members (or lists of them: ``a) Sở Nội vụ`` over its people), under a line that
    gives no duty (a unit's name, ``Các thành viên Tổ giúp việc gồm:``)."""
    if not node.children or search_at_words(MEMBER_DUTY, _own_line(node), _MEMBER_DUTY_FIRSTS):
        return False
    inner = listed or MEMBER_LIST_INTRO.search(_own_line(node)) is not None
    return all(_member_entry(c, inner) or _member_list(c, inner) for c in node.children)


def _numbered(node: Node) -> Node:
    while node.kind == "bullet" and node.parent is not None:
        node = node.parent
    return node


def _walk(ctx: _Context, node: Node) -> None:
    if _skipped(node):
        if _reporting(node):
            ctx.reported.append(node.path)
        elif _states_purposes(node):
            _named_in_purposes(ctx, node)
        return
    if _members(ctx, node) or _criteria(node):
        return
    if _field_item(ctx, node) or _assignee_heading(ctx, node) or _subject_item(ctx, node):
        return  # its items were its tasks
    stated = _section_deadline(ctx, node)
    if stated is not None:
        ctx.section_deadlines.append(stated)
    for child in node.children:
        _walk(ctx, child)
    if stated is not None:
        ctx.section_deadlines.pop()


def _section_deadline(ctx: _Context, node: Node) -> Deadline | None:
    """A time field among a section's items (``b) Thời gian: Từ ngày 15/11/2025 đến ngày 15/12/2025.``): the
    deadline of every task under the section that states none of its own."""
    for c in node.children:
        got = _node_field(c)
        if got is not None and got[0] == "time":
            dl = ctx.deadline(got[1], cued=False)
            if dl.date or dl.recurrence:
                return dl
    return None


@dataclass
class _Fields:
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


def _fields(text: str) -> list[tuple[str, str]]:
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


def _node_field(n: Node) -> tuple[str, str] | None:
    """The field an item states (``- Cơ quan thực hiện: X``, or a heading ``Nội dung`` over its text),
    its value with the item's own items."""
    first = (n.heading + ": " + (n.text_parts[0] if n.text_parts else "")) if n.heading else (n.text or "")
    got = _field(first)
    if got is None:
        return None
    if n.heading and got[0] in ("lead", "support") and not _label_colon(n) and _states_tasks(n):
        return None  # ``2. Trách nhiệm thực hiện`` over sentences with their own subjects: a sub-heading, no field
    rest = [p for p in n.text_parts[1:] if p]
    value = collapse_spaces(" ".join([got[1], *rest, *(_node_text(c) for c in n.children)]))
    return got[0], value


def _label_colon(n: Node) -> bool:
    """Whether the line of ``n``'s heading puts a colon after it (``a) Cơ quan chủ trì: X``), not a sub-heading
    of its own (``2. Trách nhiệm thực hiện``)."""
    if not n.lines or not n.heading:
        return True
    line = n.lines[0].text
    at = line.find(n.heading)
    return at < 0 or line[at + len(n.heading) :].lstrip(" *_").startswith(":")


def _states_tasks(n: Node) -> bool:
    """Whether the lines under ``n`` give tasks of their own: a sentence whose subject does something (``Công an
    tỉnh xử lý các cơ sở vi phạm.``), or an assignee heading (``2.1. Sở Y tế`` over its items)."""
    for p in n.text_parts:
        if any(_states_own_task(s) for s, _o in _sentences(p)):
            return True
    for c in n.children:
        if c.heading and c.children:
            found = _find_subject(_apposition_cut(c.heading))
            if found is not None and found[1] == 0 and _rest_is_role_only(_apposition_cut(c.heading)[found[2] :]):
                return True
        if _states_own_task(_node_text(c)) or _states_tasks(c):
            return True
    return False


def _body_heading(heading: str) -> str:
    """A heading as the name of whose items it lists: without an apposition, ``Nhiệm vụ và quyền hạn của``
    before the name, and with a name in capitals read as running text."""
    heading = _apposition_cut(heading)
    duties = DUTIES_OF.match(heading)
    if duties:  # ``Nhiệm vụ và quyền hạn của Ban Chỉ đạo``: the body's own items
        heading = heading[duties.end() :]
        if heading.isupper() and len(heading.lower()) == len(heading):
            # ``NHIỆM VỤ CỦA SỞ Y TẾ``: the body's name in capitals, read as a name written in running text
            heading = heading[:1] + heading[1:].lower()
    return heading


#: the fewest sibling headings that make a list of topics (``a) Thể chế``, ``b) Hạ tầng số``, ``c) Dữ liệu số``)
DEFAULT_TOPIC_SIBLINGS = 3
#: the share of those siblings that must name no body
DEFAULT_TOPIC_SHARE = 2 / 3


#: words that make a name plural, with their marks (folded, ``mỗi`` would be ``môi`` of ``môi trường``)
_PLURAL_WORDS = frozenset({"các", "mỗi", "những", "từng"})
#: level words with their marks (folded, ``phường`` would be the ``phương`` of ``địa phương``)
_LEVEL_KEYS = frozenset(lv for lv in PLACE_LEVELS if " " not in lv)
_LEVEL_COMPOUND_KEYS = tuple(c.lower() for c in LEVEL_WORD_COMPOUNDS)


def _names_a_class(heading: str, names: list[NameSpan]) -> bool:
    """A heading whose one name is a class in common nouns (``Doanh nghiệp số``, ``Hợp tác xã nông nghiệp``): no
    plural (``Các``), no capitalised proper part, no place (``Công an tỉnh``), the kind of name a list of topics
    holds beside ``Hạ tầng số``; a body (``Sở Y tế``, ``Các sở, ban, ngành``) never is one."""
    if len(names) != 1 or (names[0].kind == "body" and names[0].canonical):
        return False  # ``Ủy ban nhân dân các địa phương``: a body of the alias table, however spelled
    words = heading[names[0].start : names[0].end].split()
    if any(nfc(w).lower() in _PLURAL_WORDS for w in words) or any(w[:1].isupper() for w in words[1:]):
        return False
    key = " " + nfc(" ".join(words)).lower() + " "
    for compound in _LEVEL_COMPOUND_KEYS:
        key = key.replace(" " + compound + " ", " ")
    return not any(w in _LEVEL_KEYS for w in key.split())


def _topic_among_topics(node: Node) -> bool:
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
        found = _find_subject(_body_heading(other))
        named += found is not None and found[1] == 0
    return len(others) - named >= DEFAULT_TOPIC_SHARE * len(others)


def _apposition_cut(heading: str) -> str:
    """A heading without the apposition after its name (``Sở Tài chính – cơ quan đầu mối của Ban Chỉ đạo`` →
    ``Sở Tài chính``): what the body is in the plan, which the name grammar may run into."""
    for m in _DASH.finditer(heading):
        if m.start() and APPOSITION.fullmatch(heading, m.start()):
            return heading[: m.start()]
    return heading


def _states_own_task(text: str) -> bool:
    t = text.strip()
    found = _find_subject(t)
    if found is None or found[1] != 0:
        return False
    rest = t[found[2] :]
    return _is_predicate(rest) and not _who_only(rest)


def _who_only(rest: str) -> bool:
    """What follows a subject only says who does what is listed elsewhere: a role, partners and a generic verb
    (``chủ trì, phối hợp với Sở B, Báo C tổ chức thực hiện.``, ``chủ trì tổ chức thực hiện``, ``thực hiện``);
    not ``phối hợp với Đài PT-TH tuyên truyền về lễ hội`` (a task of its own)."""
    r = rest.strip(" ,.;:")
    role = WHO_ROLE.match(r)
    if role:
        r = r[role.end() :].lstrip(" ,")
    partner = PARTNER.match(r)
    if partner:
        names, end, _mode = subject(r[partner.end() :])
        if not names:
            return False
        r = r[partner.end() + end :].strip(" ,.;:")
    return bool(role or partner or r) and GENERIC_EXECUTION.fullmatch(r) is not None


def _who_fields(text: str) -> list[tuple[str, str]]:
    """A paragraph that only says who carries out what its item lists (``Sở A chủ trì, phối hợp với Sở B tổ chức
    thực hiện.``; ``Sở C phối hợp thực hiện.``), as the fields it stands for: [(``lead``, the sentence)], or
    [(``support``, the names)]; [] for any other paragraph, or a lead-in ending with a colon."""
    t = text.strip()
    if not t or t.endswith(":"):
        return []
    out: list[tuple[str, str]] = []
    for sentence, _o in _sentences(t):
        found = _find_subject(sentence)
        if found is None or found[1] != 0:
            return []
        rest = sentence[found[2] :]
        if SUPPORT_ONLY.fullmatch(rest):
            out.append(("support", sentence[: found[2]]))
        elif _who_only(rest):
            out.append(("lead", sentence))
        else:
            return []
    return out


def _who_item(c: Node) -> list[tuple[str, str]] | None:
    """An item that only says who carries out its siblings' activities (``b) Cách thức tổ chức`` / ``Sở A chủ
    trì, phối hợp với Sở B tổ chức thực hiện.``): its fields, or None."""
    if c.children or not c.text_parts or not c.heading or not MANNER_HEADING.match(c.heading):
        return None
    got = _who_fields(joined_paragraphs(c.text_parts).replace("\n", " "))
    return got or None


def _field_block(c: Node) -> list[tuple[str, str]] | None:
    """The fields under a heading of labels only (``1.2. Cơ quan chủ trì, phối hợp`` / ``a) Cơ quan chủ trì: X``
    / ``b) Cơ quan phối hợp: Y``), or None when ``c`` is no such block."""
    if not c.heading or not FIELD_BLOCK.match(c.heading) or not (c.children or c.text_parts):
        return None
    got: list[tuple[str, str]] = []
    for p in c.text_parts:
        fields = _fields(p)
        if not fields:
            return None
        got += fields
    for g in c.children:
        field_ = _node_field(g)
        if field_ is None:
            return None
        got.append(field_)
    return got if any(kind in ("lead", "support") for kind, _v in got) else None


def _task_heading(node: Node) -> str | None:
    """The heading that is the task of a field item: its own, or its parent's when its own is a label only
    (``1.1. Cơ quan chủ trì, phối hợp`` under ``1. TUYÊN TRUYỀN VỀ DU LỊCH XANH``)."""
    if node.heading and MANNER_HEADING.match(node.heading):
        return None  # ``II. TỔ CHỨC THỰC HIỆN``: a part of the plan, never a task
    if node.heading and not FIELD_BLOCK.match(node.heading):
        return node.heading
    if node.heading and node.parent is not None and node.parent.heading:
        return _task_heading(node.parent)
    return None


def _with_sub_unit(names: list[Assignee], sentence: str, spans: list[NameSpan], end: int) -> list[Assignee]:
    """Decision 17: an executing sub-unit in brackets after the last name (a subject's or a partner's) stays in its
    name as written (``Sở Xây dựng (Phòng Quản lý vận tải)``), its canonical name the body's."""
    if not names or not spans:
        return names
    bracket = _BRACKET_AFTER.match(sentence, spans[-1].end)
    if bracket is None or bracket.end() > end:
        return names
    inner = sentence[bracket.start() : bracket.end()].strip()[1:-1]
    found = find_names(inner)
    if not found or found[0].start != 0:
        return names
    raw = collapse_spaces(sentence[spans[-1].start : bracket.end()]).strip(" ,;:-")
    return [*names[:-1], names[-1].model_copy(update={"raw": raw})]


def _with_sub_units(names: list[Assignee], text: str, spans: list[NameSpan]) -> list[Assignee]:
    """Decision 17 for a list of names (a labelled field's: ``Cơ quan phối hợp: A, B (Phòng C), D``): each name
    with its executing sub-unit in brackets as written; a name inside those brackets is no assignee of its own."""
    out: list[Assignee] = []
    inside_until = -1
    for name, span in zip(names, spans, strict=True):
        if span.start < inside_until:
            continue
        bracket = _BRACKET_AFTER.match(text, span.end)
        found = find_names(text[bracket.start() : bracket.end()].strip()[1:-1]) if bracket else []
        if bracket is None or not found or found[0].start != 0:
            out.append(name)
            continue
        inside_until = bracket.end()
        raw = collapse_spaces(text[span.start : bracket.end()]).strip(" ,;:-")
        out.append(name.model_copy(update={"raw": raw}))
    return out


def _gather_fields(node: Node) -> tuple[_Fields, list[str], list[Node]]:
    """The fields of ``node`` (from its paragraphs and its items, and from trailing paragraphs of its last
    item, which a field closing a group of items lands in), its unlabelled paragraphs and items."""
    f = _Fields([], [], [], [])
    texts: list[str] = []
    items: list[Node] = []

    def take(kind: str, value: str, where: Node, children: list[Node]) -> None:
        if kind == "task":
            if children and not value.rstrip(":"):
                f.task += [(c, _node_text(c)) for c in children]
            elif value:
                f.task.append((where, value))
        elif kind in ("lead", "support", "time"):
            getattr(f, kind).append(value)

    for p in node.text_parts:
        # a sentence of who carries out the item (``Sở A chủ trì tổ chức thực hiện.``) under its heading
        got_all = _fields(p) or (_who_fields(p) if node.heading and not FIELD_BLOCK.match(node.heading) else [])
        if not got_all and p.strip():
            texts.append(p)
        for kind, value in got_all:
            take(kind, value, node, [])
    for c in node.children:
        got = _node_field(c)
        if got is None:
            block = _field_block(c)
            if block is None:
                block = _who_item(c)
            if block is None:
                items.append(c)
            for kind, value in block or []:
                take(kind, value, c, [])
            continue
        kind, value = got
        sub = [_node_field(g) for g in c.children]
        if kind in ("lead", "support") and c.children and all(x is not None for x in sub):
            # ``- Cơ quan thực hiện:`` over ``+ Đơn vị chủ trì: …`` / ``+ Đơn vị phối hợp: …``
            for x in sub:
                take(x[0], x[1], c, [])  # type: ignore[index]
            continue
        if kind == "time" and c.children and all(_own_subject(g) for g in c.children):
            f.timed += c.children
        if kind == "task" and c.children:
            own = _field(c.heading + ": " + (c.text or "") if c.heading else (c.text or ""))
            own_value = own[1] if own else ""
            if not own_value or own_value.rstrip().endswith(":"):
                take(kind, "", c, c.children)  # ``- Nhiệm vụ:`` over its items: each item a task
                continue
        take(kind, value, c, [])
    return f, texts, items


def _trailing_fields(item: Node) -> _Fields | None:
    """The fields that close an item (paragraphs after its first: ``- Rà soát …`` / ``Đơn vị chủ trì: X`` /
    ``Thời gian thực hiện: …``), when they name someone."""
    f = _Fields([], [], [], [])
    for p in item.text_parts[1:]:
        for kind, value in _fields(p) or _who_fields(p):
            if kind in ("lead", "support", "time"):
                getattr(f, kind).append(value)
    return f if f.any_assignee() else None


def _field_item(ctx: _Context, node: Node) -> bool:
    """A task item whose who and when are labelled fields under it: ``2.3. Tổ chức tập huấn …`` / ``-
    Thời gian hoàn thành: Quý II/2027.`` / ``- Đơn vị chủ trì: X.`` / ``- Đơn vị phối hợp: Y, Z.``; or
    ``a) Nhiệm vụ: …`` / ``b) Cơ quan thực hiện: X chủ trì, phối hợp với Y`` / ``c) Thời gian thực hiện: …``.
    The task is the ``Nội dung``/``Nhiệm vụ`` field, else each unlabelled item or paragraph, else the
    heading; the fields give every one of them its leads, partners and deadline."""
    f, texts, items = _gather_fields(node)
    if not f.any_assignee():
        return _field_groups(ctx, node, items)
    _emit_fields(ctx, node, f, texts, items)
    for timed in f.timed:
        _walk(ctx, timed)
    return True


def _field_groups(ctx: _Context, node: Node, items: list[Node]) -> bool:
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
        if item.heading and item.text_parts and _fields(item.text_parts[0]) and _field_item(ctx, item):
            grouped = True
            continue
        closing = _trailing_fields(item)
        if closing is None:
            pending.append(item)
            continue
        own = [p for p in item.text_parts if not (_fields(p) or _who_fields(p))]
        tasks = [(c, _node_text(c, skip_assignment=True)) for c in pending]
        tasks.append((item, collapse_spaces(" ".join([*own, *(_node_text(c) for c in item.children)]))))
        closing.task = tasks
        _emit_fields(ctx, item, closing, [], [], rule="fields.group")
        pending = []
        grouped = True
    if not grouped:
        return False
    for item in pending:
        _walk(ctx, item)
    return True


def _run_closed_by(ctx: _Context, run: list[Node], item: Node) -> bool:
    """Items with no fields of their own above an item whose field block closes them (``3.1. Tham gia …`` / ``3.2.
    Tổng hợp …`` / ``3.3. Theo dõi …`` / ``- Đơn vị chủ trì: X``): the block printed once is each item's, the item
    the last of the run; an item of the run with its own subject or its own items keeps them."""
    if not (item.heading or item.text_parts) or not item.children:
        return False
    f, _texts, _items = _gather_fields(item)
    if not f.any_assignee():
        return False
    for c in run:
        if c.children or _own_subject(c):
            _walk(ctx, c)
        else:
            _emit_fields(ctx, c, replace(f, task=[(c, _node_text(c, skip_assignment=True))]), [], [], "fields.group")
    _walk(ctx, item)
    return True


def _field_assignees(
    ctx: _Context, node: Node, f: _Fields, section: str | None, rule: str
) -> tuple[list[Assignee], list[Assignee]]:
    """The leads and partners a block's lead fields name; a sentence under the lead field with a subject and a task of
    its own (``+ Sở Xây dựng đăng tải …``) is emitted as that task."""
    leads: list[Assignee] = []
    supports: list[Assignee] = []
    for value in f.lead:
        labelled: str | None = None  # the kind of a label that ended a sentence (``Cơ quan phối hợp:``)
        for sentence in (c for s, _o in _sentences(value) for c in _subject_clauses(s)):
            inner = _fields(sentence)
            if labelled is not None and not inner:
                inner, labelled = [(labelled, sentence)], None
            if inner:  # ``- Cơ quan chủ trì: X.`` / ``Cơ quan phối hợp: Y.`` unmarked, run into the item above
                for kind, names_value in inner:
                    if not names_value.strip():
                        labelled = kind
                    elif kind == "lead":
                        leads += _split_names(ctx, names_value)
                    elif kind == "support":
                        supports += _split_names(ctx, names_value)
                continue
            posts = _field_posts(ctx, sentence)
            if posts is not None:  # ``Đồng chí Phó Chủ tịch Thường trực, phụ trách lĩnh vực …``
                leads += posts
                continue
            found = _find_subject(sentence)
            if found is not None and found[1] == 0:
                rest = sentence[found[2] :]
                if (
                    _rest_is_role_only(rest)
                    or _who_only(rest)
                    or not _is_predicate(rest)
                    or _qualifies(rest.strip(" .;"))
                ):
                    spans = _with_tails(sentence, found[0])  # ``Ủy ban nhân dân các xã vùng trũng.``
                    names = _with_sub_unit(_names(ctx, sentence, spans), sentence, spans, found[2])
                    leads += names
                    supports += _partners(ctx, rest, names)
                    continue
                # ``+ Sở Xây dựng đăng tải thông điệp …``: a task of its own under the lead field
                _emit(ctx, _names(ctx, sentence, found[0]), rest.strip(" ,:"), node, section, found[3], rule=rule)
                continue
            leads += _split_names(ctx, sentence)
    return leads, supports


def _emit_fields(
    ctx: _Context, node: Node, f: _Fields, texts: list[str], items: list[Node], rule: str = "fields.item"
) -> None:
    section = _numbered(node).path
    leads, supports = _field_assignees(ctx, node, f, section, rule)
    for value in f.support:
        supports += _split_names(ctx, value)
    dl = None
    for value in f.time:
        got = ctx.deadline(value, cued=False)
        if got.raw or got.date or got.recurrence:
            dl = got
    tasks: list[tuple[Node, str]] = list(f.task)
    own_line = node.heading or (texts[0] if texts else None)
    if tasks and own_line and all(ELABORATION_START.match(t) for _n, t in tasks):
        tasks = [(node, own_line)]  # ``Nội dung: bao gồm …`` elaborates the item's own line
    if not tasks and items and own_line and (_ends_sentence(node) or _described_item(node, own_line, items)):
        # ``1.2. Xây dựng và ban hành hướng dẫn … năm 2026.`` over ``- Bảo đảm …`` and the fields: the item's own
        # sentence is the task, its bullets how it must be done (not ``… bằng các hình thức sau:``); the partners a
        # bullet names are the task's (decision 10)
        tasks = [(node, _titled(own_line, items))]
        for c in items:
            supports += _partners(ctx, _node_text(c), leads + supports)
    if not tasks:
        tasks = [(c, _node_text(c, skip_assignment=True)) for c in items]
    elif items and f.task:
        # ``c) Kiểm tra thực tế`` / ``Công an tỉnh kiểm tra …`` beside a ``Nội dung`` field: a task of its own subject
        for c in items:
            if _states_tasks(c):
                _walk(ctx, c)
    if not tasks:
        tasks = [(node, t) for t in texts]
    if not tasks:
        heading = _task_heading(node)
        tasks = [(node, heading)] if heading else []
    if not leads and not supports:
        return
    for task_node, task in tasks:
        _emit(
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


def _described_item(node: Node, own_line: str, items: list[Node]) -> bool:
    """An item whose own line is a task (a task verb first, no colon opening its bullets: ``5.2. Tổ chức thực hiện
    công tác tuyên truyền …``) over bullets that give no task of their own subject (``- Đa dạng, phong phú …``, ``-
    Việc tổ chức … phải bảo đảm …``): decision 9, the item's line is the task and its bullets say how."""
    line = (node.lines[0].text if node.lines else own_line).rstrip(" *_")
    return (
        bool(node.heading)
        and opens_with_verb(own_line)
        and not line.endswith(":")
        and not any(c.children or _states_tasks(c) for c in items)
    )


#: An item's line of at most this many words is a title (``7.1 Tổng kết công tác bầu cử``): its task is the
#: title with what its first bullet says of it.
DEFAULT_TITLE_WORDS = 8


def _titled(own_line: str, items: list[Node]) -> str:
    if len(own_line.split()) > DEFAULT_TITLE_WORDS or not items:
        return own_line
    first = _sentences(_node_text(items[0]))
    return f"{own_line.rstrip(' :')}: {first[0][0]}" if first else own_line


def _ends_sentence(node: Node) -> bool:
    """Whether the line of an item's heading (or its first line) is a sentence: it ends with a full stop or a
    semicolon (``1.2. Xây dựng và ban hành hướng dẫn … năm 2026.``), not a topic or a colon's lead-in."""
    if not node.lines:
        return False
    return node.lines[0].text.rstrip(" *_")[-1:] in (".", ";")


def _subject_clauses(sentence: str) -> list[str]:
    """A sentence cut at each semicolon after which a clause names who does what of its own (``Bộ Công an
    tiến hành rà soát …; các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh … rà soát …``, 131)."""
    clauses: list[str] = []
    for piece in sentence.split(";"):
        found = _find_subject(piece.strip())
        if clauses and not (found is not None and found[1] == 0 and _is_predicate(piece.strip()[found[2] :])):
            clauses[-1] += ";" + piece
        else:
            clauses.append(piece)
    return [c.strip() for c in clauses]


def _names(ctx: _Context, text: str, spans: list[NameSpan]) -> list[Assignee]:
    return [make_assignee(text, s, ctx.home) for s in spans]


def _rest_is_role_only(rest: str) -> bool:
    """What follows the names in a heading leaves the tasks to the items below (``:``, ``chủ trì, phối
    hợp với Y``, ``có trách nhiệm``, an apposition: ``- Cơ quan thường trực Tổ công tác``)."""
    if APPOSITION.fullmatch(rest):
        return True
    r = rest.strip(" :.-")
    return not r or bool(ROLE_AFTER_SUBJECT.fullmatch(r))


def _assignee_heading(ctx: _Context, node: Node) -> bool:
    """``a) Sở Y tế`` or ``Điều 3. Nhiệm vụ và quyền hạn của Ban Chỉ đạo`` (+ items or a paragraph): one
    obligation per item."""
    heading, parts = node.heading, joined_paragraphs(node.text_parts).split("\n")
    if not heading and (len(parts) >= 2 or (len(parts) == 1 and node.children)):
        heading, parts = parts[0], parts[1:]  # a long heading line read as text, its paragraphs or items below
    if not heading:
        return False
    heading = _body_heading(heading)
    heading, parts, found = _with_listed_members(heading, parts, node)
    if found is None or found[1] != 0 or (_names_a_class(heading, found[0]) and _topic_among_topics(node)):
        return False
    names, _start, end, mode = found
    names, rule = _scope_to_end(heading, names, end)
    last = _last_member(heading, end) if len(names) > 1 else None
    if last is not None:  # ``Báo …, Sở …, Cổng Thông tin điện tử tỉnh và hệ thống truyền thanh cơ sở:``
        names, end = [*names, last], last.end
    if not _rest_is_role_only(heading[end:]):
        if not _qualified(node, heading, end):
            return False
        # ``5. Các chủ đầu tư xây dựng và kinh doanh hạ tầng KCN`` over items: the whole heading names them
        end = len(heading.rstrip(" :"))
        names = [replace(names[0], end=end, canonical=None, alias_end=None)]
        rule = "heading.qualified_name"
    if fold(heading).startswith("doi voi") and _in_criteria_section(node):
        return False  # ``Đối với các cơ quan …:`` under ``Tiêu chuẩn khen thưởng`` states criteria
    text = "\n".join(p for p in parts if p)
    if fold(heading).startswith("doi voi") and CRITERIA.match(text) and not node.children:
        return False  # ``Đối với tập thể: Có kết quả …`` states a criterion, not a task
    leads = _names(ctx, heading, names)
    extra_support = _partners(ctx, heading[end:], leads)
    tasks: list[tuple[Node, str, list[Assignee]]] = []
    if text and (not node.children or not text.rstrip().endswith(":")):
        # one task per paragraph; a bracketed note (``(chi tiết Phụ lục 01 đính kèm)``) is none
        tasks += [(node, p, extra_support) for p in parts if p.strip() and not _BRACKET_ONLY.fullmatch(p)]
    elif text and _rest_is_role_only(text):
        # ``Chủ trì, phối hợp với X, Y:`` over the items: X and Y are partners in each of them
        extra_support = extra_support + _partners(ctx, text, leads + extra_support)
    for child in node.children:
        if child.children and not child.text_parts and child.heading and _rest_is_role_only(child.heading):
            # ``a) Chủ trì, phối hợp với X`` / ``b) Phối hợp với Y`` over items: the role and the partners
            # of each item under it
            partners = extra_support + _partners(ctx, child.heading, leads + extra_support)
            tasks += [(c, _node_text(c), partners) for c in child.children]
        elif child.children and _assignee_heading(ctx, child):
            # ``1. Trách nhiệm của Ủy ban nhân dân cấp xã`` over its items under ``Điều 6. Trách nhiệm của …``: it
            # names its own lead, each of its items a task of it (issue 53: five items made one task)
            continue
        else:
            tasks.append((child, _node_text(child), extra_support))
    if not tasks:
        return False
    _emit_heading_tasks(ctx, node, tasks, leads, mode, rule)
    return True


#: The rest of a heading of names that adds one last member in lower case (``…, Cổng Thông tin điện tử tỉnh và
#: hệ thống truyền thanh cơ sở:``).
_LAST_MEMBER = compiled(r"\s*(?:,\s*|\s+và\s+)(?P<name>[^,;:()]+?)\s*:?\s*$")


def _last_member(heading: str, end: int) -> NameSpan | None:
    """A heading that lists several names and ends with one more the lexicon does not know, after ``và`` or a
    comma: the heading is a list of names (it stands where an assignee heading's names stand), its last item
    one of them when it is a short noun phrase, no verb, time or reference."""
    m = _LAST_MEMBER.match(heading, end)
    if m is None:
        return None
    if not _noun_phrase(m.group("name"), DEFAULT_STANDING_NAME_WORDS):
        return None
    return NameSpan(m.start("name"), m.end("name"), "other")


def _scope_to_end(heading: str, names: list[NameSpan], end: int) -> tuple[list[NameSpan], str]:
    """``5. Các Phó Giám đốc phụ trách lĩnh vực Dược, Thiết bị và các Hội đồng chuyên môn``: a post's scope runs to
    the end of a heading of names, whatever names its list holds; the names and the rule that read them."""
    scoped = POST_SCOPE.search(heading, names[0].start, names[0].end) if len(names) > 1 else None
    if scoped is not None and _rest_is_role_only(heading[end:]):
        return [replace(names[0], end=names[-1].end, canonical=None, alias_end=None)], "heading.qualified_name"
    return names, "heading.items"


def _emit_heading_tasks(
    ctx: _Context,
    node: Node,
    tasks: list[tuple[Node, str, list[Assignee]]],
    leads: list[Assignee],
    mode: str,
    rule: str,
) -> None:
    """The heading's leads get each task; an item that names its own lead (``- Ủy ban nhân dân phường Yên Bái
    chủ trì …`` under ``Ủy ban nhân dân cấp xã``) is that lead's."""
    for task_node, task, support in tasks:
        own = _find_subject(task) if task_node is not node or _names_heading_member(task, leads) else None
        if own is not None and own[1] == 0 and DESCRIBES_SUBJECT.match(task[own[2] :].lstrip(" ,")):
            continue  # ``- Thư ký Hội đồng là giáo viên …``: a description, no task (decision 16)
        if (
            own is not None
            and own[1] == 0
            and (ROLE_START.match(task[own[2] :].lstrip(" ,")) or not _verb_first(task[own[0][0].start :]))
            and _is_predicate(task[own[2] :])
        ):  # ``- Lãnh đạo công tác tổ chức …``: a verb opens it, not a subject (``Lãnh đạo`` heads names too)
            _emit_own_clauses(ctx, task, own, task_node)
            continue
        # a numbered item is its own section (``Điều 3.1``); a bullet is its numbered parent's
        _emit(ctx, leads, task, task_node, _numbered(task_node).path, mode, rule=rule, extra_support=support)
        opened = task[:1].lower() + task[1:]
        if task_node is not node and DELEGATION.match(opened):
            # ``- Phân công đồng chí Phó Chủ tịch trực tiếp phụ trách …``: the heading's task, and the one given it
            _delegated(ctx, task_node, opened, _numbered(task_node).path, mode)


def _with_listed_members(
    heading: str, parts: list[str], node: Node
) -> tuple[str, list[str], tuple[list[NameSpan], int, int, str] | None]:
    """``2. Trách nhiệm của các Sở:`` over the line that lists them (``Xây dựng, Tài chính, Nội vụ.``, a web copy's
    wrapped line): the heading names each member, as ``các Sở: Xây dựng, Tài chính, Nội vụ`` on one line does;
    the heading, its paragraphs and its subject.  A line that is a sentence of its own stays a paragraph."""
    found = _find_subject(heading)
    listed = parts[0].strip().rstrip(". ") if parts else ""
    if not listed or (heading + _heading_colon(node)).rstrip()[-1:] != ":" or len(listed.split()) > _MAX_LISTED_WORDS:
        return heading, parts, found
    if ":" in listed or "," not in listed or _FULL_STOP.search(listed):
        return heading, parts, found
    merged = heading.rstrip(" :") + ": " + listed
    spread = _find_subject(merged)
    if spread is None or spread[1] != 0 or len(spread[0]) < 2 or spread[0][-1].end < len(merged.rstrip(" .")):
        return heading, parts, found
    return merged, parts[1:], spread


#: A line of members below a collective's heading is at most this many words.
_MAX_LISTED_WORDS = 16


def _names_heading_member(paragraph: str, leads: list[Assignee]) -> bool:
    """A paragraph under a heading of several names that opens with one of them (``2. Sở Khoa học và Công nghệ,
    Sở Nội vụ`` / ``Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ …``): it gives each its role, read as
    its own sentence."""
    if len(leads) < 2:
        return False
    key = match_key(paragraph)
    return any(key.startswith(match_key(a.raw)) for a in leads)


def _verb_first(text: str) -> bool:
    """Whether ``text`` opens with a verb, or with a word that heads names but is a verb too (``Lãnh đạo công tác
    tổ chức …``: ``VERB_HEADS``): read as a subject only before a role word."""
    return opens_with_verb(text) or any(fold(text).startswith(h + " ") for h in _VERB_HEAD_KEYS)


def _emit_own_clauses(ctx: _Context, task: str, own: tuple[list[NameSpan], int, int, str], task_node: Node) -> None:
    """An item under an assignee heading that names its own subject, whatever its head (``- Ủy ban nhân dân
    phường X chủ trì …``, ``- Đồng chí …, Giám đốc Bệnh viện chỉ đạo …``): that subject's, not the heading's; a
    clause after ``;`` that names its own subject is that subject's (decision 14)."""
    where = _numbered(task_node).path
    for clause in _subject_clauses(task):
        found = _find_subject(clause)
        if found is not None and found[1] == 0 and _is_predicate(clause[found[2] :]):
            own = found
            text = clause
        else:
            text = task[: own[2]] + " " + clause  # no subject of its own: the item's
        asks = text[own[2] :].lstrip(" ,")
        if DELEGATION.match(asks) and _delegated(ctx, task_node, asks, where, own[3]):
            continue  # ``- Trạm Y tế xã yêu cầu các bác sĩ … triển khai …``: the task is theirs
        _emit(
            ctx,
            _names(ctx, text, own[0]),
            text[own[2] :].strip(" ,:;."),
            task_node,
            where,
            own[3],
            rule="heading.own_lead",
        )


def _qualified(node: Node, heading: str, end: int) -> bool:
    """A heading over items (no paragraph of its own, no sentence) whose names go on with a qualifier of the
    collective they name (``QUALIFIER_START``), or with the rest of the scope of a post named by what it is in
    charge of (``Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội``, ``POST_SCOPE``): the whole heading is
    the assignee's name."""
    rest = fold(heading[end:]).strip(" :,")
    scope = POST_SCOPE.search(heading)  # in the name or right after it (``Phó Giám đốc Sở phụ trách …``)
    return (
        node.heading is not None
        and bool(node.children)
        and not joined_paragraphs(node.text_parts)
        and bool(QUALIFIER_START.match(rest) or (scope is not None and 0 < scope.start() <= end + 1))
        and "." not in rest
        and len(rest.split()) <= QUALIFIER_MAX_WORDS
        # ``Các đơn vị trong ngành … thực hiện … như sau``: a lead-in, not a name; ``Đối với các trường hợp quy
        # định tại khoản 1 Điều 4``: a provision cited, no one named
        and not AS_FOLLOWS_INTRO.search(heading[end:].rstrip(" :") + ":")
        and not TASK_LIST_INTRO.search(heading[end:])
        and not CITED_PROVISION.search(rest)
    )


def _find_subject(sentence: str) -> tuple[list[NameSpan], int, int, str] | None:
    """The subject of a sentence: (names, where they start, where the predicate starts, mode).  The names
    open the sentence, or follow an adverbial clause (``Căn cứ Kế hoạch này, các sở … xây dựng``); a
    bracket right after them (``Sở Nội vụ (cơ quan thường trực …)``) is skipped.  A sentence is asked for its
    subject by several readings of its item (a heading, its task, its clauses): it is read once."""
    found = _subject_of(sentence)
    return None if found is None else (list(found[0]), found[1], found[2], found[3])


@register_cache
@functools.lru_cache(maxsize=DEFAULT_SUBJECT_CACHE)
def _subject_of(sentence: str) -> tuple[tuple[NameSpan, ...], int, int, str] | None:
    if FIELD_LABEL.match(sentence) or FIELD_BLOCK.match(sentence):
        return None  # ``Đơn vị chủ trì: …``, ``Cơ quan chủ trì``: the label's head noun names no one
    starts = [0]
    if ADVERBIAL_OPENER.match(sentence):
        # after the clause's comma or semicolon, where a name begins with ``các`` or a capital letter
        # (not inside a list such as ``Chiến lược, Chương trình``'s or ``sở, ban, ngành``'s)
        starts += [m.end() for m in CLAUSE_START.finditer(sentence[:ADVERBIAL_MAX_CHARS])]
    condition = CONDITION_THEN.match(sentence)  # ``Đối với … thì X có trách nhiệm …``
    if condition:
        starts.append(condition.end())
    # a request inside the sentence: ``Trong quá trình thực hiện, nếu có vướng mắc đề nghị các bộ phận …``
    if _may_request(sentence):
        starts += [m.start() for m in REQUEST_WORD.finditer(sentence) if m.start() > 0]
    # the first place a subject begins: a request before a clause's comma asks all the names it lists
    # (``Để …; yêu cầu Thủ trưởng các sở, Chủ tịch UBND các huyện … nỗ lực …``, 58), not those after a comma
    adverbial = ADVERBIAL_OPENER.match(sentence) is not None
    for start in sorted(set(starts)):
        if sentence.count("(", 0, start) > sentence.count(")", 0, start):
            continue  # inside a bracket: ``(Chủ tịch, các Phó Chủ tịch)`` is no subject of the sentence
        # where the subject stands, a noun phrase no list knows is the subject too; not the leading clause's
        names, end, mode = subject(sentence[start:], positional=bool(start) or not adverbial)
        if not names:
            continue
        if all(n.kind == "person" and n.position is None for n in names) and not opens_with_verb(
            sentence[start + end :]
        ):
            continue  # ``- Ông Lê Văn Nam Chuyên viên Tổ viên``: a roster's line, its commas lost, no task
        names = [
            replace(
                n,
                start=n.start + start,
                end=n.end + start,
                alias_end=None if n.alias_end is None else n.alias_end + start,
            )
            for n in names
        ]
        end += start
        bracket = _BRACKET_AFTER.match(sentence[end:])
        if bracket:
            end += bracket.end()
        acting = ACTING_RIGHT.match(sentence[end:])
        if acting and _is_predicate(sentence[end + acting.end() :]):  # ``… theo chức năng, nhiệm vụ hướng dẫn …``
            end += acting.end()
        return tuple(names), start, end, mode
    return None


def _may_request(sentence: str) -> bool:
    """Whether ``sentence`` holds the last word of ``đề nghị`` or ``yêu cầu`` as ``REQUEST_WORD`` spells them (in
    lower case): a sentence without either is not searched for a request."""
    return "nghị" in sentence or "cầu" in sentence


def joined_paragraphs(parts: list[str]) -> str:
    """Text lines of a node as paragraphs: a line that starts in lower case continues the one above
    (a PDF or layout line wrapped inside a sentence); other lines start a paragraph."""
    out: list[str] = []  # joined once at the end: repeated ``+=`` on a long text is quadratic
    for p in parts:
        p = p.strip()
        if not p:
            continue
        if out:
            out.append(" " if _LOWER_START.match(p) else "\n")
        out.append(p)
    return "".join(out)


def _in_criteria_section(node: Node) -> bool:
    n: Node | None = node
    while n is not None:
        if any(w in fold(n.heading or "") for w in CRITERIA_SECTION_WORDS):
            return True
        n = n.parent
    return False


def _subject_item(ctx: _Context, node: Node) -> bool:
    """A node whose text (or heading sentence) has an assignee as its subject; returns True when its
    children were taken as the tasks (``X có trách nhiệm:`` + items)."""
    body = joined_paragraphs(node.text_parts)
    # a heading takes part only when it has a subject itself (``10. Các sở … nghiên cứu, ban hành``);
    # ``2. Thời gian tiến hành`` + ``UBND thị trấn tiến hành sơ kết …`` is read from the body
    text = (
        body
        if node.heading is None or not _heading_takes_part(node, node.heading)
        else (node.heading.rstrip(" :") + ": " + body if body else node.heading + _heading_colon(node))
    )
    if not text:
        return False
    section = _numbered(node).path
    took_children = False
    last_leads: list[Assignee] = []
    last_mode = "assigned"
    run_in = node.heading is not None and text.startswith(node.heading.rstrip(" :")) and node.children
    for sentence, found in _subject_groups(text):
        if found is None and run_in and not took_children:  # the heading's title run into its lead-in
            found = _run_in_title_subject(sentence)
        run_in = False
        if ASSIGNMENT_LINE.match(sentence) or IN_CHARGE.match(sentence):
            continue  # ``Đơn vị chủ trì: X`` (read as the fields of the items it closes), ``Lãnh đạo phụ trách: …``
        if found is None or sentence.rstrip(" *_").endswith("!"):
            continue  # ``Cử tri cả nước tích cực tham gia bầu cử …!``: a slogan, no task
        if fold(sentence).startswith("doi voi") and _in_criteria_section(node):
            continue  # ``Đối với các cơ quan … Hoàn thành …`` under ``Tiêu chuẩn``: a criterion
        spans, start, end, mode = found
        rest = sentence[end:]
        leads = _names(ctx, sentence, spans)
        if node.children and not took_children and sentence.rstrip().endswith(":") and _introduces_items(rest):
            _lead_in(ctx, node, leads, rest, section, mode)
            took_children = True
            continue
        if not _is_predicate(rest) or (start and not _SPACE_THEN_LOWER.match(rest)):
            continue
        if _delegated(ctx, node, rest, section, mode):
            continue
        task = (sentence[:start].strip() + " " + rest.strip(" ,:")).strip() if start else rest.strip(" ,:")
        _emit(ctx, leads, task, node, section, mode, rule="sentence.subject")
        last_leads, last_mode = leads, mode
    if not took_children and last_leads and node.children:
        _carry_subject(ctx, node, last_leads, section, last_mode)
    return took_children


def _names_a_subject(heading: str) -> bool:
    """Whether a heading, or a later sentence of it, has a subject (``3.1. Khai mạc kỳ thi. Chủ tịch Hội đồng thi
    có trách nhiệm sau đây:``: a step of a procedure, then its actor's lead-in)."""
    return any(_find_subject(sentence) is not None for sentence in _FULL_STOP.split(heading))


def _introduces_items(rest: str) -> bool:
    """What follows a subject, ending with a colon, hands the items below to it: a role only (``chủ trì:``),
    ``các nhiệm vụ sau:``, or ``như sau:`` after no full sentence, past action or report of what follows."""
    return bool(
        _rest_is_role_only(rest)
        or TASK_LIST_INTRO.search(rest)
        or (
            AS_FOLLOWS_INTRO.search(rest)
            and not SENTENCE_BREAK.search(rest)
            and len(_sentences(rest)) == 1  # ``… 2021 - 2025... Trong đó tập trung các nội dung sau:`` ends one
            and not PAST_ACTION.match(rest.lstrip(" ,"))
            and not REPORTS_WHAT_FOLLOWS.match(rest)
        )
    )


def _lead_in(ctx: _Context, node: Node, leads: list[Assignee], rest: str, section: str, mode: str) -> None:
    """``X có trách nhiệm:`` over items: each item is a task of X (an item naming its own doer is read as
    its own); partners the lead-in names are partners of each.  A lead-in by which X decides what the items say
    (``Ủy ban Thường vụ Quốc hội quyết định sắp xếp … như sau:``) gives them to no one."""
    decided = DECISION_LEAD_IN.match(rest) is not None
    support = [] if decided else _partners(ctx, rest, leads)
    if not decided:
        _lead_in_own_task(ctx, node, leads, rest, section, mode)
    for c in node.children:
        if _own_subject(c):  # ``1. Yêu cầu Thủ trưởng các cơ quan …`` under the lead-in: its own task
            _walk(ctx, c)
        elif not decided:
            _emit(ctx, leads, _node_text(c), c, section, mode, rule="lead_in.items", extra_support=support)


def _lead_in_own_task(ctx: _Context, node: Node, leads: list[Assignee], rest: str, section: str, mode: str) -> None:
    """The task a lead-in carries besides its items (decision 4), if any."""
    own, _semicolon, intro = rest.rpartition(";")
    if own.strip(" ,") and TASK_LIST_INTRO.search(intro) and _is_predicate(own):
        # ``… yêu cầu X, Y cần phải nỗ lực, … đẩy nhanh …; trong đó, tập trung các nhiệm vụ cụ thể:`` (58):
        # what they are asked before the items is a task of theirs too
        _emit(ctx, leads, own.strip(" ,:"), node, section, mode, rule="lead_in.items")
        return
    # ``X triển khai phong trào thi đua với các nội dung sau:`` carries a task of its own besides the items (the
    # list hangs on its verb by a preposition); ``X có trách nhiệm thực hiện các nội dung sau:``, ``X tổ chức hội
    # nghị … thực hiện các nội dung sau:`` (the list is what a verb of its own covers) none
    as_follows = AS_FOLLOWS_INTRO.search(rest)
    if as_follows is not None and _LIST_BY_PREPOSITION.match(rest, as_follows.start()):
        own = rest[: as_follows.start()].strip(" ,:")
        if own and _is_predicate(own) and not _who_only(own):
            _emit(ctx, leads, own, node, section, mode, rule="lead_in.items")


def _delegated(ctx: _Context, node: Node, rest: str, section: str, mode: str) -> bool:
    """``Chủ tịch UBND tỉnh giao Sở Nội vụ chủ trì …``: the one given the task leads it (True when read so)."""
    delegated = DELEGATION.match(rest)
    if not delegated:
        return False
    sub = rest[delegated.end() :]
    asked_ones = _asked(sub)
    if asked_ones is None:
        return False
    spans, end = asked_ones
    asked = "requested" if delegated.group("request") else mode
    names = [_without_honorific(sub, n) for n in spans]
    _emit(ctx, _names(ctx, sub, names), sub[end:].strip(" ,:"), node, section, asked, rule="sentence.delegation")
    return True


def _asked(sub: str) -> tuple[list[NameSpan], int] | None:
    """Who is given the task after ``giao``/``yêu cầu``/``đề nghị`` and where their task begins: the names the
    grammar knows, or else the noun phrases standing there before the task verb (``yêu cầu các bác sĩ trong
    Trạm, các nhân viên trong đơn vị triển khai …``)."""
    inner = _find_subject(sub)
    if inner is not None and inner[1] == 0 and _is_predicate(sub[inner[2] :]):
        return inner[0], inner[2]
    standing = positional_partners(sub)
    if standing and all(_stands_as_name(sub[s.start : s.end]) for s in standing):
        end = standing[-1].end
        if _is_predicate(sub[end:]):
            return standing, end
    return None


def _without_honorific(text: str, name: NameSpan) -> NameSpan:
    """``đồng chí Phó Chủ tịch Hội`` → ``Phó Chủ tịch Hội`` (decision 7); a plural's ``Các`` stays."""
    m = FIELD_HONORIFIC.match(text, name.start)
    if m is None or m.group("plural") or m.end() >= name.end:
        return name
    return replace(name, start=m.end(), canonical=None, alias_end=None)


def _carry_subject(ctx: _Context, node: Node, leads: list[Assignee], section: str, mode: str) -> None:
    """``1. Các cơ quan … xây dựng kế hoạch …`` + ``- Giới thiệu điển hình …`` / ``- Báo cáo …``: items with
    no subject of their own go on with the subject of the sentence above them."""
    for c in node.children:
        if c.kind != "bullet" or (c.heading and not CASE_HEADING.match(c.heading)):
            continue
        own = c.text or ""
        if c.heading and not own:  # ``- Đối với hồ sơ tranh chấp:`` over its cases: they go on with it
            _carry_subject(ctx, c, leads, section, mode)
            continue
        if c.heading and (_find_subject(own) is not None or not _is_predicate(own[:1].lower() + own[1:])):
            continue  # ``- Đối với hồ sơ quá hạn: Tổ một cửa báo cáo …``: its own subject, read as a sentence
        text_c = _node_text(c)
        if _find_subject(text_c) is None and not _fields(text_c):
            _emit(ctx, leads, text_c, c, section, mode, rule="sentence.carried_subject")


def _heading_colon(node: Node) -> str:
    """The colon a lead-in heading ended with on its line (``1. Sở Xây dựng có trách nhiệm:``), which the
    heading itself no longer holds: it hands the items below to the heading's subject."""
    return ":" if node.lines and node.lines[0].text.rstrip().endswith(":") else ""


def _own_subject(node: Node) -> bool:
    """An item under a lead-in (``… yêu cầu Thủ trưởng các sở, Chủ tịch UBND các huyện …; trong đó, tập trung
    các nhiệm vụ cụ thể:``) that names who does it (``2. Giao Sở Lao động - Thương binh và Xã hội chịu trách
    nhiệm:``, ``3. Sở Kế hoạch và Đầu tư rà soát …``): its subject, not the lead-in's, is assigned."""
    text = _node_text(node)
    found = _find_subject(text)
    if found is None or found[1] != 0:
        return False
    rest = text[found[2] :]
    return _is_predicate(rest) or (rest.rstrip().endswith(":") and _rest_is_role_only(rest))


def _heading_takes_part(node: Node, heading: str) -> bool:
    """A heading with a subject of its own, or an item's title run into the lead-in over its items (a bold title and
    its sentence printed as one heading)."""
    if _names_a_subject(heading):
        return True
    colon = _heading_colon(node)
    return bool(node.children and colon) and _run_in_title_subject(heading + colon) is not None


#: Words after which a name is an object or an agent of a passive, never a subject (``bị``, ``do``, ``cho`` …).
_NAME_OBJECT_MARKS = frozenset({"bị", "được", "do", "của", "cho", "với", "tại", "từ", "theo", "về", "và", "hoặc"})
#: The most words of an item's title run into the lead-in it heads.
DEFAULT_RUN_IN_TITLE_WORDS = 14


def _run_in_title_subject(sentence: str) -> tuple[list[NameSpan], int, int, str] | None:
    """An item's title run into the lead-in under it, the break between them lost (a bold title and its sentence
    in one paragraph): ``2. Tiếp nhận và xử lý đơn thư, kiến nghị Ban Thường trực UBMTTQ xã thực hiện quy trình …,
    cụ thể:``.  The subject is the names a capitalised body opens in mid-line right after a lower-case word, a task
    verb after them; only in a line that introduces items (its colon), whose title is short."""
    if not sentence.rstrip(" *_").endswith(":"):
        return None
    spans = find_names(sentence)
    if not spans or spans[0].start == 0 or not sentence[spans[0].start].isupper():
        return None
    before = sentence[: spans[0].start].rstrip()
    words = before.split()
    if not before[-1:].islower() or len(words) > DEFAULT_RUN_IN_TITLE_WORDS or words[-1] in _NAME_OBJECT_MARKS:
        return None  # ``… bị Bộ Tài chính thu hồi …``, ``Ủy quyền cho Giám đốc Sở …``: the name is no subject
    if _generic_name(sentence[spans[0].start : spans[0].end]):
        return None
    group, end = [spans[0]], spans[0].end
    for sp in spans[1:]:  # ``Ban Thường trực … và các thành viên``
        if sentence[end : sp.start].strip(" ,") not in ("", "và"):
            break
        group.append(sp)
        end = sp.end
    rest = sentence[end:]
    if not opens_with_verb(rest) or not _is_predicate(rest):
        return None
    return group, 0, end, "assigned"  # read from 0: the title before the names is no part of the task


def _subject_groups(text: str) -> list[tuple[str, tuple[list[NameSpan], int, int, str] | None]]:
    """Sentences, each followed by the sentences after it that have no subject of their own (``X tham
    mưu … . Thời gian xong trước ngày 10/9/2023.``: the deadline belongs to X's task), each with the
    subject of its first sentence (offsets valid in the group, which begins with that sentence)."""
    groups: list[tuple[list[str], tuple[list[NameSpan], int, int, str] | None]] = []
    for sentence, _o in _sentences(text):
        found = _find_subject(sentence)
        if groups and found is None and not ASSIGNMENT_LINE.match(sentence):
            groups[-1][0].append(sentence)
        else:
            groups.append(([sentence], found))
    return [(" ".join(g), f) for g, f in groups]


def _is_predicate(rest: str) -> bool:
    """The words after a subject go on as its predicate (a verb or role word), not as a clause about it
    (``UBND tỉnh về việc …``) or a list."""
    r = rest.lstrip(" ,")
    if r[:1] == ":" and r[1:].strip()[:1].isalpha():
        r = r[1:].lstrip()  # ``Giao UBND các phường, xã: Kim Liên, …: Quản lý …``: the names, a colon, their task
        if name_at(r, 0) is not None:
            return False  # ``Thư ký: Bà Đỗ Thu Hà …``: a post and who holds it, a roster's line
        return NOT_A_PREDICATE.match(r[:1].lower() + r[1:]) is None
    if r and CAPITALISED_VERB.match(r):
        return True  # a heading run into its sentence: ``Công chức Văn hóa - Xã hội Phối hợp với …``
    if not r or not _LOWER_START.match(r):
        return False
    if rest.lstrip().startswith(",") and not ROLE_START.match(r):
        return False  # ``Các chủ đầu tư …, cụm công nghiệp``: after a comma only a role word goes on
    return NOT_A_PREDICATE.match(r) is None


_SENTENCE_END = compiled(r"(?<=[.;!?])\s+(?=\p{Lu})|(?<=:)\s+(?=[-+•]|\p{Lu}\p{Ll}+\s)")


def _sentences(text: str) -> list[tuple[str, int]]:
    """The sentences of a paragraph; names listed with semicolons before their verb (``Chánh Văn phòng UBND
    tỉnh; Giám đốc Sở Công Thương; … chịu trách nhiệm thi hành …``) stay in the sentence they open."""
    out: list[tuple[str, int]] = []
    pos = 0
    for m in finditer_after_chars(_SENTENCE_END, text, ".;!?:"):  # its look-behinds' characters
        piece = text[pos : m.start()]
        if piece.endswith(";") and _only_names(piece):
            continue
        if (
            piece.endswith(":")
            and COLLECTIVE_END.search(piece[:-1])
            and MEMBER_LIST.match(text[m.end() : m.end() + 80])
        ):
            continue  # ``Giám đốc các Sở: Xây dựng, Tài chính, …``: the colon lists the members
        if piece.endswith(":") and _only_names(piece[:-1]) and name_at(text, m.end()) is None:
            continue  # ``Giao UBND các phường, xã: Kim Liên, …, Đại Xuyên: Quản lý …``: the names, then their task
        if piece.endswith(":") and ends_with_task_verb(piece[:-1]) and ":" not in text[m.end() :]:
            continue  # ``X tổ chức thành lập: Tổ công tác …``: the verb's object after the colon, one task (T2)
        out.append((piece, pos))
        pos = m.end()
    out.append((text[pos:], pos))
    return [(s, o) for s, o in out if s.strip()]


def _only_names(text: str) -> bool:
    """Whether the names at the start of ``text`` are all of it (back to the last sentence's end), or of its
    last clause; the whole when a list of members runs on across a semicolon (``Giám đốc các Sở: Xây dựng,
    Tài chính; Công Thương, Văn hóa và Thể thao; …``)."""
    body = text.rstrip(" ;")
    for clause in (text[body.rfind(";") + 1 :].strip(), text.strip()):  # the final ``;`` kept: it ends names
        names, end, _mode = subject(clause)
        if names and not clause[end:].strip(" ,;"):
            return True
    return False


def _split_names(ctx: _Context, text: str) -> list[Assignee]:
    if BY_REFERENCE.match(text):
        return []  # ``Theo phân công tại Quyết định …``: assigned elsewhere, nobody named here
    posts = _field_posts(ctx, text)
    if posts is not None:
        return posts
    spans = find_names(text)
    spans = _with_standing_names(text, _with_tails(text, spans))
    return _with_sub_units(_names(ctx, text, spans), text, spans)


#: The most words a name read by where it stands (a field's value, a lead cell) may have.
DEFAULT_STANDING_NAME_WORDS = 8


#: The most words of a lower-case qualifier that a field's name keeps after it (``các xã ven sông``).
DEFAULT_FIELD_TAIL_WORDS = 4


def _with_tails(value: str, spans: list[NameSpan]) -> list[NameSpan]:
    """A field's value or a lead cell is names only: a name the grammar ended before a short lower-case qualifier
    of its own item (``Đơn vị phối hợp: Ủy ban nhân dân các xã ven sông``, where in a sentence a lower-case word
    after a place collective is its verb) keeps it, when the qualifier is no verb, role, time or reference."""
    out: list[NameSpan] = []
    for sp in spans:
        cut = FIELD_LIST_SEPARATOR.search(value, sp.end)
        tail = value[sp.end : cut.start() if cut else len(value)].strip().rstrip(" .;:")
        at = value.find(tail, sp.end) if tail else -1
        if at >= 0 and _qualifies(tail) and not any(at <= o.start < at + len(tail) for o in spans):
            sp = replace(sp, end=at + len(tail))
        out.append(sp)
    return out


def _qualifies(tail: str) -> bool:
    """Short lower-case words, no verb, role, number, bracket, time or reference: a name's own qualifier."""
    return all(w[:1].islower() for w in tail.split()) and _noun_phrase(tail, DEFAULT_FIELD_TAIL_WORDS, "():")


def _noun_phrase(text: str, most_words: int, barred: str = "") -> bool:
    """At most ``most_words`` words with no digit (nor a ``barred`` character) that open no verb, role, time,
    reference or contact label: what a name read by where it stands may be (a field's item, a heading's last
    member, a qualifier)."""
    words = text.split()
    if not words or len(words) > most_words or any(ch.isdigit() or ch in barred for ch in text):
        return False
    return not (
        opens_with_verb(text) or CAPITALISED_VERB.match(text) or ROLE_START.match(text) or NOT_A_NAME_START.match(text)
    )


def _with_standing_names(value: str, spans: list[NameSpan]) -> list[NameSpan]:
    """The names of a field's value or a lead cell, with the items of its list the lexicon knows no name in
    (``Đơn vị thực hiện: Thư viện tỉnh``, ``Nhà truyền thống huyện, Đội văn nghệ xã``): where they stand makes
    them names, when each opens in capitals or with a plural (``Các trạm khuyến nông``), is short, and is no verb
    phrase, reference or time (``Như trên``, ``Theo phân công``, ``Hằng năm``). An unknown member never drops
    the known ones; but a value holding anything else (a sentence) gets none. The right a name acts by
    (``theo chức năng …``) is cut."""
    acting = ACTING_RIGHT.search(value)
    if acting:
        value = value[: acting.start()]
    added: list[NameSpan] = []
    start = 0
    for cut in [*FIELD_LIST_SEPARATOR.finditer(value), None]:
        end = cut.start() if cut is not None else len(value)
        piece = value[start:end]
        lead = len(piece) - len(piece.lstrip())
        piece = piece.strip().rstrip(" .;:")
        at, till = start + lead, start + lead + len(piece)
        start = cut.end() if cut is not None else len(value)
        if any(s.start < till and at < s.end for s in spans):
            continue
        if not _stands_as_name(piece):
            return spans  # one item no name: the value is no plain list of names (a sentence, a clause)
        added.append(NameSpan(at, till, "other"))
    return sorted([*spans, *added], key=lambda s: s.start) if added else spans


def _stands_as_name(piece: str) -> bool:
    """An item of a field's list that opens in capitals or with a plural, and is no person's name (the readers
    of people name them: ``Nguyễn Văn An``)."""
    words = piece.split()
    if not words or not (words[0][:1].isupper() or nfc(words[0]).lower() in _PLURAL_WORDS):
        return False
    if len(words) > 1 and all(w[:1].isupper() for w in words):
        return False
    return _noun_phrase(piece, DEFAULT_STANDING_NAME_WORDS, ":")


#: A plural opening an item of a field's list of posts (``…, các chuyên viên …``).
_PLURAL_ITEM = compiled(r"(?i)(?:các|những)\s+(?=\p{L})")


def _field_pieces(text: str) -> list[tuple[int, int, int | None, int]]:
    """A field's list of names cut into its items, each ``(start, end of its own words, start of what goes on
    with it or None, end)``: a piece that opens no name (``phụ trách lĩnh vực …``, ``giúp việc thuộc …``) goes on
    with the item before it."""
    pieces: list[list] = []
    start = 0
    for cut in [*FIELD_LIST_SEPARATOR.finditer(text), None]:
        end = cut.start() if cut is not None else len(text)
        if not pieces or FIELD_HONORIFIC.match(text, start) or _PLURAL_ITEM.match(text, start) or name_at(text, start):
            pieces.append([start, end, None, end])
        else:
            last = pieces[-1]
            last[2] = start if last[2] is None else last[2]
            last[3] = end
        start = cut.end() if cut is not None else len(text)
    return [(a, b, c, d) for a, b, c, d in pieces]


def _field_posts(ctx: _Context, text: str) -> list[Assignee] | None:
    """The names of a field that lists posts by their honorifics or with their scopes (``Đồng chí Phó Chủ tịch
    Thường trực, phụ trách lĩnh vực Giám sát``; ``Các đ/c Phó Chủ tịch, Trưởng đoàn thể xã, các đồng chí Chuyên
    viên``): one per item, the honorific dropped and a plural's ``Các`` kept (decision 7), a post's scope after
    its comma kept; a person by name stays the person.  None when no item has an honorific or a scope."""
    text = text.strip(" .;:")
    pieces = _field_pieces(text)
    scoped = [p for p in pieces if p[2] is not None and POST_SCOPE.match(text, p[2])]
    if not scoped and not any(FIELD_HONORIFIC.match(text, p[0]) for p in pieces):
        return None
    out: list[Assignee] = []
    covered = 0
    for start, own_end, goes_on, end in pieces:
        if start < covered:
            continue  # the post after a person's name (``Đồng chí Nguyễn Văn A, Phó Chủ tịch UBND xã``)
        hon = FIELD_HONORIFIC.match(text, start)
        first = name_at(text, start)
        if first is not None and first.kind == "person":
            out.append(make_assignee(text, first, ctx.home))
            covered = first.end
        elif hon is not None:
            name = ("Các " if hon.group("plural") else "") + text[hon.end() : end]
            head = name_at(text, hon.end())
            out.append(make_assignee(name, NameSpan(0, len(name), head.kind if head else "position"), ctx.home))
        else:
            piece = text[start:end]
            spans = find_names(text[start:own_end])
            if spans and goes_on is not None and POST_SCOPE.match(text, goes_on) and spans[-1].end == own_end - start:
                spans[-1] = replace(spans[-1], end=len(piece))  # ``Phó Chủ tịch UBND xã, phụ trách lĩnh vực …``
            spans = spans or find_names(piece)
            if _PLURAL_ITEM.match(piece) and not (
                spans and spans[0].start == 0 and (len(spans) > 1 or spans[0].end >= own_end - start)
            ):
                # ``các chuyên viên phòng X …``: a plural post of the list as written, whatever names it holds
                piece = piece[:1].upper() + piece[1:]
                spans = [NameSpan(0, len(piece), "position")]
            out += _names(ctx, piece, spans)
    return out


def _closing(ctx: _Context) -> None:
    """Requests in the closing paragraph: ``Yêu cầu các sở, ban, ngành … triển khai thực hiện``, ``Trong
    quá trình thực hiện, nếu có khó khăn, các cơ quan … kịp thời báo cáo``.  A sentence of the paragraph
    with no subject of its own (``Trong quá trình thực hiện, nếu có vướng mắc, kịp thời phản ánh …``) is
    asked of those the sentence before asked."""
    for ln in (*ctx.st.closing, *ctx.st.annex_closing):
        last: tuple[list[Assignee], str] | None = None
        for sentence, _o in _sentences(ln.text):
            for clause in _closing_clauses(sentence):
                asked = _closing_request(ctx, clause, ln.start, ln.end)
                if asked is not None:
                    last = asked
                elif last is not None and (ADVERBIAL_OPENER.match(clause) or _LOWER_START.match(clause)):
                    _emit_at(ctx, last[0], clause.strip(" ,:"), ln.start, ln.end, None, last[1], rule="closing.carried")


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
        if _only_names(piece):
            listed = piece
        elif out and _find_subject(piece) is None and not REQUEST_IN_SENTENCE.match(piece):
            out[-1] = out[-1] + "; " + piece
        else:
            out.append(piece)
    return out + ([listed] if listed else [])


def _closing_request(ctx: _Context, clause: str, start: int, end: int) -> tuple[list[Assignee], str] | None:
    m = REQUEST_IN_SENTENCE.search(clause)
    candidates = [clause] + ([clause[m.start() :]] if m and m.start() > 0 else [])
    for cand in candidates:
        found = _find_subject(cand)
        if found is None or not _is_predicate(cand[found[2] :]) or DELEGATION.match(cand[found[2] :]):
            continue  # ``UBND Thành phố yêu cầu các Sở …``: the next candidate starts at the ones asked
        spans, at, name_end, mode = found
        rest = cand[name_end:].strip(" ,:")
        task = (cand[:at].strip() + " " + rest).strip() if at else rest
        names = _names(ctx, cand, spans)
        _emit_at(ctx, names, task, start, end, None, mode, rule="closing.request")
        return names, mode
    return None


def _node_text(n: Node, skip_assignment: bool = False) -> str:
    parts = []
    if n.heading:
        parts.append(n.heading + (":" if n.text else ""))
    for p in n.text_parts:
        if skip_assignment and (ASSIGNMENT_LINE.search(p) or IN_CHARGE_LINE.match(p)):
            continue
        parts.append(p)
    for c in n.children:
        parts.append(_node_text(c, skip_assignment))
    return collapse_spaces(" ".join(p for p in parts if p))


#: The words every match of a pattern searched through a task's text begins with (in lower case): the pattern is
#: tried only where one stands (``pattern_cache.finditer_at_words``; ``regex`` tried its look-behind at every
#: position of the text).
_PARTNER_FIRSTS = ("phối",)
_EXECUTION_CLAUSE_FIRSTS = ("chịu", "có")
_ASSIGNMENT_LINE_FIRSTS = ("cơ", "đơn", "bộ", "chủ", "thực")


def _partners(ctx: _Context, text: str, leads: list[Assignee]) -> list[Assignee]:
    """``phối hợp (với) X, Y`` → X, Y (not the leads themselves, not ``chặt chẽ`` or ``với nhau``)."""
    out: list[Assignee] = []
    seen = {fold(a.canonical or a.raw) for a in leads}
    for m in finditer_at_words(PARTNER, text, _PARTNER_FIRSTS):
        rest = text[m.end() :]
        if PARTNER_NOT.match(rest) or _advised_partner(text, m.start()):
            continue
        if PARTNER_IN_NOUN.search(text, max(0, m.start() - DEFAULT_PARTNER_NOUN_CHARS), m.start()):
            continue  # ``xây dựng quy chế phối hợp với X``: the text's name, no partner (decision 8)
        names, _end, _mode = subject(rest)
        if not names and fold(m.group()).rstrip().endswith(("voi", "cung")):
            names = positional_partners(rest)  # ``phối hợp với chi hội người cao tuổi, các câu lạc bộ …``
        for a in _with_sub_unit(_names(ctx, rest, names), rest, names, len(rest)):
            key = fold(a.canonical or a.raw)
            if key not in seen:
                seen.add(key)
                out.append(a)
    return out


def _advised_partner(text: str, at: int) -> bool:
    """The ``phối hợp`` at ``at`` is the advised superior's (``tham mưu UBND tỉnh phối hợp Bộ Y tế …``): what
    stands between ``tham mưu`` and it is only names."""
    advised = ADVISED_BEFORE.search(text, max(0, at - DEFAULT_ADVISED_CHARS), at)
    if advised is None:
        return False
    body = advised.group("body")
    names, end, _mode = subject(body)
    return bool(names) and not body[end:].strip()


#: How far before a ``phối hợp`` a noun that makes it a noun phrase's word is looked for (``thỏa thuận ``).
DEFAULT_PARTNER_NOUN_CHARS = 24
#: How far before a ``phối hợp`` the ``tham mưu`` of an advised superior is looked for.
DEFAULT_ADVISED_CHARS = 100


def _emit(
    ctx: _Context,
    leads: list[Assignee],
    task: str,
    node: Node,
    section: str | None,
    mode: str,
    *,
    rule: str,
    extra_support: list[Assignee] | None = None,
    support_rule: str = "support.partner",
    read_partners: bool = True,
    deadline: Deadline | None = None,
    deadline_rule: str | None = None,
) -> None:
    _emit_at(
        ctx,
        leads,
        task,
        node.start,
        node.end,
        section,
        mode,
        rule=rule,
        extra_support=extra_support,
        support_rule=support_rule,
        read_partners=read_partners,
        deadline=deadline,
        deadline_rule=deadline_rule,
    )


def _emit_at(
    ctx: _Context,
    leads: list[Assignee],
    task: str,
    start: int,
    end: int,
    section: str | None,
    mode: str,
    *,
    rule: str,
    extra_support: list[Assignee] | None = None,
    support_rule: str = "support.partner",
    read_partners: bool = True,
    deadline: Deadline | None = None,
    deadline_rule: str | None = None,
    source: str = "prose",
    part: int | None = None,
) -> None:
    """Propose one task: its obligations (one per lead and partner, with their rules' ids) become a candidate; one a
    ``not_task`` rule drops is only traced.  ``part``: the task is that sentence of several (``_emit_sentences``)."""
    task = collapse_spaces(task).strip(" ;,")
    if not task or not leads and not extra_support:
        return
    if part is None and source == "prose":
        sentences = task_sentences(task, ctx.st.text, start, end)
        if len(sentences) > 1:
            partners = (extra_support, support_rule, read_partners)
            _emit_sentences(ctx, sentences, leads, start, end, section, mode, rule, partners, deadline, deadline_rule)
            return
    kept, dropped_by = _kept_task(task)
    proposal = _traced(ctx, rule, [*leads, *(extra_support or [])], task, start, end, dropped_by)
    if kept is None:
        return
    task = kept
    inline = _inline_assignment(ctx, task)
    if inline is not None and not leads:
        leads = inline[0]
    dl, dl_rule = _deadline_of(ctx, task, deadline, deadline_rule, source)
    supports = _supports(ctx, task, leads, extra_support, support_rule, read_partners)
    if inline is not None:
        supports += [(a, "support.field") for a in inline[1]]
    also = _marks(mode, dl_rule, part, task)
    template = Obligation(
        assignee=leads[0] if leads else supports[0][0],
        mode=mode,  # type: ignore[arg-type]
        task=task[:DEFAULT_MAX_TASK_CHARS],
        deadline=dl.date,
        deadline_raw=dl.raw,
        deadline_precision=dl.precision,  # type: ignore[arg-type]
        recurrence=dl.recurrence,  # type: ignore[arg-type]
        section=section,
        source=source,  # type: ignore[arg-type]
        span=ctx.st.mapped.span(start, end),
    )
    made = [
        template.model_copy(update={"assignee": a, "role": role, "evidence": [RULES_BY_ID[rule].id, *extra, *also]})
        for role, a, extra in _roles(leads, supports)
    ]
    if made:
        _offer(ctx, rule, made, section, proposal)


def _supports(
    ctx: _Context,
    task: str,
    leads: list[Assignee],
    extra_support: list[Assignee] | None,
    support_rule: str,
    read_partners: bool,
) -> list[tuple[Assignee, str]]:
    """A task's partners with the rule that made each: those given from outside its text, then those it names."""
    supports = [(a, support_rule) for a in extra_support or []]
    if read_partners:
        supports += [(a, "support.partner") for a in _partners(ctx, task, leads + (extra_support or []))]
    return supports


def _marks(mode: str, dl_rule: str | None, part: int | None, task: str) -> list[str]:
    """The rule ids every obligation of a task carries besides its reader's: looked up once in the declared rules,
    so an id no rule declares fails here, not in a report."""
    marks = (["mode.request"] if mode == "requested" else []) + ([dl_rule] if dl_rule else [])
    if part:
        marks.append("split.sentence")  # the second (third …) task of one item's text (decision 14)
    if search_at_words(EXECUTION_CLAUSE, task, _EXECUTION_CLAUSE_FIRSTS):
        marks.append("aside.execution_clause")  # kept for each body, left off the board unless asked (issue 41)
    return [RULES_BY_ID[r].id for r in marks]


def _emit_sentences(
    ctx: _Context,
    sentences: list[TaskSentence],
    leads: list[Assignee],
    start: int,
    end: int,
    section: str | None,
    mode: str,
    rule: str,
    partners: tuple[list[Assignee] | None, str, bool],
    deadline: Deadline | None,
    deadline_rule: str | None,
) -> None:
    """Two tasks in one item (decision 14): each sentence of the text that opens a task is a task of the item's
    leads, with the partners given from outside the text (a lead-in's, a field's) and those it names itself;
    a sentence that names its own subject is that subject's alone.  Each keeps its own deadline words.
    ``partners``: the item's ``extra_support``, ``support_rule`` and ``read_partners`` (``_emit_at``)."""
    extra_support, support_rule, read_partners = partners
    for i, sentence in enumerate(sentences):
        own = [make_assignee(sentence.text, s, ctx.home) for s in sentence.names]
        _emit_at(
            ctx,
            own or leads,
            sentence.text[sentence.task_start :] if own else sentence.text,
            start,
            end,
            section,
            sentence.mode if own else mode,
            rule=rule,
            extra_support=None if own else extra_support,
            support_rule=support_rule,
            read_partners=read_partners,
            deadline=deadline,
            deadline_rule=deadline_rule,
            part=i,
        )


def _traced(
    ctx: _Context, rule: str, names: list[Assignee], task: str, start: int, end: int, dropped_by: str | None
) -> Proposal | None:
    """The proposal as ``vbparse explain`` shows it, when a trace is kept."""
    if ctx.trace is None:
        return None
    where = ctx.st.mapped.span(start, end)
    proposal = Proposal(
        where.start, where.end, rule, [a.raw for a in names], task, dropped_by and RULES_BY_ID[dropped_by].id
    )
    ctx.trace.append(proposal)
    return proposal


def _offer(ctx: _Context, rule: str, made: list[Obligation], section: str | None, proposal: Proposal | None) -> None:
    """The obligations of one task become a candidate for the resolver, with the features it reads when its
    score can change what is kept (or explain shows it)."""
    scored = ctx.trace is not None or ctx.resolver.decides(rule)
    features = candidate_features(rule, made, ctx.node_at(section), ctx.doc_type) if scored else None
    candidate = Candidate(rule, made, features)
    ctx.candidates.append(candidate)
    if proposal is not None:
        proposal.candidate = candidate


def _roles(leads: list[Assignee], supports: list[tuple[Assignee, str]]) -> list[tuple[str, Assignee, list[str]]]:
    """(role, assignee, the id of the rule that gave a partner its role) for each lead, then each partner that
    is not also a lead; each name once per role."""
    lead_keys = {fold(a.canonical or a.raw) for a in leads}
    seen: set[tuple[str, str]] = set()
    out = []
    for role, a, role_rule in [("lead", a, None) for a in leads] + [("support", a, r) for a, r in supports]:
        key = fold(a.canonical or a.raw)
        if (role == "support" and key in lead_keys) or (role, key) in seen:
            continue
        seen.add((role, key))
        out.append((role, a, [RULES_BY_ID[role_rule].id] if role_rule else []))
    return out


def _kept_task(task: str) -> tuple[str | None, str | None]:
    """The task as kept (a liability clause cut off), or None and the id of the rule that says it is none."""
    liable = LIABILITY.search(task)
    if liable is not None:  # ``chịu trách nhiệm trước … nếu để xảy ra …``: liability, not a task
        after = task.find(";", liable.end())  # a task after its ``;``: the item's text kept as written
        if after < 0 or not task[after + 1 :].strip(" ;,.") or not task[: liable.start()].strip(" ;,"):
            task = task[: liable.start()].strip(" ;,")
        if not task:
            return None, "not_task.liability"
    if PAST_ACTION.match(task):
        return None, "not_task.past_action"  # ``Đã tham mưu UBND tỉnh ban hành …``: what was done
    if REWARD_CLAUSE.match(task):
        return None, "not_task.reward"  # ``hoàn thành tốt … được xem xét, khen thưởng``: a reward for a condition
    if QUOTA_ONLY.fullmatch(task):
        return None, "not_task.quota"  # ``Không quá 05 cá nhân``: how many it may propose
    if ENTITLEMENT.match(task):
        return None, "not_task.entitlement"  # ``được sử dụng con dấu …``: what it may do
    if SELF_DISSOLUTION.match(task):
        return None, "not_task.dissolution"  # ``tự giải thể sau khi hoàn thành nhiệm vụ``: its own end
    if CLOSING_FORMULA.match(task):
        return None, "not_task.closing"  # ``kính báo cáo UBND tỉnh./.``: a letter's last words
    return task, None


def _deadline_of(
    ctx: _Context, task: str, given: Deadline | None, given_rule: str | None, source: str
) -> tuple[Deadline, str | None]:
    """The task's deadline and the rule it comes from: the one given (a time field or column), else the
    task's own words, else its section's time field."""
    dl, rule = (given, given_rule) if given is not None else (ctx.deadline(task), "deadline.task")
    if not (dl.date or dl.raw or dl.recurrence):
        rule = None
        if ctx.section_deadlines and source == "prose":
            dl, rule = ctx.section_deadlines[-1], "deadline.field"  # the section's own time field
    if ctx.several_years:
        dl = every_year(dl)
    return dl, rule if (dl.date or dl.raw or dl.recurrence) else None


def _inline_assignment(ctx: _Context, task: str) -> tuple[list[Assignee], list[Assignee]] | None:
    """``(Cơ quan chủ trì: Sở Nội vụ; phối hợp: các sở)`` written inside a task."""
    m = search_at_words(ASSIGNMENT_LINE, task, _ASSIGNMENT_LINE_FIRSTS)
    if not m:
        return None
    return _split_names(ctx, m.group("lead") or ""), _split_names(ctx, m.group("support") or "")


# --- tables -----------------------------------------------------------------------------------------------


def _header(table: TableRows) -> tuple[int, dict[int, str]] | None:
    """The header row (index) and the kind of each grid column, if the table assigns tasks."""
    for i, row in enumerate(table.rows[:DEFAULT_HEADER_ROWS]):
        kinds: dict[int, str] = {}
        for col, text, _cont in row.cell_texts():
            kind = column_kind(text)
            # several lead columns lead together (``Chủ trì`` beside ``Thực hiện``); other kinds, the first
            if kind and (kind not in kinds.values() or kind == "lead"):
                kinds[col] = kind
        if "task" in kinds.values() and ({"lead", "support", "person"} & set(kinds.values())):
            # a two-row header: ``Cơ quan thực hiện`` over ``Chủ trì | Phối hợp``
            if i + 1 < len(table.rows):
                sub = {col: column_kind(text) for col, text, _cont in table.rows[i + 1].cell_texts() if text}
                # a kind the row above gave another column: the header printed again (``Nhiệm vụ`` under
                # ``STT``, one cell short), not the lower row of a two-row header
                moved = any(kind in kinds.values() and kinds.get(col) != kind for col, kind in sub.items())
                if sub and all(sub.values()) and not moved:
                    kinds.update({col: kind for col, kind in sub.items() if kind})
                    return i + 1, kinds
            return i, kinds
    return None


#: A header cell has at most this many words (a task or a name of a row of data is longer, or no column's word).
DEFAULT_HEADER_CELL_WORDS = 10


def _header_again(row: Line) -> bool:
    """A row that names columns again inside the table, in the same words or others, with or without its
    ``STT`` cell (``Nội dung | Cơ quan thực hiện | Cơ quan phối hợp | Thời hạn``): every filled cell a column's
    name, a task's or an assignee's among them, and two kinds at least."""
    texts = [t for _c, t, cont in row.cell_texts() if t and not cont]
    if len(texts) < 2 or any(len(t.split()) > DEFAULT_HEADER_CELL_WORDS for t in texts):
        return False
    kinds = set()
    for text in texts:
        kind = column_kind(text)
        if kind is None and not ROW_NUMBER_HEADER.match(text):
            return False
        kinds.add(kind)
    kinds.discard(None)
    return len(kinds) >= 2 and bool(kinds & {"task", "lead", "support", "person"})


_GROUP_LABEL = compiled(r"^(?:[IVXLC]+|[A-Z]|[a-zđ])[.)]?$")
_GROUP_TITLE = compiled(r"^(?P<label>[IVXLC]+|[A-Z])[.)]\s+\p{Lu}")
_ROW_NUMBER = compiled(r"^\d{1,3}(?:\.\d{1,3})*[.)]?$")


@dataclass
class _RowReader:
    """Reads the rows of one task table in order: each column's kind, and what a merged-down cell carries
    from the row above."""

    kinds: dict[int, str]
    number_col: int | None
    above: dict[int, str] = field(default_factory=dict)
    above_parts: dict[int, list[str]] = field(default_factory=dict)

    def read(self, row: Line) -> tuple[dict[str, str], list[str], list[str], str | None, list[tuple[int, str]]]:
        """(text per column kind, the parts of ``person`` cells, of ``lead`` cells, the row's number, its filled
        cells)."""
        values: dict[str, str] = {}
        person_parts: list[str] = []
        lead_parts: list[str] = []
        number = None
        cells = row.cell_texts()
        filled = [(c, t) for c, t, cont in cells if t and not cont]
        for col, text, cont in cells:
            if cont:
                text = self.above.get(col, "")
            else:
                self.above[col] = text
            kind = self.kinds.get(col)
            if kind in {"person", "lead"}:
                parts = row.cell_parts(col) if not cont else self.above_parts.get(col, [])
                self.above_parts[col] = parts
                (person_parts if kind == "person" else lead_parts).extend(parts)
            if kind and text:
                # the names of two lead columns are two lists (``Giám đốc`` | ``Phòng A, Phòng B``)
                joint = "; " if kind == "lead" and values.get(kind) else " "
                values[kind] = (values.get(kind, "") + joint + text).strip()
            elif kind:
                values.setdefault(kind, "")
            if col == self.number_col:
                number = text
        if number is None and filled and _ROW_NUMBER.match(filled[0][1]):
            number = filled[0][1]
        return values, person_parts, lead_parts, number, filled


def _group_row(filled: list[tuple[int, str]], values: dict[str, str]) -> str | None:
    """A group row's label: a label (I, II, A) and a title, no assignee; or ``I. Kinh tế số`` in one cell."""
    if not filled or values.get("lead") or values.get("person") or values.get("support"):
        return None
    if len(filled) <= 2 and _GROUP_LABEL.match(filled[0][1]):
        return filled[0][1].rstrip(".)")
    titled = _GROUP_TITLE.match(filled[0][1]) if len(filled) == 1 else None
    return titled.group("label") if titled else None


#: Rows read under a header to tell whether they open with a number the header has no cell for.
DEFAULT_NUMBER_ROWS = 5


def _after_numbers(table: TableRows, head_at: int, kinds: dict[int, str]) -> dict[int, str]:
    """The columns' kinds of a header printed without its ``STT`` cell (``Nội dung | Đơn vị thực hiện | …``) over
    rows one cell wider that open with their number (``1.1 | task | …``): each kind one column further on."""
    width = len(table.rows[head_at].cell_texts())
    below = [r.cell_texts() for r in table.rows[head_at + 1 : head_at + 1 + DEFAULT_NUMBER_ROWS]]
    numbered = [cells for cells in below if len(cells) == width + 1 and _ROW_NUMBER.match(cells[0][1])]
    if not numbered or len(numbered) * 2 < len([c for c in below if len(c) > 2]):
        return kinds
    return {col + 1: kind for col, kind in kinds.items()}


def _table(ctx: _Context, table: TableRows) -> None:
    found = _header(table)
    if found is None:
        return
    head_at, kinds = found
    header_texts = [fold(t) for _c, t, _x in table.rows[head_at].cell_texts()]
    base = table.section or table.appendix or ""
    group: str | None = None
    number_col = min((c for c, t, _x in table.rows[head_at].cell_texts() if ROW_NUMBER_HEADER.match(t)), default=None)
    if number_col is None:
        kinds = _after_numbers(table, head_at, kinds)
    reader = _RowReader(kinds, number_col)
    for row in table.rows[head_at + 1 :]:
        texts = [fold(t) for _c, t, _x in row.cell_texts()]
        if texts == header_texts or all(_COLUMN_NUMBER.fullmatch(t) or not t for t in texts) or _header_again(row):
            continue  # a header repeated (on a new page, in other words), or the column-number row ``(1) (2) (3)``
        values, person_parts, lead_parts, number, filled = reader.read(row)
        label = _group_row(filled, values)
        if label is not None:
            group = label
            continue
        task = values.get("task", "")
        if not task:
            continue
        leads = _split_names(ctx, values.get("lead", ""))
        if not leads and lead_parts:  # ``Người phụ trách``: people named without honorific
            leads = [a for part in lead_parts for a in _persons(ctx, part)]
        leads += [a for part in person_parts for a in _persons(ctx, part)]
        supports = _split_names(ctx, values.get("support", ""))
        if not leads and not supports:
            continue
        section = ".".join(p for p in (base, group, number.rstrip(".)") if number else None) if p) or None
        time = values.get("time")
        dl = ctx.deadline(time, cued=False) if time else ctx.deadline(task)
        _emit_at(
            ctx,
            leads,
            task,
            row.start,
            row.end,
            section,
            "assigned",
            rule="table.row",
            extra_support=supports,
            support_rule="support.column",
            read_partners=False,
            deadline=dl,
            deadline_rule="deadline.field" if time else "deadline.task",
            source="table",
        )


def _persons(ctx: _Context, cell: str) -> list[Assignee]:
    """A ``Người thực hiện`` cell: ``Đỗ Mạnh Cường; Vũ Việt Linh`` (or body names, read as such)."""
    out = []
    for piece in _PERSON_SEPARATOR.split(cell):
        piece = piece.strip(" .")
        if not piece:
            continue
        m = PERSON_CELL.match(piece)
        if m and m.group("name")[0].isupper() and not find_names(piece)[:1]:
            name = collapse_spaces(m.group("name"))
            out.append(
                Assignee(
                    raw=piece,
                    canonical=name,
                    kind="person",
                    person_name=name,
                    position=collapse_spaces(m.group("post")) if m.group("post") else None,
                )
            )
        else:
            out.extend(_split_names(ctx, piece))
    return out


# patterns of the functions above, compiled once (named after what they match)
_FULL_STOP = compiled(r"(?<=[.!?])\s+(?=\p{Lu})")  # where a heading's sentences part (not at ``;``)
_VERB_HEAD_KEYS = tuple(fold(h) for h in VERB_HEADS)
_HEADING_PARTS = compiled(r",|;|\bva\b")
_DASH = compiled(r"\s[-–—]\s")
_LIST_BY_PREPOSITION = compiled(r"(?i)\s+(?:với|theo|gồm|bao\s+gồm|thông\s+qua|qua)\s")
_BRACKET_ONLY = compiled(r"\s*\(.*\)\s*")
_BRACKET_AFTER = compiled(r"\s*\([^()]*\)")
_LOWER_START = compiled(r"\p{Ll}")
_SPACE_THEN_LOWER = compiled(r"\s+\p{Ll}")
_COLUMN_NUMBER = compiled(r"\(?\d+\)?")
_PERSON_SEPARATOR = compiled(r"\s*(?:;|\n|,(?=\s*\p{Lu}\p{Ll}*\s+\p{Lu}))\s*")
