"""Obligations by assignee: every task of a unit, position, body or person, under any spelling or
abbreviation, with its deadline and the co-assignees of its task — and the archivists' corrections
applied (``corrections``): a task is found under its corrected assignee, deadline and role, a line marked
*không phải nhiệm vụ* is left out (unless ``hidden``), a task added by a correction is listed."""

from __future__ import annotations

import datetime as _dt
import heapq
import itertools
import json
import operator
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar, cast

from pydantic import BaseModel
from pydantic_core import to_json

from ..chars import match_key
from ..models import Assignee, DocumentSummary, Obligation, ObligationHit, SetAside, set_aside_of
from ..office_time import office_today
from ..query import AssigneeQuery
from ..stamp import parser_stamp
from ..tables.issuers import expand_abbreviations
from .areas import area_paths, collective_condition, place_query
from .backend import Backend
from .columns import SUMMARY_SQL, iso_date, model_columns, model_of, pages, summary_json, summary_of
from .conditions import EVERYTHING, Cond, all_of, any_indexed, any_of, eq, is_null, like, one_of, sql
from .copies import NOT_A_COPY_SQL
from .corrections import DONE, EFFECT_COLUMNS, Effect, effects_where, span_refs
from .rows import LAST, task_groups
from .schema import EFFECTS_TABLE, OBLIGATIONS

#: Past this many assignee keys containing the words asked for, obligations are filtered by the words
#: themselves (a scan) rather than looked up key by key: such words are in most obligations anyway.
DEFAULT_MAX_KEYS = 500
#: Obligations read from the database at a time (with the co-assignees of their tasks).
DEFAULT_PAGE_ROWS = 1000


#: Obligation columns are selected under this prefix (``o_task``): beside the document's, no name is shared.
_PREFIX = "o_"
#: The fields a hit takes from its obligation; its ``set_aside`` comes from its evidence (``set_aside_of``), which
#: an archive parsed before the obligation carried it has too (and the query table has no column of it).
_HIT_FIELDS = tuple(
    name for name in ObligationHit.model_fields if name in Obligation.model_fields and name != "set_aside"
)
#: The assignee columns of ``obligations``, each named as the ``Assignee`` field it holds.
_ASSIGNEE_SQL = ", ".join(f"assignee_{name} AS {name}" for name in Assignee.model_fields)
#: The orders tasks are listed in: SQL, and the same order as a key of ``(due_sort, doc_date_sort, doc_id,
#: ord)`` (to merge corrected tasks into the SQL's answer), and the SQL of that order on ``EFFECTS_TABLE``.
_ORDERS: dict[str, tuple[str, Callable[[tuple], tuple], str]] = {
    "deadline": (
        "o.due_sort, o.doc_date_sort, o.doc_id, o.ord",
        lambda k: k,
        "o.due_sort, o.doc_date_sort, o.doc_id, o.ord",
    ),
    "document": ("d.id, o.ord", lambda k: (k[2], k[3]), "o.doc_id, o.ord"),
}
#: A parsed task no ``aside.*`` rule set aside (a decision's execution clause, a proposal to the issuer's
#: superior, a task of a Tờ trình): a board leaves those out unless asked (issue 41).
_NOT_SET_ASIDE_SQL = "o.evidence NOT LIKE ?"
#: Its parameter (a parameter, not written into the SQL: PostgreSQL's driver reads ``%`` as a placeholder).
_SET_ASIDE_LIKE = '%"aside.%'


#: A parsed task no correction touches (``o``: the obligations): the others are read from ``EFFECTS_TABLE``.
_UNCORRECTED_SQL = f"NOT EXISTS (SELECT 1 FROM {EFFECTS_TABLE} c WHERE c.doc_rid = o.doc_rid AND c.ord = o.ord)"


def _one_row_per_task(hits: list[ObligationHit], query: AssigneeQuery | None = None) -> list[ObligationHit]:
    """``hits`` with one row per task (issue 41): a shared row (giao chung) of a task that also names the
    assignee, or that a second collective of the same task gave it (``Các sở, ban, ngành, cơ quan, đơn vị``),
    goes, as does a task a document states twice in the same words for the same role; the named row stays, and of
    two collectives giving it one task in two roles, the lead's.
    And a collective never holds the unit asked for (``query``) where the task names that unit as another
    party (``… gửi về Sở Công Thương để tổng hợp``, ``phối hợp với Sở Công Thương``) or the unit issued the
    document (``các sở, ban ngành`` in a Sở's own plan are the other sở)."""
    named = {(h.document.id, h.section, h.task) for h in hits if not h.shared}
    # two collectives giving the unit one task in two roles (``UBND cấp xã phối hợp với các địa phương lân cận``):
    # the lead's row stays
    led = {(h.document.id, h.section, h.task) for h in hits if h.shared and h.role == "lead"}
    mention = _mention_key(query)
    seen: set[tuple] = set()
    out = []
    for h in hits:
        if h.shared and (
            (h.document.id, h.section, h.task) in named
            or (h.role != "lead" and (h.document.id, h.section, h.task) in led)
            or (mention and _names(h.task, mention))
            or (query is not None and _issued_by(h, query))
        ):
            continue
        same = (h.document.id, h.role, _task_words(h.task))
        if same in seen:
            continue
        seen.add(same)
        out.append(h)
    return out


