"""The two databases behind an archive (``base``); the names are imported from here."""

from __future__ import annotations

from .base import (
    RANK_WINDOW,
    ArchiveBusy,
    Backend,
    DocumentNotFound,
    PostgresBackend,
    SQLiteBackend,
    StoreError,
    database_failure,
    database_outage,
    index_words,
    open_backend,
    q,
    row_type,
    text_tokens,
)

__all__ = [
    "RANK_WINDOW",
    "ArchiveBusy",
    "Backend",
    "DocumentNotFound",
    "PostgresBackend",
    "SQLiteBackend",
    "StoreError",
    "database_failure",
    "database_outage",
    "index_words",
    "open_backend",
    "q",
    "row_type",
    "text_tokens",
]
