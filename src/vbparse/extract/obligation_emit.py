"""The making of obligations from a task and its names: roles, partners, modes, deadlines, the candidate
and its trace."""

from __future__ import annotations

from dataclasses import replace

import regex

from ..chars import collapse_spaces, fold
from ..models import Assignee, Obligation
from ..pattern_cache import compiled, finditer_at_words, search_at_words
from ..structure.parser import Node
from ..tables.execution import EXECUTION_CLAUSE
from ..tables.name_clauses import PARTNER_IN_COMPLEMENT, PARTNERS_BEFORE_CUE, REPEATED_WITH
from ..tables.obligations import (
    ADVISED_BEFORE,
    ASSIGNMENT_LINE,
    IN_CHARGE_LINE,
    PARTNER_IN_NOUN,
    PARTNER_NOT,
    PARTNERS_BEFORE_ROLE,
    PURPOSE_OPENER,
    PURPOSE_PARTY_TAIL,
    PURPOSE_TASK,
)
from ..tables.rules import RULES_BY_ID, record_pattern
from ..tables.rules_not_task import NOT_TASK_RULES
from . import name_partner_parts
from .assignees import (
    lower_head_at,
    lower_member_before_known,
    make_assignee,
    positional_partners,
    subject,
)
from .deadlines import Deadline, every_year
from .name_lexicon import CAC, LEVEL, STOP, WORD, NameSpan, first_word, head_word_at, match_at, skip_spaces
from .name_partner_parts import RELATIVE_OPENERS, agent_clause_end, named_for_function
from .obligation_context import BRACKET_AFTER, DEFAULT_MAX_TASK_CHARS, Context, Proposal
from .obligation_names import assignees_of, split_names, with_sub_unit, with_sub_units
from .resolver import Candidate, candidate_features
from .sentences import TaskSentence, task_sentences

#: The cues these readers look for, looked up in the records that hold them (``tables/rules.py``): the record is the rule.
PARTNER = record_pattern("support.partner")


def node_text(n: Node, skip_assignment: bool = False) -> str:
    parts = []
    if n.heading:
        parts.append(n.heading + (":" if n.text else ""))
    for p in n.text_parts:
        if skip_assignment and (ASSIGNMENT_LINE.search(p) or IN_CHARGE_LINE.match(p)):
            continue
        parts.append(p)
    for c in n.children:
        parts.append(node_text(c, skip_assignment))
    return collapse_spaces(" ".join(p for p in parts if p))


#: The words every match of a pattern searched through a task's text begins with (in lower case): the pattern is
#: tried only where one stands (``pattern_cache.finditer_at_words``; ``regex`` tried its look-behind at every
#: position of the text).
_PARTNER_FIRSTS = ("phối",)
_EXECUTION_CLAUSE_FIRSTS = ("chịu", "có")
_ASSIGNMENT_LINE_FIRSTS = ("cơ", "đơn", "bộ", "chủ", "thực")


#: A list of partners going on after the names the grammar read: a comma or ``và`` and a capital, a plural in
#: lower case (``các doanh nghiệp du lịch`` + ``, các khách sạn và các hợp tác xã …``), or a noun no list knows in lower
#: case (``các hội người khuyết tật cấp xã`` + ``, nhóm tình nguyện viên …``): ``positional_partners`` reads them.
_LIST_GOES_ON = compiled(r"[ \t]*(?:,|và)[ \t]*\p{L}")


