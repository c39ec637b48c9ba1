#!/usr/bin/env python3
"""Parse throughput on the corpus, and the archive: index rate and query latency on SQLite / PostgreSQL.

Usage: python scripts/bench.py [--repeat N] [--pyvi]
       python scripts/bench.py --archive DIR [--db FILE_OR_URL ...] [--jobs N] [--queries N]
       python scripts/bench.py --rows N --db FILE_OR_URL [--db …] [--queries N] [--lean]
       python scripts/bench.py --archive DIR --engine ray [--db URL] [--ray-address HOST:PORT]

``--archive DIR`` (a folder from ``scripts/make_archive.py``) indexes DIR into each ``--db`` (default: a
fresh SQLite file beside DIR; give a ``postgresql://`` URL to measure PostgreSQL too), then reports the
index rate, the rate of a store-only write of the same documents (what the store costs beside the parse),
p50/p95 latency of search, obligations and refs, and whether every citation in ``manifest.jsonl``
resolved to the document it means.

``--rows N`` measures an archive of N synthetic plans written as rows (``scripts/make_rows.py``: a
million plans take under an hour, where parsing them would take days); an archive that already holds them
is measured as it is.  It reports the size of each table and its indexes per document, p50/p95 latency
of each kind of search (``SEARCH_KINDS``), obligations and refs, and whether sampled citations resolve to
the plan they mean.  ``--lean`` leaves out what no query reads (sections, phases, recipients, originals).

``--serve`` also starts the web app over each archive (uvicorn on loopback, in a child process) and
reports p50/p95 of requests one at a time to the JSON API and to the pages: search, obligations of an
assignee, a document, its references (issue 12 aims at p95 < 100 ms over 20 000 documents).

``--against SRC`` (a source tree's ``src``, e.g. of a worktree of the previous release) times the text parse of
this tree and of SRC in turn, each in a fresh process, ``--rounds`` times, and prints each one's documents/s of
CPU time and their ratio: the only comparison that holds on a host whose speed drifts by a quarter within minutes.

``--instructions`` (with ``--against``) counts the instructions of one warm pass of each tree with valgrind's
callgrind instead of timing it: the count repeats whatever else the host runs (about 4 minutes).

``--pyvi`` also measures what spaCy's pyvi word segmentation would cost on the same texts, which is
why vbparse runs its matcher on syllables instead (docs/speed.md, "Why no word segmentation").
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from vbparse.extract.assignees import clear_caches
from vbparse.pipeline import parse_read
from vbparse.read import read_path


def corpus_files() -> list[Path]:
    """The text documents of seeds and realdocs: the set the documents/s figures of docs/speed.md were taken
    on (corpus/wild's twelve long web copies, added for issue 39, would change what a document is)."""
    return sorted(p for p in (ROOT / "corpus").rglob("*") if p.suffix in {".txt", ".md"} and p.parent.name != "wild")


def bench_parse(files: list[Path], repeat: int) -> dict:
    reads = [read_path(p) for p in files]
    size = sum(len(p.read_bytes()) for p in files)
    for r in reads:  # warm-up: compiled patterns, spaCy vocab
        parse_read(r)
    times, cpu_times = [], []
    for _ in range(repeat):
        clear_caches()  # the name recogniser's per-text caches must not carry over from the warm-up
        t0, c0 = time.perf_counter(), time.process_time()
        for p in files:
            parse_read(read_path(p))
        times.append(time.perf_counter() - t0)
        cpu_times.append(time.process_time() - c0)
    med = statistics.median(times)
    best = min(times)
    # the CPU time this process spent: on a shared host the wall clock also counts the time other machines
    # took the cores (steal), which moved single runs by a quarter within a minute
    cpu_med = statistics.median(cpu_times)
    return {
        "cpu_docs_per_s": len(files) / cpu_med,
        "best_cpu_docs_per_s": len(files) / min(cpu_times),
        "docs": len(files),
        "bytes": size,
        "seconds": med,
        "docs_per_s": len(files) / med,
        "mb_per_s": size / med / 1e6,
        "best_docs_per_s": len(files) / best,
    }


#: What a child of ``--against`` runs: warm up on the files, then ``repeat`` timed read-and-parse passes, the
#: recogniser's caches cleared before each (as ``bench_parse``); prints the CPU seconds of each pass as JSON.
_CHILD = r"""
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import vbparse
from vbparse.pipeline import parse_read
from vbparse.read import read_path
try:
    from vbparse.extract.assignees import clear_caches
except ImportError:
    clear_caches = lambda: None
files = [Path(p) for p in sys.argv[3:]]
for p in files:
    parse_read(read_path(p))
cpu = []
for _ in range(int(sys.argv[2])):
    clear_caches()
    c0 = time.process_time()
    for p in files:
        parse_read(read_path(p))
    cpu.append(time.process_time() - c0)
print(json.dumps({"cpu": cpu, "package": vbparse.__file__}))
"""


def bench_against(files: list[Path], other_src: Path, rounds: int, repeat: int) -> dict:
    """Documents/s (CPU time, median and best of every pass) of this tree's parse and of ``other_src``'s, run in
    turn in fresh processes on the same files, and the ratio of their median times (> 1: this tree is slower)."""
    import json
    import os
    import subprocess

    trees = {"this": ROOT / "src", "other": other_src.resolve()}
    for src in trees.values():
        if not (src / "vbparse" / "__init__.py").is_file():
            raise SystemExit(f"bench.py: {src}: no vbparse package there (the src folder of a tree)")
    passes: dict[str, list[float]] = {k: [] for k in trees}
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    for _ in range(rounds):
        for name, src in trees.items():
            out = subprocess.run(
                [sys.executable, "-c", _CHILD, str(src), str(repeat), *map(str, files)],
                capture_output=True,
                text=True,
                check=True,
                env=env,
            )
            got = json.loads(out.stdout.strip().splitlines()[-1])
            if not Path(got["package"]).resolve().is_relative_to(src):  # an installed vbparse answered instead
                raise SystemExit(f"bench.py: {src}: the child imported {got['package']}")
            passes[name] += got["cpu"]
    med = {k: statistics.median(v) for k, v in passes.items()}
    return {
        **{f"{k}_docs_per_s": len(files) / med[k] for k in trees},
        **{f"{k}_best_docs_per_s": len(files) / min(v) for k, v in passes.items()},
        "ratio": med["this"] / med["other"],
        "passes": len(passes["this"]),
    }


def bench_instructions(files: list[Path], other_src: Path) -> dict:
    """Instructions of one warm read-and-parse pass of ``files`` by this tree and by ``other_src``, counted by
    valgrind's callgrind: each tree runs the child of ``--against`` twice, with 0 and with 1 timed pass after the
    warm-up, and the difference is the pass.  Counts repeat to a few in a million whatever else the host runs,
    where CPU time moved by a quarter (a pass is about 50 times slower under valgrind: minutes, not seconds)."""
    import os
    import re
    import subprocess
    import tempfile

    if shutil.which("valgrind") is None:
        raise SystemExit("bench.py: --instructions needs valgrind (Debian: apt-get install valgrind)")
    # string hashes seeded alike in every run: set orders, and with them the work, repeat
    env = {**{k: v for k, v in os.environ.items() if k != "PYTHONPATH"}, "PYTHONHASHSEED": "0"}
    counts: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, src in (("this", ROOT / "src"), ("other", other_src.resolve())):
            # one parse outside valgrind first: a tree never run writes its bytecode in its first run only, which
            # would make the first counted run the longer and the difference wrong (even negative on a fresh tree)
            subprocess.run([sys.executable, "-c", _CHILD, str(src), "0", *map(str, files)], check=True, env=env,
                           capture_output=True)  # fmt: skip
            total = []
            for passes in (0, 1):
                out = subprocess.run(
                    ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/cg.{name}.{passes}", sys.executable,
                     "-c", _CHILD, str(src), str(passes), *map(str, files)],
                    capture_output=True, text=True, check=True, env=env,
                )  # fmt: skip
                m = re.search(r"Collected\s*:\s*(\d+)", out.stderr)
                if m is None:
                    raise SystemExit(f"bench.py: callgrind printed no count for {src}")
                total.append(int(m.group(1)))
            counts[name] = total[1] - total[0]
    return {"this": counts["this"], "other": counts["other"], "ratio": counts["this"] / counts["other"]}


