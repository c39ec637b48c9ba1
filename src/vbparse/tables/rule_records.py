"""The record of an extraction rule: its id, what it reads, its invented examples and counter-examples
(``tables/rules.py`` holds the records; ``tests/test_rules.py`` parses each example)."""

from __future__ import annotations

from dataclasses import dataclass


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
class ObligationRule:
    id: str
    #: what the rule reads, in a sentence
    reads: str
    examples: tuple[RuleExample, ...]
    #: bodies the rule must not fire on (an obligation may still come from another rule)
    counter_examples: tuple[str, ...]


E = RuleExample
