"""Follow-up (issue 42): the later documents that answer a plan, and which of its assignees answered.

``answers`` reads what cites a document (``References.refs``: resolved by number, issuer and date together,
never by number alone) and keeps the citations that answer it (``tables.followup``): a link the resolution is
unsure of (the number may mean another document too) stays, marked ``certain=False``.  ``followup`` gives each
assignee of the plan its state: ``answered`` by a document of its own that carries the plan out, ``reported``
by a report of its own on it, else ``overdue`` once its earliest deadline has passed, else ``open``; a
collective's members that answered are listed with it.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterator
from typing import Any, cast

from ..chars import fold, match_key, nfc
from ..extract.assignees import name_key
from ..models import (
    AnswerKind,
    AnswerLink,
    Assignee,
    Document,
    Followup,
    FollowupMember,
    FollowupRow,
    ObligationHit,
    RefReport,
    RegisterEntry,
    RegisterState,
    Span,
    TaskPassage,
)
from ..office_time import office_date, office_today
from ..tables.assignees import ASSIGNEE_TABLE
from ..tables.followup import (
    ANSWER_REASONS,
    CHANGE_TITLE,
    DEPARTMENT_KEY,
    MEMBER_ISSUER_HEADS,
    REGISTER_STATE_CHOICES,
    REPORT_TITLE,
    REPORT_TYPES,
    department_today,
)
from ..tables.issuers import expand_abbreviations
from ..tables.membership import Membership, is_member, unit_at, unit_membership
from .backend.base import chunks
from .corrections import DONE
from .passages import DEFAULT_MAX_CHARS, RULE, PassageIndex
from .schema import COPIES_TABLE

#: How many of the phrases a task shares with its passage are shown (the heaviest).
DEFAULT_SHOWN_TERMS = 12
#: Register entries ``FollowupQueries.register`` gives at most unless told otherwise (issue 55: the 20 000 tasks of
#: one unit took 10 s at once): the API and the pages ask for a page, a full register is read by ``register_pages``.
DEFAULT_REGISTER_LIMIT = 1000
#: Entries made at a time by ``register_pages`` (a full register: ``vbparse register``, the board's download).
DEFAULT_REGISTER_PAGE = 500
#: Kinds of answer, strongest first (a document that amends a plan and cites it as its basis amends it).
ANSWER_ORDER: tuple[AnswerKind, ...] = ("corrects", "replaces", "repeals", "amends", "reports", "implements")


def _key(text: str | None) -> str:
    return match_key(expand_abbreviations(text or ""))


def _prefix_range(prefix: str) -> tuple[str, str, str]:
    """The keys that begin with ``prefix`` as a range an index serves, and as the ``LIKE`` kept beside it."""
    return prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1), prefix + "%"


def _number_in(title: str | None, number: str | None) -> bool:
    return bool(title and number) and _key(number) in _key(title)


def _is_of(assignee: Assignee, source_issuer_key: str | None) -> bool:
    """Whether a document issued by ``source_issuer_key`` (``store.resolve.issuer_key``, with the parent's
    place) comes from ``assignee``: its name, in its place or area; for a collective, one of its members (a
    body of its kind inside its area)."""
    if not source_issuer_key:
        return False
    name = _key(assignee.canonical or assignee.raw)
    where = _key(assignee.place or assignee.area)
    if assignee.members:
        prefixes = [p for m in assignee.members for p in MEMBER_ISSUER_HEADS.get(m, ())]
        area_words = where.split()[-2:] if where else []
        return any(source_issuer_key.startswith(p) for p in prefixes) and all(
            w in source_issuer_key for w in area_words
        )
    if not name or not source_issuer_key.startswith(name):
        return False
    return not where or where in source_issuer_key or not _key(assignee.place)


#: The departments' names as the table writes them, by their folded name (an issuer is printed in capitals).
_DEPARTMENTS = {_key(name): name for name, _kind, _aliases in ASSIGNEE_TABLE if name.startswith("Sở ")}


def _reason(code: str, **values: str | None) -> tuple[str, str]:
    """``(code, its English words)`` of ``ANSWER_REASONS``."""
    return code, ANSWER_REASONS[code][0].format(**values)


def answer_reason_vi(link: AnswerLink) -> str:
    """What the pages say of why ``link`` answers the plan (``ANSWER_REASONS``' Vietnamese words)."""
    words = ANSWER_REASONS.get(link.reason)
    if words is None:
        return link.why
    title = nfc(link.document.title or "")
    m = CHANGE_TITLE.search(fold(title)) if link.reason == "title_changes" else None  # fold keeps the length
    return words[1].format(words=title[m.start() : m.end()] if m else "", number=link.document.number or "")


def in_state(entry: RegisterEntry, choice: str) -> bool:
    """Whether a register entry is in the state ``choice`` (``REGISTER_STATE_CHOICES``)."""
    return entry.state in REGISTER_STATE_CHOICES[choice] or (choice == "answered" and bool(entry.answers))


def task_state(hit: ObligationHit, today: _dt.date) -> RegisterState:
    """Where a task stands, as a register says it: done on time or late (marked done by a correction: late
    when marked after its deadline), overdue (not done, its deadline passed), else in progress."""
    if hit.progress == DONE:
        late = (
            hit.deadline is not None and hit.corrected_at is not None and office_date(hit.corrected_at) > hit.deadline
        )
        return "late" if late else "on_time"
    if hit.deadline is not None and hit.deadline < today:
        return "overdue"
    return "in_progress"


def _state(
    mine: list[AnswerLink], due: _dt.date | None, today: _dt.date, changes: list[AnswerLink] | None = None
) -> str:
    """What the documents say of an assignee: answered, reported, replaced or amended (``changes``: the later
    documents that replace or repeal the plan, or amend it giving the assignee a task again), overdue (its
    deadline passed), open."""
    if any(x.kind == "implements" for x in mine):
        return "answered"
    if mine:
        return "reported"
    if any(x.kind in ("replaces", "repeals") for x in changes or ()):
        return "replaced"
    if changes:
        return "amended"
    return "overdue" if due is not None and due < today else "open"


class FollowupQueries:
    """The archive's follow-up questions (a part of ``Archive``)."""

    backend: Any

    def _issuer_keys(self, doc_ids: list[str]) -> dict[str, str | None]:
        """``doc_id`` → its issuer's key (``store.resolve.document_issuer_key``), for the documents ``doc_ids``."""
        if not doc_ids:
            return {}
        return dict(self.backend.all_in("SELECT id, issuer_key FROM documents WHERE id IN ({})", doc_ids))

    def answers(self, doc_id: str) -> list[AnswerLink]:
        """Every later document that answers ``doc_id`` (carries it out, reports on it, changes it), one link
        per document, its strongest kind, with the citation that names it."""
        return self._answers(doc_id)

    def _answers(self, doc_id: str, plan: Document | None = None, report: RefReport | None = None) -> list[AnswerLink]:
        """``plan`` (the document itself) is read only when a citation of it as a basis needs its assignees:
        most documents are cited by none, and their citations are an indexed query, their JSON is not."""
        report = report or cast(Any, self).refs(doc_id)
        if not report.cited_by:
            return []
        keys = self._issuer_keys([e.source.id for e in report.cited_by])
        sources = [e.source.id for e in report.cited_by]
        sql = f"SELECT doc_id FROM {COPIES_TABLE} WHERE copy_of IS NOT NULL AND doc_id IN ({{}})"
        copies = (
            {r[0] for r in self.backend.all_in(sql, sources)}
            if sources and self.backend.table_exists(COPIES_TABLE)
            else set()
        )
        best: dict[str, AnswerLink] = {}
        number, issued = report.document.number, report.document.issued_date

        def assignees() -> list[Assignee]:
            nonlocal plan
            plan = plan or cast(Any, self).document(doc_id)
            return [o.assignee for o in plan.obligations]

        for edge in report.cited_by:
            src = edge.source
            if src.id in copies:
                continue  # a copy of an answer (a draft, another format): its primary is listed
            if issued and src.issued_date and src.issued_date < issued:
                continue  # an answer comes after what it answers
            kind, reason, why = self._kind(
                edge.citation.relation, src.doc_type, src.title, number, keys.get(src.id), assignees
            )
            if kind is None:
                continue
            link = AnswerLink(
                kind=kind,
                document=src,
                certain=edge.status == "resolved",
                evidence=edge.citation.raw,
                relation=edge.citation.relation,
                reason=reason,
                why=why,
            )
            kept = best.get(src.id)
            if kept is None or ANSWER_ORDER.index(kind) < ANSWER_ORDER.index(kept.kind):
                best[src.id] = link.model_copy(update={"certain": link.certain or bool(kept and kept.certain)})
        return sorted(best.values(), key=lambda a: (a.document.issued_date or _dt.date.max, a.document.id))

    @staticmethod
    def _kind(
        relation: str,
        doc_type: str | None,
        title: str | None,
        number: str | None,
        source_key: str | None,
        assignees: Callable[[], list[Assignee]],
    ) -> tuple[AnswerKind | None, str, str]:
        """The kind of answer, the reason's code (``tables.followup.ANSWER_REASONS``) and its English words."""
        folded = _key(title)
        m = CHANGE_TITLE.search(folded) if _number_in(title, number) else None
        if m is not None:
            return cast(AnswerKind, m.lastgroup), *_reason("title_changes", words=m.group(), number=number)
        if doc_type in REPORT_TYPES or REPORT_TITLE.search(folded):
            return "reports", *_reason("report_type" if doc_type in REPORT_TYPES else "report_title")
        if relation == "implements":
            return "implements", *_reason("implements")
        if relation == "basis" and source_key and any(_is_of(a, source_key) for a in assignees()):
            return "implements", *_reason("basis_of_assignee")
        return None, "", ""

    def followup(
        self,
        doc_id: str,
        *,
        today: _dt.date | None = None,
        plan: Document | None = None,
        report: RefReport | None = None,
        hits: list[ObligationHit] | None = None,
    ) -> Followup:
        """Each assignee of the plan ``doc_id`` with its tasks there and its state (answered, reported, overdue,
        open), and every document answering the plan.  ``plan``, ``report`` (its ``refs``) and ``hits`` (its
        ``document_obligations``): what a caller has read already (the document page), not read again."""
        today = today or office_today()
        plan = plan or cast(Any, self).document(doc_id)
        links = self._answers(doc_id, plan, report)
        keys = self._issuer_keys([a.document.id for a in links])
        areas = dict(
            self.backend.all_in("SELECT id, area_key FROM documents WHERE id IN ({})", [a.document.id for a in links])
            if links
            else []
        )
        summary = report.document if report is not None else cast(Any, self).find(doc_id, limit=1)[0]
        hits = hits if hits is not None else cast(Any, self).document_obligations(doc_id, hidden=False)
        groups: dict[tuple, list[ObligationHit]] = {}
        for h in hits:
            if h.set_aside or h.not_task:
                continue
            groups.setdefault((_key(h.assignee.canonical or h.assignee.raw), _key(h.assignee.area)), []).append(h)
        rows = []
        indexes: dict[str, PassageIndex | None] = {}  # a report's passages, read once for every assignee
        assigned: dict[str, set[str]] = {}  # an amending document's assignees, read once
        known: dict[str, list] = {}  # the units of an area that may be members of its collectives, read once

        def named(link: AnswerLink) -> set[str]:
            """The assignees (keys of their names) an amending document gives tasks."""
            if link.document.id not in assigned:
                doc = cast(Any, self).document(link.document.id)
                assigned[link.document.id] = {_key(o.assignee.canonical or o.assignee.raw) for o in doc.obligations}
            return assigned[link.document.id]

        for tasks in groups.values():
            a = tasks[0].assignee
            mine = [x for x in links if x.kind in ("implements", "reports") and _is_of(a, keys.get(x.document.id))]
            dues = [t.deadline for t in tasks if t.deadline]
            due = min(dues) if dues else None
            changes = [x for x in links if x.kind in ("replaces", "repeals")] + [
                x for x in links if x.kind in ("amends", "corrects") and _key(a.canonical or a.raw) in named(x)
            ]
            derived = _state(mine, due, today, changes)
            # what a person set through corrections is kept beside what the documents say, and wins
            state = "done" if all(t.progress == DONE for t in tasks) else derived
            rows.append(
                FollowupRow(
                    assignee=a,
                    tasks=len(tasks),
                    refs=[t.ref for t in tasks if t.ref],
                    due=due,
                    state=cast(Any, state),
                    derived=cast(Any, derived),
                    answers=mine + changes,
                    passages=self._passages(tasks, [x for x in mine if x.kind == "reports"], indexes),
                    members=self._members(a, plan.area_key, links, (keys, areas, known), due, today)
                    if a.members
                    else [],
                )
            )
        order = {"overdue": 0, "open": 1, "amended": 2, "replaced": 3, "reported": 4, "answered": 5, "done": 6}
        rows.sort(key=lambda r: (order[r.state], r.due or _dt.date.max, r.assignee.canonical or r.assignee.raw))
        return Followup(document=summary, answers=links, assignees=rows)

    def _members(
        self,
        collective: Assignee,
        area_key: str | None,
        links: list[AnswerLink],
        read: tuple[dict[str, str | None], dict[str, str | None], dict[str, list]],
        due: _dt.date | None,
        today: _dt.date,
    ) -> list[FollowupMember]:
        """The members of ``collective`` the archive knows (``_member_candidates`` that ``tables.membership`` says
        are its members: the same decision as the units' boards), each with its state: the UBND of its member
        levels inside its area (``UBND các huyện`` of tỉnh Lào Cai → each district's UBND that issued a document or
        was named in a task), and the departments of its province (``các sở``)."""
        if not area_key:
            return []
        # area key (or a department's ``area#name key``) → name; ``keys``, ``areas``: the issuer key and area key
        # of each link's document, and ``known`` the candidates of each area, read once by ``followup``
        keys, areas, known = read
        units: dict[str, str] = {}
        merged: dict[str, list[str]] = {}  # a department of today's key → the names merged into it
        head, members = name_key(collective), collective.members  # as the task query reads it: ``assignee_key``
        for key, name, unit in self._member_candidates(area_key, known):
            if not is_member(unit, head, members, area_key):
                continue
            unit_area, _, department = key.partition("#")
            if not department:
                units.setdefault(key, name)
                continue
            now = department_today(name, today)
            units.setdefault(f"{unit_area}#{_key(now)}", now)
            if now != name and name not in merged.setdefault(_key(now), []):
                merged[_key(now)].append(name)
        out = []
        for key, name in sorted(units.items(), key=lambda kv: kv[1]):
            unit_area, _, department = key.partition("#")
            issuers = (
                [department, *(_key(n) for n in merged.get(department, []))] if department else ["uy ban nhan dan"]
            )
            mine = [
                x
                for x in links
                if x.kind in ("implements", "reports")
                and areas.get(x.document.id) == unit_area
                and (keys.get(x.document.id) or "").startswith(tuple(issuers))
            ]
            state = cast(Any, _state(mine, due, today))
            out.append(
                FollowupMember(
                    name=name, area_key=unit_area, state=state, answers=mine, successor_of=merged.get(department, [])
                )
            )
        return out

    def _member_candidates(
        self, area_key: str, known: dict[str, list[tuple[str, str, Membership | None]]]
    ) -> list[tuple[str, str, Membership | None]]:
        """The units the archive knows that may be members of a collective of ``area_key``, each with its key, its
        name and the collectives it is a member of (``tables.membership``, the decision the task query takes): the
        UBND of each unit inside the area that issued a document or was named in a task, and the departments of
        the area (``area#name key``).  A member class the archive cannot tell from names (``ban``) is not listed.
        ``known``: the candidates of each area read already for this plan (its collectives share their area)."""
        if area_key in known:
            return known[area_key]
        # the areas below as a range of keys, which an index serves (``LIKE`` is not case-sensitive in SQLite: none
        # does), the ``LIKE`` kept beside it as ``_cited_by`` keeps it
        below = (area_key + "/", area_key + "0", area_key + "/%")  # "0" follows "/"
        named = self.backend.all(
            "SELECT DISTINCT assignee_area_key, assignee_canonical FROM obligations WHERE assignee_key = ? "
            "AND assignee_area_key >= ? AND assignee_area_key < ? AND assignee_area_key LIKE ?",
            ("uy ban nhan dan", *below),
        )
        issued = self.backend.all(
            "SELECT DISTINCT area_key, area FROM documents WHERE area_key >= ? AND area_key < ? AND area_key LIKE ? "
            "AND issuer_key >= ? AND issuer_key < ? AND issuer_key LIKE ?",
            (*below, *_prefix_range("uy ban nhan dan ")),
        )
        found: dict[str, tuple[str, str, Membership | None]] = {}
        # a unit's own documents name it best (``thị xã Sa Pa`` where an older plan wrote ``huyện Sa Pa``)
        for key, name in [*((k, f"Ủy ban nhân dân {(a or '').split(',')[0]}") for k, a in issued), *named]:
            unit = unit_at(key)
            if key not in found and unit is not None:
                found[key] = (key, name, unit_membership("uy ban nhan dan", unit.level, (unit,)))
        area = unit_at(area_key)
        for name in self._departments(area_key):
            key = f"{area_key}#{_key(name)}"
            if key not in found:
                found[key] = (key, name, unit_membership(_key(name), None, (area,) if area else ()))
        known[area_key] = list(found.values())
        return known[area_key]

    def _departments(self, area_key: str) -> list[str]:
        """The departments of a province the archive knows, by a task given them or a document they issued: each
        one department (``DEPARTMENT_KEY``: ``Sở, Ngành`` is a class, no unit), by the name it was written with."""
        names = [
            name
            for key, name in self.backend.all(
                "SELECT DISTINCT assignee_key, assignee_canonical FROM obligations "
                "WHERE assignee_area_key = ? AND assignee_key >= ? AND assignee_key < ? AND assignee_key LIKE ?",
                (area_key, *_prefix_range("so ")),
            )
            if DEPARTMENT_KEY.match(match_key(key)) and name
        ]
        for (issuer,) in self.backend.all(
            "SELECT DISTINCT issuer_name FROM documents WHERE area_key = ? "
            "AND issuer_key >= ? AND issuer_key < ? AND issuer_key LIKE ?",
            (area_key, *_prefix_range("so ")),
        ):
            name = _DEPARTMENTS.get(_key(issuer))
            if name:
                names.append(name)
        return names

    def _cited_by(self, issuer_name: str, doc_ids: list[str]) -> set[str]:
        """Of ``doc_ids``, those whose number a document of an issuer whose key begins with ``issuer_name``
        cites: the only ones its answers can be of.  Read from the issuer's side (a prefix range the
        ``issuer_key`` index serves, the ``LIKE`` kept for any collation), not from the numbers', which a
        common one (``42/KH-UBND``) makes thousands of citations long."""
        b = self.backend
        numbers: dict[str, list[str]] = {}
        for doc_id, key in b.all_in("SELECT id, number_key FROM documents WHERE id IN ({})", sorted(set(doc_ids))):
            if key:
                numbers.setdefault(key, []).append(doc_id)
        prefix = issuer_name.replace("%", "").replace("_", "")
        if not numbers or not prefix:
            return set()
        above = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        cited: set[str] = set()
        for part in chunks(sorted(numbers)):
            cited.update(
                r[0]
                for r in b.all(
                    "SELECT DISTINCT c.number_key FROM documents s JOIN citations c ON c.doc_rid = s.rid "
                    "WHERE s.issuer_key >= ? AND s.issuer_key < ? AND s.issuer_key LIKE ? "
                    f"AND c.number_key IN ({','.join('?' * len(part))})",
                    [prefix, above, prefix + "%", *part],
                )
            )
        return {doc_id for key in cited for doc_id in numbers[key]}

    def _passages(
        self, tasks: list[ObligationHit], reports: list[AnswerLink], indexes: dict[str, PassageIndex | None]
    ) -> list[TaskPassage]:
        """For each task, the passage of one of ``reports`` that speaks of it (the best of them), if any."""
        out = []
        for link in reports:
            if link.document.id not in indexes:
                try:
                    indexes[link.document.id] = PassageIndex.of(cast(Any, self).document(link.document.id))
                except LookupError:  # gone from the archive since the link was read
                    indexes[link.document.id] = None
        for t in tasks:
            found = [
                (m, link.document.id)
                for link in reports
                if (index := indexes.get(link.document.id)) is not None and (m := index.best(t.task)) is not None
            ]
            if not found:
                continue
            m, report = max(found, key=lambda x: x[0].score)
            p = m.passage
            out.append(
                TaskPassage(
                    ref=t.ref,
                    task=t.task,
                    report=report,
                    path=p.path,
                    text=p.text[:DEFAULT_MAX_CHARS],
                    span=Span(start=p.start, end=p.end),
                    score=round(m.score, 3),
                    terms=[t for t in m.terms if " " in t][:DEFAULT_SHOWN_TERMS],
                    rule=RULE,
                )
            )
        return out

    def register_pages(
        self,
        assignee: str,
        *,
        today: _dt.date | None = None,
        hits: list[ObligationHit] | None = None,
        page: int | None = None,
    ) -> Iterator[list[RegisterEntry]]:
        """The whole register of ``assignee`` (``register``), ``page`` entries (``DEFAULT_REGISTER_PAGE``) at a
        time: a writer holds one page of entries, never the unit's every task with its answers and passages."""
        page = page or DEFAULT_REGISTER_PAGE
        if hits is None:
            hits = cast(Any, self).obligations(assignee)
        for start in range(0, len(hits), page):
            yield self.register(assignee, today=today, hits=hits[start : start + page], limit=None)

    def register(
        self,
        assignee: str,
        *,
        today: _dt.date | None = None,
        hits: list[ObligationHit] | None = None,
        limit: int | None = DEFAULT_REGISTER_LIMIT,
        offset: int = 0,
    ) -> list[RegisterEntry]:
        """The tasks of ``assignee`` as an office's register keeps them (issue 42): each with its state — done
        on time or late (marked done by a correction, against its deadline), overdue, or in progress — and the
        unit's own documents that answer the task's plan (``answers`` issued by it).  ``hits``: its tasks as
        a query already found them (``obligations`` with filters), else all of them.  Only ``limit`` entries
        from ``offset`` are made (``None``: every one; ``register_pages`` for a whole register)."""
        from ..query import assignee_query

        today = today or office_today()
        query = assignee_query(assignee)
        end = None if limit is None else offset + limit
        if hits is None:
            hits = cast(Any, self).obligations(assignee, limit=end) if end != 0 else []
        hits = hits[offset:end]
        plans: dict[str, list[tuple[AnswerLink, str | None]]] = {}
        indexes: dict[str, PassageIndex | None] = {}
        cited = self._cited_by(query.name, [h.document.id for h in hits]) if query.name else set()
        out = []
        for h in hits:
            if h.document.id not in cited:
                plans[h.document.id] = []  # no document of the unit cites its number: nothing answers it
            elif h.document.id not in plans:
                links = self.answers(h.document.id)
                keys = self._issuer_keys([x.document.id for x in links])
                plans[h.document.id] = [(x, keys.get(x.document.id)) for x in links]
            mine = [
                x
                for x, key in plans[h.document.id]
                if x.kind in ("implements", "reports")
                and key
                and query.name
                and key.startswith(query.name)
                and (not query.place or query.bare_level or query.place in key)
            ]
            state = task_state(h, today)
            passages = self._passages([h], [x for x in mine if x.kind == "reports"], indexes)
            entry = RegisterEntry(hit=h, state=state, answers=mine, passage=next(iter(passages), None))
            out.append(entry)
        return out
