"""The names a task's words hold: the subject of a sentence, the sentences of a paragraph, the names and
posts a field lists, sub-units, standing names."""

from __future__ import annotations

import functools
from dataclasses import replace

from ..chars import collapse_spaces, fold, nfc
from ..models import Assignee
from ..pattern_cache import compiled, finditer_after_chars
from ..structure.parser import Node
from ..tables.deadlines import BY_REFERENCE
from ..tables.field_labels import FIELD_BLOCK
from ..tables.obligations import (
    ACTING_RIGHT,
    ADDRESSED_LEAD_IN,
    ADVERBIAL_MAX_CHARS,
    ADVERBIAL_OPENER,
    CONCERNING,
    CONDITION_THEN,
    CONNECTIVE,
    CRITERIA_SECTION_WORDS,
    DIFFICULTY_CONDITION,
    FIELD_HONORIFIC,
    FIELD_LIST_MARK,
    FIELD_LIST_SEPARATOR,
    INSERTED_CLAUSE,
    NOT_A_NAME_START,
    NOT_A_PREDICATE,
    ORDINAL_ITEM,
    PERSON_APPOSITION,
    POST_SCOPE,
    REQUEST_WORD,
    ROLE_START,
)
from ..tables.patterns import COLLECTIVE_END, MEMBER_LIST
from ..tables.portfolios import PORTFOLIO
from ..tables.rules import record_pattern
from ..tables.units import COUNTRY_NAMES
from .assignees import (
    CAPITALISED_VERB,
    DOCUMENT_HEADS,
    GATED_HEADS,
    UNIT_NUMBER,
    NameSpan,
    described_words,
    find_names,
    make_assignee,
    name_at,
    name_shaped,
    names_a_place,
    opens_with_non_subject,
    opens_with_verb,
    person_shaped,
    post_of_known_at,
    register_cache,
    subject,
)
from .branch_parents import with_branch_parents
from .clause_commas import clause_starts, uncommaed_start
from .defined_names import DEFINED_NAMES, SET_UP_RULE, WHOLE_NAMES, WHOLE_RULE, set_up_name_at
from .execution_addressees import execution_addressees
from .lead_in_frame import Subject, cut_at_frame
from .name_closed_runs import (
    committee_function_tail,
    run_to_level,
    runs_to_its_level,
    second_field_end,
    whole_bare_committee,
    with_committee_functions,
    with_field_rest,
)
from .name_fields import closed_by_proper_name, known_place_end, names_another
from .name_functions import is_function_verb
from .name_lexicon import CAC, GRADE, LEVEL, LOWER_LIST, WORD, adverb_alone, skip_spaces, split_place
from .name_verbs import ends_with_task_verb, opens_with_lower_head
from .obligation_context import BRACKET_AFTER, DEFAULT_SUBJECT_CACHE, LOWER_START, Context, bracket_list_labels
from .scope_brackets import (
    read_past_quoted_parts,
    read_past_scope_bracket,
    read_past_scope_dashes,
    read_past_sub_units,
)
from .unit_numbers import NUMBER_AT_END
from .value_tails import (
    BARE_PLURAL_CLASS,
    DEFAULT_FIELD_TAIL_WORDS,
    having_clause_goes_on,
    opens_no_verb,
    says_which,
    scope_tail,
)
from .verb_list_cut import cut_at_verb_list

#: The cues these readers look for, looked up in the records that hold them (``tables/rules.py``): the record is the rule.
FIELD_LABEL = record_pattern("fields.item")
TASK_LIST_INTRO = record_pattern("lead_in.items")

#: words that make a name plural, with their marks (folded, ``mỗi`` would be ``môi`` of ``môi trường``)
PLURAL_WORDS = frozenset({"các", "mỗi", "những", "từng"})


def with_sub_unit(names: list[Assignee], sentence: str, spans: list[NameSpan], end: int) -> list[Assignee]:
    """Decision 17: an executing sub-unit in brackets after the last name (a subject's or a partner's) stays in its
    name as written (``Sở Xây dựng (Phòng Quản lý vận tải)``), its canonical name the body's."""
    if not names or not spans:
        return names
    bracket = BRACKET_AFTER.match(sentence, spans[-1].end)
    if bracket is None or bracket.end() > end:
        return names
    inner = sentence[bracket.start() : bracket.end()].strip()[1:-1]
    found = find_names(inner)
    if not found or found[0].start != 0:
        return names
    raw = collapse_spaces(sentence[spans[-1].start : bracket.end()]).strip(" ,;:-")
    return [*names[:-1], names[-1].model_copy(update={"raw": raw})]


