"""``scripts/bench.py --archive DIR --engine ray``: index rate of the local pool and of Ray, task overhead,
the store's write rate.

On the same files, each into a fresh archive of the ``--db`` kind (an SQLite file, or a new database on
the ``postgresql://`` server, dropped afterwards):

- docs/s of the local process pool (``--jobs``, default 2) and of Ray with 1 and 2 worker CPUs (a Ray
  started for the measure, workers warmed first), and of the cluster at ``--ray-address`` if given;
- the per-task overhead: a Ray task that does nothing, and Ray against the local pool on tiny files;
- the store's write rate: already-parsed documents written one at a time (the old path) and in
  batches (``store/writer.py``), parse excluded.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sys
import tempfile
import time
import uuid
from pathlib import Path

#: Documents parsed once, then written again and again, for the store's write rate.
DEFAULT_WRITE_SAMPLE = 500
#: Tiny files for the per-task overhead (each parses in about a millisecond).
DEFAULT_TINY_FILES = 300
TINY = "UBND XÃ AN BÌNH\nSố: {n}/KH-UBND\n\nKẾ HOẠCH\n\nVề việc thử số {n}\n\n1. Văn phòng thực hiện.\n"


@contextlib.contextmanager
def fresh_db(db: str | None, tmp: Path):
    """A new, empty archive location of the kind of ``db`` (SQLite by default)."""
    if not db or not db.startswith(("postgresql://", "postgres://")):
        yield str(tmp / f"bench-{uuid.uuid4().hex[:8]}.db")
        return
    import psycopg

    name = f"vbparse_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(db, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield db.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(db, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def index_rate(folder: Path, db: str | None, tmp: Path, engine) -> tuple[float, int, float]:
    """``(docs/s, documents, seconds)`` of one index run of ``folder`` into a fresh archive."""
    from vbparse.store import Archive

    with fresh_db(db, tmp) as target, Archive(target) as archive:
        t0 = time.perf_counter()
        s = archive.index([folder], engine=engine)
        took = time.perf_counter() - t0
        if s.failed:
            print(f"  ({s.failed} failed: {s.failures[0].error})", file=sys.stderr)
        return s.indexed / took, s.indexed, took


def parse_ms(files: list[Path]) -> float:
    """Milliseconds to parse one of ``files`` in this process (after a warm-up): the work in a task."""
    from vbparse.store.indexing import parse_one, sha256_of

    for p in files[:5]:
        parse_one(str(p), sha256_of(p), "never")
    t0 = time.perf_counter()
    for p in files:
        parse_one(str(p), sha256_of(p), "never")
    return (time.perf_counter() - t0) / len(files) * 1e3


def noop_task_ms(n: int = 2000) -> float:
    """Milliseconds per Ray task that does nothing (submit, schedule, return), a window in flight."""
    import ray

    @ray.remote(num_cpus=1)
    def noop(x):
        return x

    ray.get([noop.remote(i) for i in range(50)])  # warm
    t0 = time.perf_counter()
    pending: list = []
    sent = 0
    while sent < n or pending:
        while sent < n and len(pending) < 64:
            pending.append(noop.remote(sent))
            sent += 1
        _, pending = ray.wait(pending, num_returns=1)
    return (time.perf_counter() - t0) / n * 1e3


def write_rates(folder: Path, db: str | None, tmp: Path) -> tuple[float, float, int]:
    """``(one at a time, batched)`` docs/s of writing already-parsed documents into a fresh archive."""
    from vbparse.stamp import parser_stamp
    from vbparse.store import Archive
    from vbparse.store.indexing import parse_one, sha256_of
    from vbparse.store.storing import store_parsed
    from vbparse.store.writer import DEFAULT_BATCH_DOCS, Parsed, store_batch

    files = sorted(p for p in folder.rglob("*") if p.suffix in (".txt", ".md", ".docx"))[:DEFAULT_WRITE_SAMPLE]
    parsed = [
        Parsed(path, sha, rows, Path(path))
        for status, path, sha, rows in (parse_one(str(p), sha256_of(p), "never") for p in files)
        if status == "ok"
    ]
    rates = []
    for batched in (False, True):
        with fresh_db(db, tmp) as target, Archive(target) as archive:
            b = archive.backend
            t0 = time.perf_counter()
            if batched:
                for i in range(0, len(parsed), DEFAULT_BATCH_DOCS):
                    store_batch(archive.backend, parsed[i : i + DEFAULT_BATCH_DOCS], parser_stamp())
                    b.commit()
            else:
                for it in parsed:
                    with b.savepoint():
                        store_parsed(b, it.key, it.sha, it.rows, it.real, parser_stamp())
                b.commit()
            rates.append(len(parsed) / (time.perf_counter() - t0))
    return rates[0], rates[1], len(parsed)


def _tiny_folder(tmp: Path) -> Path:
    folder = tmp / "tiny"
    folder.mkdir()
    for n in range(DEFAULT_TINY_FILES):
        (folder / f"t{n:04d}.txt").write_text(TINY.format(n=n + 1), encoding="utf-8")
    return folder


def run(folder: Path, db: str | None, jobs: int | None, ray_address: str | None) -> None:
    if ray_address is None or ray_address.split(":")[0] in ("127.0.0.1", "localhost"):
        os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")  # the Rays started here: loopback only,
        os.environ.setdefault("RAY_AUTH_MODE", "disabled")  # and no token left in ~/.ray for later clusters
    import ray

    from vbparse.ingest.engines import LocalEngine, RayEngine

    label = db or "sqlite"
    jobs = jobs or 2
    tmp = Path(tempfile.mkdtemp(prefix="vbparse-bench-"))
    try:
        tiny = _tiny_folder(tmp)
        warm = tmp / "warm"
        warm.mkdir()
        for p in sorted(tiny.iterdir())[:8]:
            shutil.copy(p, warm / p.name)
        rate, n, took = index_rate(folder, db, tmp, LocalEngine(jobs))
        print(f"[{label}] local pool, {jobs} processes: {n} docs in {took:.1f} s -> {rate:.1f} docs/s", flush=True)
        local_tiny = index_rate(tiny, db, tmp, LocalEngine(jobs))[0]
        tiny_ms = parse_ms(sorted(tiny.iterdir()))
        clusters: list[tuple[str, int | None, str | None]] = [
            (f"Ray, {c} worker CPU{'s' if c > 1 else ''}", c, None) for c in (1, 2)
        ]
        if ray_address:
            clusters.append((f"Ray cluster at {ray_address}", None, ray_address))
        for name, cpus, address in clusters:
            t0 = time.perf_counter()
            if address is None:
                ray.init(
                    address="local",
                    num_cpus=cpus,
                    include_dashboard=False,
                    log_to_driver=False,
                    logging_level=logging.WARNING,
                )
            else:
                ray.init(address=address, log_to_driver=False, logging_level=logging.WARNING)
            started = time.perf_counter() - t0
            try:
                cpus = int(ray.cluster_resources().get("CPU", 1))
                index_rate(warm, db, tmp, RayEngine(address))  # every worker imports the parser once
                rate, n, took = index_rate(folder, db, tmp, RayEngine(address))
                tiny_rate = index_rate(tiny, db, tmp, RayEngine(address))[0]
                noop = noop_task_ms()
                print(
                    f"[{label}] {name}: {n} docs in {took:.1f} s -> {rate:.1f} docs/s (Ray started/joined in "
                    f"{started:.1f} s)",
                    flush=True,
                )
                print(
                    f"[{label}]   per task: a no-op Ray task {noop:.2f} ms; {DEFAULT_TINY_FILES} tiny files "
                    f"(parse {tiny_ms:.1f} ms each) indexed at {tiny_rate:.0f} docs/s, locally {local_tiny:.0f} "
                    f"docs/s (whose {jobs} processes start for each run)",
                    flush=True,
                )
            finally:
                ray.shutdown()
        one, batched, n = write_rates(folder, db, tmp)
        print(
            f"[{label}] store write (parse excluded, {n} docs): one at a time {one:.0f} docs/s, "
            f"batched {batched:.0f} docs/s",
            flush=True,
        )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
