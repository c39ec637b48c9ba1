"""What every reader of tasks shares: the walk's context (``Context``), the proposal ``vbparse explain``
shows, and the patterns several readers use."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field

from ..chars import fold
from ..pattern_cache import compiled
from ..structure.parser import Node, Structure
from ..tables.bodies import VERB_HEADS
from .deadlines import Deadline, find_deadline, relative_deadline
from .resolver import Candidate, Resolver

#: The shipped resolver (the rules decide), built once.
SHIPPED_RESOLVER = Resolver.shipped()

#: A task longer than this many characters is cut in the output (its span still covers all of it).
DEFAULT_MAX_TASK_CHARS = 2000
#: A table is a task table when its header is found within this many first rows.
DEFAULT_HEADER_ROWS = 3
#: Sentences whose subject is kept once read (a sentence is asked again by each reading of its item).
DEFAULT_SUBJECT_CACHE = 4096

#: The node readers by id, as each registers itself (``node_reader``); their priority is ``NODE_READER_ORDER`` of
#: ``tables/rules.py``, where a new reader's id is given its place.
NODE_READER_FUNCTIONS: dict[str, Callable[[Context, Node], bool]] = {}


def node_reader(reader_id: str) -> Callable[[Callable[[Context, Node], bool]], Callable[[Context, Node], bool]]:
    """Register the function below as the node reader ``reader_id`` (a reader proposes tasks on a node; True: it
    took the node).  Registering twice under one id is an error, not a silent replacement."""

    def register(read: Callable[[Context, Node], bool]) -> Callable[[Context, Node], bool]:
        if reader_id in NODE_READER_FUNCTIONS:
            raise ValueError(f"node reader {reader_id!r} is registered twice")
        NODE_READER_FUNCTIONS[reader_id] = read
        return read

    return register


@dataclass(frozen=True)
class Preemption:
    """Why a traced proposal was never made: the node reader ``winner`` took the node at ``node`` (its path) before
    the proposal's reader, which would have taken it too when ``took`` (else it only proposed on it)."""

    winner: str
    node: str
    took: bool


@dataclass
class Proposal:
    """A task a reader proposed, for ``vbparse explain``: where (offsets in the original text, as a span's), by
    which rule, for whom, and the ``not_task`` rule that kept it from being one (None when it became
    obligations)."""

    start: int
    end: int
    rule: str
    names: list[str]
    task: str
    dropped_by: str | None = None
    #: the obligations it made: ``Document.obligations[made[0]:made[1]]``
    made: tuple[int, int] = (0, 0)
    #: the candidate it became (None when a ``not_task`` rule dropped it), with the resolver's score
    candidate: Candidate | None = None
    #: the node reader that took the node it was read in (``obligation_walk.NODE_READERS``), None for the tables'
    #: and the closing's; of a pre-empted proposal, the reader pre-empted
    reader: str | None = None
    #: set when a reader before this one in the priority took the node: the proposal is what it would have made
    #: (``obligation_walk._pre_empted``), never a candidate of the result
    preempted: Preemption | None = None
    #: the name grammar's records that read ``names`` (a drop's, where no obligation carries them)
    name_rules: list[str] = field(default_factory=list)


