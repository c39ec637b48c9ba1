"""Layout text (``pdftotext -layout``, and the PDF reader's own grid of words): blocks with columns.

A two-column header and signature block are laid out with spaces, and paragraphs are wrapped at a fixed
width.  Columns are split (left column first, then right) and wrapped lines are joined back into
paragraphs; a ``| a | b |`` line is a table row with its cells.  The text reader (``text.py``) and the PDF
reader (``pdf.py``) both hand their layout text here.
"""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import regex

from ..chars import split_syllable_gaps
from ..offsets import MappedText, TextBuilder
from ..pattern_cache import compiled, gated
from ..tables.patterns import (
    AFTER_TITLE,
    APPENDIX,
    COLUMN_GAP,
    CONTINUING_LINE_END,
    DEFAULT_MIN_COLUMN_GAP,
    FOOTNOTE_START,
    HANGING_ITEM,
    KINH_GUI,
    LABEL_START,
    MARKED_LABEL_START,
    PAGE_NUMBER_LINE,
    PREAMBLE_START,
    RANGE_CUT_END,
    RULE_LINE,
    SENTENCE_LINE_END,
    TYPE_OR_VV,
    VV_OR_KINH_GUI,
    VV_PREFIX,
)
from ..zones import closing_at, opens_attached_document, type_line_at
from .base import Block, Cell
from .unwrap import article_cited_on, compound_cut, name_cut, opens_field, short_tail, whole_end, year_opens

# --- columns and paragraphs ----------------------------------------------------------------------------------

#: The gap that parts two columns (``tables.patterns.COLUMN_GAP``), with the characters on either side.
_GAP = gated(compiled(rf"\S({COLUMN_GAP.pattern})\S"), " " * DEFAULT_MIN_COLUMN_GAP)
#: A gap this many characters left of where a zone's right column starts is inside the left column.
DEFAULT_COLUMN_SLACK = 12
#: A line that starts at most this many characters left of where the right column starts is a line of the
#: right column (one a little wider than the lines above it, centred as they are).
DEFAULT_RIGHT_SLACK = 8
#: Text is layout text when, in its first non-blank lines (``DEFAULT_LAYOUT_HEAD``, of the first
#: ``DEFAULT_LAYOUT_TOP`` lines), at least ``DEFAULT_MIN_TWO_COLUMN`` have two columns, or one has and at
#: least ``DEFAULT_MIN_INDENTED`` of the first ``DEFAULT_LAYOUT_BODY`` lines start with
#: ``DEFAULT_LAYOUT_INDENT`` spaces (paragraph starts of a fixed-width page; web copies have neither).
DEFAULT_LAYOUT_TOP = 40
DEFAULT_LAYOUT_HEAD = 15
DEFAULT_LAYOUT_BODY = 200
DEFAULT_LAYOUT_INDENT = 5
DEFAULT_MIN_TWO_COLUMN = 2
DEFAULT_MIN_INDENTED = 5
#: A công văn's ``V/v`` printed beside its place and date (a two-column row) is read as columns with the
#: header, with at most this many lines of it, up to ``Kính gửi`` or a blank line.
DEFAULT_VV_LINES = 4
#: A line indented this many characters more than the zone's least indented line starts a paragraph
#: (a first line's indent; a wrapped line starts at the margin).
DEFAULT_PARAGRAPH_INDENT = 3
#: A line in capitals longer than this starts a paragraph (a heading), a shorter one (``VT.``, ``I``) not.
DEFAULT_MIN_CAPS_LINE = 3
#: Markup a converter leaves before a field's label (``*Đơn vị chủ trì: *…`` of a web copy printed as is).
_FIELD_MARKUP = "*_#> "
#: A hanging item's wrapped line starts this many characters either side of where its text starts (the
#: grid rounds a position to a character).
DEFAULT_HANG_SLACK = 1
#: The right margin of a zone is the length this share of its measured lines (``DEFAULT_MIN_MEASURED``
#: characters or more) do not exceed; a line that ends within ``DEFAULT_MARGIN_BAND`` of it ran to it.
DEFAULT_MARGIN_QUANTILE = 0.9
DEFAULT_MIN_MEASURED = 20
DEFAULT_MARGIN_BAND = 20
#: A line ended short of the right margin when the next line's first word and this many characters more
#: would have fitted after it (a grid of proportional letters: a full line's length varies by a few).  30, not
#: 20: at 20 a report's paragraphs broke where a line ended a few words short, and the passages found for a
#: plan's tasks in it fell from 20 of 24 right to 19 (``tests/test_passages.py``); the pdf layout keeps 0.851.
DEFAULT_FIT_SLACK = 30


