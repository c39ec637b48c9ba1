"""An archive users can trust: nothing lost by an interruption, a second process, an upgrade or an odd
file; nothing written into a database that is not an archive; clear one-line refusals.

Interruptions are made deterministic: a hook stops the run at a known point (an exception, or a
handshake with a child process that is then killed with SIGKILL), never a sleep that hopes to land.
"""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS, seed

from vbparse.store import Archive, StoreError, storing
from vbparse.store.backend import ArchiveBusy
from vbparse.store.indexing import parse_one as _real_parse_one

HANG_GUARD = 120  # seconds: only so that a hang fails the test instead of the suite


def _docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir(exist_ok=True)
    for p in sorted(SEEDS.glob("*.txt")):
        (folder / p.name).write_bytes(p.read_bytes())
    return folder


def _counts(db) -> tuple[int, int, int]:
    con = sqlite3.connect(db)
    try:
        return tuple(
            con.execute(q).fetchone()[0]
            for q in (
                "SELECT COUNT(*) FROM documents",
                "SELECT COUNT(DISTINCT id) FROM documents",
                "SELECT COUNT(*) FROM obligations",
            )
        )
    finally:
        con.close()


def _make_stale(db) -> None:
    con = sqlite3.connect(db)
    con.execute("UPDATE meta SET value = '2' WHERE key = 'store_version'")
    con.commit()
    con.close()


