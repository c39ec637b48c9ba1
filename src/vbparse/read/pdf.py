"""PDF reader: text layer (pdfium's characters) or OCR (Tesseract), then the layout-text reader.

Each page becomes positioned words — from the text layer when it is usable (``pdfium_words``; through
pdfminer only for a file pdfium refuses, ``pdfminer_words``), from OCR when the page has no text layer or
a garbled one (a broken glyph map or a bad OCR layer: mostly not Vietnamese).  The number and day a signed
PDF draws in its signature's appearance join their lines (``annotations``); a ruled table becomes one
``| cell | … |`` line per row (``pdf_tables``).  Words are grouped into lines and laid out in a
fixed-width grid, which keeps two-column headers and signature blocks side by side; page numbers, running
headers/footers, e-signature stamps and stamps above the Quốc hiệu are removed; then ``layout.read_layout``
splits the columns and rejoins wrapped paragraphs, exactly as for ``pdftotext -layout`` text.  Pages are
read one at a time and released.  The digital-signature time comes from the PDF's signature dictionaries.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import math
import threading
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PIL import Image

from ..encodings import vietnamese_score
from ..models import ExtraTextKind
from ..tables.patterns import (
    ESIGNATURE_TIME,
    PUBLISHING_SIGNATURE,
)
from . import ppocr
from .aligned_tables import aligned_grids
from .annotations import flatten_annotations
from .base import ReadError, ReadResult
from .corroborate import corroborate
from .digits import DEFAULT_DIGITS_DPI, DEFAULT_DIGITS_MODEL, reread_header_digits
from .dropout import reread_signature_blocks
from .image_rules import image_rules
from .layout import read_layout
from .limits import LimitExceeded, Limits
from .lines import (
    group_lines,
    group_recognised_lines,
    recognised_list_marks,
    recognised_list_numbers,
    without_speck_lines,
)
from .ocr import DPI, ocr_image, ocr_images, ocr_workers, require_tesseract
from .ocr_marks import restore_marks
from .pdf_grid import PageGrid
from .pdf_streams import check_streams
from .pdf_tables import Rules, grids_of, page_rules, table_rows
from .pdfium_words import PageText, pdfium_bytes
from .pdfium_words import page_text as pdfium_page_text
from .pdfminer_words import ENCRYPTED, open_pdfminer
from .pdfminer_words import page_text as pdfminer_page_text

#: A text layer is used when its words are mostly Vietnamese syllables and it has some substance.
MIN_VIETNAMESE_SCORE = 0.7
MIN_PAGE_CHARS = 80
#: A recognised word with no letter or digit is kept only when Tesseract is this sure of it.
DEFAULT_MARK_CONFIDENCE = 60.0
#: Pages recognised with less mean confidence than this get a diagnostic.
LOW_OCR_CONFIDENCE = 60.0

OCR_MODES = ("auto", "always", "never")


NO_TEXT = "no text could be read from the PDF"
#: A page on its way through ``_read_pdf``: number, text layer, whether it is usable, its recognition
#: (words and mean confidence) when it is recognised, and its notes so far.
_PendingPage = tuple[int, PageText, bool, "Future[tuple[list[dict], float]] | None", list[tuple[str, str]]]
#: Below this resolution Tesseract cannot read body text: a page too large to render at it within the
#: pixel limit is refused rather than recognised as noise.
MIN_OCR_DPI = 150
#: Library messages quoted in a reason are cut to this length (the reason is one line).
_REASON_CHARS = 120


def _short(message: str) -> str:
    line = " ".join(message.split())
    return line if len(line) <= _REASON_CHARS else line[: _REASON_CHARS - 1] + "…"


class _Collect(logging.Handler):
    """Keeps what the PDF libraries log from one thread (the reading one), instead of printing it."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.thread = threading.get_ident()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread:
            self.messages.append(_short(record.getMessage()))