def bench_pyvi(files: list[Path], repeat: int) -> dict | None:
    try:
        import spacy

        nlp_py = spacy.blank("vi")  # default config: use_pyvi=True
        nlp_syl = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    except Exception as exc:  # noqa: BLE001 - pyvi not installed (or spaCy's vi setup failing): skip the measurement
        print(f"pyvi: not measured ({exc})")
        return None
    texts = [p.read_text(encoding="utf-8") for p in files]
    out = {}
    for name, nlp in (("syllables", nlp_syl), ("pyvi", nlp_py)):
        for t in texts[:2]:
            nlp(t)
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            for t in texts:
                nlp(t)
            times.append(time.perf_counter() - t0)
        out[name] = statistics.median(times)
    return out


SEARCH_QUERIES = [
    "hiến đất mở rộng đường",
    "hien dat mo rong duong",
    "thi đua khen thưởng",
    "nong thon moi",
    "văn minh đô thị",
    "an toàn thực phẩm",
    "Da Nang",
    "kiểu mẫu",
    "42/KH-UBND",
    "sơ kết đợt 2",
]
#: Search queries by kind, each measured on its own (``bench_queries``): words with their diacritics, the
#: same without (folded), quoted phrases (matched as written), document numbers, and words that few or no
#: documents have (the tail of a plan that scans the newest documents first).
SEARCH_KINDS = {
    "words": [
        "hiến đất mở rộng đường",
        "thi đua khen thưởng",
        "văn minh đô thị",
        "an toàn thực phẩm",
        "kiểu mẫu",
        "sơ kết đợt 2",
    ],
    "folded": ["hien dat mo rong duong", "nong thon moi", "Da Nang", "thi dua khen thuong", "van minh do thi"],
    "phrase": [
        '"hiến đất mở rộng đường"',
        '"sơ kết đợt 2"',
        '"an toàn thực phẩm"',
        "“văn minh đô thị”",
        '"kiểu mẫu" thi đua',
        '"Đà Nẵng"',
    ],
    "number": ["42/KH-UBND", "7/KH-UBND", "15/KH-UBND thi đua"],
    "rare": ["Mường Lát", "khinh khí cầu", "blockchain", '"đà nẵng xanh"'],
}
ASSIGNEES = [
    "VPTK",
    "văn phòng thống kê",
    "Văn hóa - Xã hội",
    "MTTQ",
    "ĐTCT-XH",
    "công an",
    "Tài chính kế toán",
    "Nguyễn Văn Hùng",
    "tu phap ho tich",
    "các tiểu khu",
]


