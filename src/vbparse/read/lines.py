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
