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
#: Annotation subtypes that draw nothing on the page (``FPDF_ANNOT_LINK``, ``FPDF_ANNOT_POPUP``)
_DRAW_NOTHING = frozenset({2, 16})


def annotation_words(pdfium_doc: Any, index: int, page: Any, own_chars: int) -> list[dict]:
    """Words that the annotations of page ``index`` draw, in the page's words' coordinates (top-down points
    from the page box's top-left corner).

    ``page`` is the open page, whose own text has ``own_chars`` characters: it is flattened in
    ``pdfium_doc`` (in memory) and closed.  Read the document's signatures before; a page rendered
    afterwards shows the same as before (a renderer draws the annotations too)."""
    from pypdfium2 import raw

    try:
        if not _draws_text(page.raw):
            return []
        left, _bottom, _right, top = page.get_bbox()
        if raw.FPDFPage_Flatten(page.raw, raw.FLAT_NORMALDISPLAY) != raw.FLATTEN_SUCCESS:
            return []
    finally:
        page.close()
    page = pdfium_doc[index]  # pdfium shows a flattened page's new content only once it is loaded again
    textpage = page.get_textpage()
    try:
        # flattening appends the appearances' objects after the page's own: their characters come last
        chars = [
            (textpage.get_text_range(i, 1), textpage.get_charbox(i)) for i in range(own_chars, textpage.count_chars())
        ]
    finally:
        textpage.close()
        page.close()
    return _words(chars, left, top)


def _draws_text(page_raw: Any) -> bool:
    """Whether an annotation of the page may draw text: one whose appearance holds a text object, or one
    without an appearance that pdfium may draw all the same.  Links and pop-ups draw nothing, and most
    signature widgets draw only the signer's image: reloading such a page would cost as much as reading it."""
    from pypdfium2 import raw

    for k in range(raw.FPDFPage_GetAnnotCount(page_raw)):
        annot = raw.FPDFPage_GetAnnot(page_raw, k)
        try:
            if raw.FPDFAnnot_GetSubtype(annot) in _DRAW_NOTHING:
                continue
            count = raw.FPDFAnnot_GetObjectCount(annot)
            if count == 0 or _holds_text(raw, lambda j, a=annot: raw.FPDFAnnot_GetObject(a, j), count):
                return True
        finally:
            raw.FPDFPage_CloseAnnot(annot)
    return False


def _holds_text(raw: Any, get: Any, count: int) -> bool:
    """Whether objects ``get(0)`` … ``get(count - 1)`` (form XObjects opened) include a text object."""
    for j in range(count):
        obj = get(j)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_TEXT:
            return True
        if kind == raw.FPDF_PAGEOBJ_FORM and _holds_text(
            raw, lambda i, o=obj: raw.FPDFFormObj_GetObject(o, i), raw.FPDFFormObj_CountObjects(obj)
        ):
            return True
    return False


def _words(chars: list[tuple[str, tuple[float, float, float, float]]], page_left: float, page_top: float) -> list[dict]:
    words: list[dict] = []
    current: dict | None = None
    for ch, (left, bottom, right, top) in chars:
        if not ch.strip() or top <= bottom:
            current = None
            continue
        height = top - bottom
        x0, x1 = left - page_left, right - page_left
        if current is not None and (
            x0 - current["x1"] > DEFAULT_WORD_GAP * height
            or abs((page_top - bottom) - current["bottom"]) > 0.5 * height
        ):
            current = None
        if current is None:
            current = {
                "text": "",
                "x0": x0,
                "x1": x1,
                "top": page_top - top,
                "bottom": page_top - bottom,
                "size": height,
                "annotation": True,
            }
            words.append(current)
        current["text"] += ch
        current["x1"] = max(current["x1"], x1)
        current["top"] = min(current["top"], page_top - top)
    return words
