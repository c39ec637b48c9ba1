"""Text drawn by annotations: the number and the day of an electronically signed document.

When a văn thư issues a document with the state CA signing tools, the number (``Số: 05/TTr-SNV``) and the
day (``ngày 06 tháng 01 năm 2026``) are not in the page content: they are drawn at signing time in the
appearance streams of signature widgets (``/Annots``, ``FT /Sig``, ``/AP /N``).  Every viewer prints them;
a text layer alone does not have them.  pdfium flattens the appearances into the page (as a viewer draws
them), and the characters it adds are read with their boxes, in the shape of the page's own words, so that
they fall into their line (``Số:`` … ``05`` … ``/TTr-SNV``).
"""

from __future__ import annotations

import ctypes
from typing import Any

#: A gap wider than this share of the characters' height splits a word (the number and the day are drawn
#: as separate runs of digits that are not separated by a space character).
DEFAULT_WORD_GAP = 0.6
#: Annotation subtypes that draw nothing on the page (``FPDF_ANNOT_LINK``, ``FPDF_ANNOT_POPUP``)
_DRAW_NOTHING = frozenset({2, 16})


def flatten_annotations(pdfium_doc: Any, index: int, page: Any) -> tuple[Any, int | None]:
    """Page ``index`` with the text its annotations draw made part of its content, and how many objects it
    has of its own (their characters come first: :func:`own_chars`); ``None`` when no annotation draws text
    or pdfium could not flatten them, and the page is then as it was.

    ``page`` is the open page.  Flattened, it is closed and loaded again (pdfium shows a flattened page's new
    content only then), so that its text is read once, its own and the annotations' together.  Read the
    document's signatures before (a signature's widget goes with it); a page rendered afterwards shows the
    same as before (a renderer draws the annotations too)."""
    from pypdfium2 import raw

    if not _draws_text(page.raw):
        return page, None
    own_objects = raw.FPDFPage_CountObjects(page.raw)
    if raw.FPDFPage_Flatten(page.raw, raw.FLAT_NORMALDISPLAY) != raw.FLATTEN_SUCCESS:
        return page, None
    page.close()
    return pdfium_doc[index], own_objects


def own_chars(page_raw: Any, textpage_raw: Any, count: int, own_objects: int) -> int:
    """How many of a flattened page's ``count`` characters are the page's own.  Flattening appends the
    annotations' appearances after the page's ``own_objects`` objects and pdfium's text follows the objects'
    order: the characters they draw, and the line break pdfium puts before them, come last."""
    from pypdfium2 import raw

    drawn: set[int] = set()
    for k in range(own_objects, raw.FPDFPage_CountObjects(page_raw)):
        _text_objects(raw, raw.FPDFPage_GetObject(page_raw, k), drawn)
    i = count
    while i > 0 and (
        raw.FPDFText_IsGenerated(textpage_raw, i - 1)
        or handle_address(raw.FPDFText_GetTextObject(textpage_raw, i - 1)) in drawn
    ):
        i -= 1
    return i


def drawn_words(textpage: Any, text: str, start: int, page_left: float, page_top: float) -> list[dict]:
    """Words of the characters ``start`` … of a flattened page's text (``text``, one character an index):
    those its annotations draw, in the page's words' coordinates (top-down points from the page box's
    top-left corner)."""
    return _words([(text[i], textpage.get_charbox(i)) for i in range(start, len(text))], page_left, page_top)


def _text_objects(raw: Any, obj: Any, out: set[int]) -> None:
    """The addresses of ``obj``'s text objects (itself, or those inside a form XObject), into ``out``."""
    kind = raw.FPDFPageObj_GetType(obj)
    if kind == raw.FPDF_PAGEOBJ_TEXT:
        out.add(handle_address(obj))
    elif kind == raw.FPDF_PAGEOBJ_FORM:
        for j in range(raw.FPDFFormObj_CountObjects(obj)):
            _text_objects(raw, raw.FPDFFormObj_GetObject(obj, j), out)


def handle_address(handle: Any) -> int:
    """A pdfium handle's address: two handles of one object (from two calls) are equal by it."""
    return ctypes.cast(handle, ctypes.c_void_p).value or 0


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
