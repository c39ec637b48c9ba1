"""The members of a collective no list knows, after a comma: ``Các trường mầm non`` + ``, nhóm trẻ độc lập tư thục`` +
``lau rửa …``.  The collective's list stops at a noun it does not know, and the sentence read on from there had no
predicate: the members in lower case up to the sentence's task verb are the collective's, kept as written (decision
of the conventions: a collective as written).  Only where the sentence would otherwise give nothing
(``obligation_walk``: ``subject.no_predicate``), so a list the grammar parts (``Các doanh nghiệp vận tải, doanh
nghiệp xăng dầu``) stays parted."""

from __future__ import annotations

import regex

from ..chars import fold, tone_key
from ..pattern_cache import compiled
from ..tables.post_shapes import FUNCTION_VERB_KEYS, NOT_NAMED_OBJECT_KEYS
from .name_lexicon import (
    CAC,
    STOP,
    STOP_COMPOUND_END,
    TASK_VERB,
    WORD,
    NameSpan,
    first_word,
    match_at,
    skip_spaces,
)

#: The records of a collective's name whose list may go on in members no list knows (``Các ngân hàng thương mại``,
#: ``Các doanh nghiệp nhà nước``: the alias table's).
_COLLECTIVE_RULES = frozenset({"name.collective", "name.alias"})
_COMMA = compiled(r"[ \t]*,[ \t]*")
#: Words no member of a collective holds: prepositions, determiners, a mood (``được``), the noun that makes a verb a
#: noun (``việc``), a verb of a standing function (``đăng ký``: ``Các đại biểu …, đăng ký …``).
_NOT_MEMBER_KEYS = NOT_NAMED_OBJECT_KEYS | FUNCTION_VERB_KEYS | {tone_key("việc")}
#: Words that open a clause after a subject's comma, not a member (``Các đơn vị, căn cứ chức năng …, triển khai``).
_CLAUSE_OPENERS = frozenset({"can cu", "tuy", "neu", "khi", "sau khi", "tren co so", "trong qua trinh"})
#: How many syllables each member after the comma runs at most (``phòng khám đa khoa khu vực``: six).
DEFAULT_UNLISTED_MEMBER_WORDS = 8


def unlisted_members_end(text: str, span: NameSpan) -> int | None:
    """Where the collective ``span`` (``các`` + its nouns) ends when a comma and members in lower case no list knows
    follow it up to the sentence's task verb with its object (``Các trạm y tế xã, phòng khám đa khoa khu vực`` +
    ``tổ chức tiêm chủng``); None when a word of a clause (a preposition, ``căn cứ``, a mood), a capital or a
    verb first follows the comma."""
    if span.rule not in _COLLECTIVE_RULES or CAC.match(text, span.start) is None:
        return None
    if any(tone_key(w) in _NOT_MEMBER_KEYS for w in WORD.findall(text, span.start + 4, span.end)):
        return None  # (``Các đại biểu dự họp … được mời``: a clause in the collective already)
    comma = _COMMA.match(text, span.end)
    if comma is None:
        return None
    prev, count = span.end, 0
    for w in WORD.finditer(text, comma.end()):
        gap = text[prev : w.start()].strip(" \t")
        if gap == ",":
            count = 0  # (the next member)
        if (gap and gap != ",") or not w.group()[:1].islower():
            return None
        verb = match_at(STOP, first_word(text, w.start()), text, w.start())
        if verb is not None and STOP_COMPOUND_END.search(text, max(0, w.start() - 24), verb.end()) is None:
            if not count or gap or TASK_VERB.match(text, w.start()) is None or _function_then_verb(text, verb):
                return None  # (``…, đơn vị`` + ``điều hành dự án`` + ``tổ chức …``: what a member is named for?)
            nxt = WORD.match(text, skip_spaces(text, verb.end()))
            return prev if nxt is not None and nxt.group()[:1].islower() else None
        if (
            count >= DEFAULT_UNLISTED_MEMBER_WORDS
            or tone_key(w.group()) in _NOT_MEMBER_KEYS
            or (not count and fold(first_word(text, w.start())) in _CLAUSE_OPENERS)
        ):
            return None
        prev, count = w.end(), count + 1
    return None


def _function_then_verb(text: str, verb: regex.Match[str]) -> bool:
    """Whether ``verb`` is a standing function's (``điều hành``) and another task verb follows its object within
    ``DEFAULT_UNLISTED_MEMBER_WORDS`` syllables, no punctuation between: the member may be named for it, undecided."""
    if tone_key(verb.group()) not in FUNCTION_VERB_KEYS:
        return False
    for count, w in enumerate(WORD.finditer(text, verb.end())):
        if count >= DEFAULT_UNLISTED_MEMBER_WORDS:
            return False
        if match_at(STOP, first_word(text, w.start()), text, w.start()) and TASK_VERB.match(text, w.start()):
            return count > 0  # (after its object; ``tổ chức`` + ``tiêm …`` is one task's verbs)
        if text[w.end() : w.end() + 1] in (",", ".", ";", ":"):
            return False
    return False


#: A proper name of one to four capitalised syllables right after a collective's last word (``… ven sông`` + ``Cái
#: Vồn``), then a word in lower case.
_PROPER_AFTER = compiled(r" (?P<name>\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,3})(?= \p{Ll})")
#: The nouns of the land and the water a collective's members are along (``ven sông``, ``dọc kênh``, ``quanh hồ``):
#: a proper name after one is that place's, the collective's words.
PLACE_NOUNS: tuple[str, ...] = (
    "sông", "suối", "kênh", "rạch", "hồ", "đầm", "vịnh", "biển", "đảo", "núi", "đèo", "chợ", "cầu", "đường", "bến",
)  # fmt: skip
_PLACE_NOUN_KEYS = frozenset(tone_key(w) for w in PLACE_NOUNS)


def place_name_end(text: str, span: NameSpan) -> int | None:
    """Where the collective ``span`` ends when its last word is a noun of a place (``PLACE_NOUNS``) and that place's
    proper name follows it (``Các ấp, tổ nhân dân tự quản ven sông`` + ``Cái Vồn`` + ``rà soát …``): the name's; None
    otherwise."""
    if span.rule not in _COLLECTIVE_RULES or CAC.match(text, span.start) is None:
        return None
    last = WORD.findall(text, span.start, span.end)[-1:]
    proper = _PROPER_AFTER.match(text, span.end)
    if not last or tone_key(last[0]) not in _PLACE_NOUN_KEYS or proper is None:
        return None
    return proper.end()
