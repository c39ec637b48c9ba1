"""Where a verb ends a name: a lower-case stop (``STOP``) ends the run of a name's words unless it is the name's
own (a compound its word opens, a noun a stop opens, a committee's verb and object before its post) or, in a
collective, a participle of the noun before it (``đơn vị được lựa chọn``, ``cá nhân bị tạm dừng``)."""

from __future__ import annotations

from functools import lru_cache

import regex

from ..chars import collapse_spaces, fold, new_tone_spelling, tone_key
from ..pattern_cache import compiled
from ..tables.bodies import VILLAGE_PLACES
from ..tables.clause_words import NOT_PREDICATE_STOPS, ROLE_WORDS
from ..tables.post_shapes import FUNCTION_VERBS, NOT_NAMED_OBJECT_KEYS, STAFF_HEADS
from . import name_lexicon
from .name_lexicon import (
    CAP_WORD,
    DEFAULT_POST_LOOKBACK,
    NOUN_OPENED_BY_STOP,
    OBJECT_BEFORE_POST,
    STOP,
    STOP_COMPOUND_END,
    WORD,
    first_word,
    match_at,
)

#: ``được``/``bị`` right before a word: what follows is a participle of the noun before them (``Các đơn vị được lựa
#: chọn quan trắc …``), not the sentence's verb; a stop that opens with them (``được giao``) is matched at them; not
#: after ``không``/``chưa``, a prohibition (``Cơ quan thuế không được yêu cầu …``).
_PASSIVE_BEFORE = compiled(r"(?<![\p{L}])(?<!(?:không|chưa)[ \t]+)(?:được|bị)[ \t]+$")
#: How far back ``_PASSIVE_BEFORE`` looks (``được`` and its spaces).
_PASSIVE_REACH = 8
#: A village chief's post right before a word (``Trưởng thôn``, ``Phó trưởng các ấp``, ``Trưởng bản``): whole with its
#: place, so that a word in lower case after it is the sentence's, a verb no list knows too (``thống kê``).
_VILLAGE_CHIEF_BEFORE = compiled(
    r"(?<![\p{L}])(?:(?i:phó)[ \t]+)?(?i:t)rưởng[ \t]+(?:các[ \t]+)?(?:"
    + "|".join(v.replace(" ", r"[ \t]+") for v in (*VILLAGE_PLACES, "bản"))
    + r")(?:[ \t]+(?:\p{Lu}\p{Ll}*|\d{1,3})){0,4}[ \t]+$"  # (its place's own name or number: ``thôn Đồng Lạc``, ``ấp 3``)
)
#: A team's noun (and its head's post) right before a verb of a standing function, which names the team when the
#: sentence's task verb follows it at once (``Trưởng đoàn thanh tra`` + ``báo cáo …``, ``Đoàn kiểm tra`` + ``kiểm tra
#: thực tế …``; twenty-seventh twins of F1); not ``tổ chức``, the verb of any body (``Hội đồng tổ chức kiểm tra …``).
_TEAM_BEFORE = compiled(r"(?<![\p{L}])(?:(?i:t)rưởng[ \t]+)?(?i:đoàn|tổ|nhóm|hội[ \t]+đồng)[ \t]+$")
_TEAM_FUNCTION_KEYS = frozenset(tone_key(v) for v in FUNCTION_VERBS if v != "tổ chức")


def _team_named_for(text: str, q: int, stop: regex.Match[str]) -> bool:
    """Whether the stop at ``q`` is the function a team is named for: right after the team's noun, and right before
    the sentence's task verb."""
    return (
        tone_key(collapse_spaces(stop.group())) in _TEAM_FUNCTION_KEYS
        and _TEAM_BEFORE.search(text, max(0, q - DEFAULT_POST_LOOKBACK), q) is not None
        and name_lexicon.TASK_VERB.match(text, name_lexicon.skip_spaces(text, stop.end())) is not None
    )


