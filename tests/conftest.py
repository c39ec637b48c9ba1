from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SEEDS = CORPUS / "seeds"
SHARED = ROOT.parent / "shared"

#: How long a test waits for something that takes seconds on an idle machine: the suite also runs where five
#: jobs share two cores (a load of 25-30, everything ~15 times slower), and a bound that is reached there fails
#: a test whose code is right.  Only a hang waits this long.
DEFAULT_WAIT_SECONDS = float(os.environ.get("VBPARSE_TEST_WAIT", "300"))
#: How often a wait looks at its condition.
DEFAULT_WAIT_INTERVAL = 0.05

T = TypeVar("T")

#: Modules whose tests drive another process, a server, a browser, LibreOffice, OCR or a converter, or score
#: the corpus: each is marked ``slow`` whole (``pytest -m "not slow"`` leaves them to CI; ``pytest tests/FILE``
#: still runs them).
#: A slow test in another module carries ``@pytest.mark.slow`` itself; a test's PostgreSQL case is slow too.
SLOW_MODULES = frozenset(
    {
        "test_accounts",
        "test_archive_cli",
        "test_archive_trust",
        "test_browser",
        "test_browser_accounts",
        "test_browser_corrections",
        "test_browser_followup",
        "test_browser_watch",
        "test_cli",
        "test_corrections",
        "test_doc_converter",
        "test_evaluation",
        "test_formats",
        "test_goldsets",
        "test_growth",
        "test_layouts",
        "test_ray_index",
        "test_remind",
        "test_search_scale",
        "test_searchable",
        "test_sessions",
        "test_tesseract_api",
        "test_watch",
    }
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """``slow`` on the tests of ``SLOW_MODULES`` and on every test's PostgreSQL case."""
    for item in items:
        params = getattr(item, "callspec", None)
        on_postgres = params is not None and "postgres" in [v for v in params.params.values() if isinstance(v, str)]
        if item.path.stem in SLOW_MODULES or on_postgres:
            item.add_marker(pytest.mark.slow)


#: How long a test's request waits for its download before it is told the file is being prepared.  The server's
#: 5 s is a promise to a person; on CI the first file's job (a spawned process importing vbparse) took longer under
#: load, and a test of the file's content read the waiting page instead (stop 79's CI).  The tests of that page
#: set their own short wait.
DEFAULT_TEST_DOWNLOAD_WAIT = DEFAULT_WAIT_SECONDS


@pytest.fixture(autouse=True)
def downloads_wait_as_for_a_hang(monkeypatch: pytest.MonkeyPatch) -> None:
    """A download's content is tested apart from how fast a loaded machine starts making it."""
    try:
        from vbparse.web import view_downloads
    except ImportError:  # the web extra not installed: no download to wait for
        return
    monkeypatch.setattr(view_downloads, "DEFAULT_DOWNLOAD_WAIT", DEFAULT_TEST_DOWNLOAD_WAIT)


def wait_until(
    condition: Callable[[], T],
    what: str,
    timeout: float = DEFAULT_WAIT_SECONDS,
    interval: float = DEFAULT_WAIT_INTERVAL,
) -> T:
    """``condition()``'s first true value, looked at every ``interval`` seconds; an ``AssertionError`` naming
    ``what`` after ``timeout`` seconds.  A test waits on what it needs, not for a time that a busy machine
    outlasts."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {timeout:g} s: {what}")
        time.sleep(interval)


def seed(prefix: str) -> Path:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path


@pytest.fixture(scope="session")
def seed_docs():
    from vbparse import parse

    return {p.name[:3]: parse(p) for p in sorted(SEEDS.glob("*.txt"))}


def walk(sections):
    for s in sections:
        yield s
        yield from walk(s.children)


@pytest.fixture(scope="session")
def parsed():
    """``parse`` with a cache, so that OCR of a scanned real file runs once per test session."""
    from vbparse import parse

    cache = {}

    def run(path):
        key = str(path)
        if key not in cache:
            cache[key] = parse(path)
        return cache[key]

    return run


#: The PostgreSQL server ``.ci/run`` starts (``$VBPARSE_TEST_POSTGRES``); tests that take a backend skip it
#: with the reason when it is not set.
PG_URL = os.environ.get("VBPARSE_TEST_POSTGRES")
BACKENDS = [
    "sqlite",
    pytest.param(
        "postgres",
        marks=pytest.mark.skipif(
            not PG_URL, reason="VBPARSE_TEST_POSTGRES not set (.ci/run starts a PostgreSQL server and sets it)"
        ),
    ),
]


def pg_database() -> tuple[str, str]:
    """A new, empty PostgreSQL database on the tests' server: its URL and its name (for ``pg_drop``)."""
    import uuid

    import psycopg

    assert PG_URL is not None  # only called when the PostgreSQL tests run
    name = f"vbtest_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{PG_URL.rsplit('/', 1)[0]}/{name}", name


def pg_drop(name: str) -> None:
    import psycopg

    assert PG_URL is not None
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def archive_location(backend: str, folder: Path):
    """A fresh, empty archive of ``backend`` (a SQLite file in ``folder``, or a new PostgreSQL database), and
    the function that drops it."""
    if backend == "sqlite":
        return str(folder / "a.db"), lambda: None
    url, name = pg_database()
    return url, lambda: pg_drop(name)


def assert_made_as_the_script_makes(script: str) -> None:
    """``scripts/<script> --check`` exits 0: a data file made from the texts beside the project was never edited by
    hand (skipped without ``../shared/wild``, its source)."""
    import subprocess
    import sys

    if not (SHARED / "wild").is_dir():
        pytest.skip("../shared/wild is not here")
    made = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / script), "--check"], check=False, capture_output=True, text=True
    )
    assert made.returncode == 0, made.stdout + made.stderr
