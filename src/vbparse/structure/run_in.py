"""Items a copy ran into one paragraph, cut back into their lines.

A web page whose paragraph lost its line breaks, or a Markdown file hard-wrapped with single line breaks that a
converter read as one paragraph, prints ``2. Phân công thực hiện a) Sở A chủ trì …. b) Sở B bố trí …`` and ``… môi
trường. III. TỔ CHỨC THỰC HIỆN Các sở, ngành …`` on one line.  A reader sees the labels and reads items: here a run
of list labels in sequence (``a)``, ``b)`` …, or ``1.``, ``2.`` … after a sentence's end), each before a
capitalised text, cuts the line at each label; a part's Roman label after a sentence's end, over a heading in
capitals, cuts it before the label and after the heading.  A label cited inside a sentence (``điểm a) khoản 1``),
one letter alone, labels out of sequence, a Roman label over mixed case leave the line whole.  Examples and
counter-examples: tests/test_run_in_items.py; the patterns are records of ``tables/patterns.py`` with theirs.
"""

from __future__ import annotations

import re

from ..tables.patterns import INLINE_LETTER, INLINE_NUMBER, INLINE_ROMAN, LABEL_AFTER_HEADING, LIST_LETTERS

#: A run of letters or numbers cuts a line only when it holds at least this many labels in sequence.
DEFAULT_MIN_RUN = 2


def _follows(prev: str, cur: str) -> bool:
    if prev.isdigit() and cur.isdigit():
        return int(cur) == int(prev) + 1
    k = LIST_LETTERS.find(prev)
    return (k >= 0 and k + 1 < len(LIST_LETTERS) and LIST_LETTERS[k + 1] == cur) or (prev, cur) == ("e", "f")


def _runs(starts: list[tuple[int, str]]) -> list[int]:
    """The offsets of the labels that make runs in sequence of at least ``DEFAULT_MIN_RUN``."""
    out: list[int] = []
    run: list[tuple[int, str]] = []
    for at, label in starts:
        if run and _follows(run[-1][1], label):
            run.append((at, label))
            continue
        if len(run) >= DEFAULT_MIN_RUN:
            out += [a for a, _l in run]
        run = [(at, label)]
    if len(run) >= DEFAULT_MIN_RUN:
        out += [a for a, _l in run]
    return out


#: A list label of any kind after a space (``a) ``, ``2. ``, ``III. ``), found with the standard library's ``re``
#: (one branch from a literal space): most lines hold none, and the patterns run on the few that do.
_LABEL_HINT = re.compile(r" (?:[a-zđ]\)|\d{1,2}\.|[IVX]{1,4}\.) ")


def run_in_cuts(line: str) -> list[int]:
    """Where ``line`` opens a new item: the offsets of the labels of a run in sequence and of a part's Roman label,
    and of the text after that label's heading in capitals; empty when the line is one item."""
    if not _LABEL_HINT.search(line):
        return []
    cuts = _runs([(m.start("label"), m.group("label")) for m in INLINE_LETTER.finditer(line)])
    numbers = [(m.start("label"), m.group("label")) for m in INLINE_NUMBER.finditer(line)]
    for m in INLINE_ROMAN.finditer(line):
        words = m.group("heading").split()
        if len(words) >= DEFAULT_MIN_RUN:
            cuts.append(m.start("label"))
            if m.end() < len(line.rstrip(" .")):
                cuts.append(m.end() + 1)
            first = LABEL_AFTER_HEADING.match(line, m.end())  # the part's first item: a run's first label
            if first is not None:
                numbers.append((first.start("label"), first.group("label")))
    cuts += _runs(sorted(numbers))
    return sorted(set(cuts))
