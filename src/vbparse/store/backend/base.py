"""The two databases behind an archive: SQLite (embedded default) and PostgreSQL (server).

Everything above this module writes one dialect: ``?`` placeholders, double-quoted identifiers,
``INSERT … RETURNING``, ISO dates as text (so that both backends compare and return them alike).
What differs is here: connection, DDL types, and full-text search — FTS5 in SQLite, ``tsvector`` with
GIN in PostgreSQL.  Both index the same two token streams, made in Python (``text_tokens``): the words
as written (lower case, diacritics kept) and the words folded (no diacritics, ``đ``→``d``), so a query
without diacritics finds text with them and an exact match ranks above a folded one.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import sqlite3
import urllib.parse
from collections import namedtuple
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

from ...errors import DocumentNotFound, StoreError
from ...normalize import fold, nfc, tone_key
from .. import fulltext
from ..schema import CHILD_TABLES, CORRECTIONS, COUNT_TABLE, DOCUMENTS, INDEXES, KEY_TABLE, SOURCE_TABLE, Table

_WORD = regex.compile(r"[\p{L}\p{N}]+")
#: Longer "words" (a base64 blob, a hash) are not indexed: no one searches for them, and PostgreSQL
#: refuses a tsvector word over 2 KB.
DEFAULT_MAX_WORD_CHARS = 64
#: How long a writer waits for another process's write transaction before it is told who holds it.
DEFAULT_LOCK_WAIT_SECONDS = 30.0
#: Advisory lock keys (PostgreSQL): one for a schema change, one for an index run.
_PG_SCHEMA_LOCK, _PG_RUN_LOCK = 0x7662_7061_7273_6501, 0x7662_7061_7273_6502


class ArchiveBusy(StoreError):
    """Another process holds the archive's write lock (an index run, a rebuild)."""


@lru_cache(maxsize=256)
def row_type(names: tuple[str, ...]) -> Any:
    """The named tuple of a query's columns (``row.issuer_key``); a column without a usable name (an
    expression without ``AS``, the same name twice) is an error here, not a wrong value later."""
    return namedtuple("Row", names)


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text) if len(w) <= DEFAULT_MAX_WORD_CHARS]


def text_tokens(text: str) -> list[str]:
    """Words of ``text`` in lower case, diacritics kept (NFC), tone marks placed one way (``hoá`` = ``hóa``)."""
    return _words(tone_key(nfc(text)))


def index_words(body: str) -> str:
    """The words full-text search indexes for a (parser-normalised, so already NFC) body, space-joined."""
    return " ".join(_words(tone_key(body)))


_SQL_TYPES = {
    "sqlite": {"text": "TEXT", "int": "INTEGER", "real": "REAL", "json": "TEXT", "date": "TEXT"},
    "postgres": {"text": "TEXT", "int": "BIGINT", "real": "DOUBLE PRECISION", "json": "TEXT", "date": "TEXT"},
}

#: How many of the newest matches of one ranking tier are ranked by relevance (see ``Backend.match``).
RANK_WINDOW = 200
#: An FTS5 index in more segments than this is merged into one after an index run (``tidy_text``): at
#: 100 000 documents a phrase search read 14 segments in 157 ms, one in 24 ms; the merge takes ~30 s.
DEFAULT_MAX_FTS_SEGMENTS = 4


#: A row's status changed to or from present (the triggers that keep ``COUNT_TABLE``).
_STATUS_CHANGED = "(OLD.status = 'present') <> (NEW.status = 'present')"


def q(name: str) -> str:
    return f'"{name}"'


