"""Tables a PDF prints without vertical rules: columns of text aligned down the page.

Word and LibreOffice tables are often printed with horizontal rules only, or none (``Table Normal``), so
:mod:`vbparse.read.pdf_tables` finds no grid, and laid out line by line their cells run together (``Rà soát,
đánh Sở Nội vụ Các sở, ban, Tháng``).  A table shows in its lines all the same: the gaps between its columns
(gutters) are blank on every line from its first row to its last, where prose fills them.  A run of lines
whose gutters stay blank, with at least ``DEFAULT_MIN_COLUMNS`` columns on ``DEFAULT_MIN_ROWS`` lines, is a
table (a row merged across columns ends it: what follows is a table of its own if it is one); its rows are parted by the horizontal rules drawn across it, else by the taller space that cell
padding leaves between rows, else by a first column that starts again (``1``, ``2``, ``3``).  The result is a
:class:`~vbparse.read.pdf_tables.Grid` of separate cells, read like a ruled one.

A two-column header or signature block never makes a table (two columns); nor does a single line whose day
is left blank (``ngày      tháng 3``): it stands alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from statistics import median

from .pdf_tables import Grid, Rule

#: Words further apart than this (points) stand in two columns: a table's cell margins leave at least 10 pt
#: between cells (0.19 cm each side in Word and LibreOffice), words of a sentence 3–4 pt.
DEFAULT_COLUMN_GAP = 9.0
#: A gutter narrower than this (points) after the lines below have filled part of it is no gutter.
DEFAULT_MIN_GUTTER = 4.0
#: A table has at least this many columns (two are a header or a signature block) and this many lines
#: with three or more of them.
DEFAULT_MIN_COLUMNS = 3
DEFAULT_MIN_ROWS = 3
#: Space between two lines, as a share of the line height, above which a new row begins (cell padding and
#: paragraph spacing: about one line; a cell's own wrapped lines are 0.2–0.6 apart).
DEFAULT_ROW_GAP = 0.75
#: A horizontal rule across at least this share of the table's width parts two rows.
DEFAULT_RULE_SPAN = 0.8


@dataclass
class _Block:
    lines: list[list[dict]]
    #: the gutters left blank by the lines down to each line (a line trimmed off gives its gutters back)
    gutters_to: list[list[tuple[float, float]]]

    @property
    def gutters(self) -> list[tuple[float, float]]:
        return self.gutters_to[-1]


def aligned_grids(lines: list[list[dict]], horizontal: list[Rule], taken: list[Grid]) -> list[Grid]:
    """The tables of a page's ``lines`` (words grouped into lines, top down) that no ruled grid in
    ``taken`` holds, as grids of separate cells."""
    free = [ln for ln in lines if ln and not any(_inside(ln, g) for g in taken)]
    grids: list[Grid] = []
    i = 0
    while i < len(free):
        block = _block_from(free, i)
        if block is None:
            i += 1
            continue
        grid, used = _grid(block, horizontal)
        if grid is not None:
            grids.append(grid)
        i += max(1, used)
    return grids


def _segments(line: list[dict]) -> list[tuple[float, float]]:
    """The x extents of a line's runs of words, parted at gaps wider than ``DEFAULT_COLUMN_GAP``."""
    out: list[tuple[float, float]] = []
    for w in line:
        if out and w["x0"] - out[-1][1] <= DEFAULT_COLUMN_GAP:
            out[-1] = (out[-1][0], max(out[-1][1], w["x1"]))
        else:
            out.append((w["x0"], w["x1"]))
    return out


def _block_from(lines: list[list[dict]], i: int) -> _Block | None:
    """The table that starts at line ``i``: from a line of three or more columns, the lines below while its
    gutters stay blank; None when it is no table."""
    first = _segments(lines[i])
    if len(first) < DEFAULT_MIN_COLUMNS:
        return None
    block = _Block([lines[i]], [[(a[1], b[0]) for a, b in pairwise(first)]])
    for line in lines[i + 1 :]:
        narrowed = _narrow(block.gutters, _segments(line))
        if len(narrowed) < len(block.gutters):  # a line across a gutter: prose, a heading, a merged cell
            break
        block.lines.append(line)
        block.gutters_to.append(narrowed)
    full = sum(1 for ln in block.lines if _columns_used(ln, block.gutters) >= DEFAULT_MIN_COLUMNS)
    return block if full >= DEFAULT_MIN_ROWS else None


