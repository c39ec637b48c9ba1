"""Ruled tables of a PDF page, read as cells.

The task tables of plans (Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành) carry the
obligations; laid out line by line their cells are lost.  Word and LibreOffice print a table's borders
as path objects — stroked line segments, or thin filled rectangles — so the grid can be rebuilt from the
page's drawing: horizontal and vertical rules, merged where they are drawn in pieces, make a table where
they cross.  The words of the text layer are then put into the cells by their centre.

Coordinates are top-down points from the top-left corner of the page box, as the words'
(:mod:`vbparse.read.pdfium_words`).  Tables drawn with rules on only one axis (common in Vietnamese
documents: horizontal lines only) or none are found by their aligned columns
(:mod:`vbparse.read.aligned_tables`, from this page's horizontal rules); tables of scans are not read as cells.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass
from functools import partial
from itertools import pairwise
from typing import Any

from .lines import group_lines
from .pdfium_lean import lean_raw

#: Rules this close (in points) are one: collinear pieces of a border, the two lines of a double border,
#: and a vertical that stops short of the horizontal it meets.  A real column or row is wider.
DEFAULT_SNAP = 3.0
#: A filled rectangle at most this thick (in points) is a rule; thicker ones are shading.
DEFAULT_MAX_THICKNESS = 3.0
#: A segment leaning less than this (in points, end to end) is horizontal or vertical.
DEFAULT_SKEW = 0.5
#: Rules shorter than this (in points) after merging are not borders (a dash, a corner tick).
DEFAULT_MIN_RULE = 5.0
#: A colour channel at least this bright on all three is white: Word prints the borders of layout
#: tables it hides (a header or a whole body set in a borderless table) as white lines.
DEFAULT_WHITE = 235
#: A table has at least this many rows and columns (a boxed paragraph or a signature frame has one).
DEFAULT_MIN_ROWS = 2
DEFAULT_MIN_COLS = 2


@dataclass(frozen=True)
class Grid:
    """A ruled table: its column and row boundaries, and which inner rules are drawn.

    ``walls[r][j]`` says that a vertical rule separates columns ``j`` and ``j + 1`` in row ``r``;
    ``floors[i][c]`` that a horizontal rule separates rows ``i`` and ``i + 1`` in column ``c``.  A missing
    one is a merged cell.
    """

    xs: tuple[float, ...]
    ys: tuple[float, ...]
    walls: tuple[tuple[bool, ...], ...]
    floors: tuple[tuple[bool, ...], ...]
    #: the columns' borders are drawn (a cell's width is known); a table of aligned text columns
    #: (``aligned_tables``) has its columns' bounds guessed from the text
    ruled: bool = True

    @property
    def n_rows(self) -> int:
        return len(self.ys) - 1

    @property
    def n_cols(self) -> int:
        return len(self.xs) - 1

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        """``(x0, top, x1, bottom)``."""
        return self.xs[0], self.ys[0], self.xs[-1], self.ys[-1]


@dataclass
class Rule:
    """A horizontal (``at`` = y, from ``lo`` to ``hi`` in x) or vertical (``at`` = x, ``lo``..``hi`` in y) rule."""

    at: float
    lo: float
    hi: float


# --- rules from the page's paths -------------------------------------------------------------------


@dataclass(frozen=True)
class Rules:
    """The straight rules a page draws, in the words' coordinates, collinear pieces merged."""

    horizontal: list[Rule]
    vertical: list[Rule]


def ruled_grids(page: Any, *, snap: float = DEFAULT_SNAP) -> list[Grid]:
    """The ruled tables of an open ``pypdfium2.PdfPage`` (form XObjects included), top to bottom."""
    return grids_of(page_rules(page, snap=snap), snap=snap)


def grids_of(rules: Rules, *, snap: float = DEFAULT_SNAP) -> list[Grid]:
    """The tables where a page's horizontal and vertical rules cross."""
    return _grids(rules.horizontal, rules.vertical, snap=snap)


def page_rules(page: Any, *, snap: float = DEFAULT_SNAP, objects: int | None = None) -> Rules:
    """Every rule of an open ``pypdfium2.PdfPage`` (form XObjects included), or of its first ``objects``
    objects (a page's own, before the annotations flattened after them)."""
    left, _bottom, _right, top = page.get_bbox()
    reader = _PathReader(left, top)
    reader.walk_page(page.raw, objects)
    return merged_rules(reader.horizontal, reader.vertical, snap)


