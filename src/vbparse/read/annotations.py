"""Text drawn by annotations: the number and the day of an electronically signed document.

When a văn thư issues a document with the state CA signing tools, the number (``Số: 05/TTr-SNV``) and the
day (``ngày 06 tháng 01 năm 2026``) are not in the page content: they are drawn at signing time in the
appearance streams of signature widgets (``/Annots``, ``FT /Sig``, ``/AP /N``).  Every viewer prints them;
a text layer alone does not have them.  pdfium flattens the appearances into the page (as a viewer draws
them), and the characters it adds are read with their boxes, in the shape of the page's own words, so that
they fall into their line (``Số:`` … ``05`` … ``/TTr-SNV``).
"""

from __future__ import annotations

from typing import Any

#: A gap wider than this share of the characters' height splits a word (the number and the day are drawn
#: as separate runs of digits that are not separated by a space character).
DEFAULT_WORD_GAP = 0.6


def annotation_words(pdfium_doc: Any, index: int, page_height: float) -> list[dict]:
    """Words that the annotations of page ``index`` draw, top-down coordinates as pdfplumber's words.

    The page is flattened in ``pdfium_doc`` (in memory): read the document's signatures before, and do not
    render this page afterwards (a page recognised by OCR shows its annotations already and is not read here)."""
    import pypdfium2.raw as raw

    page = pdfium_doc[index]
    try:
        if raw.FPDFPage_GetAnnotCount(page.raw) == 0:
            return []
        textpage = page.get_textpage()
        before = textpage.count_chars()
        textpage.close()
        if raw.FPDFPage_Flatten(page.raw, raw.FLAT_NORMALDISPLAY) != raw.FLATTEN_SUCCESS:
            return []
    finally:
        page.close()
    page = pdfium_doc[index]
    textpage = page.get_textpage()
    try:
        # flattening appends the appearances' objects after the page's own: their characters come last
        chars = [(textpage.get_text_range(i, 1), textpage.get_charbox(i)) for i in range(before, textpage.count_chars())]
    finally:
        textpage.close()
        page.close()
    return _words(chars, page_height)


def _words(chars: list[tuple[str, tuple[float, float, float, float]]], page_height: float) -> list[dict]:
    words: list[dict] = []
    current: dict | None = None
    for ch, (left, bottom, right, top) in chars:
        if not ch.strip() or top <= bottom:
            current = None
            continue
        height = top - bottom
        if current is not None and (left - current["x1"] > DEFAULT_WORD_GAP * height
                                    or abs((page_height - bottom) - current["bottom"]) > 0.5 * height):
            current = None
        if current is None:
            current = {"text": "", "x0": left, "x1": right, "top": page_height - top,
                       "bottom": page_height - bottom, "size": height, "annotation": True}
            words.append(current)
        current["text"] += ch
        current["x1"] = max(current["x1"], right)
        current["top"] = min(current["top"], page_height - top)
    return words
