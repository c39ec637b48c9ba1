"""Alternations of words tried at a position: the name grammar's heads, stops and tails.

A big alternation of words is tried alternative by alternative at a position (about 13 µs for the name stops);
split by the first word of each alternative, only those that begin with the word standing there are tried.
"""

from __future__ import annotations

import regex

from ..chars import fold, new_tone_spelling, old_tone_spelling
from ..pattern_cache import compiled, longest_first

_FIRST_RUN = compiled(r"[\p{L}\p{N}]+")


def _by_first_word(words: list[str], head: str, tail: str) -> dict[str, str | regex.Pattern] | None:
    """The alternation of ``words`` split by their folded first words (runs of letters and digits): its match at
    a position needs the word there to be one of them (``first_word``), and only the alternatives that begin with
    it can match there, so ``match_at`` tries those alone, in the same order (longest first), as a pattern of
    their own compiled when first asked for. None when a word begins with something else (no split then)."""
    groups: dict[str, list[str]] = {}
    for w in words:
        run = _FIRST_RUN.match(w)
        if run is None:
            return None
        groups.setdefault(fold(run.group()), []).append(w)
    return {first: head + _alternatives(ws) + tail for first, ws in groups.items()}


def _alternatives(words: list[str]) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in words)


#: Each alternation the grammar tries at a position (``match_at``): its alternatives by their first word, the
#: pattern of those that begin with it (its text until first asked for), kept when the alternation is made.
_FIRSTS: dict[regex.Pattern, dict[str, str | regex.Pattern] | None] = {}


def alternation(words, *, flags: str = "", before: str = "", after: str = "") -> regex.Pattern:
    """The ``words`` as whole words, longest first (``before``/``after``: a look-behind put in front, a look-ahead
    put behind, which read no word); split by their first words for ``match_at``."""
    # each word in both tone placements (``Ủy viên``, ``Uỷ viên``): a text may be written either way
    alts = longest_first({v for w in words for v in (w, new_tone_spelling(w), old_tone_spelling(w))})
    head, tail = rf"{flags}{before}(?<![\p{{L}}\p{{N}}])(?:", rf")(?![\p{{L}}\p{{N}}]){after}"
    pattern = compiled(head + _alternatives(alts) + tail)
    _FIRSTS[pattern] = _by_first_word(alts, head, tail)
    return pattern


def first_word(text: str, pos: int) -> str:
    """The folded run of letters and digits at ``pos`` (``""`` when none starts there)."""
    run = _FIRST_RUN.match(text, pos)
    return fold(run.group()) if run else ""


def match_at(pattern: regex.Pattern, first: str, text: str, pos: int) -> regex.Match | None:
    """``pattern.match(text, pos)`` for an ``alternation``, where ``first`` is the word at ``pos``
    (``first_word``): only the alternatives that begin with it are tried."""
    by_first = _FIRSTS[pattern]
    if by_first is None:
        return pattern.match(text, pos)
    part = by_first.get(first)
    if part is None:
        return None
    if isinstance(part, str):
        part = by_first[first] = compiled(part)
    return part.match(text, pos)