@contextlib.contextmanager
def _library_log():
    """pdfminer logs a warning for every damaged object of a broken file (a screenful before the one
    line the user should see).  While a handler of ours is attached nothing reaches Python's last-resort
    printer; an application that configured logging still gets the records."""
    handler = _Collect()
    loggers = [logging.getLogger(name) for name in ("pdfminer", "pdfplumber", "pypdfium2")]
    for lg in loggers:
        lg.addHandler(handler)
    try:
        yield handler.messages
    finally:
        for lg in loggers:
            lg.removeHandler(handler)


def _open_pdfium(data: bytes, path: str | None, limits: Limits) -> tuple[Any, str | None]:
    """Open the file in pdfium, which reads its text, signing times and annotations and renders pages for
    OCR; a password or too many pages are refused here.  Returns the open document, or why pdfium cannot
    load the file: pdfminer may still recover its text layer, but its pages cannot be rendered for OCR."""
    import pypdfium2 as pdfium
    from pypdfium2 import raw

    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == raw.FPDF_ERR_PASSWORD:
            raise ReadError(path, ENCRYPTED) from None
        return None, _short(str(exc).removeprefix("Failed to load document").strip(" ().") or "PDFium cannot load it")
    try:
        _check_pages(len(doc), path, limits)
    except LimitExceeded:
        doc.close()
        raise
    return doc, None


def _check_pages(n_pages: int, path: str | None, limits: Limits) -> None:
    if n_pages > limits.max_pages:
        raise LimitExceeded(
            path, f"the PDF has {n_pages} pages, more than the limit of {limits.max_pages} ({Limits.hint('max_pages')})"
        )


def _ocr_scale(width: float, height: float, number: int, limits: Limits, notes: list, path: str | None) -> float:
    """Render scale for OCR: ``DPI``, lowered so that the page image stays within the pixel limit (a page
    declared 200 inches square would be gigapixels at 300 dpi); refused below ``MIN_OCR_DPI``."""
    width, height = max(1.0, width), max(1.0, height)
    area = width * height
    scale = DPI / 72
    if math.ceil(width * scale) * math.ceil(height * scale) <= limits.max_page_pixels:
        return scale
    # the largest scale whose image, each side rounded up as pdfium does, (w·s + 1)(h·s + 1) stays within the limit
    sides = width + height
    scale = (math.sqrt(sides * sides + 4 * area * (limits.max_page_pixels - 1)) - sides) / (2 * area)
    size = f"{width:.0f} × {height:.0f} pt"
    if scale * 72 < MIN_OCR_DPI:
        need = area * (MIN_OCR_DPI / 72) ** 2
        raise LimitExceeded(
            path,
            f"page {number} is {size}: rendering it for OCR at {MIN_OCR_DPI} dpi takes "
            f"{need / 1e6:,.0f} million pixels, more than the limit of "
            f"{limits.max_page_pixels / 1e6:g} million ({Limits.hint('max_page_pixels')})",
        )
    why = (
        f"page {number} ({size}) was rendered for OCR at {scale * 72:.0f} dpi, not {DPI}, to stay within the "
        f"pixel limit ({Limits.hint('max_page_pixels')})"
    )
    notes.append(("ocr_resolution_lowered", why))
    return scale


def _signing_times(doc: Any) -> list[str]:
    """ISO 8601 times of the PDF's digital signatures (``/M`` of each signature dictionary), without those
    of a publishing or receiving service (``PUBLISHING_SIGNATURE`` in their reason)."""
    from pypdfium2 import raw

    out = []
    for i in range(raw.FPDF_GetSignatureCount(doc.raw)):
        sig = raw.FPDF_GetSignatureObject(doc.raw, i)
        if PUBLISHING_SIGNATURE.search(_signature_reason(raw, sig)):
            continue
        iso = _pdf_date(pdfium_bytes(raw.FPDFSignatureObj_GetTime, sig).split(b"\0")[0].decode("ascii", "replace"))
        if iso:
            out.append(iso)
    return out


