"""The compressed streams of a PDF measured before any PDF library inflates them.

pdfium and pdfminer inflate a page's content stream whole: a 1 MB file whose one ``FlateDecode`` stream
inflates to a gigabyte held 2 GB of memory.  Every stream that zlib can inflate is inflated here in
chunks, the output counted and thrown away, against ``Limits.max_stream_bytes``; a file with one stream
over it is refused with a ``LimitExceeded`` before it is opened.  Streams of other filters (JPEG images,
encrypted data) fail the inflater's first check at once and cost nothing.

Deflate cannot inflate one byte to more than ``DEFLATE_MAX_RATIO`` bytes, so a stream whose data is known
to be short cannot be over the limit and is not inflated: known from a direct ``/Length`` and from where
the next ``endstream`` is, the longer of the two (a PDF library reads one or the other, and a forged
``endstream`` inside the data must not make a long stream look short).  A stream whose length is an
indirect object, or whose dictionary has two lengths or a name written with ``#`` escapes (a length this
search would not see), is inflated as before.  Most streams are short: the check costs a fraction of a read.

The inflating is ISA-L's (``isal``, zlib-compatible, about twice zlib's speed on the fonts and content
streams of real PDFs): what is left of the check is mostly that inflating.
"""

from __future__ import annotations

import re
from typing import cast

from isal import isal_zlib

from .limits import LimitExceeded, Limits

#: What the inflater raises on data that is not (or no longer) deflate data (isal's stub types it as an
#: instance)
_INFLATE_ERROR = cast("type[Exception]", isal_zlib.error)
#: At most this many bytes out of one byte of deflate data (a run of 258-byte matches, as zlib's docs say).
DEFLATE_MAX_RATIO = 1032
#: A stream dictionary's direct ``/Length`` (not ``/Length1`` of a font file, not ``/Length 12 0 R``).
_DIRECT_LENGTH = re.compile(rb"/Length\s+(\d+)(?![\d.]|\s+\d+\s+R)")
#: Any ``/Length`` key, direct or not: a dictionary with two (one nested) is not trusted.
_ANY_LENGTH = re.compile(rb"/Length(?![0-9A-Za-z])")
#: How far back from ``stream`` its dictionary is looked for.
_DICT_WINDOW = 4096
#: Compressed bytes handed to zlib at a time, and inflated bytes taken out at a time: memory stays small.
_IN_CHUNK = 1 << 16
_OUT_CHUNK = 1 << 20


def inflated_size(data: bytes | memoryview, start: int, most: int) -> int:
    """Bytes the zlib stream at ``start`` inflates to, counting stops past ``most``; 0 if none starts there."""
    inflater = isal_zlib.decompressobj()
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
    except _INFLATE_ERROR:
        pass  # not (or no longer) zlib data: what was inflated so far is what a reader would get
    return total


def check_streams(data: bytes, path: str | None, limits: Limits) -> None:
    """Refuse a PDF one of whose compressed streams inflates beyond ``limits.max_stream_bytes``."""
    most = limits.max_stream_bytes
    view = memoryview(data)
    for start in stream_starts(data):
        span = _known_span(data, start)
        if span is not None and span * DEFLATE_MAX_RATIO <= most:
            continue
        size = inflated_size(view, start, most)
        if size > most:
            raise LimitExceeded(
                path,
                f"a compressed stream of the PDF (at byte {start:,}) inflates to more than "
                f"{most / (1 << 20):g} MiB ({Limits.hint('max_stream_bytes')})",
            )


def stream_starts(data: bytes) -> list[int]:
    """Where each stream's data starts: after a ``stream`` keyword (not ``endstream``) and its line end.

    A byte search, not a regex: a regex with a look-behind scanned a 17 MB folder of PDFs in a second."""
    starts = []
    i = data.find(b"stream")
    while i != -1:
        end = i + len(b"stream")
        if data[max(0, i - 3) : i] != b"end":
            if data[end : end + 2] == b"\r\n":
                starts.append(end + 2)
            elif data[end : end + 1] in (b"\n", b"\r"):
                starts.append(end + 1)
        i = data.find(b"stream", end)
    return starts


def _known_span(data: bytes, start: int) -> int | None:
    """The most data bytes a reader can take as the stream at ``start``: the longer of its direct
    ``/Length`` and the distance to the next ``endstream``; ``None`` when either is unknown."""
    end = data.find(b"endstream", start)
    head = data.rfind(b"obj", max(0, start - _DICT_WINDOW), start)
    if end == -1 or head == -1:
        return None
    # a name written with ``#`` escapes (``/Len#67th``) is a key this search cannot read and pdfium can: a
    # second ``/Length``, the last of which pdfium takes
    if data.find(b"#", head, start) != -1:
        return None
    keys = _ANY_LENGTH.findall(data, head, start)
    length = _DIRECT_LENGTH.search(data, head, start)
    if len(keys) != 1 or length is None:
        return None
    return max(int(length.group(1)), end - start)