def looks_like_layout(lines: list[str], *, markdown: bool = False) -> bool:
    """Layout text: a two-column header and/or deeply indented paragraph starts.  In ``markdown`` (a converter's,
    whose lines are a page's paragraphs), the blanks a signed document's number and day are left as (``Số:
    /QĐ-UBND``, ``ngày      tháng     năm 2026``) are no gap between columns."""
    head = [ln for ln in lines[:DEFAULT_LAYOUT_TOP] if ln.strip()][:DEFAULT_LAYOUT_HEAD]
    # a Markdown pipe row padded to its column's width (``| UBND TỈNH A  |     | **CỘNG HÒA …** |``) is a table's
    # row, not two columns laid out with spaces
    two_col = sum(
        1 for ln in head if _GAP.search(ln) and not _PIPE_ROW.match(ln) and (not markdown or _GAP.search(_filled(ln)))
    )
    indented = sum(1 for ln in lines[:DEFAULT_LAYOUT_BODY] if ln.startswith(" " * DEFAULT_LAYOUT_INDENT) and ln.strip())
    return two_col >= DEFAULT_MIN_TWO_COLUMN or (two_col >= 1 and indented >= DEFAULT_MIN_INDENTED)


#: The blanks a signed document's number and day are left as, for its signature to fill (``Số:      /QĐ-UBND``,
#: ``ngày     tháng     năm 2026``): runs of spaces inside one field.
_BLANK_FIELD = compiled(r"(?i)(?<![\p{L}])(số\s*:|ngày|tháng)\s+(?=/|tháng|năm)")


def _filled(line: str) -> str:
    """``line`` with the runs of spaces of its blank number and day closed up (``Số: /QĐ-UBND``)."""
    return _BLANK_FIELD.sub(r"\1 ", line) if ("/" in line or "tháng" in line) else line


def _split_columns(line: str) -> tuple[tuple[int, str] | None, tuple[int, str] | None, int]:
    """Return (left, right, first_col) segments of a line with a wide gap; right is None if none."""
    m = _GAP.search(line)
    stripped_start = len(line) - len(line.lstrip())
    if not m:
        return (stripped_start, line.strip()), None, stripped_start
    split = m.start(1) + len(m.group(1))
    left = line[: m.start(1)]
    return (stripped_start, left.strip()), (split, line[split:].rstrip()), stripped_start


def line_offsets(text: str) -> tuple[list[str], list[int]]:
    """Lines of ``text`` and the offset where each starts."""
    lines = text.split("\n")
    offsets = []
    o = 0
    for ln in lines:
        offsets.append(o)
        o += len(ln) + 1
    return lines, offsets


def first_line(lines: list[str], pattern: regex.Pattern, limit: int) -> int | None:
    for i, ln in enumerate(lines[:limit]):
        if pattern.match(ln):
            return i
    return None


def _written_row(line: str) -> bool:
    """A table row as a reader writes one: ``| a | b |``, one space each side of every cell's text
    (``|  |`` when empty).  Tesseract reads a scanned table's rules as ``|`` too, but never spaces them
    so evenly; such lines stay text, as they always were."""
    inner = line.strip()[1:-1]
    return all(piece == f" {piece.strip()} " for piece in inner.split("|"))


def _pipe_tables(lines: list[str]) -> dict[int, tuple[int, int, list[Cell]] | None]:
    """The table rows among layout lines (``| a | b |``, as the PDF reader writes a ruled table's rows):
    line index → ``(table, row, cells)``; consecutive rows are one table, numbered in order from
    ``TEXT_TABLE_BASE``.  A Markdown ``|---|`` line under a row maps to None (no block of its own)."""
    out: dict[int, tuple[int, int, list[Cell]] | None] = {}
    table = TEXT_TABLE_BASE - 1
    row = -1
    for i, ln in enumerate(lines):
        cells = pipe_row_cells(ln) if "|" in ln else None
        if cells is not None and row >= 0 and PIPE_RULE.match(ln):
            out[i] = None
        elif cells is None or not _written_row(ln):
            row = -1
        else:
            if row < 0:
                table += 1
            row += 1
            out[i] = (table, row, cells)
    return out


#: A table another reader found among layout lines (a table one cell per line, ``numbered_cells.py``): its last
#: line, and what writes it (its text, offsets into the whole text, and blocks) given the number its table takes.
LaidTable = tuple[int, Callable[[int], tuple[MappedText, list[Block]]]]


