"""Downloads made once per archive state, in the background, and kept on disk (issue 55).

The board of a unit with 5 000 tasks is ~2 s of queries and a file of megabytes: made in the request, it
held a thread and a connection for all of it, again for every request, and 200 requests at once made it
200 times and ended in 504s.  Here a download is a *job* under its key (the request as sent, the day and
``Queries.state_token``: an index run's commit or a correction makes a new one): the first request starts
it in a small pool of threads (``DEFAULT_THREADS``) on a connection of its own, the others wait for the same
job, and its file is kept under ``folder`` (the oldest dropped beyond ``DEFAULT_MAX_BYTES``), written
under a name of its own and renamed when whole.  The waiting is done in the event loop, at no thread's cost: ``wait`` gives up after the seconds it
is given, and the page then says the file is being prepared (``pages``).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import gc
import hashlib
import logging
import multiprocessing
import os
import secrets
import shutil
import threading
import time
from collections.abc import AsyncIterator, Callable, Hashable, Iterator
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import IO, Any, cast

from isal import igzip

log = logging.getLogger(__name__)

#: Processes making downloads, beside the server's: one core of two (the other for the pages).
DEFAULT_PROCESSES = max(1, min(2, (os.cpu_count() or 1) - 1))
#: Threads making downloads at once, without processes: two at most (their queries overlap; their Python shares one interpreter
#: lock with the pages, which admission lets through eight at a time).
DEFAULT_THREADS = max(1, min(2, os.cpu_count() or 1))
#: Bytes of kept downloads at most in the folder; beyond it the least recently made go first.
DEFAULT_MAX_BYTES = 512 << 20
#: Seconds a job may take (its own deadline, not a request's): a runaway query stops there.
DEFAULT_JOB_SECONDS = 300.0
#: Seconds between two looks at a file being written, for a request that streams it as it grows.
DEFAULT_FOLLOW_POLL = 0.05
#: Downloads also kept compressed (text: a unit's 5 000-task CSV is 3.3 MB, ~10× less compressed; 200 clients
#: at once took 660 MB through the event loop, which then woke 1.4 s late).  A workbook is a zip already.
COMPRESSED = frozenset({".csv", ".ics"})
#: Compression level of those copies (ISA-L's 0–3; made once per file, in the job).
DEFAULT_GZIP_LEVEL = 3
#: Seconds between two looks of a download process at whether its server is still there.
DEFAULT_PARENT_POLL = 1.0
#: How much less a download process counts than the server's pages for the machine's scheduler (``os.nice``): a
#: unit's 5 000 tasks are a second or two of its CPU, which the page reads beside it waited for on two cores.
DEFAULT_DOWNLOAD_NICENESS = 10
#: Objects a download process allocates between two collections of its youngest generation (Python's default 700):
#: reading 5 000 tasks made 560 of them and 4 full ones, 15-20 % of the read's CPU.
DEFAULT_DOWNLOAD_GC_THRESHOLD = 50_000
#: Bytes read from a kept or growing file at a time.
DEFAULT_CHUNK = 64 << 10

#: ``make(archive)`` reads what the download needs (a bad request raises here, before any byte is written)
#: and returns the writer of the file's bytes.
Writer = Callable[[IO[bytes]], Any]
Make = Callable[[Any], Writer]
#: ``lease(deadline)``: a context manager lending an archive connection (``ArchivePool.lease``).
Lease = Callable[[float], contextlib.AbstractContextManager[Any]]


def default_folder(db: str) -> Path:
    """Where this server keeps an archive's downloads: ``$VBPARSE_DOWNLOAD_CACHE``, else the user's cache
    folder; in it one folder per archive (its address hashed), and in that one per server process
    (``<pid>.<random>``, removed when the server stops; those of processes gone are removed here).  Not
    shared between processes: an archive rebuilt at the same address may count its changes alike, and a
    file kept across it would be another archive's."""
    base = os.environ.get("VBPARSE_DOWNLOAD_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "vbparse", "downloads"
    )
    where = db if "://" in db else os.path.abspath(db)
    archive = Path(base) / hashlib.sha256(where.encode("utf-8")).hexdigest()[:16]
    with contextlib.suppress(OSError):
        for old in archive.iterdir():
            pid = old.name.partition(".")[0]
            if pid.isdigit() and not _alive(int(pid)):
                shutil.rmtree(old, ignore_errors=True)
    return archive / f"{os.getpid()}.{secrets.token_hex(4)}"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # no signal sent: only whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Job:
    """One download being made: ``started`` once its queries are done and its bytes are being written to
    ``part``; ``future`` ends with the kept file's path, or the error that stopped it."""

    def __init__(self, path: Path, part: Path) -> None:
        self.path, self.part = path, part
        self.started = threading.Event()
        self.future: concurrent.futures.Future[Path] = concurrent.futures.Future()

    @property
    def done(self) -> bool:
        return self.future.done()

    @property
    def writing(self) -> bool:
        """Its bytes are being written (or it is done): in a download process, its part exists."""
        return self.started.is_set() or self.done or self.part.exists()


