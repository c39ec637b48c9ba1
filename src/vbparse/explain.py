"""``vbparse explain``: per line of a document, the tasks its readers proposed, by which rule, and what came of
each (the obligations made with their evidence, or the ``not_task`` rule that kept it from being one)."""

from __future__ import annotations

import bisect
import os
from dataclasses import dataclass

from .extract.assignees import clear_caches
from .extract.node_annotations import annotate
from .extract.obligations import Proposal
from .models import Document, Obligation
from .pipeline import parse_read, read_file
from .read import read_text_string
from .read.base import ReadResult
from .tables.patterns import LABEL_START

#: A line of the document is shown cut to this many characters.
DEFAULT_LINE_CHARS = 110
#: A task is shown cut to this many characters.
DEFAULT_TASK_CHARS = 80


@dataclass
class Explanation:
    document: Document
    #: the text the spans refer to (the reader's decoded text)
    text: str
    proposals: list[Proposal]

    def line_of(self, offset: int) -> int:
        """The 1-based line of the text an offset falls on."""
        return bisect.bisect_right(self._starts, offset)

    def __post_init__(self) -> None:
        self._starts = [0] + [i + 1 for i, ch in enumerate(self.text) if ch == "\n"]


def explain_result(result: ReadResult) -> Explanation:
    trace: list[Proposal] = []
    clear_caches()  # the names read again, so that the grammar's refusals are noted (a kept name notes none)
    doc = parse_read(result, trace=trace)
    return Explanation(doc, result.original, trace)


def explain_file(source: str | os.PathLike, *, ocr: str = "auto") -> Explanation:
    """Parse a file as ``parse`` does, keeping every proposal its readers made."""
    return explain_result(read_file(source, ocr))


def explain_text(text: str) -> list[Proposal]:
    """The proposals made while parsing a text (tests and the Python API)."""
    return explain_result(read_text_string(text)).proposals


def render(ex: Explanation, line: int | None = None) -> str:
    """Lines that proposed a task (or only ``line``), each followed by its proposals and their outcome."""
    lines = ex.text.split("\n")
    obligations = ex.document.obligations
    by_line: dict[int, list[Proposal]] = {}
    for p in ex.proposals:
        by_line.setdefault(ex.line_of(p.start), []).append(p)
    out: list[str] = []
    for n in sorted(by_line):
        if line is not None and n != line:
            continue
        out.append(f"{n}: {_one_line(lines[n - 1] if n - 1 < len(lines) else '')[:DEFAULT_LINE_CHARS]}")
        for p in by_line[n]:
            task = _one_line(p.task)[:DEFAULT_TASK_CHARS]
            who = ", ".join(p.names)
            # the resolver's score: how like a gold task the candidate is (``extract/resolver.py``)
            scored = f" [score {p.candidate.score:.2f}]" if p.candidate and p.candidate.score is not None else ""
            if p.preempted:
                lost = p.preempted
                why = f"{p.reader} would {'take' if lost.took else 'propose on'} {lost.node}"
                out.append(f"    {p.rule}: {who} — {task!r} → pre-empted by {lost.winner} ({why})")
                continue
            if p.dropped_by:
                read_by = f" [{', '.join(dict.fromkeys(p.name_rules))}]" if p.name_rules else ""
                out.append(f"    {p.rule}: {who}{read_by} — {task!r}{scored} → not a task ({p.dropped_by})")
                continue
            out.append(f"    {p.rule}: {who} — {task!r}{scored} →")
            out += [f"        {_obligation(o)}" for o in obligations[p.made[0] : p.made[1]]]
    if not out:
        where = f"line {line}" if line is not None else "the document"
        out.append(f"no task was proposed on {where}")
    if line is not None and 0 < line <= len(lines):
        out += _found_on(lines[line - 1])
    return "\n".join(out) + "\n"


def _found_on(text: str) -> list[str]:
    """What the annotation pass finds on one line (``extract.node_annotations``): each span, its kind and the record
    that found it, so that a line where nothing was proposed still shows what was read on it. The line's label
    (``1.``, ``a)``, ``-``) is left out, as the section tree leaves it out of the item's text."""
    label = LABEL_START.match(text)
    text = text[label.end() :].lstrip() if label else text
    spans = annotate(text).spans
    out = [f"  found on the line ({len(spans)} spans):"]
    for s in spans:
        out.append(f"    {s.kind} {_one_line(text[s.start : s.end])[:DEFAULT_TASK_CHARS]!r} [{s.record}]")
    return out


def _obligation(o: Obligation) -> str:
    due = f" due {o.deadline}" if o.deadline else (f" ({o.deadline_raw})" if o.deadline_raw else "")
    return f"{o.role} {_one_line(o.assignee.raw)!r}{due} [{', '.join(o.evidence)}]"


def _one_line(s: str) -> str:
    """Control characters and line breaks as spaces: a document's text never reaches the terminal raw."""
    return "".join(ch if ch.isprintable() else " " for ch in s)
