"""The words of the name grammar: head words compiled into patterns (again under ``without_heads``), the
alias table's spellings, the recognisers of one word, head or collective noun at a position, and a name's place."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeVar

import regex

from ..chars import collapse_spaces, fold, new_tone_spelling, old_tone_spelling
from ..pattern_cache import compiled, longest_first
from ..tables.assignees import ASSIGNEE_TABLE
from ..tables.bodies import (
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
    FIELD_NOUNS,
    FILLER_HEADS,
    FUNCTION_NAMED_HEADS,
    GENERIC_HEADS,
    GRADE_WORD,
    HEAD_CLOSED_COMPOUNDS,
    HEADS_NOT_BEFORE_COMMA,
    JOINED_OPENERS,
    JOINT_OFFICE_BODIES,
    LEVEL_OPENED_COMPOUNDS,
    LEVEL_WORD_COMPOUNDS,
    LOWER_CASE_HEAD_NOUNS,
    LOWERCASE_HEADS,
    LOWERCASE_POSITION_HEADS,
    MANNER_ADVERBS,
    MARKET_ACTOR_NOUNS,
    NAME_STOPS,
    NAME_TAILS,
    NOT_HEAD_PHRASES,
    NOUNS_OPENED_BY_STOPS,
    OWNING_BODY_NAMES,
    PAPER_NOT_HAMLET,
    PARENT_BODY_HEADS,
    PARTY_COMMITTEE_HEADS,
    PERSON_HONORIFICS,
    PLACE_LEVELS,
    POSITION_HEADS,
    POSSESSIVES,
    POSTS_WITHOUT_DEPUTY,
    STOP_COMPOUNDS,
    SUBJECT_OPENERS,
    SUBORDINATE_UNIT_HEADS,
    TASK_VERBS,
    VERB_HEADS,
)
from ..tables.clause_words import NEGATED_ROLE_WORDS
from ..tables.collectives import (
    ADDRESSED_PERSONS,
    MARKED_HEAD_NOUN,
    MINISTRY_UNIT,
    NOT_COLLECTIVE,
    SHARED_SCOPE,
    SHORT_LEVEL,
    SHORT_LEVEL_ENDS,
)
from ..tables.issuers import expand_abbreviations
from ..tables.name_clauses import LISTED_AT, NAMED_PAIR, NAMED_PERSONS, NAMED_PERSONS_WINDOW
from ..tables.port_heads import PORT_HEADS
from ..tables.word_formation import AGENT_NOMINALISERS, LEVEL_PREFIXES, OFFICE_VERBS, ORGAN_SYLLABLES, syllable_pairs
from .alternations import alternation, first_word, match_at
from .kind_nouns import after_owners, kind_noun_end, owner_noun
from .name_actors import market_actor

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
#: A body's abbreviation no list may know (``MTTQ``, ``BQLDA``), where a name stands: all capitals, two letters up
#: to ``DEFAULT_MAX_ABBREVIATION``, not a Roman numeral (``II``).
ABBREVIATION = compiled(rf"(?![IVXLC]+$)\p{{Lu}}{{2,{DEFAULT_MAX_ABBREVIATION}}}")
#: A spelled-out alias is looked for within this many characters and words of where it may start: the
#: longest of the table (``Địa chính - Nông nghiệp - Xây dựng và Môi trường``) has 48 and 11.
DEFAULT_ALIAS_WINDOW = 120
DEFAULT_MAX_ALIAS_WORDS = 12
#: A lower-case list that closes a name (``…, thương mại và du lịch``) counts as this many ``DEFAULT_MAX_NAME_WORDS``.
DEFAULT_LOWER_LIST_WORDS = 3
#: How far around a word the few words that bear on it are looked for, in characters: a post before a capitalised
#: word (``Phó Trưởng phòng``, 16 characters, and the spaces after it), a place level before an alias's end (``thành
#: phố``), ``của``/``tại``/``theo`` before a name, what joins two collective nouns (``, và``), two names (``, cùng
#: với``, ``và đề nghị``), a person's name and post (`` - ``, ``, là``), the spaces between two names alone.
DEFAULT_POST_LOOKBACK = 24
DEFAULT_LEVEL_LOOKBACK = 12
DEFAULT_POSSESSIVE_LOOKBACK = 8
DEFAULT_NOUN_JOINER_WINDOW = 12
DEFAULT_NAME_JOINER_WINDOW = 20
DEFAULT_POST_INTRO_WINDOW = 8
DEFAULT_NAME_GAP_WINDOW = 4
#: A collective list's last member (``doanh nghiệp cung cấp dịch vụ viễn thông``) is looked for so far before its comma.
DEFAULT_MEMBER_WINDOW = 60

WORD = compiled(r"[\p{L}\p{N}]+(?:[./&][\p{L}\p{N}]+)*")
CAP_WORD = compiled(r"^(?:\p{Lu}[\p{L}\p{N}]*|\d+|[IVXLC]+)$")
#: a syllable of a person's name; two glued by a lost space (``ĐứcMạnh``) count as one
_PERSON_SYLLABLE = r"\p{Lu}\p{Ll}*(?:\p{Lu}\p{Ll}+)?"
PERSON_NAME = compiled(
    rf"(?P<name>{_PERSON_SYLLABLE}(?:[ \t]+{_PERSON_SYLLABLE}){{1,{DEFAULT_MAX_PERSON_SYLLABLES - 1}}})"
    r"(?![\p{L}])"
)


#: A task verb as a whole word, in either case (it opens a sentence capitalised): what makes a clause a task
#: (``extract/sentences.py``: two tasks in one item; ``name_lists``: a list member's clause that is a task).
TASK_VERB = compiled(
    r"(?i)(?<![\p{L}\p{N}])(?:"
    + "|".join(regex.escape(v).replace(r"\ ", r"\s+") for v in longest_first(TASK_VERBS))
    + r")(?![\p{L}\p{N}])"
)


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
LEFT_OUT: frozenset[str] = frozenset()


def _kept(heads):
    return [h for h in heads if lexicon_key(h) not in LEFT_OUT]


# the grammar's patterns made of head words (``compile_heads``)
BODY_HEAD: regex.Pattern
BODY_KIND: dict[str, str]
BREAKING_HEAD: regex.Pattern
AFTER_POST: regex.Pattern
PARENT_BODY: regex.Pattern
PARTY_COMMITTEE: regex.Pattern
SUBORDINATE_HEADS: frozenset[str]
LOWER_POSITIONS: tuple[str, ...]
LOWER_HEAD: regex.Pattern
POSITION_HEAD: regex.Pattern
FUNCTION_NAMED_HEAD: regex.Pattern
FUNCTION_NAMED_ANY_CASE: regex.Pattern
LOWER_BEFORE_NAME: regex.Pattern
HEAD_WORDS: tuple[str, ...]


#: Posts made by the grammar, not listed: a nominaliser and a verb of office (``Người đứng đầu``, ``Người phụ trách``,
#: ``Người được giao``), whichever heads the lists hold.
AGENT_NOUNS: list[str] = [f"{n} {v}" for n in AGENT_NOMINALISERS for v in OFFICE_VERBS]
#: Bodies made by the grammar: a level and an organ's syllable (``Tỉnh đoàn``, ``Huyện đoàn``, ``Quận đội``).
LEVEL_ORGANS: list[tuple[str, str]] = [(f"{lv} {o}", "body") for lv in LEVEL_PREFIXES for o in ORGAN_SYLLABLES]


def compile_heads() -> None:
    """The grammar's patterns made of head words, compiled from the tables less ``LEFT_OUT`` (at import, and
    once per ``without_heads``)."""
    global BODY_HEAD, BODY_KIND, BREAKING_HEAD, AFTER_POST, PARENT_BODY, PARTY_COMMITTEE, SUBORDINATE_HEADS, LOWER_HEAD
    global POSITION_HEAD, FUNCTION_NAMED_HEAD, FUNCTION_NAMED_ANY_CASE, LOWER_BEFORE_NAME, LOWER_POSITIONS, HEAD_WORDS
    body = [(h, k) for h, k in (*BODY_HEADS, *PORT_HEADS) if lexicon_key(h) not in LEFT_OUT]
    positions = _kept(POSITION_HEADS)
    # each post's deputy (``Phó Hiệu trưởng``) is a post too
    positions += [
        f"{DEPUTY_PREFIX} {p}"
        for p in positions
        if not p.startswith(DEPUTY_PREFIX) and p not in POSTS_WITHOUT_DEPUTY and f"{DEPUTY_PREFIX} {p}" not in positions
    ]
    positions += AGENT_NOUNS  # the grammar's, not the lists': no head left out removes them
    # (not in ``LOWER_BEFORE_NAME``: ``xã Đoàn Kết``, ``xã Đội Bình`` are communes' names)
    made = [(h, k) for h, k in LEVEL_ORGANS if lexicon_key(h) not in {lexicon_key(b) for b, _k in body}]
    BODY_HEAD = alternation([h for h, _k in body + made])
    BODY_KIND = {fold(h): k for h, k in body + made}
    BREAKING_HEAD = alternation(_kept(BREAKING_HEADS))
    #: the body a unit belongs to, written after the unit's name (``Văn phòng - Thống kê UBND``)
    #: (searched backwards, ``regex.REVERSE``: a pattern anchored at its window's end is found from there at once,
    #: not tried at every position before it; whether one is found is the same, which is all its callers ask)
    AFTER_POST = compiled(
        r"(?i)(?<![\p{L}])(?:"
        + "|".join(regex.escape(h).replace(r"\ ", r"\s+") for h in longest_first(positions))
        + r")[ \t]+$",
        regex.REVERSE,
    )
    PARENT_BODY = alternation(_kept(PARENT_BODY_HEADS))
    PARTY_COMMITTEE = alternation(_kept(PARTY_COMMITTEE_HEADS))
    SUBORDINATE_HEADS = frozenset(fold(h) for h in _kept(SUBORDINATE_UNIT_HEADS))
    LOWER_POSITIONS = (*_kept(LOWERCASE_POSITION_HEADS), *(h.lower() for h in AGENT_NOUNS))
    LOWER_HEAD = alternation(_kept(LOWERCASE_HEADS) + list(LOWER_POSITIONS), flags="(?i)")
    POSITION_HEAD = alternation(positions, flags="(?i)")  # first letter upper case: checked in _head_at
    #: a committee's head named by what it does, just before (``Ban `` of ``Ban Chỉ đạo``)
    FUNCTION_NAMED_HEAD = compiled(
        r"(?<![\p{L}])(?:"
        + "|".join(regex.escape(h).replace(r"\ ", r"\s+") for h in _kept(FUNCTION_NAMED_HEADS) or ["(?!)"])
        + r")[ \t]+$"
    )
    FUNCTION_NAMED_ANY_CASE = compiled("(?i)" + FUNCTION_NAMED_HEAD.pattern)  # ``Phó Trưởng ban xây dựng …``
    LOWER_BEFORE_NAME = alternation([h for h, _k in body if h[:1].isupper() and len(h) > 2], flags="(?i)")
    HEAD_WORDS = (*_kept(LOWERCASE_HEADS), *LOWER_POSITIONS, *positions, *(h for h, _k in body))


compile_heads()


OWNING_BODY = alternation(OWNING_BODY_NAMES)
#: a centre's committee just before: the head after it names whose (``Ủy ban Trung ương`` + ``Mặt trận …``)
CENTRAL_COMMITTEE_END = compiled(alternation(CENTRAL_COMMITTEES).pattern + r"[ \t]*$")
JOINT_OFFICE_BODY = alternation(JOINT_OFFICE_BODIES)
#: an office named for one of the bodies it serves, just before ``và`` + the other
JOINT_OFFICE_FIRST = compiled(r"(?<![\p{L}])Văn[ \t]+phòng[ \t]+" + JOINT_OFFICE_BODY.pattern + r"[ \t]*$")
DETERMINER_KEYS = frozenset(fold(d) for d in COLLECTIVE_DETERMINERS)
HONORIFIC = compiled(
    r"(?<![\p{L}])(?:" + "|".join(regex.escape(h) for h in longest_first(PERSON_HONORIFICS)) + r")[ \t]*"
)
#: (a verb then ``viên`` is an agent's noun, no verb: ``báo cáo viên``, ``kiểm soát viên``; not ``viên chức``)
STOP = alternation((*NAME_STOPS, *NEGATED_ROLE_WORDS), after=r"(?![ \t]+viên(?![\p{L}])(?![ \t]+chức))")
#: Adverbs of manner before a task's verb, one or more (``chủ động``, ``khẩn trương``), with the spaces after them.
MANNER = alternation(MANNER_ADVERBS)
MANNER_BEFORE_VERB = compiled(r"(?:" + MANNER.pattern + r"[ \t]+)+")


_ADVERB_ALONE = compiled(r"(?:" + MANNER.pattern + r")[ \t]*(?:[,;.:][ \t]*)?(?:$|(?=\p{Lu}))")  # (``adverb_alone``)


def adverb_alone(text: str) -> bool:
    """Whether ``text`` opens with an adverb of manner then the next name's capital or the end (``thường xuyên`` +
    ``, Phòng …``; not ``chủ động, tích cực …``): a name's words (``Phòng Giáo dục thường xuyên``), no predicate."""
    return _ADVERB_ALONE.match(text) is not None


