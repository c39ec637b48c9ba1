"""Tables written one cell per line between lines that hold only ``|`` (web copies of HTML tables).

::

    |                       the row opens
    **TT**                  a cell: one line or more (its text wrapped, or one name per line)
    |                       the next cell
    **Nội dung/nhiệm vụ**
    |
    **Cơ quan chủ trì**
    |                       the row closes ...
    |                       ... and the next one opens
    1
    |

A row of N cells is N + 1 ``|`` lines, so the segments between ``|`` lines come in periods of N + 1 whose
last is empty (the gap between two rows); an empty cell is an empty segment too, which is why the row
length is read from the periods and not from the empty segments.  A table ends where a blank line falls
between two ``|`` lines: the text between two tables is separated from them by blank lines.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..pattern_cache import compiled
from ..tables.table_columns import ROW_NUMBER_HEADER

#: A table has at most this many columns.
DEFAULT_MAX_COLUMNS = 24
#: A row length longer than the first row's is read from this many periods at least.
DEFAULT_MIN_PERIODS = 3

_PIPE_ONLY = compiled(r"^\s*\|\s*$")
_WORDS = compiled(r"[\p{L}\p{N}]")
#: Markdown and blanks around a cell's text (``**STT**``).
_MARKUP = compiled(r"^[\s*_]+|[\s*_]+$")
#: A row's own number under a ``STT`` header (``2``, ``1.3``, ``IV``).
_ROW_NUMBER = compiled(r"^(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[A-Z])[.)]?$")


@dataclass
class CellTable:
    """One table: the line indexes of its first and last ``|`` lines, and its rows of cells, each cell the
    indexes of its lines (none for an empty cell).  ``opens``, when known, are the lines that open a paragraph of
    their cell (not its first): a cell of names one per line (``numbered_cells.py``) is read so, not re-wrapped."""

    first: int
    last: int
    rows: list[list[list[int]]]
    opens: frozenset[int] | None = None
    #: (row, column) of the cells that continue the one above (merged down), when known
    continued: frozenset[tuple[int, int]] = frozenset()

    @property
    def columns(self) -> int:
        return max((len(r) for r in self.rows), default=0)


def is_cell_separator(line: str) -> bool:
    return "|" in line and _PIPE_ONLY.match(line) is not None


def cell_tables(lines: Sequence[str], opens_part: Callable[[str], bool] | None = None) -> list[CellTable]:
    """Every table of ``lines`` written one cell per line, in order.  A segment whose first line
    ``opens_part`` (``PHỤ LỤC I``, a type line) is no cell: a closing laid out as a table row (``Nơi nhận`` |
    the signer) and the appendix printed right after it are two things, so the table ends before it and
    the next one begins after it."""
    pipes = [i for i, ln in enumerate(lines) if "|" in ln and _PIPE_ONLY.match(ln)]
    out: list[CellTable] = []
    run: list[int] = []
    for i in pipes:
        between = range(run[-1] + 1, i) if run else range(0)
        blank_between = any(not lines[k].strip() for k in between)
        if run and (blank_between or (opens_part is not None and _first_line_opens(lines, between, opens_part))):
            _close(lines, run, out)
            run = []
        run.append(i)
    _close(lines, run, out)
    return out


def _first_line_opens(lines: Sequence[str], between: range, opens_part: Callable[[str], bool]) -> bool:
    """Whether the first line with words between two ``|`` lines opens a part (a line of markup only, ``** **``,
    is passed over)."""
    first = next((lines[k] for k in between if _WORDS.search(lines[k])), None)
    return first is not None and opens_part(first)


def _close(lines: Sequence[str], run: list[int], out: list[CellTable]) -> None:
    if len(run) < 2:
        return
    segments = [[k for k in range(a + 1, b) if lines[k].strip()] for a, b in itertools.pairwise(run)]
    numbered: set[int] = set()
    if segments and segments[0] and ROW_NUMBER_HEADER.match(_MARKUP.sub("", lines[segments[0][0]])):
        numbered = {k for k, s in enumerate(segments) if s and _ROW_NUMBER.match(_MARKUP.sub("", lines[s[0]]))}
    out.append(CellTable(run[0], run[-1], _rows(segments, numbered)))


def _rows(segments: list[list[int]], numbered: set[int] | None = None) -> list[list[list[int]]]:
    """Segments into rows: by the period N + 1 that leaves every row gap empty (the first empty segment
    gives the likeliest N: a header row has no empty cell; a last row cut short is kept), else at every
    empty segment, but for a row that opens with its number (``numbered``: segments under a ``STT`` header)
    and has a gap after as many cells as the header: an empty cell of it is no gap.  One row of all the
    segments is a reading only when none of them is empty."""
    n_seg = len(segments)
    numbered_at = numbered or set()
    first_empty = next((k for k, s in enumerate(segments) if not s), n_seg)
    if first_empty < n_seg and _gaps_empty(segments, first_empty):
        return _split(segments, first_empty)
    for n in range(1, min(DEFAULT_MAX_COLUMNS, n_seg) + 1):
        periods = (n_seg + 1) // (n + 1)
        # a period longer than the first row (a header with an empty cell) is read only over three rows or more:
        # two rows of unequal length can fit one that runs across them; never when a row's number follows the
        # first empty segment (``STT | … |`` / ``**I** | title``: a gap between rows, groups of unequal length)
        beyond_first = first_empty < n < n_seg and (periods < DEFAULT_MIN_PERIODS or first_empty + 1 in numbered_at)
        fits = (n_seg + 1) % (n + 1) == 0 and _gaps_empty(segments, n) and (n < n_seg or first_empty == n_seg)
        if fits and not beyond_first:
            return _split(segments, n)
    return _rows_at_gaps(segments, first_empty, numbered_at)


def _rows_at_gaps(segments: list[list[int]], n: int, numbered: set[int]) -> list[list[list[int]]]:
    rows: list[list[list[int]]] = []
    i = 0
    while i < len(segments):
        if i in numbered and 2 <= n and (i + n >= len(segments) or not segments[i + n]):
            end = min(i + n, len(segments))
        else:
            end = next((k for k in range(i, len(segments)) if not segments[k]), len(segments))
        row = segments[i:end]
        i = end + 1
        if any(row):
            rows.append(row)
    return rows


def _gaps_empty(segments: list[list[int]], n: int) -> bool:
    return all(not segments[k] for k in range(n, len(segments), n + 1))


def _split(segments: list[list[int]], n: int) -> list[list[list[int]]]:
    return [segments[r : r + n] for r in range(0, len(segments), n + 1)]
