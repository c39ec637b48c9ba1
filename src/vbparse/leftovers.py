"""Temporary files and folders named after the process that made them, and removed by a later run once
that process is gone.

A run killed with ``kill -9`` (or a worker the pool stopped) cannot clean up: its hidden ``.part`` file
beside a searchable PDF, OCRmyPDF's work folder, a LibreOffice conversion folder stayed for good.  Each
is named ``<prefix><pid>-…``; the first use of a folder in a process removes the entries of its pattern
whose process no longer runs and that are older than ``DEFAULT_STALE_SECONDS`` (the age keeps another
machine's or another container's process, whose pid means nothing here, safe).
"""

from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path

#: An entry this old, whose process is gone, is a leftover (longer than any file's time limit).
DEFAULT_STALE_SECONDS = 3600.0

_swept: set[tuple[str, str]] = set()


def tagged(prefix: str) -> str:
    """``prefix`` with this process's id: what ``sweep`` reads back."""
    return f"{prefix}{os.getpid()}-"


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True  # another user's process: alive, not ours to judge
    return True


def sweep(folder: str | os.PathLike, prefix: str, *, now: float | None = None) -> list[Path]:
    """Remove the entries of ``folder`` named ``<prefix><pid>-…`` whose process is gone and which are older
    than ``DEFAULT_STALE_SECONDS``; return what was removed.  Done once per folder and prefix in a process."""
    key = (os.path.realpath(folder), prefix)
    if key in _swept:
        return []
    _swept.add(key)
    pattern = re.compile(re.escape(prefix) + r"(\d+)-")
    now = time.time() if now is None else now
    removed = []
    try:
        entries = list(os.scandir(os.fspath(folder)))
    except OSError:
        return []
    for entry in entries:
        m = pattern.match(entry.name)
        if not m or int(m.group(1)) == os.getpid() or _running(int(m.group(1))):
            continue
        try:
            if now - entry.stat(follow_symlinks=False).st_mtime < DEFAULT_STALE_SECONDS:
                continue
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)
            else:
                os.unlink(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed
