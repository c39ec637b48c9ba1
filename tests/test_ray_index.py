"""``index --engine ray``: the same archive as a local index, on a real Ray cluster, into PostgreSQL;
resume after a killed driver; a lost worker retried once; the time limit; the batched writer.

The cluster is ``$VBPARSE_TEST_RAY`` (``HOST:PORT``; ``.ci/run`` starts one on loopback), the database
``$VBPARSE_TEST_POSTGRES``.  Without them these tests are skipped, except under ``CI=true``, where a
missing cluster or Ray is a failure: CI must not pass by skipping them.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import CORPUS, ROOT, SEEDS
from test_archive import make_db  # noqa: F401 - a fixture, used by pg_db

from vbparse.store import Archive

RAY = os.environ.get("VBPARSE_TEST_RAY")
PG_URL = os.environ.get("VBPARSE_TEST_POSTGRES")
IN_CI = os.environ.get("CI") == "true"
HANG_GUARD = 180  # seconds: only so that a hang fails the test instead of the suite


def _ray_missing() -> str | None:
    if not RAY:
        return "VBPARSE_TEST_RAY not set (.ci/run starts a Ray cluster and sets it)"
    try:
        import ray  # noqa: F401
    except ImportError:
        return "Ray is not installed (pip install 'vbparse[ray]')"
    return None


def _needs(*what: str) -> None:
    why = _ray_missing() if "ray" in what else None
    if why is None and "postgres" in what and not PG_URL:
        why = "VBPARSE_TEST_POSTGRES not set (.ci/run starts a PostgreSQL server and sets it)"
    if why:
        if IN_CI:
            pytest.fail(f"CI must run the Ray tests: {why}")
        pytest.skip(why)


@pytest.fixture
def pg_db(make_db):  # noqa: F811 - pytest passes the fixture imported above from test_archive
    """``pg_db()`` → a fresh PostgreSQL database, dropped after the test (``test_archive.make_db``)."""
    return lambda: make_db("postgres")


def _folder(tmp_path: Path) -> Path:
    """The seeds, a district plan, a few real documents (.docx, .txt) and one broken file."""
    from test_archive import HUYEN_42

    folder = tmp_path / "docs"
    folder.mkdir()
    for p in sorted(SEEDS.glob("*.txt")):
        shutil.copy(p, folder / p.name)
    (folder / "huyen_42.txt").write_text(HUYEN_42, encoding="utf-8")
    real = CORPUS / "realdocs"
    for name in (
        "01_kh-ubnd-lamdong-cchc-2026.docx",
        "13_kh-2242-sct-laocai-kiem-tra-gcn.docx",
        "19_kh-1105-dkt-kiem-tra-vlncn-text.txt",
    ):
        shutil.copy(real / name, folder / name)
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 not really a Word file")
    return folder


def _engine(ship: str = "auto"):
    from vbparse.ingest.engines import RayEngine

    return RayEngine(RAY, ship)  # type: ignore[arg-type]


def _content(archive: Archive) -> dict:
    """What a user can see of an archive: file records, documents, original texts, query answers."""
    files = sorted((f.path, f.status, f.sha256, f.doc_id, f.error) for f in archive.files())
    docs = {s.id: (s.model_dump(), d.model_dump(), archive.original_text(s.id)) for s, d in archive.documents()}
    answers = {
        # within a tier, bm25 (SQLite) and ts_rank (PostgreSQL) may order alike hits differently
        "search": {
            q: sorted((h.document.id, h.match, int(h.score)) for h in archive.search(q))
            for q in ("hien dat", "thi đua khen thưởng", "42/KH-UBND", "cải cách hành chính", "Lào Cai")
        },
        "obligations": {
            a: [h.model_dump() for h in archive.obligations(a)]
            for a in ("VPTK", "MTTQ", "Sở Nội vụ", "Nguyễn Ngọc Luyện")
        },
        "refs": {i: archive.refs(i).model_dump() for i in sorted(docs)},
    }
    return {"files": files, "documents": docs, "answers": answers}


# --- the same archive ------------------------------------------------------------------------------------


@pytest.mark.parametrize("ship", ["auto", "bytes"])
def test_ray_index_into_postgres_is_the_local_sqlite_index(tmp_path, pg_db, ship):
    _needs("ray", "postgres")
    folder = _folder(tmp_path)
    with Archive(tmp_path / "local.db") as local:
        s_local = local.index([folder], jobs=2)
        want = _content(local)
    with Archive(pg_db()) as pg:
        s_ray = pg.index([folder], engine=_engine(ship))
        got = _content(pg)
        again = pg.index([folder], engine=_engine(ship))
    assert (s_ray.indexed, s_ray.failed) == (s_local.indexed, s_local.failed) == (9, 1)
    assert "not a readable DOCX" in s_ray.failures[0].error
    assert got["files"] == want["files"]
    assert got["documents"] == want["documents"]
    assert got["answers"] == want["answers"]
    assert any(got["answers"]["search"].values()) and any(got["answers"]["obligations"].values())
    assert (again.indexed, again.unchanged, again.skipped_failed) == (0, 9, 1)  # resumed: nothing parsed twice


@pytest.mark.parametrize("as_json", [False, True], ids=["text", "json"])
def test_the_cli_indexes_through_ray(tmp_path, as_json):
    """With ``--json`` the JSON is alone on stdout: what Ray prints goes to its log (issue 22, item 10)."""
    import json

    _needs("ray")
    folder = tmp_path / "docs"
    folder.mkdir()
    for p in sorted(SEEDS.glob("*.txt"))[:3]:
        shutil.copy(p, folder / p.name)
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "vbparse",
            "index",
            str(folder),
            "--db",
            str(tmp_path / "a.db"),
            "--engine",
            "ray",
            "--ray-address",
            RAY,
            "--ray-ship",
            "bytes",
            *(["--json"] * as_json),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=HANG_GUARD,
        check=False,
    )
    assert r.returncode == 0, r.stderr
    if as_json:
        assert json.loads(r.stdout)["indexed"] == 3
    else:
        assert r.stdout.startswith("lập chỉ mục 3, không đổi 0, lỗi 0")


# --- a killed driver, a lost worker, the time limit ------------------------------------------------------


def _committed(url: str) -> int:
    import psycopg

    try:
        with psycopg.connect(url, connect_timeout=5) as conn:
            row = conn.execute("SELECT COUNT(*) FROM files").fetchone()
            assert row is not None  # COUNT(*) always returns a row
            return row[0]
    except psycopg.Error:  # not created yet
        return 0


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGINT, signal.SIGTERM], ids=["kill-9", "ctrl-c", "kill"])
def test_a_killed_driver_loses_nothing_committed_and_the_next_run_resumes(tmp_path, pg_db, how):
    _needs("ray", "postgres")
    folder = tmp_path / "arch"
    r = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_archive.py"), str(folder), "-n", "120"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert r.returncode == 0, r.stderr
    url = pg_db()
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    driver = subprocess.Popen(
        [sys.executable, "-m", "vbparse", "index", str(folder), "--db", url, "--engine", "ray", "--ray-address", RAY],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + HANG_GUARD
    while _committed(url) < 5 and driver.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    driver.send_signal(how)
    _, err = driver.communicate(timeout=HANG_GUARD)
    done_before = _committed(url)
    assert done_before >= 5, err
    if how != signal.SIGKILL and done_before < 120:
        assert driver.returncode == 130 and "chạy lại đúng lệnh này để làm tiếp" in err, err
    with Archive(url) as archive:
        s = archive.index([folder], engine=_engine())
        # (reparsed: the parser's own source changed in between, as it may while it is being worked on)
        assert (s.unchanged + s.reparsed, s.indexed, s.failed) == (done_before, 120 - done_before, 0)
        b = archive.backend
        assert b.one("SELECT COUNT(*), COUNT(DISTINCT id) FROM documents") == (120, 120)
        assert b.one("SELECT COUNT(*), COUNT(DISTINCT path) FROM files WHERE status = 'ok'") == (120, 120)
        assert b.one("SELECT COUNT(*) FROM doc_text")[0] == 120  # every document whole: no half-written one
        assert b.one("SELECT COUNT(DISTINCT doc_rid) FROM sections")[0] == 120


#: ``vbparse index`` with SIGTERM sent to itself at a chosen moment inside Ray: ``init`` right after Ray put
#: its own SIGTERM handler in place (``sys.exit(15)``; its C++ core adds one of its own), ``shutdown`` right
#: after Ray's disconnect (which leaves SIGTERM at the default: killed).
_SIGTERM_INSIDE_RAY = """
import os, signal, sys
import ray
from ray._private import utils

