"""``pytest -m "not slow"``, the suite a developer runs while working (issue 54, item 7), leaves out what
``conftest`` and the tests mark slow, and nothing else."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT, SLOW_MODULES


def _quick(*paths: str) -> list[str]:
    """The test ids ``pytest -m "not slow"`` would run in ``paths``."""
    r = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", "-m", "not slow", *paths],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert r.returncode in (0, 5), r.stdout + r.stderr  # 5: every test deselected
    return [line for line in r.stdout.splitlines() if "::" in line]


def test_every_slow_module_is_a_test_file():
    assert sorted(m for m in SLOW_MODULES if not (ROOT / "tests" / f"{m}.py").is_file()) == []


def test_the_quick_suite_leaves_out_slow_modules_slow_tests_and_postgres_cases_only():
    ids = _quick("tests/test_ray_index.py", "tests/test_ci_ray.py", "tests/test_archive.py", "tests/test_waits.py")
    assert not [i for i in ids if i.startswith("tests/test_ray_index.py")]  # a slow module, whole
    assert "tests/test_ci_ray.py::test_stop_of_a_folder_that_holds_no_cluster_of_ours_is_refused" in ids
    assert "tests/test_ci_ray.py::test_stop_ends_its_own_cluster_and_leaves_another_running" not in ids
    assert not [i for i in ids if "postgres" in i.partition("[")[2]]  # a PostgreSQL case
    sqlite_cases = [i for i in ids if i.startswith("tests/test_archive.py") and "[sqlite" in i]
    assert sqlite_cases and len([i for i in ids if i.startswith("tests/test_waits.py")]) == 2
