"""Plain-text reader: UTF-8/UTF-16 decoding, Markdown remnants, layout-preserved text.

Three shapes of text arrive here:

* clean text, one paragraph per line (web copies, exports);
* the same with Markdown remnants (``## **KẾ HOẠCH**``, ``***Nơi nhận:***``, hard breaks ``  \\n``):
  the markers are removed from the text but kept as hints (bold, italic, heading level);
* layout text (``pdftotext -layout``): a two-column header and signature block laid out with
  spaces, and paragraphs wrapped at a fixed width, read by ``layout.py`` (which the PDF reader uses too).

Every output character keeps its position in the decoded original through ``MappedText``.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools

from ..offsets import MappedText, TextBuilder
from ..pattern_cache import compiled
from ..tables.obligations import NAME_CELL_START
from ..tables.patterns import APPENDIX, ESIGNATURE_LINE, GROUP_ROW_LABEL, PAGE_NUMBER_LINE, PREAMBLE_START
from ..tables.table_columns import ROW_NUMBER_HEADER, column_kind
from ..zones import is_header_or_closing_line, is_type_line, type_line_at
from .base import CELL_SEPARATOR, DEFAULT_BOLD_SHARE, Block, Cell, ReadError, ReadResult
from .cell_lines import CellTable, cell_tables, is_cell_separator
from .decode import decode_bytes
from .html import read_html
from .layout import (
    DEFAULT_FIT_SLACK,
    PIPE_RULE,
    TEXT_TABLE_BASE,
    LaidTable,
    broken_pipe_rows,
    first_line,
    line_offsets,
    looks_like_layout,
    pipe_row_cells,
    read_layout,
)
from .numbered_cells import numbered_tables
from .spaced_tables import spaced_tables, write_table
from .unwrap import (
    MD_ESCAPE,
    MD_ESCAPED,
    Wrap,
    bold_at_ends,
    bridged_heading,
    greedy_width,
    measure_wrap,
    paragraph_cut,
    paragraphs,
    printed_wrap,
)

#: Without a type line, a plain text's header is looked for up to the first preamble opener within this
#: many lines (a web copy's header table puts one cell per line).
DEFAULT_TEXT_HEADER_LINES = 80
# --- markdown -------------------------------------------------------------------------------------

_MD_HEADING = compiled(r"^[ \t]{0,3}(#{1,6})[ \t]+")
#: Emphasis markers, an escaped character matched first so that ``\\*`` is never one.  Four asterisks close a
#: bold run and open the next at once (``**Điều 1. Sắp xếp ****các đơn vị****  của tỉnh**``): two markers, the
#: run goes on.
_MD_EMPH = compiled(MD_ESCAPED + r"|\*{4}|\*{1,3}|(?<!\w)_{2,3}|_{2,3}(?!\w)")
_HAS_MD = compiled(
    r"(?m)^[ \t]{0,3}#{1,6}[ \t]|\*\*|(?<!\w)__"
    # pandoc's escaped list markers at a line's start: ``1\\.``, ``a\\)``, ``\\-``, ``\\*``, ``\\(2\\)``
    r"|^[ \t]{0,3}(?:\\[-*+][ \t]|\\\(|\w{1,4}\\[.)][ \t])"
)

#: What every match of ``_HAS_MD`` holds: a plain text without any is not searched (the pattern cost
#: 0.2 ms a document, most of it on texts with no Markdown at all).
_MD_MARKS = ("__", "#", "\\")


def _is_markdown(text: str) -> bool:
    """``_HAS_MD.search(text)``: ``**`` anywhere is Markdown at once (the search took 20 ms on a 4 000-character
    text whose first ``**`` came late); a text with none of the other marks is no Markdown."""
    if "**" in text:
        return True
    return any(mark in text for mark in _MD_MARKS) and _HAS_MD.search(text) is not None


def _hard_break_start(line: str) -> int:
    """Where a Markdown hard break (two spaces or a backslash at the end) begins; the line's length if none.
    Found from the end: a regex searched over a long run of spaces retries at every position (quadratic)."""
    kept = line.rstrip(" \t")
    if len(line) - len(kept) >= 2:
        return len(kept)
    return len(line) - 1 if line.endswith("\\") else len(line)


#: Escaped asterisks two or more in a row (``\\*\\*``): what pandoc writes for the bold marks of a run it could not
#: read as emphasis (``**3.**\\*\\* \\*\\*Tham gia …``), never the document's own characters: dropped.
_ESCAPED_STARS = compiled(r"(?:\\\*){2,}")


def _add_unescaped(seg: str, orig: int, b: TextBuilder) -> str:
    """Copy ``seg`` (at ``orig`` in the original) into ``b`` with each escaping backslash dropped (the escaped
    character keeps its own offset); return the text added."""
    out: list[str] = []
    last = 0
    stars = [(m.start(), m.end()) for m in _ESCAPED_STARS.finditer(seg)] if "\\*\\*" in seg else []
    for m in MD_ESCAPE.finditer(seg):
        if m.start() > last:
            b.add(seg[last : m.start()], orig + last)
            out.append(seg[last : m.start()])
        if not any(a <= m.start() < z for a, z in stars):
            b.add(m.group(1), orig + m.start(1))
            out.append(m.group(1))
        last = m.end()
    if not last:  # no escape at all
        b.add(seg, orig)
        return seg
    if last < len(seg):
        b.add(seg[last:], orig + last)
        out.append(seg[last:])
    return "".join(out)


def _markdown_line(line: str, offset: int, b: TextBuilder) -> Block:
    """Copy one line into ``b`` without Markdown markers; return its hints."""
    hint = Block()
    pos = 0
    m = _MD_HEADING.match(line)
    if m:
        hint.heading_level = len(m.group(1))
        pos = m.end()
    end = max(pos, _hard_break_start(line))
    body = line[pos:end]
    markers = [mk for mk in _MD_EMPH.finditer(body) if mk.group(1) is None]
    if (len(markers) + sum(len(mk.group()) == 4 for mk in markers)) % 2:
        # a run that spans lines opens or closes here (``*Hà Nội, ngày **24** tháng 11 năm`` / ``2025*``): the
        # edge marker is Markdown, and so are the pairs inside it; with no single edge, asterisks are literal
        edge = [mk for mk in markers if mk.start() == len(body) - len(body.lstrip()) or mk.end() == len(body.rstrip())]
        markers = markers if len(edge) == 1 else []
        if markers:
            hint.bold = True
    bold = False
    italic = False
    out_len = 0
    bold_chars = 0
    bold_prefix = 0
    prefix_open = True
    cur = 0
    visible = 0
    for mk in markers:
        seg = body[cur : mk.start()]
        if seg:
            seg = _add_unescaped(seg, offset + pos + cur, b)
            out_len += len(seg)
            stripped = seg.strip()
            if stripped:
                visible += len(stripped)
                if bold:
                    bold_chars += len(stripped)
                    if prefix_open:
                        bold_prefix = out_len
                elif prefix_open and visible:
                    prefix_open = False
        n = len(mk.group())
        if n in (2, 3) or mk.group().startswith("_"):
            bold = not bold
        if n in (1, 3):
            italic = not italic
            hint.italic = True
        cur = mk.end()
    seg = body[cur:]
    if seg:
        seg = _add_unescaped(seg, offset + pos + cur, b)
        stripped = seg.strip()
        if stripped:
            visible += len(stripped)
            if bold:
                bold_chars += len(stripped)
                if prefix_open:
                    bold_prefix = out_len + len(seg)
        out_len += len(seg)
    if visible and bold_chars >= visible * DEFAULT_BOLD_SHARE:
        hint.bold = True
    elif bold_prefix and markers:
        hint.bold_prefix = bold_prefix
    return hint


# --- entry points ---------------------------------------------------------------------------------

_CELL_SEP = compiled(r"^[\s|]*\|[\s|]*$")
#: A cell printed in emphasis (``**2**``, ``*1*``): an Arabic number so printed with at most a title labels a group.
_EMPHASISED_CELL = compiled(r"^\s*[*_]{1,2}\S")


#: A row's own number in a data table's number column (``2``, ``1.3``).
_ROW_NUMBER_CELL = compiled(r"^\d{1,3}(?:\.\d{1,3})*[.)]?$")


_RULE = compiled(r"^\s*[-_=*~]{3,}\s*$")
_MARKUP_EDGE = compiled(r"^[\s*_#]+")


def _opens_part(line: str) -> bool:
    """A line that opens an appendix or a document (``**PHỤ LỤC I**``, ``KẾ HOẠCH``): never a table's cell."""
    text = _MARKUP_EDGE.sub("", line).strip().rstrip("*").strip()
    return bool(APPENDIX.match(text) or is_type_line(text))


