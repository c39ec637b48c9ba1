#!/usr/bin/env python3
"""Follow-up of a plan on a large archive (issue 42: under 100 ms at p95 on 20 000 documents), beside a plain
search for the same plan's number in the same run.

Usage: python scripts/bench_followup.py [--db DB] [-n 20000] [--plans 300] [--seed 1] [--json]

Without ``--db`` an archive of ``-n`` synthetic plans is made by ``scripts/make_rows.py`` in a temporary
folder (about 75 s for 20 000) and removed after.  Half the plans asked are those most cited by the others
(the ones with answers to find: a district's plan that its communes carry out), half are drawn at random.
Each is asked ``Archive.followup`` (answers, each assignee's state, its members, the report passages) and
``Archive.search`` of its number (the reference: what a user would ask instead); each timed once, in turn.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from vbparse.store import Archive

#: The day the states are judged on (the synthetic plans are of 2023-2026).
DEFAULT_TODAY = dt.date(2026, 6, 30)


def _p(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1] if len(values) > 1 else values[0]


def plans_to_ask(archive: Archive, count: int, seed: int) -> list[tuple[str, str]]:
    """``count`` plans (id, number): half the most cited, half at random."""
    b = archive.backend
    cited = b.all(
        "SELECT d.id, d.number_value FROM documents d JOIN citations c ON c.number_key = d.number_key "
        "WHERE d.number_value IS NOT NULL GROUP BY d.id, d.number_value ORDER BY COUNT(*) DESC, d.id LIMIT ?",
        (count // 2,),
    )
    every = b.all("SELECT id, number_value FROM documents WHERE number_value IS NOT NULL ORDER BY id")
    rng = random.Random(seed)
    picked = {i: n for i, n in cited}
    for i, n in rng.sample(every, min(len(every), count)):
        if len(picked) >= count:
            break
        picked.setdefault(i, n)
    return list(picked.items())


def run(db: str, plans: int, seed: int) -> dict:
    with Archive(db, create=False) as archive:
        docs = (archive.backend.one("SELECT COUNT(*) FROM documents") or (0,))[0]
        asked = plans_to_ask(archive, plans, seed)
        archive.followup(asked[0][0], today=DEFAULT_TODAY)  # the first query of a connection warms its caches
        follow, search = [], []
        answers = assignees = members = 0
        for doc_id, number in asked:
            t = time.perf_counter()
            result = archive.followup(doc_id, today=DEFAULT_TODAY)
            follow.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            archive.search(number, limit=20)
            search.append((time.perf_counter() - t) * 1000)
            answers += len(result.answers)
            assignees += len(result.assignees)
            members += sum(len(r.members) for r in result.assignees)
    out = {
        "documents": docs,
        "plans": len(asked),
        "answers_found": answers,
        "assignee_rows": assignees,
        "member_rows": members,
        "followup_ms": {"p50": round(_p(follow, 50), 1), "p95": round(_p(follow, 95), 1), "max": round(max(follow), 1)},
        "search_ms": {"p50": round(_p(search, 50), 1), "p95": round(_p(search, 95), 1), "max": round(max(search), 1)},
    }
    out["ratio_p95"] = round(out["followup_ms"]["p95"] / out["search_ms"]["p95"], 2)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="an archive to ask (else one of -n synthetic plans is made)")
    ap.add_argument("-n", type=int, default=20000)
    ap.add_argument("--plans", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="vbparse-bench-followup-") as tmp:
        db = args.db
        if db is None:
            from make_rows import build

            db = str(Path(tmp) / "archive.db")
            print(f"making an archive of {args.n} documents", file=sys.stderr)
            build(db, args.n, log=lambda m: print("  " + m, file=sys.stderr))
        result = run(db, args.plans, args.seed)
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    f, s = result["followup_ms"], result["search_ms"]
    print(
        f"{result['documents']} documents, {result['plans']} plans ({result['answers_found']} answers, "
        f"{result['assignee_rows']} assignee rows, {result['member_rows']} member rows)\n"
        f"  followup  p50 {f['p50']} ms  p95 {f['p95']} ms  max {f['max']} ms\n"
        f"  search    p50 {s['p50']} ms  p95 {s['p95']} ms  max {s['max']} ms\n"
        f"  followup / search at p95: {result['ratio_p95']}x"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
