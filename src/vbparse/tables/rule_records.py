"""The record of an extraction rule: its id, what it reads, its invented examples and counter-examples
(``tables/rules.py`` holds the records; ``tests/test_rules.py`` parses each example)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import regex


@dataclass(frozen=True)
class RuleExample:
    """A body that the rule reads: ``assignee`` (as written) gets an obligation in ``role`` by the rule; for
    a ``not_task`` rule, the rule drops what the body proposes (``assignee`` then names who is not given it)."""

    body: str
    assignee: str
    role: str = "lead"
    #: the document's header, when the rule reads it (a Tờ trình, a Sở's header above its parent); else the
    #: tests' plan of UBND tỉnh
    header: str | None = None


@dataclass(frozen=True)
class TaskTest:
    """How a ``not_task`` record tests a proposed task: its pattern, ``match``ed at the task's start, matched
    ``fullmatch`` (the task is nothing else), or ``cut`` (``search``ed: the task is cut at it, dropped when nothing is
    left before it); ``after``: only a task proposed by one of these readers' rules (else any)."""

    pattern: regex.Pattern[str]
    how: Literal["match", "fullmatch", "cut"] = "match"
    after: tuple[str, ...] = ()


@dataclass(frozen=True)
class ObligationRule:
    id: str
    #: what the rule reads, in a sentence
    reads: str
    examples: tuple[RuleExample, ...]
    #: bodies the rule must not fire on (an obligation may still come from another rule)
    counter_examples: tuple[str, ...]
    #: what the record tests a proposed task for (the ``not_task`` records: the record is the rule, its pattern in it)
    test: TaskTest | None = None
    #: what a construction's reader looks for, held by its record (``fields.bracketed``: the bracket of fields)
    pattern: regex.Pattern[str] | None = None


E = RuleExample
