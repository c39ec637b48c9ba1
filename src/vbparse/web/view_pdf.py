"""Page images of an archived PDF with what was read from it outlined, for the document page.

The file is the one the archive recorded for the document (never a path from the request).  A value's
place on the page comes from the boxes the reader kept (``Source.boxes``: stretches of one line, text
layer and OCR alike, so a scan is outlined too); the part of a stretch a value covers is found by its
share of the stretch's characters.  A document stored before boxes were kept is outlined by searching
the page's own text layer (pdfium) for the value's words a line at a time.  PDFium is not thread-safe,
and requests are served by several threads: one page at a time.
"""

from __future__ import annotations

import io
import threading
from pathlib import Path

from ..pattern_cache import compiled
from .view_text import Mark

#: Pixels per PDF point: 1.5 is 108 dpi, readable on a phone, a few hundred KB a page.
DEFAULT_PAGE_SCALE = 1.5
#: Pages shown on the document page (a plan has a handful; a 300-page annex is not browsed this way).
DEFAULT_MAX_PDF_PAGES = 40
#: Largest side of a rendered page in pixels: a poster-sized page is not rendered at full scale.
DEFAULT_MAX_PAGE_PIXELS = 2400
#: A line shorter than this (in letters and digits) finds too much on a page to be outlined.
DEFAULT_MIN_NEEDLE_CHARS = 4
#: Outline colours by kind (RGBA), the page's legend being the text's.
COLOURS = {
    "number": (214, 40, 40),
    "date": (30, 140, 70),
    "reference": (11, 92, 173),
    "obligation": (214, 160, 0),
    "recipient": (160, 60, 150),
    "signer": (230, 110, 0),
    "issuer": (60, 120, 200),
    "doc_type": (110, 70, 200),
    "phase": (100, 150, 40),
}
_LOCK = threading.Lock()
_SPACE = compiled(r"[ \t\u00a0]+")
_WORDY = compiled(r"[\p{L}\p{N}]")


def pdf_of(paths: list[str], fmt: str) -> Path | None:
    """The archived document's PDF, if it is one and still there."""
    if not fmt.startswith("pdf"):
        return None
    for p in paths:
        path = Path(p)
        if path.is_file():
            return path
    return None


def needles(text: str, marks: list[Mark]) -> list[tuple[str, str]]:
    """(kind, line of text) to look for on the pages: each mark's text, a line at a time, spaces collapsed."""
    out: dict[tuple[str, str], None] = {}
    for m in marks:
        if m.kind not in COLOURS:
            continue
        for line in text[m.start : m.end].replace("*", "").split("\n"):
            line = _SPACE.sub(" ", line).strip(" -+.;,:")
            if len(_WORDY.findall(line)) >= DEFAULT_MIN_NEEDLE_CHARS:
                out[(m.kind, line)] = None
    return list(out)


def outlines(marks: list[Mark], boxes: list, number: int) -> list[tuple[str, tuple[float, float, float, float]]]:
    """``(kind, (x0, top, x1, bottom))`` on page ``number`` of every outlined mark: for each stretch a
    mark overlaps, the part of it under the mark's characters (a stretch is one line of one column, its
    characters about evenly wide)."""
    on_page = [b for b in boxes if b[2] == number]
    found: dict[tuple[str, tuple[float, float, float, float]], None] = {}
    for m in marks:
        if m.kind not in COLOURS:
            continue
        for start, end, _, x0, top, x1, bottom in on_page:
            if start >= m.end or end <= m.start:
                continue
            width = (x1 - x0) / max(1, end - start)
            left = x0 + width * max(0, m.start - start)
            right = x1 - width * max(0, end - m.end)
            found[(m.kind, (left, top, right, bottom))] = None
    return list(found)


def page_count(path: Path) -> int:
    import pypdfium2 as pdfium

    with _LOCK:
        pdf = pdfium.PdfDocument(str(path))
        try:
            return len(pdf)
        finally:
            pdf.close()


def page_png(
    path: Path,
    number: int,
    find: list[tuple[str, str]],
    placed: list[tuple[str, tuple[float, float, float, float]]] | None = None,
) -> bytes | None:
    """Page ``number`` (1-based) as PNG with the ``placed`` outlines (``outlines``), or else each needle
    found in its text layer, outlined; ``None`` past the last page."""
    import pypdfium2 as pdfium
    from PIL import ImageDraw

    with _LOCK:
        pdf = pdfium.PdfDocument(str(path))
        try:
            if not 1 <= number <= len(pdf):
                return None
            page = pdf[number - 1]
            width, height = page.get_size()
            scale = min(DEFAULT_PAGE_SCALE, DEFAULT_MAX_PAGE_PIXELS / max(width, height, 1))
            image = page.render(scale=scale).to_pil().convert("RGB")
            if placed is None:  # pdfium's rectangles count up from the page's bottom edge
                placed = [
                    (k, (x0, height - y1, x1, height - y0)) for k, (x0, y0, x1, y1) in _boxes(page.get_textpage(), find)
                ]
        finally:
            pdf.close()
    draw = ImageDraw.Draw(image, "RGBA")
    for kind, (left, top, right, bottom) in placed:
        r, g, b = COLOURS[kind]
        draw.rectangle(
            (left * scale - 2, top * scale - 2, right * scale + 2, bottom * scale + 2),
            fill=(r, g, b, 40),
            outline=(r, g, b, 220),
            width=2,
        )
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def _boxes(textpage, find: list[tuple[str, str]]) -> list[tuple[str, tuple[float, float, float, float]]]:
    """Rectangles (PDF points) of every occurrence of each needle on the page."""
    found = []
    for kind, line in find:
        searcher = textpage.search(line, match_case=False)
        while (hit := searcher.get_next()) is not None:
            index, count = hit
            for i in range(textpage.count_rects(index, count)):
                found.append((kind, textpage.get_rect(i)))
    return found
