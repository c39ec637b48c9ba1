"""``.ci/ray``: the suite's Ray cluster is stopped on exit, and nothing else is.  ``.ci/run`` used ``ray stop
--force``, which stops every Ray cluster of the machine (a developer's own, another run's: 8 Ray tests of a
parallel run lost theirs, issue 55 item 6)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DEFAULT_WAIT_SECONDS, ROOT

SCRIPT = ROOT / ".ci" / "ray"
#: the Ray of the interpreter that runs the tests; a driver on this machine alone, as .ci/ray says
ENV = dict(
    os.environ,
    VBPARSE_VENV=sys.prefix,
    RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER="0",
    RAY_USAGE_STATS_ENABLED="0",
    RAY_AUTH_MODE="disabled",
)


def _ci_ray(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["bash", str(SCRIPT), *args],
        env=ENV,
        capture_output=True,
        text=True,
        timeout=2 * DEFAULT_WAIT_SECONDS,
        check=False,
    )


def _start() -> tuple[str, Path]:
    """A cluster of ``.ci/ray``: its address and its folder."""
    r = _ci_ray("start")
    assert r.returncode == 0, r.stderr
    found = re.search(r"^Ray for the tests: (\S+)", r.stderr, re.MULTILINE)
    assert found, r.stderr
    return r.stdout.strip(), Path(found[1])


def _alive_in_session(sid: int) -> list[int]:
    """The live processes of session ``sid`` (a zombie waits for init to reap it; it runs nothing)."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # ended meanwhile
            continue
        if int(fields[3]) == sid and fields[0] not in "ZX":
            out.append(int(stat.parent.name))
    return out


def _answers(address: str) -> bool:
    probe = (
        "import sys, ray; ray.init(address=sys.argv[1], log_to_driver=False)\n"
        "assert ray.get(ray.remote(lambda: 7).remote(), timeout=120) == 7"
    )
    r = subprocess.run(
        [sys.executable, "-c", probe, address], env=ENV, capture_output=True, timeout=DEFAULT_WAIT_SECONDS, check=False
    )
    return r.returncode == 0


@pytest.mark.slow
def test_stop_ends_its_own_cluster_and_leaves_another_running():
    pytest.importorskip("ray")
    other_address, other = _start()  # in place of a developer's own cluster
    try:
        _address, mine = _start()
        sid = int((mine / "sid").read_text())
        assert len(_alive_in_session(sid)) >= 4  # the ray start, the GCS, the raylet, its agents
        r = _ci_ray("stop", str(mine))
        assert r.returncode == 0, r.stderr
        assert _alive_in_session(sid) == [] and not mine.exists()
        assert _answers(other_address)
    finally:
        _ci_ray("stop", str(other))
    assert not other.exists()


def test_stop_of_a_folder_that_holds_no_cluster_of_ours_is_refused(tmp_path):
    (tmp_path / "keep.txt").write_text("mine")
    r = _ci_ray("stop", str(tmp_path))
    assert r.returncode == 1 and "no Ray cluster of .ci/ray" in r.stderr
    assert (tmp_path / "keep.txt").read_text() == "mine"
