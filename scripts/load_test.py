"""Load test of ``vbparse serve`` (not a test of the suite: it measures time).

    python scripts/load_test.py [--db ARCHIVE] [--requests 200] [--concurrency 200] [--time-limit 60] [--pages]
                                [--board] [--downloads [--unit NAME]] [--sign-ins 60]

Starts the web app with uvicorn on 127.0.0.1 (a free port) in a child process (so that the client does
not share the server's interpreter lock) and fires once it has started (its warm-up done), over ARCHIVE or, by default,
a temporary archive of corpus/seeds and the .txt/.docx files of corpus/realdocs; fires the requests at
once over a mix of API endpoints, or of HTML pages with ``--pages`` (loopback only; a bounded count and a hard time limit), and prints
p50/p95/max latency, errors, requests left unanswered, and the archive connections the server opened.
``--downloads`` adds the board's downloads (``.csv``, ``.xlsx``, ``.ics``), the register's (``register.xlsx``,
``register.csv``) and ``/api/register`` of the busiest unit (or ``--unit``) to the mix; the figures are then
also given per kind of path, with the slowest 503 (issue 55: shed within a second) and the 202s (a download
still being prepared).  The server's event loop is watched throughout: how late a 50 ms sleep of it woke
(its lag: what a 503 waits for before it can be sent).
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

#: Most requests one run may fire, whatever is asked: this is a load test, not a flood.
DEFAULT_MAX_REQUESTS = 5000
#: Most wrong sign-ins one run may fire beside the reads.
DEFAULT_MAX_SIGN_INS = 500
#: Seconds after which every request still open is counted unanswered and the run ends.
DEFAULT_TIME_LIMIT = 60.0
#: Seconds the server is given to start (its lifespan) before the requests are fired anyway.
DEFAULT_START_WAIT = 60.0
#: Seconds the server's loop watcher sleeps between two looks at the clock.
DEFAULT_LAG_TICK = 0.05


def build_archive(folder: Path) -> str:
    from vbparse.store import Archive

    db = folder / "load.db"
    files = [ROOT / "corpus" / "seeds"]
    files += sorted(p for p in (ROOT / "corpus" / "realdocs").glob("*") if p.suffix in (".txt", ".docx"))
    with Archive(db) as archive:
        summary = archive.index(files, jobs=2, ocr="never")
    print(
        f"built {db}: {summary.indexed} documents indexed, {summary.failed} failed in {summary.seconds:.1f} s",
        file=sys.stderr,
    )
    return str(db)


def page_mix(db: str) -> list[str]:
    """Paths over the HTML pages (the search page, documents, obligations, references, failures)."""
    from vbparse.store import Archive

    with Archive(db, create=False) as archive:
        docs = [summary for summary, _ in archive.documents()][:20]
    paths = ["/", "/?q=k%E1%BA%BF+ho%E1%BA%A1ch", "/obligations", "/obligations?assignee=UBND", "/failures"]
    for d in docs:
        paths += [f"/documents/{d.id}", f"/refs/{d.id}"]
    return paths


def board_mix(db: str) -> list[str]:
    """The Nhiệm vụ board of the archive's ten busiest assignees (issue 40: the board alone timed out)."""
    from vbparse.store import Archive

    with Archive(db, create=False) as archive:
        busiest = [name for name, _n in archive.frequent_assignees(10)]
    return [f"/obligations?assignee={quote(a)}" for a in busiest]


def busiest_unit(db: str) -> str:
    from vbparse.store import Archive

    with Archive(db, create=False) as archive:
        return archive.frequent_assignees(1)[0][0]


def download_mix(unit: str) -> list[str]:
    """The downloads of one unit's board and register, and its register over the API (issue 55)."""
    q = f"assignee={quote(unit)}"
    paths = ["/obligations.csv", "/obligations.xlsx", "/obligations.ics", "/register.xlsx", "/register.csv"]
    return [f"{p}?{q}" for p in paths] + [f"/api/register?{q}"]


