"""Which passage of a report speaks of a plan's task (issue 42): a link between two archived documents, made
when the follow-up is asked, not a stage of the parse.

A report on a plan is read paragraph by paragraph, each with the headings above it (its section's and its
ancestors', and a short title line of its section) as context: ``II.2 Cải cách thủ tục hành chính`` tells what
every paragraph under it is about.  A task and a passage share *terms*: folded syllables, and adjacent pairs of
them, neither made only of stop words (``tables.followup.PASSAGE_STOP_WORDS``, a word of two syllables taken as
one).  Passages are ranked by BM25 over those terms (a term weighs what it tells apart in this report, and a
long paragraph does not win by its length alone).  The best is the task's when it holds at least
``DEFAULT_MIN_SCORE`` of the task's weight, shares at least ``DEFAULT_MIN_PAIRS`` pairs (a phrase, not
scattered syllables), and ranks ``DEFAULT_MARGIN`` above the best passage of any other section that shares other
words with the task (a report that speaks of the task's words in two places does not say which is the task's;
the same words again are the same statement made of another subject, as an inspection report repeats an item
for each unit it inspected); otherwise the report speaks of the
plan, not of that task, and no passage is given: never a guess.  Matching (``PassageIndex.scores``) is kept
apart from deciding (``PassageIndex.best``).  Measured on hand-read pairs: ``scripts/evaluate_passages.py``.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from ..chars import fold
from ..models import Document
from ..pattern_cache import compiled
from ..tables.followup import PASSAGE_STOP_WORDS

#: The rule that gives a task its passage (``TaskPassage.rule``).
RULE = "passage.words"
#: The share of a task's weight a passage must hold to be the task's.
DEFAULT_MIN_SCORE = 0.3
#: … and the pairs of syllables it must share with the task (one phrase at least).
DEFAULT_MIN_PAIRS = 1
#: … and how far above the best passage of another section it must rank (0.2: a fifth higher; chosen on the
#: Lâm Đồng pair of ``corpus/followup/report_pairs.json``, the two others held out).
DEFAULT_MARGIN = 0.2
#: BM25's saturation and length normalisation (the usual values; a term counts once in a passage).
DEFAULT_BM25_K1 = 1.2
DEFAULT_BM25_B = 0.75
#: A line of a section this short, that does not end a sentence, is a title over the paragraphs after it.
DEFAULT_TITLE_CHARS = 100
#: A passage shown is cut after this many characters (its span still covers it whole).
DEFAULT_MAX_CHARS = 600

_WORD = compiled(r"[\p{L}\p{N}]+")


@dataclass(frozen=True)
class Passage:
    """One paragraph of a report: its section's path (``II.2.a``), the headings above it, its text, and where
    its section lies in the report's text (the document keeps no text of its own to place a paragraph in)."""

    path: str
    text: str
    start: int
    end: int
    context: str = ""


@dataclass(frozen=True)
class PassageMatch:
    passage: Passage
    score: float  # the share of the task's weight it holds (0 to 1)
    terms: tuple[str, ...]  # the shared terms, heaviest first, then in the task's order
    rank: float = 0.0  # its BM25 score for the task


def _words(text: str) -> list[tuple[str, bool]]:
    """The folded syllables of ``text``, a stop word of two syllables merged into one; each with whether it is
    a stop word."""
    syllables = [w for w in _WORD.findall(fold(text)) if len(w) > 1 or w.isdigit()]  # fold lowers the case
    out: list[tuple[str, bool]] = []
    i = 0
    while i < len(syllables):
        pair = " ".join(syllables[i : i + 2])
        if i + 1 < len(syllables) and pair in PASSAGE_STOP_WORDS:
            out.append((pair, True))
            i += 2
            continue
        out.append((syllables[i], syllables[i] in PASSAGE_STOP_WORDS))
        i += 1
    return out


def ordered_terms(text: str) -> dict[str, int]:
    """The folded words of ``text`` that are no stop word, and its adjacent pairs that are not both stop words
    (``"Lập biên bản kiểm tra"`` → ``lap``, ``lap bien``, ``bien``, ``bien ban`` …), each with where it first
    stands."""
    words = _words(text)
    out: dict[str, int] = {}
    for i, (w, stop) in enumerate(words):
        if not stop:
            out.setdefault(w, i)
        if i + 1 < len(words) and not (stop and words[i + 1][1]):
            out.setdefault(f"{w} {words[i + 1][0]}", i)
    return out


