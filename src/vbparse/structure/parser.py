"""Zones and the section tree.

A document is read top to bottom as: header (issuer, Số, place/date; two columns) → type line
(``KẾ HOẠCH``) → title → preamble (``Thực hiện …``, ``Căn cứ …``) → numbered body → closing paragraph
(``Trên đây là …``) → ``Nơi nhận:`` list → signature block.  Any zone may be missing; the parser finds
what is there and the extractors report what is not.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, field, replace

import regex

from ..chars import (
    collapse_spaces,
    emphasis_mark_runs,
    fold,
    int_to_roman,
    is_caps,
    moved_past_marks,
    nfc,
    split_syllable_gaps,
    without_emphasis_marks,
)
from ..models import Section
from ..offsets import MappedText
from ..pattern_cache import compiled
from ..read.base import Block, Cell
from ..read.unwrap import opens_field
from ..tables import patterns as P
from ..tables.names import PERSON_NAME_LINE
from ..tables.portfolios import PORTFOLIO_MEMBERS
from ..zones import (
    closing_at,
    document_start,
    is_deciding_authority,
    is_unread_noi_nhan,
    opens_signature_block,
    signer_run_on,
)
from .run_in import run_in_cuts

#: Lines at the top of a document where a type line that opens its title is looked for when none stands alone.
DEFAULT_TYPE_TITLE_LINES = 15
#: A type line standing alone is looked for in this many first lines, or in the first half of a longer
#: document: it stands under the header, never further down.
DEFAULT_TYPE_LINE_LINES = 40
#: A Roman-numbered heading (``I. MỤC ĐÍCH, YÊU CẦU``) past this many first lines means the body began
#: without a type line: the search stops there.  Within the first lines such a line is taken for part of the
#: header and the search goes on.
DEFAULT_HEADER_FRAGMENT_LINES = 3
#: Without ``Nơi nhận``, a signing-authority line (``TM. ỦY BAN NHÂN DÂN``) among this many last lines
#: opens the closing zone.
DEFAULT_SIGNATURE_LINES = 15
#: The signature column may begin this many lines above ``Nơi nhận`` (``TM. ỦY BAN NHÂN DÂN`` printed a line
#: higher than the recipients' label): those lines are the block's, not the body's.
DEFAULT_SIGNATURE_LINES_ABOVE = 3
#: In a document without a type line (a công văn), a line of running text longer than this ends the
#: header: the lines of a header (issuer, number, place and date) are shorter.
DEFAULT_MAX_HEADER_LINE = 90
#: A colon at most this far into a labelled line ends a heading lead-in (``1. Mục đích: …``); further on
#: it belongs to the sentence.
DEFAULT_LEAD_IN_CHARS = 80
#: A heading has at most this many words; a longer unpunctuated line is text.
DEFAULT_HEADING_WORDS = 12
#: A type line after the signature heads an attached document when a ``(Kèm theo …)`` note stands within this
#: many lines under it (the title may take two or three).
DEFAULT_ATTACHED_NOTE_LINES = 4
#: An unpunctuated item line with items below it heads them when it has at most this many words (``6. Đề
#: nghị Mặt trận Tổ quốc … thị trấn``).
DEFAULT_ITEM_HEADING_WORDS = 25
_WORD = compiled(r"[\p{L}\p{N}]+")
_NUMBER_SLASH = compiled(r"\d/\d")


def _more_words(text: str, limit: int) -> bool:
    """Whether ``text`` holds more than ``limit`` words (counted no further: a paragraph may be long)."""
    return next(itertools.islice(_WORD.finditer(text), limit, None), None) is not None


@dataclass
class Line:
    idx: int
    text: str  # stripped line text (normalised)
    start: int  # offset of text in the normalised document
    end: int
    hint: Block
    #: for a table row: each cell as ``(start, end)`` offsets in ``text`` with its grid position
    cells: list[tuple[int, int, Cell, list[tuple[int, int]]]] | None = None

    @property
    def key(self) -> str:
        return fold(self.text)

    def cell_texts(self) -> list[tuple[int, str, bool]]:
        """``(grid column, text, continued)`` of each cell of a table row."""
        return [(c.col, self.text[a:b].strip(" *"), c.continued) for a, b, c, _parts in self.cells or []]

    def cell_parts(self, col: int) -> list[str]:
        """The paragraphs of the cell at grid column ``col`` (one name per paragraph in some tables)."""
        for _a, _b, c, parts in self.cells or []:
            if c.col == col:
                return [self.text[x:y].strip() for x, y in parts if self.text[x:y].strip()]
        return []


@dataclass
class Node:
    """A section under construction (converted to ``models.Section`` at the end)."""

    label: str  # as match_label read it: I, 1.2, a, -
    kind: str
    rank: int
    heading: str | None
    text_parts: list[str]
    start: int
    end: int
    path: str = ""
    children: list[Node] = field(default_factory=list)
    parent: Node | None = None
    lines: list[Line] = field(default_factory=list)

    @property
    def text(self) -> str | None:
        t = "\n".join(p for p in self.text_parts if p)
        return t or None


@dataclass
class TableRows:
    """The rows of one data table, with where it stands: the body section it sits in, or the appendix."""

    number: int
    rows: list[Line] = field(default_factory=list)
    section: str | None = None
    appendix: str | None = None
    #: the appendix's title: the lines between its ``PHỤ LỤC`` line and its table (``KẾT QUẢ THỰC HIỆN …``)
    title: str | None = None


@dataclass
class Part:
    """A part printed after the closing: an appendix (``PHỤ LỤC I``) or a document the one above issues (the
    ``KẾ HOẠCH`` a decision issues, its ``(Kèm theo …)`` note under the title), with its own sections."""

    kind: str  # "appendix" | "attached"
    #: the line that opens it: ``PHỤ LỤC I …`` or the type line
    opener: Line
    #: its lines before its first section: the title, the ``(Kèm theo …)`` note, an unnumbered paragraph
    head: list[Line] = field(default_factory=list)
    roots: list[Node] = field(default_factory=list)
    #: where it ends in the text (the start of the next part, or the end of what follows the closing)
    end: int = 0
    #: its own closing from its ``Nơi nhận:`` on (a draft's recipients and signature): no section's lines
    recipients: list[Line] = field(default_factory=list)


@dataclass
class Structure:
    text: str
    mapped: MappedText
    lines: list[Line]
    header: list[Line] = field(default_factory=list)
    type_line: Line | None = None
    #: what follows the type name on the type line, when the title begins there (``QUYẾT ĐỊNH CHẤP THUẬN
    #: CHỦ TRƯƠNG ĐẦU TƯ`` over ``ĐỒNG THỜI CHẤP THUẬN NHÀ ĐẦU TƯ``)
    type_line_title: str = ""
    title: list[Line] = field(default_factory=list)
    #: the rest of a title's line that ran on into the first paragraph (``_title_run_in``): the body's first line
    title_rest: list[Line] = field(default_factory=list)
    addressees: list[Line] = field(default_factory=list)
    preamble: list[Line] = field(default_factory=list)
    body: list[Line] = field(default_factory=list)
    closing: list[Line] = field(default_factory=list)
    recipients: list[Line] = field(default_factory=list)
    signature: list[Line] = field(default_factory=list)
    noi_nhan: Line | None = None
    roots: list[Node] = field(default_factory=list)
    #: lines after the signature that open with ``PHỤ LỤC`` and everything below them
    appendix: list[Line] = field(default_factory=list)
    #: whether ``appendix`` begins right after the closing (the signature's last line above its first line), where
    #: a type line opens the next part whatever follows it on its line
    appendix_after_closing: bool = False
    tables: list[TableRows] = field(default_factory=list)
    #: the section trees of the appendices and of an attached document (the plan a decision issues), and
    #: their closing paragraphs: obligations are read there as in the body
    annex_roots: list[Node] = field(default_factory=list)
    annex_closing: list[Line] = field(default_factory=list)
    #: the appendices and attached documents after the closing, in order (their roots are in ``annex_roots``)
    parts: list[Part] = field(default_factory=list)
    #: lines after the closing that no part holds (no item, no table, no closing paragraph of one): what a
    #: reader did not read, reported, never dropped silently (``unread_after_closing``)
    unread: list[Line] = field(default_factory=list)

    def iter_nodes(self):
        return iter_nodes(self.roots)

    def iter_all_nodes(self):
        """The body's sections and those of every part after the closing (appendices, an issued plan)."""
        return iter_nodes(self.roots + self.annex_roots)

    def to_sections(self, roots: list[Node] | None = None) -> list[Section]:
        """The Section models of ``roots`` (the body's when None)."""

        def conv(n: Node) -> Section:
            return Section(
                label=n.label,
                path=n.path,
                heading=n.heading,
                text=n.text,
                span=self.mapped.span(n.start, n.end),
                children=[conv(c) for c in n.children],
            )

        return [conv(n) for n in (self.roots if roots is None else roots)]