moment = sys.argv[1]
if moment == "init":
    rays = utils.set_sigterm_handler

    def set_and_signal(handler):
        rays(handler)
        os.kill(os.getpid(), signal.SIGTERM)

    utils.set_sigterm_handler = set_and_signal
else:
    disconnect = ray.shutdown

    def disconnect_and_signal(*args, **kwargs):
        disconnect(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGTERM)

    ray.shutdown = disconnect_and_signal
from vbparse import cli

sys.exit(cli.main(sys.argv[2:]))
"""


@pytest.mark.parametrize("moment", ["init", "shutdown"])
def test_a_sigterm_while_ray_connects_or_disconnects_stops_the_run_as_any_other(tmp_path, moment):
    """The run stops as it does on a SIGTERM anywhere else (exit status 130, what was committed kept), not
    by Ray's handler (15) nor by the default one Ray leaves behind (-15)."""
    _needs("ray")
    folder = tmp_path / "docs"
    folder.mkdir()
    for p in sorted(SEEDS.glob("*.txt"))[:3]:
        shutil.copy(p, folder / p.name)
    db = str(tmp_path / "a.db")
    r = subprocess.run(
        [sys.executable, "-c", _SIGTERM_INSIDE_RAY, moment, "index", str(folder), "--db", db, "--engine", "ray"]
        + ["--ray-address", RAY, "--ray-ship", "bytes"],
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT / "src")),
        timeout=HANG_GUARD,
        check=False,
    )
    assert r.returncode == 130 and "chạy lại đúng lệnh này để làm tiếp" in r.stderr, (r.returncode, r.stderr)
    with Archive(db) as archive:  # the next run reads what this one did not commit
        s = archive.index([folder], engine=_engine("bytes"))
        assert (s.unchanged + s.indexed, s.failed) == (3, 0)


