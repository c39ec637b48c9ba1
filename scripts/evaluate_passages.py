#!/usr/bin/env python3
"""Precision of the report passage given to each task of a plan (issue 42), against hand-read pairs.

Usage: python scripts/evaluate_passages.py [--json] [--details] [--min-score X] [PAIRS_JSON]

``corpus/followup/report_pairs.json`` holds, for real (plan, report) pairs of ``../shared/realdocs``, each task
of the plan as a person reads it (its first words) and the report passages that speak of it (their first
words), or none.  Each task is found in the parsed plan (the obligation whose task holds its words, else the
section that does) and given to ``store.passages.PassageIndex.best`` over the parsed report.  A passage given
is right when it is one of the hand-read passages (``same_passage``: their first words in it, or its first words
in them, folded).  Precision is right / given;
recall is right / tasks that have a passage; a passage given to a task that has none is wrong.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from vbparse import parse
from vbparse.chars import match_key
from vbparse.store.passages import DEFAULT_MARGIN, DEFAULT_MIN_SCORE, PassageIndex

PAIRS = ROOT / "corpus" / "followup" / "report_pairs.json"
REALDOCS = ROOT.parent / "shared" / "realdocs"
#: A hand-read quote is looked for by its first words (a passage's text may wrap or lose a footnote mark after).
DEFAULT_QUOTE_WORDS = 8
#: … and a passage's own opening, looked for in a quote, by this many words.
DEFAULT_OPENING_WORDS = 6


def _head(text: str, words: int = DEFAULT_QUOTE_WORDS) -> str:
    return " ".join(match_key(text).split()[:words])


def same_passage(passage, quote: str) -> bool:
    """Whether ``passage`` is the hand-read passage quoted by ``quote``: the quote's first words stand in the
    passage (with the title nearest above it: a run-in label such as ``Công tác hệ thống hóa văn bản:`` the
    parse keeps as a heading), or the passage's first words stand in the quote (a quote of a paragraph that
    the passage begins)."""
    context = getattr(passage, "context", "")
    nearest = context.rsplit(" / ", 1)[-1] if context else ""
    head = _head(quote)
    if head and (head in match_key(passage.text) or head in match_key(f"{nearest} {passage.text}")):
        return True
    opening = _head(passage.text, DEFAULT_OPENING_WORDS)
    return len(opening.split()) == DEFAULT_OPENING_WORDS and opening in match_key(quote)


def task_text(plan, quote: str) -> str | None:
    """The task as the parsed plan holds it: the obligation whose task holds ``quote``'s first words, else the
    section that does (a task the parse missed still has its words in the plan)."""
    head = _head(quote)
    for ob in plan.obligations:
        if head in match_key(ob.task):
            return ob.task
    for s in plan.iter_sections():
        text = " ".join(x for x in (s.heading, s.text) if x)
        if head in match_key(text):
            return text
    return None


def evaluate(pairs_file: Path = PAIRS, *, min_score: float = DEFAULT_MIN_SCORE, margin: float = DEFAULT_MARGIN) -> dict:
    data = json.loads(pairs_file.read_text(encoding="utf-8"))
    docs: dict[str, object] = {}
    rows = []
    for pair in data["pairs"]:
        for name in (pair["plan"], pair["report"]):
            if name not in docs:
                docs[name] = parse(REALDOCS / name)
        plan, report = docs[pair["plan"]], docs[pair["report"]]
        index = PassageIndex.of(report)  # type: ignore[arg-type]
        for t in pair["tasks"]:
            text = task_text(plan, t["task"])
            m = index.best(text, min_score=min_score, margin=margin) if text else None
            gold = [_head(p) for p in t["passages"]]
            is_right = m is not None and any(same_passage(m.passage, q) for q in t["passages"])
            rows.append(
                {
                    "pair": f"{pair['plan']} → {pair['report']}",
                    "task": t["task"],
                    "found": text is not None,
                    "gold": bool(gold),
                    "given": m is not None,
                    "right": is_right,
                    "passage": m.passage.text[:120] if m else None,
                    "path": m.passage.path if m else None,
                    "score": round(m.score, 3) if m else None,
                }
            )
    by_pair: dict[str, dict] = {}
    for key in [None] + sorted({r["pair"] for r in rows}):
        rs = [r for r in rows if key is None or r["pair"] == key]
        given = sum(r["given"] for r in rs)
        right = sum(r["right"] for r in rs)
        with_gold = sum(r["gold"] for r in rs)
        by_pair[key or "all"] = {
            "tasks": len(rs),
            "tasks_with_passage": with_gold,
            "tasks_not_found_in_plan": sum(not r["found"] for r in rs),
            "given": given,
            "right": right,
            "precision": round(right / given, 3) if given else None,
            "recall": round(right / with_gold, 3) if with_gold else None,
            "given_to_tasks_without": sum(r["given"] and not r["gold"] for r in rs),
        }
    return {"min_score": min_score, "margin": margin, "scores": by_pair, "rows": rows}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pairs", nargs="?", type=Path, default=PAIRS)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--details", action="store_true", help="every task with the passage given")
    ap.add_argument("--min-score", type=float, default=DEFAULT_MIN_SCORE)
    ap.add_argument("--margin", type=float, default=DEFAULT_MARGIN)
    args = ap.parse_args(argv)
    if not REALDOCS.is_dir():
        print(f"evaluate_passages: {REALDOCS} is not there (the shared documents)", file=sys.stderr)
        return 2
    result = evaluate(args.pairs, min_score=args.min_score, margin=args.margin)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    for key, s in result["scores"].items():
        print(
            f"{key}\n  tasks {s['tasks']} (with a passage {s['tasks_with_passage']}, not found in the plan "
            f"{s['tasks_not_found_in_plan']}); given {s['given']}, right {s['right']}: precision {s['precision']}, "
            f"recall {s['recall']}; given to a task with none {s['given_to_tasks_without']}"
        )
    if args.details:
        for r in result["rows"]:
            mark = "✓" if r["right"] else ("✗" if r["given"] else ("·" if not r["gold"] else "–"))
            print(f"{mark} {r['task'][:70]!r} → {r['path']} {r['score']} {r['passage'] and r['passage'][:70]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