def with_sub_units(names: list[Assignee], text: str, spans: list[NameSpan]) -> list[Assignee]:
    """Decision 17 for a list of names (a labelled field's: ``Cơ quan phối hợp: A, B (Phòng C), D``): each name
    with its executing sub-unit in brackets as written; a name inside those brackets is no assignee of its own."""
    out: list[Assignee] = []
    inside_until = -1
    for name, span in zip(names, spans, strict=True):
        if span.start < inside_until:
            continue
        bracket = BRACKET_AFTER.match(text, span.end)
        found = find_names(text[bracket.start() : bracket.end()].strip()[1:-1]) if bracket else []
        if bracket is None or not found or found[0].start != 0:
            out.append(name)
            continue
        inside_until = bracket.end()
        raw = collapse_spaces(text[span.start : bracket.end()]).strip(" ,;:-")
        out.append(name.model_copy(update={"raw": raw}))
    return out


def assignees_of(ctx: Context, text: str, spans: list[NameSpan]) -> list[Assignee]:
    return [make_assignee(text, s, ctx.home) for s in spans]


def find_subject(sentence: str) -> tuple[list[NameSpan], int, int, str] | None:
    """The subject of a sentence: (names, where they start, where the predicate starts, mode).  The names
    open the sentence, or follow an adverbial clause (``Căn cứ Kế hoạch này, các sở … xây dựng``); a
    bracket right after them (``Sở Nội vụ (cơ quan thường trực …)``) is skipped.  A sentence is asked for its
    subject by several readings of its item (a heading, its task, its clauses): it is read once."""
    found, gated = subject_reading(sentence, DOCUMENT_HEADS.get(), DEFINED_NAMES.get())
    noting = GATED_HEADS.get()
    if noting is not None:
        noting.update(gated)  # a reading kept from another document notes this one's heads too
    return None if found is None else (list(found[0]), found[1], found[2], found[3])


def gated_heads_of(sentence: str) -> frozenset[str]:
    """The heads ``find_subject`` turned away before a task verb in ``sentence`` (kept with its reading)."""
    return subject_reading(sentence, DOCUMENT_HEADS.get(), DEFINED_NAMES.get())[1]


def _subject_starts(sentence: str) -> tuple[list[int], set[int]]:
    """Where a sentence's subject may begin: its start, after a leading clause's commas (also returned apart), after
    a condition's ``thì``, after a difficulty's condition, and at a request inside it."""
    connective = CONNECTIVE.match(sentence)  # ``Vì vậy, X …``: X is the subject, the connective none of its words
    starts = [connective.end() if connective else 0]
    clause_commas: set[int] = set()
    if ADVERBIAL_OPENER.match(sentence):
        # after the clause's comma or semicolon, where a name begins with ``các`` or a capital letter
        # (not inside a list such as ``Chiến lược, Chương trình``'s or ``sở, ban, ngành``'s)
        clause_commas = clause_starts(sentence)  # (not inside a name: ``Bộ Văn hóa, Thể thao và Du lịch``)
        starts += sorted(clause_commas)
        if (after := uncommaed_start(sentence)) is not None and after < min(clause_commas, default=after + 1):
            starts.append(after)  # ``Trong quá trình thực hiện`` + ``Thủ trưởng …``: a clause's comma not printed
    condition = CONDITION_THEN.match(sentence)  # ``Đối với … thì X có trách nhiệm …``
    if condition:
        starts.append(condition.end())
    # ``nếu có vướng mắc`` + X …: asked only of a sentence with ``có`` in its opening (most have none)
    difficulty = (
        DIFFICULTY_CONDITION.search(sentence, 0, ADVERBIAL_MAX_CHARS)
        if " có " in sentence[:ADVERBIAL_MAX_CHARS] or " cần " in sentence[:ADVERBIAL_MAX_CHARS]
        else None
    )
    if difficulty:
        starts.append(difficulty.end())
    # a request inside the sentence: ``Trong quá trình thực hiện, nếu có vướng mắc đề nghị các bộ phận …``
    if _may_request(sentence):
        starts += [m.start() for m in REQUEST_WORD.finditer(sentence) if m.start() > 0]
    return starts, clause_commas


@register_cache
@functools.lru_cache(maxsize=DEFAULT_SUBJECT_CACHE)
def subject_reading(
    sentence: str, _taught: frozenset[str], _defined: frozenset[str]
) -> tuple[Subject | None, frozenset[str]]:
    """``find_subject``'s reading, kept per sentence and per set of heads the document teaches (``DOCUMENT_HEADS``,
    which the subject read by where it stands consults), with the heads it turned away before a task verb
    (``GATED_HEADS``): kept with the reading, so that a document read after another with the same sentence is
    taught as it would be alone (it was not: the second found the reading kept and noted nothing)."""
    gated: set[str] = set()
    token = GATED_HEADS.set(gated)
    try:
        read = (
            read_past_scope_dashes(sentence, _read_subject)
            or read_past_sub_units(sentence, _read_subject)
            or read_past_quoted_parts(sentence, _read_subject)
            or _read_subject(sentence)
            or read_past_scope_bracket(sentence, _read_subject)
        )
        read = whole_bare_committee(sentence, cut_at_verb_list(sentence, _with_execution_addressees(sentence, read)))
        return cut_at_frame(sentence, read), frozenset(gated)
    finally:
        GATED_HEADS.reset(token)


