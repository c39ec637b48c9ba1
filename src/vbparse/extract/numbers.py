"""Số, ký hiệu: parse and normalise every form a number takes."""

from __future__ import annotations

import regex

from ..chars import nfc
from ..encodings import without_a_doubled_letter
from ..models import DocNumber, DocNumberForm
from ..pattern_cache import compiled
from ..tables import patterns as P
from ..tables.doctypes import BY_CODE, canonical_code

_SPACES = compiled(r"\s+")


def clean_symbol(symbol: str) -> str:
    s = _SPACES.sub("", symbol).strip(".,;:")
    m = P.GLUED_TYPE_CODE.match(s)
    if m:
        s = f"{m.group('t')}-{m.group('i')}"
    first, dash, rest = s.partition("-")
    if dash and canonical_code(first) is None:
        s = _undoubled_code(first) + dash + rest
    return s


def _undoubled_code(group: str) -> str:
    """A symbol's first group with a letter OCR doubled taken out (``QĐĐ`` → ``QĐ``: a heavy stroke read as
    a second ``Đ``), when that alone makes it a type code; else as it was."""
    return next((g for g in without_a_doubled_letter(group) if canonical_code(g) is not None), group)


def parse_number(raw: str) -> DocNumber:
    """Parse the text after ``Số:``: ``42 /KH-UBND`` → serial 42, value ``42/KH-UBND``, type KH.

    Blank drafts (``/KH-HĐTĐKT``) keep their symbol with ``serial`` null.  Nothing is invented: a form
    not recognised keeps ``raw`` and ``value`` with the spaces removed.
    """
    text = P.SPACED_TYPE_CODE.sub(r"\g<first>", nfc(raw).strip().strip(".;,"))
    compact = _SPACES.sub("", text)
    m = P.PARTY_NUMBER.match(text)
    if m:
        value = m.group("serial")
        t = canonical_code(m.group("type")) or m.group("type")
        return DocNumber(
            raw=raw.strip(),
            value=f"{value}-{t}/{clean_symbol(m.group('org'))}",
            serial=int(m.group("serial")),
            type_code=t,
            issuer_code=clean_symbol(m.group("org")),
            form="party",
        )
    m = P.STATE_NUMBER.match(text)
    if m:
        return _state(raw, m)
    m = P.SLASHLESS_NUMBER.match(compact)
    if m and canonical_code(_undoubled_code(m.group("first"))) is not None:
        return _state(raw, P.STATE_NUMBER.match(f"{m.group('serial')}/{m.group('symbol')}"))
    blank_party = P.BLANK_PARTY_NUMBER.match(text)  # before an unreadable serial: ``-QC/ĐU`` is blank
    if blank_party:
        t = canonical_code(blank_party.group("type")) or blank_party.group("type")
        return DocNumber(
            raw=raw.strip(),
            value=f"-{t}/{blank_party.group('org')}",
            serial=None,
            type_code=t,
            issuer_code=blank_party.group("org"),
            form="party",
        )
    unreadable = P.UNREADABLE_SERIAL.match(text)
    if unreadable:  # a handwritten serial OCR could not read: the symbol is kept, the serial is not guessed
        text = text[unreadable.end() - 1 :] if text[unreadable.end() - 1] == "/" else "/" + text[unreadable.end() :]
    blank = P.BLANK_NUMBER.match(text)
    if blank:
        symbol = clean_symbol(blank.group("symbol"))
        type_code, issuer_code, form = _classify(symbol, None)
        return DocNumber(
            raw=raw.strip(), value=f"/{symbol}", serial=None, type_code=type_code, issuer_code=issuer_code, form=form
        )
    m = P.PARTIAL_NUMBER.match(text)
    if m:
        return DocNumber(
            raw=raw.strip(),
            value=f"{m.group('serial')}/{m.group('year')}",
            serial=int(m.group("serial")),
            year=int(m.group("year")),
            form="partial",
        )
    return DocNumber(raw=raw.strip(), value=compact or None, form="unknown")


def _classify(symbol: str, year: int | None) -> tuple[str | None, str | None, DocNumberForm]:
    groups = symbol.split("-")
    first = canonical_code(groups[0])
    if year is not None and P.LAW_SYMBOL.fullmatch(symbol):
        return "Luật", symbol, "law"
    if first and first not in {"CV"} and len(groups) >= 2:
        return first, "-".join(groups[1:]), "normative" if year else "admin"
    if first and len(groups) == 1 and first in BY_CODE and symbol.isupper() is False:
        return first, None, "admin"
    return "CV", symbol, "cong_van"


def _state(raw: str, m: regex.Match) -> DocNumber:
    serial = m.group("serial")
    year = int(m.group("year")) if m.group("year") else None
    symbol = clean_symbol(m.group("symbol"))
    type_code, issuer_code, form = _classify(symbol, year)
    value = f"{serial}/{year}/{symbol}" if year else f"{serial}/{symbol}"
    return DocNumber(
        raw=raw.strip(),
        value=value,
        serial=int(serial),
        year=year,
        type_code=type_code,
        issuer_code=issuer_code,
        form=form,
    )
