"""The ruled tables of a scanned page, found in its image.

A scan has no drawing to read borders from (``pdf_tables`` walks a text PDF's paths), and Tesseract reads a
table's columns one after the other, so a task table's cells interleave: each name of the ``Người thực hiện``
column lands under the tasks, not beside its own.  The borders are there in the image: runs of dark pixels far
longer than any stroke of a letter, horizontal and vertical.  They are turned into the same ``Rules`` a text
PDF's paths give, in points, and the same ``grids_of`` makes tables of them where they cross; the recognised
words are then put into the cells by their centre, as a text layer's are.

A run counts from ``DEFAULT_MIN_RULE_POINTS`` (a letter's stroke is shorter, a one-line row's border longer);
runs a few pixels apart and on one line (a thick or a slightly broken border) are merged as ``pdf_tables`` merges a
path's pieces.  A scan skewed more than a border's thickness over its length breaks its rules into pieces too short
to cross: such a table stays unread as cells, as before.
"""

from __future__ import annotations

from typing import Any

from .pdf_tables import DEFAULT_SNAP, Rule, Rules, merged_rules

#: A pixel darker than this (0–255, the red channel OCR reads) is ink.
DEFAULT_INK = 140
#: A horizontal or vertical run of ink at least this long (points) is a rule, not a stroke of a letter.
DEFAULT_MIN_RULE_POINTS = 14.0


def _runs(dark: Any, min_len: int) -> list[tuple[int, int, int]]:
    """``(row, start, end)`` of every run of True at least ``min_len`` long in each row of ``dark`` (2-D bool)."""
    import numpy as np

    padded = np.zeros((dark.shape[0], dark.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = dark
    edges = np.diff(padded, axis=1)
    rows, starts = np.nonzero(edges == 1)
    _rows_end, ends = np.nonzero(edges == -1)
    keep = (ends - starts) >= min_len
    return list(zip(rows[keep].tolist(), starts[keep].tolist(), ends[keep].tolist(), strict=True))


def image_rules(image: Any, scale: float, *, snap: float = DEFAULT_SNAP) -> Rules:
    """The horizontal and vertical rules of a page ``image`` (a PIL image, grey or its red channel) rendered at
    ``scale`` pixels per point, in the words' coordinates (points from the top-left corner)."""
    import numpy as np

    dark = np.asarray(image.convert("L") if image.mode != "L" else image) < DEFAULT_INK
    min_len = max(2, round(DEFAULT_MIN_RULE_POINTS * scale))
    horizontal = [Rule(y / scale, x0 / scale, x1 / scale) for y, x0, x1 in _runs(dark, min_len)]
    vertical = [Rule(x / scale, y0 / scale, y1 / scale) for x, y0, y1 in _runs(dark.T, min_len)]
    return merged_rules(horizontal, vertical, snap)