def _signature_reason(raw: Any, sig: Any) -> str:
    """A signature's ``/Reason`` (UTF-16LE from pdfium), or ``""``."""
    return pdfium_bytes(raw.FPDFSignatureObj_GetReason, sig)[:-2].decode("utf-16-le", "replace")


def _pdf_date(s: str) -> str | None:
    """``D:20251020100046+07'00'`` → ``2025-10-20T10:00:46+07:00``."""
    s = s.strip()
    s = s.removeprefix("D:")
    if len(s) < 8 or not s[:8].isdecimal():
        return None
    y, mo, d = s[0:4], s[4:6], s[6:8]
    hh, mm, ss = (s[8:10] or "00"), (s[10:12] or "00"), (s[12:14] or "00")
    tz = s[14:].replace("'", "")
    if tz in ("Z", ""):
        tz = "Z" if tz == "Z" else ""
    elif len(tz) >= 5:
        tz = f"{tz[0:3]}:{tz[3:5]}"
    return f"{y}-{mo}-{d}T{hh}:{mm}:{ss}{tz}"


# --- words → lines → layout text -----------------------------------------------------------------

#: Words of a page judged for Vietnamese: an even sample of this many says as much as all of a long page.
DEFAULT_SCORE_WORDS = 200


def _usable_text(page: PageText) -> bool:
    """A text layer worth using: mostly Vietnamese words, and either some substance or no large image
    on the page (a short last page such as a signature block is fine; a scan with a stamp is not)."""
    words = page.words
    length = _text_length(words, 4 * MIN_PAGE_CHARS)
    sample = " ".join(w["text"] for w in words[:: len(words) // DEFAULT_SCORE_WORDS + 1])
    # a short page (a Nơi nhận list full of abbreviations) gives a noisy score: judge it more leniently
    threshold = MIN_VIETNAMESE_SCORE if length >= 4 * MIN_PAGE_CHARS else 0.5
    if not length or vietnamese_score(sample) < threshold:
        return False
    if length >= MIN_PAGE_CHARS:
        return True
    return page.image_area < 0.3 * max(1.0, page.width * page.height)


def _text_length(words: list[dict], enough: int) -> int:
    """The length of the page's text, spaces included, counted up to ``enough`` characters (what a page
    of prose holds many times over: a long page need not be counted to its end)."""
    length = -1
    for w in words:
        length += len(w["text"]) + 1
        if length >= enough:
            break
    return max(0, length)


def _text_pages(
    pdfium_doc: Any, data: bytes, path: str | None, limits: Limits
) -> Iterator[tuple[int, PageText | None, str | None]]:
    """``(number, page text or None, why it is unreadable)`` for each page, one page in memory at a time:
    from pdfium, or from pdfminer when pdfium refused the file."""
    if pdfium_doc is not None:
        for index in range(len(pdfium_doc)):
            page = None
            try:
                page = pdfium_doc[index]  # a page pdfium cannot load is one broken page (issue 40: "internal error")
                page, own_objects = flatten_annotations(pdfium_doc, index, page)
                text, _chars = pdfium_page_text(page, short_page=MIN_PAGE_CHARS, own_objects=own_objects)
                text.grids = _tables(page, text) if _may_hold_a_table(text) else []
            except Exception as exc:  # noqa: BLE001 - one broken page must not lose the others
                yield index + 1, None, type(exc).__name__
                continue
            finally:
                if page is not None:
                    page.close()
            yield index + 1, text, None
        return
    pdf = open_pdfminer(data, path, _short)
    try:
        _check_pages(len(pdf.pages), path, limits)
        for number, page in enumerate(pdf.pages, start=1):
            try:
                yield number, pdfminer_page_text(page), None
            except Exception as exc:  # noqa: BLE001 - one broken page must not lose the others
                yield number, None, type(exc).__name__
            finally:
                page.close()  # pdfplumber caches the page's objects until then
    finally:
        pdf.close()


def read_pdf(data: bytes, *, path: str | None = None, ocr: str = "auto", limits: Limits | None = None) -> ReadResult:
    """Read PDF bytes; ``ocr``: ``auto`` (pages without a usable text layer), ``always`` or ``never``.

    What pdfminer and pdfium log about a damaged file is collected instead of printed (the user gets one
    line): it becomes the reason when no text could be read, else a ``damaged_pdf`` note."""
    if ocr not in OCR_MODES:
        raise ValueError(f"ocr must be one of {OCR_MODES}")
    limits = limits or Limits.from_env()
    with _library_log() as damage:
        try:
            result = _read_pdf(data, path=path, ocr=ocr, limits=limits)
        except ReadError as exc:
            if damage and exc.reason.startswith(NO_TEXT):
                raise ReadError(path, f"corrupt PDF ({damage[0]}): {exc.reason}") from None
            raise
    if damage:
        more = f" (and {len(damage) - 1} more problems)" if len(damage) > 1 else ""
        result.notes.append(("damaged_pdf", f"the PDF is damaged: {damage[0]}{more}"))
    return result


def _read_pdf(data: bytes, *, path: str | None, ocr: str, limits: Limits) -> ReadResult:
    check_streams(data, path, limits)
    pdfium_doc, pdfium_error = _open_pdfium(data, path, limits)
    # before any page is flattened for its annotations' text (a signature's widget goes with it)
    times = sorted(_signing_times(pdfium_doc)) if pdfium_doc is not None else []
    pages = _PdfPages()
    try:
        pages.read(pdfium_doc, pdfium_error, data, path, ocr, limits)
    finally:
        if pdfium_doc is not None:
            pdfium_doc.close()
    notes, ocr_pages, grid = pages.notes, pages.ocr_pages, pages.grid
    n_pages = len(grid.pages) + len(grid.waiting)
    if n_pages == 0:
        raise ReadError(path, "the PDF has no pages")
    text, words, signed_text, header_end = grid.text()
    if not text.strip():
        reason = NO_TEXT
        if ocr == "never":
            reason += " (it needs OCR and --ocr never was given)"
        raise ReadError(path, reason)
    confidence = words.recognised()
    if confidence:  # a recognised heading read unsure, printed again further on
        text, confidence, corrected = corroborate(text, confidence, header_end)
        words.set_recognised([c for _, _, c in confidence])
        notes.extend(
            (
                "ocr_corroborated",
                (
                    f"'{c.read}' read as '{c.corrected}': Tesseract was unsure of it, "
                    "and the same words are printed with these marks further on"
                ),
            )
            for c in corrected
        )
    mapped, blocks = read_layout(text, bold_lines=grid.bold_lines)
    signed_at = times[0] if times else _stamp_time(signed_text)
    fmt = "pdf-ocr" if ocr_pages and len(ocr_pages) == n_pages else ("pdf-mixed" if ocr_pages else "pdf")
    extra: list[tuple[ExtraTextKind, str]] = [("signature", t) for t in signed_text]
    extra += [("stamp", t) for t in grid.stamps]
    return ReadResult(
        original=text,
        mapped=mapped,
        blocks=blocks,
        format=fmt,
        path=path,
        encoding="+".join(sorted(pages.legacy)) or None,
        sha256=ReadResult.digest(data),
        ocr=bool(ocr_pages),
        signed_at=signed_at,
        notes=notes,
        extra=extra,
        ocr_pages=ocr_pages,
        pages=n_pages,
        word_confidence=confidence,
        words=words,
    )


@dataclass
class _PdfPages:
    """A PDF's pages as they are read, in page order: the grid of their lines, the notes on them, each
    recognised page's OCR confidence and the legacy font encodings met."""

    notes: list[tuple[str, str]] = field(default_factory=list)
    ocr_pages: dict[int, float] = field(default_factory=dict)
    legacy: set[str] = field(default_factory=set)
    grid: PageGrid = field(default_factory=PageGrid)
    #: the document pdfium renders pages from, and each recognised page's scale (pixels per point)
    pdfium_doc: Any = None
    ocr_scales: dict[int, float] = field(default_factory=dict)
    #: the rules of each recognised page, found in its image (``image_rules``)
    ocr_rules: dict[int, Rules] = field(default_factory=dict)
    #: the list numbers of the recognised pages so far, with their indents (a ``4.`` read as ``A.`` at a page's
    #: top has its ``3.`` on the page before)
    ocr_numbers: list[tuple[int, float]] = field(default_factory=list)

    def read(
        self, pdfium_doc: Any, pdfium_error: str | None, data: bytes, path: str | None, ocr: str, limits: Limits
    ) -> None:
        """Read every page.  Pages are rendered here, one at a time (pdfium is not thread-safe), and
        recognised by Tesseract side by side; they are finished in page order, with at most ``workers``
        rendered pages waiting."""
        workers = ocr_workers()
        self.pdfium_doc = pdfium_doc
        pending: deque[_PendingPage] = deque()
        pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="vbparse-ocr")
        try:
            for number, page, unreadable in _text_pages(pdfium_doc, data, path, limits):
                page_notes: list[tuple[str, str]] = []
                if page is None:
                    page_notes.append(("unreadable_page", f"page {number}: text layer unreadable ({unreadable})"))
                    page = PageText(words=[], legacy=set(), width=0.0, height=0.0, image_area=0.0)
                self.legacy |= page.legacy
                usable = _usable_text(page)
                recognised = None
                if ocr == "always" or (ocr == "auto" and not usable):
                    if ocr == "always":
                        why = "OCR was asked for"
                    else:
                        why = (
                            f"page {number} has a garbled text layer"
                            if page.words
                            else f"page {number} has no text layer"
                        )
                    if pdfium_doc is None:
                        raise ReadError(path, f"corrupt PDF ({pdfium_error}): {why} and it cannot be rendered for OCR")
                    try:
                        image, scale = _render_for_ocr(pdfium_doc, number, limits, page_notes, path, why)
                    except ReadError:
                        raise
                    except Exception as exc:  # noqa: BLE001 - a page pdfium cannot load is one lost page
                        page_notes.append(
                            ("unreadable_page", f"page {number}: cannot be rendered for OCR ({type(exc).__name__})")
                        )
                    else:
                        self.ocr_scales[number] = scale
                        recognised = pool.submit(ocr_image, image, scale, path)
                        self.ocr_rules[number] = image_rules(image, scale)
                pending.append((number, page, usable, recognised, page_notes))
                while len(pending) > workers:
                    self.finish(pending.popleft())
            while pending:
                self.finish(pending.popleft())
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def finish(self, item: _PendingPage) -> None:
        """A page's words (recognised, or of its text layer, with its annotations' and its tables as rows)
        onto the grid, as lines, and what was odd about it to the notes."""
        number, page, usable, recognised, page_notes = item
        notes = self.notes
        notes.extend(page_notes)
        words = page.words
        if recognised is not None:
            words, conf = recognised.result()
            # marks without a letter or digit that Tesseract was unsure of: specks, a seal's edge
            words = [w for w in words if w["conf"] >= DEFAULT_MARK_CONFIDENCE or any(ch.isalnum() for ch in w["text"])]
            words = without_speck_lines(words)  # ``^  2  ⁄  z  ^ …``: a stamp's edge read as a line
            words = recognised_list_marks(words)  # ``ÖÒ    Đơn vị chủ trì: …``: a bullet read as characters
            # ``3.`` / ``A.`` / ``5.``: a ``4.`` read as a letter
            words, self.ocr_numbers = recognised_list_numbers(words, self.ocr_numbers)
            words, _restored = restore_marks(words)  # ``thành phó`` + ``chịu …``: a mark the scan lost
            self.ocr_pages[number] = conf
            words = self._signature_read_again(number, words)
            if number == 1:  # the header's number and day
                words = self._digits_read_again(number, words)
            if words and conf < LOW_OCR_CONFIDENCE:
                notes.append(
                    (
                        "low_ocr_confidence",
                        f"page {number}: OCR mean confidence {conf:.0f} (below {LOW_OCR_CONFIDENCE:.0f})",
                    )
                )
        elif not usable and words:
            notes.append(
                ("garbled_text_layer", f"page {number}: the text layer is mostly not Vietnamese and OCR is off")
            )
        if number not in self.ocr_pages and page.annotation_words:  # a recognised page shows them already
            words = words + page.annotation_words
        rules = self.ocr_rules.pop(number, None) if recognised is not None else None
        words = _tables_as_rows(words, _recognised_tables(words, rules) if rules is not None else page.grids)
        if not words:
            notes.append(("empty_page", f"page {number}: no text"))
        if number in self.ocr_pages:
            self.grid.add(number, group_recognised_lines(words))
        else:  # the reader's own lines, unless words were added or taken away since
            self.grid.add(number, page.lines if page.lines is not None and words is page.words else group_lines(words))

    def _render_box(self, number: int, box: tuple[float, float, float, float], scale: float) -> tuple[Any, float]:
        """Part of page ``number`` (``x0, top, x1, bottom`` in points) rendered in colour at ``scale``."""
        width, height = self.pdfium_doc.get_page_size(number - 1)
        page = self.pdfium_doc[number - 1]
        try:
            x0, top, x1, bottom = box
            crop = (max(0.0, x0), max(0.0, height - bottom), max(0.0, width - x1), max(0.0, top))
            return page.render(scale=scale, crop=crop).to_pil(), scale
        finally:
            page.close()

    def _signature_read_again(self, number: int, words: list[dict]) -> list[dict]:
        """A recognised page's words with its signature blocks read again in grey ink (``dropout``)."""
        width, height = self.pdfium_doc.get_page_size(number - 1)
        scale = self.ocr_scales[number]
        words, replaced = reread_signature_blocks(
            words, width, height, lambda box: self._render_box(number, box, scale), ocr_image
        )
        if replaced:
            self.notes.append(
                (
                    "signature_read_again",
                    f"page {number}: {replaced} line(s) of the signature block read again in grey ink (a seal's "
                    + "or a signature's colours dropped)",
                )
            )
        return words

    def _digits_read_again(self, number: int, words: list[dict]) -> list[dict]:
        """A recognised first page's words with its serial, day and month read again as digits (``digits``)."""
        _width, height = self.pdfium_doc.get_page_size(number - 1)
        scale = min(self.ocr_scales[number] * DEFAULT_DIGITS_DPI / DPI, DEFAULT_DIGITS_DPI / 72)

        def read(images: list[Any], at: float, psm: int) -> list[list[dict]]:
            def one_run(batch: list[Any]) -> list[list[dict]]:
                read = ocr_images(batch, at, psm=psm, characters="0123456789", language=DEFAULT_DIGITS_MODEL)
                return [words for words, _conf in read]

            try:
                return one_run(images)
            except ReadError:  # a second reading that fails is a reading that disagrees: the page stays readable
                if len(images) == 1:
                    return [[]]
            # one image that fails them all (Tesseract refuses an image too small): each read on its own
            out = []
            for image in images:
                try:
                    out += one_run([image])
                except ReadError:
                    out.append([])
            return out

        words, found, unread = reread_header_digits(
            words, height, lambda box: self._render_box(number, box, scale), read, ppocr.readings
        )
        if found:
            read_as = ", ".join(f"the {part} as {digits}" for part, digits in found)
            self.notes.append(
                (
                    "digits_read_again",
                    f"page {number}: {read_as}: handwritten, stamped or drawn in a font of their own, read again "
                    + "with digits only, every reading agreeing (Tesseract's four, else PP-OCR's two)",
                )
            )
        if unread and (missing := ppocr.unavailable()) is not None:
            self.notes.append(
                (
                    "handwriting_reader_missing",
                    f"page {number}: the {' and the '.join(unread)} not read again by PP-OCR, which reads most "
                    + f"handwritten digits: {missing} ({ppocr.INSTALL_HINT})",
                )
            )
        return words


#: Words on one line further apart than this (points) may stand in two cells of a table; a page with at
#: least ``DEFAULT_TABLE_LINES`` such lines is searched for ruled tables (walking a page's objects costs as
#: much as reading its text, and pages of prose hold no table).
DEFAULT_CELL_GAP = 9.0
DEFAULT_TABLE_LINES = 3


def _tables(page: Any, text: PageText) -> list:
    """The page's ruled tables, then its tables drawn without vertical rules (columns of aligned text)."""
    rules = page_rules(page, objects=text.own_objects)
    grids = grids_of(rules)
    return grids + aligned_grids(
        text.lines if text.lines is not None else group_lines(text.words), rules.horizontal, grids
    )


def _recognised_tables(words: list[dict], rules: Rules) -> list:
    """A recognised page's tables: where the rules found in its image cross, then its columns of aligned text
    under rules drawn across only (as a text layer's, ``_tables``)."""
    grids = grids_of(rules)
    return grids + aligned_grids(group_recognised_lines(words), rules.horizontal, grids)


def _may_hold_a_table(page: PageText) -> bool:
    if page.lines is None:
        return True
    gapped = 0
    for line in page.lines:
        if any(b["x0"] - a["x1"] > DEFAULT_CELL_GAP for a, b in itertools.pairwise(line)):
            gapped += 1
            if gapped >= DEFAULT_TABLE_LINES:
                return True
    return False


def _tables_as_rows(words: list[dict], grids: list) -> list[dict]:
    """The words of each ruled table replaced by one line per row, written ``| cell | cell |`` (the form
    the layout reader takes as a table row with its cells), at the row's height on the page."""
    for grid in grids:
        bands: list[int] = []
        rows, used = table_rows(grid, words, keep_columns=True, bands=bands)
        if not rows:
            continue
        sizes = sorted(words[k]["bottom"] - words[k]["top"] for k in used) or [10.0]
        size = sizes[len(sizes) // 2]
        words = [w for k, w in enumerate(words) if k not in used]
        for band, cells in zip(bands, rows):
            text = "| " + " | ".join(c.replace("|", "/") for c in cells) + " |"
            top = grid.ys[band] + 1
            words.append(
                {
                    "line": ("table row", top),  # a line of its own among a recognised page's lines
                    "text": text,
                    "x0": grid.xs[0],
                    "x1": grid.xs[-1],
                    "top": top,
                    "bottom": top + size,
                    "row_bottom": grid.ys[band + 1] if band + 1 < len(grid.ys) else top + size,
                    "size": size,
                    "table_row": True,
                }
            )
    return words


def _render_for_ocr(
    pdfium_doc: Any, number: int, limits: Limits, notes: list, path: str | None, why: str
) -> tuple[Image.Image, float]:
    """Page ``number`` as the image Tesseract reads, and its scale (pixels per PDF point)."""
    page = pdfium_doc[number - 1]
    try:
        width, height = page.get_size()
        scale = _ocr_scale(width, height, number, limits, notes, path)
        require_tesseract(path, why)
        # the red channel: a seal or a signature in red ink over the signer's name and position fades to
        # white, black print (and blue handwriting) stays dark
        image = page.render(scale=scale).to_pil().getchannel("R")
    finally:
        page.close()
    return image, scale


def _stamp_time(lines: list[str]) -> str | None:
    for ln in lines:
        m = ESIGNATURE_TIME.search(ln)
        if m:
            tz = m.group("tz") or ""
            if tz and ":" not in tz:
                tz = tz[:3] + ":" + tz[3:]
            return (
                f"{m.group('y')}-{int(m.group('m')):02d}-{int(m.group('d')):02d}T{int(m.group('H')):02d}:"
                f"{m.group('M')}:{m.group('S') or '00'}{tz}"
            )
    return None
