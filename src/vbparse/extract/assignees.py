"""Who a task is given to: names of bodies, posts, persons and collectives, read by their grammar.

A name starts at a head word (``tables/bodies.py``: ``Sở``, ``UBND``, ``Phó Giám đốc``, ``đồng chí``,
``các`` + a plural noun) or at a spelling in the alias table (``tables/assignees.py``: ``VPTK``,
``MTTQ``), and runs on until the sentence goes on: a role word or task verb in lower case, a clause word,
punctuation, or — after a comma or ``và`` — the head of the next name.  A place level (``tỉnh``, ``các
xã, phường``) with its proper name closes the name.  Enumerations give one name each; collectives
(``Các sở, ban, ngành``) stay one.

Matching (this module) is kept apart from what is made of a match (``make_assignee``), as in spaCy's
span ruler: the recogniser returns spans, the extractors decide what they mean.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, TypeVar

import regex

from ..chars import collapse_spaces, fold, match_key, new_tone_spelling
from ..models import Assignee
from ..pattern_cache import compiled, longest_first
from ..tables.assignees import ASSIGNEE_TABLE
from ..tables.bodies import (
    AGENT_SYLLABLES,
    ASSIGNED_CLAUSE,
    BARE_COLLECTIVE_HEADS,
    BODY_HEADS,
    BRANCH_HEADS,
    BREAKING_HEADS,
    CAPITALISED_STOPS,
    CENTRAL_COMMITTEES,
    COLLECTIVE_DETERMINERS,
    COLLECTIVE_NOUNS,
    COMMAND_HEADS,
    DEPUTY_PREFIX,
    ENUMERATION_JOINERS,
    EVENT_HEADS,
    FIELD_NOUNS,
    FILLER_HEADS,
    FUNCTION_NAMED_HEADS,
    GENERIC_HEADS,
    GRADE_WORD,
    HEADS_NOT_BEFORE_COMMA,
    JOINED_OPENERS,
    JOINT_OFFICE_BODIES,
    LEGAL_FORM,
    LEVEL_OPENED_COMPOUNDS,
    LEVEL_RANGE,
    LEVEL_WORD_COMPOUNDS,
    LISTED_COLLECTIVE,
    LISTED_GENERIC,
    LOWERCASE_HEADS,
    LOWERCASE_POSITION_HEADS,
    MARKET_ACTOR_NOUNS,
    MEMBER,
    MEMBER_SEPARATOR,
    NAME_STOPS,
    NAME_TAILS,
    NON_SUBJECT_HEADS,
    NOT_HEAD_PHRASES,
    NOT_PREDICATE_STOPS,
    NOUNS_OPENED_BY_STOPS,
    OWNING_BODY_NAMES,
    PARENT_BODY_HEADS,
    PARTY_RANK,
    PERSON_HONORIFICS,
    PLACE_LEVELS,
    POSITION_HEADS,
    POSSESSIVES,
    POSTS_WITHOUT_DEPUTY,
    ROLE_WORDS,
    SENTENCE_VERBS,
    STAFF_HEADS,
    STOP_COMPOUNDS,
    SUBJECT_OPENERS,
    SUBORDINATE_UNIT_HEADS,
    VERB_HEADS,
)
from ..tables.issuers import ISSUER_ABBREVIATIONS, expand_abbreviations

#: A name runs on for at most this many words (a longer run is a sentence, not a name).
DEFAULT_MAX_NAME_WORDS = 16
#: Recognition results kept per (text, offset): a sentence is looked at from several starts and the
#: same name is asked for again by the subject, partner and table readers.
DEFAULT_CACHE = 8192
#: A person's name has this many syllables at most (``Nguyễn Thị Minh Khai`` has four).
DEFAULT_MAX_PERSON_SYLLABLES = 5
#: An alias of at most this many letters, all capitals, is an abbreviation and is matched exactly as
#: written (``HĐTĐKT`` has six); a longer one in capitals is a name typed in capitals.
DEFAULT_MAX_ABBREVIATION = 8
#: A spelled-out alias is looked for within this many characters and words of where it may start: the
#: longest of the table (``Địa chính - Nông nghiệp - Xây dựng và Môi trường``) has 48 and 11.
DEFAULT_ALIAS_WINDOW = 120
DEFAULT_MAX_ALIAS_WORDS = 12
#: A lower-case list that closes a name (``…, thương mại và du lịch``) counts as this many of its
#: ``DEFAULT_MAX_NAME_WORDS``.
DEFAULT_LOWER_LIST_WORDS = 3
#: How far around a word the few words that bear on it are looked for, in characters: a post before a
#: capitalised word (``Phó Trưởng phòng``, 16 characters, and the spaces after it), a place level before an alias's end
#: (``thành phố``), ``của``/``tại``/``theo`` before a name, what joins two collective nouns (``, và``), two
#: names (``, cùng với``, ``và đề nghị``), a person's name and post (`` - ``, ``, là``), and the spaces
#: between two names with nothing else between them.
DEFAULT_POST_LOOKBACK = 24
DEFAULT_LEVEL_LOOKBACK = 12
DEFAULT_POSSESSIVE_LOOKBACK = 8
DEFAULT_NOUN_JOINER_WINDOW = 12
DEFAULT_NAME_JOINER_WINDOW = 20
DEFAULT_POST_INTRO_WINDOW = 8
DEFAULT_NAME_GAP_WINDOW = 4
#: A collective list's last member (``doanh nghiệp cung cấp dịch vụ viễn thông``) is looked for within this many
#: characters before its comma.
DEFAULT_MEMBER_WINDOW = 60

_WORD = compiled(r"[\p{L}\p{N}]+(?:[./&][\p{L}\p{N}]+)*")
_CAP_WORD = compiled(r"^(?:\p{Lu}[\p{L}\p{N}]*|\d+|[IVXLC]+)$")
#: a syllable of a person's name; two glued by a lost space (``ĐứcMạnh``) count as one
_PERSON_SYLLABLE = r"\p{Lu}\p{Ll}*(?:\p{Lu}\p{Ll}+)?"
_PERSON_NAME = compiled(
    rf"(?P<name>{_PERSON_SYLLABLE}(?:[ \t]+{_PERSON_SYLLABLE}){{1,{DEFAULT_MAX_PERSON_SYLLABLES - 1}}})"
    r"(?![\p{L}])"
)


_FIRST_RUN = compiled(r"[\p{L}\p{N}]+")


def _first_words(words) -> frozenset[str] | None:
    """The folded first words (runs of letters and digits) an alternation of ``words`` can begin with: its match
    at a position needs the word there to be one of them (``_first_word``), so that the grammar tries it only
    there; None when a word begins with something else (no such test then)."""
    firsts = set()
    for w in words:
        run = _FIRST_RUN.match(w)
        if run is None:
            return None
        firsts.add(fold(run.group()))
    return frozenset(firsts)


#: The first words of each alternation the grammar tries at a position (``_match_at``), kept when it is made.
_FIRSTS: dict[regex.Pattern, frozenset[str] | None] = {}


def _alternation(words, *, flags: str = "", before: str = "", after: str = "") -> regex.Pattern:
    """The ``words`` as whole words, longest first (``before``/``after``: a look-behind put in front, a look-ahead
    put behind, which read no word); their first words are kept for ``_match_at``."""
    alts = longest_first({w for w in words})
    body = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in alts)
    pattern = compiled(rf"{flags}{before}(?<![\p{{L}}\p{{N}}])(?:{body})(?![\p{{L}}\p{{N}}]){after}")
    _FIRSTS[pattern] = _first_words(alts)
    return pattern


def _first_word(text: str, pos: int) -> str:
    """The folded run of letters and digits at ``pos`` (``""`` when none starts there)."""
    run = _FIRST_RUN.match(text, pos)
    return fold(run.group()) if run else ""


def _match_at(pattern: regex.Pattern, first: str, text: str, pos: int) -> regex.Match | None:
    """``pattern.match(text, pos)`` for an ``_alternation``, tried only when ``first`` (the word at ``pos``,
    ``_first_word``) is one its alternatives begin with."""
    firsts = _FIRSTS[pattern]
    return pattern.match(text, pos) if firsts is None or first in firsts else None


def lexicon_key(head: str) -> str:
    """A head word compared one way (tone placement and case aside, diacritics kept: ``Uỷ ban`` = ``ủy ban``,
    ``Ban`` ≠ ``Bản``): what ``without_heads`` and the leave-one-head-out measurement name a head by."""
    return collapse_spaces(new_tone_spelling(head)).casefold()


def lexicon_heads() -> list[str]:
    """Every head word of the lexicon (``tables/bodies.py``: bodies', posts' and lower-case heads), one spelling
    for each ``lexicon_key``, in the tables' order."""
    out: dict[str, str] = {}
    for h in (*(h for h, _k in BODY_HEADS), *POSITION_HEADS, *LOWERCASE_HEADS, *LOWERCASE_POSITION_HEADS):
        out.setdefault(lexicon_key(h), new_tone_spelling(h))
    return list(out.values())


#: The heads left out of the grammar (``without_heads``): empty but for a measurement.
_LEFT_OUT: frozenset[str] = frozenset()


def _kept(heads):
    return [h for h in heads if lexicon_key(h) not in _LEFT_OUT]


# the grammar's patterns made of head words (``_compile_heads``)
_BODY_HEAD: regex.Pattern
_BODY_KIND: dict[str, str]
_BREAKING_HEAD: regex.Pattern
_AFTER_POST: regex.Pattern
_PARENT_BODY: regex.Pattern
_SUBORDINATE_HEADS: frozenset[str]
_LOWER_POSITIONS: tuple[str, ...]
_LOWER_HEAD: regex.Pattern
_POSITION_HEAD: regex.Pattern
_FUNCTION_NAMED_HEAD: regex.Pattern
_FUNCTION_NAMED_ANY_CASE: regex.Pattern
_LOWER_BEFORE_NAME: regex.Pattern
_HEAD_WORDS: tuple[str, ...]


def _compile_heads() -> None:
    """The grammar's patterns made of head words, compiled from the tables less ``_LEFT_OUT`` (at import, and
    once per ``without_heads``)."""
    global _BODY_HEAD, _BODY_KIND, _BREAKING_HEAD, _AFTER_POST, _PARENT_BODY, _SUBORDINATE_HEADS, _LOWER_HEAD
    global \
        _POSITION_HEAD, \
        _FUNCTION_NAMED_HEAD, \
        _FUNCTION_NAMED_ANY_CASE, \
        _LOWER_BEFORE_NAME, \
        _LOWER_POSITIONS, \
        _HEAD_WORDS
    body = [(h, k) for h, k in BODY_HEADS if lexicon_key(h) not in _LEFT_OUT]
    positions = _kept(POSITION_HEADS)
    # each post's deputy (``Phó Hiệu trưởng``) is a post too
    positions += [
        f"{DEPUTY_PREFIX} {p}"
        for p in positions
        if not p.startswith(DEPUTY_PREFIX) and p not in POSTS_WITHOUT_DEPUTY and f"{DEPUTY_PREFIX} {p}" not in positions
    ]
    _BODY_HEAD = _alternation([h for h, _k in body])
    _BODY_KIND = {fold(h): k for h, k in body}
    _BREAKING_HEAD = _alternation(_kept(BREAKING_HEADS))
    #: the body a unit belongs to, written after the unit's name (``Văn phòng - Thống kê UBND``)
    #: (searched backwards, ``regex.REVERSE``: a pattern anchored at its window's end is found from there at once,
    #: not tried at every position before it; whether one is found is the same, which is all its callers ask)
    _AFTER_POST = compiled(
        r"(?i)(?<![\p{L}])(?:"
        + "|".join(regex.escape(h).replace(r"\ ", r"\s+") for h in longest_first(positions))
        + r")[ \t]+$",
        regex.REVERSE,
    )
    _PARENT_BODY = _alternation(_kept(PARENT_BODY_HEADS))
    _SUBORDINATE_HEADS = frozenset(fold(h) for h in _kept(SUBORDINATE_UNIT_HEADS))
    _LOWER_POSITIONS = tuple(_kept(LOWERCASE_POSITION_HEADS))
    _LOWER_HEAD = _alternation(_kept(LOWERCASE_HEADS) + list(_LOWER_POSITIONS), flags="(?i)")
    _POSITION_HEAD = _alternation(positions, flags="(?i)")  # first letter upper case: checked in _head_at
    #: a committee's head named by what it does, just before (``Ban `` of ``Ban Chỉ đạo``)
    _FUNCTION_NAMED_HEAD = compiled(
        r"(?<![\p{L}])(?:"
        + "|".join(regex.escape(h).replace(r"\ ", r"\s+") for h in _kept(FUNCTION_NAMED_HEADS) or ["(?!)"])
        + r")[ \t]+$"
    )
    _FUNCTION_NAMED_ANY_CASE = compiled("(?i)" + _FUNCTION_NAMED_HEAD.pattern)  # ``Phó Trưởng ban xây dựng …``
    _LOWER_BEFORE_NAME = _alternation([h for h, _k in body if h[:1].isupper() and len(h) > 2], flags="(?i)")
    _HEAD_WORDS = (*_kept(LOWERCASE_HEADS), *_LOWER_POSITIONS, *positions, *(h for h, _k in body))


