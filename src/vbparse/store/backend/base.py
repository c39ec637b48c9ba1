"""What both databases share: one dialect written by everything above (``?`` placeholders, double-quoted
identifiers, ``INSERT … RETURNING``, ISO dates as text), the DDL derived from ``schema``, the words
full-text search indexes (``text_tokens``, ``index_words``), and ``Backend``, whose methods the two
backends (``sqlite``, ``postgres``) override where they differ."""

from __future__ import annotations

import contextlib
import math
import time
from collections import namedtuple
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from ...errors import StoreError
from ...normalize import nfc, tone_key
from ...pattern_cache import compiled
from ..schema import (
    ACCOUNTS_TABLE,
    CHILD_TABLES,
    COPIES_TABLE,
    CORRECTIONS,
    COUNT_TABLE,
    DOCUMENTS,
    EFFECTS_TABLE,
    INDEXES,
    KEY_TABLE,
    OLD_INDEXES,
    PARTIAL_INDEXES,
    REDIRECTS_TABLE,
    REMINDERS_TABLE,
    SESSIONS_TABLE,
    SOURCE_TABLE,
    STATUS_TABLE,
    Table,
)

_WORD = compiled(r"[\p{L}\p{N}]+")
#: Longer "words" (a base64 blob, a hash) are not indexed: no one searches for them, and PostgreSQL
#: refuses a tsvector word over 2 KB.
DEFAULT_MAX_WORD_CHARS = 64


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


def q(name: str) -> str:
    return f'"{name}"'


#: Values bound in one ``IN (…)`` list at most (``chunks``, ``Backend.all_in``).
DEFAULT_IN_VALUES = 500


def chunks(values: list, size: int = DEFAULT_IN_VALUES) -> Iterator[list]:
    """``values`` a few hundred at a time: one statement each."""
    for i in range(0, len(values), size):
        yield values[i : i + size]


class DeadlinePassed(StoreError):
    """The request this connection serves ran past its deadline: the work between statements stops too."""


