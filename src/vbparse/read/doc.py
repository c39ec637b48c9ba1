"""Legacy Word (.doc, OLE2) and RTF reader: LibreOffice converts the file to DOCX in a temporary
directory, then the DOCX reader reads it (legacy-font runs included).  The user's file is never touched.
One LibreOffice serves every file of a process (see ``soffice.py``): starting it costs ten times a
conversion.

LibreOffice "converts" almost anything that starts like a Word file: random bytes behind an OLE header
come out as pages of CJK and private-use characters.  The converted text is therefore judged: letters
of the scripts a Vietnamese document is written in must dominate, or the file is reported as corrupt.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import unicodedata

from ..leftovers import sweep, tagged
from .base import ReadError, ReadResult
from .docx import read_docx
from .limits import LimitExceeded, Limits
from .soffice import ConversionTimeout, converter

INSTALL_HINT = "install LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui)"
#: Seconds LibreOffice may take to convert one file before it is stopped (and restarted for the next).
TIMEOUT = 180
#: What LibreOffice converts to: DOCX, which the DOCX reader reads.
_TARGET = "docx:MS Word 2007 XML"


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def is_encrypted_ole(data: bytes) -> bool:
    """An OLE file holding an encrypted Office package (password-protected .docx/.doc)."""
    return (
        "EncryptedPackage".encode("utf-16-le") in data[:200_000]
        or b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00" in data[:4096]
    )


#: Unicode ranges of the letters a Vietnamese (or foreign Latin, Greek, Cyrillic) document is written in.
_EXPECTED_SCRIPTS = ((0x41, 0x24F), (0x370, 0x4FF), (0x1E00, 0x1EFF))
#: Converted text is plausible when at least this share of its letters (and of the private-use,
#: unassigned and control characters that garbage decodes to) are in the expected scripts; real
#: documents score ~1.0, random bytes well under 0.1.
MIN_EXPECTED_LETTERS = 0.5
#: What LibreOffice is asked to read, by sniffed format: file suffix and how the file is named in messages.
_KINDS = {"doc": ("doc", "Word document"), "rtf": ("rtf", "RTF document")}


def expected_letter_share(text: str) -> float:
    """Share of the letters and junk characters (private use, unassigned, control) that are in the
    expected scripts; 1.0 for a text without any."""
    expected = counted = 0
    for ch in text:
        if ch.isalpha():
            counted += 1
            o = ord(ch)
            expected += any(lo <= o <= hi for lo, hi in _EXPECTED_SCRIPTS)
        elif not ch.isspace() and unicodedata.category(ch) in ("Co", "Cn", "Cc", "Cs"):
            counted += 1
    return expected / counted if counted else 1.0


#: The folder a conversion works in: ``vbparse-doc-<pid>-…`` in the system's temporary folder.
DOC_TEMP_TAG = "vbparse-doc-"


def read_doc(data: bytes, *, path: str | None = None, fmt: str = "doc", limits: Limits | None = None) -> ReadResult:
    """Convert a legacy Word (``fmt="doc"``) or RTF (``fmt="rtf"``) file with LibreOffice and read the result."""
    suffix, kind = _KINDS[fmt]
    if fmt == "doc" and is_encrypted_ole(data):
        raise ReadError(path, "the Word file is encrypted (password protected)")
    exe = soffice()
    if not exe:
        raise ReadError(
            path, f".{suffix} files need LibreOffice to convert them, but it is not installed: {INSTALL_HINT}"
        )
    sweep(tempfile.gettempdir(), DOC_TEMP_TAG)  # what a killed run left
    with tempfile.TemporaryDirectory(prefix=tagged(DOC_TEMP_TAG)) as tmp:
        src = os.path.join(tmp, f"input.{suffix}")
        with open(src, "wb") as fh:
            fh.write(data)
        try:
            done = converter(exe).convert(src, tmp, _TARGET, TIMEOUT)
        except ConversionTimeout:
            raise ReadError(path, f"LibreOffice did not convert the {kind} within {TIMEOUT} s") from None
        if done.output is None:
            raise ReadError(
                path,
                f"not a readable {kind} (corrupt: LibreOffice could not convert it"
                + (f": {done.message[:160]})" if done.message else ")"),
            )
        with open(done.output, "rb") as fh:
            converted = fh.read()
    try:
        result = read_docx(converted, path=path, fmt=fmt, limits=limits)
    except LimitExceeded:
        raise
    except ReadError:
        raise ReadError(path, f"not a readable {kind} (corrupt: LibreOffice found no text in it)") from None
    if sum(ch.isalpha() for ch in result.original) < 10:
        raise ReadError(path, f"not a readable {kind} (corrupt: LibreOffice found no readable text in it)")
    share = expected_letter_share(result.original)
    if share < MIN_EXPECTED_LETTERS:
        raise ReadError(
            path,
            f"not a readable {kind} (corrupt: what LibreOffice recovered is not text, only "
            f"{share:.0%} of its letters are Latin or Vietnamese)",
        )
    result.sha256 = ReadResult.digest(data)
    return result