#: Words that go on a post's place rather than open the sentence: where (``trên địa bàn``), whose (``thuộc``),
#: another of its kind (``và``, ``hoặc``), prepositions.
_PLACE_GOES_ON = NOT_NAMED_OBJECT_KEYS | {tone_key(w) for w in ("thuộc", "trực", "và", "hoặc")}


def _predicate_word(text: str, q: int) -> bool:
    """Whether the word at ``q`` after a village chief's post opens the sentence's predicate: a word in lower case
    that does not go on the post's place (``_PLACE_GOES_ON``) nor is a tail (``trên địa bàn``)."""
    w = WORD.match(text, q)
    return (
        w is not None
        and w.group()[:1].islower()
        and tone_key(w.group()) not in _PLACE_GOES_ON
        and not match_at(name_lexicon.TAIL, first_word(text, q), text, q)
    )


#: ``đang`` before a verb of what members of a collective are engaged in or where they live (``các doanh nghiệp đang
#: hoạt động trên địa bàn huyện``, ``các hộ đang sinh sống ven sông``): which members, not the sentence's tense.
_ASPECT_OF_STATE = compiled(
    r"đang[ \t]+(?:hoạt[ \t]+động|sinh[ \t]+sống|cư[ \t]+trú|sinh[ \t]+hoạt|công[ \t]+tác|làm[ \t]+việc|học[ \t]+tập"
    r"|điều[ \t]+trị|lưu[ \t]+trú|kinh[ \t]+doanh|sản[ \t]+xuất|tham[ \t]+gia|sử[ \t]+dụng|quản[ \t]+lý)(?![\p{L}])"
)


def _stop_after(text: str, end: int) -> bool:
    """Whether a stop (a verb, a clause word) opens the word after the one ending at ``end``."""
    r = name_lexicon.skip_spaces(text, end)
    return r > end and match_at(STOP, first_word(text, r), text, r) is not None


def ends_at_verb(text: str, q: int, token: str, first: str, collective: bool = False) -> bool:
    """Whether the lower-case word at ``q`` is a verb or role word that ends a name (``STOP``).  ``collective``: the
    name is a collective's (``Các đơn vị …``), which a participle after ``được``/``bị`` goes on (a body or a post
    before them is the sentence's subject: ``Thủ tướng Chính phủ được quyết định …``, ``Chính phủ được chủ động …``)."""
    if _VILLAGE_CHIEF_BEFORE.search(text, max(0, q - DEFAULT_POST_LOOKBACK), q) and _predicate_word(text, q):
        return True  # ``Trưởng các thôn`` + ``thống kê …``: a village chief's post is whole with its place
    if token == "hiện" and _stop_after(text, q + len(token)):
        # now, before a verb: a state described (``Công ty … Tây Cầu`` + ``hiện quản lý 46 hồ chứa``; twenty-seventh
        # twins of F3), not a word of the name (``Phòng Lưu trữ hiện hành``: ``hành`` opens no predicate)
        return True
    stop = match_at(STOP, first, text, q)
    compound = STOP_COMPOUND_END.search(text, 0, stop.end()) if stop else None
    return bool(
        stop
        and not CAP_WORD.match(token)
        # a compound ends with the stop only when the name's own word opens it (``Đội Vận chuyển``), not when
        # it is the stop itself (``… vận chuyển rác thải``: the verb)
        and not (compound is not None and compound.start() < q)
        and not match_at(NOUN_OPENED_BY_STOP, first, text, q)  # ``Ban An toàn giao thông``
        # a verb with nothing after it before ``;`` is a name's word: ``Viện trưởng Viện Quy hoạch xây dựng;``
        and text[stop.end() : stop.end() + 2].lstrip(" \t")[:1] != ";"
        # a committee named by its verb and object, then a double post or a colon: ``Trưởng ban xây dựng Đảng -
        # Trưởng Tiểu ban:`` (not ``Tổ giám sát Công ty X trong quý II``, where the committee does it)
        and not (
            name_lexicon.FUNCTION_NAMED_ANY_CASE.search(text, max(0, q - DEFAULT_POST_LOOKBACK), q)
            and OBJECT_BEFORE_POST.match(text, stop.end())
        )
        and not (collective and _PASSIVE_BEFORE.search(text, max(0, q - _PASSIVE_REACH), q))  # ``đơn vị được lựa chọn``
        and not (collective and _ASPECT_OF_STATE.match(text, q))  # ``các doanh nghiệp đang hoạt động trên địa bàn …``
        and not after_agent_noun(text, q)  # ``Phòng Hỗ trợ người nộp thuế``
        and not _team_named_for(text, q, stop)  # ``Trưởng đoàn thanh tra`` + ``báo cáo …``
        and not adverb_of_a_field(text, q, stop.end())  # ``Trung tâm Giáo dục thường xuyên`` + ``tỉnh``
        and not about_a_field(text, q)  # ``Trung tâm Quốc gia`` + ``về Dịch vụ việc làm``
    )