#: Names that say which unit only with their place (``Ủy ban nhân dân xã Bát Xát``).
_LOCALITY_HEADS = frozenset({"uy ban nhan dan", "hoi dong nhan dan"})


def _mention_key(query: AssigneeQuery | None) -> str | None:
    """How a task's text names the unit asked for: its name (``so cong thuong``); a short name with its level
    (``cong an tinh``); a locality's council or committee with its place (``uy ban nhan dan xa bat xat``)."""
    if query is None or not query.name:
        return None
    if query.name in _LOCALITY_HEADS:
        return f"{query.name} {query.place}" if query.place and not query.bare_level else None
    if len(query.name.split()) < 3:
        return f"{query.name} {query.place.split()[0]}" if query.place else None
    return query.name


#: The words that tell one task from another (the gold identifies a task by its first dozen words): a task a
#: document states twice, the second time with its purpose added, is one task.
DEFAULT_TASK_KEY_WORDS = 12


def _task_words(task: str) -> str:
    return " ".join(match_key(task).split()[:DEFAULT_TASK_KEY_WORDS])


#: Words before a unit's name that make it another party of the task (``gửi về``, ``phối hợp với``, ``cho``).
_PARTY_BEFORE = ("ve", "gui", "voi", "cho", "den", "toi", "qua")
#: Words after it that make it the task's lead (``Sở Công Thương tổng hợp``, ``… chủ trì``).
_PARTY_AFTER = ("tong hop", "de tong hop", "chu tri")


def names_as_other_party(task: str, query: AssigneeQuery) -> bool:
    """Whether ``task`` names the unit ``query`` asks for as another party of it (``… gửi về Sở Xây dựng``): a board
    shows no collective's row of such a task for that unit (``_one_row_per_task``), though the unit is a member."""
    mention = _mention_key(query)
    return mention is not None and _names(task, mention)


def _names(task: str, mention: str) -> bool:
    """Whether ``task`` names the unit ``mention`` as another party of it: after ``về``, ``gửi``, ``với`` … (two
    words between at most), or before ``tổng hợp``, ``chủ trì``; not in a list of the bodies that do it
    (``Tăng cường phối hợp giữa các cơ quan: Sở Nông nghiệp và Môi trường, Sở Công Thương …``)."""
    words = match_key(expand_abbreviations(task)).split()
    size = len(mention.split())
    for i in range(len(words) - size + 1):
        if " ".join(words[i : i + size]) != mention:
            continue
        if any(w in _PARTY_BEFORE for w in words[max(0, i - 3) : i]):
            return True
        after = " ".join(words[i + size : i + size + 2])
        if any(after == p or after.startswith(p + " ") for p in _PARTY_AFTER):
            return True
    return False


def _issued_by(h: ObligationHit, query: AssigneeQuery) -> bool:
    """Whether the unit ``query`` asks for issued the document of ``h`` (its name, in the collective's place)."""
    if not query.name or not h.document.issuer:
        return False
    if match_key(expand_abbreviations(h.document.issuer)) != query.name:
        return False
    return not query.place or query.bare_level or match_key(h.assignee.area or "").startswith(query.place)


def _name_condition(query: AssigneeQuery, shared: bool, kind: str) -> tuple[Cond | None, bool]:
    """The condition of the tasks of the unit ``query`` names, in its place (``None`` when it names none), and
    whether it takes the tasks of the collectives the unit is a member of: its name under every key it may
    be stored under, or the names and places the typed text is as a document's grammar split it.  ``kind``:
    the backend's (the indexed form of an ``OR``, ``conditions.any_indexed``)."""
    if not query.name:
        return None, False
    places = place_query(query.name, query.place, query.within)
    keys = query.keys if places.name == query.name else (places.name,)
    where = None
    if query.place and query.bare_level:
        where = any_of(eq("o.place_key", query.place), like("o.place_key", query.place + " %"))
    elif places.units:
        # the collective ``UBND các xã, phường`` of tỉnh Lào Cai is not ``UBND tỉnh Lào Cai``
        one = all_of(one_of("o.assignee_area_key", area_paths(places)), sql("o.assignee_members = '[]'"))
        where = any_of(eq("o.place_key", query.place or ""), one)
    elif query.place:
        where = eq("o.place_key", query.place)
    # from the name read, not the text typed: every spelling of the unit splits alike (``Liên minh Hợp tác xã``
    # stored as ``lien minh hop tac`` of the place ``xa``)
    split = _split_condition(f"{query.name} {query.place}" if query.place else query.name)
    collective = collective_condition(places) if shared else None
    named = all_of(one_of("o.assignee_key", keys), where)
    return any_indexed(kind, named, split, collective), collective is not None


