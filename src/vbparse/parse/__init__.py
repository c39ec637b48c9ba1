"""Parse stage: normalised lines → zones (header, title, preamble, body, closing) and the section tree.

Its names are imported when first used (PEP 562): importing this package must stay cheap, because the
top-level package imports it before defining the function ``vbparse.parse`` that shares its name.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__all__ = ["Line", "Structure", "parse_structure"]

if TYPE_CHECKING:
    from .structure import Line, Structure, parse_structure


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module 'vbparse.parse' has no attribute {name!r}")
    return getattr(importlib.import_module(".structure", __name__), name)
