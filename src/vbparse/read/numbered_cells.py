"""Task tables written one cell per line with no separator at all (LibreOffice's text export, maybe hard-wrapped).

::

    TT                          the header: a cell a line, from ``TT`` to the first row's number
    Nhiệm vụ thực hiện
    Người thực hiện
    Ghi chú
        1.                      a row opens with its number ...
    Rà soát hồ sơ               ... then one unit per cell: a paragraph (its wrapped lines),
    Đỗ Mạnh Cường               a cell of names one per line,
    Vũ Việt Linh
                                an empty cell (a blank line)
        2.                      the next number in sequence opens the next row

Nothing marks where a cell ends, so a row's lines are cut into as many cells as the header has columns after the
number: a break is sure where the line above was short (the next word would have fitted: a paragraph ended), and
a line that ran to the margin goes on into a next line in lower case; a line that ran to the margin before a line
in capitals, and two name lines in a row, are joined only as far as the row has more units than columns.  The
rows' numbers must follow each other (``1``, ``2`` … with group rows ``I``, ``II`` or ``A``, ``B`` between), so a
numbered list in prose is no table, and only a header that names a task column and a lead or partner column is
read (a table of targets by year names no one).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from ..pattern_cache import compiled
from ..tables.obligations import NAME_CELL_START, PERSON_NAME_LINE
from ..tables.table_columns import ROW_NUMBER_HEADER, names_task_and_who
from .cell_lines import CellTable
from .unwrap import Wrap, without_leading_markup

#: A header has at least and at most this many columns (the number's column included).
DEFAULT_MIN_COLUMNS = 3
DEFAULT_MAX_COLUMNS = 12
#: A header cell is at most this long (longer, the line is a paragraph of text).
DEFAULT_MAX_HEAD_CHARS = 60
#: A line of a cell of names is at most this long.
DEFAULT_MAX_NAME_CHARS = 60
#: A row's cells are looked for over at most this many lines (a row longer than that is text after the table).
DEFAULT_MAX_ROW_LINES = 120
#: A row's cells merge down over at most this many sub-rows.
DEFAULT_MAX_SUB_ROWS = 4
#: What joining two units costs: a line that ran to the margin and one in capitals or digits (a wrap before a
#: capital word or a date); the same after a sentence's end (more likely a cell's or a paragraph's end); two person
#: names; two bodies' names.  Cheaper joins are made first.
JOIN_WRAP = 1
JOIN_WRAP_AFTER_SENTENCE = 2
JOIN_PERSON = 3
JOIN_BODY = 4

#: A row's number alone on its line: ``1``, ``1.``, ``1.2``, ``I``, ``IV.``, ``A``.
_NUMBER_LINE = compiled(r"^\s*(?:(?P<arabic>\d{1,3}(?:\.\d{1,3})*)|(?P<roman>[IVX]{1,5})|(?P<letter>[A-H]))[.)]?\s*$")
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}


@dataclass(frozen=True)
class RowLabel:
    """A row's number: its parts (``1.2`` → (1, 2)), or a group's rank (``II`` → 2, ``B`` → 2) and kind."""

    parts: tuple[int, ...]
    group: str | None = None


def row_label(line: str) -> RowLabel | None:
    """A row's number alone on ``line`` (``1``, ``1.2.``, ``IV``, ``B``), or None."""
    m = _NUMBER_LINE.match(line)
    if m is None:
        return None
    if m.group("arabic"):
        return RowLabel(tuple(int(p) for p in m.group("arabic").split(".")))
    if m.group("roman"):
        rank = _ROMAN.get(m.group("roman"))
        return None if rank is None else RowLabel((rank,), "roman")
    return RowLabel((ord(m.group("letter")) - ord("A") + 1,), "letter")


