"""A second reading, digits only, of the serial number and the day and month in a scan's header.

The serial (``Số: 1050 /QĐ-SCT``) and the day are what a document most often gets last: written in by
hand, stamped, or drawn by the signing tool in a font and size of its own.  Tesseract reading the whole
page as Vietnamese makes words of them (``Số:1050`` glued at confidence 42, ``U6_`` for ``06``).  Here
the gap each stands in — between ``Số:`` and the symbol's ``/``, between ``ngày`` and ``tháng``, between
``tháng`` and ``năm`` — is rendered again and read with digits only, in several ways
(``DEFAULT_READINGS``: the page's grey and its grey ink alone read as a line, grey ink cut to its strokes
read as a word and as a raw line).  Only when every reading gives the same number do its digits replace the
first reading's words there, and the field is then as sure as a printed one (``DEFAULT_AGREED_CONFIDENCE``).
When Tesseract's readings disagree — handwriting, which its models are not trained on — PP-OCR reads the gap
two ways (``ppocr``), and its digits are taken when those two agree; otherwise the first reading stays, and
with it the field left unread.

Why every reading, and why the English model: measured on the 76 gaps of ``../shared/realdocs``'s PDFs
(the scans, and the text-layer PDFs read by OCR as a scan of them would be, every digit known; issue
24), a single reading is wrong on 4–20 of them, and the Vietnamese model, whose digits are less trained,
agrees with itself on wrong digits (``22`` for a printed italic ``24``, ``400`` for a handwritten
``280``).  The four readings of ``DEFAULT_READINGS`` by the English model agreed on 44 gaps, all right
(6 of them handwritten: ``996``, ``280``, ``09``), and three of four on a wrong number once.  Word mode is
only given a word: on the whole gap, margins included, it read a printed ``51`` as ``3``.  Finding the
gaps (``header_gaps``), reading them (``agreed_digits``) and putting the digits in place
(``with_digits``) are apart, and each is tested on its own.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image

from ..chars import fold
from ..tables.patterns import (
    DAY_LABEL_KEY,
    DIGITS_READ,
    MONTH_LABEL_KEY,
    NUMBER_LINE,
    PLACE_DATE,
    RECOGNISED_NUMBER_LINE,
    RECOGNISED_PLACE_DATE,
    RECOGNISED_SO,
    SYMBOL_SLASH,
    YEAR_LABEL_KEY,
)
from .dropout import grey_ink, line_segments

#: The gaps are rendered at this resolution (the page was read at 300 dpi): small stamped digits gain.
DEFAULT_DIGITS_DPI = 400
#: The readings of a gap: the image (``grey``: luminance, ``ink``: grey ink alone, ``ink cut``: grey ink
#: cut to its strokes with a margin of ``DEFAULT_INK_MARGIN``) and Tesseract's segmentation mode (7: a
#: line, 8: a word, 13: a raw line), each by ``DEFAULT_DIGITS_MODEL``.
DEFAULT_READINGS: tuple[tuple[str, int], ...] = (("grey", 7), ("ink", 7), ("ink cut", 13), ("ink cut", 8))
#: Tesseract's model for the digits.  Over the 76 gaps of the realdocs PDFs (the scans, and the text-layer
#: PDFs read by OCR, their digits known) ``eng`` read alone 43–52 right where ``vie`` read 27–36, and
#: ``vie`` agreed with itself every way on ``22`` for a printed italic ``24`` (59), on ``400`` for a
#: handwritten ``280`` that ``eng`` reads.
DEFAULT_DIGITS_MODEL = "eng"
#: A pixel darker than this (0–255) is a stroke when a gap is cut to its strokes; the margin is in pixels
#: of the gap's image (``DEFAULT_DIGITS_DPI``).
DEFAULT_INK_LEVEL = 160
DEFAULT_INK_MARGIN = 12
#: The confidence of digits every reading agrees on: what a printed word scores (``corroborate``).
DEFAULT_AGREED_CONFIDENCE = 90.0
#: A first reading this sure of digits in the gap is not read again.
DEFAULT_SURE_DIGITS = 85.0
#: The header is in the top part of the first page: lines below this share of its height are not looked at.
DEFAULT_HEADER_SHARE = 0.45
#: A gap is cut this many of its line's heights above the line and below it (handwriting strays).
DEFAULT_GAP_ABOVE = 0.6
DEFAULT_GAP_BELOW = 0.4
#: Digits a part may have: a serial up to six, a day or a month two.
_MOST_DIGITS = {"serial": 6, "day": 2, "month": 2}

Box = tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points


@dataclass(frozen=True)
class Gap:
    """Where a part stands: its box on the page, and the first reading's words it cuts (their indexes in
    the page's words, with the characters ``[start, end)`` of each that lie in the gap)."""

    part: str
    box: Box
    cut: tuple[tuple[int, int, int], ...]
    #: Tesseract's line of the words around the gap, which the digits join
    line: object = None