COMMAND_KEYS = frozenset(fold(h) for h in COMMAND_HEADS)
NOUN_OPENED_BY_STOP = alternation(NOUNS_OPENED_BY_STOPS)
STOP_COMPOUND_END = compiled(  # any case: ``Phiên họp``, ``Ủy ban Bầu cử``
    r"(?i)(?<![\p{L}])(?:" + "|".join(regex.escape(c).replace(r"\ ", r"\s+") for c in STOP_COMPOUNDS) + r")$"
)
#: A compound that holds a verb, opening at a position (``bầu cử``, ``công trình``): a noun, no stop of a name.
STOP_COMPOUND = alternation(STOP_COMPOUNDS, flags="(?i)")
CAP_STOP = alternation(CAPITALISED_STOPS)
#: a lower-case list closing a proper name after its comma: ``…, thương mại và du lịch`` (then the name ends)
LOWER_LIST = compiled(
    r"(?P<words>\p{Ll}+(?:[ \t]+\p{Ll}+){0,2}[ \t]+và[ \t]+\p{Ll}+(?:[ \t]+\p{Ll}+){0,2})"
    r"(?=[ \t]*(?:$|[,;.:()\n]|tỉnh|huyện|xã|thành phố|[ \t]+(?:chủ trì|phối hợp|có trách nhiệm|thực hiện|triển khai)))"
)
#: a capitalised task verb (public: the obligations extractor accepts it as a predicate)
CAPITALISED_VERB = CAP_STOP
TAIL = alternation(NAME_TAILS, flags="(?i)")
#: a level word, not the last word of a compound noun (``Hợp tác xã``) nor the first (``xã hội``)
LEVEL = alternation(
    PLACE_LEVELS,
    before=r"(?<!(?i:"
    + "|".join(r"\s+".join(map(regex.escape, c.split()[:-1])) for c in LEVEL_WORD_COMPOUNDS)
    + r")\s+)",
    # ``xã hội`` is no ``xã``; ``thành phố Hội An`` is a ``thành phố``: the compound's rest blocks its own level only
    after=r"(?!"
    + "|".join(
        rf"(?<=(?i:{regex.escape(c.split()[0])}))\s+(?i:"
        + r"\s+".join(map(regex.escape, c.split()[1:]))
        + r")(?![\p{L}\p{N}])"
        for c in LEVEL_OPENED_COMPOUNDS
    )
    + r")",
)
GRADE = compiled(rf"(?<![\p{{L}}]){GRADE_WORD}[ \t]+" + LEVEL.pattern)  # ``cấp xã``
GRADE_AT_END = compiled(GRADE.pattern + r"$", regex.REVERSE)
LEVEL_AT_END = compiled(LEVEL.pattern + r"$", regex.REVERSE)  # searched from the end, as ``AFTER_POST``
BRANCH_AFTER_DASH = alternation(BRANCH_HEADS)
#: Where a body sits, before its place (``Kho bạc Nhà nước tại tỉnh Đồng Tháp``, ``Văn phòng đại diện tại Thành
#: phố Hồ Chí Minh``, ``… tại các xã``): part of its name, which the place then ends; not a kind of area
#: (``Đơn vị bán lẻ điện tại khu vực nông thôn`` + its task).
LOCATED_AT = compiled(
    r"(?:tại|ở)[ \t]+(?=(?:các|những)[ \t]+" + LEVEL.pattern + r"|(?i:" + LEVEL.pattern + r")[ \t]+\p{Lu})"
)
ANY_CASE_LEVEL_AT_END = compiled(r"(?i)" + LEVEL.pattern + r"[ \t]*$", regex.REVERSE)
_NOT_HEAD_BY_FIRST: dict[str, list[str]] = {}
for _p in NOT_HEAD_PHRASES:
    _NOT_HEAD_BY_FIRST.setdefault(_p.split(" ", 1)[0], []).append(_p)
