"""Tables flattened into one paragraph: ``| STT | Nhiệm vụ | Cơ quan chủ trì | | 1 | Rà soát … | Sở A |``.

A web copy writes a table one cell per line between ``|`` lines (``cell_lines.py``); the same page saved
again, printed, converted to Word or to Markdown by a tool that joins a paragraph's lines, or hard-wrapped,
runs all of those lines into one paragraph: cells parted by `` | ``, rows by an empty cell (``| |``).  A
person still reads it as a table, row by row; so does this module, for a block of any reader (a Word
paragraph, an HTML ``<p>``, a PDF's or a text's paragraph, a pipe row that never ends): the block is
cut back into its ``|`` lines and its cells, the rows found by the period of their gaps as for a table one
cell per line, and laid out by the text reader's own table code, so that a flattened table and the table
it came from give the same rows.  Only a table whose first row is a task table's header (a task column
and a lead or deadline column) is rebuilt: a paragraph with a few bars in it is left as written.
"""

from __future__ import annotations

from dataclasses import replace

from ..offsets import MappedText, TextBuilder
from ..pattern_cache import compiled
from ..tables.obligations import column_kind
from .base import Block, ReadResult
from .text import table_blocks

#: A flattened table has at least this many bars (a header of three cells and one row of three).
DEFAULT_MIN_BARS = 8
#: ``|`` or pandoc's escaped ``\\|`` (a bar written by a converter that took it for text).
_BAR = compiled(r"\\?\|")
#: A row gap: two bars with nothing but blanks between them.
_GAP = compiled(r"\\?\|[ \t\xa0]*\\?\|")
#: What a task table's header must name: the task, and who leads or by when.
_TASK_KINDS = {"task"}
_OTHER_KINDS = {"lead", "support", "deadline"}


def _candidate(line: str) -> bool:
    return line.count("|") >= DEFAULT_MIN_BARS and _GAP.search(line) is not None


def _cell_lines(line: str) -> tuple[MappedText, int, int] | None:
    """The block's bars and cells one per line (a ``MappedText`` into the block's line), and where the first
    bar starts and the last one ends; None when the bars do not open a table's header."""
    bars = list(_BAR.finditer(line))
    b = TextBuilder()
    for k, bar in enumerate(bars):
        if k:
            b.add_inserted("\n")
        b.add_replaced("|", bar.start(), bar.end() - bar.start())
        if k + 1 < len(bars):
            seg = line[bar.end() : bars[k + 1].start()]
            text = seg.strip()
            if text:
                b.add_inserted("\n")
                b.add(text, bar.end() + seg.index(text))
    return b.build(), bars[0].start(), bars[-1].end()


def _header_names_tasks(line: str) -> bool:
    """Whether the cells before the first row gap make a task table's header."""
    gap = _GAP.search(line)
    if gap is None:
        return False
    heads = [c.strip(" *_\t") for c in _BAR.split(line[: gap.start() + 1])]
    kinds = {column_kind(h) for h in heads if h}
    return bool(kinds & _TASK_KINDS) and bool(kinds & _OTHER_KINDS)


def unflatten_tables(result: ReadResult) -> ReadResult:
    """``result`` with every flattened task table rebuilt as rows of cells (the same object when none is)."""
    lines = result.mapped.text.split("\n")
    if len(lines) != len(result.blocks) or not any(_candidate(ln) for ln in lines):
        return result
    rows_per_table: dict[int, int] = {}
    for blk in result.blocks:
        if blk.table is not None:
            rows_per_table[blk.table] = rows_per_table.get(blk.table, 0) + 1
    next_table = max(rows_per_table, default=-1) + 1
    b = TextBuilder()
    blocks: list[Block] = []
    pos = 0
    changed = False
    for line, blk in zip(lines, result.blocks, strict=True):
        if blocks:
            b.add("\n", pos - 1)
        lone_row = blk.table is None or rows_per_table.get(blk.table) == 1
        rebuilt = _rebuild(line, blk, next_table) if lone_row and _candidate(line) else None
        if rebuilt is None:
            b.add(line, pos)
            blocks.append(blk)
        else:
            sub, sub_blocks = rebuilt
            _append_shifted(b, sub, pos)
            blocks += sub_blocks
            next_table = max((x.table for x in sub_blocks if x.table is not None), default=next_table - 1) + 1
            changed = True
        pos += len(line) + 1
    if not changed:
        return result
    return replace(result, mapped=b.build().compose(result.mapped), blocks=blocks)


def _rebuild(line: str, blk: Block, table: int) -> tuple[MappedText, list[Block]] | None:
    """The block's text and blocks with its flattened table as rows (text before and after it a paragraph
    each, with the block's hints); None when the block holds no task table."""
    if not _header_names_tasks(line):
        return None
    cells = _cell_lines(line)
    if cells is None:
        return None
    snippet, first, last = cells
    sub_mapped, sub_blocks = table_blocks(snippet.text, table)
    if not any(x.table is not None for x in sub_blocks):
        return None
    b = TextBuilder()
    blocks: list[Block] = []
    before, after = line[:first], line[last:]
    if before.strip():
        lead = len(before) - len(before.lstrip())
        b.add(before.strip(), lead)
        blocks.append(replace(blk, table=None, row=None, cells=None))
    if blocks:
        b.add_inserted("\n")
    _append_shifted(b, sub_mapped.compose(snippet), 0)
    blocks += sub_blocks
    if after.strip():
        b.add_inserted("\n")
        b.add(after.strip(), last + after.index(after.strip()))
        blocks.append(replace(blk, table=None, row=None, cells=None))
    return b.build(), blocks


def _append_shifted(b: TextBuilder, m: MappedText, shift: int) -> None:
    """Add ``m``'s text to ``b``, its pieces pointing ``shift`` further into ``b``'s original."""
    n = len(m.text)
    for k, s in enumerate(m.starts):
        e = m.starts[k + 1] if k + 1 < len(m.starts) else n
        piece = m.text[s:e]
        if m.identity[k]:
            b.add(piece, m.orig[k] + shift)
        else:
            b.add_replaced(piece, m.orig[k] + shift, m.orig_len[k])