def _with_execution_addressees(sentence: str, read: Subject | None) -> Subject | None:
    """The grammar's reading of ``sentence``, or, when it stops short of an execution clause's predicate, the
    clause's addressees (``execution_addressees``: ``Trưởng phòng Kế hoạch tổng hợp, …``)."""
    found = execution_addressees(sentence) if read is None or read[1] == 0 else None
    if found is None or (read is not None and read[2] >= found[1]):
        return read
    return tuple(found[0]), 0, found[1], "assigned"


def _read_subject(sentence: str) -> Subject | None:
    """The subject of ``sentence`` (``find_subject``), read afresh."""
    if FIELD_LABEL.match(sentence) or FIELD_BLOCK.match(sentence):
        return None  # ``Đơn vị chủ trì: …``, ``Cơ quan chủ trì``: the label's head noun names no one
    starts, clause_commas = _subject_starts(sentence)
    # the first place a subject begins: a request before a clause's comma asks all the names it lists
    # (``Để …; yêu cầu Thủ trưởng các sở, Chủ tịch UBND các huyện … nỗ lực …``, 58), not those after a comma
    # ``Đối với Xưởng Cơ khí:`` over items addresses them, no clause: a name no list knows stands there too
    adverbial = ADVERBIAL_OPENER.match(sentence) is not None and ADDRESSED_LEAD_IN.match(sentence) is None
    # ``Đối với các xã khó khăn, Sở Y tế cử …``: what the clause concerns is no subject when who acts follows its
    # comma with a predicate; a heading with no verb (``Đối với các tiêu khu, các bộ phận …``) is still addressed
    order = sorted(set(starts))
    concerning = _concerning_clause(sentence, clause_commas)
    if concerning:
        order = [*order[1:], 0]
    for start in order:
        if sentence.count("(", 0, start) > sentence.count(")", 0, start):
            continue  # inside a bracket: ``(Chủ tịch, các Phó Chủ tịch)`` is no subject of the sentence
        # where the subject stands, a noun phrase no list knows is the subject too; not the leading clause's
        # after a comma of the leading clause, a phrase no list knows may be the clause's own list's
        # (``Trên cơ sở ý kiến của …, Trung ương Hội, Ủy ban Hội thực hiện …``): the list opens with a known name
        names, end, mode = subject(
            sentence[start:], positional=bool(start) or not adverbial, unknown_first=start not in clause_commas
        )
        names, end, mode = _as_set_up(sentence, start, names, end, mode)
        if not names:
            continue
        if names[-1].kind == "person" and (what := PERSON_APPOSITION.match(sentence, start + end)) is not None:
            end = what.end() - start if is_predicate(sentence[what.end() :]) else end  # (``…, người có uy tín …,``)
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
        if concerning and start and not is_predicate(sentence[end:].lstrip(" ,")):
            continue  # after the clause's comma a name with no verb: the clause's own list (``…, các bộ phận``)
        bracket = BRACKET_AFTER.match(sentence[end:])
        if bracket:
            end += bracket.end()
        names, end = run_to_level(sentence, names, end)  # ``Ban Quản lý dự án đầu tư`` + ``xây dựng … tỉnh``
        acting = ACTING_RIGHT.match(sentence[end:])
        if acting and is_predicate(sentence[end + acting.end() :]):  # ``… theo chức năng, nhiệm vụ hướng dẫn …``
            end += acting.end()
        end = _past_inserted_clause(sentence, end)
        if sentence[end : end + 1] == "," and post_set_off(sentence, names[-1], end + 1):
            end += 1  # ``Đồng chí Hà Thị Lan, Phó Chủ tịch UBND xã,`` + the task: the apposition's closing comma
        return tuple(names), start, end, mode
    return None


def post_set_off(text: str, person: NameSpan, after: int) -> bool:
    """A person's post set off by commas, then a verb (``Đồng chí Hà Thị Lan, Phó Chủ tịch UBND xã,`` + ``vận động
    …``, ``after`` past the closing comma): the person is the subject; not a post after a dash whose field holds a
    comma (``Bà A - Trưởng phòng Quản lý hộ kinh doanh, cá nhân, …``: a roster)."""
    return (
        person.position is not None
        and person.person_name is not None
        and f"{person.person_name}," in text[person.start : after]
        and is_predicate(text[after:].lstrip())
    )


