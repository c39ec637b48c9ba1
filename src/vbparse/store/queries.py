"""Questions of the archive about documents: which documents a reference names, a document and its
text, the file records, and full-text search with marked snippets."""

from __future__ import annotations

import datetime as _dt
import string
from collections.abc import Iterable, Iterator
from pathlib import Path

import regex

from ..chars import one_line
from ..models import ArchivedDocument, Document, DocumentSummary, FileRecord, SearchHit, SearchMatch, Span
from ..normalize import fold, nfc, tone_key
from ..paths import display_path
from ..pattern_cache import compiled
from ..query import QueryError, search_query
from .backend import Backend, DocumentNotFound, text_tokens
from .columns import SUMMARY_SQL, iso_date, summary_of
from .resolve import issuer_key, number_key
from .schema import CORRECTIONS, COUNT_TABLE, REDIRECTS_TABLE, SOURCE_TABLE
from .storing import ROOT_KEY

#: Characters of a snippet: about two lines of a page.
DEFAULT_SNIPPET_CHARS = 160
#: Characters of text shown before the first word found, so that the snippet reads as a phrase.
DEFAULT_SNIPPET_LEAD = 50


#: Ids asked for in one ``IN (…)`` list (SQLite allows some hundreds of parameters in a statement).
_IDS_AT_ONCE = 500