COLLECTIVE = longest_first({*COLLECTIVE_NOUNS, *MARKET_ACTOR_NOUNS, *ADDRESSED_PERSONS, *LOWER_CASE_HEAD_NOUNS})
_LEADING_WORD = compiled(r"[\p{L}\p{N}]*")


def _by_leading_word(nouns: list[str]) -> dict[str, tuple[str, ...]]:
    """The collective nouns under their first word, longest first: a window is compared only with the nouns
    that begin with its own first word (the boundary check after a noun makes any other comparison fail)."""
    index: dict[str, list[str]] = {}
    for noun in nouns:
        index.setdefault(_LEADING_WORD.match(noun).group(), []).append(noun)
    return {word: tuple(group) for word, group in index.items()}


_COLLECTIVE_BY_WORD = _by_leading_word(COLLECTIVE)
_ADDRESSED, _LISTED = frozenset(ADDRESSED_PERSONS), compiled(r"[ \t]+" + LISTED_AT)
#: the longest collective noun and the character after it (which must not go on with the word)
_COLLECTIVE_WINDOW = len(COLLECTIVE[0]) + 1
_HEADS_NOT_BEFORE_COMMA = frozenset(HEADS_NOT_BEFORE_COMMA)
POSSESSIVE = compiled(r"(?<![\p{L}])(?:" + "|".join(POSSESSIVES) + r")\s+$")
CAC = compiled(r"(?<![\p{L}])(?:" + "|".join(COLLECTIVE_DETERMINERS) + r")\s+")
OPENER = compiled(
    r"(?i)^\s*(?:"
    + "|".join(regex.escape(o).replace(r"\ ", r"\s+") for o, _m in SUBJECT_OPENERS)
    + r")(?![\p{L}])\s*:?\s*"
)
OPENER_MODE = {fold(o): m for o, m in SUBJECT_OPENERS}
FILLER_KEYS = {fold(h) for h in FILLER_HEADS}
BARE_COLLECTIVE_KEYS = {fold(h) for h in BARE_COLLECTIVE_HEADS}
VERB_KEYS = {fold(h) for h in VERB_HEADS}
GENERIC_KEYS = {fold(h) for h in GENERIC_HEADS}


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
    rule: str = "name.head"  # the ``name.*`` record (``tables/rules_names.py``) whose grammar made the span


