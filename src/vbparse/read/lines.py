"""Positioned words (text-layer words, OCR words, pieces of words) grouped into the lines of a page."""

# group_lines runs on every word of every page: comparisons inline, not min()/max() calls (3× faster)
# ruff: noqa: FURB136, PLR1730

from __future__ import annotations

import re
from operator import itemgetter

#: A word joins one of this many lines found last (the columns of a page side by side are lines at one
#: height); an older line is done.
DEFAULT_RECENT_LINES = 4
#: … when their vertical extents overlap by at least this share of the smaller height.
DEFAULT_MIN_OVERLAP = 0.5
#: A line's extent grows with its first this many words only, not with every descender after them.
DEFAULT_SETTLING_WORDS = 3


def group_lines(words: list[dict]) -> list[list[dict]]:
    """Group words into lines: a word joins the line its vertical extent overlaps most (by at least
    half of the smaller height), so raised fill-ins, descenders and small dashes stay on their line."""
    lines: list[list] = []  # [top, bottom, words, highest top]
    for w in sorted(words, key=_middle):
        top, bottom = w["top"], w["bottom"]
        h = bottom - top if bottom - top > 1.0 else 1.0
        best = None
        best_overlap = 0.0
        for ln in lines[-DEFAULT_RECENT_LINES:]:
            overlap = (ln[1] if ln[1] < bottom else bottom) - (ln[0] if ln[0] > top else top)
            if overlap <= best_overlap:
                continue
            height = ln[1] - ln[0]
            if overlap >= DEFAULT_MIN_OVERLAP * (h if h < height else height):
                best, best_overlap = ln, overlap
        if best is None:
            lines.append([top, bottom, [w], top])
            continue
        best[2].append(w)
        if top < best[3]:
            best[3] = top
        if len(best[2]) <= DEFAULT_SETTLING_WORDS:
            if top < best[0]:
                best[0] = top
            if bottom > best[1]:
                best[1] = bottom
    lines.sort(key=lambda ln: ln[3])
    return [sorted(ln[2], key=_LEFT) for ln in lines]


def _middle(w: dict) -> float:
    return (w["top"] + w["bottom"]) / 2


#: a word's left edge, as a sort key (a C-level getter: every word of a PDF is sorted by it)
_LEFT = itemgetter("x0")


def group_recognised_lines(words: list[dict]) -> list[list[dict]]:
    """Lines of a recognised page: Tesseract's own lines (``line`` of each word), then the lines that sit
    side by side at one height — the two header columns, Nơi nhận beside the signature — joined into one
    row, as a text layer's line holds them (Tesseract reads each column as a block of its own)."""
    by_line: dict[object, list[dict]] = {}
    for w in words:
        by_line.setdefault(w.get("line"), []).append(w)
    rows: list[list] = []  # [top, bottom, x0, x1, words]
    for line in sorted(by_line.values(), key=lambda ln: min(w["top"] for w in ln)):
        top, bottom = _middle_extent(line)
        x0, x1 = min(w["x0"] for w in line), max(w["x1"] for w in line)
        for row in rows[-DEFAULT_RECENT_LINES:]:
            overlap = min(row[1], bottom) - max(row[0], top)
            beside = x0 >= row[3] or x1 <= row[2]
            if beside and overlap >= DEFAULT_SIDE_BY_SIDE * min(bottom - top, row[1] - row[0]):
                row[4].extend(line)
                row[2], row[3] = min(row[2], x0), max(row[3], x1)
                break
        else:
            rows.append([top, bottom, x0, x1, list(line)])
    return [sorted(row[4], key=lambda w: w["x0"]) for row in rows]


#: Two recognised lines are one row when their heights overlap by this share of the smaller one.
DEFAULT_SIDE_BY_SIDE = 0.5


def _middle_extent(line: list[dict]) -> tuple[float, float]:
    """The line's height as its typical word has it (a descender or an accent on one word, or a stamp
    mark read as a word, does not stretch it)."""
    tops = sorted(w["top"] for w in line)
    bottoms = sorted(w["bottom"] for w in line)
    return tops[len(tops) // 2], bottoms[len(bottoms) // 2]


#: A recognised line's first word is a list mark read as characters when it is this short at most …
DEFAULT_MARK_CHARS = 3
#: … and the gap after it is at least this share of its height (a space between words is about a third).
DEFAULT_MARK_GAP = 0.9
#: A word that may be a list or part label as Tesseract reads it (``II.``, ``IL``, ``1.``, ``a)``).
_LABEL_LIKE = re.compile(r"^(?:[IVXLl1]{1,5}[.,:)]?|\d{1,3}[.)]?|[A-Za-z][.)])$")
_LABEL = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*[.)]?|[A-Za-zĐđ][.)]|[IVXLC]{1,6}[.)]?|\(\w{1,3}\))$")


