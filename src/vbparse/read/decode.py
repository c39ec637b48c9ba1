"""Bytes of a text file to Unicode: UTF-8 or UTF-16 with or without a BOM, else pre-Unicode TCVN3 or VNI.

Its own module so that the text reader and the web page reader share it without importing each other.
"""

from __future__ import annotations

import codecs

from ..encodings import decode_legacy, detect_legacy, restore_capitals
from .base import ReadError

#: Bytes of text without a BOM are UTF-16 when at least one in this many is zero (each ASCII character
#: of UTF-16 has a zero byte; UTF-8 text has none).
DEFAULT_UTF16_ZERO_RATIO = 3


def decode_bytes(data: bytes, path: str | None = None) -> tuple[str, str]:
    """Decode UTF-8 (with or without BOM) or UTF-16 (BOM or BOM-less); anything else is an error."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", path), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", path), "utf-16"
    if len(data) >= 4 and data.count(0) * DEFAULT_UTF16_ZERO_RATIO >= len(data):
        even_zeros = data[0::2].count(0)
        odd_zeros = data[1::2].count(0)
        enc = "utf-16-le" if odd_zeros > even_zeros else "utf-16-be"
        return _strict(data, enc, path), enc
    try:
        return _strict(data, "utf-8", path), "utf-8"
    except ReadError:
        legacy = _legacy(data)
        if legacy:
            return legacy
        raise


def _legacy(data: bytes) -> tuple[str, str] | None:
    """Pre-Unicode TCVN3 or VNI bytes (one byte per character, Latin-1 range) → Unicode text."""
    if b"\x00" in data:
        return None
    raw = data.decode("latin-1")
    enc = detect_legacy(raw)
    if enc is None:
        return None
    text = decode_legacy(raw, enc)
    return (restore_capitals(text) if enc == "tcvn3" else text), enc


def _strict(data: bytes, encoding: str, path: str | None) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ReadError(
            path,
            f"not valid {encoding.upper()} text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "not recognisable as TCVN3 or VNI legacy text either",
        ) from None
    if "\x00" in text:
        raise ReadError(path, "binary data (NUL characters) in a text file")
    return text