def _split_condition(assignee: str) -> Cond | None:
    """The condition of the names and places a typed name may have been stored as, split where a document's
    grammar split it (``names.stored_splits``): each pair by the index of names and places."""
    from ..names import stored_splits

    pairs = stored_splits(assignee)
    return any_of(*(_stored_as(key, place) for key, place in pairs)) if pairs else None


def _stored_as(key: str, place: str | None) -> Cond:
    """A name stored under ``key`` in ``place``, or as the area alone (``Ủy ban nhân dân Thành phố Hồ Chí Minh`` of a
    plan of Hà Nội); without a place, stored without one."""
    if not place:
        return all_of(eq("o.assignee_key", key), is_null("o.place_key"))
    area = all_of(is_null("o.place_key"), eq("o.assignee_area_key", place))
    return all_of(eq("o.assignee_key", key), any_of(eq("o.place_key", place), area))


M = TypeVar("M", bound=BaseModel)

#: Every field's name, one set per model class, kept by each of the class's instances a query holds: pydantic
#: keeps a set of the names given per instance (0.7 KiB for 5–18 names, a fifth of a hit) that nothing of ours
#: reads (no ``exclude_unset``); a ``model_copy`` (a correction's) copies it before it adds to it, and every name
#: is in it already.
_ALL_NAMES: dict[type, set[str]] = {m: set(m.model_fields) for m in (ObligationHit, DocumentSummary, Assignee)}


def _names_shared(model: M) -> M:
    """``model`` keeping its class's one set of field names (``_ALL_NAMES``) instead of a set of its own."""
    object.__setattr__(model, "__pydantic_fields_set__", _ALL_NAMES[type(model)])
    return model


class _Kept:
    """One object for each plan's summary and each name of a query's hits: a unit's thousands of tasks (a board's
    download holds them all while it writes) held their plan's summary and every name of their task as copies of
    their own, about two thirds of a hit's 9 KiB (issue 55).  The names are frozen models, the summary is never
    changed."""

    def __init__(self) -> None:
        self.summaries: dict[int, DocumentSummary] = {}
        self.assignees: dict[tuple, Assignee] = {}

    def summary(self, row: Any) -> DocumentSummary:
        """The summary of the document of ``row`` (selected with ``SUMMARY_SQL`` and its ``rid``)."""
        found = self.summaries.get(row.rid)
        if found is None:
            found = self.summaries[row.rid] = _names_shared(summary_of(row))
        return found

    def assignee(self, a: Assignee) -> Assignee:
        """The name equal to ``a`` met first in this query, else ``a``."""
        key = _value_key(a.__dict__.values())
        found = self.assignees.get(key)
        if found is None:
            found = self.assignees[key] = _names_shared(a)
        return found

    def assignee_of(self, row: Any) -> Assignee:
        """The name of a row of ``_ASSIGNEE_SQL``, made once per equal name."""
        values = {name: _field(row, name) for name in Assignee.model_fields}
        key = _value_key(values.values())
        found = self.assignees.get(key)
        if found is None:
            found = self.assignees[key] = _names_shared(Assignee(**values))
        return found


def _value_key(values: Iterable[Any]) -> tuple:
    """A name's field values in field order as a key (a list, ``members``, as a tuple)."""
    return tuple(tuple(v) if isinstance(v, list) else v for v in values)


def _field(row, name: str):
    """An assignee column read back: lists are stored as JSON text."""
    value = getattr(row, name)
    return json.loads(value) if name in _JSON_FIELDS and isinstance(value, str) else value


_JSON_FIELDS = frozenset(name for name, f in Assignee.model_fields.items() if f.annotation == list[str])


