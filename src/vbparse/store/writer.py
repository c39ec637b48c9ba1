"""Batched writes of an index run: a batch of parsed documents in a few statements, one transaction.

Storing one document one statement at a time costs about ten round trips to PostgreSQL; a batch costs
a few per batch: the documents in one multi-row ``INSERT … RETURNING``, each query table in one COPY
(``executemany`` in SQLite), the file records likewise.  What is stored is what
``storing.store_parsed`` stores for each document in turn; when the database refuses the batch (a
value it cannot take), the batch is stored again one document at a time, so that only the document at
fault is recorded as failed, with the database's reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .backend import Backend, chunks
from .copies import regroup
from .corrections import refresh_effects
from .rows import DocumentRows
from .schema import CHILD_TABLES, DOCUMENTS, SOURCE_TABLE
from .storing import delete_document, drop_if_orphan, file_stat, now_stamp, redirect, store_original, store_parsed

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


def store_batch(b: Backend, items: list[Parsed], stamp: str) -> list[str | None]:
    """Store every item, parsed by parser ``stamp``, with its file record (not committed); per item,
    ``None`` or why it could not be stored.  An error no document would escape (``Backend.is_fatal``)
    is raised."""
    if not items:
        return []
    try:
        with b.savepoint():
            _store_together(b, items, stamp)
        return [None] * len(items)
    except Exception as exc:
        if b.is_fatal(exc):
            raise
    errors: list[str | None] = []
    for it in items:  # one at a time: the database names the document it refuses
        try:
            with b.savepoint():
                store_parsed(b, it.key, it.sha, it.rows, it.real, stamp)
            errors.append(None)
        except Exception as exc:
            if b.is_fatal(exc):
                raise
            errors.append(f"cannot be stored in the archive ({type(exc).__name__}: {str(exc).strip()[:200]})")
    return errors


def _store_together(b: Backend, items: list[Parsed], stamp: str) -> None:
    existing = {
        doc_id: (status, parser)
        for doc_id, status, parser in b.all_in(
            "SELECT id, status, parser FROM documents WHERE id IN ({})", list({it.rows.id: 0 for it in items})
        )
    }
    for doc_id, (_, parser) in list(existing.items()):
        if parser != stamp:  # parsed by another parser: replaced
            delete_document(b, doc_id)
            del existing[doc_id]
    sourced = {
        doc_id for (doc_id,) in b.all_in(f"SELECT doc_id FROM {SOURCE_TABLE} WHERE doc_id IN ({{}})", list(existing))
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
            store_original(b, it.rows)  # parsed again for the text an older archive did not keep
    _insert_documents(b, new, stamp)
    _record_files(b, items)
    regroup(b, seen)  # copies decided now, among the documents sharing a key with these
    refresh_effects(b, seen)  # and the corrections of their tasks found again


def _insert_documents(b: Backend, new: list[Parsed], stamp: str) -> None:
    names = ", ".join(f'"{c}"' for c in _DOCUMENT_COLUMNS)
    row = "(" + ", ".join("?" * len(_DOCUMENT_COLUMNS)) + ")"
    rid_of: dict[str, int] = {}
    for part in chunks(new, max(1, _MAX_PARAMS // len(_DOCUMENT_COLUMNS))):
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
    for part in chunks([doc_id for doc_id, _ in sources]):
        b.execute(f"DELETE FROM {SOURCE_TABLE} WHERE doc_id IN ({','.join('?' * len(part))})", part)
    b.insert_rows(SOURCE_TABLE, ("doc_id", "original"), sources)


def _record_files(b: Backend, items: list[Parsed]) -> None:
    """The ``ok`` file record of each item (replacing the one of the same path); a document no file
    refers to any more is dropped, as ``storing.record_file`` does."""
    keys = [it.key for it in items]
    old = dict(b.all_in("SELECT path, doc_id FROM files WHERE path IN ({})", keys))
    for part in chunks(keys):
        b.execute(f"DELETE FROM files WHERE path IN ({','.join('?' * len(part))})", part)
    now = now_stamp()
    b.insert_rows(
        "files",
        _FILE_COLUMNS,
        [(it.key, it.rows.id, it.sha, *file_stat(it.real or it.key), "ok", None, now) for it in items],
    )
    for it in items:
        before = old.get(it.key)
        if before and before != it.rows.id:
            drop_if_orphan(b, before)
            redirect(b, before, it.rows.id)  # the file's old address leads to what it holds now
