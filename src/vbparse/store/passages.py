"""Which passage of a report speaks of a plan's task (issue 42): a link between two archived documents, made
when the follow-up is asked, not a stage of the parse.

A report on a plan is read passage by passage: its sections as the structure stage cut them, each its
heading and the text under it.  A task and a passage share *terms*: folded syllables, and adjacent pairs of
them, neither made only of stop words (``tables.followup.PASSAGE_STOP_WORDS``, a word of two syllables
taken as one).  A term weighs what
it tells apart in this report, ``log(1 + N / df)`` over the report's N passages, so that the words of every
paragraph of an inspection report (``vật liệu nổ``) weigh little and a task's own words (``biên bản vi
phạm``) much.  A passage's score is the share of the task's weight it holds.  The best passage is the task's
when it holds at least ``DEFAULT_MIN_SCORE`` of it and shares at least ``DEFAULT_MIN_PAIRS`` pairs (a phrase,
not scattered syllables); otherwise the report speaks of the plan, not of that task, and no passage is
given: never a guess.  Matching (``PassageIndex.scores``) is kept apart from deciding (``PassageIndex.best``).
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
#: A passage shown is cut after this many characters (its span still covers it whole).
DEFAULT_MAX_CHARS = 600

_WORD = compiled(r"[\p{L}\p{N}]+")


@dataclass(frozen=True)
class Passage:
    """One section of a report: its path (``II.2.a``), heading and text, and where it lies in the text."""

    path: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class PassageMatch:
    passage: Passage
    score: float
    terms: tuple[str, ...]  # the shared terms, heaviest first, then in the task's order


def _words(text: str) -> list[tuple[str, bool]]:
    """The folded syllables of ``text``, a stop word of two syllables merged into one; each with whether it is
    a stop word."""
    syllables = [w for w in _WORD.findall(fold(text).lower()) if len(w) > 1 or w.isdigit()]
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


def report_passages(report: Document) -> list[Passage]:
    """The sections of ``report`` that hold text, each with its heading; a heading alone over its items is
    no passage (its items are)."""
    out = []
    for s in report.iter_sections():
        if not (s.text or "").strip() or s.span is None:
            continue
        text = " ".join(x for x in (s.heading, s.text) if x)
        out.append(Passage(path=s.path, text=text, start=s.span.start, end=s.span.end))
    return out


class PassageIndex:
    """A report's passages with their terms and weights, built once and asked for each task of a plan."""

    def __init__(self, passages: Iterable[Passage]):
        self.passages = list(passages)
        self._terms = [terms(p.text) for p in self.passages]
        df = Counter(t for ts in self._terms for t in ts)
        n = len(self.passages)
        self._weight = {t: math.log(1 + n / d) for t, d in df.items()}
        self._absent = math.log(1 + n) if n else 1.0  # a task's term no passage has: as rare as can be

    @classmethod
    def of(cls, report: Document) -> PassageIndex:
        return cls(report_passages(report))

    def weight(self, term: str) -> float:
        return self._weight.get(term, self._absent)

    def scores(self, task: str) -> list[PassageMatch]:
        """Every passage sharing a term with ``task``, best first (score, then the shorter passage)."""
        order = ordered_terms(task)
        wanted = set(order)
        total = sum(self.weight(t) for t in wanted)
        if not total:
            return []
        out = []
        for passage, have in zip(self.passages, self._terms, strict=True):
            shared = wanted & have
            if shared:
                heavy = tuple(sorted(shared, key=lambda t: (-self.weight(t), order[t])))
                out.append(PassageMatch(passage, sum(self.weight(t) for t in shared) / total, heavy))
        out.sort(key=lambda m: (-m.score, m.passage.end - m.passage.start, m.passage.start))
        return out

    def best(
        self, task: str, *, min_score: float = DEFAULT_MIN_SCORE, min_pairs: int = DEFAULT_MIN_PAIRS
    ) -> PassageMatch | None:
        """The passage that speaks of ``task``, or ``None`` when none is close enough to say so."""
        for m in self.scores(task)[:1]:
            if m.score >= min_score and sum(" " in t for t in m.terms) >= min_pairs:
                return m
        return None
