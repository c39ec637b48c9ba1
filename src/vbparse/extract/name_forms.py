"""A name as an assignee and its keys (``make_assignee``, ``name_key``), and the subject and partners read by
where they stand when no head word names them."""

from __future__ import annotations

import itertools
from contextvars import ContextVar
from dataclasses import replace
from functools import lru_cache

import regex

from ..chars import collapse_spaces, fold, new_tone_spelling
from ..models import Assignee
from ..pattern_cache import compiled
from ..tables.bodies import (
    NON_SUBJECT_HEADS,
    POST_STOPS,
    SENTENCE_VERBS,
)
from ..tables.issuers import ISSUER_ABBREVIATIONS
from ..tables.name_clauses import ASSIGNMENT_BEFORE_VERB, HAVING_AMOUNT, PROCESS_NOUN
from ..tables.post_shapes import EVENT_HEADS
from . import name_fields, name_functions, name_partner_parts
from .name_agent_shape import agent_shaped
from .name_fields import (
    bare_plural_nouns,
    closed_by_proper_name,
    lower_before_role,
    names_another,
)
from .name_functions import after_determiner as _after_determiner
from .name_level_subjects import predicate_after_closed as level_closed
from .name_lexicon import (
    ABBREVIATION,
    LEVEL,
    LEVEL_AT_END,
    LOCATED_AT,
    LOWER_LIST,
    NOUN_OPENED_BY_STOP,
    OWNING_BODY_KEYS,
    PORTFOLIO,
    STOP,
    STOP_COMPOUND_END,
    TAIL,
    TASK_VERB,
    UPPER,
    WORD,
    NameSpan,
    adverb_alone,
    canonical_name,
    complete_place,
    first_word,
    fold_key,
    head_word_at,
    listed_nouns_at,
    match_at,
    register_cache,
    rstrip_end,
    skip_spaces,
    split_place,
)
from .name_post_scopes import opens_post_scope
from .name_refusals import NOT_AGENT, decline
from .name_run import extend_name, name_at
from .name_verbs import ROLE_KEYS as _ROLE_WORDS
from .name_verbs import STAFF_KEYS, opens_no_predicate
from .name_verbs import stop_key as _lower
from .name_word_limit import DEFAULT_MAX_POSITIONAL_WORDS, past_word_limit
from .person_names import family_keys
from .unit_numbers import counted, numbered_before


def make_assignee(text: str, span: NameSpan, home: dict[str, str] | None = None) -> Assignee:
    """The ``Assignee`` a recognised name stands for; ``home`` maps a level (``tinh``) to the issuing
    body's unit of that level (``Lâm Đồng``) so that ``Công an tỉnh`` becomes ``Công an tỉnh Lâm Đồng``."""
    raw = collapse_spaces(text[span.start : span.end]).strip(" ,;:-")
    if span.kind == "person":
        return Assignee(
            raw=raw, canonical=span.person_name, kind="person", person_name=span.person_name, position=span.position
        ).with_rule(span.rule)
    core, place = split_place(raw)
    if span.canonical is not None:
        # the alias table names the unit; what is written after its spelling (a place, ``liên quan``) is kept
        alias_core, alias_place = split_place(span.canonical)
        rest = collapse_spaces(text[span.alias_end : span.end]).strip(" ,;:-") if span.alias_end else ""
        rest_core, rest_place = split_place("X " + rest) if rest else ("X", None)
        rest_core = rest_core[2:].strip()
        if not rest:
            rest_place = split_place(raw)[1]  # ``Công an xã``: the alias spelling held the place
        if rest_core in ISSUER_ABBREVIATIONS or fold(rest_core) in OWNING_BODY_KEYS:
            rest_core = ""  # ``Văn phòng - Thống kê UBND``: the body the unit belongs to, not its name
        canonical = f"{alias_core} {rest_core}".strip() if rest_core else alias_core
        place = rest_place or alias_place
    else:
        canonical = canonical_name(core, None)
    place = complete_place(place, home or {})
    full = f"{canonical} {place}" if place else canonical
    made = Assignee(raw=raw, canonical=new_tone_spelling(full), kind=span.kind, place=place)  # type: ignore[arg-type]
    return made.with_rule(span.rule)


def name_key(assignee: Assignee) -> str:
    """The comparison key of a name without its place: folded canonical core."""
    core, _place = split_place(assignee.canonical or assignee.raw)
    return fold_key(core)


def place_key(assignee: Assignee) -> str | None:
    return fold_key(assignee.place) if assignee.place else None


# --- a subject by where it stands ---------------------------------------------------------------------
_MAX_WORDS = DEFAULT_MAX_POSITIONAL_WORDS


_NON_SUBJECT = frozenset(_lower(w) for w in NON_SUBJECT_HEADS)
_POST_STOPS = frozenset(_lower(w) for w in POST_STOPS)
_POST_STOP_FIRSTS = frozenset(w.split()[0] for w in _POST_STOPS)
_EVENT_HEADS = frozenset(_lower(w) for w in EVENT_HEADS)
_SENTENCE_VERBS = frozenset(_lower(w) for w in SENTENCE_VERBS)
_PLURAL_BEFORE_CAPITAL = compiled(r"(?:[Cc]ác|[Nn]hững)[ \t]+(?=\p{Lu})")
_ANY_CASE_STOP = name_fields.ANY_CASE_STOP


#: How many (text, place) answers of ``_opens_with_non_subject`` are kept: the readers of a subject by where it stands
#: ask it at the same place one after the other (``positional_subject``, then ``positional_member``).
DEFAULT_NON_SUBJECT_CACHE = 1 << 14


def opens_with_non_subject(text: str, pos: int = 0) -> bool:
    """Whether ``text`` opens (at ``pos``) with a verb or a noun that names no one (``Tổ chức …``, ``Kinh phí …``)."""
    return _opens_with_non_subject(text, pos)


