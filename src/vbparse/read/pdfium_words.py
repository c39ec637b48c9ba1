"""Words of a PDF page's text layer, from pdfium's characters.

pdfium gives each character with its box and font about twenty times faster than pdfminer builds
``page.chars``, and it releases a page as soon as it is closed, so memory stays flat in the page count.
Characters are grouped into words here (split at spaces, at gaps and where the baseline changes), in
the shape the layout code takes: ``{"text", "x0", "x1", "top", "bottom", "size"}``, top-down points
from the page's top-left corner.

Characters set in a TCVN3 font (``.VnTime``) are converted one by one, decided once per font as every
reader decides (:func:`~vbparse.encodings.legacy_encoding_for`).  Asking pdfium which font draws each
character costs as much as the rest of the page, so it is asked only on pages that use a legacy font.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass, field
from typing import Any

from ..encodings import decode_legacy, encoding_of_font, legacy_encoding_for
from ..pattern_cache import compiled
from .annotations import drawn_words, handle_address, own_chars
from .lines import group_lines
from .pdfium_lean import lean_raw

#: Two runs of characters on one line this close (in points) are one word: the glyphs of a word abut,
#: while a space is a quarter of the font size (2.5 pt at 10 pt).
DEFAULT_JOIN_GAP = 1.0
#: Two letters further apart than this share of the font's height (ascent to descent, about 1.15 em)
#: belong to two words: the letters of a word abut, a space is about 0.25 em, less where a fallback
#: font's wider accented letter reaches into it.
DEFAULT_WORD_GAP = 0.14
#: Runs that overlap by more than this (in points) interleave: their characters are placed one by one.
DEFAULT_OVERLAP = 1.0

#: Characters that TCVN3 text is full of (``¸`` á, ``µ`` à, ``¹`` ạ, ``®`` đ, ``­`` ư …) and Unicode text
#: hardly has: a page with fewer than ``DEFAULT_MIN_TCVN3_MARKS`` of them is not looked at font by font
#: (so a page holding only plain ASCII in a capitals font, ``.VnTimeH``, is not upper-cased).
_TCVN3_MARK = compiled(r"[\xa1-\xbf]")
DEFAULT_MIN_TCVN3_MARKS = 1

#: pdfium marks a hyphen that ends a line (one it takes for a word broken in two) with U+FFFE: the page
#: prints a hyphen (``2764/QĐ-`` wrapped before ``TTg``).
_LINE_END_HYPHEN = "\ufffe"
#: A bold face, by its font's name (``TimesNewRomanPS-BoldMT``, ``LiberationSerif-BoldItalic``, ``Arial,Bold``,
#: ``Roboto-Black``): PDF printers write the weight of the fonts they embed as 400, bold or not.
BOLD_FONT = compiled(r"(?i)bold|black|heavy")
#: The longest font name read (a subset's prefix and the name: longer ones are cut, their face still shows).
DEFAULT_FONT_NAME_BYTES = 128


@dataclass
class PageText:
    """What the layout needs of one page: its words, the legacy encodings converted, the page's size and
    how much of it images cover (a scan with a stamp has a thin text layer and a page-sized image)."""

    words: list[dict]
    legacy: set[str]
    width: float
    height: float
    image_area: float
    #: words that the page's annotations draw (the number and day of a signed document)
    annotation_words: list[dict] = field(default_factory=list)
    #: how many of the page's objects are its own, when its annotations were flattened after them
    own_objects: int | None = None
    #: the page's ruled tables (:func:`vbparse.read.pdf_tables.ruled_grids`)
    grids: list = field(default_factory=list)
    #: ``words`` already grouped into lines, when they were (the layout then need not group them again)
    lines: list[list[dict]] | None = None


def page_text(page: Any, short_page: int, own_objects: int | None = None) -> tuple[PageText, int]:
    """Words of a pdfium page (``pypdfium2.PdfPage``) and how many characters its text has; the page is
    not closed here.  The area that images cover is measured only on a page of fewer than ``short_page``
    characters (where it decides whether a thin text layer is a scan's).  A page whose annotations were
    flattened after its ``own_objects`` objects (``annotations.flatten_annotations``) has their words apart."""
    from pypdfium2 import raw

    left, bottom, right, top = page.get_bbox()
    textpage = page.get_textpage()
    try:
        n = textpage.count_chars()
        text = textpage.get_text_range(0, n) if n else ""
        if len(text) != n:  # characters outside the BMP: one index, two UTF-16 units
            text = "".join(chr(raw.FPDFText_GetUnicode(textpage.raw, i) or 0xFFFD) for i in range(n))
        drawn: list[dict] = []
        if own_objects is not None:
            n = own_chars(page.raw, textpage.raw, n, own_objects)
            drawn = drawn_words(textpage, text, n, left, top)
            text = text[:n]
        maybe_legacy = len(_TCVN3_MARK.findall(text)) >= DEFAULT_MIN_TCVN3_MARKS
        objects = _page_objects(page.raw, own_objects) if maybe_legacy or len(text.strip()) < short_page else None
        legacy: set[str] = set()
        lines = None
        if objects is not None and objects.legacy_fonts():
            chars = _chars(textpage.raw, text, left, top, _char_fonts(textpage.raw, n, objects.fonts()))
            legacy = convert_legacy_chars(chars)
        else:
            lines = _mend(_runs(textpage.raw, text, left, top), text, textpage.raw)
            if lines is None:  # pieces of words drawn out of order: place every character
                chars = _chars(textpage.raw, text, left, top, None)
        words = [w for line in lines for w in line] if lines is not None else _char_words(chars)
    finally:
        textpage.close()
    return PageText(
        words=words,
        legacy=legacy,
        width=right - left,
        height=top - bottom,
        image_area=objects.image_area if objects is not None else 0.0,
        annotation_words=drawn,
        own_objects=own_objects,
        lines=lines,
    ), n


#: A run of characters: up to a space or line break, or up to and with a hyphen pdfium marked as ending a
#: line (pdfium joins ``QĐ-`` and the ``TTg`` that begins the next line into one run).
_RUN = compiled(r"[^\s\ufffe]+\ufffe?|\ufffe")


def _runs(textpage_raw: Any, text: str, left: float, top: float) -> list[dict] | None:
    """Runs of characters between spaces and line breaks, in the order pdfium found them (pdfium puts a
    space where the gap between two characters is a word gap), boxed by their first and last character;
    ``start``/``end`` are their character indexes, ``bold`` says that the first one's font is a bold face
    (``BOLD_FONT``).  None when a run does not lie on one line."""
    from pypdfium2 import raw

    rect = raw.FS_RECTF()
    # bound once, and called with plain addresses: a page has thousands of runs
    char_box, textpage, rect_address = (
        lean_raw().FPDFText_GetLooseCharBox,
        handle_address(textpage_raw),
        ctypes.addressof(rect),
    )
    bold_at = _FontFaces(textpage_raw)
    runs: list[dict] = []
    for m in _RUN.finditer(text):
        start, end = m.span()
        bold = bold_at(start)
        char_box(textpage, start, rect_address)
        x0, top0, bottom0 = rect.left - left, top - rect.top, top - rect.bottom
        if end - start > 1:
            char_box(textpage, end - 1, rect_address)
        x1, top1, bottom1 = rect.right - left, top - rect.top, top - rect.bottom
        # the lower of the two tops: an accented capital at either end (``PHÓ``) rises above the font's
        # ascent, and a taller box would draw the run into the line above.  (Comparisons inline, not
        # min()/max() calls: this loop runs on every word of a PDF.)
        run_top = top0 if top0 > top1 else top1  # noqa: FURB136
        run_bottom = bottom0 if bottom0 > bottom1 else bottom1  # noqa: FURB136
        if x1 < x0 or (bottom0 if bottom0 < bottom1 else bottom1) <= run_top:  # noqa: FURB136
            return None  # its first and last characters are not on one line
        if run_bottom > run_top:
            word = m.group()
            runs.append(
                {
                    "text": word.replace(_LINE_END_HYPHEN, "-") if _LINE_END_HYPHEN in word else word,
                    "x0": x0,
                    "x1": x1,
                    "top": run_top,
                    "bottom": run_bottom,
                    "start": start,
                    "end": end,
                    "bold": bold,
                }
            )
    return runs


def _mend(runs: list[dict] | None, text: str, textpage_raw: Any) -> list[list[dict]] | None:
    """Lines of words from runs: on each line, consecutive runs that touch with nothing but a line break pdfium
    guessed between them are one word (``ngành1`` ``.`` after a footnote mark).  None when a line's runs
    are not in the page's drawing order (a PDF printer drew a word's accented letters after the rest of
    the line: ``K HO CH`` … ``Ế`` ``Ạ``) or overlap: only character boxes can put those together."""
    from pypdfium2 import raw

    if runs is None:
        return None
    lines: list[list[dict]] = []
    for line in group_lines(runs):
        words: list[dict] = []
        lines.append(words)
        current: dict | None = None
        last: dict | None = None
        for run in line:
            if current is not None and last is not None:
                gap = run["x0"] - current["x1"]
                if run["start"] < last["start"] or gap < -DEFAULT_OVERLAP:
                    return None
                between = text[last["end"] : run["start"]]
                if gap <= DEFAULT_JOIN_GAP and all(
                    ch in "\r\n" and raw.FPDFText_IsGenerated(textpage_raw, last["end"] + k)
                    for k, ch in enumerate(between)
                ):
                    current["text"] += run["text"]
                    current["bold"] = current["bold"] and run["bold"]
                    current["x1"] = max(current["x1"], run["x1"])
                    current["top"] = min(current["top"], run["top"])
                    current["bottom"] = max(current["bottom"], run["bottom"])
                    last = run
                    continue
            current = last = run  # the run becomes the word (its ``start`` and ``end`` stay: what else reads them)
            words.append(current)
    for words in lines:
        for w in words:
            w["size"] = w["bottom"] - w["top"]
    return lines


def _chars(textpage_raw: Any, text: str, left: float, top: float, font_of: list[str] | None) -> list[dict]:
    """Every character with its box (and font, for a page in a legacy font); the page's own spaces are
    word boundaries, pdfium's inserted ones are not (on a page drawn out of order they stand where pdfium
    saw a gap before the letters drawn later filled it).  A box is as wide as the letter's advance when
    its font says so: a fallback font's glyph box can reach across the space that follows it."""
    from pypdfium2 import raw

    rect = raw.FS_RECTF()
    size = ctypes.c_float()
    width = ctypes.c_float()
    bold_at = _FontFaces(textpage_raw)
    chars: list[dict] = []
    for i, ch in enumerate(text):
        if ch.isspace() and (ch in "\r\n" or raw.FPDFText_IsGenerated(textpage_raw, i)):
            continue
        if not raw.FPDFText_GetLooseCharBox(textpage_raw, i, rect) or rect.top <= rect.bottom:
            continue
        x1 = rect.right
        obj = None if ch.isspace() else raw.FPDFText_GetTextObject(textpage_raw, i)
        if obj and raw.FPDFTextObj_GetFontSize(obj, ctypes.byref(size)):
            font = raw.FPDFTextObj_GetFont(obj)
            if (
                font
                and raw.FPDFFont_GetGlyphWidth(font, ord(ch), size.value, ctypes.byref(width))
                and 0 < width.value < rect.right - rect.left
            ):
                x1 = rect.left + width.value
        chars.append(
            {
                "text": "-" if ch == _LINE_END_HYPHEN else ch,
                "x0": rect.left - left,
                "x1": x1 - left,
                "top": top - rect.top,
                "bottom": top - rect.bottom,
                "font": font_of[i] if font_of else "",
                "bold": bold_at(i),
            }
        )
    return chars