def _child(code: str, *args: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


# --- rebuilds and schema creation are all or nothing -----------------------------------------------------


def test_a_rebuild_stopped_half_way_leaves_every_document(tmp_path, monkeypatch):
    db = tmp_path / "a.db"
    with Archive(db) as archive:
        archive.index([_docs(tmp_path)], jobs=1)
    before = _counts(db)
    _make_stale(db)
    calls = []
    original = storing.insert_document

    def stop_after_two(*a, **k):
        calls.append(1)
        if len(calls) > 2:
            raise KeyboardInterrupt
        return original(*a, **k)

    monkeypatch.setattr(storing, "insert_document", stop_after_two)
    with pytest.raises(KeyboardInterrupt):
        Archive(db, create=False)
    monkeypatch.undo()
    assert _counts(db) == before
    with Archive(db, create=False) as archive:  # the next open rebuilds, whole
        assert archive.count() == 5 and archive.obligations("VPTK")
    assert _counts(db) == before


_PAUSED_REBUILD = """
import sys, time
from vbparse.store import Archive, storing
original = storing.insert_document
n = [0]
def slow(*a, **k):
    n[0] += 1
    if n[0] == 2:
        print("paused", flush=True)
        time.sleep(float(sys.argv[2]))
    return original(*a, **k)
storing.insert_document = slow
Archive(sys.argv[1], create=False).close()
print("done", flush=True)
"""


@pytest.fixture
def stale(tmp_path):
    """An archive of the five seeds whose layout an older vbparse wrote, and its counts."""
    db = tmp_path / "a.db"
    with Archive(db) as archive:
        archive.index([_docs(tmp_path)], jobs=1)
    before = _counts(db)
    _make_stale(db)
    return db, before


def test_kill_9_during_a_rebuild_loses_nothing(tmp_path, stale):
    db, before = stale
    child = _child(_PAUSED_REBUILD, str(db), "60")
    assert child.stdout.readline().strip() == "paused"
    child.send_signal(signal.SIGKILL)
    child.wait(HANG_GUARD)
    assert _counts(db) == before
    with Archive(db, create=False) as archive:
        assert archive.count() == 5
        assert archive.index([tmp_path / "docs"], jobs=1).unchanged == 5  # and the files table agrees


def test_two_processes_opening_an_old_archive_rebuild_it_once(stale):
    db, before = stale
    first = _child(_PAUSED_REBUILD, str(db), "1.5")
    assert first.stdout.readline().strip() == "paused"
    second = _child(
        "import sys; from vbparse.store import Archive; a = Archive(sys.argv[1], create=False); "
        "print(a.count()); a.close()",
        str(db),
    )
    out2, err2 = second.communicate(timeout=HANG_GUARD)
    _out1, err1 = first.communicate(timeout=HANG_GUARD)
    assert first.returncode == 0 and second.returncode == 0, err1 + err2
    assert out2.strip() == "5" and "Traceback" not in err1 + err2
    assert _counts(db) == before


def test_creation_stopped_before_commit_leaves_an_archive_the_next_run_creates(tmp_path, monkeypatch):
    db = tmp_path / "new.db"

    def boom(self):
        raise KeyboardInterrupt

    monkeypatch.setattr(Archive, "_stamp_layout", boom)
    with pytest.raises(KeyboardInterrupt):
        Archive(db)
    monkeypatch.undo()
    with Archive(db) as archive:
        assert archive.index([_docs(tmp_path)], jobs=1).indexed == 5


def test_tables_left_by_an_older_interrupted_creation_are_recreated(tmp_path):
    db = tmp_path / "old.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    con.execute("CREATE TABLE documents (rid INTEGER PRIMARY KEY, id TEXT)")
    con.commit()
    con.close()
    with Archive(db) as archive:
        assert archive.index([_docs(tmp_path)], jobs=1).indexed == 5


# --- stale parses are parsed again ------------------------------------------------------------------------


def test_documents_parsed_by_another_parser_are_parsed_again(tmp_path, monkeypatch):
    import vbparse.store.indexing as indexing_module

    db = tmp_path / "a.db"
    folder = _docs(tmp_path)
    with Archive(db) as archive:
        archive.index([folder], jobs=1)
        archive.backend.execute("UPDATE obligations SET task = 'old parse'")  # what an older parser stored
        archive.backend.commit()
    monkeypatch.setattr(indexing_module, "parser_stamp", lambda: "9.9.9+newer")
    with Archive(db) as archive:
        kept = archive.index([folder], jobs=1, reparse=False)
        assert (kept.unchanged, kept.reparsed) == (5, 0)
        s = archive.index([folder], jobs=2)
        assert (s.reparsed, s.unchanged, s.indexed) == (5, 0, 0)
        assert {r[0] for r in archive.backend.all("SELECT parser FROM documents")} == {"9.9.9+newer"}
        assert archive.backend.one("SELECT COUNT(*) FROM obligations WHERE task = 'old parse'")[0] == 0
        assert archive.count() == 5 and archive.index([folder], jobs=1).unchanged == 5


def test_a_file_whose_parse_is_missing_is_parsed_again(tmp_path):
    db = tmp_path / "a.db"
    folder = _docs(tmp_path)
    with Archive(db) as archive:
        archive.index([folder], jobs=1)
        doc_id = archive.backend.one("SELECT id FROM documents ORDER BY id")[0]
        storing.delete_document(archive.backend, doc_id)
        archive.backend.commit()
        assert archive.count() == 4
        s = archive.index([folder], jobs=1)
        assert s.reparsed == 1 and archive.count() == 5


# --- the run goes on: odd names, hidden files, links, slow or crashing files --------------------------


def test_a_file_name_that_is_not_utf8_is_indexed_and_shown_escaped(tmp_path):
    folder = _docs(tmp_path)
    bad = os.path.join(os.fsencode(folder), b"k\xe9 ho\xe1ch.txt")
    with open(bad, "wb") as fh:
        fh.write(seed("001").read_bytes())
    db = tmp_path / "a.db"
    with Archive(db) as archive:
        s = archive.index([folder], jobs=1)
        assert s.indexed == 6 and s.failed == 0
        paths = [f.path for f in archive.files()]
        assert any(p.endswith("k\\xe9 ho\\xe1ch.txt") for p in paths)
        assert archive.index([folder], jobs=1).unchanged == 6


def test_parse_reaches_the_good_file_after_a_name_that_is_not_utf8(tmp_path):
    bad = os.path.join(os.fsencode(tmp_path), b"b\xe0d.txt")
    with open(bad, "wb") as fh:
        fh.write(seed("001").read_bytes())
    good = tmp_path / "good.txt"
    good.write_bytes(seed("002").read_bytes())
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    r = subprocess.run(
        [os.fsencode(sys.executable), b"-m", b"vbparse", b"parse", bad, os.fsencode(good)],
        capture_output=True,
        check=False,
        env=env,
        timeout=HANG_GUARD,
    )
    assert r.returncode == 0, r.stderr
    lines = r.stdout.decode().splitlines()
    assert len(lines) == 2 and "b\\\\xe0d.txt" in lines[0] and "good.txt" in lines[1]


def test_hidden_files_and_link_loops_are_counted_and_named(tmp_path):
    folder = _docs(tmp_path)
    (folder / ".git").mkdir()
    (folder / ".git" / "plan.txt").write_bytes(seed("001").read_bytes())
    (folder / ".~lock.plan.docx#").write_text("lock", encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "loop").symlink_to(folder, target_is_directory=True)
    with Archive(tmp_path / "a.db") as archive:
        s = archive.index([folder], jobs=1)
    assert s.indexed == 5 and s.hidden == 2
    reasons = {Path(r.path).name: r.error for r in s.skipped}
    assert reasons[".git"].startswith("hidden folder") and reasons[".~lock.plan.docx#"].startswith("hidden file")
    assert "symbolic link" in reasons["loop"]


def test_links_out_of_the_folders_given_are_skipped_unless_followed(tmp_path):
    """A link to ``/`` in an indexed folder once indexed the whole file system (issue 22, item 6)."""
    folder = _docs(tmp_path)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "far.txt").write_bytes(seed("001").read_bytes())
    (outside / "far2.txt").write_bytes(seed("002").read_bytes() + b"\n")
    (folder / "to-elsewhere").symlink_to(outside, target_is_directory=True)
    (folder / "far-file.txt").symlink_to(outside / "far2.txt")
    with Archive(tmp_path / "a.db") as archive:
        s = archive.index([folder], jobs=1)
    reasons = {Path(r.path).name: r.error for r in s.skipped}
    assert s.indexed == 5 and "out of the folders given" in reasons["to-elsewhere"]
    assert "out of the folders given" in reasons["far-file.txt"]
    r = subprocess.run(
        [sys.executable, "-m", "vbparse", "index", "--db", str(tmp_path / "b.db"), "--follow-links", str(folder)],
        capture_output=True,
        check=False,
        timeout=HANG_GUARD,
    )
    assert r.returncode == 0, r.stderr
    assert (
        "lập chỉ mục 8," in r.stdout.decode()
    )  # the 5, far.txt and far2.txt through the folder link and the file link