@register_cache
@lru_cache(maxsize=DEFAULT_NON_SUBJECT_CACHE)
def _opens_with_non_subject(text: str, pos: int) -> bool:
    """Whether the words at ``pos`` are a verb (``Tổ chức …``) or a noun that names no one (``Kinh phí …``)."""
    words = [_lower(w.group()) for w in itertools.islice(WORD.finditer(text, pos, min(len(text), pos + 40)), 2)]
    if not words:
        return True
    if " ".join(words) in STAFF_KEYS or name_fields.verb_agent_noun(text, pos):
        return False  # ``Cử tri phát biểu …``: a person noun whose first word is a verb elsewhere (``cử``)
    if any(w in _NON_SUBJECT or w in _SENTENCE_VERBS for w in (words[0], " ".join(words))):
        return True
    if PROCESS_NOUN.match(text, pos):
        return True  # ``Xã hội hóa …``: a process
    return match_at(_ANY_CASE_STOP, fold(words[0]), text, pos) is not None


#: Heads the document being read teaches (``extract_obligations``' second reading): trusted before a task verb.
DOCUMENT_HEADS: ContextVar[frozenset[str]] = ContextVar("document_heads", default=frozenset())
#: While a document is read a first time, the heads of the noun phrases turned away before a task verb.
GATED_HEADS: ContextVar[set[str] | None] = ContextVar("gated_heads", default=None)
_HEAD_END = compiled(r"[,;:()\[\]]")


def name_head(name: str) -> str | None:
    """The head of a name, folded: its words up to the first that says which one — a capitalised word, a place
    level, ``các`` — at most three (``Sở`` of ``Sở Y tế``, ``Nhà hát`` of ``Nhà hát Ca kịch tỉnh``, ``Vườn quốc
    gia`` of ``Vườn quốc gia Bạch Mã``); None when nothing follows the head."""
    cut = _HEAD_END.search(name)
    words = list(WORD.finditer(name, 0, cut.start() if cut else len(name)))
    if _PLURAL_BEFORE_CAPITAL.match(name):
        words = words[1:]
    for i, w in enumerate(words[1:4], start=1):
        if w.group()[:1].isupper() or LEVEL.match(name, w.start()) or _lower(w.group()) in {"các", "những"}:
            return fold(" ".join(x.group() for x in words[:i]))
    return None


def taught(phrase: str) -> bool:
    """Whether a noun phrase turned away before a task verb opens with a head the document teaches and has a name's
    shape (``Xí nghiệp Thủy nông Bắc Sơn`` once ``Xí nghiệp`` is taught); on a first reading, its head is noted."""
    head = name_head(phrase)
    if head is None:
        return False
    if head in DOCUMENT_HEADS.get():
        return name_shaped(phrase)
    gated = GATED_HEADS.get()
    if gated is not None:
        gated.add(head)
    return False


#: A bracketed aside and then the colon of a lead-in (or the line's end): what stands before it is who is asked.
_ASIDE_THEN_COLON = compiled(r"[ \t]*\([^()\n]{1,120}\)[ \t*_]*(?::|[ \t]*$)", regex.MULTILINE)


def _before_colon(text: str, gap: str, end: int) -> bool:
    """Whether the punctuation ``gap`` at ``end`` is a lead-in's colon (``Đề nghị Công ty Điện lực Đắk Lắk:``), or an
    aside of the name's own and then the colon (``Giao Sở Nội vụ (Cơ quan Thường trực Hội đồng Thi đua):``)."""
    return gap.startswith(":") or (gap.startswith("(") and _ASIDE_THEN_COLON.match(text, end) is not None)


def _closed_before_known_name(text: str, q: int, end: int, w: regex.Match[str]) -> bool:
    """Whether ``và``/``hoặc`` (``w``) after a phrase ``[q, end)`` that ends with its place (``Xưởng Phim tài liệu
    tỉnh``) stands before a name the lists know (``các địa phương``, ``UBND các xã``) that a role word follows (or any
    verb, after a name with a capital): the phrase is then a name closed by its place, and the known name the next of
    the subject's list."""
    if w.group() not in {"và", "hoặc"} or not LEVEL_AT_END.search(text, q, end):
        return False
    known = name_at(text, skip_spaces(text, w.end()))
    if known is None:
        return False
    after = skip_spaces(text, known.end)
    stop = match_at(STOP, first_word(text, after), text, after)
    # a role word after any known name; any verb after one with a capital (``Thống kê tỉnh`` + ``và Ủy ban nhân dân các
    # xã`` + ``cùng tổ chức …``): a capitalised head never goes on a name past its place
    if stop is None or _lower(stop.group()) in _STATE_WORDS:
        return False  # (``… cấp xã hoặc Trung tâm … cấp xã`` + ``chưa đạt chuẩn``: a state, no task's subjects)
    return _lower(stop.group()) in _ROLE_WORDS or text[known.start : known.start + 1].isupper()


#: Words of a state or a negation after a subject (``chưa đạt chuẩn``, ``đã có``): what is so, no one given a task.
_STATE_WORDS = frozenset({"chưa", "không", "đã", "đang", "vẫn", "còn"})


def _opens_subject(text: str, q: int, addressed: bool) -> bool:
    """A capital, or after an opener a head in lower case or a phrase up to a role word (``Giao kế toán chủ trì``)."""
    return text[q : q + 1].isupper() or (addressed and (lower_head_at(text, q) or lower_before_role(text, q)))


_POSITIONAL = "name.positional"  # the record of a subject read by where it stands


