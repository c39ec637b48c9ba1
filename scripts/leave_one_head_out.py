#!/usr/bin/env python3
"""Leave one head out: how much of the name grammar's recall rests on its word lists (issue 52, item 4).

For each head word of the lexicon (``tables/bodies.py``: ``Sở``, ``Phòng``, ``Trung tâm``, ``Giám đốc`` …), the
grammar is compiled again without it (``extract.assignees.without_heads``: the head, and the alias table's
spellings that begin with it), the gold documents whose gold obligations name an assignee by that head are
parsed again, and the recall of *those* obligations is compared with the full lexicon's recall on the same
obligations.  A grammar that finds a subject by where it stands keeps most of it (target: ≥ 0.9 of the full
recall for every head); one that finds subjects only by its lists loses all of it.

An obligation carries a head when its gold assignee's name begins with it (after ``các``), or begins with a
post (``Giám đốc``) and the body after the post begins with it (``Giám đốc Sở Y tế`` carries ``Giám đốc`` and
``Sở``); the longest head of the lexicon at each place is the one carried.

Usage: python scripts/leave_one_head_out.py [--corpus-only | --goldsets-only] [--head HEAD ...] [--min N]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import regex
from evaluate import SHARED_GOLDSETS, find_pairs, goldset_pairs, load_gold, match_obligations

from vbparse.extract.assignees import lexicon_heads, lexicon_key, without_heads
from vbparse.pipeline import parse_read, parse_text, read_file
from vbparse.read import ReadResult
from vbparse.tables.bodies import LOWERCASE_POSITION_HEADS, POSITION_HEADS

#: The share of the full lexicon's recall each head must keep when left out.
TARGET = 0.9
_COLLECTIVE = regex.compile(r"^(?:các|mọi|những|toàn thể)\s+")


@dataclass
class GoldDoc:
    """A document to parse (a read file, or text) and its gold obligations."""

    label: str
    source: ReadResult | str  # a read file, or the document's text
    obligations: list[dict]

    def parse(self) -> list[dict]:
        doc = parse_text(self.source) if isinstance(self.source, str) else parse_read(self.source)
        return [json.loads(o.model_dump_json()) for o in doc.obligations]


@dataclass
class HeadRow:
    head: str
    obligations: int
    documents: int
    full: int  # found with the full lexicon
    left_out: int  # found without the head

    @property
    def full_recall(self) -> float:
        return self.full / self.obligations if self.obligations else 0.0

    @property
    def left_out_recall(self) -> float:
        return self.left_out / self.obligations if self.obligations else 0.0

    @property
    def kept(self) -> float:
        """The left-out recall as a share of the full recall (1.0 when the full lexicon finds none either)."""
        return self.left_out / self.full if self.full else 1.0


def _assignee_name(o: dict) -> str:
    a = o.get("assignee") or {}
    if isinstance(a, str):
        return a
    return a.get("raw") or a.get("canonical") or ""


class HeadIndex:
    """The lexicon's heads by ``lexicon_key``, to say which heads a gold assignee's name carries."""

    def __init__(self, heads: Iterable[str]) -> None:
        keys = {lexicon_key(h): h for h in heads}
        self.keys = sorted(keys, key=len, reverse=True)
        self.spelling = keys
        self.posts = {lexicon_key(p) for p in (*POSITION_HEADS, *LOWERCASE_POSITION_HEADS)}

    def _at_start(self, name: str) -> str | None:
        for k in self.keys:
            if name == k or name.startswith(k + " "):
                return k
        return None

    def carried(self, name: str) -> set[str]:
        """The heads (keys) ``name`` carries: the one it begins with, and after a post the body's."""
        text = _COLLECTIVE.sub("", lexicon_key(name))
        out: set[str] = set()
        first = self._at_start(text)
        if first is None:
            return out
        out.add(first)
        if first in self.posts:
            rest = _COLLECTIVE.sub("", text[len(first) :].strip())
            second = self._at_start(rest)
            if second is not None:
                out.add(second)
        return out


