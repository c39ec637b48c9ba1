"""Normalisation with an offset map back to the original text.

Readers hand over text whose every character knows where it came from (``offsets.MappedText``).
Normalising (NFC, dash variants → ``-``, ``Ð`` → ``Đ``, odd white space → space: the rewrites of
``chars.REWRITES``) rewrites the text but keeps that knowledge, so an extracted value can always be shown
in the file the user gave.

The offset map and the character rules live below every stage (``offsets.py``, ``chars.py``), so that a
reader does not depend on this stage; they are re-exported here for code that imports them from
``vbparse.normalize``.
"""

from __future__ import annotations

from .chars import (
    REWRITES,
    collapse_spaces,
    emphasis_mark_runs,
    find_rewrites,
    fold,
    match_key,
    new_tone_spelling,
    nfc,
    replacement,
    split_syllable_gaps,
    tone_key,
)
from .offsets import MappedText, TextBuilder

__all__ = [
    "REWRITES",
    "MappedText",
    "TextBuilder",
    "collapse_spaces",
    "fold",
    "match_key",
    "new_tone_spelling",
    "nfc",
    "normalize",
    "replacement",
    "tone_key",
]


def normalize(src: MappedText) -> MappedText:
    """NFC, dashes, Đ, white space, syllables a text layer cut (``th ực``); keeps line count (``\\r\\n`` →
    ``\\n``) and the offset map."""
    text = src.text
    b = TextBuilder()
    pos = 0
    for m in find_rewrites(text):
        if m.start() > pos:
            b.add(text[pos : m.start()], pos)
        rep = replacement(m)
        if rep == m.group():
            b.add(rep, m.start())
        elif rep:
            b.add_replaced(rep, m.start(), m.end() - m.start())
        else:
            b.skip_to(m.end())
        pos = m.end()
    if pos < len(text):
        b.add(text[pos:], pos)
    out = b.build()
    if not out.starts:  # empty text
        return MappedText("", [0], [src.to_original(0)], [0], [True])
    return _joined_syllables(_without_emphasis_marks(out.compose(src)))


def _without_emphasis_marks(src: MappedText) -> MappedText:
    """``src`` without the emphasis marks a web copy left as characters (``chars.emphasis_mark_runs``)."""
    return _rewritten(src, emphasis_mark_runs(src.text))


def _joined_syllables(src: MappedText) -> MappedText:
    """``src`` with the space of every syllable a PDF's text layer cut in two dropped (``chars.SPLIT_SYLLABLE``)."""
    return _rewritten(src, [(gap, gap + 1, "") for gap in split_syllable_gaps(src.text)])


def _rewritten(src: MappedText, runs: list[tuple[int, int, str]]) -> MappedText:
    """``src`` with each run ``(start, end, what it becomes)`` rewritten, in order, the offset map kept."""
    if not runs:
        return src
    text = src.text
    b = TextBuilder()
    pos = 0
    for start, end, rep in runs:
        b.add(text[pos:start], pos)
        if rep:
            b.add_replaced(rep, start, end - start)
        else:
            b.skip_to(end)
        pos = end
    b.add(text[pos:], pos)
    return b.build().compose(src)
