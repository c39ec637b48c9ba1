"""Where a document's zones begin, found once for every reader and the parser.

A document reads top to bottom as a header (issuer, Số, place and date; two columns) up to its type line
(``KẾ HOẠCH``) or, for a công văn, its ``V/v``; then the body; then the closing from ``Nơi nhận``.  When a
second document follows the first (a Tờ trình with the draft it submits, a decision with the plan it
issues), the closing is the first ``Nơi nhận`` that such a document follows, not the last of the file.
The layout reader splits columns by these zones and the structure parser assigns its lines by them: one
definition, so that the two never disagree on where the closing starts.
"""

from __future__ import annotations

from collections.abc import Sequence

from .chars import fold, fold_finder, is_caps, match_key
from .tables.patterns import (
    AUTHORITY,
    COLUMN_GAP,
    DEFAULT_MIN_COLUMN_GAP,
    ISSUER_LINE_START,
    NOI_NHAN,
    PAGE_FIELD_LABEL,
    PAGE_SENTENCE,
    PARTY_BANNER,
    POST_KEY,
    QUOC_HIEU,
    QUOC_HIEU_HEAD,
    QUOC_HIEU_KEY,
    RULE_LINE,
    TIEU_NGU,
    TYPE_LINE_KEY,
    TYPE_OR_VV,
    UNREAD_NOI_NHAN_LABEL,
    breaks_quoc_hieu,
)

#: The type line (or ``V/v``) is looked for in this many first lines of laid-out text; above it is the
#: two-column header.
DEFAULT_HEADER_LINES = 60


#: A web page's box of fields is told by at least this many of its labels above the Quốc hiệu.
DEFAULT_PAGE_FIELDS = 2
#: How far the Quốc hiệu of a web copy is looked for: the site's notices and its box of fields (one cell a line,
#: ``Số hiệu | 84/2025/QĐ-UBND``, ``Tình trạng | Đã biết`` …) can run to 70 lines and more above the document,
#: more than a header's ``DEFAULT_HEADER_LINES``.  What is above must still be the page's (its fields or its
#: sentences), or the document starts at its first line.
DEFAULT_PAGE_LINES = 150


def document_start(lines: Sequence[str], limit: int = DEFAULT_PAGE_LINES) -> int:
    """The first line of the document: 0, or, in a web copy whose page stands above it (the site's notices
    and its box of the document's fields: ``Số hiệu | 800/KH-UBND``, ``Loại văn bản | Kế hoạch``), the first
    line of the issuer's block of capitals right above the Quốc hiệu (or a Party body's banner).  The
    page's lines would otherwise be read as the header: its ``Thông báo`` as the type line, its fields as
    the title."""
    at = next(
        (i for i in range(min(limit, len(lines))) if _may_open_quoc_hieu(lines[i]) and _quoc_hieu_at(lines, i)), None
    )
    if at is None:
        return 0
    fields = sum(1 for ln in lines[:at] if PAGE_FIELD_LABEL.match(ln))
    if fields < DEFAULT_PAGE_FIELDS and not _page_sentences_above(lines, at):
        return 0
    start = at
    while start > 0:
        above = lines[start - 1].strip(" |*#")
        # a word of capitals alone is the issuer's too (``ỦY`` / ``BAN NHÂN DÂN``, ``BỘ`` / ``TÀI CHÍNH``: too short
        # for ``is_caps``)
        capitals = is_caps(above) or above.isupper()
        if not (capitals or RULE_LINE.match(above) or not above) or PAGE_FIELD_LABEL.match(above):
            break
        start -= 1
    while start < at and not lines[start].strip(" |*#"):
        start += 1  # the blank lines above the block are not the document's
    return start


def _first_quoc_hieu_line(lines: Sequence[str], start: int, end: int) -> int | None:
    """The first of ``lines[start:end]`` that holds the Quốc hiệu (``QUOC_HIEU_KEY``, folded): found in the lines as
    one text by ``chars.fold_finder`` (the key holds no line break), not by folding every line of a long closing."""
    text = "\n".join(lines[start:end])
    found = _QUOC_HIEU_FOLDED.search(text)
    return None if found is None else start + text.count("\n", 0, found.start())


def _may_open_quoc_hieu(line: str) -> bool:
    """What every way ``_quoc_hieu_at`` finds the Quốc hiệu at a line needs: ``cong`` in the line folded (``CỘNG
    HÒA …``, ``ĐẢNG CỘNG SẢN …``), or a line in capitals (a broken Quốc hiệu's first words).  Most lines have
    neither, and are not tried."""
    return _CONG.search(line) is not None or line.strip(" |*#").isupper()