class _FontFaces:
    """Whether a text page's character at an index is set in a bold face (``BOLD_FONT``, by its font's name)."""

    def __init__(self, textpage_raw: Any) -> None:
        self.font_info = lean_raw().FPDFText_GetFontInfo
        self.textpage = handle_address(textpage_raw)
        self.name = ctypes.create_string_buffer(DEFAULT_FONT_NAME_BYTES)
        self.address = ctypes.addressof(self.name)

    def __call__(self, index: int) -> bool:
        self.name[0] = b"\0"
        self.font_info(self.textpage, index, self.address, DEFAULT_FONT_NAME_BYTES, None)
        return BOLD_FONT.search(self.name.value.decode("latin-1")) is not None


def pdfium_bytes(getter: Any, handle: Any) -> bytes:
    """What a pdfium getter that fills a caller's buffer returns (its length asked first, then the buffer
    filled), terminator included; ``b""`` when it has nothing."""
    size = getter(handle, None, 0)
    if size <= 0:
        return b""
    buf = ctypes.create_string_buffer(size)
    getter(handle, buf, size)
    return buf.raw[:size]


def _font_name(raw: Any, font: Any) -> str:
    return pdfium_bytes(raw.FPDFFont_GetBaseFontName, font).rstrip(b"\0").decode("latin-1", "replace")