def _slow_or_crashing(path, sha, ocr):
    if path.endswith("slow.txt"):
        time.sleep(10 * HANG_GUARD)
    if path.endswith("crash.txt"):
        os._exit(3)
    return _real_parse_one(path, sha, ocr)


def test_a_file_over_the_time_limit_or_killing_its_worker_is_a_failure_and_the_run_goes_on(tmp_path, monkeypatch):
    import vbparse.store.indexing as indexing_module

    folder = _docs(tmp_path)
    (folder / "slow.txt").write_text("slow", encoding="utf-8")
    (folder / "crash.txt").write_text("crash", encoding="utf-8")
    monkeypatch.setattr(indexing_module, "parse_one", _slow_or_crashing)
    with Archive(tmp_path / "a.db") as archive:
        # a limit a real parse keeps on a busy machine (2 s failed once: a first parse imports); slow.txt sleeps ten guards
        s = archive.index([folder], jobs=2, timeout=20)
        reasons = {Path(f.path).name: f.error for f in s.failures}
    assert s.indexed == 5 and s.failed == 2
    assert "time limit" in reasons["slow.txt"] and "died" in reasons["crash.txt"]


_INDEX_WITH_A_SLOW_FILE = """
import sys, time
import vbparse.store.indexing as m
original = m.parse_one
def slow(path, sha, ocr):
    if path.endswith("slow.txt"):
        print("busy", flush=True)
        time.sleep(300)
    return original(path, sha, ocr)
m.parse_one = slow
from vbparse.cli import main
sys.exit(main(["index", sys.argv[1], "--db", sys.argv[2], "--jobs", "1"]))
"""


