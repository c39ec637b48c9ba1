"""vbparse: Vietnamese administrative documents (Kế hoạch first) → typed, searchable data.

The public names are imported when first used (PEP 562), so that ``vbparse --help`` and a worker that
needs one stage do not pay for every stage (pydantic models, the store, the readers) at start-up.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

#: Where each public name lives.
_PUBLIC = {
    "Archive": "vbparse.store", "StoreError": "vbparse.store", "Document": "vbparse.models",
    "SCHEMA_VERSION": "vbparse.models", "parse": "vbparse.pipeline", "parse_text": "vbparse.pipeline",
    "ReadError": "vbparse.read",
}
__all__ = ["SCHEMA_VERSION", "Archive", "Document", "ReadError", "StoreError", "__version__", "parse", "parse_text"]

if TYPE_CHECKING:
    from .models import SCHEMA_VERSION, Document
    from .pipeline import parse, parse_text
    from .read import ReadError
    from .store import Archive, StoreError


def __getattr__(name: str) -> Any:
    if name not in _PUBLIC:
        raise AttributeError(f"module 'vbparse' has no attribute {name!r}")
    value = getattr(importlib.import_module(_PUBLIC[name]), name)
    globals()[name] = value  # found once; later lookups do not come here
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
