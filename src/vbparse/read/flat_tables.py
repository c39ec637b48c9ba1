"""Tables flattened into one paragraph: ``| STT | Nhiệm vụ | Cơ quan chủ trì | | 1 | Rà soát … | Sở A |``.

A web copy writes a table one cell per line between ``|`` lines (``cell_lines.py``); the same page saved
again, printed, converted to Word or to Markdown by a tool that joins a paragraph's lines, or hard-wrapped,
runs all of those lines into one paragraph: cells parted by `` | ``, rows by an empty cell (``| |``).  A
person still reads it as a table, row by row; so does this module, for a block of any reader (a Word
paragraph, an HTML ``<p>``, a PDF's or a text's paragraph, a pipe row that never ends): the block is
cut back into its ``|`` lines and its cells, the rows found by the period of their gaps as for a table one
cell per line, and laid out by the text reader's own table code, so that a flattened table and the table
it came from give the same rows.  Only a table whose header (among its first rows) names a task column and a
lead or partner column is rebuilt, and a closing's or header's row of a few bars: a paragraph with a few bars in
it is left as written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..offsets import MappedText, TextBuilder
from ..pattern_cache import compiled
from ..tables.table_columns import names_task_and_who
from ..zones import is_header_or_closing_line
from .base import Block, ReadResult
from .text import table_blocks

#: A flattened table has at least this many bars (a header of three cells and one row of three).
DEFAULT_MIN_BARS = 8
#: A flattened table goes on over at most this many blocks without a bar (one cell's list items).
DEFAULT_MAX_BARLESS = 20
#: A flattened layout row (a closing's or a header's cells) has at most this many bars: two rows of three cells.
DEFAULT_MAX_LAYOUT_BARS = 8
#: The header is looked for among this many rows (group rows may come first).
DEFAULT_HEADER_WITHIN = 4
#: ``|`` or pandoc's escaped ``\\|`` (a bar written by a converter that took it for text).
_BAR = compiled(r"\\?\|")
#: A row gap: two bars with nothing but blanks between them.
_GAP = compiled(r"\\?\|[ \t\xa0\n]*\\?\|")
#: Who a flattened task table's header must name beside the task: who leads or works with the lead.
_WHO = frozenset({"lead", "support"})


def _candidate(line: str) -> bool:
    return (line.count("|") >= DEFAULT_MIN_BARS and _GAP.search(line) is not None) or _layout_row_at(line) is not None


def _layout_row_at(line: str) -> int | None:
    """Where a flattened layout row opens (its first bar, before any word): a row whose cells hold a closing's
    or a header's lines (``| Nơi nhận: … | TM. ỦY BAN NHÂN DÂN … |``), which ends a part as the closing does."""
    stripped = line.lstrip()
    if not stripped.startswith(("|", "\\|")) or not 2 <= line.count("|") <= DEFAULT_MAX_LAYOUT_BARS:
        return None
    for cell in _BAR.split(line):
        first = next((ln.strip(" *_\t") for ln in cell.split("\n") if ln.strip(" *_\t")), "")
        if first and is_header_or_closing_line(first):
            return len(line) - len(stripped)
    return None


def _cell_lines(line: str, start: int) -> tuple[MappedText, int, int]:
    """The bars and cells of ``line`` from ``start`` one per line (a ``MappedText`` into ``line``), and where the
    first bar starts and the last one ends."""
    bars = list(_BAR.finditer(line, start))
    b = TextBuilder()
    for k, bar in enumerate(bars):
        if k:
            b.add_inserted("\n")
        b.add_replaced("|", bar.start(), bar.end() - bar.start())
        if k + 1 < len(bars):
            _add_lines(b, line, bar.end(), bars[k + 1].start(), first=False)
    return b.build(), bars[0].start(), bars[-1].end()


def _add_lines(b: TextBuilder, line: str, start: int, end: int, *, first: bool) -> int:
    """Each non-blank line of ``line[start:end]``, stripped, into ``b`` after a line break (none before the first
    when ``first``); how many were added."""
    added = 0
    at = start
    for piece in line[start:end].split("\n"):
        text = piece.strip()
        if text:
            if added or not first:
                b.add_inserted("\n")
            b.add(text, at + piece.index(text))
            added += 1
        at += len(piece) + 1
    return added


