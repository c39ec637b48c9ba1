"""Indexing: folders walked, files parsed (in a local process pool or on a Ray cluster: ``vbparse.ingest``),
the parsed documents written in batches (``writer``), each batch committed whole, so that an interrupted
run loses nothing already committed and the next run resumes (files are compared by sha256)."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..chars import one_line
from ..ingest.engines import Engine, EngineUnavailable, LocalEngine, ParseJob
from ..ingest.walk import HIDDEN_FILE, HIDDEN_FOLDER, NOT_A_DOCUMENT, Walked, walk
from ..ingest.workers import DEFAULT_FILE_TIMEOUT
from ..models import Document, FileRecord, IndexSummary
from ..paths import display_path
from ..stamp import parser_stamp
from ..stopping import stop_on_signals
from .backend import Backend, StoreError
from .copies import regroup
from .corrections import refresh_effects
from .rows import DocumentRows, document_rows
from .schema import SOURCE_TABLE
from .storing import record_file, record_roots
from .writer import DEFAULT_BATCH_DOCS, DEFAULT_BATCH_SECONDS, Parsed, store_batch

#: Seconds of a file's time limit kept back from writing its searchable copy, for storing its rows.
DEFAULT_SEARCHABLE_MARGIN = 5.0


def sha256_of(path: Path) -> str:
    """The file's sha256 (how an index run knows a file it has seen), read a megabyte at a time."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def parse_one(
    path: str, sha: str, ocr: str, searchable: Path | None = None, timeout: float | None = None
) -> tuple[str, str, str, Any]:
    """Parse one file into rows; a failure becomes its one-line reason, never an exception.

    With ``searchable`` (a folder), a scan is also written there with its recognised text layer; the
    payload is then ``(rows, outcome)`` (``vbparse.searchable.copy_for_index``: its failure is a reason,
    never the file's).  Runs in a worker: a parser that cannot even be loaded is each file's failure too."""
    t0 = time.monotonic()
    try:
        from ..pipeline import parse_read, read_file
        from ..read import ReadError
    except Exception as exc:  # noqa: BLE001 - a broken install: recorded with every file, the run goes on
        return "failed", path, sha, one_line(f"cannot load the parser ({type(exc).__name__}: {exc})")
    try:
        result = read_file(Path(path), ocr=ocr)  # read here, not in parse(): the original text is stored too
        doc = parse_read(result)
        rows = document_rows(doc, sha[:16])
        rows.original = result.original
        if searchable is None:
            return "ok", path, sha, rows
        from ..searchable import copy_for_index

        budget = None if not timeout or timeout <= 0 else timeout - (time.monotonic() - t0) - DEFAULT_SEARCHABLE_MARGIN
        return "ok", path, sha, (rows, copy_for_index(doc, path, searchable, ocr, budget))
    except ReadError as exc:
        return "failed", path, sha, exc.reason
    except MemoryError:
        return "failed", path, sha, "ran out of memory while parsing it"
    except Exception as exc:  # noqa: BLE001 - a parser bug must not stop the run; record it with the file
        return "failed", path, sha, one_line(f"internal error while parsing ({type(exc).__name__}: {exc})")


def renamed(payload: Any, path: str) -> Any:
    """The rows of a document parsed from a copy of the file at ``path`` (``--engine ray`` sending its
    bytes), naming that file (``source.path``) rather than the copy."""
    if not isinstance(payload, DocumentRows):
        return payload
    doc = Document.model_validate_json(payload.json)
    doc.source.path = display_path(path)
    moved = document_rows(doc, payload.id)
    moved.original = payload.original
    return moved