# --- labels -------------------------------------------------------------------------------------

_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_to_int(s: str) -> int | None:
    total = 0
    prev = 0
    for ch in reversed(s):
        v = _ROMAN_VALUES.get(ch)
        if v is None:
            return None
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


_ROMAN_DIGITS = "IVXLC"
_LETTERS = "abcdefghijklmnopqrstuvwxyzđ"


#: The rank a lettered part (``A.``) is given by ``match_label``; ``_tree`` places it by where it stands.
DEFAULT_UPPER_RANK = 0


def may_be_label(text: str) -> bool:
    """What a label of ``match_label`` needs of a line's first two characters (its patterns allow nothing before
    the label): a digit or a bullet; a Roman numeral then another, a stop or a space; a letter then a stop or a
    space (``a)``, ``đ.``); ``Phần``, ``Điều``.  Most lines of prose (``Các sở …``, ``Chủ tịch …``, ``UBND …``) fail
    it, and no pattern is tried on them."""
    first, second = text[:1], text[1:2]
    if first.isdecimal() or first in "-+•*":
        return first != ""
    if first in P.UPPER_LABEL_LETTERS and second == ".":
        return True  # (``A. NHIỆM VỤ …``: ``LABEL_UPPER``)
    if first in _ROMAN_DIGITS:
        return second in _ROMAN_DIGITS or second in ".-)/" or second.isspace()
    if first in _LETTERS:
        return second in ".)/" or second.isspace() or (first in "ivx" and second in "ivx")  # (``ii)``: SMALL_ROMAN)
    if first == "(":
        return second in _LETTERS and text[2:3] == ")"
    return text.startswith(("PHẦN", "Phần", "Điều", "PHỤ LỤC"))


_LABELS_BY_FIRST = {
    "digit": ((P.LABEL_ARABIC, "arabic"),),
    "bullet": ((P.LABEL_BULLET, "bullet"),),
    "roman": ((P.LABEL_ROMAN, "roman"),),
    # ``C.`` before a heading in capitals: a lettered part (no plan has a hundred Roman sections)
    "roman_or_upper": ((P.LABEL_UPPER, "upper"), (P.LABEL_ROMAN, "roman")),
    "upper": ((P.LABEL_UPPER, "upper"),),
    "letter": ((P.LABEL_LETTER, "letter"),),
    "word": ((P.LABEL_PART, "part"), (P.LABEL_ARTICLE, "article"), (P.LABEL_APPENDIX, "appendix")),
}


def _label_patterns(first: str) -> tuple[tuple[regex.Pattern, str], ...]:
    """The label patterns a line beginning with ``first`` can match (each pattern's first character is of one
    class only: a digit, a bullet, a Roman numeral in capitals, a letter in lower case, or ``Phần``/``Điều``)."""
    if first.isdecimal():
        return _LABELS_BY_FIRST["digit"]
    if first in "-+•*":
        return _LABELS_BY_FIRST["bullet"]
    if first == "C":
        return _LABELS_BY_FIRST["roman_or_upper"]
    if first in _ROMAN_DIGITS:
        return _LABELS_BY_FIRST["roman"]
    if first in P.UPPER_LABEL_LETTERS:
        return _LABELS_BY_FIRST["upper"]
    if first in _LETTERS or first == "(":
        return _LABELS_BY_FIRST["letter"]
    return _LABELS_BY_FIRST["word"]


#: A Roman numeral as OCR misreads it at a heading in capitals: stray marks before it (``_``, ``'``), ``l``/``1``/``|``
#: for ``I``, ``I.`` run into an ``L`` (``IL`` for ``II.``), the stop lost (``_    IL  NỘI DUNG, TIẾN ĐỘ``).
_MISREAD_ROMAN = compiled(r"^[\s_\-.'‘’`~]*(?P<label>[IVXlL1|]{1,4})(?:[.\-):]\s*|\s+)(?=\p{Lu})")
_MISREAD_FIRST = frozenset("_-.'‘’`~ \tIVXlL1|")
#: The highest section number a misread numeral is taken for (a plan has a handful of Roman sections).
DEFAULT_MAX_MISREAD_ROMAN = 12


def _misread_roman(text: str) -> tuple[str, str, int, int] | None:
    """A heading in capitals whose Roman numeral OCR misread (``IL  NỘI DUNG …``): the numeral as printed, read back
    (``l``, ``1``, ``|`` as ``I``; a last ``L`` after ``I`` as the ``I.`` it ran into)."""
    if (joined := _JOINED_II.match(text)) and is_caps(text[joined.end() :]):
        return "II", "roman", 1, joined.end()
    if text[:1] not in _MISREAD_FIRST:
        return None
    m = _MISREAD_ROMAN.match(text)
    if m is None or not is_caps(text[m.end() :]):
        return None
    token = m.group("label")
    stop = text[m.end("label") : m.end("label") + 1] in ".-):"
    if not stop and (not set(token) & set("Il1|") or (len(token) == 1 and token != "I")):
        return None  # ``X QUANG``: a word; ``| ỦY BAN NHÂN DÂN``: a table's rule, no numeral
    label = token.translate(_MISREAD_I)
    if label.endswith("L") and label[:-1] and set(label[:-1]) == {"I"}:
        label = label[:-1] + "I"
    value = roman_to_int(label)
    if value is None or not 1 <= value <= DEFAULT_MAX_MISREAD_ROMAN or label != int_to_roman(value):
        return None
    return label, "roman", 1, m.end()


