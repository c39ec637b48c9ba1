"""Store / export stage: an archive of parsed documents in SQLite or PostgreSQL, and its queries.

``Archive`` and the errors are imported when first used (PEP 562): the CLI reads ``vbparse.ingest``'s small
modules (``walk``, ``workers``) and this package's without loading the archive and the models behind it.
The store calls ``vbparse.ingest`` to find and parse files (``indexing``); ingest never imports the store.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_PUBLIC = {"Archive": ".archive", "DocumentNotFound": ".backend", "StoreError": ".backend"}
__all__ = ["Archive", "DocumentNotFound", "StoreError"]

if TYPE_CHECKING:
    from .archive import Archive
    from .backend import DocumentNotFound, StoreError


def __getattr__(name: str) -> Any:
    if name not in _PUBLIC:
        raise AttributeError(f"module 'vbparse.store' has no attribute {name!r}")
    value = getattr(importlib.import_module(_PUBLIC[name], __name__), name)
    globals()[name] = value
    return value