def _flaky(path, sha, ocr):
    """A worker that dies on ``crash.txt`` always, on ``flaky.txt`` the first time; hangs on ``slow.txt``."""
    from vbparse.store.indexing import parse_one

    name = Path(path).name
    if name == "slow.txt":
        time.sleep(300)
    if name == "crash.txt":
        os._exit(3)
    if name == "flaky.txt":
        marker = Path(path).with_suffix(".tried")
        if not marker.exists():
            marker.write_text("once")
            os._exit(3)
        status, _, sha, payload = parse_one(str(Path(path).parent.parent / "flaky.md"), sha, ocr)
        return status, path, sha, payload
    return parse_one(path, sha, ocr)


def test_a_lost_worker_is_retried_once_and_a_slow_file_times_out(tmp_path, monkeypatch):
    _needs("ray")
    import ray.cloudpickle

    import vbparse.store.indexing as indexing_module

    ray.cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers cannot import this module
    folder = tmp_path / "docs"
    folder.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for p in seeds[:2]:
        shutil.copy(p, folder / p.name)
    for name in ("crash.txt", "slow.txt", "flaky.txt"):
        (folder / name).write_text(name, encoding="utf-8")
    (tmp_path / "flaky.md").write_bytes(seeds[2].read_bytes())  # what the flaky file parses as, second time
    monkeypatch.setattr(indexing_module, "parse_one", _flaky)
    with Archive(tmp_path / "a.db") as archive:
        t0 = time.monotonic()
        s = archive.index([folder], engine=_engine("path"), timeout=20)  # a dead worker is restarted within it
        took = time.monotonic() - t0
    reasons = {Path(f.path).name: f.error for f in s.failures}
    assert (s.indexed, s.failed) == (3, 2), reasons
    assert "died" in reasons["crash.txt"] and "twice" in reasons["crash.txt"]
    assert "time limit" in reasons["slow.txt"]
    assert took < 120


# --- without Ray ----------------------------------------------------------------------------------------


def test_engine_ray_without_ray_says_what_to_install(tmp_path, monkeypatch, capsys):
    from vbparse.cli import main

    monkeypatch.setitem(sys.modules, "ray", None)  # import ray fails, as when it is not installed
    code = main(["index", str(SEEDS), "--db", str(tmp_path / "a.db"), "--engine", "ray"])
    err = capsys.readouterr().err.strip()
    assert code == 1 and len(err.splitlines()) == 1
    assert "pip install 'vbparse[ray]'" in err
    assert not (tmp_path / "a.db").exists()  # refused before the archive is made


