#!/usr/bin/env python3
"""Issue 41's reading of five boards, replayed on an archive: each board's rows as they were read against
their documents (``corpus/boards/<board>.judged.json``, one verdict a row: right / partly / wrong, with why),
mapped onto the board the archive gives now.

Usage: python scripts/board_reading.py DB [--readings strict|conventions] [--reading issue41|issue53]

A row still shown keeps its verdict; a row no longer shown is listed as gone (a wrong one removed, or a right
one lost); a row new on the board is listed to be read.  ``--readings conventions`` applies
``corpus/boards/conventions.json``: the rows where the reader's strict sentence-level reading and the gold's
conventions (``../shared/reference/obligations-gold.md``) differ, each with the convention that decides it, and
the rows a later change fixed (re-read by hand).
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from vbparse.store import Archive

BOARDS = ROOT / "corpus" / "boards"
#: The five boards read: a Sở, Công an tỉnh, a commune's UBND, a person, a unit given only shared tasks.
READ = {
    "so-cong-thuong-lao-cai": "Sở Công Thương tỉnh Lào Cai",
    "cong-an-tinh-lao-cai": "Công an tỉnh Lào Cai",
    "ubnd-xa-luong-minh": "UBND xã Lương Minh",
    "vu-viet-linh": "Vũ Việt Linh",
    "ubnd-xa-bat-xat": "UBND xã Bát Xát",
}


def _reading(which: str) -> tuple[Path, dict[str, str]]:
    """The folder of a reading and its boards (slug → the unit's name as typed)."""
    if which == "issue41":
        return BOARDS, READ
    folder = BOARDS / which
    boards = {
        p.name.removesuffix(".judged.json"): json.loads(p.read_text(encoding="utf-8"))["board"]
        for p in sorted(folder.glob("*.judged.json"))
    }
    return folder, boards


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("db")
    ap.add_argument("--readings", choices=("strict", "conventions"), default="strict")
    ap.add_argument(
        "--reading",
        choices=("issue41", "issue53"),
        default="issue41",
        help="whose reading: issue 41's five boards (corpus/boards/) or issue 53's (corpus/boards/issue53/)",
    )
    args = ap.parse_args(argv)
    folder, read_boards = _reading(args.reading)
    overrides = json.loads((BOARDS / "conventions.json").read_text(encoding="utf-8"))
    if args.reading != "issue41":  # its rows are read by the conventions already: no overrides
        overrides = {}
    elif args.readings == "strict":  # only the rows a later change fixed, re-read by hand
        overrides = {
            board: {n: v for n, v in rows.items() if n == "new" or v["why"].startswith("fixed")}
            for board, rows in overrides.items()
        }
    total: collections.Counter = collections.Counter()
    with Archive(args.db, create=False) as archive:
        for slug, unit in read_boards.items():
            read = json.loads((folder / f"{slug}.json").read_text(encoding="utf-8"))
            verdicts = {r["n"]: r["verdict"] for r in json.loads((folder / f"{slug}.judged.json").read_text())["rows"]}
            shown = collections.Counter((h.document.number, h.task, h.role) for h in archive.obligations(unit))
            counts: collections.Counter = collections.Counter()
            gone = []
            for row in read:
                key = (row["document"]["number"], row["task"], row["role"])
                verdict = overrides.get(slug, {}).get(str(row["n"]), {}).get("verdict", verdicts[row["n"]])
                if shown[key] > 0:
                    shown[key] -= 1
                    counts[verdict] += 1
                else:
                    gone.append(f"{row['n']} ({verdicts[row['n']]})")
            new = [key for key, n in shown.items() for _ in range(n)]
            known_new = overrides.get(slug, {}).get("new", {})
            for _number, task, _role in new:
                # a new row read by hand: its verdict (and, beside it, why)
                read_as = [
                    v if isinstance(v, str) else v["verdict"]
                    for start, v in known_new.items()
                    if task.startswith(start)
                ]
                counts[read_as[0] if read_as else "new, not read"] += 1
            total.update(counts)
            print(f"{unit}: {sum(counts.values())} rows: {dict(counts)}; no longer shown: {', '.join(gone) or '-'}")
    judged = sum(n for v, n in total.items() if v in ("right", "partly", "wrong"))
    print(f"all: {dict(total)}; right {total['right']}/{judged} = {total['right'] / judged:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
