"""Resource limits for reading untrusted files.

A small hostile file can otherwise cost gigabytes or hours: a DOCX whose ``document.xml`` inflates to
gigabytes (zip bomb), a PDF with a million pages, a page of 200 × 200 inches rendered for OCR or a 1 MB
stream that inflates to a gigabyte, an XML part with nested entities ("billion laughs"), a web page whose
``rowspan``/``colspan`` make a table of billions of cells.  Every reader honours the same ``Limits``.  Every limit has a default sized far above real
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
#: Grid cells of the tables of one document, a merged cell counted in every row and column it covers (a
#: plan's appendix of 2 000 tasks in 8 columns has 16 000): ``rowspan``/``colspan`` cannot turn a small web
#: page into billions.
DEFAULT_MAX_TABLE_CELLS = 200_000
#: Bytes one compressed stream of a PDF inflates to (a 40-million-pixel colour scan is 120 MB).
DEFAULT_MAX_STREAM_BYTES = 512 * 1024 * 1024
#: Characters of a document's text (a 2 000-page report holds about 4 million): parsing costs about 20–100
#: times the text in memory (100 with a task on every line), so a 50 MB text file is refused, not read into
#: gigabytes (issue 40).
DEFAULT_MAX_TEXT_CHARS = 5_000_000
#: Paragraphs (lines) of a document's text: a plan's appendix of 2 000 tasks in 8 columns has 16 000 cells;
#: 100 000 one-line paragraphs (an 806 kB DOCX) took a gigabyte.
DEFAULT_MAX_PARAGRAPHS = 60_000


class LimitExceeded(ReadError):
    """A file over one of the limits: not broken, only too large for this configuration."""


_ENV = {
    "max_pages": "VBPARSE_MAX_PAGES",
    "max_decompressed_bytes": "VBPARSE_MAX_DECOMPRESSED_BYTES",
    "max_page_pixels": "VBPARSE_MAX_PAGE_PIXELS",
    "max_table_cells": "VBPARSE_MAX_TABLE_CELLS",
    "max_stream_bytes": "VBPARSE_MAX_STREAM_BYTES",
    "max_text_chars": "VBPARSE_MAX_TEXT_CHARS",
    "max_paragraphs": "VBPARSE_MAX_PARAGRAPHS",
}


@dataclass(frozen=True)
class Limits:
    """The limits one read works under (``Limits.from_env()`` unless a caller passes its own)."""

    max_pages: int = DEFAULT_MAX_PAGES
    max_decompressed_bytes: int = DEFAULT_MAX_DECOMPRESSED_BYTES
    max_page_pixels: int = DEFAULT_MAX_PAGE_PIXELS
    max_table_cells: int = DEFAULT_MAX_TABLE_CELLS
    max_stream_bytes: int = DEFAULT_MAX_STREAM_BYTES
    max_text_chars: int = DEFAULT_MAX_TEXT_CHARS
    max_paragraphs: int = DEFAULT_MAX_PARAGRAPHS

    def check_text(self, text: str, path: str | None) -> None:
        """Refuse a text over ``max_text_chars`` or ``max_paragraphs`` (a reader's output, before it is
        normalised and parsed: what parsing would cost grows with both)."""
        if len(text) > self.max_text_chars:
            raise LimitExceeded(
                path,
                f"the text has {len(text):,} characters, more than the limit of {self.max_text_chars:,} "
                f"({Limits.hint('max_text_chars')})",
            )
        self.check_paragraphs(text.count("\n") + 1, path)

    def check_bytes(self, data: bytes, path: str | None) -> None:
        """Refuse, before decoding, a text file certainly over the limits: more bytes than four per allowed
        character (UTF-8's longest), or more lines than ``max_paragraphs``."""
        if len(data) > 4 * self.max_text_chars:
            raise LimitExceeded(
                path,
                f"the file has {len(data):,} bytes, more than the text limit of {self.max_text_chars:,} "
                f"characters allows ({Limits.hint('max_text_chars')})",
            )
        self.check_paragraphs(data.count(b"\n") + 1, path)

    def check_paragraphs(self, n: int, path: str | None) -> None:
        if n > self.max_paragraphs:
            raise LimitExceeded(
                path,
                f"the text has more than {self.max_paragraphs:,} paragraphs, the limit "
                f"({Limits.hint('max_paragraphs')})",
            )

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


class CellBudget:
    """Counts the table cells a reader builds against ``Limits.max_table_cells`` (HTML and DOCX alike)."""

    def __init__(self, limits: Limits, path: str | None, what: str) -> None:
        self.left = limits.max_table_cells
        self.most, self.path, self.what = limits.max_table_cells, path, what

    def take(self, n: int = 1) -> None:
        self.left -= n
        if self.left < 0:
            raise LimitExceeded(
                self.path,
                f"the tables of the {self.what} have more than {self.most:,} cells (merged cells counted in "
                f"every row and column they cover; {Limits.hint('max_table_cells')})",
            )