def _as_set_up(
    sentence: str, start: int, names: list[NameSpan], end: int, mode: str
) -> tuple[list[NameSpan], int, str]:
    """The subject read at ``start`` (offsets from it), or the name a body the document set up was given when the
    sentence opens with it and the grammar read less of it (``Tổ`` + ``kiểm đếm tài sản thu hồi …``) or more, a verb
    no list knows taken for its words (``Hội đồng Giám khảo`` + ``ra đề thi …``), not its level or a proper name."""
    defined = DEFINED_NAMES.get()
    found = set_up_name_at(sentence, start, defined) if defined else None
    set_up, rule = (found[0], WHOLE_RULE if found[1] in WHOLE_NAMES.get() else SET_UP_RULE) if found else (None, "")
    if set_up is None or (names and (len(names) > 1 or start + names[0].end == set_up)):
        return names, end, mode
    if (
        names
        and start + names[0].end > set_up
        and (LEVEL.match(sentence, set_up + 1) or not _lower_run(sentence, set_up))
    ):
        return names, end, mode  # more of the name than was set up: its level (``… cấp tỉnh``), a proper name
    return [NameSpan(0, set_up - start, "other", rule=rule)], set_up - start, mode or "assigned"


def _lower_run(sentence: str, pos: int) -> bool:
    """Whether the word after ``pos`` is in lower case (a verb, not a proper name going on)."""
    nxt = WORD.search(sentence, pos)
    return nxt is not None and nxt.group()[:1].islower()


def _concerning_clause(sentence: str, clause_commas: set[int]) -> bool:
    """Whether ``sentence`` opens with ``(Riêng) đối với`` and a clause its first comma (not a semicolon: ``Đối với Ban
    Tổ chức Tỉnh ủy; …`` is a list's line) closes."""
    if not clause_commas or CONCERNING.match(sentence) is None:
        return False
    first = min(clause_commas)
    return sentence[:first].rstrip().endswith(",") and ";" not in sentence[:first]


def _past_inserted_clause(sentence: str, end: int) -> int:
    """Past a clause set between commas after the subject (``INSERTED_CLAUSE``: ``Sở Tài chính, trên cơ sở đề xuất
    của các cơ quan, đơn vị, chủ trì …``): the first comma after which the predicate goes on; ``end`` when none."""
    inserted = INSERTED_CLAUSE.match(sentence, end)
    if inserted is None:
        return end
    limit = min(len(sentence), end + ADVERBIAL_MAX_CHARS)
    comma = sentence.find(",", inserted.end(), limit)
    while comma != -1:
        after = sentence[comma + 1 :]  # a task verb, or one of a standing function no name's stop is (``kiểm soát``)
        verb = opens_with_verb(after) or is_function_verb(" ".join(after.split()[:2]))
        if verb and is_predicate(after.lstrip()):
            return comma + 1
        comma = sentence.find(",", comma + 1, limit)
    return end


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
            out.append(" " if LOWER_START.match(p) else "\n")
        out.append(p)
    return "".join(out)


def in_criteria_section(node: Node) -> bool:
    n: Node | None = node
    while n is not None:
        if any(w in fold(n.heading or "") for w in CRITERIA_SECTION_WORDS):
            return True
        n = n.parent
    return False


def is_predicate(rest: str) -> bool:
    """The words after a subject go on as its predicate (a verb or role word), not as a clause about it
    (``UBND tỉnh về việc …``) or a list."""
    r = rest.lstrip(" ,")
    if r[:1] == ":" and r[1:].strip()[:1].isalpha():
        r = r[1:].lstrip()  # ``Giao UBND các phường, xã: Kim Liên, …: Quản lý …``: the names, a colon, their task
        if name_at(r, 0) is not None:
            return False  # ``Thư ký: Bà Đỗ Thu Hà …``: a post and who holds it, a roster's line
        if (fields := PORTFOLIO.match(r)) is not None and r[fields.end() :].lstrip(" \t")[:1] in ("", ",", ";"):
            return False  # ``Giám đốc các Sở: A, B: Công Thương, …``: more departments (a scan's ``:`` for ``;``)
        return NOT_A_PREDICATE.match(r[:1].lower() + r[1:]) is None
    if r and CAPITALISED_VERB.match(r):
        return True  # a heading run into its sentence: ``Công chức Văn hóa - Xã hội Phối hợp với …``
    if not r or not LOWER_START.match(r) or adverb_alone(r):
        return False  # (``thường xuyên`` + ``,``: the name's words, ``Phòng Giáo dục thường xuyên``)
    if rest.lstrip().startswith(",") and not ROLE_START.match(r):
        return False  # ``Các chủ đầu tư …, cụm công nghiệp``: after a comma only a role word goes on
    return NOT_A_PREDICATE.match(r) is None