def _quoted(text: str, at: int) -> bool:
    """Whether ``at`` stands inside quotation marks (a model's or a campaign's name: ``mô hình "Nhà trường phối hợp
    với gia đình …"``): an opening ``“`` not closed before it, or an odd number of ``"`` before it on its line."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return line.count("“") > line.count("”") or line.count('"') % 2 == 1


def partners_of(ctx: Context, text: str, leads: list[Assignee]) -> list[Assignee]:
    """``phối hợp (với) X, Y`` → X, Y (not the leads themselves, not ``chặt chẽ`` or ``với nhau``)."""
    out: list[Assignee] = []
    seen = {fold(a.canonical or a.raw) for a in leads}
    for m in finditer_at_words(PARTNER, text, _PARTNER_FIRSTS):
        rest = text[m.end() :]
        if PARTNER_NOT.match(rest) or _advised_partner(text, m.start()) or _passive_agents(text, m.start()):
            continue
        if (
            PARTNER_IN_NOUN.search(text, max(0, m.start() - DEFAULT_PARTNER_NOUN_CHARS), m.start())
            or _quoted(text, m.start())
            or PARTNER_IN_COMPLEMENT.search(text, max(0, m.start() - DEFAULT_COMPLEMENT_CHARS), m.start())
        ):  # ``xây dựng quy chế phối hợp với X``, ``mô hình "Nhà trường phối hợp với …"``: a name's words (decision 8);
            continue  # ``cho viên chức … phối hợp với X``: whom the task is about

        names = _past_repeated_with(rest, _cue_partners(rest, m.group()))
        made = assignees_of(ctx, rest, names)
        for a in with_sub_units(made, rest, names) if len(names) > 1 else with_sub_unit(made, rest, names, len(rest)):
            key = fold(a.canonical or a.raw)
            if key not in seen:
                seen.add(key)
                out.append(a)
    roles = [*PARTNERS_BEFORE_ROLE.finditer(text)] if "phối hợp" in text and " là " in text else []
    # ``X chủ trì, Y và Z phối hợp …``: named before their own cue, where the predicate opens with the lead's role (not
    # a team's inside the task: ``thành lập Đoàn … với cơ quan thụ lý chủ trì, Thanh tra tỉnh … phối hợp``)
    split = PARTNERS_BEFORE_CUE.match(text, len(text) - len(text.lstrip())) if "phối hợp" in text else None
    roles += [split] if split is not None and _names_only(split.group("names")) else []
    for m in roles:  # ``…, Y và Z là cơ quan phối hợp``: named before their role (looked for only where it may be)
        listed = m.group("names")
        for a in assignees_of(ctx, listed, subject(listed)[0]):
            if (key := fold(a.canonical or a.raw)) not in seen:
                seen.add(key)
                out.append(a)
    return out


def _names_only(listed: str) -> bool:
    """Whether ``listed`` is names and nothing else (the subject grammar reads to its end): partners, no clause."""
    names, _end, _mode = subject(listed)
    return bool(names) and not listed[names[-1].end :].strip(" \t,")


def _cue_partners(rest: str, cue: str) -> list[NameSpan]:
    """The partners named in ``rest``, right after the partner cue ``cue`` (``phối hợp với``)."""
    names, end, _mode = subject(rest)
    clause = bool(names) and _clause_after(rest, names[-1])
    trade = bool(names) and name_partner_parts.trade_goes_on(
        rest, names[-1]
    )  # (``… kinh doanh lưu trú`` + ``và ăn uống``)
    if names and (_LIST_GOES_ON.match(rest, end) or _function_after(rest, end) or clause or trade):
        # ``Công an tỉnh`` + ``, Nhà văn hóa thiếu nhi``: one no list knows; ``các ban`` + ``quản lý …``; ``các
        # doanh nghiệp`` + ``có đông công nhân …``: what its members have (as many names, the last reaching further)
        more = positional_partners(rest)
        placed = any(LEVEL.match(rest[n.start : n.start + 12].lower()) for n in more[len(names) :])
        further = len(more) > len(names) or (
            (clause or trade) and len(more) == len(names) and more[-1].end > names[-1].end
        )
        names = more if further and more[0].start == names[0].start and not placed else names
    if not names and (
        fold(cue).rstrip().endswith(("voi", "cung"))
        or rest[:1].isupper()
        or lower_head_at(rest, 0)
        or lower_member_before_known(rest)  # (``Phối hợp chính quyền địa phương, Mặt trận cơ sở …``)
    ):
        # ``phối hợp với chi hội người cao tuổi, các câu lạc bộ …``; without ``với`` a capital opens a name (or a
        # head in lower case before one: ``phối hợp chặt chẽ lực lượng Công an …``), a verb after ``phối hợp`` is
        # in lower case (``phối hợp tổ chức …``)
        names = positional_partners(rest) or positional_partners(_SUB_UNIT.sub(_blank, rest))  # (``X (Y) và Z``)
    return _past_sub_units(rest, names)


def _shifted(names: list[NameSpan], shift: int) -> list[NameSpan]:
    """``names`` read in a slice of the text starting at ``shift``, as offsets in the whole text."""
    return [
        replace(n, start=n.start + shift, end=n.end + shift, alias_end=n.alias_end and n.alias_end + shift)
        for n in names
    ]


def _past_repeated_with(rest: str, names: list[NameSpan]) -> list[NameSpan]:
    """The partners, the list going on past ``và với`` after the last (``phối hợp với Hội A và với Ủy ban nhân dân các
    xã …``): each after it read as right after the cue."""
    while names and (joiner := REPEATED_WITH.match(rest, names[-1].end)) is not None:
        more = _cue_partners(rest[joiner.end() :], "với")
        if not more:
            break
        names = names + _shifted(more, joiner.end())
    return names


#: An executing sub-unit's brackets after a partner (``Công an tỉnh (Phòng Cảnh sát giao thông)``), and the list's
#: joiner after them (the brackets as ``with_sub_unit`` reads them: ``BRACKET_AFTER``).
_SUB_UNIT = compiled(r"\([^()\n]*\)")
_LIST_JOINER = compiled(r"[ \t]*(?:,|và)[ \t]+")


def _blank(m: regex.Match[str]) -> str:
    """A sub-unit's brackets as spaces, so that the partners no list knows are read around them, offsets kept: a
    bracket that opens with a body's head (``(Trạm quản lý Bến Dâu)``), not one that lists examples (``các nhà mạng
    (Viettel …, VNPT …)``: the gold's partners are those, not read here)."""
    return " " * len(m.group()) if head_word_at(m.group(), 1) is not None else m.group()