@pytest.mark.parametrize("signals", [[signal.SIGINT], [signal.SIGTERM], [signal.SIGINT, signal.SIGINT]])
def test_an_interrupt_stops_the_busy_workers_and_commits(tmp_path, signals):
    folder = _docs(tmp_path)
    (folder / "zz_slow.txt").write_text("slow", encoding="utf-8")
    db = tmp_path / "a.db"
    child = _child(_INDEX_WITH_A_SLOW_FILE, str(folder), str(db))
    assert child.stdout.readline().strip() == "busy"
    for s in signals:
        child.send_signal(s)
    _out, err = child.communicate(timeout=HANG_GUARD)  # a worker left running would hold this for 300 s
    assert child.returncode == 130 and "Traceback" not in err and "đã dừng" in err
    assert _counts(db)[0] == 5


def test_a_second_index_run_is_told_another_holds_the_archive(tmp_path):
    folder = _docs(tmp_path)
    db = tmp_path / "a.db"
    with Archive(db) as first:
        first.backend.run_lock()
        with Archive(db) as second, pytest.raises(ArchiveBusy, match="another vbparse index run"):
            second.index([folder], jobs=1)
    with Archive(db) as again:
        assert again.index([folder], jobs=1).indexed == 5


def test_a_full_disk_is_one_line_and_keeps_what_was_committed(tmp_path):
    folder = _docs(tmp_path)
    db = tmp_path / "a.db"
    with Archive(db) as archive:
        archive.index([folder / seed("001").name], jobs=1)
        pages = archive.backend.one("PRAGMA page_count")[0]
        archive.backend.execute(f"PRAGMA max_page_count = {pages + 2}")
        with pytest.raises(StoreError, match="cannot write the archive.*full"):
            archive.index([folder], jobs=1)
    with Archive(db, create=False) as archive:
        assert archive.count() >= 1


# --- databases that are not archives ---------------------------------------------------------------------


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    "ddl",
    [
        "CREATE TABLE users (id INTEGER, name TEXT)",
        "CREATE TABLE meta (k TEXT, v TEXT)",
        "CREATE TABLE meta (key TEXT, value TEXT); CREATE TABLE accounts (x)",
        # issue 22, item 7: these were emptied by ``vbparse index``
        "CREATE TABLE meta (key TEXT, value TEXT); INSERT INTO meta VALUES ('theme', 'dark')",
        (
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);"
            " CREATE TABLE files (path TEXT); INSERT INTO files VALUES ('/home/a.txt')"
        ),
        "CREATE TABLE meta (key TEXT, value TEXT); CREATE TABLE files (path TEXT)",
    ],
)
@pytest.mark.parametrize("create", [True, False])
def test_another_applications_database_is_refused_untouched(tmp_path, ddl, create):
    db = tmp_path / "theirs.sqlite"
    con = sqlite3.connect(db)
    con.executescript(ddl)
    con.commit()
    con.close()
    before = _sha(db)
    with pytest.raises(StoreError, match="not a vbparse archive"):
        Archive(db, create=create)
    assert _sha(db) == before and not Path(str(db) + "-wal").exists()


def test_a_query_never_creates_an_archive(tmp_path):
    missing = tmp_path / "typo.db"
    with pytest.raises(StoreError, match="no archive there"):
        Archive(missing, create=False)
    assert not missing.exists()
    from vbparse.cli import main

    assert main(["search", "hiến đất", "--db", str(missing)]) == 1
    assert not missing.exists()


def test_a_read_only_archive_answers_queries_and_refuses_to_index(tmp_path, monkeypatch):
    import vbparse.store.backend.sqlite as backend_module

    folder = _docs(tmp_path)
    db = tmp_path / "a.db"
    with Archive(db) as archive:
        archive.index([folder], jobs=1)
    before = _sha(db)
    monkeypatch.setattr(backend_module.os, "access", lambda path, mode: mode != os.W_OK)  # tests run as root
    with Archive(db, create=False) as archive:
        assert archive.backend.readonly and archive.count() == 5
        assert archive.search("hiến đất") and archive.obligations("VPTK")
        with pytest.raises(StoreError, match="read-only"):
            archive.index([folder], jobs=1)
    assert _sha(db) == before