#: Where a sentence of a paragraph ends: a stop before a capital, a colon before an item or a capitalised word, or a
#: line's end before the next item numbered in brackets (``… các thôn`` / ``(2) Bưu điện xã …``: no stop printed) ...
_SENTENCE_END = compiled(
    r"(?<=[.;!?])\s+(?=\p{Lu})|(?<=:)\s+(?=[-+•]|\p{Lu}\p{Ll}+\s)|(?<=\n)(?=\(\d{1,2}\)[ \t]+\p{Lu})"
    # or before an item opened by an ordinal word (``… dưới 12 giờ`` / ``Thứ hai, Ban Quản lý …``, ``Hai là, …``)
    r"|(?<=\n)(?=" + ORDINAL_ITEM.pattern + ")"
)
_ORDINAL_LINE = compiled(r"\n(?=" + ORDINAL_ITEM.pattern + ")")


def sentences_of(text: str) -> list[tuple[str, int]]:
    """The sentences of a paragraph; names listed with semicolons before their verb (``Chánh Văn phòng UBND
    tỉnh; Giám đốc Sở Công Thương; … chịu trách nhiệm thi hành …``) stay in the sentence they open."""
    out: list[tuple[str, int]] = []
    pos = 0
    # its look-behinds' characters (a line's end only where an item numbered in brackets may follow it)
    lines = "\n(" in text or ("\n" in text and _ORDINAL_LINE.search(text) is not None)
    for m in finditer_after_chars(_SENTENCE_END, text, ".;!?:\n" if lines else ".;!?:"):
        piece = text[pos : m.start()]
        if "|" in piece and _in_cell(text, m.end()):
            continue  # a cell's ``;`` (``| … tỉnh; Ủy ban nhân dân các xã … |``): the table's, no sentence of the prose
        if piece.endswith(";") and (only_names(piece) or _names_run_past(text, pos, m.start())):
            continue
        if (
            piece.endswith(":")
            and COLLECTIVE_END.search(piece[:-1])
            and MEMBER_LIST.match(text[m.end() : m.end() + 80])
        ):
            continue  # ``Giám đốc các Sở: Xây dựng, Tài chính, …``: the colon lists the members
        if piece.endswith(":") and only_names(piece[:-1]) and name_at(text, m.end()) is None:
            continue  # ``Giao UBND các phường, xã: Kim Liên, …, Đại Xuyên: Quản lý …``: the names, then their task
        if piece.endswith(":") and ends_with_task_verb(piece[:-1]) and ":" not in text[m.end() :]:
            continue  # ``X tổ chức thành lập: Tổ công tác …``: the verb's object after the colon, one task (T2)
        out.append((piece, pos))
        pos = m.end()
    out.append((text[pos:], pos))
    labels = bracket_list_labels(text) if "(" in text else {}
    out = [(s[labels[o] :], o + labels[o]) if o in labels else (s, o) for s, o in out]
    return [(s, o) for s, o in out if s.strip()]


_CELL_BREAK = compiled(r"[.;!?:\n]")


def _in_cell(text: str, at: int) -> bool:
    """Whether ``at`` stands inside a pipe table's cell: a cell's bar comes before any sentence's end or line's end."""
    bar = text.find("|", at)
    return bar != -1 and _CELL_BREAK.search(text, at, bar) is None


def _names_run_past(text: str, pos: int, cut: int) -> bool:
    """The list of subjects that opens ``text`` at ``pos`` runs past the semicolon at ``cut`` to its verb, one of its
    members no list knows (``…; Giám đốc Sở Xây dựng; Tập đoàn Hòa Phát; Thủ trưởng … chịu trách nhiệm``): the
    names read by where they stand (``subject``, a verb after them) stay one sentence, as ``only_names`` keeps
    names the lists know."""
    if text.count(";", pos, cut) < 2 or not all_names(text[pos : text.index(";", pos)]):
        return False  # (one clause before the semicolon, or a first clause that is more than names: no list runs on)
    names, end, _mode = subject(text[pos:], positional=True)
    return bool(names) and pos + end > cut


def only_names(text: str) -> bool:
    """Whether the names at the start of ``text`` are all of it (back to the last sentence's end), or of its
    last clause; the whole when a list of members runs on across a semicolon (``Giám đốc các Sở: Xây dựng,
    Tài chính; Công Thương, Văn hóa và Thể thao; …``)."""
    body = text.rstrip(" ;")
    for clause in (text[body.rfind(";") + 1 :].strip(), text.strip()):  # the final ``;`` kept: it ends names
        if all_names(clause):
            return True
    return False


def all_names(clause: str) -> bool:
    """Whether ``clause`` is names and nothing else; the first may be a post no list knows of a body the lists know
    (``Chánh Văn phòng UBND tỉnh``, + ``; Giám đốc các Sở: …``)."""
    names, end, _mode = subject(clause)
    if names and not clause[end:].strip(" ,;"):
        return True
    post = post_of_known_at(clause, 0, plural=False)
    if post is None:
        return False
    rest = clause[post.end :]
    return not rest.strip(" ,;") or (rest[:1] in ",;" and all_names(rest.lstrip(" ,;")))