class Indexing:
    """The archive's indexing: ``index`` (a part of ``Archive``; needs its ``backend`` and ``db``)."""

    backend: Backend
    db: str

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
        follow_links: bool = False,
    ) -> IndexSummary:
        """See ``_index``.  ``searchable_pdf``: a folder where each scan parsed in this run is also written
        with its recognised text layer (``vbparse.searchable``); ``on_searchable(path, outcome)`` hears
        of each (a ``SearchableResult``, or the reason it failed: the file itself is indexed all the same).
        ``engine``: where the files are parsed (``ingest.engines.RayEngine``; default: ``jobs`` local processes).
        ``follow_links``: read what symbolic links out of the roots lead to (``ingest.walk.LINK_OUTSIDE``)."""
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
                follow_links=follow_links,
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
        follow_links: bool = False,
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
        walked = walk(roots, self._own_files(), follow_links=follow_links)
        record_roots(b, roots)
        summary = _walk_summary(walked)
        plan = self._plan(walked.files, roots, summary, reparse=reparse, retry_failed=retry_failed)
        b.commit()

        bar = None
        if progress and plan.todo:
            from tqdm import tqdm

            bar = tqdm(total=len(plan.todo), unit="file", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)
        batches = _Batches(
            b,
            self.db,
            plan,
            summary,
            searchable=searchable_pdf is not None,
            on_searchable=on_searchable,
            on_result=on_result,
            bar=bar,
        )
        parse = (
            parse_one
            if searchable_pdf is None
            else functools.partial(parse_one, searchable=Path(searchable_pdf), timeout=timeout)
        )
        # Ctrl-C and kill stop the workers; the results already in are stored whole and committed (a
        # KeyboardInterrupt thrown into a write would lose them)
        with stop_on_signals() as stop:
            try:
                if plan.todo:
                    job = ParseJob(parse, ocr, timeout, files=len(plan.todo), close_fds=b.lock_fds(), renamed=renamed)
                    runner = engine.start(job)
                    try:
                        for result in runner.results(plan.todo, stop=stop.is_set, idle=True):
                            if result is not None:
                                batches.add(result)
                            if batches.due():
                                batches.flush()
                    finally:
                        runner.close()
                    batches.flush()
                b.commit()
            except EngineUnavailable:  # the cluster went away mid-run: what it returned before is kept
                batches.flush()
                b.commit()
                raise
            except StoreError:
                with contextlib.suppress(Exception):  # the database already refused; the error says why
                    b.rollback()
                raise
            finally:
                if bar is not None:
                    bar.close()
        summary.interrupted = stop.is_set()
        if (summary.indexed or summary.reparsed) and not summary.interrupted:
            b.optimize()
        summary.seconds = round(time.monotonic() - t0, 3)
        return summary

    def _plan(
        self, files: list[Path], roots: list[Path], summary: IndexSummary, *, reparse: bool, retry_failed: bool
    ) -> _Plan:
        """Which of ``files`` to parse: new or changed ones, those whose stored parse is stale (``reparse``)
        and those that failed before (``retry_failed``).  Files recorded under ``roots`` that are gone are
        marked vanished, with their documents when no other file holds them (not committed)."""
        b = self.backend
        # a root itself, or below one, compared as text: with many files given as roots (``vbparse watch``
        # hands the files that settled) comparing Paths was 15 ms a known file for 500 roots
        exact = {str(root) for root in roots}
        below = tuple(str(root).rstrip(os.sep) + os.sep for root in roots)
        known = {}
        for r in b.named("SELECT path, sha256, status, doc_id FROM files"):
            key = str(Path(r.path))
            if key in exact or key.startswith(below):
                known[r.path] = r
        stale: set[str] = set()
        if reparse:  # parsed by another parser, the parse is missing (an interrupted older rebuild), or
            # its original text is (indexed before the archive kept it)
            stale = {
                doc_id
                for (doc_id,) in b.all(
                    f"SELECT f.doc_id FROM files f LEFT JOIN documents d ON d.id = f.doc_id LEFT JOIN {SOURCE_TABLE} s "
                    "ON s.doc_id = f.doc_id WHERE f.status = 'ok' "
                    "AND (d.id IS NULL OR d.parser IS NULL OR d.parser <> ? OR s.doc_id IS NULL)",
                    (parser_stamp(),),
                )
            }

        plan = _Plan()
        for p in files:
            key = display_path(p)
            plan.real_of[key] = p
            plan.key_of[str(p)] = key
            try:
                sha = sha256_of(p)
            except OSError as exc:
                rec = FileRecord(path=key, status="failed", error=f"cannot read the file ({exc.strerror or exc})")
                record_file(b, key, status="failed", sha=None, doc_id=None, error=rec.error, real=p)
                summary.failed += 1
                summary.failures.append(rec)
                continue
            old = known.get(key)
            if old and old.sha256 == sha and old.status == "ok":
                if old.doc_id in stale:
                    plan.again.add(key)
                    plan.todo.append((str(p), sha))
                else:
                    summary.unchanged += 1
            elif old and old.sha256 == sha and old.status == "failed" and not retry_failed:
                summary.skipped_failed += 1
            else:
                plan.todo.append((str(p), sha))

        set_aside: list[str] = []
        for path, old in known.items():
            if path not in plan.real_of and old.status != "vanished":
                b.execute("UPDATE files SET status = 'vanished' WHERE path = ?", (path,))
                if (
                    old.doc_id
                    and b.one("SELECT 1 FROM files WHERE doc_id = ? AND status = 'ok'", (old.doc_id,)) is None
                ):
                    b.execute("UPDATE documents SET status = 'vanished' WHERE id = ?", (old.doc_id,))
                    set_aside.append(old.doc_id)
                summary.vanished += 1
        regroup(b, set_aside)  # a copy whose issued copy vanished is the issued copy now
        refresh_effects(b, set_aside)  # the corrections of their tasks are stale now
        return plan