@dataclass
class _Objects:
    #: the page's text objects and the name of the font of each
    texts: list[tuple[Any, str]]
    image_area: float

    def legacy_fonts(self) -> bool:
        return any(encoding_of_font(name)[0] for name in {name for _obj, name in self.texts})

    def fonts(self) -> dict[int, str]:
        """Font name by text object address."""
        return {handle_address(obj): name for obj, name in self.texts}


def _page_objects(page_raw: Any, own_objects: int | None = None) -> _Objects:
    """One walk over the page's objects (form XObjects included; its first ``own_objects`` when annotations
    were flattened after them): the font of each text object (its name looked up once per font) and the area
    images cover."""
    from pypdfium2 import raw

    texts: list[tuple[Any, str]] = []
    names: dict[int, str] = {}
    box = [ctypes.c_float() for _ in range(4)]
    area = 0.0

    def walk(count: int, get: Any) -> None:
        nonlocal area
        for k in range(count):
            obj = get(k)
            kind = raw.FPDFPageObj_GetType(obj)
            if kind == raw.FPDF_PAGEOBJ_TEXT:
                font = raw.FPDFTextObj_GetFont(obj)
                key = handle_address(font)
                name = names.get(key)
                if name is None:
                    name = names[key] = _font_name(raw, font) if font else ""
                texts.append((obj, name))
            elif kind == raw.FPDF_PAGEOBJ_IMAGE:
                if raw.FPDFPageObj_GetBounds(obj, *(ctypes.byref(b) for b in box)):
                    x0, y0, x1, y1 = (b.value for b in box)
                    area += abs((x1 - x0) * (y1 - y0))
            elif kind == raw.FPDF_PAGEOBJ_FORM:
                walk(raw.FPDFFormObj_CountObjects(obj), lambda j, o=obj: raw.FPDFFormObj_GetObject(o, j))

    count = raw.FPDFPage_CountObjects(page_raw) if own_objects is None else own_objects
    walk(count, lambda k: raw.FPDFPage_GetObject(page_raw, k))
    return _Objects(texts, area)