def test_workers_of_a_killed_run_do_not_hold_the_archive(tmp_path):
    """Regression: forked workers inherited the run lock, so for a moment after ``kill -9`` of ``index``
    the next run was told another one held the archive."""
    folder = _docs(tmp_path)
    (folder / "zz_slow.txt").write_text("slow", encoding="utf-8")
    db = tmp_path / "a.db"
    child = _child(_INDEX_WITH_A_SLOW_FILE, str(folder), str(db))
    assert child.stdout.readline().strip() == "busy"  # its worker is in the slow file
    child.send_signal(signal.SIGKILL)
    child.wait(HANG_GUARD)
    (folder / "zz_slow.txt").unlink()
    with Archive(db) as archive:
        archive.index([folder], jobs=1)
        assert archive.count() == 5


def test_a_database_that_cannot_be_written_when_opened_is_one_line(tmp_path, monkeypatch):
    """A read-only mount looks writable to ``os.access`` as root; SQLite then refuses the first write."""
    db = tmp_path / "a.db"
    with Archive(db) as archive:
        archive.index([_docs(tmp_path)], jobs=1)
    _make_stale(db)  # opening it must rebuild, i.e. write
    real_connect = sqlite3.connect

    def read_only(target, *a, **k):
        return real_connect(f"file:{target}?mode=ro", uri=True, **{x: y for x, y in k.items() if x != "uri"})

    monkeypatch.setattr(sqlite3, "connect", read_only)
    with pytest.raises(StoreError, match="cannot prepare the archive.*readonly"):
        Archive(db)


def test_a_parser_that_cannot_be_loaded_is_each_files_failure_not_a_dead_worker(tmp_path, monkeypatch):
    """The worker imports the parser inside its guard: a broken install gives a failure record per file,
    and the index run goes on (the pool is not left with a worker that died on import)."""
    path = tmp_path / "plan.txt"
    path.write_text("KẾ HOẠCH\nvề việc thử", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "vbparse.pipeline", None)  # what a missing or broken module does
    status, shown, _, reason = _real_parse_one(str(path), "0" * 64, "never")
    assert (status, shown) == ("failed", str(path))
    assert reason.startswith("cannot load the parser (ModuleNotFoundError") and "vbparse.pipeline" in reason


# --- a server's connections and an index run in another process ---------------------------------------------


def test_opening_the_archive_again_keeps_the_locks_of_connections_already_open(tmp_path):
    """The server opens pooled connections while an index run writes: opening one used to read the file's
    header with a Python file object, whose close dropped the process's SQLite locks; the indexer, closing
    last as it believed, removed the -wal and -shm the server still used (issue 22, item 1)."""
    db = tmp_path / "a.db"
    folder = _docs(tmp_path)
    more = tmp_path / "more"
    more.mkdir()
    for i, p in enumerate(sorted(SEEDS.glob("*.txt"))):
        (more / f"copy{i}.txt").write_bytes(p.read_bytes() + f"\n{i}\n".encode())
    with Archive(db) as archive:
        archive.index([folder], jobs=1)
    server = Archive(db, create=False, shared=True)  # the pool's first connection, reading
    try:
        assert server.count() == 5
        server.backend.rollback()
        Archive(db, create=False).close()  # a second pooled connection opened and closed
        r = subprocess.run(
            [sys.executable, "-m", "vbparse", "index", "--db", str(db), str(more)],
            capture_output=True,
            check=False,
            timeout=HANG_GUARD,
        )
        assert r.returncode == 0, r.stderr
        assert Path(str(db) + "-wal").exists() and Path(str(db) + "-shm").exists()  # still the server's
        assert server.count() == 10  # current, not stale, and readable
    finally:
        server.close()
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()


def test_a_full_disk_is_reported_as_full_not_as_a_lost_savepoint(tmp_path):
    """SQLite rolls its whole transaction back on a full disk; undoing the document's savepoint then
    failed and the user read "no such savepoint" (issue 22, item 11)."""
    db = tmp_path / "a.db"
    with Archive(db) as archive:
        archive.index([_docs(tmp_path)], jobs=1)
    more = tmp_path / "more"
    more.mkdir()
    for i in range(40):
        (more / f"{i}.txt").write_bytes(seed("001").read_bytes() + f"\n{i}\n".encode() * 200)
    with Archive(db) as archive:
        pages = archive.backend.one("PRAGMA page_count")[0]
        archive.backend.execute(f"PRAGMA max_page_count = {pages + 8}")  # the disk fills after a few pages
        with pytest.raises(StoreError) as e:
            archive.index([more], jobs=1)
    assert "full" in str(e.value) and "savepoint" not in str(e.value)
    with Archive(db) as archive:  # what was committed before is there
        assert archive.count() >= 5