def positional_subject(text: str, pos: int, *, addressed: bool = False) -> NameSpan | None:
    """The noun phrase at ``pos`` where a subject stands, whatever its head: from a capitalised word that is neither a
    verb nor a noun naming no one (``NON_SUBJECT_HEADS``, ``SENTENCE_VERBS``) up to its role word (``Thư viện tỉnh chủ
    trì …``), or up to a task verb when it has a post's or a staff member's shape (``Thủ kho kiểm tra …``); or ``các``
    + capitalised words up to a word in lower case (``các Khoa nhắc …``). None when no verb follows within
    ``DEFAULT_MAX_POSITIONAL_WORDS`` words, after punctuation or a passive (``được sửa chữa``), or before no predicate
    (``Trung tâm X có 03 phòng``). ``addressed``: after an opener (``Đề nghị``) it is who is asked, ended by any verb."""
    plural = _PLURAL_BEFORE_CAPITAL.match(text, pos)
    q = plural.end() if plural else pos
    if not _opens_subject(text, q, addressed and plural is None):
        return None
    if _opens_with_non_subject(text, q):
        return decline(NOT_AGENT, text, q)  # ``Nền tảng …``, ``Phong trào …``: a thing, no one who acts
    end, head_end = q, (head_word_at(text, q) or (q,))[0]  # (``Các Trung tâm Y tế``: ``tâm`` is the head's)
    capitals: int | None = None  # where the capitalised words after ``các`` end
    for count, w in enumerate(WORD.finditer(text, q)):
        gap = text[end : w.start()].strip(" \t*_")
        if gap == "," and count > 1 and plural is None and _portfolio_field(text, w.start()):
            gap = ""  # ``Báo và Phát thanh`` + ``, Truyền hình tỉnh``: the portfolio's next field
        if gap not in ("", "-", "–"):
            if addressed and count > 1 and _before_colon(text, gap, end) and name_shaped(text[q:end]):
                return NameSpan(pos, end, "other", rule=_POSITIONAL)  # who is asked, before its lead-in's colon
            break  # punctuation before any verb: a list or a clause, not a subject
        token = w.group()
        lower = token[:1].islower()
        if count and lower:
            if _closed_before_known_name(text, q, end, w) or (
                count > 1 and plural is None and (_another_subject(text, w, addressed) or level_closed(text, q, end, w))
            ):  # (``Xưởng Cơ khí`` + ``và Trạm Bơm Bắc Sơn chủ trì …``; ``Bưu điện huyện`` + ``chi trả …``)
                return NameSpan(pos, end, "other", rule=_POSITIONAL)
            if name_fields.passive_at(text, w) and ASSIGNMENT_BEFORE_VERB.match(text, w.start()) is None:
                return None  # ``Nhà Văn hóa xã được sửa chữa``: what is acted on (not ``được giao …``)
            stop = _stop_at(text, w)
            joins = token in {"và", "hoặc"} and UPPER.match(text, skip_spaces(text, w.end())) is not None
            if _after_determiner(text, w.start()) or (stop is not None and _scope_or_work(text, q, end, stop)):
                # ``Nhân viên các tổ chức …``: a noun after ``các``; ``… viên phụ trách địa bàn``: a scope; ``Kỹ thuật
                # viên bảo quản hiện vật`` + ``kiểm tra …``: what the staff member is named for
                stop = None
            if stop is not None and not joins and not _compound_of_name(text, q, end, stop):
                if opens_no_predicate(text, stop) or (plural is None and count < 2):
                    return None  # one word alone before a verb is a verb's first half (``Thành lập``)
                if (
                    plural is None
                    and not addressed
                    and _lower(stop.group()) not in _ROLE_WORDS
                    and not agent_shaped(text, q, end)
                    and not taught(text[q:end])
                ):
                    return decline(NOT_AGENT, text, q, end)  # ``Nền tảng quản lý …``, ``Hội nghị cử …``: no one acts
                return NameSpan(pos, end, "other", rule=_POSITIONAL)
            if capitals is None and not LEVEL.match(text, w.start()) and head_end <= w.start():
                capitals = end
        if token.isdecimal() and counted(text, w, count):
            break  # a count (``Hạt Kiểm lâm 2 năm …``), not a unit's number (``… số 2``, ``Hải đội … 1`` + a verb)
        if count >= _MAX_WORDS and past_word_limit(text, q, w.start(), token, count, False):
            break
        end = w.end()
    return _at_phrase_end(text, pos, q, end, capitals, addressed=addressed, plural=plural is not None)


def _stop_at(text: str, w: regex.Match[str]) -> regex.Match[str] | None:
    """The stop the word ``w`` opens, unless it opens a noun (``phà tự hành``): that goes on with the subject's words."""
    if NOUN_OPENED_BY_STOP.match(text, w.start()):
        return None
    return match_at(STOP, fold(w.group()), text, w.start())


def _scope_or_work(text: str, q: int, end: int, stop: regex.Match[str]) -> bool:
    """Whether the verb ``stop`` after a post's words ``[q, end)`` is no verb of the sentence: the post's scope
    (``opens_post_scope``), or, right after a staff member's noun, what it is named for with its object before the
    task verb (``Kỹ thuật viên bảo quản hiện vật`` + ``kiểm tra …``: ``name_functions.object_then_predicate``)."""
    if LOCATED_AT.match(text, stop.start()):
        return True  # ``Cộng tác viên`` + ``tại các xã`` + ``tiếp nhận …``: where they work, then the verb
    if opens_post_scope(text, stop) and agent_shaped(text, q, end, placed=False):
        return True
    return name_functions.named_by_work_before(text, stop.start()) and name_functions.object_then_predicate(text, stop)


def _at_phrase_end(
    text: str, pos: int, q: int, end: int, capitals: int | None, *, addressed: bool, plural: bool
) -> NameSpan | None:
    """The subject ``positional_subject`` reads when no verb ended its words: who is asked before its items, or
    ``các`` + capitalised words before a predicate of a verb no list knows."""
    if addressed and end > q and not text[end:].strip(" \t.:;*_") and name_shaped(text[q:end]):
        return NameSpan(pos, end, "other", rule=_POSITIONAL)  # ``d) Đề nghị Chi cục …`` over its items: who is asked
    if plural and capitals is not None and _plural_head_before_predicate(text, q, capitals):
        return NameSpan(pos, capitals, "other", rule=_POSITIONAL)  # ``các Khoa`` + a predicate of an unknown verb
    return None


#: A body's head in lower case before its capitalised name (``phòng`` + ``Quản lý Công nghiệp``): one word or two.
_LOWER_HEAD = compiled(r"\p{Ll}+(?:[ \t]+\p{Ll}+)?[ \t]+(?=\p{Lu})")


