"""Where ``Archive.index`` parses: the local process pool (default) or a Ray cluster.

An engine is told what to run (a ``ParseJob``) and starts a ``Runner``, whose ``results(tasks, stop)``
yields each file's ``Result`` as it comes, in any order: ``(status, path, sha256, rows or reason)``,
exactly what the job's ``parse_one`` returns.  A file the runner could not get parsed (over the time limit, its
worker lost) is a ``failed`` result with the reason, never an exception.  With ``idle=True`` the runner
also yields ``None`` when half a second passes without a result, so that the writer can commit on time.
The driver (the ``index`` process) writes every result; workers only parse.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from .jobs import RAY_INSTALL_HINT, EngineUnavailable, ParseJob, require_ray
from .workers import ParsePool, Result, Task

__all__ = [
    "ENGINES",
    "RAY_INSTALL_HINT",
    "Engine",
    "EngineUnavailable",
    "LocalEngine",
    "ParseJob",
    "RayEngine",
    "engine_for",
    "require_ray",
]

ENGINES = ("local", "ray")


class Runner(Protocol):
    def results(
        self, tasks: Iterable[Task], stop: Callable[[], bool] = ..., idle: bool = ...
    ) -> Iterator[Result | None]: ...

    def close(self) -> None: ...


class Engine(Protocol):
    @property
    def name(self) -> str:  # a property: the engines are frozen dataclasses
        ...

    def start(self, job: ParseJob) -> Runner: ...


@dataclass(frozen=True)
class LocalEngine:
    """``jobs`` parser processes on this machine (default: one per core)."""

    jobs: int | None = None
    name: str = "local"

    def start(self, job: ParseJob) -> ParsePool:
        jobs = min(max(1, self.jobs or os.cpu_count() or 1), max(1, job.files))
        return ParsePool(jobs, job.parse_one, job.ocr, job.timeout, close_fds=job.close_fds)


@dataclass(frozen=True)
class RayEngine:
    """Ray tasks on the cluster at ``address`` (``None``: ``$RAY_ADDRESS``, else the cluster started on
    this machine by ``ray start``, else a Ray started for this run).

    ``ship``: ``path`` when every worker sees the files at the driver's paths (a shared folder),
    ``bytes`` to send each file's content from the driver, ``auto`` to ask every node first."""

    address: str | None = None
    ship: Literal["auto", "path", "bytes"] = "auto"
    name: str = "ray"
    #: Called (from a watchdog thread) with a one-line reason when the cluster's head stops answering and
    #: the run is stuck inside Ray: the command line says so and ends the process (what was committed
    #: stays).  Without it the run raises ``HeadLost`` when Ray gives control back.
    on_head_lost: Callable[[str], None] | None = None

    def start(self, job: ParseJob) -> Any:
        from .ray_engine import RayRunner

        return RayRunner(job, address=self.address, ship=self.ship, on_head_lost=self.on_head_lost)


def engine_for(
    name: str | None,
    *,
    jobs: int | None = None,
    ray_address: str | None = None,
    ray_ship: str = "auto",
    on_head_lost: Callable[[str], None] | None = None,
) -> Engine:
    """The engine named on the command line; ``EngineUnavailable`` (one line) when it cannot run here."""
    if name in (None, "local"):
        return LocalEngine(jobs)
    if name == "ray":
        require_ray()
        from .ray_engine import unreachable_reason

        why = unreachable_reason(ray_address)
        if why:  # said before anything is read or written (Ray itself would wait for minutes)
            raise EngineUnavailable(f"cannot reach the Ray cluster at {ray_address} ({why})")
        return RayEngine(ray_address, ray_ship, on_head_lost=on_head_lost)  # type: ignore[arg-type]
    raise ValueError(f"unknown engine {name!r} (one of {', '.join(ENGINES)})")
