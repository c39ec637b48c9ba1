"""``vbparse watch``: the consume folder (issue 53, item 6).

A watcher is started on a folder as a user starts it (a subprocess), files are dropped in as people and
programs drop them (a copy, a download under a temporary name then renamed, a file written in two halves,
a file that is no document), and what it stored is read back with the archive's own commands.  Every wait
is bounded; nothing is asserted about how long anything took."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import BACKENDS, CORPUS, ROOT, archive_location, seed, wait_until

CLI = [sys.executable, "-m", "vbparse"]
DOCX = CORPUS / "realdocs" / "13_kh-2242-sct-laocai-kiem-tra-gcn.docx"
#: Short enough for a test, long enough that the pause in a two-halves write is clearly shorter, even on a
#: loaded machine (the watcher looks every 0.5 s: ``watch.poll_for``).
SETTLE = 3.0
#: The pause between the two halves: longer than a look, 2 s shorter than the settle.
PAUSE = 1.0


def _env() -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    env.pop("VBPARSE_DB", None)
    return env


def run(*args, timeout=120):
    return subprocess.run([*CLI, *args], capture_output=True, check=False, text=True, env=_env(), timeout=timeout)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def wait_for(check, what: str):
    """``check()``'s first true value, looked at every 0.1 s (``conftest.wait_until``: a generous bound)."""
    return wait_until(check, what, interval=0.1)


class Watching:
    """``vbparse watch`` running in a subprocess; its output in files (a pipe could fill and block it)."""

    def __init__(self, tmp: Path, folder: Path, db: Path, *extra: str) -> None:
        self.out, self.err = tmp / "watch.out", tmp / "watch.err"
        with open(self.out, "wb") as out, open(self.err, "wb") as err:
            self.proc = subprocess.Popen(
                [*CLI, "watch", str(folder), "--db", str(db), "--settle", str(SETTLE), *extra],
                stdout=out,
                stderr=err,
                env=_env(),
            )

    def text(self) -> str:
        return self.out.read_text(encoding="utf-8") + self.err.read_text(encoding="utf-8")

    def lines_about(self, name: str) -> list[str]:
        return [line for line in self.text().splitlines() if re.search(rf"/{re.escape(name)}($|[: ])", line)]

    #: Seconds the watcher has to end after SIGTERM: systemd waits 90 s (``TimeoutStopSec``) before it kills.  (The
    #: watcher that once outlived 20 s, then 60 s, in clean-clone CI runs was not slow but hung for good: the second
    #: SIGTERM of ``stop`` came while the first one's handler held its ``threading.Event``'s lock — issue 55,
    #: ``vbparse.stopping``, ``tests/test_stopping.py``.)
    STOP_WITHIN = 60.0

    def stop(self, timeout: float = STOP_WITHIN) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
            raise AssertionError(f"watch did not stop within {timeout:g} s of SIGTERM:\n{self.text()}") from None


