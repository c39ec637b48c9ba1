"""What an engine is given and what it may raise, shared by ``engines`` and ``ray_engine``: the Ray runner
imports these, not ``engines``, which picks it (``engines`` → ``ray_engine``, never back)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..errors import StoreError
from .workers import DEFAULT_FILE_TIMEOUT, Result

#: What ``pip`` installs for ``--engine ray`` (named in the error when Ray is missing).
RAY_INSTALL_HINT = "pip install 'vbparse[ray]'"


class EngineUnavailable(StoreError):
    """The engine asked for cannot run here (Ray not installed, no cluster at the address)."""


@dataclass(frozen=True)
class ParseJob:
    """What every worker runs: ``parse_one(path, sha, ocr)``, each file within ``timeout`` seconds."""

    parse_one: Callable[..., Result]
    ocr: str
    timeout: float | None = DEFAULT_FILE_TIMEOUT
    #: files to parse in this run (no more workers are started than that)
    files: int = 1
    #: descriptors a forked local worker must close (the archive's run lock)
    close_fds: tuple[int, ...] = ()
    #: ``(payload, path) → payload``: what ``parse_one`` returned for a copy of the file (Ray sending its
    #: bytes), made to name the file itself; the engines know nothing of what a payload holds
    renamed: Callable[[Any, str], Any] | None = None


def require_ray() -> None:
    """``EngineUnavailable`` naming the install command when Ray is not installed (not imported here:
    its import is slow, and a loopback cluster needs a setting made before it, see ``ray_engine``)."""
    import importlib.util
    import sys

    if "ray" in sys.modules:
        found = sys.modules["ray"] is not None
    else:
        try:
            found = importlib.util.find_spec("ray") is not None
        except (ImportError, ValueError):
            found = False
    if not found:
        raise EngineUnavailable(f"--engine ray needs Ray, which is not installed: {RAY_INSTALL_HINT}")