def split_names(ctx: Context, text: str) -> list[Assignee]:
    if BY_REFERENCE.match(text):
        return []  # ``Theo phân công tại Quyết định …``: assigned elsewhere, nobody named here
    posts = field_posts(ctx, text)
    if posts is not None:
        return posts
    spans = with_branch_parents(text, find_names(text))  # (``Ngân hàng Nhà nước Việt Nam Chi nhánh …``)
    spans = with_committee_functions(text, spans)  # (``Ban`` + ``điều hành các khu phố``)
    spans = _with_standing_names(text, with_field_rest(text, with_tails(text, spans)))
    return with_sub_units(assignees_of(ctx, text, spans), text, spans)


#: The most words a name read by where it stands (a field's value, a lead cell) may have.
DEFAULT_STANDING_NAME_WORDS = 8


def with_tails(value: str, spans: list[NameSpan]) -> list[NameSpan]:
    """A field's value or a lead cell is names only: a name the grammar ended before a short lower-case qualifier
    of its own item (``Đơn vị phối hợp: Ủy ban nhân dân các xã ven sông``, where in a sentence a lower-case word
    after a place collective is its verb) keeps it, when the qualifier is no verb, role, time or reference."""
    out: list[NameSpan] = []
    for sp in spans:
        if (second := second_field_end(value, sp, spans)) is not None:  # (``Phòng Thống kê`` + ``tổng hợp và Phổ …``)
            out.append(replace(sp, end=second))
            continue
        cut = FIELD_LIST_SEPARATOR.search(value, sp.end)
        tail = value[sp.end : cut.start() if cut else len(value)].strip().rstrip(" .;:")
        at = value.find(tail, sp.end) if tail else -1
        if at < 0 or any(at <= o.start < at + len(tail) for o in spans):
            out.append(sp)
            continue
        if (
            qualifies(tail)
            or (BARE_PLURAL_CLASS.fullmatch(value, sp.start, sp.end) and says_which(tail))
            or runs_to_its_level(tail)
            or committee_function_tail(value, sp.start, sp.end, tail)  # ``Đội Kiểm tra`` + ``giám sát hàng hóa``
            or opens_no_verb(tail)  # ``Đội Kiểm tra`` + ``sau thông quan``
            or having_clause_goes_on(value[sp.start : sp.end], tail)  # ``các xã có hộ`` + ``phải di dời``
            or (sp.kind == "position" and scope_tail(tail))  # ``Phó Hạt trưởng`` + ``phụ trách địa bàn phía Bắc``
        ):
            sp = replace(sp, end=at + len(tail))
        out.append(sp)
    return [replace(sp, end=field_after_comma(value, sp, spans)) for sp in out]


#: The most words of a name's field in lower case after its comma (``giáo dục pháp luật``).
DEFAULT_COMMA_FIELD_WORDS = 5
#: A comma, then words in lower case up to the value's next separator or its end.
_COMMA_FIELD = compiled(r",[ \t]*(?P<field>\p{Ll}[\p{L} \t]*?)[ \t]*(?=$|[.;,]|\s+và\s)")


def field_after_comma(value: str, sp: NameSpan, spans: list[NameSpan]) -> int:
    """Where a name of a field's value ends when its next field follows its comma in lower case (``Phòng Phổ biến,
    giáo dục pháp luật``: a division's name; in a sentence the verb ``giáo dục``): in a value of names only, words
    in lower case that are no name, level, plural or role word after a name whose field is capitalised are that
    name's; ``sp.end`` otherwise."""
    m = _COMMA_FIELD.match(value, sp.end)
    if m is None:
        return sp.end  # (most names: asked first)
    named = any(w[:1].isupper() for w in WORD.findall(value, sp.start, sp.end)[1:])  # (``Phòng`` + ``Phổ biến``)
    if not named or any(m.start() <= o.start < m.end() for o in spans):
        return sp.end
    field = m.group("field")
    if len(field.split()) > DEFAULT_COMMA_FIELD_WORDS or LEVEL.match(field) or ROLE_START.match(field):
        return sp.end
    if field.split()[0] in {"các", "những", "và", "hoặc"}:
        return sp.end
    return m.end("field")


def qualifies(tail: str) -> bool:
    """Short lower-case words, no verb, role, number, bracket, time or reference: a name's own qualifier."""
    return all(w[:1].islower() for w in tail.split()) and noun_phrase(tail, DEFAULT_FIELD_TAIL_WORDS, "():")


