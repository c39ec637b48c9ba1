"""Write ``src/vbparse/tables/syllable_pairs.txt``: the pairs of syllables Vietnamese writes as one word, counted in the
texts beside the project (the corpus's plain texts and ``../shared/wild``), for the name grammar to tell a proper name's
end from a field's first syllable written with a capital (``Quỹ Bảo`` + ``vệ``: ``bảo vệ`` is a word; ``Hoa Mai`` +
``trông``: ``mai trông`` is none).

A pair is kept when it stands in lower case at least ``DEFAULT_MIN_COUNT`` times.  Statistics of the language, not of
any gold: no annotation is read.

    python scripts/make_syllable_pairs.py [--check]
"""

from __future__ import annotations

import argparse
import collections
import itertools
import sys
import unicodedata
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "vbparse" / "tables" / "syllable_pairs.txt"
#: A pair seen fewer times than this in lower case is as likely two words side by side.
DEFAULT_MIN_COUNT = 3
_WORD = regex.compile(r"\p{L}+")
_HEADER = (
    "# Pairs of syllables written as one word (lower case), one pair a line: made by scripts/make_syllable_pairs.py\n"
    "# from the corpus's plain texts and ../shared/wild; do not edit by hand.\n"
)


def sources() -> list[Path]:
    """The plain texts counted, in a fixed order."""
    wild = sorted((ROOT.parent / "shared" / "wild").glob("*.md"))
    return sorted((ROOT / "corpus").rglob("*.txt")) + wild


def pairs(paths: list[Path], min_count: int = DEFAULT_MIN_COUNT) -> list[str]:
    """The kept pairs, sorted."""
    lower: collections.Counter[tuple[str, str]] = collections.Counter()
    for path in paths:
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8", errors="replace"))
        for line in text.splitlines():
            words = _WORD.findall(line)
            for a, b in itertools.pairwise(words):
                if a.islower() and b.islower():
                    lower[(a, b)] += 1
    return sorted(f"{a} {b}" for (a, b), n in lower.items() if n >= min_count)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 when the file differs from what would be written")
    args = ap.parse_args(argv)
    paths = sources()
    if not any(p.suffix == ".md" for p in paths):
        print("make_syllable_pairs.py: ../shared/wild not found", file=sys.stderr)
        return 2
    return write_or_check(OUT, _HEADER + "".join(p + "\n" for p in pairs(paths)), args.check, len(paths))


def write_or_check(out: Path, made: str, check: bool, texts: int) -> int:
    """Write ``made`` to ``out``, or (``check``) say whether ``out`` holds it already: 0 when it does or was written."""
    script = f"scripts/make_{out.stem}.py"
    if check:
        same = out.exists() and out.read_text(encoding="utf-8") == made
        print(f"{out.name} " + ("as made" if same else f"differs: run {script}"))
        return 0 if same else 1
    out.write_text(made, encoding="utf-8")
    print(f"{out.relative_to(ROOT)}: {made.count(chr(10)) - 2} pairs from {texts} texts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