@dataclass
class Context:
    st: Structure
    year: int | None
    home: dict[str, str]
    several_years: bool = False
    #: the document is a report (Báo cáo): only its sections that look ahead assign anything
    report: bool = False
    #: paths of the sections that tell what was done (their tables are no task tables)
    reported: list[str] = field(default_factory=list)
    #: deadlines a section states for all it holds (``b) Thời gian: Từ ngày 15/11 đến ngày 15/12.``), innermost last
    section_deadlines: list[Deadline] = field(default_factory=list)
    #: every proposal in the order made, when asked for (``vbparse explain``)
    trace: list[Proposal] | None = None
    #: the node reader reading now (``obligation_walk.NODE_READERS``), which the proposals it makes carry
    reader: str | None = None
    #: a fork of the context in which a pre-empted reader reads (``obligation_walk._pre_empted``): the nodes under
    #: it are not contested again
    fork: bool = False
    #: the tasks proposed, in order, for the resolver to decide
    candidates: list[Candidate] = field(default_factory=list)
    doc_type: str | None = None
    resolver: Resolver = field(default_factory=Resolver)
    #: the document's issue date: a time counted from it (``trong 10 ngày làm việc kể từ ngày ký``) gets a date
    issued: dt.date | None = None
    #: the section nodes by path, built when a candidate first asks for its section
    nodes: dict[str, Node] | None = None
    #: whether a node or an ancestor lists members (``_listed``), by the node's id (the tree outlives the walk)
    listed: dict[int, bool] = field(default_factory=dict)

    def deadline(self, text: str, *, cued: bool = True) -> Deadline:
        """The deadline ``text`` states, or the day a time counted from the issue date ends."""
        dl = find_deadline(text, self.year, cued=cued)
        if dl.date is None and not dl.recurrence:
            relative = relative_deadline(text, self.issued)
            if relative is not None:
                return relative
        return dl

    def trace_drop(
        self, start: int, end: int, rule: str, names: list[str], task: str, name_rules: list[str] | None = None
    ) -> None:
        """Something kept from being a task, in the trace (``vbparse explain``): the text at ``start``–``end`` (the
        structure's offsets), dropped by the record ``rule``, with the names it holds (and the name records that read
        them) and what its task would have been. A parse keeps no trace, and this notes nothing."""
        if self.trace is not None:
            where = self.st.mapped.span(start, end)
            self.trace.append(
                Proposal(
                    where.start, where.end, rule, names, task, rule, reader=self.reader, name_rules=name_rules or []
                )
            )

    def node_at(self, path: str | None) -> Node | None:
        if self.nodes is None:
            self.nodes = {}
            for n in self.st.iter_all_nodes():
                self.nodes.setdefault(n.path, n)
        return self.nodes.get(path or "")


# patterns of the functions above, compiled once (named after what they match)
FULL_STOP = compiled(r"(?<=[.!?])\s+(?=\p{Lu})")  # where a heading's sentences part (not at ``;``)
VERB_HEAD_KEYS = tuple(fold(h) for h in VERB_HEADS)
HEADING_PARTS = compiled(r",|;|\bva\b")
DASH = compiled(r"\s[-–—]\s")
LIST_BY_PREPOSITION = compiled(r"(?i)\s+(?:với|theo|gồm|bao\s+gồm|thông\s+qua|qua)\s")
BRACKET_ONLY = compiled(r"\s*\(.*\)\s*")
BRACKET_AFTER = compiled(r"\s*\([^()]*\)")
LOWER_START = compiled(r"\p{Ll}")
SPACE_THEN_LOWER = compiled(r"\s+\p{Ll}")
COLUMN_NUMBER = compiled(r"\(?\d+\)?")
PERSON_SEPARATOR = compiled(r"\s*(?:;|\n|,(?=\s*\p{Lu}\p{Ll}*\s+\p{Lu}))\s*")


_LINE_BRACKET_LABEL = compiled(r"(?:^|(?<=\n))\((\d{1,2})\)[ \t]+(?=\p{Lu})")


def bracket_list_labels(text: str) -> dict[int, int]:
    """Where the lines of a list numbered in brackets begin, and their labels' length (``(1) Công an xã …`` / ``(2)
    Bưu điện xã …``): two lines or more, numbered one after the other, so that a number in brackets opening one line
    (``(3) Cơ quan có thẩm quyền …`` in a list of papers) is no label read away."""
    found = list(_LINE_BRACKET_LABEL.finditer(text))
    numbers = [int(m.group(1)) for m in found]
    if len(found) < 2 or any(b != a + 1 for a, b in itertools.pairwise(numbers)):
        return {}
    return {m.start(): m.end() - m.start() for m in found}