def read_layout(
    text: str,
    *,
    bold_lines: set[int] | None = None,
    tables: dict[int, LaidTable] | None = None,
    fit_slack: int = DEFAULT_FIT_SLACK,
) -> tuple[MappedText, list[Block]]:
    """Blocks of layout text: the header zone as two columns, the body as paragraphs rejoined from
    their wrapped lines, the closing zone (from Nơi nhận) as two columns again.  A table row line
    (``| a | b |``) is a block of its own with its cells, in whichever zone it stands.  ``bold_lines`` are the
    lines printed wholly in bold (the PDF reader knows them by their fonts): a paragraph of them only is a
    bold block, as a DOCX's bold paragraph (a heading: ``1. Ban Thường trực …``).  ``fit_slack`` is how many
    characters more than the next word a line ended short of the margin had room for (``DEFAULT_FIT_SLACK`` for a
    grid of proportional letters; 0 for a text a program wrapped, ``unwrap.greedy_width``)."""
    lines, offsets = line_offsets(text)
    pipe = _pipe_tables(lines)
    numbers = [found[0] for found in pipe.values() if found is not None]
    out = _LayoutWriter(lines, offsets, pipe, bold_lines or set(), laid=tables or {}, fit_slack=fit_slack)
    out.next_table = max(numbers, default=TEXT_TABLE_BASE - 1) + 1
    # zones: header = up to the type line / V/v; closing = from "Nơi nhận"
    header_end = type_line_at(lines) or 0
    # the last "Nơi nhận", or the first one an attached document follows: a Tờ trình's closing sits in the
    # middle of the file then
    opens, attached = closing_at(lines, header_end + 1)
    closing_start = len(lines) if opens is None else opens
    attached_at = len(lines) if attached is None else attached

    out.zone_columns(0, header_end)
    vv_end = _vv_beside_date(lines, header_end)
    if vv_end > header_end:  # the date first: it ends the header's right column, the V/v opens the title
        out.columns(header_end, vv_end, order=("right", "left"))
    closing_end = attached_at
    for i in range(closing_start + 1, attached_at):
        # an appendix, or the document the signed one issues under its type line (a decision's plan printed
        # after the decision's signature): its lines are paragraphs, not the closing's two columns
        if APPENDIX.match(lines[i]) or opens_attached_document(lines[i]):
            closing_end = i
            break
    out.paragraphs(vv_end, closing_start)
    out.zone_columns(closing_start, closing_end)
    out.paragraphs(closing_end, len(lines))
    return out.text.build(), out.blocks


#: A column's segments: (line index, (start, end) within the line).
_Segments = list[tuple[int, tuple[int, int]]]


