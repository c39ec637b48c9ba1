#!/usr/bin/env python3
"""The command line against the server, the same question each (issue 53: a CLI query on 20 000 documents
in under 0.5 s end to end).

Usage: python scripts/bench_cli.py [--db DB] [-n 20000] [--rounds 10] [--assignee NAME ...] [--limit 100]
                                   [--load] [--src SRC] [--json]

Without ``--db`` an archive of ``-n`` synthetic plans is made by ``scripts/make_rows.py`` in a temporary folder
(about two minutes for 20 000) and removed after.  ``vbparse serve`` is started on 127.0.0.1 (a free port) in a
child process and stopped at the end.  Each round asks every assignee twice, in turn: ``vbparse obligations
--assignee NAME --limit L --json`` as a new process (the whole command: interpreter, imports, opening the
archive, the query, the JSON) and ``GET /api/obligations?assignee=NAME&limit=L`` of the server (one request on a
warm process); the two answers must be the same JSON.  ``vbparse failures --json`` against ``GET /api/failures``
is asked the same way and shown apart (the 0.5 s target is of the tasks' query).  Printed: per assignee and over all, the median and p95
of each, the ratio CLI / server, and the CLI's median CPU time (user + system: what the command costs whatever
else the machine is doing).  ``--src`` runs the CLI and the server of another checkout's ``src`` (an earlier
commit's, for a before/after).

``--load`` runs the rounds with one core kept busy by a spinning process (started and ended here, and ending by
itself after ``--load-limit`` seconds whatever happens), as an office server shared with other work would be.

The command line runs as installed: its modules compiled once (``__pycache__``), so ``PYTHONDONTWRITEBYTECODE``
is removed from its environment; one untimed run of each command comes first.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
sys.path.insert(0, str(ROOT / "scripts"))

#: Assignees asked by default: the busiest of a ``make_rows`` archive, without a place, with a province, with a commune.
DEFAULT_ASSIGNEES = (
    "Văn phòng - Thống kê",
    "Ủy ban nhân dân thị trấn",
    "Sở Tài chính tỉnh Thanh Hóa",
    "UBND xã Lạc Vân",
)
#: Seconds the server may take to answer its first request.
DEFAULT_START_LIMIT = 60.0
#: Seconds one CLI run or one request may take before the benchmark gives up.
DEFAULT_RUN_LIMIT = 60.0
#: Seconds the spinning process of ``--load`` lives at most.
DEFAULT_LOAD_LIMIT = 900.0
#: The target of issue 53.
TARGET_SECONDS = 0.5


#: The ``src`` folder whose vbparse is measured (``--src``).
_src = SRC


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPATH")}
    env["PYTHONPATH"] = str(_src)
    return env


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: str) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "vbparse", "serve", "--db", db, "--port", str(port)],
        env=_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + DEFAULT_START_LIMIT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server ended at start (status {server.returncode})")
        try:
            with urllib.request.urlopen(f"{base}/api/health", timeout=5) as r:
                r.read()
            return server, base
        except OSError:
            time.sleep(0.2)
    stop(server)
    raise SystemExit(f"the server did not answer within {DEFAULT_START_LIMIT:g} s")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


#: CPU seconds (user + system) of each CLI run, with its question, in the order run.
_cpu: list[tuple[str, float]] = []


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


#: The question ``vbparse failures`` asks, apart from the tasks (issue 53: 6-8 s to print nothing).
FAILURES = "(vbparse failures)"


def _question(name: str, limit: int) -> tuple[list[str], str]:
    """The CLI's arguments and the API's path for one question: an assignee's tasks, or the failures."""
    if name == FAILURES:
        return ["failures", "--json"], f"/api/failures?{urlencode({'limit': limit})}"
    args = ["obligations", "--assignee", name, "--limit", str(limit), "--json"]
    return args, f"/api/obligations?{urlencode({'assignee': name, 'limit': limit})}"


def ask_cli(db: str, name: str, limit: int) -> tuple[float, list]:
    command = [sys.executable, "-m", "vbparse", *_question(name, limit)[0], "--db", db]
    cpu = _children_cpu()
    start = time.perf_counter()
    done = subprocess.run(command, env=_env(), capture_output=True, timeout=DEFAULT_RUN_LIMIT, check=True)
    seconds = time.perf_counter() - start
    _cpu.append((name, _children_cpu() - cpu))
    return seconds, json.loads(done.stdout)