def merged_rules(horizontal: list[Rule], vertical: list[Rule], snap: float = DEFAULT_SNAP) -> Rules:
    """Rules found in pieces (a path's segments, an image's rows of ink) with their collinear pieces merged."""
    return Rules(_merge(horizontal, snap), _merge(vertical, snap))


_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _compose(inner: tuple[float, ...], outer: tuple[float, ...]) -> tuple[float, ...]:
    """The matrix applying ``inner`` then ``outer`` (PDF row-vector convention)."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


#: A filled path whose box is smaller than this both ways (points) cannot hold a table's rule.
DEFAULT_MIN_TABLE_RULE = 12.0


class _PathReader:
    """The rules of a page's path objects, in the words' coordinates.  The ctypes out-parameters are made
    once a page, not once a path: a page of a Word table or of glyphs drawn as outlines holds thousands."""

    def __init__(self, left: float, top: float) -> None:
        self.raw = raw = lean_raw()
        self.left, self.top = left, top
        self.horizontal: list[Rule] = []
        self.vertical: list[Rule] = []
        self._ints = (ctypes.c_int(), ctypes.c_int())
        self._int_refs = tuple(ctypes.byref(v) for v in self._ints)
        self._colour = tuple(ctypes.c_uint() for _ in range(4))
        self._colour_refs = tuple(ctypes.byref(v) for v in self._colour)
        self._floats = tuple(ctypes.c_float() for _ in range(4))
        self._float_refs = tuple(ctypes.byref(v) for v in self._floats)
        self._point = (ctypes.c_float(), ctypes.c_float())
        self._point_refs = tuple(ctypes.byref(v) for v in self._point)
        self._matrix = raw.FS_MATRIX()
        self._matrix_ref = ctypes.byref(self._matrix)

    def walk_page(self, page_raw: Any, objects: int | None = None) -> None:
        raw = self.raw
        count = raw.FPDFPage_CountObjects(page_raw) if objects is None else objects
        self._walk(count, partial(raw.FPDFPage_GetObject, page_raw), _IDENTITY)

    def _walk(self, count: int, get: Any, matrix: tuple[float, ...]) -> None:
        raw = self.raw
        get_type, path, form = raw.FPDFPageObj_GetType, raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_FORM
        top = matrix is _IDENTITY  # the page's own objects, not a form XObject's
        for k in range(count):
            obj = get(k)
            kind = get_type(obj)
            if kind == path:
                self._path_rules(obj, _compose(self._object_matrix(obj), matrix), top)
            elif kind == form:
                inner = _compose(self._object_matrix(obj), matrix)
                self._walk(raw.FPDFFormObj_CountObjects(obj), partial(raw.FPDFFormObj_GetObject, obj), inner)

    def _object_matrix(self, obj: Any) -> tuple[float, ...]:
        m = self._matrix
        if not self.raw.FPDFPageObj_GetMatrix(obj, self._matrix_ref):
            return _IDENTITY
        return (m.a, m.b, m.c, m.d, m.e, m.f)

    def _add(self, x0: float, y0: float, x1: float, y1: float, filled: bool) -> None:
        # page space (bottom-up) → top-down from the page box's top-left corner
        x0, x1 = sorted((x0 - self.left, x1 - self.left))
        t0, t1 = sorted((self.top - y0, self.top - y1))
        w, h = x1 - x0, t1 - t0
        limit = DEFAULT_MAX_THICKNESS if filled else DEFAULT_SKEW
        if h <= limit and w > h:
            self.horizontal.append(Rule((t0 + t1) / 2, x0, x1))
        elif w <= limit and h > w:
            self.vertical.append(Rule((x0 + x1) / 2, t0, t1))

    def _visible(self, obj: Any, getter: Any) -> bool:
        if not getter(obj, *self._colour_refs):
            return True
        r, g, b, a = (v.value for v in self._colour)
        return a > 0 and min(r, g, b) < DEFAULT_WHITE

    def _small(self, obj: Any, matrix: tuple[float, ...]) -> bool:
        if not self.raw.FPDFPageObj_GetBounds(obj, *self._float_refs):
            return False
        x0, y0, x1, y1 = (v.value for v in self._floats)
        scale = max(abs(matrix[0]) + abs(matrix[2]), abs(matrix[1]) + abs(matrix[3]), 1.0)  # inside a form XObject
        return (x1 - x0) * scale < DEFAULT_MIN_TABLE_RULE and (y1 - y0) * scale < DEFAULT_MIN_TABLE_RULE

    def _path_rules(self, obj: Any, matrix: tuple[float, ...], top: bool) -> None:
        """Rules of one path object: each straight axis-parallel segment of a stroked path, and each thin
        subpath of a filled one (its box in page space), in visible (not white) ink.  Subpaths with curves
        are drawings, not borders.  ``top``: one of the page's own objects, not a form XObject's."""
        raw = self.raw
        fill_mode, stroke = self._ints
        if not raw.FPDFPath_GetDrawMode(obj, *self._int_refs):
            return
        if not stroke.value and self._small(obj, matrix):
            return  # a filled shape too small to hold a table's rule: a glyph drawn as an outline, a dot
        stroked = bool(stroke.value) and self._visible(obj, raw.FPDFPageObj_GetStrokeColor)
        filled = fill_mode.value != raw.FPDF_FILLMODE_NONE and self._visible(obj, raw.FPDFPageObj_GetFillColor)
        if not (stroked or filled):
            return
        if filled and not stroke.value and top and matrix[1] == matrix[2] == 0 and self._one_straight_subpath(obj):
            # Word draws a table's borders as filled thin rectangles, thousands a page: the box pdfium gave
            # ``_small`` (the path's points through its matrix, which keeps the axes) is the subpath's
            x0, y0, x1, y1 = (v.value for v in self._floats)
            self._add(x0, y0, x1, y1, True)
            return
        for points, is_closed in self._straight_subpaths(obj, matrix):
            if filled:
                xs = [p[0] for p in points]
                ys = [p[1] for p in points]
                self._add(min(xs), min(ys), max(xs), max(ys), True)
            if stroked:
                ends = points + [points[0]] if is_closed else points
                for (x0, y0), (x1, y1) in pairwise(ends):
                    self._add(x0, y0, x1, y1, False)

    def _one_straight_subpath(self, obj: Any) -> bool:
        """Whether the path is one subpath of two points or more without a curve (its segments' kinds read,
        not their points)."""
        raw = self.raw
        count = raw.FPDFPath_CountSegments(obj)
        if count < 2:
            return False
        for s in range(count):
            seg = raw.FPDFPath_GetPathSegment(obj, s)
            if not seg:
                return False
            kind = raw.FPDFPathSegment_GetType(seg)
            if kind == raw.FPDF_SEGMENT_BEZIERTO or (kind == raw.FPDF_SEGMENT_MOVETO) != (s == 0):
                return False
        return True

    def _straight_subpaths(self, obj: Any, matrix: tuple[float, ...]) -> list[tuple[list[tuple[float, float]], bool]]:
        """The subpaths of a path without curves, as points in page space, and whether each is closed."""
        raw = self.raw
        a, b, c, d, e, f = matrix
        x, y = self._point
        point_refs = self._point_refs
        subpaths: list[list[tuple[float, float]]] = []
        curved: list[bool] = []
        closed: list[bool] = []
        for s in range(raw.FPDFPath_CountSegments(obj)):
            seg = raw.FPDFPath_GetPathSegment(obj, s)
            if not seg or not raw.FPDFPathSegment_GetPoint(seg, *point_refs):
                continue
            point = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
            kind = raw.FPDFPathSegment_GetType(seg)
            if kind == raw.FPDF_SEGMENT_MOVETO or not subpaths:
                subpaths.append([point])
                curved.append(False)
                closed.append(False)
            else:
                subpaths[-1].append(point)
                curved[-1] = curved[-1] or kind == raw.FPDF_SEGMENT_BEZIERTO
            if raw.FPDFPathSegment_GetClose(seg):
                closed[-1] = True
        return [
            (points, is_closed)
            for points, is_curved, is_closed in zip(subpaths, curved, closed)
            if not is_curved and len(points) >= 2
        ]


# --- rules → grids ---------------------------------------------------------------------------------


def _merge(rules: list[Rule], snap: float) -> list[Rule]:
    """Collinear pieces (``at`` within ``snap``, touching or overlapping) as one rule."""
    out: list[Rule] = []
    rows: list[list[Rule]] = []
    for r in sorted(rules, key=lambda r: r.at):
        if rows and r.at - rows[-1][0].at <= snap:
            rows[-1].append(r)
        else:
            rows.append([r])
    for row in rows:
        at = sum(r.at for r in row) / len(row)
        current: Rule | None = None
        for r in sorted(row, key=lambda r: r.lo):
            if current is not None and r.lo <= current.hi + snap:
                current.hi = max(current.hi, r.hi)
                continue
            current = Rule(at, r.lo, r.hi)
            out.append(current)
    return [r for r in out if r.hi - r.lo >= DEFAULT_MIN_RULE]


def _crosses(h: Rule, v: Rule, snap: float) -> bool:
    return h.lo - snap <= v.at <= h.hi + snap and v.lo - snap <= h.at <= v.hi + snap


def _cluster(values: list[float], snap: float) -> list[float]:
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= snap:
            out[-1].append(v)
        else:
            out.append([v])
    return [sum(c) / len(c) for c in out]


def _covers(rules: list[Rule], at: float, point: float, snap: float) -> bool:
    return any(abs(r.at - at) <= snap and r.lo - snap <= point <= r.hi + snap for r in rules)


def _grids(horizontal: list[Rule], vertical: list[Rule], *, snap: float = DEFAULT_SNAP) -> list[Grid]:
    """Tables where horizontal and vertical rules cross.  A rule that meets fewer than two rules of the
    other direction is not a border (an underline under a header line, a stray tick); the rest fall into
    groups of rules that meet, and each group of at least ``DEFAULT_MIN_ROWS`` × ``DEFAULT_MIN_COLS``
    cells is a table."""
    hs, vs = _merge(horizontal, snap), _merge(vertical, snap)
    while True:  # dropping a rule can leave another with too few crossings
        keep_h = [h for h in hs if sum(_crosses(h, v, snap) for v in vs) >= 2]
        keep_v = [v for v in vs if sum(_crosses(h, v, snap) for h in keep_h) >= 2]
        if len(keep_h) == len(hs) and len(keep_v) == len(vs):
            break
        hs, vs = keep_h, keep_v
    # groups of rules that meet (union-find over horizontals and verticals)
    parent = list(range(len(hs) + len(vs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, h in enumerate(hs):
        for j, v in enumerate(vs):
            if _crosses(h, v, snap):
                parent[find(i)] = find(len(hs) + j)
    groups: dict[int, tuple[list[Rule], list[Rule]]] = {}
    for i, h in enumerate(hs):
        groups.setdefault(find(i), ([], []))[0].append(h)
    for j, v in enumerate(vs):
        groups.setdefault(find(len(hs) + j), ([], []))[1].append(v)
    grids = []
    for g_h, g_v in groups.values():
        ys = _cluster([h.at for h in g_h], snap)
        xs = _cluster([v.at for v in g_v], snap)
        if len(ys) - 1 < DEFAULT_MIN_ROWS or len(xs) - 1 < DEFAULT_MIN_COLS:
            continue
        walls = tuple(tuple(_covers(g_v, x, (y0 + y1) / 2, snap) for x in xs[1:-1]) for y0, y1 in pairwise(ys))
        floors = tuple(tuple(_covers(g_h, y, (x0 + x1) / 2, snap) for x0, x1 in pairwise(xs)) for y in ys[1:-1])
        grids.append(Grid(tuple(xs), tuple(ys), walls, floors))
    return sorted(grids, key=lambda g: (g.ys[0], g.xs[0]))


# --- words → cells ---------------------------------------------------------------------------------


def table_rows(
    grid: Grid, words: list[dict], *, keep_columns: bool = False, bands: list[int] | None = None
) -> tuple[list[list[str]], set[int]]:
    """The rows of ``grid`` as lists of cell texts, and the indexes in ``words`` of the words used.

    A word belongs to the cell its centre lies in; a cell's words are read line by line, top-down and
    left to right, joined with single spaces (its wrapped lines too), its paragraphs with ``PART_GAP``
    (``cell_text``) when the grid is ruled (a cell's width is known).  Cells with no rule between them are
    one merged cell: across columns it is one cell of the row, down rows its text is in its first row and
    the rows below have an empty cell in its place (as a DOCX vertically merged cell).  Rows with no text
    are dropped.

    ``keep_columns`` follows a cell merged across columns with an empty cell for each further column it
    covers, so that every row has ``grid.n_cols`` cells and a cell's index is its column: a ``| a | b |``
    row carries no spans, and later stages read a task table's columns (chủ trì, phối hợp, thời hạn) by
    their index.  ``bands``, when given, receives the grid row of each row returned (where it stands on
    the page: ``grid.ys[band]``)."""
    n_rows, n_cols = grid.n_rows, grid.n_cols
    # merged cells: union-find over (row, col)
    parent = list(range(n_rows * n_cols))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for r in range(n_rows):
        for c in range(n_cols):
            if c + 1 < n_cols and not grid.walls[r][c]:
                parent[find(r * n_cols + c)] = find(r * n_cols + c + 1)
            if r + 1 < n_rows and not grid.floors[r][c]:
                parent[find(r * n_cols + c)] = find((r + 1) * n_cols + c)
    first_row: dict[int, int] = {}
    for i in range(n_rows * n_cols):
        first_row.setdefault(find(i), i // n_cols)
    members: dict[int, list[dict]] = {}
    used: set[int] = set()
    for k, w in enumerate(words):
        row = _slot(grid.ys, (w["top"] + w["bottom"]) / 2)
        col = _slot(grid.xs, (w["x0"] + w["x1"]) / 2)
        if row is None or col is None:
            continue
        members.setdefault(find(row * n_cols + col), []).append(w)
        used.add(k)
    bounds: dict[int, tuple[float, float]] = {}  # each cell's left and right border, merged cells whole
    for i in range(n_rows * n_cols):
        c = i % n_cols
        left, right = bounds.get(find(i), (grid.xs[c], grid.xs[c + 1]))
        bounds[find(i)] = (min(left, grid.xs[c]), max(right, grid.xs[c + 1]))
    texts = {
        cell: cell_text(group_lines(ws), *bounds[cell])
        if grid.ruled
        else " ".join(w["text"].strip() for line in group_lines(ws) for w in line if w["text"].strip())
        for cell, ws in members.items()
    }
    rows = []
    for r in range(n_rows):
        cells: list[str] = []
        last = None
        for c in range(n_cols):
            cell = find(r * n_cols + c)
            if cell == last:
                if keep_columns:
                    cells.append("")
                continue
            last = cell
            cells.append(texts.get(cell, "") if first_row[cell] == r else "")
        if any(cells):
            rows.append(cells)
            if bands is not None:
                bands.append(r)
    return rows, used


#: What parts a cell's paragraphs in a row's text (``| 1. | Kiểm kê kho | Lê Văn An  Trần Thị Bình |``): two
#: spaces, which no line of words joined by the reader holds; ``layout.pipe_row_cells`` reads them as the cell's
#: parts, as a DOCX cell's paragraphs are (one name a paragraph in a team's task table).
PART_GAP = "  "
#: The padding Word puts inside a cell, left and right (0.19 cm, in points): a line of centred or
#: right-aligned text has room for a word when its width and the word's fit between the paddings.
DEFAULT_CELL_PADDING = 5.4
#: Left-aligned lines start this close (in points) to one another.
DEFAULT_ALIGNED = 1.5


def cell_text(lines: list[list[dict]], left: float, right: float) -> str:
    """A cell's lines of words (``group_lines``) between its borders ``left`` and ``right``, as one text: a
    wrapped line goes on after a space, a paragraph's end (the next line's first word would have fitted on
    the line: ``ends_paragraph``) after ``PART_GAP``.  A cell that lists names one a line (``Lê Văn An`` /
    ``Trần Thị Bình``) is so two parts, a task wrapped over two lines one text."""
    lines = [[w for w in ln if w["text"].strip()] for ln in lines]
    lines = [ln for ln in lines if ln]
    if not lines:
        return ""
    starts = [ln[0]["x0"] for ln in lines]
    aligned = max(starts) - min(starts) <= DEFAULT_ALIGNED  # left-aligned: its padding is where lines start
    padding = min(starts) - left if aligned and len(lines) > 1 else DEFAULT_CELL_PADDING
    room = right - left - 2 * max(padding, 0.0)
    out = " ".join(w["text"].strip() for w in lines[0])
    for above, line in pairwise(lines):
        gap = PART_GAP if ends_paragraph(above, line[0], room) else " "
        out += gap + " ".join(w["text"].strip() for w in line)
    return out


def ends_paragraph(line: list[dict], nxt: dict, room: float) -> bool:
    """Whether ``line`` (its words) ends a paragraph: the word ``nxt`` that opens the next line, after a
    space as wide as one of its characters, would have fitted on it within ``room`` (the cell's width
    inside its padding), so the writer broke the line there.  Whatever the line's alignment: its width is
    measured, not where it ends.  A line that opens in lower case goes on with the one above: a paragraph never
    opens so (``Kiểm`` / ``tra``)."""
    if nxt["text"][:1].islower():
        return False
    word = nxt["x1"] - nxt["x0"]
    space = word / max(len(nxt["text"].strip()), 1)
    return (line[-1]["x1"] - line[0]["x0"]) + space + word <= room


def _slot(bounds: tuple[float, ...], value: float) -> int | None:
    """Index ``i`` with ``bounds[i] <= value < bounds[i + 1]``, or None outside."""
    if not bounds[0] <= value < bounds[-1]:
        return None
    for i in range(len(bounds) - 1):
        if value < bounds[i + 1]:
            return i
    return None