@dataclass
class _LayoutWriter:
    """The text and blocks ``read_layout`` makes of layout lines, zone after zone: each zone's lines are
    written as columns or paragraphs, in order, onto the one text the blocks' offsets refer to."""

    lines: list[str]
    offsets: list[int]
    pipe: dict[int, tuple[int, int, list[Cell]] | None]
    bold: set[int] = field(default_factory=set)
    text: TextBuilder = field(default_factory=TextBuilder)
    blocks: list[Block] = field(default_factory=list)
    #: tables found by another reader (``read_layout``'s ``tables``), by their first line, and the next table number
    laid: dict[int, LaidTable] = field(default_factory=dict)
    next_table: int = 0  # set by read_layout (TEXT_TABLE_BASE and after its pipe tables)
    fit_slack: int = DEFAULT_FIT_SLACK
    #: whether the lines were wrapped twice (``wrapped_twice``), asked once when a short tail is first seen
    twice: bool | None = None

    def laid_table(self, i: int) -> int:
        """Write the table found by another reader that opens at line ``i``; its last line."""
        last, write = self.laid[i]
        mapped, blocks = write(self.next_table)
        if blocks and self.blocks:
            self.text.add_inserted("\n")
        self.text.add_mapped(mapped)
        self.blocks += blocks
        self.next_table = max((b.table + 1 for b in blocks if b.table is not None), default=self.next_table)
        return last

    def emit(self, seg_text: str, seg_off: int, hint: Block) -> None:
        """One block: ``seg_text`` (found at ``seg_off``) without its surrounding spaces."""
        if self.blocks:
            self.text.add_inserted("\n")
        stripped = seg_text.strip()
        lead = len(seg_text) - len(seg_text.lstrip())
        self.text.add(stripped, seg_off + lead)
        self.blocks.append(hint)

    def table_row(self, i: int) -> None:
        """A table row's line, its cells' offsets made relative to its text without the indent."""
        found = self.pipe[i]
        if found is None:
            return
        table, row, cells = found
        ln = self.lines[i]
        lead = len(ln) - len(ln.lstrip())
        cells = [
            replace(c, start=c.start - lead, end=c.end - lead, parts=[(a - lead, z - lead) for a, z in c.parts])
            for c in cells
        ]
        self.emit(ln, self.offsets[i], Block(table=table, row=row, cells=cells))

    def zone_columns(self, i0: int, i1: int) -> None:
        """``columns`` over lines i0..i1, with table rows (and tables another reader found) kept whole where they
        stand: a table after the signature, under a title that is no ``PHỤ LỤC``, is in the closing zone."""
        start = i0
        for i in range(i0, i1):
            if i < start:
                continue  # a laid table's lines
            if i in self.pipe or i in self.laid:
                self.columns(start, i)
                start = self.laid_table(i) + 1 if i in self.laid else i + 1
                if i in self.pipe:
                    self.table_row(i)
        self.columns(start, i1)

    def columns(self, i0: int, i1: int, order: tuple[str, str] = ("left", "right")) -> None:
        """Emit lines i0..i1 as a left column, then a right column (or in ``order``)."""
        lefts, rights = self.column_segments(i0, i1)
        by_column = {"left": lefts, "right": rights}
        for col, items in ((c, by_column[c]) for c in order):
            for i, (start, end) in items:
                seg_text = self.lines[i][start:end].rstrip()
                if seg_text.strip():
                    self.emit(seg_text, self.offsets[i] + start, Block(column=col))

    def column_segments(self, i0: int, i1: int) -> tuple[_Segments, _Segments]:
        """The left and right column's pieces of lines i0..i1.  Where a line has several wide gaps (a stray
        mark of a scan's seal between the columns, ``Nơi nhận: -    kụ    TM. ỦY BAN``, or a position OCR
        spaced out, ``PHÓ    TỔ    TRƯỞNG``), the columns part at the widest gap near where the right
        column starts on the other lines."""
        # a list item's gap after its marker (``  •    Như Điều 3;``) is no gap between columns: masked, the
        # line keeps its length and its columns' offsets
        lines = {i: _masked_marker_gap(self.lines[i]) for i in range(i0, i1)}
        rows: list[tuple[int, tuple[int, str] | None, tuple[int, str] | None]] = []
        right_starts: list[int] = []
        for i in range(i0, i1):
            ln = lines[i]
            if not ln.strip():
                rows.append((i, None, None))
                continue
            left, right, _ = _split_columns(ln)
            if right:  # where the right column starts: after the line's widest gap
                right_starts.append(max(_GAP.finditer(ln), key=lambda g: len(g.group(1))).end(1))
            rows.append((i, left, right))
        split = statistics.median(right_starts) if right_starts else None
        lefts: _Segments = []
        rights: _Segments = []
        for i, left, right in rows:
            if left is None:
                continue
            # a line that starts where the right column does is the right column's, whole: a gap inside it
            # is OCR's or the printer's (``SỞ CÔNG THƯƠNG       LAO CAI`` under a name), not the columns'
            if split is not None and left[0] >= split - DEFAULT_RIGHT_SLACK and not LABEL_START.match(self.lines[i]):
                rights.append((i, (left[0], len(lines[i]))))
                continue
            gaps = list(_GAP.finditer(lines[i]))
            if right and split is not None and len(gaps) > 1:
                near = [g for g in gaps if abs(g.end(1) - split) <= DEFAULT_COLUMN_SLACK]
                m = max(near, key=lambda g: len(g.group(1))) if near else min(gaps, key=lambda g: abs(g.end(1) - split))
                if m.end(1) < split - DEFAULT_COLUMN_SLACK:  # only gaps inside the left column
                    left_end, right = len(lines[i]), None
                else:
                    left_end, right = m.start(1), (m.end(1), lines[i][m.end(1) :])
            else:
                left_end = gaps[0].start(1) if gaps else len(lines[i])
            if left[1]:
                lefts.append((i, (left[0], left_end)))
            if right:
                rights.append((i, (right[0], len(lines[i]))))
        return lefts, rights

    def paragraphs(self, i0: int, i1: int) -> None:
        """Join wrapped lines i0..i1 into paragraphs.  At a page break the page's number is left out and its
        footnotes are paragraphs of their own (``footnote``), written after the paragraph the break cuts,
        which goes on across it (:func:`page_breaks`)."""
        lines = self.lines
        breaks = page_breaks(lines, i0, i1)
        # the text margin: the least indent of the zone's lines, but for lines of two columns (an attached
        # document's own header, printed wider than the body's text), which start a paragraph anyway
        indents = [
            len(lines[i]) - len(lines[i].lstrip())
            for i in range(i0, i1)
            if lines[i].strip() and i not in self.pipe and i not in breaks.set_aside and not _GAP.search(lines[i])
        ]
        base = min(indents) if indents else 0
        right = _right_margin(lines[i0:i1])
        para: list[int] = []
        notes: list[list[int]] = []  # footnotes waiting for the paragraph the break cut to end

        def end_paragraph() -> None:
            self.paragraph(para)
            self.footnotes(notes)

        skip_to = i0
        for i in range(i0, i1):
            ln = lines[i]
            if i < skip_to:
                continue
            if i in self.laid:
                end_paragraph()
                skip_to = self.laid_table(i) + 1
                continue
            if i in breaks.set_aside:
                if i in breaks.footnotes:
                    notes.append(breaks.footnotes[i])
                continue
            if i in self.pipe:
                end_paragraph()
                self.table_row(i)
                continue
            if not ln.strip():
                if i not in breaks.bridged:
                    end_paragraph()
                continue
            if self.starts_paragraph(ln, para, base, right, at=i):
                end_paragraph()
            para.append(i)
            if TYPE_OR_VV.match(ln) and not VV_OR_KINH_GUI.match(ln):
                end_paragraph()
        end_paragraph()

    def footnotes(self, notes: list[list[int]]) -> None:
        """Each footnote of ``notes`` (its lines) as a paragraph marked ``footnote``; ``notes`` is emptied."""
        for note in notes:
            self.paragraph(list(note), Block(footnote=True))
        notes.clear()

    def starts_paragraph(self, ln: str, para: list[int], base: int, right: int = 0, at: int | None = None) -> bool:
        """Whether ``ln`` starts a paragraph rather than wrapping ``para``'s last line: an indent (or a line
        back at the margin after a hanging item, ``indent_starts``), a label, a heading, a line after
        ``:``/``;``, columns, ``Căn cứ``, a first paragraph's opener in capitals (``Để …``, ``Nhằm …``:
        under a title), a rule or the line after it (the rule under a title).  ``right`` is the zone's right
        margin (``_right_margin``); ``at`` is the index of ``ln`` (a bold line goes on from a bold line above
        that has not ended its sentence, however short: a heading broken over two lines)."""
        indent = len(ln) - len(ln.lstrip())
        text = ln.lstrip()
        previous = self.lines[para[-1]].rstrip() if para else ""
        return (  # the tests without a pattern first
            not para
            or self.indent_starts(indent, para, base, right, text)
            or (ln.strip().isupper() and len(ln.strip()) > DEFAULT_MIN_CAPS_LINE and not _sentence_tail(previous, text))
            or previous.endswith((":", ";", "./."))
            # a label, also inside the emphasis marks a web copy left as characters (``*a) *Tổ chức …``)
            or (
                MARKED_LABEL_START.match(ln) is not None
                and not (text[:1].isdigit() and RANGE_CUT_END.search(previous))
                and not article_cited_on(previous, text)
                and not year_opens(text)
                and not (
                    compound_cut(previous, text, right - len(previous) if right and not self.fit_slack else None)
                    and right
                    and len(previous) >= right - DEFAULT_MARGIN_BAND
                )
            )
            or opens_field(text.lstrip(_FIELD_MARKUP))  # ``Đơn vị chủ trì: …`` under the task it closes
            or TYPE_OR_VV.match(ln) is not None
            or _GAP.search(ln) is not None
            or PREAMBLE_START.match(ln) is not None
            # (after a line without a full stop: a title or a heading, which no sentence goes on from
            # with a capital; after a stop it may be a sentence wrapped, as before)
            or (text[:1].isupper() and AFTER_TITLE.match(text) is not None and not previous.endswith("."))
            or (
                self.broke_short(previous, text, right)
                and not (para and (self.bold_goes_on(para[-1], at, previous) or self.second_wrap_tail(para, right)))
            )
            or self.plain_after_bold(para, at, previous, text)
            or RULE_LINE.match(ln) is not None
            or RULE_LINE.match(previous) is not None
        )

    def broke_short(self, previous: str, text: str, right: int) -> bool:
        """Whether the line ``previous`` was broken short of the right margin ``right`` before a line ``text``
        that opens with a capital: its first word, and ``fit_slack`` more (a grid's characters are
        not all as wide), would have fitted after it, so the writer ended the paragraph there (a heading
        with no stop over its text: ``12. Cảng vụ Hàng hải khu vực II`` / ``Chủ trì …``).  A line that ends
        with a comma or a word that never ends a sentence (``… và``) goes on, and one that ends inside a
        proper name the next line goes on with (``unwrap.name_cut``)."""
        if not right or not text[:1].isupper() or CONTINUING_LINE_END.search(whole_end(previous)):
            return False
        if name_cut(previous, text):  # ``… của Bộ`` / ``Nông nghiệp và Môi trường …``: a name the break cut
            return False
        first = len(text.split(maxsplit=1)[0])
        return len(previous) + 1 + first + self.fit_slack <= right

    def second_wrap_tail(self, para: list[int], right: int) -> bool:
        """``para`` ends with the short tail a second, narrower wrap left of a line (``… Ban Quản lý`` / ``khu`` /
        ``Công nghệ cao …``: a page's text hard-wrapped again): its last line a word or two, the line before it at
        the margin, no sentence ended.  The line was cut by width, not by its writer, so the capital after it
        is no paragraph's start (``unwrap._wrapped_twice``, the same class in a plain text)."""
        if len(para) < 2 or not right or not short_tail(self.lines[para[-2]], self.lines[para[-1]], right):
            return False
        if self.twice is None:
            self.twice = wrapped_twice(self.lines)
        return self.twice

    def plain_after_bold(self, para: list[int], at: int | None, previous: str, text: str) -> bool:
        """A line in a plain face that opens with a capital under a line wholly in bold that ends no sentence with
        a comma or a joining word: a bold heading over its text (``15. Liên đoàn Lao động, Hội Nông dân`` / ``Xây
        dựng kế hoạch …``), however far the heading ran."""
        return bool(
            para
            and at is not None
            and para[-1] in self.bold
            and at not in self.bold
            and text[:1].isupper()
            and not CONTINUING_LINE_END.search(previous)
        )

    def bold_goes_on(self, above: int, at: int | None, previous: str) -> bool:
        """The bold line ``at`` under the bold line ``above`` (``previous``), which ends no sentence: one bold
        heading broken over two lines (``3. Đề nghị Ủy ban …, Hội Liên hiệp`` / ``Phụ nữ Thành phố …``)."""
        return at is not None and above in self.bold and at in self.bold and not SENTENCE_LINE_END.search(previous)

    def indent_starts(self, indent: int, para: list[int], base: int, right: int, text: str) -> bool:
        """Whether a line indented ``indent`` starts a paragraph by its indent alone: indented from the margin
        (``base``), unless it stands under the text of a hanging item that ``para`` is (a Word list printed to
        PDF: ``•    Rà soát …`` / ``     Đà, lập …``); and a line back at the margin after such an item's
        wrapped lines starts one whatever its indent (``Đơn vị chủ trì thực hiện: …`` under the item)."""
        hang = self.hanging_text_at(para, right)
        if hang is not None:
            if self._under_item(indent, para[0], hang):
                return False
            if len(para) > 1 and indent < hang - DEFAULT_HANG_SLACK:
                return True
        if indent < base + DEFAULT_PARAGRAPH_INDENT:
            return False
        # at the indent of the line above, which ran to the margin and ended no sentence: the same text goes on (a
        # list whose marks a scan lost stands at its text's indent, every line of it); a first-line indent is deeper
        # than the line above, and a labelled heading that ran long (``Điều 6. Nhiệm vụ, quyền hạn của …``) goes
        # on only in lower case
        above = self.lines[para[-1]].rstrip() if para else ""
        if abs(indent - (len(above) - len(above.lstrip()))) > DEFAULT_HANG_SLACK or not right:
            return True
        if len(above) < right - DEFAULT_MARGIN_BAND or SENTENCE_LINE_END.search(above) is not None:
            return True
        return MARKED_LABEL_START.match(above) is not None and not text[:1].islower()

    def _under_item(self, indent: int, first: int, hang: int) -> bool:
        """Whether a line indented ``indent`` stands under the text of the hanging item whose first line is
        ``first`` (its text at ``hang``): at the text, or right of the marker and left of the text (a tab stop
        past the hanging indent puts the first line's text further right than its wrapped lines); after a number
        and one space (``_NUMBERED_ONE_SPACE``), at the text only."""
        line = self.lines[first]
        marker = len(line) - len(line.lstrip())
        if line[hang - 2 : hang - 1] != " ":  # one space before the text (a gap item has two or more)
            return abs(indent - hang) <= DEFAULT_HANG_SLACK
        return marker < indent <= hang + DEFAULT_HANG_SLACK

    def hanging_text_at(self, para: list[int], right: int) -> int | None:
        """Where the text of the hanging item ``para`` is starts (``HANGING_ITEM``), or None when ``para`` is
        none: its first line opens with a marker and a tab's gap, and either ran to the right margin (its
        next line goes on under its text) or its wrapped lines already stand under its text.  A short
        marked line (a heading, ``1.  Mục đích``) over an indented paragraph is no hanging item."""
        if not para:
            return None
        first = self.lines[para[0]]
        m = HANGING_ITEM.match(first) or (_NUMBERED_ONE_SPACE.match(first) if first.lstrip()[:1].isdigit() else None)
        if m is None:
            return None
        hang = m.start("text")
        if len(para) == 1:
            return hang if right and len(first.rstrip()) >= right - DEFAULT_MARGIN_BAND else None
        under = all(self._under_item(len(self.lines[i]) - len(self.lines[i].lstrip()), para[0], hang) for i in para[1:])
        return hang if under else None

    def paragraph(self, para: list[int], hint: Block | None = None) -> None:
        """One block of the lines ``para`` joined by spaces (none when empty); ``para`` is emptied."""
        if not para:
            return
        if self.blocks:
            self.text.add_inserted("\n")
        for k, i in enumerate(para):
            ln = self.lines[i]
            lead = len(ln) - len(ln.lstrip())
            if k:
                self.text.add_inserted(" ")
            self.text.add(ln.strip(), self.offsets[i] + lead)
        self.blocks.append(hint or Block(bold=bool(self.bold) and all(i in self.bold for i in para)))
        para.clear()


