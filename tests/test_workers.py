"""The parser processes of ``vbparse index`` (``vbparse.ingest.workers``)."""

from __future__ import annotations

import os

from vbparse.ingest.workers import DEFAULT_WORKER_NICENESS, ParsePool


def _niceness(path: str, sha: str, ocr: str) -> tuple[str, str, str, int]:
    return "ok", path, sha, os.nice(0)


def test_workers_parse_at_a_lower_priority_than_the_machine_serves():
    """Issue 40: an index run on the same machine as the server took both cores from it (the board's p95
    under 200 requests went from 1.2 s to 2.0–2.7 s); its workers now yield to it."""
    pool = ParsePool(2, _niceness, "never", timeout=None)
    try:
        results = list(pool.results([("a", "1"), ("b", "2"), ("c", "3")]))
    finally:
        pool.close()
    assert sorted(r[1] for r in results) == ["a", "b", "c"]
    mine = os.nice(0)
    assert {r[3] for r in results} == {min(mine + DEFAULT_WORKER_NICENESS, 19)}
