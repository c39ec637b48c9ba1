"""The offset map: text that knows, character by character, where in an original string it came from.

Readers build their text with ``TextBuilder`` (pieces copied from the file's decoded text, separators
inserted); normalisation rewrites it and composes the maps, so an extracted value's ``span`` always points
into the file the user gave.  Every stage uses this module and it uses none of them (only ``models.Span``).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field

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
        # validated: pydantic-core builds a model faster than model_construct's Python (0.7 against 1.3 µs)
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
        # the lists held in locals: this loop runs once a piece of every text a reader rewrites
        s_starts, s_orig, s_olen, s_ident = self.starts, self.orig, self.orig_len, self.identity
        i_starts, i_orig, i_olen, i_ident = inner.starts, inner.orig, inner.orig_len, inner.identity
        n = len(self.text)
        count = len(s_starts)
        inner_count = len(i_starts)
        for k in range(count):
            s = s_starts[k]
            e = s_starts[k + 1] if k + 1 < count else n
            if s_ident[k]:
                a = s_orig[k]
                b = a + (e - s)
                j = inner._piece(a)
                pos = a
                while pos < b:
                    inner_end = i_starts[j + 1] if j + 1 < inner_count else b
                    stop = min(b, inner_end)
                    starts.append(s + (pos - a))
                    if i_ident[j]:
                        orig.append(i_orig[j] + (pos - i_starts[j]))
                        olen.append(stop - pos)
                        ident.append(True)
                    else:
                        orig.append(i_orig[j])
                        olen.append(i_olen[j])
                        ident.append(False)
                    pos = stop
                    j += 1
            else:
                a = inner.to_original(s_orig[k])
                b = inner.to_original(s_orig[k] + s_olen[k], end=True)
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

    @property
    def length(self) -> int:
        """The length of the text built so far (where the next piece starts)."""
        return self._len

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

    def skip_to(self, orig_end: int) -> None:
        """Drop original characters up to ``orig_end`` (a deleted zero-width space): text inserted next
        points after them."""
        self._last_orig = orig_end

    def add_inserted(self, text: str) -> None:
        """Add text with no original (a separator); it points at the end of the previous piece."""
        self._push(text, self._last_orig, 0, False)

    def add_mapped(self, m: MappedText, shift: int = 0) -> None:
        """Add ``m``'s text, its pieces pointing ``shift`` further into the original (a text built apart, over the
        same original or a part of it that starts at ``shift``)."""
        n = len(m.text)
        for k, s in enumerate(m.starts):
            e = m.starts[k + 1] if k + 1 < len(m.starts) else n
            if m.identity[k]:
                self.add(m.text[s:e], m.orig[k] + shift)
            else:
                self.add_replaced(m.text[s:e], m.orig[k] + shift, m.orig_len[k])

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
