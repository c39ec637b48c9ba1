"""OCR confidence of extracted values: a value Tesseract was unsure of is a diagnostic, not a field.

A scanned page can be recognised well on the whole (mean word confidence 90+) and still hold a
handwritten number, a stamp over the date or a noisy annex table.  Tesseract gives each word a
confidence (``ReadResult.word_confidence``); a header field or a signer's name read from words below
``DEFAULT_MIN_FIELD_CONFIDENCE`` would be an invented value, so it is dropped and reported as
``low_confidence_<field>`` with the text read and its confidence.  A value is as sure as its least sure
word (one misread digit makes a wrong number).  Text from a text layer, a DOCX or a text file has no
word confidences and is trusted: nothing here changes it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import unicodedata

import regex

from ..chars import fold, tone_key
from ..encodings import vietnamese_score
from ..models import DateParts, Diagnostic, DocNumber, Issuer, Span
from ..offsets import MappedText
from ..pattern_cache import compiled
from ..structure.parser import Structure
from ..tables import patterns as P
from ..tables.names import FAMILY_NAMES, OCR_SPLIT_SYLLABLE
from .header import place_date_match

#: Tesseract word confidence (0–100) below which a word is a guess.  Measured (Tesseract 5.3, ``vie``):
#: handwritten serials and noise on the real scans 0–49 (``4 46``, ``5Ø``, ``0_``); printed words 85–97,
#: printed symbols that are no dictionary word lower (``/KH-UBND`` 64–86): the bound sits in the gap.
DEFAULT_MIN_FIELD_CONFIDENCE = 55.0
#: A Vietnamese personal name has 2–5 syllables (``Cù Văn Hân``, ``Nguyễn Thị Minh Khai``).
DEFAULT_NAME_SYLLABLES = (2, 5)

_SYLLABLE = compiled(r"^\p{Lu}\p{Ll}*$")
_FAMILY_KEYS = frozenset(tone_key(n) for n in FAMILY_NAMES)


def joined_syllables(text: str) -> str:
    """A recognised line with the syllables OCR split at their stacked marks joined (``Nguyê ên Văn Long``
    → ``Nguyên Văn Long``: the tone the split lost is not guessed)."""

    def join(m: regex.Match) -> str:
        return m["head"] + m["tail"] if fold(m["vowel"]) == fold(m["again"]) else m[0]

    return OCR_SPLIT_SYLLABLE.sub(join, text)


#: The tone marks (grave, acute, tilde, hook, dot below), apart from the marks that make a vowel (``â``, ``ơ``).
_TONES = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))


def toneless(syllable: str) -> str:
    """``syllable`` without its tone mark, its vowels' own marks kept: ``Nguyễn`` → ``Nguyên``."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", syllable).translate(_TONES))


#: Family names by their form without a tone mark: one for most (``Nguyên``: Nguyễn), two for some (``Ly``:
#: Lý, Ly), which a name read without its tone cannot be put back to.
_FAMILY_BY_TONELESS: dict[str, list[str]] = {}
for _family in sorted(FAMILY_NAMES):
    _FAMILY_BY_TONELESS.setdefault(toneless(_family), []).append(_family)


def family_put_back(name: str) -> str | None:
    """``name`` with its first syllable, read without a tone mark, put back to the one family name that is
    it with a tone (``Nguyên Văn Long`` → ``Nguyễn Văn Long``: OCR lost the tilde), or ``None``: a family
    name already, a syllable with a tone of its own (``Tổng Cộng`` is no ``Tống``), none or two such names."""
    first, _, rest = name.partition(" ")
    if tone_key(first) in _FAMILY_KEYS or not rest or toneless(first) != first:
        return None
    same = _FAMILY_BY_TONELESS.get(first, [])
    return f"{same[0]} {rest}" if len(same) == 1 else None


def implausible_name(name: str) -> str | None:
    """Why ``name`` does not read as a Vietnamese personal name, or ``None`` when it does: 2–5
    capitalised Vietnamese syllables, a known family name first, no syllable twice (OCR noise from a
    table repeats cells: ``Yến Bái Bái``)."""
    syllables = name.split()
    low, high = DEFAULT_NAME_SYLLABLES
    if not low <= len(syllables) <= high:
        return f"{len(syllables)} syllables (a name has {low}–{high})"
    if not all(_SYLLABLE.match(s) for s in syllables) or vietnamese_score(name) < 1.0:
        return "not capitalised Vietnamese syllables"
    keys = [tone_key(s) for s in syllables]
    if len(set(keys)) < len(keys):
        return "a syllable repeated"
    if keys[0] not in _FAMILY_KEYS:
        return f"'{syllables[0]}' is not a Vietnamese family name"
    return None