def noun_phrase(text: str, most_words: int, barred: str = "") -> bool:
    """At most ``most_words`` words with no digit (nor a ``barred`` character) that open no verb, role, time,
    reference or contact label: what a name read by where it stands may be (a field's item, a heading's last
    member, a qualifier)."""
    words = text.split()
    # ``Hạt Kiểm lâm số 2``: the unit's number is its name's (``Quy trình số 02`` names no one)
    numberless = text if opens_with_non_subject(text) else UNIT_NUMBER.sub("", text)
    if not words or len(words) > most_words or any(ch.isdigit() or ch in barred for ch in numberless):
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
    cut_start = -1  # where the item before this one ends (its separator's start)
    for cut in [*FIELD_LIST_SEPARATOR.finditer(value), None]:
        end = cut.start() if cut is not None else len(value)
        piece = value[start:end]
        lead = len(piece) - len(piece.lstrip())
        piece = piece.strip().rstrip(" .;:")
        at, till = start + lead, start + lead + len(piece)
        start = cut.end() if cut is not None else len(value)
        inner = [s for s in spans if s.start < till and at < s.end]
        if len(inner) == 1 and _owned_collective(value, at, till, inner[0]):
            spans = [s for s in spans if s is not inner[0]]  # ``Nhóm cộng tác viên dân số`` + ``các tổ dân phố``: one
            added.append(NameSpan(at, till, "other", rule="name.standing"))
            cut_start = end
            continue
        if not piece or inner or (added and at < added[-1].end):
            continue  # nothing before the list's first mark, a name the grammar read, or the last name's own words
        # items each behind a list mark (``- Bộ A;`` / ``- Bộ B``) are two names, never a name and its field
        marked = cut_start >= 0 and FIELD_LIST_MARK.search(value[cut_start:at]) is not None
        own_list = _own_lower_list(value, at) if added and added[-1].end == cut_start and not marked else None
        if own_list is not None and not any(s.start < own_list and at < s.end for s in spans):
            # ``Trung tâm Xúc tiến đầu tư`` + ``, thương mại và du lịch tỉnh``: the name's own words
            added[-1] = NameSpan(added[-1].start, own_list, "other", rule="name.standing")
            cut_start = end
            continue
        if added and added[-1].end == cut_start and not marked and goes_on_lower(value, added[-1], piece):
            # ``… các khu công nghệ cao và khu công nghiệp``, ``… cấp tỉnh, cấp xã``: the name's own list
            added[-1] = NameSpan(added[-1].start, till, "other", rule="name.standing")
            cut_start = end
            continue
        if added and added[-1].end == cut_start and not marked and goes_on_name(value, added[-1], piece, at):
            added[-1] = NameSpan(
                added[-1].start, till, "other", rule="name.standing"
            )  # ``Xí nghiệp Thủy lợi và Môi trường``: one name
            cut_start = end
            continue
        cut_start = end
        if not stands_as_name(piece, sentence_case=True):
            return spans  # one item no name: the value is no plain list of names (a sentence, a clause)
        added.append(NameSpan(at, till, "other", rule="name.standing"))
    return sorted([*spans, *added], key=lambda s: s.start) if added else spans


def _owned_collective(value: str, at: int, till: int, inner: NameSpan) -> bool:
    """Whether the item ``[at, till)`` is a group no list knows whose members the collective ``inner`` closing it names
    (``Nhóm cộng tác viên dân số`` + ``các tổ dân phố``; twenty-seventh twins of TAB-THUCHIEN): one name, as written."""
    before = value[at : inner.start].strip()
    return (
        inner.end == till and inner.start > at and CAC.match(value, inner.start) is not None and stands_as_name(before)
    )


#: A field's word that goes on a name read by where it stands is at most this many words (``Thể thao``, ``Môi trường``).
DEFAULT_FIELD_WORDS = 3


def goes_on_name(value: str, name: NameSpan, piece: str, at: int) -> bool:
    """Whether the item at ``at`` after a name no list knows is one of the fields the name lists (``… Khoa học`` +
    ``Công nghệ``, ``… Văn hóa`` + ``Thể thao`` + ``Du lịch``): a short capitalised item with no name's shape of its
    own (``name_shaped``), after a name that no place level closes (``Thư viện tỉnh`` + ``Bảo tàng`` are two), not
    opening with the name's own head word again (``Xưởng Phim`` + ``Xưởng Ảnh`` are two), after a comma or ``và``
    (a semicolon parts names) and no head of one syllable joined by ``và`` (``…, Báo và Phát thanh``: another name,
    ``names_another``).  The last field may carry the whole name's place (``Báo và Phát thanh`` + ``Truyền hình
    tỉnh``)."""
    words = piece.split()
    if ";" in value[name.end : at] or (len(words) == 1 and names_another(value, at)):
        return False
    if piece[:1].isupper() and len(value[name.start : name.end].split()) == 1:
        return True  # ``Báo`` + ``và Phát Thanh``: a head of one word names no one alone, the name goes on
    field = without_place(piece)  # the last field may carry the whole name's place (``Truyền hình`` + ``tỉnh``)
    field = NUMBER_AT_END.sub("", field)  # ... or its number (``Thu gom`` + ``và Vận chuyển rác số 1``)
    return (
        piece[:1].isupper()
        and len(field.split()) <= DEFAULT_FIELD_WORDS
        and not name_shaped(field)
        and not names_a_place(value[name.start : name.end])
        and not closed_by_proper_name(value[name.start : name.end])  # (``Viễn thông Gia Thạnh`` + ``Bưu điện tỉnh``)
        # ``Sở Khoa học và Công nghệ, Sở Công Thương``: the head word again opens the next name of its kind
        and fold(words[0]) != fold(value[name.start : name.end].split()[0])
    )


