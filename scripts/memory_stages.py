"""Memory of one parse, stage by stage (issue 55: "measure where the 9 KiB per task go"); not a test.

    python scripts/memory_stages.py FILE.txt

Prints, for each stage of a text's parse (read, tables unflattened, normalised, structure, obligations), its
time, the memory it keeps and its peak above what was kept before it (``tracemalloc``).
"""

from __future__ import annotations

import gc
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import vbparse
from vbparse import pipeline
from vbparse.models import Diagnostic
from vbparse.read import read_text_string


def stage(name: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """``fn(*args, **kwargs)``, its time, the memory it keeps and its peak printed."""
    tracemalloc.reset_peak()
    before, _ = tracemalloc.get_traced_memory()
    t = time.perf_counter()
    out = fn(*args, **kwargs)
    after, peak = tracemalloc.get_traced_memory()
    print(
        f"{name:14s} {time.perf_counter() - t:6.2f} s  kept +{(after - before) / 2**20:6.1f} MiB  "
        f"peak +{(peak - before) / 2**20:6.1f} MiB"
    )
    return out


def main() -> None:
    text = Path(sys.argv[1]).read_text(encoding="utf-8")
    vbparse.parse_text("KẾ HOẠCH\nI. MỤC ĐÍCH\n1. Sở Y tế chủ trì.")  # imports and tables, before measuring
    gc.collect()
    tracemalloc.start()
    res = stage("read", read_text_string, text)
    res = stage("unflatten", pipeline.unflatten_tables, res)
    mapped = stage("normalize", pipeline.normalize, res.mapped)
    st = stage("structure", pipeline.parse_structure, mapped, res.blocks, res.mapped.text)
    diags: list[Diagnostic] = []
    tasks = stage("obligations", pipeline.extract_obligations, st, diags, None, None, doc_type="KH")
    print(f"{len(tasks)} tasks; {len(text)} characters")


if __name__ == "__main__":
    main()