#: A raw HTML table inside Markdown (pandoc writes a table with merged or multi-paragraph cells so): its
#: opening tag at a line's start, and every opening and closing tag of a table (nested ones are counted).
_HTML_TABLE_OPEN = compiled(r"(?i)^[ \t]{0,3}<table(?:[\s>]|$)")
_HTML_TABLE_TAG = compiled(r"(?i)<(/?)table(?:[\s>]|$)")


def _html_table_end(lines: list[str], start: int) -> int | None:
    """The line that closes the raw HTML table opened at line ``start``; None when none closes it (then the
    ``<table`` is text)."""
    depth = 0
    for j in range(start, len(lines)):
        for m in _HTML_TABLE_TAG.finditer(lines[j]):
            depth += -1 if m.group(1) else 1
            if depth == 0:
                return j
    return None


#: A broken bold heading is looked for in this many lines before a blank line at most.
DEFAULT_BRIDGE_LINES = 8


#: A line of nothing but HTML tags that hold no text (pandoc keeps pdftohtml's page boxes so: ``</div>``,
#: ``<span id="2"></span>``, ``<div id="page2-div" style="…">``): blank to a reader of the page.  Tables are
#: read from their tags (``_HTML_TABLE_TAG``) and are not among these.
_BARE_TAGS_LINE = compiled(r"(?i)^\s*+(?:</?(?:div|span|a|p|br|hr|section|article|center|font)(?:\s[^<>]*)?/?>\s*+)+$")


