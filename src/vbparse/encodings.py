"""Legacy Vietnamese encodings (TCVN3, VNI) → Unicode, and a test of "is this Vietnamese text".

Used by every reader: a ``.txt`` in TCVN3 bytes, a DOCX run in ``.VnTime``, a ``.doc`` converted by
LibreOffice.  Detection is per piece of text (run or paragraph), because archives mix encodings in one
file, and it never converts text that is already Unicode Vietnamese even when the font name says
``.VnTime`` (Word keeps the old font name after a Unicode conversion).
"""

from __future__ import annotations

import functools
import unicodedata

import regex

from .pattern_cache import compiled, longest_first
from .tables.legacy_encodings import (
    CANARIES,
    TCVN3_CAPITALS_FONT,
    TCVN3_FONT,
    TCVN3_TABLE,
    VNI_FONT,
    VNI_TABLE,
)

__all__ = [
    "decode_legacy",
    "decode_tcvn3",
    "decode_vni",
    "detect_legacy",
    "encoding_of_font",
    "is_syllable",
    "legacy_encoding_for",
    "restore_capitals",
    "vietnamese_score",
]

_TCVN3_TRANS = str.maketrans(TCVN3_TABLE)
_VNI_PATTERN = compiled("|".join(regex.escape(k) for k in longest_first(VNI_TABLE)))


def decode_tcvn3(text: str, capitals: bool = False) -> str:
    """TCVN3 characters (as Latin-1) → Unicode NFC; ``capitals`` for ``.VnTimeH``-style fonts."""
    out = unicodedata.normalize("NFC", text.translate(_TCVN3_TRANS))
    return out.upper() if capitals else out


def decode_vni(text: str) -> str:
    """VNI-Windows characters (as Windows-1252) → Unicode NFC, longest sequence first."""
    return unicodedata.normalize("NFC", _VNI_PATTERN.sub(lambda m: VNI_TABLE[m.group()], text))


_ASCII_LETTERS = compiled(r"[A-Za-z]")


def restore_capitals(text: str) -> str:
    """Upper-case the words of decoded TCVN3 plain text that were written in capitals.

    TCVN3 has no codes for capitals with a tone mark; in plain files they were typed with the
    lower-case codes (the ``.VnTimeH`` font drew them as capitals), so ``KÕ HO¹CH`` decodes to
    ``Kế HOạCH``.  A word whose ASCII letters are two or more capitals (``HOạCH``, ``CHủ``) is
    restored, and so is a one-capital word (``Kế``, ``ủY``) next to such a word; ``Số: 30/KH-UBND``
    and ``Kế hoạch`` are left alone.
    """
    out = []
    for line in text.split("\n"):
        words = line.split(" ")
        caps = [_is_caps_word(w) for w in words]
        for i, w in enumerate(words):
            if caps[i] or (_one_capital(w) and ((i and caps[i - 1]) or (i + 1 < len(words) and caps[i + 1]))):
                words[i] = w.upper()
        line = " ".join(words)
        # a sentence that starts with a toned capital (``Ủy ban …``) lost its capital too
        line = _SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), line)
        out.append(line)
    return "\n".join(out)


_SENTENCE_START = compiled(r"(^\s*|[.]\s+|^\s*[-+]\s*)([^\x00-\x7f])(?=\p{Ll})")


def _is_caps_word(w: str) -> bool:
    letters = _ASCII_LETTERS.findall(w)
    return (
        len(letters) >= 2 and all(ch.isupper() for ch in letters) and not any(ch.isdecimal() or ch == "/" for ch in w)
    )


def _one_capital(w: str) -> bool:
    letters = _ASCII_LETTERS.findall(w)
    return len(letters) == 1 and letters[0].isupper() and any(ord(ch) > 0x7F and ch.isalpha() for ch in w)


def decode_legacy(text: str, encoding: str, capitals: bool = False) -> str:
    if encoding == "tcvn3":
        return decode_tcvn3(text, capitals)
    if encoding == "vni":
        return decode_vni(text)
    return text


def encoding_of_font(font: str | None) -> tuple[str | None, bool]:
    """(``"tcvn3"`` | ``"vni"`` | None, capitals font?) from a font name."""
    if not font:
        return None, False
    if VNI_FONT.search(font):
        return "vni", False
    if TCVN3_FONT.search(font):
        return "tcvn3", bool(TCVN3_CAPITALS_FONT.search(font))
    return None, False


# --- is it Vietnamese? ----------------------------------------------------------------------------

_ONSET = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
_NUCLEUS = r"(?:[aăâeêioôơuưy]{1,3})"
_CODA = r"(?:ch|ng|nh|[cmnpt])?"
_SYLLABLE = compiled(rf"^{_ONSET}{_NUCLEUS}{_CODA}$")
_WORD = compiled(r"[^\W\d_]+")
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_VOWEL_MARKS = {"\u0302": "\u0302", "\u0306": "\u0306", "\u031b": "\u031b"}