# --- the alias table, matched on the text as written --------------------------------------------------


@lru_cache(maxsize=1)
def alias_index() -> tuple[regex.Pattern, dict[str, tuple[str, str]]]:
    """The alias table as an alternation of abbreviations (all capitals, matched exactly as written: ``ĐU``
    is not ``dự``) and a lookup of spelled-out names by their folded words (tone placement and case aside)."""
    exact: dict[str, tuple[str, str]] = {}
    spelled: dict[str, tuple[str, str]] = {}
    for canonical, kind, aliases in ASSIGNEE_TABLE:
        for alias in (canonical, *aliases):
            if LEFT_OUT and any((lexicon_key(alias) + " ").startswith(h + " ") for h in LEFT_OUT):
                continue  # a spelling that begins with a head left out (``without_heads``)
            letters = _NOT_LETTER.sub("", alias)
            if letters and letters.upper() == letters and len(letters) <= DEFAULT_MAX_ABBREVIATION:
                exact.setdefault(alias, (canonical, kind))
            elif len(alias.split()) >= 2:  # single common words (thôn, đoàn thể) are names only by grammar
                spelled.setdefault(fold_key(alias), (canonical, kind))
    table = {**{("=" + a): v for a, v in exact.items()}, **{("~" + k): v for k, v in spelled.items()}}
    exact_re = alternation(exact)
    return exact_re, table


def fold_key(s: str) -> str:
    """Folded, punctuation and dashes as single spaces: ``Văn phòng –thống kê`` → ``van phong thong ke``."""
    return " ".join(_LETTER_RUN.findall(fold(s)))