class Backend:
    kind = ""
    #: Opened for queries only (SQLite file or folder not writable): nothing may be written.
    readonly = False

    def __init__(self) -> None:
        self.conn: Any = None

    def writable_setup(self) -> None:
        """Settings written into the database, once it is known to be an archive."""

    # --- plumbing ----------------------------------------------------------------------------------
    def sql(self, text: str) -> str:
        return text

    def execute(self, text: str, params: Iterable[Any] = ()) -> Any:
        return self.conn.execute(self.sql(text), tuple(params))

    def executemany(self, text: str, rows: list[tuple]) -> None:
        if rows:
            self.conn.cursor().executemany(self.sql(text), rows)

    def all(self, text: str, params: Iterable[Any] = ()) -> list[tuple]:
        return list(self.execute(text, params).fetchall())

    def one(self, text: str, params: Iterable[Any] = ()) -> tuple | None:
        return self.execute(text, params).fetchone()

    def named(self, text: str, params: Iterable[Any] = ()) -> list[Any]:
        """The rows with their values read by column name (``row.rid``): the names are the query's
        column names or ``AS`` aliases, the same on both databases."""
        cursor = self.execute(text, params)
        make = row_type(tuple(col[0] for col in cursor.description))
        return [make._make(r) for r in cursor.fetchall()]

    def named_pages(self, text: str, params: Iterable[Any] = (), size: int = 1000) -> Iterator[list[Any]]:
        """``named`` a page of ``size`` rows at a time, for a result too large to hold at once."""
        cursor = self.execute(text, params)
        make = row_type(tuple(col[0] for col in cursor.description))
        while page := cursor.fetchmany(size):
            yield [make._make(r) for r in page]

    def scalar(self, text: str, params: Iterable[Any] = ()) -> Any:
        """The one value of a query that always answers one row (an aggregate, a function call)."""
        row = self.one(text, params)
        if row is None:
            raise StoreError(f"no row where one is always returned: {text[:80]}")
        return row[0]

    def commit(self) -> None:
        self.conn.commit()

    def rollback(self) -> None:
        self.conn.rollback()

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def interrupt(self) -> None:
        """Stop the statement this connection is running; safe from another thread (a request past its
        deadline).  The statement fails in its own thread; the connection stays usable."""
        if self.conn is not None:
            if self.kind == "postgres":
                if hasattr(self.conn, "cancel_safe"):  # psycopg 3.2+; a server that does not answer is not waited on
                    self.conn.cancel_safe(timeout=2)
                else:
                    self.conn.cancel()
            else:
                self.conn.interrupt()

    def table_exists(self, name: str) -> bool:
        raise NotImplementedError

    def tables(self) -> list[str]:
        """Names of the tables in the database (to tell an empty database, an archive and another
        application's database apart before anything is written)."""
        raise NotImplementedError

    def columns(self, table: str) -> list[str]:
        raise NotImplementedError

    @contextlib.contextmanager
    def exclusive(self):
        """A write transaction that no other process shares (schema creation, a rebuild): committed
        whole at the end, rolled back whole on any error or interruption."""
        self._begin_exclusive()
        try:
            yield
        except BaseException:
            self.conn.rollback()
            raise
        self.conn.commit()

    def _begin_exclusive(self) -> None:
        raise NotImplementedError

    def run_lock(self) -> None:
        """Take the lock of an index run for this connection's life, or raise ``ArchiveBusy``."""
        raise NotImplementedError

    def lock_fds(self) -> tuple[int, ...]:
        """Descriptors a forked worker must close (it must not hold the archive's lock)."""
        return ()

    def savepoint(self) -> contextlib.AbstractContextManager[None]:
        """Statements that stand or fall together inside the current transaction (one document)."""
        raise NotImplementedError

    def is_fatal(self, exc: BaseException) -> bool:
        """An error no other document would escape (read-only file, full disk, lost connection)."""
        return False

    def optimize(self) -> None:
        """Refresh the planner's statistics after a large write (an index run), and tidy the word indexes
        (``tidy_text``)."""
        self.execute("PRAGMA optimize" if self.kind == "sqlite" else "ANALYZE")
        self.tidy_text()
        self.commit()

    def tidy_text(self) -> None:
        """Bring the full-text indexes into the shape searches read fastest, when writes have spread them."""

    def batch(self):
        """Statements whose results are not needed at once may be sent together (PostgreSQL pipeline)."""
        return contextlib.nullcontext()

    # --- batched writes (an index run stores a batch of documents in a few statements) ---------------
    def insert_rows(self, table: str, columns: Iterable[str], rows: list[tuple]) -> None:
        """Insert ``rows`` (values in the order of ``columns``) into ``table``: ``executemany`` here,
        COPY in PostgreSQL.  The values stored are the same either way."""
        if rows:
            columns = list(columns)
            self.executemany(
                f"INSERT INTO {q(table)} ({', '.join(q(c) for c in columns)}) VALUES ({', '.join('?' * len(columns))})",
                rows,
            )

    def add_texts(self, items: list[tuple[int, str, str]]) -> None:
        """``add_text(rid, body, words)`` for each item, in as few statements as the backend allows."""
        for rid, body, words in items:
            self.add_text(rid, body, words)

    # --- DDL -------------------------------------------------------------------------------------
    def rid_column(self) -> str:
        raise NotImplementedError

    def create_table_sql(self, table: Table) -> str:
        types = _SQL_TYPES[self.kind]
        cols = [f"{q(c.name)} {types[c.kind]}" for c in table.columns]
        if table is DOCUMENTS:
            head = [
                f"rid {self.rid_column()}",
                "id TEXT NOT NULL UNIQUE",
                "status TEXT NOT NULL",
                "path TEXT",
                "parser TEXT",
            ]
            # the JSON last: SQLite keeps the columns before a large value on the row's own page
            return f"CREATE TABLE {q(table.name)} ({', '.join(head + cols + ['json TEXT NOT NULL'])})"
        head = ["doc_rid BIGINT NOT NULL REFERENCES documents(rid) ON DELETE CASCADE", "ord INTEGER NOT NULL"]
        return f"CREATE TABLE {q(table.name)} ({', '.join(head + cols)})"

    def create_all(self) -> None:
        self.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        self.execute(
            "CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, doc_id TEXT, sha256 TEXT, "
            "size BIGINT, mtime DOUBLE PRECISION, status TEXT NOT NULL, error TEXT, indexed_at TEXT)"
        )
        self.execute(self.create_table_sql(DOCUMENTS))
        for t in CHILD_TABLES.values():
            self.execute(self.create_table_sql(t))
        self.create_text_tables()
        self.create_key_table()
        self.create_source_table()
        self.create_correction_table()
        self.create_indexes()

    def create_key_table(self) -> None:
        """``assignee_keys``: every distinct ``raw_key`` and ``person_key`` of the obligations, kept by a
        trigger on whatever inserts them; a search for words inside keys scans these, not the obligations."""
        raise NotImplementedError

    def create_source_table(self) -> None:
        """Each document's original text, which spans index (the document page shows it).  Keyed by the
        document's id, not its rid, and not derived: a rebuild renumbers rids and cannot recreate the text."""
        self.execute(f"CREATE TABLE IF NOT EXISTS {SOURCE_TABLE} (doc_id TEXT PRIMARY KEY, original TEXT NOT NULL)")

    def create_correction_table(self) -> None:
        """The archivists' corrections (``schema.CORRECTIONS``): beside the parse, never dropped by a rebuild."""
        types = _SQL_TYPES[self.kind]
        cols = [f"{q(c.name)} {types[c.kind]}" for c in CORRECTIONS.columns]
        self.execute(f"CREATE TABLE IF NOT EXISTS {q(CORRECTIONS.name)} (id {self.rid_column()}, {', '.join(cols)})")

    #: The triggers on ``documents`` that keep ``COUNT_TABLE``: a row inserted present, a present row deleted,
    #: a row's status changed to or from present.
    COUNT_TRIGGERS = ("documents_count_insert", "documents_count_delete", "documents_count_status")

    def create_count_table(self) -> None:
        """``COUNT_TABLE``, filled by one count of the present documents, then kept by triggers, so that
        reading the number (``/api/health``, the search page) costs one row however many there are.
        Called once the documents are written (a new archive, an upgrade, the end of a rebuild)."""
        self.execute(f"CREATE TABLE IF NOT EXISTS {COUNT_TABLE} (present BIGINT NOT NULL)")
        self.execute(f"DELETE FROM {COUNT_TABLE}")
        self.execute(f"INSERT INTO {COUNT_TABLE} (present) SELECT COUNT(*) FROM documents WHERE status = 'present'")
        self.drop_count_triggers()
        self.create_count_triggers()

    def create_count_triggers(self) -> None:
        raise NotImplementedError

    def drop_count_triggers(self) -> None:
        for name in self.COUNT_TRIGGERS:
            self.execute(f"DROP TRIGGER IF EXISTS {name}")

    def create_indexes(self) -> None:
        for table, cols in INDEXES:
            name = f"ix_{table}_{'_'.join(cols)}"
            self.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {q(table)} ({', '.join(q(c) for c in cols)})")

    def drop_derived(self) -> None:
        """Drop every table that is rebuilt from the stored Document JSON (all but meta and files)."""
        for t in (*CHILD_TABLES.values(),):
            self.execute(f"DROP TABLE IF EXISTS {q(t.name)}")
        self.execute(f"DROP TABLE IF EXISTS {KEY_TABLE}")
        # before ``documents`` is renamed: SQLite's triggers would follow it, keeping their names
        self.drop_count_triggers()
        self.execute(f"DROP TABLE IF EXISTS {COUNT_TABLE}")
        self.drop_text_tables()

    # --- full text ---------------------------------------------------------------------------------
    def create_text_tables(self) -> None:
        raise NotImplementedError

    def drop_text_tables(self) -> None:
        raise NotImplementedError

    def add_text(self, rid: int, body: str, words: str) -> None:
        """Index ``words`` (from ``index_words(body)``) for document ``rid`` and keep ``body`` for snippets."""
        raise NotImplementedError

    def remove_text(self, rid: int) -> None:
        raise NotImplementedError

    #: Ranking tiers, best first: (column, phrase?).  The words as a phrase with their diacritics, the
    #: phrase folded, every word with its diacritics, every word folded.  Within a tier the backend's
    #: own relevance (bm25, ts_rank) orders; the tiers make both backends agree on what comes first.
    TIERS: tuple[tuple[str, bool], ...] = (("exact", True), ("folded", True), ("exact", False), ("folded", False))

    def text_search(
        self,
        exact: list[str],
        folded: list[str],
        where: str,
        params: list[Any],
        limit: int,
        tiers: tuple[tuple[str, bool], ...] | None = None,
    ) -> list[tuple[int, float, bool]]:
        """``(rid, score, exact_match)`` of present documents matching every folded word, best first
        (``tiers``: a subset of ``TIERS``, e.g. the exact ones only for a quoted query)."""
        if not folded:
            return []
        found: list[tuple[int, float, bool]] = []
        seen: set[int] = set()
        for n, (column, phrase) in enumerate(self.TIERS):
            if tiers is not None and (column, phrase) not in tiers:
                continue
            if phrase and len(folded) < 2:
                continue
            words = exact if column == "exact" else folded
            for rid, rank in self.match(column, words, phrase, where, params, limit - len(found), seen):
                seen.add(rid)
                found.append((rid, len(self.TIERS) - n + rank / (1.0 + rank), column == "exact"))
            if len(found) >= limit:
                break
        return found

    def match(
        self, column: str, words: list[str], phrase: bool, where: str, params: list[Any], limit: int, exclude: set[int]
    ) -> list[tuple[int, float]]:
        """``(rid, relevance ≥ 0)`` of present documents whose ``column`` has ``words`` (as a phrase).

        Relevance is computed for the newest ``RANK_WINDOW`` matches only: on a large archive a common
        word matches most documents, and ranking them all would cost more than the answer is worth.
        """
        raise NotImplementedError

    def has_words(self, rids: list[int], words: list[str], column: str = "folded", phrase: bool = False) -> set[int]:
        """Which of ``rids`` contain every word of ``words`` in ``column`` (as a phrase when ``phrase``)."""
        raise NotImplementedError