def _char_fonts(textpage_raw: Any, n: int, fonts: dict[int, str]) -> list[str]:
    from pypdfium2 import raw

    out = []
    for i in range(n):
        obj = raw.FPDFText_GetTextObject(textpage_raw, i)
        out.append(fonts.get(handle_address(obj), "") if obj else "")
    return out


def convert_legacy_chars(chars: list[dict], font_key: str = "font") -> set[str]:
    """Convert, in place, the characters (``{"text", font_key, …}``) of each font whose text is TCVN3 — one
    character per letter, so it can be decoded character by character; VNI's two-character letters are
    left to the text check — and return the encodings converted.  Both PDF readers use it."""
    by_font: dict[str, list[dict]] = {}
    for c in chars:
        if c.get(font_key):
            by_font.setdefault(c[font_key], []).append(c)
    legacy = set()
    for font, group in by_font.items():
        enc, capitals = legacy_encoding_for("".join(c["text"] for c in group), font)
        if enc == "tcvn3":
            for c in group:
                c["text"] = decode_legacy(c["text"], enc, capitals)
            legacy.add(enc)
    return legacy


def _char_words(chars: list[dict]) -> list[dict]:
    """Words from characters placed line by line: split at spaces and where two letters are further apart
    than ``DEFAULT_WORD_GAP`` of the font's height (a page drawn in pieces may have no space character
    between two words)."""
    words: list[dict] = []
    for line in group_lines(chars):
        current: dict | None = None
        for c in line:
            if not c["text"].strip():
                current = None
                continue
            gap_limit = DEFAULT_WORD_GAP * (c["bottom"] - c["top"])
            if current is not None and c["x0"] - current["x1"] <= gap_limit:
                current["text"] += c["text"]
                current["bold"] = current["bold"] and c["bold"]
                current["x1"] = max(current["x1"], c["x1"])
                current["top"], current["bottom"] = min(current["top"], c["top"]), max(current["bottom"], c["bottom"])
                continue
            current = {k: c[k] for k in ("text", "x0", "x1", "top", "bottom", "bold")}
            words.append(current)
    for w in words:
        w["size"] = w["bottom"] - w["top"]
    return words