def test_a_cluster_that_does_not_answer_is_one_line(tmp_path, capsys):
    _needs("ray")
    import socket

    from vbparse.cli import main

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    t0 = time.monotonic()
    code = main(
        ["index", str(SEEDS), "--db", str(tmp_path / "a.db"), "--engine", "ray", "--ray-address", f"127.0.0.1:{port}"]
    )
    err = capsys.readouterr().err.strip()
    assert code == 1 and len(err.splitlines()) == 1 and "cannot reach the Ray cluster" in err, err
    assert time.monotonic() - t0 < 60 and not (tmp_path / "a.db").exists()


def test_ray_options_need_the_ray_engine(tmp_path, capsys):
    from vbparse.cli import main

    assert main(["index", str(SEEDS), "--db", str(tmp_path / "a.db"), "--ray-address", "127.0.0.1:1"]) == 2
    assert "--engine ray" in capsys.readouterr().err


# --- the batched writer -----------------------------------------------------------------------------------


def _tables(archive: Archive) -> dict:
    """Every stored row, by document id instead of rid (which the order of writing decides)."""
    from vbparse.store.schema import CHILD_TABLES, SOURCE_TABLE

    b = archive.backend
    id_of = dict(b.all("SELECT rid, id FROM documents"))
    out = {
        "documents": sorted(tuple(r[1:]) for r in b.all("SELECT * FROM documents")),
        "files": sorted(
            r[:-1] for r in b.all("SELECT path, doc_id, sha256, size, mtime, status, error, indexed_at FROM files")
        ),
        "source": sorted(b.all(f"SELECT doc_id, original FROM {SOURCE_TABLE}")),
        "text": sorted((id_of[r[0]], r[1]) for r in b.all("SELECT doc_rid, body FROM doc_text")),
    }
    for table in CHILD_TABLES.values():
        out[table.name] = sorted((id_of[r[0]], *r[1:]) for r in b.all(f'SELECT * FROM "{table.name}"'))
    return out


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_a_batch_stores_what_one_document_at_a_time_stores(tmp_path, pg_db, backend):
    if backend == "postgres":
        _needs("postgres")
    from vbparse.ingest.engines import LocalEngine, ParseJob
    from vbparse.stamp import parser_stamp
    from vbparse.store.indexing import parse_one, sha256_of
    from vbparse.store.storing import store_parsed
    from vbparse.store.writer import Parsed, store_batch

    folder = _folder(tmp_path)
    (folder / "twin.txt").write_bytes((folder / "huyen_42.txt").read_bytes())  # the same document twice
    files = sorted(folder.iterdir())
    runner = LocalEngine(2).start(ParseJob(parse_one, "never", None, files=len(files)))
    try:  # parsed in worker processes, as an index run does
        parsed = sorted(r for r in runner.results([(str(p), sha256_of(p)) for p in files]) if r[0] == "ok")
    finally:
        runner.close()
    dbs = [pg_db() for _ in range(2)] if backend == "postgres" else [tmp_path / "one.db", tmp_path / "batch.db"]
    with Archive(dbs[0]) as one, Archive(dbs[1]) as batch:
        for _, path, sha, rows in parsed:
            with one.backend.savepoint():
                store_parsed(one.backend, path, sha, rows, Path(path), parser_stamp())
        one.backend.commit()
        assert store_batch(
            batch.backend, [Parsed(path, sha, rows, Path(path)) for _, path, sha, rows in parsed], parser_stamp()
        ) == [None] * len(parsed)
        batch.backend.commit()
        assert _tables(batch) == _tables(one)
        assert [h.document.id for h in batch.search("hien dat")] == [h.document.id for h in one.search("hien dat")]


def test_a_document_the_database_refuses_fails_alone(tmp_path, pg_db, monkeypatch):
    """The database refuses one document of a batch: that one is recorded as failed with the reason,
    the others of its batch are stored."""
    _needs("postgres")
    from vbparse.store.backend import PostgresBackend

    real_text_row = PostgresBackend.text_row

    def refusing(self, rid, body, words):
        row = real_text_row(self, rid, body, words)
        return (*row[:2], "'not a tsvector", row[3]) if "zzrefused" in words else row

    monkeypatch.setattr(PostgresBackend, "text_row", refusing)
    folder = tmp_path / "docs"
    folder.mkdir()
    for p in sorted(SEEDS.glob("*.txt")):
        shutil.copy(p, folder / p.name)
    (folder / "refused.txt").write_text("KẾ HOẠCH\n\nPhát động phong trào zzrefused thi đua\n", encoding="utf-8")
    with Archive(pg_db()) as archive:
        s = archive.index([folder], jobs=1)
        reasons = {Path(f.path).name: f.error for f in s.failures}
        assert s.indexed == 5 and set(reasons) == {"refused.txt"} and "cannot be stored" in reasons["refused.txt"]
        assert archive.count() == 5 and [f.status for f in archive.files()].count("ok") == 5