_compile_heads()


@contextmanager
def without_heads(*heads: str) -> Iterator[None]:
    """The grammar without the head words ``heads`` (as ``lexicon_heads`` spells them; any case or tone
    placement), nor the alias table's spellings that begin with one: the patterns are compiled again once on
    entry and once on exit, and every recognition cache is cleared both times.  For measuring how much the
    grammar finds by where a name stands rather than by its word lists (``scripts/leave_one_head_out.py``);
    not thread-safe."""
    global _LEFT_OUT
    before = _LEFT_OUT
    _LEFT_OUT = before | {lexicon_key(h) for h in heads}
    try:
        _compile_heads()
        _clear_lexicon_caches()
        yield
    finally:
        _LEFT_OUT = before
        _compile_heads()
        _clear_lexicon_caches()


def _clear_lexicon_caches() -> None:
    for f in (_alias_index, _alias_prefixes, _alias_first_words, _name_starts):
        f.cache_clear()
    clear_caches()


_OWNING_BODY = _alternation(OWNING_BODY_NAMES)
#: a centre's committee just before: the head after it names whose (``Ủy ban Trung ương`` + ``Mặt trận …``)
_CENTRAL_COMMITTEE_END = compiled(_alternation(CENTRAL_COMMITTEES).pattern + r"[ \t]*$")
_JOINT_OFFICE_BODY = _alternation(JOINT_OFFICE_BODIES)
#: an office named for one of the bodies it serves, just before ``và`` + the other
_JOINT_OFFICE_FIRST = compiled(r"(?<![\p{L}])Văn[ \t]+phòng[ \t]+" + _JOINT_OFFICE_BODY.pattern + r"[ \t]*$")
_DETERMINER_KEYS = frozenset(fold(d) for d in COLLECTIVE_DETERMINERS)
_HONORIFIC = compiled(
    r"(?<![\p{L}])(?:" + "|".join(regex.escape(h) for h in longest_first(PERSON_HONORIFICS)) + r")[ \t]*"
)
_STOP = _alternation(NAME_STOPS)
_COMMAND_HEADS = frozenset(fold(h) for h in COMMAND_HEADS)
_NOUN_OPENED_BY_STOP = _alternation(NOUNS_OPENED_BY_STOPS)
_STOP_COMPOUND_END = compiled(  # any case: ``Phiên họp``, ``Ủy ban Bầu cử``
    r"(?i)(?<![\p{L}])(?:" + "|".join(regex.escape(c).replace(r"\ ", r"\s+") for c in STOP_COMPOUNDS) + r")$"
)
_CAP_STOP = _alternation(CAPITALISED_STOPS)
#: a lower-case list closing a proper name after its comma: ``…, thương mại và du lịch`` (then the name ends)
_LOWER_LIST = compiled(
    r"(?P<words>\p{Ll}+(?:[ \t]+\p{Ll}+){0,2}[ \t]+và[ \t]+\p{Ll}+(?:[ \t]+\p{Ll}+){0,2})"
    r"(?=[ \t]*(?:$|[,;.:()\n]|tỉnh|huyện|xã|thành phố|[ \t]+(?:chủ trì|phối hợp|có trách nhiệm)))"
)
#: a capitalised task verb (public: the obligations extractor accepts it as a predicate)
CAPITALISED_VERB = _CAP_STOP
_TAIL = _alternation(NAME_TAILS, flags="(?i)")
#: a level word, not the last word of a compound noun (``Hợp tác xã``) nor the first (``xã hội``)
_LEVEL = _alternation(
    PLACE_LEVELS,
    before=r"(?<!(?i:"
    + "|".join(r"\s+".join(map(regex.escape, c.split()[:-1])) for c in LEVEL_WORD_COMPOUNDS)
    + r")\s+)",
    after=r"(?!\s+(?i:"
    + "|".join(r"\s+".join(map(regex.escape, c.split()[1:])) for c in LEVEL_OPENED_COMPOUNDS)
    + r")(?![\p{L}\p{N}]))",
)
_GRADE = compiled(rf"(?<![\p{{L}}]){GRADE_WORD}[ \t]+" + _LEVEL.pattern)  # ``cấp xã``
_GRADE_AT_END = compiled(_GRADE.pattern + r"$", regex.REVERSE)
_LEVEL_AT_END = compiled(_LEVEL.pattern + r"$", regex.REVERSE)  # searched from the end, as ``_AFTER_POST``
_BRANCH_AFTER_DASH = _alternation(BRANCH_HEADS)
_ANY_CASE_LEVEL_AT_END = compiled(r"(?i)" + _LEVEL.pattern + r"[ \t]*$", regex.REVERSE)
_NOT_HEAD_BY_FIRST: dict[str, list[str]] = {}
for _p in NOT_HEAD_PHRASES:
    _NOT_HEAD_BY_FIRST.setdefault(_p.split(" ", 1)[0], []).append(_p)
_COLLECTIVE = longest_first({*COLLECTIVE_NOUNS, *MARKET_ACTOR_NOUNS})
_LEADING_WORD = compiled(r"[\p{L}\p{N}]*")


def _by_leading_word(nouns: list[str]) -> dict[str, tuple[str, ...]]:
    """The collective nouns under their first word, longest first: a window is compared only with the nouns
    that begin with its own first word (the boundary check after a noun makes any other comparison fail)."""
    index: dict[str, list[str]] = {}
    for noun in nouns:
        index.setdefault(_LEADING_WORD.match(noun).group(), []).append(noun)
    return {word: tuple(group) for word, group in index.items()}


_COLLECTIVE_BY_WORD = _by_leading_word(_COLLECTIVE)
_MARKET_ACTORS = frozenset(MARKET_ACTOR_NOUNS)
#: the longest collective noun and the character after it (which must not go on with the word)
_COLLECTIVE_WINDOW = len(_COLLECTIVE[0]) + 1
_HEADS_NOT_BEFORE_COMMA = frozenset(HEADS_NOT_BEFORE_COMMA)
_POSSESSIVE = compiled(r"(?<![\p{L}])(?:" + "|".join(POSSESSIVES) + r")\s+$")
_CAC = compiled(r"(?<![\p{L}])(?:" + "|".join(COLLECTIVE_DETERMINERS) + r")\s+")
_OPENER = compiled(
    r"(?i)^\s*(?:"
    + "|".join(regex.escape(o).replace(r"\ ", r"\s+") for o, _m in SUBJECT_OPENERS)
    + r")(?![\p{L}])\s*:?\s*"
)
_OPENER_MODE = {fold(o): m for o, m in SUBJECT_OPENERS}
_FILLER_HEADS = {fold(h) for h in FILLER_HEADS}
_BARE_COLLECTIVE_HEADS = {fold(h) for h in BARE_COLLECTIVE_HEADS}
_VERB_HEADS = {fold(h) for h in VERB_HEADS}
_GENERIC_HEADS = {fold(h) for h in GENERIC_HEADS}


@dataclass(frozen=True)
class NameSpan:
    """A recognised name: ``[start, end)`` in the text searched, what it is, and its parts."""

    start: int
    end: int
    kind: str  # body | unit | position | person | other
    canonical: str | None = None  # from the alias table, when one of its spellings matched
    alias_end: int | None = None  # where the alias-table spelling ends (the name may run on after it)
    person_name: str | None = None
    position: str | None = None


# --- the alias table, matched on the text as written --------------------------------------------------


@lru_cache(maxsize=1)
def _alias_index() -> tuple[regex.Pattern, dict[str, tuple[str, str]]]:
    """The alias table as an alternation of abbreviations (all capitals, matched exactly as written: ``ĐU``
    is not ``dự``) and a lookup of spelled-out names by their folded words (tone placement and case aside)."""
    exact: dict[str, tuple[str, str]] = {}
    spelled: dict[str, tuple[str, str]] = {}
    for canonical, kind, aliases in ASSIGNEE_TABLE:
        for alias in (canonical, *aliases):
            if _LEFT_OUT and any((lexicon_key(alias) + " ").startswith(h + " ") for h in _LEFT_OUT):
                continue  # a spelling that begins with a head left out (``without_heads``)
            letters = _NOT_LETTER.sub("", alias)
            if letters and letters.upper() == letters and len(letters) <= DEFAULT_MAX_ABBREVIATION:
                exact.setdefault(alias, (canonical, kind))
            elif len(alias.split()) >= 2:  # single common words (thôn, đoàn thể) are names only by grammar
                spelled.setdefault(fold_key(alias), (canonical, kind))
    table = {**{("=" + a): v for a, v in exact.items()}, **{("~" + k): v for k, v in spelled.items()}}
    exact_re = _alternation(exact)
    return exact_re, table


def fold_key(s: str) -> str:
    """Folded, punctuation and dashes as single spaces: ``Văn phòng –thống kê`` → ``van phong thong ke``."""
    return " ".join(_LETTER_RUN.findall(fold(s)))


_ALIAS_GAP = compiled(r"[^\p{L}\p{N};:()|\n]{0,3}")
_ALIAS_WORD = _FIRST_RUN  # a word of a spelled-out name, as of a head: a run of letters and digits


@lru_cache(maxsize=1)
def _alias_prefixes() -> frozenset[str]:
    """Every run of first words of a spelled-out name (folded): a name is read word by word only while the words
    so far begin one."""
    _e, table = _alias_index()
    out: set[str] = set()
    for k in table:
        if k.startswith("~"):
            words = k[1:].split(" ")
            out.update(" ".join(words[:n]) for n in range(1, len(words) + 1))
    return frozenset(out)


@lru_cache(maxsize=1)
def _alias_first_words() -> frozenset[str]:
    _e, table = _alias_index()
    return frozenset(k[1:].split(" ", 1)[0] for k in table if k.startswith("~"))


