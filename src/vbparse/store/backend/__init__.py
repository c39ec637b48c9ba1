"""The two databases behind an archive: SQLite (embedded default) and PostgreSQL (server).

Everything above this module writes one dialect: ``?`` placeholders, double-quoted identifiers,
``INSERT … RETURNING``, ISO dates as text (so that both backends compare and return them alike).
What differs is here: connection, DDL types, and full-text search — FTS5 in SQLite, ``tsvector`` with
GIN in PostgreSQL.  Both index the same two token streams, made in Python (``text_tokens``): the words
as written (lower case, diacritics kept) and the words folded (no diacritics, ``đ``→``d``), so a query
without diacritics finds text with them and an exact match ranks above a folded one.

One module each: ``base`` (what both share, ``Backend``), ``sqlite`` and ``postgres``; here, the choice of
one (``open_backend``) and what a database's own errors mean to a user.  The names are imported from here.
"""

from __future__ import annotations

import os
import sqlite3

from ...errors import DocumentNotFound, StoreError
from .base import (
    RANK_WINDOW,
    ArchiveBusy,
    Backend,
    DeadlinePassed,
    chunks,
    index_words,
    q,
    row_type,
    text_tokens,
)
from .postgres import PostgresBackend
from .sqlite import SQLiteBackend

__all__ = [
    "RANK_WINDOW",
    "ArchiveBusy",
    "Backend",
    "DeadlinePassed",
    "DocumentNotFound",
    "PostgresBackend",
    "SQLiteBackend",
    "StoreError",
    "chunks",
    "database_failure",
    "database_outage",
    "index_words",
    "open_backend",
    "q",
    "row_type",
    "text_tokens",
]


#: What SQLite says of a file whose pages were overwritten (bytes that are not UTF-8 in a text column too).
_DAMAGE_SIGNS = ("malformed", "not a database", "Could not decode to UTF-8")
#: A database's message is cut to this many characters (SQLite quotes a whole undecodable value).
_FAILURE_CHARS = 160


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:_FAILURE_CHARS]


def _is_psycopg(exc: BaseException) -> bool:
    return type(exc).__module__.split(".")[0] == "psycopg"


def database_failure(exc: BaseException) -> str | None:
    """One line for an error the database raised where no caller expected one (a damaged SQLite file, a
    PostgreSQL server gone or refusing), else ``None``.  PostgreSQL's messages run over several lines
    (DETAIL, HINT): the first says it."""
    if isinstance(exc, sqlite3.DatabaseError):
        text = _first_line(exc)
        if any(sign in text for sign in _DAMAGE_SIGNS):
            return f"the archive is damaged ({text}); restore it from a copy, or index into a new one"
        return f"the database failed ({text})"
    if _is_psycopg(exc):
        return f"PostgreSQL failed ({_first_line(exc)})"
    return None


def database_outage(exc: BaseException) -> str | None:
    """``database_failure`` when the database itself is out of service under a query (a damaged SQLite file,
    a lost PostgreSQL connection), else ``None``: a refused statement (a write on a read-only connection)
    is the caller's error, not an outage."""
    if isinstance(exc, sqlite3.DatabaseError):
        out = any(sign in _first_line(exc) for sign in _DAMAGE_SIGNS)
    elif _is_psycopg(exc):
        import psycopg

        out = isinstance(exc, psycopg.OperationalError)
    else:
        out = False
    return database_failure(exc) if out else None


def open_backend(db: str | os.PathLike[str], *, create: bool = True, shared: bool = False) -> Backend:
    """``postgresql://…`` (or ``postgres://…``) → PostgreSQL; anything else is an SQLite file path
    (created only when ``create``).  ``shared``: usable from any thread, one at a time (psycopg's
    connections always are)."""
    text = str(db)
    if text.startswith(("postgresql://", "postgres://")):
        return PostgresBackend(text)
    return SQLiteBackend(text, create=create, shared=shared)