_NOISY = """
import os, sys
from vbparse import cli
out, log = cli._ray_output()
os.write(1, b"(raylet) A worker died or was killed while executing a task\\n")  # as Ray's C++ core writes
print("(pid=123) a worker's Python print")
print("a Python warning", file=sys.stderr)
out.write('{"indexed": 3}\\n')
out.flush()
cli._err("one line of ours")
print(log, file=out)
"""


def test_what_ray_prints_goes_to_its_log_and_index_json_prints_only_its_json():
    """A worker's death printed by Ray landed on stdout and broke ``index --json`` (issue 22, item 10)."""
    r = subprocess.run(
        [sys.executable, "-c", _NOISY],
        capture_output=True,
        check=False,
        text=True,
        timeout=HANG_GUARD,
        env=dict(os.environ, PYTHONPATH=str(ROOT / "src")),
    )
    assert r.returncode == 0, r.stderr
    json_line, log = r.stdout.splitlines()
    assert json_line == '{"indexed": 3}' and r.stderr == "vbparse: one line of ours\n"
    kept = Path(log).read_text()
    Path(log).unlink()
    assert "worker died" in kept and "Python print" in kept and "Python warning" in kept


_BROKEN_RUN = """
import sys
from vbparse import cli

def broken(args):
    cli._ray_output()
    raise RuntimeError("a bug inside the run")

cli.cmd_index = broken
raise SystemExit(cli.main(["index", sys.argv[1], "--db", sys.argv[2]]))
"""


def test_an_unexpected_error_of_a_ray_run_is_one_line_on_stderr_and_its_traceback_in_rays_log(tmp_path):
    """With ``--engine ray`` the standard error goes to Ray's log: an unexpected error ended the run with 1
    and nothing on the terminal (issue 55, item 6: the killed driver's rare exit 1 said nothing)."""
    r = subprocess.run(
        [sys.executable, "-c", _BROKEN_RUN, str(tmp_path), str(tmp_path / "a.sqlite")],
        capture_output=True,
        check=False,
        text=True,
        timeout=HANG_GUARD,
        env=dict(os.environ, PYTHONPATH=str(ROOT / "src")),
    )
    assert r.returncode == 1 and r.stdout == ""
    (line,) = r.stderr.splitlines()
    assert "RuntimeError: a bug inside the run" in line
    log = Path(line.rsplit(" ", 1)[-1])
    kept = log.read_text()
    log.unlink()
    assert "Traceback" in kept and "in broken" in kept


def test_a_head_that_stops_answering_is_reported_in_seconds_not_after_rays_minute():
    """A dead head made a run wait 60 s inside Ray and end in Ray's raw logs (issue 22, item 10): a watchdog
    asks the head every 2 s and, twice without an answer, reports it (the CLI prints one line and ends)."""
    import socket
    import threading

    pytest.importorskip("ray")
    from vbparse.ingest.ray_engine import HeadLost, RayRunner

    head = socket.socket()
    head.bind(("127.0.0.1", 0))
    head.listen()
    runner = RayRunner.__new__(RayRunner)  # the watchdog alone: no cluster needed
    runner._head = f"127.0.0.1:{head.getsockname()[1]}"
    runner._closed = threading.Event()
    runner.head_lost = None
    told: list[tuple[float, str]] = []
    runner._on_head_lost = lambda why: told.append((time.monotonic(), why))
    watchdog = threading.Thread(target=runner._watch_head, daemon=True)
    watchdog.start()
    time.sleep(3)
    assert told == []  # answering
    head.close()
    lost_at = time.monotonic()
    watchdog.join(30)
    assert len(told) == 1 and told[0][0] - lost_at < 10
    assert "stopped answering" in told[0][1] and "committed" in told[0][1]
    with pytest.raises(HeadLost):
        runner._check_head()