#: A numbered item whose text stands one space after its number (``14. Sở Tài chính …``): a Word list printed to PDF
#: whose tab stop falls at the number's width; its wrapped lines stand under its text (``indent_starts``).
_NUMBERED_ONE_SPACE = compiled(r"^\s*\d{1,2}\.[ ](?P<text>\p{Lu})")

#: What a list item's gap after its marker is masked with while columns are split (no space, no letter).
_GAP_MASK = "\x00"


def _sentence_tail(previous: str, text: str) -> bool:
    """A line in capitals that ends the sentence ``previous`` left open: its last word, an abbreviation or a
    number the wrap put alone on a line (``… về PCCC và`` / ``CNCH.``, ``… Nghị định số`` / ``105/2025/NĐ-CP.``),
    not a heading (which has no stop)."""
    return bool(previous) and text.rstrip()[-1:] in ".;" and SENTENCE_LINE_END.search(previous) is None


def _masked_marker_gap(line: str) -> str:
    """``line`` with the gap after its list marker (``HANGING_ITEM``) filled with ``_GAP_MASK``, or as it is."""
    m = HANGING_ITEM.match(line)
    if m is None:
        return line
    return line[: m.start("gap")] + _GAP_MASK * len(m.group("gap")) + line[m.end("gap") :]


