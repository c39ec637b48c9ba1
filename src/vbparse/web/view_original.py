"""The original file of an archived document, for "Tải bản gốc" on its page.

Nothing from the request names the file: the document is found by its id, and the file is one the
archive recorded for that document.  It is served only when (1) its real path, symbolic links resolved,
lies inside a folder an index run was given (``Archive.indexed_roots``; an archive indexed before these
were recorded serves nothing until it is indexed again), (2) it is a regular file, opened without
following a link at its last step, and (3) its bytes still hash to the sha256 recorded for it, so what
is served is exactly what was indexed, whatever was swapped in since.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePath
from typing import BinaryIO

from ..ingest.walk import inside
from ..models import FileRecord
from ..normalize import nfc

#: Bytes read at a time, to hash the file and to send it.
DEFAULT_CHUNK_BYTES = 1 << 20
#: Media type by extension (what ``walk.DOCUMENT_SUFFIXES`` reads).  A text file's encoding is whatever it
#: was written in (TCVN3, VNI, UTF-8), so no charset is claimed.
MEDIA_TYPES = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".doc": "application/msword",
    ".pdf": "application/pdf",
    ".rtf": "application/rtf",
    ".txt": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".htm": "text/html",
    ".html": "text/html",
}
DEFAULT_MEDIA_TYPE = "application/octet-stream"


class Unavailable(Exception):
    """Why no original can be served, in Vietnamese for the 404 page; ``path`` as the archive recorded it."""

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.message, self.path = message, path


@dataclass
class Original:
    name: str  # the file's name as stored, NFC
    media_type: str
    size: int
    file: BinaryIO

    def chunks(self) -> Iterator[bytes]:
        """The file's bytes, closing it at the end (or when the response is abandoned)."""
        try:
            while chunk := self.file.read(DEFAULT_CHUNK_BYTES):
                yield chunk
        finally:
            self.file.close()


def _open_regular(real: str) -> BinaryIO | None:
    """The file at ``real`` opened for reading if it is a regular file (not a link, a folder, a FIFO)."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(real, flags)
    except OSError:
        return None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        return None
    return os.fdopen(fd, "rb")


def _sha256(fh: BinaryIO) -> str:
    h = hashlib.sha256()
    while chunk := fh.read(DEFAULT_CHUNK_BYTES):
        h.update(chunk)
    fh.seek(0)
    return h.hexdigest()


def open_original(files: list[FileRecord], roots: list[str]) -> Original:
    """The first of the document's ``files`` that may be served (see the module), opened; ``Unavailable``
    says why none can."""
    if not files:
        raise Unavailable(
            "Kho không ghi tệp nào còn giữ văn bản này (tệp đã bị xóa hoặc đổi tên từ lần lập chỉ mục trước)."
        )
    if not roots:
        raise Unavailable(
            "Kho này được lập trước khi ghi lại các thư mục đã lập chỉ mục, nên chưa tải được bản gốc: "
            "hãy chạy lại vbparse index với thư mục chứa văn bản."
        )
    why = None
    for rec in files:
        real = os.path.realpath(rec.path)
        if not inside(real, roots):
            why = why or Unavailable("Tệp gốc nằm ngoài các thư mục đã lập chỉ mục, nên không được tải về.", rec.path)
            continue
        fh = _open_regular(real)
        if fh is None:
            why = why or Unavailable("Tệp gốc không còn ở đường dẫn đã lưu.", rec.path)
            continue
        if rec.sha256 and _sha256(fh) != rec.sha256:
            fh.close()
            why = why or Unavailable(
                "Tệp ở đường dẫn đã lưu đã thay đổi sau lần lập chỉ mục; hãy lập chỉ mục lại.", rec.path
            )
            continue
        name = nfc(PurePath(rec.path).name)
        size = os.fstat(fh.fileno()).st_size
        return Original(name, MEDIA_TYPES.get(PurePath(name).suffix.lower(), DEFAULT_MEDIA_TYPE), size, fh)
    assert why is not None
    raise why