def measure(
    docs: list[GoldDoc],
    heads: Iterable[str] | None = None,
    *,
    progress: Callable[[str], None] | None = None,
    lost: Callable[[str, str, dict, list[dict]], None] | None = None,
) -> list[HeadRow]:
    """One row per head (``heads``: the lexicon's when None) that some gold obligation of ``docs`` carries."""
    index = HeadIndex(lexicon_heads() if heads is None else [*lexicon_heads(), *heads])
    wanted = [lexicon_key(h) for h in (heads if heads is not None else lexicon_heads())]
    # which gold obligations carry each head, per document
    carried: dict[str, dict[int, list[dict]]] = {}
    for i, d in enumerate(docs):
        for o in d.obligations:
            for k in index.carried(_assignee_name(o)):
                carried.setdefault(k, {}).setdefault(i, []).append(o)
    full_cache: dict[int, list[dict]] = {}

    def found(gold: list[dict], got: list[dict]) -> int:
        return len(match_obligations(gold, got))

    def report_lost(key: str, i: int, gold: list[dict], got: list[dict]) -> None:
        """Tell ``lost`` each gold obligation the full lexicon found and the grammar without the head did not."""
        if lost is None:
            return
        kept = {id(g) for g, _ in match_obligations(gold, got)}
        for g, _ in match_obligations(gold, full_cache[i]):
            if id(g) not in kept:
                lost(index.spelling[key], docs[i].label, g, got)

    rows: list[HeadRow] = []
    for key in dict.fromkeys(wanted):
        per_doc = carried.get(key)
        if not per_doc:
            continue
        n = sum(len(v) for v in per_doc.values())
        full = 0
        for i, gold in per_doc.items():
            if i not in full_cache:
                full_cache[i] = docs[i].parse()
            full += found(gold, full_cache[i])
        left = 0
        with without_heads(index.spelling[key]):
            for i, gold in per_doc.items():
                got = docs[i].parse()
                left += found(gold, got)
                report_lost(key, i, gold, got)
        rows.append(HeadRow(index.spelling[key], n, len(per_doc), full, left))
        if progress is not None:
            progress(f"{index.spelling[key]}: {left}/{full} of {n}")
    return rows


def gold_docs(corpus: bool = True, goldsets: bool = True) -> list[GoldDoc]:
    """The gold documents with obligations: the corpus's (corpus/ and the shared realdocs) and the goldsets'."""
    pairs: list[tuple[Path, Path]] = []
    if corpus:
        pairs += list(find_pairs(ROOT / "corpus"))
    if goldsets and SHARED_GOLDSETS.is_dir():
        pairs += list(goldset_pairs(SHARED_GOLDSETS))
    out = []
    for doc, gold_path in pairs:
        gold = load_gold(gold_path)
        if gold.get("obligations"):
            out.append(GoldDoc(doc.name, read_file(doc), gold["obligations"]))
    return out


def print_table(rows: list[HeadRow], minimum: int = 1) -> None:
    print(f"{'head':28} {'obl':>5} {'docs':>4} {'full R':>7} {'w/o R':>7} {'kept':>6}")
    for r in sorted(rows, key=lambda r: (r.kept, -r.obligations)):
        if r.obligations < minimum:
            continue
        flag = "" if r.kept >= TARGET else "  < target"
        print(
            f"{r.head:28} {r.obligations:5} {r.documents:4} {r.full_recall:7.3f} {r.left_out_recall:7.3f} "
            f"{r.kept:6.3f}{flag}"
        )
    shown = [r for r in rows if r.obligations >= minimum]
    if shown:
        kept = sorted(r.kept for r in shown)
        below = sum(k < TARGET for k in kept)
        print(
            f"\n{len(shown)} heads; kept share: min {kept[0]:.3f}, median {kept[len(kept) // 2]:.3f}; "
            f"{below} below {TARGET}"
        )


def _print_lost(head: str, label: str, gold: dict, got: list[dict]) -> None:
    """One line per lost obligation: the head, the document, the gold name and task, what the parse named instead."""
    task = (gold.get("task") or "")[:90]
    near = sorted({_assignee_name(o) for o in got if task[:25] and task[:25] in (o.get("task") or "")})
    print(f"LOST {head} | {label} | {_assignee_name(gold)} | {task} | got: {'; '.join(near) or '-'}", file=sys.stderr)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    which = ap.add_mutually_exclusive_group()
    which.add_argument("--corpus-only", action="store_true")
    which.add_argument("--goldsets-only", action="store_true")
    ap.add_argument("--head", action="append", help="only this head (repeatable)")
    ap.add_argument("--min", type=int, default=1, help="show heads carried by at least this many obligations")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--lost", action="store_true", help="list the obligations each head's removal loses (stderr)")
    args = ap.parse_args(argv)
    docs = gold_docs(corpus=not args.goldsets_only, goldsets=not args.corpus_only)
    rows = measure(
        docs, args.head, progress=lambda s: print(s, file=sys.stderr), lost=_print_lost if args.lost else None
    )
    if args.json:
        print(json.dumps([{**r.__dict__, "kept": r.kept} for r in rows], ensure_ascii=False, indent=1))
    else:
        print_table(rows, args.min)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