def _without_comment_lines(lines: list[str]) -> list[str]:
    """``lines`` with every line that is all HTML comment made blank (spaces of its length: offsets hold): pandoc's
    ``<!-- -->`` between two lists it keeps apart, a scraped page's comments over one line or several. A reader
    of the rendered page sees nothing there; a comment within a line of text is left as it is."""
    out = list(lines)
    k = 0
    while k < len(out):
        if out[k].lstrip().startswith("<!--"):
            end = next((j for j in range(k, len(out)) if "-->" in out[j]), None)
            if end is not None and out[end].rstrip().endswith("-->") and "-->" not in out[end].rstrip()[:-3]:
                for j in range(k, end + 1):
                    out[j] = " " * len(out[j])
                k = end
        k += 1
    return out


#: A Markdown quotation's marks at a line's start (``> ``, ``> > ``): pandoc's for a paragraph Word indents (a
#: signature block, a quoted article), markup a reader of the page never sees.
_QUOTE_MARKS = compiled(r"^[ \t]{0,3}>(?:[ \t]*>)*[ \t]?")


def _unquoted(line: str) -> str:
    """``line`` with its quotation marks made spaces of their length (offsets hold); a ``>`` line alone is blank."""
    return _QUOTE_MARKS.sub(lambda m: " " * len(m.group()), line)


