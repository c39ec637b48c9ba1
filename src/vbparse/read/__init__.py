"""Read stage: a file (or a string) → text blocks with layout hints and an offset map.

One module per format; all return a ``ReadResult``.  ``read_path`` picks the reader by content
(magic bytes) first and by extension second, and raises ``ReadError`` naming the file and the reason.
"""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path

from .base import Block, ReadError, ReadResult
from .limits import LimitExceeded, Limits
from .text import read_text_bytes, read_text_string

__all__ = [
    "Block",
    "LimitExceeded",
    "Limits",
    "ReadError",
    "ReadResult",
    "read_path",
    "read_text_string",
    "sniff_format",
]

_MAGIC = (
    (b"%PDF-", "pdf"),
    (b"PK\x03\x04", "zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
    (b"{\\rtf", "rtf"),
)
#: A web page, whatever its name says (Word's "Save as Web Page" keeps ``.doc``): a doctype or ``<html>``
#: first, after an optional XML declaration and comments.
_HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE | re.DOTALL
)
_HTML_WINDOW = 4096


def _looks_like_html(data: bytes, suffix: str) -> bool:
    """A page by its first tag (any BOM skipped); a ``.htm``/``.html`` file needs only to start with a tag."""
    head = data[:_HTML_WINDOW]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = head[: len(head) // 2 * 2].decode("utf-16", "replace")
    else:
        text = head.removeprefix(codecs.BOM_UTF8).decode("latin-1")
    return _HTML_START.match(text) is not None or (suffix in {".htm", ".html"} and text.lstrip().startswith("<"))


#: How far into a ``.pdf`` its header may stand (readers skip what a mail gateway or a download put before it).
_PDF_HEADER_WINDOW = 1024


def sniff_format(data: bytes, suffix: str = "") -> str:
    """Format by content: pdf, docx, doc, rtf, html or text (suffix only breaks ties such as .md, and lets a
    ``.pdf``'s header stand a little way in)."""
    if suffix == ".pdf" and b"%PDF-" in data[:_PDF_HEADER_WINDOW]:
        return "pdf"
    for magic, fmt in _MAGIC:
        if data.startswith(magic):
            if fmt == "zip":
                return "docx" if b"word/" in data[:4096] or suffix == ".docx" else "zip"
            if fmt == "ole":
                return "doc"
            return fmt
    if _looks_like_html(data, suffix):
        return "html"
    return "md" if suffix in {".md", ".markdown"} else "txt"


def read_path(path: str | os.PathLike[str], *, ocr: str = "auto", limits: Limits | None = None) -> ReadResult:
    """Read any supported file; ``ocr`` (``auto``/``always``/``never``) applies to PDFs; ``limits`` default
    to ``Limits.from_env()``."""
    p = Path(path)
    if limits is None:
        try:
            limits = Limits.from_env()
        except ValueError as exc:
            raise ReadError(str(p), str(exc)) from None
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise ReadError(str(p), "file not found") from None
    except IsADirectoryError:
        raise ReadError(str(p), "is a directory, not a file") from None
    except PermissionError:
        raise ReadError(str(p), "permission denied") from None
    except OSError as exc:
        raise ReadError(str(p), f"cannot read: {exc.strerror or exc}") from None
    if not data.strip():
        raise ReadError(str(p), "file is empty")
    result = _read_format(data, p, ocr, limits)
    limits.check_text(result.mapped.text, str(p))
    return result


#: What a file named ``.pdf`` holds when it is no PDF and no other document (an error page a download saved).
_NOT_A_PDF = "not a PDF (no %PDF- header): it holds "


def _not_a_pdf(data: bytes, fmt: str) -> str:
    """Why a ``.pdf`` that sniffs as ``fmt`` (html or text) is refused: what it holds."""
    if fmt == "html":
        return _NOT_A_PDF + "a web page (HTML)"
    head = data[:_HTML_WINDOW]
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 3:  # not a character cut at the window's end
            return _NOT_A_PDF + "unrecognised bytes"
    return _NOT_A_PDF + "text"


def _read_format(data: bytes, p: Path, ocr: str, limits: Limits) -> ReadResult:
    fmt = sniff_format(data, p.suffix.lower())
    if p.suffix.lower() == ".pdf" and fmt in {"html", "txt"}:
        # read as a web page or a text it would be an empty or garbage document; a Word file named .pdf is read
        raise ReadError(str(p), _not_a_pdf(data, fmt))
    if fmt in {"txt", "md"}:
        limits.check_bytes(data, str(p))  # before decoding and building the lines
        return read_text_bytes(data, path=str(p), fmt=fmt)
    if fmt == "docx":
        from .docx import read_docx

        return read_docx(data, path=str(p), limits=limits)
    if fmt in {"doc", "rtf"}:
        from .doc import read_doc

        return read_doc(data, path=str(p), fmt=fmt, limits=limits)
    if fmt == "html":
        from .web_page import read_web_page

        return read_web_page(data, path=str(p), limits=limits)
    if fmt == "pdf":
        from .pdf import read_pdf

        return read_pdf(data, path=str(p), ocr=ocr, limits=limits)
    if fmt == "zip":
        raise ReadError(str(p), "a ZIP archive that is not a Word document (no word/document.xml)")
    raise ReadError(str(p), f"format '{fmt}' is not supported (supported: .txt, .md, .docx, .doc, .rtf, .html, .pdf)")
