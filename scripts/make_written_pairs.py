"""Write ``src/vbparse/tables/written_pairs.txt``: the pairs of words Vietnamese writes side by side, in any case, with
how often, counted in the texts beside the project (the corpus's plain texts and ``../shared/wild``), for the OCR
reader to restore the marks a scan lost (``read.ocr_marks``: ``thành phó`` is never written, ``thành phố`` 3 074
times).  Unlike ``syllable_pairs.txt`` (words written together, in lower case), a pair here may hold a capital: a
name's words count too (``nguyễn văn``), so that a name is never taken for a pair its letters share.

A pair is kept when it stands at least ``DEFAULT_MIN_COUNT`` times.  Statistics of the language, not of any gold.

    python scripts/make_written_pairs.py [--check]
"""

from __future__ import annotations

import argparse
import collections
import itertools
import sys
import unicodedata
from pathlib import Path

import regex
from make_syllable_pairs import sources, write_or_check

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "vbparse" / "tables" / "written_pairs.txt"
#: A pair seen fewer times than this is as likely a typo or a scan's misreading as the language.
DEFAULT_MIN_COUNT = 3
_WORD = regex.compile(r"\p{L}+")
_HEADER = (
    "# Pairs of words written side by side (lower-cased) and how often, one pair a line: made by\n"
    "# scripts/make_written_pairs.py from the corpus's plain texts and ../shared/wild; do not edit by hand.\n"
)


def counted(paths: list[Path], min_count: int = DEFAULT_MIN_COUNT) -> list[tuple[str, int]]:
    """The kept pairs and their counts, sorted by pair."""
    seen: collections.Counter[tuple[str, str]] = collections.Counter()
    for path in paths:
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8", errors="replace"))
        for line in text.splitlines():
            for a, b in itertools.pairwise(_WORD.findall(line)):
                seen[(a.lower(), b.lower())] += 1
    return sorted((f"{a} {b}", n) for (a, b), n in seen.items() if n >= min_count)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 when the file differs from what would be written")
    args = ap.parse_args(argv)
    paths = sources()
    if not any(p.suffix == ".md" for p in paths):
        print("make_written_pairs.py: ../shared/wild not found", file=sys.stderr)
        return 2
    return write_or_check(
        OUT, _HEADER + "".join(f"{pair}\t{n}\n" for pair, n in counted(paths)), args.check, len(paths)
    )


if __name__ == "__main__":
    raise SystemExit(main())