def _walk_summary(walked: Walked) -> IndexSummary:
    """A run's summary as the walk leaves it: the files skipped (hidden, not documents) and those it could
    not look at."""
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
    return summary


@dataclass
class _Plan:
    """The files a run parses, ``(real name, sha256)`` (a real name may not be UTF-8), and the names."""

    todo: list[tuple[str, str]] = field(default_factory=list)
    #: shown name → the file
    real_of: dict[str, Path] = field(default_factory=dict)
    #: the file's real name → its shown name
    key_of: dict[str, str] = field(default_factory=dict)
    #: shown names of files parsed again for a stale parse (counted as ``reparsed``)
    again: set[str] = field(default_factory=set)


class _Batches:
    """A run's results as they come, stored a batch at a time (``writer``) and each batch committed whole,
    then counted in the summary and reported (progress bar, ``on_result``)."""

    def __init__(
        self,
        b: Backend,
        db: str,
        plan: _Plan,
        summary: IndexSummary,
        *,
        searchable: bool,
        on_searchable: Callable[[str, Any], None] | None,
        on_result: Callable[[FileRecord], None] | None,
        bar: Any,
    ) -> None:
        self.b, self.db, self.plan, self.summary = b, db, plan, summary
        self.searchable, self.on_searchable, self.on_result, self.bar = searchable, on_searchable, on_result, bar
        #: (status, shown name, sha256, rows or reason): not stored yet
        self.pending: list[tuple[str, str, str, Any]] = []
        #: when the oldest pending result came
        self.since = 0.0

    def add(self, result: tuple[str, str, str, Any]) -> None:
        status, real, sha, payload = result
        key = self.plan.key_of.get(real, real)
        if status == "ok" and self.searchable:  # (rows, the searchable copy's outcome)
            payload, searched = payload
            if searched is not None and self.on_searchable is not None:
                self.on_searchable(key, searched)
        if not self.pending:
            self.since = time.monotonic()
        self.pending.append((status, key, sha, payload))

    def due(self) -> bool:
        """A batch is full, or its oldest result has waited long enough."""
        return bool(self.pending) and (
            len(self.pending) >= DEFAULT_BATCH_DOCS or time.monotonic() - self.since > DEFAULT_BATCH_SECONDS
        )

    def flush(self) -> None:
        """Store the pending results in one batch, commit it, then count and report them."""
        b, summary, real_of = self.b, self.summary, self.plan.real_of
        parsed = [
            Parsed(key, sha, payload, real_of.get(key)) for status, key, sha, payload in self.pending if status == "ok"
        ]
        try:
            errors = iter(store_batch(b, parsed, parser_stamp()))
        except Exception as exc:
            if b.is_fatal(exc):
                raise StoreError(
                    f"{self.db}: cannot write the archive ({str(exc).strip()}); what was committed before is kept"
                ) from None
            raise
        reports = []
        for status, key, sha, payload in self.pending:
            error = next(errors) if status == "ok" else one_line(str(payload))  # every engine's reason: one line
            if error is None:
                if key in self.plan.again:
                    summary.reparsed += 1
                else:
                    summary.indexed += 1
                reports.append(FileRecord(path=key, status="ok", doc_id=sha[:16], sha256=sha))
            else:
                record_file(b, key, status="failed", sha=sha, doc_id=None, error=error, real=real_of.get(key))
                summary.failed += 1
                rec = FileRecord(path=key, status="failed", error=error, sha256=sha)
                summary.failures.append(rec)
                reports.append(rec)
        self.pending.clear()
        b.commit()
        for rec in reports:
            if self.bar is not None:
                self.bar.update(1)
                self.bar.set_postfix(failed=summary.failed, refresh=False)
            if self.on_result is not None:
                self.on_result(rec)
