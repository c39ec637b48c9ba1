"""What the queries select, by name: a document's summary columns and a model's columns, and the models
read back from rows that ``Backend.named`` gives (``row.issued_date``, never ``row[6]``)."""

from __future__ import annotations

import datetime as _dt
import itertools
from collections.abc import Iterable, Iterator
from typing import Any

from pydantic import BaseModel

from ..models import DocumentSummary
from .backend import Backend, q, row_type
from .schema import COPIES_TABLE, Table, load_model

#: Each field of a ``DocumentSummary`` (what a list of documents shows), in its order, and the ``documents``
#: column it is read from.
SUMMARY_FIELDS = {
    "id": "id",
    "path": "path",
    "status": "status",
    "doc_type": "doc_type_code",
    "number": "number_value",
    "issuer": "issuer_name",
    "issued_date": "issued_date",
    "title": "title",
    "copy_of": "copy_of",
}
SUMMARY_COLUMNS = tuple(SUMMARY_FIELDS.values())
#: What each summary column is selected as, from ``documents d``: its own column, or what the copies table says
#: of it (decided at index time, one indexed lookup a row).
_SELECTED = {"copy_of": f"(SELECT dc.copy_of FROM {COPIES_TABLE} dc WHERE dc.doc_id = d.id) AS copy_of"}
#: The summary columns of ``documents d``, for a select list.
SUMMARY_SQL = ", ".join(_SELECTED.get(name, f"d.{name}") for name in SUMMARY_COLUMNS)


def summary_json(row: Any) -> dict[str, Any]:
    """The summary of a row that selected ``SUMMARY_SQL``, as its JSON (the date as stored, ISO text)."""
    return {name: getattr(row, column) for name, column in SUMMARY_FIELDS.items()}


def summary_of(row: Any) -> DocumentSummary:
    """The summary of a row that selected ``SUMMARY_SQL``."""
    values = summary_json(row)
    if values["issued_date"]:
        values["issued_date"] = _dt.date.fromisoformat(values["issued_date"])
    return DocumentSummary(**values)


def model_columns(alias: str, table: Table, prefix: str) -> str:
    """The columns of ``table`` (as ``alias``) for a select list, each named ``prefix`` + its name: a
    model's columns can share a name with a document's (``issuer_key``)."""
    return ", ".join(f"{alias}.{q(c.name)} AS {q(prefix + c.name)}" for c in table.columns)


def model_of(row: Any, table: Table, prefix: str) -> BaseModel:
    """The model of ``table`` read back from a row that selected ``model_columns(…, table, prefix)``."""
    return load_model(table, [getattr(row, prefix + c.name) for c in table.columns])


def iso_date(d: _dt.date | str) -> str:
    """A date as the archive stores it (ISO text, so both databases compare it alike)."""
    return d.isoformat() if isinstance(d, _dt.date) else str(d)


_CURSORS = itertools.count()


def pages(b: Backend, sql: str, size: int, params: Iterable[Any] = ()) -> Iterator[list[Any]]:
    """The named rows of ``sql`` a page of ``size`` at a time, never the whole answer (an export of every
    document): on PostgreSQL from a server-side cursor, as psycopg's ordinary cursor receives the whole
    result when the statement runs."""
    if b.kind != "postgres":
        yield from b.named_pages(sql, params, size)
        return
    with b.conn.cursor(name=f"vbparse_pages_{next(_CURSORS)}") as cursor:
        cursor.itersize = size
        cursor.execute(b.sql(sql), tuple(params))
        make = row_type(tuple(col[0] for col in cursor.description))
        while page := cursor.fetchmany(size):
            yield [make._make(r) for r in page]
