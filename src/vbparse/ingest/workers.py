"""Parser processes for ``Archive.index``: one file at a time each, with a time limit per file.

A pool of our own rather than ``concurrent.futures``: the parent must know which file each worker is
on, so that a file over its time limit (a hostile PDF, a stuck converter) costs one worker — killed
with what it started in its process group (Tesseract) and replaced; its LibreOffice, which runs in a
session of its own, is ended by its guard the moment the worker is gone (``read/soffice.py``) — not the
run; and so that Ctrl-C or ``kill`` stops every worker at once instead of waiting for the files they are on.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

#: Seconds one file may take in ``index`` before its worker is stopped and the file recorded as failed.
DEFAULT_FILE_TIMEOUT = 900.0
#: How often the parent looks at the clock while every worker is busy.
_TICK = 0.5
#: Added to each worker's niceness (and so its Tesseract's): parsing is batch work, and a server or a person's
#: command on the same machine should answer first (issue 40: the board's p95 under 200 requests went from
#: 1.2 s to 2.0–2.7 s while an index run took both cores).  On an idle machine it changes nothing.
DEFAULT_WORKER_NICENESS = 10

Task = tuple[str, str]  # (path, sha256)
Result = tuple[str, str, str, Any]  # (status, path, sha256, rows or reason)


def _watch_parent(parent: int) -> None:
    """A parent killed with -9 leaves no worker (nor a worker's Tesseract) behind."""
    while True:
        time.sleep(0.5)
        if os.getppid() != parent:
            os.killpg(0, signal.SIGKILL)


def _serve(
    conn: multiprocessing.connection.Connection,
    parse_one: Callable[..., Result],
    ocr: str,
    close: tuple[int, ...],
    ocr_workers: int,
) -> None:
    from ..read.ocr import OCR_WORKERS_ENV

    os.environ.setdefault(OCR_WORKERS_ENV, str(ocr_workers))  # its share of the cores, unless the user set it
    for fd in close:  # the parent's lock: a worker outliving it a moment must not keep the archive locked
        try:
            os.close(fd)
        except OSError:
            pass
    os.setpgid(0, 0)  # its own process group: stopping the worker stops the programs it runs
    try:
        os.nice(DEFAULT_WORKER_NICENESS)
    except OSError:  # a system that refuses it: the worker runs as before
        pass
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    threading.Thread(target=_watch_parent, args=(os.getppid(),), daemon=True).start()
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        conn.send(parse_one(*task, ocr))


#: Seconds a dead worker's parent waits, before calling it its file's failure, for a stop signal sent to both.
_STOP_GRACE = 0.5
#: Files queued in each worker's pipe: the next one is there when the last is done, so no worker waits
#: for the parent (busy storing the other's result) to be handed its next file.
_DEPTH = 2


@dataclass
class _Worker:
    process: Any
    conn: multiprocessing.connection.Connection
    #: the files sent, in order; the first is being parsed (since ``started``)
    tasks: deque[Task] = field(default_factory=deque)
    started: float = 0.0


class ParsePool:
    """``jobs`` worker processes running ``parse_one(path, sha, ocr)``; see ``results``."""

    def __init__(
        self,
        jobs: int,
        parse_one: Callable[..., Result],
        ocr: str,
        timeout: float | None = DEFAULT_FILE_TIMEOUT,
        close_fds: tuple[int, ...] = (),
    ) -> None:
        self.jobs = max(1, jobs)
        self.close_fds = close_fds
        self.parse_one = parse_one
        self.ocr = ocr
        self.timeout = timeout if timeout and timeout > 0 else None
        self._context = multiprocessing.get_context("fork")
        self._workers: list[_Worker] = []
        from ..read.ocr import usable_cores

        #: pages of a scan each worker recognises at once: the cores shared out between the workers
        self.ocr_workers = max(1, usable_cores() // self.jobs)

    def _start(self) -> _Worker:
        mine, theirs = self._context.Pipe()
        process = self._context.Process(
            target=_serve, args=(theirs, self.parse_one, self.ocr, self.close_fds, self.ocr_workers), daemon=True
        )
        process.start()
        theirs.close()
        return _Worker(process, mine)

    def _stop(self, w: _Worker) -> None:
        try:
            os.killpg(w.process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            w.process.kill()
        w.process.join(5)
        w.conn.close()

    def results(
        self, tasks: Iterable[Task], stop: Callable[[], bool] = lambda: False, idle: bool = False
    ) -> Iterator[Result | None]:
        """Each task's result as it comes (a file over the time limit or whose worker died: ``failed``;
        the files queued behind it go to another worker), until ``stop()`` says so (asked at least every
        half second).  A stop sent to every process at once (systemd's ``KillMode=control-group``) kills the
        workers too: a worker dead, or a failure come in, once the run is stopping is no file's failure (the
        file is read again next time).  ``idle``: also ``None`` after half a second without a result (the
        caller may commit)."""
        queue = iter(tasks)
        again: deque[Task] = deque()  # queued behind a file whose worker was stopped
        exhausted = False
        done: list[Result] = []
        while True:
            if stop():
                # a failure that came in as the run was stopped may be the stop's doing (a converter killed with
                # the rest): not recorded, the file is read again next time; a parse that succeeded is kept
                yield from (r for r in done if r[0] == "ok")
                return
            while again or not exhausted:  # the least loaded worker first; a new one while one is missing
                w = min((x for x in self._workers if len(x.tasks) < _DEPTH), key=lambda x: len(x.tasks), default=None)
                if (w is None or w.tasks) and len(self._workers) < self.jobs:
                    w = self._start()
                    self._workers.append(w)
                if w is None:
                    break
                task = again.popleft() if again else next(queue, None)
                if task is None:
                    exhausted = True
                    break
                if not w.tasks:
                    w.started = time.monotonic()
                w.tasks.append(task)
                w.conn.send(task)
            yield from done
            if idle and not done and self._workers:
                yield None
            done = []
            busy = [w for w in self._workers if w.tasks]
            if not busy:
                return
            for conn in multiprocessing.connection.wait([w.conn for w in busy], timeout=_TICK):
                w = next(x for x in busy if x.conn is conn)
                try:
                    done.append(w.conn.recv())
                    w.tasks.popleft()
                    w.started = time.monotonic()  # the next queued file starts now
                except (EOFError, OSError):
                    # its exit status, and the time for a stop sent to every process at once (systemd's stop,
                    # a kill of the whole group) to reach this one too
                    w.process.join(_STOP_GRACE)
                    if stop():  # ended with the run, not by its file: the file is not recorded, read next time
                        again.extend(w.tasks)
                        w.tasks.clear()
                        self._replace(w)
                        continue
                    code = w.process.exitcode
                    why = f"signal {-code}" if code is not None and code < 0 else f"exit status {code}"
                    done.append(self._fail(w, again, f"the parser process died while reading it ({why})"))
            if self.timeout is not None:
                now = time.monotonic()
                for w in list(self._workers):
                    if w.tasks and now - w.started > self.timeout:
                        done.append(
                            self._fail(
                                w,
                                again,
                                f"took longer than the per-file time limit "
                                f"({self.timeout:.0f} s; index --timeout to change it)",
                            )
                        )

    def _fail(self, w: _Worker, again: deque[Task], why: str) -> Result:
        """Stop ``w``: its current file fails with ``why``, the files queued behind it go to ``again``."""
        task = w.tasks.popleft()
        again.extend(w.tasks)
        w.tasks.clear()
        self._replace(w)
        return ("failed", task[0], task[1], why)

    def _replace(self, w: _Worker) -> None:
        self._stop(w)
        self._workers.remove(w)

    def close(self) -> None:
        """Stop every worker now (a file being read is abandoned: it is not recorded and is read next time)."""
        for w in self._workers:
            if not w.tasks:
                try:
                    w.conn.send(None)
                except OSError:
                    pass
        for w in self._workers:
            if w.tasks:
                self._stop(w)
            else:
                w.process.join(2)
                if w.process.is_alive():
                    self._stop(w)
                w.conn.close()
        self._workers.clear()
