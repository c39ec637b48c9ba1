"""Legacy Word (.doc, OLE2) reader: LibreOffice converts it to DOCX in a temporary directory, then the
DOCX reader reads it (legacy-font runs included).  The user's file is never touched."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile

from .base import ReadError, ReadResult
from .docx import read_docx

INSTALL_HINT = "install LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui)"
TIMEOUT = 180


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def is_encrypted_ole(data: bytes) -> bool:
    """An OLE file holding an encrypted Office package (password-protected .docx/.doc)."""
    return "EncryptedPackage".encode("utf-16-le") in data[:200_000] or b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00" in data[:4096]


def read_doc(data: bytes, *, path: str | None = None) -> ReadResult:
    if is_encrypted_ole(data):
        raise ReadError(path, "the Word file is encrypted (password protected)")
    exe = soffice()
    if not exe:
        raise ReadError(path, f"legacy .doc files need LibreOffice to convert them, but it is not installed: {INSTALL_HINT}")
    with tempfile.TemporaryDirectory(prefix="vbparse-doc-") as tmp:
        src = os.path.join(tmp, "input.doc")
        with open(src, "wb") as fh:
            fh.write(data)
        profile = os.path.join(tmp, "profile")
        cmd = [exe, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
               "--convert-to", "docx:MS Word 2007 XML", "--outdir", tmp, src]
        try:
            proc = subprocess.run(cmd, capture_output=True, timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            raise ReadError(path, f"LibreOffice did not convert the .doc within {TIMEOUT} s") from None
        out = os.path.join(tmp, "input.docx")
        if not os.path.exists(out):
            err = (proc.stderr or proc.stdout).decode("utf-8", "replace").strip().splitlines()
            raise ReadError(path, "LibreOffice could not convert the .doc (corrupt or not a Word file)"
                            + (f": {err[-1][:160]}" if err else ""))
        with open(out, "rb") as fh:
            converted = fh.read()
    try:
        result = read_docx(converted, path=path, fmt="doc")
    except ReadError:
        raise ReadError(path, "LibreOffice found no text in the .doc (corrupt or not a Word file)") from None
    if sum(ch.isalpha() for ch in result.original) < 10:
        raise ReadError(path, "LibreOffice found no readable text in the .doc (corrupt or not a Word file)")
    result.sha256 = ReadResult.digest(data)
    return result
