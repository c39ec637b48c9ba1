"""Search at scale (issue 13): the word-pair tables, the rid buckets and the assignee keys answer exactly
what the plain queries answered.

The archive here is small, so the buckets are made tiny (``DEFAULT_BUCKET``) and the ranking window
short (``RANK_WINDOW``): every round of ``PostgresBackend._newest`` is taken.  ``_old_match`` is the query
each backend ran before (one statement over the word index); its answers — documents, order and relevance —
must be the new ones, on both backends.
"""

from __future__ import annotations

import random
import shutil
import sys
from types import SimpleNamespace

import pytest
from conftest import BACKENDS, CORPUS, ROOT, SEEDS, pg_database, pg_drop

from vbparse.normalize import fold
from vbparse.store import Archive, fulltext
from vbparse.store.backend import base as backend_module
from vbparse.store.backend import index_words
from vbparse.store.backend.sqlite import _fts_quote
from vbparse.store.conditions import any_of, sql

#: A document longer than PostgreSQL keeps positions for (16 383 words), one word in it far more often
#: than the 256 positions kept per word: the pairs must never leave out what the positions match.
LONG = (
    "KẾ HOẠCH\n\nThử tìm cụm từ dài\n\nI. NỘI DUNG\n\n1. Hiến đất mở rộng đường, đất hiến cho đường làng. "
    + "Đất hiến mở đường đất nông thôn mới hiền đạt. " * 2100
    + "\n\nNơi nhận:\n- Như trên.\n"
)


@pytest.fixture(scope="module", params=BACKENDS)
def small(request, tmp_path_factory):
    """The seeds, the real text and Word documents and ``LONG``, with buckets of 3 documents."""
    mp = pytest.MonkeyPatch()
    mp.setattr(fulltext, "DEFAULT_BUCKET", 3)
    mp.setattr(fulltext, "DEFAULT_MAX_ROUND_BUCKETS", 4)
    mp.setattr(backend_module, "RANK_WINDOW", 7)
    tmp = tmp_path_factory.mktemp("scale")
    folder = tmp / "docs"
    folder.mkdir()
    for p in [*SEEDS.glob("*.txt"), *(CORPUS / "realdocs").glob("*.txt"), *(CORPUS / "realdocs").glob("*.docx")]:
        shutil.copy(p, folder / p.name)
    (folder / "long.txt").write_text(LONG, encoding="utf-8")
    name = None
    if request.param == "sqlite":
        db = str(tmp / "a.db")
    else:
        db, name = pg_database()
    archive = Archive(db)
    summary = archive.index([folder], jobs=1)
    assert summary.failed == 0 and summary.indexed > 30
    if request.param == "sqlite":  # the words table as it was, for _old_match
        b = archive.backend
        b.execute(
            f"CREATE VIRTUAL TABLE {OLD_FTS} USING fts5(exact, folded, content='', "
            "tokenize='unicode61 remove_diacritics 0')"
        )
        for rid, body in b.all("SELECT doc_rid, body FROM doc_text"):
            words = index_words(body)
            b.execute(f"INSERT INTO {OLD_FTS} (rowid, exact, folded) VALUES (?, ?, ?)", (rid, words, fold(words)))
        b.commit()
    yield archive
    archive.close()
    mp.undo()
    if name:
        pg_drop(name)


#: SQLite's words table as it was before (folded tokens unmarked), made by the fixture beside the new ones.
OLD_FTS = "doc_fts_before"