def _x_at(word: dict, k: int) -> float:
    """Where character ``k`` of a word starts, its box shared evenly among its characters."""
    return word["x0"] + (word["x1"] - word["x0"]) * k / max(1, len(word["text"]))


def _gap(part: str, words: list[dict], seg: list[dict], start: tuple[int, int], end: tuple[int, int]) -> Gap | None:
    """The gap from character ``start[1]`` of ``seg[start[0]]`` to character ``end[1]`` of ``seg[end[0]]``."""
    x0, x1 = _x_at(seg[start[0]], start[1]), _x_at(seg[end[0]], end[1])
    top, bottom = min(w["top"] for w in seg), max(w["bottom"] for w in seg)
    height = bottom - top
    cut = []
    for j in range(start[0], end[0] + 1):
        w = seg[j]
        a = start[1] if j == start[0] else 0
        b = end[1] if j == end[0] else len(w["text"])
        if b > a:
            cut.append((_index(words, w), a, b))
        if a == 0 and b == len(w["text"]):  # a word between the labels: its box is the gap's, wherever OCR put it
            x0, x1 = min(x0, w["x0"]), max(x1, w["x1"])
    if x1 - x0 < 2.0:
        return None
    box = (x0, top - DEFAULT_GAP_ABOVE * height, x1, bottom + DEFAULT_GAP_BELOW * height)
    return Gap(part, box, tuple(cut), seg[start[0]].get("line"))


def _index(words: list[dict], word: dict) -> int:
    return next(k for k, w in enumerate(words) if w is word)


def _number_gap(words: list[dict], seg: list[dict]) -> Gap | None:
    """The serial's gap on a number line: from after ``Số:`` to the symbol's first ``/``."""
    marks = ((j, RECOGNISED_SO.match(w["text"])) for j, w in enumerate(seg))
    at, so = next(((j, m) for j, m in marks if m is not None), (0, None))
    if so is None:
        return None
    start = (at, so.end())
    slashes = [(j, k) for j in range(at, len(seg)) for k, ch in enumerate(seg[j]["text"]) if ch == "/"]
    slashes = [(j, k) for j, k in slashes if j > at or k >= start[1]]
    if not slashes:
        return None
    # the slash that begins the symbol (``/UBND-``), not one OCR read into the serial (``/74⁄/UBND-``)
    line = " ".join(w["text"] for w in seg)
    offsets = list(itertools.accumulate((len(w["text"]) + 1 for w in seg[:-1]), initial=0))
    end = next((jk for jk in slashes if SYMBOL_SLASH.match(line, offsets[jk[0]] + jk[1])), slashes[0])
    return _gap("serial", words, seg, start, end)


def _label_at(seg: list[dict], label: str, start: tuple[int, int]) -> tuple[int, int, int] | None:
    """The date label ``label`` (``ngay``, ``thang``, ``nam``) from character ``start[1]`` of word
    ``start[0]`` on, as a word of its own or glued by OCR to what it read beside it (``ngày?“``,
    ``0Inăm``, ``0/năm``): ``(word, first, end)`` of the label's characters."""
    pattern = _DATE_LABELS[label]
    at = start[1]
    for j in range(start[0], len(seg)):
        folded = fold(seg[j]["text"])
        if len(folded) != len(seg[j]["text"]):
            continue  # (a letter whose lower case is two: the match's places would not be the word's)
        m = pattern.search(folded, at if j == start[0] else 0)
        if m is not None:
            return j, m.start(), m.end()
    return None


#: The date's labels, by the name ``_date_gaps`` gives them.
_DATE_LABELS = {"ngay": DAY_LABEL_KEY, "thang": MONTH_LABEL_KEY, "nam": YEAR_LABEL_KEY}


