"""Which parser produced a document: the vbparse version and a hash of the code and pattern tables.

An archive stores the stamp with every document; ``index`` re-parses documents whose stamp is not the
running parser's, so that a new vbparse (or a new alias row in ``tables/``) reaches archives that
already exist.  The hash covers the modules that ``pipeline.py`` imports, directly or not, found by
reading their ``import`` statements: a list kept by hand missed ``chars``, ``offsets`` and ``paths``
(issue 25), so a change to normalisation or folding did not re-parse.  The store, the CLI and the
server are not imported by the pipeline, and their changes do not alter a parse.
"""

from __future__ import annotations

import ast
import functools
import hashlib
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

from .version import __version__

#: The package's name, which absolute imports of its modules begin with.
PACKAGE = "vbparse"
#: The module whose imports, followed transitively, are the parser (relative to the package).
PARSER_ENTRY = "pipeline.py"
#: Installed packages whose data decides what a parse returns (the gazetteer of ``tables/units.py``, the public
#: holidays a deadline counted in working days skips).
PARSER_DATA_PACKAGES = ("vietnamadminunits", "holidays")


@functools.lru_cache(maxsize=1)
def parser_stamp() -> str:
    """``0.1.0+3f9c…``: the version and the first 12 hex digits of the sources' hash."""
    return f"{__version__}+{sources_hash(Path(__file__).parent)}"


def sources_hash(root: Path) -> str:
    """12 hex digits of the parser's sources under ``root`` (a package directory) and of the installed
    data packages: each file's path and content, in path order, so that equal trees hash equally."""
    h = hashlib.sha256()
    for path in parser_sources(root):
        data = path.read_bytes()
        h.update(f"{path.relative_to(root).as_posix()}\0{len(data)}\0".encode())
        h.update(data)
    for package in PARSER_DATA_PACKAGES:  # a new gazetteer changes the areas a parse gives
        try:
            h.update(f"{package}=={metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{package} absent".encode())
    return h.hexdigest()[:12]


def parser_sources(root: Path) -> list[Path]:
    """The files of ``PARSER_ENTRY`` and of every module of the package it imports, directly or through
    another, with the ``__init__`` of each subpackage on the way, sorted.  The package's own
    ``__init__`` is left out: it holds no stage, only the public names (loaded on use)."""
    seen: set[Path] = set()
    todo = [root / PARSER_ENTRY]
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        for name in _imported_names(path, root):
            todo.extend(_files_of(name, root))
    return sorted(seen)


def _imported_names(path: Path, root: Path) -> Iterator[str]:
    """Dotted names a module imports that may be modules of the package: ``from .x import y`` gives
    ``vbparse.….x`` and ``vbparse.….x.y`` (``y`` may be a submodule); other packages' imports are skipped."""
    parts = path.relative_to(root).with_suffix("").parts
    package = (PACKAGE, *parts[:-1])  # what a relative import is relative to (an __init__'s own package too)
    for node in _run_nodes(ast.parse(path.read_bytes(), filename=str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            names = [module, *(f"{module}.{alias.name}" for alias in node.names)]
        else:
            continue
        yield from (n for n in names if n.split(".")[0] == PACKAGE)


def _run_nodes(tree: ast.Module) -> Iterator[ast.AST]:
    """Every statement of ``tree``, nested ones too (an import is a statement, so no expression is
    entered), except the bodies of ``if TYPE_CHECKING:``, whose imports never run."""
    stack: list[ast.AST] = list(tree.body)
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            stack.extend(node.orelse)
            continue
        for field in ("body", "orelse", "finalbody", "handlers", "cases"):
            stack.extend(getattr(node, field, ()))


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _files_of(name: str, root: Path) -> Iterator[Path]:
    """The source files that importing module ``name`` runs below the package's ``__init__``: each
    subpackage's ``__init__`` on the way, then the module's own file; nothing for a name that is no module."""
    parts = name.split(".")[1:]
    found = []
    for depth in range(1, len(parts) + 1):
        base = root.joinpath(*parts[:depth])
        if (base / "__init__.py").is_file():
            found.append(base / "__init__.py")
        elif depth == len(parts) and base.with_suffix(".py").is_file():
            found.append(base.with_suffix(".py"))
        else:
            return  # an attribute (``from .base import Block``), not a module
    yield from found
