"""The archive: a store of parsed documents, and the questions users ask of it.

``Archive(db)`` opens (or creates) an SQLite file or a ``postgresql://`` database, checks that it is a
vbparse archive of this store version (an older one is rebuilt from its stored JSON) and answers through
its parts, one module each: ``indexing`` (``index``), ``queries`` (``find``, ``document``, ``search``
…), ``obligations`` (``obligations``) and ``references`` (``refs``, ``edges``).  Queries return the
pydantic result models of ``vbparse.models``.
"""

from __future__ import annotations

import logging
import os
from typing import Self

from ..models import Document
from . import storing
from .accounts import Accounts
from .backend import ArchiveBusy, Backend, DocumentNotFound, StoreError, open_backend, q
from .copies import rebuild_copies
from .corrections import Corrections, refresh_effects
from .followup import FollowupQueries
from .indexing import Indexing
from .obligations import Obligations
from .queries import Queries
from .references import References
from .reminders import Reminders
from .rows import document_rows
from .schema import (
    ACCOUNTS_TABLE,
    CHILD_TABLES,
    COPIES_TABLE,
    CORRECTIONS,
    COUNT_TABLE,
    EFFECTS_TABLE,
    IN_PLACE_UPGRADES,
    KEY_TABLE,
    REDIRECTS_TABLE,
    REMINDERS_TABLE,
    SESSIONS_TABLE,
    SOURCE_TABLE,
    STATUS_TABLE,
    STORE_FINGERPRINTS,
    STORE_VERSION,
    fingerprint,
)
from .scorecard import Scorecards
from .sessions import Sessions

log = logging.getLogger(__name__)

__all__ = ["Archive", "DocumentNotFound"]

#: Tables an archive may hold (with SQLite's own FTS5 shadow tables): any other table means the
#: database belongs to another application and is not touched.
_OUR_TABLES = frozenset(
    {
        "meta",
        "files",
        "documents",
        "documents_old",
        SOURCE_TABLE,
        CORRECTIONS.name,
        "doc_text",
        KEY_TABLE,
        COUNT_TABLE,
        COPIES_TABLE,
        EFFECTS_TABLE,
        STATUS_TABLE,
        REDIRECTS_TABLE,
        ACCOUNTS_TABLE,
        REMINDERS_TABLE,
        SESSIONS_TABLE,
        *(
            f"{fts}{shadow}"
            for fts in ("doc_fts", "doc_pairs")
            for shadow in ("", "_data", "_idx", "_docsize", "_config", "_content")
        ),
        *(t.name for t in CHILD_TABLES.values()),
    }
)


