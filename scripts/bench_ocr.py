#!/usr/bin/env python3
"""CPU of parsing scanned PDFs against Tesseract's CLI reading the same page images, in one run.

Usage: python scripts/bench_ocr.py [--files N] [PDF ...]

For each scan (default: the first ``--files`` of corpus/realdocs whose name says ``scan``) it takes

- **vbparse**: the CPU of ``vbparse.parse(path, ocr="always")`` in this process and in every process it
  waits for (Tesseract, one per page or crop), OCR workers included, at a second parse of the file (what
  a batch pays per file: PP-OCR's import and models, about 0.75 s, are paid once a process; the first
  parse's extra is printed apart);
- **tesseract**: the CPU of ``tesseract IMAGE stdout -l vie tsv`` on each page, rendered beforehand at the
  scale vbparse renders it (the rendering is not counted: the reference is what the CLI costs on the images).

and prints both and their ratio (issue 40 asks ≤ 1.1).  CPU, not wall time: the parse recognises pages on
several cores at once, the CLI one page at a time.
"""

from __future__ import annotations

import argparse
import os
import resource
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
    args = ap.parse_args()
    files = args.pdfs or sorted(p for p in (ROOT / "corpus" / "realdocs").glob("*scan*.pdf"))[: args.files]
    total_ours = total_ref = 0.0
    first = [cpu_of(lambda f=f: parse(f, ocr="always")) for f in files]
    with tempfile.TemporaryDirectory() as tmp:
        for f in files:
            images = page_images(f, Path(tmp))
            ref = tesseract_cpu(images)
            ours = cpu_of(lambda f=f: parse(f, ocr="always"))
            total_ours += ours
            once = first[files.index(f)] - ours
            total_ref += ref
            print(
                f"{f.name}: {len(images)} pages, vbparse {ours:.1f} s CPU, tesseract {ref:.1f} s, {ours / ref:.2f}× (first parse of the process: {once:+.1f} s)"
            )
    print(f"all: vbparse {total_ours:.1f} s CPU, tesseract {total_ref:.1f} s, {total_ours / total_ref:.2f}×")


if __name__ == "__main__":
    main()