def _line_heads(words: list[dict]) -> dict[object, int]:
    """Each of Tesseract's lines (a word's ``line``) and the index of its first word, the leftmost."""
    firsts: dict[object, int] = {}
    for k, w in enumerate(words):
        at = firsts.get(w.get("line"))
        if at is None or w["x0"] < words[at]["x0"]:
            firsts[w.get("line")] = k
    return firsts


def recognised_list_marks(words: list[dict]) -> list[dict]:
    """A recognised page's words with each bullet Tesseract read as characters (``ÖÒ``, ``°Ò``, ``«``: no
    Vietnamese word, no list label, no digit) and set apart from the text after it made the list mark ``-``: a
    line's first word only, of Tesseract's own lines (``line``)."""
    from ..encodings import is_syllable

    out = words
    for line, k in _line_heads(words).items():
        w = words[k]
        text = w["text"]
        if line is not None and _DASH_RUN.match(text) and _word_after(words, k).get("text", "")[:1].isupper():
            out = list(words) if out is words else out
            out[k] = {**w, "text": "-"}  # ``——_- Kết quả: …``: the dash, with specks glued to it
            continue
        if line is None or len(text) > DEFAULT_MARK_CHARS or _LABEL.match(text) or any(ch.isdigit() for ch in text):
            continue
        if text.isalpha() and is_syllable(text):
            continue
        nxt = _word_after(words, k)
        if not nxt:
            continue
        if nxt["x0"] - w["x1"] < DEFAULT_MARK_GAP * (w["bottom"] - w["top"]):
            continue
        if not nxt["text"][:1].isupper() or _LABEL_LIKE.match(nxt["text"]):
            continue  # ``^    2    z …`` (specks read as a line), ``»    IL  NỘI DUNG`` (a part's label after a speck)
        if out is words:
            out = list(words)
        out[k] = {**w, "text": "-"}
    return out


#: A list number with specks read after its stop (``2._``, ``2.,``): the number, and marks that are no text.
_SPECKED_NUMBER = re.compile(r"^(?P<label>\d{1,2}[.)])[_,'`’‘~]+$")
#: A list's dash read with specks glued to it (``——_-``, ``_-``): dashes and underscores only, a dash among them.
_DASH_RUN = re.compile(r"^(?=.*[-–—])[-–—_~]{2,6}$")
#: A recognised line of specks (``^  2  ⁄  z  ^ …``): this many words at least, none of two letters or more, and
#: at least this share of them no letter or digit at all.
DEFAULT_SPECK_WORDS = 4
DEFAULT_SPECK_SHARE = 0.5


def without_speck_lines(words: list[dict]) -> list[dict]:
    """A recognised page's words without its lines of specks (a stamp's edge, a shadow Tesseract read as marks),
    which would cut the sentence they stand in; a line of numbers or of words stays."""
    lines: dict[object, list[int]] = {}
    for k, w in enumerate(words):
        lines.setdefault(w.get("line"), []).append(k)
    dropped: set[int] = set()
    for line, ks in lines.items():
        texts = [words[k]["text"] for k in ks]
        if line is None or len(texts) < DEFAULT_SPECK_WORDS:
            continue
        if any(sum(ch.isalpha() for ch in t) >= 2 for t in texts):
            continue
        bare = sum(1 for t in texts if not any(ch.isalnum() for ch in t))
        if bare >= DEFAULT_SPECK_SHARE * len(texts):
            dropped.update(ks)
    return [w for k, w in enumerate(words) if k not in dropped] if dropped else words


#: A sub-item's number whose stop between its levels was read as a comma (``6,2.``).
_COMMA_LEVELS = re.compile(r"^(\d{1,2}),(\d{1,2})\.$")


def _word_after(words: list[dict], k: int) -> dict:
    """The word after ``words[k]`` on its line (Tesseract's ``line``), or an empty dict."""
    w = words[k]
    after = [v for v in words if v.get("line") == w.get("line") and v["x0"] > w["x0"]]
    return min(after, key=itemgetter("x0")) if after and w.get("line") is not None else {}


