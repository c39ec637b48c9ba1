"""The stages depend only on what lies below them (issue 14): ``read`` → ``normalize`` → ``structure`` →
``extract``, over the shared helpers (``offsets``, ``chars``, ``models``, ``encodings``; ``paths`` and
``leftovers`` for the readers) and the tables; and no
module takes a private name (``_x``) from another."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "vbparse"

#: What each layer may import from vbparse (module or package names, first component).
ALLOWED = {
    "tables": {"tables", "chars"},
    "zones": {"tables", "chars"},
    "read": {"read", "tables", "chars", "offsets", "models", "encodings", "paths", "leftovers", "zones"},
    "structure": {"structure", "tables", "chars", "offsets", "models", "read", "zones"},
    "extract": {"extract", "tables", "chars", "offsets", "models", "encodings", "structure", "read"},
    "chars": set(),
    "offsets": {"models"},
}


def _imports(path: Path) -> list[tuple[str, list[str]]]:
    """``(vbparse module, names)`` of every ``from … import …`` of vbparse in ``path``."""
    package = path.relative_to(SRC.parent).with_suffix("").parts[:-1]
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(package[: len(package) - node.level + 1])
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            if module.startswith("vbparse"):
                out.append((module, [a.name for a in node.names]))
    return out


def _layer(path: Path) -> str:
    rel = path.relative_to(SRC)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


@pytest.mark.parametrize(
    "path", sorted(p for p in SRC.rglob("*.py") if _layer(p) in ALLOWED), ids=lambda p: str(p.relative_to(SRC))
)
def test_a_stage_imports_only_from_below_it(path):
    layer = _layer(path)
    for module, _names in _imports(path):
        parts = module.split(".")
        target = parts[1] if len(parts) > 1 else "vbparse"
        assert target in ALLOWED[layer] or target == layer, f"{path.relative_to(SRC)} imports {module}"


@pytest.mark.parametrize(
    "path",
    sorted(p for p in SRC.rglob("*.py") if _layer(p) in {*ALLOWED, "normalize", "pipeline"}),
    ids=lambda p: str(p.relative_to(SRC)),
)
def test_no_module_imports_a_private_name_of_another(path):
    for module, names in _imports(path):
        private = [n for n in names if n.startswith("_") and not n.startswith("__")]
        assert not private, f"{path.relative_to(SRC)} imports {private} from {module}"


def test_normalize_still_exports_what_moved_out_of_it():
    from vbparse import chars, normalize, offsets

    assert normalize.MappedText is offsets.MappedText and normalize.TextBuilder is offsets.TextBuilder
    for name in ("fold", "match_key", "nfc", "tone_key", "new_tone_spelling", "collapse_spaces"):
        assert getattr(normalize, name) is getattr(chars, name)


#: The archive's parts, one job each (issue 14): ``Archive`` composes them, and none reads another.
ARCHIVE_PARTS = ("indexing", "queries", "obligations", "references")


@pytest.mark.parametrize("part", ARCHIVE_PARTS)
def test_an_archive_part_imports_no_other_part_nor_the_archive(part):
    path = SRC / "store" / f"{part}.py"
    for module, _names in _imports(path):
        name = module.rsplit(".", 1)[-1]
        assert name not in {*ARCHIVE_PARTS, "archive"} - {part}, f"store/{part}.py imports {module}"


@pytest.mark.parametrize("path", sorted(p for p in (SRC / "store").rglob("*.py")), ids=lambda p: p.name)
def test_no_store_module_imports_a_private_name_of_another(path):
    for module, names in _imports(path):
        private = [n for n in names if n.startswith("_") and not n.startswith("__")]
        assert not private, f"{path.relative_to(SRC)} imports {private} from {module}"


def _private_names_defined(path: Path) -> set[str]:
    """Private functions, methods and attributes (``self._x = …``) a module defines."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith("_"):
            out.add(node.name)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store) and node.attr.startswith("_"):
            out.add(node.attr)
    return {n for n in out if not n.startswith("__")}


def test_no_module_reaches_into_a_private_attribute_another_module_defines():
    """``archive._store_parsed(…)`` from the writer was such a reach (issue 14): what another module uses
    is public, so that a module's private names can change without breaking another."""
    modules = sorted(SRC.rglob("*.py"))
    defined = {p: _private_names_defined(p) for p in modules}
    reaches = []
    for path in modules:
        elsewhere = set().union(*(names for p, names in defined.items() if p != path)) - defined[path]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and node.attr in elsewhere
                and not (isinstance(node.value, ast.Name) and node.value.id in {"self", "cls"})
            ):
                reaches.append(f"{path.relative_to(SRC)}:{node.lineno} {ast.unparse(node)}")
    assert not reaches, reaches


#: A function longer than this is cut along its steps into helpers (issue 25).
MAX_FUNCTION_LINES = 100


def test_no_function_in_src_is_over_100_lines():
    """Every function, method and nested function, from its ``def`` to its last line: a longer one does
    several things, each of which reads better as a helper with a name."""
    long = []
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    long.append(f"{path.relative_to(SRC)}:{node.lineno} {node.name} ({lines} lines)")
    assert not long, long