#: How far a place's level after ``về`` is looked for (``Thành phố Hồ Chí Minh``).
_LEVEL_CHARS = 24
#: A capitalised word of the name right before ``về``, its compound's second syllable after it (``Quốc gia``,
#: ``Nghiên cứu``).
_CAPITAL_BEFORE = compiled(r"(?<![\p{L}])\p{Lu}\p{Ll}*(?:[ \t]+\p{Ll}+)?[ \t]+$")


def about_a_field(text: str, q: int) -> bool:
    """Whether ``về`` at ``q`` says what a body is about, inside its name: after a capitalised word of the name and
    before a field in capitals that is no body's head nor a place's level (``Ủy ban Quốc gia về Người cao tuổi``,
    ``Trung tâm Quốc gia về Dịch vụ việc làm``, ``Viện Nghiên cứu về Phát triển bền vững``; twenty-eighth twins of
    A1); not ``… báo cáo về Ủy ban nhân dân tỉnh`` (sent to a body), nor ``về`` + a verb (``Đoàn … về làm việc``)."""
    if not text.startswith("về", q) or _CAPITAL_BEFORE.search(text, max(0, q - DEFAULT_POST_LOOKBACK), q) is None:
        return False
    r = name_lexicon.skip_spaces(text, q + len("về"))
    return (
        text[r : r + 1].isupper()
        and name_lexicon.head_word_at(text, r) is None
        and name_lexicon.LEVEL.match(text[r : r + _LEVEL_CHARS].lower()) is None
    )


#: What after an adverb shows that no verb of the sentence follows it, so that it is a field's word of the name
#: before it: a place's level (``… thường xuyên`` + ``tỉnh``), or ``và`` and a capitalised word (+ ``và Giáo dục …``).
_NO_VERB_AFTER = compiled(r"[ \t]+(?:(?:" + name_lexicon.LEVEL.pattern + r")|và[ \t]+\p{Lu})")


def adverb_of_a_field(text: str, q: int, end: int) -> bool:
    """Whether the stop ``[q, end)`` is a manner adverb (``MANNER_ADVERBS``: ``thường xuyên``, ``định kỳ``) that a
    place's level or ``và`` and a capitalised field follows at once: an adverb stands before its verb, so there it is
    a word of the name's field (``Giáo dục thường xuyên``), not the predicate's."""
    return name_lexicon.MANNER.fullmatch(text, q, end) is not None and _NO_VERB_AFTER.match(text, end) is not None


#: How many spellings ``stop_key`` keeps.
DEFAULT_KEY_CACHE = 1 << 12
#: The last words before a colon that are looked at for a verb (``tổ chức thành lập:``).
DEFAULT_VERB_BEFORE_COLON_WORDS = 3