def test_dropped_files_are_indexed_once_complete_the_bad_one_failed_and_sigterm_stops_it(tmp_path):
    from vbparse.watch import poll_for

    assert poll_for(SETTLE) < PAUSE < SETTLE
    folder, db = tmp_path / "inbox", tmp_path / "archive.db"
    folder.mkdir()
    before = folder / "already-there.txt"
    shutil.copy(seed("001"), before)  # the catch-up scan finds it
    w = Watching(tmp_path, folder, db)
    try:
        wait_for(lambda: "đang theo dõi" in w.text() or w.proc.poll() is not None, "the watcher started")
        assert w.proc.poll() is None, w.text()

        shutil.copy(seed("003"), folder / "plan.txt")
        shutil.copy(DOCX, folder / "ke-hoach.docx")
        (folder / "hong.docx").write_bytes(os.urandom(3000))  # random bytes named .docx
        (folder / "~$ke-hoach.docx").write_bytes(b"\x0bNguyen Van A" + bytes(150))  # Word's lock file
        # a download under a temporary name, renamed when complete
        shutil.copy(seed("002"), folder / "tai-ve.txt.part")
        (folder / "tai-ve.txt.part").rename(folder / "tai-ve.txt")
        # a file written in two halves, with a pause longer than a look but shorter than the settle
        whole = seed("004").read_bytes()
        late = folder / "hai-nua.txt"
        with open(late, "wb") as fh:
            fh.write(whole[: len(whole) // 2])
        time.sleep(PAUSE)
        with open(late, "ab") as fh:
            fh.write(whole[len(whole) // 2 :])

        names = ["already-there.txt", "plan.txt", "ke-hoach.docx", "hong.docx", "tai-ve.txt", "hai-nua.txt"]
        wait_for(lambda: all(w.lines_about(n) for n in names), f"a line for each of {names}")
        assert w.proc.poll() is None, w.text()
        os.utime(folder / "hong.docx")  # touched, not changed: not read again, and said so
        wait_for(lambda: len(w.lines_about("hong.docx")) == 2, "a second line for the bad file")
    finally:
        code = w.stop()
    text = w.text()
    assert code == 0, text
    for name in ["already-there.txt", "plan.txt", "ke-hoach.docx", "tai-ve.txt", "hai-nua.txt"]:
        assert w.lines_about(name) == [f"đã lập chỉ mục: {folder / name}"], text
    bad, again = w.lines_about("hong.docx")
    assert bad.startswith(f"lỗi: {folder / 'hong.docx'}: "), text
    assert again.startswith(f"không đổi, vẫn lỗi như lần trước: {folder / 'hong.docx'} "), text
    assert "~$" not in text and ".part" not in text

    r = run("failures", "--db", str(db), "--json")
    (failure,) = json.loads(r.stdout)
    assert failure["path"] == str(folder / "hong.docx") and failure["status"] == "failed" and failure["error"]

    r = run("show", str(late), "--db", str(db), "--json")
    assert r.returncode == 0, r.stderr
    record = json.loads(r.stdout)
    assert record["paths"] == [str(late)]
    # read once it was whole: the stored file is the complete one, and its text ends as the file ends
    from vbparse import Archive

    with Archive(str(db), create=False) as archive:
        files = {f.path: f for f in archive.files()}
        assert set(files) == {str(folder / n) for n in names}
        assert files[str(late)].sha256 == sha(late) == hashlib.sha256(whole).hexdigest()
        assert files[str(folder / "ke-hoach.docx")].status == "ok"
        assert archive.count() == 5
    r = run("show", str(folder / "ke-hoach.docx"), "--db", str(db), "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["document"]["obligations"]  # the plan's tasks, read back


@pytest.mark.parametrize("backend", BACKENDS)
def test_once_stores_what_index_stores_and_skips_what_is_unchanged(tmp_path, backend):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (tmp_path / "i").mkdir()
    (tmp_path / "w").mkdir()
    by_index, drop_index = archive_location(backend, tmp_path / "i")
    by_watch, drop_watch = archive_location(backend, tmp_path / "w")
    try:
        _once_as_index(folder, by_index, by_watch)
    finally:
        drop_index()
        drop_watch()


def _once_as_index(folder: Path, by_index: str, by_watch: str) -> None:
    shutil.copy(seed("003"), folder / "plan.txt")
    shutil.copy(DOCX, folder / "ke-hoach.docx")
    (folder / "hong.docx").write_bytes(b"PK\x03\x04 not a zip at all")
    (folder / "notes.json").write_text("{}", encoding="utf-8")
    indexed = run("index", str(folder), "--db", str(by_index), "--jobs", "1")
    assert indexed.returncode == 1, indexed.stderr  # one file failed

    r = run("watch", str(folder), "--db", str(by_watch), "--once", "--settle", "0.2", "--jobs", "1")
    assert r.returncode == 1, r.stderr  # as index: a file failed
    assert f"đã lập chỉ mục: {folder / 'plan.txt'}" in r.stdout
    assert f"lỗi: {folder / 'hong.docx'}: " in r.stdout
    assert "notes.json" not in r.stdout + r.stderr

    def stored(db: str) -> tuple:
        from vbparse import Archive

        with Archive(str(db), create=False) as archive:
            files = [(f.path, f.status, f.error, f.sha256, f.doc_id) for f in archive.files()]
            docs = [archive.record(f[4]).model_dump(mode="json") for f in files if f[4]]
        return files, docs

    assert stored(by_watch) == stored(by_index)

    again = run("watch", str(folder), "--db", str(by_watch), "--once", "--settle", "0.2")
    assert again.returncode == 0, again.stderr
    assert "đã lập chỉ mục:" not in again.stdout and "lỗi:" not in again.stdout
    assert "3 không đổi" in again.stdout

    (folder / "plan.txt").write_bytes(seed("002").read_bytes())  # changed: parsed again, as index does
    (folder / "ke-hoach.docx").unlink()  # gone while nobody watched: marked so, as index does
    changed = run("watch", str(folder), "--db", str(by_watch), "--once", "--settle", "0.2")
    assert changed.returncode == 0, changed.stderr
    assert f"đã lập chỉ mục: {folder / 'plan.txt'}" in changed.stdout
    assert f"không còn trong thư mục: {folder / 'ke-hoach.docx'}" in changed.stdout
    from vbparse import Archive

    with Archive(str(by_watch), create=False) as archive:
        status = {f.path: f.status for f in archive.files()}
    assert status[str(folder / "ke-hoach.docx")] == "vanished" and status[str(folder / "plan.txt")] == "ok"


@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice reads the .doc kept busy here (.ci/run installs it)"
)
def test_sigterm_during_an_index_call_commits_what_was_parsed_and_the_next_start_reads_the_rest(tmp_path):
    """Stopped while a batch is being parsed (a .doc in LibreOffice, after the texts): exit 0, every file
    reported is stored whole, none stored that was not reported, and ``--once`` then reads the others."""
    folder, db = tmp_path / "inbox", tmp_path / "archive.db"
    folder.mkdir()
    names = [f"{i}.txt" for i in range(5)] + ["z.doc"]
    for i, prefix in enumerate(["000", "001", "002", "003", "004"]):
        shutil.copy(seed(prefix), folder / f"{i}.txt")
    shutil.copy(CORPUS / "realdocs" / "05_kh-ubnd-lamdong-thi-dua-cchc-2026-dthao.doc", folder / "z.doc")
    w = Watching(tmp_path, folder, db, "--jobs", "1")
    try:
        wait_for(lambda: "đã lập chỉ mục" in w.text() or w.proc.poll() is not None, "a first file indexed")
    finally:
        code = w.stop()
    assert code == 0, w.text()
    reported = {line.split(": ", 1)[1] for line in w.text().splitlines() if line.startswith("đã lập chỉ mục: ")}
    from vbparse import Archive

    with Archive(str(db), create=False) as archive:
        stored = {f.path for f in archive.files() if f.status == "ok"}
        assert not archive.failures()
    assert stored == reported and reported

    r = run("watch", str(folder), "--db", str(db), "--once", "--settle", "0.2")
    assert r.returncode == 0, r.stderr
    again = {line.split(": ", 1)[1] for line in r.stdout.splitlines() if line.startswith("đã lập chỉ mục: ")}
    assert again == {str(folder / n) for n in names} - reported
    with Archive(str(db), create=False) as archive:
        assert {f.path: f.status for f in archive.files()} == {str(folder / n): "ok" for n in names}


def _descendants(pid: int) -> list[int]:
    """The processes below ``pid`` (Linux's /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            children.setdefault(int(stat.rsplit(")", 1)[1].split()[1]), []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


def _command(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return ""


@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice reads the .doc kept busy here (.ci/run installs it)"
)
def test_a_stop_sent_to_every_process_at_once_records_no_failure(tmp_path):
    """systemd stops a service by sending SIGTERM to each of its processes (``KillMode=control-group``): the
    parser worker and its LibreOffice die with the watcher.  The file they were reading is no failure: it is
    not recorded, and the next start reads it (a worker's death was recorded as the file's failure, never
    retried)."""
    folder, db = tmp_path / "inbox", tmp_path / "archive.db"
    folder.mkdir()
    shutil.copy(CORPUS / "realdocs" / "05_kh-ubnd-lamdong-thi-dua-cchc-2026-dthao.doc", folder / "a.doc")
    w = Watching(tmp_path, folder, db, "--jobs", "1")
    try:
        wait_for(
            lambda: any(_command(p) == "soffice.bin" for p in _descendants(w.proc.pid)) or w.proc.poll() is not None,
            "LibreOffice reading the .doc",
        )
        for pid in [w.proc.pid, *_descendants(w.proc.pid)]:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)
    finally:
        code = w.stop()
    assert code == 0, w.text()
    assert "lỗi:" not in w.text()
    r = run("failures", "--db", str(db), "--json")
    assert json.loads(r.stdout) == [], w.text()
    r = run("watch", str(folder), "--db", str(db), "--once", "--settle", "0.2")
    assert r.returncode == 0 and f"đã lập chỉ mục: {folder / 'a.doc'}" in r.stdout, r.stdout + r.stderr


#: Seconds between two SIGTERMs of the stream below: many fall into each step of the watcher's ending.
RESEND = 0.005


def test_sigterm_again_while_the_watcher_ends_is_the_same_stop(tmp_path):
    """A second stop (systemd's SIGTERM to every process, then another; Ctrl-C twice) that comes while the
    watcher ends changes nothing: it ends as stopped, exit status 0 — neither killed by the signal once it
    has put back the handlers it found (status -15), nor hung.  Sent every few milliseconds until it ends,
    one of them lands in every step of the ending."""
    folder, db = tmp_path / "inbox", tmp_path / "archive.db"
    folder.mkdir()
    w = Watching(tmp_path, folder, db)
    try:
        wait_for(lambda: "đang theo dõi" in w.text() or w.proc.poll() is not None, "the watcher started")
        sent = 0
        while w.proc.poll() is None and sent < Watching.STOP_WITHIN / RESEND:
            with contextlib.suppress(ProcessLookupError):
                w.proc.send_signal(signal.SIGTERM)
            sent += 1
            time.sleep(RESEND)
    finally:
        code = w.stop()
    assert code == 0 and "đã dừng" in w.text(), (code, w.text())


@pytest.mark.parametrize("how", ["inotify", "polling"])
def test_a_folder_moved_in_is_read_a_hidden_one_not_and_a_deleted_file_is_marked(tmp_path, how):
    """The same from the file system's notifications and from watchdog's polling (``--polling``, a share)."""
    folder, db = tmp_path / "share", tmp_path / "archive.db"
    folder.mkdir()
    shutil.copy(seed("001"), folder / "cu.txt")
    w = Watching(tmp_path, folder, db, *(["--polling", "--polling-interval", "0.5"] if how == "polling" else []))
    try:
        wait_for(lambda: w.lines_about("cu.txt") or w.proc.poll() is not None, "the file there on start")
        staged = tmp_path / "phong-ban"
        staged.mkdir()
        shutil.copy(seed("002"), staged / "bao-cao.txt")
        staged.rename(folder / "phong-ban")  # a folder moved in whole
        (folder / ".thung-rac").mkdir()
        shutil.copy(seed("003"), folder / ".thung-rac" / "an.txt")
        (folder / "cu.txt").unlink()
        wait_for(
            lambda: w.lines_about("bao-cao.txt") and any("không còn" in line for line in w.lines_about("cu.txt")),
            "the moved folder's file indexed and the deleted one marked",
        )
    finally:
        code = w.stop()
    assert code == 0, w.text()
    assert w.lines_about("bao-cao.txt") == [f"đã lập chỉ mục: {folder / 'phong-ban' / 'bao-cao.txt'}"]
    assert w.lines_about("cu.txt")[-1] == f"không còn trong thư mục: {folder / 'cu.txt'}"
    assert "an.txt" not in w.text()
    from vbparse import Archive

    with Archive(str(db), create=False) as archive:
        status = {f.path: f.status for f in archive.files()}
    assert status == {str(folder / "cu.txt"): "vanished", str(folder / "phong-ban" / "bao-cao.txt"): "ok"}


def test_a_missing_folder_is_an_error_not_a_wait(tmp_path):
    r = run("watch", str(tmp_path / "nowhere"), "--db", str(tmp_path / "a.db"), "--once")
    assert r.returncode == 2 and "nowhere" in r.stderr


# --- the settle rule, on a clock of its own ---------------------------------------------------------------


class FakeFiles:
    def __init__(self) -> None:
        self.now = 0.0
        self.files: dict[str, tuple[int, int]] = {}

    def stat(self, path):
        try:
            size, mtime = self.files[str(path)]
        except KeyError:
            raise FileNotFoundError(path) from None
        return os.stat_result((0o100644, 0, 0, 1, 0, 0, size, 0, 0, 0, 0, 0, 0, mtime, 0, 0))


def test_a_file_is_ready_only_when_its_size_and_time_have_not_changed_for_the_settle():
    from vbparse.watch import Settler

    fs = FakeFiles()
    s = Settler(2.0, clock=lambda: fs.now, stat=fs.stat)
    fs.files["/in/a.txt"] = (100, 1)
    s.note(Path("/in/a.txt"))
    assert s.ready() == ([], [])
    fs.now = 1.5
    fs.files["/in/a.txt"] = (200, 2)  # grew: the wait starts again
    assert s.ready() == ([], [])
    fs.now = 3.0
    assert s.ready() == ([], [])
    fs.now = 3.6
    assert s.ready() == ([Path("/in/a.txt")], [])
    assert not s  # handed over once
    fs.now = 4.0
    s.note(Path("/in/gone.txt"))  # an event for a file already removed
    assert s.ready() == ([], [Path("/in/gone.txt")])


@pytest.mark.parametrize(
    "name",
    [".hidden.txt", "~$plan.docx", "plan.docx.part", "plan.pdf.crdownload", "plan.txt.tmp", "notes.json"],
)
def test_temporary_and_partial_names_are_not_read(name):
    from vbparse.ingest.walk import skipped_name

    assert skipped_name(name)


@pytest.mark.parametrize("name", ["plan.docx", "Kế hoạch 12.pdf", "a.TXT", "~plan.doc"])
def test_document_names_are_read(name):
    from vbparse.ingest.walk import skipped_name

    assert skipped_name(name) is None


def test_a_large_catch_up_is_handed_over_in_batches_each_committed(tmp_path, monkeypatch):
    """The Python API (``vbparse.watch.Watcher``), in this process: a folder of more files than one batch."""
    import threading

    from vbparse import Archive, watch

    folder = tmp_path / "inbox"
    folder.mkdir()
    for i, prefix in enumerate(["000", "001", "002", "003", "004"]):
        shutil.copy(seed(prefix), folder / f"{i}.txt")
    monkeypatch.setattr(watch, "DEFAULT_BATCH_FILES", 2)
    sizes, said = [], []
    batch = watch.Watcher._batch

    def counted(self, settled, gone):
        sizes.append(len(settled))
        return batch(self, settled, gone)

    monkeypatch.setattr(watch.Watcher, "_batch", counted)
    w = watch.Watcher(folder, str(tmp_path / "a.db"), settle=0.1, jobs=1, report=lambda *a: said.append(a))
    w.run(threading.Event(), once=True)
    assert sizes == [2, 2, 1]
    assert [a for a in said if a[0] == "indexed"] == [("indexed", str(folder / f"{i}.txt"), "") for i in range(5)]
    assert said[-1] == ("caught_up", "", "") and w.counts["indexed"] == 5
    with Archive(str(tmp_path / "a.db"), create=False) as archive:
        assert archive.count() == 5


def test_an_archive_inside_the_watched_folder_does_not_wake_it(tmp_path, monkeypatch):
    """``vbparse watch .`` with ``./vbparse.db``: the archive's own files come and go with each batch (its
    journal, its WAL); they are neither read nor taken for files gone, so a batch does not start another.
    The watcher runs in a thread here (the Python API; a signal is the command line's business)."""
    import threading

    from vbparse import watch

    folder = tmp_path / "inbox"
    folder.mkdir()
    calls = []
    batch = watch.Watcher._batch

    def counted(self, settled, gone):
        calls.append((list(settled), list(gone)))
        return batch(self, settled, gone)

    monkeypatch.setattr(watch.Watcher, "_batch", counted)
    said: list[tuple[str, str, str]] = []
    w = watch.Watcher(folder, str(folder / "vbparse.db"), settle=0.5, jobs=1, report=lambda *a: said.append(a))
    stop = threading.Event()
    started = threading.Event()
    t = threading.Thread(target=w.run, args=(stop,), kwargs={"started": started.set}, daemon=True)
    t.start()
    try:
        assert started.wait(30)
        shutil.copy(seed("001"), folder / "plan.txt")
        wait_for(lambda: ("indexed", str(folder / "plan.txt"), "") in said, "the plan indexed")
        time.sleep(2.0)  # a few looks after the batch: its own files' events have come and gone
    finally:
        stop.set()
        t.join(15)
    assert not t.is_alive()
    assert calls == [([folder / "plan.txt"], [])]
    assert [a for a in said if a[0] != "caught_up"] == [("indexed", str(folder / "plan.txt"), "")]


def test_no_notifications_for_the_folder_is_one_line_naming_polling(tmp_path, monkeypatch, capsys):
    """inotify's limit on watches reached (a large tree, a machine's other watchers): one line that says what
    to do, exit 1, nothing left running."""
    from watchdog.observers import Observer

    from vbparse.cli import main

    def refuse(self):
        raise OSError(28, "inotify watch limit reached")

    monkeypatch.setattr(Observer, "start", refuse)
    assert main(["watch", str(tmp_path), "--db", str(tmp_path / "a.db")]) == 1
    err = capsys.readouterr().err
    assert "inotify watch limit reached" in err and "--polling" in err and len(err.splitlines()) == 1