#: A text wrapped twice has at least this many short tails that the next line goes on from in lower case, ...
DEFAULT_MIN_TWICE_TAILS = 5
#: ... that many at least this share of its short lines after a line at the margin (in a text wrapped once those
#: are paragraphs' last lines, a heading's or a sentence's, and the next line opens anew) ...
DEFAULT_MIN_TWICE_SHARE = 0.5
#: ... and at least this share of its lines (every few lines a tail: a text wrapped once at 70 columns had 5 in 600).
DEFAULT_MIN_TWICE_LINES = 0.05


def wrapped_twice(lines: list[str]) -> bool:
    """Whether ``lines`` were wrapped, then wrapped again narrower (a page's text hard-wrapped at 70 columns): a line at
    the margin, then a short tail of a word or two that ends no sentence (``unwrap.short_tail``), then a line that
    goes on in lower case, again and again.  Only then is a short line's capital after such a tail no new paragraph
    (``second_wrap_tail``): in a text wrapped once the short line ended a heading (``…, Tỉnh đoàn`` / ``Chỉ đạo …``)."""
    right = _right_margin(lines)
    if not right:
        return False
    tails = goes_on = 0
    text_lines = sum(1 for ln in lines if ln.strip())
    for before, tail, nxt in zip(lines, lines[1:], lines[2:], strict=False):
        if not short_tail(before, tail, right):
            continue
        tails += 1
        goes_on += nxt.lstrip()[:1].islower()
    return (
        goes_on >= DEFAULT_MIN_TWICE_TAILS
        and goes_on >= DEFAULT_MIN_TWICE_SHARE * tails
        and goes_on >= DEFAULT_MIN_TWICE_LINES * text_lines
    )


