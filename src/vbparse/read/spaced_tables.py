"""Task tables laid out with spaces (``pdftotext -layout``): columns aligned down the page, cells wrapped over lines.

::

                                              Thời gian     Chủ trì
    STT        Nhiệm vụ                                                  the header: its cells parted by gaps of
                                              hoàn thành    thực hiện    two spaces or more, over a few lines
                                                            Sở Tài
     1     Kiểm kê tài sản công tại các       Quý II        chính        a row: its number in the first column,
           đơn vị sự nghiệp                                              its cells wrapped over lines above and
                                                                         below it (centred) or from it down (top)

The header's gaps are where the columns part; the lines below may fill part of a gap (a cell's text runs wider than
its header) but never all of it, except a group row's title across the table (``I   Cải cách thể chế``) or the
prose after the table, which ends it.  A printed page's break repeats the header (its columns laid out anew) and
puts the page's number between.  Rows open at their numbers in sequence (``1``, ``2`` … and ``I``, ``II`` …).  A
cell printed centred in its row has as many lines above its row's middle as below, so the lines between two numbers
are cut where every column's cells are most nearly centred on them (the number itself may sit a line off the middle:
the offset that centres the most is taken).  A row cut by a page's break is one row: its cells' lines at the foot of
one page and at the top of the next (past the form feed, the page's number and the repeated header) are joined per
column, and only its part on its number's page is held to the centring.  A header on the next page that names other
cells, or rows numbered from 1 again under it, is another table; a table whose cells are printed from the top has its rows parted by the
blank line above each number.  Only a header that names a task column and a lead, partner or person column is read.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..offsets import MappedText, TextBuilder
from ..pattern_cache import compiled
from ..tables.obligations import PERSON_NAME_LINE
from ..tables.table_columns import ROW_NUMBER_HEADER, names_task_and_who
from .base import CELL_SEPARATOR, Block, Cell
from .numbered_cells import follows, row_label, tables_in

#: A header has at least this many columns (the number's included) and is at most this many lines.
DEFAULT_MIN_COLUMNS = 3
DEFAULT_MAX_HEADER_LINES = 6
#: A header has at most this many lines below the ``STT`` line (a cell's first line opening a row in lower case
#: after a page's break looks like one).
DEFAULT_MAX_BELOW = 2
#: A header cell's line below the ``STT`` line is at most this long.
DEFAULT_MAX_HEAD_PIECE = 24
#: Two header cells are parted by at least this many spaces.
DEFAULT_HEADER_GAP = 2
#: Offsets (in lines) of a row's middle from its number's line that are tried: pdftotext puts a cell's lines at
#: its own line pitch, so a centred number may print a line above or below the middle of its cells.
DEFAULT_CENTRE_OFFSETS = (0.0, 0.5, 1.0, -0.5, -1.0)
#: A column's cells may start this many positions right of its (centred) header's first letter.
DEFAULT_EDGE_SLACK = 3
#: A table is read only when at most this share of its lines hold a run of words across a column's edge: where
#: cells touch (one space apart) on many lines, which words are whose is a guess, and the lines read as text
#: (their sentences name who does what) lose less than a table read wrong.
DEFAULT_MAX_COLLISIONS = 0.1
#: The cells of centred rows are off their rows' middles by at most this many lines a row, on average.
DEFAULT_MAX_ASYMMETRY = 1.0
#: What a row's cell opening on a word in lower case costs when the rows are cut (as a line off centre does).
DEFAULT_LOWER_OPENING = 1.0
#: A row is at most this many lines (a longer stretch without the next number is the text after the table).
DEFAULT_MAX_ROW_LINES = 60

_WORD = compiled(r"\S+")


@dataclass
class _Columns:
    """A header's columns: the first position of each (the number's column at 0), its text, and where its header's
    text ends and starts."""

    starts: list[int]
    heads: list[str]
    ends: list[int]
    heads_at: list[int]

    def of(self, pos: int) -> int:
        return max(k for k, s in enumerate(self.starts) if s <= pos or k == 0)


@dataclass
class SpacedTable:
    """A table found among layout lines: its first and last line, its header's lines, its columns by line (a
    page's header lays them out anew), and its rows as (number line, cells: column → its lines' segments)."""

    first: int
    last: int
    header: _Columns
    rows: list[dict[int, list[tuple[int, int, int]]]] = field(default_factory=list)
    widths: dict[int, int] = field(default_factory=dict)


def _segments(line: str) -> list[tuple[int, int]]:
    """A line's runs of words parted by ``DEFAULT_HEADER_GAP`` spaces or more."""
    out: list[tuple[int, int]] = []
    for m in _WORD.finditer(line):
        if out and m.start() - out[-1][1] < DEFAULT_HEADER_GAP:
            out[-1] = (out[-1][0], m.end())
        else:
            out.append((m.start(), m.end()))
    return out