#: Where a line's fold holds ``cong``, or the Quốc hiệu's key (``chars.fold_finder``): found without folding it.
_CONG = fold_finder("cong")
_QUOC_HIEU_FOLDED = fold_finder(QUOC_HIEU_KEY)


def _quoc_hieu_at(lines: Sequence[str], i: int) -> bool:
    """Whether the Quốc hiệu starts at line ``i``: whole, its start (``_opens_quoc_hieu``), or broken after any
    of its words and continued on the next line (``breaks_quoc_hieu``: ``CỘNG HÒA XÃ`` / ``HỘI CHỦ NGHĨA …``)."""
    line = lines[i]
    if _QUOC_HIEU_FOLDED.search(line) or _opens_quoc_hieu(line):
        return True
    return i + 1 < len(lines) and breaks_quoc_hieu(line, lines[i + 1])


def _page_sentences_above(lines: Sequence[str], at: int) -> bool:
    """Whether the lines above the header's block of capitals (which ends at line ``at``) are a website's
    sentences, every one of them, blank lines and page fields aside (fields alone are judged by their count)."""
    block = at
    while block > 0 and (is_caps(lines[block - 1].strip(" |*#")) or not lines[block - 1].strip(" |*#")):
        block -= 1
    above = [ln for ln in lines[:block] if ln.strip(" |*#")]
    return any(PAGE_SENTENCE.match(ln) for ln in above) and all(
        PAGE_SENTENCE.match(ln) or PAGE_FIELD_LABEL.match(ln) for ln in above
    )


def _opens_quoc_hieu(line: str) -> bool:
    """A line that holds the start of the Quốc hiệu in capitals (a web copy may break it, ``CỘNG HÒA XÃ HỘI``
    / ``CHỦ NGHĨA …``, and join its first words to the issuer's last line) or begins with a Party body's
    banner."""
    text = line.strip(" |*#")
    return bool(QUOC_HIEU.match(text) or PARTY_BANNER.match(text) or (is_caps(text) and _QUOC_HIEU_WORDS in fold(text)))


#: The Quốc hiệu's first words, folded.
_QUOC_HIEU_WORDS = "cong hoa xa hoi"


def is_type_line(line: str) -> bool:
    """The type (``KẾ HOẠCH``), a ``V/v`` or ``Kính gửi``: the line that ends the header."""
    return TYPE_OR_VV.match(line) is not None


#: Markup and a table's bars around a type line as a converter prints it (``| KẾ HOẠCH |``, ``**QUY CHẾ**``).
_TYPE_LINE_EDGES = " \t|*_#"


def opens_attached_document(line: str) -> bool:
    """A type name alone on its line in capitals (``KẾ HOẠCH``, ``QUY CHẾ``, ``ĐỀ ÁN``) inside a closing: the
    title of the document the signed one issues, printed after the signature without a Quốc hiệu of its own
    (a decision's plan).  No line of a closing is one: recipients are written in mixed case (``- Như Điều
    3;``), a post names no type (``TM. ỦY BAN NHÂN DÂN``, ``PHÓ CHỦ TỊCH``), a name is in mixed case."""
    text = line.strip(_TYPE_LINE_EDGES)
    return is_caps(text) and TYPE_LINE_KEY.match(fold(text)) is not None


def is_deciding_authority(line: str) -> bool:
    """A decision's authority line: a post and the body it heads (``CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH``,
    ``GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH LÀO CAI``), printed under its title (or under the date, when a web copy
    lost the title): never a title of its own."""
    key = match_key(line)
    post = POST_KEY.match(key)
    return post is not None and ISSUER_LINE_START.match(key[post.end() :].upper()) is not None


def opens_header_right_column(text: str) -> bool:
    """Text that begins the header's right column: the Quốc hiệu (its first words are enough where a
    signature box hides the rest) or the Tiêu ngữ."""
    return bool(QUOC_HIEU.match(text) or QUOC_HIEU_HEAD.match(text) or TIEU_NGU.match(text))


#: What only a header's or a closing's line begins with, besides the patterns: the number's label, a
#: signing authority.
_ZONE_LINE_OPENERS = ("Số:", "Số :", "TM.", "KT.", "T/M")


def is_header_or_closing_line(text: str) -> bool:
    """A line that only a header or a closing holds: the Quốc hiệu or a Party body's banner, the Tiêu ngữ,
    ``Số:``, an authority (``TM.``, ``KT.``), ``Nơi nhận``.  A table that holds one lays out the header or
    the signature in two columns; it is not a data table."""
    return bool(
        QUOC_HIEU.search(text)
        or PARTY_BANNER.search(text)
        or TIEU_NGU.search(text)
        or AUTHORITY.match(text)
        or NOI_NHAN.match(text)
        or text.startswith(_ZONE_LINE_OPENERS)
    )