def follows(prev: RowLabel, group: RowLabel | None, cand: RowLabel) -> bool:
    """Whether ``cand`` is the row number after ``prev`` (``group`` the last group row's): the next at the same level
    or one level down or up, ``1`` after a group row, the next group after a row of any kind."""
    if cand.group is not None:
        return group is not None and cand.group == group.group and cand.parts[0] == group.parts[0] + 1
    if prev.group is not None:
        return cand.parts == (1,)
    p, c = prev.parts, cand.parts
    return (
        (len(c) == len(p) and c[:-1] == p[:-1] and c[-1] == p[-1] + 1)
        or c == (*p, 1)
        or (len(c) < len(p) and c[:-1] == p[: len(c) - 1] and c[-1] == p[len(c) - 1] + 1)
    )


def _opens_table(label: RowLabel) -> bool:
    return label.parts == (1,)


class _Found(Protocol):
    last: int


_T = TypeVar("_T", bound=_Found)


def tables_in(lines: Sequence[str], opens: Callable[[str], bool], table_at: Callable[[int], _T | None]) -> list[_T]:
    """Every table of ``lines`` in order: read at each line that ``opens`` one, going on after the last line of
    each table found (the readers of tables laid out as text differ in what they read, not in how they scan)."""
    out: list[_T] = []
    i = 0
    while i < len(lines):
        table = table_at(i) if opens(lines[i]) else None
        if table is None:
            i += 1
            continue
        out.append(table)
        i = table.last + 1
    return out


def numbered_tables(lines: Sequence[str], wrap: Wrap | None) -> list[CellTable]:
    """Every task table of ``lines`` written one cell per line without separators, in order."""
    return tables_in(lines, is_row_number_header, lambda i: _table_at(lines, i, wrap))


def is_row_number_header(line: str) -> bool:
    """Whether ``line`` is a number column's header alone (``STT``, ``TT``, ``Số TT``, ``**TT**``):
    ``ROW_NUMBER_HEADER`` asked only of a line of five characters or fewer once stripped of white space and bold
    marks (the longest it matches), not of every line."""
    text = line.strip()
    if text[:1] in "*_" and text:
        text = text.strip("*_ ")  # ``**TT**``: a web copy's bold header
    return len(text) <= 5 and ROW_NUMBER_HEADER.match(text) is not None


def _header(lines: Sequence[str], i: int) -> list[int] | None:
    """The header's lines from the ``TT`` line ``i`` up to the first row's number; None when they are no task
    table's header."""
    heads = [i]
    k = i + 1
    while k < len(lines) and len(heads) <= DEFAULT_MAX_COLUMNS:
        text = lines[k].strip()
        label = row_label(text) if text else None
        if label is not None:
            break
        if not text or len(text) > DEFAULT_MAX_HEAD_CHARS:
            return None
        heads.append(k)
        k += 1
    if k >= len(lines) or not DEFAULT_MIN_COLUMNS <= len(heads) <= DEFAULT_MAX_COLUMNS:
        return None
    first = row_label(lines[k])
    if first is None or not _opens_table(first) or not names_task_and_who(lines[h].strip() for h in heads[1:]):
        return None
    return heads


def _header_cells(lines: Sequence[str], heads: list[int]) -> list[list[int]]:
    """The header's lines as its cells: a line that goes on in lower case or opens a bracket continues the cell
    above it (``Trách nhiệm`` / ``thực hiện``, ``Thời gian`` / ``(Năm 2026)``: a cell's own line breaks)."""
    cells: list[list[int]] = []
    for h in heads:
        visible = without_leading_markup(lines[h])  # ``**thực hiện**``, ``***(Năm 2026)***``
        if len(cells) > 1 and (visible[:1].islower() or visible[:1] == "("):
            cells[-1].append(h)
        else:
            cells.append([h])
    return cells


