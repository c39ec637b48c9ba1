#!/usr/bin/env python3
"""Time and peak memory of ``vbparse export``, every format × what, at 2 000 and 20 000 documents.

Usage: python scripts/bench_export.py [--sizes 2000 20000] [--repeat 3] [--cache DIR] [--src DIR [--src DIR]] [--keep DIR]

Archives of N synthetic plans are made by ``scripts/make_rows.py`` (its 300 parsed templates; about 90 s
for 20 000) with one task in 200 plans corrected, and kept in ``--cache`` (default
``$TMPDIR/vbparse-bench-export``) for the next run.  Each export runs in a fresh Python process
(``vbparse.cli.main(["export", …])``, or ``write_ical`` over ``all_obligations`` for the calendar, which
only the web pages offer), its output written to a file; the process reports the export's seconds and
its peak resident memory (``VmHWM`` of ``/proc/self/status`` at exit: ``ru_maxrss`` of a child would
also count the parent it was forked from).  ``--src`` runs the exports with another tree's ``src``;
given twice (the code before a change, then after), both run in turn, case by case, on the same archives
under the same load.  ``--keep DIR`` keeps the outputs (``DIR/0``, ``DIR/1``: to compare two trees' byte
for byte).  The CPU is shared, so each is run ``--repeat`` times and the best time (and the lowest peak)
kept.  The reference, in the same run, is reading every stored document's JSON with ``sqlite3``
(``SELECT json … ORDER BY id``, ``fetchmany``), nothing else: speed is stated as a ratio to it.

Figures of issue 25: ``--sizes 2000 20000 --repeat 2 --src <base commit 3aae2f7>/src --src src``, best of
2 on 2 cores shared with four other agents (load 5-7), SQLite; seconds and peak MB, before → after; every
output byte-identical before and after (``cmp`` of ``--keep``):

=====================  ===================  ==========  ===================  ==========
export                 2 000 docs s         MB          20 000 docs s        MB
=====================  ===================  ==========  ===================  ==========
reference (read JSON)  0.19                 114         1.09                 121
jsonl documents        2.01 → 0.64          170 → 65    13.64 → 2.60 (5.2×)  176 → 66
csv documents          1.16 → 0.33          170 → 42    10.77 → 0.59 (18×)   176 → 42
jsonl references       1.54 → 0.65          172 → 49    14.28 → 4.58 (3.1×)  196 → 55
csv references         1.51 → 0.67          171 → 49    19.56 → 4.64 (4.2×)  195 → 54
graphml references     2.57 → 0.78          201 → 48    27.12 → 5.76 (4.7×)  489 → 54
jsonl obligations      2.60 → 2.54          52 → 53     23.36 → 24.24        55 → 55
csv obligations        2.91 → 2.78          52 → 52     30.21 → 30.41        54 → 54
ical obligations       2.97 → 2.73          73 → 56     27.99 → 34.60 (*)    264 → 60
jsonl corrections      0.31 → 0.31          42 → 42     0.41 → 0.40          51 → 51
=====================  ===================  ==========  ===================  ==========

Obligations, later in issue 25 (tasks from the stored JSON, lines and CSV rows made as text, the cycle
collector paused): ``--src <d6d0097^>/src --src src --only jsonl:obligations csv:obligations --repeat 3``,
at 20 000 documents jsonl 27.22 → 8.61 s (3.2×), csv 33.61 → 9.43 s (3.6×), reference 1.45 s, peak 56 and
61 MB (1.00 and 1.02 of 2 000); outputs byte-identical.

Peak at 20 000 / at 2 000, after: 1.00-1.13 in every format but corrections (1.21: a list of the 100
corrections, bounded by the corrections); before, GraphML 2.44 and the calendar 3.61.  Obligations were
not the documents' re-validation: their time is building each task from its columns (``load_model``) and
the co-assignees of every page (``store/obligations.py``), unchanged.  (*) the calendar's time is noise
between runs of the same code (26.6 s after, 27.7 s before, in the run before this one).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from vbparse.store.export import EXPORTS  # the case list of this tree; --src trees run apart

#: Every export the CLI offers (``vbparse.store.export.EXPORTS``), and the calendar of the web pages.
CASES = (*EXPORTS, ("ical", "obligations"))
DEFAULT_SIZES = (2000, 20000)
#: One task in this many plans is corrected (a deadline), so exports take the corrected path too.
CORRECT_EVERY = 200

#: What each measured process runs: the export, then its seconds and VmHWM (kB) as one JSON line.
CHILD = r"""
import datetime, json, sys, time
t0 = time.perf_counter()
db, fmt, what, out = sys.argv[1:5]
if fmt == "ical":
    from vbparse.store import Archive
    from vbparse.store.export import write_ical
    with Archive(db, create=False) as archive, open(out, "w", encoding="utf-8", newline="") as fh:
        write_ical(archive.all_obligations(), fh, now=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC))
elif fmt == "reference":
    import sqlite3
    conn = sqlite3.connect(db)
    cur = conn.execute("SELECT json FROM documents WHERE status = 'present' ORDER BY id")
    n = 0
    while rows := cur.fetchmany(1000):
        n += sum(len(r[0]) for r in rows)
else:
    from vbparse.cli import main
    code = main(["export", "--db", db, "--format", fmt, "--what", what, "--out", out])
    assert code == 0, code
