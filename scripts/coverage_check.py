#!/usr/bin/env python3
"""Coverage alarms over folders of documents without gold: where the parser reads nothing that a person would.

Usage: python scripts/coverage_check.py [--list] [FOLDER ...]   (default: ../shared/wild and ../shared/realdocs)

Three counts, each a class of silent loss on a source nobody has read yet (issue 39):

* ``parts``: documents with a part that assigns (``TỔ CHỨC THỰC HIỆN``, ``PHÂN CÔNG``, ``TRÁCH NHIỆM``) from
  which no obligation came;
* ``sentences``: items whose text opens with a body's name and goes on with a verb, and from which no
  obligation came (``vbparse explain`` shows what was proposed there);
* ``unread``: documents with text after the closing that no part holds (the ``unread_after_closing``
  diagnostic), and how many characters.

The counts are the alarm for the next source: run it before and after a change, and on a new folder before
writing its gold.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from vbparse.chars import fold
from vbparse.extract.assignees import subject
from vbparse.normalize import normalize
from vbparse.pipeline import parse_read, read_file
from vbparse.read import ReadError
from vbparse.structure.parser import Node, parse_structure

SUFFIXES = (".txt", ".md", ".docx", ".doc", ".pdf", ".htm", ".html", ".rtf")
#: Folded words of a heading that opens a part assigning tasks.
ASSIGNING_HEADINGS = ("to chuc thuc hien", "phan cong", "trach nhiem")


def _own_text(n: Node) -> str:
    return " ".join(p for p in ([n.heading] if n.heading else []) + n.text_parts if p).strip()


def _names_a_doer(text: str) -> bool:
    """The text opens with a name and goes on in lower case (a verb), as a task's sentence does."""
    names, end, _mode = subject(text)
    rest = text[end:].lstrip(" ,")
    return bool(names) and names[0].start == 0 and rest[:1].islower()


def check(path: Path) -> dict:
    result = read_file(path)
    doc = parse_read(result)
    st = parse_structure(normalize(result.mapped), result.blocks, result.mapped.text)
    sections = [o.section or "" for o in doc.obligations]
    parts = [
        n.path
        for n in st.iter_all_nodes()
        if any(w in fold(n.heading or "") for w in ASSIGNING_HEADINGS)
        and not any(s == n.path or s.startswith(n.path + ".") for s in sections)
    ]
    made = [(o.span.start, o.span.end) for o in doc.obligations if o.span is not None]
    silent = []
    for n in st.iter_all_nodes():
        text = _own_text(n)
        if not text or not _names_a_doer(text):
            continue
        span = st.mapped.span(n.start, n.end)
        if not any(a < span.end and span.start < b for a, b in made):
            silent.append(f"{n.path}: {text[:70]}")
    unread = [d.message for d in doc.diagnostics if d.code == "unread_after_closing"]
    return {"parts": parts, "sentences": silent, "unread": unread, "obligations": len(doc.obligations)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "folders", nargs="*", default=[str(ROOT.parent / "shared" / "wild"), str(ROOT.parent / "shared" / "realdocs")]
    )
    ap.add_argument("--list", action="store_true", help="name every document and item counted")
    args = ap.parse_args(argv)
    totals = {"documents": 0, "failed": 0, "parts": 0, "docs_parts": 0, "sentences": 0, "docs_unread": 0}
    for folder in map(Path, args.folders):
        if not folder.is_dir():
            print(f"{folder}: not a folder", file=sys.stderr)
            return 2
        for path in sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES):
            totals["documents"] += 1
            try:
                got = check(path)
            except ReadError as exc:
                totals["failed"] += 1
                print(f"{path.name}: could not be read ({exc.reason})")
                continue
            totals["parts"] += len(got["parts"])
            totals["docs_parts"] += bool(got["parts"])
            totals["sentences"] += len(got["sentences"])
            totals["docs_unread"] += bool(got["unread"])
            if args.list and (got["parts"] or got["sentences"] or got["unread"]):
                print(f"{path.name} ({got['obligations']} obligations)")
                for p in got["parts"]:
                    print(f"   part with no task: {p}")
                for s in got["sentences"]:
                    print(f"   names a doer, no task: {s}")
                for u in got["unread"]:
                    print(f"   unread: {u[:120]}")
    print(
        f"{totals['documents']} documents ({totals['failed']} unreadable): "
        f"{totals['parts']} assigning parts with no task in {totals['docs_parts']} documents; "
        f"{totals['sentences']} items naming a doer with no task; "
        f"{totals['docs_unread']} documents with text after the closing that no part holds"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