def _header_at(line: str) -> int | None:
    """Where the row that is a task table's header opens (its first bar), among the first rows: a table may
    open with its group's rows (``| B | PHÁT TRIỂN … | | I | Nông nghiệp |``) before its header."""
    opens = 0
    gaps = _GAP.finditer(line)
    for _ in range(DEFAULT_HEADER_WITHIN):
        gap = next(gaps, None)
        if gap is None:
            return None
        if names_task_and_who((c.strip(" *_\t\n") for c in _BAR.split(line[opens : gap.start() + 1])), _WHO):
            return opens
        opens = _BAR.search(line, gap.start() + 1).start()
    return None


def unflatten_tables(result: ReadResult) -> ReadResult:
    """``result`` with every flattened task table rebuilt as rows of cells (the same object when none is).

    A flattened table may have been cut into several blocks by a reader that took a wrapped line's start
    (``2.4 | …``, ``- 2030 | …``) for a new item: the blocks that go on with bars after it are its lines."""
    lines = result.mapped.text.split("\n")
    if len(lines) != len(result.blocks) or not any("|" in ln for ln in lines):
        return result
    rows_per_table: dict[int, int] = {}
    for blk in result.blocks:
        if blk.table is not None:
            rows_per_table[blk.table] = rows_per_table.get(blk.table, 0) + 1

    def loose(k: int) -> bool:
        """A paragraph, or a table row alone in its table (a flattened table's first line read as a pipe row)."""
        table = result.blocks[k].table
        return "|" in lines[k] and (table is None or rows_per_table.get(table) == 1)

    starts = [0]
    for ln in lines:
        starts.append(starts[-1] + len(ln) + 1)
    text = result.mapped.text
    next_table = max(rows_per_table, default=-1) + 1
    b = TextBuilder()
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        j = _group_end(i, lines, loose) if loose(i) else i
        # the group's lines as one text, its line breaks kept: a cell's lines stay lines of the cell
        joined = text[starts[i] : starts[j + 1] - 1] if loose(i) else ""
        rebuilt = _rebuild(joined, result.blocks[i], next_table) if _candidate(joined) else None
        if blocks:
            b.add("\n", starts[i] - 1)
        if rebuilt is None:
            b.add(lines[i], starts[i])
            blocks.append(result.blocks[i])
            i += 1
            continue
        sub, sub_blocks = rebuilt
        b.add_mapped(sub, starts[i])
        blocks += sub_blocks
        next_table = max((x.table + 1 for x in sub_blocks if x.table is not None), default=next_table)
        i = j + 1
    if len(blocks) == len(result.blocks) and all(x is y for x, y in zip(blocks, result.blocks, strict=True)):
        return result
    return replace(result, mapped=b.build().compose(result.mapped), blocks=blocks)


def _group_end(i: int, lines: list[str], loose: Callable[[int], bool]) -> int:
    """The last block of the flattened table that opens at block ``i``: the blocks after it that go on with bars,
    and the few without bars between them (a cell's list items, which a converter made items of their own)."""
    j = i
    while True:
        k = j + 1
        while k < len(lines) and k - j <= DEFAULT_MAX_BARLESS and "|" not in lines[k]:
            k += 1
        if k >= len(lines) or k - j > DEFAULT_MAX_BARLESS or not loose(k) or _opens_table(lines[k]):
            return j
        j = k


def _opens_table(line: str) -> bool:
    """A line that opens a flattened task table of its own (its first bar before any word, a header after)."""
    return line.lstrip().startswith(("|", "\\|")) and _header_at(line) is not None


def _rebuild(line: str, blk: Block, table: int) -> tuple[MappedText, list[Block]] | None:
    """The block's text and blocks with its flattened table as rows (text before and after it a paragraph
    each, with the block's hints); None when the block holds no task table."""
    header = _header_at(line)
    layout = header is None
    if header is None and blk.table is None:
        # a layout row run into a paragraph; a pipe row the reader already read as a row keeps its cells
        header = _layout_row_at(line)
    if header is None:
        return None
    snippet, first, last = _cell_lines(line, header)
    sub_mapped, sub_blocks = table_blocks(snippet.text, table)
    if not sub_blocks or (layout and any(x.table is not None for x in sub_blocks)):
        return None  # a layout row read as a data table is no layout row: left as written
    # a caption or the group rows above the header, and what follows the last bar: a paragraph a line each, with
    # the block's hints (a block of its own each: later stages may set a block's hints)
    b = TextBuilder()
    before = _add_lines(b, line, 0, first, first=True)
    if before:
        b.add_inserted("\n")
    b.add_mapped(sub_mapped.compose(snippet))
    after = _add_lines(b, line, last, len(line), first=False)
    paragraphs = [replace(blk, table=None, row=None, cells=None) for _ in range(before + after)]
    return b.build(), paragraphs[:before] + sub_blocks + paragraphs[before:]