def _old_match(b, column, words, phrase, where, params, limit, exclude):
    """The match query before word pairs and buckets (both backends), verbatim but for the table's name."""
    window = backend_module.RANK_WINDOW
    if b.kind == "sqlite":
        expr = (
            f'{column} : "{" ".join(words)}"'
            if phrase
            else f"{column} : ({' AND '.join(_fts_quote(w) for w in words)})"
        )
        skip = f" AND f.rowid NOT IN ({','.join('?' * len(exclude))})" if exclude else ""
        rows = b.all(
            f"SELECT rid, r FROM (SELECT f.rowid AS rid, -bm25({OLD_FTS}) AS r FROM {OLD_FTS} f "
            f"JOIN documents d ON d.rid = f.rowid WHERE {OLD_FTS} MATCH ? AND d.status = 'present'{where}{skip} "
            "ORDER BY f.rowid DESC LIMIT ?) ORDER BY r DESC, rid DESC LIMIT ?",
            [expr, *params, *sorted(exclude), window, limit],
        )
        return [(rid, max(0.0, r)) for rid, r in rows]
    query = (" <-> " if phrase else " & ").join(f"'{w}'" for w in words)
    skip = f" AND t.doc_rid NOT IN ({','.join('?' * len(exclude))})" if exclude else ""
    rows = b.all(
        f"SELECT rid, ts_rank(v, ?::tsquery) AS r FROM (SELECT t.doc_rid AS rid, t.{column} AS v FROM doc_text t "
        f"JOIN documents d ON d.rid = t.doc_rid WHERE t.{column} @@ ?::tsquery AND d.status = 'present'"
        f"{where}{skip} ORDER BY t.doc_rid DESC LIMIT ?) w ORDER BY r DESC, rid DESC LIMIT ?",
        [query, query, *params, *sorted(exclude), window, limit],
    )
    return [(rid, float(r)) for rid, r in rows]


def _old_has_words(b, rids, words, column, phrase):
    if b.kind == "sqlite":
        expr = (
            f'{column} : "{" ".join(words)}"'
            if phrase
            else f"{column} : ({' AND '.join(_fts_quote(w) for w in words)})"
        )
        return {
            r[0]
            for r in b.all(
                f"SELECT rowid FROM {OLD_FTS} WHERE {OLD_FTS} MATCH ? AND rowid IN ({','.join('?' * len(rids))})",
                [expr, *rids],
            )
        }
    query = (" <-> " if phrase else " & ").join(f"'{w}'" for w in words)
    return {
        r[0]
        for r in b.all(
            f"SELECT doc_rid FROM doc_text WHERE doc_rid = ANY(?) AND {column} @@ ?::tsquery", [list(rids), query]
        )
    }


def _phrases(archive: Archive, n: int = 120) -> list[list[str]]:
    """Runs of 2 to 5 words taken from the documents, with some made up (pairs that are in no document)."""
    rng = random.Random(13)
    bodies = [r[0] for r in archive.backend.all("SELECT body FROM doc_text ORDER BY doc_rid")]
    out = [
        ["đất", "hiến"],
        ["hiến", "đất", "mở", "rộng", "đường"],
        ["đường", "đất"],
        ["hiền", "đạt"],
        ["nông", "thôn", "mới", "hiền"],
        ["đạt", "đất"],
        ["thanh", "hoá"],
        ["kế", "hoạch", "số"],
    ]
    while len(out) < n:
        words = index_words(rng.choice(bodies)).split()
        if len(words) < 6:
            continue
        k = rng.randint(2, 5)
        at = rng.randrange(len(words) - k)
        run = words[at : at + k]
        out.append(run if rng.random() < 0.8 else list(reversed(run)))
    return out


def _filters(archive: Archive):
    yield "", []
    yield from ((w, p) for w, p in [archive._filters("d", doc_type="KH"), archive._filters("d", issuer="UBND")])


def test_phrases_and_words_rank_the_same_documents_the_same_as_before(small):
    b = small.backend
    checked = 0
    for words in _phrases(small):
        for column in ("exact", "folded"):
            ws = words if column == "exact" else [fold(w) for w in words]
            for phrase in (True, False):
                for where, params in _filters(small):
                    for exclude in (set(), {r[0] for r in _old_match(b, column, ws, phrase, where, params, 2, set())}):
                        want = _old_match(b, column, ws, phrase, where, params, 5, exclude)
                        assert b.match(column, ws, phrase, where, params, 5, exclude) == want, (column, ws, phrase)
                        checked += bool(want)
    assert checked > 500  # most runs are found: the comparison is not between two empty lists


def test_phrase_checks_of_given_documents_are_the_same_as_before(small):
    b = small.backend
    rids = [r[0] for r in b.all("SELECT rid FROM documents ORDER BY rid")]
    for words in _phrases(small, 60):
        for column in ("exact", "folded"):
            ws = words if column == "exact" else [fold(w) for w in words]
            for phrase in (True, False):
                assert b.has_words(rids, ws, column, phrase) == _old_has_words(b, rids, ws, column, phrase)


