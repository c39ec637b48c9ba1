"""Archivists' corrections of the parse: stored beside it (table ``corrections``), never over it, and applied
where the archive's task lists are read (``obligations.Obligations``).

A correction names its task by an *anchor*: the task's span, words, assignee and role as the parse had them.
Each time tasks are read, every correction finds its task again (``resolve``):

1. the document: the one it was made on, else (the file's content changed, so its id did) the document
   its file holds now;
2. the task: in the same document, the task at the same span (several there: the one of the same assignee,
   then role); else, in whatever document, the task with the same words (folded case, spacing and
   punctuation aside; several: the same assignee, then the nearest span).  Found at its span: ``fits``;
   by its words: ``reanchored``; not found: ``stale`` — not applied to any other line, and listed with the
   reason (``vbparse corrections --stale``, ``export --what corrections``, the page /corrections).

Corrections of one task are applied oldest first, field by field: the latest value of each field wins and
every correction stays in the table (history).

Finding them again is done when the archive is written, not when it is read (issue 40: with 8 000
corrections every board read re-anchored them all, 2 s, and merged them in Python, 6–8 s for a unit whose
tasks they all touched).  ``refresh_effects`` resolves the corrections a write may concern (of the documents
written, set aside or dropped, by id and by path, and those found on the same documents before) and keeps
what they make of each task as a row of ``EFFECTS_TABLE``, with the keys the task queries match, and each
correction's status in ``STATUS_TABLE``; a task query reads those rows like the obligations' own.  A task added by a correction (``add``) is a task of its
document (``source`` ``correction``, reference ``DOC_ID:add-N``); corrections of it name it by ``added``.
"""

from __future__ import annotations

import datetime as _dt
import getpass
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, cast

from ..chars import match_key, nfc, one_line, tone_key
from ..models import (
    Assignee,
    Correction,
    CorrectionAnchor,
    CorrectionRecord,
    CorrectionStatus,
    Obligation,
    Span,
)
from ..pattern_cache import compiled
from .backend import Backend, StoreError, chunks, q
from .rows import LAST
from .schema import CORRECTIONS, EFFECTS_TABLE, STATUS_TABLE, load_model, value_of

#: Vietnamese words of a task's progress (``Correction.progress``).
PROGRESS_LABELS = {
    "chua_thuc_hien": "chưa thực hiện",
    "dang_thuc_hien": "đang thực hiện",
    "da_hoan_thanh": "đã hoàn thành",
}
#: Longest text a correction keeps in a field (a task is a sentence or a paragraph; a name a few words).
DEFAULT_MAX_TASK_CHARS = 4000
DEFAULT_MAX_NAME_CHARS = 300
DEFAULT_MAX_NOTE_CHARS = 2000
#: Tasks added by corrections sort after the parsed tasks of their document (their ``ord`` is this plus the id).
ADDED_ORD = 1_000_000_000

