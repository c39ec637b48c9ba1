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
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable

import regex

from ..normalize import fold, nfc, tone_key
from .schema import CHILD_TABLES, DOCUMENTS, INDEXES, SOURCE_TABLE, Table

_WORD = regex.compile(r"[\p{L}\p{N}]+")
#: Longer "words" (a base64 blob, a hash) are not indexed: no one searches for them, and PostgreSQL
#: refuses a tsvector word over 2 KB.
DEFAULT_MAX_WORD_CHARS = 64
#: PostgreSQL's limit for one tsvector is 1 MB; the words beyond this many bytes are not indexed.
DEFAULT_MAX_TSVECTOR_BYTES = 900_000
#: How long a writer waits for another process's write transaction before it is told who holds it.
DEFAULT_LOCK_WAIT_SECONDS = 30.0
#: Advisory lock keys (PostgreSQL): one for a schema change, one for an index run.
_PG_SCHEMA_LOCK, _PG_RUN_LOCK = 0x7662_7061_7273_6501, 0x7662_7061_7273_6502


class StoreError(Exception):
    """The database cannot be opened or used; the message says which and why."""


class ArchiveBusy(StoreError):
    """Another process holds the archive's write lock (an index run, a rebuild)."""


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
        """Refresh the planner's statistics after a large write (an index run)."""
        self.execute("PRAGMA optimize" if self.kind == "sqlite" else "ANALYZE")
        self.commit()

    def batch(self):
        """Statements whose results are not needed at once may be sent together (PostgreSQL pipeline)."""
        return contextlib.nullcontext()

    # --- DDL -------------------------------------------------------------------------------------
    def rid_column(self) -> str:
        raise NotImplementedError

    def create_table_sql(self, table: Table) -> str:
        types = _SQL_TYPES[self.kind]
        cols = [f"{q(c.name)} {types[c.kind]}" for c in table.columns]
        if table is DOCUMENTS:
            head = [f"rid {self.rid_column()}", "id TEXT NOT NULL UNIQUE", "status TEXT NOT NULL", "path TEXT",
                    "parser TEXT"]
            # the JSON last: SQLite keeps the columns before a large value on the row's own page
            return f"CREATE TABLE {q(table.name)} ({', '.join(head + cols + ['json TEXT NOT NULL'])})"
        head = ["doc_rid BIGINT NOT NULL REFERENCES documents(rid) ON DELETE CASCADE", "ord INTEGER NOT NULL"]
        return f"CREATE TABLE {q(table.name)} ({', '.join(head + cols)})"

    def create_all(self) -> None:
        self.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        self.execute("CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, doc_id TEXT, sha256 TEXT, "
                     "size BIGINT, mtime DOUBLE PRECISION, status TEXT NOT NULL, error TEXT, indexed_at TEXT)")
        self.execute(self.create_table_sql(DOCUMENTS))
        for t in CHILD_TABLES.values():
            self.execute(self.create_table_sql(t))
        self.create_text_tables()
        self.create_source_table()
        self.create_indexes()

    def create_source_table(self) -> None:
        """Each document's original text, which spans index (the document page shows it).  Keyed by the
        document's id, not its rid, and not derived: a rebuild renumbers rids and cannot recreate the text."""
        self.execute(f"CREATE TABLE IF NOT EXISTS {SOURCE_TABLE} (doc_id TEXT PRIMARY KEY, original TEXT NOT NULL)")

    def create_indexes(self) -> None:
        for table, cols in INDEXES:
            name = f"ix_{table}_{'_'.join(cols)}"
            self.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {q(table)} ({', '.join(q(c) for c in cols)})")

    def drop_derived(self) -> None:
        """Drop every table that is rebuilt from the stored Document JSON (all but meta and files)."""
        for t in (*CHILD_TABLES.values(),):
            self.execute(f"DROP TABLE IF EXISTS {q(t.name)}")
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

    def text_search(self, exact: list[str], folded: list[str], where: str, params: list[Any],
                    limit: int, tiers: tuple[tuple[str, bool], ...] | None = None) -> list[tuple[int, float, bool]]:
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

    def match(self, column: str, words: list[str], phrase: bool, where: str, params: list[Any], limit: int,
              exclude: set[int]) -> list[tuple[int, float]]:
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
        if exists and self.path.stat().st_size >= 16:
            with open(self.path, "rb") as fh:
                if fh.read(16) != b"SQLite format 3\x00":
                    raise StoreError(f"{self.path}: not an SQLite database (refusing to touch it)")
        folder = self.path.parent if str(self.path.parent) else Path(".")
        self.readonly = exists and not (os.access(self.path, os.W_OK) and os.access(folder, os.W_OK))
        try:
            if self.readonly:  # queries still work on a file (or a folder) the user may not write
                uri = "file:" + urllib.parse.quote(str(self.path.resolve())) + "?mode=ro"
                self.conn = sqlite3.connect(uri, uri=True, timeout=DEFAULT_LOCK_WAIT_SECONDS,
                                            check_same_thread=not shared)
                try:
                    self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                except sqlite3.OperationalError:  # a WAL file without its -shm in a read-only folder
                    self.conn.close()
                    self.conn = sqlite3.connect(uri + "&immutable=1", uri=True, check_same_thread=not shared)
            else:
                self.conn = sqlite3.connect(str(self.path), timeout=DEFAULT_LOCK_WAIT_SECONDS,
                                            check_same_thread=not shared)
            self.conn.execute("PRAGMA foreign_keys=ON")
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open the database ({exc})") from exc

    def writable_setup(self) -> None:
        """Settings written into the file: only once it is known to be ours."""
        if not self.readonly:
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")

    def tables(self) -> list[str]:
        return [r[0] for r in self.all("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                                       "AND name NOT LIKE 'sqlite_%' ORDER BY name")]

    def columns(self, table: str) -> list[str]:
        return [r[1] for r in self.all(f"PRAGMA table_info({q(table)})")]

    def _begin_exclusive(self) -> None:
        if self.conn.in_transaction:
            self.conn.commit()
        try:
            self.conn.execute("BEGIN IMMEDIATE")  # waits for another writer up to the busy timeout
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise ArchiveBusy(f"{self.path}: another vbparse process is writing this archive; "
                                  "try again when it has finished") from None
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
            raise ArchiveBusy(f"{self.path}: another vbparse index run is writing this archive; "
                              "run this one when it has finished") from None
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
        self.execute("CREATE VIRTUAL TABLE IF NOT EXISTS doc_fts USING fts5(exact, folded, content='', "
                     "tokenize='unicode61 remove_diacritics 0')")

    def drop_text_tables(self) -> None:
        self.execute("DROP TABLE IF EXISTS doc_fts")
        self.execute("DROP TABLE IF EXISTS doc_text")

    def add_text(self, rid: int, body: str, words: str) -> None:
        self.execute("INSERT INTO doc_text (doc_rid, body) VALUES (?, ?)", (rid, body))
        self.execute("INSERT INTO doc_fts (rowid, exact, folded) VALUES (?, ?, ?)", (rid, words, fold(words)))

    def remove_text(self, rid: int) -> None:
        row = self.one("SELECT body FROM doc_text WHERE doc_rid = ?", (rid,))
        if row:
            words = index_words(row[0])
            self.execute("INSERT INTO doc_fts (doc_fts, rowid, exact, folded) VALUES ('delete', ?, ?, ?)",
                         (rid, words, fold(words)))
            self.execute("DELETE FROM doc_text WHERE doc_rid = ?", (rid,))

    def match(self, column, words, phrase, where, params, limit, exclude):
        expr = (f'{column} : "{" ".join(words)}"' if phrase
                else f"{column} : ({' AND '.join(_fts_quote(w) for w in words)})")
        skip = f" AND f.rowid NOT IN ({','.join('?' * len(exclude))})" if exclude else ""
        rows = self.all(
            "SELECT rid, r FROM (SELECT f.rowid AS rid, -bm25(doc_fts) AS r FROM doc_fts f "
            f"JOIN documents d ON d.rid = f.rowid WHERE doc_fts MATCH ? AND d.status = 'present'{where}{skip} "
            "ORDER BY f.rowid DESC LIMIT ?) ORDER BY r DESC, rid DESC LIMIT ?",
            [expr, *params, *sorted(exclude), RANK_WINDOW, limit])
        return [(rid, max(0.0, r)) for rid, r in rows]

    def has_words(self, rids, words, column="folded", phrase=False):
        marks = ",".join("?" * len(rids))
        expr = (f'{column} : "{" ".join(words)}"' if phrase
                else f"{column} : ({' AND '.join(_fts_quote(w) for w in words)})")
        return {r[0] for r in self.all(
            f"SELECT rowid FROM doc_fts WHERE doc_fts MATCH ? AND rowid IN ({marks})", [expr, *rids])}


def _fts_quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _tsvector(words: list[str]) -> str:
    """A ``tsvector`` literal with positions, built from our own tokens (no server locale involved).

    PostgreSQL keeps at most 256 positions per word and clamps positions to 16383; so do we.
    """
    positions: dict[str, list[str]] = defaultdict(list)
    for i, w in enumerate(words[:16383], 1):
        positions[w].append(str(i))
    out, size = [], 0
    for w, p in positions.items():
        entry = f"'{w}':{','.join(p[:256])}"
        size += len(entry.encode()) + 1
        if size > DEFAULT_MAX_TSVECTOR_BYTES:
            break
        out.append(entry)
    return " ".join(out)


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

    def writable_setup(self) -> None:
        pass

    def tables(self) -> list[str]:
        return [r[0] for r in self.all("SELECT table_name FROM information_schema.tables "
                                       "WHERE table_schema = current_schema() ORDER BY table_name")]

    def columns(self, table: str) -> list[str]:
        return [r[0] for r in self.all("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                       "current_schema() AND table_name = ? ORDER BY ordinal_position", (table,))]

    def _begin_exclusive(self) -> None:
        self.conn.commit()
        self.execute("SELECT pg_advisory_xact_lock(?)", (_PG_SCHEMA_LOCK,))  # released at commit/rollback

    def run_lock(self) -> None:
        if not self.one("SELECT pg_try_advisory_lock(?)", (_PG_RUN_LOCK,))[0]:
            raise ArchiveBusy(f"{_redact(self.url)}: another vbparse index run is writing this archive; "
                              "run this one when it has finished")
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
        return self.one("SELECT to_regclass(?) IS NOT NULL", (name,))[0]

    def batch(self):
        return self.conn.pipeline()

    def rid_column(self) -> str:
        return "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"

    def create_text_tables(self) -> None:
        self.execute("CREATE TABLE IF NOT EXISTS doc_text (doc_rid BIGINT PRIMARY KEY REFERENCES documents(rid) "
                     "ON DELETE CASCADE, body TEXT NOT NULL, exact tsvector NOT NULL, folded tsvector NOT NULL)")
        self.execute("CREATE INDEX IF NOT EXISTS ix_doc_text_folded ON doc_text USING GIN (folded)")
        self.execute("CREATE INDEX IF NOT EXISTS ix_doc_text_exact ON doc_text USING GIN (exact)")

    def drop_text_tables(self) -> None:
        self.execute("DROP TABLE IF EXISTS doc_text")

    def add_text(self, rid: int, body: str, words: str) -> None:
        exact = words.split()
        self.execute("INSERT INTO doc_text (doc_rid, body, exact, folded) VALUES (?, ?, ?::tsvector, ?::tsvector)",
                     (rid, body, _tsvector(exact), _tsvector(fold(words).split())))

    def remove_text(self, rid: int) -> None:
        self.execute("DELETE FROM doc_text WHERE doc_rid = ?", (rid,))

    def match(self, column, words, phrase, where, params, limit, exclude):
        query = (" <-> " if phrase else " & ").join(f"'{w}'" for w in words)
        skip = f" AND t.doc_rid NOT IN ({','.join('?' * len(exclude))})" if exclude else ""
        rows = self.all(
            f"SELECT rid, ts_rank(v, ?::tsquery) AS r FROM (SELECT t.doc_rid AS rid, t.{column} AS v FROM doc_text t "
            f"JOIN documents d ON d.rid = t.doc_rid WHERE t.{column} @@ ?::tsquery AND d.status = 'present'"
            f"{where}{skip} ORDER BY t.doc_rid DESC LIMIT ?) w ORDER BY r DESC, rid DESC LIMIT ?",
            [query, query, *params, *sorted(exclude), RANK_WINDOW, limit])
        return [(rid, float(r)) for rid, r in rows]

    def has_words(self, rids, words, column="folded", phrase=False):
        query = (" <-> " if phrase else " & ").join(f"'{w}'" for w in words)
        return {r[0] for r in self.all(f"SELECT doc_rid FROM doc_text WHERE doc_rid = ANY(?) AND {column} @@ ?::tsquery",
                                       [list(rids), query])}


def _redact(url: str) -> str:
    return regex.sub(r"(//[^:/@]+:)[^@]*@", r"\1***@", url)


def open_backend(db: str | Path, *, create: bool = True, shared: bool = False) -> Backend:
    """``postgresql://…`` (or ``postgres://…``) → PostgreSQL; anything else is an SQLite file path
    (created only when ``create``).  ``shared``: usable from any thread, one at a time (psycopg's
    connections always are)."""
    text = str(db)
    if text.startswith(("postgresql://", "postgres://")):
        return PostgresBackend(text)
    return SQLiteBackend(text, create=create, shared=shared)
