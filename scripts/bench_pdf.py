"""PDF speed: pages/s of raw text extraction (pdfplumber words) against the full parse of the same files.

Usage: ``python scripts/bench_pdf.py [PDF ...]`` (default: the text-layer PDFs in corpus/realdocs).
The parse should stay a small overhead over the extraction (issue: readers for every format).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import pdfplumber  # noqa: E402

from vbparse import parse  # noqa: E402


def main(argv=None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    files = [Path(a) for a in args] or [p for p in sorted((ROOT / "corpus" / "realdocs").glob("*.pdf"))
                                        if "scan" not in p.name and "broken" not in p.name]
    pages = 0
    for f in files:
        with pdfplumber.open(f) as pdf:
            pages += len(pdf.pages)
    raw, full = [], []
    for _ in range(3):
        t = time.perf_counter()
        for f in files:
            with pdfplumber.open(f) as pdf:
                for p in pdf.pages:
                    p.extract_words()
        raw.append(time.perf_counter() - t)
        t = time.perf_counter()
        for f in files:
            parse(f, ocr="never")
        full.append(time.perf_counter() - t)
    r, p = statistics.median(raw), statistics.median(full)
    print(f"{len(files)} PDFs, {pages} pages")
    print(f"text extraction only: {pages / r:6.1f} pages/s")
    print(f"full parse:           {pages / p:6.1f} pages/s  (overhead {100 * (p - r) / r:.0f}%)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
