"""SQLite, the embedded default: a file (read-only when it cannot be written), FTS5 for full-text search,
and a lock file beside it for the one index run at a time."""

from __future__ import annotations

import contextlib
import fcntl
import os
import sqlite3
import urllib.parse
from pathlib import Path

from ...errors import StoreError
from ...normalize import fold
from .. import fulltext
from ..schema import COUNT_TABLE, KEY_TABLE
from . import base
from .base import ArchiveBusy, Backend, index_words, q

#: How long a writer waits for another process's write transaction before it is told who holds it.
DEFAULT_LOCK_WAIT_SECONDS = 30.0
#: An FTS5 index in more segments than this is merged into one after an index run (``tidy_text``): at
#: 100 000 documents a phrase search read 14 segments in 157 ms, one in 24 ms; the merge takes ~30 s.
DEFAULT_MAX_FTS_SEGMENTS = 4


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
        except UnicodeDecodeError:  # SQLite's message quotes the damaged schema, which Python cannot decode
            with contextlib.suppress(Exception):
                self.conn.close()
            raise StoreError(
                f"{self.path}: the archive is damaged (its schema holds bytes that are not text); restore it "
                "from a copy, or index into a new one"
            ) from None

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
        insert, delete, update = self.COUNT_TRIGGERS
        for name, event, change in (
            (insert, "INSERT", "(NEW.status = 'present')"),
            (delete, "DELETE", "-(OLD.status = 'present')"),
            (update, "UPDATE", "(NEW.status = 'present') - (OLD.status = 'present')"),
        ):
            self.execute(
                f"CREATE TRIGGER {name} AFTER {event} ON documents "
                f"BEGIN UPDATE {COUNT_TABLE} SET present = present + {change}, changes = changes + 1; END"
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
            [expr, *params, *sorted(exclude), base.RANK_WINDOW, limit],
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