class Archive(
    Indexing, Queries, Obligations, References, Corrections, Accounts, FollowupQueries, Reminders, Scorecards, Sessions
):
    """An archive of parsed documents in SQLite (a file path) or PostgreSQL (a ``postgresql://`` URL).

    ``create=False`` (every query) opens an existing archive only: a mistyped path is an error, not a
    new empty archive.  A database that is not a vbparse archive is refused before anything is written.
    """

    def __init__(self, db: str | os.PathLike = "vbparse.db", *, create: bool = True, shared: bool = False) -> None:
        self.db = str(db)
        self.backend: Backend = open_backend(db, create=create, shared=shared)
        try:
            self._prepare(create)
        except StoreError:
            self.backend.close()
            raise
        except Exception as exc:
            fatal = self.backend.is_fatal(exc)
            self.backend.close()
            if fatal:  # a read-only mount, a full disk, a lost connection: one line, not a traceback
                raise StoreError(f"{self.db}: cannot prepare the archive ({str(exc).strip()})") from None
            raise

    # --- lifecycle -----------------------------------------------------------------------------------
    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.backend.close()

    def _version(self) -> int | None:
        """The archive's store version; ``None`` for an empty database (or one whose creation by an
        older vbparse was interrupted); ``StoreError`` for a database that is not an archive."""
        b = self.backend
        tables = b.tables()
        if not tables:
            return None
        foreign = [t for t in tables if t not in _OUR_TABLES]
        if foreign or "meta" not in tables or set(b.columns("meta")) != {"key", "value"}:
            shown = ", ".join((foreign or tables)[:5])
            raise StoreError(f"{self.db}: not a vbparse archive (it holds other tables: {shown}); refusing to touch it")
        row = b.one("SELECT value FROM meta WHERE key = 'store_version'")
        if row is not None and str(row[0]).isdecimal():
            return int(row[0])
        # No version: only the empty tables an older vbparse left when stopped while creating them (its
        # ``documents`` among them) may be created again; anything holding a row, or lacking ``documents``
        # (``meta`` and ``files`` alone are common names), is another application's and is left untouched.
        holding = [t for t in tables if b.one(f"SELECT 1 FROM {q(t)} LIMIT 1") is not None]
        if holding or "documents" not in tables:
            shown = ", ".join((holding or tables)[:5])
            raise StoreError(
                f"{self.db}: not a vbparse archive (no vbparse version; it holds {shown}); refusing to touch it"
            )
        return None  # an older vbparse was stopped while it created the tables: nothing to lose

    def _current(self, version: int | None) -> bool:
        if version != STORE_VERSION:
            return False
        stored = self.backend.one("SELECT value FROM meta WHERE key = 'fingerprint'")
        return stored is not None and stored[0] == fingerprint()

    def _prepare(self, create: bool) -> None:
        b = self.backend
        version = self._version()
        if version is not None and version > STORE_VERSION:
            raise StoreError(
                f"{self.db}: written by a newer vbparse (store version {version}, this one reads "
                f"{STORE_VERSION}); upgrade vbparse"
            )
        if self._current(version):
            b.writable_setup()
            return
        if version is None and not create:
            raise StoreError(f"{self.db}: an empty database, not a vbparse archive")
        if b.readonly:
            raise StoreError(
                f"{self.db}: written by an older vbparse (store version {version}) and read-only here; "
                "open it once where it can be written (vbparse index --db …) to upgrade it"
            )
        b.writable_setup()
        told = False
        while True:
            try:
                with b.exclusive():  # another process may be doing the same: the second finds it done
                    version = self._version()
                    if version is None:
                        b.drop_derived()
                        for name in ("documents", "documents_old", SOURCE_TABLE, CORRECTIONS.name, "files", "meta"):
                            b.execute(f"DROP TABLE IF EXISTS {q(name)}")
                        b.create_all()
                        b.create_count_table()
                        self._stamp_layout()
                    elif self._upgradable_in_place(version):
                        b.create_correction_table()
                        b.create_count_table()
                        b.create_copies_table()
                        rebuild_copies(b)
                        b.create_effect_tables()
                        refresh_effects(b)
                        b.create_redirects_table()
                        b.create_accounts_table()
                        b.create_reminders_table()
                        b.create_sessions_table()
                        b.create_indexes()
                        self._stamp_layout()
                    elif not self._current(version):
                        self._rebuild()
                return
            except ArchiveBusy:
                # Another process holds the write lock past the busy timeout: it is upgrading the archive
                # (minutes on a large one).  Wait for it, as a lock waits, rather than give up.
                b.rollback()
                if self._current(self._version()):
                    return
                if not told:
                    log.warning("%s: another vbparse process is upgrading this archive; waiting for it", self.db)
                    told = True

    def _upgradable_in_place(self, version: int) -> bool:
        """An archive of a version whose tables this one keeps as they are (``schema.IN_PLACE_UPGRADES``)."""
        if version not in IN_PLACE_UPGRADES:
            return False
        stored = self.backend.one("SELECT value FROM meta WHERE key = 'fingerprint'")
        return stored is not None and stored[0] == STORE_FINGERPRINTS[version]

    def _stamp_layout(self) -> None:
        b = self.backend
        b.execute("DELETE FROM meta WHERE key IN ('store_version', 'fingerprint')")
        b.execute("INSERT INTO meta (key, value) VALUES ('store_version', ?)", (str(STORE_VERSION),))
        b.execute("INSERT INTO meta (key, value) VALUES ('fingerprint', ?)", (fingerprint(),))

    def rebuild(self) -> int:
        """Recreate every query table from the stored Document JSON (the migration); returns documents.

        One transaction that no other process shares: an interruption leaves the archive as it was."""
        if self.backend.readonly:
            raise StoreError(f"{self.db}: read-only; cannot rebuild it")
        with self.backend.exclusive():
            return self._rebuild()

    def _rebuild(self) -> int:
        b = self.backend
        b.drop_derived()
        if b.table_exists("documents_old"):
            b.execute("DROP TABLE documents_old")
        parser = "parser" if "parser" in b.columns("documents") else "NULL"
        b.execute("ALTER TABLE documents RENAME TO documents_old")
        b.create_all()
        n = 0
        for page in b.named_pages(
            f"SELECT id, status, path, {parser} AS parser, json FROM documents_old ORDER BY rid", size=500
        ):
            for row in page:
                rows = document_rows(Document.model_validate_json(row.json), row.id)
                storing.insert_document(b, rows, status=row.status, path=row.path, parser=row.parser)
                n += 1
        b.execute("DROP TABLE documents_old")
        b.create_indexes()  # the renamed table took the documents indexes' names with it
        b.create_count_table()  # counted once, now that every document is written again
        rebuild_copies(b)  # decided once, likewise
        refresh_effects(b)  # every task written again: every correction found again
        b.tidy_text()  # every document was just written again: the word indexes in their searchable shape
        self._stamp_layout()
        return n
