"""Positioned words (text-layer words, OCR words, pieces of words) grouped into the lines of a page."""

from __future__ import annotations


def group_lines(words: list[dict]) -> list[list[dict]]:
    """Group words into lines: a word joins the line its vertical extent overlaps most (by at least
    half of the smaller height), so raised fill-ins, descenders and small dashes stay on their line."""
    lines: list[list] = []  # [top, bottom, words]
    for w in sorted(words, key=lambda w: (w["top"] + w["bottom"]) / 2):
        h = max(1.0, w["bottom"] - w["top"])
        best = None
        best_overlap = 0.0
        for ln in lines[-4:]:
            overlap = min(ln[1], w["bottom"]) - max(ln[0], w["top"])
            need = 0.5 * min(h, ln[1] - ln[0])
            if overlap >= need and overlap > best_overlap:
                best, best_overlap = ln, overlap
        if best is None:
            lines.append([w["top"], w["bottom"], [w]])
        else:
            best[2].append(w)
            if len(best[2]) <= 3:  # let the line settle on its first words, not every descender
                best[0] = min(best[0], w["top"])
                best[1] = max(best[1], w["bottom"])
    out = [sorted(ln[2], key=lambda w: w["x0"]) for ln in lines]
    out.sort(key=lambda ln: min(w["top"] for w in ln))
    return out


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
        for row in rows[-4:]:
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