def _base(word: str) -> tuple[str, int] | None:
    """Lower-case word with tone marks removed (vowel marks kept) and the number of tones."""
    tones = 0
    out = []
    for ch in unicodedata.normalize("NFD", word.lower()):
        if ch in _TONES:
            tones += 1
        elif unicodedata.combining(ch) and ch not in _VOWEL_MARKS:
            return None
        else:
            out.append(ch)
    return unicodedata.normalize("NFC", "".join(out)), tones


#: Words whose verdict is remembered: Vietnamese has about 7,000 syllables in use, so every page after
#: the first few is judged mostly from memory.
DEFAULT_SYLLABLE_CACHE = 32768


def vietnamese_score(text: str) -> float:
    """Share of the words of ``text`` (letters only, 2+ letters) that are Vietnamese syllables.

    Clean Vietnamese prose scores about 0.9 (abbreviations such as UBND fail); TCVN3/VNI read as
    Latin-1, broken PDF glyph maps and diacritic-less OCR score far lower.  Returns 0.0 when there
    are no words.
    """
    words = [w for w in _WORD.findall(text) if len(w) >= 2]
    if not words:
        return 0.0
    return sum(map(_is_syllable, words)) / len(words)


def is_syllable(word: str) -> bool:
    """Whether ``word`` (letters only) is one Vietnamese syllable (``ô``, ``Sở``; not ``ÖÒ``, ``v``)."""
    return _is_syllable(word)


@functools.lru_cache(maxsize=DEFAULT_SYLLABLE_CACHE)
def _is_syllable(word: str) -> bool:
    b = _base(word)
    return bool(b and b[1] <= 1 and _SYLLABLE.match(b[0]))


def without_a_doubled_letter(word: str, keep: str = "") -> list[str]:
    """``word`` with one of two like letters side by side (tone marks aside) taken out, once for each such
    pair, the bare one of the two going (``QĐĐ`` → ``QĐ``, ``CUỤC`` → ``CỤC``): what OCR makes of a heavy
    stroke or a letter read twice.  Pairs of a letter in ``keep`` (lower case) are left."""
    out = []
    for i in range(len(word) - 1):
        first, second = _base(word[i]), _base(word[i + 1])  # (lower-case letter without its tone, tones)
        if first is None or second is None or first[0] != second[0] or first[0] in keep:
            continue
        bare = i if first[1] == 0 else i + 1  # the letter without a tone mark, if either is
        out.append(word[:bare] + word[bare + 1 :])
    return out


def undoubled(word: str) -> str | None:
    """``word`` with a letter OCR doubled taken out, when exactly that makes a syllable (``CUUC``, ``CUỤC`` →
    ``CUC``, ``CỤC``); None otherwise.  No Vietnamese syllable doubles a letter but ``o`` (``XOONG``)."""
    if len(word) < 3 or not word.isalpha():
        return None
    found = {w for w in without_a_doubled_letter(word, keep="o") if _is_syllable(w)}
    return found.pop() if len(found) == 1 else None


_CP1252_LETTERS = set("ŒœŠšŸŽžƒ")


def _has_diacritics(text: str) -> bool:
    return any(ord(ch) > 0xFF and ch not in _CP1252_LETTERS and unicodedata.category(ch).startswith("L") for ch in text)


def legacy_encoding_for(text: str, font: str | None) -> tuple[str | None, bool]:
    """How to decode ``text`` set in ``font``: (``"tcvn3"``/``"vni"``/None, capitals font?).

    The one decision every reader makes for text in a named font: only a legacy font name makes text a
    candidate, and only text that really is legacy is converted (Unicode Vietnamese left in an old font
    name, as Word leaves it after a conversion, is not).  A capitals font (``.VnTimeH``) still needs its
    plain-ASCII text upper-cased."""
    enc, capitals = encoding_of_font(font)
    if enc is None or _has_diacritics(text):
        return None, False
    found = detect_legacy(text, enc)
    if found:
        return found, capitals
    return (enc, True) if capitals else (None, False)


def detect_legacy(text: str, font_hint: str | None = None) -> str | None:
    """``"tcvn3"``, ``"vni"`` or None for a piece of text that may be in a legacy encoding.

    Text with letters beyond Latin-1 (real Unicode Vietnamese) is never legacy.  Otherwise the
    candidates are decoded and the one that makes the most Vietnamese syllables wins, if it clearly
    beats the text as it stands; canary strings decide ties.
    """
    if _has_diacritics(text) or not any(0xA0 <= ord(ch) <= 0xFF for ch in text):
        return None
    for enc, canaries in CANARIES.items():
        if any(c in text for c in canaries):
            return enc
    before = vietnamese_score(text)
    scores = {enc: vietnamese_score(decode_legacy(text, enc)) for enc in ("tcvn3", "vni")}
    if font_hint in scores:
        scores[font_hint] += 0.05
    best = max(scores, key=lambda k: scores[k])
    if scores[best] >= 0.6 and scores[best] > before + 0.1:
        return best
    return None
