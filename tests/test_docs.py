"""The README and docs/*.md say what runs (issue 25: the README's Python snippet once failed with ``NameError``,
its ``vbparse obligations`` examples named units no document of ``corpus/`` has, and it had grown to 81 kB).

Every ```python block runs and prints; every ``vbparse`` command of a ```bash/```sh/```console block runs
and exits 0 (a query prints what it found), in a scratch folder holding a copy of the corpus files the examples
need; a block preceded by ``<!-- not run: REASON -->`` is left out (it starts a server, needs Ray, PostgreSQL
or minutes of OCR).  The README stays the door (under 15 kB) and every relative link leads to a file."""

from __future__ import annotations

import contextlib
import glob
import io
import json
import os
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import regex
from conftest import CORPUS, ROOT

DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
README_LIMIT = 15_000  # bytes: the README is what a newcomer reads first

_BLOCK = regex.compile(
    r"(?:<!--\s*not run:(?P<why>[^>]*?)-->\s*\n)?^```(?P<lang>[\w-]*)\n(?P<code>.*?)^```", regex.DOTALL | regex.M
)
_SHELL = {"bash", "sh", "console", "shell"}
_LINK = regex.compile(r"!?\[[^\]]*\]\((?P<target>[^)\s]+)\)")
_HEADING = regex.compile(r"^#{1,6}\s+(?P<title>.+?)\s*$", regex.M)
#: Files the examples query without naming them (``vbparse index corpus`` then obligations of units in them).
#: No .doc or scan: LibreOffice and OCR take seconds a file, and their readers have tests of their own.
_QUERIED = (
    "seeds",
    "realdocs/01_kh-ubnd-lamdong-cchc-2026.docx",
    "realdocs/09_kh-ubnd-lamdong-ctmtqg-pcmt-2030.docx",
    "realdocs/53_cv-5973-ubnd-laocai-khoang-san-text.txt",
    "realdocs/60_kh-134-ubnd-laocai-kcn-ccn-2026-text.txt",
)
#: Query commands whose example must find something: an empty answer means a name no document has.
_MUST_FIND = {"search", "obligations", "refs", "show"}


@dataclass(frozen=True)
class Block:
    doc: Path
    line: int
    lang: str
    code: str
    not_run: str | None  # the reason given, or None when the block runs


def blocks(doc: Path) -> list[Block]:
    text = doc.read_text(encoding="utf-8")
    return [
        Block(doc, text.count("\n", 0, m.start("code")) + 1, m["lang"], m["code"], m["why"] and m["why"].strip())
        for m in _BLOCK.finditer(text)
    ]


def vbparse_commands(code: str) -> list[str]:
    """The ``vbparse …`` commands of a shell block, as a shell reads them: continuation lines joined, a
    console's ``$`` prompt dropped, each part of an ``a && b`` chain apart (setup steps such as ``pip install``
    are shown, not run)."""
    commands = []
    for line in code.replace("\\\n", " ").splitlines():
        line = line.strip().removeprefix("$ ")
        for part in line.split("&&"):
            words = shlex.split(part, comments=True)
            if words and Path(words[0]).name == "vbparse":
                commands.append("vbparse" + part.strip()[len(part.strip().split()[0]) :])
    return commands


def _id(doc: Path) -> str:
    return str(doc.relative_to(ROOT))


def _named_files(text: str) -> set[str]:
    """The paths under ``corpus/`` a block names (globs included)."""
    return set(regex.findall(r"corpus/([\w./*-]+\w)", text))


@pytest.fixture(scope="module")
def corpus_archive(tmp_path_factory) -> Path:
    """A folder with ``corpus/`` holding the files the run examples name or query, and the archive
    ``vbparse index corpus`` makes of it, so that each document's examples can ask it questions."""
    work = tmp_path_factory.mktemp("docs")
    wanted = set(_QUERIED)
    for doc in DOCS:
        for b in blocks(doc):
            if b.not_run is None:
                wanted |= _named_files(b.code)
    for name in sorted(wanted):
        for src in CORPUS.glob(name):
            dst = work / "corpus" / src.relative_to(CORPUS)
            dst.parent.mkdir(parents=True, exist_ok=True)
            if src.is_dir():
                shutil.copytree(src, dst, dirs_exist_ok=True)
            else:
                shutil.copy(src, dst)
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(work)
        mp.delenv("VBPARSE_DB", raising=False)
        assert run("vbparse index corpus")[0] == 0
    return work


@pytest.fixture
def workdir(corpus_archive, tmp_path, monkeypatch) -> Path:
    """A copy of ``corpus_archive`` of one's own (the examples write files, and refuse to overwrite them),
    as the current folder."""
    work = tmp_path / "work"
    shutil.copytree(corpus_archive, work)
    monkeypatch.chdir(work)
    monkeypatch.delenv("VBPARSE_DB", raising=False)
    return work