class OcrConfidence:
    """The recognised words of a read result, looked up by offsets of the normalised text (``mapped``
    maps them to the original, where the words are)."""

    def __init__(
        self, words: list[tuple[int, int, float]], mapped: MappedText, minimum: float = DEFAULT_MIN_FIELD_CONFIDENCE
    ):
        self.words = sorted(words)
        self._starts = [w[0] for w in self.words]
        self.mapped = mapped
        self.minimum = minimum

    def _lowest_original(self, start: int, end: int) -> float | None:
        k = max(0, bisect.bisect_right(self._starts, start) - 1)
        lowest = None
        while k < len(self.words) and self.words[k][0] < end:
            a, b, conf = self.words[k]
            if b > start and a < end:
                lowest = conf if lowest is None else min(lowest, conf)
            k += 1
        return lowest

    def lowest(self, start: int, end: int) -> float | None:
        """Lowest confidence of the recognised words under normalised ``[start, end)``; ``None`` when
        there are none (the text came from a text layer or a file, and is trusted).

        Each piece of the normalised text is looked up where it came from: a header line of the left
        column is one piece of a row of the page that also holds the right column, whose words are not
        the value's."""
        if not self.words:
            return None
        confs = [
            c for lo, hi in self.mapped.original_ranges(start, end) if (c := self._lowest_original(lo, hi)) is not None
        ]
        return min(confs) if confs else None

    def _unsure(self, field: str, text: str, conf: float | None, span: Span | None, diags: list[Diagnostic]) -> bool:
        """True, with a ``low_confidence_<field>`` diagnostic, when ``text`` was read from words below the
        minimum confidence."""
        if conf is None or conf >= self.minimum:
            return False
        diags.append(
            Diagnostic(
                code=f"low_confidence_{field}",
                severity="warning",
                span=span,
                message=f"{field.replace('_', ' ')} read by OCR as '{text}' with confidence "
                f"{conf:.0f} (below {self.minimum:.0f}): not kept",
            )
        )
        return True

    def number(self, number: DocNumber | None, diags: list[Diagnostic]) -> DocNumber | None:
        """The number, unless its words were unsure (a handwritten serial is the usual case); its span is
        one stretch of one line, so it is looked up in the original directly."""
        if number is None or number.span is None:
            return number
        start = number.span.start
        unreadable = P.UNREADABLE_SERIAL.match(number.raw)
        if number.serial is None and unreadable:  # no serial to judge (unreadable): its printed symbol
            start += unreadable.end()
        elif number.serial is None and "/" in number.raw:  # a blank serial: the symbol
            start += number.raw.index("/")
        conf = self._lowest_original(start, number.span.end)
        if self._unsure("number", number.raw.strip(), conf, number.span, diags):
            return None
        return number

    def place_date(
        self, st: Structure, place: str | None, issued: dt.date | None, parts: DateParts, diags: list[Diagnostic]
    ) -> tuple[str | None, dt.date | None, DateParts]:
        """The issue date and its parts, judged by the words of the day, month and year only (the place
        keeps its own value)."""
        m, base = place_date_match(st) if self.words else (None, 0)
        if m is None:
            return place, issued, parts
        kept = {"d": parts.day, "m": parts.month, "y": parts.year}
        for g, what in (("d", "day"), ("m", "month"), ("y", "year")):  # each part by its own words
            if kept[g] is None:
                continue
            start, end = base + m.start(g), base + m.end(g)
            if self._unsure(
                f"issued_{what}", st.text[start:end], self.lowest(start, end), st.mapped.span(start, end), diags
            ):
                kept[g] = None
        if kept == {"d": parts.day, "m": parts.month, "y": parts.year}:
            return place, issued, parts
        return place, None, DateParts(day=kept["d"], month=kept["m"], year=kept["y"], span=parts.span)

    def issuer(self, st: Structure, issuer: Issuer, diags: list[Diagnostic]) -> Issuer:
        """The issuer, judged by the lines it was read from: the left-column header lines inside its span
        (not the Quốc hiệu beside them), or the stretch of body text it was inferred from."""
        if not self.words or not issuer.name or issuer.span is None:
            return issuer
        span = issuer.span
        lines = [
            ln
            for ln in st.header
            if ln.hint.column != "right"
            and span.start <= st.mapped.to_original(ln.start)
            and st.mapped.to_original(ln.end, end=True) <= span.end
        ]
        if lines:
            conf = min((c for c in (self.lowest(ln.start, ln.end) for ln in lines) if c is not None), default=None)
        else:  # inferred from a stretch of one body paragraph
            conf = self._lowest_original(span.start, span.end)
        if self._unsure("issuer", issuer.name, conf, span, diags):
            return Issuer()
        return issuer

    def signer_name(self, name: str, start: int, end: int, diags: list[Diagnostic]) -> str | None:
        """The name read from normalised ``[start, end)``, or ``None`` with a diagnostic when it is not a
        name's shape (judged only for recognised text: a typed name is what the author wrote).  A name
        OCR was unsure of is kept when it reads as a Vietnamese personal name (a known family name, 2–5
        syllables, none twice: what a seal's or a signature's strokes over it leave of it), with a
        ``low_confidence_signer_name`` diagnostic to check it against the page."""
        conf = self.lowest(start, end)
        if conf is None:
            return name
        span = self.mapped.span(start, end)
        why = implausible_name(name)
        restored = family_put_back(name) if why else None
        if restored is not None and implausible_name(restored) is None:
            diags.append(
                Diagnostic(
                    code="low_confidence_signer_name",
                    severity="warning",
                    span=span,
                    message=f"signer name read by OCR as '{name}': its family name put back as '{restored}' (the "
                    "only one with these letters); check it against the page",
                )
            )
            return restored
        if why:
            diags.append(
                Diagnostic(
                    code="implausible_signer_name",
                    severity="warning",
                    span=span,
                    message=f"signer name read by OCR as '{name}' does not look like a personal name ({why}): not kept",
                )
            )
            return None
        if conf < self.minimum:
            diags.append(
                Diagnostic(
                    code="low_confidence_signer_name",
                    severity="warning",
                    span=span,
                    message=f"signer name read by OCR as '{name}' with confidence {conf:.0f} (below "
                    f"{self.minimum:.0f}): kept, as it reads as a personal name; check it against the page",
                )
            )
        return name