_REF = compiled(r"([0-9a-f]{16}):(?:(\d{1,9})-(\d{1,9})(?:/(\d{1,4}))?|add-(\d{1,12}))")
_WORDS = compiled(r"[\p{L}\p{N}]+")
_CONTROL = compiled(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class CorrectionError(ValueError):
    """A correction that cannot be made as asked; the message names what is wrong (CLI exit 2, HTTP 400)."""


# --- small readers shared by the CLI and the web ------------------------------------------------------------


def task_key(text: str) -> str:
    """A task's words for anchoring: case, spacing, punctuation and the placement of tone marks aside."""
    return " ".join(_WORDS.findall(tone_key(nfc(text)).lower()))


def assignee_of(text: str) -> Assignee:
    """The ``Assignee`` an archivist's name stands for, read with the documents' own grammar and alias
    table (``STC`` → Sở Tài chính; a person's name as a person), so the board finds the task under it.  A
    name is one line: a line break typed into the form is a space (``one_line``)."""
    from ..extract.assignees import make_assignee, name_at

    text = one_line(nfc(text))
    span = name_at(text, 0) if text else None
    if span is not None and span.end >= len(text.rstrip(" .,;")) - 1:
        return make_assignee(text, span)
    if span is not None and span.kind == "person" and span.person_name:
        return make_assignee(text, span)
    return Assignee(raw=text, canonical=text[:1].upper() + text[1:], kind="other")


def assignee_keys(a: Assignee, doc_area: str | None = None) -> dict[str, str | None]:
    """The keys the board's query matches an assignee on (as ``rows.document_rows`` stores them);
    ``doc_area``: the path of the document's unit, which a corrected name without a place is of."""
    from ..extract.areas import area_key_in, collective_members
    from ..extract.assignees import name_key, place_key

    return {
        "assignee_area_key": area_key_in(a, doc_area),
        "assignee_members": json.dumps(collective_members(a)),
        "assignee_key": name_key(a),
        "place_key": place_key(a),
        "person_key": match_key(a.person_name) if a.person_name else None,
        # the name as typed and as read (``STC Sở Tài chính``): a search for words inside names finds either
        "raw_key": match_key(a.raw if not a.canonical or a.canonical == a.raw else f"{a.raw} {a.canonical}"),
    }


def clean_text(value: str | None, name: str, limit: int) -> str | None:
    """A text field as given, stripped; ``None`` when empty; ``CorrectionError`` when too long or with
    control characters."""
    value = nfc(value or "").strip()
    if not value:
        return None
    if len(value) > limit:
        raise CorrectionError(f"{name}: longer than {limit} characters")
    if _CONTROL.search(value):
        raise CorrectionError(f"{name}: contains control characters")
    return value


def parse_progress(text: str) -> str:
    """A progress code, or its Vietnamese words with or without diacritics (``đang thực hiện``)."""
    key = match_key(text).replace(" ", "_")
    for code in PROGRESS_LABELS:
        if key == code:
            return code
    shown = ", ".join(f"{c} ({v})" for c, v in PROGRESS_LABELS.items())
    raise CorrectionError(f"progress: not one of {shown}: {text[:40]!r}")


def obligation_ref(doc_id: str, start: int | None, end: int | None, k: int, shared: int, ord_: int) -> str:
    """``DOC_ID:START-END`` (``/K`` when ``shared`` tasks have that span); ``DOC_ID:oORD`` without a span."""
    if start is None or end is None:
        return f"{doc_id}:o{ord_}"
    return f"{doc_id}:{start}-{end}" + (f"/{k}" if shared > 1 else "")


def span_refs(doc_id: str, spans: Iterable[tuple[int, int | None, int | None]]) -> dict[int, str]:
    """``ord`` → the reference of each of a document's tasks, from ``(ord, span start, span end)`` in task
    order: the tasks that share a span are numbered in that order (``/1``, ``/2`` …)."""
    sharing: dict[tuple[int | None, int | None], list[int]] = {}
    for ord_, start, end in spans:
        sharing.setdefault((start, end), []).append(ord_)
    return {
        ord_: obligation_ref(doc_id, start, end, k + 1, len(ords), ord_)
        for (start, end), ords in sharing.items()
        for k, ord_ in enumerate(ords)
    }


# --- finding each correction's task (read side) ---------------------------------------------------------------


@dataclass
class Target:
    """A parsed task as anchoring sees it, with the keys the board's query matches."""

    doc_id: str
    rid: int
    ord: int
    start: int | None
    end: int | None
    task: str
    assignee_raw: str
    role: str
    keys: dict[str, Any]


@dataclass
class Effect:
    """What the corrections in force make of one task (parsed, or added by a correction): a row of
    ``EFFECTS_TABLE``."""

    doc_id: str
    rid: int
    ord: int
    ref: str
    keys: dict[str, Any]
    #: the id of the correction that added the task (None: a parsed task)
    added: int | None = None
    assignee: Assignee | None = None
    role: str | None = None
    deadline: _dt.date | None = None
    task: str | None = None
    progress: str | None = None
    not_task: bool = False
    corrected: list[str] = field(default_factory=list)
    ids: list[int] = field(default_factory=list)
    author: str | None = None
    created: _dt.datetime | None = None

    def values(self) -> dict[str, Any]:
        """The task's fields as corrected (only those a correction set)."""
        update: dict[str, Any] = {}
        if self.assignee is not None:
            update["assignee"] = self.assignee
        if self.role is not None:
            update["role"] = self.role
        if self.deadline is not None:
            update.update(deadline=self.deadline, deadline_precision="day")
        if self.task is not None:
            update["task"] = self.task
        return update

    def apply(self, c: Correction) -> None:
        """Apply ``c`` on top of the earlier ones (the latest value of each field wins)."""
        marks: list[str] = []
        if c.action == "not_task":
            self.not_task = True
            marks.append("not_task")
        elif c.action == "is_task":
            self.not_task = False
        if c.assignee is not None:
            self.assignee = assignee_of(c.assignee)
            self.keys.update(assignee_keys(self.assignee, self.keys.get("doc_area")))
            marks.append("assignee")
        if c.role is not None:
            self.role = self.keys["role"] = c.role
            marks.append("role")
        if c.deadline is not None:
            self.deadline = c.deadline
            self.keys["due_sort"] = c.deadline.isoformat()
            marks.append("deadline")
        if c.task is not None:
            self.task = c.task
            marks.append("task")
        if c.progress is not None:
            self.progress = c.progress
            marks.append("progress")
        if c.action == "add":  # its values are all the archivist's: one mark says so
            marks = ["added"]
        for m in marks:
            if m not in self.corrected:
                self.corrected.append(m)
        if c.action == "is_task" and "not_task" in self.corrected:
            self.corrected.remove("not_task")
        assert c.id is not None
        self.ids.append(c.id)
        self.author, self.created = c.author, c.created

    def row(self) -> tuple:
        """The row of ``EFFECTS_TABLE`` (``EFFECT_COLUMNS``)."""
        stored = {
            "keys": self.keys,
            "assignee": self.assignee.model_dump(mode="json") if self.assignee is not None else None,
            "role": self.role,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "task": self.task,
            "progress": self.progress,
            "corrected": self.corrected,
            "ids": self.ids,
            "author": self.author,
            "created": self.created.isoformat() if self.created else None,
        }
        k = self.keys
        return (
            self.rid,
            self.ord,
            self.doc_id,
            self.ref,
            self.added,
            int(self.not_task),
            *(k.get(c) for c in EFFECT_KEY_COLUMNS),
            k.get("doc_date_sort") or LAST,
            self.progress,
            json.dumps(stored, ensure_ascii=False),
        )

    @classmethod
    def of_row(cls, row: Any) -> Effect:
        """An effect read back from its row (``EFFECT_COLUMNS``, in that order)."""
        rid, ord_, doc_id, ref, added, not_task = row[:6]
        stored = json.loads(row[-1])
        return cls(
            doc_id=doc_id,
            rid=int(rid),
            ord=int(ord_),
            ref=ref,
            keys=stored["keys"],
            added=None if added is None else int(added),
            assignee=Assignee.model_validate(stored["assignee"]) if stored["assignee"] is not None else None,
            role=stored["role"],
            deadline=_dt.date.fromisoformat(stored["deadline"]) if stored["deadline"] else None,
            task=stored["task"],
            progress=stored["progress"],
            not_task=bool(not_task),
            corrected=stored["corrected"],
            ids=stored["ids"],
            author=stored["author"],
            created=_dt.datetime.fromisoformat(stored["created"]) if stored["created"] else None,
        )


#: The keys of a task that task queries match (``obligations``' own columns of the same names).
EFFECT_KEY_COLUMNS = (
    "assignee_key",
    "place_key",
    "person_key",
    "raw_key",
    "due_sort",
    "role",
    "assignee_area_key",
    "assignee_members",
)
#: ``EFFECTS_TABLE``'s columns, as ``Effect.row`` gives them.
EFFECT_COLUMNS = (
    "doc_rid",
    "ord",
    "doc_id",
    "ref",
    "added",
    "not_task",
    *EFFECT_KEY_COLUMNS,
    "doc_date_sort",
    "progress",
    "effect",
)
#: A task an archivist marked done (``Correction.progress``): no longer overdue.
DONE = "da_hoan_thanh"


@dataclass
class Resolution:
    """Some corrections, each with its task found again (or not): what ``refresh_effects`` keeps."""

    by_target: dict[tuple[int, int], Effect] = field(default_factory=dict)
    added: list[Effect] = field(default_factory=list)
    records: list[tuple[Correction, CorrectionStatus, str | None, Effect | None]] = field(default_factory=list)

    def effects(self) -> list[Effect]:
        return [*self.by_target.values(), *self.added]


def _near(cands: list[Target], anchor: CorrectionAnchor) -> list[Target]:
    """Of several candidate tasks, those of the anchor's assignee, then of its role (each narrowing kept
    only when it leaves one or more)."""
    for same in (
        lambda t: match_key(t.assignee_raw) == match_key(anchor.assignee),
        lambda t: t.role == anchor.role,
    ):
        narrowed = [t for t in cands if same(t)]
        if narrowed:
            cands = narrowed
    return cands


def find_target(
    anchor: CorrectionAnchor, targets: list[Target], same_content: bool
) -> tuple[Target | None, CorrectionStatus]:
    """The task ``anchor`` names among ``targets`` (one document's tasks), and how it was found."""
    span = anchor.span
    if same_content and span is not None:
        at = _near([t for t in targets if (t.start, t.end) == (span.start, span.end)], anchor)
        if len(at) == 1:
            return at[0], "fits"
    key = task_key(anchor.task)
    same = _near([t for t in targets if task_key(t.task) == key], anchor)
    if same:
        start = span.start if span is not None else 0
        best = min(same, key=lambda t: (abs((t.start or 0) - start), t.ord))
        fits = same_content and span is not None and (best.start, best.end) == (span.start, span.end)
        return best, "fits" if fits else "reanchored"
    return None, "stale"


# --- finding the corrections' tasks, when the archive is written ---------------------------------------------


def present_document(b: Backend, doc_id: str) -> tuple[int, str | None] | None:
    """``(rid, path)`` of a present document."""
    row = b.one("SELECT rid, path FROM documents WHERE id = ? AND status = 'present'", (doc_id,))
    return None if row is None else (int(row[0]), row[1])


def document_targets(b: Backend, rids: list[int]) -> dict[int, list[Target]]:
    """The tasks of the documents ``rids``, in order, with their query keys."""
    out: dict[int, list[Target]] = {rid: [] for rid in rids}
    for part in chunks(rids):
        for r in b.named(
            "SELECT o.doc_rid AS rid, o.doc_id AS doc_id, o.ord AS ord, o.span_start AS start, "
            "o.span_end AS stop, o.task AS task, o.assignee_raw AS raw, o.role AS role, "
            "o.assignee_key AS assignee_key, o.place_key AS place_key, o.person_key AS person_key, "
            "o.raw_key AS raw_key, o.due_sort AS due_sort, o.assignee_area_key AS area_key, "
            "o.assignee_members AS members, o.doc_date_sort AS doc_date_sort, d.area_key AS doc_area "
            "FROM obligations o JOIN documents d ON d.rid = o.doc_rid "
            f"WHERE o.doc_rid IN ({','.join('?' * len(part))}) ORDER BY o.doc_rid, o.ord",
            part,
        ):
            keys = {
                "assignee_key": r.assignee_key,
                "place_key": r.place_key,
                "person_key": r.person_key,
                "raw_key": r.raw_key,
                "due_sort": r.due_sort,
                "role": r.role,
                "assignee_area_key": r.area_key,
                "assignee_members": r.members,
                "doc_area": r.doc_area,
                "doc_date_sort": r.doc_date_sort,
            }
            out[r.rid].append(Target(r.doc_id, r.rid, r.ord, r.start, r.stop, r.task, r.raw, r.role, keys))
    return out


def target_ref(target: Target, targets: list[Target]) -> str:
    same = [t for t in targets if (t.start, t.end) == (target.start, target.end)]
    return obligation_ref(target.doc_id, target.start, target.end, same.index(target) + 1, len(same), target.ord)


def stored_corrections(b: Backend, ids: Iterable[int] | None = None) -> list[Correction]:
    """The stored corrections (those of ``ids`` only, when given), oldest first."""
    if not b.table_exists(CORRECTIONS.name):  # a read-only archive of an older version
        return []
    cols = ", ".join(q(c.name) for c in CORRECTIONS.columns)
    sql = f"SELECT id, {cols} FROM {q(CORRECTIONS.name)}"
    rows = b.all(sql + " ORDER BY id") if ids is None else b.all_in(sql + " WHERE id IN ({})", sorted(ids))
    out = []
    for row in sorted(rows, key=lambda r: int(r[0])):
        c = cast(Correction, load_model(CORRECTIONS, row[1:]))
        out.append(c.model_copy(update={"id": int(row[0])}))
    return out


def resolve(b: Backend, stored: list[Correction]) -> Resolution:
    """Each of ``stored`` (oldest first) with its task found again (see the module's docstring)."""
    res = Resolution()
    if not stored:
        return res
    # the document each correction's document is now: itself, else what its file holds now
    now_of: dict[str, tuple[str, int] | None] = {}
    for c in stored:
        if c.doc_id in now_of:
            continue
        present = present_document(b, c.doc_id)
        if present is not None:
            now_of[c.doc_id] = (c.doc_id, present[0])
            continue
        row = (
            b.one(
                "SELECT d.id, d.rid FROM files f JOIN documents d ON d.id = f.doc_id "
                "WHERE f.path = ? AND f.status = 'ok' AND d.status = 'present'",
                (c.path,),
            )
            if c.path
            else None
        )
        now_of[c.doc_id] = (row[0], int(row[1])) if row else None
    rids = sorted({v[1] for v in now_of.values() if v})
    targets = document_targets(b, rids) if rids else {}
    adds: dict[int, Effect] = {}
    for c in stored:
        assert c.id is not None
        now = now_of[c.doc_id]
        if c.added is not None:  # a correction of an added task: it follows that task
            effect = adds.get(c.added)
            if effect is None:
                res.records.append((c, "stale", "the task it corrects (an added one) is no longer there", None))
                continue
            effect.apply(c)
            res.records.append((c, "fits", None, effect))
            continue
        if now is None:
            res.records.append((c, "stale", "the document is no longer in the archive", None))
            continue
        doc_id, rid = now
        if c.action == "add":
            found = b.one("SELECT area_key, issued_date FROM documents WHERE rid = ?", (rid,))
            doc_area = found[0] if found else None
            keys = {**assignee_keys(assignee_of(c.assignee or ""), doc_area), "role": c.role or "lead"}
            keys["doc_area"] = doc_area
            keys["doc_date_sort"] = str(found[1])[:10] if found and found[1] else LAST
            keys["due_sort"] = c.deadline.isoformat() if c.deadline else LAST
            effect = Effect(doc_id, rid, ADDED_ORD + c.id, f"{doc_id}:add-{c.id}", keys, added=c.id)
            effect.apply(c)
            adds[c.id] = effect
            res.added.append(effect)
            res.records.append((c, "fits" if doc_id == c.doc_id else "reanchored", None, effect))
            continue
        assert c.anchor is not None, "a correction of a parsed task has its anchor"
        target, status = find_target(c.anchor, targets.get(rid, []), same_content=doc_id == c.doc_id)
        if target is None:
            why = (
                "the task is no longer in the document (its file changed)"
                if doc_id != c.doc_id
                else "the task is no longer read from the document (a new parser reads it otherwise)"
            )
            res.records.append((c, "stale", why, None))
            continue
        key = (target.rid, target.ord)
        effect = res.by_target.get(key)
        if effect is None:
            effect = Effect(target.doc_id, target.rid, target.ord, target_ref(target, targets[rid]), dict(target.keys))
            res.by_target[key] = effect
        effect.apply(c)
        res.records.append((c, status, None, effect))
    return res


#: Rounds of widening the corrections a write concerns (``_concerned``): each adds those found on the same
#: documents as the last; two are enough unless corrections were made on a file's several contents.
DEFAULT_MAX_WIDENING = 8


def _concerned(b: Backend, doc_ids: set[str]) -> set[int]:
    """The corrections a write of the documents ``doc_ids`` may change the task of: made on one of them or on
    a file that holds one of them, and those found on the same documents as these before (so that each
    document's effects are resolved whole)."""
    ids, paths, rids = set(doc_ids), set(), set()
    found: set[int] = set()
    for _ in range(DEFAULT_MAX_WIDENING):
        paths |= {p for (p,) in b.all_in("SELECT path FROM files WHERE doc_id IN ({})", sorted(ids)) if p}
        rids |= {int(r) for (r,) in b.all_in("SELECT rid FROM documents WHERE id IN ({})", sorted(ids))}
        more = {
            int(i) for (i,) in b.all_in(f"SELECT id FROM {q(CORRECTIONS.name)} WHERE doc_id IN ({{}})", sorted(ids))
        }
        more |= {
            int(i) for (i,) in b.all_in(f"SELECT id FROM {q(CORRECTIONS.name)} WHERE path IN ({{}})", sorted(paths))
        }
        more |= {
            int(i)
            for (i,) in b.all_in(f"SELECT correction_id FROM {STATUS_TABLE} WHERE doc_rid IN ({{}})", sorted(rids))
        }
        # the task an added one corrects, and the corrections of a task added
        more |= {
            int(i)
            for (i,) in b.all_in(
                f"SELECT added FROM {q(CORRECTIONS.name)} WHERE added IS NOT NULL AND id IN ({{}})", sorted(more)
            )
        }
        more |= {
            int(i) for (i,) in b.all_in(f"SELECT id FROM {q(CORRECTIONS.name)} WHERE added IN ({{}})", sorted(more))
        }
        if more <= found:
            break
        found |= more
        ids |= {d for (d,) in b.all_in(f"SELECT doc_id FROM {q(CORRECTIONS.name)} WHERE id IN ({{}})", sorted(more))}
        rids |= {
            int(r)
            for (r,) in b.all_in(
                f"SELECT doc_rid FROM {STATUS_TABLE} WHERE doc_rid IS NOT NULL AND correction_id IN ({{}})",
                sorted(more),
            )
        }
    return found


def refresh_effects(b: Backend, doc_ids: Iterable[str] | None = None) -> None:
    """Find again the tasks of the corrections a write concerns (``doc_ids``: the documents written, set
    aside or dropped; None: every correction, after a rebuild) and keep what they make of them."""
    if not b.table_exists(EFFECTS_TABLE) or b.one(f"SELECT 1 FROM {q(CORRECTIONS.name)} LIMIT 1") is None:
        return
    if doc_ids is None:
        b.execute(f"DELETE FROM {EFFECTS_TABLE}")
        b.execute(f"DELETE FROM {STATUS_TABLE}")
        res = resolve(b, stored_corrections(b))
    else:
        ids = _concerned(b, set(doc_ids))
        if not ids:
            return
        before = {
            int(r)
            for (r,) in b.all_in(
                f"SELECT doc_rid FROM {STATUS_TABLE} WHERE doc_rid IS NOT NULL AND correction_id IN ({{}})", sorted(ids)
            )
        }
        res = resolve(b, stored_corrections(b, ids))
        rids = sorted(before | {e.rid for e in res.effects()})
        for part in chunks(rids):
            b.execute(f"DELETE FROM {EFFECTS_TABLE} WHERE doc_rid IN ({','.join('?' * len(part))})", part)
        for part in chunks(sorted(ids)):
            b.execute(f"DELETE FROM {STATUS_TABLE} WHERE correction_id IN ({','.join('?' * len(part))})", part)
    _write_resolution(b, res)


def _write_resolution(b: Backend, res: Resolution) -> None:
    marks = "(" + ", ".join("?" * len(EFFECT_COLUMNS)) + ")"
    rows = [e.row() for e in res.effects()]
    for part in chunks(rows, 50):
        b.execute(
            f"INSERT INTO {EFFECTS_TABLE} ({', '.join(EFFECT_COLUMNS)}) VALUES {', '.join([marks] * len(part))}",
            [v for row in part for v in row],
        )
    statuses = [
        (c.id, status, reason, e.rid if e else None, e.ord if e else None) for c, status, reason, e in res.records
    ]
    for part in chunks(statuses, 100):
        b.execute(
            f"INSERT INTO {STATUS_TABLE} (correction_id, status, reason, doc_rid, ord) VALUES "
            + ", ".join(["(?, ?, ?, ?, ?)"] * len(part)),
            [v for row in part for v in row],
        )


def apply_new(b: Backend, c: Correction) -> bool:
    """Keep what the newest correction ``c`` makes of its task: applied on top of the task's stored effect, as
    resolving every correction of the document again would (oldest first, so ``c`` last), at a cost that does not
    grow with the corrections stored.  False when only that can say (an added task; a document no longer
    present; a task not found where it was): the caller resolves the document whole."""
    if c.action == "add" or c.id is None or not b.table_exists(EFFECTS_TABLE):
        return False
    present = present_document(b, c.doc_id)
    if present is None:
        return False
    rid = present[0]
    if c.added is not None:
        found = effects_where(b, "o.doc_rid = ? AND o.added = ?", [rid, c.added])
        if not found:
            return False
        effect, status = found[0], "fits"
    else:
        if c.anchor is None:
            return False
        targets = document_targets(b, [rid])[rid]
        target, status = find_target(c.anchor, targets, same_content=True)
        if target is None:
            return False
        found = effects_where(b, "o.doc_rid = ? AND o.ord = ?", [rid, target.ord])
        effect = (
            found[0] if found else Effect(c.doc_id, rid, target.ord, target_ref(target, targets), dict(target.keys))
        )
    effect.apply(c)
    b.execute(f"DELETE FROM {EFFECTS_TABLE} WHERE doc_rid = ? AND ord = ?", (effect.rid, effect.ord))
    res = Resolution()
    res.records.append((c, cast(CorrectionStatus, status), None, effect))
    if effect.added is None:
        res.by_target[(effect.rid, effect.ord)] = effect
    else:
        res.added.append(effect)
    _write_resolution(b, res)
    return True


def effects_where(b: Backend, cond: str, params: list | tuple) -> list[Effect]:
    """The effects (``EFFECTS_TABLE``, named ``o``) matching ``cond``."""
    if not b.table_exists(EFFECTS_TABLE):
        return []
    return [
        Effect.of_row(r)
        for r in b.all(f"SELECT {', '.join(EFFECT_COLUMNS)} FROM {EFFECTS_TABLE} o WHERE {cond}", params)
    ]


# --- the archive's part -------------------------------------------------------------------------------------------


class Corrections:
    """Corrections of an archive: made (``correct``, ``add_task``) and listed (``corrections``).  A part of
    ``Archive``; needs its ``backend`` and ``db``."""

    backend: Backend
    db: str

    # --- writing -------------------------------------------------------------------------------------
    def _store_correction(self, c: Correction) -> Correction:
        """Write ``c`` in a transaction of its own (waiting for an index batch or a rebuild holding the
        write lock), with what it makes of its task; returns it with its id."""
        b = self.backend
        if b.readonly:
            raise StoreError(f"{self.db}: read-only here; a correction cannot be stored")
        names = [col.name for col in CORRECTIONS.columns]
        values = []
        for col in CORRECTIONS.columns:
            v = value_of(c, col)
            values.append(v.isoformat() if isinstance(v, _dt.datetime) else v)
        with b.exclusive():
            new_id = b.scalar(
                f"INSERT INTO {q(CORRECTIONS.name)} ({', '.join(q(n) for n in names)}) "
                f"VALUES ({', '.join('?' * len(names))}) RETURNING id",
                values,
            )
            stored = c.model_copy(update={"id": int(new_id)})
            if not apply_new(b, stored):
                refresh_effects(b, [c.doc_id])
        return stored

    def _present(self, doc_id: str) -> tuple[int, str | None] | None:
        return present_document(self.backend, doc_id)

    def _targets(self, rids: list[int]) -> dict[int, list[Target]]:
        return document_targets(self.backend, rids)

    def obligation_at(self, ref: str) -> tuple[Target, list[Target]]:
        """The parsed task a reference names (``ObligationHit.ref``), with its document's tasks."""
        m = _REF.fullmatch(ref.strip().lower())
        if m is None or m.group(5):
            raise CorrectionError(f"not a task reference (DOC_ID:START-END, from obligations --json): {ref[:60]!r}")
        doc_id = m.group(1)
        present = self._present(doc_id)
        if present is None:
            raise CorrectionError(f"{ref}: no archived document {doc_id}")
        targets = self._targets([present[0]])[present[0]]
        start, end, k = int(m.group(2)), int(m.group(3)), int(m.group(4) or 1)
        at = [t for t in targets if (t.start, t.end) == (start, end)]
        if not 1 <= k <= len(at):
            raise CorrectionError(f"{ref}: the document has no task there (its tasks changed? list them again)")
        return at[k - 1], targets

    def task_ref(self, doc_id: str, index: int) -> str:
        """The reference of the ``index``-th task (1-based, as ``vbparse show`` lists them) of a document."""
        present = self._present(doc_id)
        if present is None:
            raise CorrectionError(f"no archived document {doc_id}")
        targets = self._targets([present[0]])[present[0]]
        if not 1 <= index <= len(targets):
            raise CorrectionError(f"--task-index: the document has {len(targets)} tasks, not {index}")
        return target_ref(targets[index - 1], targets)

    def correct(
        self,
        ref: str,
        *,
        action: str = "edit",
        author: str | None = None,
        assignee: str | None = None,
        role: str | None = None,
        deadline: _dt.date | None = None,
        task: str | None = None,
        progress: str | None = None,
        note: str | None = None,
        now: _dt.datetime | None = None,
        account: str | None = None,
    ) -> Correction:
        """Store a correction of the task ``ref`` names (a parsed task, or one added: ``DOC_ID:add-N``).

        ``action``: ``edit`` (give one or more of ``assignee``, ``role``, ``deadline``, ``task``,
        ``progress``), ``not_task``, ``is_task`` or ``progress``.  ``author``: who (default: the user of
        this process); ``account``: the signed-in account the server checked, kept with it.
        ``CorrectionError`` says what is wrong with the request."""
        if action not in ("edit", "not_task", "is_task", "progress"):
            raise CorrectionError(f"action: edit, not_task, is_task or progress, not {action!r}")
        fields = _fields(assignee=assignee, role=role, task=task, progress=progress)
        if action == "progress" and fields.get("progress") is None:
            raise CorrectionError("progress: missing (chua_thuc_hien, dang_thuc_hien or da_hoan_thanh)")
        if action == "edit" and not fields and deadline is None:
            raise CorrectionError("nothing to correct: give an assignee, role, deadline, task or progress")
        m = _REF.fullmatch(ref.strip().lower())
        base: dict[str, Any]
        if m is not None and m.group(5):
            added = int(m.group(5))
            row = self.backend.one(
                f"SELECT doc_id, path FROM {q(CORRECTIONS.name)} WHERE id = ? AND action = 'add'", (added,)
            )
            if row is None or row[0] != m.group(1):
                raise CorrectionError(f"{ref}: no task added by correction {added} in that document")
            base = {"doc_id": row[0], "path": row[1], "added": added}
        else:
            target, _ = self.obligation_at(ref)
            present = self._present(target.doc_id)
            anchor = CorrectionAnchor(
                span=Span(start=target.start, end=target.end)
                if target.start is not None and target.end is not None
                else None,
                task=target.task,
                assignee=target.assignee_raw,
                role=cast(Any, target.role),
            )
            base = {"doc_id": target.doc_id, "path": present[1] if present else None, "anchor": anchor}
        c = Correction(
            **base,
            action=cast(Any, action),
            deadline=deadline,
            author=_author(author),
            created=now or _dt.datetime.now(_dt.UTC).replace(microsecond=0),
            note=clean_text(note, "note", DEFAULT_MAX_NOTE_CHARS),
            account=account,
            **fields,
        )
        return self._store_correction(c)

    def add_task(
        self,
        doc_id: str,
        *,
        assignee: str,
        task: str,
        role: str | None = None,
        deadline: _dt.date | None = None,
        author: str | None = None,
        note: str | None = None,
        now: _dt.datetime | None = None,
        account: str | None = None,
    ) -> Correction:
        """Store a task the parser missed, of document ``doc_id`` (``account``: as for ``correct``)."""
        fields = _fields(assignee=assignee, role=role, task=task)
        if not fields.get("assignee"):
            raise CorrectionError("assignee: missing (who is given the task)")
        if not fields.get("task"):
            raise CorrectionError("task: missing (what is to be done)")
        present = self._present(doc_id)
        if present is None:
            raise CorrectionError(f"no archived document {doc_id}")
        c = Correction(
            doc_id=doc_id,
            path=present[1],
            action="add",
            deadline=deadline,
            author=_author(author),
            created=now or _dt.datetime.now(_dt.UTC).replace(microsecond=0),
            note=clean_text(note, "note", DEFAULT_MAX_NOTE_CHARS),
            account=account,
            **{"role": "lead", **fields},
        )
        return self._store_correction(c)

    # --- reading -------------------------------------------------------------------------------------
    def has_corrections(self) -> bool:
        b = self.backend
        return b.table_exists(CORRECTIONS.name) and b.one(f"SELECT 1 FROM {q(CORRECTIONS.name)} LIMIT 1") is not None

    def _records(self) -> list[tuple[Correction, CorrectionStatus, str | None, Effect | None]]:
        """Every correction with its status and effect as the last write left them (``refresh_effects``);
        found here, without keeping them, in an archive of an older version opened read-only."""
        b = self.backend
        stored = stored_corrections(b)
        if not stored:
            return []
        if not b.table_exists(STATUS_TABLE):
            return resolve(b, stored).records
        status = {
            int(r[0]): (r[1], r[2], r[3], r[4])
            for r in b.all(f"SELECT correction_id, status, reason, doc_rid, ord FROM {STATUS_TABLE}")
        }
        if any(c.id not in status for c in stored):
            return resolve(b, stored).records
        effects = {(e.rid, e.ord): e for e in effects_where(b, "1 = 1", [])}
        out: list[tuple[Correction, CorrectionStatus, str | None, Effect | None]] = []
        for c in stored:
            assert c.id is not None
            state, reason, rid, ord_ = status[c.id]
            effect = effects.get((int(rid), int(ord_))) if rid is not None and ord_ is not None else None
            out.append((c, cast(CorrectionStatus, state), reason, effect))
        return out

    def correction_history(self, ids: Iterable[int]) -> dict[int, Correction]:
        """The corrections ``ids`` (a task's ``correction_ids``) by id: who made each (and the account that
        signed it), when, and what it said."""
        wanted = sorted(set(ids))
        return {c.id: c for c in stored_corrections(self.backend, wanted) if c.id is not None} if wanted else {}

    def corrections(self, *, stale_only: bool = False) -> list[CorrectionRecord]:
        """Every correction, oldest first, with whether it still fits and its task as corrected (gold shape)."""
        records = self._records()
        parsed = self._parsed_obligations(
            {(e.rid, e.ord) for _c, _s, _r, e in records if e is not None and e.added is None}
        )
        paths = dict(self.backend.all("SELECT id, path FROM documents")) if records else {}
        out = []
        for c, status, reason, effect in records:
            if stale_only and status != "stale":
                continue
            if effect is None:
                out.append(CorrectionRecord(correction=c, status=status, reason=reason))
                continue
            base = parsed.get((effect.rid, effect.ord)) if effect.added is None else None
            out.append(
                CorrectionRecord(
                    correction=c,
                    status=status,
                    doc_id=effect.doc_id,
                    path=paths.get(effect.doc_id),
                    ref=effect.ref,
                    not_task=effect.not_task,
                    obligation=corrected_obligation(base, effect),
                )
            )
        return out

    def _parsed_obligations(self, tasks: set[tuple[int, int]]) -> dict[tuple[int, int], Obligation]:
        """The parsed tasks ``(doc_rid, ord)`` as stored (read by document, only those asked built)."""
        from .columns import model_columns, model_of
        from .schema import OBLIGATIONS

        out: dict[tuple[int, int], Obligation] = {}
        rids = sorted({rid for rid, _ord in tasks})
        for part in chunks(rids):
            for r in self.backend.named(
                f"SELECT o.doc_rid AS rid, o.ord AS ord, {model_columns('o', OBLIGATIONS, 'o_')} FROM obligations o "
                f"WHERE o.doc_rid IN ({','.join('?' * len(part))})",
                part,
            ):
                if (r.rid, r.ord) in tasks:
                    out[(r.rid, r.ord)] = cast(Obligation, model_of(r, OBLIGATIONS, "o_"))
        return out


def corrected_obligation(base: Obligation | None, e: Effect) -> Obligation:
    """The task ``base`` (``None``: an added one) with the corrections of ``e`` applied."""
    update = e.values()
    if base is None:
        return Obligation(
            assignee=update.get("assignee") or Assignee(raw=""),
            role=update.get("role", "lead"),
            task=update.get("task", ""),
            deadline=update.get("deadline"),
            deadline_precision=update.get("deadline_precision"),
        )
    return base.model_copy(update=update)


def _author(author: str | None) -> str:
    value = clean_text(author, "author", DEFAULT_MAX_NAME_CHARS)
    if value:
        return value
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in this environment: the correction still says someone made it
        return "unknown"


def _fields(**given: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in given.items():
        limit = DEFAULT_MAX_TASK_CHARS if name == "task" else DEFAULT_MAX_NAME_CHARS
        v = clean_text(value, name, limit)
        if v is None:
            continue
        if name == "role" and v not in ("lead", "support"):
            raise CorrectionError(f"role: lead or support, not {v[:40]!r}")
        if name == "progress":
            v = parse_progress(v)
        out[name] = v
    return out
