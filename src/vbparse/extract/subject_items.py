"""Items that assign by who: siblings that open their sentences with their subjects (``1. Hợp tác xã … nạo vét …``,
``3. Thôn … lập …``).  Beside them, a heading no list knows a name in names an assignee (``standing_heading``), and
a name-shaped phrase no list knows before a task verb is a subject (its head trusted by the second reading)."""

from __future__ import annotations

from contextvars import ContextVar

from ..chars import fold
from ..structure.parser import Node
from ..tables.clause_words import THING_HEADS
from ..tables.post_shapes import EVENT_HEADS
from .obligation_names import find_subject, gated_heads_of

#: Items beside a heading that open with their subjects make it an assignee heading from this many on (one may be a
#: rule's sentence: ``Công chức … phải …``).
DEFAULT_SUBJECT_SIBLINGS = 2
#: An item's sentence is asked for its subject within its first this many characters.
DEFAULT_SUBJECT_SENTENCE_CHARS = 200

#: The heads turned away before a task verb at the start of an item among items that open with their subjects
#: (``among_subject_items``), noted during a document's first reading: the second reading trusts them.
LISTED_HEADS: ContextVar[set[str] | None] = ContextVar("listed_heads", default=None)


def among_subject_items(node: Node, siblings: list[Node] | None = None) -> bool:
    """Whether the items beside ``node`` assign by who: two of them at least with no heading open their sentences with
    their subjects, or each of them does."""
    if siblings is None:
        siblings = [s for s in (node.parent.children if node.parent is not None else []) if s is not node]
    opening = sum(1 for s in siblings if not s.heading and opens_with_subject(s))
    return opening >= DEFAULT_SUBJECT_SIBLINGS or 0 < opening == len(siblings)


def opens_with_subject(node: Node) -> bool:
    """Whether an item's text opens with names the lists know as its sentence's subject, a predicate after them."""
    text = node.text or ""
    found = find_subject(text[:DEFAULT_SUBJECT_SENTENCE_CHARS])
    return found is not None and found[1] == 0 and bool(found[0]) and bool(text[found[2] :].strip(" :.-"))


def note_listed_heads(node: Node, sentence: str | None) -> None:
    """During a first reading (``LISTED_HEADS`` set), note the heads turned away before a task verb in ``sentence``
    (an item's first, which found no subject) when the items beside it open with their subjects."""
    listed = LISTED_HEADS.get()
    if listed is None or sentence is None:
        return
    gated = [h for h in gated_heads_of(sentence) if not _names_a_thing(h)]
    if gated and node.parent is not None and among_subject_items(node):
        listed.update(gated)


#: Heads of a work, a place or an event (``THING_HEADS``, ``EVENT_HEADS``), folded: ``Khu đô thị Nam Sơn hoàn thành
#: …`` among items that open with their subjects is still a thing.
_THING_KEYS = frozenset(fold(h) for h in (*THING_HEADS, *EVENT_HEADS))


def _names_a_thing(head: str) -> bool:
    """Whether a head (folded, ``name_head``) opens with a thing's head (``khu do thi``: ``khu``)."""
    words = head.split()
    return any(" ".join(words[:n]) in _THING_KEYS for n in range(1, len(words) + 1))
