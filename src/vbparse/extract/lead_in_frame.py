"""A lead-in's frame places its verb (issue 52): in ``X đảm nhiệm các việc sau:`` the words before the list's noun
(``LIST_OBJECT_FRAME``) are the verb, whatever it is.  Where the name grammar ran over a verb no list knows into the
frame, the name ends before that verb: the word before the frame, or the pair of syllables written as one word
(``đảm nhiệm``, ``gánh vác``)."""

from __future__ import annotations

import dataclasses

from ..tables.obligations import LIST_OBJECT_FRAME
from ..tables.word_formation import syllable_pairs
from .name_lexicon import LEVEL, WORD, NameSpan

#: The fewest words a name keeps before the verb the frame places (a head and the word that says which one).
DEFAULT_NAME_WORDS = 2

#: A sentence's subject as ``find_subject`` reads it: the names, where they start, where the predicate starts, mode.
Subject = tuple[tuple[NameSpan, ...], int, int, str]


def cut_at_frame(sentence: str, found: Subject | None) -> Subject | None:
    """``found`` (names, their start, the predicate's start, mode) with its last name ended before the verb of a
    lead-in's frame it ran into; as it was when it ran into none."""
    if found is None or not found[0]:
        return found
    names, start, _end, mode = found
    frame = LIST_OBJECT_FRAME.search(sentence, start)
    last = names[-1]
    if frame is None or not last.start < frame.start() < last.end:
        return found
    matches = list(WORD.finditer(sentence, last.start, frame.start()))
    words, starts = [m.group() for m in matches], [m.start() for m in matches]
    if len(words) <= DEFAULT_NAME_WORDS or not all(
        w.islower() and LEVEL.match(sentence, at) is None for w, at in zip(words[-2:], starts[-2:], strict=True)
    ):
        return found
    verb = starts[-1]
    if len(words) > DEFAULT_NAME_WORDS + 1 and _verb_of_two(words):
        verb = starts[-2]
    end = len(sentence[:verb].rstrip(" \t"))
    kept = last.alias_end is not None and last.alias_end <= end  # (the alias's spelling ends within the name kept)
    cut = dataclasses.replace(
        last,
        end=end,
        canonical=last.canonical if kept else None,
        alias_end=last.alias_end if kept else None,
        rule="name.frame_verb",
    )
    return (*names[:-1], cut), start, verb, mode


def _verb_of_two(words: list[str]) -> bool:
    """Whether the last two words are the verb: a pair written as one word (``đảm nhiệm``), or a syllable no pair ties
    to the name before it (``lịch sử`` + ``gánh vác``: ``sử gánh`` is no word)."""
    pairs = syllable_pairs()
    return f"{words[-2]} {words[-1]}" in pairs or f"{words[-3].lower()} {words[-2]}" not in pairs
