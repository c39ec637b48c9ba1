"""The stages depend only on what lies below them (issue 14): ``read`` → ``normalize`` → ``structure`` →
``extract``, over the shared helpers (``offsets``, ``chars``, ``models``, ``encodings``; ``paths`` and
``leftovers`` for the readers; ``pattern_cache`` under all of them) and the tables; and no
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
    "extract": {"extract", "tables", "chars", "offsets", "models", "encodings", "structure", "read", "zones"},
    "chars": set(),
    "offsets": {"models"},
    "pattern_cache": set(),
}
for _allowed in ALLOWED.values():
    _allowed.add("pattern_cache")


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


@pytest.mark.slow  # (2 s or more: the quick suite leaves it to CI)
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


def _module_of(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_of(p): p for p in SRC.rglob("*.py")}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _modules_imported(path: Path) -> set[str]:
    """The vbparse modules ``path`` imports when it runs: at its top and inside its functions alike, not
    under ``if TYPE_CHECKING:``; ``from package import name`` names the submodule when ``name`` is one."""
    package = _module_of(path).split(".") if path.name == "__init__.py" else _module_of(path).split(".")[:-1]
    out: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                for other in child.orelse:
                    visit(other)
                continue
            if isinstance(child, ast.Import):
                out.update(a.name for a in child.names)
            elif isinstance(child, ast.ImportFrom):
                base = package[: len(package) - child.level + 1] if child.level else []
                module = ".".join([*base, *([child.module] if child.module else [])])
                out.update(f"{module}.{a.name}" if f"{module}.{a.name}" in MODULES else module for a in child.names)
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return {m for m in out if m in MODULES and m != _module_of(path)}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, targets = work[-1]
            for target in targets:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(graph[target]))))
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
    return found


def test_no_import_circle_between_vbparse_modules():
    """No two modules import each other, directly or round a longer circle, counting the imports made inside
    functions (``engines`` → ``ray_engine`` → ``engines`` was one, issue 25): a circle hidden in a function
    breaks the day that import moves to the top, and leaves neither module below the other.  Each import
    statement is an edge to the module it names; importing ``a.b.c`` also runs ``a/b/__init__.py``, which is
    not counted, so that a package's ``__init__`` may re-export its own submodules.  Imports under ``if
    TYPE_CHECKING:`` never run and are not counted."""
    graph = {name: _modules_imported(path) for name, path in MODULES.items()}
    assert not _cycles(graph)


def test_the_circle_finder_finds_circles_and_only_them():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_the_store_calls_ingest_and_ingest_never_the_store():
    """Indexing is split in two (issue 25): ``vbparse.ingest`` finds files and parses them (the walk, the
    local pool, Ray), ``vbparse.store`` writes what they return.  The store calls ingest; nothing in ingest
    imports the store, even inside a function, and no store module starts processes or drives Ray."""
    ingest = sorted((SRC / "ingest").rglob("*.py"))
    assert ingest, "vbparse.ingest is missing"
    back = [
        f"{p.relative_to(SRC)} imports {m}"
        for p in ingest
        for m in _modules_imported(p)
        if m.startswith("vbparse.store")
    ]
    assert not back
    machinery = {"multiprocessing", "concurrent", "ray"}
    in_store = [
        f"{p.relative_to(SRC)} imports {name}"
        for p in sorted((SRC / "store").rglob("*.py"))
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8")))
        for name in (
            [a.name for a in node.names]
            if isinstance(node, ast.Import)
            else [node.module or ""]
            if isinstance(node, ast.ImportFrom) and not node.level
            else []
        )
        if name.split(".")[0] in machinery
    ]
    assert not in_store


def test_query_sits_below_the_store():
    """``vbparse.query`` reads what users type; the store's queries use it, so it imports nothing of the
    store (``one_document`` took ``DocumentNotFound`` from ``store.backend``; it is in ``vbparse.errors``)."""
    assert not {m for m in _modules_imported(SRC / "query.py") if m.startswith("vbparse.store")}
    from vbparse import errors, store
    from vbparse.store import backend

    assert store.DocumentNotFound is backend.DocumentNotFound is errors.DocumentNotFound
    assert store.StoreError is backend.StoreError is errors.StoreError


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


#: The longest function the extract stage may hold (issue 39): a reader longer than this does several things.
DEFAULT_MAX_FUNCTION_LINES = 60


def test_no_function_of_the_extract_stage_is_over_sixty_lines():
    long = []
    for path in sorted((SRC / "extract").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                if lines > DEFAULT_MAX_FUNCTION_LINES:
                    long.append(f"{path.name}:{node.name} ({lines} lines)")
    assert not long, long


#: The longest module the heart (``extract/``, ``tables/``) may hold (issue 54): a longer one holds two subjects.
DEFAULT_MAX_HEART_MODULE_LINES = 800


def test_no_module_of_the_heart_is_over_800_lines():
    """Issue 54's cap, pinned: ``name_forms.py`` grew to 827 lines in one stop while no test looked."""
    long = [
        f"{path.relative_to(SRC)} ({n} lines)"
        for folder in ("extract", "tables")
        for path in sorted((SRC / folder).glob("*.py"))
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > DEFAULT_MAX_HEART_MODULE_LINES
    ]
    assert not long, long