class Obligations:
    """The archive's questions about tasks (a part of ``Archive``; needs its ``backend``).  Corrected and
    added tasks are read from ``EFFECTS_TABLE``, which the writes keep (``corrections.refresh_effects``)."""

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
        hidden: bool = False,
    ) -> list[ObligationHit]:
        """Every task of ``assignee`` (a unit, position, body or person; any spelling or abbreviation).

        A name without a place (``Sở Tài chính``) finds it in every place; with a place (``UBND huyện Trà
        Bồng``) only there, a body written without a place being of the issuer's unit; a bare level
        (``Công an tỉnh``) any place of that level.  ``shared``: also the tasks given to a collective the
        assignee is a member of (``UBND các xã, phường`` of its province for ``UBND xã Bát Xát``), marked
        ``shared`` (giao chung).  ``overdue``: the deadline has passed (before ``today``, default the
        current date), and it is not marked done (``progress``).  Corrections are applied; ``hidden``: lines
        marked not a task are listed too (``not_task``)."""
        from ..query import assignee_query

        query = assignee_query(assignee)
        if not query.text:
            return []
        fix = self._has_effects()
        kind = self.backend.kind
        cond, collective = _name_condition(query, shared, kind)
        if query.alias and (cond is None or not self._any_obligation(cond, fix)):
            query = query.alias  # ``công chức Văn phòng –thống kê UBND``: the unit the grammar reads there
            cond, collective = _name_condition(query, shared, kind)
        if cond is None or not self._any_obligation(cond, fix):
            cond = self._text_condition(query.text_keys, _split_condition(assignee), fix)
        cond = all_of(
            cond,
            sql(NOT_A_COPY_SQL),  # one plan in several copies: its tasks from the issued copy, listed once
            sql("o.due_sort < ?", iso_date(due_before)) if due_before else None,
            sql("o.due_sort > ? AND o.due_sort < ?", iso_date(due_after), LAST) if due_after else None,
            sql("o.due_sort < ?", iso_date(today or office_today())) if overdue else None,
            eq("o.role", role) if role else None,
        )
        if not collective:
            return list(self._obligation_hits(cond, limit=limit, fix=fix, hidden=hidden, done=not overdue))
        # a task that names the assignee and also gives it to a collective it is a member of (``Sở Tài chính
        # chủ trì, phối hợp với các sở, ban, ngành``) is one row, its named role: fetched until ``limit`` are left
        fetch = limit
        while True:
            hits = list(self._obligation_hits(cond, limit=fetch, fix=fix, hidden=hidden, done=not overdue))
            kept = _one_row_per_task(hits, query)
            if fetch is None or len(hits) < fetch or len(kept) >= fetch:
                return kept[:limit] if limit else kept
            fetch *= 2

    def due_within(
        self, days: int, *, today: _dt.date | None = None, assignee: str | None = None, limit: int | None = None
    ) -> list[ObligationHit]:
        """The tasks due from ``today`` to ``days`` days after it, deadline first, not marked done (issue 42's
        reminders): of ``assignee`` when given (as ``obligations`` finds them), else of every assignee."""
        today = today or office_today()
        last = today + _dt.timedelta(days=days)
        if assignee:
            hits = self.obligations(
                assignee, due_after=today - _dt.timedelta(days=1), due_before=last + _dt.timedelta(days=1)
            )
            return [h for h in hits if h.progress != DONE][:limit] if limit else [h for h in hits if h.progress != DONE]
        cond = all_of(sql("o.due_sort >= ? AND o.due_sort <= ?", iso_date(today), iso_date(last)), sql(NOT_A_COPY_SQL))
        return list(self._obligation_hits(cond, limit=limit, done=False))

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

    def _has_effects(self) -> bool:
        """Whether any task is corrected or added (``EFFECTS_TABLE`` holds a row)."""
        b = self.backend
        return b.table_exists(EFFECTS_TABLE) and b.one(f"SELECT 1 FROM {EFFECTS_TABLE} LIMIT 1") is not None

    def _any_obligation(self, cond: Cond, fix: bool = False) -> bool:
        b = self.backend
        if fix and b.one(f"SELECT 1 FROM {EFFECTS_TABLE} o WHERE ({cond.sql}) AND o.not_task = 0 LIMIT 1", cond.params):
            return True
        return any(
            b.one(f"SELECT 1 FROM obligations o WHERE {c.sql} LIMIT 1", c.params) is not None
            for c in cond.alternatives or (cond,)
        )

    def _text_condition(self, keys: tuple[str, ...], split: Cond | None, fix: bool) -> Cond:
        """The condition of a query no name finds, by its text in every spelling of it (``ubnd …`` and ``uy ban
        nhan dan …``): the persons and names that are one of them; else the names and places it is split into
        where a document's grammar split it (``split``); else the raw names that contain one of them."""
        # one column at a time: for "a or b, any one", PostgreSQL hopes to meet one soon in a sequential
        # scan, and reads all the obligations when no one has that name
        kind = self.backend.kind
        persons, names = one_of("o.person_key", keys), one_of("o.assignee_key", keys)
        if self._any_obligation(persons, fix) or self._any_obligation(names, fix):
            # with the names it is split into: ``Liên minh Hợp tác xã`` is also stored as ``lien minh hop tac``
            return any_indexed(kind, persons, names, split)
        if split is not None and self._any_obligation(split, fix):
            return split
        return any_indexed(kind, *(c for key in keys for c in self._keys_containing(key, fix)))

    def _keys_containing(self, key: str, fix: bool = False) -> tuple[Cond, ...]:
        """The conditions ``person_key LIKE %key%``, ``raw_key LIKE %key%`` (a row meets either), by the keys that
        match them: the distinct keys (``assignee_keys``, kept by a trigger) are far fewer than the obligations,
        which are then read by index.  So many keys that the list would be long: the plain conditions."""
        pattern = f"%{key}%"
        keys = [
            r[0]
            for r in self.backend.all(
                "SELECT key FROM assignee_keys WHERE key LIKE ? LIMIT ?", (pattern, DEFAULT_MAX_KEYS + 1)
            )
        ]
        if fix:  # a corrected assignee's keys are in no parsed task
            for row in self.backend.all(
                f"SELECT raw_key, person_key FROM {EFFECTS_TABLE} WHERE raw_key LIKE ? OR person_key LIKE ?",
                (pattern, pattern),
            ):
                keys += [k for k in row if k and key in k and k not in keys]
        if len(keys) > DEFAULT_MAX_KEYS:  # read by a scan: once for both
            return (any_of(like("o.person_key", pattern), like("o.raw_key", pattern)),)
        if not keys:
            return ()
        return one_of("o.person_key", keys), one_of("o.raw_key", keys)

    def _obligation_hits(
        self,
        cond: Cond,
        *,
        limit: int | None = None,
        order: str = "deadline",
        fix: bool | None = None,
        hidden: bool = False,
        done: bool = True,
        clauses: bool | None = None,
    ) -> Iterator[ObligationHit]:
        """Tasks matching ``cond`` in ``order`` (``_ORDERS``), corrections applied: the parsed tasks no
        correction touches as the database answers them (by ``cond``'s indexed form), merged with the corrected
        and added tasks that match ``cond`` with their corrected values (``EFFECTS_TABLE``, matched by the same
        condition).  ``done``: also those marked done; ``clauses``: also a decision's execution clause (default:
        when ``hidden``)."""
        fix = self._has_effects() if fix is None else fix
        key_of = _ORDERS[order][1]
        # the clause is read from the parse's evidence: a corrected task is one a person kept
        parsed = cond.on_obligations()
        if not (hidden if clauses is None else clauses):
            parsed = all_of(parsed, sql(_NOT_SET_ASIDE_SQL, _SET_ASIDE_LIKE))
        if not fix:
            for _, _, hit in self._parsed_hits(parsed, limit=limit, order=order, fix=False):
                yield hit
            return
        plain = (
            (key_of(k), hit)
            for k, _, hit in self._parsed_hits(
                all_of(parsed, sql(_UNCORRECTED_SQL)), limit=limit, order=order, fix=True
            )
        )
        # a task marked done is only ever a corrected one (``o`` is ``EFFECTS_TABLE`` there)
        corrected_cond = cond if done else all_of(cond, sql("o.progress IS NULL OR o.progress <> ?", DONE))
        corrected = ((key_of(k), hit) for k, hit in self._corrected_hits(corrected_cond, hidden, limit, order))
        merged = heapq.merge(plain, corrected, key=lambda x: x[0])
        for _, hit in itertools.islice(merged, limit) if limit else merged:
            yield hit

    def _parsed_hits(
        self, cond: Cond, *, limit: int | None, order: str, fix: bool
    ) -> Iterator[tuple[tuple, int, ObligationHit]]:
        """``(sort key, document rid, hit)`` of the parsed tasks matching ``cond``, each with the co-assignees of its task
        (the other obligations of the same ``task_group``), fetched a page at a time; a corrected task
        comes with its corrections applied (and ``correction_ids``)."""
        query = (
            f"SELECT {SUMMARY_SQL}, o.doc_rid AS rid, o.ord AS ord, o.task_group AS task_group, "
            f"o.due_sort AS due_sort, o.doc_date_sort AS doc_date_sort, "
            f"{model_columns('o', OBLIGATIONS, _PREFIX)} FROM obligations o "
            f"JOIN documents d ON d.rid = o.doc_rid WHERE d.status = 'present' AND ({cond.sql}) "
            f"ORDER BY {_ORDERS[order][0]}" + (f" LIMIT {int(limit)}" if limit else "")
        )
        params = list(cond.params)
        # every task (an export) comes a page at a time from the database too, not only to the caller
        rows = (
            pages(self.backend, query, DEFAULT_PAGE_ROWS, params)
            if limit is None
            else self.backend.named_pages(query, params, DEFAULT_PAGE_ROWS)
        )
        kept = _Kept()
        for page in rows:
            if limit is None:  # a stream (an export) holds no more than a page: it shares within the page only
                kept = _Kept()
            effects = self._effects_of(sorted({r.rid for r in page})) if fix else {}
            co, refs = self._co_assignees({(r.rid, r.task_group) for r in page}, effects, kept)
            for r in page:
                self.backend.check_deadline()  # a request's deadline stops the work, not only its answer
                o = cast(Obligation, model_of(r, OBLIGATIONS, _PREFIX))
                others = co.get((r.rid, r.task_group), [])
                hit = ObligationHit(
                    **{name: getattr(o, name) for name in _HIT_FIELDS if name != "assignee"},
                    document=kept.summary(r),
                    assignee=kept.assignee(o.assignee),
                    shared=bool(o.assignee.members),
                    set_aside=set_aside_of(o.evidence),
                    co_assignees=[a for ord_, a, _role in others if ord_ != r.ord],
                    leads=[a for ord_, a, role in others if ord_ != r.ord and role == "lead"]
                    if o.role == "support"
                    else [],
                    ref=refs.get((r.rid, r.ord)),
                )
                _names_shared(hit)
                effect = effects.get((r.rid, r.ord))
                if effect is not None:
                    hit = corrected_hit(hit, effect)
                yield (r.due_sort, r.doc_date_sort, r.id, r.ord), r.rid, hit

    def _effects_of(self, rids: list[int]) -> dict[tuple[int, int], Effect]:
        """``(doc_rid, ord)`` → the corrections' effect on that task, for the documents ``rids``."""
        out: dict[tuple[int, int], Effect] = {}
        for start in range(0, len(rids), 500):
            part = rids[start : start + 500]
            for e in effects_where(self.backend, f"o.doc_rid IN ({','.join('?' * len(part))})", part):
                out[(e.rid, e.ord)] = e
        return out

    def _corrected_hits(
        self, cond: Cond, hidden: bool, limit: int | None, order: str
    ) -> Iterator[tuple[tuple, ObligationHit]]:
        """``(sort key, hit)`` of the corrected and added tasks that match ``cond`` with their corrected
        values, in ``order``: the database picks them (and only the first ``limit``) from ``EFFECTS_TABLE``."""
        query = (
            f"SELECT {', '.join('o.' + c for c in EFFECT_COLUMNS)} FROM {EFFECTS_TABLE} o WHERE ({cond.sql})"
            + ("" if hidden else " AND o.not_task = 0")
            + f" ORDER BY {_ORDERS[order][2]}"
            + (f" LIMIT {int(limit)}" if limit else "")
        )
        for page in self.backend.named_pages(query, list(cond.params), DEFAULT_PAGE_ROWS):
            wanted = [Effect.of_row(r) for r in page]
            parsed = {(e.rid, e.ord) for e in wanted if e.added is None}
            hits: dict[tuple[int, int], ObligationHit] = {}
            rids = sorted({rid for rid, _ in parsed})
            for start in range(0, len(rids), 500):
                part = rids[start : start + 500]
                for k, rid, hit in self._parsed_hits(one_of("o.doc_rid", part), limit=None, order="document", fix=True):
                    if (rid, k[3]) in parsed:
                        hits[(rid, k[3])] = hit
            added = [e for e in wanted if e.added is not None]
            summaries = self._summaries(sorted({e.rid for e in added})) if added else {}
            for e in wanted:
                key = (e.keys.get("due_sort") or LAST, e.keys.get("doc_date_sort") or LAST, e.doc_id, e.ord)
                if e.added is not None:
                    yield key, added_hit(summaries[e.rid][0], e)
                elif (e.rid, e.ord) in hits:
                    yield key, hits[(e.rid, e.ord)]

    def _summaries(self, rids: list[int]) -> dict[int, tuple[Any, str]]:
        out: dict[int, tuple[Any, str]] = {}
        for start in range(0, len(rids), 500):
            part = rids[start : start + 500]
            for r in self.backend.named(
                f"SELECT {SUMMARY_SQL}, d.rid AS rid FROM documents d WHERE d.rid IN ({','.join('?' * len(part))})",
                part,
            ):
                s = summary_of(r)
                out[r.rid] = (s, s.issued_date.isoformat() if s.issued_date else LAST)
        return out

    def _co_assignees(
        self, groups: set[tuple[int, int]], effects: dict[tuple[int, int], Effect], kept: _Kept
    ) -> tuple[dict[tuple[int, int], list[tuple[int, Assignee, str]]], dict[tuple[int, int], str]]:
        """``(doc_rid, task_group)`` → the ``(ord, assignee, role)`` of every obligation of that task (its
        assignee and role as corrected; a line marked not a task left out), and ``(doc_rid, ord)`` → the
        reference of every obligation of those documents (``ObligationHit.ref``)."""
        rids = sorted({rid for rid, _ in groups})
        members: dict[tuple[int, int], list[Any]] = {}
        spans: dict[int, list[tuple[int, Any, Any]]] = {}
        ids: dict[int, str] = {}
        for r in self.backend.named(
            f"SELECT doc_rid, doc_id, task_group, ord, span_start, span_end, role AS task_role, {_ASSIGNEE_SQL} "
            "FROM obligations "
            f"WHERE doc_rid IN ({','.join('?' * len(rids))}) ORDER BY doc_rid, ord",
            rids,
        ):
            spans.setdefault(r.doc_rid, []).append((r.ord, r.span_start, r.span_end))
            ids[r.doc_rid] = r.doc_id
            if (r.doc_rid, r.task_group) in groups:
                members.setdefault((r.doc_rid, r.task_group), []).append(r)
        co: dict[tuple[int, int], list[tuple[int, Assignee, str]]] = {}
        for group, rows in members.items():
            if len(rows) < 2:
                continue  # a task of one assignee has no co-assignee: its assignee is not built again
            for r in rows:
                effect = effects.get((r.doc_rid, r.ord))
                if effect is not None and effect.not_task:
                    continue
                if effect is not None and effect.assignee is not None:
                    assignee = effect.assignee
                else:
                    assignee = kept.assignee_of(r)
                role = effect.role if effect is not None and effect.role else r.task_role
                co.setdefault(group, []).append((r.ord, assignee, role))
        refs = {(rid, ord_): ref for rid, items in spans.items() for ord_, ref in span_refs(ids[rid], items).items()}
        return co, refs

    def all_obligations(self, *, hidden: bool = False) -> Iterator[ObligationHit]:
        """Every obligation in the archive, document by document (for exports), corrections applied; the
        tasks set aside too (marked ``set_aside``)."""
        return self._obligation_hits(EVERYTHING, order="document", hidden=hidden, clauses=True)

    def obligation_records(self) -> Iterator[dict[str, Any] | ObligationHit]:
        """Every task as ``all_obligations`` gives it, in its order: an export's records, each the JSON of an
        ``ObligationHit`` (as ``model_dump(mode="json")`` makes it) or the hit itself (``_task_documents``)."""
        for row, tasks in self._task_documents():
            yield from _records_of(row, tasks) if isinstance(tasks, list) else tasks

    def obligation_lines(self) -> Iterator[str]:
        """Every task as ``all_obligations`` gives it, in its order, as its ``model_dump_json()`` text: a
        document's tasks in one string, a line each (``\\n`` after each; none inside a line: JSON escapes it).
        A stored task's line is made from its stored JSON and the document's summary, serialised once."""
        for row, tasks in self._task_documents():
            if isinstance(tasks, list):
                yield _lines_of(row, tasks)
            else:
                yield "".join(hit.model_dump_json() + "\n" for hit in tasks)

    def _task_documents(self) -> Iterator[tuple[Any, list[dict[str, Any]] | Iterator[ObligationHit]]]:
        """Every present document's row (``SUMMARY_SQL``, ``rid``) in id order, with its tasks: those of a
        document this very parser stored (``documents.parser`` is ``parser_stamp()``) and no correction
        touches as their stored JSON, which the same models validated and dumped (building each task back
        from its columns and validating it again was most of an export's time); any other document's as
        ``all_obligations`` reads them."""
        stamp = parser_stamp()
        fix = self._has_effects()
        corrected = (
            {int(r) for (r,) in self.backend.all(f"SELECT DISTINCT doc_rid FROM {EFFECTS_TABLE}")} if fix else set()
        )
        for page in pages(
            self.backend,
            f"SELECT {SUMMARY_SQL}, d.rid AS rid, d.parser AS parser, d.json AS json FROM documents d "
            "WHERE d.status = 'present' ORDER BY d.id",
            DEFAULT_DOCUMENT_PAGE_ROWS,
        ):
            for r in page:
                if r.parser != stamp or r.rid in corrected:
                    yield r, self._obligation_hits(eq("o.doc_rid", r.rid), order="document", fix=fix, clauses=True)
                else:
                    yield r, _stored_obligations(r.json)

    def document_obligations(self, doc_id: str, *, hidden: bool = True) -> list[ObligationHit]:
        """The tasks of one document in their order, corrections applied, the lines marked not a task
        among them (``not_task``) unless ``hidden`` is false, added tasks last."""
        # by the indexed rid: ``o.doc_id = ?`` read every obligation of the archive (100 ms on 20 000 documents)
        cond = sql("o.doc_rid = (SELECT d.rid FROM documents d WHERE d.id = ?)", doc_id)
        return list(self._obligation_hits(cond, order="document", hidden=hidden))