def _date_gaps(words: list[dict], seg: list[dict]) -> list[Gap]:
    """The day's gap (between ``ngày`` and ``tháng``) and the month's (between ``tháng`` and ``năm``)."""
    ngay = _label_at(seg, "ngay", (0, 0))
    thang = _label_at(seg, "thang", (ngay[0], ngay[2])) if ngay is not None else None
    nam = _label_at(seg, "nam", (thang[0], thang[2])) if thang is not None else None
    gaps = []
    if ngay is not None and thang is not None:
        gaps.append(_gap("day", words, seg, (ngay[0], ngay[2]), (thang[0], thang[1])))
    if thang is not None and nam is not None:
        gaps.append(_gap("month", words, seg, (thang[0], thang[2]), (nam[0], nam[1])))
    return [g for g in gaps if g is not None]


def header_gaps(words: list[dict], height: float) -> list[Gap]:
    """The gaps of the serial, the day and the month on a recognised first page (``words``: Tesseract's,
    in page points), each unless the first reading is already sure of digits there."""
    gaps: list[Gap] = []
    found: set[str] = set()
    for seg in sorted(line_segments(words), key=lambda s: min(w["top"] for w in s)):
        if min(w["top"] for w in seg) > DEFAULT_HEADER_SHARE * height:
            break
        text = " ".join(w["text"] for w in seg)
        if "serial" not in found and (NUMBER_LINE.search(text) or RECOGNISED_NUMBER_LINE.search(text)):
            gap = _number_gap(words, seg)
            gaps += [gap] if gap is not None else []
            found.add("serial")
        elif "day" not in found and (PLACE_DATE.search(text) or RECOGNISED_PLACE_DATE.search(text)):
            gaps += _date_gaps(words, seg)
            found.add("day")
    return [g for g in gaps if not _sure(words, g)]


def _sure(words: list[dict], gap: Gap) -> bool:
    """Whether the first reading already holds sure digits in the gap."""
    parts = [(words[k]["text"][a:b].strip(), words[k]["conf"]) for k, a, b in gap.cut]
    parts = [(t, c) for t, c in parts if t]
    return bool(parts) and all(t.isdecimal() and c >= DEFAULT_SURE_DIGITS for t, c in parts)


def _image(crop: Image.Image, kind: str) -> Image.Image:
    if kind == "ink":
        return grey_ink(crop)
    if kind == "ink cut":
        return cut_to_strokes(grey_ink(crop))
    return crop.convert("L")


def cut_to_strokes(image: Image.Image) -> Image.Image:
    """A grey image cut to the box of its strokes (pixels darker than ``DEFAULT_INK_LEVEL``) and
    ``DEFAULT_INK_MARGIN`` around it, as Tesseract's word mode expects a word; unchanged without a stroke."""
    box = image.point(lambda v: 255 if v < DEFAULT_INK_LEVEL else 0).getbbox()
    if box is None:
        return image
    m = DEFAULT_INK_MARGIN
    return image.crop(
        (max(0, box[0] - m), max(0, box[1] - m), min(image.width, box[2] + m), min(image.height, box[3] + m))
    )


#: ``read(images, scale, psm)``: Tesseract's words of each image, digits only (one Tesseract run for them all).
ReadDigits = Callable[[list[Image.Image], float, int], list[list[dict]]]
#: ``second(image)``: a second reader's texts of a gap (PP-OCR's, ``ppocr``), None when it is not installed.
SecondReader = Callable[[Image.Image], list[str] | None]


def agreed_digits(
    part: str, crop: Image.Image, scale: float, read: ReadDigits, second: SecondReader | None = None
) -> str | None:
    """The digits every reading of ``DEFAULT_READINGS`` gives for the gap's image ``crop``, when they agree
    and make a possible ``part``; else the digits every reading of a second reader gives (``second(crop)``),
    when those agree.  Readings agree on the number: ``02`` and ``2`` are one day, and the longer is kept (a
    zero printed is more often dropped by a reading than invented by one)."""
    return agreed_digits_of([(part, crop)], scale, read, second)[0]


def agreed_digits_of(
    gaps: list[tuple[str, Image.Image]], scale: float, read: ReadDigits, second: SecondReader | None = None
) -> list[str | None]:
    """:func:`agreed_digits` of each ``(part, crop)`` of a page, each reading asked of every gap still
    agreeing at once: a gap whose readings disagree is not read again (one disagreement is enough), and
    Tesseract is started once a reading, not once a reading and a gap."""
    readings: list[list[str]] = [[] for _ in gaps]
    agreeing = list(range(len(gaps)))
    for kind, psm in DEFAULT_READINGS:
        if not agreeing:
            break
        read_now = read([_image(gaps[i][1], kind) for i in agreeing], scale, psm)
        for i, words in zip(agreeing, read_now, strict=True):
            readings[i].append("".join(w["text"] for w in words))
        agreeing = [i for i in agreeing if _agreed(readings[i]) is not None]
    out: list[str | None] = []
    for (part, crop), texts in zip(gaps, readings, strict=True):
        digits = _agreed(texts)
        if digits is None and second is not None:
            seconds = second(crop)
            digits = _agreed([_digits_read(t) for t in seconds]) if seconds else None
        out.append(digits if digits is not None and _possible(part, digits) else None)
    return out


