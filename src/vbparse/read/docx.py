"""DOCX reader (python-docx): body in document order, layout tables by cell position, Word numbering.

* Paragraphs and tables are read interleaved, as Word shows them.
* The header (issuer, ``Số`` | Quốc hiệu, Tiêu ngữ, place/date) and the closing (``Nơi nhận`` |
  signer) are borderless *layout tables*: their cells are read by position, the left half of the
  grid first, then the right half, each line tagged with its column.  Other tables are data: one
  line per row, cells separated by `` | ``.
* Auto-numbering labels (``w:numPr`` + numbering.xml: ``I.``, ``1.``, ``a)``, bullets) are not in
  the text; they are rebuilt from the numbering definitions and counters and put in front.
* Runs in legacy fonts (``.VnTime``, ``.VnTimeH``, ``VNI-Times``) are converted when their text
  really is legacy (a Unicode text in an old font name is left alone); ``w:caps`` runs upper-cased.
* Text boxes, page headers and footers are kept apart (``ReadResult.extra``), never in the body.

The text this reader builds (labels included, one paragraph per line) is the document's ``original``.
"""

from __future__ import annotations

import io
import itertools
import re
import zipfile
import zlib
from dataclasses import dataclass, field, replace
from string import ascii_lowercase

from ..chars import int_to_roman
from ..encodings import decode_legacy, legacy_encoding_for
from ..models import ExtraTextKind
from ..offsets import MappedText
from ..zones import is_header_or_closing_line
from .base import CELL_SEPARATOR, DEFAULT_BOLD_SHARE, Block, Cell, ReadError, ReadResult
from .limits import CellBudget, LimitExceeded, Limits
from .tab_columns import DEFAULT_TEXT_WIDTH, TabRow, opens_closing, split_tabs, tab_stops, text_width

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: A table of at most this many rows with a Quốc hiệu (or the Party's banner), a ``Số:`` line, ``Nơi nhận`` or a signing authority
#: in it lays out a header or a signature block (read as two columns), not data.
DEFAULT_LAYOUT_TABLE_ROWS = 12
#: A layout table's cell whose centre lies left of this share of the table's width is in its left column.
LAYOUT_COLUMN_SPLIT = 0.5
#: Word numbers list levels ``w:ilvl`` 0–8 and outline levels ``w:outlineLvl`` 0–8 (9 is body text): nine.
WORD_LEVELS = 9
#: A built-in heading style's name, before its level (``heading 1``…``heading 9``).
_HEADING_STYLE_PREFIX = "heading "
#: Symbol-font characters (Symbol, Wingdings bullets) are stored in the private use area, shifted by
#: U+F000 from the font's own code: ``U+F0B7`` is the Symbol font's bullet ``·`` (0xB7).
_SYMBOL_FONT_FIRST = 0xF000
_SYMBOL_FONT_LAST = 0xF0FF
_TXBX = W + "txbxContent"


def _val(el, name: str = "val") -> str | None:
    return None if el is None else el.get(W + name)


def _on(el) -> bool | None:
    """A toggle property (``w:b``, ``w:caps``): None when absent."""
    if el is None:
        return None
    v = el.get(W + "val")
    return v not in ("0", "false", "off")


# --- styles ---------------------------------------------------------------------------------------


@dataclass
class _Style:
    based_on: str | None = None
    num_id: str | None = None
    ilvl: int | None = None
    bold: bool | None = None
    italic: bool | None = None
    caps: bool | None = None
    font: str | None = None
    center: bool | None = None
    heading: int = 0


class _Styles:
    def __init__(self, styles_el) -> None:
        self.by_id: dict[str, _Style] = {}
        self.default_font: str | None = None
        self.default_para: str | None = None
        if styles_el is None:
            return
        rpr = styles_el.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        if rpr is not None:
            self.default_font = _font_of(rpr)
        for st in styles_el.iter(W + "style"):
            sid = st.get(W + "styleId")
            s = _Style(based_on=_val(st.find(W + "basedOn")))
            ppr = st.find(W + "pPr")
            if ppr is not None:
                num = ppr.find(W + "numPr")
                if num is not None:
                    s.num_id = _val(num.find(W + "numId"))
                    lvl = _val(num.find(W + "ilvl"))
                    s.ilvl = int(lvl) if lvl and lvl.isdecimal() else None
                s.center = _val(ppr.find(W + "jc")) == "center" or None
                outline = _val(ppr.find(W + "outlineLvl"))
                if outline and outline.isdecimal() and int(outline) < WORD_LEVELS:
                    s.heading = int(outline) + 1
            name = _val(st.find(W + "name")) or ""
            level = name[len(_HEADING_STYLE_PREFIX) :].strip()
            if name.lower().startswith(_HEADING_STYLE_PREFIX) and level.isdecimal():
                s.heading = int(level)
            rpr = st.find(W + "rPr")
            if rpr is not None:
                s.bold = _on(rpr.find(W + "b"))
                s.italic = _on(rpr.find(W + "i"))
                s.caps = _on(rpr.find(W + "caps"))
                s.font = _font_of(rpr)
            if sid:
                self.by_id[sid] = s
            if st.get(W + "type") == "paragraph" and st.get(W + "default") in ("1", "true"):
                self.default_para = sid

    def get(self, sid: str | None, attr: str):
        seen = set()
        sid = sid or self.default_para
        while sid and sid not in seen:
            seen.add(sid)
            s = self.by_id.get(sid)
            if s is None:
                break
            v = getattr(s, attr)
            if v is not None and v != 0:
                return v
            sid = s.based_on
        if attr == "font":
            return self.default_font
        return None


def _font_of(rpr) -> str | None:
    f = rpr.find(W + "rFonts")
    if f is None:
        return None
    return f.get(W + "ascii") or f.get(W + "hAnsi") or f.get(W + "cs")


# --- numbering ------------------------------------------------------------------------------------


def _letter(n: int) -> str:
    s = ""
    while n > 0:
        n, r = divmod(n - 1, len(ascii_lowercase))
        s = ascii_lowercase[r] + s
    return s


def _format_counter(n: int, fmt: str) -> str:
    if fmt == "upperRoman":
        return int_to_roman(n)
    if fmt == "lowerRoman":
        return int_to_roman(n).lower()
    if fmt == "lowerLetter":
        return _letter(n)
    if fmt == "upperLetter":
        return _letter(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


def _bullet(text: str) -> str:
    """A bullet character as the parser knows it: ``-`` or ``+`` (Symbol-font codes included)."""
    for ch in text:
        code = ord(ch)
        if _SYMBOL_FONT_FIRST <= code <= _SYMBOL_FONT_LAST:
            ch = chr(code - _SYMBOL_FONT_FIRST)
        if ch in "+":
            return "+"
        if ch in "-–—−":
            return "-"
    return "-"


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


class _Numbering:
    """Counters for Word's automatic numbering, so labels can be rebuilt in document order."""

    def __init__(self, numbering_el) -> None:
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        self.counters: dict[str, list[int | None]] = {}
        if numbering_el is None:
            return
        for an in numbering_el.iter(W + "abstractNum"):
            levels: dict[int, _Level] = {}
            for lvl in an.iter(W + "lvl"):
                ilvl = int(lvl.get(W + "ilvl", "0"))
                start = _val(lvl.find(W + "start"))
                levels[ilvl] = _Level(
                    fmt=_val(lvl.find(W + "numFmt")) or "decimal",
                    text=_val(lvl.find(W + "lvlText")) or "",
                    start=int(start) if start and start.lstrip("-").isdecimal() else 1,
                )
            self.abstract[an.get(W + "abstractNumId")] = levels
        for num in numbering_el.iter(W + "num"):
            overrides = {}
            for ov in num.iter(W + "lvlOverride"):
                so = _val(ov.find(W + "startOverride"))
                if so and so.isdecimal():
                    overrides[int(ov.get(W + "ilvl", "0"))] = int(so)
            self.nums[num.get(W + "numId")] = (_val(num.find(W + "abstractNumId")) or "", overrides)

    def label(self, num_id: str, ilvl: int) -> str | None:
        if num_id not in self.nums:
            return None
        abstract_id, overrides = self.nums[num_id]
        levels = self.abstract.get(abstract_id, {})
        if ilvl not in levels:
            return None
        counters = self.counters.setdefault(num_id, [None] * WORD_LEVELS)
        for k in range(WORD_LEVELS):
            if counters[k] is None and k <= ilvl:
                lv = levels.get(k, _Level())
                counters[k] = overrides.get(k, lv.start) - (1 if k == ilvl else 0)
        counters[ilvl] = (counters[ilvl] or 0) + 1
        for k in range(ilvl + 1, WORD_LEVELS):
            counters[k] = None
        lv = levels[ilvl]
        if lv.fmt == "bullet":
            return _bullet(lv.text)
        text = lv.text
        for k in range(WORD_LEVELS):
            token = f"%{k + 1}"
            if token in text:
                lvk = levels.get(k, _Level())
                text = text.replace(token, _format_counter(counters[k] or lvk.start, lvk.fmt))
        return text.strip() or None


# --- reading --------------------------------------------------------------------------------------


def _cell_geometry(tc) -> tuple[int, bool]:
    """How many grid columns a cell spans, and whether it continues the merged cell above (``vMerge``)."""
    tcpr = tc.find(W + "tcPr")
    span = _val(tcpr.find(W + "gridSpan")) if tcpr is not None else None
    vmerge = tcpr.find(W + "vMerge") if tcpr is not None else None
    return (int(span) if span and span.isdecimal() else 1), vmerge is not None and _val(vmerge) in (None, "continue")


def _width(value: str | None) -> int:
    """A grid column's width in twentieths of a point (a value Word would not write counts as none)."""
    return int(value) if value and value.isdecimal() else 0


def _join_cell(paragraphs: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The paragraphs of one cell on one line, joined with a space, and where each one stands (a name
    may wrap onto the next paragraph, or each paragraph may hold one name: the extractors decide)."""
    out = ""
    parts: list[tuple[int, int]] = []
    for p in paragraphs:
        if not p:
            continue
        if out:
            out += " "
        parts.append((len(out), len(out) + len(p)))
        out += p
    return out, parts


@dataclass
class _Out:
    lines: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    extra: list[tuple[ExtraTextKind, str]] = field(default_factory=list)
    encodings: set[str] = field(default_factory=set)
    tables: int = 0

    def add(self, text: str, hint: Block) -> None:
        if hint.cells is not None:  # a table row is one line whatever it holds
            self.lines.append(text.strip())
            self.blocks.append(hint)
            return
        for k, part in enumerate(text.split("\n")):
            part = part.replace("\t", " ").strip()
            if part:
                self.lines.append(part)
                self.blocks.append(
                    hint
                    if k == 0
                    else Block(bold=hint.bold, italic=hint.italic, column=hint.column, centered=hint.centered)
                )


class _Reader:
    def __init__(self, budget: CellBudget, doc=None, styles_el=None) -> None:
        """``doc``: a python-docx Document; a body built by another reader (HTML) has none, only ``styles_el``.
        ``budget``: the table cells the document may have (``Limits.max_table_cells``)."""
        self.budget = budget
        try:
            self.styles = _Styles(doc.styles.element if doc is not None else styles_el)
        except Exception:  # noqa: BLE001 - a missing or broken styles part: no style hints
            self.styles = _Styles(None)
        try:
            numbering_el = doc.part.numbering_part.element if doc is not None else None
        except (KeyError, NotImplementedError, AttributeError):
            numbering_el = None
        self.numbering = _Numbering(numbering_el)
        self.out = _Out()
        #: paragraphs of a header or closing laid out with tabs, waiting to be read as two columns
        self.tab_run: list[tuple[TabRow | None, str, Block]] = []
        self.tab_zone: str | None = None
        self.width = DEFAULT_TEXT_WIDTH

    # paragraphs
    def paragraph_text(self, p_el, number: bool = True, empty_label: bool = False) -> tuple[str, Block]:
        """A paragraph's text and hints; ``empty_label``: an auto-numbered paragraph without text still shows
        its number (the ``STT`` column of a table, numbered by Word)."""
        ppr = p_el.find(W + "pPr")
        style_id = _val(ppr.find(W + "pStyle")) if ppr is not None else None
        pieces: list[tuple[str, str | None, bool, bool, bool]] = []  # text, font, bold, italic, caps
        for r in p_el.iter(W + "r"):
            if any(a.tag == _TXBX for a in r.iterancestors()):
                continue
            rpr = r.find(W + "rPr")
            font = bold = italic = caps = None
            if rpr is not None:
                font = _font_of(rpr)
                bold = _on(rpr.find(W + "b"))
                italic = _on(rpr.find(W + "i"))
                caps = _on(rpr.find(W + "caps"))
            font = font or self.styles.get(style_id, "font")
            bold = bold if bold is not None else bool(self.styles.get(style_id, "bold"))
            italic = italic if italic is not None else bool(self.styles.get(style_id, "italic"))
            caps = caps if caps is not None else bool(self.styles.get(style_id, "caps"))
            buf = []
            for child in r:
                tag = child.tag
                if tag == W + "t":
                    buf.append(child.text or "")
                elif tag == W + "tab":
                    buf.append("\t")
                elif tag in (W + "br", W + "cr"):
                    buf.append("\n")
                elif tag == W + "noBreakHyphen":
                    buf.append("-")
            if buf:
                pieces.append(("".join(buf), font, bold, italic, caps))
        text_parts: list[str] = []
        bold_chars = visible = bold_prefix = 0
        prefix_open = True
        italic_chars = 0
        # decide per group of runs in one font: a single run holds too few letters to tell legacy text
        groups: list[tuple[str | None, list]] = []
        for piece in pieces:
            if groups and groups[-1][0] == piece[1]:
                groups[-1][1].append(piece)
            else:
                groups.append((piece[1], [piece]))
        for font, grp in groups:
            enc, capitals = legacy_encoding_for("".join(p[0] for p in grp), font)
            if enc:
                self.out.encodings.add(enc)
            for s, _font, bold, italic, caps in grp:
                if enc:
                    s = decode_legacy(s, enc, capitals)
                if caps:
                    s = s.upper()
                n = len(s.strip())
                text_parts.append(s)
                if n:
                    visible += n
                    if bold:
                        bold_chars += n
                        if prefix_open:
                            bold_prefix = len("".join(text_parts).rstrip())
                    else:
                        prefix_open = False
                    if italic:
                        italic_chars += n
        text = "".join(text_parts)
        hint = Block()
        if visible:
            hint.bold = bold_chars >= visible * DEFAULT_BOLD_SHARE
            hint.italic = italic_chars >= visible * DEFAULT_BOLD_SHARE
            if not hint.bold and bold_prefix:
                hint.bold_prefix = bold_prefix - (len(text) - len(text.lstrip()))
        jc = _val(ppr.find(W + "jc")) if ppr is not None else None
        hint.centered = jc == "center" if jc else bool(self.styles.get(style_id, "center"))
        hint.heading_level = self.styles.get(style_id, "heading") or 0
        # automatic numbering
        num_id = ilvl = None
        if ppr is not None and ppr.find(W + "numPr") is not None:
            num = ppr.find(W + "numPr")
            num_id = _val(num.find(W + "numId"))
            lv = _val(num.find(W + "ilvl"))
            ilvl = int(lv) if lv and lv.isdecimal() else None
        if num_id is None:
            num_id = self.styles.get(style_id, "num_id")
        if ilvl is None:
            ilvl = self.styles.get(style_id, "ilvl") or 0
        if number and num_id and num_id != "0":
            label = self.numbering.label(num_id, ilvl)
            if label and not text.strip() and empty_label:
                text = label
            elif label and text.strip():
                lead = len(label) + 1
                text = f"{label} {text.lstrip()}"
                if hint.bold_prefix:
                    hint.bold_prefix += lead
        return text, hint

    def text_boxes(self, el) -> None:
        for box in el.iter(_TXBX):
            text = " ".join(self.paragraph_text(p, number=False)[0].strip() for p in box.iter(W + "p")).strip()
            if text and ("text_box", text) not in self.out.extra:
                self.out.extra.append(("text_box", text))

    # tables
    def table(self, tbl) -> None:
        grid = [_width(g.get(W + "w")) for g in tbl.iterfind(f"{W}tblGrid/{W}gridCol")]
        edges = list(itertools.accumulate(grid, initial=0))  # x of each grid column's left edge, and the end
        total = edges[-1] or len(grid) or 1
        rows = []
        for tr in tbl.iterfind(W + "tr"):
            cells = []
            col = 0
            for tc in tr.iterfind(W + "tc"):
                span_n, continued = _cell_geometry(tc)
                self.budget.take(min(span_n, len(grid) or span_n))
                if grid:
                    x0 = edges[min(col, len(grid))]
                    x1 = edges[min(col + span_n, len(grid))]
                    center = (x0 + x1) / 2 / total
                else:
                    center = (col + span_n / 2) / max(1, len(tr))
                if not continued:
                    cells.append((center, tc))
                col += span_n
            rows.append(cells)
        n_cols = max((len(r) for r in rows), default=0)
        if n_cols >= 2 and len(rows) <= DEFAULT_LAYOUT_TABLE_ROWS and self._is_layout(rows):
            for side in ("left", "right"):
                for cells in rows:
                    for center, tc in cells:
                        if (center < LAYOUT_COLUMN_SPLIT) == (side == "left"):
                            self.block_content(tc, column=side)
            return
        if n_cols <= 1:
            for cells in rows:
                for _c, tc in cells:
                    self.block_content(tc)
            return
        self.data_table(tbl)

    def data_table(self, tbl) -> None:
        """A data table: one line per row, cells kept by their grid column (merged cells marked)."""
        table_no = self.out.tables
        self.out.tables += 1
        for row_no, tr in enumerate(tbl.iterfind(W + "tr")):
            parts: list[str] = []
            cells: list[Cell] = []
            pos = 0
            col = 0
            for tc in tr.iterfind(W + "tc"):
                span_n, continued = _cell_geometry(tc)
                text, paras = (
                    ("", [])
                    if continued
                    else _join_cell(
                        [
                            self.paragraph_text(p, empty_label=True)[0].replace("\n", " ").replace("\t", " ").strip()
                            for p in tc.iter(W + "p")
                        ]
                    )
                )
                if parts:
                    pos += len(CELL_SEPARATOR)
                parts.append(text)
                cells.append(Cell(pos, pos + len(text), col, span_n, continued, [(pos + a, pos + b) for a, b in paras]))
                pos += len(text)
                col += span_n
            line = CELL_SEPARATOR.join(parts)
            if line.strip(" |"):
                lead = len(line) - len(line.lstrip())
                for c in cells:
                    c.start, c.end = max(0, c.start - lead), max(0, c.end - lead)
                    c.parts = [(max(0, a - lead), max(0, b - lead)) for a, b in c.parts]
                self.out.add(line, Block(table=table_no, row=row_no, cells=cells))

    def tab_paragraph(self, p_el, text: str, hint: Block) -> bool:
        """Whether the body paragraph went into a run of tab-laid columns (``tab_columns``): at the top of
        the document (the header), or from ``Nơi nhận`` or a signing authority on (the closing)."""
        row = split_tabs(text, tab_stops(p_el), self.width)
        if self.tab_run:
            blank = not text.strip()
            listed = text.lstrip().startswith(("-", "+", "•")) and self.tab_zone == "closing"
            if row is not None or blank or listed:
                self.tab_run.append((row, text, hint))
                return True
            self.flush_tab_run()
        if row is None:
            return False
        if not self.out.lines:
            self.tab_zone = "header"
        elif opens_closing(row):
            self.tab_zone = "closing"
        else:
            return False
        self.tab_run.append((row, text, hint))
        return True

    def flush_tab_run(self) -> None:
        """The run's left column, then its right column, as a layout table's cells are read."""
        run, self.tab_run = self.tab_run, []
        lefts = [(row.left if row is not None else text, hint) for row, text, hint in run]
        rights = [(row.right, hint) for row, _, hint in run if row is not None]
        for side, items in (("left", lefts), ("right", rights)):
            for text, hint in items:
                if text.strip():
                    self.out.add(text, replace(hint, column=side))

    def _is_layout(self, rows) -> bool:
        return any(
            is_header_or_closing_line(self.paragraph_text(p, number=False)[0].strip())
            for cells in rows
            for _c, tc in cells
            for p in tc.iter(W + "p")
        )

    def body(self, body_el) -> None:
        """The document's body, in order (a header or signature block laid out with tabs as columns)."""
        self.width = text_width(body_el)
        self.block_content(body_el)
        self.flush_tab_run()

    def block_content(self, container, column: str | None = None) -> None:
        """Paragraphs and tables of the body or of a cell, in order."""
        for child in container:
            if child.tag == W + "p":
                self.text_boxes(child)
                text, hint = self.paragraph_text(child)
                if column:
                    hint.column = column
                elif self.tab_paragraph(child, text, hint):
                    continue
                self.out.add(text, hint)
                continue
            if child.tag in (W + "tbl", W + "sdt"):
                self.flush_tab_run()
            if child.tag == W + "tbl":
                if column:
                    for p in child.iter(W + "p"):
                        text, hint = self.paragraph_text(p)
                        hint.column = column
                        self.out.add(text, hint)
                else:
                    self.table(child)
            elif child.tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    self.block_content(content, column)


#: An XML part's document type declaration must come before its root element, so within its first bytes.
_DTD_WINDOW = 4096
#: A part is inflated this much at a time, so that counting stops a zip bomb one chunk past the limit.
_CHUNK = 1 << 20
#: One mebibyte: sizes in messages are shown in MiB from it up.
_MIB = 1 << 20


def check_package(data: bytes, path: str | None, limits: Limits) -> None:
    """Refuse a zip bomb and XML entity tricks before python-docx inflates every part into memory, and
    another Office package named ``.docx`` (``OTHER_PACKAGES``) by its members' names.

    The sizes the zip declares are checked first (cheap), then every part is inflated in chunks and
    counted, because declared sizes can lie.  A DTD is refused outright: Office Open XML forbids them,
    and nested entities in one are the "billion laughs" attack."""
    limit = limits.max_decompressed_bytes
    too_big = (
        f"the DOCX unpacks to more than {_mib(limit)} (the limit for a Word package; "
        f"{Limits.hint('max_decompressed_bytes')})"
    )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            members = [i for i in zf.infolist() if not i.is_dir()]
            other = other_package({i.filename for i in members})
            if other:
                raise ReadError(
                    path, f"{other}, not a Word document (.docx): save it as .docx or give it its own extension"
                )
            if sum(i.file_size for i in members) > limit:
                raise LimitExceeded(path, too_big)
            total = paragraphs = 0
            for info in members:
                xml = info.filename.lower().endswith((".xml", ".rels"))
                counted = info.filename.startswith("word/") and xml  # the body, notes, headers: their paragraphs
                head = b""
                with zf.open(info) as fh:
                    while chunk := fh.read(_CHUNK):
                        total += len(chunk)
                        if total > limit:
                            raise LimitExceeded(path, too_big)
                        if xml and len(head) < _DTD_WINDOW:
                            head += chunk[:_DTD_WINDOW]
                        if counted:  # before python-docx builds an object for each (issue 40)
                            paragraphs += chunk.count(b"<w:p>") + chunk.count(b"<w:p ")
                            limits.check_paragraphs(paragraphs, path)
                if b"<!DOCTYPE" in head[:_DTD_WINDOW]:
                    raise ReadError(
                        path,
                        f"the DOCX part {info.filename} declares a DTD, which Word files never "
                        "do (refused: its entities could expand without bound)",
                    )
    except (zipfile.BadZipFile, NotImplementedError, EOFError, OSError, zlib.error) as exc:
        raise ReadError(path, f"not a readable DOCX file ({type(exc).__name__}: {exc})") from None


#: Office packages that are zip files like a DOCX, by a part only they have: named ``.docx``, they are
#: reported as what they are (issue 40: python-docx's message showed a Python object).
OTHER_PACKAGES: tuple[tuple[str, str], ...] = (
    ("xl/workbook.xml", "an Excel workbook (.xlsx)"),
    ("ppt/presentation.xml", "a PowerPoint presentation (.pptx)"),
    ("content.xml", "an OpenDocument file (.odt, .ods)"),
)
#: How python-docx names the file it was given in memory: ``'<_io.BytesIO object at 0x7f…>'``.
_IN_MEMORY_FILE = re.compile(r"'?<_io\.BytesIO object at 0x[0-9a-fA-F]+>'?")


def other_package(names: set[str]) -> str | None:
    """What a zip package of these members is when it holds no Word document (``OTHER_PACKAGES``), or None."""
    if "word/document.xml" in names:
        return None
    return next((what for part, what in OTHER_PACKAGES if part in names), None)


def _mib(n: int) -> str:
    return f"{n / _MIB:g} MiB" if n >= _MIB else f"{n} bytes"


def read_docx(data: bytes, *, path: str | None = None, fmt: str = "docx", limits: Limits | None = None) -> ReadResult:
    """Read DOCX bytes into blocks; ``fmt`` says what the user gave (``doc`` after conversion)."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    limits = limits or Limits.from_env()
    check_package(data, path, limits)
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as exc:
        reason = _IN_MEMORY_FILE.sub("the file", str(exc))
        raise ReadError(path, f"not a readable DOCX file ({type(exc).__name__}: {reason})") from None
    except Exception as exc:  # noqa: BLE001 - corrupt XML and the like must not become tracebacks
        raise ReadError(path, f"corrupt DOCX file ({type(exc).__name__}: {exc})") from None
    reader = _Reader(CellBudget(limits, path, "DOCX file"), document)
    reader.body(document.element.body)
    kind: ExtraTextKind
    for section in document.sections:
        for kind, part in (("header", section.header), ("footer", section.footer)):
            try:
                if part.is_linked_to_previous:
                    continue
                text = " ".join(p.text.strip() for p in part.paragraphs if p.text.strip())
            except Exception:  # noqa: BLE001, S112  (a header or footer part python-docx cannot read is left out)
                continue
            if text and (kind, text) not in reader.out.extra:
                reader.out.extra.append((kind, text))
    return _result(reader, data, path, fmt, "DOCX file")


def read_body(
    body, *, data: bytes, path: str | None, fmt: str, styles_el=None, what: str, limits: Limits | None = None
) -> ReadResult:
    """Read a WordprocessingML body built by another reader (a web page) by the DOCX reader's rules, so
    that its header and closing tables, data tables and bold lines come out as a DOCX's would."""
    reader = _Reader(CellBudget(limits or Limits.from_env(), path, what), styles_el=styles_el)
    reader.body(body)
    return _result(reader, data, path, fmt, what)


def _result(reader: _Reader, data: bytes, path: str | None, fmt: str, what: str) -> ReadResult:
    out = reader.out
    if not out.lines:
        raise ReadError(path, f"the {what} contains no text")
    original = "\n".join(out.lines)
    encoding = "+".join(sorted(out.encodings)) if out.encodings else None
    return ReadResult(
        original=original,
        mapped=MappedText.identity_of(original),
        blocks=out.blocks,
        format=fmt,
        path=path,
        encoding=encoding,
        sha256=ReadResult.digest(data),
        extra=out.extra,
    )
