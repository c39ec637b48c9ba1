#!/usr/bin/env python3
"""CPU of parsing scanned PDFs against Tesseract's CLI reading the same page images, in one run.

Usage: python scripts/bench_ocr.py [--files N] [--repeat N] [PDF ...]

For each scan (default: the first ``--files`` of corpus/realdocs whose name says ``scan``) it takes

- **vbparse**: the CPU of ``vbparse.parse(path, ocr="always")`` in this process (all its threads: Tesseract
  kept loaded, ``read.tesseract_api``) and in every process it waits for (the ``tesseract`` program where
  the library is not used), at a second parse of the file (what a batch pays per file: Tesseract's and
  PP-OCR's models, about 0.75 s, are loaded once a process; the first parse's extra is printed apart);
- **tesseract**: the CPU of ``tesseract IMAGE stdout -l vie tsv`` on each page, rendered beforehand at the
  scale vbparse renders it (the rendering is not counted: the reference is what the CLI costs on the images).

and prints both and their ratio (issue 40 asks ≤ 1.1), ``--repeat`` times, the two taken in turn, and the
median of the ratios: this machine's speed moves by a fifth from one minute to the next.  CPU, not wall
time: the parse recognises pages on several cores at once, the CLI one page at a time.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from vbparse.pipeline import parse
from vbparse.read.limits import Limits
from vbparse.read.pdf import _ocr_scale


def _cpu() -> float:
    own = time.process_time()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own + children.ru_utime + children.ru_stime


def cpu_of(fn) -> float:
    before = _cpu()
    fn()
    return _cpu() - before


def page_images(path: Path, folder: Path) -> list[Path]:
    """The pages as vbparse renders them for OCR (same scale, red channel), as PNG files."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    out = []
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            width, height = page.get_size()
            scale = _ocr_scale(width, height, i + 1, Limits(), [], str(path))
            image = page.render(scale=scale).to_pil().getchannel("R")
            page.close()
            target = folder / f"{path.stem}-{i + 1}.png"
            image.save(target)
            out.append(target)
    finally:
        pdf.close()
    return out


def tesseract_cpu(images: list[Path]) -> float:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")

    def run() -> None:
        for image in images:
            subprocess.run(
                ["tesseract", str(image), "stdout", "-l", "vie", "tsv"], env=env, capture_output=True, check=True
            )

    return cpu_of(run)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pdfs", nargs="*", type=Path)
    ap.add_argument("--files", type=int, default=3)
    ap.add_argument("--repeat", type=int, default=1, help="measure this many times, in turn, and take the median")
    args = ap.parse_args()
    files = args.pdfs or sorted(p for p in (ROOT / "corpus" / "realdocs").glob("*scan*.pdf"))[: args.files]
    from vbparse.read import tesseract_api

    print("Tesseract:", "kept loaded (libtesseract)" if tesseract_api.library() else "the command line, one run a call")
    first = [cpu_of(lambda f=f: parse(f, ocr="always")) for f in files]
    ratios = []
    with tempfile.TemporaryDirectory() as tmp:
        images = {f: page_images(f, Path(tmp)) for f in files}
        for run in range(args.repeat):
            total_ours = total_ref = 0.0
            for f in files:
                ref = tesseract_cpu(images[f])
                ours = cpu_of(lambda f=f: parse(f, ocr="always"))
                total_ours += ours
                total_ref += ref
                if run == 0:
                    once = first[files.index(f)] - ours
                    print(
                        f"{f.name}: {len(images[f])} pages, vbparse {ours:.1f} s CPU, tesseract {ref:.1f} s, "
                        + f"{ours / ref:.2f}× (first parse of the process: {once:+.1f} s)"
                    )
            ratios.append(total_ours / total_ref)
            print(f"all: vbparse {total_ours:.1f} s CPU, tesseract {total_ref:.1f} s, {total_ours / total_ref:.2f}×")
    if len(ratios) > 1:
        print(f"median of {len(ratios)}: {statistics.median(ratios):.2f}× ({', '.join(f'{r:.2f}' for r in ratios)})")


if __name__ == "__main__":
    main()
