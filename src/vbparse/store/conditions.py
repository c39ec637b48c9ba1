"""SQL conditions built from parts, never from text put together by hand: each part holds its SQL, written
from column names and constants of the code only, and its parameters, always bound (``?``).  A part may also
hold a faster equivalent on the ``obligations`` table itself (``Cond.indexed``): an ``OR`` of conditions each
an index serves, read as the rows each finds (``any_indexed``) — SQLite reads the whole table for an ``OR`` of
conditions on different columns joined to the documents (PostgreSQL does not: it is given the ``OR``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Cond:
    """A condition: its SQL (``?`` for each parameter) and its parameters; ``indexed``, the same condition
    written to be read by indexes on the ``obligations`` table (``o``) only, when it has one."""

    sql: str
    params: tuple[Any, ...] = ()
    indexed: Cond | None = field(default=None, compare=False)
    #: the conditions it is one of (``any_indexed``): whether any row meets it is asked of each in turn, each
    #: by its index, rather than of the union of all of them, which the database makes whole first
    alternatives: tuple[Cond, ...] = field(default=(), compare=False)

    def pair(self) -> tuple[str, list]:
        """``(sql, params)``, as the backend's queries take them."""
        return self.sql, list(self.params)

    def on_obligations(self) -> Cond:
        """The condition to use on the ``obligations`` table: its indexed form when it has one."""
        return self.indexed or self


#: The condition no row meets, and the one every row meets.
NOTHING = Cond("1 = 0")
EVERYTHING = Cond("1 = 1")


def sql(text: str, *params: Any) -> Cond:
    """A part written in the code (``o.role = ?``) with its parameters: ``text`` is never a value."""
    if text.count("?") != len(params):
        raise ValueError(f"{text!r}: {text.count('?')} placeholders, {len(params)} parameters")
    return Cond(text, tuple(params))


def eq(column: str, value: Any) -> Cond:
    return Cond(f"{column} = ?", (value,))


def is_null(column: str) -> Cond:
    return Cond(f"{column} IS NULL")


def like(column: str, pattern: str) -> Cond:
    return Cond(f"{column} LIKE ?", (pattern,))


def one_of(column: str, values: Sequence[Any]) -> Cond:
    """``column IN (?, …)``; no row for no values."""
    if not values:
        return NOTHING
    return Cond(f"{column} IN ({','.join('?' * len(values))})", tuple(values))


def _joined(word: str, conds: Iterable[Cond | None]) -> Cond | None:
    parts = [c for c in conds if c is not None and c.sql]
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    indexed = None
    if any(c.indexed is not None for c in parts) and word == "AND":
        indexed = _joined(word, (c.on_obligations() for c in parts))
    return Cond(
        f" {word} ".join(f"({c.sql})" for c in parts), tuple(p for c in parts for p in c.params), indexed=indexed
    )


def all_of(*conds: Cond | None) -> Cond:
    """Every one of ``conds`` (``None`` left out); every row when none is left."""
    return _joined("AND", conds) or EVERYTHING


def any_of(*conds: Cond | None) -> Cond:
    """One of ``conds`` (``None`` left out); no row when none is left."""
    return _joined("OR", conds) or NOTHING


def any_indexed(backend_kind: str, *conds: Cond | None) -> Cond:
    """``any_of(conds)``, with, in SQLite, its indexed form on the obligations: the rows each condition finds
    by its own index, together (``UNION ALL``), then read by their ``rowid``.  PostgreSQL answers the ``OR``
    itself from the parts' indexes (a BitmapOr), where it joined such a list by reading every task (issue 55:
    97 against 30 ms for a unit's 10 000 tasks of 83 000).  No row for no condition."""
    plain = any_of(*conds)
    parts = [c for c in conds if c is not None and c.sql]
    if len(parts) < 2:
        return plain
    if backend_kind != "sqlite":
        return Cond(plain.sql, plain.params, alternatives=tuple(parts))
    union = " UNION ALL ".join(f"SELECT o.rowid FROM obligations o WHERE {c.sql}" for c in parts)
    indexed = Cond(f"o.rowid IN ({union})", tuple(p for c in parts for p in c.params))
    return Cond(plain.sql, plain.params, indexed=indexed, alternatives=tuple(parts))