def type_line_at(lines: Sequence[str], limit: int = DEFAULT_HEADER_LINES) -> int | None:
    """The line of the type (or ``V/v``, ``Kính gửi``) that ends the header, within ``limit`` lines."""
    for i, ln in enumerate(lines[:limit]):
        if is_type_line(ln):
            return i
    return None


#: A signature block opens with a line in capitals: at least this share of its letters.
DEFAULT_SIGNATURE_CAPITALS = 0.7


def signer_run_on(text: str) -> tuple[str, str] | None:
    """A signature block run into one line (``KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn Tư``: a flattened cell, a
    paragraph's lines joined), as its capitals and the name after them (two words or more, capitalised, in lower
    case); None for any other line."""
    words = text.strip().split(" ")
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper() and not is_caps(words[k - 1]) and words[k - 1].isalpha():
        k -= 1
    head, name = " ".join(words[:k]), " ".join(words[k:])
    if not head or len(words) - k < 2 or len(words) - k > DEFAULT_MAX_NAME_WORDS or not is_caps(head):
        return None
    return head, name


#: A person's name has at most this many words (``Tôn Nữ Thị Ngọc Hà``).
DEFAULT_MAX_NAME_WORDS = 6


def opens_signature_block(text: str) -> bool:
    """A line that opens a signature block: an authority (``KT. CHỦ TỊCH``, ``TM. ỦY BAN NHÂN DÂN``) or a
    post (``PHÓ GIÁM ĐỐC``), in capitals, a seal's or OCR's marks around it aside; or such a block run into one
    line with its signer's name (``signer_run_on``)."""
    run_on = signer_run_on(text)
    if run_on is not None:
        text = run_on[0]
    letters = [ch for ch in text if ch.isalpha()]
    if not letters or sum(ch.isupper() for ch in letters) < DEFAULT_SIGNATURE_CAPITALS * len(letters):
        return False
    stripped = text.strip(" \t.,:;-_=~`'\"|")
    return bool(AUTHORITY.match(stripped) or POST_KEY.match(match_key(stripped) + " "))


def is_unread_noi_nhan(label: str, below: str, beside: str) -> bool:
    """A ``Nơi nhận`` OCR could not read at all (its italic small print: ``Ar‹:``): ``label`` is a short
    label and its colon (``UNREAD_NOI_NHAN_LABEL``), ``below`` the next line of its column a recipient
    (``- …``), ``beside`` the other column's first line, which opens a signature block.  One rule for the
    laid-out line (``unread_noi_nhan_at``) and for the structure's lines, once the columns are apart."""
    return (
        UNREAD_NOI_NHAN_LABEL.match(label) is not None
        and below.lstrip().startswith(("-", "+"))
        and opens_signature_block(beside)
    )


def unread_noi_nhan_at(lines: Sequence[str], start: int = 0) -> int | None:
    """The laid-out line of a closing whose ``Nơi nhận`` OCR could not read (``is_unread_noi_nhan``: the
    label, a wide gap, the signature block's first line), or ``None``."""
    gap = " " * DEFAULT_MIN_COLUMN_GAP
    for i in range(start, len(lines) - 1):
        if gap not in lines[i]:
            continue  # no column's gap: no label beside a signature block
        parts = COLUMN_GAP.split(lines[i].strip(), maxsplit=1)
        if len(parts) == 2 and is_unread_noi_nhan(parts[0], lines[i + 1], parts[1]):
            return i
    return None


def closing_at(lines: Sequence[str], start: int = 0) -> tuple[int | None, int | None]:
    """The ``Nơi nhận`` line that opens the closing (from ``start`` on) and the first line of a document
    printed after it (its Quốc hiệu), each ``None`` when there is none: the last ``Nơi nhận``, or the first
    one that an attached document follows before the next ``Nơi nhận`` (one OCR could not read:
    ``unread_noi_nhan_at``, when there is no other).  An attached document after the
    last ``Nơi nhận`` ends its closing too (a công văn with its guidance on the next page, 110: the
    guidance's lines were read as the closing's left column, its header as the signer's post)."""
    noi_nhan = [i for i in range(start, len(lines)) if NOI_NHAN.match(lines[i].lstrip())]
    if not noi_nhan:
        unread = unread_noi_nhan_at(lines, start)
        noi_nhan = [] if unread is None else [unread]
    for k, i in enumerate(noi_nhan):
        later = noi_nhan[k + 1] if k + 1 < len(noi_nhan) else len(lines)
        attached = _first_quoc_hieu_line(lines, i + 1, later)
        if attached is not None or later == len(lines):
            return i, attached
    return None, None
