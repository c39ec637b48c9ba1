"""``parse --timeout`` (issue 40): the limit is raised at a step that may be cut, never inside a weak
reference's finaliser (the exception was dropped and the parse ran on) or PDFium's object tracker (a
half-closed object made the library complain on stderr at exit: CI of stop 73)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import time

import pytest

from vbparse.time_limit import DEFAULT_UNINTERRUPTIBLE, TimeLimit, time_limit, uninterruptible_part

CHURN = """
import pypdfium2 as pdfium
from vbparse.time_limit import TimeLimit, time_limit
stopped = 0
for trial in range({trials}):
    try:
        with time_limit(0.002):
            while True:
                doc = pdfium.PdfDocument.new()
                page = doc.new_page(100, 100)
                page.get_textpage()
                del page
                doc.close()
    except TimeLimit:
        stopped += 1
print(stopped)
"""


def _frame_in(tmp_path, filename: str, function: str):
    """A real frame of ``function`` in a module at ``tmp_path/filename``."""
    path = tmp_path / filename
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"import sys\ndef {function}():\n    return sys._getframe()\n", encoding="utf-8")
    spec = importlib.util.spec_from_file_location(f"m{abs(hash(str(path)))}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, function)()


def test_a_frame_of_pdfium_or_a_finaliser_is_not_cut_and_an_ordinary_frame_is(tmp_path):
    assert uninterruptible_part(_frame_in(tmp_path, "site-packages/pypdfium2/internal/bases.py", "close"))
    assert uninterruptible_part(_frame_in(tmp_path, "lib/weakref.py", "__call__"))
    assert uninterruptible_part(_frame_in(tmp_path, "lib2/weakref.py", "__init__")) is None
    assert uninterruptible_part(_frame_in(tmp_path, "vbparse/read/pdf.py", "read_pdf")) is None
    made = {
        uninterruptible_part(_frame_in(tmp_path / str(i), f"x{fragment}y.py", function or "f"))
        for i, (_, fragment, function) in enumerate(DEFAULT_UNINTERRUPTIBLE)
    }
    assert made == {what for what, _, _ in DEFAULT_UNINTERRUPTIBLE}


def test_the_limit_is_raised_again_when_some_code_swallows_it():
    swallowed = stopped = False
    start = time.monotonic()
    with pytest.raises(TimeLimit), time_limit(0.01):
        while time.monotonic() - start < 10:
            try:
                while time.monotonic() - start < 10:
                    pass
            except TimeLimit:
                if swallowed:
                    raise
                swallowed = True
        stopped = True
    assert swallowed and not stopped


@pytest.mark.slow  # (2 s or more: the quick suite leaves it to CI)
def test_a_limit_falling_in_pdfium_churn_stops_every_time_and_leaves_stderr_clean():
    pytest.importorskip("pypdfium2")
    trials = 30
    r = subprocess.run(
        [sys.executable, "-c", CHURN.format(trials=trials)], check=False, capture_output=True, text=True, timeout=120
    )
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.strip() == str(trials)
    assert r.stderr == ""