_ALIAS_GAP = compiled(r"[^\p{L}\p{N};:()|\n]{0,3}")
_ALIAS_WORD = compiled(r"[\p{L}\p{N}]+")  # a word of a spelled-out name, as of a head: a run of letters and digits


@lru_cache(maxsize=1)
def alias_prefixes() -> frozenset[str]:
    """Every run of first words of a spelled-out name (folded): a name is read word by word only while the words
    so far begin one."""
    _e, table = alias_index()
    out: set[str] = set()
    for k in table:
        if k.startswith("~"):
            words = k[1:].split(" ")
            out.update(" ".join(words[:n]) for n in range(1, len(words) + 1))
    return frozenset(out)


@lru_cache(maxsize=1)
def alias_first_words() -> frozenset[str]:
    _e, table = alias_index()
    return frozenset(k[1:].split(" ", 1)[0] for k in table if k.startswith("~"))


@lru_cache(maxsize=DEFAULT_CACHE)
def alias_at(text: str, pos: int) -> tuple[int, str, str] | None:
    """The longest alias-table spelling starting at ``pos``: (end, canonical, kind)."""
    exact_re, table = alias_index()
    best = None
    first = _ALIAS_WORD.match(text, pos)  # the word at ``pos``, as ``first_word`` reads it
    first_key = fold(first.group()) if first else ""
    m = match_at(exact_re, first_key, text, pos)
    if m:
        canonical, kind = table["=" + _SPACES.sub(" ", m.group())]
        best = (m.end(), canonical, kind)
    # spelled-out names: the folded words from pos on, up to punctuation that breaks a name
    if first is None or first_key not in alias_first_words():
        return best
    words = [first]
    folded = [first_key]
    prefixes = alias_prefixes()
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


def word_at(text: str, pos: int) -> regex.Match | None:
    return WORD.match(text, pos)


def skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


#: The compounds a head's syllable closes, in lower case, in both tone placements (``xã hội``, ``môi trường``).
_HEAD_CLOSED = frozenset(
    v.lower() for c in HEAD_CLOSED_COMPOUNDS for v in (c, new_tone_spelling(c), old_tone_spelling(c))
)
#: The word just before a position and the one space after it.
_WORD_BEFORE = compiled(r"(?<![\p{L}\p{N}])[\p{L}]+ $")


def closes_compound(text: str, pos: int) -> bool:
    """Whether the lower-case word at ``pos`` is the second syllable of a compound word (``xã hội``)."""
    before = _WORD_BEFORE.search(text, max(0, pos - DEFAULT_COMPOUND_LOOKBACK), pos)
    word = word_at(text, pos)
    return before is not None and word is not None and f"{before.group()}{word.group()}".lower() in _HEAD_CLOSED


#: How far back the first syllable of a compound is looked for.
DEFAULT_COMPOUND_LOOKBACK = 12
#: ``Bộ`` closing a region of the country (``Bắc Bộ``, ``Nam Trung Bộ``, ``Đông Nam Bộ``): a place, no ministry's head.
_REGION_BO = compiled(r"(?<=(?:Bắc|Nam|Trung)[ \t]+)Bộ(?![\p{L}])")


@lru_cache(maxsize=DEFAULT_CACHE)
def head_word_at(text: str, pos: int) -> tuple[int, str] | None:
    """A body or post head starting at ``pos``: (end, kind)."""
    if text.startswith("Bộ", pos) and _REGION_BO.match(text, pos):  # (``Nam Trung Bộ``)
        return None
    if text[pos : pos + 1].islower() and closes_compound(text, pos):
        return None  # ``hội`` of ``xã hội``: no head
    if text[pos : pos + 1].islower():
        m = LOWER_BEFORE_NAME.match(text, pos)
        if m:
            nxt = word_at(text, skip_spaces(text, m.end()))
            if (
                nxt is not None
                and nxt.start() == m.end() + 1
                and UPPER.match(nxt.group())
                and not LEVEL.match(text, nxt.start())
            ):
                return m.end(), BODY_KIND.get(fold(m.group()), "body")
    first = first_word(text, pos)
    for pattern, kind_of in ((POSITION_HEAD, "position"), (BODY_HEAD, None), (LOWER_HEAD, None)):
        m = match_at(pattern, first, text, pos)  # only where a head of the pattern begins with the word
        if not m or (pattern is POSITION_HEAD and not text[pos].isupper()):
            continue
        head_key = fold(m.group())
        nxt = word_at(text, skip_spaces(text, m.end()))
        phrase = f"{head_key} {fold(nxt.group())}" if nxt else head_key
        if any(
            phrase == p or phrase.startswith(p + " ") for p in _NOT_HEAD_BY_FIRST.get(head_key.split(" ")[0], ())
        ) and not NAMED_PAIR.match(text, pos):
            # ``Phòng, chống`` (with the comma) as well as ``Phòng chống``; not ``Phòng Dịch tễ thú y``: a name
            continue
        if (head_key in _HEADS_NOT_BEFORE_COMMA and text.startswith(",", m.end())) or PAPER_NOT_HAMLET.match(text, pos):
            continue
        if kind_of is None:
            kind = BODY_KIND.get(head_key)
            if kind is None:
                kind = "position" if any(head_key.startswith(fold(p)) for p in LOWER_POSITIONS) else "body"
                if head_key in {"cong chuc", "bo phan"}:
                    kind = "unit"
        else:
            kind = kind_of
        return m.end(), kind
    return None


