"""A subject closed by its place level before a verb no list knows (issue 52, names; eleventh and seventh twins of A1
and A4): in ``Bưu điện huyện chi trả trợ cấp …``, ``Bưu điện văn hóa xã chi trả …``, the level (``huyện``, ``xã``) with
no proper name after it closes the body's name, so the word in lower case after it opens the predicate, whatever verb
it is.  Only a body's shape: a capitalised head, words in lower case, the level (not ``Cán bộ và Nhân dân trên địa
bàn thị trấn``, ``Nhân dân ở các xã``); not a level that is a word's first syllable (``Trợ cấp xã`` + ``hội``), and
not a clause word, a passive or what a body has after it (``Nhà văn hóa xã được sửa chữa``, ``… có 03 phòng``).

A post closed by its agent's syllable likewise (eleventh twins of A2): ``Giao dịch viên chi trả …``, ``Kiểm nghiệm
viên phân loại …`` — a two-syllable compound made a person by ``viên`` / ``sư`` / ``sĩ`` — when no verb the lists know
follows in its clause (else what stands between is the post's: ``Giáo viên chủ nhiệm lớp 5A thông báo …``)."""

from __future__ import annotations

import regex

from ..chars import tone_key
from ..pattern_cache import compiled
from ..tables.bodies import VILLAGE_PLACES
from ..tables.clause_words import NON_SUBJECT_HEADS, THING_HEADS
from ..tables.post_shapes import AGENT_SYLLABLES, EVENT_HEADS, MOOD_WORDS, STAFF_SYLLABLES
from ..tables.word_formation import syllable_pairs
from .name_fields import CLAUSE_WORDS, passive_at, predicate_at
from .name_lexicon import STOP, TASK_VERB, WORD
from .name_verbs import STAFF_KEYS

#: The levels that close a body's name (``Bưu điện huyện``), as written in lower case.
CLOSING_LEVELS = frozenset({"tỉnh", "huyện", "xã", "phường", "quận", "thị trấn", "thị xã", "thành phố"})
#: ... and, in the plural, the places below a commune (``các thôn``, ``các tổ dân phố``).
_CLOSING_PLACES = CLOSING_LEVELS | frozenset(VILLAGE_PLACES)
#: Heads of events, things and what a plan says (``Hội nghị tỉnh``, ``Ngân sách tỉnh``, ``Các Chương trình: …``): no
#: one who acts, with their tones.
NO_ONE_HEAD_KEYS = frozenset(tone_key(h) for h in (*EVENT_HEADS, *THING_HEADS, *NON_SUBJECT_HEADS))
#: How many words the predicate has at least after the level (a verb and its object).
DEFAULT_PREDICATE_WORDS = 2
#: How many words the body's name has at most before its level (``Bưu điện văn hóa``).
DEFAULT_NAME_WORDS = 5


def predicate_after_level(text: str, q: int, end: int, w: regex.Match[str]) -> bool:
    """Whether the lower-case word ``w`` after the phrase ``[q, end)`` opens its predicate: the phrase is a body's
    shape closed by a level, and ``w`` no clause word, word of the level's or passive (a verb and an object follow)."""
    token = w.group()
    words = WORD.findall(text, q, end)
    level = next((n for n in (3, 2, 1) if " ".join(words[-n:]) in _CLOSING_PLACES and len(words) > n), 0)
    if not level or not token.islower() or token in CLAUSE_WORDS:
        return False
    # the places in the plural (``Đài truyền thanh các xã``, ``Nhân viên thú y các thôn``); below a commune only so
    plural = len(words) > level + 1 and words[-level - 1] in ("các", "những")
    if not plural and " ".join(words[-level:]) not in CLOSING_LEVELS:
        return False
    name = words[: -level - plural]
    if len(name) > DEFAULT_NAME_WORDS or not name[0][:1].isupper() or name[0].isupper():
        return False
    if any(tone_key(" ".join(name[:n]).lower()) in NO_ONE_HEAD_KEYS for n in (1, 2)):
        return False  # an event, a thing: no one acting
    if any(not x.islower() or x in CLAUSE_WORDS or x == "và" for x in name[1:]):
        return False  # (a list, a clause, a proper name: not one body's name and its level)
    if f"{words[-1]} {token}" in syllable_pairs() or STOP.match(text, w.start()) is not None:
        return False  # ``xã`` + ``hội``: a word, no level; a stop is the grammar's own to read
    if passive_at(text, w) or predicate_at(text, w.start()) is False:
        return False
    return len(WORD.findall(text, w.start(), w.start() + 40)) > DEFAULT_PREDICATE_WORDS


#: How many syllables the compound an agent's syllable makes a person of has (``giao dịch`` + ``viên``): one is a
#: profession that takes its speciality after it (``Kỹ sư nông học``, ``Giáo viên mầm non``).
DEFAULT_AGENT_ROOT_WORDS = 2
#: How many words the predicate after a post has at least (a verb and its object, and where or what for).
DEFAULT_AGENT_PREDICATE_WORDS = 4
#: Words of a predicate's mood, tense or negation, and ``là``: one in the clause after the post is where its
#: predicate opens.
_MOOD_KEYS = frozenset({*MOOD_WORDS, "là"})
#: How far into its clause a verb the lists know is looked for after the post (characters).
DEFAULT_CLAUSE_REACH = 120
_CLAUSE_END = compiled(r"[,;:.()\n]")


def predicate_after_agent(text: str, q: int, end: int, w: regex.Match[str]) -> bool:
    """Whether the lower-case word ``w`` after the post ``[q, end)`` opens its predicate: the post is a two-syllable
    compound and an agent's syllable (``Giao dịch viên``), no staff noun (``Nhân viên`` + its field), and no verb the
    lists know stands in the clause after it (the words before one would be the post's qualifier)."""
    words = WORD.findall(text, q, end)
    if len(words) != DEFAULT_AGENT_ROOT_WORDS + 1 or words[-1] not in STAFF_SYLLABLES:
        return False
    if not words[0][:1].isupper() or words[0].isupper() or not all(x.islower() for x in words[1:]):
        return False
    if " ".join(words[-2:]).lower() in STAFF_KEYS or w.group() in CLAUSE_WORDS or not w.group().islower():
        return False  # ``Nhân viên`` + ``bảo vệ rừng``: a staff noun's field
    if STOP.match(text, w.start()) is not None or passive_at(text, w):
        return False  # a stop is the grammar's own to read; ``được tập huấn``: no one acting
    if w.group() in AGENT_SYLLABLES:
        return False  # ``Kiến trúc sư`` + ``trưởng``: the post goes on
    stop = _CLAUSE_END.search(text, w.start(), w.start() + DEFAULT_CLAUSE_REACH)
    clause_end = stop.start() if stop else min(len(text), w.start() + DEFAULT_CLAUSE_REACH)
    later = WORD.findall(text, w.start(), clause_end)
    if len(later) <= DEFAULT_AGENT_PREDICATE_WORDS or any(x in _MOOD_KEYS for x in later):
        return False  # (``Kiểm toán viên nhà nước không còn …``: a mood or tense's word, after the post's qualifier)
    return not any(
        TASK_VERB.match(text, x.start()) or predicate_at(text, x.start())
        for x in WORD.finditer(text, w.end(), clause_end)
    )


def predicate_after_closed(text: str, q: int, end: int, w: regex.Match[str]) -> bool:
    """Whether ``w`` opens the predicate of a subject its level or its agent's syllable closes."""
    return predicate_after_level(text, q, end, w) or predicate_after_agent(text, q, end, w)