#: The key of a Document's tasks in its stored JSON: no other model has a field of that name, and inside a
#: string value its quotes would be escaped.
_OBLIGATIONS_KEY = '"obligations":'
_DECODER = json.JSONDecoder()


def _stored_obligations(document_json: str) -> list[dict[str, Any]]:
    """The ``obligations`` of a stored Document's JSON, decoded alone (the rest, its sections and boxes
    included, is most of the text)."""
    at = document_json.find(_OBLIGATIONS_KEY)
    if at < 0:
        return json.loads(document_json).get("obligations", [])
    start = at + len(_OBLIGATIONS_KEY)
    while document_json[start] in " \n\t\r":
        start += 1
    return _DECODER.raw_decode(document_json, start)[0]


#: Documents read at a time by ``obligation_records`` (their stored JSON in memory at once).
DEFAULT_DOCUMENT_PAGE_ROWS = 100
#: The fields of an ``ObligationHit`` that come from its ``Obligation`` (in the hit's order, which is the
#: obligation's: ``tests/test_export.py``), those of an ``Obligation`` a hit has not, and those of a hit
#: that take their default.
_FROM_OBLIGATION = tuple(name for name in ObligationHit.model_fields if name in _HIT_FIELDS)
_NOT_IN_HIT = set(Obligation.model_fields) - set(_HIT_FIELDS)
_DEFAULTED = tuple(
    name
    for name in ObligationHit.model_fields
    if name not in {"document", "co_assignees", "leads", "shared", "ref", "set_aside", *_HIT_FIELDS}
)
#: The record's keys as ``_records_of`` fills them and ``_lines_of`` writes them: the model's field order,
#: which its JSON keeps (the export tests compare the records' JSON with the models' byte for byte).
_RECORD_KEYS = ("document", *_FROM_OBLIGATION, "co_assignees", "leads", "shared", "ref", "set_aside", *_DEFAULTED)
_OBLIGATION_VALUES = operator.itemgetter(*_FROM_OBLIGATION)
#: The defaulted fields' values (``[]``, ``False``, ``None``), and a line's end from the first of them on.
_DEFAULT_VALUES = tuple(ObligationHit.model_fields[name].get_default(call_default_factory=True) for name in _DEFAULTED)
_DEFAULTS_LINE_END = b"," + to_json(dict(zip(_DEFAULTED, _DEFAULT_VALUES)))[1:] + b"\n"