def kind_of(path: str) -> str:
    """What the figures are grouped by: the path without its query and ids."""
    base = path.split("?")[0]
    parts = base.split("/")
    if len(parts) > 2 and parts[1] in ("documents", "refs"):
        return f"/{parts[1]}/…"
    if len(parts) > 3 and parts[1] == "api":
        return f"/api/{parts[2]}/…"
    return base


def request_mix(db: str) -> list[str]:
    """Paths over every endpoint, with real ids, numbers and assignees of the archive."""
    from vbparse.store import Archive

    with Archive(db, create=False) as archive:
        docs = [summary for summary, _ in archive.documents()][:20]
        assignees = sorted({o.assignee.canonical or o.assignee.raw for o in archive.all_obligations()})[:10]
    paths = [
        "/api/health",
        "/api/failures",
        "/api/search?q=k%E1%BA%BF+ho%E1%BA%A1ch",
        "/api/search?q=hien+dat",
        "/api/search?q=%22c%E1%BA%A3i+c%C3%A1ch+h%C3%A0nh+ch%C3%ADnh%22&limit=50",
        "/api/search?q=x&lmit=5",
        "/api/documents/0000000000000000",
    ]  # a 400 and a 404 among them
    for d in docs:
        paths += [f"/api/documents/{d.id}", f"/api/refs/{d.id[:8]}"]
        if d.number:
            paths.append(f"/api/documents?ref={quote(d.number)}")
            paths.append(f"/api/search?q={quote(d.number)}")
    paths += [f"/api/obligations?assignee={quote(a)}" for a in assignees]
    return paths


async def fire(base: str, paths: list[str], n: int, concurrency: int, time_limit: float, sign_ins: int = 0) -> dict:
    import httpx2 as httpx

    latencies: list[float] = []
    statuses: Counter[str] = Counter()
    by_kind: dict[str, list[tuple[int, float]]] = {}
    gate = asyncio.Semaphore(concurrency)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=time_limit, trust_env=False) as client:

        async def one(k: int) -> None:
            async with gate:
                t0 = time.perf_counter()
                path = paths[k % len(paths)]
                try:
                    r = await client.get(path)
                    statuses[str(r.status_code)] += 1
                except httpx.HTTPError as exc:
                    statuses[type(exc).__name__] += 1
                    return
                latencies.append(time.perf_counter() - t0)
                by_kind.setdefault(kind_of(path), []).append((r.status_code, latencies[-1]))

        async def guess(k: int) -> None:
            form = {"name": f"khong-co-{k}", "password": "doan-sai-mat-khau"}
            try:
                r = await client.post("/login", data=form, headers={"Origin": base})
                statuses[f"login {r.status_code}"] += 1
            except httpx.HTTPError as exc:
                statuses[f"login {type(exc).__name__}"] += 1

        guesses = [asyncio.create_task(guess(k)) for k in range(sign_ins)]
        tasks = [asyncio.create_task(one(k)) for k in range(n)]
        t0 = time.perf_counter()
        _, pending = await asyncio.wait(tasks, timeout=time_limit)
        for task in pending:
            task.cancel()
        if guesses:
            _, late = await asyncio.wait(guesses, timeout=max(1.0, time_limit - (time.perf_counter() - t0)))
            for task in late:
                task.cancel()
        wall = time.perf_counter() - t0
    return {"latencies": latencies, "statuses": statuses, "unanswered": len(pending), "wall": wall, "by_kind": by_kind}


def open_database_files(db: str) -> int:
    """Descriptors this process holds on the archive's file (SQLite): one per open connection."""
    target = os.path.realpath(db)
    count = 0
    for fd in os.listdir("/proc/self/fd"):
        try:
            if os.readlink(f"/proc/self/fd/{fd}") == target:
                count += 1
        except OSError:
            continue
    return count