_MISREAD_I = str.maketrans({"l": "I", "1": "I", "|": "I"})
#: ``II.`` read as one letter, its strokes joined (``H. NỘI DUNG TỔNG KẾT``).
_JOINED_II = compiled(r"^H\.\s*(?=\p{Lu})")


def _l_read_for_i(label: str, heading: str) -> str:
    """A numeral with an ``L`` above any plan's sections (``LII.``, ``L.``) at a heading in capitals: OCR read an
    ``I`` as ``L``; read back when that makes a section's numeral (``III``, ``I``)."""
    if "L" not in label or (roman_to_int(label) or 0) <= DEFAULT_MAX_MISREAD_ROMAN or not is_caps(heading):
        return label
    read = label.replace("L", "I")
    value = roman_to_int(read)
    return read if value is not None and value <= DEFAULT_MAX_MISREAD_ROMAN and read == int_to_roman(value) else label


def match_label(text: str) -> tuple[str, str, int, int] | None:
    """Return (label, kind, rank, end of label) for a numbered or bulleted line."""
    if not may_be_label(text):
        return _misread_roman(text)
    for pat, kind in _label_patterns(text[:1]):
        m = pat.match(text)
        if not m:
            continue
        label = m.group("label")
        if kind == "upper":
            if not is_caps(text[m.end() :]):
                continue  # (``A. Thủ tục …``, ``B. Nguyễn Văn An``: no heading in capitals)
            return label, kind, DEFAULT_UPPER_RANK, m.end()
        if kind == "roman":
            if roman_to_int(label) is None or (label in {"C", "L"} and not text[m.end() : m.end() + 1].isupper()):
                continue
            return _l_read_for_i(label, text[m.end() :]), kind, 1, m.end()
        if kind == "part":
            return label, kind, 0, m.end()
        if kind == "appendix":
            return appendix_name(label), "part", 0, m.end()
        if kind == "article":
            return label, kind, 2, m.end()
        if kind == "arabic":
            return label, kind, 2 + label.count(".") + 1, m.end()
        if kind == "letter":
            return label, kind, 8, m.end()
        if label in "•*":
            label = "-"
        return label, kind, 9 if label == "-" else 10, m.end()
    return _misread_roman(text)


def _strip_heading(s: str) -> str:
    return s.strip().rstrip(":.").strip()


def split_heading(content: str, kind: str, hint: Block, label_len: int) -> tuple[str | None, str | None]:
    """Decide whether a labelled line's content is a heading, text, or a heading lead-in plus text."""
    content = content.strip()
    if not content:
        return None, None
    if hint.bold_prefix and hint.bold_prefix > label_len:
        cut = hint.bold_prefix - label_len
        head, rest = content[:cut], content[cut:]
        if head.strip():
            return _strip_heading(head) or None, rest.strip() or None
    if kind in {"roman", "part"} or hint.bold or hint.heading_level or is_caps(content):
        return _strip_heading(content), None
    colon = content.find(":")
    if 0 < colon <= DEFAULT_LEAD_IN_CHARS:
        head = content[:colon]
        rest = content[colon + 1 :].strip()
        if (
            rest
            and not _more_words(head, DEFAULT_HEADING_WORDS)
            and head[:1].isupper()
            and not _NUMBER_SLASH.search(head)
            and not (P.COLLECTIVE_END.search(head) and (P.MEMBER_LIST.match(rest) or PORTFOLIO_MEMBERS.match(rest)))
            and not P.REQUEST_LABEL.match(head)  # ``Đề nghị: Hội A, Hội B``: the colon opens the ones asked
        ):  # ``Giám đốc các Sở: Xây dựng, Tài chính, …``: the colon lists the collective's members
            return _strip_heading(head), rest
    if not content.rstrip().endswith((".", ";", ",")) and not _more_words(content, DEFAULT_HEADING_WORDS):
        return _strip_heading(content), None
    return None, content


# --- zoning ---------------------------------------------------------------------------------------


#: Where normalisation cannot join a line's text across: before a printable ASCII character nothing
#: composes with what precedes and no rewrite runs on (``chars.REWRITES`` joins only a letter with its marks
#: and runs of odd white space).
_SAFE_CUT = compiled(r"[\x21-\x7e]")


#: Put after a piece being normalised so that its trailing spaces are not a line end's (``_normalised_offsets``).
_SENTINEL = "x"


def _normalised_offsets(reader_line: str, offsets: list[int]) -> dict[int, int]:
    """Where each offset of a line as the reader wrote it falls in the normalised line.  Normalisation is
    local, so the line is normalised in pieces cut where nothing joins across (``_SAFE_CUT``), each piece once:
    normalising the prefix up to every cell of a long row anew was quadratic.  The sentinel keeps trailing
    spaces of a piece (at its end they would read as a line end's); it is a letter normalisation keeps as it is
    (a control character is dropped now: issue 40)."""
    out: dict[int, int] = {}
    cut, done = 0, 0  # the last safe cut reached and the normalised length of the text before it
    for offset in sorted(set(offsets)):
        last = None
        for m in _SAFE_CUT.finditer(reader_line, cut + 1, offset + 1):
            last = m.start()
        if last is not None and last <= offset:
            done += len(nfc(reader_line[cut:last] + _SENTINEL)) - 1
            cut = last
        out[offset] = done + len(nfc(reader_line[cut:offset] + _SENTINEL)) - 1
    return out