def test_a_long_document_is_found_by_the_phrases_its_positions_hold(small):
    (rid,) = small.backend.one(
        "SELECT d.rid FROM documents d JOIN files f ON f.doc_id = d.id WHERE f.path LIKE ?", ("%long.txt",)
    )
    words = index_words(small.backend.one("SELECT body FROM doc_text WHERE doc_rid = ?", (rid,))[0]).split()
    assert len(words) > fulltext.MAX_POSITION
    runs = [words[i : i + 3] for i in (0, 200, 5000, fulltext.MAX_POSITION - 2, fulltext.MAX_POSITION + 50)]
    for run in runs:
        for column in ("exact", "folded"):
            ws = run if column == "exact" else [fold(w) for w in run]
            assert small.backend.has_words([rid], ws, column, True) == _old_has_words(
                small.backend, [rid], ws, column, True
            )


def test_searches_answer_as_the_plain_queries_would(small, monkeypatch):
    queries = [
        "hiến đất mở rộng đường",
        "hien dat",
        '"hiền đạt"',
        "thi đua khen thưởng",
        "cải cách hành chính",
        "Lâm Đồng",
        '"kế hoạch" kiểm tra',
        "42/KH-UBND thi đua",
        "đất hiến",
        "blockchain",
    ]
    new = {q: [(h.document.id, h.score, h.match, h.snippet) for h in small.search(q, limit=6)] for q in queries}
    monkeypatch.setattr(type(small.backend), "match", _old_match)
    monkeypatch.setattr(
        type(small.backend),
        "has_words",
        lambda b, rids, words, column="folded", phrase=False: _old_has_words(b, rids, words, column, phrase),
    )
    old = {q: [(h.document.id, h.score, h.match, h.snippet) for h in small.search(q, limit=6)] for q in queries}
    assert new == old and sum(map(len, new.values())) > 30


def test_an_assignee_inside_other_words_is_found_as_by_like(small):
    b = small.backend
    keys = [r[0] for r in b.all("SELECT key FROM assignee_keys ORDER BY key")]
    assert keys and set(keys) >= {r[0] for r in b.all("SELECT raw_key FROM obligations WHERE raw_key IS NOT NULL")}
    parts = {k.split()[i] for k in keys for i in (0, -1)} | {"hung", "phong", "tai chinh", "xa", "zzz"}
    for part in sorted(parts):
        like = f"%{part}%"
        want = list(small._obligation_hits(sql("o.person_key LIKE ? OR o.raw_key LIKE ?", like, like), limit=50))
        assert list(small._obligation_hits(any_of(*small._keys_containing(part)), limit=50)) == want, part