class SQLiteBackend(Backend):
    kind = "sqlite"

    def __init__(self, path: str | Path, *, create: bool = True, shared: bool = False) -> None:
        """``shared``: the connection may be used from any thread, one at a time (a server's pool lends it
        to one request at a time; Python's same-thread check would refuse it)."""
        super().__init__()
        self.path = Path(path)
        self._lock_fd: int | None = None
        if self.path.is_dir():
            raise StoreError(f"{self.path}: is a directory, not a database file")
        exists = self.path.exists()
        if not exists and not create:
            raise StoreError(f"{self.path}: no archive there (vbparse index FOLDER --db {self.path} makes one)")
        folder = self.path.parent if str(self.path.parent) else Path(".")
        self.readonly = exists and not (os.access(self.path, os.W_OK) and os.access(folder, os.W_OK))
        try:
            if self.readonly:  # queries still work on a file (or a folder) the user may not write
                uri = "file:" + urllib.parse.quote(str(self.path.resolve())) + "?mode=ro"
                self.conn = sqlite3.connect(
                    uri, uri=True, timeout=DEFAULT_LOCK_WAIT_SECONDS, check_same_thread=not shared
                )
                try:
                    self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                except sqlite3.OperationalError:  # a WAL file without its -shm in a read-only folder
                    self.conn.close()
                    self.conn = sqlite3.connect(uri + "&immutable=1", uri=True, check_same_thread=not shared)
            else:
                self.conn = sqlite3.connect(
                    str(self.path), timeout=DEFAULT_LOCK_WAIT_SECONDS, check_same_thread=not shared
                )
            self.conn.execute("PRAGMA foreign_keys=ON")
            # SQLite reads the header itself: opening and closing the file here would drop every POSIX
            # lock this process holds on it (a server's other connections), and an indexer closing last
            # would then delete the -wal and -shm they still use ("database disk image is malformed").
            self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:
            with contextlib.suppress(Exception):
                self.conn.close()
            if "not a database" in str(exc):
                raise StoreError(f"{self.path}: not an SQLite database (refusing to touch it)") from None
            raise StoreError(f"{self.path}: cannot open the database ({exc})") from exc
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open the database ({exc})") from exc

    def writable_setup(self) -> None:
        """Settings written into the file: only once it is known to be ours."""
        if not self.readonly:
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")

    def tables(self) -> list[str]:
        return [
            r[0]
            for r in self.all(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]

    def columns(self, table: str) -> list[str]:
        return [r[1] for r in self.all(f"PRAGMA table_info({q(table)})")]

    def _begin_exclusive(self) -> None:
        if self.conn.in_transaction:
            self.conn.commit()
        try:
            self.conn.execute("BEGIN IMMEDIATE")  # waits for another writer up to the busy timeout
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise ArchiveBusy(
                    f"{self.path}: another vbparse process is writing this archive; try again when it has finished"
                ) from None
            raise

    def run_lock(self) -> None:
        if self._lock_fd is not None:
            return
        lock = Path(str(self.path) + "-lock")  # beside the -wal and -shm files SQLite keeps
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot write beside the archive ({exc.strerror})") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise ArchiveBusy(
                f"{self.path}: another vbparse index run is writing this archive; run this one when it has finished"
            ) from None
        self._lock_fd = fd

    def lock_fds(self) -> tuple[int, ...]:
        return () if self._lock_fd is None else (self._lock_fd,)

    @contextlib.contextmanager
    def savepoint(self):
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN")
        self.conn.execute("SAVEPOINT doc")
        try:
            yield
        except BaseException:
            # a full disk or an I/O error rolls SQLite's whole transaction back, the savepoint with it:
            # the error to report is that one, not "no such savepoint"
            if self.conn.in_transaction:
                with contextlib.suppress(sqlite3.OperationalError):
                    self.conn.execute("ROLLBACK TO doc")
                    self.conn.execute("RELEASE doc")
            raise
        self.conn.execute("RELEASE doc")

    def is_fatal(self, exc: BaseException) -> bool:
        return isinstance(exc, sqlite3.OperationalError)  # read-only, disk full, I/O error, locked

    def close(self) -> None:
        super().close()
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # after the connection: SQLite's own locks are not ours to drop
            self._lock_fd = None

    def table_exists(self, name: str) -> bool:
        return self.one("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)) is not None

    def rid_column(self) -> str:
        return "INTEGER PRIMARY KEY"

    def create_text_tables(self) -> None:
        self.execute("CREATE TABLE IF NOT EXISTS doc_text (doc_rid INTEGER PRIMARY KEY, body TEXT NOT NULL)")
        # Contentless: the words are indexed, the text is kept once, in doc_text.  The tokenizer keeps
        # diacritics (column ``exact``); the ``folded`` column gets text already folded in Python.
        # The same columns as word pairs (fulltext.sqlite_pairs): a phrase is looked up there, where its
        # common words are rare pairs.  fulltext.SQLITE_MARK is part of a token (it joins a pair's words and
        # marks the folded column's tokens).
        tokenizer = f"tokenize=\"unicode61 remove_diacritics 0 tokenchars '{fulltext.SQLITE_MARK}'\""
        for table in ("doc_fts", "doc_pairs"):
            self.execute(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS {table} USING fts5(exact, folded, content='', {tokenizer})"
            )

    def create_key_table(self) -> None:
        self.execute(f"CREATE TABLE IF NOT EXISTS {KEY_TABLE} (key TEXT PRIMARY KEY) WITHOUT ROWID")
        self.execute(
            f"CREATE TRIGGER IF NOT EXISTS obligations_keys AFTER INSERT ON obligations BEGIN "
            f"INSERT OR IGNORE INTO {KEY_TABLE} (key) SELECT NEW.raw_key WHERE NEW.raw_key IS NOT NULL; "
            f"INSERT OR IGNORE INTO {KEY_TABLE} (key) SELECT NEW.person_key WHERE NEW.person_key IS NOT NULL; "
            "END"
        )

    def create_count_triggers(self) -> None:
        insert, delete, status = self.COUNT_TRIGGERS
        for name, event, when, change in (
            (insert, "INSERT", "NEW.status = 'present'", "1"),
            (delete, "DELETE", "OLD.status = 'present'", "-1"),
            (status, "UPDATE OF status", _STATUS_CHANGED, "(NEW.status = 'present') - (OLD.status = 'present')"),
        ):
            self.execute(
                f"CREATE TRIGGER {name} AFTER {event} ON documents WHEN {when} "
                f"BEGIN UPDATE {COUNT_TABLE} SET present = present + {change}; END"
            )

    def tidy_text(self) -> None:
        # every segment of an FTS5 index is read by every search (and by bm25's count of the documents
        # with each word): past a few, they are merged into one
        for table in ("doc_fts", "doc_pairs"):
            if self.scalar(f"SELECT COUNT(DISTINCT segid) FROM {table}_idx") > DEFAULT_MAX_FTS_SEGMENTS:
                self.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")

    def drop_text_tables(self) -> None:
        self.execute("DROP TABLE IF EXISTS doc_pairs")
        self.execute("DROP TABLE IF EXISTS doc_fts")
        self.execute("DROP TABLE IF EXISTS doc_text")

    @staticmethod
    def fts_rows(rid: int, words: str) -> tuple[tuple, tuple]:
        """The values ``add_text`` writes into ``doc_fts`` and ``doc_pairs`` (rowid, exact, folded)."""
        exact, folded = words.split(), fold(words).split()
        return (
            (rid, words, " ".join(fulltext.sqlite_tokens(folded, "folded"))),
            (rid, fulltext.sqlite_pairs(exact, "exact"), fulltext.sqlite_pairs(folded, "folded")),
        )

    def add_text(self, rid: int, body: str, words: str) -> None:
        fts, pairs = self.fts_rows(rid, words)
        self.execute("INSERT INTO doc_text (doc_rid, body) VALUES (?, ?)", (rid, body))
        self.execute("INSERT INTO doc_fts (rowid, exact, folded) VALUES (?, ?, ?)", fts)
        self.execute("INSERT INTO doc_pairs (rowid, exact, folded) VALUES (?, ?, ?)", pairs)

    def remove_text(self, rid: int) -> None:
        row = self.one("SELECT body FROM doc_text WHERE doc_rid = ?", (rid,))
        if row:
            fts, pairs = self.fts_rows(rid, index_words(row[0]))
            self.execute("INSERT INTO doc_fts (doc_fts, rowid, exact, folded) VALUES ('delete', ?, ?, ?)", fts)
            self.execute("INSERT INTO doc_pairs (doc_pairs, rowid, exact, folded) VALUES ('delete', ?, ?, ?)", pairs)
            self.execute("DELETE FROM doc_text WHERE doc_rid = ?", (rid,))

    @staticmethod
    def _expr(column: str, words: list[str], phrase: bool) -> tuple[str, str]:
        """(FTS5 table, MATCH expression): a phrase of two or more words is the phrase of its pairs."""
        if phrase and len(words) > 1:
            return "doc_pairs", f"{column} : {fulltext.sqlite_pair_phrase(words, column)}"
        tokens = fulltext.sqlite_tokens(words, column)
        return "doc_fts", f"{column} : ({' AND '.join(_fts_quote(w) for w in tokens)})"

    def match(self, column, words, phrase, where, params, limit, exclude):
        table, expr = self._expr(column, words, phrase)
        skip = f" AND f.rowid NOT IN ({','.join('?' * len(exclude))})" if exclude else ""
        # FTS5 returns the newest matches first (ORDER BY rowid DESC) and stops at the window
        rows = self.all(
            f"SELECT rid, r FROM (SELECT f.rowid AS rid, -bm25({table}) AS r FROM {table} f "
            f"JOIN documents d ON d.rid = f.rowid WHERE {table} MATCH ? AND d.status = 'present'{where}{skip} "
            "ORDER BY f.rowid DESC LIMIT ?) ORDER BY r DESC, rid DESC LIMIT ?",
            [expr, *params, *sorted(exclude), RANK_WINDOW, limit],
        )
        return [(rid, max(0.0, r)) for rid, r in rows]

    def has_words(self, rids, words, column="folded", phrase=False):
        marks = ",".join("?" * len(rids))
        table, expr = self._expr(column, words, phrase)
        return {
            r[0]
            for r in self.all(f"SELECT rowid FROM {table} WHERE {table} MATCH ? AND rowid IN ({marks})", [expr, *rids])
        }


def _fts_quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


class PostgresBackend(Backend):
    kind = "postgres"

    def __init__(self, url: str) -> None:
        super().__init__()
        try:
            import psycopg
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise StoreError("PostgreSQL needs psycopg: pip install 'vbparse[postgres]'") from exc
        self.url = url
        self.readonly = False
        self._savepoints = 0
        try:
            self.conn = psycopg.connect(url, connect_timeout=10)
        except psycopg.Error as exc:
            raise StoreError(f"{_redact(url)}: cannot connect to PostgreSQL ({str(exc).strip()})") from exc
        # The queries here read a few pages each: starting parallel workers for one (the planner does when it
        # cannot tell how rare a word is) costs more than the query, 5-7 ms of a word no document has.
        self.conn.execute("SET max_parallel_workers_per_gather = 0")
        if self.conn.info.server_version >= 120000:
            # psycopg prepares a statement it has run five times, and PostgreSQL may then plan it once for
            # any value: for "any assignee" a sequential scan that hopes to meet one soon, which reads every
            # obligation when no one has that name.  Each statement is planned with its own values.
            self.conn.execute("SET plan_cache_mode = force_custom_plan")
        self.conn.commit()

    def writable_setup(self) -> None:
        pass

    def tables(self) -> list[str]:
        return [
            r[0]
            for r in self.all(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = current_schema() ORDER BY table_name"
            )
        ]

    def columns(self, table: str) -> list[str]:
        return [
            r[0]
            for r in self.all(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = "
                "current_schema() AND table_name = ? ORDER BY ordinal_position",
                (table,),
            )
        ]

    def _begin_exclusive(self) -> None:
        self.conn.commit()
        self.execute("SELECT pg_advisory_xact_lock(?)", (_PG_SCHEMA_LOCK,))  # released at commit/rollback

    def run_lock(self) -> None:
        if not self.scalar("SELECT pg_try_advisory_lock(?)", (_PG_RUN_LOCK,)):
            raise ArchiveBusy(
                f"{_redact(self.url)}: another vbparse index run is writing this archive; "
                "run this one when it has finished"
            )
        self.conn.commit()  # the session lock stays; the transaction that took it need not

    @contextlib.contextmanager
    def savepoint(self):
        self._savepoints += 1
        try:
            with self.conn.transaction():
                yield
        finally:
            self._savepoints -= 1

    def is_fatal(self, exc: BaseException) -> bool:
        import psycopg

        return isinstance(exc, psycopg.OperationalError)

    def sql(self, text: str) -> str:
        return text.replace("?", "%s")

    def execute(self, text: str, params: Iterable[Any] = ()) -> Any:
        import psycopg

        try:
            return self.conn.execute(self.sql(text), tuple(params))
        except psycopg.Error:
            if not self._savepoints:  # inside one, the savepoint is rolled back, not the whole run
                self.conn.rollback()  # an aborted transaction would refuse every later statement
            raise

    def executemany(self, text: str, rows: list[tuple]) -> None:
        if rows:
            with self.conn.cursor() as cur:
                cur.executemany(self.sql(text), rows)

    def table_exists(self, name: str) -> bool:
        return bool(self.scalar("SELECT to_regclass(?) IS NOT NULL", (name,)))

    def batch(self):
        return self.conn.pipeline()

    def insert_rows(self, table: str, columns: Iterable[str], rows: list[tuple]) -> None:
        if rows:
            names = ", ".join(q(c) for c in columns)
            with self.conn.cursor() as cur, cur.copy(f"COPY {q(table)} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)

    def add_texts(self, items: list[tuple[int, str, str]]) -> None:
        self.insert_rows("doc_text", self.TEXT_COLUMNS, [self.text_row(rid, body, words) for rid, body, words in items])

    def rid_column(self) -> str:
        return "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"

    def create_text_tables(self) -> None:
        self.execute(
            "CREATE TABLE IF NOT EXISTS doc_text (doc_rid BIGINT PRIMARY KEY REFERENCES documents(rid) "
            "ON DELETE CASCADE, body TEXT NOT NULL, exact tsvector NOT NULL, folded tsvector NOT NULL, "
            "pairs tsvector NOT NULL)"
        )
        # one index for the three: a search's words and its pairs and buckets are intersected inside it
        self.execute("CREATE INDEX IF NOT EXISTS ix_doc_text_search ON doc_text USING GIN (exact, folded, pairs)")

    def drop_text_tables(self) -> None:
        self.execute("DROP TABLE IF EXISTS doc_text")

    def tidy_text(self) -> None:
        # the GIN index's pending list (new entries not yet sorted in) is read whole by every search
        self.execute("SELECT gin_clean_pending_list(?::regclass)", ("ix_doc_text_search",))

    def create_key_table(self) -> None:
        # once per statement, over all its rows (an index run's COPY of a batch is one statement)
        self.execute(f"CREATE TABLE IF NOT EXISTS {KEY_TABLE} (key TEXT PRIMARY KEY)")
        self.execute(
            "CREATE OR REPLACE FUNCTION vbparse_assignee_keys() RETURNS trigger LANGUAGE plpgsql AS $f$ "
            f"BEGIN INSERT INTO {KEY_TABLE} (key) SELECT k FROM (SELECT raw_key FROM new_rows UNION "
            "SELECT person_key FROM new_rows) s (k) WHERE k IS NOT NULL ON CONFLICT DO NOTHING; "
            "RETURN NULL; END $f$"
        )
        self.execute("DROP TRIGGER IF EXISTS obligations_keys ON obligations")
        self.execute(
            "CREATE TRIGGER obligations_keys AFTER INSERT ON obligations REFERENCING NEW TABLE AS new_rows "
            "FOR EACH STATEMENT EXECUTE PROCEDURE vbparse_assignee_keys()"
        )

    def create_count_triggers(self) -> None:
        # row triggers, as SQLite's: WHEN leaves out the rows that do not change the number
        self.execute(
            "CREATE OR REPLACE FUNCTION vbparse_count_present() RETURNS trigger LANGUAGE plpgsql AS $f$ "
            f"BEGIN UPDATE {COUNT_TABLE} SET present = present + CASE WHEN TG_OP = 'DELETE' THEN -1 "
            "WHEN TG_OP = 'UPDATE' AND NEW.status <> 'present' THEN -1 ELSE 1 END; RETURN NULL; END $f$"
        )
        insert, delete, status = self.COUNT_TRIGGERS
        for name, event, when in (
            (insert, "INSERT", "NEW.status = 'present'"),
            (delete, "DELETE", "OLD.status = 'present'"),
            (status, "UPDATE OF status", _STATUS_CHANGED),
        ):
            self.execute(
                f"CREATE TRIGGER {name} AFTER {event} ON documents FOR EACH ROW WHEN ({when}) "
                "EXECUTE PROCEDURE vbparse_count_present()"
            )

    def drop_count_triggers(self) -> None:
        for name in self.COUNT_TRIGGERS:
            self.execute(f"DROP TRIGGER IF EXISTS {name} ON documents")

    def fill_key_table(self) -> None:
        """What the trigger would have written, for rows loaded with triggers off (a bulk loader)."""
        self.execute(
            f"INSERT INTO {KEY_TABLE} (key) SELECT k FROM (SELECT raw_key FROM obligations UNION "
            "SELECT person_key FROM obligations) s (k) WHERE k IS NOT NULL ON CONFLICT DO NOTHING"
        )

    #: The columns of ``doc_text`` that ``add_text`` fills, in the order of ``text_row`` (a bulk loader's COPY).
    TEXT_COLUMNS = ("doc_rid", "body", "exact", "folded", "pairs")

    def text_row(self, rid: int, body: str, words: str) -> tuple:
        """The values of ``TEXT_COLUMNS`` for one document (tsvector columns as their text literal)."""
        exact, folded, pairs = fulltext.pg_text_values(words)
        return (rid, body, exact, folded, f"{pairs} {fulltext.bucket_literal(rid)}")

    def add_text(self, rid: int, body: str, words: str) -> None:
        self.execute(
            "INSERT INTO doc_text (doc_rid, body, exact, folded, pairs) "
            "VALUES (?, ?, ?::tsvector, ?::tsvector, ?::tsvector)",
            self.text_row(rid, body, words),
        )

    def remove_text(self, rid: int) -> None:
        self.execute("DELETE FROM doc_text WHERE doc_rid = ?", (rid,))

    def match(self, column, words, phrase, where, params, limit, exclude):
        rids = self._newest(column, words, phrase, where, params, exclude)
        if not rids:
            return []
        query = (" <-> " if phrase else " & ").join(f"'{w}'" for w in words)
        rows = self.all(
            f"SELECT doc_rid, ts_rank({column}, ?::tsquery) FROM doc_text WHERE doc_rid = ANY(?)", [query, rids]
        )
        ranked = sorted(((float(rank), rid) for rid, rank in rows), reverse=True)  # best first, then newest
        return [(rid, rank) for rank, rid in ranked[:limit]]

    def _newest(self, column, words, phrase, where, params, exclude) -> list[int]:
        """The newest ``RANK_WINDOW`` present documents matching, newest first, read bucket by bucket.

        Each round asks the GIN index for the words (as a conjunction: no position is read) and, in the
        pairs column, the round's buckets and a phrase's pairs; only then is a phrase checked on its
        positions (``ts_match_vq``, not ``@@``: kept out of the index scan, whose recheck would read every
        column of every candidate).  ``ORDER BY … + 0``: the planner must not walk the primary key
        backwards hoping to meet matches soon (it would read every document for a word no one has)."""
        top = self.scalar("SELECT MAX(doc_rid) FROM doc_text")
        if top is None:
            return []
        words_q = " & ".join(f"'{w}'" for w in words)
        pairs_q = fulltext.pg_pairs_query(words) if phrase else None
        check = (
            (f" AND ts_match_vq(t.{column}, ?::tsquery)", [" <-> ".join(f"'{w}'" for w in words)])
            if phrase
            else ("", [])
        )
        skip = f" AND t.doc_rid NOT IN ({','.join('?' * len(exclude))})" if exclude else ""
        sql = (
            f"SELECT t.doc_rid FROM doc_text t JOIN documents d ON d.rid = t.doc_rid "
            f"WHERE t.{column} @@ ?::tsquery {{narrow}}{check[0]} AND d.status = 'present'{where}{skip} "
            "ORDER BY t.doc_rid + 0 DESC LIMIT ?"
        )
        found: list[int] = []
        bucket = fulltext.bucket_of(top)
        size: int | None = 1  # buckets read in the next round; None: all the older ones at once
        narrow: tuple[str, list[Any]]
        while bucket >= 0:
            if size is None:  # the rest: everything older than the buckets read so far
                rest = (bucket + 1) * fulltext.DEFAULT_BUCKET
                narrow = (
                    ("AND t.doc_rid < ? AND t.pairs @@ ?::tsquery", [rest, pairs_q])
                    if pairs_q
                    else ("AND t.doc_rid < ?", [rest])
                )
            else:
                buckets = fulltext.pg_buckets_query(bucket, max(0, bucket - size + 1))
                narrow = ("AND t.pairs @@ ?::tsquery", [f"{pairs_q} & {buckets}" if pairs_q else buckets])
            found += [
                r[0]
                for r in self.all(
                    sql.format(narrow=narrow[0]),
                    [words_q, *narrow[1], *check[1], *params, *sorted(exclude), RANK_WINDOW - len(found)],
                )
            ]
            if len(found) >= RANK_WINDOW or size is None:
                break
            bucket -= size
            size = fulltext.next_round(len(found), fulltext.bucket_of(top) - bucket, RANK_WINDOW - len(found), size)
        return found

    def has_words(self, rids, words, column="folded", phrase=False):
        # ts_match_vq, not @@: these few documents are read by their key, never by the word index (whose
        # candidates for a phrase of common words are most documents)
        query = (" <-> " if phrase else " & ").join(f"'{w}'" for w in words)
        return {
            r[0]
            for r in self.all(
                f"SELECT doc_rid FROM doc_text WHERE doc_rid = ANY(?) AND ts_match_vq({column}, ?::tsquery)",
                [list(rids), query],
            )
        }


def _redact(url: str) -> str:
    return regex.sub(r"(//[^:/@]+:)[^@]*@", r"\1***@", url)


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