def write_file(lease: Lease, make: Make, part: Path, path: Path, started: threading.Event | None = None) -> int:
    """Make one download: ``make`` reads on a leased connection (until ``DEFAULT_JOB_SECONDS``), then its
    writer writes ``part`` (made only then: its existence says the bytes are coming), renamed ``path`` when
    whole.  Returns the process that made it."""
    zipped = gzipped(part)
    try:
        with lease(time.monotonic() + DEFAULT_JOB_SECONDS) as leased:
            write = make(leased.archive)
            with part.open("wb") as out:
                if started is not None:
                    started.set()
                write(out)
        if path.suffix in COMPRESSED:  # beside it, compressed, before either is there to be served
            with part.open("rb") as src, igzip.open(zipped, "wb", compresslevel=DEFAULT_GZIP_LEVEL) as dst:
                shutil.copyfileobj(src, dst, DEFAULT_CHUNK)
            os.replace(zipped, gzipped(path))
        os.replace(part, path)
    except BaseException:
        for left in (part, zipped):
            with contextlib.suppress(OSError):
                left.unlink()
        raise
    return os.getpid()


def gzipped(path: Path) -> Path:
    """Where a kept text download's compressed copy is (``name.csv.gz``)."""
    return path.with_name(path.name + ".gz")


_own_pool: Any = None  # in a download process: its one connection to the archive (``deps.ArchivePool``)


def write_file_apart(db: str, make: Make, part: Path, path: Path) -> int:
    """``write_file`` in a download process, on a connection of its own, opened at its first job."""
    global _own_pool
    if _own_pool is None:
        from .deps import ArchivePool

        _own_pool = ArchivePool(db, 1, timeout=DEFAULT_JOB_SECONDS)
    return write_file(_own_pool.lease, make, part, path)


def _leave_with_parent(parent: int) -> None:
    """In a download process: end when the server that started it is gone (killed: nobody ends it); yield the
    machine to the server's pages (``DEFAULT_DOWNLOAD_NICENESS``) and collect its garbage less often
    (``DEFAULT_DOWNLOAD_GC_THRESHOLD``)."""
    with contextlib.suppress(OSError):
        os.nice(DEFAULT_DOWNLOAD_NICENESS)
    gc.set_threshold(DEFAULT_DOWNLOAD_GC_THRESHOLD, *gc.get_threshold()[1:])

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(DEFAULT_PARENT_POLL)
        os._exit(0)

    threading.Thread(target=watch, name="vbparse-parent-watch", daemon=True).start()