def run(command: str) -> tuple[int, str, str]:
    """A documented ``vbparse`` command, read as a shell reads it (quotes, comments, globs in the current
    folder), run in this process: an interpreter of its own per command would triple the test's time (the
    README's first command is also run as a program, below)."""
    from vbparse.cli import main

    argv = []
    for word in shlex.split(command, comments=True)[1:]:
        matches = sorted(glob.glob(word)) if any(c in word for c in "*?[") else []
        argv.extend(matches or [word])
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = main(argv)
        except SystemExit as exc:  # argparse: a wrong option
            status = exc.code if isinstance(exc.code, int) else 2
    return status, out.getvalue(), err.getvalue()


@pytest.mark.slow
@pytest.mark.parametrize("doc", DOCS, ids=_id)
def test_every_vbparse_command_of_the_docs_runs(doc, workdir):
    ran = 0
    for b in blocks(doc):
        if b.lang not in _SHELL or b.not_run is not None:
            continue
        for command in vbparse_commands(b.code):
            where = f"{_id(doc)}:{b.line}: {command}"
            subcommand = shlex.split(command, comments=True)[1]
            assert subcommand != "serve", f"{where}: a server never exits; mark its block <!-- not run: … -->"
            status, out, err = run(command)
            assert status == 0, f"{where}\n{err}"
            if subcommand in _MUST_FIND:
                assert out.strip(), f"{where} found nothing\n{err}"
            ran += 1
    if doc.name == "README.md":
        assert ran >= 10  # the five tasks are examples that run


def test_the_readmes_first_command_runs_as_a_program(tmp_path):
    """The door: ``.venv/bin/vbparse parse --pretty FILE`` as installed (here this checkout's), in a shell."""
    (command,) = vbparse_commands(blocks(ROOT / "README.md")[0].code)
    shim = tmp_path / "vbparse"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m vbparse "$@"\n', encoding="utf-8")
    shim.chmod(0o755)
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), PATH=f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    r = subprocess.run(
        ["bash", "-c", command], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["doc_type"]["code"] == "KH"


@pytest.mark.parametrize("doc", DOCS, ids=_id)
def test_every_python_example_of_the_docs_runs_and_prints(doc, workdir):
    for b in blocks(doc):
        if b.lang != "python" or b.not_run is not None:
            continue
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(b.code, f"{doc.name}:{b.line}", "exec"), {})  # noqa: S102 - the docs' own examples
        assert out.getvalue().strip(), f"{_id(doc)}:{b.line} printed nothing"


def test_the_readme_has_a_python_example_that_runs():
    readme = blocks(ROOT / "README.md")
    assert any(b.lang == "python" and b.not_run is None for b in readme)


def test_a_block_left_out_says_why():
    for doc in DOCS:
        for b in blocks(doc):
            assert b.not_run is None or b.not_run, f"{_id(doc)}:{b.line}: <!-- not run: --> without a reason"


def test_the_readme_stays_under_15_kB():
    assert (ROOT / "README.md").stat().st_size < README_LIMIT


def _slug(title: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens."""
    return regex.sub(r"[^\p{L}\p{N}\p{M} _-]", "", title.lower()).replace(" ", "-")


def test_every_relative_link_leads_to_a_file_and_heading():
    for doc in DOCS:
        for m in _LINK.finditer(doc.read_text(encoding="utf-8")):
            target = m["target"]
            if regex.match(r"[a-z]+:", target):
                continue  # https:, mailto:
            path, _, anchor = target.partition("#")
            file = (doc.parent / path).resolve() if path else doc
            assert file.exists(), f"{_id(doc)}: {target} leads nowhere"
            if anchor and file.suffix == ".md":
                titles = {_slug(t) for t in _HEADING.findall(file.read_text(encoding="utf-8"))}
                assert anchor in titles, f"{_id(doc)}: {target}: no such heading"


def test_every_doc_is_linked_from_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for doc in DOCS[1:]:
        assert f"({_id(doc)})" in readme, f"{_id(doc)} is not linked from the README"


def test_the_files_an_archive_leaves_beside_it_are_ignored_by_git(tmp_path):
    """Indexing into ``corpus.db`` (the README's old web command) once left ``corpus.db-lock`` untracked."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs git and a checkout")
    import vbparse

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(next((CORPUS / "seeds").glob("000_*.txt")), folder)
    db = tmp_path / "corpus.db"
    beside = set()
    with vbparse.Archive(db) as archive:
        archive.index([folder], jobs=1)
        beside |= {p.name for p in tmp_path.glob("corpus.db*")}  # -wal and -shm live while it is open
    beside |= {p.name for p in tmp_path.glob("corpus.db*")}
    assert {"corpus.db", "corpus.db-lock"} <= beside
    for name in sorted(beside):
        r = subprocess.run(
            ["git", "-C", str(ROOT), "check-ignore", "--no-index", "-q", name],
            capture_output=True,
            check=False,
        )
        assert r.returncode == 0, f"{name} would show as untracked in a checkout"