def lower_head_at(text: str, q: int) -> bool:
    """Whether a head in lower case, neither a verb nor a noun naming no one nor a stop, stands at ``q`` before a
    capitalised name (``Giao phòng Quản lý Công nghiệp triển khai …``, the name's first word a verb's too), not a
    name's tail (``trực thuộc Bộ …``) nor before a document's or a thing's name (``Đề nghị thu hồi Giấy phép …``:
    ``NON_SUBJECT_HEADS``; not ``Giao nhiệm vụ …``, ``Yêu cầu thực hiện Nghị quyết …``)."""
    m = _LOWER_HEAD.match(text, q)
    if m is None or TAIL.match(text, q):
        return False  # (``…, đơn vị thuộc`` + ``, trực thuộc Bộ Nội vụ``: the name before goes on, no head)
    named = [_lower(w.group()) for w in itertools.islice(WORD.finditer(text, m.end(), min(len(text), m.end() + 40)), 2)]
    if any(w in _NON_SUBJECT for w in (named[0], " ".join(named))):
        return False
    head = list(WORD.finditer(text, q, m.end()))
    return len(head) < 2 or match_at(STOP, fold(head[1].group()), text, head[1].start()) is None


def _another_subject(text: str, w: regex.Match[str], addressed: bool) -> bool:
    """Whether the capitalised words after a subject's ``và`` (``w``) are another name (a head and its own
    capitalised name: ``Trạm Bơm Bắc Sơn``, not a portfolio's field: ``Múa rối``) that stands as a subject before a
    role word or task verb too."""
    at = skip_spaces(text, w.end())
    if w.group() not in {"và", "hoặc"} or not text[at : at + 1].isupper() or not names_another(text, at):
        return False
    second = positional_subject(text, at, addressed=addressed)
    if second is None:
        return False
    rest = text[second.end :].lstrip(" \t,")
    return opens_with_role_word(rest) or TASK_VERB.match(rest) is not None  # (not ``… chưa đạt chuẩn``: a state)


def _plural_head_before_predicate(text: str, q: int, capitals: int) -> bool:
    """Whether the capitalised words after ``các`` at ``q`` up to ``capitals`` are one head the lists know and a
    word in lower case follows them (``các Khoa`` + ``nhắc …``)."""
    return (
        text[capitals:].lstrip(" \t")[:1].islower()
        and len(WORD.findall(text, q, capitals)) == 1
        and head_word_at(text, q) is not None
    )


#: A post no list knows before a body the lists know is at most this many words (``Điều phối viên``, ``Lãnh đạo``).
DEFAULT_MAX_UNKNOWN_POST_WORDS = 3


def _stop_post(text: str, pos: int) -> bool:
    """Whether a capitalised stop that is a post's words opens ``text`` at ``pos`` (``Thường trực`` + a body:
    ``POST_STOPS``)."""
    first = WORD.match(text, pos)
    if first is None or not first.group()[:1].isupper() or _lower(first.group()) not in _POST_STOP_FIRSTS:
        return False
    words = [_lower(w.group()) for w in itertools.islice(WORD.finditer(text, pos, min(len(text), pos + 40)), 2)]
    return any(" ".join(words[:n]) in _POST_STOPS for n in (1, 2))


def post_of_known_at(text: str, pos: int, *, plural: bool = True) -> NameSpan | None:
    """``Lãnh đạo Sở Công Thương``, ``Điều phối viên Sở Y tế`` where no list knows the post: a capitalised word and
    at most two more (neither a verb nor a noun naming no one, no clause word) right before a body's name the lists
    know name that body's post.  Asked only where a subject or a list's member stands (``positional_member``);
    None when anything but spaces stands between (``Năm 2025 Sở Y tế``) or the name after is a person's or a
    post's.  ``plural``: bodies named with ``các`` may follow (``Giám đốc các sở``), as a list's later member
    only: a verb no list knows opens many a sentence before them (``Cản trở các cơ quan, tổ chức …``)."""
    if not text[pos : pos + 1].isupper() or (_opens_with_non_subject(text, pos) and not _stop_post(text, pos)):
        return None
    return _post_of_known(text, pos, plural)


def _post_of_known(text: str, pos: int, plural: bool) -> NameSpan | None:
    """``post_of_known_at`` once its first word is known to be capitalised and neither a verb nor a noun naming no
    one."""
    end = pos
    for count, w in enumerate(WORD.finditer(text, pos)):
        if count > DEFAULT_MAX_UNKNOWN_POST_WORDS or text[end : w.start()].strip(" \t"):
            return None
        token = w.group()
        body = (
            name_at(text, w.start())
            if count and (token[:1].isupper() or (plural and token in {"các", "những"}))
            else None
        )
        if body is not None and body.kind == "person":
            return None
        if body is not None and body.kind != "position":  # ``Lãnh đạo`` + ``Sở …``, ``Giám đốc`` + ``các sở``
            if _lower(text[pos:end]) in _EVENT_HEADS or _proper_before_head(text, pos, end, body):
                return None  # ``Hội nghị Ban Chấp hành …``: a meeting; ``Đông Nam`` + ``Bộ``: a place's name
            return NameSpan(pos, body.end, "position", rule="name.post_of_body")
        # a post's word the lists know inside the post (``Ban`` + ``Thường trực`` + ``Ủy ban …``) goes on
        if not token.isalpha() or (count and token[:1].islower() and match_at(STOP, fold(token), text, w.start())):
            return None  # ``Phân cấp cho Ủy ban …``: a clause word, no post's
        end = w.end()
    return None