def collective_at(text: str, pos: int) -> int | None:
    """``các sở, ban, ngành`` / ``Các cơ quan, đơn vị``: the end of the plural noun list, or None."""
    m = CAC.match(text, pos)
    if not m:
        return None
    end = plural_nouns(text, m.end())
    return end


def bare_collective_at(text: str, pos: int) -> int | None:
    """``Sở, ban, ngành`` without ``các`` (capitalised, opening a sentence): the end of the plural nouns when
    at least two are listed, or None (``Sở Tài chính`` is a name, not a list)."""
    first = noun_at(text, pos)
    if first is None or not text[pos : pos + 1].isupper() or fold(text[pos:first]) not in BARE_COLLECTIVE_KEYS:
        return None  # ``Tổ chức, bộ máy`` heads a topic; ``Doanh nghiệp, tổ chức …`` is no state body's list
    return listed_nouns_at(text, pos, lower_next=True)


def listed_nouns_at(text: str, pos: int, *, lower_next: bool = False) -> int | None:
    """Two or more collective nouns listed from ``pos`` (``sở, ban, ngành``): where they end; ``lower_next``:
    the second in lower case (``Sở, ban, ngành``, not ``Sở, Ban …``)."""
    first = noun_at(text, pos)
    if first is None:
        return None
    q = skip_spaces(text, first)
    m = _NOUN_JOINER.match(text[q : q + DEFAULT_NOUN_JOINER_WINDOW])
    if not m or noun_at(text, q + m.end()) is None:
        return None
    if lower_next and not text[q + m.end() : q + m.end() + 1].islower():
        return None
    return plural_nouns(text, pos)


def short_level_at(text: str, pos: int) -> int | None:
    """The end of a level written short (``thành``, ``thị``) at ``pos`` of a list of levels, where a joiner, the
    clause's end or its verb follows (``các huyện, thành, thị xây dựng …``): ``thị trấn``, ``thành viên`` go on."""
    m = SHORT_LEVEL.match(text, pos)
    if m is None:
        return None
    return m.end() if SHORT_LEVEL_ENDS.match(text, m.end()) or STOP.match(text, skip_spaces(text, m.end())) else None


def plural_nouns(text: str, pos: int) -> int | None:
    """The end of one or more collective nouns joined by commas/``và`` from ``pos``; after a level, a level written
    short is one of them (``các huyện, thành, thị``)."""
    end = None
    p = pos
    levels = LEVEL.match(text, pos) is not None
    while True:
        n = noun_at(text, p) or (short_level_at(text, p) if levels and end is not None else None)
        if n is None:
            return end
        end = n
        q = skip_spaces(text, n)
        if LEVEL.match(text, p) and level_after_slash(text, q) is not None:
            p = skip_spaces(text, q + 1)  # ``các tỉnh/thành phố``: two levels of one collective
            continue
        m = _NOUN_JOINER.match(text[q : q + DEFAULT_NOUN_JOINER_WINDOW])
        if m and levels and noun_at(text, q + m.end()) is None and short_level_at(text, q + m.end()):
            p = q + m.end()
            continue
        if not m or noun_at(text, q + m.end()) is None:
            return end
        if m.group().strip() in {"và", "hoặc"} and second_list_at(text, q + m.end()):
            return end  # ``các sở, ban, ngành và cơ quan, đơn vị có liên quan``: two lists, two assignees
        if LEVEL.match(text, p) and not LEVEL.match(text, skip_spaces(text, q + m.end())):
            return end  # ``các xã, phường và cơ quan, đơn vị …``: after places, other bodies
        if text.find("có tên", q, q + NAMED_PERSONS_WINDOW) >= 0 and NAMED_PERSONS.match(text, q + m.end()):
            return end  # ``các khoa`` + ``và các sinh viên có tên tại Điều 1``: the persons a decision lists, apart
        if market_actor(text, p, n) != market_actor(text, q + m.end(), noun_at(text, q + m.end())):
            return end  # ``các Sở, ban ngành, nhà đầu tư …``: the state's bodies, then the market's actors
        if _proper_member(text, q + m.end()):
            return end  # ``Các sở, ban, ngành, Hội Nông dân tỉnh``: a body's own name, no noun of the list
        if new_member_at(text, q + m.end(), fold(text[p:n]) in _MODIFIED_NOUNS):
            return end  # ``Các sở, ban, ngành, tổ chức chính trị - xã hội``: a member with its own modifier
        p = q + m.end()


def list_noun_at(text: str, pos: int) -> bool:
    """A collective's noun at ``pos`` that goes on a list (``…, đoàn thể``), not a body's own name that begins
    there (``…, Hội Nông dân tỉnh``)."""
    return noun_at(text, pos) is not None and not _proper_member(text, pos)


#: The collective nouns that are a head noun with a classifying modifier of two words or more, no noun of the lists
#: itself (``tổ chức chính trị - xã hội``, ``đơn vị sự nghiệp``; not ``ban ngành``, ``cấp ủy``, ``cơ quan báo chí``).
_MODIFIED_NOUNS = frozenset(
    n
    for n in COLLECTIVE_NOUNS
    for h in COLLECTIVE_NOUNS
    if n.startswith(h + " ") and n[len(h) + 1 :] not in COLLECTIVE_NOUNS and len(n[len(h) + 1 :].split()) > 1
)
FIELD_NOUN_KEYS = frozenset(FIELD_NOUNS)  # (folded, as written)