@lru_cache(maxsize=DEFAULT_CACHE)
def _alias_at(text: str, pos: int) -> tuple[int, str, str] | None:
    """The longest alias-table spelling starting at ``pos``: (end, canonical, kind)."""
    exact_re, table = _alias_index()
    best = None
    first = _ALIAS_WORD.match(text, pos)  # the word at ``pos``, as ``_first_word`` reads it
    first_key = fold(first.group()) if first else ""
    m = _match_at(exact_re, first_key, text, pos)
    if m:
        canonical, kind = table["=" + _SPACES.sub(" ", m.group())]
        best = (m.end(), canonical, kind)
    # spelled-out names: the folded words from pos on, up to punctuation that breaks a name
    if first is None or first_key not in _alias_first_words():
        return best
    words = [first]
    folded = [first_key]
    prefixes = _alias_prefixes()
    prefix = first_key
    for w in _ALIAS_WORD.finditer(text, first.end(), min(len(text), pos + DEFAULT_ALIAS_WINDOW)):
        if len(words) >= DEFAULT_MAX_ALIAS_WORDS or not _ALIAS_GAP.fullmatch(text, words[-1].end(), w.start()):
            break
        key = fold(w.group())
        prefix = f"{prefix} {key}"
        if prefix not in prefixes:
            break  # no spelled-out name goes on so: none is longer
        words.append(w)
        folded.append(key)
    for n in range(len(words), 1, -1):
        key = "~" + " ".join(folded[:n])
        if key in table:
            end = words[n - 1].end()
            if best is None or end > best[0]:
                canonical, kind = table[key]
                best = (end, canonical, kind)
            break
    return best


# --- the grammar ------------------------------------------------------------------------------------


def _word_at(text: str, pos: int) -> regex.Match | None:
    return _WORD.match(text, pos)


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


@lru_cache(maxsize=DEFAULT_CACHE)
def _head_at(text: str, pos: int) -> tuple[int, str] | None:
    """A body or post head starting at ``pos``: (end, kind)."""
    if text[pos : pos + 1].islower():
        m = _LOWER_BEFORE_NAME.match(text, pos)
        if m:
            nxt = _word_at(text, _skip_spaces(text, m.end()))
            if (
                nxt is not None
                and nxt.start() == m.end() + 1
                and _UPPER.match(nxt.group())
                and not _LEVEL.match(text, nxt.start())
            ):
                return m.end(), _BODY_KIND.get(fold(m.group()), "body")
    first = _first_word(text, pos)
    for pattern, kind_of in ((_POSITION_HEAD, "position"), (_BODY_HEAD, None), (_LOWER_HEAD, None)):
        m = _match_at(pattern, first, text, pos)  # only where a head of the pattern begins with the word
        if not m or (pattern is _POSITION_HEAD and not text[pos].isupper()):
            continue
        head_key = fold(m.group())
        nxt = _word_at(text, _skip_spaces(text, m.end()))
        phrase = f"{head_key} {fold(nxt.group())}" if nxt else head_key
        if any(
            phrase == p or phrase.startswith(p + " ") or (head_key + " " + p.split(" ", 1)[-1]) == phrase
            for p in _NOT_HEAD_BY_FIRST.get(head_key.split(" ")[0], ())
        ):
            # ``Phòng, chống`` (with the comma) as well as ``Phòng chống``
            continue
        if head_key in _HEADS_NOT_BEFORE_COMMA and text.startswith(",", m.end()):
            continue
        if kind_of is None:
            kind = _BODY_KIND.get(head_key)
            if kind is None:
                kind = "position" if any(head_key.startswith(fold(p)) for p in _LOWER_POSITIONS) else "body"
                if head_key in {"cong chuc", "bo phan"}:
                    kind = "unit"
        else:
            kind = kind_of
        return m.end(), kind
    return None


def _collective_at(text: str, pos: int) -> int | None:
    """``các sở, ban, ngành`` / ``Các cơ quan, đơn vị``: the end of the plural noun list, or None."""
    m = _CAC.match(text, pos)
    if not m:
        return None
    end = _plural_nouns(text, m.end())
    return end


def _bare_collective_at(text: str, pos: int) -> int | None:
    """``Sở, ban, ngành`` without ``các`` (capitalised, opening a sentence): the end of the plural nouns when
    at least two are listed, or None (``Sở Tài chính`` is a name, not a list)."""
    first = _noun_at(text, pos)
    if first is None or not text[pos : pos + 1].isupper() or fold(text[pos:first]) not in _BARE_COLLECTIVE_HEADS:
        return None  # ``Tổ chức, bộ máy`` heads a topic; ``Doanh nghiệp, tổ chức …`` is no state body's list
    return _listed_nouns_at(text, pos, lower_next=True)


def _listed_nouns_at(text: str, pos: int, *, lower_next: bool = False) -> int | None:
    """Two or more collective nouns listed from ``pos`` (``sở, ban, ngành``): where they end; ``lower_next``:
    the second in lower case (``Sở, ban, ngành``, not ``Sở, Ban …``)."""
    first = _noun_at(text, pos)
    if first is None:
        return None
    q = _skip_spaces(text, first)
    m = _NOUN_JOINER.match(text[q : q + DEFAULT_NOUN_JOINER_WINDOW])
    if not m or _noun_at(text, q + m.end()) is None:
        return None
    if lower_next and not text[q + m.end() : q + m.end() + 1].islower():
        return None
    return _plural_nouns(text, pos)


def _plural_nouns(text: str, pos: int) -> int | None:
    """The end of one or more collective nouns joined by commas/``và`` from ``pos``."""
    end = None
    p = pos
    while True:
        n = _noun_at(text, p)
        if n is None:
            return end
        end = n
        q = _skip_spaces(text, n)
        if _LEVEL.match(text, p) and _level_after_slash(text, q) is not None:
            p = _skip_spaces(text, q + 1)  # ``các tỉnh/thành phố``: two levels of one collective
            continue
        m = _NOUN_JOINER.match(text[q : q + DEFAULT_NOUN_JOINER_WINDOW])
        if not m or _noun_at(text, q + m.end()) is None:
            return end
        if m.group().strip() in {"và", "hoặc"} and _second_list_at(text, q + m.end()):
            return end  # ``các sở, ban, ngành và cơ quan, đơn vị có liên quan``: two lists, two assignees
        if _LEVEL.match(text, p) and not _LEVEL.match(text, _skip_spaces(text, q + m.end())):
            return end  # ``các xã, phường và cơ quan, đơn vị …``: after places, other bodies
        if _market_actor(text, p, n) != _market_actor(text, q + m.end(), _noun_at(text, q + m.end())):
            return end  # ``các Sở, ban ngành, nhà đầu tư …``: the state's bodies, then the market's actors
        if _proper_member(text, q + m.end()):
            return end  # ``Các sở, ban, ngành, Hội Nông dân tỉnh``: a body's own name, no noun of the list
        if _new_member_at(text, q + m.end(), fold(text[p:n]) in _MODIFIED_NOUNS):
            return end  # ``Các sở, ban, ngành, tổ chức chính trị - xã hội``: a member with its own modifier
        p = q + m.end()


def _list_noun_at(text: str, pos: int) -> bool:
    """A collective's noun at ``pos`` that goes on a list (``…, đoàn thể``), not a body's own name that begins
    there (``…, Hội Nông dân tỉnh``)."""
    return _noun_at(text, pos) is not None and not _proper_member(text, pos)


#: The collective nouns that are a head noun with a classifying modifier of two words or more, no noun of the lists
#: itself (``tổ chức chính trị - xã hội``, ``đơn vị sự nghiệp``; not ``ban ngành``, ``cấp ủy``, ``cơ quan báo chí``).
_MODIFIED_NOUNS = frozenset(
    n
    for n in COLLECTIVE_NOUNS
    for h in COLLECTIVE_NOUNS
    if n.startswith(h + " ") and n[len(h) + 1 :] not in COLLECTIVE_NOUNS and len(n[len(h) + 1 :].split()) > 1
)
_FIELD_NOUNS = frozenset(FIELD_NOUNS)


def _new_member_at(text: str, pos: int, before_modified: bool) -> bool:
    """Whether the collective's noun at ``pos``, after a comma or ``và`` of a list, begins an assignee of its own:
    it carries its own classifying modifier (``…, tổ chức chính trị - xã hội``), or the member before did
    (``before_modified``: ``các doanh nghiệp vận tải, doanh nghiệp xăng dầu``) and it is no field's noun (``các cơ
    quan báo chí, truyền thông``).  A run of bare nouns is one collective (``các cơ quan, đơn vị, địa phương``)."""
    end = _noun_at(text, pos)
    if end is None or _LEVEL.match(text, pos):
        return False
    key = fold(text[pos:end])
    return key in _MODIFIED_NOUNS or (before_modified and key not in _FIELD_NOUNS)


def _member_modified(text: str, q: int) -> bool:
    """Whether the last member of a collective list before ``q`` (after its comma or ``các``, within
    ``DEFAULT_MEMBER_WINDOW`` characters) carries its own classifying modifier: a modified noun
    (``_MODIFIED_NOUNS``) or lower-case words after its noun (``doanh nghiệp vận tải``), none a collective's noun."""
    start = max(0, q - DEFAULT_MEMBER_WINDOW)
    p = text.rfind(",", start, q) + 1 or None
    for det in _CAC.finditer(text, p or start, q):
        p = det.end()
    if p is None:
        return False
    p = _skip_spaces(text, p)
    end = _noun_at(text, p)
    if end is None or end > q:
        return False
    words = list(_WORD.finditer(text, end, q))
    if fold(text[p:end]) in _MODIFIED_NOUNS:
        return not words
    # a modifier that names another body or a place relates the member to it (``cơ quan ngang bộ``), no kind
    return bool(words) and all(w.group()[:1].islower() and _noun_at(text, w.start()) is None for w in words)


def _proper_member(text: str, pos: int) -> bool:
    """Whether a collective's noun at ``pos`` opens a body's own name: the noun in capitals followed by a word in
    capitals (``Hội Nông dân``, ``Đoàn Thanh niên``), where a list written in capitals goes on in lower case or with
    a level (``các Sở, Ban, Ngành tỉnh``)."""
    first = _word_at(text, pos) if text[pos : pos + 1].isupper() else None
    if first is None:
        return False
    after = _skip_spaces(text, first.end())
    return text[after : after + 1].isupper() and not _LEVEL.match(text, after)


def _level_after_slash(text: str, q: int) -> regex.Match[str] | None:
    """The level named after a slash at ``q`` (``tỉnh/thành phố``, ``xã/ phường``), if one is."""
    return _LEVEL.match(text, _skip_spaces(text, q + 1)) if text[q : q + 1] == "/" else None


def _market_actor(text: str, start: int, end: int | None) -> bool:
    return fold(text[start:end]) in _MARKET_ACTORS


def _market_actor_before(text: str, end: int) -> bool:
    """Whether the words before ``end`` (a comma) are a market actor's noun (``chủ đầu tư``)."""
    before = fold(text[max(0, end - _COLLECTIVE_WINDOW) : end]).rstrip()
    return any(before.endswith(noun) and not before[: -len(noun)][-1:].isalnum() for noun in _MARKET_ACTORS)


def _noun_at(text: str, pos: int) -> int | None:
    window = fold(text[pos : pos + _COLLECTIVE_WINDOW])
    for noun in _COLLECTIVE_BY_WORD.get(_LEADING_WORD.match(window).group(), ()):
        if window.startswith(noun) and (len(window) == len(noun) or not window[len(noun)].isalnum()):
            return pos + len(noun)
    return None