def post_shaped_of_known(text: str, member: NameSpan) -> bool:
    """Whether a member read as a post no list knows of a known body (``post_of_known_at``) has a post's shape before
    that body: an agent's or a staff member's words (``Điều phối viên`` + ``Sở Y tế``), or one capitalised word
    that is no place's level over a body named in capitals (``Ban`` + ``Thường trực Ủy ban MTTQ xã``), or a stop
    that is a post's words (``Thường trực`` + ``Đảng ủy xã``: ``POST_STOPS``).  Asked of a
    heading that is such names and nothing else, where no verb vouches for them: ``Xã`` + ``Trường Văn`` is a
    commune, ``Cửa sông lạch`` + ``Trường`` a place."""
    for w in WORD.finditer(text, member.start, member.end):
        if w.start() == member.start or not w.group()[:1].isupper():
            continue
        body = name_at(text, w.start())
        if body is None or body.end != member.end:
            continue
        if agent_shaped(text, member.start, w.start(), placed=False) or _stop_post(text, member.start):
            return True
        post = WORD.findall(text, member.start, w.start())
        return len(post) == 1 and LEVEL.fullmatch(_lower(post[0])) is None
    return False


def _proper_before_head(text: str, pos: int, end: int, body: NameSpan) -> bool:
    """Whether the words ``[pos, end)`` before a bare head (``Bộ``, ``Sở``) are all capitalised: a proper name the
    head ends (``Đông Nam Bộ``), not a post of the body (``Văn phòng Sở``, ``Lãnh đạo Sở``)."""
    if len(WORD.findall(text, body.start, body.end)) > 1:
        return False
    return all(w[:1].isupper() for w in WORD.findall(text, pos, end))


def _joined_head(text: str, start: int, conjunction_end: int) -> bool:
    """Whether the one word at ``start`` before ``và`` is a head of one syllable joined to a capitalised next
    (``Báo`` + ``và Phát thanh``): it names no one alone, the name goes on."""
    after = skip_spaces(text, conjunction_end)
    return names_another(text, start) and text[after : after + 1].isupper()


def _portfolio_field(text: str, r: int) -> bool:
    """Whether the capitalised words after a member's comma at ``r`` are its portfolio's next field (``Truyền
    hình tỉnh``), not another name (``names_another``), a name the lists know or a place's level."""
    return (
        text[r : r + 1].isupper()
        and not names_another(text, r)
        and name_at(text, r) is None
        and LEVEL.match(_lower(text[r : r + 12])) is None
    )


def positional_member(text: str, pos: int, *, later: bool = True) -> NameSpan | None:
    """A member of a list of subjects whose head no list knows (issue 52, item 4: an unknown member never drops the
    list): a post before a body the lists know (``post_of_known_at``), or a phrase with a name's shape
    (``name_shaped``) up to a comma, ``và``/``hoặc`` or a verb (``Quản đốc Xưởng Cơ khí số 1``).  Whether it is
    a subject is the list's to decide (``name_lists.subject``: a verb must follow the list).  ``later``: not the
    list's first member."""
    plural = _PLURAL_BEFORE_CAPITAL.match(text, pos)
    q = plural.end() if plural else pos
    # (a later member's head may be in lower case before its capitalised name: ``…, lực lượng Hải quan``)
    if not (text[q : q + 1].isupper() or (later and plural is None and lower_head_at(text, q))):
        return None
    non_subject = _opens_with_non_subject(text, q)
    stop_post = non_subject and plural is None and _stop_post(text, q)
    if non_subject and not stop_post:
        return None
    post = _post_of_known(text, pos, later) if plural is None else None
    if post is not None or stop_post:
        return post  # (``Thường trực`` before no body the lists know names no one)
    end = q
    for count, w in enumerate(WORD.finditer(text, q)):
        gap = text[end : w.start()].strip(" \t")
        if gap not in ("", "-", "–") and not (gap == "," and plural is None and _portfolio_field(text, w.start())):
            break  # a comma, a colon: the member ends (not before a portfolio's field: ``…, Truyền hình tỉnh``; a
            # plural's comma lists its kinds: ``các Cụm, Khối thi đua``)
        token = w.group()
        if count >= _MAX_WORDS and past_word_limit(text, q, w.start(), token, count):
            return None  # (the limit counts the words the name takes: a joiner or a verb right after them ends it)
        if token.isdecimal() and not numbered_before(text, w.start()):
            return None  # a count (``Hạt Kiểm lâm 2 năm liền``), not a unit's number among its kind (``số 2``)
        if count and token[:1].islower():
            if token in {"và", "hoặc"}:
                # a head of one word joined to the next (``Báo và …``), or a portfolio's next field (``Thương binh``
                # + ``và Xã hội``; not another name: ``và Công an xã``, nor after a proper name: ``Viễn thông Gia
                # Thạnh`` + ``và Bưu điện tỉnh``)
                field = plural is None and _portfolio_field(text, skip_spaces(text, w.end()))
                if not (count == 1 and _joined_head(text, q, w.end())) and not (
                    count > 1 and field and not closed_by_proper_name(text[q:end])
                ):
                    break
                end = w.end()
                continue
            stop = None if _after_determiner(text, w.start()) else match_at(STOP, fold(token), text, w.start())
            if stop is not None and not _compound_of_name(text, q, end, stop):
                break
        end = w.end()
    lower = _LOWER_HEAD.match(text, q) if text[q : q + 1].islower() else None
    shaped = len(WORD.findall(text, q, end)) > 1 and name_shaped(text[lower.end() if lower else pos : end])
    if not shaped and ABBREVIATION.fullmatch(text, q, end) is None:
        return None  # one word alone (``Người chịu trách nhiệm …``) is no name no list knows; an abbreviation is
    return NameSpan(pos, end, "other", rule="name.member")


def _compound_of_name(text: str, q: int, end: int, stop: regex.Match[str]) -> bool:
    """Whether the stop after a member's words ``[q, end)`` ends a compound noun of names (``STOP_COMPOUND_END``) that
    goes on with the member: one opened before the stop (``bầu`` + ``cử``), or one that is the stop itself right after
    a head (``Văn phòng`` + ``đăng ký đất đai``); not right after a body's own words (``Các Trạm Y tế`` + ``đăng ký
    chỉ tiêu``: the sentence's verb)."""
    compound = STOP_COMPOUND_END.search(text, 0, stop.end())
    if compound is None:
        return False
    if compound.start() < stop.start():
        return True
    words = [m.start() for m in WORD.finditer(text, q, end)][-2:]
    return any((head := head_word_at(text, at)) is not None and head[0] == end for at in words)