def _lines(mapped: MappedText, blocks: list[Block], reader_text: str | None = None) -> list[Line]:
    out: list[Line] = []
    pos = 0
    text = mapped.text
    reader_lines = reader_text.split("\n") if reader_text is not None else None
    for i, raw in enumerate(text.split("\n")):
        lead = len(raw) - len(raw.lstrip())
        s = raw.strip()
        if s:
            hint = blocks[i] if i < len(blocks) else Block()
            if lead and hint.bold_prefix:
                # a reader counts the bold lead-in from the line's first character (a page break, an indent before
                # ``**1. Sở A **(…)``); the line is read stripped
                hint = replace(hint, bold_prefix=max(0, hint.bold_prefix - lead))
            line = Line(i, s, pos + lead, pos + lead + len(s), hint)
            if hint.cells is not None:
                src = reader_lines[i] if reader_lines is not None and i < len(reader_lines) else raw
                line.cells = []
                moved: dict[int, int] | None = None
                rewritten = nfc(src)
                if rewritten != src:  # else so is every prefix: offsets are the reader's
                    wanted = [x for c in hint.cells for x in (c.start, c.end, *(y for part in c.parts for y in part))]
                    moved = _normalised_offsets(src, wanted)
                # the emphasis marks left as characters (``**Kiểm tra** hồ``) and the spaces of syllables a text
                # layer cut (``Sản ph ẩ m``), which the normaliser drops in that order: a cell after one begins
                # that much earlier
                marks = emphasis_mark_runs(rewritten)
                unmarked, shifts = without_emphasis_marks(rewritten, marks)
                gaps = split_syllable_gaps(unmarked)

                def at(
                    offset: int,
                    moved: dict[int, int] | None = moved,
                    lead: int = lead,
                    s: str = s,
                    gaps: list[int] = gaps,
                    marks: list[tuple[int, int, str]] = marks,
                    shifts: list[tuple[int, int]] = shifts,
                ) -> int:
                    o = offset if moved is None else moved[offset]
                    if marks:
                        o = moved_past_marks(o, marks, shifts)
                    return min(len(s), max(0, o - bisect.bisect_left(gaps, o) - lead))

                for c in hint.cells:
                    a = at(c.start)
                    b = max(a, at(c.end))
                    line.cells.append((a, b, c, [(at(x), max(at(x), at(y))) for x, y in c.parts]))
            out.append(line)
        pos += len(raw) + 1
    return out


def _is_signature_line(line: Line) -> bool:
    return bool(P.AUTHORITY.match(line.text))


def _heads_signature(line: Line) -> bool:
    """A line of a signature block printed above ``Nơi nhận``: its authority (``TM. ỦY BAN NHÂN DÂN``) or a
    post in capitals (``PHÓ CHỦ TỊCH``)."""
    return _is_signature_line(line) or is_caps(line.text)


def parse_structure(mapped: MappedText, blocks: list[Block], reader_text: str | None = None) -> Structure:
    """Zones, the section tree and the tables; ``reader_text`` is the text as the reader wrote it (before
    normalisation), which table cell offsets refer to."""
    lines = _lines(mapped, blocks, reader_text)
    # a web page's own lines above a document it copies (the site's notices, its box of fields) are in no
    # zone: they would be read as the header
    lines = lines[document_start([ln.text for ln in lines]) :]
    st = Structure(mapped.text, mapped, lines)
    if not lines:
        return st
    close_at = _find_closing(st, lines)
    above = _signature_above(lines, close_at, st.noi_nhan is not None)
    type_at = _find_type_line(st, lines, close_at)
    if type_at is not None:
        body_from = _title_after_type_line(st, lines, type_at, close_at)
    else:
        body_from = _header_and_subject(st, lines, close_at)
    k = _addressees(st, lines, body_from, close_at)
    # the rest up to the closing zone; a decision's authority line (``GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH LÀO CAI``)
    # between its title and ``Căn cứ`` is not skipped: it opens the preamble (and cites nothing), or, when
    # the title ran on into it, the header extractor leaves it out of the title (``_is_authority_line``)
    _split_body(st, st.title_rest + lines[k:above])
    _recipients_and_signature(st, lines, close_at, above)
    _build_tree(st)
    _collect_tables(st)
    return st


def _find_closing(st: Structure, lines: list[Line]) -> int:
    """Where the closing zone starts, setting ``st.noi_nhan``: the last ``Nơi nhận`` line — or the first one
    that a second document follows (a Tờ trình with the draft it submits attached: the draft's own header
    and Nơi nhận come after) — else the first signing-authority line near the end, else the end."""
    n = len(lines)
    close_at = n
    opens, _attached = closing_at([ln.text for ln in lines])
    if opens is None:
        opens = _unread_noi_nhan(lines)
    if opens is not None:
        close_at = opens
        st.noi_nhan = lines[opens]
    if st.noi_nhan is None:
        signed = _signature_before_part(lines)
        if signed is not None:
            return signed
        for k in range(max(0, n - DEFAULT_SIGNATURE_LINES), n):
            if _is_signature_line(lines[k]):
                close_at = k
                break
    return close_at


#: A signature block's first line (an authority, a post) is at most this long.
DEFAULT_SIGNATURE_LINE_CHARS = 60


def _signature_before_part(lines: list[Line]) -> int | None:
    """A closing without ``Nơi nhận`` that a part follows: the first line of a signature block (an authority or
    a post in capitals, ``KT. GIÁM ĐỐC`` / ``PHÓ GIÁM ĐỐC``), the signer's name within a few lines under it, and
    right after the name a type line (``KẾ HOẠCH``, ``QUY ĐỊNH VỀ …``): the document the one signed issues.  A
    post and a name in the body with no type line after them close nothing, nor does a header's post (a
    signature comes after a numbered item)."""
    numbered = False
    for k, ln in enumerate(lines):
        if not numbered:
            numbered = (found := match_label(ln.text)) is not None and found[1] != "bullet"
            continue
        if len(ln.text) > DEFAULT_SIGNATURE_LINE_CHARS or ln.cells is not None or not opens_signature_block(ln.text):
            continue
        for j in range(k + 1, min(len(lines) - 1, k + 1 + DEFAULT_ANNEX_SIGNATURE_LINES)):
            if PERSON_NAME_LINE.match(lines[j].text):
                nxt = lines[j + 1]
                if nxt.cells is None and (P.TYPE_LINE_KEY.match(nxt.key) or P.TYPE_LEAD.match(nxt.text)):
                    return k
                break
    return None


def _unread_noi_nhan(lines: list[Line]) -> int | None:
    """A closing's ``Nơi nhận`` OCR could not read, once the layout reader has split the closing into its
    columns (``zones.unread_noi_nhan_at`` found it on the laid-out line): a left column's line that
    ``is_unread_noi_nhan`` with the line under it and the right column's first line."""
    for k, ln in enumerate(lines[:-1]):
        if ln.hint.column != "left":
            continue
        right = next((r for r in lines[k + 1 :] if r.hint.column == "right"), None)
        if right is not None and is_unread_noi_nhan(ln.text, lines[k + 1].text, right.text):
            return k
    return None


def _signature_above(lines: list[Line], close_at: int, noi_nhan: bool) -> int:
    """Where a signature column that begins above ``Nơi nhận`` (its authority, its post) starts: its lines
    go with the signature, not the body."""
    above = close_at
    if noi_nhan:
        while above > max(0, close_at - DEFAULT_SIGNATURE_LINES_ABOVE) and _heads_signature(lines[above - 1]):
            above -= 1
        while above < close_at and not _is_signature_line(lines[above]):
            above += 1  # the block opens with its authority (``KT. CHỦ TỊCH``): capitals above it are the body's
        if above == close_at:
            above = _signature_grid_above(lines, close_at)
    return above