def _pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def _timed(fn, args_list) -> tuple[float, float]:
    times = []
    for a in args_list:
        t0 = time.perf_counter()
        fn(a)
        times.append((time.perf_counter() - t0) * 1e3)
    return _pct(times, 0.5), _pct(times, 0.95)


def bench_serve(db: str, n_queries: int, ids: list[str], rng) -> None:
    """p50/p95 of the web app's answers, one request at a time, API and pages alike."""
    import multiprocessing
    from urllib.parse import quote

    import httpx2 as httpx
    from load_test import serve_child

    from vbparse.web.deps import DEFAULT_POOL_SIZE

    kinds = {
        "api search": lambda: f"/api/search?q={quote(rng.choice(SEARCH_QUERIES))}",
        "api obligations": lambda: f"/api/obligations?assignee={quote(rng.choice(ASSIGNEES))}",
        "api document": lambda: f"/api/documents/{rng.choice(ids)}",
        "api refs": lambda: f"/api/refs/{rng.choice(ids)}",
        "page search": lambda: f"/?q={quote(rng.choice(SEARCH_QUERIES))}",
        "page obligations": lambda: f"/obligations?assignee={quote(rng.choice(ASSIGNEES))}",
        "page document": lambda: f"/documents/{rng.choice(ids)}",
        "page refs": lambda: f"/refs/{rng.choice(ids)}",
    }
    ours, theirs = multiprocessing.Pipe()
    child = multiprocessing.get_context("spawn").Process(
        target=serve_child, args=(db, DEFAULT_POOL_SIZE, theirs), daemon=True
    )
    child.start()
    try:
        if not ours.poll(120):
            raise SystemExit("the server did not start within 120 s")
        with httpx.Client(base_url=f"http://127.0.0.1:{ours.recv()}", timeout=60, trust_env=False) as client:
            times: dict[str, list[float]] = {k: [] for k in kinds}
            for _ in range(n_queries):
                for kind, path in kinds.items():
                    url = path()
                    t0 = time.perf_counter()
                    r = client.get(url)
                    times[kind].append((time.perf_counter() - t0) * 1e3)
                    if r.status_code != 200:
                        raise SystemExit(f"{url}: HTTP {r.status_code} {r.text[:200]}")
        ours.send("stats")
        ours.poll(30)
    finally:
        child.join(30)
        if child.is_alive():
            child.terminate()
            child.join(10)
    parts = [f"{k} {_pct(v, 0.5):.1f}/{_pct(v, 0.95):.1f}" for k, v in times.items()]
    api = [t for k, v in times.items() if k.startswith("api") for t in v]
    pages = [t for k, v in times.items() if k.startswith("page") for t in v]
    print(f"[{db}] web ms p50/p95, one request at a time: " + ", ".join(parts))
    print(
        f"[{db}] web p95: API {_pct(api, 0.95):.1f} ms, pages {_pct(pages, 0.95):.1f} ms "
        f"({n_queries} requests of each kind)",
        flush=True,
    )


