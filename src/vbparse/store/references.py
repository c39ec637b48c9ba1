"""Reference resolution: what a document cites and what cites it, each citation resolved to the
archived document it names by number, issuer and date (``resolve``), or left external or ambiguous."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any, cast

from ..models import Document, DocumentSummary, RefEdge, Reference, RefReport
from ..normalize import match_key
from .backend import Backend, DocumentNotFound
from .columns import SUMMARY_SQL, model_columns, model_of, pages, summary_of
from .resolve import Candidate, complete_issuer, is_partial, issuer_key, judge, number_key, resolve
from .schema import CITATIONS, COPIES_TABLE

#: At most this many values in one ``IN (…)`` list (SQLite allows 32 766 parameters; the plans of a long
#: list are no better than reading the rows).
DEFAULT_MAX_LISTED = 1000
#: Citations read at a time by ``edges``.
DEFAULT_EDGE_PAGE_ROWS = 1000
#: Citation keys ``edges`` remembers the candidates of, the most recent: a plan is cited by the plans that
#: follow it, a law by plans of every year (more than this many keys between two citations: one query).
DEFAULT_EDGE_CACHE = 4096
#: Keys of numbers, issuer names and places met while resolving references: the same names recur in thousands of
#: citations (a plan cited by every commune), and a key costs some twenty regular-expression passes.
DEFAULT_KEY_CACHE = 8192


@functools.lru_cache(maxsize=DEFAULT_KEY_CACHE)
def _issuer_key(name: str | None) -> str | None:
    return issuer_key(name)


@functools.lru_cache(maxsize=DEFAULT_KEY_CACHE)
def _number_key(number: str | None) -> str | None:
    return number_key(number)


@functools.lru_cache(maxsize=DEFAULT_KEY_CACHE)
def _place_key(place: str) -> str | None:
    return match_key(place) or None


#: Citation columns are selected under this prefix (``c_issuer_key``): beside the document's, no name is shared.
_PREFIX = "c_"


class References:
    """The archive's reference graph (a part of ``Archive``; needs its ``backend``)."""

    backend: Backend

    def _candidates(self, key: str, issuer: str | None, date: str | None) -> list[tuple[Candidate, Any]]:
        """Present documents with number ``key`` that the issuer and date do not rule out."""
        sql = f"SELECT {SUMMARY_SQL}, d.issuer_key FROM documents d WHERE d.number_key = ? AND d.status = 'present'"
        params: list = [key]
        if date:  # a candidate of another date can be neither the one meant nor one of those it may mean
            sql += " AND (d.issued_date = ? OR d.issued_date IS NULL)"
            params.append(date)
        if issuer and not is_partial(issuer):
            sql += " AND (d.issuer_key = ? OR d.issuer_key IS NULL)"
            params.append(issuer)
        rows = self.backend.named(sql + " ORDER BY d.id", params)
        return [(Candidate(doc_id=r.id, issuer_key=r.issuer_key, issued_date=r.issued_date), r) for r in rows]

    def _edge(
        self, source: DocumentSummary, citation: Reference, context: list[str | None], cache: dict | None = None
    ) -> RefEdge:
        key = _number_key(citation.number)
        if not key:
            return RefEdge(source=source, citation=citation, status="external")
        cited_issuer = complete_issuer(_issuer_key(citation.issuer), context)
        cited_date = citation.date.isoformat() if citation.date else None
        ck = (key, cited_issuer, cited_date)
        if cache is not None and ck in cache:
            cands = cache[ck]
        else:
            cands = self._candidates(key, cited_issuer, cited_date)
            if cache is not None:
                cache[ck] = cands
        cands = [(c, r) for c, r in cands if c.doc_id != source.id]
        if len(cands) > 1:  # one document in several copies is one candidate: the copy the board shows
            ids = [c.doc_id for c, _ in cands]
            copy_of = dict(
                self.backend.all_in(f"SELECT doc_id, copy_of FROM {COPIES_TABLE} WHERE doc_id IN ({{}})", ids)
            )
            cands = [(c, r) for c, r in cands if copy_of.get(c.doc_id) not in ids]
        status, chosen = resolve(cited_issuer, cited_date, [c for c, _ in cands])
        by_id = {c.doc_id: r for c, r in cands}
        summaries = [summary_of(by_id[c.doc_id]) for c in chosen]
        return RefEdge(
            source=source,
            citation=citation,
            status=status,
            target=summaries[0] if status == "resolved" else None,
            candidates=summaries,
        )

    @staticmethod
    def _context_of(issuer: str | None, parent: str | None, place: str | None) -> list[str | None]:
        """What completes a partial issuer in a citation: the citing document's issuer, parent body, place."""
        return [_issuer_key(issuer), _issuer_key(parent), _place_key(place or "")]

    def _context(self, doc: Document) -> list[str | None]:
        return self._context_of(doc.issuer.name, doc.issuer.parent, doc.place)

    def refs(self, doc_id: str) -> RefReport:
        """What the document cites (each edge resolved, external or ambiguous) and what cites it."""
        b = self.backend
        found = b.named(
            f"SELECT {SUMMARY_SQL}, d.number_key, d.issuer_key, d.issuer_parent, d.place, d.rid FROM documents d "
            "WHERE d.id = ?",
            (doc_id,),
        )
        if not found:
            raise DocumentNotFound(doc_id)
        row = found[0]
        me = summary_of(row)
        # the document's references from their table, not from its JSON (which is large and, on a large
        # archive, rarely in memory)
        mine_cited = [
            cast(Reference, model_of(r, CITATIONS, _PREFIX))
            for r in b.named(
                f"SELECT {model_columns('c', CITATIONS, _PREFIX)} FROM citations c WHERE c.doc_rid = ? ORDER BY c.ord",
                (row.rid,),
            )
        ]
        context = self._context_of(me.issuer, row.issuer_parent, row.place)
        report = RefReport(document=me, cites=[self._edge(me, r, context) for r in mine_cited])
        if not row.number_key:
            return report
        # citations of my number whose date does not rule me out, read from the citations table
        where = "c.number_key = ? AND d.status = 'present' AND d.id <> ?"
        params: list = [row.number_key, doc_id]
        if me.issued_date:
            where += " AND (c.date = ? OR c.date IS NULL)"
            params.append(me.issued_date.isoformat())
        mine = Candidate(doc_id=doc_id, issuer_key=row.issuer_key, issued_date=None)
        keep = self._not_conflicting(row.number_key, me.issued_date.isoformat() if me.issued_date else None, mine)
        if not keep:
            return report
        rids = sorted({rid for rid, _ in keep})
        if len(rids) <= DEFAULT_MAX_LISTED:  # else every citing row, as the keys filter them anyway
            where += f" AND c.doc_rid IN ({','.join('?' * len(rids))})"
            params += rids
        sql = (
            f"SELECT {SUMMARY_SQL}, d.issuer_parent, d.place, c.doc_rid AS rid, c.ord AS ord, "
            f"{model_columns('c', CITATIONS, _PREFIX)} FROM citations c JOIN documents d ON d.rid = c.doc_rid "
            f"WHERE {where} ORDER BY d.id, c.ord"
        )
        for r in b.named(sql, params):
            if (r.rid, r.ord) not in keep:
                continue
            source = summary_of(r)
            citation = cast(Reference, model_of(r, CITATIONS, _PREFIX))
            edge = self._edge(source, citation, self._context_of(source.issuer, r.issuer_parent, r.place))
            if any(c.id == doc_id for c in edge.candidates):
                report.cited_by.append(edge)
        return report

    def _not_conflicting(self, key: str, date: str | None, mine: Candidate) -> set[tuple[int, int]]:
        """``(doc_rid, ord)`` of the citations of number ``key`` (of ``date`` or undated) whose issuer does not
        rule out ``mine``, judged on the citations alone (a covering index) but for an issuer named without
        its place (``UBND huyện``), which the citing document completes: a common number and date (a plan
        every commune cites) can have hundreds of citations, each in a page of its own."""
        b = self.backend
        cond, params = "c.number_key = ?", [key]
        if date:
            cond += " AND (c.date = ? OR c.date IS NULL)"
            params.append(date)
        keep: set[tuple[int, int]] = set()
        partial: list[tuple[int, int, str]] = []
        for rid, ord_, issuer in b.all(f"SELECT c.doc_rid, c.ord, c.issuer FROM citations c WHERE {cond}", params):
            cited = _issuer_key(issuer)
            if cited and is_partial(cited):
                partial.append((rid, ord_, cited))
            elif judge(cited, None, mine)[0] != "conflict":
                keep.add((rid, ord_))
        rids = sorted({rid for rid, _, _ in partial})
        context = {}
        for at in range(0, len(rids), DEFAULT_MAX_LISTED):
            part = rids[at : at + DEFAULT_MAX_LISTED]
            for rid, name, parent, place in b.all(
                "SELECT d.rid, d.issuer_name, d.issuer_parent, d.place FROM documents d "
                f"WHERE d.rid IN ({','.join('?' * len(part))})",
                part,
            ):
                context[rid] = self._context_of(name, parent, place)
        if partial:
            keep |= {
                (rid, ord_)
                for rid, ord_, cited in partial
                if judge(complete_issuer(cited, context[rid]), None, mine)[0] != "conflict"
            }
        return keep

    def edges(self, *, validated: bool = False) -> Iterator[RefEdge]:
        """Every citation in the archive, resolved (for exports and the reference graph), document by
        document: read from the citations table (as ``refs`` reads a document's), with what completes a
        partial issuer from the documents table, a page at a time.  ``validated``: from each document's
        stored JSON, validated again, as before issue 25 (slower; the same edges, which the
        tests compare)."""
        cache: dict = {}
        if validated:
            for page in self.backend.named_pages(
                f"SELECT {SUMMARY_SQL}, d.json FROM documents d WHERE d.status = 'present' ORDER BY d.id"
            ):
                for row in page:
                    doc = Document.model_validate_json(row.json)
                    me = summary_of(row)
                    ctx = self._context(doc)
                    for r in doc.references:
                        yield self._edge(me, r, ctx, cache)
            return
        sql = (
            f"SELECT {SUMMARY_SQL}, d.issuer_parent, d.place, {model_columns('c', CITATIONS, _PREFIX)} "
            "FROM documents d JOIN citations c ON c.doc_rid = d.rid WHERE d.status = 'present' ORDER BY d.id, c.ord"
        )
        source: DocumentSummary | None = None
        context: list[str | None] = []
        for page in pages(self.backend, sql, DEFAULT_EDGE_PAGE_ROWS):
            for row in page:
                if source is None or source.id != row.id:  # a document's citations come together
                    source = summary_of(row)
                    context = self._context_of(source.issuer, row.issuer_parent, row.place)
                citation = cast(Reference, model_of(row, CITATIONS, _PREFIX))
                yield self._edge(source, citation, context, cache)
                while len(cache) > DEFAULT_EDGE_CACHE:  # the oldest resolution forgotten: memory stays flat
                    del cache[next(iter(cache))]