class Queries:
    """The archive's questions about documents (a part of ``Archive``; needs its ``backend``)."""

    backend: Backend

    def failures(self) -> list[FileRecord]:
        """The files that could not be read, and why."""
        return self._file_records("WHERE status = 'failed'")

    def files(self) -> list[FileRecord]:
        """What became of every file an index run has seen."""
        return self._file_records("")

    def _file_records(self, where: str) -> list[FileRecord]:
        rows = self.backend.named(
            f"SELECT path, status, error, doc_id, sha256, indexed_at FROM files {where} ORDER BY path"
        )
        # an archive indexed before reasons were kept on one line (issue 55): shown on one
        return [FileRecord(**{**r._asdict(), "error": r.error and one_line(r.error)}) for r in rows]

    def count(self) -> int:
        """The present documents: one row that triggers keep (``/api/health`` asks it of every probe)."""
        return int(self.backend.scalar(f"SELECT present FROM {COUNT_TABLE}"))

    def state_token(self) -> tuple:
        """A value that moves whenever a document is written, replaced or set aside (the triggers' count of
        changes) and whenever a correction is stored: what is read from the archive may be kept under it.
        The documents' part first, then the corrections' (``web.answer_cache`` tells them apart)."""
        row = self.backend.one(
            f"SELECT (SELECT changes FROM {COUNT_TABLE}), (SELECT COUNT(*) FROM {CORRECTIONS.name}), "
            f"(SELECT MAX(id) FROM {CORRECTIONS.name})"
        )
        return tuple(row or ())

    def redirected(self, doc_id: str) -> str | None:
        """Where the address of ``doc_id`` leads now, when its file's content changed (the document the file
        holds now), else None."""
        b = self.backend
        if not b.table_exists(REDIRECTS_TABLE):
            return None
        row = b.one(f"SELECT new_id FROM {REDIRECTS_TABLE} WHERE old_id = ?", (doc_id,))
        return row[0] if row else None

    def find(self, ref: str, *, paths: bool = True, limit: int | None = None, offset: int = 0) -> list[DocumentSummary]:
        """Documents a user means by ``ref``: an id (or a prefix of 6+ hex digits), a path, or a number.

        ``paths=False`` never looks at the file system (a request's text over HTTP is not a local path);
        ``limit`` and ``offset`` page the documents a prefix or a number may mean (a number as common as
        ``1/KH-UBND`` is shared by hundreds of documents in an archive of several issuers)."""
        b = self.backend
        page = "" if limit is None else f" LIMIT {int(limit)} OFFSET {int(offset)}"
        ref = ref.strip()
        if regex.fullmatch(r"[0-9a-f]{6,64}", ref):
            rows = b.named(f"SELECT {SUMMARY_SQL} FROM documents d WHERE d.id = ?", (ref[:16],))
            if not rows and len(ref) < 16:
                # a range of the key (ids are lower-case hex, and "g" follows "f"): ``LIKE 'abc%'`` read every
                # document, as SQLite's LIKE ignores case and no index serves it (25 ms on 20 000 documents)
                rows = b.named(
                    f"SELECT {SUMMARY_SQL} FROM documents d WHERE d.id >= ? AND d.id < ? ORDER BY d.id{page}",
                    (ref, ref + "g"),
                )
            if rows:
                return [summary_of(r) for r in rows]
        p = Path(ref)
        try:
            is_file = paths and "\0" not in ref and p.exists()
        except OSError:  # too long for a file name: not a path
            is_file = False
        if is_file:
            rows = b.named(
                f"SELECT {SUMMARY_SQL} FROM documents d JOIN files f ON f.doc_id = d.id WHERE f.path = ?",
                (display_path(p.resolve()),),
            )
            if rows:
                return [summary_of(r) for r in rows]
        key = number_key(ref)
        if key:
            rows = b.named(
                f"SELECT {SUMMARY_SQL} FROM documents d WHERE d.number_key = ?"
                f" ORDER BY d.issued_date IS NULL, d.issued_date, d.id{page}",
                (key,),
            )
            return [summary_of(r) for r in rows]
        return []

    def document(self, doc_id: str) -> Document:
        row = self.backend.one("SELECT json FROM documents WHERE id = ?", (doc_id,))
        if row is None:
            raise DocumentNotFound(doc_id)
        return Document.model_validate_json(row[0])

    def summaries_of(self, doc_ids: Iterable[str]) -> dict[str, DocumentSummary]:
        """The summaries of the stored documents among ``doc_ids``, by id (what a list of them prints: the number,
        not the id)."""
        ids = sorted(set(doc_ids))
        out: dict[str, DocumentSummary] = {}
        for at in range(0, len(ids), _IDS_AT_ONCE):
            chunk = ids[at : at + _IDS_AT_ONCE]
            marks = ", ".join("?" * len(chunk))
            for r in self.backend.named(f"SELECT {SUMMARY_SQL} FROM documents d WHERE d.id IN ({marks})", chunk):
                summary = summary_of(r)
                out[summary.id] = summary
        return out

    def record(self, doc_id: str) -> ArchivedDocument:
        """The stored document with its archive id, status and file paths."""
        row = self.backend.one("SELECT status, json FROM documents WHERE id = ?", (doc_id,))
        if row is None:
            raise DocumentNotFound(doc_id)
        status, js = row
        return ArchivedDocument(
            id=doc_id, status=status, paths=self.paths(doc_id), document=Document.model_validate_json(js)
        )

    def original_text(self, doc_id: str) -> str | None:
        """The text the document's spans index, or ``None`` when it was indexed before the archive kept it
        (``vbparse index`` again reads it) or no such document is stored."""
        row = self.backend.one(f"SELECT original FROM {SOURCE_TABLE} WHERE doc_id = ?", (doc_id,))
        return None if row is None else row[0]

    def indexed_roots(self) -> list[str]:
        """The real paths of the folders (and files) index runs were given; empty for an archive indexed
        before they were recorded."""
        return [
            r[0] for r in self.backend.all("SELECT value FROM meta WHERE key LIKE ? ORDER BY value", (ROOT_KEY + "%",))
        ]

    def document_files(self, doc_id: str) -> list[FileRecord]:
        """The readable files that hold the document (with their sha256), by path."""
        rows = self.backend.named(
            "SELECT path, status, error, doc_id, sha256, indexed_at FROM files WHERE doc_id = ? AND status = 'ok' "
            "ORDER BY path",
            (doc_id,),
        )
        return [FileRecord(**r._asdict()) for r in rows]

    def paths(self, doc_id: str) -> list[str]:
        return [
            r[0]
            for r in self.backend.all(
                "SELECT path FROM files WHERE doc_id = ? AND status = 'ok' ORDER BY path", (doc_id,)
            )
        ]

    # --- search ----------------------------------------------------------------------------------------
    def search(
        self,
        query: str,
        *,
        doc_type: str | None = None,
        issuer: str | None = None,
        date_from: _dt.date | None = None,
        date_to: _dt.date | None = None,
        limit: int = 20,
    ) -> list[SearchHit]:
        """Full-text search, diacritic-insensitive; exact words rank above folded ones; numbers exactly;
        a quoted phrase only as written (with its diacritics).  ``QueryError`` for a query past the bounds."""
        where, params = self._filters("d", doc_type=doc_type, issuer=issuer, date_from=date_from, date_to=date_to)
        sq = search_query(query)
        numbers = list(sq.numbers)
        exact = text_tokens(sq.words)
        folded = [fold(w) for w in exact]
        phrases = [p for p in (text_tokens(x) for x in sq.phrases) if p]
        b = self.backend

        def as_quoted(rids: list[int]) -> set[int]:
            ok = set(rids)
            for words in phrases:
                ok &= b.has_words(sorted(ok), words, column="exact", phrase=True) if ok else set()
            return ok

        hits: list[SearchHit] = []
        seen: set[str] = set()
        if numbers:
            keys = [k for k in (number_key(n) for n in numbers) if k]
            marks = ",".join("?" * len(keys))
            # dated documents newest first, then undated ones: each part read in the order of the index on
            # (number_key, issued_date), not all of a common number (1/KH-UBND) sorted
            own = b.named(
                f"SELECT {SUMMARY_SQL}, d.rid FROM documents d WHERE d.number_key IN ({marks}) "
                f"AND d.issued_date IS NOT NULL AND d.status = 'present'{where} "
                "ORDER BY d.issued_date DESC, d.id LIMIT ?",
                [*keys, *params, limit],
            )
            if len(own) < limit:
                own += b.named(
                    f"SELECT {SUMMARY_SQL}, d.rid FROM documents d WHERE d.number_key IN ({marks}) "
                    f"AND d.issued_date IS NULL AND d.status = 'present'{where} ORDER BY d.id LIMIT ?",
                    [*keys, *params, limit - len(own)],
                )
            citing = b.named(
                f"SELECT {SUMMARY_SQL}, d.rid FROM citations c JOIN documents d ON d.rid = c.doc_rid "
                f"WHERE c.number_key IN ({marks}) AND d.status = 'present'{where} "
                "ORDER BY c.doc_date_sort DESC, c.doc_rid DESC LIMIT ?",
                [*keys, *params, 2 * limit],
            )
            rids = {r.rid for r in own + citing}
            words_ok = set(rids)
            if exact and rids:
                words_ok = b.has_words(sorted(rids), folded)
            words_ok = as_quoted(sorted(words_ok))
            by_kind: tuple[tuple[SearchMatch, list], ...] = (("number", own), ("citation", citing))
            for kind, kind_rows in by_kind:
                for r in kind_rows:
                    if r.id in seen or r.rid not in words_ok:
                        continue
                    seen.add(r.id)
                    hits.append(SearchHit(document=summary_of(r), score=2.0 if kind == "number" else 1.0, match=kind))
            hits = hits[:limit]
            self._snippets(hits, exact + [n for n in numbers])
            return hits
        tiers = tuple(t for t in b.TIERS if t[0] == "exact") if sq.all_quoted else b.TIERS
        found = b.text_search(exact, folded, where, params, limit if not phrases else 5 * limit, tiers=tiers)
        if phrases:
            ok = as_quoted([rid for rid, _, _ in found])
            found = [f for f in found if f[0] in ok][:limit]
        by_rid = (
            {
                r.rid: r
                for r in b.named(
                    f"SELECT {SUMMARY_SQL}, d.rid FROM documents d WHERE d.rid IN ({','.join('?' * len(found))})",
                    [rid for rid, _, _ in found],
                )
            }
            if found
            else {}
        )
        for rid, score, is_exact in found:
            hits.append(
                SearchHit(
                    document=summary_of(by_rid[rid]), score=round(score, 6), match="exact" if is_exact else "folded"
                )
            )
        self._snippets(hits, exact)
        return hits

    def _filters(self, alias: str, *, doc_type=None, issuer=None, date_from=None, date_to=None):
        where, params = "", []
        if doc_type:
            from ..tables.doctypes import BY_CODE, code_for_query

            code = code_for_query(doc_type)
            if code is None:
                raise QueryError(
                    f"unknown document type {doc_type!r} (a code such as "
                    f"{', '.join(list(BY_CODE)[:8])}, or a name such as 'Kế hoạch')"
                )
            where += f" AND {alias}.doc_type_code = ?"
            params.append(code)
        if issuer:
            where += f" AND {alias}.issuer_key LIKE ?"
            params.append("%" + (issuer_key(issuer) or "") + "%")
        if date_from:
            where += f" AND {alias}.issued_date >= ?"
            params.append(iso_date(date_from))
        if date_to:
            where += f" AND {alias}.issued_date <= ?"
            params.append(iso_date(date_to))
        return where, params

    def _snippets(self, hits: list[SearchHit], words: list[str], width: int = DEFAULT_SNIPPET_CHARS) -> None:
        """A window of the text around the query, its words marked (the phrase first, exact forms first)."""
        if not hits or not words:
            return
        exact = [tone_key(nfc(w)) for w in words]
        keys = [fold(w) for w in exact]
        gap = r"[^\p{L}\p{N}]+"
        phrase = regex.compile(r"(?<![\p{L}\p{N}])" + gap.join(regex.escape(k) for k in keys) + r"(?![\p{L}\p{N}])")
        single = [regex.compile(r"(?<![\p{L}\p{N}])" + regex.escape(k) + r"(?![\p{L}\p{N}])") for k in keys]
        joined = " ".join(exact)

        def is_exact(text: str) -> bool:
            return regex.sub(gap, " ", tone_key(text)) == joined if " " in text.strip() else tone_key(text) in exact

        literals = [_literals(k) for k in keys]
        patterns = ((phrase, [x for lits in literals for x in lits]), *zip(single, literals))
        bodies = dict(
            self.backend.all(
                "SELECT d.id, t.body FROM doc_text t JOIN documents d ON d.rid = t.doc_rid "
                f"WHERE d.id IN ({','.join('?' * len(hits))})",
                [h.document.id for h in hits],
            )
        )
        for hit in hits:
            body = bodies.get(hit.document.id)
            if body is None:
                continue
            anchor = _first_match(body, patterns)
            if anchor is None:
                hit.snippet = body[:width].replace("\n", " ")
                continue
            start = max(0, anchor - DEFAULT_SNIPPET_LEAD)
            while start > 0 and body[start - 1].isalnum():
                start -= 1
            end = min(len(body), start + width)
            while end < len(body) and body[end].isalnum():
                end += 1
            window = body[start:end]
            folded = fold(window)  # fold keeps the length: offsets carry over
            found = [(m.start(), m.end()) for m in phrase.finditer(folded)] or sorted(
                (m.start(), m.end()) for p in single for m in p.finditer(folded)
            )
            if any(is_exact(window[a:e]) for a, e in found):
                found = [(a, e) for a, e in found if is_exact(window[a:e])]
            lead = "…" if start > 0 else ""
            hit.snippet = lead + window.replace("\n", " ") + ("…" if end < len(body) else "")
            hit.highlights = [Span(start=a + len(lead), end=e + len(lead)) for a, e in found]

    def records(self) -> Iterator[ArchivedDocument]:
        for summary, doc in self.documents():
            yield ArchivedDocument(id=summary.id, status=summary.status, paths=self.paths(summary.id), document=doc)

    def documents(self) -> Iterator[tuple[DocumentSummary, Document]]:
        for page in self.backend.named_pages(
            f"SELECT {SUMMARY_SQL}, d.json FROM documents d WHERE d.status = 'present' ORDER BY d.id"
        ):
            for row in page:
                yield summary_of(row), Document.model_validate_json(row.json)