def serve_child(db: str, pool_size: int, control) -> None:
    """The server process: uvicorn on a free loopback port (sent to the parent); when the parent asks,
    the pool's figures and the descriptors on the database are sent back and the server stops."""
    from vbparse.web import create_app
    from vbparse.web.serve import bind, make_server

    app = create_app(db, pool_size=pool_size)
    downloads = getattr(app.state, "downloads", None)  # an older commit measured with this script has none
    if downloads is not None:
        downloads.warm()  # as ``vbparse serve`` does
    sock = bind("127.0.0.1", 0)  # listening already: requests queue until uvicorn runs
    server = make_server(app)

    lags: list[float] = []

    async def watched() -> None:
        async def watch() -> None:  # how late the event loop wakes from a short sleep: what a 503 waits for
            while True:
                t0 = time.perf_counter()
                await asyncio.sleep(DEFAULT_LAG_TICK)
                lags.append(time.perf_counter() - t0 - DEFAULT_LAG_TICK)

        watcher = asyncio.create_task(watch())
        try:
            await server.serve(sockets=[sock])
        finally:
            watcher.cancel()

    def answer() -> None:
        # the port once the server has started (its lifespan's warm-up done), as a served archive is met: a run
        # measures the first requests of a started server, not its start (earlier figures counted both)
        started = time.monotonic()
        while not server.started and time.monotonic() - started < DEFAULT_START_WAIT:
            time.sleep(0.01)
        control.send(sock.getsockname()[1])
        control.recv()
        admission = getattr(app.state, "admission", None)
        shed = admission.shed if admission is not None else -1
        control.send((app.state.pool.stats(), open_database_files(db), sorted(lags), shed))
        server.should_exit = True

    threading.Thread(target=answer, daemon=True).start()
    from uvicorn._compat import asyncio_run  # what ``Server.run`` runs its loop with (uvloop when installed)

    asyncio_run(watched(), loop_factory=server.config.get_loop_factory())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", help="an existing archive (default: a temporary one built from corpus/)")
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--concurrency", type=int, default=200, help="requests in flight at once")
    ap.add_argument("--time-limit", type=float, default=DEFAULT_TIME_LIMIT, metavar="SECONDS")
    ap.add_argument("--pool-size", type=int, default=None, help="archive connections (default: the server's)")
    ap.add_argument("--pages", action="store_true", help="request the HTML pages instead of the API")
    ap.add_argument("--board", action="store_true", help="request only the Nhiệm vụ board of the busiest assignees")
    ap.add_argument(
        "--downloads",
        action="store_true",
        help="add the downloads and /api/register of the busiest unit (or --unit) to the mix (alone: only them)",
    )
    ap.add_argument("--unit", help="the unit whose downloads are asked (default: the one with most tasks)")
    ap.add_argument("--only", metavar="TEXT", help="keep only the paths of the mix that hold TEXT (one kind at a time)")
    ap.add_argument(
        "--index-while",
        metavar="FOLDER",
        help="index FOLDER into the archive (vbparse index, a child process) while the requests run",
    )
    ap.add_argument(
        "--idle",
        type=int,
        default=0,
        metavar="N",
        help="first open N connections that send nothing (at most 2000) and keep them open",
    )
    ap.add_argument(
        "--sign-ins",
        type=int,
        default=0,
        metavar="N",
        help=f"fire N wrong sign-ins at other names at the same moment as the reads (at most {DEFAULT_MAX_SIGN_INS})",
    )
    args = ap.parse_args()
    n = max(1, min(args.requests, DEFAULT_MAX_REQUESTS))
    time_limit = max(1.0, min(args.time_limit, 600.0))

    from vbparse.web.deps import DEFAULT_POOL_SIZE

    with tempfile.TemporaryDirectory(prefix="vbparse-load-") as tmp:
        db = args.db or build_archive(Path(tmp))
        paths = (board_mix(db) if args.board else []) + (page_mix(db) if args.pages else [])
        if args.downloads:
            paths += download_mix(args.unit or busiest_unit(db))
        paths = paths or request_mix(db)
        if args.only:
            paths = [p for p in paths if args.only in p] or sys.exit(f"no path of the mix holds {args.only!r}")
        ours, theirs = multiprocessing.Pipe()
        child = multiprocessing.get_context("spawn").Process(  # not a daemon: it starts the download processes
            target=serve_child, args=(db, args.pool_size or DEFAULT_POOL_SIZE, theirs), daemon=False
        )
        child.start()
        try:
            if not ours.poll(60):
                raise SystemExit("the server did not start within 60 s")
            port = ours.recv()
            base = f"http://127.0.0.1:{port}"
            idle = [socket.create_connection(("127.0.0.1", port), timeout=10) for _ in range(min(args.idle, 2000))]
            indexer = (
                subprocess.Popen(
                    [sys.executable, "-m", "vbparse", "index", args.index_while, "--db", db, "--jobs", "1"],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                    text=True,
                )
                if args.index_while
                else None
            )
            try:
                if indexer is not None:
                    time.sleep(2)  # its first batches committed: requests meet an archive being written
                sign_ins = max(0, min(args.sign_ins, DEFAULT_MAX_SIGN_INS))
                result = asyncio.run(fire(base, paths, n, args.concurrency, time_limit, sign_ins))
            finally:
                for sock in idle:
                    sock.close()
                if indexer is not None:
                    indexing = "still indexing" if indexer.poll() is None else f"index exited {indexer.returncode}"
                    indexer.terminate()  # ours, started above
                    indexer.wait(30)
                    print(f"during the requests: {indexing}")
            ours.send("stats")
            pool, fds, lags, shed = (
                ours.recv() if ours.poll(30) else ({"open": -1, "peak_lent": -1, "size": -1}, -1, [], -1)
            )
        finally:
            child.join(30)
            if child.is_alive():  # ours, started above: stopped by its own handle
                child.terminate()
                child.join(10)

    lat = sorted(result["latencies"])

    def ms(seconds: float) -> str:
        return f"{1000 * seconds:.0f} ms"

    p95 = lat[min(len(lat) - 1, int(0.95 * len(lat)))] if lat else float("nan")
    errors = sum(
        v for k, v in result["statuses"].items() if not k.startswith("login") and (not k.isdigit() or k.startswith("5"))
    )
    beside = f", beside {min(args.idle, 2000)} idle connections" if args.idle else ""
    print(
        f"{n} requests, {args.concurrency} at once{beside}, over {len(paths)} distinct paths, in {result['wall']:.2f} s"
    )
    print(
        f"latency: p50 {ms(statistics.median(lat)) if lat else '-'}, p95 {ms(p95)}, max {ms(lat[-1]) if lat else '-'}"
    )
    mixed = "" if args.pages or args.board or args.downloads else " (the 400 and the 404 are in the mix on purpose)"
    print(f"statuses: {dict(sorted(result['statuses'].items()))}{mixed}")
    print(f"errors (5xx or no answer): {errors}; unanswered at the {time_limit:g} s limit: {result['unanswered']}")
    print(
        f"archive connections: {pool['open']} open at the end, at most {pool['peak_lent']} lent at once "
        f"(pool bound {pool['size']}); {fds} file descriptors on the database (SQLite may keep a closed "
        "connection's until the others release their locks)"
    )
    for kind, seen in sorted(result["by_kind"].items()):
        times = sorted(t for _, t in seen)
        codes = Counter(code for code, _ in seen)
        late = max((t for code, t in seen if code == 503), default=None)
        print(
            f"  {kind}: {len(seen)} answered, {dict(sorted(codes.items()))}, p50 {ms(statistics.median(times))}, "
            f"p95 {ms(times[min(len(times) - 1, int(0.95 * len(times)))])}, max {ms(times[-1])}"
            + (f"; slowest 503 {ms(late)}" if late is not None else "")
        )
    if lags:
        print(
            f"server's event loop: woke late by p50 {ms(statistics.median(lags))}, p99 "
            f"{ms(lags[min(len(lags) - 1, int(0.99 * len(lags)))])}, max {ms(lags[-1])} ({len(lags)} looks); "
            f"{shed} requests shed by admission"
        )
    print(f"machine: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f} (load average)")
    return 1 if errors or result["unanswered"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