@lru_cache(maxsize=DEFAULT_KEY_CACHE)
def stop_key(text: str) -> str:
    """Lower case, one tone placement, single spaces: how the grammar's word lists (``NON_SUBJECT_HEADS``,
    ``NOT_PREDICATE_STOPS``, the role words) are compared (folding would make ``chi hội`` the word ``chỉ``, ``sở`` the
    word ``số``)."""
    return collapse_spaces(new_tone_spelling(text)).lower()


#: The stops that open no predicate (``gồm``, ``sau``), and the role words (``chủ trì``), as ``stop_key`` spells them.
NOT_PREDICATE_KEYS = frozenset(stop_key(w) for w in NOT_PREDICATE_STOPS)
ROLE_KEYS = frozenset(stop_key(w) for w in ROLE_WORDS)
#: The stops of ``NOT_PREDICATE_STOPS`` that open a predicate before a count of what is given (``trao 120 suất học
#: bổng``, twenty-sixth twins of A1), where alone they do not.
_COUNTED_STOPS = frozenset({"trao"})
_COUNT_AFTER = compiled(r"[ \t]+\d")


def opens_no_predicate(text: str, stop: regex.Match[str]) -> bool:
    """Whether the stop ``stop`` of ``text`` opens no predicate: a clause word (``gồm``, ``sau``, ``có``), ``trao``
    but before a count."""
    key = stop_key(stop.group())
    return key in NOT_PREDICATE_KEYS and not (key in _COUNTED_STOPS and _COUNT_AFTER.match(text, stop.end()))


#: The staff nouns (``cán bộ``, ``kế toán``, ``văn thư``), as ``stop_key`` spells them.
STAFF_KEYS = frozenset(stop_key(w) for w in STAFF_HEADS)


def ends_with_task_verb(text: str) -> bool:
    """Whether ``text`` ends with a task verb in lower case (``… tổ chức thành lập``), not a role word (``chủ
    trì``, ``có trách nhiệm``) nor a clause word (``gồm``, ``sau``): a colon after it opens the verb's object,
    the task goes on."""
    words = list(WORD.finditer(text))[-DEFAULT_VERB_BEFORE_COLON_WORDS:]
    for w in words:
        stop = match_at(STOP, fold(w.group()), text, w.start()) if w.group()[:1].islower() else None
        if stop is not None and stop.end() == len(text.rstrip()):
            key = stop_key(stop.group())
            return key not in NOT_PREDICATE_KEYS and key not in ROLE_KEYS
    return False


#: A role word as a whole word (``chủ trì``, ``có trách nhiệm``), in either tone placement: what an addressee in lower
#: case stands before (``Giao kế toán trường chủ trì …``), and what a name cut at a verb of its field runs to its level
#: before.
ROLE_WORD = name_lexicon.alternation(ROLE_WORDS)


#: ``người`` right before a verb: a noun of who does it (``người tham gia``, ``người nộp thuế``, ``người phụ trách``),
#: not the sentence's verb.
_AGENT_NOUN_BEFORE = compiled(r"(?i)(?<![\p{L}])người[ \t]+$")
_AGENT_NOUN_REACH = 8


def after_agent_noun(text: str, q: int) -> bool:
    """Whether the verb at ``q`` follows ``người``, with which it names who does it (``người tham gia``)."""
    return _AGENT_NOUN_BEFORE.search(text, max(0, q - _AGENT_NOUN_REACH), q) is not None


#: A unit's second function after ``và`` runs at most this many words to its role word or its heading's colon.
DEFAULT_FUNCTION_WORDS = 6
_HEADING_COLON = compiled(r"[ \t]*:[ \t*_]*(?:\n|$)")