def _task_links(
    doc_id: str, obligations: list[dict[str, Any]]
) -> list[tuple[list[Any], list[Any], bool, str, SetAside | None]]:
    """``(co_assignees, leads, shared, ref, set_aside)`` of each of a document's tasks (their stored JSON), as
    ``_parsed_hits`` makes them: co-assignees are the others of the same task (section and text:
    ``rows.document_rows``'s ``task_group``), the reference counts the tasks that share a span."""
    group_of = task_groups((o["section"], o["task"]) for o in obligations)
    groups: dict[int, list[int]] = {}
    for i, g in enumerate(group_of):
        groups.setdefault(g, []).append(i)
    spans = [o.get("span") or {} for o in obligations]
    refs = span_refs(doc_id, ((i, span.get("start"), span.get("end")) for i, span in enumerate(spans)))
    links = []
    for i, o in enumerate(obligations):
        members = groups[group_of[i]]
        co = [obligations[j]["assignee"] for j in members if j != i] if len(members) > 1 else []
        leads = (
            [obligations[j]["assignee"] for j in members if j != i and obligations[j]["role"] == "lead"]
            if o["role"] == "support"
            else []
        )
        clause = set_aside_of(o.get("evidence") or ())
        links.append((co, leads, bool(o["assignee"].get("members")), refs[i], clause))
    return links