def _table_at(lines: Sequence[str], i: int, wrap: Wrap | None) -> CellTable | None:
    heads = _header(lines, i)
    if heads is None:
        return None
    header = _header_cells(lines, heads)
    if len(header) < DEFAULT_MIN_COLUMNS:
        return None
    width = len(header) - 1  # cells after the number
    rows: list[list[list[int]]] = [header]
    start = heads[-1] + 1
    prev = row_label(lines[start])
    group = prev if prev is not None and prev.group else None
    last = start
    continued: set[tuple[int, int]] = set()  # (row, column) of the empty cells of a row's sub-rows (merged down)
    while prev is not None:
        nxt = _next_number(lines, start, prev, group)
        cells = _fit(lines, range(start + 1, nxt), width, wrap) if nxt is not None else None
        if cells is None and nxt is not None:
            merged = _sub_rows(lines, range(start + 1, nxt), width, wrap)
            if merged is not None:
                first, *more = merged
                rows.append([[start], *first])
                continued.update((len(rows) + j, c) for j, sub in enumerate(more) for c, u in enumerate(sub) if not u)
                rows += more
                start, prev = nxt, row_label(lines[nxt])
                group = prev if prev is not None and prev.group else group
                continue
        if nxt is None or cells is None:
            data = [r for r in rows[1:] if len(r) == width + 1 and any(r[2:])]  # rows of data, no group rows
            last_empty = bool(data) and all(not r[-1] for r in data)
            cells, last = _last_row(lines, start + 1, width, wrap, last_empty=last_empty)
            rows.append([[start], *cells])
            break
        rows.append([[start], *cells])
        start, prev = nxt, row_label(lines[nxt])
        if prev is not None and prev.group:
            group = prev
    if len(rows) < 2:
        return None
    opens = frozenset(k for row in rows for cell in row for k in cell[1:] if _paragraph_opens(lines, k, wrap))
    return CellTable(i, max(last, i), rows, opens=opens, continued=frozenset(continued))


def _next_number(lines: Sequence[str], start: int, prev: RowLabel, group: RowLabel | None) -> int | None:
    for k in range(start + 1, min(len(lines), start + DEFAULT_MAX_ROW_LINES)):
        label = row_label(lines[k])
        if label is not None and follows(prev, group, label):
            return k
    return None


def _ran_to_margin(prev: str, nxt: str, wrap: Wrap | None) -> bool:
    """Whether ``prev`` was cut by the wrap: the first word of ``nxt`` would not have fitted after it."""
    if wrap is None:
        return False
    word = nxt.split(maxsplit=1)[0] if nxt.strip() else ""
    return len(prev.rstrip()) + 1 + len(word) > wrap.width


def _join_cost(prev: str, nxt: str, wrap: Wrap | None) -> int | None:
    """What joining line ``nxt`` onto the unit that ends with ``prev`` costs: 0 for a sure continuation, None
    where the two are surely two cells (a short line ended its paragraph, and they are no two names)."""
    a, b = prev.strip(), nxt.strip()
    if _ran_to_margin(prev, nxt, wrap):
        if b[:1].islower():
            return 0
        return JOIN_WRAP_AFTER_SENTENCE if a.endswith((".", ";", ":")) else JOIN_WRAP
    if len(a) <= DEFAULT_MAX_NAME_CHARS and len(b) <= DEFAULT_MAX_NAME_CHARS:
        if PERSON_NAME_LINE.match(a) and PERSON_NAME_LINE.match(b):
            return JOIN_PERSON
        if NAME_CELL_START.match(a) and NAME_CELL_START.match(b):
            return JOIN_BODY
    return None


def _paragraph_opens(lines: Sequence[str], k: int, wrap: Wrap | None) -> bool:
    """Whether line ``k`` of a cell (not its first) opens a paragraph of its own: the line above did not run to the
    margin (a name under a name)."""
    return not _ran_to_margin(lines[k - 1], lines[k], wrap)


def _units(lines: Sequence[str], span: Sequence[int], wrap: Wrap | None) -> tuple[list[list[int]], list[int | None]]:
    """The row's lines as units (sure continuations joined; a blank line an empty unit) and what joining each
    unit to the next costs (None: never)."""
    units: list[list[int]] = []
    costs: list[int | None] = []
    for k in span:
        if not lines[k].strip():
            if units:
                costs.append(None)
            units.append([])
            continue
        cost = _join_cost(lines[units[-1][-1]], lines[k], wrap) if units and units[-1] else None
        if cost == 0:
            units[-1].append(k)
            continue
        if units:
            costs.append(cost)
        units.append([k])
    return units, costs


