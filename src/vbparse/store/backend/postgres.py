"""PostgreSQL, the server: ``tsvector`` columns with GIN indexes for full-text search (read bucket by
bucket, ``fulltext``), advisory locks for a schema change and for the one index run at a time."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from typing import Any

import regex

from ...errors import StoreError
from .. import fulltext
from ..schema import COUNT_TABLE, KEY_TABLE
from . import base
from .base import ArchiveBusy, Backend, q

#: Advisory lock keys (PostgreSQL): one for a schema change, one for an index run.
_PG_SCHEMA_LOCK, _PG_RUN_LOCK = 0x7662_7061_7273_6501, 0x7662_7061_7273_6502


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
        # row triggers, as SQLite's; NEW and OLD are read only where the operation has them
        self.execute(
            "CREATE OR REPLACE FUNCTION vbparse_count_present() RETURNS trigger LANGUAGE plpgsql AS $f$ "
            "DECLARE d integer := 0; BEGIN "
            "IF TG_OP <> 'DELETE' THEN IF NEW.status = 'present' THEN d := d + 1; END IF; END IF; "
            "IF TG_OP <> 'INSERT' THEN IF OLD.status = 'present' THEN d := d - 1; END IF; END IF; "
            f"UPDATE {COUNT_TABLE} SET present = present + d, changes = changes + 1; RETURN NULL; END $f$"
        )
        insert, delete, update = self.COUNT_TRIGGERS
        for name, event in ((insert, "INSERT"), (delete, "DELETE"), (update, "UPDATE")):
            self.execute(
                f"CREATE TRIGGER {name} AFTER {event} ON documents FOR EACH ROW EXECUTE PROCEDURE vbparse_count_present()"
            )

    def drop_count_triggers(self) -> None:
        for name in (*self.COUNT_TRIGGERS, *self.OLD_COUNT_TRIGGERS):
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
                    [words_q, *narrow[1], *check[1], *params, *sorted(exclude), base.RANK_WINDOW - len(found)],
                )
            ]
            if len(found) >= base.RANK_WINDOW or size is None:
                break
            bucket -= size
            size = fulltext.next_round(
                len(found), fulltext.bucket_of(top) - bucket, base.RANK_WINDOW - len(found), size
            )
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