#: Letters Tesseract reads for a list number's digit (``4.`` as ``A.``, ``5.`` as ``S.``).
DIGIT_LOOKALIKES = {"A": "4", "l": "1", "I": "1", "O": "0", "o": "0", "S": "5", "s": "5", "B": "8", "G": "6", "b": "6"}
_NUMBER_LABEL = re.compile(r"^(\d{1,2})([.)])$")
_LETTER_LABEL = re.compile(r"^([A-Za-z])([.)])$")
#: Two labels of one list start within this share of a line's height of each other.
DEFAULT_INDENT_SLACK = 1.0
#: The list numbers of the pages before that are kept for the next page (its first label's neighbours).
DEFAULT_NUMBERS_KEPT = 50


def recognised_list_numbers(
    words: list[dict], before: list[tuple[int, float]] | None = None
) -> tuple[list[dict], list[tuple[int, float]]]:
    """A recognised page's words with a list's number Tesseract read as a letter (``3.`` / ``A.`` / ``5.``) read as
    that number: a line's first word, a letter that looks like the missing digit, between the numbers before and
    after it at the same indent (other lines between them, items of its own, are passed over; ``before``, the
    numbers of the pages before with their indents, for a label at a page's top); and the numbers so far."""
    heads = sorted(_line_heads(words).values(), key=lambda k: (words[k]["top"], words[k]["x0"]))
    earlier = list(before or [])
    out = words
    for i, k in enumerate(heads):
        w = words[k]
        specked = _SPECKED_NUMBER.match(w["text"])
        comma = _COMMA_LEVELS.match(w["text"]) if specked is None else None
        label = specked.group("label") if specked else None
        if (
            comma is not None and _word_after(words, k).get("text", "")[:1].isupper()
        ):  # ``6,2.  Phối hợp …``: the levels' stop
            label = comma.group(1) + "." + comma.group(2) + "."
        if label is None:
            label = _comma_number(words, heads, i, earlier)
        if label is not None:  # ``2._``: a speck by the stop read as a mark glued to the number
            if out is words:
                out = list(words)
            w = out[k] = {**w, "text": label}
        number = _NUMBER_LABEL.match(w["text"])
        if number:
            earlier.append((int(number.group(1)), w["x0"]))
            continue
        m = _LETTER_LABEL.match(w["text"])
        digit = DIGIT_LOOKALIKES.get(m.group(1)) if m else None
        if m is None or digit is None:
            continue
        slack = DEFAULT_INDENT_SLACK * (w["bottom"] - w["top"])
        prev = next((n for n, x0 in reversed(earlier) if abs(x0 - w["x0"]) <= slack), None)
        after = _number_at(words, heads[i + 1 :], w["x0"], slack)
        if prev is None or after is None or not prev + 1 == int(digit) == after - 1:
            continue
        if out is words:
            out = list(words)
        out[k] = {**w, "text": digit + m.group(2)}
        earlier.append((int(digit), w["x0"]))
    return out, earlier[-DEFAULT_NUMBERS_KEPT:]


def _number_at(words: list[dict], heads, x0: float, slack: float) -> int | None:
    """The number of the first numbered label among the line heads ``heads`` that starts at ``x0`` (within
    ``slack``): the lines between, an item's own text or its bullets, are passed over; a number whose stop was read
    as a comma (``3,``) counts."""
    for k in heads:
        if abs(words[k]["x0"] - x0) > slack:
            continue
        m = _NUMBER_LABEL.match(words[k]["text"]) or _COMMA_NUMBER.match(words[k]["text"])
        if m:
            return int(m.group(1))
    return None


#: A list number whose stop Tesseract read as a comma (a bold ``1.`` as ``1,``), specks before it (``*+2,``).
_COMMA_NUMBER = re.compile(r"^[*+_'`~]{0,2}(\d{1,2}),$")


def _comma_number(words: list[dict], heads: list[int], i: int, earlier: list[tuple[int, float]]) -> str | None:
    """The label (``3.``) when the line head ``heads[i]`` is a list's number read with a comma for its stop: a
    capital after it, and the number before it at its indent one less or the one after it one more (``tháng`` /
    ``3, Ủy ban …``, a date wrapped, has neither)."""
    w = words[heads[i]]
    m = _COMMA_NUMBER.match(w["text"])
    if m is None or not _word_after(words, heads[i]).get("text", "")[:1].isupper():
        return None
    n, slack = int(m.group(1)), DEFAULT_INDENT_SLACK * (w["bottom"] - w["top"])
    prev = next((v for v, x0 in reversed(earlier) if abs(x0 - w["x0"]) <= slack), None)
    if prev == n - 1 or _number_at(words, heads[i + 1 :], w["x0"], slack) == n + 1:
        return f"{n}."
    return None