def _fit(lines: Sequence[str], span: Sequence[int], width: int, wrap: Wrap | None) -> list[list[int]] | None:
    """The row's lines as ``width`` cells at most: its units, the cheapest joins made while there are too many;
    None when they cannot be made that few."""
    units, costs = _units(lines, span, wrap)
    while len(units) > width:
        best = min((c, -j) for j, c in enumerate(costs) if c is not None) if any(c is not None for c in costs) else None
        if best is None:
            return None
        j = -best[1]
        units[j : j + 2] = [units[j] + units[j + 1]]
        del costs[j]  # the merged unit ends where the second one did: the cost after it stays
    return units


def _sub_rows(lines: Sequence[str], span: Sequence[int], width: int, wrap: Wrap | None) -> list[list[list[int]]] | None:
    """A row whose cells merged down over sub-rows (one number, one task, several products and leads): LibreOffice
    writes each sub-row's merged cells as blank lines, so its lines are the row's ``width`` cells and then sub-rows
    of ``width + 1`` (their number's cell first, empty).  The first count of sub-rows that fits; None when none."""
    for more in range(1, DEFAULT_MAX_SUB_ROWS + 1):
        units = _fit(lines, span, width + more * (width + 1), wrap)
        if units is None:
            continue
        if len(units) != width + more * (width + 1):
            return None
        subs = [units[width + j * (width + 1) : width + (j + 1) * (width + 1)] for j in range(more)]
        if all(not sub[0] for sub in subs):
            return [units[:width], *subs]
    return None


def _last_row(
    lines: Sequence[str], start: int, width: int, wrap: Wrap | None, *, last_empty: bool
) -> tuple[list[list[int]], int]:
    """The last row's cells and its last line: its lines up to the first that fill the header's width and are not
    gone on from by the next (a wrapped line's rest, one more name), with an empty last cell when every row above
    had one (``Ghi chú``: else a blank line after the table, or names joined, would look as good); a row that never
    fills it ends before its first blank line.  What follows is the text after the table."""
    stop = min(len(lines), start + DEFAULT_MAX_ROW_LINES)
    for end in range(start + 1, stop + 1):
        units = _fit(lines, range(start, end), width, wrap)
        if units is None:
            break
        if last_empty and units[-1]:
            continue
        if len(units) == width and (end >= stop or not units[-1] or _row_ends(lines, end, wrap)):
            return _to_blank(lines, start, end, stop, width, wrap) or (units, end - 1)
    end = next((k for k in range(start, stop) if not lines[k].strip()), stop)
    units = _fit(lines, range(start, end), width, wrap) or _units(lines, range(start, end), wrap)[0]
    return units, end - 1


#: How many lines past a last row that fills the header's width are looked at for the blank line it may end at.
DEFAULT_LAST_ROW_LOOKAHEAD = 4


def _to_blank(
    lines: Sequence[str], start: int, end: int, stop: int, width: int, wrap: Wrap | None
) -> tuple[list[list[int]], int] | None:
    """The last row up to the blank line a few lines on, when its lines up to there still make the header's width
    of cells (``Lãnh đạo`` / ``Ban Quản lý …`` / ``Từ 20 giờ …`` / blank: the names one cell, the time the last);
    None when no blank line is that near or the lines do not fit."""
    blank = next((k for k in range(end, min(stop, end + DEFAULT_LAST_ROW_LOOKAHEAD)) if not lines[k].strip()), None)
    if blank is None or blank == end:
        return None
    units = _fit(lines, range(start, blank), width, wrap)
    return (units, blank - 1) if units is not None and len(units) == width and units[-1] else None


def _row_ends(lines: Sequence[str], end: int, wrap: Wrap | None) -> bool:
    """Whether the line ``end`` after a row that fills the header's width is no more of it: a blank line, or one
    that neither goes on with the line above nor is one more name under a name."""
    if not lines[end].strip():
        return True
    cost = _join_cost(lines[end - 1], lines[end], wrap)
    return cost is None or cost in (JOIN_WRAP, JOIN_WRAP_AFTER_SENTENCE)
