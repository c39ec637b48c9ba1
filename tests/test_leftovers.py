"""What a killed run leaves (a searchable copy's ``.part``, OCRmyPDF's and LibreOffice's work folders) is
removed by a later run once its process is gone (issue 22, item 11: they stayed for good)."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from vbparse import leftovers
from vbparse.leftovers import DEFAULT_STALE_SECONDS, sweep, tagged


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.fixture(autouse=True)
def _fresh_sweeps(monkeypatch):
    monkeypatch.setattr(leftovers, "_swept", set())


def _aged(path, seconds: float) -> None:
    t = time.time() - seconds
    os.utime(path, (t, t))


def test_entries_of_gone_processes_are_removed_and_nothing_else(tmp_path):
    dead = _dead_pid()
    old_part = tmp_path / f".vbparse-{dead}-plan.searchable.pdf.ab12cd34.part"
    old_part.write_bytes(b"%PDF half")
    old_dir = tmp_path / f".vbparse-{dead}-work"
    (old_dir / "inner").mkdir(parents=True)
    young = tmp_path / f".vbparse-{dead}-young.part"
    young.write_bytes(b"x")
    live = tmp_path / f".vbparse-{os.getppid()}-live.part"  # a running process (the test's parent)
    live.write_bytes(b"x")
    users = tmp_path / ".vbparse-notes.txt"  # no pid: never ours
    users.write_bytes(b"x")
    for p in (old_part, old_dir, live, users):
        _aged(p, DEFAULT_STALE_SECONDS + 60)
    removed = sweep(tmp_path, ".vbparse-")
    assert sorted(p.name for p in removed) == sorted([old_part.name, old_dir.name])
    assert young.exists() and live.exists() and users.exists()
    assert sweep(tmp_path, ".vbparse-") == []  # once per folder in a process


def test_a_searchable_copy_sweeps_the_parts_a_killed_run_left(tmp_path):
    from vbparse.searchable import PART_TAG, _temporary

    stale = tmp_path / f".{PART_TAG}{_dead_pid()}-scan.searchable.pdf.0badf00d.part"
    stale.write_bytes(b"%PDF half written")
    _aged(stale, DEFAULT_STALE_SECONDS + 60)
    tmp = _temporary(tmp_path, "plan.searchable.pdf")
    try:
        assert not stale.exists() and tmp.name.startswith(f".{tagged(PART_TAG)}")
    finally:
        tmp.unlink()