def _random_ids(archive, n: int, rng) -> list[str]:
    """Ids of ``n`` documents drawn at random (by rid: reading them all would cost more than the bench)."""
    top = archive.backend.one("SELECT MAX(rid) FROM documents")[0] or 0
    ids: list[str] = []
    for _ in range(20 * n):
        if len(ids) >= n or not top:
            break
        row = archive.backend.one(
            "SELECT id FROM documents WHERE rid = ? AND status = 'present'", (rng.randint(1, top),)
        )
        if row:
            ids.append(row[0])
    return ids


def bench_queries(archive, db: str, n_queries: int, rng) -> list[str]:
    """p50/p95 of each kind of query (``SEARCH_KINDS``, obligations of ``ASSIGNEES``, refs of random
    documents), one at a time, after one warm-up round of each query; returns the documents' ids used."""
    for qs in SEARCH_KINDS.values():
        for q in qs:
            archive.search(q)
    for a in ASSIGNEES:
        archive.obligations(a, limit=100)
    parts = []
    for kind, qs in SEARCH_KINDS.items():
        p50, p95 = _timed(lambda q: archive.search(q), [rng.choice(qs) for _ in range(n_queries)])
        parts.append(f"search {kind} {p50:.1f}/{p95:.1f}")
    o50, o95 = _timed(lambda a: archive.obligations(a, limit=100), [rng.choice(ASSIGNEES) for _ in range(n_queries)])
    ids = _random_ids(archive, 5000, rng)
    r50, r95 = _timed(lambda i: archive.refs(i), [rng.choice(ids) for _ in range(n_queries)])
    parts += [f"obligations {o50:.1f}/{o95:.1f} (first 100)", f"refs {r50:.1f}/{r95:.1f}"]
    print(f"[{db}] latency ms p50/p95 ({n_queries} of each): " + ", ".join(parts), flush=True)
    return ids


def store_sizes(archive) -> list[tuple[str, int, int]]:
    """``(table, bytes of its rows, bytes of its indexes)`` (PostgreSQL: TOAST counted with the rows;
    SQLite: from ``dbstat``, FTS5's shadow tables counted as the index of ``doc_text``)."""
    b = archive.backend
    if b.kind == "postgres":
        return [
            (name, rows, idx)
            for name, rows, idx in b.all(
                "SELECT c.relname, pg_total_relation_size(c.oid) - pg_indexes_size(c.oid), pg_indexes_size(c.oid) "
                "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
                "AND c.relkind = 'r'"
            )
        ]
    owner = dict(b.all("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index'"))
    sizes: dict[str, list[int]] = {}
    for name, size in b.all("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name"):
        if name.startswith(("doc_fts", "doc_pairs")):
            sizes.setdefault("doc_text", [0, 0])[1] += size
        elif name in owner:
            sizes.setdefault(owner[name], [0, 0])[1] += size
        else:
            sizes.setdefault(name, [0, 0])[0] += size
    return sorted(((t, r, i) for t, (r, i) in sizes.items()), key=lambda x: -(x[1] + x[2]))


def print_sizes(archive, db: str) -> None:
    n = max(1, archive.backend.one("SELECT COUNT(*) FROM documents")[0])
    sizes = sorted(store_sizes(archive), key=lambda x: -(x[1] + x[2]))
    parts = [f"{t} {r / n / 1e3:.1f}+{i / n / 1e3:.1f}" for t, r, i in sizes if r + i >= 100 * n]
    total = sum(r + i for _, r, i in sizes)
    print(
        f"[{db}] kB per document (rows+indexes): "
        + ", ".join(parts)
        + f"; all {total / n / 1e3:.1f} kB, indexes {sum(i for _, _, i in sizes) / n / 1e3:.1f} kB "
        f"({n} documents, {total / 1e9:.2f} GB)",
        flush=True,
    )