def function_to_role(text: str, start: int, q: int, r: int) -> int | None:
    """Where a name in sentence case ending in a word in lower case (``Phòng Quản lý thu``) goes on after ``và`` at
    ``q`` with a second function in lower case (``phát triển người tham gia``) that runs, no verb of a list, no head,
    level or determiner, up to a role word (``chủ trì``) or its heading's colon: no subject is followed by ``và`` and
    a verb of its own, so the words are the unit's."""
    before = text[start:q].split()
    if not (text[r : r + 1].islower() and before and before[-1].isalpha() and before[-1].islower()):
        return None
    if not any(w[:1].isupper() for w in WORD.findall(text, start, q)) or name_lexicon.LEVEL.match(text, r):
        return None
    if (
        name_lexicon.head_word_at(text, r) is not None
        or name_lexicon.first_word(text, r) in name_lexicon.DETERMINER_KEYS
    ):
        return None
    end = r
    for count, w in enumerate(WORD.finditer(text, r)):
        if count and (ROLE_WORD.match(text, w.start()) or _HEADING_COLON.match(text, end)):
            return end
        if count >= DEFAULT_FUNCTION_WORDS or not w.group()[:1].islower():
            return None
        stop = STOP.match(text, w.start())
        if stop and not (STOP_COMPOUND_END.search(text, r, stop.end()) or after_agent_noun(text, stop.start())):
            return None  # a verb (not ``công trình`` nor ``người tham gia``, nouns that hold one)
        end = w.end()
        if text[end : end + 1] in ",;:.()":
            break  # (a comma, a full stop: a list or a clause before any role word)
    return end if end > r and _HEADING_COLON.match(text, end) else None


def second_field_after_dash(text: str, kind: str, r: int) -> bool:
    """Whether the head word in capitals at ``r``, after a unit's dash, is the unit's second field: a staff noun
    (``Phòng Tài chính - Kế toán``, ``Bộ phận Hành chính - Văn thư``), or a body's head standing bare before the
    sentence's verb or at the end of its value (``Tổ Pháp chế - Thanh tra cập nhật …``, ``Tổ Hành chính - Văn
    phòng.``: a body named so would say whose, ``Thanh tra tỉnh``)."""
    head = name_lexicon.head_word_at(text, r)
    if head is None or kind not in ("body", "unit") or not text[r].isupper():
        return False
    if head[1] == "position":
        return stop_key(text[r : head[0]]) in STAFF_KEYS
    after = WORD.search(text, head[0])
    bare = after is not None and not text[head[0] : after.start()].strip(" \t") and STOP.match(text, after.start())
    # (or closing the value: ``Phối hợp: Tổ Hành chính - Văn phòng.``, nothing after it to say whose)
    closed = text[head[0] :].lstrip(" \t")[:1] in ("", ".", ";", "\n")
    return kind == "unit" and ((head[1] == "body" and bool(bare)) or (head[1] in ("body", "unit") and closed))


#: The field in capitals just before a comma (``Kiểm tra`` of ``Phòng Kiểm tra,``).
_CAPITAL_FIELD_END = compiled(r"\p{Lu}\p{Ll}*(?:[ \t]+\p{Ll}+)*[ \t]*$")


def acts_field(text: str, start: int, q: int) -> bool:
    """Whether the field in capitals before the comma at ``q`` (of a name from ``start``) is an act (``Kiểm tra``):
    the field may name a second act after its comma (``Phòng Kiểm tra`` + ``, kiểm soát nội bộ``)."""
    field = _CAPITAL_FIELD_END.search(text, start, q)
    if field is None or field.start() == start:
        return False  # (the name's head itself: ``Phòng``)
    verb = STOP.match(field.group().lower())
    return verb is not None and verb.end() == len(field.group().rstrip())


def opens_with_lower_head(piece: str) -> bool:
    """Whether ``piece`` opens in lower case with a body's head (``ban quản lý phố ẩm thực đêm``, ``tổ tự quản khu
    phố``): a body written in sentence case, as a field's value may name it (twenty-ninth twins of S1)."""
    head = name_lexicon.head_word_at(piece[:1].upper() + piece[1:], 0) if piece[:1].islower() else None
    return head is not None and bool(piece[head[0] :].strip(" .;,"))  # (not a bare ``sở``: a collective's noun)
