#!/usr/bin/env python3
"""Write N synthetic plans straight into an archive's tables, for query benchmarks at scale.

Usage: python scripts/make_rows.py DB -n N [--templates T] [--seed S] [--no-originals]

Parsing a plan costs tens of milliseconds, so a million files would take a day to index.  This script
parses T plans of ``scripts/make_archive.py`` once (the templates), then writes N documents: each is a
template of the same seed body and the same kind of issuer (huyện, xã, thị trấn) under the number,
issuer, date and place that ``make_archive`` would give the N-th plan, citing an earlier plan of its
district or of its own body as ``make_archive`` does (``plan``), so references resolve as they would.
The rows are made by the store's own code (``document_rows``, ``Backend.text_row``); what depends on
the template only (sections, obligations, the indexed words) is made once per template.

DB is an SQLite file or a ``postgresql://`` URL holding an empty archive, or one this script was
writing (it resumes after the documents already there).  SQLite gets ``executemany``; PostgreSQL gets
``COPY``.  Secondary indexes are dropped while loading and made again at the end (faster than keeping
them up to date row by row), then the planner's statistics are refreshed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import cast

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from make_archive import generate, issuer_text, make_units

from vbparse.models import Document
from vbparse.store import Archive
from vbparse.store.backend import PostgresBackend
from vbparse.store.fulltext import bucket_literal
from vbparse.store.rows import DocumentRows, document_rows
from vbparse.store.schema import CHILD_TABLES, DOCUMENTS, OBLIGATIONS, SOURCE_TABLE

#: Templates parsed once: 300 plans give each of the five seed bodies every kind of issuer many times.
DEFAULT_TEMPLATES = 300
#: Documents written per transaction (and per progress line): big enough that commits cost nothing.
DEFAULT_BATCH = 2000
#: Where the synthetic documents' (never read) files are said to be.
DEFAULT_ROOT = "/synthetic/plans"
#: Session settings of the PostgreSQL loader: memory for the index builds, no waiting for the WAL, and
#: no foreign-key triggers (every child row's document is written first, in the same run).
PG_LOAD_SETTINGS = (
    "SET maintenance_work_mem = '1GB'",
    "SET synchronous_commit = off",
    "SET session_replication_role = replica",
)
#: Tables a document shares with its template (copied, not made again, for each document).
SHARED = ("sections", "phases", "recipients", "obligations")
#: What ``--lean`` leaves out: tables that search, obligations and refs never read (a document's page
#: does), and the original texts.
LEAN_SKIPS = ("sections", "phases", "recipients")
#: The first plan's date in ``make_archive`` (plans then spread over seven years).
START = dt.date(2019, 1, 2)


@dataclass
class Planned:
    """One synthetic plan: who issued it, its number and date, the earlier plan it cites (if any)."""

    i: int
    unit: dict
    serial: int
    date: dt.date
    cites: Planned | None = None

    @property
    def number(self) -> str:
        return f"{self.serial}/KH-UBND"


def plan(n: int, seed: int = 1) -> Iterator[Planned]:
    """N plans as ``make_archive.generate`` writes them (its kinds of units, numbering, dates and citations;
    place names that last to a million plans; no texts).  Only each body's last plan is kept in memory."""
    rng = random.Random(seed)
    units = make_units(n, rng)
    districts = [u for u in units if u["level"] == "huyện"]
    serial: dict[tuple[str, int], int] = {}
    last: dict[str, Planned] = {}
    for i in range(n):
        unit = districts[i % len(districts)] if i % 11 == 0 else rng.choice(units)
        date = START + dt.timedelta(days=(i * 7 * 365 // max(n, 1)) + rng.randint(0, 3))
        key = (unit["name"], date.year)
        serial[key] = serial.get(key, 0) + 1
        p = Planned(i, unit, serial[key], date)
        choices = [
            c for c in (last.get(unit["district"]) if unit["level"] != "huyện" else None, last.get(unit["name"])) if c
        ]
        if choices:
            p.cites = rng.choice(choices)
        last[unit["name"]] = p
        yield p


def doc_id(seed: int, i: int) -> str:
    return hashlib.sha256(f"make_rows:{seed}:{i}".encode()).hexdigest()


@dataclass
class Template:
    doc: Document
    rows: DocumentRows
    original: str
    body: int  # which seed body
    level: str
    name: str  # the template's own unit, as its place is written
    cite: int | None  # index in doc.references of the citation make_archive wrote, if any


def _level_and_name(issuer: str) -> tuple[str, str]:
    rest = issuer.removeprefix("UBND ")
    for level in ("THỊ TRẤN", "HUYỆN", "XÃ"):
        if rest.startswith(level + " "):
            return level.lower(), rest[len(level) + 1 :].title()
    raise ValueError(f"not a make_archive issuer: {issuer}")


def parse_templates(count: int, seed: int) -> list[Template]:
    """Plans of ``make_archive`` parsed by the real pipeline, each with its rows."""
    import json

    from vbparse.pipeline import parse_read
    from vbparse.read import read_path

    out = []
    with tempfile.TemporaryDirectory(prefix="vbparse-templates-") as tmp:
        folder = Path(tmp)
        generate(folder, count, seed)
        manifest = [json.loads(x) for x in (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
        by_file = {m["file"]: m for m in manifest}
        for k, m in enumerate(manifest):
            result = read_path(folder / m["file"])
            doc = parse_read(result)
            cite = None
            if m["cites"]:
                c = by_file[m["cites"][0]]
                cite = next(
                    (
                        j
                        for j, r in enumerate(doc.references)
                        if r.number == c["number"] and r.date and r.date.isoformat() == c["date"]
                    ),
                    None,
                )
                if cite is None:
                    continue  # the parse missed its citation: not a faithful template
            level, name = _level_and_name(doc.issuer.name or "")
            out.append(Template(doc, document_rows(doc, "template"), result.original, k % 5, level, name, cite))
    return out


class Synth:
    """Documents of the plan from the templates."""

    def __init__(self, templates: list[Template], seed: int) -> None:
        self.seed = seed
        self.by_kind: dict[tuple[int, str], list[Template]] = {}
        for t in templates:
            if t.cite is not None:
                self.by_kind.setdefault((t.body, t.level), []).append(t)
        self.by_level = {
            lv: [t for t in templates if t.level == lv and t.cite is not None] for lv in ("huyện", "xã", "thị trấn")
        }
        self._obl = [1 + [c.name for c in OBLIGATIONS.columns].index(n) for n in ("doc_date_sort", "doc_id")]

    def template(self, p: Planned) -> Template:
        pool = self.by_kind.get((p.i % 5, p.unit["level"])) or self.by_level[p.unit["level"]]
        return pool[(p.i // 5) % len(pool)]

    def document(self, p: Planned, t: Template) -> Document:
        u = p.unit
        parent = (
            f"UBND TỈNH {u['province'].upper()}" if u["level"] == "huyện" else f"UBND HUYỆN {u['district'].upper()}"
        )
        d = t.doc
        refs = list(d.references)
        assert t.cite is not None and d.number is not None  # only templates that cite and have a number are planned
        cite = refs[t.cite]
        if p.cites is None:
            del refs[t.cite]
        else:
            c = p.cites
            refs[t.cite] = cite.model_copy(
                update={
                    "raw": f"Kế hoạch số {c.number} ngày {c.date.day:02d}/{c.date.month:02d}/{c.date.year} "
                    f"của {issuer_text(c.unit)}",
                    "number": c.number,
                    "date": c.date,
                    "issuer": issuer_text(c.unit),
                }
            )
        sha = doc_id(self.seed, p.i)
        return d.model_copy(
            update={
                "source": d.source.model_copy(update={"path": self.path(p), "sha256": sha}),
                "number": d.number.model_copy(update={"raw": p.number, "value": p.number, "serial": p.serial}),
                "issuer": d.issuer.model_copy(
                    update={"name": f"UBND {u['level'].upper()} {u['name'].upper()}", "parent": parent}
                ),
                "place": (d.place or "").replace(t.name, u["name"]) or None,
                "issued_date": p.date,
                "issued_date_parts": d.issued_date_parts.model_copy(
                    update={"day": p.date.day, "month": p.date.month, "year": p.date.year}
                ),
                "references": refs,
            }
        )

    @staticmethod
    def path(p: Planned) -> str:
        return f"{DEFAULT_ROOT}/{p.i // 1000:03d}/kh_{p.i:06d}.txt"

    def rows(self, p: Planned) -> tuple[DocumentRows, Template]:
        """The rows ``document_rows`` would make of the document (tested): the document's own row and its
        citations made by it, the rest taken from the template with the document's id and date."""
        t = self.template(p)
        doc = self.document(p, t)
        ident = doc_id(self.seed, p.i)[:16]
        own = document_rows(
            doc.model_copy(update={k: [] for k in ("sections", "phases", "obligations", "recipients")}), ident
        )
        rows = DocumentRows(
            id=ident,
            json=doc.model_dump_json(),
            document=own.document,
            body=t.rows.body,
            words=t.rows.words,
            original=t.original,
        )
        rows.children = dict(t.rows.children)
        rows.children["references"] = own.children["references"]
        date_i, id_i = self._obl
        date = p.date.isoformat()
        obligations = []
        for r in t.rows.children["obligations"]:
            row = list(r)
            row[date_i], row[id_i] = date, ident
            obligations.append(tuple(row))
        rows.children["obligations"] = obligations
        return rows, t


# --- writing -----------------------------------------------------------------------------------------


def _secondary_indexes(b) -> list[str]:
    if b.kind == "sqlite":
        return [r[0] for r in b.all("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE ?", ("ix_%",))]
    return [
        r[0]
        for r in b.all(
            "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND indexname LIKE ?", ("ix_%",)
        )
    ]


def _file_row(p: Planned, rows: DocumentRows) -> tuple:
    return (
        Synth.path(p),
        rows.id,
        doc_id(0, p.i),
        len(rows.original or ""),
        0.0,
        "ok",
        None,
        "2025-01-01T00:00:00+00:00",
    )


_FILE_COLS = ("path", "doc_id", "sha256", "size", "mtime", "status", "error", "indexed_at")


def _doc_row(rid: int, p: Planned, rows: DocumentRows, parser: str) -> tuple:
    return (rid, rows.id, "present", Synth.path(p), parser, *rows.document, rows.json)


def _doc_cols() -> list[str]:
    return ["rid", "id", "status", "path", "parser", *(c.name for c in DOCUMENTS.columns), "json"]


def _child_cols(key: str) -> list[str]:
    return ["doc_rid", "ord", *(c.name for c in CHILD_TABLES[key].columns)]


def write_sqlite(
    archive: Archive,
    batch: list[tuple[int, Planned, DocumentRows, Template]],
    parser: str,
    originals: bool,
    shared: tuple[str, ...],
) -> None:
    b = archive.backend
    cols = _doc_cols()
    b.executemany(
        f"INSERT INTO documents ({', '.join(map(_q, cols))}) VALUES ({', '.join('?' * len(cols))})",
        [_doc_row(rid, p, r, parser) for rid, p, r, _ in batch],
    )
    for key, table in CHILD_TABLES.items():
        if key != "references" and key not in shared:
            continue
        cols = _child_cols(key)
        b.executemany(
            f"INSERT INTO {_q(table.name)} ({', '.join(map(_q, cols))}) VALUES ({', '.join('?' * len(cols))})",
            [(rid, *c) for rid, _, r, _ in batch for c in r.children[key]],
        )
    b.executemany("INSERT INTO doc_text (doc_rid, body) VALUES (?, ?)", [(rid, r.body) for rid, _, r, _ in batch])
    for fts_table, k in (("doc_fts", 0), ("doc_pairs", 1)):  # what add_text writes, made once per template
        b.executemany(
            f"INSERT INTO {fts_table} (rowid, exact, folded) VALUES (?, ?, ?)",
            [(rid, *_fts(b, t)[k][1:]) for rid, _, _, t in batch],
        )
    if originals:
        b.executemany(
            f"INSERT INTO {SOURCE_TABLE} (doc_id, original) VALUES (?, ?)", [(r.id, r.original) for _, _, r, _ in batch]
        )
    b.executemany(
        f"INSERT INTO files ({', '.join(_FILE_COLS)}) VALUES ({', '.join('?' * len(_FILE_COLS))})",
        [_file_row(p, r) for _, p, r, _ in batch],
    )
    b.commit()


class PostgresWriter:
    """COPY for what differs per document; what a document shares with its template (sections, phases,
    recipients, obligations, indexed text, original) is copied on the server from temporary tables of
    the templates' rows, so neither Python nor the server parses or compresses it once per document."""

    def __init__(
        self, archive: Archive, templates: list[Template], parser: str, originals: bool, shared: tuple[str, ...]
    ) -> None:
        self.b = cast(PostgresBackend, archive.backend)  # this writer is only made for a PostgreSQL archive
        self.parser, self.originals, self.SHARED = parser, originals, shared
        self.cur = self.b.conn.cursor()
        self.tpl = {id(t): k for k, t in enumerate(templates)}
        b = self.b
        for key in self.SHARED:
            name = CHILD_TABLES[key].name
            b.execute(f"CREATE TEMP TABLE tpl_{name} AS SELECT 0 AS tpl, * FROM {_q(name)} WITH NO DATA")
            self.copy(
                f"tpl_{name}",
                ["tpl", *_child_cols(key)],
                ((k, 0, *c) for k, t in enumerate(templates) for c in t.rows.children[key]),
            )
        text = b.TEXT_COLUMNS[1:]
        b.execute(
            f"CREATE TEMP TABLE tpl_text AS SELECT 0 AS tpl, {', '.join(map(_q, text))} FROM doc_text WITH NO DATA"
        )
        self.copy("tpl_text", ["tpl", *text], ((k, *self.shared_text(t)) for k, t in enumerate(templates)))
        b.execute("CREATE TEMP TABLE tpl_source (tpl INT, original TEXT)")
        self.copy("tpl_source", ["tpl", "original"], ((k, t.original) for k, t in enumerate(templates)))
        b.execute("CREATE TEMP TABLE tpl_map (rid BIGINT, tpl INT, doc_id TEXT, day TEXT, bucket TEXT)")
        b.execute("ANALYZE")
        b.commit()

    def shared_text(self, t: Template) -> tuple:
        """The text columns of the template's documents but the rid's bucket mark, which ``write`` adds."""
        values = list(self.b.text_row(0, t.rows.body, t.rows.words)[1:])
        at = self.b.TEXT_COLUMNS.index("pairs") - 1
        values[at] = values[at].removesuffix(" " + bucket_literal(0))
        return tuple(values)

    def copy(self, table: str, cols, rows) -> None:
        with self.cur.copy(f"COPY {_q(table)} ({', '.join(map(_q, cols))}) FROM STDIN") as c:
            for row in rows:
                c.write_row(row)

    def write(self, batch: list[tuple[int, Planned, DocumentRows, Template]]) -> None:
        b = self.b
        self.copy("documents", _doc_cols(), (_doc_row(rid, p, r, self.parser) for rid, p, r, _ in batch))
        self.copy(
            "citations",
            _child_cols("references"),
            ((rid, *c) for rid, _, r, _ in batch for c in r.children["references"]),
        )
        self.copy(
            "tpl_map",
            ["rid", "tpl", "doc_id", "day", "bucket"],
            ((rid, self.tpl[id(t)], r.id, p.date.isoformat(), bucket_literal(rid)) for rid, p, r, t in batch),
        )
        per_doc = {"doc_date_sort": "m.day", "doc_id": "m.doc_id"}
        for key in self.SHARED:
            cols = _child_cols(key)
            picked = [
                "m.rid",
                *(per_doc.get(c, f"t.{_q(c)}") if key == "obligations" else f"t.{_q(c)}" for c in cols[1:]),
            ]
            name = CHILD_TABLES[key].name
            b.execute(
                f"INSERT INTO {_q(name)} ({', '.join(map(_q, cols))}) SELECT {', '.join(picked)} "
                f"FROM tpl_map m JOIN tpl_{name} t ON t.tpl = m.tpl ORDER BY m.rid, t.ord"
            )
        text = b.TEXT_COLUMNS[1:]
        picked = ["t.pairs || m.bucket::tsvector" if c == "pairs" else f"t.{_q(c)}" for c in text]
        b.execute(
            f"INSERT INTO doc_text ({', '.join(map(_q, b.TEXT_COLUMNS))}) SELECT m.rid, "
            f"{', '.join(picked)} FROM tpl_map m JOIN tpl_text t ON t.tpl = m.tpl ORDER BY m.rid"
        )
        if self.originals:
            b.execute(
                f"INSERT INTO {SOURCE_TABLE} (doc_id, original) SELECT m.doc_id, t.original FROM tpl_map m "
                "JOIN tpl_source t ON t.tpl = m.tpl ORDER BY m.rid"
            )
        self.copy("files", _FILE_COLS, (_file_row(p, r) for _, p, r, _ in batch))
        b.execute("TRUNCATE tpl_map")
        b.commit()


_FTS_ROWS: dict[int, tuple] = {}


def _fts(b, t: Template) -> tuple:
    if id(t) not in _FTS_ROWS:
        _FTS_ROWS[id(t)] = b.fts_rows(0, t.rows.words)
    return _FTS_ROWS[id(t)]


def _q(name: str) -> str:
    return f'"{name}"'


def build(
    db: str,
    n: int,
    *,
    templates: int = DEFAULT_TEMPLATES,
    seed: int = 1,
    batch_size: int = DEFAULT_BATCH,
    originals: bool = True,
    lean: bool = False,
    log=print,
) -> int:
    """Write plans ``[k, n)`` into ``db`` (``k``: the documents already there); returns documents written.
    ``lean``: leave out what no query reads (``LEAN_SKIPS``), to fit a million documents on a small disk."""
    from vbparse.stamp import parser_stamp

    t0 = time.perf_counter()
    tpls = parse_templates(templates, seed + 1000)
    log(f"parsed {len(tpls)} templates in {time.perf_counter() - t0:.1f} s")
    synth = Synth(tpls, seed)
    parser = parser_stamp()
    with Archive(db) as archive:
        b = archive.backend
        have = cast(tuple, b.one("SELECT COUNT(*), COALESCE(MAX(rid), 0) FROM documents"))  # always one row
        if have[0] != have[1] or (
            have[0] and cast(tuple, b.one("SELECT id FROM documents WHERE rid = 1"))[0] != doc_id(seed, 0)[:16]
        ):
            raise SystemExit(f"{db}: holds other documents than this script's (seed {seed}); use an empty archive")
        start = have[0]
        if b.kind == "postgres":
            for s in PG_LOAD_SETTINGS:
                b.execute(s)
        else:
            b.execute("PRAGMA synchronous = OFF")
        dropped = _secondary_indexes(b)
        for name in dropped:
            b.execute(f"DROP INDEX IF EXISTS {name}")
        b.commit()
        shared = tuple(k for k in SHARED if not (lean and k in LEAN_SKIPS))
        originals = originals and not lean
        writer = PostgresWriter(archive, tpls, parser, originals, shared) if b.kind == "postgres" else None
        written, t1 = 0, time.perf_counter()
        pending: list = []
        for p in plan(n, seed):
            if p.i < start:
                continue
            rows, t = synth.rows(p)
            pending.append((p.i + 1, p, rows, t))
            if len(pending) >= batch_size or p.i == n - 1:
                if writer is not None:
                    writer.write(pending)
                else:
                    write_sqlite(archive, pending, parser, originals, shared)
                written += len(pending)
                pending = []
                rate = written / (time.perf_counter() - t1)
                log(f"{p.i + 1}/{n} documents ({rate:.0f}/s, {(n - p.i - 1) / rate / 60:.1f} min to go)")
        t2 = time.perf_counter()
        b.create_text_tables()  # its index (PostgreSQL's GIN) if it was dropped
        b.create_indexes()
        if b.kind == "postgres":
            b.execute("SELECT setval(pg_get_serial_sequence('documents', 'rid'), (SELECT MAX(rid) FROM documents))")
            cast(PostgresBackend, b).fill_key_table()  # its trigger was off with the foreign keys' (PG_LOAD_SETTINGS)
            b.create_count_table()  # counted again: its triggers were off too
        b.commit()
        log(f"indexes made in {time.perf_counter() - t2:.0f} s")
        t3 = time.perf_counter()
        if b.kind == "postgres":  # (VACUUM: the visibility map, which index-only scans need)
            b.conn.autocommit = True
            b.execute("VACUUM ANALYZE")
            b.conn.autocommit = False
        else:
            b.execute("ANALYZE")
        b.optimize()  # what an index run ends with (the word indexes tidied)
        log(f"statistics and tidying in {time.perf_counter() - t3:.0f} s; {archive.count()} documents in {db}")
    return written


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db", help="SQLite file or postgresql:// URL (an empty archive, or one this script began)")
    ap.add_argument("-n", type=int, required=True)
    ap.add_argument("--templates", type=int, default=DEFAULT_TEMPLATES)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--batch", type=int, default=DEFAULT_BATCH)
    ap.add_argument("--no-originals", action="store_true", help=f"leave {SOURCE_TABLE} empty (saves disk)")
    ap.add_argument(
        "--lean",
        action="store_true",
        help=f"leave out {', '.join(LEAN_SKIPS)} and the originals, "
        "which no query reads (a million documents then need about 40 %% less disk)",
    )
    args = ap.parse_args(argv)
    build(
        args.db,
        args.n,
        templates=args.templates,
        seed=args.seed,
        batch_size=args.batch,
        originals=not args.no_originals,
        lean=args.lean,
        log=lambda m: print(m, flush=True),
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
