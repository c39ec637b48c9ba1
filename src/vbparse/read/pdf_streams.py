"""The compressed streams of a PDF measured before any PDF library inflates them.

pdfium and pdfminer inflate a page's content stream whole: a 1 MB file whose one ``FlateDecode`` stream
inflates to a gigabyte held 2 GB of memory.  Every stream that zlib can inflate is inflated here in
chunks, the output counted and thrown away, against ``Limits.max_stream_bytes``; a file with one stream
over it is refused with a ``LimitExceeded`` before it is opened.  Streams of other filters (JPEG images,
encrypted data) fail zlib's first check at once and cost nothing.
"""

from __future__ import annotations

import re
import zlib

from .limits import LimitExceeded, Limits

#: The keyword that opens a stream's data (not the one in ``endstream``), and the line end after it.
_STREAM_START = re.compile(rb"(?<!end)stream(?:\r\n|\n|\r)")
#: Compressed bytes handed to zlib at a time, and inflated bytes taken out at a time: memory stays small.
_IN_CHUNK = 1 << 16
_OUT_CHUNK = 1 << 20


def inflated_size(data: bytes | memoryview, start: int, most: int) -> int:
    """Bytes the zlib stream at ``start`` inflates to, counting stops past ``most``; 0 if none starts there."""
    inflater = zlib.decompressobj()
    total, pos, pending = 0, start, b""
    try:
        while total <= most:
            if not pending:
                if pos >= len(data) or inflater.eof:
                    break
                pending = bytes(data[pos : pos + _IN_CHUNK])
                pos += _IN_CHUNK
            total += len(inflater.decompress(pending, _OUT_CHUNK))
            pending = inflater.unconsumed_tail
            if inflater.eof:
                break
    except zlib.error:
        pass  # not (or no longer) zlib data: what was inflated so far is what a reader would get
    return total


def check_streams(data: bytes, path: str | None, limits: Limits) -> None:
    """Refuse a PDF one of whose compressed streams inflates beyond ``limits.max_stream_bytes``."""
    most = limits.max_stream_bytes
    view = memoryview(data)
    for m in _STREAM_START.finditer(data):
        size = inflated_size(view, m.end(), most)
        if size > most:
            raise LimitExceeded(
                path,
                f"a compressed stream of the PDF (at byte {m.end():,}) inflates to more than "
                f"{most / (1 << 20):g} MiB ({Limits.hint('max_stream_bytes')})",
            )