def test_a_damaged_archive_is_one_line_not_a_traceback(tmp_path):
    """Pages overwritten in the middle of the file: a 31-line traceback before (issue 22, item 11)."""
    db = tmp_path / "a.db"
    with Archive(db) as archive:
        archive.index([_docs(tmp_path)], jobs=1)
    data = bytearray(db.read_bytes())
    for off in range(len(data) // 2, len(data) - 4096, 8192):
        data[off + 50 : off + 2000] = bytes(range(256)) * 7 + bytes(158)
    db.write_bytes(bytes(data))
    for returncode, stderr in _commands_on(db, tmp_path / "docs"):
        if returncode == 0:  # the damage missed what this command reads
            continue
        lines = stderr.splitlines()
        assert returncode == 1 and len(lines) == 1, stderr
        assert "damaged" in lines[0] or "cannot open" in lines[0]


def _commands_on(db, docs) -> list[tuple[int, str]]:
    """``(exit status, stderr)`` of a search, a task query and an index run on the archive ``db``."""
    out = []
    for command in (["search", "thi đua"], ["obligations", "--assignee", "VPTK"], ["index", str(docs)]):
        r = subprocess.run(
            [sys.executable, "-m", "vbparse", *command, "--db", str(db)],
            capture_output=True,
            check=False,
            timeout=HANG_GUARD,
        )
        out.append((r.returncode, r.stderr.decode()))
    return out


@pytest.mark.parametrize("where", [b"CREATE TABLE", b"CREATE INDEX", b"CREATE TRIGGER"])
def test_a_byte_that_is_no_text_in_the_schema_is_one_line(tmp_path, where):
    """Issue 40: 9 of 23 damaged archives were a 23-line UnicodeDecodeError: SQLite's message quotes the
    damaged schema, which Python cannot decode."""
    db = tmp_path / "a.db"
    with Archive(db) as archive:
        archive.index([_docs(tmp_path)], jobs=1)
    data = bytearray(db.read_bytes())
    data[data.find(where) + 3] = 0xFF
    db.write_bytes(bytes(data))
    for returncode, stderr in _commands_on(db, tmp_path / "docs"):
        lines = stderr.splitlines()
        assert returncode == 1 and len(lines) == 1, stderr
        assert "damaged" in lines[0] and str(db) in lines[0]


_UPGRADER = """
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
con.execute("UPDATE meta SET value = ? WHERE key = 'store_version'", (sys.argv[3],))
con.execute("COMMIT")
"""


def test_a_second_opener_waits_for_another_process_upgrading_the_archive(tmp_path, monkeypatch, caplog):
    """A second process opening an archive another was upgrading gave up after the 30 s busy timeout
    (issue 22, item 11): it waits, as for a lock, and finds the work done."""
    import vbparse.store.backend.sqlite as backend_module
    from vbparse.store.schema import STORE_VERSION

    db = tmp_path / "a.db"
    with Archive(db) as archive:
        archive.index([_docs(tmp_path)], jobs=1)
    con = sqlite3.connect(db)
    con.execute("UPDATE meta SET value = '2' WHERE key = 'store_version'")  # an older layout
    con.commit()
    con.close()
    monkeypatch.setattr(backend_module, "DEFAULT_LOCK_WAIT_SECONDS", 0.3)
    holder = subprocess.Popen(
        [sys.executable, "-c", _UPGRADER, str(db), "2.0", str(STORE_VERSION)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        t0 = time.monotonic()
        with Archive(db) as archive:  # waits past its busy timeout for the upgrade, then finds it done
            waited = time.monotonic() - t0
            assert archive.count() == 5
    finally:
        holder.wait(HANG_GUARD)
    assert waited > 1.0 and "upgrading this archive; waiting" in caplog.text