def new_member_at(text: str, pos: int, before_modified: bool, kind: str = "other") -> bool:
    """Whether the collective's noun at ``pos``, after a comma or ``và`` of a list, begins an assignee of its own:
    it carries its own classifying modifier (``…, tổ chức chính trị - xã hội``), or the member before did
    (``before_modified``: ``các doanh nghiệp vận tải, doanh nghiệp xăng dầu``) and it is no field's noun (``các cơ
    quan báo chí, truyền thông``).  A run of bare nouns is one collective (``các cơ quan, đơn vị, địa phương``). After
    a name of another ``kind`` than a collective's (a body's, a post's), only an owner begins one (``… và chủ rừng``)."""
    end = noun_at(text, pos)
    if end is None or LEVEL.match(text, pos) or (kind != "other" and not owner_noun(text, pos, end)):
        return False
    key = fold(text[pos:end])
    owner = owner_noun(text, pos, end) and not after_owners(text, pos)  # (``Các chủ tàu cá, chủ cơ sở …``: one list)
    # (closing the list under one body it is the list's: ``Các cục, vụ, đơn vị sự nghiệp thuộc Bộ``)
    modified = key in _MODIFIED_NOUNS and SHARED_SCOPE.match(text, end) is None
    return modified or owner or (before_modified and key not in FIELD_NOUN_KEYS)


def member_modified(text: str, q: int) -> bool:
    """Whether the last member of a collective list before ``q`` (after its comma or ``các``, within
    ``DEFAULT_MEMBER_WINDOW`` characters) carries its own classifying modifier: a modified noun
    (``_MODIFIED_NOUNS``) or lower-case words after its noun (``doanh nghiệp vận tải``), none a collective's noun."""
    start = max(0, q - DEFAULT_MEMBER_WINDOW)
    p = text.rfind(",", start, q) + 1 or None
    for det in CAC.finditer(text, p or start, q):
        p = det.end()
    if p is None:
        return False
    p = skip_spaces(text, p)
    end = noun_at(text, p)
    if end is None or end > q:
        return False
    words = list(WORD.finditer(text, end, q))
    if fold(text[p:end]) in _MODIFIED_NOUNS or owner_noun(text, p, end):  # (``chủ rừng``: an owner, its own kind)
        return not words
    # a modifier that names another body or a place relates the member to it (``cơ quan ngang bộ``), no kind
    return bool(words) and all(w.group()[:1].islower() and noun_at(text, w.start()) is None for w in words)


def _proper_member(text: str, pos: int) -> bool:
    """Whether a collective's noun at ``pos`` opens a body's own name: the noun in capitals followed by a word in
    capitals (``Hội Nông dân``, ``Đoàn Thanh niên``, ``Công ty TNHH Đông Phong``), where a list written in capitals goes on in lower case or with
    a level (``các Sở, Ban, Ngành tỉnh``); or a post the noun in capitals heads (``Chi hội trưởng``)."""
    first = word_at(text, pos) if text[pos : pos + 1].isupper() else None
    if first is None or ((head := head_word_at(text, pos)) is not None and head[1] == "position"):
        return first is not None
    after = skip_spaces(text, noun_at(text, pos) or first.end())  # (past ``Công ty`` + ``TNHH Đông Phong``)
    return text[after : after + 1].isupper() and not LEVEL.match(text, after)


def level_after_slash(text: str, q: int) -> regex.Match[str] | None:
    """The level named after a slash at ``q`` (``tỉnh/thành phố``, ``xã/ phường``), if one is."""
    return LEVEL.match(text, skip_spaces(text, q + 1)) if text[q : q + 1] == "/" else None


def noun_at(text: str, pos: int) -> int | None:
    window = fold(text[pos : pos + _COLLECTIVE_WINDOW])
    for noun in _COLLECTIVE_BY_WORD.get(_LEADING_WORD.match(window).group(), ()):
        if window.startswith(noun) and (len(window) == len(noun) or not window[len(noun)].isalnum()):
            if NOT_COLLECTIVE.match(window) or (noun in _ADDRESSED and not _LISTED.match(text, pos + len(noun))):
                return None  # (``Các Ông (Bà):`` + the posts: an address; ``… có tên tại Điều 1``: the persons)
            if noun in LOWER_CASE_HEAD_NOUNS and text[pos : pos + 1].isupper():
                return None  # ``Các Trạm Kiểm lâm …``: the head's own name, read as a name
            if LEFT_OUT and noun in LOWER_CASE_HEAD_NOUNS and noun in {fold(k) for k in LEFT_OUT}:
                return None  # a head left out of the grammar (``without_heads``) is left out in lower case too
            return pos + len(noun)
    if text.find("có tên", pos, pos + NAMED_PERSONS_WINDOW) >= 0 and (named := NAMED_PERSONS.match(text, pos)):
        return named.end()  # ``các sinh viên`` + ``có tên tại Điều 1``: whoever the decision lists, whatever the noun
    if (kind := kind_noun_end(text, pos, STOP)) is not None:
        return kind  # ``các cụm trưởng``, ``các chủ rừng``: a unit's chiefs, a thing's owners, by the noun's shape
    if (unit := MINISTRY_UNIT.match(text, pos)) is not None:
        return unit.end()
    marked = MARKED_HEAD_NOUN.match(text, pos)  # (``các khoa …``, ``các đoàn …``: read with their marks)
    if marked is None or not text[pos : pos + 1].islower() or lexicon_key(marked.group()) in LEFT_OUT:
        return None
    nxt = WORD.match(text, skip_spaces(text, marked.end()))
    if nxt is not None and f"{marked.group()} {nxt.group()}" in syllable_pairs():
        return None  # ``khoa học``, ``đoàn kết``, ``đội ngũ``, ``viện trợ``: a word of its own
    return marked.end()


