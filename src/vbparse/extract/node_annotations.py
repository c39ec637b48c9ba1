"""One annotation pass per node (issue 54): what a node's text holds, found once, each span with the record that found
it — the subject of each sentence (its names, by the grammar's ``name.*`` records), the cues the records of partners,
requests, labelled fields, lead-ins and deadlines hold (``record_pattern``), the clauses of the ``not_task`` records.

The readers take a text's sentences and their subjects from here (``subject_groups``) rather than reading them again;
``vbparse explain --line N`` prints a line's spans, so that a line where nothing was proposed still shows what was
found on it and by which record. The sentences and subjects are read when a text is annotated (every reader needs
them); the other spans only when asked for (``spans``: a trace's, never a parse's cost)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import NamedTuple

import regex

from ..tables.obligations import ASSIGNMENT_LINE
from ..tables.rules import record_pattern
from ..tables.rules_not_task import NOT_TASK_RULES
from .assignees import NameSpan
from .name_lexicon import register_cache
from .obligation_names import DEFINED_NAMES, DOCUMENT_HEADS, GATED_HEADS, sentences_of, subject_reading

#: A sentence's subject as ``find_subject`` reads it: (names, where they start, where the predicate starts, mode).
Subject = tuple[list[NameSpan], int, int, str]

#: Texts whose annotation is kept (per set of heads and defined names the document teaches: a subject depends on them).
DEFAULT_ANNOTATION_CACHE = 4096

#: The records whose pattern is a cue the pass finds, and the kind of span each gives; a record added here with its
#: pattern is found by the pass and shown by ``explain`` (the record holds the pattern: ``ObligationRule.pattern``).
CUE_RECORDS: tuple[tuple[str, str], ...] = (
    ("lead_in", "lead_in.items"),
    ("partner", "support.partner"),
    ("request", "mode.request"),
    ("deadline", "deadline.task"),
)
#: The record of a labelled field's line (``- Đơn vị chủ trì: Sở Y tế.``): its pattern reads one line whole.
FIELD_RECORD = "fields.item"


@dataclass(frozen=True)
class Span:
    """What the pass found at ``start``–``end`` of the annotated text: its ``kind`` (``subject``, ``lead_in``,
    ``partner``, ``request``, ``deadline``, ``field``, ``not_task``) and the ``record`` that found it."""

    start: int
    end: int
    kind: str
    record: str


class SentenceGroup(NamedTuple):
    """A sentence and those after it with no subject of their own (``X tham mưu … . Thời gian xong trước ngày
    10/9/2023.``: the deadline belongs to X's task), where its first sentence starts, and that sentence's subject
    (offsets in ``text``)."""

    text: str
    start: int
    subject: Subject | None


class NodeAnnotation:
    """A text's annotation: its sentence groups with their subjects, and (on demand) every span found in it."""

    def __init__(self, text: str, taught: frozenset[str] = frozenset(), defined: frozenset[str] = frozenset()) -> None:
        self.text = text
        self.sentences = tuple(sentences_of(text))
        groups: list[tuple[list[str], int, Subject | None]] = []
        gated: set[str] = set()
        for sentence, at in self.sentences:
            found, turned_away = subject_reading(sentence, taught, defined)
            gated |= turned_away
            if groups and found is None and not ASSIGNMENT_LINE.match(sentence):
                groups[-1][0].append(sentence)
            else:
                groups.append(([sentence], at, None if found is None else (list(found[0]), *found[1:])))
        self.groups = tuple(SentenceGroup(" ".join(g), at, found) for g, at, found in groups)
        #: the heads its sentences' subjects turned away (``GATED_HEADS``), noted again for each document reading it
        self.gated = frozenset(gated)

    @functools.cached_property
    def spans(self) -> tuple[Span, ...]:
        """Every span found, in the order of the text: the subjects' names, the cues, the labelled fields' lines
        and the not-task records' clauses."""
        found: list[Span] = []
        for g in self.groups:
            if g.subject is not None:
                found += [Span(g.start + s.start, g.start + s.end, "subject", s.rule) for s in g.subject[0]]
        for kind, record in CUE_RECORDS:
            found += [Span(m.start(), m.end(), kind, record) for m in record_pattern(record).finditer(self.text)]
        found += _field_lines(self.text)
        found += self._not_task_clauses()
        return tuple(sorted(found, key=lambda s: (s.start, -s.end, s.kind)))

    def _not_task_clauses(self) -> list[Span]:
        """The not-task records' clauses, each tested as the record tests a task (``TaskTest``): a clause that cuts
        the task anywhere in the text; one matched at the task's start, or the task whole, on what follows each
        first sentence's subject (its task), or on the sentence when it has none."""
        subjects = {g.start: g.subject for g in self.groups}
        tasks = []  # each sentence's task: what follows its subject (the sentence when it has none), and where
        for sentence, at in self.sentences:
            subject = subjects.get(at)
            rest = sentence[subject[2] :] if subject is not None else sentence
            task = rest.lstrip(" ,:")
            tasks.append((task.rstrip(" ,:"), at + len(sentence) - len(task)))
        out: list[Span] = []
        for rule in NOT_TASK_RULES:
            test = rule.test
            if test is None:
                continue
            if test.how == "cut":
                out += [Span(m.start(), m.end(), "not_task", rule.id) for m in test.pattern.finditer(self.text)]
                continue
            for task, start in tasks:
                m = test.pattern.match(task) if test.how == "match" else test.pattern.fullmatch(task)
                if m is not None:
                    out.append(Span(start + m.start(), start + m.end(), "not_task", rule.id))
        return out


def annotate(text: str) -> NodeAnnotation:
    """The annotation of ``text``, made once per text and per set of heads the document teaches (a subject read
    by where it stands consults them). A kept annotation still notes, for the document reading it, the heads its
    sentences' subjects turned away (``GATED_HEADS``), as reading them again would."""
    annotation = _annotate(text, DOCUMENT_HEADS.get(), DEFINED_NAMES.get())
    noting = GATED_HEADS.get()
    if noting is not None and annotation.gated:
        noting.update(annotation.gated)
    return annotation


@register_cache
@functools.lru_cache(maxsize=DEFAULT_ANNOTATION_CACHE)
def _annotate(text: str, taught: frozenset[str], defined: frozenset[str]) -> NodeAnnotation:
    return NodeAnnotation(text, taught, defined)


def subject_groups(text: str) -> list[tuple[str, Subject | None]]:
    """Sentences, each followed by the sentences after it that have no subject of their own, each with the subject
    of its first sentence (offsets valid in the group, which begins with that sentence): ``annotate(text)``'s, each
    subject's list of names the reader's own copy."""
    return [
        (g.text, None if g.subject is None else (list(g.subject[0]), *g.subject[1:])) for g in annotate(text).groups
    ]


def _field_lines(text: str) -> list[Span]:
    """The lines of ``text`` that are a labelled field (``- Đơn vị chủ trì: Sở Y tế.``), by ``fields.item``'s
    pattern, which reads a line whole."""
    pattern: regex.Pattern[str] = record_pattern(FIELD_RECORD)
    out, at = [], 0
    for line in text.split("\n"):
        if pattern.match(line):
            out.append(Span(at, at + len(line), "field", FIELD_RECORD))
        at += len(line) + 1
    return out