def bench_rows(
    db: str, n: int, n_queries: int, templates: int, originals: bool, serve: bool = False, lean: bool = False
) -> None:
    """An archive of ``n`` synthetic plans written as rows (``scripts/make_rows.py``; an archive that
    already holds them is measured as it is), then the query latencies, sizes and citation check."""
    import random

    import make_rows

    from vbparse.store import Archive

    with Archive(db) as archive:
        have = archive.count()
    if have < n:
        t0 = time.perf_counter()
        make_rows.build(
            db,
            n,
            templates=templates,
            originals=originals,
            lean=lean,
            log=lambda m: print(f"[{db}] {m}", file=sys.stderr, flush=True),
        )
        took = time.perf_counter() - t0
        print(
            f"[{db}] wrote {n - have} documents as rows in {took / 60:.1f} min "
            f"({(n - have) / took:.0f} docs/s, indexes and statistics included)",
            flush=True,
        )
    rng = random.Random(7)
    with Archive(db, create=False) as archive:
        print_sizes(archive, db)
        ids = bench_queries(archive, db, n_queries, rng)
        cited = {p.i: p.cites.i for p in make_rows.plan(n) if p.i % 97 == 0 and p.cites is not None}
        checked = rng.sample(sorted(cited), min(len(cited), 300))
        good = sum(
            any(
                e.target is not None and e.target.id == make_rows.doc_id(1, cited[i])[:16]
                for e in archive.refs(make_rows.doc_id(1, i)[:16]).cites
            )
            for i in checked
        )
        print(f"[{db}] citations resolved to the right document: {good}/{len(checked)} (sample of the plan)")
    if serve:
        bench_serve(db, n_queries, ids, rng)


