#!/usr/bin/env python3
"""Parse throughput on the corpus (docs/s and MB/s, median of repeated runs, one process = one core).

Usage: python scripts/bench.py [--repeat N] [--pyvi]

``--pyvi`` also measures what spaCy's pyvi word segmentation would cost on the same texts, which is
why vbparse runs its matcher on syllables instead (see README, "Why no word segmentation").
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from vbparse.pipeline import parse_read  # noqa: E402
from vbparse.read import read_path  # noqa: E402


def corpus_files() -> list[Path]:
    return sorted(p for p in (ROOT / "corpus").rglob("*") if p.suffix in {".txt", ".md"})


def bench_parse(files: list[Path], repeat: int) -> dict:
    reads = [read_path(p) for p in files]
    size = sum(len(p.read_bytes()) for p in files)
    for r in reads:  # warm-up: compiled patterns, spaCy vocab
        parse_read(r)
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for p in files:
            parse_read(read_path(p))
        times.append(time.perf_counter() - t0)
    med = statistics.median(times)
    return {"docs": len(files), "bytes": size, "seconds": med, "docs_per_s": len(files) / med,
            "mb_per_s": size / med / 1e6}


def bench_pyvi(files: list[Path], repeat: int) -> dict | None:
    try:
        import spacy
        nlp_py = spacy.blank("vi")  # default config: use_pyvi=True
        nlp_syl = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    except Exception as exc:  # pyvi not installed
        print(f"pyvi: not measured ({exc})")
        return None
    texts = [p.read_text(encoding="utf-8") for p in files]
    out = {}
    for name, nlp in (("syllables", nlp_syl), ("pyvi", nlp_py)):
        for t in texts[:2]:
            nlp(t)
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            for t in texts:
                nlp(t)
            times.append(time.perf_counter() - t0)
        out[name] = statistics.median(times)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--pyvi", action="store_true", help="also measure pyvi word segmentation")
    args = ap.parse_args(argv)
    files = corpus_files()
    r = bench_parse(files, args.repeat)
    print(f"text parse: {r['docs']} docs, {r['bytes'] / 1e3:.0f} kB, median {r['seconds'] * 1e3:.1f} ms "
          f"over {args.repeat} runs -> {r['docs_per_s']:.0f} docs/s, {r['mb_per_s']:.2f} MB/s")
    if args.pyvi:
        p = bench_pyvi(files, args.repeat)
        if p:
            print(f"tokenise only: syllables {p['syllables'] * 1e3:.1f} ms, pyvi {p['pyvi'] * 1e3:.1f} ms "
                  f"({p['pyvi'] / p['syllables']:.0f}x) for {len(files)} docs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