def _narrow(gutters: list[tuple[float, float]], segments: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The gutters left blank by a line's segments: a segment reaching into a gutter narrows it; one
    crossing it (prose, or a cell merged across columns) or leaving less than ``DEFAULT_MIN_GUTTER`` of it
    closes it."""
    out = []
    for lo, hi in gutters:
        for x0, x1 in segments:
            if x0 <= lo and x1 >= hi:
                break
            if x0 < hi and x1 > lo:  # reaches in from one side
                if x0 <= lo:
                    lo = x1
                else:
                    hi = x0
        else:
            if hi - lo >= DEFAULT_MIN_GUTTER:
                out.append((lo, hi))
    return out


def _columns_used(line: list[dict], gutters: list[tuple[float, float]]) -> int:
    return len({_column(w, gutters) for w in line})


def _column(word: dict, gutters: list[tuple[float, float]]) -> int:
    centre = (word["x0"] + word["x1"]) / 2
    return sum(1 for lo, hi in gutters if centre > (lo + hi) / 2)


def _grid(block: _Block, horizontal: list[Rule]) -> tuple[Grid | None, int]:
    """The block's grid and how many of its lines it holds: rows at its end with one column only (a
    heading or a sentence after the table, short enough to fit the first column) are left to the text."""
    lines = block.lines
    x0 = min(w["x0"] for ln in lines for w in ln) - 1
    x1 = max(w["x1"] for ln in lines for w in ln) + 1
    tops = [min(w["top"] for w in ln) for ln in lines]
    bottoms = [max(w["bottom"] for w in ln) for ln in lines]
    starts = _row_starts(lines, tops, bottoms, block.gutters, horizontal, x0, x1)
    while (
        len(starts) > 1
        and len({_column(w, block.gutters_to[starts[-1] - 1]) for ln in lines[starts[-1] :] for w in ln}) < 2
    ):
        lines = lines[: starts.pop()]
    gutters = block.gutters_to[len(lines) - 1]
    if (
        len(starts) < 2
        or sum(1 for ln in lines if _columns_used(ln, gutters) >= DEFAULT_MIN_COLUMNS) < DEFAULT_MIN_ROWS
    ):
        return None, len(lines)  # one row (a list laid out in columns) or too few lines left: no table
    x1 = max(w["x1"] for ln in lines for w in ln) + 1
    xs = (x0, *((lo + hi) / 2 for lo, hi in gutters), x1)
    ys = [tops[0] - 1]
    ys += [(bottoms[k - 1] + tops[k]) / 2 for k in starts[1:]]
    ys.append(bottoms[len(lines) - 1] + 1)
    n_cols = len(xs) - 1
    walls = tuple(tuple(True for _ in range(n_cols - 1)) for _ in range(len(ys) - 1))
    floors = tuple(tuple(True for _ in range(n_cols)) for _ in range(len(ys) - 2))
    return Grid(xs, tuple(ys), walls, floors, ruled=False), len(lines)


def _row_starts(
    lines: list[list[dict]],
    tops: list[float],
    bottoms: list[float],
    gutters: list[tuple[float, float]],
    horizontal: list[Rule],
    x0: float,
    x1: float,
) -> list[int]:
    """The lines that begin a row: below a rule drawn across the table, else below a row's padding, else
    where the first column is written again."""
    across = [
        r.at
        for r in horizontal
        if r.hi - r.lo >= DEFAULT_RULE_SPAN * (x1 - x0)
        and r.lo <= x0 + (x1 - x0) * (1 - DEFAULT_RULE_SPAN)
        and tops[0] < r.at < bottoms[-1]
    ]
    if across:
        return [0] + [k for k in range(1, len(lines)) if any(bottoms[k - 1] - 1 <= y <= tops[k] + 1 for y in across)]
    height = median(b - t for t, b in zip(tops, bottoms))
    spaced = [k for k in range(1, len(lines)) if tops[k] - bottoms[k - 1] > DEFAULT_ROW_GAP * height]
    if spaced:
        return [0] + spaced
    return [0] + [k for k in range(1, len(lines)) if any(_column(w, gutters) == 0 for w in lines[k])]


def _inside(line: list[dict], grid: Grid) -> bool:
    middle = sum((w["top"] + w["bottom"]) / 2 for w in line) / len(line)
    return grid.ys[0] <= middle <= grid.ys[-1]