def _right_margin(lines: list[str]) -> int:
    """The right margin of a zone's lines: the length ``DEFAULT_MARGIN_QUANTILE`` of its measured lines do not
    exceed (0 when none is long enough to measure)."""
    measured = sorted(len(ln.rstrip()) for ln in lines if len(ln.strip()) >= DEFAULT_MIN_MEASURED)
    if not measured:
        return 0
    return measured[min(len(measured) - 1, int(len(measured) * DEFAULT_MARGIN_QUANTILE))]


#: Lines searched above a page break for its footnotes (a page holds a few, of a few lines each).
DEFAULT_FOOTNOTE_LINES = 30
#: A sentence cut by a page break ends its last line before the break without one of these.
_SENTENCE_END = (".", ":", ";", "!", "?", "./.")


@dataclass
class PageBreaks:
    """What stands at a layout text's page breaks and is not the body: lines set aside (page numbers and
    footnotes), each footnote's lines by its first line, and the blank lines a sentence cut by a break
    goes on across."""

    set_aside: set[int] = field(default_factory=set)
    footnotes: dict[int, list[int]] = field(default_factory=dict)
    bridged: set[int] = field(default_factory=set)


def page_breaks(lines: list[str], i0: int, i1: int) -> PageBreaks:
    """The page breaks of lines ``i0`` … ``i1`` (``\\f`` opening a page's first line, as ``pdftotext -layout``
    writes them): the page number alone on a line at either side of the break; the footnotes at the foot of
    the page before it — from a line ``FOOTNOTE_START`` matches after a blank line down to the break, every
    line of it in words (no table's columns); and, when the body's last line before them ends no sentence
    and the next page's first line goes on in lower case (or, after a comma or a word that cannot end a line,
    opens with no label), the blank lines between, which do not end the paragraph (issue 41: a footnote and a page number spliced into the middle of a task)."""
    found = PageBreaks()
    for b in range(max(i0, 1), i1):
        if not lines[b].lstrip(" ").startswith("\f"):
            continue
        after = b
        if PAGE_NUMBER_LINE.match(lines[b]):  # ``\f`` is white space to ``\s`` and to ``str.strip``
            found.set_aside.add(b)
            after = b + 1
        while after < i1 and not lines[after].strip():
            after += 1
        end = b  # the page before the break ends at line end - 1, its page number left out
        last = end - 1
        while last >= i0 and not lines[last].strip():
            last -= 1
        if last >= i0 and PAGE_NUMBER_LINE.match(lines[last]):
            found.set_aside.add(last)
            end = last
        starts = [
            k
            for k in range(max(i0 + 1, end - DEFAULT_FOOTNOTE_LINES), end)
            if FOOTNOTE_START.match(lines[k]) and not lines[k - 1].strip()
        ]
        notes_at = starts[0] if starts else end
        if any(_GAP.search(lines[k]) for k in range(notes_at, end)):
            notes_at = end  # columns: a table's rows, not notes
        for first, nxt in itertools.pairwise([*starts, end]):
            if first < notes_at:
                continue
            note = [k for k in range(first, nxt) if lines[k].strip()]
            found.footnotes[first] = note
            found.set_aside.update(range(first, nxt))
        body_end = notes_at - 1
        while body_end >= i0 and not lines[body_end].strip():
            body_end -= 1
        next_line = lines[after].lstrip(" \f") if after < i1 else ""
        before = lines[body_end] if body_end >= i0 else ""
        if " " in before:  # ``trách nhi ệm c ủa``: the text layer's cut syllables, joined as the normaliser will
            gaps = set(split_syllable_gaps(before))
            before = "".join(ch for k, ch in enumerate(before) if k not in gaps)
        going_on = (
            body_end >= i0
            and after < i1
            and not lines[body_end].rstrip().endswith(_SENTENCE_END)
            and (
                next_line[:1].islower()
                # ``… trách nhiệm của`` / ``MTTQ Việt Nam …``: a line that cannot end there, a name after the break
                or (CONTINUING_LINE_END.search(before) is not None and not MARKED_LABEL_START.match(next_line))
            )
        )
        if going_on:
            found.bridged.update(k for k in range(body_end + 1, after) if not lines[k].strip())
    return found


