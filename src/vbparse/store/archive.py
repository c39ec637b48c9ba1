"""The archive: a store of parsed documents, and the questions users ask of it.

``Archive(db)`` opens (or creates) an SQLite file or a ``postgresql://`` database.  ``index`` walks
folders and parses in a process pool; each document is written in its own transaction, committed in
small batches, so an interrupted run loses nothing already committed and the next run resumes (files
are compared by sha256).  Queries return the pydantic result models of ``vbparse.models``.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import os
import signal
import sys
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import regex

from ..models import (ArchivedDocument, Assignee, Document, DocumentSummary, FileRecord, IndexSummary, ObligationHit, Reference,
                      RefEdge, RefReport, SearchHit, Span)
from ..normalize import fold, match_key, nfc, tone_key
from .backend import Backend, StoreError, open_backend, q, text_tokens
from .resolve import Candidate, complete_issuer, is_partial, issuer_key, judge, number_key, resolve
from .rows import LAST, DocumentRows, document_rows
from .schema import CHILD_TABLES, DOCUMENTS, STORE_VERSION, fingerprint, load_model

#: Extensions walked in a folder (a file named on the command line is read whatever its name).
DOCUMENT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".docx", ".doc", ".pdf", ".rtf"})

#: A document number typed as a query: ``42/KH-UBND``, ``09/2019/QĐ-UBND``, ``26-NQ/ĐU``.
_NUMBER_QUERY = regex.compile(r"(?<![\p{L}\p{N}/])\d{1,6}(?:/\d{4})?[/-][\p{Lu}Đ][\p{L}\p{N}&./-]*")

_SUMMARY_COLUMNS = ("d.id", "d.path", "d.status", "d.doc_type_code", "d.number_value", "d.issuer_name",
                    "d.issued_date", "d.title")
_SUMMARY_SQL = ", ".join(_SUMMARY_COLUMNS)


def _summary(row: tuple) -> DocumentSummary:
    id_, path, status, doc_type, number, issuer, date, title = row[:8]
    return DocumentSummary(id=id_, path=path, status=status, doc_type=doc_type, number=number, issuer=issuer,
                           issued_date=_dt.date.fromisoformat(date) if date else None, title=title)


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


# --- the worker ------------------------------------------------------------------------------------

def _worker_init() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and commits
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's commit-and-stop handler
    parent = os.getppid()

    def watch() -> None:  # a parent killed with -9 leaves no orphans behind
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os._exit(1)

    import threading

    threading.Thread(target=watch, daemon=True).start()


def _parse_one(path: str, sha: str, ocr: str) -> tuple[str, str, str, DocumentRows | str]:
    """Parse one file into rows; a failure becomes its one-line reason, never an exception."""
    from ..pipeline import parse
    from ..read import ReadError

    try:
        doc = parse(path, ocr=ocr)
        return "ok", path, sha, document_rows(doc, sha[:16])
    except ReadError as exc:
        return "failed", path, sha, exc.reason
    except Exception as exc:  # a parser bug must not stop the run; record it with the file
        return "failed", path, sha, f"internal error while parsing ({type(exc).__name__}: {exc})"


class Archive:
    """An archive of parsed documents in SQLite (a file path) or PostgreSQL (a ``postgresql://`` URL)."""

    def __init__(self, db: str | os.PathLike = "vbparse.db") -> None:
        self.db = str(db)
        self.backend: Backend = open_backend(db)
        try:
            self._prepare()
        except Exception:
            self.backend.close()
            raise

    # --- lifecycle -----------------------------------------------------------------------------------
    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        self.backend.close()

    def _prepare(self) -> None:
        b = self.backend
        if not b.table_exists("meta") or b.one("SELECT value FROM meta WHERE key = 'store_version'") is None:
            if b.table_exists("documents"):
                raise StoreError(f"{self.db}: has a documents table but no vbparse version (not a vbparse archive)")
            b.create_all()
            b.execute("INSERT INTO meta (key, value) VALUES ('store_version', ?)", (str(STORE_VERSION),))
            b.execute("INSERT INTO meta (key, value) VALUES ('fingerprint', ?)", (fingerprint(),))
            b.commit()
            return
        version = int(b.one("SELECT value FROM meta WHERE key = 'store_version'")[0])
        if version > STORE_VERSION:
            raise StoreError(f"{self.db}: written by a newer vbparse (store version {version}, this one reads "
                             f"{STORE_VERSION}); upgrade vbparse")
        stored = b.one("SELECT value FROM meta WHERE key = 'fingerprint'")
        if version < STORE_VERSION or (stored and stored[0] != fingerprint()):
            self.rebuild()  # an older layout (or a development build's): rebuilt from the stored JSON

    def rebuild(self) -> int:
        """Recreate every query table from the stored Document JSON (the migration); returns documents."""
        b = self.backend
        b.drop_derived()
        if b.table_exists("documents_old"):
            b.execute("DROP TABLE documents_old")
        b.execute("ALTER TABLE documents RENAME TO documents_old")
        b.create_all()
        n = 0
        for id_, status, path, js in b.all("SELECT id, status, path, json FROM documents_old ORDER BY rid"):
            self._insert_document(document_rows(Document.model_validate_json(js), id_), status=status, path=path)
            n += 1
        b.execute("DROP TABLE documents_old")
        b.create_indexes()  # the renamed table took the documents indexes' names with it
        b.execute("DELETE FROM meta WHERE key IN ('store_version', 'fingerprint')")
        b.execute("INSERT INTO meta (key, value) VALUES ('store_version', ?)", (str(STORE_VERSION),))
        b.execute("INSERT INTO meta (key, value) VALUES ('fingerprint', ?)", (fingerprint(),))
        b.commit()
        return n

    # --- writing -------------------------------------------------------------------------------------
    def _insert_document(self, rows: DocumentRows, *, status: str, path: str | None) -> int:
        b = self.backend
        cols = ", ".join(q(c.name) for c in DOCUMENTS.columns)
        marks = ", ".join("?" * len(DOCUMENTS.columns))
        rid = b.one(f"INSERT INTO documents (id, status, path, {cols}, json) VALUES (?, ?, ?, {marks}, ?) "
                    "RETURNING rid", (rows.id, status, path, *rows.document, rows.json))[0]
        with b.batch():
            for key, table in CHILD_TABLES.items():
                names = ", ".join(["doc_rid", "ord", *(q(c.name) for c in table.columns)])
                marks = ", ".join("?" * (len(table.columns) + 2))
                b.executemany(f"INSERT INTO {q(table.name)} ({names}) VALUES ({marks})",
                              [(rid, *r) for r in rows.children.get(key, [])])
            b.add_text(rid, rows.body, rows.words)
        return rid

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

    def _drop_if_orphan(self, doc_id: str | None) -> None:
        if doc_id and self.backend.one("SELECT 1 FROM files WHERE doc_id = ? AND status = 'ok'", (doc_id,)) is None:
            self._delete_document(doc_id)

    def _record_file(self, path: str, *, status: str, sha: str | None, doc_id: str | None,
                     error: str | None) -> None:
        b = self.backend
        old = b.one("SELECT doc_id FROM files WHERE path = ?", (path,))
        try:
            st = os.stat(path)
            size, mtime = st.st_size, st.st_mtime
        except OSError:
            size = mtime = None
        now = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
        b.execute("DELETE FROM files WHERE path = ?", (path,))
        b.execute("INSERT INTO files (path, doc_id, sha256, size, mtime, status, error, indexed_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (path, doc_id, sha, size, mtime, status, error, now))
        if old and old[0] != doc_id:
            self._drop_if_orphan(old[0])

    def _store_parsed(self, path: str, sha: str, rows: DocumentRows) -> None:
        b = self.backend
        existing = b.one("SELECT status FROM documents WHERE id = ?", (rows.id,))
        if existing is None:
            self._insert_document(rows, status="present", path=path)
        elif existing[0] != "present":
            b.execute("UPDATE documents SET status = 'present', path = ? WHERE id = ?", (path, rows.id))
        self._record_file(path, status="ok", sha=sha, doc_id=rows.id, error=None)

    def _walk(self, roots: list[Path]) -> tuple[list[Path], int, list[FileRecord]]:
        files: list[Path] = []
        ignored = 0
        missing: list[FileRecord] = []
        own = {Path(self.db).resolve(), Path(self.db + "-wal").resolve(), Path(self.db + "-shm").resolve()} \
            if self.backend.kind == "sqlite" else set()
        for root in roots:
            if root.is_file():
                files.append(root)
            elif root.is_dir():
                for dirpath, dirnames, filenames in os.walk(root):
                    dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                    for name in sorted(filenames):
                        p = Path(dirpath) / name
                        if name.startswith(".") or p in own:
                            continue
                        if p.suffix.lower() in DOCUMENT_SUFFIXES:
                            files.append(p)
                        else:
                            ignored += 1
            else:
                missing.append(FileRecord(path=str(root), status="failed", error="no such file or directory"))
        seen: set[Path] = set()
        unique = [p for p in files if not (p in seen or seen.add(p))]
        return unique, ignored, missing

    def index(self, paths: Iterable[str | os.PathLike], *, jobs: int | None = None, ocr: str = "auto",
              retry_failed: bool = False, progress: bool = False,
              on_result: Callable[[FileRecord], None] | None = None) -> IndexSummary:
        """Parse every document under ``paths`` into the archive; unchanged files are skipped.

        Interrupting (KeyboardInterrupt, SIGTERM) commits what is done and returns with ``interrupted``.
        """
        t0 = time.monotonic()
        b = self.backend
        roots = [Path(p).resolve() for p in paths]
        files, ignored, missing = self._walk(roots)
        summary = IndexSummary(ignored=ignored)
        for rec in missing:
            summary.failed += 1
            summary.failures.append(rec)

        known = {}
        for path, sha, status, doc_id in b.all("SELECT path, sha256, status, doc_id FROM files"):
            p = Path(path)
            if any(p == r or r in p.parents for r in roots):
                known[path] = (sha, status, doc_id)

        todo: list[tuple[str, str]] = []
        for p in files:
            key = str(p)
            try:
                sha = sha256_of(p)
            except OSError as exc:
                rec = FileRecord(path=key, status="failed", error=f"cannot read the file ({exc.strerror or exc})")
                self._record_file(key, status="failed", sha=None, doc_id=None, error=rec.error)
                summary.failed += 1
                summary.failures.append(rec)
                continue
            old = known.get(key)
            if old and old[0] == sha and old[1] == "ok":
                summary.unchanged += 1
            elif old and old[0] == sha and old[1] == "failed" and not retry_failed:
                summary.skipped_failed += 1
            else:
                todo.append((key, sha))

        present = {str(p) for p in files}
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

        def handle(result: tuple[str, str, str, DocumentRows | str]) -> None:
            status, path, sha, payload = result
            if status == "ok":
                self._store_parsed(path, sha, payload)  # type: ignore[arg-type]
                summary.indexed += 1
                rec = FileRecord(path=path, status="ok", doc_id=sha[:16], sha256=sha)
            else:
                self._record_file(path, status="failed", sha=sha, doc_id=None, error=str(payload))
                summary.failed += 1
                rec = FileRecord(path=path, status="failed", error=str(payload), sha256=sha)
                summary.failures.append(rec)
            if bar is not None:
                bar.update(1)
                bar.set_postfix(failed=summary.failed, refresh=False)
            if on_result is not None:
                on_result(rec)

        previous_term = signal.getsignal(signal.SIGTERM)

        def on_term(signum, frame):  # kill → the same clean stop as Ctrl-C
            raise KeyboardInterrupt

        in_main_thread = _is_main_thread()
        if in_main_thread:
            signal.signal(signal.SIGTERM, on_term)
        jobs = max(1, jobs or os.cpu_count() or 1)
        last_commit = time.monotonic()
        pool = None
        try:
            if jobs == 1 or len(todo) < 2:
                for path, sha in todo:
                    handle(_parse_one(path, sha, ocr))
                    if time.monotonic() - last_commit > 0.5:
                        b.commit()
                        last_commit = time.monotonic()
            else:
                pool = ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init)
                pending: set[Future] = set()
                queue = iter(todo)
                exhausted = False
                while True:
                    while not exhausted and len(pending) < jobs * 4:
                        nxt = next(queue, None)
                        if nxt is None:
                            exhausted = True
                            break
                        pending.add(pool.submit(_parse_one, nxt[0], nxt[1], ocr))
                    if not pending:
                        break
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for fut in done:
                        handle(fut.result())
                    if time.monotonic() - last_commit > 0.5:
                        b.commit()
                        last_commit = time.monotonic()
            b.commit()
        except KeyboardInterrupt:
            b.commit()
            summary.interrupted = True
        finally:
            if pool is not None:
                pool.shutdown(wait=False, cancel_futures=True)
            if bar is not None:
                bar.close()
            if in_main_thread:
                signal.signal(signal.SIGTERM, previous_term)
        if summary.indexed and not summary.interrupted:
            b.optimize()
        summary.seconds = round(time.monotonic() - t0, 3)
        return summary

    # --- reading -------------------------------------------------------------------------------------
    def failures(self) -> list[FileRecord]:
        rows = self.backend.all("SELECT path, status, error, doc_id, sha256, indexed_at FROM files "
                                "WHERE status = 'failed' ORDER BY path")
        return [FileRecord(path=p, status=s, error=e, doc_id=d, sha256=h, indexed_at=t) for p, s, e, d, h, t in rows]

    def files(self) -> list[FileRecord]:
        rows = self.backend.all("SELECT path, status, error, doc_id, sha256, indexed_at FROM files ORDER BY path")
        return [FileRecord(path=p, status=s, error=e, doc_id=d, sha256=h, indexed_at=t) for p, s, e, d, h, t in rows]

    def count(self) -> int:
        return self.backend.one("SELECT COUNT(*) FROM documents WHERE status = 'present'")[0]

    def find(self, ref: str) -> list[DocumentSummary]:
        """Documents a user means by ``ref``: an id (or a prefix of 6+ hex digits), a path, or a number."""
        b = self.backend
        ref = ref.strip()
        if regex.fullmatch(r"[0-9a-f]{6,64}", ref):
            rows = b.all(f"SELECT {_SUMMARY_SQL} FROM documents d WHERE d.id = ?", (ref[:16],))
            if not rows and len(ref) < 16:
                rows = b.all(f"SELECT {_SUMMARY_SQL} FROM documents d WHERE d.id LIKE ?", (ref + "%",))
            if rows:
                return [_summary(r) for r in rows]
        p = Path(ref)
        if p.exists():
            rows = b.all(f"SELECT {_SUMMARY_SQL} FROM documents d JOIN files f ON f.doc_id = d.id WHERE f.path = ?",
                         (str(p.resolve()),))
            if rows:
                return [_summary(r) for r in rows]
        key = number_key(ref)
        if key:
            rows = b.all(f"SELECT {_SUMMARY_SQL} FROM documents d WHERE d.number_key = ? ORDER BY d.issued_date IS NULL, d.issued_date, d.id",
                         (key,))
            return [_summary(r) for r in rows]
        return []

    def document(self, doc_id: str) -> Document:
        row = self.backend.one("SELECT json FROM documents WHERE id = ?", (doc_id,))
        if row is None:
            raise KeyError(doc_id)
        return Document.model_validate_json(row[0])

    def record(self, doc_id: str) -> ArchivedDocument:
        """The stored document with its archive id, status and file paths."""
        row = self.backend.one("SELECT status, json FROM documents WHERE id = ?", (doc_id,))
        if row is None:
            raise KeyError(doc_id)
        return ArchivedDocument(id=doc_id, status=row[0], paths=self.paths(doc_id),
                                document=Document.model_validate_json(row[1]))

    def paths(self, doc_id: str) -> list[str]:
        return [r[0] for r in self.backend.all("SELECT path FROM files WHERE doc_id = ? AND status = 'ok' ORDER BY path",
                                               (doc_id,))]

    # --- search ----------------------------------------------------------------------------------------
    def search(self, query: str, *, doc_type: str | None = None, issuer: str | None = None,
               date_from: _dt.date | None = None, date_to: _dt.date | None = None,
               limit: int = 20) -> list[SearchHit]:
        """Full-text search, diacritic-insensitive; exact words rank above folded ones; numbers exactly."""
        where, params = self._filters("d", doc_type=doc_type, issuer=issuer, date_from=date_from, date_to=date_to)
        query = nfc(query)
        numbers = [m.group() for m in _NUMBER_QUERY.finditer(query)]
        rest = _NUMBER_QUERY.sub(" ", query)
        exact = text_tokens(rest)
        folded = [fold(w) for w in exact]
        b = self.backend
        hits: list[SearchHit] = []
        seen: set[str] = set()
        if numbers:
            keys = [k for k in (number_key(n) for n in numbers) if k]
            marks = ",".join("?" * len(keys))
            own = b.all(f"SELECT {_SUMMARY_SQL}, d.rid FROM documents d WHERE d.number_key IN ({marks}) "
                        f"AND d.status = 'present'{where} ORDER BY d.issued_date IS NULL, d.issued_date DESC, d.id LIMIT ?",
                        [*keys, *params, limit])
            citing = b.all(f"SELECT {_SUMMARY_SQL}, d.rid FROM citations c JOIN documents d ON d.rid = c.doc_rid "
                           f"WHERE c.number_key IN ({marks}) AND d.status = 'present'{where} "
                           "ORDER BY c.doc_date_sort DESC, c.doc_rid DESC LIMIT ?", [*keys, *params, 2 * limit])
            rids = {r[8] for r in own + citing}
            words_ok = set(rids)
            if exact and rids:
                words_ok = b.has_words(sorted(rids), folded)
            for kind, rows in (("number", own), ("citation", citing)):
                for r in rows:
                    if r[0] in seen or r[8] not in words_ok:
                        continue
                    seen.add(r[0])
                    hits.append(SearchHit(document=_summary(r), score=2.0 if kind == "number" else 1.0, match=kind))
            hits = hits[:limit]
            self._snippets(hits, exact + [n for n in numbers])
            return hits
        for rid, score, is_exact in b.text_search(exact, folded, where, params, limit):
            r = b.one(f"SELECT {_SUMMARY_SQL} FROM documents d WHERE d.rid = ?", (rid,))
            hits.append(SearchHit(document=_summary(r), score=round(score, 6), match="exact" if is_exact else "folded"))
        self._snippets(hits, exact)
        return hits

    def _filters(self, alias: str, *, doc_type=None, issuer=None, date_from=None, date_to=None):
        where, params = "", []
        if doc_type:
            from ..tables.doctypes import canonical_code

            where += f" AND {alias}.doc_type_code = ?"
            params.append(canonical_code(doc_type) or doc_type)
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

        for hit in hits:
            row = self.backend.one("SELECT t.body FROM doc_text t JOIN documents d ON d.rid = t.doc_rid "
                                   "WHERE d.id = ?", (hit.document.id,))
            if not row:
                continue
            body = row[0]
            anchor = _first_match(body, (phrase, *single))
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
            found = [(m.start(), m.end()) for m in phrase.finditer(folded)] or \
                sorted((m.start(), m.end()) for p in single for m in p.finditer(folded))
            if any(is_exact(window[a:e]) for a, e in found):
                found = [(a, e) for a, e in found if is_exact(window[a:e])]
            lead = "…" if start > 0 else ""
            hit.snippet = lead + window.replace("\n", " ") + ("…" if end < len(body) else "")
            hit.highlights = [Span(start=a + len(lead), end=e + len(lead)) for a, e in found]

    # --- obligations ---------------------------------------------------------------------------------
    def obligations(self, assignee: str, *, due_before: _dt.date | None = None, due_after: _dt.date | None = None,
                    overdue: bool = False, today: _dt.date | None = None, role: str | None = None,
                    limit: int | None = None) -> list[ObligationHit]:
        """Every task of ``assignee`` (a unit, position, body or person; any spelling or abbreviation).

        A name without a place (``Sở Tài chính``) finds it in every place; with a place (``UBND huyện Trà
        Bồng``) only there; a bare level (``Công an tỉnh``) any place of that level.  ``overdue``: the
        deadline has passed (before ``today``, default the current date)."""
        from ..query import assignee_query

        b = self.backend
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
        if not cond or b.one(f"SELECT 1 FROM obligations o WHERE {cond}", params) is None:
            key = query.text
            cond, params = "(o.person_key = ? OR o.assignee_key = ?)", [key, key]
            if b.one(f"SELECT 1 FROM obligations o WHERE {cond}", params) is None:
                cond, params = "(o.person_key LIKE ? OR o.raw_key LIKE ?)", [f"%{key}%", f"%{key}%"]
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

    def _obligation_hits(self, cond: str, params: list, *, limit: int | None = None,
                         order: str = "o.due_sort, o.doc_date_sort, o.doc_id, o.ord") -> Iterator[ObligationHit]:
        """Obligations matching ``cond``, read back into the model, each with the co-assignees of its task
        (the other obligations of the same ``task_group``), fetched a page at a time."""
        b = self.backend
        table = CHILD_TABLES["obligations"]
        cols = ", ".join(f"o.{q(c.name)}" for c in table.columns)
        sql = (f"SELECT {_SUMMARY_SQL}, o.doc_rid, o.ord, o.task_group, {cols} FROM obligations o "
               f"JOIN documents d ON d.rid = o.doc_rid WHERE d.status = 'present' AND {cond} ORDER BY {order}")
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
                    f"({','.join('?' * len(rids))}) ORDER BY doc_rid, ord", rids):
                if (rid, group) in groups:
                    co.setdefault((rid, group), []).append(
                        (ord_, Assignee(raw=raw, canonical=canon, kind=kind, person_name=person, position=position,
                                         place=place)))
            for r in page:
                o = load_model(table, r[11:])
                others = [a for ord_, a in co.get((r[8], r[10]), []) if ord_ != r[9]]
                yield ObligationHit(document=_summary(r), assignee=o.assignee, role=o.role, mode=o.mode, task=o.task,
                                    deadline=o.deadline, deadline_raw=o.deadline_raw,
                                    deadline_precision=o.deadline_precision, recurrence=o.recurrence,
                                    section=o.section, source=o.source, co_assignees=others)

    # --- references ------------------------------------------------------------------------------------
    def _candidates(self, key: str, issuer: str | None, date: str | None) -> list[tuple[Candidate, tuple]]:
        """Present documents with number ``key`` that the issuer and date do not rule out."""
        sql = (f"SELECT {_SUMMARY_SQL}, d.issuer_key FROM documents d WHERE d.number_key = ? "
               "AND d.status = 'present'")
        params: list = [key]
        if date:  # a candidate of another date can be neither the one meant nor one of those it may mean
            sql += " AND (d.issued_date = ? OR d.issued_date IS NULL)"
            params.append(date)
        if issuer and not is_partial(issuer):
            sql += " AND (d.issuer_key = ? OR d.issuer_key IS NULL)"
            params.append(issuer)
        rows = self.backend.all(sql + " ORDER BY d.id", params)
        return [(Candidate(doc_id=r[0], issuer_key=r[8], issued_date=r[6]), r) for r in rows]

    def _edge(self, source: DocumentSummary, citation: Reference, context: list[str | None],
              cache: dict | None = None) -> RefEdge:
        key = number_key(citation.number)
        if not key:
            return RefEdge(source=source, citation=citation, status="external")
        cited_issuer = complete_issuer(issuer_key(citation.issuer), context)
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
        return RefEdge(source=source, citation=citation, status=status,
                       target=summaries[0] if status == "resolved" else None, candidates=summaries)

    @staticmethod
    def _context_of(issuer: str | None, parent: str | None, place: str | None) -> list[str | None]:
        """What completes a partial issuer in a citation: the citing document's issuer, parent body, place."""
        return [issuer_key(issuer), issuer_key(parent), match_key(place or "") or None]

    def _context(self, doc: Document) -> list[str | None]:
        return self._context_of(doc.issuer.name, doc.issuer.parent, doc.place)

    def refs(self, doc_id: str) -> RefReport:
        """What the document cites (each edge resolved, external or ambiguous) and what cites it."""
        b = self.backend
        row = b.one(f"SELECT {_SUMMARY_SQL}, d.number_key FROM documents d WHERE d.id = ?", (doc_id,))
        if row is None:
            raise KeyError(doc_id)
        me = _summary(row)
        doc = self.document(doc_id)
        report = RefReport(document=me, cites=[self._edge(me, r, self._context(doc)) for r in doc.references])
        if not row[8]:
            return report
        # citations of my number whose date does not rule me out, read from the citations table
        cols = CHILD_TABLES["references"].columns
        sql = (f"SELECT {_SUMMARY_SQL}, d.issuer_parent, d.place, "
               + ", ".join(f"c.{q(c.name)}" for c in cols) +
               " FROM citations c JOIN documents d ON d.rid = c.doc_rid WHERE c.number_key = ? "
               "AND d.status = 'present' AND d.id <> ?")
        params: list = [row[8], doc_id]
        if me.issued_date:
            sql += " AND (c.date = ? OR c.date IS NULL)"
            params.append(me.issued_date.isoformat())
        mine = Candidate(doc_id=doc_id, issuer_key=issuer_key(me.issuer), issued_date=None)
        for r in b.all(sql + " ORDER BY d.id, c.ord", params):
            source = _summary(r)
            citation = load_model(CHILD_TABLES["references"], r[10:])
            context = self._context_of(source.issuer, r[8], r[9])
            if judge(complete_issuer(issuer_key(citation.issuer), context), None, mine)[0] == "conflict":
                continue  # names another issuer: it cannot mean this document
            edge = self._edge(source, citation, context)
            if any(c.id == doc_id for c in edge.candidates):
                report.cited_by.append(edge)
        return report

    def edges(self) -> Iterator[RefEdge]:
        """Every citation in the archive, resolved (for exports and the reference graph)."""
        cache: dict = {}
        for row in self.backend.all(f"SELECT {_SUMMARY_SQL}, d.json FROM documents d WHERE d.status = 'present' "
                                    "ORDER BY d.id"):
            doc = Document.model_validate_json(row[8])
            me = _summary(row)
            ctx = self._context(doc)
            for r in doc.references:
                yield self._edge(me, r, ctx, cache)

    def records(self) -> Iterator[ArchivedDocument]:
        for summary, doc in self.documents():
            yield ArchivedDocument(id=summary.id, status=summary.status, paths=self.paths(summary.id), document=doc)

    def documents(self) -> Iterator[tuple[DocumentSummary, Document]]:
        for row in self.backend.all(f"SELECT {_SUMMARY_SQL}, d.json FROM documents d WHERE d.status = 'present' "
                                    "ORDER BY d.id"):
            yield _summary(row), Document.model_validate_json(row[8])

    def all_obligations(self) -> Iterator[ObligationHit]:
        """Every obligation in the archive, document by document (for exports)."""
        return self._obligation_hits("1 = 1", [], order="d.id, o.ord")


def _first_match(body: str, patterns, chunk: int = 4000, overlap: int = 200) -> int | None:
    """Offset of the first match of the first pattern that matches anywhere, folding the body a chunk at
    a time (folding a long body whole for every hit would cost more than the search)."""
    for pat in patterns:
        for i in range(0, len(body), chunk):
            m = pat.search(fold(body[i:i + chunk + overlap]))
            if m:
                return i + m.start()
    return None


def _iso(d: _dt.date | str) -> str:
    return d.isoformat() if isinstance(d, _dt.date) else str(d)


def _is_main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()