def bench_archive(folder: Path, db: str, jobs: int | None, n_queries: int, serve: bool = False) -> None:
    import json
    import random

    from vbparse.store import Archive
    from vbparse.store.rows import document_rows
    from vbparse.store.storing import delete_document, insert_document

    with Archive(db) as archive:
        t0 = time.perf_counter()
        summary = archive.index([folder], jobs=jobs, progress=sys.stderr.isatty())
        took = time.perf_counter() - t0
        n = archive.count()
        rate = f" -> {summary.indexed / took:.0f} docs/s" if summary.indexed else " (nothing new: no index rate)"
        print(
            f"[{db}] index: {summary.indexed} new, {summary.unchanged} unchanged, {summary.failed} failed in "
            f"{took:.1f} s{rate} (jobs={jobs or 'all cores'}); archive {n} docs",
            flush=True,
        )
        # the store's share: write already-parsed documents again, without parsing
        sample = [d for _, d in zip(range(500), archive.documents())]
        rows = [document_rows(doc, f"bench{i:011d}") for i, (_, doc) in enumerate(sample)]
        t0 = time.perf_counter()
        for r in rows:
            insert_document(archive.backend, r, status="vanished", path=None, parser=None)
        archive.backend.commit()
        w = time.perf_counter() - t0
        for r in rows:
            delete_document(archive.backend, r.id)
        archive.backend.commit()
        print(f"[{db}] store-only write: {len(rows) / w:.0f} docs/s (parse + write above: index rate)", flush=True)
        print_sizes(archive, db)
        rng = random.Random(7)
        ids = bench_queries(archive, db, n_queries, rng)
        manifest = folder / "manifest.jsonl"
        if manifest.exists():
            by_path = {
                Path(p).relative_to(folder.resolve()).as_posix(): d
                for p, d in archive.backend.all("SELECT path, doc_id FROM files WHERE status = 'ok'")
                if Path(p).is_relative_to(folder.resolve())
            }
            lines = [json.loads(x) for x in manifest.read_text(encoding="utf-8").splitlines()]
            checked = [m for m in lines if m["cites"] and m["file"] in by_path]
            checked = rng.sample(checked, min(len(checked), 300))
            good = 0
            for m in checked:
                want = by_path.get(m["cites"][0])
                report = archive.refs(by_path[m["file"]])
                good += any(e.target is not None and e.target.id == want for e in report.cites)
            print(f"[{db}] citations resolved to the right document: {good}/{len(checked)} (sample of manifest)")
    if serve:
        bench_serve(db, n_queries, ids, rng)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--pyvi", action="store_true", help="also measure pyvi word segmentation")
    ap.add_argument("--archive", type=Path, help="benchmark the archive on this folder (scripts/make_archive.py)")
    ap.add_argument("--db", action="append", help="SQLite file or postgresql:// URL (repeatable)")
    ap.add_argument("--jobs", type=int, default=None)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--serve", action="store_true", help="also measure the web app's API and pages (--archive)")
    ap.add_argument(
        "--rows",
        type=int,
        help="measure an archive of this many synthetic plans written as rows "
        "(scripts/make_rows.py) in each --db, made first unless it holds them",
    )
    ap.add_argument("--templates", type=int, default=None, help="plans parsed as templates for --rows")
    ap.add_argument("--no-originals", action="store_true", help="--rows: leave the original texts out (disk)")
    ap.add_argument("--lean", action="store_true", help="--rows: leave out what no query reads (disk)")
    ap.add_argument(
        "--engine",
        choices=("local", "ray"),
        default="local",
        help="ray: index rate of the local pool against Ray with 1 and 2 worker CPUs on the --archive "
        "folder, the per-task overhead and the store's write rate (scripts/bench_engines.py)",
    )
    ap.add_argument("--ray-address", help="--engine ray: also measure the Ray cluster at this address")
    ap.add_argument("--against", type=Path, help="the src folder of another tree: time both in turn (text parse)")
    ap.add_argument("--rounds", type=int, default=4, help="--against: rounds of one process a tree")
    ap.add_argument(
        "--instructions", action="store_true", help="--against: count a pass's instructions with callgrind instead"
    )
    args = ap.parse_args(argv)
    if args.engine == "ray":
        import bench_engines

        if not args.archive:
            ap.error("--engine ray needs --archive DIR")
        for db in args.db or [None]:
            bench_engines.run(args.archive.resolve(), db, args.jobs, args.ray_address)
        return 0
    if args.rows:
        import make_rows

        if not args.db:
            ap.error("--rows needs --db (an SQLite file or a postgresql:// URL)")
        for db in args.db:
            bench_rows(
                db,
                args.rows,
                args.queries,
                args.templates or make_rows.DEFAULT_TEMPLATES,
                not args.no_originals,
                args.serve,
                args.lean,
            )
        return 0
    if args.archive:
        for db in args.db or [str(args.archive.resolve()) + ".bench.db"]:
            bench_archive(args.archive.resolve(), db, args.jobs, args.queries, args.serve)
        return 0
    files = corpus_files()
    if args.against and args.instructions:
        n = bench_instructions(files, args.against)
        print(
            f"text parse, instructions of one warm pass over {len(files)} docs (callgrind): this tree "
            f"{n['this'] / 1e6:.1f} M, {args.against} {n['other'] / 1e6:.1f} M: this tree runs {n['ratio']:.3f}x "
            "the other's instructions"
        )
        return 0
    if args.against:
        a = bench_against(files, args.against, args.rounds, args.repeat)
        print(
            f"text parse, CPU time, {len(files)} docs, {a['passes']} passes each: this tree "
            f"{a['this_docs_per_s']:.0f} docs/s (best {a['this_best_docs_per_s']:.0f}), {args.against} "
            f"{a['other_docs_per_s']:.0f} docs/s (best {a['other_best_docs_per_s']:.0f}): this tree takes "
            f"{a['ratio']:.3f}x the other's time"
        )
        return 0
    r = bench_parse(files, args.repeat)
    print(
        f"text parse: {r['docs']} docs, {r['bytes'] / 1e3:.0f} kB, median {r['seconds'] * 1e3:.1f} ms "
        f"over {args.repeat} runs -> {r['docs_per_s']:.0f} docs/s (best run {r['best_docs_per_s']:.0f}), "
        f"{r['mb_per_s']:.2f} MB/s; CPU time {r['cpu_docs_per_s']:.0f} docs/s (best run "
        f"{r['best_cpu_docs_per_s']:.0f})"
    )
    if args.pyvi:
        p = bench_pyvi(files, args.repeat)
        if p:
            print(
                f"tokenise only: syllables {p['syllables'] * 1e3:.1f} ms, pyvi {p['pyvi'] * 1e3:.1f} ms "
                f"({p['pyvi'] / p['syllables']:.0f}x) for {len(files)} docs"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
