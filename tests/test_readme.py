"""The README's Python examples run as written (issue 25: its snippet once failed with ``NameError: text``)."""

from __future__ import annotations

import contextlib
import io

import regex
from conftest import ROOT

_PYTHON_BLOCK = regex.compile(r"```python\n(?P<code>.*?)```", regex.DOTALL)


def test_every_python_example_of_the_readme_runs(monkeypatch):
    blocks = [m.group("code") for m in _PYTHON_BLOCK.finditer((ROOT / "README.md").read_text(encoding="utf-8"))]
    assert blocks
    monkeypatch.chdir(ROOT)  # the examples name files of the repository
    for code in blocks:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(code, "README.md", "exec"), {})  # noqa: S102 - the README's own examples
        assert out.getvalue().strip(), code  # each prints what it shows
