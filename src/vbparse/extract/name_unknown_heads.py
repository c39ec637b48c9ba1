"""A body whose head no list knows, read by how its name is written (issue 52: the twins' unknown head before an
unknown verb).  Nghị định 30/2020 writes an organ's name with a capital on its head and on the words that say which one
(``Nhà Thiếu nhi``, ``Xí nghiệp Thủy nông``, ``Đoạn Quản lý``); where a subject stands, such a head is read as a known
head is (``name_run.extend_name``) and kept only when its name closes itself by its own words: its level, its unit's
number, its proper name (a verb after it is no such sign).  Then the word in lower case after it is the sentence, a
verb no list knows included."""

from __future__ import annotations

import itertools

import regex

from ..tables.clause_words import NON_SUBJECT_HEADS, NOT_PREDICATE_STOPS, PEOPLE_OF_A_PLACE, THING_HEADS
from ..tables.post_shapes import EVENT_HEADS
from ..tables.word_formation import syllable_pairs
from . import name_fields
from .name_forms import opens_with_non_subject, person_shaped
from .name_lexicon import (
    LEVEL,
    LEVEL_AT_END,
    STOP,
    WORD,
    NameSpan,
    first_word,
    head_word_at,
    lexicon_key,
    match_at,
    skip_spaces,
)
from .name_run import extend_name
from .unit_numbers import UNIT_NUMBER

#: The record of such a name (``tables/rules_names.py``).
RULE = "name.unknown_head"
#: Words in lower case a head may hold before the capital that says which one (``Xí nghiệp``, ``Bến xe khách``).
DEFAULT_HEAD_LOWER_WORDS = 2


_THINGS = frozenset(lexicon_key(w) for w in (*THING_HEADS, *EVENT_HEADS))
#: First words after a name that never open its predicate, whatever follows them: a passive (``được sửa chữa``), a
#: description (``có``, ``là``), a state (``đã``, ``đang``, ``chưa``), a becoming (``… Hà Nội thành Đại học …``).
_NEVER_PREDICATE = frozenset({"được", "bị", "có", "là", "của", "đã", "đang", "chưa", "không", "thành"})
#: Words (or a verb taken whole) that open no predicate of a name's own: those, the clause words, adverbs.
_NO_PREDICATE = (
    frozenset(lexicon_key(w) for w in NOT_PREDICATE_STOPS) | _NEVER_PREDICATE | {"vẫn", "cũng", "luôn", "rất"}
)
_NOT_SUBJECT = frozenset(lexicon_key(w) for w in NON_SUBJECT_HEADS)
#: People named for where they live (``Công dân Việt Nam``, ``Người dân Yên Khê``): no organ named for its place.
_PEOPLE = frozenset(lexicon_key(w) for w in PEOPLE_OF_A_PLACE)
_REFUSED_HEADS = _THINGS | _NOT_SUBJECT | _PEOPLE


def unknown_head_subject(text: str, pos: int) -> NameSpan | None:
    """The name at ``pos``, where a subject stands, of a head no list knows written as a name (a capital on it and on
    the word after it that says which one), closed as a known head's would be and followed by a predicate; None for a
    work, a place, an event or a text so written (``THING_HEADS``), a verb and its object (``Cấp Giấy phép``), a person,
    or a name the sentence describes or acts on (``… được sửa chữa``, ``… có 12 doanh nghiệp``)."""
    head_end = _head_end(text, pos)
    if head_end is None:
        return None
    end = extend_name(text, head_end, "body", head=text[pos:head_end])
    if any(name_fields.passive_at(text, w) or _count(text, w) for w in WORD.finditer(text, head_end, end)):
        return None  # (``Quỹ Bảo vệ môi trường được trích …``: the name ran over its passive; ``Xưởng Phim 14 …``)
    after = skip_spaces(text, end)
    words = [lexicon_key(w.group()) for w in itertools.islice(WORD.finditer(text, after, after + 40), 2)]
    if not words or not text[after : after + 1].islower():
        return None
    if not _predicate(text, after, words):
        return None
    return NameSpan(pos, end, "body", rule=RULE) if _closed(text, pos, end, after) else None


def _predicate(text: str, after: int, words: list[str]) -> bool:
    """Whether the words in lower case at ``after`` (``words``: the first two, lower-cased) open a predicate: a verb
    the lists know taken whole (``tiếp nhận``, not ``tiếp``), or a pair of syllables written together that is no
    clause word nor a noun naming nothing (``chỉ huy``, not ``hoạt động``), or a word that is none of them; never a
    passive, a state or a description (``được``, ``đã``, ``có``, ``là``)."""
    verb = match_at(STOP, first_word(text, after), text, after)
    if verb is not None:
        return lexicon_key(verb.group()) not in _NO_PREDICATE
    if words[0] in _NEVER_PREDICATE:
        return False
    two = " ".join(words)
    said = two if len(words) == 2 and two in syllable_pairs() else words[0]
    return said not in _NO_PREDICATE and said not in _NOT_SUBJECT


