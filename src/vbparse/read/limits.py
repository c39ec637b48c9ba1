"""Resource limits for reading untrusted files.

A small hostile file can otherwise cost gigabytes or hours: a DOCX whose ``document.xml`` inflates to
gigabytes (zip bomb), a PDF with a million pages or a page of 200 × 200 inches rendered for OCR, an XML
part with nested entities ("billion laughs").  Every limit has a default sized far above real
administrative documents and can be raised through an environment variable; a file over a limit is a
``ReadError`` naming the limit and the variable.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields

from .base import ReadError

#: Pages of a PDF (a long report with appendices has a few hundred).
DEFAULT_MAX_PAGES = 2000
#: Total uncompressed size of the members of a DOCX package (text, styles and images).
DEFAULT_MAX_DECOMPRESSED_BYTES = 512 * 1024 * 1024
#: Pixels of one page image rendered for OCR (an A2 page at 300 dpi is 35 million).
DEFAULT_MAX_PAGE_PIXELS = 40_000_000


class LimitExceeded(ReadError):
    """A file over one of the limits: not broken, only too large for this configuration."""


_ENV = {
    "max_pages": "VBPARSE_MAX_PAGES",
    "max_decompressed_bytes": "VBPARSE_MAX_DECOMPRESSED_BYTES",
    "max_page_pixels": "VBPARSE_MAX_PAGE_PIXELS",
}


@dataclass(frozen=True)
class Limits:
    """The limits one read works under (``Limits.from_env()`` unless a caller passes its own)."""

    max_pages: int = DEFAULT_MAX_PAGES
    max_decompressed_bytes: int = DEFAULT_MAX_DECOMPRESSED_BYTES
    max_page_pixels: int = DEFAULT_MAX_PAGE_PIXELS

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Limits:
        """The defaults, overridden by ``VBPARSE_MAX_*`` variables (read at each call, so a server or a
        test can change them); a value that is not a positive integer is a ``ValueError``."""
        env = os.environ if environ is None else environ
        values = {}
        for f in fields(cls):
            raw = env.get(_ENV[f.name], "").strip().replace("_", "")
            if not raw:
                continue
            if not raw.isdecimal() or int(raw) <= 0:
                raise ValueError(f"{_ENV[f.name]} must be a positive whole number, not {raw!r}")
            values[f.name] = int(raw)
        return cls(**values)

    @staticmethod
    def hint(name: str) -> str:
        """How to raise the limit ``name`` (a field of ``Limits``), for the end of an error message."""
        return f"set {_ENV[name]} to raise it"