class _PlainText:
    """Plain or Markdown text into one block per paragraph (or table row).

    Web copies put the header and closing in tables written one cell per line (``cell_lines.py``), and
    may cut every line at a fixed width (``unwrap.py``): paragraphs are rejoined from their soft breaks,
    data tables rebuilt as rows of cells, and the header's and closing's cells laid out one after the other.
    """

    def __init__(self, text: str, wrap: Wrap | None = None, *, printed: bool = False) -> None:
        self.b = TextBuilder()
        #: the lines are a PDF's printed lines (``read_plain_lines``): no blank line sets a page's edge apart
        self.printed = printed
        self.blocks: list[Block] = []
        self.markdown = _is_markdown(text)
        self.text = text
        raw_lines, self.offsets = line_offsets(text)
        # a carriage return is a space to the text (same length: offsets hold), never part of a line's words
        self.lines = [ln.replace("\r", " ") for ln in raw_lines]
        if "<!--" in text:
            self.lines = _without_comment_lines(self.lines)
        if self.markdown and ">" in text:
            self.lines = [_unquoted(ln) if ln.lstrip().startswith(">") else ln for ln in self.lines]
        if "</" in text:
            self.lines = [" " * len(ln) if "<" in ln and _BARE_TAGS_LINE.match(ln) else ln for ln in self.lines]
        self.wrap = wrap or measure_wrap(self.lines)
        self.tables = 0
        self._first = True
        self._bridges: set[int] = set()

    # -- output

    def newline(self) -> None:
        if not self._first:
            self.b.add_inserted("\n")
        self._first = False

    def paragraph(self, indexes: list[int]) -> Block:
        """Copy lines (a paragraph, its soft breaks as spaces) into the text without Markdown markers: the
        line breaks become spaces of the same length, so that every character keeps its offset."""
        first = indexes[0]
        joined = self.lines[first]
        for prev, k in itertools.pairwise(indexes):
            # spaces stand where the line break was (and the blank lines of a bridged break): offsets hold
            joined += " " * (self.offsets[k] - self.offsets[prev] - len(self.lines[prev])) + self.lines[k]
        if self.markdown:
            return _markdown_line(joined, self.offsets[first], self.b)
        self.b.add(joined, self.offsets[first])
        return Block()

    # -- the header: cells of a web copy's header table, each a block

    def cell_line(self, line: str, offset: int) -> None:
        """One line of a header cell, its Markdown markers dropped as a paragraph's are: a bold run may open
        on one line of the cell and close on the next (``**ỦY BAN NHÂN`` / ``DÂN **``), and no marker is a
        character of the issuer's name."""
        if self.markdown:
            _markdown_line(line, offset, self.b)
        else:
            self.b.add(line, offset)

    def header(self, header_end: int) -> None:
        group: list[int] = []

        def flush_group() -> None:
            if not group:
                return
            self.newline()
            for k, gi in enumerate(group):
                if k:
                    self.b.add_inserted(" ")
                ln = self.lines[gi].rstrip()
                lead = len(ln) - len(ln.lstrip())
                self.cell_line(ln.strip(), self.offsets[gi] + lead)
            self.blocks.append(Block())
            group.clear()

        for i in range(header_end):
            ln = self.lines[i].rstrip()
            if _CELL_SEP.match(ln) or _RULE.match(ln) or not ln.strip():
                flush_group()
                continue
            if "|" in ln:
                flush_group()
                pos = 0
                for cell in ln.split("|"):
                    if cell.strip():
                        self.newline()
                        lead = len(cell) - len(cell.lstrip())
                        self.cell_line(cell.strip(), self.offsets[i] + pos + lead)
                        self.blocks.append(Block())
                    pos += len(cell) + 1
                continue
            group.append(i)
        flush_group()

    # -- the body

    def body(self, start: int) -> None:
        broken = broken_pipe_rows(self.lines)
        taken = broken.lines()
        # a broken pipe row's lines and the lone ``|`` between its rows are no cells of a table one cell per line
        grid_lines = [("" if i in taken else ln) for i, ln in enumerate(self.lines)] if taken else self.lines
        grids = {t.first: t for t in cell_tables(grid_lines, _opens_part) if t.first >= start}
        if not grids:
            # a task table exported one cell per line without any ``|`` (LibreOffice's text export)
            grids = {t.first: t for t in numbered_tables(self.lines, self.wrap) if t.first >= start}
        row = -1
        block: list[int] = []
        k = start
        while k < len(self.lines):
            line = self.lines[k]
            if k in broken.gaps:
                k += 1  # the lone ``|`` between two rows
                continue
            last = broken.rows.get(k)
            if last is not None:
                line = self.joined(k, last)
            # ``<table`` stands within a line's first four characters: most lines are not asked the pattern
            html_end = (
                _html_table_end(self.lines, k) if line.find("<", 0, 4) >= 0 and _HTML_TABLE_OPEN.match(line) else None
            )
            if html_end is not None and self.html_table(k, html_end):
                self.flush(block)
                row = -1
                k = html_end + 1
                continue
            grid = grids.get(k)
            blank = not line.strip()
            cells = None if grid is not None or blank else pipe_row_cells(line)
            bridged = grid is None and cells is None and blank and self._bridged(block, k)
            if not bridged and (grid is not None or cells is not None or blank or is_cell_separator(line)):
                self.flush(block)
            if grid is not None:
                self.grid(grid)
                row = -1
                k = grid.last + 1
                continue
            if cells is None:
                row = -1
            elif PIPE_RULE.match(line):
                self.newline()
                self.blocks.append(Block())  # ``|---|---|``: the row under a Markdown table's header
            elif row < 0 and _layout_row(line, cells):
                self.layout_row(line, cells, self.offsets[k])
                k = (last if last is not None else k) + 1
                continue
            else:
                if row < 0:
                    self.tables += 1
                row += 1
                self.newline()
                self.b.add(line, self.offsets[k])
                self.blocks.append(Block(table=TEXT_TABLE_BASE + self.tables - 1, row=row, cells=cells))
                if last is not None:
                    k = last + 1
                    continue
            if cells is None and not blank and not is_cell_separator(line):
                block.append(k)
            elif bridged:
                pass  # ``**3. Đề nghị …, Hội Liên hiệp**`` / blank / ``**Phụ nữ Thành phố …**``: one heading
            elif cells is None and blank:
                self.newline()
                self.blocks.append(Block())  # a blank line stays: it ends a title, a paragraph
            k += 1
        self.flush(block)

    def layout_row(self, line: str, cells: list[Cell], offset: int) -> None:
        """A pipe row that lays out a closing or a header in columns (``| Nơi nhận: … |  | KT. GIÁM ĐỐC … |``): each
        cell that holds text a paragraph of its own, in its column, as a table one cell per line lays them out."""
        filled = [c for c in cells if line[c.start : c.end].strip()]
        for n, cell in enumerate(filled):
            self.newline()
            self.cell_line(line[cell.start : cell.end], offset + cell.start)
            self.blocks.append(Block(column=None if len(filled) < 2 else ("left" if n == 0 else "right")))

    def html_table(self, first: int, last: int) -> bool:
        """A raw HTML table (lines ``first`` … ``last``) read as the web page reader reads one: its rows as
        rows of cells (a header's or closing's layout table as its cells' paragraphs); each line of it stands
        for the whole table in the original.  False when it holds no text (the lines are then read as text)."""

        start = self.offsets[first]
        end = self.offsets[last] + len(self.lines[last])
        # the blocks are written only once the table is read: a table that holds no text leaves no trace
        pending: list[tuple[str, Block]] = []
        try:
            res = read_html(self.text[start:end].encode("utf-8"))
        except ReadError:
            return False
        numbers: dict[int, int] = {}
        for text, blk in zip(res.mapped.text.split("\n"), res.blocks, strict=False):
            if blk.table is not None:
                if blk.table not in numbers:
                    self.tables += 1
                    numbers[blk.table] = TEXT_TABLE_BASE + self.tables - 1
                blk.table = numbers[blk.table]
            pending.append((text, blk))
        if not pending:
            return False
        for text, blk in pending:
            self.newline()
            self.b.add_replaced(text, start, end - start)
            self.blocks.append(blk)
        return True

    def joined(self, first: int, last: int) -> str:
        """Lines ``first`` … ``last`` as one line, each line break a space (offsets hold)."""
        out = self.lines[first]
        for k in range(first + 1, last + 1):
            out += " " * (self.offsets[k] - self.offsets[k - 1] - len(self.lines[k - 1])) + self.lines[k]
        return out

    def _bridged(self, block: list[int], k: int) -> bool:
        """Whether the blank line ``k`` falls inside a bold heading a web copy broke in two: the paragraph
        before it (``block``) a bold numbered heading in mixed case that has not ended its sentence, the
        next non-blank line a bold run that goes on with it (no label, not a zone line)."""
        if not block:
            return False
        nxt = next((j for j in range(k + 1, min(len(self.lines), k + 3)) if self.lines[j].strip()), None)
        if nxt is None or any(self.lines[j].strip() for j in range(k + 1, nxt)):
            return False
        if k in self._bridges:
            return True
        if paragraph_cut(self.lines[block[-1]], self.lines[nxt]):
            self._bridges.update(range(k, nxt + 1))  # ``… Tân Lập, Hòa Bình,`` / blank / ``Đồng Tâm, …``
            return True
        if self.wrap is not None and not self.wrap.blank_separated:
            return False
        if not bold_at_ends(self.lines[block[-1]], self.lines[nxt]):
            return False  # (most blank lines: asked before the paragraph before them is found again)
        para = self._paragraph_of(block[-DEFAULT_BRIDGE_LINES:])
        if any(j in self._bridges for j in para):
            return False  # one bridge per heading: a chain of them is no broken heading (and stays linear)
        prev = " ".join(self.lines[j].strip() for j in para)
        if not bridged_heading(prev, self.lines[nxt]):
            return False
        self._bridges.update(range(k, nxt + 1))
        return True

    def _paragraph_of(self, block: list[int]) -> list[int]:
        paras = paragraphs([self.lines[j] for j in block], self.wrap)
        return [block[j] for j in paras[-1]] if paras else []

    def flush(self, block: list[int]) -> None:
        """The paragraphs of consecutive non-blank lines, each a block (a bridged blank line joins two)."""
        if not block:
            return
        paras = [[block[j] for j in para] for para in paragraphs([self.lines[k] for k in block], self.wrap)]
        merged: list[list[int]] = []
        for para in paras:
            if merged and para[0] in self._bridges and merged[-1][-1] + 1 < para[0]:
                merged[-1].extend(para)
            else:
                merged.append(para)
        for para in merged:
            self.newline()
            hint = self.paragraph(para)
            if self._page_furniture(para):
                hint.footnote = True
            self.blocks.append(hint)
        block.clear()

    def _page_furniture(self, para: list[int]) -> bool:
        """A paragraph of one line that is a page's number after a blank line (a PDF's text without its page
        breaks; any such line of a page's printed lines), or the stamp a signer printed at that page's edge."""
        first = para[0]
        if len(para) != 1 or not first or not (self.printed or not self.lines[first - 1].strip()):
            return False
        return bool(PAGE_NUMBER_LINE.match(self.lines[first])) or self._stamp_by_page_number(first)

    def _stamp_by_page_number(self, k: int) -> bool:
        """Line ``k``, a paragraph of its own, is an e-signature's stamp (``Cơ quan phát hành: …``, ``Thời gian
        ký: …``) with a page's number alone on the next or the previous non-blank line, past a blank line (or
        next to it, in a page's printed lines): the page's edge."""
        if not ESIGNATURE_LINE.match(self.lines[k]):
            return False
        for step in (1, -1):
            j = k + step
            while 0 <= j < len(self.lines) and not self.lines[j].strip():
                j += step
            beside = 0 <= j < len(self.lines) and (self.printed or j != k + step)
            if beside and PAGE_NUMBER_LINE.match(self.lines[j]):
                return True
        return False

    def _group_row(self, cells: list[list[int]]) -> bool:
        """A row that opens a group of a data table: a label (``**B.**``, ``*VII.2*``, an emphasised ``**2**``) and at
        most a title."""
        if len(cells) > 2:
            return False
        label = self.cell_text(cells[0]).rstrip("*_ ")
        if GROUP_ROW_LABEL.match(label):
            return True
        return _ROW_NUMBER_CELL.match(label) is not None and _EMPHASISED_CELL.match(self.lines[cells[0][0]]) is not None

    def cell_text(self, cell: list[int]) -> str:
        """A cell's lines joined, without the Markdown that opens them (to recognise what the cell holds)."""
        return " ".join(_MARKUP_EDGE.sub("", self.lines[i]).strip() for i in cell)

    def cell_paragraphs(self, cell: list[int], opens: frozenset[int] | None) -> list[list[int]]:
        """A cell's paragraphs (indexes into ``cell``): where the table says (``CellTable.opens``), else by the wrap."""
        if opens is None:
            return paragraphs([self.lines[i] for i in cell], self.wrap, blank_separated=False)
        out: list[list[int]] = []
        for j, i in enumerate(cell):
            if out and i not in opens:
                out[-1].append(j)
            else:
                out.append([j])
        return out

    def write_cells(
        self, cells: list[list[int]], skipped: int, row_start: int, out: list[Cell], table: CellTable, r: int
    ) -> None:
        """Write a row's cells from column ``skipped`` on, each a ``Cell`` of ``out`` (offsets from ``row_start``);
        a cell the table marks as merged down from above is ``continued`` and writes nothing."""
        wrote = False
        for col, cell in enumerate(cells, start=skipped):
            if (r, col) in table.continued:
                out.append(Cell(0, 0, col, continued=True))
                continue
            if wrote:
                self.b.add_inserted(CELL_SEPARATOR)
            wrote = True
            cell_start = self.b.length
            parts: list[tuple[int, int]] = []
            for para in self.cell_paragraphs(cell, table.opens):
                if parts:
                    self.b.add_inserted(" ")
                part_start = self.b.length
                self.paragraph([cell[j] for j in para])
                parts.append((part_start - row_start, self.b.length - row_start))
            out.append(Cell(cell_start - row_start, self.b.length - row_start, col, parts=parts))

    def grid(self, table: CellTable) -> None:
        """A table written one cell per line: a data table's rows, or a layout's cells one after another."""
        layout = (
            len(table.rows) < 2
            or table.columns < 2
            # a header's or a closing's two columns (issuer and Quốc hiệu, Nơi nhận and the signer)
            or any(is_header_or_closing_line(self.cell_text(c)) for r in table.rows for c in r)
        )
        if layout:
            for cells in table.rows:
                for col, cell in enumerate(cells):
                    side = None if len(cells) < 2 else ("left" if col == 0 else "right")
                    for para in paragraphs([self.lines[i] for i in cell], self.wrap, blank_separated=False):
                        self.newline()
                        hint = self.paragraph([cell[j] for j in para])
                        hint.column = side
                        self.blocks.append(hint)
            return
        self.tables += 1
        width = len(table.rows[0])
        heads = [self.cell_text(c).strip("*_ ") for c in table.rows[0]]
        numbered = ROW_NUMBER_HEADER.match(heads[0]) is not None
        kinds = [column_kind(h) for h in heads]
        task_col = kinds.index("task") if "task" in kinds else None
        lead_col = kinds.index("lead") if "lead" in kinds else None
        data_above = False  # a row of data (no group row: ``A.`` | ``BỘ NÔNG NGHIỆP …``) under the header
        for r, cells in enumerate(table.rows):
            self.newline()
            row_start = self.b.length
            out: list[Cell] = []
            # a row shorter than the header under a row of data has its first cells merged down from above (``1 |
            # Bộ A | Bộ B | task 1 | …`` / ``task 2 | …``): its cells are the last columns, the first ones continue;
            # one that opens with its number under ``STT`` starts at the first column, one that opens with a task of
            # its own at the task column, with a body's name at the (first) lead column: the cells after it continue
            group = r > 0 and self._group_row(cells)
            short = data_above and not group and 2 <= len(cells) < width
            first = self.cell_text(cells[0]).strip("*_ ")
            own_number = numbered and _ROW_NUMBER_CELL.match(first) is not None
            skipped = width - len(cells) if short and not own_number else 0
            at = lead_col if NAME_CELL_START.match(first) else task_col
            if skipped and at is not None and at + len(cells) <= width:
                skipped = at
            data_above = data_above or (r > 0 and not group)
            out += [Cell(0, 0, col, continued=True) for col in range(skipped)]
            self.write_cells(cells, skipped, row_start, out, table, r)
            if short:
                out += [Cell(0, 0, col, continued=True) for col in range(skipped + len(cells), width)]
            self.blocks.append(Block(table=TEXT_TABLE_BASE + self.tables - 1, row=r, cells=out))


