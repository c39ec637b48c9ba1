#!/usr/bin/env python3
"""Parse throughput on the corpus, and the archive: index rate and query latency on SQLite / PostgreSQL.

Usage: python scripts/bench.py [--repeat N] [--pyvi]
       python scripts/bench.py --archive DIR [--db FILE_OR_URL ...] [--jobs N] [--queries N]

``--archive DIR`` (a folder from ``scripts/make_archive.py``) indexes DIR into each ``--db`` (default: a
fresh SQLite file beside DIR; give a ``postgresql://`` URL to measure PostgreSQL too), then reports the
index rate, the rate of a store-only write of the same documents (what the store costs beside the parse),
p50/p95 latency of search, obligations and refs, and whether every citation in ``manifest.jsonl``
resolved to the document it means.

``--serve`` also starts the web app over each archive (uvicorn on loopback, in a child process) and
reports p50/p95 of requests one at a time to the JSON API and to the pages: search, obligations of an
assignee, a document, its references (issue 12 aims at p95 < 100 ms over 20 000 documents).

``--pyvi`` also measures what spaCy's pyvi word segmentation would cost on the same texts, which is
why vbparse runs its matcher on syllables instead (see README, "Why no word segmentation").
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from vbparse.extract.assignees import clear_caches  # noqa: E402
from vbparse.pipeline import parse_read  # noqa: E402
from vbparse.read import read_path  # noqa: E402


def corpus_files() -> list[Path]:
    return sorted(p for p in (ROOT / "corpus").rglob("*") if p.suffix in {".txt", ".md"})


def bench_parse(files: list[Path], repeat: int) -> dict:
    reads = [read_path(p) for p in files]
    size = sum(len(p.read_bytes()) for p in files)
    for r in reads:  # warm-up: compiled patterns, spaCy vocab
        parse_read(r)
    times = []
    for _ in range(repeat):
        clear_caches()  # the name recogniser's per-text caches must not carry over from the warm-up
        t0 = time.perf_counter()
        for p in files:
            parse_read(read_path(p))
        times.append(time.perf_counter() - t0)
    med = statistics.median(times)
    best = min(times)
    return {"docs": len(files), "bytes": size, "seconds": med, "docs_per_s": len(files) / med,
            "mb_per_s": size / med / 1e6, "best_docs_per_s": len(files) / best}


def bench_pyvi(files: list[Path], repeat: int) -> dict | None:
    try:
        import spacy
        nlp_py = spacy.blank("vi")  # default config: use_pyvi=True
        nlp_syl = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    except Exception as exc:  # pyvi not installed
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


SEARCH_QUERIES = ["hiến đất mở rộng đường", "hien dat mo rong duong", "thi đua khen thưởng", "nong thon moi",
                  "văn minh đô thị", "an toàn thực phẩm", "Da Nang", "kiểu mẫu", "42/KH-UBND", "sơ kết đợt 2"]
ASSIGNEES = ["VPTK", "văn phòng thống kê", "Văn hóa - Xã hội", "MTTQ", "ĐTCT-XH", "công an", "Tài chính kế toán",
             "Nguyễn Văn Hùng", "tu phap ho tich", "các tiểu khu"]


def _pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


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
    child = multiprocessing.get_context("spawn").Process(target=serve_child, args=(db, DEFAULT_POOL_SIZE, theirs),
                                                         daemon=True)
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
    print(f"[{db}] web p95: API {_pct(api, 0.95):.1f} ms, pages {_pct(pages, 0.95):.1f} ms "
          f"({n_queries} requests of each kind)", flush=True)


def bench_archive(folder: Path, db: str, jobs: int | None, n_queries: int, serve: bool = False) -> None:
    import json
    import random

    from vbparse.store import Archive
    from vbparse.store.rows import document_rows

    with Archive(db) as archive:
        t0 = time.perf_counter()
        summary = archive.index([folder], jobs=jobs, progress=sys.stderr.isatty())
        took = time.perf_counter() - t0
        n = archive.count()
        rate = f" -> {summary.indexed / took:.0f} docs/s" if summary.indexed else " (nothing new: no index rate)"
        print(f"[{db}] index: {summary.indexed} new, {summary.unchanged} unchanged, {summary.failed} failed in "
              f"{took:.1f} s{rate} (jobs={jobs or 'all cores'}); archive {n} docs", flush=True)
        # the store's share: write already-parsed documents again, without parsing
        sample = [d for _, d in zip(range(500), archive.documents())]
        rows = [document_rows(doc, f"bench{i:011d}") for i, (_, doc) in enumerate(sample)]
        t0 = time.perf_counter()
        for r in rows:
            archive._insert_document(r, status="vanished", path=None)
        archive.backend.commit()
        w = time.perf_counter() - t0
        for r in rows:
            archive._delete_document(r.id)
        archive.backend.commit()
        print(f"[{db}] store-only write: {len(rows) / w:.0f} docs/s (parse + write above: index rate)", flush=True)
        rng = random.Random(7)
        s50, s95 = _timed(lambda q: archive.search(q), [rng.choice(SEARCH_QUERIES) for _ in range(n_queries)])
        o50, o95 = _timed(lambda a: archive.obligations(a, limit=100), [rng.choice(ASSIGNEES) for _ in range(n_queries)])
        ids = [s.id for _, (s, _d) in zip(range(5000), archive.documents())]
        r50, r95 = _timed(lambda i: archive.refs(i), [rng.choice(ids) for _ in range(n_queries)])
        print(f"[{db}] latency ms p50/p95: search {s50:.1f}/{s95:.1f}, obligations {o50:.1f}/{o95:.1f} "
              f"(first 100), refs {r50:.1f}/{r95:.1f}", flush=True)
        manifest = folder / "manifest.jsonl"
        if manifest.exists():
            by_path = {Path(p).relative_to(folder.resolve()).as_posix(): d for p, d in
                       archive.backend.all("SELECT path, doc_id FROM files WHERE status = 'ok'")
                       if Path(p).is_relative_to(folder.resolve())}
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
    args = ap.parse_args(argv)
    if args.archive:
        for db in args.db or [str(args.archive.resolve()) + ".bench.db"]:
            bench_archive(args.archive.resolve(), db, args.jobs, args.queries, args.serve)
        return 0
    files = corpus_files()
    r = bench_parse(files, args.repeat)
    print(f"text parse: {r['docs']} docs, {r['bytes'] / 1e3:.0f} kB, median {r['seconds'] * 1e3:.1f} ms "
          f"over {args.repeat} runs -> {r['docs_per_s']:.0f} docs/s (best run {r['best_docs_per_s']:.0f}), "
          f"{r['mb_per_s']:.2f} MB/s")
    if args.pyvi:
        p = bench_pyvi(files, args.repeat)
        if p:
            print(f"tokenise only: syllables {p['syllables'] * 1e3:.1f} ms, pyvi {p['pyvi'] * 1e3:.1f} ms "
                  f"({p['pyvi'] / p['syllables']:.0f}x) for {len(files)} docs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
