"""Words of a PDF page's text layer through pdfminer (pdfplumber): only for files pdfium refuses.

pdfium reads nearly every PDF and is the reader (:mod:`.pdfium_words`).  pdfminer is slower but
recovers files whose cross-reference offsets are all wrong (junk after the header, a truncated
transfer), whose text pdfium then cannot give at all: such a file is read here rather than reported
unreadable.  Its pages cannot be rendered for OCR.
"""

from __future__ import annotations

import io
from typing import Any

from .base import ReadError
from .pdfium_words import PageText, convert_legacy_chars

ENCRYPTED = "the PDF is encrypted (password protected)"


def open_pdfminer(data: bytes, path: str | None, short: Any) -> Any:
    """The file opened by pdfplumber, its page tree loaded; a ReadError naming why it cannot be."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        _ = pdf.pages  # forces the page tree to load
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many types for broken files
        # pdfplumber wraps pdfminer's exception in its own PdfminerException: judge the original
        while type(exc).__name__ == "PdfminerException" and exc.args and isinstance(exc.args[0], Exception):
            exc = exc.args[0]
        if isinstance(exc, (PDFPasswordIncorrect, PDFEncryptionError)) or "Password" in type(exc).__name__:
            raise ReadError(path, ENCRYPTED) from None
        raise ReadError(path, f"corrupt PDF ({short(f'{type(exc).__name__}: {exc}')})") from None
    return pdf


def page_text(page: Any) -> PageText:
    """Words of a pdfplumber page; characters in TCVN3 fonts (``.VnTime``) are converted first.

    Words are not split on font changes: PDF printers often take accented letters from a fallback font
    (``K`` in Liberation Serif, ``Ế`` in DejaVu Serif) and splitting there breaks every word in two."""
    legacy = convert_legacy_chars(page.chars, "fontname")
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
    image_area = sum(abs((im["x1"] - im["x0"]) * (im["bottom"] - im["top"])) for im in page.images)
    return PageText(
        words=words, legacy=legacy, width=float(page.width), height=float(page.height), image_area=image_area
    )