#: The bodies a post no list knows stands over: ``các`` + a collective the lists know (``các sở, ban, ngành``), or a
#: generic body in lower case (``cơ quan ngang bộ``, ``đơn vị trực thuộc``).
_GENERIC_BODY = compiled(r"(?:cơ[ \t]+quan|đơn[ \t]+vị)(?![\p{L}])")  # not ``tổ chức``, a verb too
#: A post no list knows is at most this many words (``Thủ trưởng``, ``Phó Viện trưởng``).
DEFAULT_MAX_POST_WORDS = 3
#: The shape ``post_over_bodies_at`` asks about: a capitalised word, at most two more, then the bodies' first word.
_POST_BEFORE_BODIES = compiled(
    r"\p{Lu}\p{L}*(?:[ \t]+\p{Ll}+){0,2}?[ \t]+(?:các|những|sở|ban|ngành|" + _GENERIC_BODY.pattern + ")"
)


def post_over_bodies_at(text: str, pos: int) -> NameSpan | None:
    """``Thủ trưởng các sở, ban, ngành``, ``Thủ trưởng cơ quan ngang bộ`` where no list knows the post: capitalised
    words shaped as a post (an agent's syllable, ``trưởng``; not a verb or a noun naming no one) right before bodies
    the lists know name that post of those bodies (issue 52, names by where they stand), at a sentence's head and as
    a list's member.  None when no such bodies follow (``Chỉ đạo các sở …`` is a verb's)."""
    if not text[pos : pos + 1].isupper() or _POST_BEFORE_BODIES.match(text, pos) is None:
        return None
    if _opens_with_non_subject(text, pos):
        return None  # (the pattern first: asked at every name's place, it rules out most of them at once)
    for count, w in enumerate(WORD.finditer(text, pos)):
        if count >= DEFAULT_MAX_POST_WORDS or text[w.end() : w.end() + 1] not in (" ", "\t"):
            return None
        if count and w.group()[:1].isupper():
            return None  # ``Thủ trưởng Sở …``: a body's name after it, which the lists read
        if not agent_shaped(text, pos, w.end(), placed=False):
            continue
        r = skip_spaces(text, w.end())
        bodies = name_at(text, r) if text.startswith(("các ", "những "), r) else None
        if bodies is not None and bodies.kind != "person":
            return NameSpan(pos, bodies.end, "position", rule="name.post_of_body")
        # ``cơ quan ngang bộ``; ``sở, ban, ngành thành phố`` (a list of collective nouns without ``các``)
        generic = _GENERIC_BODY.match(text, r)
        listed = generic.end() if generic is not None else listed_nouns_at(text, r, lower_next=True)
        if listed is not None:
            end = extend_name(text, listed, "other", collective=True)
            return NameSpan(pos, end, "position", rule="name.post_of_body")
        return None
    return None


#: A clause word inside a phrase makes it a topic about someone, not a name (``Cơ cấu tổ chức của Sở``).
_ABOUT_SOMEONE = compiled(r"(?<![\p{L}])(?:của|về|đối[ \t]+với|cho|theo|trong|nhằm|để)(?![\p{L}])")


def name_shaped(text: str) -> bool:
    """Whether a short phrase no list knows has the shape of a body's or a post's name, whatever its head: it opens
    with a capital (or ``các`` + a capital), neither a verb nor a noun naming no one (``Trách nhiệm …`` aside:
    ``NON_SUBJECT_HEADS``, ``SENTENCE_VERBS``, a stop), and after its first word it names which one by a capitalised
    word (``Vườn quốc gia Bạch Mã``, ``Nhà hát Ca kịch``), a place level (``Bảo tàng tỉnh``) or an agent's word
    (``Kỹ thuật viên``).  What a heading among assignee headings must be to name one (``standing_heading``)."""
    plural = _PLURAL_BEFORE_CAPITAL.match(text)
    q = plural.end() if plural else 0
    words = list(WORD.finditer(text, q))
    if not words or not text[q : q + 1].isupper() or _opens_with_non_subject(text, q):
        return False
    if _ABOUT_SOMEONE.search(text):
        return False  # ``Quyền hạn của Hội đồng Quản lý``, ``Nhiệm vụ về Chuyển đổi số``: what is said of someone
    if person_shaped(text[q:]):
        return False  # ``Nguyễn Văn An``: a person, whom the readers of people name
    specifier = any(w.group()[:1].isupper() and not w.group().isdecimal() for w in words[1:])
    return specifier or agent_shaped(text, q, len(text))


def person_shaped(text: str) -> bool:
    """Whether ``text`` is capitalised words opening with a family name (``Nguyễn Văn An``): a person's name.
    Capitalised words that open otherwise (``Bộ Công Thương``, ``Xưởng Phim Tài Liệu``) are a body's."""
    from ..chars import tone_key

    words = text.split()
    return len(words) > 1 and all(w[:1].isupper() for w in words) and tone_key(words[0]) in family_keys()


#: A lower-case list closing a proper name after its comma (``…, thương mại và du lịch``): the name's portfolio.
_OWN_LOWER_LIST = compiled(r"[ \t]*,[ \t]*" + LOWER_LIST.pattern + r"[ \t]*$")


def described_words(text: str) -> int:
    """How many words a name has before the place it names (``Ban Quản lý các Khu công nghiệp`` + ``tỉnh Lào Cai``), its
    own lower-case list (``Trung tâm Xúc tiến đầu tư`` + ``, thương mại và du lịch``)
    or the scope a post is in charge of (``Cán bộ`` + ``phụ trách lĩnh vực giám sát và phản biện xã hội``), a
    capitalised syllable and the one after it one word (``Công ty Cổ phần Công nghệ Tin học EFY``: seven): what the
    length of a name read by where it stands is measured by, so that its place, scope or proper name does not make
    it long."""
    first = WORD.search(text)
    if first is None:
        return 0
    marks = (LEVEL.search(text, first.end()), PORTFOLIO.search(text, first.end()), _OWN_LOWER_LIST.search(text))
    ends = [m.start() for m in marks if m is not None]
    syllables = WORD.findall(text, 0, min(ends, default=len(text)))
    # a capitalised syllable and the lower-case one after it are one word of a proper name (``Công nghệ Tin học``)
    joined = sum(1 for a, b in itertools.pairwise(syllables) if a[:1].isupper() and b[:1].islower())
    return len(syllables) - joined