def _records_of(row: Any, obligations: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """The ``ObligationHit`` records of one document's tasks (their stored JSON)."""
    document = summary_json(row)
    for o, (co, leads, shared, ref, clause) in zip(obligations, _task_links(row.id, obligations)):
        values = (document, *_OBLIGATION_VALUES(o), co, leads, shared, ref, clause, *_DEFAULT_VALUES)
        yield dict(zip(_RECORD_KEYS, values))


def _lines_of(row: Any, obligations: list[dict[str, Any]]) -> str:
    """The ``ObligationHit`` JSON lines of one document's tasks (their stored JSON), each the text of its
    ``_records_of`` record's JSON: the summary serialised once, each task's fields as stored but those a
    hit has not, then its links and the defaults."""
    head = b'{"document":' + to_json(summary_json(row)) + b","
    parts: list[bytes] = []
    for o, (co, leads, shared, ref, clause) in zip(obligations, _task_links(row.id, obligations)):
        parts += (
            head,
            to_json(o, exclude=_NOT_IN_HIT)[1:-1],
            b',"co_assignees":' + to_json(co) if co else b',"co_assignees":[]',
            b',"leads":' + to_json(leads) if leads else b',"leads":[]',
            b',"shared":true,"ref":' if shared else b',"shared":false,"ref":',
            to_json(ref),
            b',"set_aside":' + to_json(clause),
            _DEFAULTS_LINE_END,
        )
    return b"".join(parts).decode()


def corrected_hit(hit: ObligationHit, e: Effect) -> ObligationHit:
    """``hit`` with the corrections in force applied, and saying so."""
    update: dict[str, Any] = {
        "corrected": list(e.corrected),
        "correction_ids": list(e.ids),
        "corrected_by": e.author,
        "corrected_at": e.created,
        "not_task": e.not_task,
        "progress": e.progress,
        **e.values(),
    }
    return hit.model_copy(update=update)


def added_hit(summary: Any, e: Effect) -> ObligationHit:
    """The hit of a task an archivist added."""
    base = ObligationHit(
        document=summary,
        assignee=e.assignee or Assignee(raw=""),
        role=cast(Any, e.role or "lead"),
        mode="assigned",
        task=e.task or "",
        source="correction",
        ref=e.ref,
    )
    return corrected_hit(base, e)