def without_place(piece: str) -> str:
    """``piece`` without the place that closes it: a level and its name (``Truyền hình tỉnh``), a province the
    gazetteer knows (``Công nghệ Lâm Đồng``) or the country (``Công nghệ Việt Nam``: ``COUNTRY_NAMES``)."""
    field = split_place(piece)[0]
    for w in WORD.finditer(field):
        capital = w.start() > 0 and w.group()[:1].isupper()
        if capital and (field[w.start() :] in COUNTRY_NAMES or known_place_end(field, w.start()) == len(field)):
            return field[: w.start()].rstrip()
    return field


def _own_lower_list(value: str, at: int) -> int | None:
    """Where a lower-case list that closes a proper name after its comma ends, with the place level after it
    (``…, thương mại và du lịch tỉnh``: ``LOWER_LIST``, as the grammar reads it after a name it knows); None when
    none stands at ``at``."""
    m = LOWER_LIST.match(value, at)
    if m is None:
        return None
    level = LEVEL.match(value, skip_spaces(value, m.end("words")))
    return level.end() if level is not None else m.end("words")


def goes_on_lower(value: str, name: NameSpan, piece: str) -> bool:
    """Whether a lower-case item after a name no list knows is the name's own list: its noun again (``Ban Quản lý
    các khu công nghệ cao`` + ``khu công nghiệp``) or a grade after the name's grade (``… cấp tỉnh`` + ``cấp xã``)."""
    words = piece.split()
    if not words or not words[0][:1].islower() or len(words) > DEFAULT_FIELD_WORDS:
        return False
    before = value[name.start : name.end]
    if GRADE.fullmatch(piece):
        return GRADE.search(before) is not None
    return fold(words[0]) in {fold(w) for w in before.split()[1:]} and not opens_with_verb(piece)


def stands_as_name(piece: str, *, sentence_case: bool = False) -> bool:
    """An item of a field's list that opens in capitals or with a plural (or, ``sentence_case``, a body's head in lower
    case: ``ban quản lý phố ẩm thực đêm``; twenty-ninth twins of S1), and is no person's name (the readers of people
    name them: ``Nguyễn Văn An``, by its family name)."""
    words, lower = piece.split(), sentence_case and opens_with_lower_head(piece)
    if not words or not (words[0][:1].isupper() or nfc(words[0]).lower() in PLURAL_WORDS or lower):
        return False
    if person_shaped(piece) or _SECTION_LABEL.match(piece):
        # a person's name (``Nguyễn Văn An``; ``Bộ Công Thương``, ``Đài Phát Thanh`` are bodies), or a group's title
        # behind its section's number (``II. Lĩnh vực Đấu thầu …``)
        return False
    # measured by its words, a capitalised syllable and the next one word (``Chỉ huy Phòng thủ``: ``described_words``)
    return (
        noun_phrase(piece, DEFAULT_MAX_STANDING_SYLLABLES, ":")
        and described_words(piece) <= DEFAULT_STANDING_NAME_WORDS
    )


#: A section's Roman number opening a text: a group's title follows, no name.
_SECTION_LABEL = compiled(r"[IVXLC]+\.[ \t]")
#: The most syllables a name read by where it stands may have, however its proper name pairs them.
DEFAULT_MAX_STANDING_SYLLABLES = 16


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


def field_posts(ctx: Context, text: str) -> list[Assignee] | None:
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
            out.append(
                make_assignee(
                    name, NameSpan(0, len(name), head.kind if head else "position", rule="name.field_post"), ctx.home
                )
            )
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
                spans = [NameSpan(0, len(piece), "position", rule="name.field_post")]
            out += assignees_of(ctx, piece, spans)
    return out


def after_leading_clause(task: str, own: tuple[list[NameSpan], int, int, str]) -> bool:
    """Whether the subject ``own`` found in ``task`` stands right after the first comma, that of a clause the item
    opens with (``- Trong trường hợp dịch lan rộng, Sở Y tế điều động …``): the item names its own doer.  Not a name
    after a later comma, one of the clause's own list or the task's (``Trên cơ sở đề xuất của các sở, ban, ngành, …``,
    ``Ngay sau hội nghị, gửi Biên bản … đến UBND, Ủy ban MTTQ …``), nor one asked inside the heading's own task
    (``…, đề nghị Sở Y tế thông báo …``)."""
    comma = task.find(",")
    return (
        own[3] == "assigned"
        and ADVERBIAL_OPENER.match(task) is not None
        and 0 < comma < own[1]
        and not task[comma + 1 : own[1]].strip()
    )