def ask_server(base: str, name: str, limit: int) -> tuple[float, list]:
    url = base + _question(name, limit)[1]
    start = time.perf_counter()
    with urllib.request.urlopen(url, timeout=DEFAULT_RUN_LIMIT) as r:
        body = r.read()
    return time.perf_counter() - start, json.loads(body)


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _summary(values: list[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "p95": _p95(values), "max": max(values)}


def run(db: str, assignees: list[str], rounds: int, limit: int) -> dict:
    assignees = [*assignees, FAILURES]
    server, base = start_server(db)
    try:
        found = {}
        for name in assignees:  # untimed: the first run of a command writes its compiled modules
            _, cli = ask_cli(db, name, limit)
            _cpu.clear()
            _, api = ask_server(base, name, limit)
            if cli != api:
                raise SystemExit(f"{name}: the command line and the server answer differently")
            found[name] = len(cli)
        times: dict[str, dict[str, list[float]]] = {n: {"cli": [], "server": []} for n in assignees}
        for k in range(rounds):
            for name in assignees if k % 2 == 0 else reversed(assignees):
                first, second = ("cli", "server") if k % 2 == 0 else ("server", "cli")
                for side in (first, second):
                    seconds, answer = ask_cli(db, name, limit) if side == "cli" else ask_server(base, name, limit)
                    if len(answer) != found[name]:
                        raise SystemExit(f"{name}: {side} answered {len(answer)} tasks, {found[name]} before")
                    times[name][side].append(seconds)
    finally:
        stop(server)
    tasks = {n: v for n, v in times.items() if n != FAILURES}  # the target is of the tasks' question
    every_cli = [t for v in tasks.values() for t in v["cli"]]
    every_server = [t for v in tasks.values() for t in v["server"]]
    return {
        "limit": limit,
        "rounds": rounds,
        "tasks": found,
        "assignees": {n: {"cli": _summary(v["cli"]), "server": _summary(v["server"])} for n, v in times.items()},
        "cli": _summary(every_cli),
        "server": _summary(every_server),
        "ratio_median": statistics.median(every_cli) / statistics.median(every_server),
        "cli_cpu_median": statistics.median(c for n, c in _cpu if n != FAILURES),
        "cli_cpu_median_of": {n: statistics.median(c for m, c in _cpu if m == n) for n in times},
    }


def _documents(db: str) -> int:
    sys.path.insert(0, str(SRC))
    from vbparse.store import Archive

    with Archive(db, create=False) as archive:
        return archive.count()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="an archive to ask (else one of -n synthetic plans is made)")
    ap.add_argument("-n", type=int, default=20000)
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--assignee", action="append", help="repeatable; default: " + ", ".join(DEFAULT_ASSIGNEES))
    ap.add_argument("--limit", type=int, default=100, help="tasks asked (the server's page: 100)")
    ap.add_argument("--load", action="store_true", help="keep one core busy while measuring")
    ap.add_argument("--load-limit", type=float, default=DEFAULT_LOAD_LIMIT)
    ap.add_argument(
        "--src", type=Path, default=SRC, help="the src folder whose vbparse is measured (default: this one)"
    )
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    global _src
    _src = args.src.resolve()
    assignees = args.assignee or list(DEFAULT_ASSIGNEES)
    with tempfile.TemporaryDirectory(prefix="vbparse-bench-cli-") as tmp:
        db = args.db
        if db is None:
            from make_rows import build

            db = str(Path(tmp) / "archive.db")
            print(f"making an archive of {args.n} documents", file=sys.stderr)
            build(db, args.n, log=lambda m: print("  " + m, file=sys.stderr))
        spinner = None
        if args.load:
            spin = (
                f"import time\nend = time.monotonic() + {args.load_limit!r}\nwhile time.monotonic() < end:\n    pass\n"
            )
            spinner = subprocess.Popen([sys.executable, "-c", spin])
        try:
            result = run(db, assignees, args.rounds, args.limit)
        finally:
            if spinner is not None:
                spinner.kill()
                spinner.wait()
        result["documents"] = _documents(db)
        result["load"] = "one core busy" if args.load else "none"
        result["cores"] = os.cpu_count()
        result["load_average"] = os.getloadavg()
        result["src"] = str(_src)
    if args.json:
        print(json.dumps(result, indent=1, ensure_ascii=False))
        return 0
    ms = lambda s: f"{s * 1000:.0f}"
    print(
        f"{result['documents']} documents, limit {args.limit}, {args.rounds} rounds, load: {result['load']} "
        f"({result['cores']} cores; load average at the end {result['load_average'][0]:.1f}); vbparse of {_src}"
    )
    print(f"{'question':<32} {'rows':>5}  {'CLI median/p95 ms':>18}  {'CLI CPU ms':>10}  {'server median/p95 ms':>21}")
    for name, r in result["assignees"].items():
        c, s = r["cli"], r["server"]
        print(
            f"{name[:32]:<32} {result['tasks'][name]:>5}  {ms(c['median']):>8} / {ms(c['p95']):<7}  "
            f"{ms(result['cli_cpu_median_of'][name]):>10}  {ms(s['median']):>10} / {ms(s['p95']):<8}"
        )
    c, s = result["cli"], result["server"]
    verdict = "✓" if c["p95"] < TARGET_SECONDS else "✗"
    print(
        f"tasks, all: CLI {ms(c['median'])} / {ms(c['p95'])} ms (max {ms(c['max'])}), server {ms(s['median'])} / "
        f"{ms(s['p95'])} ms; CLI / server at the median {result['ratio_median']:.1f}×; CLI CPU median "
        f"{ms(result['cli_cpu_median'])} ms; CLI p95 < {TARGET_SECONDS} s {verdict}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
