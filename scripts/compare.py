#!/usr/bin/env python3
"""The obligations two source trees make of the same files, and those only one of them makes (issue 54).

Usage: python scripts/compare.py BASE [--with TREE] [--shared DIR] [--jobs N] [--ocr MODE] [PATH ...]

``BASE`` is a git ref (checked out with ``git worktree add --detach`` into a temporary folder, removed
after) or the path of another checkout; the other tree is this checkout, or ``--with TREE`` (a ref or a
path alike).  Each tree parses every document of ``corpus/`` and of ``../shared`` (seeds, realdocs, wild,
goldsets), or the ``PATH``\\ s given, in a subprocess of its own with ``PYTHONPATH=<tree>/src``, through the
library's public pipeline (``read_file`` then ``parse_read``, as ``vbparse parse`` does), and writes each
file's obligations to JSON in a temporary folder.  Then, per file, the obligations only one side makes are
printed with their evidence (rule ids, source line), then ``N files parse the same, M differ``; the exit
status is 1 when any file differs, 0 when none does, 2 when a tree cannot be had.

"A pure move changes nothing" is then a command: ``python scripts/compare.py main``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from contextlib import ExitStack, contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = ROOT.parent / "shared"
#: The folders of ``../shared`` that hold documents (its probes, hooks and references are no documents).
DEFAULT_SHARED_DIRS = ("seeds", "realdocs", "wild", "goldsets")
#: What ``scripts/evaluate.py`` parses as a document.
DOC_SUFFIXES = (".txt", ".md", ".docx", ".doc", ".pdf")
#: Two trees parse at once at most: the machine's cores are shared.
DEFAULT_MAX_JOBS = 2
#: The fields of an obligation compared; ``line`` is where it starts in the text read.
FIELDS = ("role", "mode", "assignee", "task", "deadline", "deadline_raw", "section", "source", "evidence", "line")

#: Run in each tree's own interpreter (``python -c``), so that a tree older than this script parses too: it
#: imports only what a tree has long exported (``vbparse.pipeline.read_file``/``parse_read``).
WORKER = r"""
import json, sys
from vbparse.pipeline import parse_read, read_file

out_path, ocr, paths = sys.argv[1], sys.argv[2], sys.argv[3:]


def line_of(text, offset):
    return text.count("\n", 0, offset) + 1


def obligations(path):
    result = read_file(path, ocr)
    doc = parse_read(result)
    text = result.original or ""
    rows = []
    for o in doc.obligations:
        rows.append({
            "role": o.role, "mode": o.mode, "assignee": o.assignee.raw, "task": o.task,
            "deadline": o.deadline.isoformat() if o.deadline else None, "deadline_raw": o.deadline_raw,
            "section": o.section, "source": o.source, "evidence": list(o.evidence),
            "line": line_of(text, o.span.start) if o.span else None,
        })
    return rows


out = {}
for path in paths:
    try:
        out[path] = obligations(path)
    except Exception as exc:  # a file one tree cannot parse is a difference, not a crash
        out[path] = {"error": f"{type(exc).__name__}: {exc}"[:300]}
