"""Obligations by assignee: every task of a unit, position, body or person, under any spelling or
abbreviation, with its deadline and the co-assignees of its task."""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Iterator
from typing import cast

from ..models import Assignee, Obligation, ObligationHit
from .areas import area_paths, collective_condition, place_query
from .backend import Backend
from .columns import SUMMARY_SQL, iso_date, model_columns, model_of, summary_of
from .rows import LAST
from .schema import OBLIGATIONS

#: Past this many assignee keys containing the words asked for, obligations are filtered by the words
#: themselves (a scan) rather than looked up key by key: such words are in most obligations anyway.
DEFAULT_MAX_KEYS = 500
#: Obligations read from the database at a time (with the co-assignees of their tasks).
DEFAULT_PAGE_ROWS = 1000


#: Obligation columns are selected under this prefix (``o_task``): beside the document's, no name is shared.
_PREFIX = "o_"
#: The fields a hit takes from its obligation.
_HIT_FIELDS = tuple(name for name in ObligationHit.model_fields if name in Obligation.model_fields)
#: The assignee columns of ``obligations``, each named as the ``Assignee`` field it holds.
_ASSIGNEE_SQL = ", ".join(f"assignee_{name} AS {name}" for name in Assignee.model_fields)


def _field(row, name: str):
    """An assignee column read back: lists are stored as JSON text."""
    value = getattr(row, name)
    return json.loads(value) if name in _JSON_FIELDS and isinstance(value, str) else value


_JSON_FIELDS = frozenset(name for name, f in Assignee.model_fields.items() if f.annotation == list[str])


class Obligations:
    """The archive's questions about tasks (a part of ``Archive``; needs its ``backend``)."""

    backend: Backend

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
        shared: bool = True,
    ) -> list[ObligationHit]:
        """Every task of ``assignee`` (a unit, position, body or person; any spelling or abbreviation).

        A name without a place (``Sở Tài chính``) finds it in every place; with a place (``UBND huyện Trà
        Bồng``) only there, a body written without a place being of the issuer's unit; a bare level
        (``Công an tỉnh``) any place of that level.  ``shared``: also the tasks given to a collective the
        assignee is a member of (``UBND các xã, phường`` of its province for ``UBND xã Bát Xát``), marked
        ``shared`` (giao chung).  ``overdue``: the deadline has passed (before ``today``, default the
        current date)."""
        from ..query import assignee_query

        query = assignee_query(assignee)
        if not query.text:
            return []
        cond, params = "", []
        collective = None
        if query.name:
            places = place_query(query.name, query.place)
            cond, params = "o.assignee_key = ?", [places.name]
            if query.place and query.bare_level:
                cond += " AND (o.place_key = ? OR o.place_key LIKE ?)"
                params += [query.place, query.place + " %"]
            elif places.units:
                paths = area_paths(places)
                # the collective ``UBND các xã, phường`` of tỉnh Lào Cai is not ``UBND tỉnh Lào Cai``
                cond += (
                    f" AND (o.place_key = ? OR (o.assignee_area_key IN ({','.join('?' * len(paths))})"
                    " AND o.assignee_members = '[]'))"
                )
                params += [query.place or "", *paths]
            elif query.place:
                cond += " AND o.place_key = ?"
                params.append(query.place)
            collective = collective_condition(places) if shared else None
            if collective:
                cond, params = f"(({cond}) OR {collective[0]})", [*params, *collective[1]]
        if not cond or not self._any_obligation(cond, params):
            key = query.text
            cond, params = "(o.person_key = ? OR o.assignee_key = ?)", [key, key]
            # one key at a time: for "a or b, any one", PostgreSQL hopes to meet one soon in a sequential
            # scan, and reads all the obligations when no one has that name
            if not any(self._any_obligation(f"o.{column} = ?", [key]) for column in ("person_key", "assignee_key")):
                cond, params = self._keys_containing(key)
        if due_before:
            cond += " AND o.due_sort < ?"
            params.append(iso_date(due_before))
        if due_after:
            cond += " AND o.due_sort > ? AND o.due_sort < ?"
            params += [iso_date(due_after), LAST]
        if overdue:
            cond += " AND o.due_sort < ?"
            params.append(iso_date(today or _dt.date.today()))
        if role:
            cond += " AND o.role = ?"
            params.append(role)
        return list(self._obligation_hits(cond, params, limit=limit))

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
        sql = (
            f"SELECT {SUMMARY_SQL}, o.doc_rid AS rid, o.ord AS ord, o.task_group AS task_group, "
            f"{model_columns('o', OBLIGATIONS, _PREFIX)} FROM obligations o "
            f"JOIN documents d ON d.rid = o.doc_rid WHERE d.status = 'present' AND {cond} ORDER BY {order}"
        )
        if limit:
            sql += f" LIMIT {int(limit)}"
        for page in self.backend.named_pages(sql, params, DEFAULT_PAGE_ROWS):
            co = self._co_assignees({(r.rid, r.task_group) for r in page})
            for r in page:
                o = cast(Obligation, model_of(r, OBLIGATIONS, _PREFIX))
                yield ObligationHit(
                    document=summary_of(r),
                    shared=bool(o.assignee.members),
                    co_assignees=[a for ord_, a in co.get((r.rid, r.task_group), []) if ord_ != r.ord],
                    **{name: getattr(o, name) for name in _HIT_FIELDS},
                )

    def _co_assignees(self, groups: set[tuple[int, int]]) -> dict[tuple[int, int], list[tuple[int, Assignee]]]:
        """``(doc_rid, task_group)`` → the ``(ord, assignee)`` of every obligation of that task."""
        rids = sorted({rid for rid, _ in groups})
        co: dict[tuple[int, int], list[tuple[int, Assignee]]] = {}
        for r in self.backend.named(
            f"SELECT doc_rid, task_group, ord, {_ASSIGNEE_SQL} FROM obligations "
            f"WHERE doc_rid IN ({','.join('?' * len(rids))}) ORDER BY doc_rid, ord",
            rids,
        ):
            if (r.doc_rid, r.task_group) in groups:
                assignee = Assignee(**{name: _field(r, name) for name in Assignee.model_fields})
                co.setdefault((r.doc_rid, r.task_group), []).append((r.ord, assignee))
        return co

    def all_obligations(self) -> Iterator[ObligationHit]:
        """Every obligation in the archive, document by document (for exports)."""
        return self._obligation_hits("1 = 1", [], order="d.id, o.ord")
