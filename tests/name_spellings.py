"""Spellings of a unit's name as people type it, for the tests that type back every printed name (issue 53)."""

from __future__ import annotations

import unicodedata

#: Words an official shortens, spelled out → short (the issuers' and the query's abbreviations).
SHORTENED = (
    ("Ủy ban nhân dân", "UBND"),
    ("Uỷ ban nhân dân", "UBND"),
    ("Hội đồng nhân dân", "HĐND"),
    ("Văn phòng", "VP"),
    ("Công an", "CA"),
)
#: Place words dropped before a province's name.
PLACE_WORDS = ("tỉnh ", "thành phố ")


def without_diacritics(text: str) -> str:
    """``Sở Nội vụ`` → ``So Noi vu``: the marks dropped, ``đ`` as ``d``, the case kept."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def place_toggled(text: str, provinces: set[str]) -> str:
    """The place word before a province's name dropped (``Sở Y tế tỉnh Nghệ An`` → ``Sở Y tế Nghệ An``);
    the text as it is when it names no province with its word."""
    for word in PLACE_WORDS:
        at = text.rfind(" " + word)
        if at >= 0 and text[at + 1 + len(word) :].strip() in provinces:
            return text[:at] + " " + text[at + 1 + len(word) :]
    return text


def abbreviated(text: str, initialisms: dict[str, str]) -> str:
    """Heads shortened as officials write them: ``UBND``, ``HĐND``, ``VP``, ``CA``, a department's
    initialism from the lexicon (``Sở Nội vụ`` → ``SNV``)."""
    for name, short in sorted(initialisms.items(), key=lambda kv: -len(kv[0])):
        if text.startswith(name + " ") or text == name:
            text = short + text[len(name) :]
            break
    for long, short in SHORTENED:
        text = text.replace(long, short)
    return text


def five_spellings(text: str, provinces: set[str], initialisms: dict[str, str]) -> list[str]:
    """The name as printed, without diacritics, with its place word dropped, abbreviated, in capitals."""
    return [
        text,
        without_diacritics(text),
        place_toggled(text, provinces),
        abbreviated(text, initialisms),
        text.upper(),
    ]
