"""Plain-text reader: UTF-8/UTF-16 decoding, Markdown remnants, layout-preserved text.

Three shapes of text arrive here:

* clean text, one paragraph per line (web copies, exports);
* the same with Markdown remnants (``## **KẾ HOẠCH**``, ``***Nơi nhận:***``, hard breaks ``  \\n``):
  the markers are removed from the text but kept as hints (bold, italic, heading level);
* layout text (``pdftotext -layout``): a two-column header and signature block laid out with
  spaces, and paragraphs wrapped at a fixed width.  Columns are split (left column first, then
  right) and wrapped lines are joined back into paragraphs.

Every output character keeps its position in the decoded original through ``MappedText``.
"""

from __future__ import annotations

import codecs
import statistics
from dataclasses import replace

import regex

from ..encodings import decode_legacy, detect_legacy, restore_capitals
from ..normalize import MappedText, TextBuilder, fold
from ..tables.patterns import APPENDIX, NOI_NHAN, QUOC_HIEU_KEY, TYPE_OR_VV
from .base import Block, Cell, ReadError, ReadResult

# --- decoding -------------------------------------------------------------------------------------

def decode_bytes(data: bytes, path: str | None = None) -> tuple[str, str]:
    """Decode UTF-8 (with or without BOM) or UTF-16 (BOM or BOM-less); anything else is an error."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", path), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", path), "utf-16"
    if len(data) >= 4 and data.count(0) * 3 >= len(data):
        even_zeros = data[0::2].count(0)
        odd_zeros = data[1::2].count(0)
        enc = "utf-16-le" if odd_zeros > even_zeros else "utf-16-be"
        return _strict(data, enc, path), enc
    try:
        return _strict(data, "utf-8", path), "utf-8"
    except ReadError:
        legacy = _legacy(data)
        if legacy:
            return legacy
        raise


def _legacy(data: bytes) -> tuple[str, str] | None:
    """Pre-Unicode TCVN3 or VNI bytes (one byte per character, Latin-1 range) → Unicode text."""
    if b"\x00" in data:
        return None
    raw = data.decode("latin-1")
    enc = detect_legacy(raw)
    if enc is None:
        return None
    text = decode_legacy(raw, enc)
    return (restore_capitals(text) if enc == "tcvn3" else text), enc


def _strict(data: bytes, encoding: str, path: str | None) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ReadError(
            path,
            f"not valid {encoding.upper()} text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "not recognisable as TCVN3 or VNI legacy text either",
        ) from None
    if "\x00" in text:
        raise ReadError(path, "binary data (NUL characters) in a text file")
    return text


# --- markdown -------------------------------------------------------------------------------------

_MD_HEADING = regex.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+")
_MD_EMPH = regex.compile(r"\*{1,3}|(?<!\w)_{2,3}|_{2,3}(?!\w)")
_MD_HARDBREAK = regex.compile(r"(?:[ \t]{2,}|\\)$")
_MD_ESCAPE = regex.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")
_HAS_MD = regex.compile(r"(?m)^[ \t]{0,3}#{1,6}[ \t]|\*\*|(?<!\w)__")


def _markdown_line(line: str, offset: int, b: TextBuilder) -> Block:
    """Copy one line into ``b`` without Markdown markers; return its hints."""
    hint = Block()
    pos = 0
    m = _MD_HEADING.match(line)
    if m:
        hint.heading_level = len(m.group(1))
        pos = m.end()
    end = len(line)
    hb = _MD_HARDBREAK.search(line, pos)
    if hb:
        end = hb.start()
    body = line[pos:end]
    markers = list(_MD_EMPH.finditer(body))
    if len(markers) % 2:
        # a bold run that spans lines opens or closes here; other unpaired asterisks are literal
        edge = [mk for mk in markers if mk.start() == len(body) - len(body.lstrip()) or mk.end() == len(body.rstrip())]
        markers = edge if len(edge) == 1 else []
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
        seg = body[cur:mk.start()]
        if seg:
            b.add(seg, offset + pos + cur)
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
        b.add(seg, offset + pos + cur)
        stripped = seg.strip()
        if stripped:
            visible += len(stripped)
            if bold:
                bold_chars += len(stripped)
                if prefix_open:
                    bold_prefix = out_len + len(seg)
        out_len += len(seg)
    if visible and bold_chars >= visible * 0.9:
        hint.bold = True
    elif bold_prefix and markers:
        hint.bold_prefix = bold_prefix
    return hint


# --- layout text ----------------------------------------------------------------------------------

_GAP = regex.compile(r"\S( {4,})\S")
_LABEL_START = regex.compile(r"^\s*(?:[IVXLC]+[.\-]|\d+(?:\.\d+)*[.)]|[a-zđ][.)]|[-+•*–]\s|Điều\s+\d|Phần\s+[IVX\d])")
_TYPE_OR_VV = TYPE_OR_VV
#: A gap this many characters left of where a zone's right column starts is inside the left column.
DEFAULT_COLUMN_SLACK = 12


def looks_like_layout(lines: list[str]) -> bool:
    """Layout text: a two-column header and/or deeply indented paragraph starts."""
    head = [ln for ln in lines[:40] if ln.strip()][:15]
    two_col = sum(1 for ln in head if _GAP.search(ln))
    indented = sum(1 for ln in lines[:200] if ln.startswith("     ") and ln.strip())
    return two_col >= 2 or (two_col >= 1 and indented >= 5)


def _split_columns(line: str) -> tuple[tuple[int, str] | None, tuple[int, str] | None, int]:
    """Return (left, right, first_col) segments of a line with a wide gap; right is None if none."""
    m = _GAP.search(line)
    stripped_start = len(line) - len(line.lstrip())
    if not m:
        return (stripped_start, line.strip()), None, stripped_start
    split = m.start(1) + len(m.group(1))
    left = line[:m.start(1)]
    return (stripped_start, left.strip()), (split, line[split:].rstrip()), stripped_start


def _line_offsets(text: str) -> tuple[list[str], list[int]]:
    """Lines of ``text`` and the offset where each starts."""
    lines = text.split("\n")
    offsets = []
    o = 0
    for ln in lines:
        offsets.append(o)
        o += len(ln) + 1
    return lines, offsets


def _first_line(lines: list[str], pattern: regex.Pattern, limit: int) -> int | None:
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
        if cells is not None and row >= 0 and _PIPE_RULE.match(ln):
            out[i] = None
        elif cells is None or not _written_row(ln):
            row = -1
        else:
            if row < 0:
                table += 1
            row += 1
            out[i] = (table, row, cells)
    return out


def _layout(text: str) -> tuple[MappedText, list[Block]]:
    """Blocks of layout text: the header zone as two columns, the body as paragraphs rejoined from
    their wrapped lines, the closing zone (from Nơi nhận) as two columns again.  A table row line
    (``| a | b |``) is a block of its own with its cells, in whichever zone it stands."""
    lines, offsets = _line_offsets(text)
    pipe = _pipe_tables(lines)
    # zones: header = up to the type line / V/v; closing = from "Nơi nhận"
    header_end = _first_line(lines, _TYPE_OR_VV, 60) or 0
    # the last "Nơi nhận", or the first one that an attached document follows (its own Quốc hiệu comes
    # before the next "Nơi nhận"): a Tờ trình's closing sits in the middle of the file then
    closing_start = len(lines)
    noi_nhan = [i for i in range(header_end + 1, len(lines)) if NOI_NHAN.match(lines[i].lstrip())]
    attached_at = len(lines)
    for k, i in enumerate(noi_nhan):
        later = noi_nhan[k + 1] if k + 1 < len(noi_nhan) else None
        attached = None if later is None else next(
            (j for j in range(i + 1, later) if QUOC_HIEU_KEY in fold(lines[j])), None)
        if attached is not None or later is None:
            closing_start, attached_at = i, attached if attached is not None else len(lines)
            break

    b = TextBuilder()
    blocks: list[Block] = []

    def emit(seg_text: str, seg_off: int, hint: Block) -> None:
        if blocks:
            b.add_inserted("\n")
        stripped = seg_text.strip()
        lead = len(seg_text) - len(seg_text.lstrip())
        b.add(stripped, seg_off + lead)
        blocks.append(hint)

    def table_row(i: int) -> None:
        found = pipe[i]
        if found is None:
            return
        table, row, cells = found
        ln = lines[i]
        lead = len(ln) - len(ln.lstrip())
        cells = [replace(c, start=c.start - lead, end=c.end - lead, parts=[(a - lead, z - lead) for a, z in c.parts])
                 for c in cells]
        emit(ln, offsets[i], Block(table=table, row=row, cells=cells))

    def zone_columns(i0: int, i1: int) -> None:
        """``columns`` over lines i0..i1, with table rows kept whole where they stand."""
        start = i0
        for i in range(i0, i1):
            if i in pipe:
                columns(start, i)
                table_row(i)
                start = i + 1
        columns(start, i1)

    def columns(i0: int, i1: int) -> None:
        """Emit lines i0..i1 as a left column, then a right column.  Where a line has several wide gaps
        (a stray mark of a scan's seal between the columns, ``Nơi nhận: -    kụ    TM. ỦY BAN``, or a
        position OCR spaced out, ``PHÓ    TỔ    TRƯỞNG``), the columns part at the widest gap near where
        the right column starts on the other lines."""
        rows = []
        right_starts = []
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
        lefts, rights = [], []
        for i, left, right in rows:
            if left is None:
                continue
            if right is None and split is not None and left[0] >= split - 8 and not _LABEL_START.match(lines[i]):
                rights.append((i, (left[0], len(lines[i]))))
                continue
            gaps = list(_GAP.finditer(lines[i]))
            if right and split is not None and len(gaps) > 1:
                near = [g for g in gaps if abs(g.end(1) - split) <= DEFAULT_COLUMN_SLACK]
                m = (max(near, key=lambda g: len(g.group(1))) if near
                     else min(gaps, key=lambda g: abs(g.end(1) - split)))
                if m.end(1) < split - DEFAULT_COLUMN_SLACK:  # only gaps inside the left column
                    left_end, right = len(lines[i]), None
                else:
                    left_end, right = m.start(1), (m.end(1), lines[i][m.end(1):])
            else:
                left_end = gaps[0].start(1) if gaps else len(lines[i])
            if left[1]:
                lefts.append((i, (left[0], left_end)))
            if right:
                rights.append((i, (right[0], len(lines[i]))))
        for col, items in (("left", lefts), ("right", rights)):
            for i, (start, end) in items:
                seg_text = lines[i][start:end].rstrip()
                if seg_text.strip():
                    emit(seg_text, offsets[i] + start, Block(column=col))

    zone_columns(0, header_end)
    closing_end = attached_at
    for i in range(closing_start + 1, attached_at):
        if APPENDIX.match(lines[i]):
            closing_end = i
            break

    def paragraphs(i0: int, i1: int) -> None:
        """Join wrapped lines i0..i1 into paragraphs."""
        indents = [len(lines[i]) - len(lines[i].lstrip()) for i in range(i0, i1) if lines[i].strip() and i not in pipe]
        base = min(indents) if indents else 0
        para: list[int] = []

        def flush() -> None:
            if not para:
                return
            if blocks:
                b.add_inserted("\n")
            for k, i in enumerate(para):
                ln = lines[i]
                lead = len(ln) - len(ln.lstrip())
                if k:
                    b.add_inserted(" ")
                b.add(ln.strip(), offsets[i] + lead)
            blocks.append(Block())
            para.clear()

        for i in range(i0, i1):
            ln = lines[i]
            if i in pipe:
                flush()
                table_row(i)
                continue
            if not ln.strip():
                flush()
                continue
            indent = len(ln) - len(ln.lstrip())
            starts_para = (
                not para
                or indent >= base + 3
                or _LABEL_START.match(ln) is not None
                or _TYPE_OR_VV.match(ln) is not None
                or (ln.strip().isupper() and len(ln.strip()) > 3)
                or lines[para[-1]].rstrip().endswith((":", ";", "./."))
                or _GAP.search(ln) is not None
                or _PREAMBLE_START.match(ln) is not None
            )
            if starts_para:
                flush()
            para.append(i)
            if _TYPE_OR_VV.match(ln) and not ln.lstrip().startswith(("V/v", "Kính")):
                flush()
        flush()

    paragraphs(header_end, closing_start)
    zone_columns(closing_start, closing_end)
    paragraphs(closing_end, len(lines))
    return b.build(), blocks


# --- entry points ---------------------------------------------------------------------------------

_PREAMBLE_START = regex.compile(r"^\s*(?:Căn cứ|Thực hiện|Triển khai)\b")
_CELL_SEP = regex.compile(r"^[\s|]*\|[\s|]*$")
_RULE = regex.compile(r"^\s*[-_=*~]{3,}\s*$")


def _plain(text: str) -> tuple[MappedText, list[Block]]:
    """Plain or Markdown text.  Web copies of header tables (cells one per line between ``|`` lines,
    words broken across lines, or ``a | b |`` on one line) are rebuilt as one block per cell."""
    b = TextBuilder()
    blocks: list[Block] = []
    markdown = _HAS_MD.search(text) is not None
    raw_lines, offsets = _line_offsets(text)
    header_end = _first_line(raw_lines, _TYPE_OR_VV, 80)
    if header_end is None:
        header_end = _first_line(raw_lines, _PREAMBLE_START, 80) or 0
    table = any(_CELL_SEP.match(ln) or " | " in ln for ln in raw_lines[:header_end])
    first = True

    def newline() -> None:
        nonlocal first
        if not first:
            b.add_inserted("\n")
        first = False

    i = 0
    if table:
        group: list[int] = []

        def flush_group() -> None:
            if not group:
                return
            newline()
            for k, gi in enumerate(group):
                if k:
                    b.add_inserted(" ")
                ln = raw_lines[gi].rstrip("\r")
                lead = len(ln) - len(ln.lstrip())
                b.add(ln.strip(), offsets[gi] + lead)
            blocks.append(Block())
            group.clear()

        for i in range(header_end):
            ln = raw_lines[i].rstrip("\r")
            if _CELL_SEP.match(ln) or _RULE.match(ln) or not ln.strip():
                flush_group()
                continue
            if "|" in ln:
                flush_group()
                pos = 0
                for cell in ln.split("|"):
                    if cell.strip():
                        newline()
                        lead = len(cell) - len(cell.lstrip())
                        b.add(cell.strip(), offsets[i] + pos + lead)
                        blocks.append(Block())
                    pos += len(cell) + 1
                continue
            group.append(i)
        flush_group()
        i = header_end
    tables = 0
    row = -1
    for k in range(i, len(raw_lines)):
        line = raw_lines[k]
        newline()
        line = line.removesuffix("\r")
        cells = pipe_row_cells(line)
        if cells is None:
            row = -1
        elif _PIPE_RULE.match(line):
            blocks.append(Block())  # ``|---|---|``: the row under a Markdown table's header
            continue
        else:
            if row < 0:
                tables += 1
            row += 1
            b.add(line, offsets[k])
            blocks.append(Block(table=TEXT_TABLE_BASE + tables - 1, row=row, cells=cells))
            continue
        if markdown:
            blocks.append(_markdown_line(line, offsets[k], b))
        else:
            b.add(line, offsets[k])
            blocks.append(Block())
    return b.build(), blocks


#: Markdown tables are numbered from here, apart from any other table numbering of the same text.
TEXT_TABLE_BASE = 0
_PIPE_ROW = regex.compile(r"^\s*\|(?P<inner>.*\|)\s*$")
_PIPE_RULE = regex.compile(r"^\s*\|(?:\s*:?-{2,}:?\s*\|)+\s*$")


def pipe_row_cells(line: str) -> list[Cell] | None:
    """The cells of a Markdown pipe-table row ``| a | b |`` (offsets in the line), or None."""
    m = _PIPE_ROW.match(line)
    if not m or line.count("|") < 3:
        return None
    cells: list[Cell] = []
    start = m.start("inner")
    col = 0
    for piece in m.group("inner")[:-1].split("|"):
        lead = len(piece) - len(piece.lstrip())
        text = piece.strip()
        cells.append(Cell(start + lead, start + lead + len(text), col, parts=[(start + lead, start + lead + len(text))]))
        start += len(piece) + 1
        col += 1
    return cells


def read_text_string(text: str, *, path: str | None = None, fmt: str = "txt",
                     encoding: str | None = None, data: bytes | None = None) -> ReadResult:
    """Read an already decoded string (the Python API's ``parse(text)`` comes here)."""
    lines = text.split("\n")
    if looks_like_layout(lines):
        mapped, blocks = _layout(text)
        fmt_out = "txt-layout"
    else:
        mapped, blocks = _plain(text)
        fmt_out = fmt
    raw = data if data is not None else text.encode("utf-8")
    return ReadResult(original=text, mapped=mapped, blocks=blocks, format=fmt_out, path=path,
                      encoding=encoding, sha256=ReadResult.digest(raw))


def read_text_bytes(data: bytes, *, path: str | None = None, fmt: str = "txt") -> ReadResult:
    text, encoding = decode_bytes(data, path)
    if not text.strip():
        raise ReadError(path, "file contains no text")
    return read_text_string(text, path=path, fmt=fmt, encoding=encoding, data=data)
