"""One document's rows in the archive, one statement at a time: written, replaced, dropped; and the
record of the file it came from.  The batched writes of an index run (``writer``) store the same rows and
fall back to these when the database refuses a batch; a rebuild writes every document through them."""

from __future__ import annotations

import datetime as _dt
import os
from pathlib import Path

from ..paths import display_path
from .backend import Backend, q
from .copies import regroup
from .corrections import refresh_effects
from .rows import DocumentRows
from .schema import CHILD_TABLES, DOCUMENTS, REDIRECTS_TABLE, SOURCE_TABLE

#: Key prefix in ``meta`` of each folder (or file) an index run was given, by its real path: the document
#: page serves an original file only from inside one of them (``Queries.indexed_roots``).
ROOT_KEY = "indexed_root:"


def record_roots(b: Backend, roots: list[Path]) -> None:
    """Remember the folders and files an index run reads, resolved as the walk resolved them: what a
    symbolic link swapped in later points at is not inside them.  One ``meta`` row each (no new table)."""
    for root in roots:
        if root.is_dir() or root.is_file():
            real = display_path(os.path.realpath(root))
            b.execute("DELETE FROM meta WHERE key = ?", (ROOT_KEY + real,))
            b.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (ROOT_KEY + real, real))


def file_stat(path: str | Path) -> tuple[int | None, float | None]:
    """``(size, mtime)`` of the file, or ``(None, None)`` when it cannot be looked at."""
    try:
        st = os.stat(path)
        return st.st_size, st.st_mtime
    except (OSError, ValueError):
        return None, None


def now_stamp() -> str:
    """When a file was indexed, as the archive records it (UTC, to the second)."""
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")


def insert_document(b: Backend, rows: DocumentRows, *, status: str, path: str | None, parser: str | None) -> int:
    """Write a document's row, its query tables' rows, its text and its original; returns its ``rid``."""
    cols = ", ".join(q(c.name) for c in DOCUMENTS.columns)
    marks = ", ".join("?" * len(DOCUMENTS.columns))
    rid = b.scalar(
        f"INSERT INTO documents (id, status, path, parser, {cols}, json) VALUES (?, ?, ?, ?, {marks}, ?) RETURNING rid",
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
    store_original(b, rows)
    return rid


def store_original(b: Backend, rows: DocumentRows) -> None:
    """Keep the text the spans index; rows made from stored JSON (a rebuild) have none and keep what is there."""
    if rows.original is None:
        return
    b.execute(f"DELETE FROM {SOURCE_TABLE} WHERE doc_id = ?", (rows.id,))
    b.execute(f"INSERT INTO {SOURCE_TABLE} (doc_id, original) VALUES (?, ?)", (rows.id, rows.original))


def delete_document(b: Backend, doc_id: str) -> None:
    """Drop a document and every row derived from it (its file records stay: they say what became of it)."""
    rid = b.one("SELECT rid FROM documents WHERE id = ?", (doc_id,))
    if rid is None:
        return
    b.remove_text(rid[0])
    for table in CHILD_TABLES.values():
        b.execute(f"DELETE FROM {q(table.name)} WHERE doc_rid = ?", (rid[0],))
    b.execute("DELETE FROM documents WHERE rid = ?", (rid[0],))
    b.execute(f"DELETE FROM {SOURCE_TABLE} WHERE doc_id = ?", (doc_id,))


def redirect(b: Backend, old_id: str, new_id: str) -> None:
    """The address of ``old_id`` (a document its file no longer holds) leads to ``new_id`` (what the file
    holds now), and so do the addresses that led to ``old_id``; ``new_id`` itself leads nowhere any more."""
    if old_id == new_id or b.one("SELECT 1 FROM documents WHERE id = ? AND status = 'present'", (old_id,)):
        return
    b.execute(f"DELETE FROM {REDIRECTS_TABLE} WHERE old_id IN (?, ?)", (old_id, new_id))
    b.execute(f"UPDATE {REDIRECTS_TABLE} SET new_id = ? WHERE new_id = ?", (new_id, old_id))
    b.execute(f"INSERT INTO {REDIRECTS_TABLE} (old_id, new_id, at) VALUES (?, ?, ?)", (old_id, new_id, now_stamp()))


def drop_if_orphan(b: Backend, doc_id: str | None) -> None:
    """Drop a document no readable file holds any more (its file changed or was recorded as failed)."""
    if doc_id and b.one("SELECT 1 FROM files WHERE doc_id = ? AND status = 'ok'", (doc_id,)) is None:
        delete_document(b, doc_id)
        regroup(b, [doc_id])  # its copies decided again without it (a replaced document is regrouped by its writer)
        refresh_effects(b, [doc_id])


def record_file(
    b: Backend,
    path: str,
    *,
    status: str,
    sha: str | None,
    doc_id: str | None,
    error: str | None,
    real: Path | None = None,
) -> None:
    """Record what became of the file shown as ``path`` (``real``: the file itself, when its name is not
    UTF-8), replacing its earlier record; the document it held before is dropped if no file holds it now."""
    old = b.one("SELECT doc_id FROM files WHERE path = ?", (path,))
    size, mtime = file_stat(real if real is not None else path)
    b.execute("DELETE FROM files WHERE path = ?", (path,))
    b.execute(
        "INSERT INTO files (path, doc_id, sha256, size, mtime, status, error, indexed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (path, doc_id, sha, size, mtime, status, error, now_stamp()),
    )
    if old and old[0] != doc_id:
        drop_if_orphan(b, old[0])
        if status == "ok" and doc_id:
            redirect(b, old[0], doc_id)  # the file's old address leads to what it holds now


def store_parsed(b: Backend, path: str, sha: str, rows: DocumentRows, real: Path | None, stamp: str) -> None:
    """Store a file parsed by parser ``stamp``: its document (unless the same parser already stored the
    same content) and its file record."""
    existing = b.one("SELECT status, parser FROM documents WHERE id = ?", (rows.id,))
    if existing is not None:
        status, parser = existing
        if parser != stamp:  # parsed by another parser: replaced
            delete_document(b, rows.id)
            existing = None
    if existing is None:
        insert_document(b, rows, status="present", path=path, parser=stamp)
    else:
        if status != "present":
            b.execute("UPDATE documents SET status = 'present', path = ? WHERE id = ?", (path, rows.id))
        if b.one(f"SELECT 1 FROM {SOURCE_TABLE} WHERE doc_id = ?", (rows.id,)) is None:
            store_original(b, rows)  # parsed again for the text an older archive did not keep
    record_file(b, path, status="ok", sha=sha, doc_id=rows.id, error=None, real=real)
    regroup(b, [rows.id])
    refresh_effects(b, [rows.id])