#: Characters that ``fold`` leaves as they are and makes of no other: a folded key's runs of them are in
#: the text itself wherever the key is in the folded text.
_FOLD_FIXED = string.digits + string.punctuation
_NOT_FIXED = compiled(r"[^" + regex.escape(_FOLD_FIXED) + r"]+")


def _literals(key: str) -> list[str]:
    """The runs of ``_FOLD_FIXED`` characters in a folded key (``42/kh-ubnd`` → ``42/``, ``-``)."""
    return [m for m in _NOT_FIXED.split(key) if m]


def _first_match(body: str, patterns, chunk: int = 4000, overlap: int = 200) -> int | None:
    """Offset of the first match of the first pattern that matches anywhere, folding the body a chunk at
    a time (folding a long body whole for every hit would cost more than the search), each chunk once.
    ``patterns``: ``(pattern, literals)``; a chunk without one of the literals is not folded for it (a
    document number is rarely in the body: most bodies need no folding then)."""
    folded: dict[int, str] = {}
    for pat, literals in patterns:
        for i in range(0, len(body), chunk):
            if literals and not all(x in body[i : i + chunk + overlap] for x in literals):
                continue
            text = folded.get(i)
            if text is None:
                text = folded[i] = fold(body[i : i + chunk + overlap])
            m = pat.search(text)
            if m:
                return i + m.start()
    return None
