"""The parser's stamp (``vbparse.stamp``) changes with every source file a parse runs, and only with those
(issue 25: ``chars.py``, ``offsets.py`` and ``paths.py`` were left out of a list kept by hand, so a change
to normalisation or folding did not re-parse stored documents)."""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS, ROOT, SEEDS

SRC = ROOT / "src" / "vbparse"
#: Modules of the package root that the stages import: the shared helpers, the models and the pipeline.
ROOT_MODULES = (
    "chars.py",
    "offsets.py",
    "paths.py",
    "normalize.py",
    "encodings.py",
    "leftovers.py",
    "models.py",
    "pipeline.py",
)
#: The stage packages, every module of which the pipeline imports today (the readers on first use) but
#: those of ``NOT_PARSER``.
STAGE_PACKAGES = ("read", "structure", "extract", "tables")
#: Modules whose changes do not alter a parse: editing them must not re-parse every archive
#: (``tables/failures.py`` words read failures for the web page).
#: Tables no parse reads: the pages' Vietnamese for failures and diagnostics, the follow-up's words (the store's).
NOT_PARSER = (
    "cli.py",
    "stamp.py",
    "store/archive.py",
    "store/indexing.py",
    "tables/failures.py",
    "tables/diagnostics.py",
    "tables/followup.py",
    "tables/membership.py",  # who is a member of a collective: decided when tasks are asked for, from what was stored
    "web/api.py",
)


def _parser_files() -> list[str]:
    """What the stamp must cover, listed from the tree (not from ``vbparse.stamp``), relative to SRC."""
    stages = [p.relative_to(SRC).as_posix() for package in STAGE_PACKAGES for p in sorted((SRC / package).glob("*.py"))]
    return [*ROOT_MODULES, *(rel for rel in stages if rel not in NOT_PARSER)]


def test_the_stamp_covers_the_shared_helpers_and_every_stage_module_and_not_the_store():
    from vbparse.stamp import parser_sources

    hashed = [p.relative_to(SRC).as_posix() for p in parser_sources(SRC)]
    assert hashed == sorted(hashed, key=lambda rel: SRC / rel)
    missing = [rel for rel in _parser_files() if rel not in hashed]
    assert not missing, f"the stamp does not hash {missing}"
    assert not [rel for rel in hashed if rel.startswith(("store/", "web/")) or rel in NOT_PARSER]


@pytest.mark.slow  # (2 s or more: the quick suite leaves it to CI)
def test_every_vbparse_module_a_parse_loads_is_hashed():
    """The list is read from ``import`` statements: a module loaded some other way would be missed."""
    from vbparse.stamp import parser_sources

    files = [
        SEEDS / "000_888de5243dff86a5.txt",
        CORPUS / "realdocs" / "13_kh-2242-sct-laocai-kiem-tra-gcn.docx",
        CORPUS / "realdocs" / "31_cd-58-vpcp-signed.pdf",
    ]
    script = (
        "import json, sys\nfrom vbparse import parse\nfor f in sys.argv[1:]:\n    parse(f)\n"
        "print(json.dumps([m.__file__ for n, m in sys.modules.items() if n.startswith('vbparse.')]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, *map(str, files)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(SRC.parent)},
    )
    loaded = {Path(f).resolve() for f in json.loads(out.stdout)}
    assert SRC / "read" / "pdf.py" in loaded and SRC / "read" / "docx.py" in loaded  # the readers were used
    # the version is in the stamp already, as text
    assert loaded - {SRC / "version.py"} <= set(parser_sources(SRC))


#: Edits each file named on the command line in turn (a comment appended), then puts it back, and prints
#: the stamp of each edit, the unedited tree's stamp and where vbparse was imported from.
_EDIT_EACH = """
import json, sys
from pathlib import Path
import vbparse
from vbparse.stamp import parser_stamp
root = Path(vbparse.__file__).parent
before = parser_stamp()
stamps = {}
for rel in sys.argv[1:]:
    path = root / rel
    text = path.read_bytes()
    path.write_bytes(text + b"\\n# edited\\n")
    parser_stamp.cache_clear()
    stamps[rel] = parser_stamp()
    path.write_bytes(text)
    parser_stamp.cache_clear()
print(json.dumps({"root": str(root), "before": before, "stamps": stamps}))
"""


@pytest.mark.slow
def test_editing_any_parser_source_changes_the_stamp_and_editing_the_store_does_not(tmp_path):
    """On a copy of the source tree, through ``parser_stamp()`` as an index run calls it."""
    copy = tmp_path / "src" / "vbparse"
    shutil.copytree(SRC, copy, ignore=shutil.ignore_patterns("__pycache__"))
    out = subprocess.run(
        [sys.executable, "-c", _EDIT_EACH, *_parser_files(), *NOT_PARSER],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(copy.parent)},
    )
    result = json.loads(out.stdout)
    assert Path(result["root"]) == copy
    from vbparse.stamp import parser_stamp

    assert result["before"] == parser_stamp()  # the same sources at another path: the same stamp
    unchanged = [rel for rel in _parser_files() if result["stamps"][rel] == result["before"]]
    assert not unchanged, f"editing {unchanged} does not change the stamp"
    assert {rel: result["stamps"][rel] for rel in NOT_PARSER} == dict.fromkeys(NOT_PARSER, result["before"])


def test_the_stamp_imports_nothing_back_up_from_the_package():
    """``stamp`` took ``__version__`` from the package's ``__init__`` (issue 25: an import that runs back up)."""
    tree = ast.parse((SRC / "stamp.py").read_text(encoding="utf-8"))
    up = [
        ast.unparse(node)
        for node in ast.walk(tree)
        if (isinstance(node, ast.ImportFrom) and node.level and not node.module)
        or (isinstance(node, ast.Import) and any(a.name == "vbparse" for a in node.names))
        or (isinstance(node, ast.ImportFrom) and node.module == "vbparse")
    ]
    assert not up, up
