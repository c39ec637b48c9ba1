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
from .pattern_cache import compiled

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


#: Runs of two asterisks or more, with the spaces around and between them: emphasis marks a web copy left as
#: characters (``2.** **Rà soát``, ``**1.****``, ``Điều 3.** Giao``), which a PDF or HTML page made from it shows
#: and a reader sees past; never a document's words (a footnote's single ``*`` stays).
_EMPHASIS_MARKS = compiled(r"[ \t]*\*{2,}(?:[ \t]*\*{2,})*[ \t]*")


def _in_pipe_row(text: str, pos: int) -> bool:
    """Whether ``pos`` is on a line that opens with a table's bar (``| …``)."""
    start = text.rfind("\n", 0, pos) + 1
    return text[start : start + 4].lstrip(" ").startswith("|")


def _without_emphasis_marks(src: MappedText) -> MappedText:
    """``src`` without ``_EMPHASIS_MARKS``: a run between two words that had a space in or around it becomes
    one space (``2.** **Rà`` → ``2. Rà``), any other goes (``**Rà`` → ``Rà``, ``1.**`` at a line's end → ``1.``)."""
    text = src.text
    if "**" not in text:
        return src
    b = TextBuilder()
    pos = 0
    for m in _EMPHASIS_MARKS.finditer(text):
        if _in_pipe_row(text, m.start()):
            continue  # a Markdown table's row: its reader reads its cells' marks (``| **II** | …``: a group row)
        b.add(text[pos : m.start()], pos)
        before = text[m.start() - 1 : m.start()]
        after = text[m.end() : m.end() + 1]
        if before.strip() and after.strip() and (" " in m.group() or "\t" in m.group()):
            b.add_replaced(" ", m.start(), m.end() - m.start())
        else:
            b.skip_to(m.end())
        pos = m.end()
    b.add(text[pos:], pos)
    return b.build().compose(src)


def _joined_syllables(src: MappedText) -> MappedText:
    """``src`` with the space of every syllable a PDF's text layer cut in two dropped (``chars.SPLIT_SYLLABLE``)."""
    text = src.text
    gaps = split_syllable_gaps(text)
    if not gaps:
        return src
    b = TextBuilder()
    pos = 0
    for gap in gaps:
        b.add(text[pos:gap], pos)
        pos = gap + 1
        b.skip_to(pos)
    b.add(text[pos:], pos)
    return b.build().compose(src)