def terms(text: str) -> set[str]:
    """``ordered_terms`` as a set."""
    return set(ordered_terms(text))


_SENTENCE_END = (".", ";", ":", "!", "?", "…")


def report_passages(report: Document) -> list[Passage]:
    """The paragraphs of ``report``'s sections, each with the headings above it: the sections' own and its
    ancestors', and a short line of its section that ends no sentence (a title the parse left in the text)."""
    out: list[Passage] = []

    def walk(sections, headings: list[str]) -> None:
        for s in sections:
            here = [*headings, s.heading] if s.heading else list(headings)
            titles = list(here)
            previous = None  # what the section's last line was taken for: "title", "passage"
            for line in (p.strip() for p in (s.text or "").split("\n")):
                if not line or s.span is None:
                    continue
                if line[0].islower() and previous is not None:
                    # no paragraph begins in lower case: the rest of one a page break or a footnote cut (and a
                    # short line it follows was no title but the paragraph's start)
                    if previous == "title":
                        line = f"{titles.pop()} {line}"
                    else:
                        last = out.pop()
                        out.append(Passage(last.path, f"{last.text} {line}", last.start, last.end, last.context))
                        continue
                previous = "passage"
                if len(line) <= DEFAULT_TITLE_CHARS and not line.endswith(_SENTENCE_END):
                    titles.append(line)  # a title over what follows in the section, no passage itself
                    previous = "title"
                    continue
                out.append(Passage(s.path, line, s.span.start, s.span.end, " / ".join(titles)))
            walk(s.children, here)

    walk(report.sections, [])
    return out


class PassageIndex:
    """A report's passages with their terms and weights, built once and asked for each task of a plan."""

    def __init__(self, passages: Iterable[Passage], *, k1: float = DEFAULT_BM25_K1, b: float = DEFAULT_BM25_B):
        self.passages = list(passages)
        self._terms = [terms(p.text) | terms(p.context) for p in self.passages]
        df = Counter(t for ts in self._terms for t in ts)
        n = len(self.passages)
        self._weight = {t: math.log(1 + n / d) for t, d in df.items()}
        self._absent = math.log(1 + n) if n else 1.0  # a task's term no passage has: as rare as can be
        self._idf = {t: math.log(1 + (n - d + 0.5) / (d + 0.5)) for t, d in df.items()}
        mean = sum(map(len, self._terms)) / n if n else 1.0
        self._norm = [k1 * (1 - b + b * len(ts) / mean) for ts in self._terms]
        self._k1 = k1

    @classmethod
    def of(cls, report: Document) -> PassageIndex:
        return cls(report_passages(report))

    def weight(self, term: str) -> float:
        return self._weight.get(term, self._absent)

    def scores(self, task: str) -> list[PassageMatch]:
        """Every passage sharing a term with ``task``, best first (BM25, then the earlier passage)."""
        order = ordered_terms(task)
        wanted = set(order)
        total = sum(self.weight(t) for t in wanted)
        if not total:
            return []
        out = []
        for i, (passage, have) in enumerate(zip(self.passages, self._terms, strict=True)):
            shared = wanted & have
            if shared:
                heavy = tuple(sorted(shared, key=lambda t: (-self.weight(t), order[t])))
                rank = sum(self._idf[t] for t in shared) * (self._k1 + 1) / (1 + self._norm[i])
                out.append(PassageMatch(passage, sum(self.weight(t) for t in shared) / total, heavy, rank))
        out.sort(key=lambda m: (-m.rank, m.passage.start))
        return out

    def best(
        self,
        task: str,
        *,
        min_score: float = DEFAULT_MIN_SCORE,
        min_pairs: int = DEFAULT_MIN_PAIRS,
        margin: float = DEFAULT_MARGIN,
    ) -> PassageMatch | None:
        """The passage that speaks of ``task``, or ``None`` when none is close enough, or clearly first, to say
        so."""
        ranked = self.scores(task)
        if not ranked:
            return None
        top = ranked[0]
        if top.score < min_score or sum(" " in t for t in top.terms) < min_pairs:
            return None
        # a competitor is another section's passage speaking of other words of the task: the same words again
        # are the same statement made of another subject (a report's item repeated for each unit inspected)
        same = set(top.terms)
        other = next((m for m in ranked[1:] if m.passage.path != top.passage.path and set(m.terms) != same), None)
        if other is not None and top.rank < (1 + margin) * other.rank:
            return None
        return top
