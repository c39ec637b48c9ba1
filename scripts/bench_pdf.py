"""PDF speed and memory: vbparse against raw pypdfium2 text extraction, in the same run.

Usage: ``python scripts/bench_pdf.py [PDF ...]`` (default: the text-layer PDFs of ../shared/realdocs, or
of corpus/realdocs when ../shared is absent).

* speed: pages/s of ``pypdfium2`` text extraction (``get_text_range`` of every page: what a user would call
  instead of vbparse) and of the full parse (``vbparse.parse``, OCR off), best of three runs, and their ratio;
  then each run's ratio timed in pairs (the extraction, then the parse) and their median, which a machine
  whose speed drifts between the two series moves less;
* memory: peak resident memory of a fresh process parsing a PDF of ``--pages`` pages (the longest input
  repeated), against the same process only extracting its text with pypdfium2.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import pypdfium2 as pdfium

from vbparse import parse

#: Files that are not text-layer PDFs (scans, garbled or broken text layers): OCR-bound, not measured here.
_NOT_TEXT = ("scan", "garbled", "broken", "badocr")
DEFAULT_MEMORY_PAGES = 300
DEFAULT_RUNS = 3


def text_layer_pdfs() -> list[Path]:
    for folder in (ROOT.parent / "shared" / "realdocs", ROOT / "corpus" / "realdocs"):
        files = [p for p in sorted(folder.glob("*.pdf")) if not any(w in p.name for w in _NOT_TEXT)]
        if files:
            return files
    return []


def extract(path: Path) -> int:
    pdf = pdfium.PdfDocument(path)
    chars = 0
    for page in pdf:
        textpage = page.get_textpage()
        chars += len(textpage.get_text_range())
        textpage.close()
        page.close()
    pdf.close()
    return chars


def page_count(f: Path) -> int:
    pdf = pdfium.PdfDocument(f)
    n = len(pdf)
    pdf.close()
    return n


def best(func, files: list[Path], runs: int) -> tuple[float, float]:
    """Best wall-clock and best CPU time of ``runs`` runs (CPU time is steadier on a busy machine)."""
    wall, cpu = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        for f in files:
            func(f)
        wall.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return min(wall), min(cpu)


def paired_ratios(files: list[Path], runs: int) -> list[float]:
    """The parse's CPU time over the extraction's, each run timing one right after the other: a machine
    whose speed drifts over a minute (a shared host) moves both alike, where best-of-runs taken apart can
    pair a fast minute of one with a slow minute of the other."""
    ratios = []
    for _ in range(runs):
        c = time.process_time()
        for f in files:
            extract(f)
        raw = time.process_time() - c
        c = time.process_time()
        for f in files:
            parse(f, ocr="never")
        ratios.append((time.process_time() - c) / raw)
    return sorted(ratios)


_PEAK = """
import resource, sys
sys.path.insert(0, {src!r})
if {mode!r} == "vbparse":
    from pathlib import Path
    from vbparse import parse
    parse(Path({path!r}), ocr="never")
else:
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument({path!r})
    for page in pdf:
        tp = page.get_textpage(); tp.get_text_range(); tp.close(); page.close()
# the process's own high-water mark: ru_maxrss keeps the parent's from before exec (Linux), which had parsed
# every benchmark file by then
try:
    print(next(int(ln.split()[1]) for ln in open("/proc/self/status") if ln.startswith("VmHWM:")))
except OSError:
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def peak_mb(mode: str, path: Path) -> float:
    code = _PEAK.format(src=str(ROOT / "src"), mode=mode, path=str(path))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return int(out.split()[-1]) / 1024


def repeated(source: Path, pages: int, out: Path) -> Path:
    src = pdfium.PdfDocument(source)
    dst = pdfium.PdfDocument.new()
    # one import: the copies share the source's fonts and images, as the pages of one real document do
    dst.import_pages(src, [i % len(src) for i in range(pages)])
    dst.save(out)
    dst.close()
    src.close()
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--pages", type=int, default=DEFAULT_MEMORY_PAGES, help="pages of the memory test PDF")
    ap.add_argument("--runs", type=int, default=DEFAULT_RUNS)
    args = ap.parse_args(argv)
    files = args.files or text_layer_pdfs()
    if not files:
        print("no PDF to measure")
        return 1
    pages = sum(page_count(f) for f in files)
    raw, raw_cpu = best(extract, files, args.runs)
    full, full_cpu = best(lambda f: parse(f, ocr="never"), files, args.runs)
    print(f"{len(files)} PDFs, {pages} pages (best of {args.runs} runs; wall clock, and CPU time)")
    print(f"pypdfium2 text extraction: {pages / raw:7.1f} pages/s   CPU {pages / raw_cpu:7.1f} pages/s")
    print(
        f"vbparse full parse:        {pages / full:7.1f} pages/s   CPU {pages / full_cpu:7.1f} pages/s"
        f"  ({full / raw:.1f}× the extraction's time; CPU {full_cpu / raw_cpu:.1f}×)"
    )
    ratios = paired_ratios(files, args.runs)
    print(
        f"paired runs (extraction, then parse): median {ratios[len(ratios) // 2]:.2f}× the extraction's CPU time "
        f"(from {ratios[0]:.2f}× to {ratios[-1]:.2f}×)"
    )
    largest = max(files, key=page_count)
    with tempfile.TemporaryDirectory() as tmp:
        big = repeated(largest, args.pages, Path(tmp) / "big.pdf")
        ref, ours = peak_mb("pypdfium2", big), peak_mb("vbparse", big)
        small = repeated(largest, 10, Path(tmp) / "small.pdf")
        ours_small = peak_mb("vbparse", small)
    print(
        f"peak memory, {args.pages}-page PDF ({largest.name} repeated): vbparse {ours:.0f} MB "
        f"(10 pages: {ours_small:.0f} MB), pypdfium2 extraction {ref:.0f} MB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