with open(out_path, "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False)
"""


def documents(roots: list[Path]) -> list[Path]:
    """Every document under ``roots`` (a file given is itself), sorted; gold JSON and lists are no documents."""
    found: set[Path] = set()
    for root in roots:
        if root.is_file():
            found.add(root)
        elif root.is_dir():
            found.update(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in DOC_SUFFIXES)
    return sorted(found)


def default_roots(shared: Path) -> list[Path]:
    return [ROOT / "corpus", *(shared / d for d in DEFAULT_SHARED_DIRS)]


@contextmanager
def source_tree(spec: str):
    """The folder of a tree: ``spec`` itself when it is a checkout (it has ``src/vbparse``), else a git ref
    checked out detached into a temporary folder that is removed after."""
    path = Path(spec)
    if (path / "src" / "vbparse").is_dir():
        yield path.resolve()
        return
    if shutil.which("git") is None:
        raise SystemExit(f"compare: {spec!r} is no checkout and git is not installed")
    tmp = Path(tempfile.mkdtemp(prefix="vbparse-compare-"))
    tree = tmp / "tree"
    done = subprocess.run(
        ["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet", str(tree), spec],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        shutil.rmtree(tmp, ignore_errors=True)
        raise SystemExit(f"compare: {spec!r} is neither a checkout nor a git ref: {done.stderr.strip()}")
    try:
        yield tree
    finally:
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], capture_output=True, check=False
        )
        shutil.rmtree(tmp, ignore_errors=True)


def start_worker(tree: Path, paths: list[Path], out: Path, ocr: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(tree / "src")}
    argv = [sys.executable, "-c", WORKER, str(out), ocr, *map(str, paths)]
    return subprocess.Popen(argv, env=env, cwd=str(tree))


def parse_trees(trees: list[Path], paths: list[Path], workdir: Path, ocr: str, jobs: int) -> list[dict]:
    """Each tree's obligations per file, ``jobs`` (1 or 2) trees parsing at once."""
    outs = [workdir / f"tree{k}.json" for k in range(len(trees))]
    pending = list(zip(trees, outs, strict=True))
    running: list[tuple[Path, subprocess.Popen]] = []
    while pending or running:
        while pending and len(running) < jobs:
            tree, out = pending.pop(0)
            running.append((tree, start_worker(tree, paths, out, ocr)))
        tree, proc = running.pop(0)
        if proc.wait():
            raise SystemExit(f"compare: the parse in {tree} failed (exit status {proc.returncode})")
    return [json.loads(out.read_text(encoding="utf-8")) for out in outs]


def _key(row: dict) -> str:
    return json.dumps([row.get(f) for f in FIELDS], ensure_ascii=False)


def only_in(rows: list | dict, other: list | dict) -> list[dict]:
    """The rows of ``rows`` that ``other`` lacks, counted as a multiset (a duplicate lost is a difference)."""
    if isinstance(rows, dict) or isinstance(other, dict):
        return [] if rows == other else [rows] if isinstance(rows, dict) else list(rows)
    left = Counter(_key(r) for r in other)
    out = []
    for row in rows:
        k = _key(row)
        if left[k]:
            left[k] -= 1
        else:
            out.append(row)
    return out


def describe(row: dict) -> str:
    if "error" in row:
        return f"error: {row['error']}"
    where = f"line {row['line']}" if row.get("line") else "no span"
    deadline = f" by {row['deadline']}" if row.get("deadline") else ""
    return (
        f"{row['role']}/{row['mode']} {row['assignee']!r}{deadline} [{', '.join(row['evidence']) or 'no rule'};"
        f" {where}; § {row.get('section') or '-'}] {row['task'][:90]!r}"
    )


def without_rules(data: dict, prefixes: tuple[str, ...]) -> dict:
    """Each file's rows with the evidence ids that start with one of ``prefixes`` left out (``--ignore-rules name.``:
    a change that only adds the name grammar's records to the evidence shows as no change)."""
    if not prefixes:
        return data
    return {
        path: rows
        if isinstance(rows, dict)
        else [{**r, "evidence": [e for e in r["evidence"] if not e.startswith(prefixes)]} for r in rows]
        for path, rows in data.items()
    }


def report(base: dict, other: dict, names: tuple[str, str], out=None) -> int:
    """Print the obligations of each file that only one side makes; return how many files differ."""
    out = out or sys.stdout
    differ = 0
    for path in sorted(set(base) | set(other)):
        lost = only_in(base.get(path, []), other.get(path, []))
        gained = only_in(other.get(path, []), base.get(path, []))
        if not lost and not gained:
            continue
        differ += 1
        print(f"== {path}", file=out)
        for row in lost:
            print(f"  - only {names[0]}: {describe(row)}", file=out)
        for row in gained:
            print(f"  + only {names[1]}: {describe(row)}", file=out)
    same = len(set(base) | set(other)) - differ
    print(f"{same} files parse the same, {differ} differ", file=out)
    return differ


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="compare.py", description=__doc__.split("\n\n")[0])
    ap.add_argument("base", help="a git ref or the path of another checkout")
    ap.add_argument("--with", dest="other", default=str(ROOT), help="the other tree (default: this checkout)")
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared data folder")
    ap.add_argument("--jobs", type=int, default=DEFAULT_MAX_JOBS, help="trees parsed at once (1 or 2)")
    ap.add_argument("--ocr", default="auto", choices=("auto", "never", "always"), help="as vbparse parse --ocr")
    ap.add_argument("--keep", type=Path, help="write both sides' JSON here as well")
    ap.add_argument(
        "--ignore-rules",
        action="append",
        default=[],
        metavar="PREFIX",
        help="leave the evidence ids that start with PREFIX out of the comparison (repeatable: name.)",
    )
    ap.add_argument("paths", nargs="*", type=Path, help="files or folders (default: corpus/ and ../shared)")
    args = ap.parse_intermixed_args(argv)
    paths = documents([p.resolve() for p in args.paths] or default_roots(args.shared))
    if not paths:
        print("compare: no documents", file=sys.stderr)
        return 2
    jobs = max(1, min(args.jobs, DEFAULT_MAX_JOBS))
    with ExitStack() as stack:
        trees = [stack.enter_context(source_tree(args.base)), stack.enter_context(source_tree(args.other))]
        workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="vbparse-compare-out-")))
        base, other = parse_trees(trees, paths, workdir, args.ocr, jobs)
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for name, data in (("base", base), ("other", other)):
                (args.keep / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), "utf-8")
    ignored = tuple(args.ignore_rules)
    base, other = without_rules(base, ignored), without_rules(other, ignored)
    return 1 if report(base, other, (args.base, args.other if args.other != str(ROOT) else "this tree")) else 0


if __name__ == "__main__":
    sys.exit(main())
