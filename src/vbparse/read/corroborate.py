"""Recognised words confirmed by the same words printed elsewhere in the document.

Tesseract misreads the marks of a heading that a seal, a fold or a stamp darkens (``CÔNG AN TINH LAM
ĐÓNG``, one word at confidence 39) while it reads the same words cleanly in the body (``tỉnh Lâm Đồng``,
92–97).  A phrase of at least ``DEFAULT_MIN_PHRASE`` words that Tesseract was unsure of, and that folds to
the same letters as a phrase read with confidence elsewhere, is that phrase: its letters take the confident
reading's marks word by word where that reading was surer (keeping their own case), with its confidence.
Only marks change, so the text keeps its length and every offset holds; a phrase printed nowhere else (a
number, a signer's name) is left as read, and what was unsure stays unsure.  Only the header is corrected
(``until``): the body's own readings are as often wrong as right about a mark (``kết quả`` against ``kết
quá``), while a heading is a name the body repeats.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..chars import fold
from ..pattern_cache import compiled

#: Words a phrase needs before another reading of it is taken as the same words: three (``tỉnh Lâm
#: Đồng``) rule out the chance agreements of one or two folded words (``tinh`` is tỉnh, tính, tình).
DEFAULT_MIN_PHRASE = 3
#: Longest phrase looked for: a body's name with its place (``Ủy ban nhân dân tỉnh Lâm Đồng``).
DEFAULT_MAX_PHRASE = 7
#: A phrase is unsure when one of its words is below this Tesseract confidence (the bound below which
#: ``extract/confidence.py`` drops a field), and a reading is confident when all its words reach
#: ``DEFAULT_SURE_CONFIDENCE`` (printed words score 85–97 on the real scans).
DEFAULT_UNSURE_CONFIDENCE = 55.0
DEFAULT_SURE_CONFIDENCE = 85.0

#: The letters and digits of a recognised word, without the punctuation around it (``Đồng,`` → ``Đồng``).
_CORE = compiled(r"[\p{L}\p{N}](?:.*[\p{L}\p{N}])?")


@dataclass(frozen=True)
class Correction:
    """A phrase whose marks were taken from ``source``, the offset of the confident reading."""

    start: int
    end: int
    read: str
    corrected: str
    source: int


def corroborate(
    text: str, words: list[tuple[int, int, float]], until: int
) -> tuple[str, list[tuple[int, int, float]], list[Correction]]:
    """``text`` and its recognised ``words`` (``(start, end, confidence)``, in text order) with the unsure
    phrases that begin before offset ``until`` corrected from their confident readings elsewhere."""
    cores: list[tuple[int, int, str, float, int]] = []  # start, end, folded, confidence, index in words
    for k, (start, end, conf) in enumerate(words):
        m = _CORE.search(text, start, end)
        if m is not None:
            cores.append((m.start(), m.end(), fold(m.group()), conf, k))
    confident: dict[tuple[str, ...], int] = {}  # folded phrase → first word of its surest reading
    sureness: dict[tuple[str, ...], float] = {}
    for n in range(DEFAULT_MIN_PHRASE, DEFAULT_MAX_PHRASE + 1):
        for i in range(len(cores) - n + 1):
            least = min(c[3] for c in cores[i : i + n])
            key = tuple(c[2] for c in cores[i : i + n])
            if least >= DEFAULT_SURE_CONFIDENCE and least > sureness.get(key, -1.0):
                confident[key], sureness[key] = i, least
    chars = list(text)
    out = list(words)
    corrections: list[Correction] = []
    for i in range(len(cores)):
        if cores[i][0] >= until:
            break
        for n in range(min(DEFAULT_MAX_PHRASE, len(cores) - i), DEFAULT_MIN_PHRASE - 1, -1):
            phrase = cores[i : i + n]
            if min(c[3] for c in phrase) >= DEFAULT_UNSURE_CONFIDENCE:
                continue  # (as read: a word corrected by an earlier phrase still counts as unsure here)
            source = confident.get(tuple(c[2] for c in phrase))
            if source is None or source < i + n and source + n > i:
                continue
            before = "".join(chars[phrase[0][0] : phrase[-1][1]])
            for word, reading in zip(phrase, cores[source : source + n]):
                if reading[3] > out[word[4]][2]:  # surer than the word as read, or as corrected so far
                    _take_marks(chars, word, reading, text)
                    out[word[4]] = (out[word[4]][0], out[word[4]][1], reading[3])
            start, end = phrase[0][0], phrase[-1][1]
            if "".join(chars[start:end]) != before:
                corrections.append(Correction(start, end, before, "".join(chars[start:end]), cores[source][0]))
            break
    return "".join(chars), out, corrections


def _take_marks(chars: list[str], word: tuple, reading: tuple, text: str) -> None:
    """Each letter of ``word`` becomes the letter of ``reading`` at its place, in its own case (folded, the
    two are the same letters, so they have the same length)."""
    start, end, src = word[0], word[1], reading[0]
    for j in range(end - start):
        mark = text[src + j]
        chars[start + j] = mark.upper() if text[start + j].isupper() else mark.lower()
