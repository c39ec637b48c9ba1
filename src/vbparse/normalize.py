"""Normalisation with an offset map back to the original text.

Readers hand over text whose every character knows where it came from (``MappedText``).  Normalising
(NFC, dash variants → ``-``, ``Ð`` → ``Đ``, odd white space → space) rewrites the text but keeps that
knowledge, so an extracted value can always be shown in the file the user gave.

``fold`` builds the matching key used everywhere a comparison must ignore case, diacritics and tone
placement (``Thanh Hoá`` = ``Thanh Hóa``, ``uỷ`` = ``ủy``): it keeps the length of an NFC string, so
offsets found in the folded text are offsets in the normalised text.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

import regex

from .models import Span


@dataclass
class MappedText:
    """A string plus a piecewise map from its offsets to offsets in an original string.

    Each piece starts at ``starts[k]`` in ``text`` and at ``orig[k]`` in the original.  An *identity*
    piece maps character by character; a *replaced* piece (``orig_len[k]`` differs, or the text was
    rewritten) maps every offset inside it to the whole original range of the piece.
    """

    text: str
    starts: list[int] = field(default_factory=list)
    orig: list[int] = field(default_factory=list)
    orig_len: list[int] = field(default_factory=list)
    identity: list[bool] = field(default_factory=list)

    @classmethod
    def identity_of(cls, text: str, offset: int = 0) -> MappedText:
        return cls(text, [0], [offset], [len(text)], [True])

    def _piece(self, i: int) -> int:
        return max(0, bisect.bisect_right(self.starts, i) - 1)

    def to_original(self, i: int, *, end: bool = False) -> int:
        if not self.starts:
            return i
        k = self._piece(i - 1 if end and i > 0 else i)
        if self.identity[k]:
            return self.orig[k] + (i - self.starts[k])
        return self.orig[k] + (self.orig_len[k] if end else 0)

    def span(self, start: int, end: int) -> Span:
        return Span(start=self.to_original(start), end=self.to_original(end, end=True))

    def original_ranges(self, start: int, end: int) -> Iterator[tuple[int, int]]:
        """The original ranges ``text[start:end]`` came from, piece by piece: where ``span`` gives one
        range from first to last, these leave out what lies between (the other column of a layout row)."""
        k = self._piece(start)
        while k < len(self.starts) and self.starts[k] < end:
            piece_end = self.starts[k + 1] if k + 1 < len(self.starts) else len(self.text)
            a, b = max(start, self.starts[k]), min(end, piece_end)
            if a < b and self.orig_len[k]:
                if self.identity[k]:
                    yield self.orig[k] + a - self.starts[k], self.orig[k] + b - self.starts[k]
                else:
                    yield self.orig[k], self.orig[k] + self.orig_len[k]
            k += 1

    def compose(self, inner: MappedText) -> MappedText:
        """``self`` maps text→inner.text coordinates; return a map from text to inner's original."""
        starts: list[int] = []
        orig: list[int] = []
        olen: list[int] = []
        ident: list[bool] = []
        n = len(self.text)
        for k, s in enumerate(self.starts):
            e = self.starts[k + 1] if k + 1 < len(self.starts) else n
            if self.identity[k]:
                a = self.orig[k]
                b = a + (e - s)
                j = inner._piece(a)
                pos = a
                while pos < b:
                    inner_end = inner.starts[j + 1] if j + 1 < len(inner.starts) else b
                    stop = min(b, inner_end)
                    starts.append(s + (pos - a))
                    if inner.identity[j]:
                        orig.append(inner.orig[j] + (pos - inner.starts[j]))
                        olen.append(stop - pos)
                        ident.append(True)
                    else:
                        orig.append(inner.orig[j])
                        olen.append(inner.orig_len[j])
                        ident.append(False)
                    pos = stop
                    j += 1
            else:
                a = inner.to_original(self.orig[k])
                b = inner.to_original(self.orig[k] + self.orig_len[k], end=True)
                starts.append(s)
                orig.append(a)
                olen.append(b - a)
                ident.append(False)
        return MappedText(self.text, starts, orig, olen, ident)


