"""Which parser produced a document: the vbparse version and a hash of the code and pattern tables.

An archive stores the stamp with every document; ``index`` re-parses documents whose stamp is not the
running parser's, so that a new vbparse (or a new alias row in ``tables/``) reaches archives that
already exist.  The hash covers the stages that turn a file into a ``Document`` — not the store, the
CLI or the server, whose changes do not alter a parse.
"""

from __future__ import annotations

import functools
import hashlib
from importlib import metadata
from pathlib import Path

#: Modules and packages (relative to the package) whose source decides what a parse returns.
PARSER_SOURCES = ("read", "parse", "extract", "tables", "normalize.py", "encodings.py", "pipeline.py", "models.py")
#: Installed packages whose data decides what a parse returns (the gazetteer of ``tables/units.py``).
PARSER_DATA_PACKAGES = ("vietnamadminunits",)


@functools.lru_cache(maxsize=1)
def parser_stamp() -> str:
    """``0.1.0+3f9c…``: the version and the first 12 hex digits of the sources' hash."""
    from . import __version__

    root = Path(__file__).parent
    h = hashlib.sha256()
    for name in PARSER_SOURCES:
        target = root / name
        files = sorted(target.rglob("*.py")) if target.is_dir() else [target]
        for f in files:
            h.update(f.relative_to(root).as_posix().encode())
            h.update(f.read_bytes())
    for package in PARSER_DATA_PACKAGES:  # a new gazetteer changes the areas a parse gives
        try:
            h.update(f"{package}=={metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{package} absent".encode())
    return f"{__version__}+{h.hexdigest()[:12]}"