def _header_lines(lines: Sequence[str], i: int) -> list[int]:
    """The header's lines around the ``STT`` line ``i``: those above it up to a blank line, and those below it that
    go on its cells in lower case or a bracket, in short pieces (``thành``, ``(Năm 2026)``; a row's first line opens
    in capitals, a row's line cut by a page is long)."""
    top = i
    while top > 0 and i - top < DEFAULT_MAX_HEADER_LINES and lines[top - 1].strip():
        top -= 1
    bottom = i
    while bottom + 1 < len(lines) and bottom - top < DEFAULT_MAX_HEADER_LINES and bottom - i < DEFAULT_MAX_BELOW:
        nxt = lines[bottom + 1]
        segs = _segments(nxt)
        if not segs or not all(
            (nxt[a].islower() or nxt[a] == "(") and e - a <= DEFAULT_MAX_HEAD_PIECE for a, e in segs
        ):
            break
        bottom += 1
    return list(range(top, bottom + 1))


def _columns(lines: Sequence[str], heads: list[int]) -> _Columns | None:
    """The columns of a header (its lines ``heads``): the runs of positions some header line fills, parted by
    positions none fills; None when the header names no task or no one."""
    width = max(len(lines[h]) for h in heads)
    filled = [False] * width
    for h in heads:
        for a, b in _segments(lines[h]):
            for p in range(a, b):
                filled[p] = True
    starts = [p for p in range(width) if filled[p] and (p == 0 or not filled[p - 1])]
    if len(starts) < DEFAULT_MIN_COLUMNS:
        return None
    ends = [*starts[1:], width]
    texts = [" ".join(lines[h][s:e].strip() for h in heads if lines[h][s:e].strip()) for s, e in zip(starts, ends)]
    if not ROW_NUMBER_HEADER.match(texts[0]) or not names_task_and_who(texts[1:]):
        return None
    text_ends = [max((p + 1 for p in range(s, e) if filled[p]), default=s) for s, e in zip(starts, ends, strict=True)]
    # until the body's lines say where a column's edge is, it starts in the middle of the gap before its header
    mids = [0, *((text_ends[k - 1] + starts[k] + 1) // 2 for k in range(1, len(starts)))]
    return _Columns(mids, texts, text_ends, starts)


def _is_header(line: str) -> bool:
    if not line.lstrip()[:5].lower().startswith(("stt", "tt", "số t")):
        return False  # the first cell is ``STT``, ``TT`` or ``Số TT``: asked of every line of a layout text
    segs = _segments(line)
    return bool(segs) and ROW_NUMBER_HEADER.match(line[segs[0][0] : segs[0][1]]) is not None and len(segs) >= 2


def _norm(heads: list[str]) -> list[str]:
    """A header's cells without their spaces (a repeated header is the same text, wrapped anew)."""
    return ["".join(h.split()).lower() for h in heads]


#: A page's number alone on its line, printed apart from the table's first column.
_PAGE_NUMBER = compiled(r"^\s{8,}\d{1,3}\s*$")


def spaced_tables(lines: Sequence[str]) -> list[SpacedTable]:
    """Every task table of layout ``lines`` laid out with spaces, in order."""
    return tables_in(lines, _is_header, lambda i: _table_at(lines, i))


@dataclass
class _Body:
    """A table's lines below its header: by line, the columns its page's header laid out, and the lines that are
    a row's number (with where in ``lines`` they are)."""

    cols: dict[int, _Columns] = field(default_factory=dict)
    numbers: list[int] = field(default_factory=list)
    last: int = -1
    #: The first line of each printed page after the first (the line its form feed opens).
    pages: list[int] = field(default_factory=list)


def _body(lines: Sequence[str], heads: list[int], cols: _Columns) -> _Body | None:
    """Walk the lines below the header: a page's number and a repeated header are left out (the header lays the
    columns out anew), a row opens at each number that follows the one before; the table ends at a line in the
    first column that is no such number, or after ``DEFAULT_MAX_ROW_LINES`` lines without one."""
    body = _Body()
    prev = group = None
    k = heads[-1] + 1
    since = 0
    repeated_at: int | None = None  # the first line of the last page's repeated header, before a number under it
    # a repeated header has as many lines below its ``STT`` line as the first: a cut row's next lines opening in
    # lower case under it are the row's, not the header's
    below = heads[-1] - next(h for h in heads if _is_header(lines[h]))
    while k < len(lines) and since < DEFAULT_MAX_ROW_LINES:
        line = lines[k].replace("\f", " ")
        if "\f" in lines[k]:
            body.pages.append(k)
        if _is_header(line):
            repeated = [j for j in _header_lines(lines, k) if j <= k + below]
            again = _columns(lines, repeated)
            if again is None or len(again.starts) != len(cols.starts) or _norm(again.heads) != _norm(cols.heads):
                break  # another table's header
            for j in repeated:  # its lines above the ``STT`` line were taken for the body's
                body.cols.pop(j, None)
            body.last = max(body.cols)
            repeated_at = repeated[0]
            cols, k = again, repeated[-1] + 1
            continue
        if not line.strip() or _PAGE_NUMBER.match(line):
            k += 1
            since += 1
            continue
        word = _WORD.search(line)
        assert word is not None
        label = row_label(word.group()) if word.start() < cols.heads_at[1] else None
        fits = label is not None and (follows(prev, group, label) if prev is not None else label.parts == (1,))
        if label is not None and fits:
            body.numbers.append(k)
            prev, since, repeated_at = label, 0, None
            group = label if label.group else group
        elif word.start() < cols.ends[0]:
            if label is not None and repeated_at is not None:
                # a row numbered anew under the same header on a new page: another table, its header and the
                # lines above its first number its own
                for j in [j for j in body.cols if j >= repeated_at]:
                    del body.cols[j]
                body.last = max(body.cols)
                body.pages = [p for p in body.pages if p < repeated_at]
            break  # a line at the margin that is no row's number: the text after the table
        body.cols[k] = cols
        body.last = k
        k += 1
        since += 1
    return body if body.numbers else None


def _refined(lines: Sequence[str], cols: _Columns, body: list[int]) -> _Columns:
    """The columns with each start moved to the left edge of its cells' text: the position between the two headers
    where most of the body's runs of words start (a cell's lines are aligned on its left edge, left of its centred
    header) and fewest words are cut through (the column before may run into the gap)."""
    starts = [0]
    words = [(m.start(), m.end()) for j in body for m in _WORD.finditer(lines[j].replace("\f", " "))]
    opens = [a for j in body for a, _ in _segments(lines[j].replace("\f", " "))]
    for k in range(1, len(cols.starts)):
        # the edge lies between the two headers' starts, or a little under the header (wider than its cells' text)
        lo, hi = max(cols.heads_at[k - 1] + 1, starts[-1] + 1), cols.heads_at[k] + DEFAULT_EDGE_SLACK

        def score(p: int) -> tuple[int, int]:
            # the left edge: no word cut through, and where most runs of words start
            starting = 2 * sum(1 for a in opens if a == p) + sum(1 for a, _ in words if a == p)
            return (sum(1 for a, e in words if a < p < e), -starting)

        starts.append(min(range(lo, hi + 1), key=score) if hi >= lo else cols.starts[k])
    return _Columns(starts, cols.heads, cols.ends, cols.heads_at)


def _pieces(line: str, cols: _Columns) -> list[tuple[int, int]]:
    """A line's runs of words (parted by two spaces or more), each cut at the space nearest a column's edge that
    falls inside it (pdftotext leaves one space between two cells where a proportional font's text nearly fills
    its column)."""
    out: list[tuple[int, int]] = []
    for a, e in _segments(line):
        pieces = [(a, e)]
        for edge in cols.starts[1:]:
            s0, e0 = pieces[-1]
            if not s0 + 1 < edge < e0:
                continue
            spaces = [p for p in range(s0, e0) if line[p] == " " and abs(p + 1 - edge) <= DEFAULT_EDGE_SLACK]
            if spaces:
                cut = min(spaces, key=lambda p: abs(p + 1 - edge))
                pieces[-1:] = [(s0, cut), (cut + 1, e0)]
        out += pieces
    return out


def _words_by_column(line: str, cols: _Columns) -> dict[int, list[tuple[int, int]]]:
    """A line's words by column: each of its :func:`_pieces` in the column it starts in."""
    out: dict[int, list[tuple[int, int]]] = {}
    for s0, e0 in _pieces(line, cols):
        col = out.setdefault(cols.of(s0), [])
        col += [(m.start() + s0, m.end() + s0) for m in _WORD.finditer(line[s0:e0])]
    return out


def _bands(
    body: _Body, present: dict[int, set[int]], ncols: int, lower: dict[int, set[int]] | None = None
) -> list[tuple[int, int]] | None:
    """Each row's lines ``[a, b)``: parted by the blank line above each number when the cells are printed from the
    top, else cut where the cells are most nearly centred on their rows' numbers (the best of the offsets)."""
    nums = body.numbers
    first, end = min(present), body.last + 1
    if all(not present.get(n - 1) for n in nums[1:]) and all(n - 1 not in present for n in nums[1:]):
        cuts = [first, *nums[1:], end]
        return list(itertools.pairwise(cuts))
    by_col = {c: sorted(k for k, cs in present.items() if c in cs) for c in range(1, ncols)}
    best: tuple[float, list[int]] | None = None
    for off in DEFAULT_CENTRE_OFFSETS:
        found = _centred_cuts(nums, first, end, by_col, off, body.pages, lower or {})
        if best is None or found[0] < best[0]:
            best = found
    assert best is not None
    if best[0] > DEFAULT_MAX_ASYMMETRY * len(nums):
        return None  # no offset centres the cells (cells opening mid-sentence count): aligned some other way
    cuts = best[1]
    return list(itertools.pairwise(cuts))


def _openings(by_col: dict[int, list[int]], a: int, b: int, lower: dict[int, set[int]] | None) -> float:
    """``DEFAULT_LOWER_OPENING`` for each column whose cell in lines ``[a, b)`` opens on a word in lower case."""
    if not lower:
        return 0.0
    total = 0.0
    for c, ks in by_col.items():
        lo = bisect.bisect_left(ks, a)
        if lo < len(ks) and ks[lo] < b and ks[lo] in lower.get(c, ()):
            total += DEFAULT_LOWER_OPENING
    return total


def _asymmetry(by_col: dict[int, list[int]], a: int, b: int, centre: float) -> float:
    """How far the cells of lines ``[a, b)`` are from centred on ``centre``, summed over the columns."""
    total = 0.0
    for ks in by_col.values():
        lo, hi = bisect.bisect_left(ks, a), bisect.bisect_left(ks, b)
        if lo < hi:
            total += abs((centre - ks[lo]) - (ks[hi - 1] - centre))
    return total


def _centred_cuts(
    nums: list[int],
    first: int,
    end: int,
    by_col: dict[int, list[int]],
    off: float,
    pages: Sequence[int] = (),
    lower: dict[int, set[int]] | None = None,
) -> tuple[float, list[int]]:
    """The cuts between rows (each in ``(nums[k], nums[k + 1]]``) that centre the cells best, and their cost.

    A row cut by a page's break (``pages``: the first line of each page after the first) is one row, its cells'
    lines on both pages its own; but each page prints its part of the row apart, the number centred in the part
    on its own page: only that part is measured, the lines the row has on the page before or after are free.
    Rows of even height can be cut centred in two ways (each row whole, or a short row and a long one in turn, each
    still centred on its number): a row whose cell opens on a word in lower case (the middle of a sentence) costs
    ``DEFAULT_LOWER_OPENING`` a column, which the rows cut whole do not."""
    # costs[c] = (cost of the rows so far with the last cut at c, the cuts)
    costs: dict[int, tuple[float, list[int]]] = {first: (0.0, [first])}
    for k, n in enumerate(nums):
        ends = range(n + 1, nums[k + 1] + 1) if k + 1 < len(nums) else [end]
        p = bisect.bisect_right(pages, n)
        top, foot = (pages[p - 1] if p else first), (pages[p] if p < len(pages) else end)
        nxt: dict[int, tuple[float, list[int]]] = {}
        for b in ends:
            for a, (cost, cuts) in costs.items():
                total = cost + _asymmetry(by_col, max(a, top), min(b, foot), n + off) + _openings(by_col, a, b, lower)
                if b not in nxt or total < nxt[b][0]:
                    nxt[b] = (total, [*cuts, b])
        costs = nxt
    return min(costs.values(), key=lambda x: x[0])


def _table_at(lines: Sequence[str], i: int) -> SpacedTable | None:
    heads = _header_lines(lines, i)
    cols = _columns(lines, heads)
    if cols is None:
        return None
    body = _body(lines, heads, cols)
    if body is None:
        return None
    # each page's columns refined by its own lines (a group row's title may run across the gaps: left out)
    pages: dict[int, list[int]] = {}
    for k, c in body.cols.items():
        pages.setdefault(id(c), []).append(k)
    refined = {
        key: _refined(lines, body.cols[ks[0]], [k for k in ks if not _group_line(lines[k], body.cols[k])])
        for key, ks in pages.items()
    }
    if _collisions(lines, body, refined) > DEFAULT_MAX_COLLISIONS * max(1, body.last - heads[-1]):
        return None
    words = {k: _words_by_column(lines[k].replace("\f", " "), refined[id(c)]) for k, c in body.cols.items()}
    present = {k: set(w) for k, w in words.items()}
    lower = {
        c: {k for k, w in words.items() if c in w and lines[k][w[c][0][0]].islower()} for c in range(len(cols.starts))
    }
    bands = _bands(body, present, len(cols.starts), lower)
    if bands is None:
        return None
    table = SpacedTable(heads[0], body.last, cols)
    for a, b in bands:
        row: dict[int, list[tuple[int, int, int]]] = {}
        for k in range(a, b):
            for col, spans in words.get(k, {}).items():
                row.setdefault(col, []).extend((k, s, e) for s, e in spans)
        table.rows.append(row)
    for k, w in words.items():
        for col, spans in w.items():
            start = refined[id(body.cols[k])].starts[col]
            table.widths[col] = max(table.widths.get(col, 0), spans[-1][1] - start)
    return table


def _collisions(lines: Sequence[str], body: _Body, refined: dict[int, _Columns]) -> int:
    """How many runs of words of the body still cross a column's edge once cut at the space nearest it (words
    printed across the edge, or a misplaced edge): cells one space apart are parted, not counted."""
    count = 0
    for k, c in body.cols.items():
        cols = refined[id(c)]
        count += sum(1 for a, e in _pieces(lines[k].replace("\f", " "), cols) if cols.of(a) != cols.of(e - 1))
    return count


def _group_line(line: str, cols: _Columns) -> bool:
    """A group row's line (``I    Cải cách thể chế``): its title may run across the columns."""
    segs = _segments(line.replace("\f", " "))
    label = row_label(line[segs[0][0] : segs[0][1]]) if segs and segs[0][0] < cols.starts[1] else None
    return label is not None and label.group is not None


def write_table(text: str, offsets: Sequence[int], table: SpacedTable, number: int) -> tuple[MappedText, list[Block]]:
    """The table's rows as blocks of cells (its header first), offsets into ``text``, numbered ``number``."""
    b = TextBuilder()
    blocks: list[Block] = []
    lines = text.split("\n")
    for r, row in enumerate(table.rows):
        if r:
            b.add_inserted("\n")
        row_start = b.length
        cells: list[Cell] = []
        for c in sorted(row):
            if cells:
                b.add_inserted(CELL_SEPARATOR)
            cell_start = b.length
            parts = _write_cell(b, lines, offsets, row[c], table.widths.get(c, 0), row_start)
            cells.append(Cell(cell_start - row_start, b.length - row_start, c, parts=parts))
        blocks.append(Block(table=number, row=r + 1, cells=cells))
    head = TextBuilder()
    h_cells: list[Cell] = []
    for c, h in enumerate(table.header.heads):
        if c:
            head.add_inserted(CELL_SEPARATOR)
        start = head.length
        head.add_replaced(h, offsets[table.first], 0)
        h_cells.append(Cell(start, head.length, c))
    head.add_inserted("\n")
    head.add_mapped(b.build())
    return head.build(), [Block(table=number, row=0, cells=h_cells), *blocks]


def _write_cell(
    b: TextBuilder,
    lines: list[str],
    offsets: Sequence[int],
    spans: list[tuple[int, int, int]],
    width: int,
    row_start: int,
) -> list[tuple[int, int]]:
    """A cell's words, a space between two, a paragraph (part) of its own from a line that opens after a line that
    ended short (the next word would have fitted in the column) or a name under a name."""
    parts: list[tuple[int, int]] = []
    part_start = b.length
    prev_line: int | None = None
    by_line: dict[int, list[tuple[int, int]]] = {}
    for k, s, e in spans:
        by_line.setdefault(k, []).append((s, e))
    for k, words in sorted(by_line.items()):
        text = " ".join(lines[k][s:e] for s, e in words)
        if prev_line is not None:
            prev = " ".join(lines[prev_line][s:e] for s, e in by_line[prev_line])
            first = lines[k][words[0][0] : words[0][1]]
            if len(prev) + 1 + len(first) <= width or (PERSON_NAME_LINE.match(prev) and PERSON_NAME_LINE.match(text)):
                parts.append((part_start - row_start, b.length - row_start))
                b.add_inserted(" ")
                part_start = b.length
            else:
                b.add_inserted(" ")
        for j, (s, e) in enumerate(words):
            if j:
                b.add_inserted(" ")
            b.add(lines[k][s:e], offsets[k] + s)
        prev_line = k
    parts.append((part_start - row_start, b.length - row_start))
    return parts