class TextBuilder:
    """Concatenate pieces of an original text (and inserted separators) into a ``MappedText``."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._len = 0
        self.starts: list[int] = []
        self.orig: list[int] = []
        self.orig_len: list[int] = []
        self.identity: list[bool] = []
        self._last_orig = 0

    def add(self, text: str, orig_start: int) -> None:
        """Add text copied verbatim from the original at ``orig_start``."""
        if not text:
            return
        self._push(text, orig_start, len(text), True)
        self._last_orig = orig_start + len(text)

    def add_replaced(self, text: str, orig_start: int, orig_len: int) -> None:
        """Add text that stands for ``orig_len`` original characters but is not a verbatim copy."""
        self._push(text, orig_start, orig_len, False)
        self._last_orig = orig_start + orig_len

    def add_inserted(self, text: str) -> None:
        """Add text with no original (a separator); it points at the end of the previous piece."""
        self._push(text, self._last_orig, 0, False)

    def _push(self, text: str, o: int, olen: int, ident: bool) -> None:
        if not text:
            return
        self.starts.append(self._len)
        self.orig.append(o)
        self.orig_len.append(olen)
        self.identity.append(ident)
        self._parts.append(text)
        self._len += len(text)

    def build(self) -> MappedText:
        return MappedText("".join(self._parts), self.starts, self.orig, self.orig_len, self.identity)


# --- normalisation ---------------------------------------------------------------------------------

_COMBINING = "\u0300-\u036f"
#: What ``normalize`` rewrites, in one pass: decomposed letters, dash variants, the look-alike Ð,
#: odd spaces, zero-width characters, and white space at line ends.
_NORMALISE_RE = regex.compile(
    rf"(?P<nfd>[^\s{_COMBINING}]?[{_COMBINING}]+)"
    r"|(?P<dash>[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u00AD])"
    r"|(?P<eth>[\u00D0\u0189])"
    # fraction and division slashes (OCR and some fonts print the number's slash so): ``1105⁄KH-ĐKT``
    r"|(?P<slash>[\u2044\u2215\uFF0F])"
    # digits of other scripts (fullwidth ``４２``): the ASCII digit, or U+FFFD for one Python cannot read
    # (the ``regex`` module's Unicode is newer than ``int()``'s), so that every ``\d`` a pattern matches is 0-9
    r"|(?P<digit>(?![0-9])\d)"
    r"|(?P<zw>[\u200B-\u200D\u2060\uFEFF])"
    # white space at a line end, tried only where a run of it starts (inside a run the look-behind fails at
    # once: without it a long run of spaces not ending a line is rescanned from every position, quadratic)
    r"|(?P<eol>(?<![ \t\u00A0])[ \t\u00A0]++(?=\r?\n|$))"
    r"|(?P<ws>[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\u000B\u000C]+)"
    r"|(?P<cr>\r\n?)"
)
_DASH_OUT = {"\u00AD": ""}
#: A character that every rewrite of ``_NORMALISE_RE`` holds: what it rewrites is rare, and finding these
#: first is five times faster than trying the whole pattern at every position of a page of prose.
_REWRITE_MARK = regex.compile(
    rf"[{_COMBINING}\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u00AD\u00D0\u0189\u2044\u2215\uFF0F"
    r"\u200B-\u200D\u2060\uFEFF\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\u000B\u000C\r]"
    r"|(?![0-9])\d| (?=\r?\n|$)"
)


def _rewrites(text: str) -> Iterator[regex.Match]:
    """``_NORMALISE_RE.finditer(text)``, found from the characters in ``_REWRITE_MARK``: a rewrite starts at
    most one character before its mark (the letter a combining mark decomposes from), or where the run of
    white space the mark ends begins."""
    pos = 0
    while (hit := _REWRITE_MARK.search(text, pos)) is not None:
        start = hit.start()
        while start > pos and text[start - 1] in " \t\u00A0":
            start -= 1
        m = _NORMALISE_RE.search(text, max(pos, start - 1))
        if m is None:
            return
        yield m
        pos = m.end()  # no branch of the pattern matches empty


def _replacement(m: regex.Match) -> str:
    kind = m.lastgroup
    s = m.group()
    if kind == "nfd":
        return unicodedata.normalize("NFC", s)
    if kind == "dash":
        return _DASH_OUT.get(s, "-")
    if kind == "eth":
        return "Đ"
    if kind == "slash":
        return "/"
    if kind == "digit":
        value = unicodedata.decimal(s, None)
        return "\ufffd" if value is None else str(value)
    if kind == "zw" or kind == "eol":
        return ""
    if kind == "ws":
        return " "
    if kind == "cr":
        return "\n"
    return s


def normalize(src: MappedText) -> MappedText:
    """NFC, dashes, Đ, white space; keeps line count (``\\r\\n`` → ``\\n``) and the offset map."""
    text = src.text
    b = TextBuilder()
    pos = 0
    for m in _rewrites(text):
        if m.start() > pos:
            b.add(text[pos:m.start()], pos)
        rep = _replacement(m)
        if rep == m.group():
            b.add(rep, m.start())
        elif rep:
            b.add_replaced(rep, m.start(), m.end() - m.start())
        else:
            b._last_orig = m.end()
        pos = m.end()
    if pos < len(text):
        b.add(text[pos:], pos)
    out = b.build()
    if not out.starts:  # empty text
        return MappedText("", [0], [src.to_original(0)], [0], [True])
    return out.compose(src)


def nfc(text: str) -> str:
    """Plain-string version of ``normalize`` without the map (for short values and queries)."""
    return _NORMALISE_RE.sub(_replacement, unicodedata.normalize("NFC", text))


# --- folding ---------------------------------------------------------------------------------------

def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0x00C0, 0x1EFA):
        ch = chr(cp)
        base = unicodedata.normalize("NFD", ch)[0]
        if base != ch and base.isascii() and base.isalpha():
            table[cp] = base.lower()
    table[ord("Đ")] = "d"
    table[ord("đ")] = "d"
    table[ord("Ð")] = "d"
    return table


_FOLD_TABLE = _build_fold_table()


def fold(text: str) -> str:
    """Lower case without diacritics, same length as the (NFC) input: ``Thanh Hoá`` → ``thanh hoa``."""
    return text.translate(_FOLD_TABLE).lower() if text.isascii() is False else text.lower()


_KEY_PUNCT = regex.compile(r"[^\p{L}\p{N}]+")


def match_key(text: str) -> str:
    """Fold and reduce punctuation to single spaces: the key for comparing names and titles."""
    return _KEY_PUNCT.sub(" ", fold(nfc(text))).strip()


def collapse_spaces(text: str) -> str:
    return " ".join(text.split())


# --- tone placement ------------------------------------------------------------------------------------
# ``hoá``/``hóa``, ``thuý``/``thúy``, ``khoẻ``/``khỏe``: the old and the new rule put the tone mark on
# different vowels of a word-final ``oa``, ``oe``, ``uy``.  Both are correct; keys for matching use the new.

def _build_tone_table() -> dict[str, str]:
    tones = {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ", "o": "òóỏõọ", "u": "ùúủũụ"}
    table = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for i in range(5):
            table[first + tones[second][i]] = tones[first][i] + second
    return table


_TONE_TABLE = _build_tone_table()
_OLD_TONE = regex.compile(r"(?<![qQ])(?:" + "|".join(_TONE_TABLE) + r")(?![\p{L}])", regex.IGNORECASE)


def tone_key(text: str) -> str:
    """Lower-case text with word-final ``oá``/``oé``/``uý`` written the new way: ``hoá`` → ``hóa``."""
    return _OLD_TONE.sub(lambda m: _TONE_TABLE[m.group().lower()], text.lower())


def new_tone_spelling(text: str) -> str:
    """``Uỷ ban`` → ``Ủy ban``, ``Văn hoá`` → ``Văn hóa``: the new tone placement, case kept (for
    canonical names shown to users)."""
    def repl(m: regex.Match) -> str:
        new = _TONE_TABLE[m.group().lower()]
        return new[0].upper() + new[1:] if m.group()[0].isupper() else new
    return _OLD_TONE.sub(repl, text)