class Downloads:
    """Jobs by key, at most one per key at a time in this server, their files kept under ``folder``.

    With ``processes``, the jobs run in that many processes of their own (each with one connection to
    ``db``): their Python work, seconds of it for a unit's 5 000 tasks, no longer takes the interpreter
    lock from the threads building pages (issue 55: pages p95 5 s beside downloads made in threads).  With
    none, in ``threads`` threads of the server, on connections lent by ``lease(deadline)`` (``ArchivePool.lease``);
    ``make`` is then called in this process (what the tests slow down and count)."""

    def __init__(
        self,
        folder: Path,
        lease: Lease,
        *,
        db: str | None = None,
        processes: int = 0,
        threads: int = DEFAULT_THREADS,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        self.folder, self._lease, self.max_bytes, self.db = Path(folder), lease, max_bytes, db
        self.processes = processes if db is not None else 0
        self._threads = concurrent.futures.ThreadPoolExecutor(threads, thread_name_prefix="vbparse-download")
        self._apart: concurrent.futures.ProcessPoolExecutor | None = None
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self.made = 0  # jobs that ended with a kept file, for the tests and the figures
        self.makers: set[int] = set()  # the processes that made them

    def path_of(self, key: Hashable, ext: str) -> Path:
        return self.folder / f"{hashlib.sha256(repr(key).encode('utf-8')).hexdigest()[:32]}.{ext}"

    def job(self, key: Hashable, ext: str, make: Make) -> Job:
        """The job for ``key``: done at once when its file is kept, the one running, or a new one started."""
        path = self.path_of(key, ext)
        with self._lock:
            running = self._jobs.get(path.name)
            if running is not None:
                return running
            job = Job(path, path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.part"))
            if path.exists():
                job.started.set()
                job.future.set_result(path)
                return job
            self._jobs[path.name] = job
        self.folder.mkdir(parents=True, exist_ok=True)
        if self.processes:
            self._submit_apart(job, make)
        else:
            done = self._threads.submit(write_file, self._lease, make, job.part, job.path, job.started)
            done.add_done_callback(lambda f: self._finish(job, f))
        return job

    def _submit_apart(self, job: Job, make: Make) -> None:
        for _attempt in range(2):  # a process of the pool died (killed, out of memory): a new pool, once
            with self._lock:
                apart = self._apart = self._apart or self._new_apart()
            try:
                done = apart.submit(write_file_apart, cast(str, self.db), make, job.part, job.path)
            except BrokenProcessPool:
                with self._lock:
                    self._apart = None if self._apart is apart else self._apart
                continue
            done.add_done_callback(lambda f: self._finish(job, f))
            return
        self._finish(job, None)

    def _finish(self, job: Job, done: concurrent.futures.Future[int] | None) -> None:
        if done is None:
            exc: BaseException | None = RuntimeError("the download processes could not be started")
        elif done.cancelled():  # the server is stopping
            exc = concurrent.futures.CancelledError("the server stopped before the download was made")
        else:
            exc = done.exception()
        if isinstance(exc, BrokenProcessPool):
            with self._lock:
                self._apart = None  # a new pool for the next job
        if exc is None and done is not None:
            self.made += 1
            self.makers.add(done.result())
            job.future.set_result(job.path)
        else:  # told to the requests waiting (a bad filter, a timeout); never kept
            log.debug("a download was not made: %s", exc)
            with contextlib.suppress(OSError):
                job.part.unlink()
            job.future.set_exception(cast(BaseException, exc))
        job.started.set()
        with self._lock:
            self._jobs.pop(job.path.name, None)
        self._trim()

    def _trim(self) -> None:
        """Drop the least recently made files beyond ``max_bytes`` (the parts being written stay)."""
        try:
            files = [(p.stat().st_mtime, p.stat().st_size, p) for p in self.folder.iterdir() if p.name[0] != "."]
        except OSError:
            return
        total = sum(size for _, size, _ in files)
        for _, size, p in sorted(files, key=lambda f: f[0]):
            if total <= self.max_bytes:
                break
            with contextlib.suppress(OSError):
                p.unlink()
                total -= size

    def warm(self) -> None:
        """Start the download processes now (a new Python each: a second or two), not at the first download."""
        if self.processes:
            with self._lock:
                apart = self._apart = self._apart or self._new_apart()
            for _ in range(self.processes):
                apart.submit(os.getpid)

    def _new_apart(self) -> concurrent.futures.ProcessPoolExecutor:
        return concurrent.futures.ProcessPoolExecutor(
            self.processes,
            mp_context=multiprocessing.get_context("spawn"),  # never a fork of a server's threads
            initializer=_leave_with_parent,
            initargs=(os.getpid(),),
        )

    def close(self, *, remove: bool = False) -> None:
        """Stop taking jobs and end the download processes (a job being made is dropped with its part); with
        ``remove``, the folder goes too (a server's own, ``default_folder``)."""
        self._threads.shutdown(wait=False, cancel_futures=True)
        apart, self._apart = self._apart, None
        if apart is not None:
            workers = list((getattr(apart, "_processes", None) or {}).values())
            apart.shutdown(wait=False, cancel_futures=True)
            for worker in workers:  # a job of minutes would keep the server's exit waiting
                with contextlib.suppress(Exception):
                    worker.terminate()
        if remove:
            shutil.rmtree(self.folder, ignore_errors=True)
            with contextlib.suppress(OSError):  # the archive's folder too, when no other server keeps files there
                self.folder.parent.rmdir()


async def wait(job: Job, seconds: float, *, started: bool = False) -> bool:
    """Wait in the event loop until the job is done (or, with ``started``, writing), at most ``seconds``;
    whether it is."""
    give_up = time.monotonic() + seconds
    if not started:
        ended = asyncio.wrap_future(job.future)
        ended.add_done_callback(lambda f: f.cancelled() or f.exception())  # told by ``job.future``, not here
        with contextlib.suppress(TimeoutError, Exception):
            await asyncio.wait_for(asyncio.shield(ended), seconds)
        return job.done
    while not job.writing and time.monotonic() < give_up:
        await asyncio.sleep(DEFAULT_FOLLOW_POLL)
    return job.writing


async def follow(job: Job) -> AsyncIterator[bytes]:
    """The bytes of a job's file as they are written, to its end; a job that fails ends the stream with its
    error (the connection is cut, never a short file taken for a whole one)."""
    try:
        fh = job.part.open("rb")
    except FileNotFoundError:  # renamed in between: it is whole
        for chunk in read_file(job.future.result()):
            yield chunk
        return
    with fh:
        while True:
            chunk = fh.read(DEFAULT_CHUNK)
            if chunk:
                yield chunk
                continue
            if job.done:
                job.future.result()  # raises the job's error
                while rest := fh.read(DEFAULT_CHUNK):
                    yield rest
                return
            await asyncio.sleep(DEFAULT_FOLLOW_POLL)


#: Seconds what several downloads read alike (a unit's tasks) is shared between their jobs.
DEFAULT_SHARE_SECONDS = 30.0


class Shared:
    """What jobs read alike, read once: ``get(key, read)`` is ``read()``'s value, read by the first job asking
    for ``key`` while the others wait for it, and given to those asking within ``DEFAULT_SHARE_SECONDS``
    (the board's three files and the register's two read the same 5 000 tasks: 2–3 s each)."""

    def __init__(self) -> None:
        self._kept: dict[Hashable, tuple[float, concurrent.futures.Future[Any]]] = {}
        self._lock = threading.Lock()

    def get(self, key: Hashable, read: Callable[[], Any]) -> Any:
        now = time.monotonic()
        with self._lock:
            self._prune_locked(now)
            kept = self._kept.get(key)
            if kept is not None:
                return kept[1].result()
            future: concurrent.futures.Future[Any] = concurrent.futures.Future()
            self._kept[key] = (now, future)
        dropper = threading.Timer(DEFAULT_SHARE_SECONDS + 1, self.prune)  # not kept while no job asks again
        dropper.daemon = True
        dropper.start()
        try:
            value = read()
        except Exception as exc:  # the others are told; nothing is kept
            with self._lock:
                self._kept.pop(key, None)
            future.set_exception(exc)
            raise
        future.set_result(value)
        return value

    def prune(self) -> None:
        """Drop what was read more than ``DEFAULT_SHARE_SECONDS`` ago (a unit's tasks: tens of MB)."""
        with self._lock:
            self._prune_locked(time.monotonic())

    def _prune_locked(self, now: float) -> None:
        for old in [k for k, (when, _) in self._kept.items() if now - when > DEFAULT_SHARE_SECONDS]:
            del self._kept[old]


def read_file(path: Path) -> Iterator[bytes]:
    with path.open("rb") as fh:
        while chunk := fh.read(DEFAULT_CHUNK):
            yield chunk
