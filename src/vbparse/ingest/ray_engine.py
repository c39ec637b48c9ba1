"""``index --engine ray``: reading, OCR and parsing as Ray tasks on a cluster; the driver writes.

Each file is one task (``_parse_remote``: the job's ``parse_one`` on the worker).  Files reach the workers by
path when every node sees the driver's folder (asked once per run, or ``ship="path"``), else as bytes
read by the driver and written by the worker to a temporary file of the same name.  At most
``DEFAULT_WINDOW_PER_CPU`` tasks per cluster CPU are in flight, so a million files never make a million
object references.  A task whose worker dies is retried once by Ray (``max_retries``), then its file is
recorded as failed with the reason.  The per-file time limit is kept by the driver: Ray runs a
driver's tasks in about the order they were sent, so the oldest tasks, as many as the cluster has CPUs,
are taken as running; one past the limit is cancelled (its worker killed) and recorded as failed.

A cluster on loopback only (``ray start --head --node-ip-address=127.0.0.1``, as CI and tests start
it) also needs ``RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER=0``, else Ray resolves 127.0.0.1 to the machine's
network address; it is set here for a loopback address before Ray is imported.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .jobs import EngineUnavailable, ParseJob, require_ray
from .workers import Result, Task

#: Tasks in flight per cluster CPU: enough that a CPU finishing one file finds the next already sent
#: (no round trip to the driver between files), few enough that the driver holds little (the bytes of
#: the files in flight, in bytes mode).
DEFAULT_WINDOW_PER_CPU = 3
#: How often the driver looks at the clock while every task in flight is still running (seconds).
_TICK = 0.5
#: How often the cluster's CPU count is asked again (nodes may join or leave during a long run).
_RESIZE_EVERY = 30.0
_LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")
#: Seconds to wait for the cluster's address to answer before saying it does not.
DEFAULT_CONNECT_SECONDS = 10.0
#: During a run, how often the head is asked whether it still answers, and how long an answer may take:
#: Ray itself waits 60 s for a dead head, then ends the process with its own logs.
DEFAULT_HEAD_CHECK_SECONDS = 2.0
_HEAD_ANSWER_SECONDS = 3.0


def _is_loopback(address: str | None) -> bool:
    """A cluster on this machine only: at a loopback address, or started for the run (no address)."""
    if address is None:
        return True
    host = address.split("://")[-1].rsplit(":", 1)[0]
    return host in _LOOPBACK


def _import_ray(address: str | None) -> Any:
    require_ray()
    if _is_loopback(address):
        os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")
    import ray

    if _is_loopback(address) and os.environ.get("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER") == "0":
        try:  # Ray was imported before (by a test, a notebook): the constant it read then is corrected
            from ray._private import ray_constants

            ray_constants.ENABLE_RAY_CLUSTER = False
        except (ImportError, AttributeError):
            pass
    return ray


class HeadLost(EngineUnavailable):
    """The cluster's head stopped answering during a run: what was parsed before is committed."""


def unreachable_reason(address: str | None, timeout: float = DEFAULT_CONNECT_SECONDS) -> str | None:
    """Why nothing answers at ``HOST:PORT`` (``None``: something does, or the address is not one): Ray
    itself would wait for it for minutes."""
    host, _, port = (address or "").split("://")[-1].rpartition(":")
    if not host or not port.isdecimal():
        return None
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=timeout).close()
    except OSError as exc:
        return exc.strerror or type(exc).__name__
    return None


# --- on the workers ----------------------------------------------------------------------------------


def _parse_remote(job: ParseJob, path: str, sha: str, data: bytes | None) -> Result:
    """The job's ``parse_one`` on a worker: of the shared file, or of ``data`` written to a temporary file of
    the file's own name (readers work on paths; the name may matter to them), reported under ``path`` and
    its payload ``renamed`` after it.  The task holds one CPU: a scan's pages are recognised one after
    the other."""
    from ..read.ocr import OCR_WORKERS_ENV

    os.environ.setdefault(OCR_WORKERS_ENV, "1")
    if data is None:
        return job.parse_one(path, sha, job.ocr)
    with tempfile.TemporaryDirectory(prefix="vbparse-") as folder:
        local = Path(folder) / (os.path.basename(path) or "file")
        local.write_bytes(data)
        status, _, sha, payload = job.parse_one(str(local), sha, job.ocr)
    if status == "ok" and job.renamed is not None:
        payload = job.renamed(payload, path)
    return status, path, sha, payload