def _plain(text: str, wrap: Wrap | None = None, *, printed: bool = False) -> tuple[MappedText, list[Block]]:
    """Plain or Markdown text.  Web copies of header tables (cells one per line between ``|`` lines,
    words broken across lines, or ``a | b |`` on one line) are rebuilt as one block per cell."""
    w = _PlainText(text, wrap, printed=printed)
    # ``**KẾ HOẠCH**``; a line opening with a letter or a digit has no edge to drop (no call of ``regex``)
    unmarked = [ln if ln[:1].isalnum() else _MARKUP_EDGE.sub("", ln) for ln in w.lines[:DEFAULT_TEXT_HEADER_LINES]]
    header_end = type_line_at(unmarked, DEFAULT_TEXT_HEADER_LINES)
    if header_end is None:
        header_end = first_line(unmarked, PREAMBLE_START, DEFAULT_TEXT_HEADER_LINES) or 0
    in_table = any(_CELL_SEP.match(ln) or " | " in ln for ln in w.lines[:header_end])
    # the header table ends with its last cell (``Số: 15/KH-UBND |``): the lines after it (a title whose type
    # line the copy lost, the authority that decides, ``Căn cứ …``) are paragraphs of their own, not one
    # cell's lines run together
    cell_lines = [i for i, ln in enumerate(w.lines[:header_end]) if "|" in ln] if in_table else []
    cells_end = cell_lines[-1] + 1 if cell_lines else 0
    if cells_end:
        w.header(cells_end)
    w.body(cells_end)
    return w.b.build(), w.blocks


