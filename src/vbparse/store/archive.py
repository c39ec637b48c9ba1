"""The archive: a store of parsed documents, and the questions users ask of it.

``Archive(db)`` opens (or creates) an SQLite file or a ``postgresql://`` database.  ``index`` walks
folders and parses in a process pool or on a Ray cluster (``engines``); the parsed documents are
written in batches (``writer``), each batch committed whole, so an interrupted run loses nothing
already committed and the next run resumes (files are compared by sha256).  Queries return the
pydantic result models of ``vbparse.models``.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import functools
import hashlib
import os
import signal
import string
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Self, cast

import regex

from ..models import (
    ArchivedDocument,
    Assignee,
    Document,
    DocumentSummary,
    FileRecord,
    IndexSummary,
    Obligation,
    ObligationHit,
    RefEdge,
    Reference,
    RefReport,
    SearchHit,
    SearchMatch,
    Span,
)
from ..normalize import fold, match_key, nfc, tone_key
from ..paths import display_path
from ..query import QueryError, search_query
from ..stamp import parser_stamp
from .backend import Backend, StoreError, open_backend, q, text_tokens
from .engines import Engine, LocalEngine, ParseJob
from .resolve import (
    Candidate,
    complete_issuer,
    is_partial,
    issuer_key,
    judge,
    number_key,
    resolve,
)
from .rows import LAST, DocumentRows, document_rows
from .schema import (
    CHILD_TABLES,
    DOCUMENTS,
    SOURCE_TABLE,
    STORE_VERSION,
    fingerprint,
    load_model,
)
from .walk import HIDDEN_FILE, HIDDEN_FOLDER, NOT_A_DOCUMENT, walk
from .workers import DEFAULT_FILE_TIMEOUT
from .writer import DEFAULT_BATCH_DOCS, DEFAULT_BATCH_SECONDS, Parsed, store_batch

#: Past this many assignee keys containing the words asked for, obligations are filtered by the words
#: themselves (a scan) rather than looked up key by key: such words are in most obligations anyway.
DEFAULT_MAX_KEYS = 500


class DocumentNotFound(StoreError, KeyError):
    """No archived document has that id; a KeyError too, so callers written for the bare KeyError still work."""

    def __init__(self, doc_id: str) -> None:
        super().__init__(doc_id)
        self.doc_id = doc_id

    def __str__(self) -> str:  # KeyError's own would quote the id as a repr
        return f"no archived document {self.doc_id}"


_SUMMARY_COLUMNS = (
    "d.id",
    "d.path",
    "d.status",
    "d.doc_type_code",
    "d.number_value",
    "d.issuer_name",
    "d.issued_date",
    "d.title",
)
_SUMMARY_SQL = ", ".join(_SUMMARY_COLUMNS)


def _summary(row: tuple) -> DocumentSummary:
    id_, path, status, doc_type, number, issuer, date, title = row[:8]
    return DocumentSummary(
        id=id_,
        path=path,
        status=status,
        doc_type=doc_type,
        number=number,
        issuer=issuer,
        issued_date=_dt.date.fromisoformat(date) if date else None,
        title=title,
    )


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


# --- the worker ------------------------------------------------------------------------------------


def _parse_one(
    path: str, sha: str, ocr: str, searchable: Path | None = None, timeout: float | None = None
) -> tuple[str, str, str, Any]:
    """Parse one file into rows; a failure becomes its one-line reason, never an exception.

    With ``searchable`` (a folder), a scan is also written there with its recognised text layer; the
    payload is then ``(rows, outcome)`` (``vbparse.searchable.copy_for_index``: its failure is a reason,
    never the file's)."""
    from ..pipeline import parse_read, read_file
    from ..read import ReadError

    t0 = time.monotonic()
    try:
        result = read_file(Path(path), ocr=ocr)  # read here, not in parse(): the original text is stored too
        doc = parse_read(result)
        rows = document_rows(doc, sha[:16])
        rows.original = result.original
        if searchable is None:
            return "ok", path, sha, rows
        from ..searchable import copy_for_index

        budget = None if not timeout or timeout <= 0 else timeout - (time.monotonic() - t0) - 5
        return "ok", path, sha, (rows, copy_for_index(doc, path, searchable, ocr, budget))
    except ReadError as exc:
        return "failed", path, sha, exc.reason
    except MemoryError:
        return "failed", path, sha, "ran out of memory while parsing it"
    except Exception as exc:  # noqa: BLE001 - a parser bug must not stop the run; record it with the file
        return "failed", path, sha, f"internal error while parsing ({type(exc).__name__}: {exc})"


#: Tables an archive may hold (with SQLite's own FTS5 shadow tables): any other table means the
#: database belongs to another application and is not touched.
_OUR_TABLES = frozenset(
    {
        "meta",
        "files",
        "documents",
        "documents_old",
        SOURCE_TABLE,
        "doc_text",
        "assignee_keys",
        *(
            f"{fts}{shadow}"
            for fts in ("doc_fts", "doc_pairs")
            for shadow in ("", "_data", "_idx", "_docsize", "_config", "_content")
        ),
        *(t.name for t in CHILD_TABLES.values()),
    }
)


class Archive:
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
        if row is not None and str(row[0]).isdigit():
            return int(row[0])
        if "documents" in tables and b.one("SELECT 1 FROM documents LIMIT 1") is not None:
            raise StoreError(f"{self.db}: has documents but no vbparse version (not a vbparse archive)")
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
        with b.exclusive():  # another process may be doing the same: the second finds it done
            version = self._version()
            if version is None:
                b.drop_derived()
                for name in ("documents", "documents_old", SOURCE_TABLE, "files", "meta"):
                    b.execute(f"DROP TABLE IF EXISTS {q(name)}")
                b.create_all()
                self._stamp_layout()
            elif not self._current(version):
                self._rebuild()

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
        cursor = b.execute(f"SELECT id, status, path, {parser}, json FROM documents_old ORDER BY rid")
        while page := cursor.fetchmany(500):
            for id_, status, path, stamp, js in page:
                self._insert_document(
                    document_rows(Document.model_validate_json(js), id_), status=status, path=path, parser=stamp
                )
                n += 1
        b.execute("DROP TABLE documents_old")
        b.create_indexes()  # the renamed table took the documents indexes' names with it
        b.tidy_text()  # every document was just written again: the word indexes in their searchable shape
        self._stamp_layout()
        return n

    # --- writing -------------------------------------------------------------------------------------
    def _insert_document(self, rows: DocumentRows, *, status: str, path: str | None, parser: str | None) -> int:
        b = self.backend
        cols = ", ".join(q(c.name) for c in DOCUMENTS.columns)
        marks = ", ".join("?" * len(DOCUMENTS.columns))
        rid = b.scalar(
            f"INSERT INTO documents (id, status, path, parser, {cols}, json) VALUES (?, ?, ?, ?, {marks}, ?) "
            "RETURNING rid",
            (rows.id, status, path, parser, *rows.document, rows.json),
        )
        with b.batch():
            for key, table in CHILD_TABLES.items():
                names = ", ".join(["doc_rid", "ord", *(q(c.name) for c in table.columns)])
                marks = ", ".join("?" * (len(table.columns) + 2))
                b.executemany(
                    f"INSERT INTO {q(table.name)} ({names}) VALUES ({marks})",
                    [(rid, *r) for r in rows.children.get(key, [])],
                )
            b.add_text(rid, rows.body, rows.words)
        self._store_original(rows)
        return rid

    def _store_original(self, rows: DocumentRows) -> None:
        """Keep the text the spans index; rows made from stored JSON (a rebuild) have none and keep what is there."""
        if rows.original is None:
            return
        self.backend.execute(f"DELETE FROM {SOURCE_TABLE} WHERE doc_id = ?", (rows.id,))
        self.backend.execute(f"INSERT INTO {SOURCE_TABLE} (doc_id, original) VALUES (?, ?)", (rows.id, rows.original))

    def _delete_document(self, doc_id: str) -> None:
        b = self.backend
        row = b.one("SELECT rid FROM documents WHERE id = ?", (doc_id,))
        if row is None:
            return
        rid = row[0]
        b.remove_text(rid)
        for table in CHILD_TABLES.values():
            b.execute(f"DELETE FROM {q(table.name)} WHERE doc_rid = ?", (rid,))
        b.execute("DELETE FROM documents WHERE rid = ?", (rid,))
        b.execute(f"DELETE FROM {SOURCE_TABLE} WHERE doc_id = ?", (doc_id,))

    def _drop_if_orphan(self, doc_id: str | None) -> None:
        if doc_id and self.backend.one("SELECT 1 FROM files WHERE doc_id = ? AND status = 'ok'", (doc_id,)) is None:
            self._delete_document(doc_id)

    def _record_file(
        self,
        path: str,
        *,
        status: str,
        sha: str | None,
        doc_id: str | None,
        error: str | None,
        real: Path | None = None,
    ) -> None:
        b = self.backend
        old = b.one("SELECT doc_id FROM files WHERE path = ?", (path,))
        try:
            st = os.stat(real if real is not None else path)
            size: int | None = st.st_size
            mtime: float | None = st.st_mtime
        except (OSError, ValueError):
            size = mtime = None
        now = _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")
        b.execute("DELETE FROM files WHERE path = ?", (path,))
        b.execute(
            "INSERT INTO files (path, doc_id, sha256, size, mtime, status, error, indexed_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (path, doc_id, sha, size, mtime, status, error, now),
        )
        if old and old[0] != doc_id:
            self._drop_if_orphan(old[0])

    def _store_parsed(self, path: str, sha: str, rows: DocumentRows, real: Path | None) -> None:
        b = self.backend
        stamp = parser_stamp()
        existing = b.one("SELECT status, parser FROM documents WHERE id = ?", (rows.id,))
        if existing is not None and existing[1] != stamp:  # parsed by another parser: replaced
            self._delete_document(rows.id)
            existing = None
        if existing is None:
            self._insert_document(rows, status="present", path=path, parser=stamp)
        else:
            if existing[0] != "present":
                b.execute("UPDATE documents SET status = 'present', path = ? WHERE id = ?", (path, rows.id))
            if b.one(f"SELECT 1 FROM {SOURCE_TABLE} WHERE doc_id = ?", (rows.id,)) is None:
                self._store_original(rows)  # parsed again for the text an older archive did not keep
        self._record_file(path, status="ok", sha=sha, doc_id=rows.id, error=None, real=real)

    def _own_files(self) -> set[Path]:
        if self.backend.kind != "sqlite":
            return set()
        return {Path(self.db + suffix).resolve() for suffix in ("", "-wal", "-shm", "-journal", "-lock")}

    def index(
        self,
        paths: Iterable[str | os.PathLike],
        *,
        jobs: int | None = None,
        ocr: str = "auto",
        retry_failed: bool = False,
        reparse: bool = True,
        timeout: float | None = DEFAULT_FILE_TIMEOUT,
        progress: bool = False,
        on_result: Callable[[FileRecord], None] | None = None,
        searchable_pdf: str | os.PathLike | None = None,
        on_searchable: Callable[[str, Any], None] | None = None,
        engine: Engine | None = None,
    ) -> IndexSummary:
        """See ``_index``.  ``searchable_pdf``: a folder where each scan parsed in this run is also written
        with its recognised text layer (``vbparse.searchable``); ``on_searchable(path, outcome)`` hears
        of each (a ``SearchableResult``, or the reason it failed: the file itself is indexed all the same).
        ``engine``: where the files are parsed (``engines.RayEngine``; default: ``jobs`` local processes)."""
        try:
            return self._index(
                paths,
                ocr=ocr,
                retry_failed=retry_failed,
                reparse=reparse,
                timeout=timeout,
                progress=progress,
                on_result=on_result,
                searchable_pdf=searchable_pdf,
                on_searchable=on_searchable,
                engine=engine if engine is not None else LocalEngine(jobs),
            )
        except StoreError:
            raise
        except Exception as exc:
            if not self.backend.is_fatal(exc):
                raise
            with contextlib.suppress(Exception):  # the database already refused; the error says why
                self.backend.rollback()
            raise StoreError(
                f"{self.db}: cannot write the archive ({str(exc).strip()}); what was committed before is kept"
            ) from None

    def _index(
        self,
        paths: Iterable[str | os.PathLike],
        *,
        ocr: str,
        retry_failed: bool,
        reparse: bool,
        timeout: float | None,
        progress: bool,
        on_result: Callable[[FileRecord], None] | None,
        searchable_pdf: str | os.PathLike | None = None,
        on_searchable: Callable[[str, Any], None] | None = None,
        engine: Engine,
    ) -> IndexSummary:
        """Parse every document under ``paths`` into the archive; unchanged files are skipped.

        Unchanged files whose stored parse came from another version of the parser (or is missing) are
        parsed again unless ``reparse`` is false.  A file taking longer than ``timeout`` seconds is
        recorded as failed.  One run at a time: a second is refused (``ArchiveBusy``).  Interrupting
        (Ctrl-C, SIGTERM) stops the workers, commits what is done and returns with
        ``interrupted``.  A write the database refuses (read-only, disk full) raises ``StoreError``;
        what was committed before stays.
        """
        t0 = time.monotonic()
        b = self.backend
        if b.readonly:
            raise StoreError(f"{self.db}: read-only; cannot index into it")
        if searchable_pdf is not None and engine.name != "local":
            raise StoreError(f"searchable PDFs are written by the local engine only, not by --engine {engine.name}")
        b.run_lock()
        roots = [Path(os.path.abspath(p)) for p in paths]
        walked = walk(roots, self._own_files())
        summary = IndexSummary()
        for key, reason in walked.skipped:
            summary.skipped.append(FileRecord(path=key, status="skipped", error=reason))
            if reason in (HIDDEN_FILE, HIDDEN_FOLDER):
                summary.hidden += 1
            elif reason == NOT_A_DOCUMENT:
                summary.ignored += 1
        for key, reason in walked.failed:
            summary.failed += 1
            summary.failures.append(FileRecord(path=key, status="failed", error=reason))

        known = {}
        for path, sha, status, doc_id in b.all("SELECT path, sha256, status, doc_id FROM files"):
            p = Path(path)
            if any(p == r or r in p.parents for r in roots):
                known[path] = (sha, status, doc_id)
        stale: set[str] = set()
        if reparse:  # parsed by another parser, the parse is missing (an interrupted older rebuild), or
            # its original text is (indexed before the archive kept it)
            stale = {
                r[0]
                for r in b.all(
                    f"SELECT f.doc_id FROM files f LEFT JOIN documents d ON d.id = f.doc_id LEFT JOIN {SOURCE_TABLE} s "
                    "ON s.doc_id = f.doc_id WHERE f.status = 'ok' "
                    "AND (d.id IS NULL OR d.parser IS NULL OR d.parser <> ? OR s.doc_id IS NULL)",
                    (parser_stamp(),),
                )
            }

        todo: list[tuple[str, str]] = []  # (the file's real name, which may not be UTF-8; sha256)
        real_of: dict[str, Path] = {}  # shown name → the file
        key_of: dict[str, str] = {}  # the file's real name → its shown name
        again: set[str] = set()
        for p in walked.files:
            key = display_path(p)
            real_of[key] = p
            key_of[str(p)] = key
            try:
                sha = sha256_of(p)
            except OSError as exc:
                rec = FileRecord(path=key, status="failed", error=f"cannot read the file ({exc.strerror or exc})")
                self._record_file(key, status="failed", sha=None, doc_id=None, error=rec.error, real=p)
                summary.failed += 1
                summary.failures.append(rec)
                continue
            old = known.get(key)
            if old and old[0] == sha and old[1] == "ok":
                if old[2] in stale:
                    again.add(key)
                    todo.append((str(p), sha))
                else:
                    summary.unchanged += 1
            elif old and old[0] == sha and old[1] == "failed" and not retry_failed:
                summary.skipped_failed += 1
            else:
                todo.append((str(p), sha))

        present = set(real_of)
        for path, (sha, status, doc_id) in known.items():
            if path not in present and status != "vanished":
                b.execute("UPDATE files SET status = 'vanished' WHERE path = ?", (path,))
                if doc_id and b.one("SELECT 1 FROM files WHERE doc_id = ? AND status = 'ok'", (doc_id,)) is None:
                    b.execute("UPDATE documents SET status = 'vanished' WHERE id = ?", (doc_id,))
                summary.vanished += 1
        b.commit()

        bar = None
        if progress and todo:
            from tqdm import tqdm

            bar = tqdm(total=len(todo), unit="file", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)

        pending: list[tuple[str, str, str, Any]] = []  # (status, shown name, sha256, rows or reason): not stored yet
        since = [0.0]  # when the oldest pending result came

        def arrive(result: tuple[str, str, str, Any]) -> None:
            status, real, sha, payload = result
            key = key_of.get(real, real)
            if status == "ok" and searchable_pdf is not None:  # (rows, the searchable copy's outcome)
                payload, searched = payload
                if searched is not None and on_searchable is not None:
                    on_searchable(key, searched)
            if not pending:
                since[0] = time.monotonic()
            pending.append((status, key, sha, payload))

        def flush() -> None:
            """Store the pending results in one batch, commit it, then count and report them."""
            try:
                errors = iter(
                    store_batch(
                        self,
                        [
                            Parsed(key, sha, payload, real_of.get(key))
                            for status, key, sha, payload in pending
                            if status == "ok"
                        ],
                        parser_stamp(),
                    )
                )
            except Exception as exc:
                if b.is_fatal(exc):
                    raise StoreError(
                        f"{self.db}: cannot write the archive ({str(exc).strip()}); what was committed before is kept"
                    ) from None
                raise
            reports = []
            for status, key, sha, payload in pending:
                error = next(errors) if status == "ok" else str(payload)
                if error is None:
                    if key in again:
                        summary.reparsed += 1
                    else:
                        summary.indexed += 1
                    reports.append(FileRecord(path=key, status="ok", doc_id=sha[:16], sha256=sha))
                else:
                    self._record_file(key, status="failed", sha=sha, doc_id=None, error=error, real=real_of.get(key))
                    summary.failed += 1
                    rec = FileRecord(path=key, status="failed", error=error, sha256=sha)
                    summary.failures.append(rec)
                    reports.append(rec)
            pending.clear()
            b.commit()
            for rec in reports:
                if bar is not None:
                    bar.update(1)
                    bar.set_postfix(failed=summary.failed, refresh=False)
                if on_result is not None:
                    on_result(rec)

        # Ctrl-C and kill ask the run to stop: the workers are stopped, the results already in are stored
        # whole and committed (a KeyboardInterrupt thrown into a write would lose them)
        stop = threading.Event()
        in_main_thread = _is_main_thread()
        previous = {}
        if in_main_thread:
            for signum in (signal.SIGINT, signal.SIGTERM):
                previous[signum] = signal.signal(signum, lambda signum, frame: stop.set())
        parse_one = (
            _parse_one
            if searchable_pdf is None
            else functools.partial(_parse_one, searchable=Path(searchable_pdf), timeout=timeout)
        )
        try:
            if todo:
                runner = engine.start(ParseJob(parse_one, ocr, timeout, files=len(todo), close_fds=b.lock_fds()))
                try:
                    for result in runner.results(todo, stop=stop.is_set, idle=True):
                        if result is not None:
                            arrive(result)
                        if pending and (
                            len(pending) >= DEFAULT_BATCH_DOCS or time.monotonic() - since[0] > DEFAULT_BATCH_SECONDS
                        ):
                            flush()
                finally:
                    runner.close()
                flush()
            b.commit()
        except StoreError:
            with contextlib.suppress(Exception):  # the database already refused; the error says why
                b.rollback()
            raise
        finally:
            if bar is not None:
                bar.close()
            for signum, handler in previous.items():
                signal.signal(signum, handler)
        summary.interrupted = stop.is_set()
        if (summary.indexed or summary.reparsed) and not summary.interrupted:
            b.optimize()
        summary.seconds = round(time.monotonic() - t0, 3)
        return summary

    # --- reading -------------------------------------------------------------------------------------
    def failures(self) -> list[FileRecord]:
        rows = self.backend.all(
            "SELECT path, status, error, doc_id, sha256, indexed_at FROM files WHERE status = 'failed' ORDER BY path"
        )
        return [FileRecord(path=p, status=s, error=e, doc_id=d, sha256=h, indexed_at=t) for p, s, e, d, h, t in rows]

    def files(self) -> list[FileRecord]:
        rows = self.backend.all("SELECT path, status, error, doc_id, sha256, indexed_at FROM files ORDER BY path")
        return [FileRecord(path=p, status=s, error=e, doc_id=d, sha256=h, indexed_at=t) for p, s, e, d, h, t in rows]

    def frequent_assignees(self, limit: int) -> list[tuple[str, int]]:
        """The ``limit`` assignees (canonical names) with the most tasks in present documents, with that number."""
        return [
            (name, n)
            for name, n in self.backend.all(
                "SELECT o.assignee_canonical, COUNT(*) FROM obligations o JOIN documents d ON d.rid = o.doc_rid "
                "WHERE d.status = 'present' AND o.assignee_canonical IS NOT NULL GROUP BY o.assignee_canonical "
                "ORDER BY COUNT(*) DESC, o.assignee_canonical LIMIT ?",
                (limit,),
            )
        ]

    def count(self) -> int:
        return int(self.backend.scalar("SELECT COUNT(*) FROM documents WHERE status = 'present'"))

    def find(self, ref: str, *, paths: bool = True) -> list[DocumentSummary]:
        """Documents a user means by ``ref``: an id (or a prefix of 6+ hex digits), a path, or a number.

        ``paths=False`` never looks at the file system (a request's text over HTTP is not a local path)."""
        b = self.backend
        ref = ref.strip()
        if regex.fullmatch(r"[0-9a-f]{6,64}", ref):
            rows = b.all(f"SELECT {_SUMMARY_SQL} FROM documents d WHERE d.id = ?", (ref[:16],))
            if not rows and len(ref) < 16:
                rows = b.all(f"SELECT {_SUMMARY_SQL} FROM documents d WHERE d.id LIKE ?", (ref + "%",))
            if rows:
                return [_summary(r) for r in rows]
        p = Path(ref)
        try:
            is_file = paths and "\0" not in ref and p.exists()
        except OSError:  # too long for a file name: not a path
            is_file = False
        if is_file:
            rows = b.all(
                f"SELECT {_SUMMARY_SQL} FROM documents d JOIN files f ON f.doc_id = d.id WHERE f.path = ?",
                (display_path(p.resolve()),),
            )
            if rows:
                return [_summary(r) for r in rows]
        key = number_key(ref)
        if key:
            rows = b.all(
                f"SELECT {_SUMMARY_SQL} FROM documents d WHERE d.number_key = ? ORDER BY d.issued_date IS NULL, d.issued_date, d.id",
                (key,),
            )
            return [_summary(r) for r in rows]
        return []

    def document(self, doc_id: str) -> Document:
        row = self.backend.one("SELECT json FROM documents WHERE id = ?", (doc_id,))
        if row is None:
            raise DocumentNotFound(doc_id)
        return Document.model_validate_json(row[0])

    def record(self, doc_id: str) -> ArchivedDocument:
        """The stored document with its archive id, status and file paths."""
        row = self.backend.one("SELECT status, json FROM documents WHERE id = ?", (doc_id,))
        if row is None:
            raise DocumentNotFound(doc_id)
        return ArchivedDocument(
            id=doc_id, status=row[0], paths=self.paths(doc_id), document=Document.model_validate_json(row[1])
        )

    def original_text(self, doc_id: str) -> str | None:
        """The text the document's spans index, or ``None`` when it was indexed before the archive kept it
        (``vbparse index`` again reads it) or no such document is stored."""
        row = self.backend.one(f"SELECT original FROM {SOURCE_TABLE} WHERE doc_id = ?", (doc_id,))
        return None if row is None else row[0]

    def paths(self, doc_id: str) -> list[str]:
        return [
            r[0]
            for r in self.backend.all(
                "SELECT path FROM files WHERE doc_id = ? AND status = 'ok' ORDER BY path", (doc_id,)
            )
        ]

    # --- search ----------------------------------------------------------------------------------------
    def search(
        self,
        query: str,
        *,
        doc_type: str | None = None,
        issuer: str | None = None,
        date_from: _dt.date | None = None,
        date_to: _dt.date | None = None,
        limit: int = 20,
    ) -> list[SearchHit]:
        """Full-text search, diacritic-insensitive; exact words rank above folded ones; numbers exactly;
        a quoted phrase only as written (with its diacritics).  ``QueryError`` for a query past the bounds."""
        where, params = self._filters("d", doc_type=doc_type, issuer=issuer, date_from=date_from, date_to=date_to)
        sq = search_query(query)
        numbers = list(sq.numbers)
        exact = text_tokens(sq.words)
        folded = [fold(w) for w in exact]
        phrases = [p for p in (text_tokens(x) for x in sq.phrases) if p]
        b = self.backend

        def as_quoted(rids: list[int]) -> set[int]:
            ok = set(rids)
            for words in phrases:
                ok &= b.has_words(sorted(ok), words, column="exact", phrase=True) if ok else set()
            return ok

        hits: list[SearchHit] = []
        seen: set[str] = set()
        if numbers:
            keys = [k for k in (number_key(n) for n in numbers) if k]
            marks = ",".join("?" * len(keys))
            # dated documents newest first, then undated ones: each part read in the order of the index on
            # (number_key, issued_date), not all of a common number (1/KH-UBND) sorted
            own = b.all(
                f"SELECT {_SUMMARY_SQL}, d.rid FROM documents d WHERE d.number_key IN ({marks}) "
                f"AND d.issued_date IS NOT NULL AND d.status = 'present'{where} "
                "ORDER BY d.issued_date DESC, d.id LIMIT ?",
                [*keys, *params, limit],
            )
            if len(own) < limit:
                own += b.all(
                    f"SELECT {_SUMMARY_SQL}, d.rid FROM documents d WHERE d.number_key IN ({marks}) "
                    f"AND d.issued_date IS NULL AND d.status = 'present'{where} ORDER BY d.id LIMIT ?",
                    [*keys, *params, limit - len(own)],
                )
            citing = b.all(
                f"SELECT {_SUMMARY_SQL}, d.rid FROM citations c JOIN documents d ON d.rid = c.doc_rid "
                f"WHERE c.number_key IN ({marks}) AND d.status = 'present'{where} "
                "ORDER BY c.doc_date_sort DESC, c.doc_rid DESC LIMIT ?",
                [*keys, *params, 2 * limit],
            )
            rids = {r[8] for r in own + citing}
            words_ok = set(rids)
            if exact and rids:
                words_ok = b.has_words(sorted(rids), folded)
            words_ok = as_quoted(sorted(words_ok))
            by_kind: tuple[tuple[SearchMatch, list[tuple]], ...] = (("number", own), ("citation", citing))
            for kind, kind_rows in by_kind:
                for r in kind_rows:
                    if r[0] in seen or r[8] not in words_ok:
                        continue
                    seen.add(r[0])
                    hits.append(SearchHit(document=_summary(r), score=2.0 if kind == "number" else 1.0, match=kind))
            hits = hits[:limit]
            self._snippets(hits, exact + [n for n in numbers])
            return hits
        tiers = tuple(t for t in b.TIERS if t[0] == "exact") if sq.all_quoted else b.TIERS
        found = b.text_search(exact, folded, where, params, limit if not phrases else 5 * limit, tiers=tiers)
        if phrases:
            ok = as_quoted([rid for rid, _, _ in found])
            found = [f for f in found if f[0] in ok][:limit]
        by_rid = (
            {
                r[8]: r
                for r in b.all(
                    f"SELECT {_SUMMARY_SQL}, d.rid FROM documents d WHERE d.rid IN ({','.join('?' * len(found))})",
                    [rid for rid, _, _ in found],
                )
            }
            if found
            else {}
        )
        for rid, score, is_exact in found:
            hits.append(
                SearchHit(
                    document=_summary(by_rid[rid]), score=round(score, 6), match="exact" if is_exact else "folded"
                )
            )
        self._snippets(hits, exact)
        return hits

    def _filters(self, alias: str, *, doc_type=None, issuer=None, date_from=None, date_to=None):
        where, params = "", []
        if doc_type:
            from ..tables.doctypes import BY_CODE, code_for_query

            code = code_for_query(doc_type)
            if code is None:
                raise QueryError(
                    f"unknown document type {doc_type!r} (a code such as "
                    f"{', '.join(list(BY_CODE)[:8])}, or a name such as 'Kế hoạch')"
                )
            where += f" AND {alias}.doc_type_code = ?"
            params.append(code)
        if issuer:
            where += f" AND {alias}.issuer_key LIKE ?"
            params.append("%" + (issuer_key(issuer) or "") + "%")
        if date_from:
            where += f" AND {alias}.issued_date >= ?"
            params.append(_iso(date_from))
        if date_to:
            where += f" AND {alias}.issued_date <= ?"
            params.append(_iso(date_to))
        return where, params

    def _snippets(self, hits: list[SearchHit], words: list[str], width: int = 160) -> None:
        """A window of the text around the query, its words marked (the phrase first, exact forms first)."""
        if not hits or not words:
            return
        exact = [tone_key(nfc(w)) for w in words]
        keys = [fold(w) for w in exact]
        gap = r"[^\p{L}\p{N}]+"
        phrase = regex.compile(r"(?<![\p{L}\p{N}])" + gap.join(regex.escape(k) for k in keys) + r"(?![\p{L}\p{N}])")
        single = [regex.compile(r"(?<![\p{L}\p{N}])" + regex.escape(k) + r"(?![\p{L}\p{N}])") for k in keys]
        joined = " ".join(exact)

        def is_exact(text: str) -> bool:
            return regex.sub(gap, " ", tone_key(text)) == joined if " " in text.strip() else tone_key(text) in exact

        literals = [_literals(k) for k in keys]
        patterns = ((phrase, [x for lits in literals for x in lits]), *zip(single, literals))
        bodies = dict(
            self.backend.all(
                "SELECT d.id, t.body FROM doc_text t JOIN documents d ON d.rid = t.doc_rid "
                f"WHERE d.id IN ({','.join('?' * len(hits))})",
                [h.document.id for h in hits],
            )
        )
        for hit in hits:
            body = bodies.get(hit.document.id)
            if body is None:
                continue
            anchor = _first_match(body, patterns)
            if anchor is None:
                hit.snippet = body[:width].replace("\n", " ")
                continue
            start = max(0, anchor - 50)
            while start > 0 and body[start - 1].isalnum():
                start -= 1
            end = min(len(body), start + width)
            while end < len(body) and body[end].isalnum():
                end += 1
            window = body[start:end]
            folded = fold(window)  # fold keeps the length: offsets carry over
            found = [(m.start(), m.end()) for m in phrase.finditer(folded)] or sorted(
                (m.start(), m.end()) for p in single for m in p.finditer(folded)
            )
            if any(is_exact(window[a:e]) for a, e in found):
                found = [(a, e) for a, e in found if is_exact(window[a:e])]
            lead = "…" if start > 0 else ""
            hit.snippet = lead + window.replace("\n", " ") + ("…" if end < len(body) else "")
            hit.highlights = [Span(start=a + len(lead), end=e + len(lead)) for a, e in found]

    # --- obligations ---------------------------------------------------------------------------------
    def obligations(
        self,
        assignee: str,
        *,
        due_before: _dt.date | None = None,
        due_after: _dt.date | None = None,
        overdue: bool = False,
        today: _dt.date | None = None,
        role: str | None = None,
        limit: int | None = None,
    ) -> list[ObligationHit]:
        """Every task of ``assignee`` (a unit, position, body or person; any spelling or abbreviation).

        A name without a place (``Sở Tài chính``) finds it in every place; with a place (``UBND huyện Trà
        Bồng``) only there; a bare level (``Công an tỉnh``) any place of that level.  ``overdue``: the
        deadline has passed (before ``today``, default the current date)."""
        from ..query import assignee_query

        query = assignee_query(assignee)
        if not query.text:
            return []
        cond, params = "", []
        if query.name:
            cond, params = "o.assignee_key = ?", [query.name]
            if query.place and query.bare_level:
                cond += " AND (o.place_key = ? OR o.place_key LIKE ?)"
                params += [query.place, query.place + " %"]
            elif query.place:
                cond += " AND o.place_key = ?"
                params.append(query.place)
        if not cond or not self._any_obligation(cond, params):
            key = query.text
            cond, params = "(o.person_key = ? OR o.assignee_key = ?)", [key, key]
            # one key at a time: for "a or b, any one", PostgreSQL hopes to meet one soon in a sequential
            # scan, and reads all the obligations when no one has that name
            if not any(self._any_obligation(f"o.{column} = ?", [key]) for column in ("person_key", "assignee_key")):
                cond, params = self._keys_containing(key)
        if due_before:
            cond += " AND o.due_sort < ?"
            params.append(_iso(due_before))
        if due_after:
            cond += " AND o.due_sort > ? AND o.due_sort < ?"
            params += [_iso(due_after), LAST]
        if overdue:
            cond += " AND o.due_sort < ?"
            params.append(_iso(today or _dt.date.today()))
        if role:
            cond += " AND o.role = ?"
            params.append(role)
        return list(self._obligation_hits(cond, params, limit=limit))

    def _any_obligation(self, cond: str, params: list) -> bool:
        return self.backend.one(f"SELECT 1 FROM obligations o WHERE {cond} LIMIT 1", params) is not None

    def _keys_containing(self, key: str) -> tuple[str, list]:
        """The condition ``person_key LIKE %key% OR raw_key LIKE %key%``, by the keys that match it: the
        distinct keys (``assignee_keys``, kept by a trigger) are far fewer than the obligations, which are
        then read by index.  So many keys that the list would be long: the plain condition."""
        like = f"%{key}%"
        keys = [
            r[0]
            for r in self.backend.all(
                "SELECT key FROM assignee_keys WHERE key LIKE ? LIMIT ?", (like, DEFAULT_MAX_KEYS + 1)
            )
        ]
        if len(keys) > DEFAULT_MAX_KEYS:
            return "(o.person_key LIKE ? OR o.raw_key LIKE ?)", [like, like]
        if not keys:
            return "1 = 0", []
        marks = ",".join("?" * len(keys))
        return f"(o.person_key IN ({marks}) OR o.raw_key IN ({marks}))", [*keys, *keys]

    def _obligation_hits(
        self,
        cond: str,
        params: list,
        *,
        limit: int | None = None,
        order: str = "o.due_sort, o.doc_date_sort, o.doc_id, o.ord",
    ) -> Iterator[ObligationHit]:
        """Obligations matching ``cond``, read back into the model, each with the co-assignees of its task
        (the other obligations of the same ``task_group``), fetched a page at a time."""
        b = self.backend
        table = CHILD_TABLES["obligations"]
        cols = ", ".join(f"o.{q(c.name)}" for c in table.columns)
        sql = (
            f"SELECT {_SUMMARY_SQL}, o.doc_rid, o.ord, o.task_group, {cols} FROM obligations o "
            f"JOIN documents d ON d.rid = o.doc_rid WHERE d.status = 'present' AND {cond} ORDER BY {order}"
        )
        if limit:
            sql += f" LIMIT {int(limit)}"
        cursor = b.execute(sql, params)
        while True:
            page = cursor.fetchmany(1000)
            if not page:
                return
            groups = {(r[8], r[10]) for r in page}
            rids = sorted({g[0] for g in groups})
            co: dict[tuple, list[tuple[int, Assignee]]] = {}
            for rid, group, ord_, raw, canon, kind, person, position, place in b.all(
                "SELECT doc_rid, task_group, ord, assignee_raw, assignee_canonical, assignee_kind, "
                "assignee_person_name, assignee_position, assignee_place FROM obligations WHERE doc_rid IN "
                f"({','.join('?' * len(rids))}) ORDER BY doc_rid, ord",
                rids,
            ):
                if (rid, group) in groups:
                    co.setdefault((rid, group), []).append(
                        (
                            ord_,
                            Assignee(
                                raw=raw, canonical=canon, kind=kind, person_name=person, position=position, place=place
                            ),
                        )
                    )
            for r in page:
                o = cast(Obligation, load_model(table, r[11:]))
                others = [a for ord_, a in co.get((r[8], r[10]), []) if ord_ != r[9]]
                yield ObligationHit(
                    document=_summary(r),
                    assignee=o.assignee,
                    role=o.role,
                    mode=o.mode,
                    task=o.task,
                    deadline=o.deadline,
                    deadline_raw=o.deadline_raw,
                    deadline_precision=o.deadline_precision,
                    recurrence=o.recurrence,
                    section=o.section,
                    source=o.source,
                    co_assignees=others,
                )

    # --- references ------------------------------------------------------------------------------------
    def _candidates(self, key: str, issuer: str | None, date: str | None) -> list[tuple[Candidate, tuple]]:
        """Present documents with number ``key`` that the issuer and date do not rule out."""
        sql = f"SELECT {_SUMMARY_SQL}, d.issuer_key FROM documents d WHERE d.number_key = ? AND d.status = 'present'"
        params: list = [key]
        if date:  # a candidate of another date can be neither the one meant nor one of those it may mean
            sql += " AND (d.issued_date = ? OR d.issued_date IS NULL)"
            params.append(date)
        if issuer and not is_partial(issuer):
            sql += " AND (d.issuer_key = ? OR d.issuer_key IS NULL)"
            params.append(issuer)
        rows = self.backend.all(sql + " ORDER BY d.id", params)
        return [(Candidate(doc_id=r[0], issuer_key=r[8], issued_date=r[6]), r) for r in rows]

    def _edge(
        self, source: DocumentSummary, citation: Reference, context: list[str | None], cache: dict | None = None
    ) -> RefEdge:
        key = number_key(citation.number)
        if not key:
            return RefEdge(source=source, citation=citation, status="external")
        cited_issuer = complete_issuer(_issuer_key(citation.issuer), context)
        cited_date = citation.date.isoformat() if citation.date else None
        ck = (key, cited_issuer, cited_date)
        if cache is not None and ck in cache:
            cands = cache[ck]
        else:
            cands = self._candidates(key, cited_issuer, cited_date)
            if cache is not None:
                cache[ck] = cands
        cands = [(c, r) for c, r in cands if c.doc_id != source.id]
        status, chosen = resolve(cited_issuer, cited_date, [c for c, _ in cands])
        by_id = {c.doc_id: r for c, r in cands}
        summaries = [_summary(by_id[c.doc_id]) for c in chosen]
        return RefEdge(
            source=source,
            citation=citation,
            status=status,
            target=summaries[0] if status == "resolved" else None,
            candidates=summaries,
        )

    @staticmethod
    def _context_of(issuer: str | None, parent: str | None, place: str | None) -> list[str | None]:
        """What completes a partial issuer in a citation: the citing document's issuer, parent body, place."""
        return [_issuer_key(issuer), _issuer_key(parent), _place_key(place or "")]

    def _context(self, doc: Document) -> list[str | None]:
        return self._context_of(doc.issuer.name, doc.issuer.parent, doc.place)

    def refs(self, doc_id: str) -> RefReport:
        """What the document cites (each edge resolved, external or ambiguous) and what cites it."""
        b = self.backend
        row = b.one(
            f"SELECT {_SUMMARY_SQL}, d.number_key, d.issuer_key, d.issuer_parent, d.place, d.rid FROM documents d "
            "WHERE d.id = ?",
            (doc_id,),
        )
        if row is None:
            raise DocumentNotFound(doc_id)
        me = _summary(row)
        # the document's references from their table, not from its JSON (which is large and, on a large
        # archive, rarely in memory)
        cols = CHILD_TABLES["references"].columns
        mine_cited = [
            cast(Reference, load_model(CHILD_TABLES["references"], r))
            for r in b.all(
                f"SELECT {', '.join(q(c.name) for c in cols)} FROM citations WHERE doc_rid = ? ORDER BY ord", (row[12],)
            )
        ]
        context = self._context_of(me.issuer, row[10], row[11])
        report = RefReport(document=me, cites=[self._edge(me, r, context) for r in mine_cited])
        if not row[8]:
            return report
        # citations of my number whose date does not rule me out, read from the citations table
        where = "c.number_key = ? AND d.status = 'present' AND d.id <> ?"
        params: list = [row[8], doc_id]
        if me.issued_date:
            where += " AND (c.date = ? OR c.date IS NULL)"
            params.append(me.issued_date.isoformat())
        mine = Candidate(doc_id=doc_id, issuer_key=row[9], issued_date=None)
        keep = self._not_conflicting(row[8], me.issued_date.isoformat() if me.issued_date else None, mine)
        if not keep:
            return report
        rids = sorted({rid for rid, _ in keep})
        if len(rids) <= DEFAULT_MAX_LISTED:  # else every citing row, as the keys filter them anyway
            where += f" AND c.doc_rid IN ({','.join('?' * len(rids))})"
            params += rids
        sql = (
            f"SELECT {_SUMMARY_SQL}, d.issuer_parent, d.place, c.doc_rid, c.ord, "
            + ", ".join(f"c.{q(c.name)}" for c in cols)
            + f" FROM citations c JOIN documents d ON d.rid = c.doc_rid WHERE {where}"
        )
        for r in b.all(sql + " ORDER BY d.id, c.ord", params):
            if (r[10], r[11]) not in keep:
                continue
            r = (*r[:10], *r[12:])
            source = _summary(r)
            citation = cast(Reference, load_model(CHILD_TABLES["references"], r[10:]))
            edge = self._edge(source, citation, self._context_of(source.issuer, r[8], r[9]))
            if any(c.id == doc_id for c in edge.candidates):
                report.cited_by.append(edge)
        return report

    def _not_conflicting(self, key: str, date: str | None, mine: Candidate) -> set[tuple[int, int]]:
        """``(doc_rid, ord)`` of the citations of number ``key`` (of ``date`` or undated) whose issuer does not
        rule out ``mine``, judged on the citations alone (a covering index) but for an issuer named without
        its place (``UBND huyện``), which the citing document completes: a common number and date (a plan
        every commune cites) can have hundreds of citations, each in a page of its own."""
        b = self.backend
        cond, params = "c.number_key = ?", [key]
        if date:
            cond += " AND (c.date = ? OR c.date IS NULL)"
            params.append(date)
        keep: set[tuple[int, int]] = set()
        partial: list[tuple[int, int, str]] = []
        for rid, ord_, issuer in b.all(f"SELECT c.doc_rid, c.ord, c.issuer FROM citations c WHERE {cond}", params):
            cited = _issuer_key(issuer)
            if cited and is_partial(cited):
                partial.append((rid, ord_, cited))
            elif judge(cited, None, mine)[0] != "conflict":
                keep.add((rid, ord_))
        rids = sorted({rid for rid, _, _ in partial})
        context = {}
        for at in range(0, len(rids), DEFAULT_MAX_LISTED):
            part = rids[at : at + DEFAULT_MAX_LISTED]
            for rid, name, parent, place in b.all(
                "SELECT d.rid, d.issuer_name, d.issuer_parent, d.place FROM documents d "
                f"WHERE d.rid IN ({','.join('?' * len(part))})",
                part,
            ):
                context[rid] = self._context_of(name, parent, place)
        if partial:
            keep |= {
                (rid, ord_)
                for rid, ord_, cited in partial
                if judge(complete_issuer(cited, context[rid]), None, mine)[0] != "conflict"
            }
        return keep

    def edges(self) -> Iterator[RefEdge]:
        """Every citation in the archive, resolved (for exports and the reference graph)."""
        cache: dict = {}
        for row in self.backend.all(
            f"SELECT {_SUMMARY_SQL}, d.json FROM documents d WHERE d.status = 'present' ORDER BY d.id"
        ):
            doc = Document.model_validate_json(row[8])
            me = _summary(row)
            ctx = self._context(doc)
            for r in doc.references:
                yield self._edge(me, r, ctx, cache)

    def records(self) -> Iterator[ArchivedDocument]:
        for summary, doc in self.documents():
            yield ArchivedDocument(id=summary.id, status=summary.status, paths=self.paths(summary.id), document=doc)

    def documents(self) -> Iterator[tuple[DocumentSummary, Document]]:
        for row in self.backend.all(
            f"SELECT {_SUMMARY_SQL}, d.json FROM documents d WHERE d.status = 'present' ORDER BY d.id"
        ):
            yield _summary(row), Document.model_validate_json(row[8])

    def all_obligations(self) -> Iterator[ObligationHit]:
        """Every obligation in the archive, document by document (for exports)."""
        return self._obligation_hits("1 = 1", [], order="d.id, o.ord")


#: At most this many values in one ``IN (…)`` list (SQLite allows 32 766 parameters; the plans of a long
#: list are no better than reading the rows).
DEFAULT_MAX_LISTED = 1000
#: Keys of issuer names and places met while resolving references: the same names recur in thousands of
#: citations (a plan cited by every commune), and a key costs some twenty regular-expression passes.
DEFAULT_KEY_CACHE = 8192


@functools.lru_cache(maxsize=DEFAULT_KEY_CACHE)
def _issuer_key(name: str | None) -> str | None:
    return issuer_key(name)


@functools.lru_cache(maxsize=DEFAULT_KEY_CACHE)
def _place_key(place: str) -> str | None:
    return match_key(place) or None


#: Characters that ``fold`` leaves as they are and makes of no other: a folded key's runs of them are in
#: the text itself wherever the key is in the folded text.
_FOLD_FIXED = string.digits + string.punctuation
_NOT_FIXED = regex.compile(r"[^" + regex.escape(_FOLD_FIXED) + r"]+")


def _literals(key: str) -> list[str]:
    """The runs of ``_FOLD_FIXED`` characters in a folded key (``42/kh-ubnd`` → ``42/``, ``-``)."""
    return [m for m in _NOT_FIXED.split(key) if m]


def _first_match(body: str, patterns, chunk: int = 4000, overlap: int = 200) -> int | None:
    """Offset of the first match of the first pattern that matches anywhere, folding the body a chunk at
    a time (folding a long body whole for every hit would cost more than the search), each chunk once.
    ``patterns``: ``(pattern, literals)``; a chunk without one of the literals is not folded for it (a
    document number is rarely in the body: most bodies need no folding then)."""
    folded: dict[int, str] = {}
    for pat, literals in patterns:
        for i in range(0, len(body), chunk):
            if literals and not all(x in body[i : i + chunk + overlap] for x in literals):
                continue
            text = folded.get(i)
            if text is None:
                text = folded[i] = fold(body[i : i + chunk + overlap])
            m = pat.search(text)
            if m:
                return i + m.start()
    return None


def _iso(d: _dt.date | str) -> str:
    return d.isoformat() if isinstance(d, _dt.date) else str(d)


def _is_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()