def test_an_archive_of_version_5_gets_pairs_buckets_and_keys(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for p in SEEDS.glob("*.txt"):
        shutil.copy(p, folder / p.name)
    db = tmp_path / "old.db"
    with Archive(db) as archive:
        archive.index([folder], jobs=1)
        want = [(h.document.id, h.score) for h in archive.search("hiến đất mở rộng")]
        for table in ("doc_pairs", "assignee_keys"):
            archive.backend.execute(f"DROP TABLE {table}")
        archive.backend.execute("UPDATE meta SET value = '5' WHERE key = 'store_version'")
        archive.backend.commit()
    with Archive(db, create=False) as archive:
        assert archive.backend.one("SELECT COUNT(*) FROM doc_pairs")[0] == 5
        assert archive.backend.one("SELECT COUNT(*) FROM assignee_keys")[0] > 10
        assert [(h.document.id, h.score) for h in archive.search("hiến đất mở rộng")] == want


def test_rows_written_directly_are_the_rows_the_store_makes(tmp_path):
    """``scripts/make_rows.py`` (the million-document bench) writes what ``document_rows`` would."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import make_rows

    from vbparse.store.rows import document_rows

    synth = make_rows.Synth(make_rows.parse_templates(40, 3), 1)
    plans = list(make_rows.plan(300, 1))  # the plan of 300 documents (the units depend on how many)
    for p in plans[::13]:
        rows, t = synth.rows(p)
        full = document_rows(synth.document(p, t), rows.id)
        assert (rows.json, rows.document, rows.children, rows.body, rows.words) == (
            full.json,
            full.document,
            full.children,
            full.body,
            full.words,
        )
    db = tmp_path / "rows.db"
    make_rows.build(str(db), 300, templates=40, log=lambda m: None)
    with Archive(db, create=False) as archive:
        assert archive.count() == 300
        cited = [p for p in plans if p.cites is not None][::10]
        for p in cited:
            edges = archive.refs(make_rows.doc_id(1, p.i)[:16]).cites
            assert any(e.target is not None and e.target.id == make_rows.doc_id(1, p.cites.i)[:16] for e in edges)


def test_a_number_lists_its_documents_newest_first_as_one_sorted_query_did(small):
    b = small.backend
    numbers = [r[0] for r in b.all("SELECT DISTINCT number_value FROM documents WHERE number_key IS NOT NULL")]
    assert len(numbers) > 10
    for number in numbers:
        key = b.one("SELECT number_key FROM documents WHERE number_value = ?", (number,))[0]
        want = [
            r[0]
            for r in b.all(
                "SELECT d.id FROM documents d WHERE d.number_key = ? AND d.status = 'present' "
                "ORDER BY d.issued_date IS NULL, d.issued_date DESC, d.id",
                (key,),
            )
        ]
        got = [h.document.id for h in small.search(number, limit=50) if h.match == "number"]
        assert got == want, number


def _summary(row: tuple):
    """The summary of a row whose first columns are ``SUMMARY_COLUMNS``, read by position as before."""
    from vbparse.store.columns import SUMMARY_COLUMNS, summary_of

    return summary_of(SimpleNamespace(**dict(zip(SUMMARY_COLUMNS, row))))


def _old_refs(archive: Archive, doc_id: str):
    """``Archive.refs`` as it was: the references from the document's JSON, every citing row read whole."""
    from vbparse.models import Reference, RefReport
    from vbparse.store.columns import SUMMARY_COLUMNS
    from vbparse.store.columns import SUMMARY_SQL as _SUMMARY_SQL
    from vbparse.store.resolve import Candidate, complete_issuer, issuer_key, judge
    from vbparse.store.schema import CHILD_TABLES, load_model

    b = archive.backend
    n = len(SUMMARY_COLUMNS)  # the columns after the summary's, by position
    row = b.one(f"SELECT {_SUMMARY_SQL}, d.number_key, d.issuer_key FROM documents d WHERE d.id = ?", (doc_id,))
    assert row is not None  # the document asked for is in the archive
    me = _summary(row)
    doc = archive.document(doc_id)
    report = RefReport(document=me, cites=[archive._edge(me, r, archive._context(doc)) for r in doc.references])
    if not row[n]:
        return report
    cols = CHILD_TABLES["references"].columns
    sql = (
        f"SELECT {_SUMMARY_SQL}, d.issuer_parent, d.place, "
        + ", ".join(f'c."{c.name}"' for c in cols)
        + " FROM citations c JOIN documents d ON d.rid = c.doc_rid WHERE c.number_key = ? "
        "AND d.status = 'present' AND d.id <> ?"
    )
    params: list = [row[n], doc_id]
    if me.issued_date:
        sql += " AND (c.date = ? OR c.date IS NULL)"
        params.append(me.issued_date.isoformat())
    mine = Candidate(doc_id=doc_id, issuer_key=row[n + 1], issued_date=None)
    for r in b.all(sql + " ORDER BY d.id, c.ord", params):
        source = _summary(r)
        citation = load_model(CHILD_TABLES["references"], r[n + 2 :])
        assert isinstance(citation, Reference)  # the model of the citations table
        context = archive._context_of(source.issuer, r[n], r[n + 1])
        if judge(complete_issuer(issuer_key(citation.issuer), context), None, mine)[0] == "conflict":
            continue
        edge = archive._edge(source, citation, context)
        if any(c.id == doc_id for c in edge.candidates):
            report.cited_by.append(edge)
    return report


def test_references_both_ways_are_the_same_as_before(small):
    checked = 0
    for (doc_id,) in small.backend.all("SELECT id FROM documents ORDER BY id"):
        report = small.refs(doc_id)
        assert report == _old_refs(small, doc_id), doc_id
        checked += len(report.cites) + len(report.cited_by)
    assert checked > 50


def test_make_archive_finds_a_new_place_name_for_any_number_of_plans():
    """Regression: past about 380 000 plans its three-syllable names ran out and it looped for ever."""
    import random

    sys.path.insert(0, str(ROOT / "scripts"))
    import make_archive

    units = make_archive.make_units(600_000, random.Random(1))
    names = [u["name"] for u in units]
    assert len(names) == len(set(names)) == 600_000 // 20 // 11 * 11
    assert max(len(n.split()) for n in names) == 4