def _signature_grid_above(lines: list[Line], close_at: int) -> int:
    """Where the signature blocks printed above ``Nơi nhận`` begin when they take more lines than one block (a
    joint document's grid of blocks, ``KT. BỘ TRƯỞNG    KT. BỘ TRƯỞNG`` / … / the signers' names): the first
    signing-authority line of the last ``DEFAULT_SIGNATURE_LINES`` above it with no numbered item and no
    sentence between it and ``Nơi nhận``; ``close_at`` when there is none."""
    found = close_at
    for k in range(close_at - 1, max(-1, close_at - 1 - DEFAULT_SIGNATURE_LINES), -1):
        ln = lines[k]
        if ln.cells is None and (match_label(ln.text) or P.SENTENCE_LINE_END.search(ln.text)):
            break
        if _is_signature_line(ln):
            found = k
    return found


def _find_type_line(st: Structure, lines: list[Line], close_at: int) -> int | None:
    """The type line (``KẾ HOẠCH``) within the top part, before the first Roman-numbered section; or one in
    capitals that the title begins on (``st.type_line_title``)."""
    type_at = None
    limit = min(close_at, max(DEFAULT_TYPE_LINE_LINES, len(lines) // 2))
    for k in range(limit):
        if P.TYPE_LINE_KEY.match(lines[k].key) and not P.DECISION_MARK.match(lines[k].text):
            type_at = k
            break
        if (numbered := match_label(lines[k].text)) and numbered[1] == "roman" and k > DEFAULT_HEADER_FRAGMENT_LINES:
            break
    if type_at is None:  # the title may begin on the type line, all in capitals
        for k in range(min(limit, DEFAULT_TYPE_TITLE_LINES)):
            lead = P.TYPE_LINE_LEAD_KEY.match(lines[k].key)
            if lead and is_caps(lines[k].text) and not P.DECISION_MARK.match(lines[k].text):
                type_at = k
                st.type_line_title = lines[k].text[lead.start("rest") :].strip()
                break
    return type_at


def _title_after_type_line(st: Structure, lines: list[Line], type_at: int, close_at: int) -> int:
    """The header above the type line and the title's lines below it (consecutive, up to a label, a
    sentence or ``Căn cứ``); returns where the body starts."""
    st.header = lines[:type_at]
    st.type_line = lines[type_at]
    k = type_at + 1
    prev_idx = st.type_line.idx
    while k < close_at:
        ln = lines[k]
        if P.RULE_LINE.match(ln.text):  # the rule under the title (or a scan's line of dashes): not its words
            k += 1
            if st.title:
                break
            continue
        if st.title and (
            ln.idx > prev_idx + 1
            or P.AFTER_TITLE.match(ln.text)
            or match_label(ln.text)
            or (is_caps(ln.text) and not is_caps(st.title[-1].text))
            or P.SENTENCE_BREAK.search(ln.text)  # a Chỉ thị's body opens on prose, no Căn cứ between
        ):
            break
        if not st.title and (numbered := match_label(ln.text)) and numbered[1] != "bullet":
            break
        cut = _title_run_in(ln.text)
        if cut is not None:  # the title's line ran on into the first paragraph: the rest is the body's
            st.title.append(_line_part(ln, 0, cut))
            st.title_rest.append(_line_part(ln, cut, len(ln.text)))
            return k + 1
        st.title.append(ln)
        prev_idx = ln.idx
        k += 1
        if P.SENTENCE_END.search(ln.text):
            break
    return k


def _title_run_in(text: str) -> int | None:
    """Where a title in capitals runs on into the first paragraph on its line (a copy that lost its line breaks:
    ``TRIỂN KHAI CHUYỂN ĐỔI SỐ NĂM 2026 Thực hiện Quyết định số …``): the paragraph's opener after words all in
    capitals.  None when the line holds no such opener, or the title is in mixed case (its own words)."""
    for m in P.PARAGRAPH_OPENER.finditer(text, 1):
        before = text[: m.start()].rstrip()
        if before and is_caps(before) and not any(c.islower() for c in before):
            return m.start()
    return None


def _line_part(ln: Line, a: int, b: int) -> Line:
    """The characters ``a``..``b`` of the line ``ln`` as a line of their own (its spaces stripped, offsets kept)."""
    piece = ln.text[a:b]
    lead = len(piece) - len(piece.lstrip())
    text = piece.strip()
    hint = ln.hint if a == 0 else replace(ln.hint, bold_prefix=0, heading_level=0)
    return Line(ln.idx, text, ln.start + a + lead, ln.start + a + lead + len(text), hint)


def _header_and_subject(st: Structure, lines: list[Line], close_at: int) -> int:
    """Without a type line (a công văn, or unknown): the header runs to ``V/v``, ``Kính gửi`` or the first
    body-looking line, and ``V/v …`` is the title; returns where the body starts."""
    k = 0
    while k < close_at:
        ln = lines[k]
        if (
            P.VV_PREFIX.match(ln.text)
            or P.KINH_GUI.match(ln.text)
            or P.AFTER_TITLE.match(ln.text)
            or ((numbered := match_label(ln.text)) and numbered[1] != "bullet")
            or (len(ln.text) > DEFAULT_MAX_HEADER_LINE and not is_caps(ln.text))
        ):
            break
        k += 1
    st.header = lines[:k]
    lost = _title_without_type_line(lines, k)
    if lost is not None:  # a copy that lost its type line: the title in capitals under the number and date
        st.header, st.title = lines[:lost], lines[lost:k]
        return k
    if k < close_at and P.VV_PREFIX.match(lines[k].text):
        st.title.append(lines[k])
        prev_idx = lines[k].idx
        k += 1
        while (
            k < close_at
            and lines[k].idx == prev_idx + 1
            and not P.KINH_GUI.match(lines[k].text)
            and not P.AFTER_TITLE.match(lines[k].text)
            and not match_label(lines[k].text)
            and not P.SENTENCE_BREAK.search(lines[k].text)
        ):
            st.title.append(lines[k])
            prev_idx = lines[k].idx
            k += 1
    return k


def _title_without_type_line(lines: list[Line], k: int) -> int | None:
    """Where a title in capitals starts in a header that has no type line (a web copy that dropped the
    ``QUYẾT ĐỊNH`` or ``KẾ HOẠCH`` line: ``Số: 459/QĐ-UBND | Tuyên Quang, ngày 30 …`` / ``PHÊ DUYỆT KẾ HOẠCH
    …``): the lines after the place and date, up to the body, all in capitals, the first naming no body
    (the authority that decides, ``ỦY BAN NHÂN DÂN TỈNH …``, may follow it) nor a post heading one (a copy
    that lost its title too: ``CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH`` / ``Căn cứ …``).  None when the date is not in
    the header or something else stands after it (a công văn's ``V/v`` comes later, its ``Kính gửi``)."""
    dated = [j for j in range(k) if any(P.PLACE_DATE.search(cell) for cell in lines[j].text.split("|"))]
    if not dated or dated[-1] + 1 >= k:
        return None
    rest = lines[dated[-1] + 1 : k]
    if (
        not all(is_caps(ln.text) for ln in rest)
        or P.ISSUER_LINE_START.match(rest[0].text)
        or is_deciding_authority(rest[0].text)
    ):
        return None
    return dated[-1] + 1


def _addressees(st: Structure, lines: list[Line], k: int, close_at: int) -> int:
    """The ``Kính gửi`` block (addressees) right after the title, if any; returns where the body goes on."""
    if k < close_at and P.KINH_GUI.match(lines[k].text):
        st.addressees.append(lines[k])
        k += 1
        while k < close_at and lines[k].text.startswith(("-", "+", "•")):
            st.addressees.append(lines[k])
            k += 1
    return k


def _run_in_lines(body: list[Line]) -> list[Line]:
    """``body`` with each line that holds items run into it (``run_in.run_in_cuts``) cut into one line per item,
    each with its own offsets; a table row is never cut."""
    out: list[Line] = []
    for ln in body:
        cuts = run_in_cuts(ln.text) if ln.cells is None else []
        if not cuts:
            out.append(ln)
            continue
        for a, b in itertools.pairwise([0, *cuts, len(ln.text)]):
            if ln.text[a:b].strip():
                out.append(_line_part(ln, a, b))
    return out


def _heading_half(ln: Line, nxt: Line) -> bool:
    """``ln`` is a bold numbered heading a converter broke into two bold paragraphs and ``nxt`` its second half
    (``2. Đề nghị Ủy ban Mặt trận Tổ quốc …, Hội Liên hiệp`` / ``Phụ nữ tỉnh và các tổ chức thành viên``): ``ln`` in
    mixed case ends no sentence, ``nxt`` follows it, wholly bold too, with a capital and no label, field or zone
    line of its own.  A Markdown copy's halves are joined by its reader (``unwrap.bridged_heading``)."""
    if not (ln.hint.bold and nxt.hint.bold) or ln.cells is not None or nxt.cells is not None:
        return False
    if nxt.idx != ln.idx + 1 or not nxt.text[:1].isupper() or ln.text.upper() == ln.text:
        return False
    lab = match_label(ln.text)
    if lab is None or lab[1] == "bullet" or P.SENTENCE_LINE_END.search(ln.text):
        return False
    zone_line = any(p.match(nxt.text) for p in (P.TYPE_OR_VV, P.NOI_NHAN, P.AUTHORITY, P.QUOC_HIEU))
    return match_label(nxt.text) is None and not opens_field(nxt.text) and not zone_line


def _bold_heading_halves(body: list[Line]) -> list[Line]:
    """``body`` with each bold heading broken into two paragraphs (``_heading_half``) one line again, its offsets
    the two halves' (the break between them read as a space)."""
    out: list[Line] = []
    for ln in body:
        if out and _heading_half(out[-1], ln):
            prev = out[-1]
            text = prev.text + " " * (ln.start - prev.end) + ln.text
            out[-1] = Line(prev.idx, text, prev.start, ln.end, prev.hint)
            continue
        out.append(ln)
    return out


def _split_body(st: Structure, body: list[Line]) -> None:
    """Preamble (until the first label or decision mark; all of it when nothing is numbered), numbered
    body, and the closing paragraphs at top level (``Trên đây là …``, ``./.``)."""
    body = _bold_heading_halves(_run_in_lines(body))
    j = 0
    while j < len(body):
        ln = body[j]
        if P.DECISION_MARK.match(ln.text):
            j += 1
            break
        lab = match_label(ln.text)
        if lab and lab[1] != "bullet":
            break
        j += 1
    st.preamble = body[:j]
    rest = body[j:]
    if j >= len(body):  # no numbered body at all: the preamble is the body text
        st.preamble = body
        rest = []
    cut = len(rest)
    for q, ln in enumerate(rest):
        if (P.CLOSING_START.match(ln.text) or ln.text.endswith("./.")) and not match_label(ln.text):
            cut = q
            break
    st.body = rest[:cut]
    st.closing = rest[cut:]


def _recipients_and_signature(st: Structure, lines: list[Line], close_at: int, above: int) -> None:
    """Recipients and signature from the closing zone on; an appendix after the signature is not part of
    either."""
    tail = lines[close_at:]
    for q, _ln in enumerate(tail):
        if q and _opens_appendix(tail, q):
            st.appendix = tail[q:]
            st.appendix_after_closing = _closed_above(tail, q)
            tail = tail[:q]
            break
    if st.noi_nhan is not None:
        tail = tail[1:]
        sig_at = len(tail)
        for q, ln in enumerate(tail):
            if (
                _is_signature_line(ln)
                or (ln.hint.column == "right")
                # a block run into one line with its name (``CHỦ TỊCH Phạm Quang Vinh``), also right under the label
                or (signer_run_on(ln.text) is not None and opens_signature_block(ln.text))
                or (not ln.text.startswith(("-", "+", "•")) and is_caps(ln.text) and q > 0)
                or (q > 0 and not ln.text.startswith(("-", "+", "•")) and tail[q - 1].text.rstrip().endswith("."))
            ):
                sig_at = q
                break
        st.recipients = tail[:sig_at]
        st.signature = lines[above:close_at] + tail[sig_at:]
    else:
        st.signature = tail


def _opens_appendix(tail: list[Line], q: int) -> bool:
    """An appendix after the signature: ``PHỤ LỤC …``, a title in capitals over ``(Kèm theo Kế hoạch
    số …)``, a data table (a signature block has none), or an attached document (a draft under its own
    Quốc hiệu)."""
    ln = tail[q]
    if P.APPENDIX.match(ln.text) or P.QUOC_HIEU_KEY in ln.key:  # a Quốc hiệu: an attached document's header
        return True
    if _may_open_document(ln) and _attached_document_at(tail, q, after_closing=_closed_above(tail, q)):
        return True
    if ln.cells is not None and ln.hint.table is not None:
        return True
    nxt = tail[q + 1] if q + 1 < len(tail) else None
    return is_caps(ln.text) and nxt is not None and bool(P.ATTACHED_NOTE.match(nxt.text))


#: Lines after an appendix's label read as its title (the title, its ``(Kèm theo …)`` note, a subtitle).
DEFAULT_APPENDIX_TITLE_LINES = 4


def _collect_tables(st: Structure) -> None:
    """Group table rows by table, each with the section it sits in or the appendix it belongs to."""
    by_number: dict[int, TableRows] = {}
    for node in st.iter_nodes():
        for ln in node.lines:
            if ln.cells is not None and ln.hint.table is not None:
                t = by_number.setdefault(ln.hint.table, TableRows(ln.hint.table, section=node.path))
                t.rows.append(ln)
    appendix_label: str | None = None
    title: list[str] = []  # the lines after the appendix's label, up to its first table
    for ln in st.appendix:
        m = P.APPENDIX.match(ln.text)
        if m and ln.cells is None:
            appendix_label = appendix_name(ln.text)
            label = P.APPENDIX_LABEL.match(ln.text)
            title = [ln.text[(label or m).end() :].strip(" :.-")]
        elif ln.cells is not None and ln.hint.table is not None:
            found = by_number.get(ln.hint.table)
            if found is None:
                heading = " ".join(x for x in title if x) or None
                found = by_number[ln.hint.table] = TableRows(
                    ln.hint.table, appendix=appendix_label or "Phụ lục", title=heading
                )
                title = []
            found.rows.append(ln)
        elif len(title) < DEFAULT_APPENDIX_TITLE_LINES:
            title.append(ln.text.strip())
    st.tables = [by_number[k] for k in sorted(by_number)]


def appendix_name(line: str) -> str:
    """``PHỤ LỤC II`` → ``Phụ lục II``; ``Phụ lục 01: …`` → ``Phụ lục 01``."""
    m = P.APPENDIX_LABEL.match(line)
    if not m:
        return "Phụ lục"
    label = m.group("label")
    return f"Phụ lục {label}" if label else "Phụ lục"


def _build_tree(st: Structure) -> None:
    st.roots = _tree(st.body)
    dropped: list[Line] = []
    st.annex_roots, st.annex_closing, st.parts = _annex_trees(st.appendix, dropped, st.appendix_after_closing)
    # a signature holds a few short lines; sentences past them are a part it swallowed (a plan printed after a
    # closing whose opening no rule knew)
    signed = [ln for ln in st.signature[DEFAULT_SIGNATURE_LINES:] if _is_sentence(ln)]
    st.unread = [ln for ln in dropped if _is_sentence(ln)] + signed


#: A line after the closing is content (a sentence of a part, not a title, a note or a header's line) from this
#: many characters on.
DEFAULT_SENTENCE_CHARS = 60


def _is_sentence(ln: Line) -> bool:
    text = ln.text.strip()
    return (
        ln.cells is None
        and len(text) >= DEFAULT_SENTENCE_CHARS
        and not is_caps(text)
        and not text.startswith("(")
        and not P.ATTACHED_NOTE.match(text)
        and not _title_with_note(text)
    )


def _title_with_note(text: str) -> bool:
    """A title in capitals with its ``(Kèm theo …)`` note at the end of its line: a part's head, not content."""
    note = P.ATTACHED_NOTE_IN_LINE.search(text)
    return note is not None and is_caps(text[: note.start()])


def _annex_trees(
    lines: list[Line], dropped: list[Line] | None = None, after_closing: bool = False
) -> tuple[list[Node], list[Line], list[Part]]:
    """The section trees of what follows the signature: each appendix (``PHỤ LỤC I``: paths under ``Phụ
    lục I``) and each attached document (a plan a decision issues: paths as printed), their table rows
    left to the tables; their closing paragraphs (``Trong quá trình thực hiện … đề nghị …``); and the parts
    themselves; ``after_closing`` says the first line comes right after the closing above.  Where parts open is
    found once (each line's test looked ahead to the next part: quadratic)."""
    # a closing ends a part: the closing above the first line, or a part's own
    opens = [
        ln.cells is None
        and bool(
            P.APPENDIX.match(ln.text)
            or (
                _may_open_document(ln)
                and _attached_document_at(lines, k, after_closing=after_closing if k == 0 else _closed_above(lines, k))
            )
        )
        for k, ln in enumerate(lines)
    ]
    captions: set[int] = set()  # ids of lines read as a part's title, never as unread text
    for k in range(1, len(lines)):
        # ``PHỤ LỤC II`` over ``BIỂU MẪU BÁO CÁO`` (or ``Mẫu số 01``): the caption under an appendix's label is
        # its title, not another appendix (``Mẫu số 05`` over ``Mẫu số 06``: a list of forms, each its own)
        # and a title in capitals broken after a type word it repeats (``QUY TRÌNH NỘI BỘ,`` / ``QUY TRÌNH ĐIỆN TỬ
        # …`` / ``(Kèm theo …)``) is one part's
        if (
            opens[k]
            and opens[k - 1]
            and (
                (P.APPENDIX_LABEL.match(lines[k - 1].text) and not P.APPENDIX_LABEL.match(lines[k].text))
                or (_type_led_title(lines[k - 1]) and _type_led_title(lines[k]))
            )
        ):
            opens[k] = False
            captions.add(id(lines[k]))
    next_open = [len(lines)] * (len(lines) + 1)
    for k in range(len(lines) - 1, -1, -1):
        next_open[k] = k if opens[k] else next_open[k + 1]
    roots: list[Node] = []
    closing: list[Line] = []
    parts: list[Part] = []
    chunk: list[Line] = []
    prefix: str | None = None
    in_recipients = False  # the line before was a closing's: its ``Nơi nhận:``, a recipient, its signature

    def close_chunk() -> None:
        head: list[Line] = []
        made = _tree(chunk, prefix, head)
        roots.extend(made)
        if dropped is not None:
            dropped.extend(ln for ln in head if id(ln) not in captions)
        if parts:
            parts[-1].head, parts[-1].roots = head, made

    for k, ln in enumerate(lines):
        if opens[k]:
            close_chunk()
            chunk = []
            appendix = P.APPENDIX.match(ln.text) is not None
            prefix = appendix_name(ln.text) if appendix else None
            parts.append(Part("appendix" if appendix else "attached", ln))
            continue
        if parts:
            parts[-1].end = ln.end
        if (in_recipients and _closing_line(ln)) or (P.NOI_NHAN.match(ln.text) and not match_label(ln.text)):
            # a closing of its own (a draft's ``Nơi nhận:``, its list, its signature): no section's lines, kept on
            # its part
            in_recipients = True
            if parts:
                parts[-1].recipients.append(ln)
            continue
        in_recipients = False
        if ln.cells is not None:
            continue
        if (P.CLOSING_START.match(ln.text) or ln.text.endswith("./.")) and not match_label(ln.text):
            closing.append(ln)
            continue
        if _signs_off(lines, k, next_open[k]):  # the attached document's own signature: no item of its last article
            closing.append(ln)
            continue
        chunk.append(ln)
    close_chunk()
    for part in parts:
        part.end = max(part.end, part.opener.end)
    return roots, closing, parts


def _closing_line(ln: Line) -> bool:
    """A line that goes on a closing after its ``Nơi nhận:``: a recipient (``- Như trên;``, ``- Lưu: VT.``) or a line
    of the signature beside or under the list (a post in capitals, an authority, the signer's name)."""
    text = ln.text.strip()
    return bool(
        P.RECIPIENT_ITEM.match(text) or is_caps(text) or P.AUTHORITY.match(text) or PERSON_NAME_LINE.match(text)
    )


#: An attached document's signature block (its post, its signer's name) is at most this many lines.
DEFAULT_ANNEX_SIGNATURE_LINES = 6


def _signs_off(lines: list[Line], k: int, end: int) -> bool:
    """Line ``k`` of what follows a signature stands in a signature block that ends its part: a signing
    authority, or a post in capitals (``THỦ TƯỚNG``) with a person's name below it and no numbered item
    before the part ends at line ``end`` (the Quy chế a decision issues, signed at its end)."""
    if not lines[k].text or match_label(lines[k].text):
        return False
    rest = lines[k:end]
    if not rest or len(rest) > DEFAULT_ANNEX_SIGNATURE_LINES or any(match_label(ln.text) for ln in rest):
        return False
    if _is_signature_line(lines[k]):
        return True
    named = any(PERSON_NAME_LINE.match(ln.text) for ln in rest)
    return named and all(
        is_caps(ln.text) or PERSON_NAME_LINE.match(ln.text) or P.AUTHORITY.match(ln.text) for ln in rest
    )


def _may_open_document(ln: Line) -> bool:
    """What ``_attached_document_at`` asks of the line itself before anything else: a type line, or a line a type
    name opens (so that whether a closing lies above, the costlier question, is asked of those lines only)."""
    return P.TYPE_LINE_KEY.match(ln.key) is not None or (ln.cells is None and P.TYPE_LEAD.match(ln.text) is not None)


def _attached_document_at(lines: list[Line], k: int, *, after_closing: bool = False) -> bool:
    """A document the one signed above issues, printed after its signature: a type line (``KẾ HOẠCH``) with a
    ``(Kèm theo …)`` note under its title or on its line, or standing alone after a signing authority (``TM. ỦY
    BAN NHÂN DÂN`` … the signer's name … ``KẾ HOẠCH``).  Right after a closing, in whatever shape the closing is
    (``after_closing``: a post without an authority, a table row), a type name in capitals opens the part
    whatever follows it on its line (``QUY ĐỊNH``, ``CHƯƠNG TRÌNH HÀNH ĐỘNG …``): elsewhere a line so opened
    is a heading (``QUY ĐỊNH CHUNG`` under ``Chương I``)."""
    ln = lines[k]
    alone = P.TYPE_LINE_KEY.match(ln.key) is not None
    if not alone and (ln.cells is not None or P.TYPE_LEAD.match(ln.text) is None):
        return False
    if after_closing and ln.cells is None:
        return True
    if any(
        P.ATTACHED_NOTE.match(x.text) or P.ATTACHED_NOTE_IN_LINE.search(x.text)
        for x in lines[k : k + 1 + DEFAULT_ATTACHED_NOTE_LINES]
    ):
        return True
    if not alone:
        return False
    return ln.cells is None and any(P.AUTHORITY.match(x.text) for x in lines[:k])


def _type_led_title(line: Line) -> bool:
    """A line a type name opens with more after it (``QUY TRÌNH NỘI BỘ,``), not a type line alone."""
    return P.TYPE_LINE_KEY.match(line.key) is None and P.TYPE_LEAD.match(line.text) is not None


def _closed_above(lines: list[Line], k: int) -> bool:
    """Whether line ``k`` (not the first) of a closing zone or of what follows a signature comes right after a
    closing: the last line above it that holds letters
    (a web copy's remnants of markup aside) is a signing authority or a post (``CHỦ TỊCH``), a signer's name
    under one, or a row of a closing printed as a table (``| Nơi nhận: … | CHỦ TỊCH … |``).  A type line
    further on (a website's ``THÔNG BÁO`` under the copy) comes after something else."""
    j = k - 1
    while j > 0 and not _LETTER.search(lines[j].text):
        j -= 1
    above = lines[j]
    if above.cells is not None:
        rows = [x for x in lines[max(0, j - DEFAULT_ANNEX_SIGNATURE_LINES) : j + 1] if x.hint.table == above.hint.table]
        return any(P.NOI_NHAN.match(t) or P.AUTHORITY.match(t) for x in rows for _c, t, _g in x.cell_texts())
    if opens_signature_block(above.text):
        return True
    if not PERSON_NAME_LINE.match(above.text):
        return False
    block = lines[max(0, j - DEFAULT_ANNEX_SIGNATURE_LINES) : j]
    return any(opens_signature_block(x.text) for x in block)


_LETTER = compiled(r"\p{L}")


def _tree(lines: list[Line], prefix: str | None = None, dropped: list[Line] | None = None) -> list[Node]:
    """The section tree of body lines (labels nest by kind and depth); ``prefix`` goes before every path;
    lines before the first label, which no section holds, go to ``dropped`` when it is given."""
    roots: list[Node] = []
    stack: list[Node] = []
    bullet_counts: dict[tuple[int, str], int] = {}
    upper_rank: int | None = None
    for ln in lines:
        if ln.hint.footnote:
            continue  # in the text, where its citations are read; in no section's (no task takes it in)
        lab = None if ln.cells is not None else match_label(ln.text)
        if lab is None:
            if not stack and dropped is not None and ln.cells is None:
                dropped.append(ln)
            if stack:
                node = stack[-1]
                node.text_parts.append(collapse_spaces(ln.text))
                node.end = ln.end
                node.lines.append(ln)
                for anc in stack[:-1]:
                    anc.end = ln.end
            continue
        label, kind, rank, lab_end = lab
        if kind == "upper":  # the first lettered part decides: inside a Roman section, its sub-parts; else above them
            upper_rank = upper_rank if upper_rank is not None else (2 if any(n.kind == "roman" for n in stack) else 0)
            rank = upper_rank
        content = ln.text[lab_end:]
        heading, text = split_heading(content, kind, ln.hint, lab_end)
        heading = collapse_spaces(heading) if heading else None
        text = collapse_spaces(text) if text else None
        while stack and stack[-1].rank >= rank:
            stack.pop()
        parent = stack[-1] if stack else None
        node = Node(label, kind, rank, heading, [text] if text else [], ln.start, ln.end, parent=parent, lines=[ln])
        if kind == "bullet":
            key = (id(parent), label)
            bullet_counts[key] = bullet_counts.get(key, 0) + 1
            comp = f"{label}{bullet_counts[key]}"
        elif (
            parent is not None and parent.kind == "arabic" and kind == "arabic" and label.startswith(parent.label + ".")
        ):
            comp = label[len(parent.label) + 1 :]
        else:
            comp = label
        node.path = f"{parent.path}.{comp}" if parent else (f"{prefix}.{comp}" if prefix else comp)
        (parent.children if parent else roots).append(node)
        for anc in stack:
            anc.end = max(anc.end, ln.end)
        stack.append(node)
    # an unpunctuated line with items below it heads them (``6. Đề nghị Mặt trận Tổ quốc … thị trấn``)
    for node in iter_nodes(roots):
        if node.heading is None and node.children and node.kind != "bullet" and len(node.text_parts) == 1:
            t = node.text_parts[0]
            if not t.rstrip().endswith((".", ";", ",")) and not _more_words(t, DEFAULT_ITEM_HEADING_WORDS):
                node.heading = _strip_heading(t)
                node.text_parts = []
    return roots


def iter_nodes(roots: list[Node]):
    """Every node of the trees under ``roots``, each before its children, in document order."""
    stack = list(reversed(roots))
    while stack:
        n = stack.pop()
        yield n
        stack.extend(reversed(n.children))