def _sees(path: str, size: int) -> bool:
    try:
        return os.stat(path).st_size == size
    except OSError:
        return False


# --- on the driver -----------------------------------------------------------------------------------


@contextlib.contextmanager
def _sigterm_kept() -> Iterator[None]:
    """Around ``ray.init`` and ``ray.shutdown``: a SIGTERM stops the run as anywhere else.  ``ray.init`` puts
    its own handler in place (``sys.exit(15)``), its C++ core another, and ``ray.shutdown`` leaves SIGTERM at
    the default (killed, -15): a SIGTERM meanwhile ended the run with 15 or -15 instead of 130.  So SIGTERM
    is held (blocked in this thread; Ray's threads started meanwhile inherit the block) and our handler put
    back before a held one is let through.  Only the main thread takes signals; elsewhere nothing is done."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    ours = signal.getsignal(signal.SIGTERM)
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, ours if ours is not None else signal.SIG_DFL)
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


@dataclass
class _InFlight:
    task: Task
    #: when the task was taken as running (``None``: still queued on the cluster)
    started: float | None = None


class RayRunner:
    """The tasks of one index run on a Ray cluster; see the module's docstring."""

    def __init__(
        self,
        job: ParseJob,
        *,
        address: str | None = None,
        ship: str = "auto",
        on_head_lost: Callable[[str], None] | None = None,
    ) -> None:
        self.job = job
        self.address = address or os.environ.get("RAY_ADDRESS") or None
        ray = self.ray = _import_ray(self.address)
        self._owns = not ray.is_initialized()
        if self._owns and (why := unreachable_reason(self.address)):
            raise EngineUnavailable(f"cannot reach the Ray cluster at {self.address} ({why})")
        if self._owns:
            os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
            try:
                with _sigterm_kept():
                    # no address: the Ray started on this machine (ray start), else a new one for this run
                    ray.init(address=self.address, log_to_driver=False, logging_level="WARNING")
            except Exception as exc:  # noqa: BLE001 - Ray raises ConnectionError, RuntimeError, ValueError
                why = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
                raise EngineUnavailable(
                    f"cannot connect to the Ray cluster at {self.address or '(a new local one)'} ({why})"
                ) from None
        self.timeout = job.timeout if job.timeout and job.timeout > 0 else None
        self._parse = ray.remote(num_cpus=1, max_retries=1, retry_exceptions=True)(_parse_remote)
        self._job_ref = ray.put(job)
        self.ship = ship
        self._inflight: dict[Any, _InFlight] = {}  # in the order sent
        self._cpus = 1
        self._sized = 0.0
        self._resize()
        try:
            self._head: str | None = ray.get_runtime_context().gcs_address
        except Exception:  # noqa: BLE001 - an older Ray: the address given, if any
            self._head = self.address
        self.head_lost: str | None = None  # why, once the head stopped answering
        self._closed = threading.Event()
        self._on_head_lost = on_head_lost
        threading.Thread(target=self._watch_head, name="vbparse-ray-head", daemon=True).start()

    def _watch_head(self) -> None:
        """Ask the head every ``DEFAULT_HEAD_CHECK_SECONDS``; twice without an answer, it is lost.  The run
        is then most likely blocked inside Ray (which waits 60 s for a head, then ends the process with its
        own logs): ``on_head_lost`` is told at once; without it ``results`` raises when it can."""
        misses = 0
        while not self._closed.wait(DEFAULT_HEAD_CHECK_SECONDS):
            why = unreachable_reason(self._head, _HEAD_ANSWER_SECONDS)
            misses = misses + 1 if why else 0
            if why and misses >= 2:
                self.head_lost = (
                    f"the Ray cluster at {self._head} stopped answering ({why}); what was indexed before is "
                    "committed: run the same command again to resume"
                )
                if self._on_head_lost is not None:
                    self._on_head_lost(self.head_lost)
                return

    def _check_head(self) -> None:
        if self.head_lost:
            raise HeadLost(self.head_lost)

    # --- the cluster -------------------------------------------------------------------------------
    def _resize(self) -> None:
        self._cpus = max(1, int(self.ray.cluster_resources().get("CPU", 1)))
        self._sized = time.monotonic()

    @property
    def window(self) -> int:
        return DEFAULT_WINDOW_PER_CPU * self._cpus

    def _shared(self, path: str) -> bool:
        """Whether every node sees ``path`` as the driver does (same size): one tiny task per node."""
        from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

        try:
            size = os.stat(path).st_size
        except OSError:
            return False
        check = self.ray.remote(num_cpus=0, max_retries=1)(_sees)
        refs = [
            check.options(scheduling_strategy=NodeAffinitySchedulingStrategy(n["NodeID"], soft=False)).remote(
                path, size
            )
            for n in self.ray.nodes()
            if n.get("Alive")
        ]
        try:
            return all(self.ray.get(refs, timeout=60))
        except Exception:  # noqa: BLE001 - a node that cannot answer cannot be counted on to see the folder
            return False

    # --- the tasks ---------------------------------------------------------------------------------
    def _send(self, task: Task) -> Result | None:
        path, sha = task
        data = None
        if self.ship == "bytes":
            try:
                data = Path(path).read_bytes()
            except OSError as exc:
                return "failed", path, sha, f"cannot read the file ({exc.strerror or exc})"
        ref = self._parse.remote(self._job_ref, path, sha, data)
        self._inflight[ref] = _InFlight(task)
        return None

    def _outcome(self, ref: Any) -> Result:
        entry = self._inflight.pop(ref)
        path, sha = entry.task
        try:
            return self.ray.get(ref)
        except self.ray.exceptions.TaskCancelledError:
            return "failed", path, sha, "cancelled on the Ray cluster"
        except (
            self.ray.exceptions.WorkerCrashedError,
            self.ray.exceptions.NodeDiedError,
            self.ray.exceptions.ObjectLostError,
        ) as exc:
            return "failed", path, sha, f"the Ray worker died while reading it, twice ({type(exc).__name__})"
        except self.ray.exceptions.RayTaskError as exc:
            cause = exc.cause if getattr(exc, "cause", None) is not None else exc
            text = str(cause).strip().splitlines()[0][:200] if str(cause).strip() else ""
            return "failed", path, sha, f"internal error in the Ray task, twice ({type(cause).__name__}: {text})"
        except self.ray.exceptions.RayError as exc:
            return "failed", path, sha, f"lost on the Ray cluster ({type(exc).__name__})"

    def _clock(self, now: float) -> list[Result]:
        """Start the clock of the oldest tasks, as many as the cluster has CPUs; cancel those past the limit."""
        late: list[Result] = []
        for n, (ref, entry) in enumerate(list(self._inflight.items())):
            if n >= self._cpus:
                break
            if entry.started is None:
                entry.started = now
            elif self.timeout is not None and now - entry.started > self.timeout:
                self.ray.cancel(ref, force=True)
                del self._inflight[ref]
                why = f"took longer than the per-file time limit ({self.timeout:.0f} s; index --timeout to change it)"
                late.append(("failed", *entry.task, why))
        return late

    def results(
        self, tasks: Iterable[Task], stop: Callable[[], bool] = lambda: False, idle: bool = False
    ) -> Iterator[Result | None]:
        """Each file's result as it comes, until ``stop()`` says so (asked at least every half second)."""
        queue = iter(tasks)
        exhausted = False
        while True:
            if stop():
                return
            done: list[Result] = []
            while not exhausted and len(self._inflight) < self.window:
                task = next(queue, None)
                if task is None:
                    exhausted = True
                    break
                if self.ship == "auto":
                    self.ship = "path" if self._shared(task[0]) else "bytes"
                failed = self._send(task)
                if failed is not None:
                    done.append(failed)
            if not self._inflight and not done:
                return
            now = time.monotonic()
            self._check_head()
            if now - self._sized > _RESIZE_EVERY:
                self._resize()
            done += self._clock(now)
            refs = list(self._inflight)
            if refs and not done:
                ready, _ = self.ray.wait(refs, num_returns=1, timeout=_TICK)
                if ready:
                    ready, _ = self.ray.wait(refs, num_returns=len(refs), timeout=0)
            else:
                ready, _ = self.ray.wait(refs, num_returns=len(refs), timeout=0) if refs else ([], [])
            done += [self._outcome(ref) for ref in ready]
            yield from done
            if idle and not done:
                yield None

    def close(self) -> None:
        """Cancel what is still in flight (not recorded: read again next time); disconnect from Ray.  With
        the head gone neither can be done (Ray would wait for it): the process is to end (``head_lost``)."""
        self._closed.set()
        if self.head_lost:
            self._inflight.clear()
            return
        for ref in list(self._inflight):
            with contextlib.suppress(Exception):  # already finished, or the cluster is gone
                self.ray.cancel(ref, force=True)
        self._inflight.clear()
        if self._owns and self.ray.is_initialized():
            with _sigterm_kept():
                self.ray.shutdown()
