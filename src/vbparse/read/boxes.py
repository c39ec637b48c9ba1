"""Where each word of a PDF stands on its page, kept beside the text the reader wrote.

A word is ``[start, end)`` in the reader's text (``ReadResult.original``, the offsets of every span), its
page (1-based), its box in PDF points from the page's top-left corner, and Tesseract's confidence when it
was recognised.  The extract stage reads the confidence of a value's words from here, the document page
outlines values on page images from here (a scan as well as a text layer), and blocks get the box of
their words.  A 300-page PDF holds some 100 000 words: they are kept in columns of machine numbers
(40 bytes a word, where a dict each took some 400).
"""

from __future__ import annotations

import bisect
import math
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field

#: Words closer than this many spaces in the reader's text (and on one line, of one page) are one stretch
#: of text; a column's gap in the laid-out text is wider (``tables.patterns.DEFAULT_MIN_COLUMN_GAP``).
DEFAULT_STRETCH_GAP = 3

#: ``(page, x0, top, x1, bottom)``: a box on a page, in PDF points from its top-left corner.
PageBox = tuple[int, float, float, float, float]


@dataclass
class WordBoxes:
    """The words of a read text with their boxes, sorted by ``start``.  ``confidence`` is NaN for a word
    of a text layer (trusted)."""

    starts: array = field(default_factory=lambda: array("q"))
    ends: array = field(default_factory=lambda: array("q"))
    pages: array = field(default_factory=lambda: array("I"))
    #: each word's box, one column a side (a column takes a laid-out line's words in one slice)
    x0s: array = field(default_factory=lambda: array("f"))
    tops: array = field(default_factory=lambda: array("f"))
    x1s: array = field(default_factory=lambda: array("f"))
    bottoms: array = field(default_factory=lambda: array("f"))
    confidence: array = field(default_factory=lambda: array("f"))

    def add(
        self, start: int, end: int, page: int, box: tuple[float, float, float, float], confidence: float | None
    ) -> None:
        if self.starts and start < self.starts[-1]:
            raise ValueError("words are added in text order")
        self.starts.append(start)
        self.ends.append(end)
        self.pages.append(page)
        x0, top, x1, bottom = box
        self.x0s.append(x0)
        self.tops.append(top)
        self.x1s.append(x1)
        self.bottoms.append(bottom)
        self.confidence.append(math.nan if confidence is None else confidence)

    def extend_row(self, placed: array, offset: int, page: int) -> None:
        """A laid-out line's words at once: ``placed`` holds seven numbers a word (start and end in the line,
        box, confidence or NaN; ``pdf_grid._render``), ``offset`` is where the line starts in the text."""
        n = len(placed) // 7
        if not n:
            return
        first = offset + int(placed[0])
        if self.starts and first < self.starts[-1]:
            raise ValueError("words are added in text order")
        self.starts.extend([offset + int(v) for v in placed[0::7]])
        self.ends.extend([offset + int(v) for v in placed[1::7]])
        self.pages.extend([page] * n)
        self.x0s.extend(placed[2::7])
        self.tops.extend(placed[3::7])
        self.x1s.extend(placed[4::7])
        self.bottoms.extend(placed[5::7])
        self.confidence.extend(placed[6::7])

    def __len__(self) -> int:
        return len(self.starts)

    def box(self, k: int) -> PageBox:
        return self.pages[k], self.x0s[k], self.tops[k], self.x1s[k], self.bottoms[k]

    def recognised(self) -> list[tuple[int, int, float]]:
        """``(start, end, confidence)`` of every recognised word (text-layer words have none)."""
        return [(self.starts[k], self.ends[k], c) for k, c in enumerate(self.confidence) if not math.isnan(c)]

    def set_recognised(self, confidence: list[float]) -> None:
        """New confidences of the recognised words, in their order (a reading corroborated elsewhere)."""
        recognised = [k for k, c in enumerate(self.confidence) if not math.isnan(c)]
        if len(recognised) != len(confidence):
            raise ValueError("one confidence for each recognised word")
        for k, c in zip(recognised, confidence):
            self.confidence[k] = c

    def overlapping(self, start: int, end: int) -> Iterator[int]:
        """Indexes of the words that overlap ``[start, end)`` of the text."""
        k = max(0, bisect.bisect_right(self.starts, start) - 1)
        while k < len(self.starts) and self.starts[k] < end:
            if self.ends[k] > start:
                yield k
            k += 1

    def stretches(self, text: str) -> list[tuple[int, int, PageBox]]:
        """The words joined into stretches of one line, page and column: ``(start, end, box)`` each.  What a
        document keeps to outline its values: a few dozen a page, where words are hundreds."""
        out: list[tuple[int, int, PageBox]] = []
        if not self.starts:
            return out
        # the columns walked side by side and the stretch joined in plain variables, comparisons inline: a
        # tuple a word, indexing each column and min()/max() calls made this the parse's costliest step
        words = zip(self.starts, self.ends, self.pages, self.x0s, self.tops, self.x1s, self.bottoms)
        start, end, page, x0, top, x1, bottom = next(words)
        for s, e, p, left, upper, right, lower in words:
            if p == page and s - end < DEFAULT_STRETCH_GAP and "\n" not in text[end:s]:
                end = e
                if left < x0:  # noqa: PLR1730
                    x0 = left
                if upper < top:  # noqa: PLR1730
                    top = upper
                if right > x1:  # noqa: PLR1730
                    x1 = right
                if lower > bottom:  # noqa: PLR1730
                    bottom = lower
                continue
            out.append((start, end, (page, x0, top, x1, bottom)))
            start, end, page, x0, top, x1, bottom = s, e, p, left, upper, right, lower
        out.append((start, end, (page, x0, top, x1, bottom)))
        return out


def union(boxes: list[PageBox]) -> PageBox | None:
    """The box around boxes of one page (the first page's, when they stand on several)."""
    if not boxes:
        return None
    page = boxes[0][0]
    same = [b for b in boxes if b[0] == page]
    return (
        page,
        min(b[1] for b in same),
        min(b[2] for b in same),
        max(b[3] for b in same),
        max(b[4] for b in same),
    )