def _person_at(text: str, pos: int) -> NameSpan | None:
    """``đồng chí Nguyễn Văn A`` [``- Phó Giám đốc Sở``]."""
    m = _HONORIFIC.match(text, pos)
    if not m:
        return None
    n = _PERSON_NAME.match(text, m.end())
    if not n or _head_at(text, n.start()) is not None:
        return None  # ``Đồng chí Phó Chủ tịch UBND xã`` names a post, not a person
    end = n.end()
    for syllable in list(_WORD.finditer(text, n.start(), n.end()))[2:]:
        if _POSITION_HEAD.match(text, syllable.start()):
            # ``Ông Nguyễn Văn Cường Hiệu trưởng``: the post after the name, its comma lost, is no syllable of it
            end = _rstrip_end(text, n.start(), syllable.start())
            n = _PERSON_NAME.match(text, m.end(), end)
            break
    if n is None:
        return None
    position = None
    post = _POST_INTRO.match(text[end : end + DEFAULT_POST_INTRO_WINDOW])
    if post:
        q = end + post.end()
        h = _head_at(text, q)
        if h is not None:
            pend = _extend(text, h[0], h[1])
            alias = _alias_at(text, q)
            # the post's canonical spelling when the alias table knows it (``Phó chủ tịch UBND``)
            position = (
                alias[1]
                if alias is not None
                and (alias[0] >= pend - 1 or _PORTFOLIO.match(text, _skip_spaces(text, alias[0])) is not None)
                else canonical_name(collapse_spaces(text[q:pend]), None)
            )  # a person's post by its canonical spelling; its portfolio stays in the span, not the post
            end = pend
            if text[end : end + 1] == ")":
                end += 1
    return NameSpan(pos, end, "person", canonical=n.group("name"), person_name=n.group("name"), position=position)


def _extend(
    text: str,
    pos: int,
    kind: str,
    collective: bool = False,
    words: int = 0,
    after_level: bool = False,
    head: str = "",
) -> int:
    """Run a name on from ``pos`` (just after its head, or after ``words`` words of its name; ``after_level``
    when what came before ends with a place level) to where the sentence goes on.  ``head``: the name's
    head as written (a unit's head lets the body it belongs to close its name)."""
    run = _NameRun(text, kind, collective, words, after_level, pos, pos, fold(head) in _SUBORDINATE_HEADS)
    run.command = fold(head) in _COMMAND_HEADS
    while run.end < len(text) and run.words < DEFAULT_MAX_NAME_WORDS and run.step():
        pass
    return run.end


@dataclass
class _NameRun:
    """A name being run on (``_extend``), step by step: where it ends so far and what it has met, which
    decides whether the next word is still its own.  Each step returns True when the name ran on, False
    when it ends, and None (a step of several) when it does not apply."""

    text: str
    kind: str
    collective: bool
    words: int
    after_level: bool
    start: int
    end: int
    subordinate: bool
    parent_taken: bool = False
    command: bool = False  # a military command's name, which the body it is of closes (``BCH Quân sự Trung tâm``)
    #: a tail or a proper name closed the collective's list (``… các tỉnh, thành phố trực thuộc trung ương``,
    #: ``lực lượng Công an``): a comma after it begins the next name, not a further noun of the list
    list_closed: bool = False
    body_named: bool = True  # False right after a post's body head (``Bộ trưởng Bộ``), whose name is still to come
    ended: bool = False  # a phrase that closes the name (a range of levels): nothing after it is the name's

    def take(self, end: int, words: int = 1) -> bool:
        """The name runs on to ``end``, ``words`` words more."""
        self.end = end
        self.words += words
        return True

    def step(self) -> bool:
        """Take what follows the name so far, if it is the name's."""
        q = _skip_spaces(self.text, self.end)
        if q >= len(self.text) or self.ended:
            return False
        ch = self.text[q]
        if ch in ':;.()[]|\n?!“”"':
            return False
        if ch in "-–" or ch == ",":
            return self.after_separator(q, ch)
        if ch == "/":
            return self.level_alternative(q)
        taken = self.phrase(q)
        if taken is not None:
            return taken
        w = _word_at(self.text, q)
        if w is None:
            return False
        token = w.group()
        for rule in (self.collective_word, self.conjunction):
            taken = rule(q, w)
            if taken is not None:
                return taken
        return self.word(q, w, token)

    def level_alternative(self, q: int) -> bool:
        """A slash between two levels of units names one collective (``UBND các tỉnh/thành phố``, ``các
        xã/phường``); any other slash ends the name."""
        lev = _level_after_slash(self.text, q)
        if lev is None or not _LEVEL_AT_END.search(self.text[self.start : q].rstrip()):
            return False
        return self.take(lev.end())

    def after_separator(self, q: int, ch: str) -> bool:
        """After a hyphen or a comma: the same name goes on (a legal form, a collective's next noun, a
        double post, a compound or a list in its name) or the next name begins."""
        text, kind = self.text, self.kind
        r = _skip_spaces(text, q + 1)
        if ch in "-–" and q > 0 and text[q - 1] not in " \t":  # a hyphenated abbreviation (CT-XH)
            r = q + 1
        nxt = _word_at(text, r)
        if nxt is None:
            return False
        legal = (LEGAL_FORM.match(text, r) or _BRANCH_AFTER_DASH.match(text, r)) if ch in "-–" else None
        if legal:  # ``Tập đoàn Vingroup - Công ty CP``: the company's legal form, no second name; a body's branch
            return self.take(legal.end())
        listed = self.list_noun(q, r) if ch == "," else None
        if listed is not None:
            return listed
        grade = _GRADE.match(text, r) if ch == "," else None
        if grade and _GRADE_AT_END.search(text, max(0, q - DEFAULT_LEVEL_LOOKBACK), q):
            return self.take(grade.end())  # ``… cấp tỉnh, cấp xã``: one name, a body of each grade
        second_post = _POSITION_HEAD.match(text, r) if ch in "-–" and kind == "position" else None
        if second_post is not None and text[r].isupper():
            # ``Trưởng phòng Tư pháp - Tổ phó Tổ giúp việc``: one person's double role, one assignee
            return self.take(second_post.end())
        if (
            ch in "-–"
            and (_noun_at(text, r) is not None or _CAP_WORD.match(nxt.group()))
            and _head_at(text, r) is None
            and not _HONORIFIC.match(text, r)
            and not _STOP.match(text, r)
        ):
            return self.take(nxt.end())
        if ch == "," and not self.collective and not self.after_level and kind in {"body", "unit"} and self.words:
            tail_list = _LOWER_LIST.match(text, r)
            if tail_list and not any(
                (_STOP.match(text, w.start()) and w.group() != "và") or w.group() in {"các", "những"}
                for w in _WORD.finditer(text, tail_list.start(), tail_list.end("words"))
            ):
                # ``Trung tâm Xúc tiến đầu tư, thương mại và du lịch``
                return self.take(tail_list.end(), DEFAULT_LOWER_LIST_WORDS)
        if (
            ch == ","
            and _CAP_WORD.match(nxt.group())
            and not self.after_level
            # a name that ends with its place (``Bảo hiểm xã hội Thành phố``), a collective in lower case (``các
            # doanh nghiệp nhà nước, Tổng Công ty …``): the comma ends it
            and not _ANY_CASE_LEVEL_AT_END.search(text, max(0, q - DEFAULT_LEVEL_LOOKBACK), q)
            and not (self.collective and _lower_words(text, self.start, q))
            and _head_at(text, r) is None
            and _alias_at(text, r) is None
            and not _CAC.match(text, r)
            and not _LEVEL.match(text, r)
        ):
            return self.take(nxt.end())  # Sở Văn hóa, Thể thao và Du lịch
        return False

    def list_noun(self, q: int, r: int) -> bool | None:
        """After a comma at ``q``, a collective's next noun at ``r`` (``các cơ quan, đơn vị``): True when it goes on
        the list, False when it begins the next assignee, None when no noun of a list follows."""
        text = self.text
        if not (
            not self.list_closed
            and (self.collective or (self.after_level and _LEVEL.match(text, r) is not None))
            and _list_noun_at(text, r)
            and (self.collective or text[r : r + 1].islower())
            # after places, a noun that is not one names other bodies: ``Chủ tịch UBND các huyện, thị xã, thành
            # phố, đơn vị được giao kế hoạch vốn`` (58), as after ``và``
            and (_LEVEL.match(text, r) is not None or not _LEVEL_AT_END.search(text[self.start : q].rstrip(" ,")))
        ):
            return None
        if _market_actor(text, r, _noun_at(text, r)) != _market_actor_before(text, q):
            return False  # ``các Sở, ban ngành, nhà đầu tư thứ cấp``: the state's bodies, then the market's actors
        if self.kind == "other" and _new_member_at(text, r, _member_modified(text, q)):
            return False  # ``Các doanh nghiệp vận tải, doanh nghiệp xăng dầu``: two members, each its own modifier
        return self.take(_noun_at(text, r) or r)

    def phrase(self, q: int) -> bool | None:
        """A phrase that goes on a name: a post's portfolio, a collective's ``được phân công …``, a tail
        (``trên địa bàn``, ``trực thuộc``) and what it names."""
        text = self.text
        portfolio = _PORTFOLIO.match(text, q) if self.kind == "position" else None
        if portfolio is None and self.kind == "position" and self.words == 0:
            # a bare post named by what it is in charge of (``Chuyên viên phụ trách tổng hợp``, ``Giáo viên phụ
            # trách thư viện``): the scope's first word is its own, even one that could be a verb
            portfolio = _BARE_POST_SCOPE.match(text, q)
            verb = (
                _match_at(_STOP, _first_word(text, portfolio.start("first")), text, portfolio.start("first"))
                if portfolio
                else None
            )
            if verb is not None and portfolio is not None:  # the scope's verb whole: ``tổng hợp``, not ``tổng``
                return self.take(max(verb.end(), portfolio.end()), 3)
        if portfolio:  # ``Phó Chủ tịch phụ trách lĩnh vực Kinh tế``: the post with its portfolio
            self.after_level = False  # ``Phó Chủ tịch UBND xã phụ trách khối Văn hóa - Xã hội``: the portfolio's name
            return self.take(portfolio.end(), 2)
        assigned = ASSIGNED_CLAUSE.match(text, q) if self.collective else None
        if assigned:  # ``Các cơ quan được phân công chủ trì … theo Kế hoạch này`` (có trách nhiệm …)
            return self.take(assigned.end(), 2)
        level_range = LEVEL_RANGE.match(text, q) if self.collective else None
        if level_range:  # ``Các cơ quan chuyên môn từ tỉnh đến địa phương`` + the task
            self.ended = True
            return self.take(level_range.end(), 2)
        tail = _match_at(_TAIL, _first_word(text, q), text, q)
        if not tail:
            return None
        self.take(tail.end())
        self.list_closed = True
        self.after_level = False  # ``UBND các xã trên địa bàn`` + its place: the tail's own words
        if not fold(tail.group()).endswith("thuoc") and _sentence_after_tail(text, _skip_spaces(text, self.end)):
            # ``các đoàn thể trên địa bàn thông tin, tuyên truyền``, ``các ngành liên quan mở rộng …``: the task's verb
            return False
        if self.collective and fold(tail.group()).endswith("thuoc"):
            owner = name_at(text, _skip_spaces(text, self.end))
            if owner is not None and owner.kind != "person":
                self.take(owner.end, 2)  # ``Các cơ quan trực thuộc Bộ Văn hóa, Thể thao và Du lịch``
        return True

    def collective_word(self, q: int, w: regex.Match[str]) -> bool | None:
        """``các`` + plural nouns makes the name a collective's; a collective's ``của`` + a body is whose."""
        text, token = self.text, w.group()
        if token in {"các", "Các"} and not self.after_level:
            coll_end = _collective_at(text, q)
            if coll_end is not None:  # Thủ trưởng các sở, ban, ngành
                self.collective = True
                # ``UBND các xã, phường`` + lower case: the sentence goes on, as after ``UBND xã``
                self.after_level = _LEVEL_AT_END.search(text[q:coll_end]) is not None
                return self.take(coll_end)
        if (
            token[:1].islower()
            and not self.after_level
            and _AFTER_POST.search(text, max(0, q - DEFAULT_POST_LOOKBACK), q)
        ):
            coll_end = _listed_nouns_at(text, q)
            if coll_end is not None:  # ``Thủ trưởng sở, ban, ngành thành phố``: the post of each, ``các`` left out
                self.collective = True
                return self.take(coll_end)
        if token == "của" and self.collective:
            r = _skip_spaces(text, w.end())
            owner = name_at(text, r)
            owner_end = owner.end if owner is not None and owner.kind != "person" else None
            if owner is None:
                caps = _CAP_RUN.match(text, r)  # a body named before, by its short name: ``của Mặt trận``
                owner_end = caps.end() if caps and not _CAP_STOP.match(text, r) else None
            if owner_end is not None:
                # ``các tổ chức thành viên của Mặt trận``: whose members they are
                return self.take(owner_end, 2)
        return None

    def conjunction(self, q: int, w: regex.Match[str]) -> bool | None:
        """``và``/``hoặc`` inside a name (``Sở Nông nghiệp và Môi trường``, ``các sở, ban và ngành``), or
        between two names."""
        if w.group() not in {"và", "hoặc"}:
            return None
        text, start = self.text, self.start
        r = _skip_spaces(text, w.end())
        nxt = _word_at(text, r)
        if nxt is None:
            return False
        joint = (
            _JOINT_OFFICE_BODY.match(text, r)
            if _JOINT_OFFICE_FIRST.search(text, max(0, start - DEFAULT_POST_LOOKBACK), q)
            else None
        )
        if joint:  # ``Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh``: one office of two bodies
            return self.take(joint.end())
        if self.words == 0 and not self.collective and self.kind != "position" and _head_at(text, r) is not None:
            # ``Báo và Đài …``: one body; two posts (``Bí thư hoặc Phó Bí thư``) are two names
            return self.take(nxt.end())
        if (
            self.collective
            and _noun_at(text, r) is not None
            and (_LEVEL.match(text, r) or not _LEVEL_AT_END.search(text[start:q].rstrip(" ,")))
            and not _second_list_at(text, r)
            and not (self.kind == "other" and _new_member_at(text, r, _member_modified(text, q)))
        ):
            # ``các sở, ban và ngành``; not ``UBND các xã, phường và cơ quan, đơn vị …``: after places, a
            # noun that is not one names other bodies
            return self.take(_noun_at(text, r) or r)
        if (
            _CAP_WORD.match(nxt.group())
            and not self.after_level
            and _head_at(text, r) is None
            and _alias_at(text, r) is None
        ):
            return self.take(nxt.end())  # Sở Nông nghiệp và Môi trường
        if (
            not self.after_level
            and nxt.group().islower()
            and fold(nxt.group()) not in _DETERMINER_KEYS
            and not _LEVEL.match(text, r)
            and fold(nxt.group()) in {fold(x) for x in _WORD.findall(text, start, q)}
            and not _STOP.match(text, r)
        ):
            # ``Ban Quản lý các khu công nghệ cao và khu công nghiệp``: the noun again
            return self.take(nxt.end())
        return False

    def post_body(self, q: int, token: str) -> bool | None:
        """After a post, the body it is a post of (``Ủy viên Ban Chấp hành``, ``Phó trưởng Ban vận động``, ``Chuyên
        viên cơ quan MTTQ xã``), whose own name is still to come; None when no body follows the post."""
        text = self.text
        if self.kind == "position" and not self.words and token[:1].islower():
            noun = _noun_at(text, q)
            after = _skip_spaces(text, noun) if noun is not None else q
            if noun is not None and fold(text[q:noun]) in _BARE_COLLECTIVE_HEADS and text[after : after + 1].isupper():
                # ``Chuyên viên cơ quan MTTQ xã``: a post of a body named by its generic noun, in lower case
                self.body_named = False
                return self.take(noun)
        if _CAP_WORD.match(token) and _AFTER_POST.search(text, max(0, q - DEFAULT_POST_LOOKBACK), q):
            post_body = _head_at(text, q)
            if post_body is not None:
                # a post and the body it is a post of: ``Ủy viên Ban Chấp hành``, ``Phó trưởng Ban vận động``
                self.body_named = False  # ``Bộ trưởng Bộ Công an``: the body's own name follows, even a head's
                after = _skip_spaces(text, post_body[0])
                body = _head_at(text, after) if text[after : after + 1].isupper() else None
                if body is not None and body[1] != "position":
                    # ``Phó Chủ tịch Thường trực Ủy ban MTTQ``: the post's rank, then the body it is a post of
                    return self.take(body[0], 2)
                return self.take(post_body[0])
        return None

    def word(self, q: int, w: regex.Match[str], token: str) -> bool:
        """Any other word: the sentence going on (a verb, lower case after a place), a place level, the
        body of a post, the head of the next name, or one more word of this one."""
        text = self.text
        if self.after_level and token.isdecimal() and _REGION_LEVEL_BEFORE.search(text, max(0, q - 12), q):
            return self.take(w.end())  # a region is numbered (``Ngân hàng Nhà nước chi nhánh khu vực 14``)
        if self.after_level and token == "thuộc" and _LEVEL.match(text, _skip_spaces(text, w.end())):
            return self.take(w.end())  # ``UBND các phường thuộc khu vực …``: the places it names are of a place
        if self.after_level and (not _CAP_WORD.match(token) or token.isdecimal()) and not _LEVEL.match(text, q):
            return False  # ``Công an tỉnh`` + lower case or a number: the sentence goes on (``các phường xã``: a level)
        first = _first_word(text, q)
        if _ends_at_verb(text, q, token, first):
            return False
        # a capitalised verb ends the name, except right after a committee's head named for what it does, whose
        # name it is (``thành viên Ban Chỉ đạo``; ``Tổ giúp việc Ban Chỉ đạo``: a body's and then its owner's)
        if (
            self.words
            and _match_at(_CAP_STOP, first, text, q)
            and not _FUNCTION_NAMED_HEAD.search(text, max(0, q - DEFAULT_POST_LOOKBACK), q)
        ):
            return False
        lev = _match_at(_LEVEL, first, text, q)
        if lev:
            self.after_level = True
            return self.take(lev.end())
        if self.after_level and _CAP_WORD.match(token) and (_head_at(text, q) is not None):
            return False
        taken = self.post_body(q, token)
        if taken is not None:
            return taken
        if (
            self.words
            and self.body_named
            and _CAP_WORD.match(token)
            and _BREAKING_HEAD.match(text, q)
            and _head_at(text, q) is not None
            and not (self.kind == "unit" and _OWNING_BODY.match(text, q))
            and not _CENTRAL_COMMITTEE_END.search(text, max(0, self.start - DEFAULT_POST_LOOKBACK), q)
        ):
            parent = _PARENT_BODY.match(text, q) if self.subordinate and not self.parent_taken else None
            if parent is None and self.command and not self.parent_taken:
                parent = _BREAKING_HEAD.match(text, q)  # ``BCH Quân sự Trung tâm``: the centre's own command
            if parent:
                self.parent_taken = True  # ``Ban Tuyên giáo và Dân vận Tỉnh ủy``: the unit and the body it is of
                return self.take(parent.end())  # the parent's head whole: ``Ủy ban MTTQ`` is one head, not two
            return False  # a new head after a complete name starts the next name: ``Sở Nội vụ Sở Tài chính``
        self.body_named = True
        if self.collective and _CAP_WORD.match(token) and _noun_at(text, q) is None:
            # ``lực lượng Công an, chính quyền địa phương``: a proper name ends the list (``cơ quan ngang Bộ``'s
            # ``Bộ`` is one of the list's nouns, capitalised)
            self.list_closed = True
        return self.take(w.end())


