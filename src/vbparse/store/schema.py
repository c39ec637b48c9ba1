"""Query tables derived from the pydantic models.

Every column of ``documents``, ``citations`` (a Document's ``references``; ``references`` is an SQL
keyword), ``sections``, ``phases``, ``obligations`` and ``recipients`` is a field of the models,
flattened with ``_`` (``assignee.canonical`` → ``assignee_canonical``, ``span.start`` → ``span_start``);
lists that are not tables of their own are stored as JSON text.  A few *derived* columns (folded keys
for matching) are added by name below.  The whole Document JSON is kept in ``documents.json``, so the
query tables can always be rebuilt from it — that is how a migration works.

``STORE_VERSION`` is the migration version written into the database; ``fingerprint()`` hashes the DDL
so that a test fails when the models change and the version was not bumped.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import types
import typing
from dataclasses import dataclass
from typing import Any, Literal, get_args, get_origin

from pydantic import BaseModel

from ..models import Correction, Document, Obligation, Phase, Recipient, Reference, Section

#: Bump when ``fingerprint()`` changes (a test pins the pair), or when a derived column is computed
#: differently; opening an older store rebuilds its query tables from the stored Document JSON.
STORE_VERSION = 19
#: The layout each version has (tests/test_archive.py checks the current one).  Version 3 added
#: ``documents.parser`` (which parser produced the row: see ``vbparse.stamp``); version 4 has the same
#: tables, but a document's ``issuer_key`` takes its parent's place when its own name has none; version 5
#: added ``doc_source`` (each document's original text; empty after the upgrade until the next index run
#: reads the files again); version 6 indexes word pairs and rid buckets for search and keeps the distinct
#: assignee keys (``SEARCH_LAYOUT``); version 7 added ``corrections`` (``CORRECTIONS``: created in place,
#: no rebuild, ``IN_PLACE_UPGRADES``); version 8 adds the areas of documents and assignees and the members of
#: collectives (``extract/areas.py``), indexed by area: the query tables are rebuilt, corrections kept;
#: version 9 adds ``COUNT_TABLE`` (created in place); version 10 adds its ``changes`` (made again in place);
#: version 11 adds ``obligations.evidence`` (the rules that made each: the query tables are rebuilt); version 12
#: adds ``documents.parts`` (appendices and issued documents) and ``obligations.part`` (rebuilt likewise); version
#: 13 adds ``COPIES_TABLE`` (copies decided at index time: created in place and filled once, no rebuild); version 14
#: adds ``EFFECTS_TABLE`` and ``STATUS_TABLE`` (corrections found again when written: created in place, filled once);
#: version 15 adds ``ACCOUNTS_TABLE`` and ``corrections.account`` (who signed a correction: both in place); version 16
#: adds ``accounts.email`` and ``REMINDERS_TABLE`` (the e-mail reminders sent: both in place); version 17 adds
#: ``SESSIONS_TABLE`` (the sign-ins that stand, so that signing out ends one: in place); version 18 adds the
#: collectives' partial index (``PARTIAL_INDEXES``: created in place); version 19 indexes documents by area and
#: issuer and the tasks by area and assignee (``INDEXES``, the latter in place of the area's alone:
#: ``OLD_INDEXES``; in place).
STORE_FINGERPRINTS = {
    1: "762de17e4456296c",
    2: "7760116f39b7c3ad",
    3: "8287f2d6b378dfc1",
    4: "8287f2d6b378dfc1",
    5: "b4104d4ffca24630",
    6: "89943b70234b327e",
    7: "b5de21b9e14ec018",
    8: "9d96d3cc09fe932b",
    9: "461b460985b5c454",
    10: "d30092cacdce489a",
    11: "e01513710043373a",
    12: "e836b1ea084c6eb4",
    13: "97c692f9906f8259",
    14: "98175d1566e19171",
    15: "75daeb27926d008e",
    16: "e043660376e55b0b",
    17: "cd755e3f3cdcbc9b",
    18: "f11a5166f46cbf54",
    19: "55b719f22cf4893c",
}
#: The table of original texts: not derived from the Document JSON, so a rebuild keeps it.
SOURCE_TABLE = "doc_source"
#: Versions an archive is brought from to ``STORE_VERSION`` by creating what the newer one added, without
#: rebuilding the query tables (which takes minutes on a large archive and would change nothing).
#: 13 (the copies' table) from 12, 14 (the corrections' effects) from 12 and 13, 15 (accounts) from 12 to 14, 16
#: (accounts' e-mail addresses, the reminders sent) from 12 to 15, 17 (the sessions) from 12 to 16, 18 (the
#: collectives' index) from 12 to 17, 19 (the areas' indexes) from 12 to 18.  Not 8 or 9
#: any more (they went to 10 in place): 11 and 12 added columns, which only a rebuild makes.
IN_PLACE_UPGRADES: frozenset[int] = frozenset({12, 13, 14, 15, 16, 17, 18})
#: The distinct assignee keys of the obligations (``backend.create_key_table``).
KEY_TABLE = "assignee_keys"
#: One row: the number of present documents, kept by triggers on ``documents``
#: (``backend.create_count_table``), so that ``/api/health`` does not count the whole table.
COUNT_TABLE = "doc_count"
#: Per present document, the keys that can make it a copy of another and what it is a copy of
#: (``store.copies``): decided when documents are written, read by every task query.
COPIES_TABLE = "doc_copies"
#: What the corrections in force make of each task they touch, one row per task, and each correction's
#: status (``store.corrections.refresh_effects``): found when the archive is written, read by task queries.
EFFECTS_TABLE = "correction_effects"
#: Where a document's address leads once its file changed (``old_id`` → ``new_id``: a content id changes
#: with the content): written when a file's new document replaces the old one, kept through rebuilds.
REDIRECTS_TABLE = "doc_redirects"
STATUS_TABLE = "correction_status"
#: Who may sign in to the web pages, their role and the hash of their password (``store.accounts``).
ACCOUNTS_TABLE = "accounts"
#: The e-mail reminders sent (``vbparse remind``): to which address, for which day, which tasks (a digest of their
#: references), so that a timer that fires twice a day does not send the same digest twice.
REMINDERS_TABLE = "reminders_sent"
#: The sign-ins that stand (``store.sessions``): a digest of each one's random id, its account and when it ends; a
#: sign-out deletes its row, a new password or a disabled account all of the account's rows.
SESSIONS_TABLE = "sessions"
#: The derived tables that are not a model's (``backend.create_text_tables``, ``store.fulltext``,
#: ``KEY_TABLE``): what they hold, by name, so that a change of them changes ``fingerprint()`` and an
#: older archive rebuilds them from the stored JSON.
SEARCH_LAYOUT = (
    (
        "doc_text: body; sqlite doc_fts: exact, folded words; sqlite doc_pairs: exact, folded word pairs; "
        "folded tokens marked"
    ),
    ("postgres doc_text: body, exact, folded tsvector, pairs tsvector with rid buckets; GIN (exact, folded, pairs)"),
    f"{KEY_TABLE}: key, each raw_key and person_key of obligations, by trigger",
)


ColumnKind = Literal["text", "int", "real", "json", "date"]


@dataclass(frozen=True)
class Column:
    name: str
    kind: ColumnKind
    path: tuple[str, ...] = ()  # attribute path in the model; empty for derived columns


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    model: type[BaseModel] | None = None


def _unwrap(annotation: Any) -> Any:
    origin = get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        return _unwrap(args[0]) if len(args) == 1 else annotation
    return annotation


def _kind(annotation: Any) -> ColumnKind:
    a = _unwrap(annotation)
    origin = get_origin(a)
    if origin in (list, dict, tuple) or a in (list, dict):
        return "json"
    if origin is Literal:
        return "text"
    if a is bool or a is int:
        return "int"
    if a is float:
        return "real"
    if a is _dt.date:
        return "date"
    return "text"


def flatten(
    model: type[BaseModel], *, skip: frozenset[str] | set[str] = frozenset(), prefix: tuple[str, ...] = ()
) -> list[Column]:
    """Columns for the scalar fields of ``model``, nested models flattened with ``_``."""
    cols: list[Column] = []
    for name, field in model.model_fields.items():
        path = (*prefix, name)
        dotted = ".".join(path)
        if dotted in skip:
            continue
        a = _unwrap(field.annotation)
        if isinstance(a, type) and issubclass(a, BaseModel):
            cols.extend(flatten(a, skip=skip, prefix=path))
        else:
            cols.append(Column("_".join(path), _kind(a), path))
    return cols


def _derived(*names: str) -> list[Column]:
    return [Column(n, "text") for n in names]


#: Lists of a Document that have tables of their own.
CHILD_LISTS = ("references", "sections", "phases", "obligations", "recipients")

DOCUMENTS = Table(
    "documents",
    tuple(
        flatten(
            Document,
            # the boxes are for drawing a page, never queried: they stay in the stored Document JSON
            skip={
                *CHILD_LISTS,
                "number.span",
                "issuer.span",
                "doc_type.span",
                "signer.span",
                "issued_date_parts.span",
                "source.boxes",
            },
        )
        + _derived("issuer_key", "number_key")
    ),
    Document,
)
CITATIONS = Table(
    "citations", tuple(flatten(Reference) + _derived("issuer_key", "number_key", "doc_date_sort")), Reference
)
SECTIONS = Table("sections", tuple(flatten(Section, skip={"children"})) + (Column("depth", "int"),), Section)
PHASES = Table("phases", tuple(flatten(Phase)), Phase)
OBLIGATIONS = Table(
    "obligations",
    tuple(
        # ``set_aside`` is its evidence's (``models.set_aside_of``), read from ``evidence``: no column of its own
        flatten(Obligation, skip={"set_aside"})
        + _derived("assignee_key", "place_key", "person_key", "raw_key", "due_sort", "doc_date_sort", "doc_id")
        + [Column("task_group", "int")]
    ),
    Obligation,
)
RECIPIENTS = Table("recipients", tuple(flatten(Recipient)), Recipient)
#: The archivists' corrections (``Correction``): not derived from the Document JSON (they are what a person
#: said of it), so no rebuild, migration or re-index drops them; keyed by the document's id, never its rid.
CORRECTIONS = Table("corrections", tuple(flatten(Correction, skip={"id"})), Correction)

CHILD_TABLES: dict[str, Table] = {
    "references": CITATIONS,
    "sections": SECTIONS,
    "phases": PHASES,
    "obligations": OBLIGATIONS,
    "recipients": RECIPIENTS,
}


#: Secondary indexes, (table, columns): what the queries filter and join on.
INDEXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("documents", ("number_key", "issued_date")),
    ("documents", ("issued_date",)),
    ("documents", ("doc_type_code",)),
    ("documents", ("issuer_key",)),
    # the documents a unit of an area issued (the units that may be members of a plan's collective, ``followup``)
    ("documents", ("area_key", "issuer_key")),
    ("citations", ("number_key", "doc_date_sort", "doc_rid")),
    # what cites a document, judged by its issuer from the index alone (``References._not_conflicting``)
    ("citations", ("number_key", "date", "doc_rid", "ord", "issuer")),
    ("citations", ("doc_rid",)),
    ("sections", ("doc_rid",)),
    ("phases", ("doc_rid",)),
    ("obligations", ("doc_rid",)),
    # obligations of one assignee in answer order, so that a page of them is read without sorting them all
    ("obligations", ("assignee_key", "due_sort", "doc_date_sort", "doc_id", "ord")),
    ("obligations", ("person_key", "due_sort", "doc_date_sort", "doc_id", "ord")),
    ("recipients", ("doc_rid",)),
    # obligations of the assignee keys that contain the words asked for (``Obligations._keys_containing``)
    ("obligations", ("raw_key",)),
    # obligations of one assignee in one place (``UBND huyện Trà Bồng``), in answer order
    ("obligations", ("assignee_key", "place_key", "due_sort", "doc_date_sort", "doc_id", "ord")),
    # obligations of one assignee in one unit, written or the issuer's (``Sở Tài chính tỉnh Lào Cai``), and
    # the collectives of a unit (``UBND các xã, phường`` of tỉnh Lào Cai)
    ("obligations", ("assignee_key", "assignee_area_key")),
    # the tasks of a unit's area, and of one kind of assignee in it (its departments: ``followup``)
    ("obligations", ("assignee_area_key", "assignee_key")),
    ("files", ("doc_id",)),
)
#: Indexes an older version made that ``INDEXES`` no longer has (another serves their queries): dropped when the
#: indexes are made.
OLD_INDEXES = ("ix_obligations_assignee_area_key",)
#: Partial indexes, (table, columns, the condition of the rows they hold): the collectives' tasks by their area
#: and members (``store.areas.membership_condition``): a unit's giao chung read from these few rows, its filter
#: answered from the index alone, not from every task of its province (issue 53: 0.23 s of a 20 000-document query).
PARTIAL_INDEXES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (
        "obligations",
        ("assignee_area_key", "assignee_members", "assignee_key", "doc_rid", "ord"),
        "assignee_members <> '[]'",
    ),
)


def value_of(obj: Any, col: Column) -> Any:
    """The stored value of ``col`` for a model instance (derived columns are filled by the caller)."""
    v: Any = obj
    for attr in col.path:
        if v is None:
            return None
        v = getattr(v, attr)
    if v is None:
        return None
    if col.kind == "json":
        return json.dumps(
            [x.model_dump(mode="json") if isinstance(x, BaseModel) else x for x in v] if isinstance(v, list) else v,
            ensure_ascii=False,
        )
    if col.kind == "date":
        return v.isoformat()
    if isinstance(v, bool):
        return int(v)
    return v


_LoadPlan = tuple[tuple[int, tuple[str, ...], str, bool], ...]
#: ``_load_plan`` of each table, by name (a table's hash would be worked out again at every call).
_LOAD_PLANS: dict[str, _LoadPlan] = {}


def _load_plan(table: Table) -> _LoadPlan:
    """Where each stored column of ``table`` goes back in its model: ``(index, parents, leaf, is JSON)``,
    worked out once a table (an export reads every task through it)."""
    plan = _LOAD_PLANS.get(table.name)
    if plan is None:
        plan = _LOAD_PLANS[table.name] = tuple(
            (k, tuple(col.path[:-1]), col.path[-1], col.kind == "json")
            for k, col in enumerate(table.columns)
            if col.path
        )
    return plan


def load_model(table: Table, values: tuple | list) -> BaseModel:
    """The model instance back from its stored columns (the inverse of ``value_of``; derived columns
    are ignored, a nested model whose columns are all null is ``None``)."""
    tree: dict[str, Any] = {}
    for k, parents, leaf, is_json in _load_plan(table):
        v = values[k]
        if is_json and v is not None:
            v = json.loads(v)
        node = tree
        for part in parents:
            node = node.setdefault(part, {})
        node[leaf] = v

    def prune(node: dict) -> dict | None:
        for k, v in list(node.items()):
            if isinstance(v, dict):
                node[k] = prune(v)
        return node if any(v is not None for v in node.values()) else None

    assert table.model is not None, f"{table.name} is derived: it has no model to load"
    return table.model.model_validate(prune(tree) or {})


def fingerprint() -> str:
    """Hash of every table's columns and indexes: changes exactly when the stored layout changes."""
    spec: list[tuple[str, list[Any]]] = [
        (t.name, [(c.name, c.kind) for c in t.columns]) for t in (DOCUMENTS, *CHILD_TABLES.values())
    ]
    spec.append(("documents-layout", ["rid", "id", "status", "path", "parser", "<columns>", "json"]))
    spec.append(("indexes", [list(i) for i in INDEXES]))
    spec.append(("partial indexes", [[t, list(c), w] for t, c, w in PARTIAL_INDEXES]))
    spec.append((SOURCE_TABLE, ["doc_id", "original"]))
    spec.append((CORRECTIONS.name, ["id", *((c.name, c.kind) for c in CORRECTIONS.columns)]))
    spec.append(("search", list(SEARCH_LAYOUT)))
    spec.append((COUNT_TABLE, ["present", "changes", "by triggers on documents' inserts, deletes and updates"]))
    spec.append((COPIES_TABLE, ["doc_id", "number_group", "title_group", "copy_of", "reason", "indexed by each"]))
    spec.append((EFFECTS_TABLE, ["doc_rid", "ord", "keys of the task queries", "progress", "effect JSON"]))
    spec.append((STATUS_TABLE, ["correction_id", "status", "reason", "doc_rid", "ord"]))
    spec.append((REDIRECTS_TABLE, ["old_id", "new_id", "at"]))
    spec.append((ACCOUNTS_TABLE, ["name", "display", "role", "unit", "password_hash", "created", "disabled", "email"]))
    spec.append((REMINDERS_TABLE, ["address", "day", "tasks_key", "unit", "tasks", "sent_at"]))
    spec.append((SESSIONS_TABLE, ["id_digest", "account", "generation", "created", "expires", "indexed by account"]))
    return hashlib.sha256(json.dumps(spec).encode()).hexdigest()[:16]
