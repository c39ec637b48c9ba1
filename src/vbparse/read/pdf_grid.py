"""The PDF reader's pages laid out as one text: words on a fixed-width grid, page after page.

Two-column headers and signature blocks stay side by side and indents stay visible, so that
``layout.read_layout`` reads a PDF as it reads ``pdftotext -layout`` text.  Each page is laid out as soon as
the grid's character width is known (the median word width of the first ``DEFAULT_WIDTH_SAMPLE_PAGES``
pages) and its word dicts are then released: memory does not grow with the pages' words, only with their
text and their boxes (``boxes.WordBoxes``).  Page numbers, running headers and footers, e-signature
stamps and stamps above the Quốc hiệu are left out of the text.
"""

from __future__ import annotations

import math
import statistics
from array import array
from collections import Counter
from dataclasses import dataclass, field

from ..tables.patterns import DEFAULT_MIN_COLUMN_GAP, ESIGNATURE_LINE, PAGE_NUMBER_LINE
from ..zones import is_type_line, opens_header_right_column
from .boxes import WordBoxes

#: The grid's character width is the median width of the words of this many first pages (a document's pages
#: share their fonts); a longer document's further pages are laid out, and released, as they are read.
DEFAULT_WIDTH_SAMPLE_PAGES = 20
#: The character width of a grid with no word of three letters or more (points).
DEFAULT_CHAR_WIDTH = 6.0
#: A line that stands this often first or last on a page, on at least half the pages, is a running header
#: or footer.
DEFAULT_RUNNING_LINE_PAGES = 3

#: Gaps between words, in character widths: below WORD_GAP one space; a gap at the header's column
#: boundary, or wider than COLUMN_GAP elsewhere, is a column gap (4+ spaces, by position); gaps in
#: between (blank fill-ins such as ``ngày    tháng``) become 2–3 spaces.
WORD_GAP = 1.2
COLUMN_GAP = 1.8


def _render(
    line: list[dict],
    char_w: float,
    boundary: float | None = None,
    boxes: array | None = None,
) -> str:
    """Lay a line out on a fixed grid so that the layout reader can split columns and see indents.

    Each word's place in the returned line, its box and its confidence (NaN for a text layer) are appended
    to ``boxes`` as ``start, end, x0, top, x1, bottom, confidence``."""
    # every word of a PDF passes here: the line is built as a list of pieces and its length counted, and the
    # words' numbers go to ``boxes`` at once
    pieces: list[str] = []
    placed: list[float] = []
    length = 0
    prev_x1 = None
    for w in line:
        text, x0 = w["text"], w["x0"]
        if prev_x1 is None:
            pad = max(0, round(x0 / char_w))
        else:
            gap = (x0 - prev_x1) / char_w
            at_boundary = boundary is not None and prev_x1 < boundary <= x0 + char_w
            if at_boundary or (boundary is None and gap >= COLUMN_GAP):
                pad = max(round(x0 / char_w), length + DEFAULT_MIN_COLUMN_GAP) - length
            elif gap < WORD_GAP:
                pad = 1
            else:
                # a wide gap inside a column: two spaces at least, never a column's gap
                pad = min(DEFAULT_MIN_COLUMN_GAP - 1, max(2, round(gap)))
        pieces.append(" " * pad)
        pieces.append(text)
        start = length + pad
        length = start + len(text)
        prev_x1 = w["x1"]
        placed += (
            start,
            length,
            x0,
            w["top"],
            prev_x1,
            w["row_bottom"] if "row_bottom" in w else w["bottom"],
            w.get("conf", math.nan),
        )
    if boxes is not None:
        boxes.extend(placed)
    return "".join(pieces)


def _header_boundary(lines: list[list[dict]]) -> tuple[float | None, int, int]:
    """x where the right header column (Quốc hiệu, Tiêu ngữ, date) starts, how many lines of the page
    form the header (up to the type line), and the line of the Quốc hiệu (what stands above it in the
    right column is a stamp: ``SAO Y``, the e-gazette's signature box)."""
    boundary = None
    first = 0
    for k, ln in enumerate(lines[:25]):
        for j, w in enumerate(ln):
            rest = " ".join(x["text"] for x in ln[j:])
            # the column starts at a word (a seal's stray ``.`` before it on a scan is not the column)
            if w["x0"] > DEFAULT_RIGHT_COLUMN and w["text"][:1].isalpha() and opens_header_right_column(rest):
                if boundary is None:
                    first = k
                boundary = w["x0"] - 2 if boundary is None else min(boundary, w["x0"] - 2)
                break
        if boundary is not None and k and is_type_line(_line_text(ln)):
            return boundary, k, first
    return boundary, min(len(lines), 12) if boundary is not None else 0, first