def _past_sub_units(rest: str, names: list[NameSpan]) -> list[NameSpan]:
    """The partners, the list going on past a partner's sub-unit in brackets (``phối hợp với Công an tỉnh (Phòng Cảnh
    sát giao thông) và Ủy ban nhân dân các xã …``: decision 17 keeps the sub-unit in its name, the next name is
    another partner)."""
    while names and (bracket := BRACKET_AFTER.match(rest, names[-1].end)) is not None:
        joiner = _LIST_JOINER.match(rest, bracket.end())
        more = subject(rest[joiner.end() :])[0] if joiner else []
        if not (joiner and more):
            break
        names = names + _shifted(more, joiner.end())
    return names


def _clause_after(text: str, last: NameSpan) -> bool:
    """Whether a clause of what its members have, did or do follows a plural partner (``các doanh nghiệp`` + ``có
    đông công nhân …``: ``RELATIVE_OPENERS``)."""
    after = WORD.match(text, skip_spaces(text, last.end))
    opens = after is not None and (
        after.group() in RELATIVE_OPENERS or agent_clause_end(text, after, last.start) is not None
    )
    return opens and CAC.match(text, last.start) is not None


def _function_after(text: str, end: int) -> bool:
    """Whether a standing function follows a committee's plural where the grammar ended it (``các ban`` + ``quản lý
    khu công nghiệp``): what they are named for, read with the partners no list knows."""
    q = skip_spaces(text, end)
    verb = match_at(STOP, first_word(text, q), text, q) if text[q : q + 1].islower() else None
    return verb is not None and named_for_function(text, q, verb)


#: The agent of a passive clause (``do Sở Tài chính`` + ``phối hợp với …``: by whom what the clause says was done), in
#: the clause the partner cue stands in.
_PASSIVE_AGENT = compiled(r"(?<![\p{L}])do[ \t]+(?:\p{Lu}|các[ \t])[^,;.]*$")


def _passive_agents(text: str, at: int) -> bool:
    """The ``phối hợp`` at ``at`` is the partnership of a passive clause's agent (``kết quả khảo sát do Sở A phối hợp
    với B thực hiện, …``): what others did, no partner of the task."""
    start = max(text.rfind(",", 0, at), text.rfind(";", 0, at), text.rfind(".", 0, at)) + 1
    return _PASSIVE_AGENT.search(text, start, at) is not None


def _advised_partner(text: str, at: int) -> bool:
    """The ``phối hợp`` at ``at`` is the advised superior's (``tham mưu UBND tỉnh phối hợp Bộ Y tế …``): what
    stands between ``tham mưu`` and it is only names."""
    advised = ADVISED_BEFORE.search(text, max(0, at - DEFAULT_ADVISED_CHARS), at)
    if advised is None:
        return False
    body = advised.group("body")
    names, end, _mode = subject(body)
    return bool(names) and not body[end:].strip()


#: How far before a purpose clause's ``để`` the word that sends the report to its body is looked for.
DEFAULT_PURPOSE_CHARS = 160
#: How far before a ``phối hợp`` a noun that makes it a noun phrase's word is looked for (``thỏa thuận ``, ``Chương
#: trình hành động chung ``).
DEFAULT_PARTNER_NOUN_CHARS = 40
#: How far before a ``phối hợp`` the complement it may qualify is looked for (``cho viên chức tham gia ca trực đêm ``).
DEFAULT_COMPLEMENT_CHARS = 80
#: How far before a ``phối hợp`` the ``tham mưu`` of an advised superior is looked for.
DEFAULT_ADVISED_CHARS = 100


