"""Marks a scan lost, restored by the language's own pairs of words (issue 52, scans): Tesseract drops or changes a
tone or a vowel's mark (``thành phó`` for ``thành phố``, ``Khân trương``, ``chuyên đôi sô``), and every word list of
the grammar then misses the word (``UBND các huyện, thị xã, thành phó chịu trách nhiệm`` ran on as one name).

Two recognised words side by side whose pair the language is not seen to write (``tables/written_pairs.txt``:
counted, in any case, in the texts beside the project), but whose letters without marks are those of a pair it
writes, and of one far more than of any other (``DEFAULT_DOMINANCE``), are that pair.  A pair it writes is kept as
read (``nguyễn văn``, ``viện trưởng``: names count), and so is one whose letters fit two pairs about as often, or none:
a guess between two words is no reading.

Only recognised text is so read, never a text layer or a typed file, whose marks are as the author wrote them."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

import regex

from ..chars import fold, nfc
from ..tables.word_formation import written_pairs

#: How many times more often the likeliest pair of the letters must be written than the next one to be restored.
DEFAULT_DOMINANCE = 10
#: How often a pair must be written to be restored: the phrases a document is made of (``thành phố``, ``phối hợp``,
#: ``khẩn trương``), not a rare pair a scan's error may happen to spell (``hàng và`` for ``hạng và``).
DEFAULT_COMMON = 30
#: How often a pair must be written to be restored beside a neighbour it makes no written pair with (``thành phố`` +
#: ``chịu …``); a pair written less needs that neighbour too (``với tài`` + ``thiết`` is no more written than ``với
#: tái`` + ``thiết``).
DEFAULT_VERY_COMMON = 300
#: A recognised word: punctuation before it, its letters, punctuation after it (``(đê``, ``phó;``).
_WORD = regex.compile(r"^(?P<before>[^\p{L}]*)(?P<letters>\p{L}+)(?P<after>[^\p{L}]*)$")


@lru_cache(maxsize=1)
def _likeliest_by_letters() -> dict[str, str]:
    """For the letters without marks of the pairs the language writes (``thanh pho``), the pair written far more
    often than any other of the same letters (``thành phố``); letters with no such pair are left out."""
    by_letters: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for pair, count in written_pairs().items():
        by_letters[fold(pair)].append((count, pair))
    likeliest: dict[str, str] = {}
    for letters, found in by_letters.items():
        found.sort(reverse=True)
        if found[0][0] >= DEFAULT_COMMON and (len(found) == 1 or found[0][0] >= DEFAULT_DOMINANCE * found[1][0]):
            likeliest[letters] = found[0][1]
    return likeliest


def restore_marks(words: list[dict]) -> tuple[list[dict], int]:
    """``words`` (Tesseract's, in reading order, each with its ``text`` and ``line``) with the marks of each pair on
    one line restored where the module says, and how many words changed.  Words with punctuation between them (``hóa,
    Thê``) are no pair; a word's case is kept (``THÀNH PHÓ`` → ``THÀNH PHỐ``), and its length, so its box still fits."""
    likeliest = _likeliest_by_letters()
    if not likeliest or len(words) < 2:
        return words, 0
    written = written_pairs()
    out = list(words)
    pairs = [_pair(out[i], out[i + 1]) for i in range(len(out) - 1)]
    # a word in a pair the language writes is read right, whatever its other neighbour (``quan trọng`` + ``trên``)
    confirmed = {at for i, p in enumerate(pairs) if p is not None and p[2] in written for at in (i, i + 1)}
    changed = 0
    for i, found_pair in enumerate(pairs):
        if found_pair is None or found_pair[2] in written:
            continue
        a, b, pair = found_pair
        found = likeliest.get(fold(pair))
        if found is None:
            continue
        news = found.split(" ")
        moves = [
            (at, m, new) for at, m, new in ((i, a, news[0]), (i + 1, b, news[1])) if m.group("letters").lower() != new
        ]
        alone = written[found] >= DEFAULT_VERY_COMMON
        if any(
            at in confirmed or not (alone or _fits_other_side(pairs, at, at == i, new, written))
            for at, _m, new in moves
        ):
            continue
        for at, m, new in moves:
            letters = m.group("letters")
            out[at] = {**out[at], "text": m.group("before") + _as_cased(letters, new) + m.group("after")}
            confirmed.add(at)  # restored: the next pair, read before it was, asks nothing of it
            changed += 1
    return out, changed


def _fits_other_side(
    pairs: list[tuple[regex.Match[str], regex.Match[str], str] | None],
    at: int,
    first: bool,
    new: str,
    written: dict[str, int],
) -> bool:
    """Whether the word at ``at``, restored as ``new``, also makes a pair the language writes with its neighbour on
    the other side, or has none there (a line's edge, punctuation): ``với tái thiết`` stays, ``tài thiết`` being
    no more written than ``tái thiết``."""
    other = at - 1 if first else at
    if other < 0 or other >= len(pairs) or pairs[other] is None:
        return True
    a, b, _pair_read = pairs[other]  # type: ignore[misc]
    left = a.group("letters").lower() if first else new
    right = new if first else b.group("letters").lower()
    return f"{left} {right}" in written


def _pair(first: dict, second: dict) -> tuple[regex.Match[str], regex.Match[str], str] | None:
    """Two words side by side on one line with no punctuation between them, and their pair in lower case."""
    if first.get("line") != second.get("line"):
        return None
    a, b = _WORD.match(nfc(first["text"])), _WORD.match(nfc(second["text"]))
    if a is None or b is None or a.group("after") or b.group("before"):
        return None
    return a, b, f"{a.group('letters').lower()} {b.group('letters').lower()}"


def _as_cased(written: str, word: str) -> str:
    """``word`` in ``written``'s case: all capitals, a first capital, or lower case."""
    if len(written) > 1 and written.isupper():
        return word.upper()
    if written[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