class Backend:
    kind = ""
    #: Opened for queries only (SQLite file or folder not writable): nothing may be written.
    readonly = False
    #: When the request this connection is lent to must end (``time.monotonic``; a web pool sets it per
    #: request): ``check_deadline`` stops Python work between statements, as a statement timeout stops a query.
    deadline = math.inf

    def check_deadline(self) -> None:
        """Raise ``DeadlinePassed`` once ``deadline`` is past (called in loops of rows and corrections)."""
        if self.deadline != math.inf and time.monotonic() > self.deadline:
            raise DeadlinePassed("the request ran past its deadline and its work was stopped")

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

    def all_in(self, text: str, values: list) -> list[tuple]:
        """Rows of ``text`` (with one ``IN ({})``) for every value, a statement per ``chunks`` of them."""
        out: list[tuple] = []
        for part in chunks(values):
            out += self.all(text.format(",".join("?" * len(part))), part)
        return out

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
        self.create_copies_table()
        self.create_effect_tables()
        self.create_redirects_table()
        self.create_accounts_table()
        self.create_reminders_table()
        self.create_sessions_table()
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
        """The archivists' corrections (``schema.CORRECTIONS``): beside the parse, never dropped by a rebuild.
        A table of an older layout gets the columns added since (empty in its rows: ``account``)."""
        types = _SQL_TYPES[self.kind]
        cols = [f"{q(c.name)} {types[c.kind]}" for c in CORRECTIONS.columns]
        self.execute(f"CREATE TABLE IF NOT EXISTS {q(CORRECTIONS.name)} (id {self.rid_column()}, {', '.join(cols)})")
        present = set(self.columns(CORRECTIONS.name))
        for c in CORRECTIONS.columns:
            if c.name not in present:
                self.execute(f"ALTER TABLE {q(CORRECTIONS.name)} ADD COLUMN {q(c.name)} {types[c.kind]}")

    def create_accounts_table(self) -> None:
        """``ACCOUNTS_TABLE`` (``store.accounts``): who may sign in, with the hash of their password; not derived
        from the documents, so never dropped by a rebuild."""
        self.execute(
            f"CREATE TABLE IF NOT EXISTS {ACCOUNTS_TABLE} (name TEXT PRIMARY KEY, display TEXT NOT NULL, "
            "role TEXT NOT NULL, unit TEXT, password_hash TEXT NOT NULL, created TEXT NOT NULL, "
            "disabled INTEGER NOT NULL DEFAULT 0, email TEXT)"
        )
        if "email" not in self.columns(ACCOUNTS_TABLE):  # a table of version 15: its accounts have no address yet
            self.execute(f"ALTER TABLE {ACCOUNTS_TABLE} ADD COLUMN email TEXT")

    def create_reminders_table(self) -> None:
        """``REMINDERS_TABLE`` (``store.reminders``): the e-mail reminders sent, one row per address, day and set
        of tasks; not derived from the documents, so never dropped by a rebuild."""
        self.execute(
            f"CREATE TABLE IF NOT EXISTS {REMINDERS_TABLE} (address TEXT NOT NULL, day TEXT NOT NULL, "
            "tasks_key TEXT NOT NULL, unit TEXT, tasks INTEGER NOT NULL, sent_at TEXT NOT NULL, "
            "PRIMARY KEY (address, day, tasks_key))"
        )

    def create_sessions_table(self) -> None:
        """``SESSIONS_TABLE`` (``store.sessions``): the sign-ins that stand, by a digest of their id (a copy of the
        archive gives no usable cookie), indexed by account (a new password ends them all); never rebuilt."""
        self.execute(
            f"CREATE TABLE IF NOT EXISTS {SESSIONS_TABLE} (id TEXT PRIMARY KEY, account TEXT NOT NULL, "
            "generation TEXT NOT NULL, created TEXT NOT NULL, expires TEXT NOT NULL)"
        )
        self.execute(f"CREATE INDEX IF NOT EXISTS {SESSIONS_TABLE}_account ON {SESSIONS_TABLE} (account)")

    def create_copies_table(self) -> None:
        """``COPIES_TABLE`` (``store.copies``), each key indexed: a write finds the documents sharing its keys,
        a task query the copies, by index."""
        self.execute(
            f"CREATE TABLE IF NOT EXISTS {COPIES_TABLE} (doc_id TEXT PRIMARY KEY, number_group TEXT, "
            "title_group TEXT, copy_of TEXT, reason TEXT)"
        )
        for col in ("number_group", "title_group", "copy_of"):
            self.execute(f"CREATE INDEX IF NOT EXISTS ix_{COPIES_TABLE}_{col} ON {COPIES_TABLE} ({col})")

    def create_redirects_table(self) -> None:
        """``REDIRECTS_TABLE``: not derived from the documents, so never dropped by a rebuild."""
        self.execute(
            f"CREATE TABLE IF NOT EXISTS {REDIRECTS_TABLE} (old_id TEXT PRIMARY KEY, new_id TEXT NOT NULL, at TEXT)"
        )
        self.execute(f"CREATE INDEX IF NOT EXISTS ix_{REDIRECTS_TABLE}_new_id ON {REDIRECTS_TABLE} (new_id)")

    def create_effect_tables(self) -> None:
        """``EFFECTS_TABLE`` and ``STATUS_TABLE`` (``store.corrections.refresh_effects``), indexed by what task
        queries match, and the corrections by what a write looks them up by (document, file)."""
        self.execute(
            f"CREATE TABLE IF NOT EXISTS {EFFECTS_TABLE} (doc_rid BIGINT NOT NULL, ord BIGINT NOT NULL, "
            "doc_id TEXT NOT NULL, ref TEXT NOT NULL, added BIGINT, not_task INTEGER NOT NULL, assignee_key TEXT, "
            "place_key TEXT, person_key TEXT, raw_key TEXT, due_sort TEXT, role TEXT, assignee_area_key TEXT, "
            "assignee_members TEXT, doc_date_sort TEXT, progress TEXT, effect TEXT NOT NULL, PRIMARY KEY (doc_rid, ord))"
        )
        for col in ("assignee_key", "person_key", "raw_key", "due_sort"):
            self.execute(f"CREATE INDEX IF NOT EXISTS ix_{EFFECTS_TABLE}_{col} ON {EFFECTS_TABLE} ({col})")
        self.execute(
            f"CREATE TABLE IF NOT EXISTS {STATUS_TABLE} (correction_id BIGINT PRIMARY KEY, status TEXT NOT NULL, "
            "reason TEXT, doc_rid BIGINT, ord BIGINT)"
        )
        self.execute(f"CREATE INDEX IF NOT EXISTS ix_{STATUS_TABLE}_doc_rid ON {STATUS_TABLE} (doc_rid)")
        for col in ("doc_id", "path", "added"):
            self.execute(f"CREATE INDEX IF NOT EXISTS ix_{CORRECTIONS.name}_{col} ON {q(CORRECTIONS.name)} ({q(col)})")

    #: The triggers on ``documents`` that keep ``COUNT_TABLE``: on a row inserted, deleted or updated.
    COUNT_TRIGGERS = ("documents_count_insert", "documents_count_delete", "documents_count_update")
    #: Triggers of older versions, dropped with them (version 9 counted only a status change).
    OLD_COUNT_TRIGGERS = ("documents_count_status",)

    def create_count_table(self) -> None:
        """``COUNT_TABLE``, filled by one count of the present documents, then kept by triggers, so that
        reading the number (``/api/health``, the search page) costs one row however many there are; and
        ``changes``, a number that every write to ``documents`` moves on, so that what is derived from
        the present documents (``store.copies``) knows when to be found again.  It starts from the clock
        (in microseconds), so that an archive rebuilt under a running server does not come back to a
        number the server has already seen.  Called once the documents are written (a new archive, an
        upgrade, the end of a rebuild)."""
        self.drop_count_triggers()
        self.execute(f"DROP TABLE IF EXISTS {COUNT_TABLE}")  # version 9's had no ``changes``
        self.execute(f"CREATE TABLE {COUNT_TABLE} (present BIGINT NOT NULL, changes BIGINT NOT NULL)")
        self.execute(
            f"INSERT INTO {COUNT_TABLE} (present, changes) SELECT COUNT(*), ? FROM documents WHERE status = 'present'",
            (time.time_ns() // 1000,),
        )
        self.create_count_triggers()

    def create_count_triggers(self) -> None:
        raise NotImplementedError

    def drop_count_triggers(self) -> None:
        for name in (*self.COUNT_TRIGGERS, *self.OLD_COUNT_TRIGGERS):
            self.execute(f"DROP TRIGGER IF EXISTS {name}")

    def create_indexes(self) -> None:
        for name in OLD_INDEXES:
            self.execute(f"DROP INDEX IF EXISTS {name}")
        for table, cols in INDEXES:
            name = f"ix_{table}_{'_'.join(cols)}"
            self.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {q(table)} ({', '.join(q(c) for c in cols)})")
        for table, cols, where in PARTIAL_INDEXES:
            name = f"px_{table}_{'_'.join(cols)}"
            self.execute(
                f"CREATE INDEX IF NOT EXISTS {name} ON {q(table)} ({', '.join(q(c) for c in cols)}) WHERE {where}"
            )

    def drop_derived(self) -> None:
        """Drop every table that is rebuilt from the stored Document JSON (all but meta and files)."""
        for t in (*CHILD_TABLES.values(),):
            self.execute(f"DROP TABLE IF EXISTS {q(t.name)}")
        self.execute(f"DROP TABLE IF EXISTS {KEY_TABLE}")
        self.execute(f"DROP TABLE IF EXISTS {COPIES_TABLE}")
        self.execute(f"DROP TABLE IF EXISTS {EFFECTS_TABLE}")
        self.execute(f"DROP TABLE IF EXISTS {STATUS_TABLE}")
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