def opens_with_verb(text: str) -> bool:
    """Whether ``text`` (what follows a subject) begins with a task verb or role word of the grammar's stops
    (``chủ trì``, ``kiểm tra``), not a clause word (``của``, ``theo``) or a word no list knows."""
    r = text.lstrip(" \t,")
    stop = match_at(_ANY_CASE_STOP, first_word(r, 0), r, 0)
    if stop is None or opens_no_predicate(r, stop) or adverb_alone(r):
        return False
    # a noun a stop opens, capitalised as a body's field (``Thi hành án dân sự thành phố``): no verb
    return NOUN_OPENED_BY_STOP.match(r[:1].lower() + r[1:]) is None


def opens_with_role_word(text: str) -> bool:
    """Whether ``text`` (what follows a subject) begins with a role word (``chủ trì``, ``chịu trách nhiệm``):
    what makes noun phrases no list knows the subject."""
    r = text.lstrip(" \t,")
    stop = match_at(STOP, fold(first_word(r, 0)), r, 0)
    return stop is not None and _lower(stop.group()) in _ROLE_WORDS


#: The partners read by where they stand are at most this many words in all, each ``DEFAULT_MAX_PARTNER_WORDS``.
DEFAULT_MAX_PARTNER_STRETCH, DEFAULT_MAX_PARTNER_WORDS = 40, 16
_PARTNER_PARTS = compiled(r"[ \t]*,[ \t]*|[ \t]+và[ \t]+")
LEADING_PLURAL = compiled(r"(?:các|những)[ \t]+")
#: What makes the words after ``phối hợp với`` a topic rather than partners: ``phòng, chống`` (a field's name,
#: its comma no list's), or a clause word before a noun naming no one (``trong công tác``, ``về việc``).
_TOPIC_IN_PARTNERS = compiled(
    r"(?i)(?<![\p{L}])(?:phòng,?[ \t]+chống|(?:trong|về|của|theo|cho|đối[ \t]+với)[ \t]+"
    r"(?:công[ \t]+tác|việc|hoạt[ \t]+động|lĩnh[ \t]+vực|nhiệm[ \t]+vụ|quá[ \t]+trình|thực[ \t]+hiện|triển[ \t]+khai))(?![\p{L}])"
)


def _partners_end(text: str) -> int | None:
    """Where the partners after ``phối hợp với`` end: at the first task verb or clause word in lower case (not a
    place's ``trong``/``tại``, ``và``, a noun after ``các``, a capitalised word's own syllable); None past
    ``DEFAULT_MAX_PARTNER_STRETCH`` words or when none comes."""
    prev: regex.Match[str] | None = None
    member, clause = 0, False  # where the partner being read begins; whether a clause of it waits for its verb
    having, amount = False, 0  # a partner's clause read; where its quantity ends (``từ 90`` ``CV`` ``trở lên``)
    for count, w in enumerate(WORD.finditer(text)):
        if count >= DEFAULT_MAX_PARTNER_STRETCH:
            return None
        quantity = HAVING_AMOUNT.match(text, w.start()) if having and w.start() >= amount else None
        if w.start() < amount or quantity is not None:
            amount, prev = quantity.end() if quantity is not None else amount, w
            continue
        token = w.group()
        after_capital = prev is not None and prev.group()[:1].isupper() and text[prev.end() : w.start()] == " "
        if prev is not None and "," in text[prev.end() : w.start()]:
            member, clause, having = w.start(), False, False
        prev = w
        if (agent := name_partner_parts.agent_clause_end(text, w, member)) is not None:
            amount, clause, having = agent, True, True  # ``… giám sát viên`` + ``do UBND cấp xã`` + ``giới thiệu``
            continue
        if token[:1].islower() and name_partner_parts.after_place_name(text, w.start()):
            return w.start()  # ``các hộ ở thôn Đồng Lầy`` + ``rào chắn …``: where they are closes them
        if token[:1].islower():
            stop = match_at(STOP, fold(token), text, w.start())
            opened, clause = clause, False  # (the clause's own verb is the word after its opener)
            if stop is not None and (opened or name_partner_parts.relative_clause(text, member, stop)):
                clause = not opened  # ``các thú y viên`` + ``đã nghỉ hưu``: what they did, then its own verb
                having, amount = having or not opened, max(amount, stop.end())  # (past ``thành lập``'s ``lập``)
                continue
            if (
                stop is None
                or STOP_COMPOUND_END.search(text, 0, stop.end())
                or NOUN_OPENED_BY_STOP.match(text, w.start())
            ):
                continue  # (``tổ tự quản …``, ``an toàn giao thông``: a noun a stop opens)
            key = _lower(stop.group())
            if key in _PLACE_CLAUSE_WORDS and _doing_after(text, stop.end()):
                return w.start()  # ``… trong việc tham mưu``, ``… trong tham mưu``: what they do, not where they are
            if after_capital and stop.end() == w.end():
                continue  # ``Đào`` + ``tạo``: a one-syllable verb after a capital is that word's (``Giáo dục và Đào tạo``)
            if name_partner_parts.named_for_function(text, w.start(), stop):
                continue  # ``các ban`` + ``quản lý khu công nghiệp``: what the committees are named for
            if key in _PLACE_CLAUSE_WORDS or key in {"và", "hoặc"} or _after_determiner(text, w.start()):
                member, clause = (stop.end(), False) if key in {"và", "hoặc"} else (member, clause)
                continue  # ``… trong khu dân cư``, ``… và các hội``, ``các tổ chức``: still the partners
            return w.start()
    return None