def _vv_beside_date(lines: list[str], at: int) -> int:
    """The end of a ``V/v`` block that starts at line ``at`` beside the place and date (a column's gap on
    its first line), or ``at`` when there is none."""
    if at >= len(lines) or not VV_PREFIX.match(lines[at].lstrip()) or not _GAP.search(lines[at]):
        return at
    end = at + 1
    while (
        end < min(len(lines), at + DEFAULT_VV_LINES) and lines[end].strip() and not KINH_GUI.match(lines[end].lstrip())
    ):
        end += 1
    return end


# --- pipe rows ---------------------------------------------------------------------------------

#: Markdown tables are numbered from here, apart from any other table numbering of the same text.
TEXT_TABLE_BASE = 0
_PIPE_ROW = compiled(r"^\s*\|(?P<inner>.*\|)\s*$")
#: The rule under a Markdown table's header row: ``|---|:---:|``.
PIPE_RULE = compiled(r"^\s*\|(?:\s*:?-{2,}:?\s*\|)+\s*$")


def pipe_row_cells(line: str) -> list[Cell] | None:
    """The cells of a Markdown pipe-table row ``| a | b |`` (offsets in the line), or None."""
    if line.count("|") < 3:  # two cells at least (and most lines have no ``|`` at all: no pattern tried)
        return None
    m = _PIPE_ROW.match(line)
    if not m:
        return None
    cells: list[Cell] = []
    start = m.start("inner")
    for col, piece in enumerate(m.group("inner")[:-1].split("|")):
        lead = len(piece) - len(piece.lstrip())
        text = piece.strip()
        at = start + lead
        # a cell's paragraphs, parted by two spaces or more (``pdf_tables.PART_GAP``: ``Lê Văn An  Trần Thị Bình``)
        parts = [(at + p.start(), at + p.end()) for p in _CELL_PART.finditer(text)] or [(at, at + len(text))]
        cells.append(Cell(at, at + len(text), col, parts=parts))
        start += len(piece) + 1
    return cells


#: A paragraph of a row's cell: a run of text without two spaces in a row.
_CELL_PART = compiled(r"\S+(?: \S+)*")


#: A pipe row broken over lines runs over at most this many lines.
DEFAULT_MAX_ROW_LINES = 40
_BAR_ONLY = compiled(r"^\s*\|\s*$")


@dataclass
class BrokenRows:
    """The rows of Markdown pipe tables a copy broke over several lines: each row's first line → its last, and
    the lone ``|`` lines that part two rows of such a table."""

    rows: dict[int, int] = field(default_factory=dict)
    gaps: set[int] = field(default_factory=set)

    def lines(self) -> set[int]:
        """Every line these rows and gaps stand on."""
        out = set(self.gaps)
        for first, last in self.rows.items():
            out.update(range(first, last + 1))
        return out


def broken_pipe_rows(lines: list[str]) -> BrokenRows:
    """Rows of pipe tables that run over several lines (a cell's text wrapped, one partner per line, each
    cell's line opening with ``|``).  A table's width is the number of cells of its first row (the header); a
    row under it that does not close its line with ``|``, or closes it short of that width with the next line
    going on without ``|``, goes on until it has the header's cells and closes a line (``| 1 | task | lead |
    partner A;`` / ``partner B | time |``).  A lone ``|`` between two rows of such a table parts them.  A row
    printed on one line, full or short (a group row ``| **A** | **Y TẾ** |``), is no broken row."""
    found = BrokenRows()
    width = 0  # cells of the current table's header; 0 outside a pipe table
    k = 0
    n = len(lines)
    while k < n:
        line = lines[k]
        if "|" not in line:
            width = 0
            k += 1
            continue
        cells = pipe_row_cells(line)
        nxt = lines[k + 1] if k + 1 < n else ""
        if cells is not None and (not width or len(cells) >= width or "|" not in nxt or _opens_cell(nxt)):
            width = width or len(cells)
            k += 1
            continue
        if width and cells is None and _BAR_ONLY.match(line) and _opens_cell(nxt) and not _BAR_ONLY.match(nxt):
            found.gaps.add(k)
            k += 1
            continue
        end = _row_end(lines, k, width) if width and line.lstrip().startswith("|") else None
        if end is None:
            width = 0
            k += 1
            continue
        found.rows[k] = end
        k = end + 1
    return found


def _opens_cell(line: str) -> bool:
    return line.lstrip().startswith("|")


def _row_end(lines: list[str], k: int, width: int) -> int | None:
    """The last line of the row that opens at line ``k`` with ``width`` cells, or None when the lines from
    ``k`` are no such row (a blank line, a line closed short of the width before a line that opens a row,
    more bars than the row has)."""
    bars = 0
    for j in range(k, min(len(lines), k + DEFAULT_MAX_ROW_LINES)):
        line = lines[j].rstrip()
        if not line.strip():
            return None
        bars += line.count("|")
        if bars > width + 1:
            return None
        if line.endswith("|"):
            if bars == width + 1:
                return j if j > k else None
            if j + 1 >= len(lines) or _opens_cell(lines[j + 1]):
                return None
    return None
