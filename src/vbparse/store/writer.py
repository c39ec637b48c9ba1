"""Batched writes of an index run: a batch of parsed documents in a few statements, one transaction.

Storing one document one statement at a time costs about ten round trips to PostgreSQL; a batch costs
a few per batch: the documents in one multi-row ``INSERT … RETURNING``, each query table in one COPY
(``executemany`` in SQLite), the file records likewise.  What is stored is what
``Archive._store_parsed`` stores for each document in turn; when the database refuses the batch (a
value it cannot take), the batch is stored again one document at a time, so that only the document at
fault is recorded as failed, with the database's reason.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .rows import DocumentRows
from .schema import CHILD_TABLES, DOCUMENTS, SOURCE_TABLE

if TYPE_CHECKING:
    from .archive import Archive

#: Parsed documents stored (and committed) together: past a few hundred a batch saves no more round
#: trips worth having, and a killed driver loses at most one batch of parsing.
DEFAULT_BATCH_DOCS = 200
#: Seconds a parsed document waits for its batch to fill before the batch is stored and committed
#: (what an index run interrupted without warning, ``kill -9``, can lose).
DEFAULT_BATCH_SECONDS = 0.5
#: Parameters per statement: SQLite allows 32 766, PostgreSQL 65 535.
_MAX_PARAMS = 30_000
_FILE_COLUMNS = ("path", "doc_id", "sha256", "size", "mtime", "status", "error", "indexed_at")
_DOCUMENT_COLUMNS = ("id", "status", "path", "parser", *(c.name for c in DOCUMENTS.columns), "json")


@dataclass
class Parsed:
    """A file parsed in this run, to be stored: its shown path, sha256, rows and the file itself."""

    key: str
    sha: str
    rows: DocumentRows
    real: Path | None = None


def file_stat(path: str | Path) -> tuple[int | None, float | None]:
    """``(size, mtime)`` of the file, or ``(None, None)`` when it cannot be looked at."""
    try:
        st = os.stat(path)
        return st.st_size, st.st_mtime
    except (OSError, ValueError):
        return None, None


def store_batch(archive: Archive, items: list[Parsed], stamp: str) -> list[str | None]:
    """Store every item, parsed by parser ``stamp``, with its file record (not committed); per item,
    ``None`` or why it could not be stored.  An error no document would escape (``Backend.is_fatal``)
    is raised."""
    b = archive.backend
    if not items:
        return []
    try:
        with b.savepoint():
            _store_together(archive, items, stamp)
        return [None] * len(items)
    except Exception as exc:
        if b.is_fatal(exc):
            raise
    errors: list[str | None] = []
    for it in items:  # one at a time: the database names the document it refuses
        try:
            with b.savepoint():
                archive._store_parsed(it.key, it.sha, it.rows, it.real)
            errors.append(None)
        except Exception as exc:
            if b.is_fatal(exc):
                raise
            errors.append(f"cannot be stored in the archive ({type(exc).__name__}: {str(exc).strip()[:200]})")
    return errors


def _chunks(values: list, size: int) -> Iterable[list]:
    for i in range(0, len(values), size):
        yield values[i : i + size]


def _select_in(archive: Archive, sql: str, values: list) -> list[tuple]:
    """Rows of ``sql`` (with one ``IN ({})``) for every value, a statement per few hundred of them."""
    out: list[tuple] = []
    for part in _chunks(values, 500):
        out += archive.backend.all(sql.format(",".join("?" * len(part))), part)
    return out


def _store_together(archive: Archive, items: list[Parsed], stamp: str) -> None:
    b = archive.backend
    existing = {
        r[0]: (r[1], r[2])
        for r in _select_in(
            archive, "SELECT id, status, parser FROM documents WHERE id IN ({})", list({it.rows.id: 0 for it in items})
        )
    }
    for doc_id, (_, parser) in list(existing.items()):
        if parser != stamp:  # parsed by another parser: replaced
            archive._delete_document(doc_id)
            del existing[doc_id]
    sourced = {
        r[0] for r in _select_in(archive, f"SELECT doc_id FROM {SOURCE_TABLE} WHERE doc_id IN ({{}})", list(existing))
    }
    new: list[Parsed] = []
    seen: set[str] = set()
    for it in items:  # the same content twice in a batch: stored once, as the first file found it
        doc_id = it.rows.id
        if doc_id in seen:
            continue
        seen.add(doc_id)
        if doc_id not in existing:
            new.append(it)
            continue
        if existing[doc_id][0] != "present":
            b.execute("UPDATE documents SET status = 'present', path = ? WHERE id = ?", (it.key, doc_id))
        if doc_id not in sourced:
            archive._store_original(it.rows)  # parsed again for the text an older archive did not keep
    _insert_documents(archive, new, stamp)
    _record_files(archive, items)


def _insert_documents(archive: Archive, new: list[Parsed], stamp: str) -> None:
    b = archive.backend
    names = ", ".join(f'"{c}"' for c in _DOCUMENT_COLUMNS)
    row = "(" + ", ".join("?" * len(_DOCUMENT_COLUMNS)) + ")"
    rid_of: dict[str, int] = {}
    for part in _chunks(new, max(1, _MAX_PARAMS // len(_DOCUMENT_COLUMNS))):
        params = [v for it in part for v in (it.rows.id, "present", it.key, stamp, *it.rows.document, it.rows.json)]
        rid_of.update(
            b.all(f"INSERT INTO documents ({names}) VALUES {', '.join([row] * len(part))} RETURNING id, rid", params)
        )
    for key, table in CHILD_TABLES.items():
        b.insert_rows(
            table.name,
            ["doc_rid", "ord", *(c.name for c in table.columns)],
            [(rid_of[it.rows.id], *r) for it in new for r in it.rows.children.get(key, [])],
        )
    b.add_texts([(rid_of[it.rows.id], it.rows.body, it.rows.words) for it in new])
    sources = [(it.rows.id, it.rows.original) for it in new if it.rows.original is not None]
    for part in _chunks([doc_id for doc_id, _ in sources], 500):
        b.execute(f"DELETE FROM {SOURCE_TABLE} WHERE doc_id IN ({','.join('?' * len(part))})", part)
    b.insert_rows(SOURCE_TABLE, ("doc_id", "original"), sources)


def _record_files(archive: Archive, items: list[Parsed]) -> None:
    """The ``ok`` file record of each item (replacing the one of the same path); a document no file
    refers to any more is dropped, as ``Archive._record_file`` does."""
    b = archive.backend
    keys = [it.key for it in items]
    old = dict(_select_in(archive, "SELECT path, doc_id FROM files WHERE path IN ({})", keys))
    for part in _chunks(keys, 500):
        b.execute(f"DELETE FROM files WHERE path IN ({','.join('?' * len(part))})", part)
    now = _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")
    b.insert_rows(
        "files",
        _FILE_COLUMNS,
        [(it.key, it.rows.id, it.sha, *file_stat(it.real or it.key), "ok", None, now) for it in items],
    )
    for it in items:
        before = old.get(it.key)
        if before and before != it.rows.id:
            archive._drop_if_orphan(before)