#: A pipe row that lays out a closing or a header has at most this many cells (two columns, an empty one between).
DEFAULT_LAYOUT_ROW_CELLS = 4


def _layout_row(line: str, cells: list[Cell]) -> bool:
    """Whether a table's first pipe row lays out a closing or a header (a cell opens with ``Nơi nhận``, an
    authority, the Quốc hiệu): its cells are the zone's columns, no data."""
    return len(cells) <= DEFAULT_LAYOUT_ROW_CELLS and any(
        is_header_or_closing_line(line[c.start : c.end].strip(" *_")) for c in cells
    )


def table_blocks(text: str, first_table: int) -> tuple[MappedText, list[Block]]:
    """Text of tables written one cell per line (``cell_lines.py``) into blocks, as the body of a plain
    text reads them: its tables numbered from ``first_table`` (a flattened table rebuilt for another reader's
    blocks, ``flat_tables.py``)."""
    w = _PlainText(text)
    w.body(0)
    blocks = [
        blk if blk.table is None else dataclasses.replace(blk, table=blk.table - TEXT_TABLE_BASE + first_table)
        for blk in w.blocks
    ]
    return w.b.build(), blocks


def _laid_tables(text: str) -> dict[int, LaidTable]:
    """The task tables one cell per line of a layout text (LibreOffice's text export of a document whose header
    it laid out with spaces), written as the plain text's body writes them, for the layout reader to put in place."""
    w = _PlainText(text)
    found: dict[int, LaidTable] = {
        t.first: (t.last, functools.partial(_grid_text, text, t)) for t in numbered_tables(w.lines, w.wrap)
    }
    for t in spaced_tables(w.lines):
        if not any(first <= t.last and t.first <= last for first, (last, _) in found.items()):
            found[t.first] = (t.last, functools.partial(write_table, text, w.offsets, t))
    return found


