"""The name grammar's refusals, while a trace is kept (issue 54: every drop names its record, names included): a
phrase where a sentence's subject stands that the grammar declines to read as a name (``Nền tảng quản lý …``: a thing,
no one who acts) is noted with its ``name.*`` record, and the walk puts it in the trace with the node it was read in.
A parse keeps no trace and notes nothing (``REFUSALS`` is None)."""

from __future__ import annotations

from contextvars import ContextVar

from .name_lexicon import WORD, NameSpan

#: The refusals noted while a node is read for a trace: (record id, the phrase declined); None when no trace is kept.
REFUSALS: ContextVar[list[tuple[str, str]] | None] = ContextVar("vbparse_name_refusals", default=None)

#: The record of a phrase where a subject stands whose words name a thing or an event, not one who acts.
NOT_AGENT = "name.not_agent"


def decline(rule: str, text: str, start: int, end: int | None = None) -> NameSpan | None:
    """Note that the grammar declined the phrase at ``start`` (up to ``end``, else its first two words) by the record
    ``rule``, when a trace is kept (a parse pays only this look); no name, so that a reading of a name returns it
    (``return decline(NOT_AGENT, text, q)``)."""
    noted = REFUSALS.get()
    if noted is not None:
        phrase = text[start:end] if end is not None else " ".join(WORD.findall(text, start, start + 40)[:2])
        noted.append((rule, phrase))
    return None
