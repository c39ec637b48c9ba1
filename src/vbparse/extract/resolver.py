"""The resolver: which proposed tasks become obligations.

The readers of constructions (``extract/obligations.py``) propose candidates — one task with its leads and
partners — and do not decide alone.  The resolver keeps or drops each one.  Shipped, the rules decide: every
reader's proposal stands, and a candidate no rule settles (``sentence.unclaimed``: an item that opens with a
body's name and goes on with a verb, in a section no reader took) is dropped (``resolver.unclaimed``).

A learned scorer may decide instead only when it beats the rules held out (issue 54: its shipped thresholds
could change no outcome, so it and its 728 weights left the package).  ``scripts/train_resolver.py`` trains one
from the candidates' features (``candidate_features``: which rule proposed it, the words of the headings above
it, the shape of the name, the task's first words, its depth, the document's type), scores it held out, and
passes it here as a ``Resolver`` with weights; its drops are ``resolver.scorer``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from ..chars import fold
from ..models import Obligation
from ..pattern_cache import compiled
from ..structure.parser import Node

_WORDS = compiled(r"[\p{L}\p{N}]+")
#: A task is described by its length in words, in buckets of this many words (up to ``DEFAULT_LENGTH_BUCKETS``).
DEFAULT_LENGTH_WORDS = 8
DEFAULT_LENGTH_BUCKETS = 6
#: Headings this far up from the item are read for words (the item's own first).
DEFAULT_HEADING_DEPTH = 4


@dataclass(frozen=True)
class Resolver:
    """The rules' decisions (no ``weights``: the shipped one), or a learned scorer and its two thresholds (a
    rule's candidate dropped below ``veto_below``, an unclaimed one kept from ``accept_from``).
    ``Resolver.accept_all()`` keeps every candidate (the training script's view of what the readers propose)."""

    weights: dict[str, float] = field(default_factory=dict)
    bias: float = 0.0
    accept_from: float = 1.01
    veto_below: float = 0.0

    @classmethod
    def shipped(cls) -> Resolver:
        """The rules decide: no scorer has won held out (``scripts/train_resolver.py``)."""
        return cls()

    @classmethod
    def accept_all(cls) -> Resolver:
        return cls(accept_from=0.0, veto_below=0.0)

    def score(self, features: list[str]) -> float:
        """The probability that the candidate is a gold obligation."""
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def keeps(self, rule: str, score: float | None) -> bool:
        """``score`` None: the candidate was not scored, as its score could not change the decision."""
        if rule == UNCLAIMED_RULE:  # unscored: kept only by a resolver that keeps all (``accept_all``)
            return score >= self.accept_from if score is not None else self.accept_from <= 0.0
        return score is None or score >= self.veto_below

    def decides(self, rule: str) -> bool:
        """The score can change what is kept of a candidate of ``rule`` (else it need not be computed)."""
        if not self.weights:  # the rules decide; only a resolver that keeps all keeps what no rule settles
            return rule == UNCLAIMED_RULE and self.accept_from <= 0.0
        return self.accept_from <= 1.0 if rule == UNCLAIMED_RULE else self.veto_below > 0.0

    def drop_rule(self) -> str:
        """The record of a drop this resolver makes: the scorer's, or the rules' when it has no weights."""
        return SCORER_RULE if self.weights else UNCLAIMED_DROP_RULE


#: The rule id of a candidate no construction reader took.
UNCLAIMED_RULE = "sentence.unclaimed"
#: The record of a drop: an unclaimed candidate the rules do not keep; a candidate a learned scorer dropped.
UNCLAIMED_DROP_RULE = "resolver.unclaimed"
SCORER_RULE = "resolver.scorer"


@dataclass
class Candidate:
    """One proposed task: the obligations it makes (one per lead and partner), the rule that proposed it, the
    features the scorer reads, and its score once resolved."""

    rule: str
    obligations: list[Obligation]
    #: None when no score was needed (``Resolver.decides``) and none was asked for (``vbparse explain``)
    features: list[str] | None
    score: float | None = None
    kept: bool = True
    #: the record that dropped it (``Resolver.drop_rule``), when not kept
    dropped_by: str | None = None


def candidate_features(rule: str, obligations: list[Obligation], node: Node | None, doc_type: str | None) -> list[str]:
    """What the scorer reads of a candidate (see the module's docstring); every feature a short string."""
    first = obligations[0]
    words = _WORDS.findall(fold(first.task))
    name = _WORDS.findall(fold(first.assignee.raw))
    out = [
        f"rule={rule}",
        f"mode={first.mode}",
        f"source={first.source}",
        f"kind={first.assignee.kind}",
        f"name={name[0] if name else ''}",
        f"name2={' '.join(name[:2])}",
        f"verb={words[0] if words else ''}",
        f"verb2={' '.join(words[:2])}",
        f"length={min(len(words) // DEFAULT_LENGTH_WORDS, DEFAULT_LENGTH_BUCKETS)}",
        f"type={doc_type or ''}",
        f"leads={min(sum(o.role == 'lead' for o in obligations), 3)}",
    ]
    if any(o.role == "support" for o in obligations):
        out.append("partners")
    if first.deadline_raw:
        out.append("deadline")
    depth, n, top = 0, node, node
    while n is not None:
        if depth < DEFAULT_HEADING_DEPTH:
            out += [f"head={w}" for w in set(_WORDS.findall(fold(n.heading or "")))]
        top, n, depth = n, n.parent, depth + 1
    if top is not None:
        out += [f"top={w}" for w in set(_WORDS.findall(fold(top.heading or "")))]
    out.append(f"depth={min(depth, 5)}")
    return out


def resolve(candidates: list[Candidate], resolver: Resolver) -> list[Obligation]:
    """Score every candidate and keep what the resolver keeps, in the order proposed."""
    out: list[Obligation] = []
    for c in candidates:
        c.score = None if c.features is None or not resolver.weights else resolver.score(c.features)
        c.kept = resolver.keeps(c.rule, c.score)
        if c.kept:
            out += c.obligations
        else:
            c.dropped_by = resolver.drop_rule()
    return out
