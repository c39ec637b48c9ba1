"""Hard-wrapped text: which line breaks are soft (inside a paragraph) and which end a paragraph.

Web copies and exports of plans often cut every line at a fixed width (70–80 columns), inside names and
headings: ``Sở Khoa học và`` / ``Công nghệ``, ``**III. GIẢI`` / ``PHÁP**``.  A person reads through such
breaks; the parser, which takes a line for a paragraph, must too.  Whether a text is wrapped at all is read
from its line lengths — wrapped text has a right margin that most of its long lines end near, text written a
paragraph per line has none — so that line-per-paragraph text is left alone.

A break is soft when the next line goes on with the sentence (it begins in lower case), when the line ends
inside a bold run or with a word that never ends a sentence (``và``, ``của``, a comma), or when it ran to
the margin; never before a numbered or bulleted item, and never after a sentence's end.  A text whose
paragraphs are separated by blank lines (Markdown) keeps a paragraph together up to its blank line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from ..chars import split_syllable_gaps
from ..pattern_cache import compiled
from ..tables.bodies import PLACE_LEVELS, VILLAGE_PLACES
from ..tables.field_labels import FIELD_LABEL
from ..tables.paragraphs import NATIONAL_NAME_HALVES
from ..tables.patterns import (
    ARTICLE_START,
    AUTHORITY,
    BARE_LABEL_LINE,
    BARE_LABEL_WORD_LINE,
    CITATION_CUT_END,
    CONTINUING_LINE_END,
    HEAD_CUT_END,
    LABEL_NUMBER_START,
    MARKED_LABEL_START,
    NAME_DASH_CUT_END,
    NEEDS_WHAT_FOLLOWS_END,
    NOI_NHAN,
    NUMBER_LINE,
    PLACE_DATE,
    QUOC_HIEU,
    SENTENCE_LINE_END,
    TYPE_OR_VV,
)

#: Lines shorter than this say nothing about a margin (a heading, a list item, a table cell's number).
DEFAULT_MIN_MEASURED = 20
#: At least this many measured lines are needed to judge a margin.
DEFAULT_MIN_LINES = 12
#: The margin is the length this share of the measured lines do not exceed.
DEFAULT_MARGIN_QUANTILE = 0.9
#: A margin wider than this is no wrap: text written a paragraph per line has long lines of any length.
DEFAULT_MAX_WRAP_WIDTH = 120
#: A line within this many characters of the margin ran to it (the next word did not fit).
DEFAULT_MARGIN_BAND = 20
#: Text is wrapped when at least this share of its measured lines ran to the margin (a web copy begins
#: each paragraph with a short line, so short paragraphs leave fewer than half at the margin) ...
DEFAULT_MIN_AT_MARGIN = 0.3
#: ... and at most this share runs past it by more than ``DEFAULT_PAST_MARGIN`` characters.
DEFAULT_MAX_PAST_MARGIN = 0.05
DEFAULT_PAST_MARGIN = 10
#: Paragraphs are separated by blank lines when there is at least one blank run per this many text lines.
DEFAULT_BLANK_SEPARATED_SHARE = 0.12
#: How many lines' ``_stands_alone`` answers are kept (a break asks of two lines, the next break of one again).
DEFAULT_STANDS_ALONE_KEPT = 256

_EMPHASIS = compiled(r"\*\*|__")
_LEADING_MARKUP = compiled(r"^[\s*_#>]+")
_TRAILING_MARKUP = compiled(r"[\s*_]+$")


def without_leading_markup(line: str) -> str:
    """``line`` without the white space and Markdown marks it opens with (``_LEADING_MARKUP``).  A line that opens
    with a letter or a digit (most: neither is white space nor a mark) is its own answer, without a call of
    ``regex``."""
    return line if line[:1].isalnum() else _LEADING_MARKUP.sub("", line)


_PIPE_ONLY = compiled(r"^\s*\|\s*$")


@dataclass(frozen=True)
class Wrap:
    """How a text is wrapped: its margin, and whether blank lines separate its paragraphs."""

    width: int
    blank_separated: bool
    #: the width a program wrapped the text at, word by word (``greedy_width``; 0 when none): a line with room for
    #: the next line's first word ended its paragraph
    fits: int = 0


def measure_wrap(lines: Sequence[str]) -> Wrap | None:
    """The wrap of ``lines`` (a whole text's lines), or None when they are not hard-wrapped."""
    measured = sorted(
        len(ln.rstrip())
        for ln in lines
        if len(ln.strip()) >= DEFAULT_MIN_MEASURED and not ("|" in ln and _PIPE_ONLY.match(ln))
    )
    if len(measured) < DEFAULT_MIN_LINES:
        return None
    width = measured[min(len(measured) - 1, int(len(measured) * DEFAULT_MARGIN_QUANTILE))]
    if width > DEFAULT_MAX_WRAP_WIDTH:
        return None
    at_margin = sum(1 for n in measured if n >= width - DEFAULT_MARGIN_BAND) / len(measured)
    past = sum(1 for n in measured if n > width + DEFAULT_PAST_MARGIN) / len(measured)
    if at_margin < DEFAULT_MIN_AT_MARGIN or past > DEFAULT_MAX_PAST_MARGIN:
        return None
    text_lines = sum(1 for ln in lines if ln.strip() and not ("|" in ln and _PIPE_ONLY.match(ln)))
    blank_runs = sum(1 for k in range(1, len(lines)) if not lines[k].strip() and lines[k - 1].strip())
    return Wrap(width, blank_runs >= DEFAULT_BLANK_SEPARATED_SHARE * text_lines, greedy_width(lines) or 0)


#: A program's wrap is told from a grid's by the breaks inside sentences near the margin (a line of text ending with
#: no stop): at least this many ...
DEFAULT_MIN_SOFT_BREAKS = 8
#: ... and at most this share of them would have taken the next line's first word (none in a program's wrap; many
#: in a PDF's grid of proportional letters, whose full lines differ by a few characters).
DEFAULT_MAX_FITTING_BREAKS = 0.05


def greedy_width(lines: Sequence[str]) -> int | None:
    """The width a program wrapped ``lines`` at, word by word (``textwrap``, a mail's or a converter's plain text):
    its longest line's, when at the breaks inside sentences near it the next line's first word would not have
    fitted; None when they are too few, or too many would have (a PDF's grid, or text not wrapped).  A labelled
    line where the next word would have fitted is not counted (a heading near the margin ends without a stop)."""
    # a line laid out in columns (a header's) or a table's row is no wrapped text
    wrapped = [ln.rstrip() for ln in lines]
    wrapped = [ln if "|" not in ln and "  " not in ln.lstrip() else "" for ln in wrapped]
    width = max(map(len, wrapped), default=0)
    soft = fitting = 0
    near = width - DEFAULT_MARGIN_BAND
    for p, nxt in pairwise(wrapped):
        if len(p) < near or p.rstrip(_CLOSERS)[-1:] in _STOPS:
            continue
        first = nxt.lstrip()
        if not first:
            continue
        space = first.find(" ")
        if len(p) + 1 + (space if space >= 0 else len(first)) > width:
            soft += 1
        elif not MARKED_LABEL_START.match(p):  # the next word fitted: a heading, when labelled, ended there
            soft += 1
            fitting += 1
    return width if soft >= DEFAULT_MIN_SOFT_BREAKS and fitting <= DEFAULT_MAX_FITTING_BREAKS * soft else None


#: What may close a sentence after its stop (``SENTENCE_LINE_END``): marks, brackets, quotes.
_CLOSERS = '*_)]”"'


def printed_wrap(lines: Sequence[str]) -> Wrap | None:
    """The wrap of lines known to be a page's printed lines (a PDF's, placed one by one on a web page): the margin
    ``measure_wrap`` would find, without its tests of whether there is one; None when too few lines are measured."""
    measured = sorted(len(ln.rstrip()) for ln in lines if len(ln.strip()) >= DEFAULT_MIN_MEASURED)
    if len(measured) < DEFAULT_MIN_LINES:
        return None
    return Wrap(measured[min(len(measured) - 1, int(len(measured) * DEFAULT_MARGIN_QUANTILE))], False)


def open_emphasis(text: str) -> bool:
    """A bold run (``**`` or ``__``) opened in ``text`` and not closed there."""
    return _bold_marks(text) % 2 == 1


@lru_cache(maxsize=DEFAULT_STANDS_ALONE_KEPT)
def _stands_alone(line: str) -> bool:
    """Lines the zones are found by, never joined to another: a type line, ``Nơi nhận``, a signing authority,
    the Quốc hiệu.  Kept for the last lines asked: a line is asked as the next one of a break, then as the
    previous one of the break after it."""
    s = without_leading_markup(line)
    return bool(TYPE_OR_VV.match(s) or NOI_NHAN.match(s) or AUTHORITY.match(s) or QUOC_HIEU.match(s))


#: How far into a line a field label's colon is looked for (``Đơn vị chủ trì thực hiện:`` and its markup).
DEFAULT_FIELD_LABEL_SPAN = 80
_INLINE_MARKUP = compiled(r"[*_]+")


def opens_field(visible_next: str) -> bool:
    """A line that opens with a field label in capitals (``Đơn vị chủ trì: …``, ``Cơ quan phối hợp: …``,
    ``**Thời gian hoàn thành:** …``): a paragraph of its own, never the rest of the line above.  A line that
    goes on in lower case (``phối hợp: …`` after ``… các đơn vị``) is a sentence's continuation."""
    if not visible_next[:1].isupper() or ":" not in visible_next[:DEFAULT_FIELD_LABEL_SPAN]:
        return False
    return FIELD_LABEL.match(_INLINE_MARKUP.sub("", visible_next[:DEFAULT_FIELD_LABEL_SPAN])) is not None


def _ends_with_field_label(prev: str) -> bool:
    """A wrapped line that ends with a field's label and its colon, its value cut off to the next line (``**Đơn vị
    chủ trì:** Phòng A; **Đơn vị phối hợp:**``): the last field of the line, after its ``;``, is that label."""
    if not prev.rstrip(" *_").endswith(":"):
        return False
    tail = _INLINE_MARKUP.sub("", prev).rsplit(";", 1)[-1].strip()
    return len(tail) <= DEFAULT_FIELD_LABEL_SPAN and FIELD_LABEL.match(tail) is not None


def article_cited_on(prev: str, nxt: str) -> bool:
    """``nxt`` opens with the article a citation cut at ``prev``'s end goes on to (``… khoản 4`` / ``Điều 38
    Luật …``, ``… quy định tại`` / ``Điều 5 …``): the wrap's line, not an article's heading."""
    if ARTICLE_START.match(nxt) is None:
        return False
    tail = whole_end(prev)  # (``… có tên t ại``: a word the text layer cut in two, read whole)
    return CITATION_CUT_END.search(tail) is not None or CONTINUING_LINE_END.search(tail) is not None


#: How many characters of a line's end ``whole_end`` reads (a citation's or a sentence's last words).
DEFAULT_CUT_TAIL = 24


def whole_end(line: str) -> str:
    """The last ``DEFAULT_CUT_TAIL`` characters of ``line`` with the syllables a text layer cut after their initial
    joined (``… phối hợp v ới``: ``với``), so that what a line ends with is read as a reader sees it."""
    tail = line[-DEFAULT_CUT_TAIL:]
    if " " not in tail:
        return tail
    gaps = set(split_syllable_gaps(tail))
    return "".join(c for k, c in enumerate(tail) if k not in gaps) if gaps else tail


#: A line opening with a dash and a word in lower case, after a line ending with a word: the second half of a
#: compound the wrap cut at its dash (``… các tổ chức chính trị`` / ``- xã hội, …``, ``kinh tế`` / ``- kỹ thuật``).
_DASH_HALF = compiled(r"^[-–]\s+\p{Ll}")
_WORD_END = compiled(r"\p{L}$")
#: A two-part name cut at its dash (``… công chức Văn phòng`` / ``– Thống kê tham mưu …``, ``Địa chính`` / ``- Xây
#: dựng``): the line ends with a half of two syllables, the first capitalised, and the next opens with another.
_NAME_HALF_END = compiled(r"(?:^|\s)\p{Lu}\p{Ll}+\s+\p{Ll}+$")
_DASH_NAME_HALF = compiled(r"^[-–]\s+\p{Lu}\p{Ll}+\s+\p{Ll}+(?=[\s,.;]|$)")
#: A range of years cut at its dash (``… giai đoạn 2026`` / ``- 2030 theo quy định``).
_YEAR_END = compiled(r"(?<![\d/.])(?:19|20)\d\d$")
_DASH_YEAR = compiled(r"^[-–]\s*(?:19|20)\d\d(?![\d/])")


#: A line opening with four digits and a stop (``2026. Phát hiện …``): a year the wrap put at the line's start, never a
#: list's number.
_YEAR_START = compiled(r"^\s*\d{4}[.)]")


def year_opens(nxt: str) -> bool:
    """``nxt`` opens with a year whose stop reads like a label's (``2026. …``): no list number."""
    return nxt.lstrip()[:1].isdigit() and _YEAR_START.match(nxt) is not None


#: A capitalised half after a dash goes on from a line that left fewer characters than this to the wrap's width (the
#: dash and a space do not fit; a measured margin, the length most lines do not exceed, is a few short of the widest).
DEFAULT_HALF_ROOM = 5


def compound_cut(prev: str, nxt: str, room: int | None = None) -> bool:
    """``nxt`` goes on with the second half of a compound the wrap cut at its dash (``chính trị`` / ``- xã hội``), if
    ``prev`` ran to the margin (the caller's to tell: after a short line the dash opens an item, ``… gồm`` / ``-
    việc …``).  A capitalised half of a two-part name (``Văn phòng`` / ``– Thống kê``) or a range of years (``2026``
    / ``- 2030``) looks like an item after a heading, so it goes on only where the wrap (a program's, or the margin
    most lines reach) leaves ``room`` characters after ``prev``, fewer than ``DEFAULT_HALF_ROOM`` (a heading ended
    where the dash would have fitted)."""
    opening = nxt.lstrip()
    if _DASH_HALF.match(opening) is not None:
        return _WORD_END.search(prev.rstrip()) is not None
    if room is None or room >= DEFAULT_HALF_ROOM:
        return False
    if _DASH_YEAR.match(opening) is not None:
        return _YEAR_END.search(prev.rstrip()) is not None
    return _DASH_NAME_HALF.match(opening) is not None and _NAME_HALF_END.search(prev.rstrip()) is not None


def name_cut(prev: str, visible_next: str) -> bool:
    """``prev`` ends inside a proper name that ``visible_next`` goes on with (``… Tiếng nói Việt`` / ``Nam, …``)."""
    return bool(_NAME_CUT.search(_TRAILING_MARKUP.sub("", prev)) and _NAME_GOES_ON.match(visible_next))


def _opens_header_line(line: str) -> bool:
    """The header's number line or place-date line (``Số: 55/KH-UBND``; ``Lào Cai, ngày 10 tháng 3 năm
    2026`` ending the line): never joined onto the line before (a header written without blank lines, in a
    text whose paragraphs are separated by them, was one paragraph: issue 41), though the line after may go
    on from it (``Số: 3783/QĐ-`` / ``UBND``).  ``line`` without its leading markup."""
    if line.startswith("Số"):
        return NUMBER_LINE.match(line) is not None
    if "ngày" not in line:  # asked of every line of a text: most have no date at all
        return False
    date = PLACE_DATE.match(line)
    return date is not None and not _TRAILING_MARKUP.sub("", line[date.end() :])


#: A line that ends inside a proper name: a capitalised syllable after a word (``… Tiếng nói Việt``), no
#: punctuation after it; and a line that goes on with the name's next capitalised syllable in mixed case
#: (``Nam, Thông tấn xã …``), not a heading in capitals.
_NAME_CUT = compiled(r"\p{L}\s+\p{Lu}\p{Ll}+$")
_NAME_GOES_ON = compiled(r"\p{Lu}\p{Ll}+(?:[\s,;.]|$)")
#: A line that ends with a capitalised word in mixed case, after a space or a comma (``… Hội Cựu``, ``…, Ủy``).
_CAPITAL_WORD_END = compiled(r"(?:^|[\s,])\p{Lu}\p{Ll}*$")


#: What opens a sentence with its clause, never a heading's words going on: ``Căn cứ …, X …``, ``Trên cơ sở …``.
_CLAUSE_OPENER = compiled(r"(?:Căn\s+cứ|Trên\s+cơ\s+sở|Để|Nhằm|Sau\s+khi|Trong\s+quá\s+trình|Theo\s+đó)(?![\p{L}])")


def _national_name_cut(prev: str, visible_next: str) -> bool:
    """``prev`` ends with a national name's first half and ``visible_next`` opens with its second
    (``paragraphs.NATIONAL_NAME_HALVES``: ``… Tổ quốc Việt`` / ``Nam xã …``)."""
    kept = _TRAILING_MARKUP.sub("", prev).rstrip()
    for first, second in NATIONAL_NAME_HALVES:
        if (kept == first or kept.endswith(" " + first)) and visible_next.startswith(second):
            return not visible_next[len(second) : len(second) + 1].isalpha()
    return False


#: A line ending with a place's level and the first syllables of its capitalised name (``… Ủy ban nhân dân xã Sà``) ...
_PLACE_NAME_START_END = compiled(
    r"(?<![\p{L}])(?:"
    + "|".join(w.replace(" ", r"[ \t]+") for w in (*PLACE_LEVELS, *VILLAGE_PLACES, "bản"))
    + r")[ \t]+(?:\p{Lu}\p{Ll}*[ \t]+){0,2}\p{Lu}\p{Ll}*$"
)
#: ... and a line that goes on with the rest of that name and then the next member of a list (``Phìn Hạ`` + `` và
#: Bộ Chỉ huy …``, ``Ngài`` + ``, Ủy ban …``).
_PLACE_NAME_REST_THEN_MEMBER = compiled(
    r"(?:\p{Lu}\p{Ll}*[ \t]+){0,2}\p{Lu}\p{Ll}*(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+)\p{Lu}"
)


def _place_name_cut(prev: str, visible_next: str) -> bool:
    """``prev`` ends inside a place's name after its level (``… xã Sà``) and ``visible_next`` goes on with the name's
    other syllables and then, after ``và`` or a comma, a list's next member (``Phìn Hạ và Bộ Chỉ huy …``; twenty-sixth
    twin of WRAP): a name cut in a list of subjects, in a text too short to measure.  Not a name's line over a
    sentence (``… xã Tân Lập`` / ``Chủ trì tổ chức …``)."""
    return (
        _PLACE_NAME_START_END.search(_TRAILING_MARKUP.sub("", prev).rstrip()) is not None
        and _PLACE_NAME_REST_THEN_MEMBER.match(visible_next) is not None
    )


def _needs_what_follows(prev: str) -> bool:
    """``prev`` ends with a word that needs what follows it: a conjunction or a preposition (``… Sở Nông nghiệp và``),
    or the head of a list's next name (``…, đơn vị, Ban`` / ``Chỉ huy Quân sự …``)."""
    return any(p.search(prev) is not None for p in (NEEDS_WHAT_FOLLOWS_END, HEAD_CUT_END, NAME_DASH_CUT_END))


def _unwrapped_goes_on(prev: str, nxt: str, visible_next: str) -> bool:
    """``soft_break`` in a text not wrapped (or too short to tell): a line the next one goes on with in lower case
    where no sentence ended: a paragraph never opens in lower case (``… các xã, phường bố`` / ``trí ngân sách …``,
    ``Hội Cựu`` / ``chiến binh tỉnh …``); after a sentence's end or a number a line in lower case stays apart (a
    list's item whose mark was lost, a header's date cut into cells) — nor, at a Markdown hard break (pandoc's at a
    PDF's printed line ends), after a comma or a word that cannot end a line (``… Ngọc Hồi,  `` / ``Thường Tín, …``;
    ``… Chuyên Mỹ và  `` / ``Đại Xuyên: Quản lý …``), as a blank line cut inside a sentence is bridged
    (``paragraph_cut``).  A web copy's own lines end with no hard break: there a capital after a comma may open its
    zone (``Nơi nhận:``, a cell).  (A bare label line is ``soft_break``'s own.)"""
    if visible_next[0].isupper():
        if not _hard_break(prev):
            # ``… Sở Nông nghiệp và`` / ``Môi trường chủ trì …``: a conjunction or preposition ends no paragraph,
            # nor a national name's first half (``… Tổ quốc Việt`` / ``Nam xã, …``)
            return (
                _national_name_cut(prev, visible_next)
                or _place_name_cut(prev, visible_next)
                or (_needs_what_follows(prev) and paragraph_cut(prev, nxt))
            )
        # ``… Thanh Trì, Ngọc`` / ``Hồi, Thường Tín …``: a name cut in two at a full printed line's end, but
        # not at a bold run's end (a heading)
        kept = _TRAILING_MARKUP.sub("", prev)
        cut = (
            len(kept) >= DEFAULT_PRINTED_LINE_CHARS
            and _CAPITAL_WORD_END.search(kept) is not None
            and _NAME_GOES_ON.match(visible_next) is not None
            and not prev.rstrip().endswith(("*", "_"))
        )
        return cut or paragraph_cut(prev, nxt)
    return (
        visible_next[0].islower()
        and SENTENCE_LINE_END.search(prev) is None
        and not _TRAILING_MARKUP.sub("", prev)[-1:].isdigit()  # ``Ngày 12`` / ``tháng 5 …``: a header's cells
        and not MARKED_LABEL_START.match(nxt)
        and not _stands_alone(nxt)
        and not _stands_alone(prev)
    )


def soft_break(
    prev: str, nxt: str, wrap: Wrap | None, *, paragraph: str = "", bold_open: bool | None = None, in_block: bool = True
) -> bool:
    """Whether the break between the lines ``prev`` and ``nxt`` is inside a paragraph.

    ``paragraph`` is the paragraph so far (``prev`` included), to see a bold run still open, or
    ``bold_open`` says it (a caller going line by line keeps it, rather than scanning a growing paragraph
    at every line: that was quadratic in a paragraph's length); ``in_block``
    says no blank line separates the two (always so inside a table cell, where ``wrap.blank_separated`` does
    not apply: pass ``in_block=False`` there).  A bare label line (``**III.**``) goes on into its heading in
    any text, wrapped or not, and a label's word alone (``**Điều``) into the number that completes it.
    """
    if bold_open is None:
        bold_open = open_emphasis(paragraph or prev)
    visible_next = without_leading_markup(nxt)
    if not visible_next:
        return bold_open  # a line of markup only closes the bold run it ends
    if BARE_LABEL_WORD_LINE.match(prev):
        return LABEL_NUMBER_START.match(nxt) is not None  # ``**Điều`` / ``3.** Chánh Văn phòng …``: one label
    bare_label = BARE_LABEL_LINE.match(prev) is not None
    if wrap is None and not bare_label:
        return _unwrapped_goes_on(prev, nxt, visible_next)
    if (
        MARKED_LABEL_START.match(nxt)
        and not article_cited_on(prev, nxt)
        and not year_opens(nxt)
        and not (
            wrap is not None
            and compound_cut(prev, nxt, (wrap.fits or wrap.width) - len(prev.rstrip()))
            and len(prev) >= wrap.width - DEFAULT_MARGIN_BAND
        )
    ) or _stands_alone(nxt):
        return False
    if _opens_header_line(visible_next) and not name_cut(prev, visible_next):  # but ``Hồ Chí`` / ``Minh, ngày …``
        return False
    if bare_label:
        return True
    if wrap is None:
        return False
    if opens_field(visible_next):
        return False
    if bold_open:
        return True  # ``**TM. ỦY BAN`` / ``NHÂN DÂN**``: a bold run goes on
    if _stands_alone(prev):
        return False
    if visible_next[0].islower():
        return True
    if _ends_with_field_label(prev):
        return True  # ``… **Đơn vị phối hợp:**`` / ``Phòng A, Phòng B.``: the label's value goes on
    if SENTENCE_LINE_END.search(prev):
        return False
    if CONTINUING_LINE_END.search(prev) or HEAD_CUT_END.search(prev):
        return True
    if _CLAUSE_OPENER.match(visible_next) and MARKED_LABEL_START.match(prev):
        # ``7. Các sở, ban, ngành tỉnh, Ủy ban nhân dân các xã, phường`` / ``Trên cơ sở Kế hoạch này, …``: a
        # sentence never goes on with a capitalised clause opener; the labelled line was a heading, whatever its length
        return False
    if name_cut(prev, visible_next):
        return True  # ``Đài Tiếng nói Việt`` / ``Nam, Thông tấn xã …``: a proper name cut by the wrap
    if wrap.fits and in_block:  # a program's wrap: short exactly when the next word, as written, would have fitted
        # (a cell's lines are wrapped at the cell's width)
        short = len(prev.rstrip()) + 1 + len(nxt.split(maxsplit=1)[0]) <= wrap.fits
    else:
        short = len(_TRAILING_MARKUP.sub("", prev)) < wrap.width - DEFAULT_MARGIN_BAND
    if in_block and wrap.blank_separated:
        # pdftotext leaves no blank line between a heading and its text: a labelled line short of the margin over
        # a line that opens a sentence with its clause is a heading (``d) Các hoạt động chính`` / ``Căn cứ …``);
        # a web copy's short first line goes on (``a) Chỉ đạo, hướng dẫn hệ thống`` / ``Tuyên giáo …``)
        return not (short and MARKED_LABEL_START.match(prev) and _CLAUSE_OPENER.match(visible_next))
    return not short


#: A clause a document's preamble or a sentence opens with (``Căn cứ …,`` / ``Theo đề nghị …,`` / ``Xét …``): a
#: paragraph of its own after a blank line, whatever the line before ends with.
#: A backslash-escaped Markdown punctuation character (``1\\.``, ``a\\)``, ``\\-``, ``\\*``): the character itself,
#: never a marker.  ``\\|`` stays as written (a literal bar is no cell separator of the text).
MD_ESCAPED = r"\\([!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{}~])"
MD_ESCAPE = compiled(MD_ESCAPED)
_STOPS = frozenset(".;:!?")
_PARAGRAPH_OPENER = compiled(r"(?:Theo\s+đề\s+nghị|Xét)(?![\p{L}])")


def paragraph_cut(prev: str, nxt: str) -> bool:
    """Whether a blank line between ``prev`` (a paragraph's last line) and ``nxt`` falls inside one sentence, as a
    converter that sets a paragraph's first line apart leaves it (pdftohtml, then pandoc: ``- Giao UBND các xã:
    Tân Lập, Hòa Bình,`` / blank / ``Đồng Tâm, …``): ``prev`` ends with no sentence's end and ``nxt``, no label, no
    zone line and no preamble clause, goes on in lower case, or after a comma, a word that cannot end a line or a
    bracket left open."""
    nxt = MD_ESCAPE.sub(r"\1", nxt) if "\\" in nxt else nxt  # pandoc's ``a\\)``, ``1\\.``: labels
    visible_next = without_leading_markup(nxt)
    # ``SENTENCE_LINE_END`` without a search over the whole line: its stop, then marks, brackets, quotes, spaces
    if not visible_next or prev.rstrip(' \t*_)]”"')[-1:] in _STOPS or nxt.lstrip().startswith("|"):
        return False
    # what goes on (the cheap tests first: most blank lines part two paragraphs), then what never does
    if visible_next[0].islower():
        if _TRAILING_MARKUP.sub("", prev)[-1:].isdigit():
            return False  # ``Ngày 12`` / ``tháng 5 …``: cells
    elif not (
        visible_next[0].isupper()
        and (CONTINUING_LINE_END.search(prev) or HEAD_CUT_END.search(prev) or _bracket_open(prev))
    ):
        return False
    if MARKED_LABEL_START.match(nxt) or _stands_alone(nxt) or _stands_alone(prev) or opens_field(visible_next):
        return False
    return not (
        _opens_header_line(visible_next) or _CLAUSE_OPENER.match(visible_next) or _PARAGRAPH_OPENER.match(visible_next)
    )


#: A line this long or longer, cut at a hard break after a capitalised word, ran to its page's margin: a name
#: goes on on the next line (a shorter line may be a heading's).
DEFAULT_PRINTED_LINE_CHARS = 60


def _hard_break(line: str) -> bool:
    """``line`` ends with a Markdown hard break: two spaces or more after its text (after a no-break space too:
    pandoc's of a PDF's justified line), or a backslash.  String tests, not a search anchored at the end."""
    return line.endswith("\\") or (line.endswith("  ") and bool(line.rstrip(" ")))


def _bracket_open(line: str) -> bool:
    """``… (sau đây gọi tắt là Ban``: a bracket the line opens and does not close, so its sentence goes on (a
    label's ``b)`` opens none)."""
    return "(" in line and line.count("(") > line.count(")")


def paragraphs(lines: Sequence[str], wrap: Wrap | None, *, blank_separated: bool = True) -> list[list[int]]:
    """The paragraphs of consecutive non-blank ``lines`` (a block, or a table cell's lines): lists of their
    indexes, a soft break joining two lines into one paragraph.  ``blank_separated=False`` for a cell."""
    out: list[list[int]] = []
    marks = 0  # bold marks in the paragraph so far (lines are joined with a space: no mark spans two)
    for k, ln in enumerate(lines):
        if not ln.strip():
            continue
        if out and (
            soft_break(lines[out[-1][-1]], ln, wrap, bold_open=marks % 2 == 1, in_block=blank_separated)
            or _wrapped_twice(lines, out[-1], ln, wrap)
        ):
            out[-1].append(k)
            marks += _bold_marks(ln)
        else:
            out.append([k])
            marks = _bold_marks(ln)
    return out


#: The tail a second, narrower wrap leaves of a line is at most this long (a word or two).
DEFAULT_TAIL_CHARS = 16


def short_tail(before: str, tail: str, width: int) -> bool:
    """``tail`` is the short tail a second, narrower wrap leaves of a line (``… gọi tắt là`` / ``Ban``): a word or
    two (``DEFAULT_TAIL_CHARS``) that end no sentence, under a line ``before`` that ran to the margin ``width``."""
    short = tail.strip()
    return (
        0 < len(short) <= DEFAULT_TAIL_CHARS
        and len(before.rstrip()) >= width - DEFAULT_MARGIN_BAND
        and short[-1:] not in _STOPS
        and SENTENCE_LINE_END.search(short) is None
    )


def _wrapped_twice(lines: Sequence[str], para: list[int], nxt: str, wrap: Wrap | None) -> bool:
    """Whether the paragraph ``para`` ends with the short tail a second wrap left of a line (``… gọi tắt là`` /
    ``Ban`` / ``Chỉ đạo) gồm …``): its last line short, the line before it at the margin, no sentence ended, and
    ``nxt`` no label, zone line or field: the tail goes on into ``nxt``."""
    if wrap is None or len(para) < 2 or not short_tail(lines[para[-2]], lines[para[-1]], wrap.width):
        return False
    visible_next = without_leading_markup(nxt)
    return bool(visible_next) and not (
        MARKED_LABEL_START.match(nxt)
        or _stands_alone(nxt)
        or opens_field(visible_next)
        or _CLAUSE_OPENER.match(visible_next)
    )


def _bold_marks(line: str) -> int:
    """How many bold marks (``**``, ``__``) ``line`` holds (most lines none: no pattern tried on them)."""
    return len(_EMPHASIS.findall(line)) if "**" in line or "__" in line else 0


_WHOLLY_BOLD = compiled(r"^\s*(?:\*\*|__)(?P<text>.+?)(?:\*\*|__)\s*$")


def bold_at_ends(last: str, nxt: str) -> bool:
    """What ``bridged_heading`` needs of the last line before a blank line and the line after it, asked first: the
    one ends a bold run, the other opens one (the paragraph before the blank line ends with ``last``)."""
    return last.rstrip().endswith(("**", "__")) and nxt.lstrip().startswith(("**", "__"))


def bridged_heading(prev: str, nxt: str) -> bool:
    """A bold heading a web copy broke in two over a blank line (``**3. Đề nghị Ủy ban …, Hội Liên hiệp**`` /
    blank / ``**Phụ nữ Thành phố và …**``): ``prev`` (the paragraph before) is a bold numbered heading in
    mixed case that has not ended its sentence, and ``nxt`` (the line after) goes on in bold without a
    label.  A title in capitals or a heading ended by punctuation is whole."""
    m = _WHOLLY_BOLD.match(prev)
    if m is None or not MARKED_LABEL_START.match(prev) or not nxt.lstrip().startswith(("**", "__")):
        return False
    visible = m.group("text").strip(" *_")
    if visible.upper() == visible or SENTENCE_LINE_END.search(visible):
        return False
    after = without_leading_markup(nxt)
    # ``**Nội dung:** …`` after ``**3. Hội nghị hiệp thương lần thứ ba**``: a field of the item, not its heading's rest
    return (
        bool(after[:1].isupper())
        and not MARKED_LABEL_START.match(nxt)
        and not _stands_alone(nxt)
        and not opens_field(after)
    )