def emit(
    ctx: Context,
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
    emit_at(
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


#: What a task's text holds past the document's end mark (``… thi hành Quyết định này./.`` + ``#``, + ``KT.``: a
#: converter's empty heading or the signature's first word joined to the last article): no words of the task.
_PAST_END_MARK = compiled(r"(?<=\./\.)[ \t].*$")


def emit_at(
    ctx: Context,
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
    task = _PAST_END_MARK.sub("", collapse_spaces(task)).strip(" ;,")
    if not task or not leads and not extra_support:
        return
    if part is None and source == "prose":
        sentences = task_sentences(task, ctx.st.text, start, end)
        if len(sentences) > 1:
            partners = (extra_support, support_rule, read_partners)
            _emit_sentences(ctx, sentences, leads, start, end, section, mode, rule, partners, deadline, deadline_rule)
            return
    kept, dropped_by = _kept_task(task, rule)
    proposal = _traced(ctx, rule, [*leads, *(extra_support or [])], task, start, end, dropped_by)
    if kept is None:
        return
    task = kept
    inline = _inline_assignment(ctx, task)
    if inline is not None and not leads:
        leads = inline[0]
    dl, dl_rule = _deadline_of(ctx, task, deadline, deadline_rule, source)
    supports = _supports(ctx, task, leads, extra_support, support_rule, read_partners, inline[1] if inline else [])
    also = _marks(mode, dl_rule, part, task)
    template = Obligation(
        assignee=leads[0] if leads else supports[0][0],
        mode=mode,  # type: ignore[arg-type]
        task=task[:DEFAULT_MAX_TASK_CHARS],
        deadline=dl.date,
        deadline_raw=dl.raw,
        deadline_precision=dl.precision,  # type: ignore[arg-type]
        recurrence=dl.recurrence,  # type: ignore[arg-type]
        section=section or None,  # a letter's unnumbered paragraphs stand in no section
        source=source,  # type: ignore[arg-type]
        span=ctx.st.mapped.span(start, end),
    )
    made = [
        template.model_copy(update={"assignee": a, "role": role, "evidence": [RULES_BY_ID[rule].id, *extra]})
        for role, a, extra in _roles(leads, supports, also)
    ]
    if made:
        _offer(ctx, rule, made, section, proposal)
    _purpose_party(ctx, rule, task, leads, (start, end), section, source)


def _purpose_party(
    ctx: Context, rule: str, task: str, leads: list[Assignee], at: tuple[int, int], section: str | None, source: str
) -> None:
    """``… báo cáo kết quả về Sở X để tổng hợp, báo cáo UBND tỉnh`` (decision 15): the body the report goes to is
    given what the purpose clause says it does, when only names (a bracket, a time) stand between the word that
    sends it there and ``để``."""
    purpose = PURPOSE_TASK.search(task) if rule != "purpose.synthesis" else None
    if purpose is None:
        return
    for opener in reversed(
        list(PURPOSE_OPENER.finditer(task, max(0, purpose.start() - DEFAULT_PURPOSE_CHARS), purpose.start()))
    ):
        party = task[opener.end() : purpose.start()]
        names, name_end, _mode = subject(party)
        if names and PURPOSE_PARTY_TAIL.match(party, name_end):
            keys = {fold(a.canonical or a.raw) for a in leads}
            parties = [a for a in assignees_of(ctx, party, names) if fold(a.canonical or a.raw) not in keys]
            if parties:
                task_of = purpose.group("task")
                emit_at(ctx, parties, task_of, *at, section, "assigned", rule="purpose.synthesis", source=source)
            return


def _supports(
    ctx: Context,
    task: str,
    leads: list[Assignee],
    extra_support: list[Assignee] | None,
    support_rule: str,
    read_partners: bool,
    inline: list[Assignee],
) -> list[tuple[Assignee, str]]:
    """A task's partners with the rule that made each: those given from outside its text, then those it names, then
    those of a field inside it (``inline``)."""
    supports = [(a, support_rule) for a in extra_support or []]
    if read_partners:
        supports += [(a, "support.partner") for a in partners_of(ctx, task, leads + (extra_support or []))]
    return supports + [(a, "support.field") for a in inline]


def _read_by(name: Assignee) -> list[str]:
    """The ``name.*`` record that read the name a task is given to (``Assignee.name_rule``), looked up in the declared
    rules as every other id of its evidence."""
    return [RULES_BY_ID[name.name_rule].id] if name.name_rule else []


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
    ctx: Context,
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
    ``partners``: the item's ``extra_support``, ``support_rule`` and ``read_partners`` (``emit_at``)."""
    extra_support, support_rule, read_partners = partners
    for i, sentence in enumerate(sentences):
        own = [make_assignee(sentence.text, s, ctx.home) for s in sentence.names]
        emit_at(
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
    ctx: Context, rule: str, names: list[Assignee], task: str, start: int, end: int, dropped_by: str | None
) -> Proposal | None:
    """The proposal as ``vbparse explain`` shows it, when a trace is kept."""
    if ctx.trace is None:
        return None
    where = ctx.st.mapped.span(start, end)
    proposal = Proposal(
        where.start,
        where.end,
        rule,
        [a.raw for a in names],
        task,
        dropped_by and RULES_BY_ID[dropped_by].id,
        reader=ctx.reader,
    )
    ctx.trace.append(proposal)
    return proposal


def _offer(ctx: Context, rule: str, made: list[Obligation], section: str | None, proposal: Proposal | None) -> None:
    """The obligations of one task become a candidate for the resolver, with the features it reads when its
    score can change what is kept (or explain shows it)."""
    scored = ctx.trace is not None or ctx.resolver.decides(rule)
    features = candidate_features(rule, made, ctx.node_at(section), ctx.doc_type) if scored else None
    candidate = Candidate(rule, made, features)
    ctx.candidates.append(candidate)
    if proposal is not None:
        proposal.candidate = candidate


def _roles(
    leads: list[Assignee], supports: list[tuple[Assignee, str]], also: list[str]
) -> list[tuple[str, Assignee, list[str]]]:
    """(role, assignee, the id of the rule that gave a partner its role, ``also``, the name's record) for each lead,
    then each partner that is not also a lead; each name once per role."""
    lead_keys = {fold(a.canonical or a.raw) for a in leads}
    seen: set[tuple[str, str]] = set()
    out = []
    for role, a, role_rule in [("lead", a, None) for a in leads] + [("support", a, r) for a, r in supports]:
        key = fold(a.canonical or a.raw)
        if (role == "support" and key in lead_keys) or (role, key) in seen:
            continue
        seen.add((role, key))
        out.append((role, a, [*([RULES_BY_ID[role_rule].id] if role_rule else []), *also, *_read_by(a)]))
    return out


#: The not-task records' tests, unpacked once per tuple of records (``NOT_TASK_RULES``, or one a test puts in its place).
_TESTS: list[tuple[tuple, tuple[tuple[str, str, regex.Pattern[str], tuple[str, ...]], ...]]] = []


def _not_task_tests(records: tuple) -> tuple[tuple[str, str, regex.Pattern[str], tuple[str, ...]], ...]:
    if not _TESTS or _TESTS[0][0] is not records:
        tests = tuple((r.id, r.test.how, r.test.pattern, r.test.after) for r in records if r.test is not None)
        _TESTS[:] = [(records, tests)]
    return _TESTS[0][1]


def _kept_task(task: str, rule: str = "") -> tuple[str | None, str | None]:
    """The task as kept (a liability clause cut off), or None and the id of the ``not_task`` record that says it is
    none: each record's own test (``TaskTest``), in the records' declared order; ``rule``: the reader's, which says
    whose words the task follows (a sentence's subject asks, a table's cell gives)."""
    for record_id, how, pattern, after in _not_task_tests(NOT_TASK_RULES):
        if after and rule not in after:
            continue
        if how == "cut":
            found = pattern.search(task)
            if found is not None:
                end = task.find(";", found.end())  # a task after its ``;``: the item's text kept as written
                if end < 0 or not task[end + 1 :].strip(" ;,.") or not task[: found.start()].strip(" ;,"):
                    task = task[: found.start()].strip(" ;,")
                if not task:
                    return None, record_id
        elif (pattern.fullmatch if how == "fullmatch" else pattern.match)(task):
            return None, record_id
    return task, None


def _deadline_of(
    ctx: Context, task: str, given: Deadline | None, given_rule: str | None, source: str
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


def _inline_assignment(ctx: Context, task: str) -> tuple[list[Assignee], list[Assignee]] | None:
    """``(Cơ quan chủ trì: Sở Nội vụ; phối hợp: các sở)`` written inside a task."""
    m = search_at_words(ASSIGNMENT_LINE, task, _ASSIGNMENT_LINE_FIRSTS)
    if not m:
        return None
    return split_names(ctx, m.group("lead") or ""), split_names(ctx, m.group("support") or "")