_DOING_NOUNS = name_partner_parts.DOING_AFTER


def _doing_after(text: str, pos: int) -> bool:
    """Whether what is done follows a place's clause word ending at ``pos``: a noun of doing (``việc``: ``DOING_NOUNS``)
    or a verb of the grammar's stops (``tham mưu``)."""
    if _DOING_NOUNS.match(text, pos):
        return True
    after = skip_spaces(text, pos)
    nxt = WORD.match(text, after)
    if nxt is None or not nxt.group()[:1].islower():
        return False
    stop = match_at(STOP, fold(nxt.group()), text, after)
    return stop is not None and _lower(stop.group()) not in _PLACE_CLAUSE_WORDS and not _after_determiner(text, after)


#: An ellipsis that closes a list of partners before the verb (``…, Tạp chí Diễn đàn doanh nghiệp... thường xuyên``).
_ETC_BEFORE = compiled(r"(?:\.{3}|…)[ \t]*$")


def _qualified(text: str, known: NameSpan, last: int) -> NameSpan:
    """A known name in a list of partners with the words after it that say which ones, up to the list's next comma or
    ``và`` (``các chuyên viên trong cơ quan``: where they are; ``các tổ hợp tác`` + ``trồng lúa ở …``)."""
    sep = _PARTNER_PARTS.search(text, known.end, last)
    to = sep.start() if sep is not None else last
    if (
        _PLACE_QUALIFIER.match(text, known.end)
        or name_partner_parts.qualifies(text, known.end, to)
        or name_partner_parts.clause_of_plural(text, known.start, known.end, to)
    ):
        return replace(known, end=to, canonical=None, alias_end=None)
    return known


def positional_partners(text: str) -> list[NameSpan]:
    """The partners after ``phối hợp với`` when they open with a name no list knows (``chi hội người cao tuổi, các
    câu lạc bộ dưỡng sinh trong khu dân cư`` + ``tổ chức …``): the noun phrases, parted by commas and ``và``, up
    to the first task verb or clause word (``để``, ``theo``; ``trong``/``tại``/``ở`` + a place go on); a known name
    among them keeps its own grammar (``các cơ quan, đơn vị chức năng``).  None when punctuation other than a
    comma comes first, a part opens with a verb or a noun naming no one, or a part is a bare collective noun
    (``sở, ban, ngành``: a list the grammar does not take for names)."""
    end = _partners_end(text)
    etc = _ETC_BEFORE.search(text, 0, end) if end else None  # (``…, Tạp chí X...`` + the verb: the list's ``etc.``)
    if not end or any(ch in ".;:()\n…" for ch in text[: etc.start() if etc else end]):
        return []  # punctuation before the verb: a sentence's end, a clause
    if _TOPIC_IN_PARTNERS.search(text, 0, end):
        return []  # ``… lực lượng chuyên trách phòng, chống tội phạm``, ``… địa phương trong công tác …``: a topic
    last = rstrip_end(text, 0, etc.start() if etc else end)
    if text[last - 1 : last] == ",":  # (``…, chính quyền các cấp,`` + ``phát động …``: the next clause's comma)
        last = rstrip_end(text, 0, last - 1)
    if name_partner_parts.own_or_joined_end(text, last):  # (``…, đơn vị mình và`` + ``phối hợp với …``)
        return []
    out: list[NameSpan] = []
    pos = 0
    while True:
        start = skip_spaces(text, pos)
        known = name_at(text, start)
        if known is not None and known.end > last and out:
            last = known.end  # ``…, các cơ quan, đơn vị`` + ``có liên quan``: a known name's own tail ends it
        if known is not None and known.end <= last:
            known = name_partner_parts.past_trade(text, _qualified(text, known, last), last, _PARTNER_PARTS)
            piece_end = known.end
            out.append(known)
        else:
            sep = name_partner_parts.next_part(text, start, last, _PARTNER_PARTS)
            piece_end = sep.start() if sep is not None else last
            plural = LEADING_PLURAL.match(text, start)
            words = WORD.findall(text, start, piece_end)
            if not words or len(words) > DEFAULT_MAX_PARTNER_WORDS:
                return []
            if bare_plural_nouns(text, start, piece_end):
                return []  # ``sở, ban, ngành``: a list the grammar does not take for names; ``chính quyền`` is one
            if (
                out
                and text[start : start + 1].isupper()
                and not name_partner_parts.closed_pair(text, out[-1], start, piece_end)
                and (not name_shaped(text[start:piece_end]) or _portfolio_field(text, start))
            ):
                # ``Sở Khoa học`` + ``và Công nghệ``, ``Sở Văn hóa`` + ``, Thể thao``: a portfolio's field, the name's
                out[-1] = NameSpan(out[-1].start, piece_end, out[-1].kind, rule=out[-1].rule)
            elif _stop_post(text, start) and (post := _post_of_known(text, start, False)) is not None:
                out.append(post)  # ``Thường trực`` + ``Hội đồng nhân dân``: a post's stop before a known body
                piece_end = post.end
            elif _opens_with_non_subject(text, plural.end() if plural else start):
                return [] if name_partner_parts.place_part(text, start) else out  # (+ ``và hệ thống …``: kept)
            else:
                out.append(NameSpan(start, piece_end, "other", rule="name.partner"))
        name_partner_parts.join_going_on(text, out)  # (``… ở thôn`` + ``, tổ dân phố``: one partner)
        if piece_end >= last:
            return out
        joiner = _PARTNER_PARTS.match(text, piece_end)
        if joiner is None:
            return []
        pos = joiner.end()


_PLACE_CLAUSE_WORDS = frozenset({"trong", "tại", "ở", "trên", "của"})
#: A known name going on with where its members are (``các đồng chí trong Ban Thường trực``).
_PLACE_QUALIFIER = compiled(r"[ \t]+(?:trong|tại|ở|của|thuộc)[ \t]+(?=\p{L})")