def _sentence_after_tail(text: str, pos: int) -> bool:
    """Whether the word at ``pos``, after a tail that closes a collective (``liên quan``, ``khác``, ``trên địa
    bàn``), is the sentence's: a word in lower case that is no place (``trên địa bàn`` + ``tỉnh``), no further tail,
    no clause of what they were given or of whose they are (``thuộc``, ``của``) and no ``và``."""
    nxt = _word_at(text, pos)
    if nxt is None or not nxt.group()[:1].islower() or nxt.group() in {"và", "hoặc", "thuộc", "của"}:
        return False
    first = _first_word(text, pos)
    return not (
        _LEVEL.match(text, pos)
        or _match_at(_TAIL, first, text, pos)
        or ASSIGNED_CLAUSE.match(text, pos)
        or LEVEL_RANGE.match(text, pos)
    )


def _lower_words(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` holds words, all in lower case (a collective's own words: ``doanh nghiệp nhà nước``)."""
    words = _WORD.findall(text, start, end)
    return bool(words) and all(w[:1].islower() for w in words)


def _ends_at_verb(text: str, q: int, token: str, first: str) -> bool:
    """Whether the lower-case word at ``q`` is a verb or role word that ends a name (``_STOP``)."""
    stop = _match_at(_STOP, first, text, q)
    compound = _STOP_COMPOUND_END.search(text, 0, stop.end()) if stop else None
    return bool(
        stop
        and not _CAP_WORD.match(token)
        # a compound ends with the stop only when the name's own word opens it (``Đội Vận chuyển``), not when
        # it is the stop itself (``… vận chuyển rác thải``: the verb)
        and not (compound is not None and compound.start() < q)
        and not _match_at(_NOUN_OPENED_BY_STOP, first, text, q)  # ``Ban An toàn giao thông``
        # a verb with nothing after it before ``;`` is a name's word: ``Viện trưởng Viện Quy hoạch xây dựng;``
        and text[stop.end() : stop.end() + 2].lstrip(" \t")[:1] != ";"
        # a committee named by its verb and object, then a double post or a colon: ``Trưởng ban xây dựng Đảng -
        # Trưởng Tiểu ban:`` (not ``Tổ giám sát Công ty X trong quý II``, where the committee does it)
        and not (
            _FUNCTION_NAMED_ANY_CASE.search(text, max(0, q - DEFAULT_POST_LOOKBACK), q)
            and _OBJECT_BEFORE_POST.match(text, stop.end())
        )
    )


@lru_cache(maxsize=1)
def _name_starts() -> frozenset[str]:
    """Folded first words with which a name can begin: honorifics, ``các``, the heads, the alias table's
    spellings.  A word not among them begins no name and is rejected at once (most sentence starts)."""
    words = {"cac", "nhung", "moi", "toan"}
    _exact, table = _alias_index()
    for group in (_HEAD_WORDS, PERSON_HONORIFICS, [k[1:] for k in table]):
        for w in group:
            first = _WORD.match(w.strip())
            if first:
                words.add(fold(first.group()))
    return frozenset(words)


@lru_cache(maxsize=DEFAULT_CACHE)
def name_at(text: str, pos: int) -> NameSpan | None:
    """The name starting at ``pos``, if one does."""
    first = _WORD.match(text, pos)
    if first is None or fold(first.group()) not in _name_starts():
        return None
    person = _person_at(text, pos) or _ranked_post(text, pos)
    if person:
        return person
    hon = _HONORIFIC.match(text, pos)
    if hon and hon.end() > pos and _head_at(text, hon.end()) is not None:
        # ``đồng chí Chủ tịch UBND xã``: a post addressed by its title, the honorific is no part of it
        inner = name_at(text, hon.end())
        return replace(inner, start=pos) if inner is not None else None
    alias = _alias_at(text, pos)
    head = _head_at(text, pos)
    coll = _collective_at(text, pos) or _bare_collective_at(text, pos)
    plural_post = _plural_post_at(text, pos)
    candidates: list[NameSpan] = [plural_post] if plural_post is not None else []
    if coll is not None:
        end = _extend(text, coll, "other", collective=True)
        candidates.append(NameSpan(pos, end, "other"))
    elif (noun := _noun_at(text, pos)) is not None and (
        assigned := ASSIGNED_CLAUSE.match(text, _skip_spaces(text, noun))
    ):
        # a collective noun that says whom it means by what they were given, without ``các``: ``đơn vị được
        # giao kế hoạch vốn`` (cần phải …)
        candidates.append(NameSpan(pos, assigned.end(), "other"))
    if head is not None:
        # a generic noun as head (``Cơ quan, địa phương có liên quan``) starts a collective
        end = _extend(
            text, head[0], head[1], collective=fold(text[pos : head[0]]) in _GENERIC_HEADS, head=text[pos : head[0]]
        )
        bare = end == head[0]
        if not (bare and fold(text[pos : head[0]]) in (_FILLER_HEADS | _VERB_HEADS)):
            candidates.append(NameSpan(pos, end, head[1]))  # a bare ``công chức`` names no one, ``Lãnh đạo`` leads
    if head is not None and fold(text[pos : head[0]]) in _FILLER_HEADS:
        # ``Công chức Văn phòng -thống kê``: the alias table may name what follows the filler
        after_filler = _alias_at(text, _skip_spaces(text, head[0]))
        if after_filler is not None:
            alias = after_filler
    if alias is not None:
        # an alias that ends with a place level (``Công an xã``) closes like a name with its place
        ends_at_level = _LEVEL_AT_END.search(text, max(0, alias[0] - DEFAULT_LEVEL_LOOKBACK), alias[0]) is not None
        end = (
            _extend(text, alias[0], alias[2], words=1, after_level=ends_at_level)
            if not _DASH_AFTER.match(text[alias[0] :])
            else alias[0]
        )
        candidates.append(NameSpan(pos, end, alias[2], canonical=alias[1], alias_end=alias[0]))
    if not candidates:
        return None
    best = max(candidates, key=lambda c: (c.end, c.canonical is not None))
    if alias is not None and best.canonical is None and alias[0] >= best.end - 1:
        best = NameSpan(best.start, best.end, alias[2], canonical=alias[1], alias_end=alias[0])
    if best.end <= best.start:
        return None
    return best


_F = TypeVar("_F")

#: Caches of later readers built on the names (the subject of a sentence), cleared with this module's.
_REGISTERED_CACHES: list[Any] = []


def register_cache(f: _F) -> _F:
    """Have ``clear_caches`` forget ``f``'s cache too (an ``lru_cache`` of a reader that asks for names)."""
    _REGISTERED_CACHES.append(f)
    return f


def _ranked_post(text: str, pos: int) -> NameSpan | None:
    """Decision 7: a party rank before the operative post (``Đồng chí Ủy viên Ban Thường vụ Huyện ủy, Giám đốc
    Trung tâm Y tế huyện``) is dropped with its honorific; the post after the comma is the name."""
    rank = PARTY_RANK.match(text, pos)
    if rank is None:
        return None
    post = name_at(text, rank.end())
    return post if post is not None and post.kind == "position" else None


def _plural_post_at(text: str, pos: int) -> NameSpan | None:
    """``Các`` + a post (``Các Phó Giám đốc phụ trách lĩnh vực …``, ``các Chuyên viên …``): the holders of the post,
    one assignee written as a plural; the post runs on as the singular does."""
    cac = _CAC.match(text, pos)
    if cac is None or not text[cac.end() : cac.end() + 1].isupper():
        return None
    head = _head_at(text, cac.end())
    if head is None or head[1] != "position":
        return None
    return NameSpan(pos, _extend(text, head[0], head[1], head=text[cac.end() : head[0]]), "position")


def clear_caches() -> None:
    """Forget the names recognised so far, and the folded words (benchmarks clear them so that no run reads
    another's)."""
    for f in (_alias_at, _head_at, name_at, fold, match_key, *_REGISTERED_CACHES):
        f.cache_clear()


def find_names(text: str) -> list[NameSpan]:
    """Every name in ``text``, left to right, not overlapping."""
    out: list[NameSpan] = []
    pos = 0
    for w in _WORD.finditer(text):
        if w.start() < pos:
            continue
        start = w.start()
        if start and text[start - 1] in "/-" and text[start - 2 : start - 1].strip():
            continue  # inside a document number: ``1441/QĐ-UBND``
        if _POSSESSIVE.search(text[max(0, start - DEFAULT_POSSESSIVE_LOOKBACK) : start]):
            # ``Quyết định … của Chủ tịch UBND tỉnh``: the issuer of a cited document, skipped whole
            n = name_at(text, start)
            if n is not None:
                pos = n.end
            continue
        # an honorific or ``các`` opens a name one word earlier than its head
        n = name_at(text, start)
        if n is None and out and _LIST_COMMA.fullmatch(text, out[-1].end, start):
            n = _bare_list_at(text, start)  # ``…, cơ quan, tổ chức khác có liên quan``: a list's next item
        if n is not None:
            out.append(n)
            pos = n.end
    return out


_LIST_COMMA = compiled(r"[ \t]*,[ \t]*")
#: The level of the regions that the 2025 reorganisation numbers (``Kho bạc Nhà nước khu vực XI``, ``… khu vực 8``).
_REGION_LEVEL_BEFORE = compiled(r"khu[ \t]+vực[ \t]+$")


def _bare_list_at(text: str, pos: int) -> NameSpan | None:
    """Collective nouns in lower case without ``các``, two or more joined by commas (``cơ quan, tổ chức``),
    as a later item of a list of names."""
    if not text[pos : pos + 1].islower():
        return None
    first = _noun_at(text, pos)
    if first is None or not _second_list_at(text, pos):
        return None
    end = _plural_nouns(text, pos)
    return NameSpan(pos, _extend(text, end or first, "other", collective=True), "other")


def subject(text: str, *, positional: bool = False) -> tuple[list[NameSpan], int, str]:
    """The names a sentence or heading opens with (``Giao Sở Tài chính, Sở Nội vụ chủ trì …``):
    the names, the offset where the rest of the sentence starts, and the mode (``requested`` after
    ``Đề nghị``).  ``positional``: where the sentence's subject stands (its start, after an opener), a noun
    phrase before a verb is the subject whatever its head (``positional_subject``), when no name is known."""
    mode = "assigned"
    pos = 0
    m = _OPENER.match(text)
    if m:
        mode = _OPENER_MODE.get(fold(collapse_spaces(m.group().strip(" :"))).strip(), "assigned")
        pos = m.end()
    names: list[NameSpan] = []
    while True:
        pos = _skip_spaces(text, pos)
        # a lower-case generic noun only as a later item: ``…, cơ quan thuộc Chính phủ, Chủ tịch …``
        listed = _plural_colon_at(text, pos)
        n = (
            NameSpan(pos, listed[-1].end, listed[0].kind)
            if listed
            else name_at(text, pos)
            or (_listed_generic_at(text, pos, names[-1]) if names else None)
            or (positional_subject(text, pos) if positional and not names else None)
        )
        if n is None:
            break
        members = listed or _members_after(text, n)
        if members:  # ``Giám đốc các Sở: Xây dựng, Tài chính``: each member its own name
            names += members
            pos = members[-1].end
        else:
            names.append(n)
            pos = n.end
        j = _NAME_JOINER.match(text[pos : pos + DEFAULT_NAME_JOINER_WINDOW])
        if not j:
            j = _SPACE_BEFORE_CAPITAL.match(text[pos : pos + DEFAULT_NAME_GAP_WINDOW])  # two names one after the other
            if not j or not _BREAKING_HEAD.match(text, pos + j.end()):
                break
        nxt = pos + j.end()
        if name_at(text, nxt) is None and _listed_generic_at(text, nxt, names[-1]) is None:
            break
        pos = nxt
    return names, pos, mode


_PLACE_LEVEL_KEYS = frozenset(fold(lv) for lv in PLACE_LEVELS)
_COLON = compiled(r"[ \t]*:[ \t]*")


def _members_after(text: str, n: NameSpan) -> list[NameSpan] | None:
    """The members a collective lists after a colon, each its own name (a decision's execution clause: the
    directors of several departments, the chairs of several communes' committees).  A member whose name
    holds ``và`` (``Nông nghiệp và Môi trường``) is kept whole unless the members are places; the list ends
    at a post or a body's head (``Viện trưởng …``), a lower-case word or other punctuation."""
    colon = _COLON.match(text, n.end)  # first: most names are followed by no colon
    if colon is None:
        return None
    head = LISTED_COLLECTIVE.match(collapse_spaces(text[n.start : n.end]))
    if head is None:
        return None
    nouns = [w.strip() for w in head.group("nouns").split(",")]
    prefix = head.group("before").strip()
    return _colon_members(text, colon.end(), prefix, nouns, n.kind)


def _colon_members(text: str, pos: int, prefix: str, nouns: list[str], kind: str) -> list[NameSpan] | None:
    """The members listed from ``pos`` (after the colon), each named ``prefix`` + the plural's noun + the member
    (``Giám đốc`` + ``Sở`` + ``Y tế``).  ``và`` between two members parts them when the alias table knows
    the left one as a whole name and not the two together (``Tài chính và Y tế``: two departments), or when the members are
    places; otherwise it is a word of the member's name (``Nông nghiệp và Môi trường``, ``Kinh tế và Hạ
    tầng``, a name the table may not know).  A member ends at a task verb in lower case."""
    noun = nouns[0] if len(nouns) == 1 else ""
    if noun and not prefix:
        noun = noun[:1].upper() + noun[1:]  # ``Các phòng: Tư pháp`` → ``Phòng Tư pháp``
    singular = f"{prefix} {noun}".strip()
    # a place's name never holds ``và`` (``Chuyên Mỹ và Đại Xuyên``: two communes); a department's may
    places = all(fold(w) in _PLACE_LEVEL_KEYS for w in nouns)
    out: list[NameSpan] = []
    last = False
    while True:
        m = MEMBER.match(text, pos)
        if (
            m is None
            or (_head_at(text, pos) is not None and not _known_member(noun, text, pos))
            or _STOP.match(text, pos)
        ):
            break
        start, end = m.start(), _member_end(text, m.start(), m.end())
        sep = MEMBER_SEPARATOR.match(text, end) if end == m.end() else None
        if sep and sep.group().strip() == "và" and not places:
            right = MEMBER.match(text, sep.end())
            if (
                right is not None
                and _head_at(text, sep.end()) is None
                and not _two_known_members(
                    noun, text[start:end], text[sep.end() : _member_end(text, right.start(), right.end())]
                )
            ):
                end = _member_end(text, right.start(), right.end())  # ``Sở Nông nghiệp và Môi trường``: one name
                sep = MEMBER_SEPARATOR.match(text, end) if end == right.end() else None
        member = collapse_spaces(text[start:end])
        out.append(NameSpan(start, end, kind, canonical=f"{singular} {member}".strip(), alias_end=end))
        if sep is None or (places and last):
            break  # ``…, Chuyên Mỹ và Đại Xuyên``: the place after ``và`` is the list's last
        last = sep.group().strip() == "và"
        nxt = MEMBER.match(text, sep.end())
        if nxt is None or (
            (_head_at(text, sep.end()) is not None or (";" in sep.group() and name_at(text, sep.end()) is not None))
            and not _known_member(noun, text, sep.end())
        ):
            break  # the next item of the sentence's list is a name of its own (``; Viện trưởng …``)
        pos = sep.end()
    return out if len(out) >= 2 else None


def _known_member(noun: str, text: str, pos: int) -> bool:
    """Whether the plural's noun + the member at ``pos`` is a name the alias table knows (``Sở`` + ``Khoa học
    và Công nghệ``): a member, though it begins with a head word (``Khoa``)."""
    if not noun:
        return False
    full = f"{noun} {text[pos : pos + DEFAULT_ALIAS_WINDOW]}"
    hit = _alias_at(full, 0)
    return hit is not None and hit[0] > len(noun) + 1


def _member_end(text: str, start: int, end: int) -> int:
    """Where a member that ``MEMBER`` ran to ``end`` ends: before the first lower-case task verb or clause word
    in it (``Tài chính rà soát …``: the sentence's predicate)."""
    for w in _WORD.finditer(text, start, end):
        if w.start() > start and w.group()[:1].islower() and _STOP.match(text, w.start()):
            return _rstrip_end(text, start, w.start())
    return end


def _rstrip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t-–":
        end -= 1
    return end


def _two_known_members(noun: str, left: str, right: str) -> bool:
    """Whether ``noun left`` is a name the alias table knows and ``noun left và right`` is not: ``Tài chính`` is a
    department's whole name, so ``và Y tế`` names the next."""
    if not noun:
        return False

    def known(name: str) -> bool:
        full = collapse_spaces(f"{noun} {name}")
        hit = _alias_at(full, 0)
        return hit is not None and hit[0] >= len(full)

    return known(left) and not known(f"{left} và {right}")


#: ``Các <plural>:`` (``Các Chi cục:``, ``Hiệu trưởng các Trường:``) opening a list of members.
_PLURAL_COLON = compiled(
    r"(?P<before>(?:\p{Lu}\p{L}*(?:[ \t]+\p{L}+){0,3}?[ \t]+)?)[Cc]ác[ \t]+(?P<noun>\p{L}+(?:[ \t]+\p{L}+)?)[ \t]*:[ \t]*(?=\p{Lu})"
)


def _plural_colon_at(text: str, pos: int) -> list[NameSpan] | None:
    """``Các Chi cục: Kiểm lâm, Thủy lợi …`` / ``Hiệu trưởng các Trường: A, B`` at ``pos``: the members, each
    with the plural's head (a body's head or a collective noun of the grammar; a post before it, if any,
    goes on each)."""
    at = text.find("ác", pos)  # every match holds ``các`` and a colon after it: most texts are not matched
    if at < 0 or text.find(":", at) < 0:
        return None
    m = _PLURAL_COLON.match(text, pos)
    if m is None:
        return None
    noun = m.group("noun")
    cap = noun[:1].upper() + noun[1:]
    if _head_at(cap, 0) is None and fold(noun) not in _COLLECTIVE:
        return None
    before = m.group("before").strip()
    if before and _head_at(text, pos) is None:
        return None  # what stands before ``các`` must be a post (``Giám đốc``), not any words
    kind = "position" if before else (_head_at(cap, 0) or (0, "body"))[1]
    return _colon_members(text, m.end(), before, [cap], kind)


def _listed_generic_at(text: str, pos: int, prev: NameSpan | None = None) -> NameSpan | None:
    """A lower-case generic noun with what says which, as a later item of a list of names; a second list
    of collective nouns after ``và`` (``các sở, ban, ngành và cơ quan, đơn vị có liên quan``) or after places and a
    comma (``UBND các huyện, thị xã, cơ quan, tổ chức có liên quan``); or, after a collective ``prev``, a member of its own
    (``_new_member_at``: ``Các sở, ban, ngành, tổ chức chính trị - xã hội``)."""
    m = LISTED_GENERIC.match(text, pos)
    if m is not None:
        return NameSpan(pos, _extend(text, m.end(), "other", collective=True, head=m.group()), "other")
    comma = _AFTER_COMMA.search(text, 0, pos)
    after_places = comma is not None and _LEVEL_AT_END.search(text[: comma.start()].rstrip()) is not None
    if _AFTER_AND.search(text, 0, pos) or after_places:
        listed = _bare_list_at(text, pos)
        if listed is not None or not after_places:
            return listed
    noun = _noun_at(text, pos) if prev is not None and prev.kind == "other" and text[pos : pos + 1].islower() else None
    if noun is not None and _new_member_at(text, pos, _member_modified(text, prev.end if prev else pos)):
        return NameSpan(pos, _extend(text, noun, "other", collective=True), "other")
    return None


_AFTER_AND = compiled(r"(?<![\p{L}])(?:và|hoặc)[ \t]*$")
_AFTER_COMMA = compiled(r",[ \t]*$")


def _second_list_at(text: str, pos: int) -> bool:
    """Whether a list of collective nouns of its own begins at ``pos`` (after ``và``): two nouns or more
    joined by a comma (``cơ quan, đơn vị``).  Coordination puts ``và`` before a list's last item, so a
    comma after the noun that follows it starts a second list."""
    first = _noun_at(text, pos)
    if first is None:
        return False
    comma = _LIST_COMMA.match(text, first)
    return comma is not None and _noun_at(text, comma.end()) is not None


# --- what a name means ------------------------------------------------------------------------------

_PLACE_TAIL = compiled(
    r"(?P<place>(?:(?:các|của)\s+)?(?:"
    + "|".join(regex.escape(lv).replace(r"\ ", r"\s+") for lv in longest_first(PLACE_LEVELS))
    + r")(?:(?:\s*,\s*|\s+và\s+)(?:"
    + "|".join(regex.escape(lv).replace(r"\ ", r"\s+") for lv in PLACE_LEVELS)
    + r"))*(?:\s+\p{Lu}[\p{L}\p{N}]*(?:\s+(?:\p{Lu}[\p{L}\p{N}]*|\d+))*)?)$"
)
_LEADING_FILLERS = compiled(r"(?i)^(?:" + "|".join(FILLER_HEADS) + r")\s+(?=\p{Lu})")


def split_place(name: str) -> tuple[str, str | None]:
    """``Công an tỉnh Lâm Đồng`` → (``Công an``, ``tỉnh Lâm Đồng``); ``Sở Tài chính`` → (``Sở Tài chính``,
    None).  A name that is only a place word (``Ủy ban nhân dân xã``) keeps its head."""
    m = _PLACE_TAIL.search(name)
    if not m or m.start() == 0:
        return name, None
    core = name[: m.start()].rstrip(" ,")
    if not core:
        return name, None
    return core, m.group("place").strip()


def complete_place(place: str | None, home: dict[str, str]) -> str | None:
    """A bare level (``tỉnh``) takes the name of the issuing body's own unit of that level."""
    if place is None:
        return None
    key = fold(place).strip()
    if key in home:
        return f"{place} {home[key]}"
    return place


def canonical_name(raw: str, alias: str | None) -> str:
    """The name's canonical spelling: the alias table's, else abbreviations spelled out and tone marks
    placed one way (``Uỷ`` = ``Ủy``), first letter capitalised."""
    if alias:
        return alias
    core = _LEADING_FILLERS.sub("", raw.strip())
    core = expand_abbreviations(core)
    core = collapse_spaces(core)
    return core[:1].upper() + core[1:] if core else core


def make_assignee(text: str, span: NameSpan, home: dict[str, str] | None = None) -> Assignee:
    """The ``Assignee`` a recognised name stands for; ``home`` maps a level (``tinh``) to the issuing
    body's unit of that level (``Lâm Đồng``) so that ``Công an tỉnh`` becomes ``Công an tỉnh Lâm Đồng``."""
    raw = collapse_spaces(text[span.start : span.end]).strip(" ,;:-")
    if span.kind == "person":
        return Assignee(
            raw=raw, canonical=span.person_name, kind="person", person_name=span.person_name, position=span.position
        )
    core, place = split_place(raw)
    if span.canonical is not None:
        # the alias table names the unit; what is written after its spelling (a place, ``liên quan``) is kept
        alias_core, alias_place = split_place(span.canonical)
        rest = collapse_spaces(text[span.alias_end : span.end]).strip(" ,;:-") if span.alias_end else ""
        rest_core, rest_place = split_place("X " + rest) if rest else ("X", None)
        rest_core = rest_core[2:].strip()
        if not rest:
            rest_place = split_place(raw)[1]  # ``Công an xã``: the alias spelling held the place
        if rest_core in ISSUER_ABBREVIATIONS or fold(rest_core) in _OWNING_BODY_KEYS:
            rest_core = ""  # ``Văn phòng - Thống kê UBND``: the body the unit belongs to, not its name
        canonical = f"{alias_core} {rest_core}".strip() if rest_core else alias_core
        place = rest_place or alias_place
    else:
        canonical = canonical_name(core, None)
    place = complete_place(place, home or {})
    full = f"{canonical} {place}" if place else canonical
    return Assignee(raw=raw, canonical=new_tone_spelling(full), kind=span.kind, place=place)  # type: ignore[arg-type]


def name_key(assignee: Assignee) -> str:
    """The comparison key of a name without its place: folded canonical core."""
    core, _place = split_place(assignee.canonical or assignee.raw)
    return fold_key(core)


def place_key(assignee: Assignee) -> str | None:
    return fold_key(assignee.place) if assignee.place else None


# patterns of the functions above, compiled once (named after what they match)
_NOT_LETTER = compiled(r"[^\p{L}]")
_LETTER_RUN = compiled(r"[\p{L}\p{N}]+")
_SPACES = compiled(r"\s+")
_UPPER = compiled(r"\p{Lu}")
_NOUN_JOINER = compiled(r"(?:,|\s*và|\s*hoặc|\s*-)\s*")
_POST_INTRO = compiled(r"\s*(?:[-–,]|\(|,?\s*là)\s*")
_DASH_AFTER = compiled(r"[ \t]*[-–]")
_NAME_JOINER = compiled(
    r"\s*(?:"
    + "|".join(regex.escape(j).replace(r"\ ", r"\s+") for j in ENUMERATION_JOINERS)
    + r")\s*(?:"
    + "|".join(o + r"\s+" for o in JOINED_OPENERS)
    + r")?"
)
_OWNING_BODY_KEYS = {fold(n) for n in OWNING_BODY_NAMES}
_PORTFOLIO = compiled(r"phụ[ \t]+trách[ \t]+(?:lĩnh[ \t]+vực|công[ \t]+tác|khối|mảng|địa[ \t]+bàn)(?![\p{L}])")
#: ``phụ trách`` + the first word of a scope (or a verb read as its noun: ``tổng hợp``), not ``chung`` (in charge
#: of everything: the post's task)
_BARE_POST_SCOPE = compiled(r"phụ[ \t]+trách[ \t]+(?!chung(?![\p{L}]))(?P<first>[\p{L}\p{N}]+)(?![\p{L}])")
#: a verb's object in capitals, then a second post after a dash or a colon (``… Đảng - Trưởng Tiểu ban``)
_OBJECT_BEFORE_POST = compiled(r"[ \t]+\p{Lu}\p{L}*(?:[ \t]+\p{L}+){0,5}?[ \t]*(?:[-–][ \t]*\p{Lu}|:)")
_CAP_RUN = compiled(r"\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*){0,3}(?![\p{L}])")
_SPACE_BEFORE_CAPITAL = compiled(r"[ \t]+(?=\p{Lu})")


# --- a subject by where it stands ---------------------------------------------------------------------

#: A subject read by where it stands has at most this many words (``Giám đốc Ban Quản lý rừng phòng hộ``).
DEFAULT_MAX_POSITIONAL_WORDS = 10


@lru_cache(maxsize=1 << 12)
def _lower(text: str) -> str:
    """Lower case, one tone placement, single spaces: how ``NON_SUBJECT_HEADS`` and ``NOT_PREDICATE_STOPS`` are
    compared (folding would make ``chi hội`` the word ``chỉ``, ``sở`` the word ``số``)."""
    return collapse_spaces(new_tone_spelling(text)).lower()


_NON_SUBJECT = frozenset(_lower(w) for w in NON_SUBJECT_HEADS)
_NOT_PREDICATE = frozenset(_lower(w) for w in NOT_PREDICATE_STOPS)
_AGENT_SYLLABLES = frozenset(AGENT_SYLLABLES)
_STAFF_HEADS = frozenset(_lower(w) for w in STAFF_HEADS)
_EVENT_HEADS = frozenset(_lower(w) for w in EVENT_HEADS)
_ROLE_WORDS = frozenset(_lower(w) for w in ROLE_WORDS)
_SENTENCE_VERBS = frozenset(_lower(w) for w in SENTENCE_VERBS)
_PLURAL_BEFORE_CAPITAL = compiled(r"(?:[Cc]ác|[Nn]hững)[ \t]+(?=\p{Lu})")
_ANY_CASE_STOP = _alternation(NAME_STOPS, flags="(?i)")


def _opens_with_non_subject(text: str, pos: int) -> bool:
    """Whether the words at ``pos`` are a verb (``Tổ chức …``) or a noun that names no one (``Kinh phí …``)."""
    words = [_lower(w.group()) for w in itertools.islice(_WORD.finditer(text, pos, min(len(text), pos + 40)), 2)]
    if not words:
        return True
    if " ".join(words) in _STAFF_HEADS:
        return False  # ``Cử tri phát biểu …``: a person noun whose first word is a verb elsewhere (``cử``)
    if any(w in _NON_SUBJECT or w in _SENTENCE_VERBS for w in (words[0], " ".join(words))):
        return True
    return _match_at(_ANY_CASE_STOP, fold(words[0]), text, pos) is not None


def _agent_shaped(text: str, start: int, end: int) -> bool:
    """Whether the words in ``[start, end)`` have the shape of a post, a staff member or a body of a level: an agent
    syllable after the first word (``Kỹ thuật viên``), a staff noun first (``Cán bộ thư viện``), a place level
    after the first word (``Thư viện tỉnh``) unless an event's noun opens it (``EVENT_HEADS``)."""
    words = [_lower(w) for w in _WORD.findall(text, start, end)]
    if any(w in _AGENT_SYLLABLES for w in words[1:4]):
        return True
    if any(" ".join(words[:n]) in _STAFF_HEADS for n in (1, 2, 3)):
        return True
    # a body of a level (``Thư viện tỉnh``, ``Nhà văn hóa xã``): a place level after the first word, not an event
    first = _WORD.match(text, start)
    return (
        first is not None
        and _LEVEL.search(text, first.end(), end) is not None
        and not any(" ".join(words[:n]) in _EVENT_HEADS for n in (1, 2))
    )


def positional_subject(text: str, pos: int) -> NameSpan | None:
    """The noun phrase at ``pos`` where a subject stands, whatever its head: from a capitalised word that is
    neither a verb nor a noun naming no one (``NON_SUBJECT_HEADS``, ``SENTENCE_VERBS``) up to the role word
    that follows it (``Thư viện tỉnh chủ trì …``), or up to a task verb when it has the shape of a post or a
    staff member (``Kỹ thuật viên chấm …``, ``Thủ kho kiểm tra …``: ``AGENT_SYLLABLES``, ``STAFF_HEADS``); or
    ``các`` + capitalised words up to the first word in lower case (``các Khoa nhắc …``, ``Các Trạm Y tế xã tổ
    chức …``).  None when no verb follows
    within ``DEFAULT_MAX_POSITIONAL_WORDS`` words, when punctuation comes first, or when the word after the
    phrase opens no predicate (``có``, ``của``, ``theo``: ``Trung tâm X có 03 phòng`` describes it)."""
    plural = _PLURAL_BEFORE_CAPITAL.match(text, pos)
    q = plural.end() if plural else pos
    if not text[q : q + 1].isupper() or _opens_with_non_subject(text, q):
        return None
    end = q
    capitals: int | None = None  # where the capitalised words after ``các`` end
    for count, w in enumerate(_WORD.finditer(text, q)):
        if text[end : w.start()].strip(" \t") not in ("", "-", "–"):
            break  # punctuation before any verb: a list or a clause, not a subject
        token = w.group()
        lower = token[:1].islower()
        if count and lower:
            stop = _match_at(_STOP, fold(token), text, w.start())
            joins = token in {"và", "hoặc"} and _UPPER.match(text, _skip_spaces(text, w.end())) is not None
            if _after_determiner(text, w.start()):
                stop = None  # ``Nhân viên các tổ chức …``: a noun after ``các``, no verb
            if stop is not None and not joins and not _STOP_COMPOUND_END.search(text, 0, stop.end()):
                if _lower(stop.group()) in _NOT_PREDICATE or (plural is None and count < 2):
                    return None  # one word alone before a verb is a verb's first half (``Thành lập``)
                if plural is None and _lower(stop.group()) not in _ROLE_WORDS and not _agent_shaped(text, q, end):
                    return None  # ``Nền tảng quản lý …``, ``Hội nghị cử …``: a thing or an event, no one who acts
                return NameSpan(pos, end, "other")
            if capitals is None and not _LEVEL.match(text, w.start()):
                capitals = end
        if token.isdecimal() or count >= DEFAULT_MAX_POSITIONAL_WORDS:
            break
        end = w.end()
    if (
        plural is not None
        and capitals is not None
        and text[capitals:].lstrip(" \t")[:1].islower()
        and len(_WORD.findall(text, q, capitals)) == 1
        and _head_at(text, q) is not None
    ):
        return NameSpan(pos, capitals, "other")  # ``các Khoa`` (a head) + a predicate whose verb no list knows
    return None


def opens_with_verb(text: str) -> bool:
    """Whether ``text`` (what follows a subject) begins with a task verb or role word of the grammar's stops
    (``chủ trì``, ``kiểm tra``), not a clause word (``của``, ``theo``) or a word no list knows."""
    r = text.lstrip(" \t,")
    stop = _match_at(_ANY_CASE_STOP, _first_word(r, 0), r, 0)
    return stop is not None and _lower(stop.group()) not in _NOT_PREDICATE


#: The partners read by where they stand are at most this many words in all, and each at most
#: ``DEFAULT_MAX_PARTNER_WORDS``.
DEFAULT_MAX_PARTNER_STRETCH = 30
DEFAULT_MAX_PARTNER_WORDS = 10
_PARTNER_PARTS = compiled(r"[ \t]*,[ \t]*|[ \t]+và[ \t]+")
_LEADING_PLURAL = compiled(r"(?:các|những)[ \t]+")
#: What makes the words after ``phối hợp với`` a topic rather than partners: ``phòng, chống`` (a field's name,
#: its comma no list's), or a clause word before a noun naming no one (``trong công tác``, ``về việc``).
_TOPIC_IN_PARTNERS = compiled(
    r"(?i)(?<![\p{L}])(?:phòng,?[ \t]+chống|(?:trong|về|của|theo|cho|đối[ \t]+với)[ \t]+"
    r"(?:công[ \t]+tác|việc|hoạt[ \t]+động|lĩnh[ \t]+vực|nhiệm[ \t]+vụ|quá[ \t]+trình|thực[ \t]+hiện|triển[ \t]+khai))(?![\p{L}])"
)


def positional_partners(text: str) -> list[NameSpan]:
    """The partners after ``phối hợp với`` when they open with a name no list knows (``chi hội người cao tuổi, các
    câu lạc bộ dưỡng sinh trong khu dân cư`` + ``tổ chức …``): the noun phrases, parted by commas and ``và``, up
    to the first task verb or clause word (``để``, ``theo``; ``trong``/``tại``/``ở`` + a place go on); a known name
    among them keeps its own grammar (``các cơ quan, đơn vị chức năng``).  None when punctuation other than a
    comma comes first, a part opens with a verb or a noun naming no one, or a part is a bare collective noun
    (``sở, ban, ngành``: a list the grammar does not take for names)."""
    end = None
    for count, w in enumerate(_WORD.finditer(text)):
        if count >= DEFAULT_MAX_PARTNER_STRETCH:
            return []
        token = w.group()
        if token[:1].islower():
            stop = _match_at(_STOP, fold(token), text, w.start())
            if stop is None or _STOP_COMPOUND_END.search(text, 0, stop.end()):
                continue
            key = _lower(stop.group())
            if key in _PLACE_CLAUSE_WORDS or key in {"và", "hoặc"} or _after_determiner(text, w.start()):
                continue  # ``… trong khu dân cư``, ``… và các hội``, ``các tổ chức``: still the partners
            end = w.start()
            break
    if not end or any(ch in ".;:()\n" for ch in text[:end]) or _TOPIC_IN_PARTNERS.search(text, 0, end):
        return []  # ``… lực lượng chuyên trách phòng, chống tội phạm``, ``… địa phương trong công tác …``: a topic
    last = _rstrip_end(text, 0, end)
    out: list[NameSpan] = []
    pos = 0
    while True:
        start = _skip_spaces(text, pos)
        known = name_at(text, start)
        if known is not None and known.end <= last:
            piece_end = known.end
            if _PLACE_QUALIFIER.match(text, piece_end):  # ``các chuyên viên trong cơ quan``: where they are
                sep = _PARTNER_PARTS.search(text, piece_end, last)
                piece_end = sep.start() if sep is not None else last
                known = replace(known, end=piece_end, canonical=None, alias_end=None)
            out.append(known)
        else:
            sep = _PARTNER_PARTS.search(text, start, last)
            piece_end = sep.start() if sep is not None else last
            plural = _LEADING_PLURAL.match(text, start)
            words = _WORD.findall(text, start, piece_end)
            if not words or len(words) > DEFAULT_MAX_PARTNER_WORDS or _noun_at(text, start) == piece_end:
                return []
            if _opens_with_non_subject(text, plural.end() if plural else start):
                return []
            out.append(NameSpan(start, piece_end, "other"))
        if piece_end >= last:
            return out
        joiner = _PARTNER_PARTS.match(text, piece_end)
        if joiner is None:
            return []
        pos = joiner.end()


_PLACE_CLAUSE_WORDS = frozenset({"trong", "tại", "ở", "trên", "của"})
#: A known name going on with where its members are (``các đồng chí trong Ban Thường trực``).
_PLACE_QUALIFIER = compiled(r"[ \t]+(?:trong|tại|ở|của|thuộc)[ \t]+(?=\p{L})")
_DETERMINER_BEFORE = compiled(r"(?<![\p{L}])(?:các|những|mọi)[ \t]+$")


def _after_determiner(text: str, pos: int) -> bool:
    """Whether ``các``/``những`` stands just before ``pos``: the word there is a noun (``các tổ chức``)."""
    return _DETERMINER_BEFORE.search(text, max(0, pos - 8), pos) is not None


#: The last words before a colon that are looked at for a verb (``tổ chức thành lập:``).
DEFAULT_VERB_BEFORE_COLON_WORDS = 3


def ends_with_task_verb(text: str) -> bool:
    """Whether ``text`` ends with a task verb in lower case (``… tổ chức thành lập``), not a role word (``chủ
    trì``, ``có trách nhiệm``) nor a clause word (``gồm``, ``sau``): a colon after it opens the verb's object,
    the task goes on."""
    words = list(_WORD.finditer(text))[-DEFAULT_VERB_BEFORE_COLON_WORDS:]
    for w in words:
        stop = _match_at(_STOP, fold(w.group()), text, w.start()) if w.group()[:1].islower() else None
        if stop is not None and stop.end() == len(text.rstrip()):
            key = _lower(stop.group())
            return key not in _NOT_PREDICATE and key not in _ROLE_WORDS
    return False
