"""Read stage: a file (or a string) → text blocks with layout hints and an offset map.

One module per format; all return a ``ReadResult``.  ``read_path`` picks the reader by content
(magic bytes) first and by extension second, and raises ``ReadError`` naming the file and the reason.
"""

from __future__ import annotations

from pathlib import Path

from .base import Block, ReadError, ReadResult
from .text import read_text_bytes, read_text_string

__all__ = ["Block", "ReadError", "ReadResult", "read_path", "read_text_string", "sniff_format"]

_MAGIC = (
    (b"%PDF-", "pdf"),
    (b"PK\x03\x04", "zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
    (b"{\\rtf", "rtf"),
)


def sniff_format(data: bytes, suffix: str = "") -> str:
    """Format by content: pdf, docx, doc, rtf or text (suffix only breaks ties such as .md)."""
    for magic, fmt in _MAGIC:
        if data.startswith(magic):
            if fmt == "zip":
                return "docx" if b"word/" in data[:4096] or suffix == ".docx" else "zip"
            if fmt == "ole":
                return "doc"
            return fmt
    return "md" if suffix in {".md", ".markdown"} else "txt"


def read_path(path: str | Path, *, ocr: str = "auto") -> ReadResult:
    """Read any supported file; ``ocr`` (``auto``/``always``/``never``) applies to PDFs."""
    p = Path(path)
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
    fmt = sniff_format(data, p.suffix.lower())
    if fmt in {"txt", "md"}:
        return read_text_bytes(data, path=str(p), fmt=fmt)
    if fmt == "docx":
        from .docx import read_docx
        return read_docx(data, path=str(p))
    if fmt == "doc":
        from .doc import read_doc
        return read_doc(data, path=str(p))
    if fmt == "pdf":
        from .pdf import read_pdf
        return read_pdf(data, path=str(p), ocr=ocr)
    if fmt == "zip":
        raise ReadError(str(p), "a ZIP archive that is not a Word document (no word/document.xml)")
    raise ReadError(str(p), f"format '{fmt}' is not supported (supported: .txt, .md, .docx, .doc, .pdf)")