#: The right header column starts further right than this (points from the page's left edge).
DEFAULT_RIGHT_COLUMN = 150


def _line_text(line: list[dict]) -> str:
    return " ".join(w["text"] for w in line)


@dataclass
class _Row:
    """A line of a page as laid out: its text on the grid, its words' places and boxes (seven numbers a
    word, as ``_render`` writes them), and the text by which a running header or footer is known."""

    text: str
    words: array
    edge: str | None
    signature: bool = False
    header: bool = False
    #: every word of the line is set in a bold face (``pdfium_words.BOLD_FONT``)
    bold: bool = False


@dataclass
class PageGrid:
    """Pages added in order (their lines of word dicts) become one text and its word boxes."""

    pages: list[tuple[int, list[_Row]]] = field(default_factory=list)
    waiting: list[tuple[int, list[list[dict]]]] = field(default_factory=list)
    char_w: float | None = None
    edges: Counter[str] = field(default_factory=Counter)
    stamps: list[str] = field(default_factory=list)
    #: the indexes of the lines of ``text()`` whose every word is bold
    bold_lines: set[int] = field(default_factory=set)

    def add(self, number: int, lines: list[list[dict]]) -> None:
        """Page ``number``'s lines; laid out now, or once the grid's width is known."""
        for ln in (lines[:1] + lines[-1:]) if lines else []:
            self.edges[_line_text(ln)] += 1
        if self.char_w is not None:
            self.pages.append((number, self._lay_out(lines)))
            return
        self.waiting.append((number, lines))
        if len(self.waiting) >= DEFAULT_WIDTH_SAMPLE_PAGES:
            self._fix_width()

    def _fix_width(self) -> None:
        widths = [
            (w["x1"] - w["x0"]) / len(w["text"])
            for _, lines in self.waiting
            for ln in lines
            for w in ln
            if len(w["text"]) >= 3 and not w.get("table_row")
        ]
        self.char_w = statistics.median(widths) if widths else DEFAULT_CHAR_WIDTH
        waiting, self.waiting = self.waiting, []
        for number, lines in waiting:
            self.pages.append((number, self._lay_out(lines)))

    def _lay_out(self, lines: list[list[dict]]) -> list[_Row]:
        char_w = self.char_w or DEFAULT_CHAR_WIDTH
        first = not self.pages
        boundary, header_lines, quoc_hieu = _header_boundary(lines) if first else (None, 0, 0)
        rows = []
        for k, ln in enumerate(lines):
            text = _line_text(ln)
            if k < quoc_hieu and boundary is not None and ln[0]["x0"] >= boundary - 2 * char_w:
                self.stamps.append(text)  # above the Quốc hiệu, in the right column
                continue
            at_edge = k < 2 or k >= len(lines) - 2
            if at_edge and PAGE_NUMBER_LINE.match(text):
                continue
            if ESIGNATURE_LINE.search(text):
                rows.append(_Row(text, array("f"), text if at_edge else None, signature=True))
                continue
            words = array("f")
            laid = _render(ln, char_w, boundary if k < header_lines else None, words)
            bold = all(w.get("bold", False) for w in ln)
            rows.append(_Row(laid, words, text if at_edge else None, header=first and k < header_lines, bold=bold))
        return rows

    def text(self) -> tuple[str, WordBoxes, list[str], int]:
        """The text, its words, the e-signature stamps' lines, and where the first page's header ends
        (the text's lines set wholly in bold are ``bold_lines`` then)."""
        if self.char_w is None:
            self._fix_width()
        n_pages = len(self.pages)
        repeated = {t for t, c in self.edges.items() if c >= DEFAULT_RUNNING_LINE_PAGES and c >= n_pages / 2}
        out: list[str] = []
        boxes = WordBoxes()
        signed: list[str] = []
        offset = header_end = 0
        for number, rows in self.pages:
            for row in rows:
                if row.edge is not None and row.edge in repeated:
                    continue
                if row.signature:
                    signed.append(row.text)
                    continue
                boxes.extend_row(row.words, offset, number)
                if row.bold:
                    self.bold_lines.add(len(out))
                out.append(row.text)
                offset += len(row.text) + 1
                if row.header:
                    header_end = offset
        return "\n".join(out), boxes, signed, header_end
