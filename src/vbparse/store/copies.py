"""One plan, several copies: the same document as a .doc draft and the .docx issued, or as a scan and its
text.  Copies are matched by number, issuer and date where all three are written; else by issuer and
title, confirmed by the text (most of the words, in the same runs); never by number alone.  The issued
copy (with a number and a date, not a draft, the most complete) gives the tasks; the others stay
searchable and are listed on its page.

Found when asked, from the documents table, and kept until the archive changes (its present rows).
"""

from __future__ import annotations

import threading
from collections import defaultdict
from dataclasses import dataclass

import regex

from ..chars import fold
from .backend import Backend
from .schema import COUNT_TABLE

#: Two texts are one document when this share of their word 4-grams is common to both (a draft and its
#: issued version differ by a few words; two plans on the same subject share their template, not 85 %).
DEFAULT_MIN_SIMILARITY = 0.85
#: Words of the body compared (its beginning): enough to tell two plans apart, cheap on a long one.
DEFAULT_MAX_WORDS = 4000
_SHINGLE = 4
_WORD = regex.compile(r"[\p{L}\p{N}]+")
_DRAFT = regex.compile(r"(?i)d[uự][ _-]?th[aả]o|dthao|draft")


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

    @property
    def draft(self) -> bool:
        """Named a draft (``dự thảo`` in the file name)."""
        return _DRAFT.search(self.path.rsplit("/", 1)[-1]) is not None

    @property
    def extension(self) -> str:
        return self.path.rsplit(".", 1)[-1].lower() if "." in self.path else ""

    def rank(self) -> tuple:
        """Higher is the issued copy: a number, a date, not a draft, more tasks read, then the id."""
        return (self.number_key is not None, self.issued_date is not None, not self.draft, self.obligations, self.id)


_lock = threading.Lock()
#: The attribute of a backend that keeps its copies with the state of the archive they were found in.
_CACHE = "_vbparse_copies"


def copies(backend: Backend) -> dict[str, Copy]:
    """Every document that is a copy of another, by id; found again when any row of ``documents`` has been
    written since (``COUNT_TABLE.changes``, one row, kept by triggers: a count and the highest id missed a
    document gone and another come back at once)."""
    token = tuple(backend.one(f"SELECT changes FROM {COUNT_TABLE}") or ())
    with _lock:
        cached = getattr(backend, _CACHE, None)
        if cached is not None and cached[0] == token:
            return cached[1]
    found = _find(backend)
    with _lock:
        setattr(backend, _CACHE, (token, found))
    return found


def _find(backend: Backend) -> dict[str, Copy]:
    docs = [
        _Doc(*r)
        for r in backend.all(
            "SELECT d.id, d.rid, d.path, d.number_key, d.issuer_key, d.issued_date, d.title, "
            "(SELECT COUNT(*) FROM obligations o WHERE o.doc_rid = d.rid) FROM documents d WHERE d.status = 'present'"
        )
    ]
    groups: list[tuple[list[_Doc], str]] = []
    by_number: dict[tuple, list[_Doc]] = defaultdict(list)
    for d in docs:
        if d.number_key and d.issuer_key and d.issued_date:
            by_number[(d.number_key, d.issuer_key, d.issued_date)].append(d)
    grouped: set[str] = set()
    for members in by_number.values():
        if len(members) > 1:
            groups.append((members, "cùng số, cơ quan ban hành và ngày ban hành"))
            grouped.update(m.id for m in members)
    by_title: dict[tuple, list[_Doc]] = defaultdict(list)
    for d in docs:
        if d.id not in grouped and d.issuer_key and d.title:
            by_title[(d.issuer_key, " ".join(_WORD.findall(fold(d.title))))].append(d)
    for members in by_title.values():
        if len(members) < 2:
            continue
        shingles = {m.id: _shingles(backend, m.rid) for m in members}
        for cluster in _similar(members, shingles):
            numbers = {m.number_key for m in cluster if m.number_key}
            if len(numbers) > 1:
                continue  # two numbers: two documents, however alike
            groups.append((cluster, "cùng cơ quan ban hành và trích yếu, nội dung gần như trùng"))
    out: dict[str, Copy] = {}
    for members, reason in groups:
        primary = max(members, key=_Doc.rank)
        for m in members:
            if m.id != primary.id:
                out[m.id] = Copy(m.id, primary.id, reason)
    return out


def _shingles(backend: Backend, rid: int) -> set[tuple[str, ...]]:
    row = backend.one("SELECT body FROM doc_text WHERE doc_rid = ?", (rid,))
    words = _WORD.findall(fold(row[0] or ""))[:DEFAULT_MAX_WORDS] if row else []
    return {tuple(words[i : i + _SHINGLE]) for i in range(max(0, len(words) - _SHINGLE + 1))}


def similarity(a: set, b: set) -> float:
    """Jaccard similarity of two sets of word n-grams (0 when either is empty)."""
    return len(a & b) / len(a | b) if a and b else 0.0


def _similar(members: list[_Doc], shingles: dict[str, set]) -> list[list[_Doc]]:
    """Clusters of members whose texts are alike (each joined to the first it is alike with).  Two files of
    one format, neither a draft, are two documents however alike: plans written from one template (the
    same inspection for other units) share 95 % of their words."""
    clusters: list[list[_Doc]] = []
    for m in members:
        for c in clusters:
            first = c[0]
            if first.extension == m.extension and not (first.draft or m.draft):
                continue
            if similarity(shingles[first.id], shingles[m.id]) >= DEFAULT_MIN_SIMILARITY:
                c.append(m)
                break
        else:
            clusters.append([m])
    return [c for c in clusters if len(c) > 1]
