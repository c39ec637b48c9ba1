"""One plan, several copies: the same document as a .doc draft and the .docx issued, or as a scan and its
text.  Copies are matched by number, issuer and date where all three are written; else by issuer and
title, confirmed by the text (most of the words, in the same runs); never by number alone.  The issued
copy (with a number and a date, not a draft, the most complete) gives the tasks; the others stay
searchable and are listed on its page.

Decided when documents are written, not when asked (issue 40: finding them per request shingled every
document sharing an issuer and a title, on every board request after every commit).  ``COPIES_TABLE`` keeps,
per present document, the keys that can make it a copy (``number_group``, ``title_group``) and what it is a
copy of; each write regroups only the documents that share a key with what it wrote (``regroup``), so a
request reads one indexed table and an index run's work per document does not grow with the archive.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property

from ..chars import fold
from ..pattern_cache import compiled
from .backend import Backend, chunks
from .schema import COPIES_TABLE

#: Two texts are one document when this share of their word 4-grams is common to both (a draft and its
#: issued version differ by a few words; two plans on the same subject share their template, not 85 %).
DEFAULT_MIN_SIMILARITY = 0.85
#: Words of the body compared (its beginning): enough to tell two plans apart, cheap on a long one.
DEFAULT_MAX_WORDS = 4000
#: Documents regrouped together at most: the documents that share a key with those written, and those
#: sharing a key with them, and so on.  A larger set (a title every office repeats monthly, under one
#: issuer) is cut there; what is left is regrouped when one of its own documents is written.
DEFAULT_MAX_GROUPED = 2000
_SHINGLE = 4
_WORD = compiled(r"[\p{L}\p{N}]+")
_DRAFT = compiled(r"(?i)d[uự][ _-]?th[aả]o|dthao|draft")
#: Shown on the page, in Vietnamese, as why two files are one document.
REASON_NUMBER = "cùng số, cơ quan ban hành và ngày ban hành"
REASON_TEXT = "cùng cơ quan ban hành và trích yếu, nội dung gần như trùng"
#: Obligations of the issued copies only: the condition a task query adds (``o``: the obligations).
NOT_A_COPY_SQL = f"o.doc_id NOT IN (SELECT doc_id FROM {COPIES_TABLE} WHERE copy_of IS NOT NULL)"


@dataclass(frozen=True)
class Copy:
    """``doc_id`` is a copy of ``primary``, for ``reason`` (in Vietnamese, shown on the page)."""

    doc_id: str
    primary: str
    reason: str


@dataclass(frozen=True)
class _Doc:
    id: str
    rid: int
    path: str
    number_key: str | None
    issuer_key: str | None
    issued_date: str | None
    title: str | None
    obligations: int
    #: read by OCR (a scan): a copy read from its text is cleaner
    ocr: bool = False

    @property
    def draft(self) -> bool:
        """Named a draft (``dự thảo`` in the file name)."""
        return _DRAFT.search(self.path.rsplit("/", 1)[-1]) is not None

    @property
    def extension(self) -> str:
        return self.path.rsplit(".", 1)[-1].lower() if "." in self.path else ""

    @cached_property  # asked when the keys are written and again when the copies are decided
    def number_group(self) -> str | None:
        if self.number_key and self.issuer_key and self.issued_date:
            return f"{self.number_key}|{self.issuer_key}|{self.issued_date}"
        return None

    @cached_property
    def title_group(self) -> str | None:
        words = " ".join(_WORD.findall(fold(self.title or "")))
        return f"{self.issuer_key}|{words}" if self.issuer_key and words else None

    def rank(self) -> tuple:
        """Higher is the issued copy: a number, a date, not a draft, read from text rather than by OCR (a scan's
        misread words and extra lines make it look fuller: issue 41), more tasks read, then the id."""
        return (
            self.number_key is not None,
            self.issued_date is not None,
            not self.draft,
            not self.ocr,
            self.obligations,
            self.id,
        )


def copies(backend: Backend) -> dict[str, Copy]:
    """Every present document that is a copy of another, by id (one indexed read)."""
    return {
        doc_id: Copy(doc_id, primary, reason)
        for doc_id, primary, reason in backend.all(
            f"SELECT doc_id, copy_of, reason FROM {COPIES_TABLE} WHERE copy_of IS NOT NULL"
        )
    }


def copy_of(backend: Backend, doc_id: str) -> Copy | None:
    """What ``doc_id`` is a copy of, if it is one."""
    row = backend.one(f"SELECT copy_of, reason FROM {COPIES_TABLE} WHERE doc_id = ? AND copy_of IS NOT NULL", (doc_id,))
    return Copy(doc_id, row[0], row[1]) if row else None


_DOC_SQL = (
    "SELECT d.id, d.rid, d.path, d.number_key, d.issuer_key, d.issued_date, d.title, "
    "(SELECT COUNT(*) FROM obligations o WHERE o.doc_rid = d.rid), COALESCE(d.source_ocr, 0) = 1 "
    "FROM documents d WHERE d.status = 'present'"
)


def rebuild_copies(backend: Backend) -> int:
    """Decide the copies of the whole archive again (a new table, an upgrade, a rebuild); returns how many
    documents are copies."""
    backend.execute(f"DELETE FROM {COPIES_TABLE}")
    docs = [_Doc(*r) for r in backend.all(_DOC_SQL)]
    _insert_keys(backend, docs)
    found = _groups(docs, _shingle_reader(backend))
    _write(backend, {d.id: None for d in docs}, found)
    return len(found)


def regroup(backend: Backend, doc_ids: Iterable[str]) -> None:
    """Documents ``doc_ids`` were written, replaced, dropped or set aside: keep their keys and decide again
    the copies among every document that shares a key with them (before or after)."""
    ids = sorted(set(doc_ids))
    if not ids:
        return
    keys = {
        k
        for row in backend.all_in(f"SELECT number_group, title_group FROM {COPIES_TABLE} WHERE doc_id IN ({{}})", ids)
        for k in row
        if k
    }
    for part in chunks(ids):
        backend.execute(f"DELETE FROM {COPIES_TABLE} WHERE doc_id IN ({','.join('?' * len(part))})", part)
    written = [_Doc(*r) for r in backend.all_in(_DOC_SQL + " AND d.id IN ({})", ids)]
    _insert_keys(backend, written)
    keys |= {k for d in written for k in (d.number_group, d.title_group) if k}
    members = sorted(_sharing(backend, keys))
    docs = [_Doc(*r) for r in backend.all_in(_DOC_SQL + " AND d.id IN ({})", members)]
    found = _groups(docs, _shingle_reader(backend))
    before = dict(backend.all_in(f"SELECT doc_id, copy_of FROM {COPIES_TABLE} WHERE doc_id IN ({{}})", members))
    _write(backend, before, found)


def _sharing(backend: Backend, keys: set[str]) -> set[str]:
    """The documents that share one of ``keys``, and those that share a key with them, … (at most
    ``DEFAULT_MAX_GROUPED``): a document grouped by its number is no longer grouped by its title, so what
    decides one group can lie one key further."""
    members: set[str] = set()
    seen: set[str] = set()
    todo = set(keys)
    while todo and len(members) < DEFAULT_MAX_GROUPED:
        seen |= todo
        rows: list[tuple] = []
        for part in chunks(sorted(todo)):
            marks = ",".join("?" * len(part))
            rows += backend.all(
                f"SELECT doc_id, number_group, title_group FROM {COPIES_TABLE} WHERE number_group IN ({marks}) "
                f"OR title_group IN ({marks})",
                [*part, *part],
            )
        members |= {r[0] for r in rows}
        todo = {k for r in rows for k in r[1:] if k and k not in seen}
    return members


def _insert_keys(backend: Backend, docs: list[_Doc]) -> None:
    backend.insert_rows(
        COPIES_TABLE,
        ("doc_id", "number_group", "title_group", "copy_of", "reason"),
        [(d.id, d.number_group, d.title_group, None, None) for d in docs],
    )


def _write(backend: Backend, before: dict[str, str | None], found: dict[str, Copy]) -> None:
    """Set what each document of ``before`` is a copy of, writing only what changed."""
    for doc_id, old in before.items():
        new = found.get(doc_id)
        if (new.primary if new else None) != old:
            backend.execute(
                f"UPDATE {COPIES_TABLE} SET copy_of = ?, reason = ? WHERE doc_id = ?",
                (new.primary if new else None, new.reason if new else None, doc_id),
            )


def _groups(docs: list[_Doc], shingles: Callable[[int], set]) -> dict[str, Copy]:
    """The copies among ``docs``: same number, issuer and date; else same issuer and title and alike text."""
    groups: list[tuple[list[_Doc], str]] = []
    by_number: dict[str, list[_Doc]] = defaultdict(list)
    for d in docs:
        if d.number_group:
            by_number[d.number_group].append(d)
    grouped: set[str] = set()
    for members in by_number.values():
        if len(members) > 1:
            groups.append((members, REASON_NUMBER))
            grouped.update(m.id for m in members)
    by_title: dict[str, list[_Doc]] = defaultdict(list)
    for d in docs:
        if d.id not in grouped and d.title_group:
            by_title[d.title_group].append(d)
    for members in by_title.values():
        if len(members) < 2:
            continue
        for cluster in _similar(sorted(members, key=lambda m: m.rid), shingles):
            if len({m.number_key for m in cluster if m.number_key}) > 1:
                continue  # two numbers: two documents, however alike
            groups.append((cluster, REASON_TEXT))
    out: dict[str, Copy] = {}
    for members, reason in groups:
        primary = max(members, key=_Doc.rank)
        for m in members:
            if m.id != primary.id:
                out[m.id] = Copy(m.id, primary.id, reason)
    return out


def _shingle_reader(backend: Backend) -> Callable[[int], set]:
    """The word 4-grams of a document's text by rid, read once each and only when a comparison needs them."""
    cache: dict[int, set] = {}

    def read(rid: int) -> set:
        if rid not in cache:
            row = backend.one("SELECT body FROM doc_text WHERE doc_rid = ?", (rid,))
            words = _WORD.findall(fold(row[0] or ""))[:DEFAULT_MAX_WORDS] if row else []
            cache[rid] = {tuple(words[i : i + _SHINGLE]) for i in range(max(0, len(words) - _SHINGLE + 1))}
        return cache[rid]

    return read


def similarity(a: set, b: set) -> float:
    """Jaccard similarity of two sets of word n-grams (0 when either is empty)."""
    return len(a & b) / len(a | b) if a and b else 0.0


def _similar(members: list[_Doc], shingles: Callable[[int], set]) -> list[list[_Doc]]:
    """Clusters of members whose texts are alike (each joined to the first it is alike with).  Two files of
    one format, neither a draft, are two documents however alike: plans written from one template (the
    same inspection for other units) share 95 % of their words."""
    clusters: list[list[_Doc]] = []
    for m in members:
        for c in clusters:
            first = c[0]
            if first.extension == m.extension and not (first.draft or m.draft):
                continue
            if similarity(shingles(first.rid), shingles(m.rid)) >= DEFAULT_MIN_SIMILARITY:
                c.append(m)
                break
        else:
            clusters.append([m])
    return [c for c in clusters if len(c) > 1]