def _head_end(text: str, pos: int) -> int | None:
    """Where a head no list knows ends at ``pos``: its capitalised first word and up to ``DEFAULT_HEAD_LOWER_WORDS``
    in lower case, none a verb or a clause word, then a capitalised word that says which one: not a level (``Tỉnh``),
    a place (``Hà Nội``), a thing or a text (``Giấy``, ``Hệ thống``)."""
    if not text[pos : pos + 1].isupper():
        return None
    words = list(itertools.islice(WORD.finditer(text, pos), DEFAULT_HEAD_LOWER_WORDS + 2))
    if len(words) < 2 or words[0].group().isupper() or not any(w.group()[:1].isupper() for w in words[1:]):
        return None  # (an abbreviation, a heading in capitals; no capital that says which one: asked first, cheap)
    if head_word_at(text, pos) is not None or _verb_or_place(text, pos):
        return None
    for i, w in enumerate(words[1:], start=1):
        if text[words[i - 1].end() : w.start()].strip(" \t") or not w.group().isalpha():
            return None  # punctuation or a number inside the head: a list, a clause, a note's number
        if not w.group()[:1].isupper():
            if _second_syllable(text, words[i - 1], w):
                continue  # the second syllable of the head's own word (``Nhà xuất`` + ``bản``, not a hamlet)
            if _verb_or_place(text, w.start()) or lexicon_key(w.group()) in _NOT_SUBJECT:
                return None
            continue
        head = lexicon_key(text[pos : words[i - 1].end()])
        named = " ".join(lexicon_key(x.group()) for x in words[i : i + 2])
        if w.group().isupper() or head in _REFUSED_HEADS or LEVEL.match(text, w.start()):
            return None  # (the name's own words may be a verb's: ``Đoạn Quản lý``, ``Sàn Giao dịch``)
        if _place(text, w.start()) and not _named_for_its_place(head):
            return None
        said = (named,) if named in syllable_pairs() else (named.split(" ")[0], named)
        if any(x in _THINGS or x in _NOT_SUBJECT for x in said):
            return None  # ``Cấp Giấy`` + ``phép``, ``Tối ưu`` + ``Hệ thống``: a verb and the thing it acts on
        return None if person_shaped(text[pos : w.end()]) else words[i - 1].end()
    return None


def _second_syllable(text: str, before: regex.Match[str], w: regex.Match[str]) -> bool:
    """Whether the word ``w`` in lower case is the second syllable of a word the head's lower-case word ``before``
    opens (``xuất`` + ``bản``: ``bản`` no hamlet there), not a clause word (``Cán bộ`` + ``và``) nor a verb."""
    return (
        before.group()[:1].islower()
        and f"{before.group()} {w.group()}" in syllable_pairs()
        and lexicon_key(w.group()) not in _NO_PREDICATE
        and match_at(STOP, first_word(text, w.start()), text, w.start()) is None
    )


def _named_for_its_place(head: str) -> bool:
    """Whether a head no list knows (``head``, lower-cased) names an organ by the place it stands in (``Bến xe
    khách`` + ``Yên Khê``, ``Cảng vụ Hàng hải`` + ``Quy Nhơn``): a head of two words or more that is no landform nor
    landmark (``Sông``, ``Vùng đồi``, ``Quảng trường``: ``THING_HEADS``) nor its people (``Công dân``)."""
    words = head.split(" ")
    return len(words) >= 2 and not {words[0], " ".join(words[:2])} & (_THINGS | _PEOPLE)


def _verb_or_place(text: str, at: int) -> bool:
    """Whether a verb the lists know, a clause word, a level or a place's name opens at ``at``."""
    return (
        match_at(STOP, first_word(text, at), text, at) is not None
        or opens_with_non_subject(text, at)
        or _place(text, at)
    )


def _count(text: str, w: regex.Match[str]) -> bool:
    """Whether the word ``w`` is a number that counts (``Xưởng Phim 14 khu vực``), not its unit's (``… số 3``)."""
    return w.group().isdecimal() and UNIT_NUMBER.search(text, max(0, w.start() - 12), w.end()) is None


def _place(text: str, at: int) -> bool:
    """Whether a level or a place's name the gazetteer knows opens at ``at`` (``Tỉnh``, ``Hà Nội``)."""
    return LEVEL.match(text, at) is not None or name_fields.known_place_end(text, at, 2) is not None


def _closed(text: str, pos: int, end: int, after: int) -> bool:
    """Whether the name ``[pos, end)`` ends where a known head's would by its own words: a level closes it (``…
    tỉnh``), its unit's number or its proper name does (``… số 3``, ``… Đông Sơn``).  A verb after it is no such
    sign: that is what a verb and its object look like too (``Cấp Giấy phép`` + ``cung cấp …``)."""
    return LEVEL_AT_END.search(text, pos, end) is not None or name_fields.ends_at_proper_name(text, pos, after, True)
