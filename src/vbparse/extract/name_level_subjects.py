"""A subject closed by its place level before a verb no list knows (issue 52, names; eleventh and seventh twins of A1
and A4): in ``Bưu điện huyện chi trả trợ cấp …``, ``Bưu điện văn hóa xã chi trả …``, the level (``huyện``, ``xã``) with
no proper name after it closes the body's name, so the word in lower case after it opens the predicate, whatever verb
it is.  Only a body's shape: a capitalised head, words in lower case, the level (not ``Cán bộ và Nhân dân trên địa
bàn thị trấn``, ``Nhân dân ở các xã``); not a level that is a word's first syllable (``Trợ cấp xã`` + ``hội``), and
not a clause word, a passive or what a body has after it (``Nhà văn hóa xã được sửa chữa``, ``… có 03 phòng``)."""

from __future__ import annotations

import regex

from ..chars import tone_key
from ..tables.clause_words import NON_SUBJECT_HEADS, THING_HEADS
from ..tables.post_shapes import EVENT_HEADS
from ..tables.word_formation import syllable_pairs
from .name_fields import CLAUSE_WORDS, passive_at, predicate_at
from .name_lexicon import STOP, WORD

#: The levels that close a body's name (``Bưu điện huyện``), as written in lower case.
CLOSING_LEVELS = frozenset({"tỉnh", "huyện", "xã", "phường", "quận", "thị trấn", "thị xã", "thành phố"})
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
    level = next((n for n in (2, 1) if " ".join(words[-n:]) in CLOSING_LEVELS and len(words) > n), 0)
    if not level or not token.islower() or token in CLAUSE_WORDS:
        return False
    name = words[:-level]
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
