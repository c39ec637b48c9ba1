"""vbparse: Vietnamese administrative documents (Kế hoạch first) → typed, searchable data.

The public names are imported when first used (PEP 562), so that ``vbparse --help`` and a worker that
needs one stage do not pay for every stage (pydantic models, the store, the readers) at start-up.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .version import __version__

#: Where each public name lives (``parse`` and ``parse_text`` are defined below).
_PUBLIC = {
    "Archive": "vbparse.store",
    "StoreError": "vbparse.store",
    "Document": "vbparse.models",
    "SCHEMA_VERSION": "vbparse.models",
    "ReadError": "vbparse.read",
}
__all__ = ["SCHEMA_VERSION", "Archive", "Document", "ReadError", "StoreError", "__version__", "parse", "parse_text"]

if TYPE_CHECKING:
    from pathlib import Path

    from .models import SCHEMA_VERSION, Document
    from .read import ReadError, ReadResult
    from .store import Archive, StoreError


def parse(source: str | Path | ReadResult | None = None, *, text: str | None = None, ocr: str = "auto") -> Document:
    """Parse a file, a ``ReadResult`` or ``text=`` (see ``vbparse.pipeline.parse``)."""
    from .pipeline import parse as run

    return run(source, text=text, ocr=ocr)


def parse_text(text: str) -> Document:
    """Parse a document's text; never raises (see ``vbparse.pipeline.parse_text``)."""
    from .pipeline import parse_text as run

    return run(text)


def __getattr__(name: str) -> Any:
    if name not in _PUBLIC:
        raise AttributeError(f"module 'vbparse' has no attribute {name!r}")
    value = getattr(importlib.import_module(_PUBLIC[name]), name)
    globals()[name] = value  # found once; later lookups do not come here
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