def _grid_text(text: str, table: CellTable, number: int) -> tuple[MappedText, list[Block]]:
    """``table`` of ``text`` as a plain text's body writes it (offsets into ``text``), its table numbered ``number``."""
    w = _PlainText(text)
    w.tables = number - TEXT_TABLE_BASE
    w.grid(table)
    return w.b.build(), w.blocks


def read_text_string(
    text: str, *, path: str | None = None, fmt: str = "txt", encoding: str | None = None, data: bytes | None = None
) -> ReadResult:
    """Read an already decoded string (the Python API's ``parse(text)`` comes here)."""
    lines = text.split("\n")
    if looks_like_layout(lines, markdown=_is_markdown(text)):
        greedy = greedy_width(lines)  # a program's wrap: a line with room for the next word ended its paragraph
        mapped, blocks = read_layout(text, tables=_laid_tables(text), fit_slack=0 if greedy else DEFAULT_FIT_SLACK)
        fmt_out = "txt-layout"
    else:
        mapped, blocks = _plain(text)
        fmt_out = fmt
    raw = data if data is not None else text.encode("utf-8")
    return ReadResult(
        original=text,
        mapped=mapped,
        blocks=blocks,
        format=fmt_out,
        path=path,
        encoding=encoding,
        sha256=ReadResult.digest(raw),
    )


def read_plain_lines(text: str, *, printed: bool = False) -> tuple[MappedText, list[Block]]:
    """``text`` read as plain lines (paragraphs rejoined at their soft breaks, ``unwrap.py``), never as a page laid
    out with spaces: a web page's lines, whose runs of spaces are its ``&nbsp;`` and no columns.  ``printed``: the
    lines are a page's printed lines (known wrapped), their margin the one most of them reach
    (``unwrap.printed_wrap``), whatever share runs past it (a proportional font's lines are of any length)."""
    return _plain(text, printed_wrap(text.split("\n")) if printed else None, printed=printed)


def read_text_bytes(data: bytes, *, path: str | None = None, fmt: str = "txt") -> ReadResult:
    text, encoding = decode_bytes(data, path)
    if not text.strip():
        raise ReadError(path, "file contains no text")
    return read_text_string(text, path=path, fmt=fmt, encoding=encoding, data=data)