took = time.perf_counter() - t0
hwm = next(int(x.split()[1]) for x in open("/proc/self/status") if x.startswith("VmHWM:"))
print(json.dumps({"seconds": took, "hwm_kb": hwm}))
"""


def archive_of(n: int, cache: Path) -> Path:
    """The cached archive of ``n`` synthetic plans, made (with its corrections) when missing."""
    db = cache / f"archive-{n}.db"
    if db.exists():
        return db
    cache.mkdir(parents=True, exist_ok=True)
    part = cache / f"archive-{n}.part.db"
    for p in (part, Path(str(part) + "-wal"), Path(str(part) + "-shm")):
        p.unlink(missing_ok=True)
    sys.path.insert(0, str(ROOT / "scripts"))
    import datetime as dt

    from make_rows import build

    from vbparse.store import Archive

    print(f"making an archive of {n} documents in {part}", file=sys.stderr)
    build(str(part), n, log=lambda m: print("  " + m, file=sys.stderr))
    with Archive(part) as archive:
        ids = [r[0] for r in archive.backend.all("SELECT id FROM documents ORDER BY rid")]
        made = 0
        for i, doc_id in enumerate(ids[::CORRECT_EVERY]):
            if archive.backend.one("SELECT 1 FROM obligations WHERE doc_id = ?", (doc_id,)) is None:
                continue
            ref = archive.task_ref(doc_id, 1)
            archive.correct(
                ref, deadline=dt.date(2026, 1 + i % 12, 15), author="bench", now=dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
            )
            made += 1
        archive.backend.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    print(f"  {made} corrections", file=sys.stderr)
    part.rename(db)
    return db


def measure(db: Path, fmt: str, what: str, src: Path, out: Path) -> tuple[float, float]:
    """``(seconds, peak MB)`` of one export in a fresh process."""
    out.unlink(missing_ok=True)
    env = {**os.environ, "PYTHONPATH": str(src)}
    r = subprocess.run(
        [sys.executable, "-c", CHILD, str(db), fmt, what, str(out)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if r.returncode != 0:
        raise SystemExit(f"{fmt} {what} at {db} failed:\n{r.stderr}")
    got = json.loads(r.stdout.strip().splitlines()[-1])
    return got["seconds"], got["hwm_kb"] / 1024


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "vbparse-bench-export")
    ap.add_argument(
        "--src",
        type=Path,
        action="append",
        help="a vbparse source tree to measure (default this one's); twice: before and after, run in turn",
    )
    ap.add_argument("--keep", type=Path, help="keep the outputs in this folder ({src}/{n}-{what}.{format})")
    ap.add_argument("--only", nargs="+", metavar="FORMAT:WHAT", help="these cases only (jsonl:documents …)")
    args = ap.parse_args(argv)
    srcs: list[Path] = args.src or [ROOT / "src"]
    cases = [("reference", "json"), *(c for c in CASES if not args.only or f"{c[0]}:{c[1]}" in args.only)]
    results: dict[tuple[int, str, str, int], tuple[float, float]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        for n in args.sizes:
            db = archive_of(n, args.cache)
            for fmt, what in cases:
                runs: dict[int, list[tuple[float, float]]] = {k: [] for k in range(len(srcs))}
                for _ in range(args.repeat):  # the trees in turn, so that both meet the same load
                    for k, src in enumerate(srcs):
                        folder = (args.keep or Path(tmp)) / str(k)
                        folder.mkdir(parents=True, exist_ok=True)
                        runs[k].append(measure(db, fmt, what, src, folder / f"{n}-{what}.{fmt}"))
                        if fmt == "reference":
                            break  # the same for every tree
                for k, got in runs.items():
                    if got:
                        results[(k, fmt, what, n)] = (min(s for s, _ in got), min(m for _, m in got))
                        best = results[(k, fmt, what, n)]
                        print(f"{n:>6} src{k} {fmt:>9} {what:<12} {best[0]:7.2f} s {best[1]:7.0f} MB", file=sys.stderr)
    labels = [f"src{k}" for k in range(len(srcs))]
    print("trees: " + ", ".join(f"{label} = {src}" for label, src in zip(labels, srcs)))
    for n in args.sizes:
        ref = results[(0, "reference", "json", n)][0]
        print(f"\n{n} documents (reference: {ref:.2f} s)\n")
        print("| export | " + " | ".join(f"{label} s | {label} MB | {label} ×ref" for label in labels) + " |")
        print("|" + "---|" * (1 + 3 * len(srcs)))
        for fmt, what in cases[1:]:
            cells = []
            for k in range(len(srcs)):
                sec, mb = results[(k, fmt, what, n)]
                cells += [f"{sec:.2f}", f"{mb:.0f}", f"{sec / ref:.1f}"]
            print(f"| {fmt} {what} | " + " | ".join(cells) + " |")
    if len(args.sizes) >= 2:
        lo, hi = args.sizes[0], args.sizes[-1]
        for k, label in enumerate(labels):
            ratios = (f"{f} {w} {results[(k, f, w, hi)][1] / results[(k, f, w, lo)][1]:.2f}" for f, w in cases[1:])
            print(f"\n{label} peak memory at {hi} / at {lo}: " + ", ".join(ratios))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