def _digits_read(text: str) -> str:
    """The digits of a reader's text, read as a number only when nothing but marks stand around them
    (``1984/`` before the symbol's slash, `` 51``); ``""`` (no number) otherwise."""
    m = DIGITS_READ.fullmatch("".join(text.split()))
    return m.group(1) if m is not None else ""


def _agreed(readings: list[str]) -> str | None:
    """The number every reading gives (the longest of its spellings), or None."""
    if not readings or not all(r.isdecimal() for r in readings) or len({int(r) for r in readings}) > 1:
        return None
    return max(readings, key=len)


def _possible(part: str, digits: str) -> bool:
    """Whether ``digits`` can be the ``part``: a day 1–31, a month 1–12, a serial of up to six digits."""
    if len(digits) > _MOST_DIGITS[part]:
        return False
    value = int(digits)
    return value > 0 and (part != "day" or value <= 31) and (part != "month" or value <= 12)


def with_digits(words: list[dict], read: list[tuple[Gap, str]]) -> list[dict]:
    """The page's words with each gap's characters replaced by one word of its digits: words inside a gap
    go, a word a gap cuts keeps what lies outside (``Số:`` of ``Số:1050``, ``/QĐ-SCT`` of ``2/QĐ-SCT``)."""
    cuts: dict[int, list[tuple[int, int]]] = {}
    for gap, _digits in read:
        for k, a, b in gap.cut:
            cuts.setdefault(k, []).append((a, b))
    out: list[dict] = []
    for k, w in enumerate(words):
        if k not in cuts:
            out.append(w)
            continue
        kept, at = [], 0  # the word's characters outside every gap, in pieces
        for a, b in sorted(cuts[k]):
            kept.append((at, a))
            at = b
        kept.append((at, len(w["text"])))
        for a, b in kept:
            if w["text"][a:b].strip():
                out.append(dict(w, text=w["text"][a:b].strip(), x0=_x_at(w, a), x1=_x_at(w, b)))
    share = 1 + DEFAULT_GAP_ABOVE + DEFAULT_GAP_BELOW
    for gap, digits in read:
        x0, top, x1, bottom = gap.box
        size = (bottom - top) / share
        out.append(
            {
                "text": digits,
                "x0": x0,
                "x1": x1,
                "top": top + DEFAULT_GAP_ABOVE * size,
                "bottom": bottom - DEFAULT_GAP_BELOW * size,
                "size": size,
                "conf": DEFAULT_AGREED_CONFIDENCE,
                "line": gap.line,
            }
        )
    return out


def reread_header_digits(
    words: list[dict],
    height: float,
    render: Callable[[Box], tuple[Image.Image, float]],
    read: ReadDigits,
    second: SecondReader | None = None,
) -> tuple[list[dict], list[tuple[str, str]], list[str]]:
    """A recognised first page's words with its serial, day and month read again as digits where every
    reading agrees: ``render(box)`` gives a gap's image in colour and its scale, ``read(images, scale, psm)``
    Tesseract's words of each image, digits only, ``second(image)`` a second reader's texts
    (``agreed_digits``).  Returns the words, the ``(part, digits)`` put in and the parts left unread."""
    found: list[tuple[Gap, str]] = []
    unread: list[str] = []
    gaps = header_gaps(words, height)
    crops = [render(gap.box) for gap in gaps]
    # one scale for the batch: only the readings' text is used, not their words' places
    scale = crops[0][1] if crops else 1.0
    agreed = agreed_digits_of(
        [(gap.part, crop) for gap, (crop, _) in zip(gaps, crops, strict=True)], scale, read, second
    )
    for gap, digits in zip(gaps, agreed, strict=True):
        if digits is not None:
            found.append((gap, digits))
        else:
            unread.append(gap.part)
    if not found:
        return words, [], unread
    return with_digits(words, found), [(gap.part, digits) for gap, digits in found], unread
