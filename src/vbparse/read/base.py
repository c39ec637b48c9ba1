"""The one block type every reader produces."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from ..chars import one_line
from ..models import ExtraTextKind
from ..offsets import MappedText
from .boxes import WordBoxes


class ReadError(Exception):
    """A file that cannot be read, with the file and the reason (shown to the user as one line)."""

    def __init__(self, path: str | None, reason: str):
        self.path = path
        self.reason = one_line(reason)  # a library's message (lxml's) may run over lines: the reason never does
        super().__init__(f"{path or '<text>'}: {self.reason}")


#: A line (or paragraph) whose visible characters are at least this share bold is a bold line, a heading;
#: a few plain characters (a space, a full stop, a closing bracket) do not make it plain.
DEFAULT_BOLD_SHARE = 0.9

#: What joins the cells of a table row in the text (the text is for search and display; the cells are
#: read through ``Block.cells``).
CELL_SEPARATOR = " | "


@dataclass
class Cell:
    """One table cell of a row line: ``[start, end)`` offsets inside the line, and its grid position.

    ``continued`` marks a vertically merged cell that continues the one above (Word ``vMerge``): its
    text is empty in the line and the cell above holds the value for both rows.
    """

    start: int
    end: int
    col: int
    span: int = 1
    continued: bool = False
    #: the cell's paragraphs as ``(start, end)`` offsets in the line (a cell may list one name per paragraph)
    parts: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Block:
    """One line/paragraph of text with what the format told us about it.

    ``bold_prefix`` is the number of leading characters that were bold (a bold lead-in such as
    ``1. Mục đích:`` before plain text); ``column`` says which column of a two-column layout
    (header, signature) the block came from.
    """

    bold: bool = False
    italic: bool = False
    bold_prefix: int = 0
    heading_level: int = 0
    column: str | None = None  # "left" | "right" | None
    centered: bool = False
    #: a row of a data table: which table of the document (0-based), which row, and its cells.  The
    #: line's text is the cells joined with `` | `` so that text search sees them; later stages read the
    #: cells through these offsets, never by splitting the text.
    table: int | None = None
    row: int | None = None
    cells: list[Cell] | None = None
    #: a footnote printed at the foot of a page, or a page's furniture (its number alone on a line): part of the
    #: text (a footnote's citations are read), not of the section it stands in (no task takes it in)
    footnote: bool = False


@dataclass
class ReadResult:
    original: str
    mapped: MappedText  # text whose lines are the blocks, mapped to ``original``
    blocks: list[Block]
    format: str
    path: str | None = None
    encoding: str | None = None
    sha256: str = ""
    ocr: bool = False
    signed_at: str | None = None
    # what the reader found odd: (diagnostic code, message), e.g. ("low_ocr_confidence", "page 2: …")
    notes: list[tuple[str, str]] = field(default_factory=list)
    # text kept out of the body: ("text_box" | "header" | "footer" | "signature" | "stamp", text)
    extra: list[tuple[ExtraTextKind, str]] = field(default_factory=list)
    # per-page OCR confidence (0–100) for pages that were recognised, page number → confidence
    ocr_pages: dict[int, float] = field(default_factory=dict)
    pages: int | None = None
    #: every recognised word as ``(start, end, confidence 0–100)`` in ``original``, sorted by start, so that
    #: an extracted value can be traced to how sure Tesseract was of its words; text from a text layer or
    #: a file has no entry (it is trusted)
    word_confidence: list[tuple[int, int, float]] = field(default_factory=list)
    #: every word a PDF reader placed in ``original``, with its page, box and confidence (empty for other
    #: formats, whose text has no page geometry)
    words: WordBoxes = field(default_factory=WordBoxes)

    @staticmethod
    def digest(data: bytes) -> str:
        return hashlib.sha256(data).hexdigest()