_F = TypeVar("_F")

#: Caches of later readers built on the names (the subject of a sentence), cleared with this module's.
REGISTERED_CACHES: list[Any] = []


def register_cache(f: _F) -> _F:
    """Have ``clear_caches`` forget ``f``'s cache too (an ``lru_cache`` of a reader that asks for names)."""
    REGISTERED_CACHES.append(f)
    return f


LIST_COMMA = compiled(r"[ \t]*,[ \t]*")
#: Between two items of a list of names: a comma, a semicolon or ``và`` (``Các sở, ngành và UBND cấp xã``).
LIST_JOINT = compiled(r"[ \t]*[,;][ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+")
#: The level of the regions that the 2025 reorganisation numbers (``Kho bạc Nhà nước khu vực XI``, ``… khu vực 8``).
REGION_LEVEL_BEFORE = compiled(r"khu[ \t]+vực[ \t]+$")


def rstrip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t-–":
        end -= 1
    return end


AFTER_AND = compiled(r"(?<![\p{L}])(?:và|hoặc)[ \t]*$")
AFTER_COMMA = compiled(r",[ \t]*$")


def second_list_at(text: str, pos: int) -> bool:
    """Whether a list of collective nouns of its own begins at ``pos`` (after ``và``): two nouns or more
    joined by a comma (``cơ quan, đơn vị``).  Coordination puts ``và`` before a list's last item, so a
    comma after the noun that follows it starts a second list."""
    first = noun_at(text, pos)
    if first is None:
        return False
    comma = LIST_COMMA.match(text, first)
    return comma is not None and noun_at(text, comma.end()) is not None


# --- what a name means ------------------------------------------------------------------------------

_PLACE_TAIL = compiled(
    r"(?P<place>(?:(?:các|của)\s+)?(?:"
    + "|".join(regex.escape(lv).replace(r"\ ", r"\s+") for lv in longest_first(PLACE_LEVELS))
    + r")(?:(?:\s*,\s*|\s+và\s+)(?:"
    + "|".join(regex.escape(lv).replace(r"\ ", r"\s+") for lv in PLACE_LEVELS)
    + r"))*(?:\s+trực\s+thuộc\s+[Tt]rung\s+ương|\s+\p{Lu}[\p{L}\p{N}]*(?:\s+(?:\p{Lu}[\p{L}\p{N}]*|\d+))*)?)$"
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


# patterns of the functions above, compiled once (named after what they match)
_NOT_LETTER = compiled(r"[^\p{L}]")
_LETTER_RUN = compiled(r"[\p{L}\p{N}]+")
_SPACES = compiled(r"\s+")
UPPER = compiled(r"\p{Lu}")
_NOUN_JOINER = compiled(r"(?:,|\s*và|\s*hoặc|\s*-)\s*")
POST_INTRO = compiled(r"\s*(?:[-–,]|\(|,?\s*là)\s*")
DASH_AFTER = compiled(r"[ \t]*[-–]")
NAME_JOINER = compiled(
    r"\s*(?:"
    + "|".join(regex.escape(j).replace(r"\ ", r"\s+") for j in ENUMERATION_JOINERS)
    + r")\s*(?:"
    + "|".join(o + r"\s+" for o in JOINED_OPENERS)
    + r")?"
)
OWNING_BODY_KEYS = {fold(n) for n in OWNING_BODY_NAMES}
PORTFOLIO = compiled(r"phụ[ \t]+trách[ \t]+(?:lĩnh[ \t]+vực|công[ \t]+tác|khối|mảng|địa[ \t]+bàn)(?![\p{L}])")
#: ``phụ trách`` + the first word of a scope (or a verb read as its noun: ``tổng hợp``), not ``chung`` (in charge
#: of everything: the post's task)
BARE_POST_SCOPE = compiled(r"phụ[ \t]+trách[ \t]+(?!chung(?![\p{L}]))(?P<first>[\p{L}\p{N}]+)(?![\p{L}])")
#: a verb's object in capitals, then a second post after a dash or a colon (``… Đảng - Trưởng Tiểu ban``)
OBJECT_BEFORE_POST = compiled(r"[ \t]+\p{Lu}\p{L}*(?:[ \t]+\p{L}+){0,5}?[ \t]*(?:[-–][ \t]*\p{Lu}|:)")
#: One to three capitalised words (``UBND``, ``Hạt Kiểm lâm``) and the space after them.
CAPITALS_BEFORE = compiled(r"\p{Lu}[\p{L}]*(?:[ \t]+\p{Lu}[\p{L}]*){0,2}[ \t]+")
CAP_RUN = compiled(r"\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*){0,3}(?![\p{L}])")
SPACE_BEFORE_CAPITAL = compiled(r"[ \t]+(?=\p{Lu})")
