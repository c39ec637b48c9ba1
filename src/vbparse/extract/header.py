"""Header fields: type, number, issuer, place and date, title."""

from __future__ import annotations

import datetime as dt

import regex

from ..chars import collapse_spaces, fold, is_caps, match_key
from ..models import DateParts, Diagnostic, DocNumber, DocType, Issuer
from ..pattern_cache import compiled, search_at_words
from ..structure.parser import Line, Structure
from ..tables import patterns as P
from ..tables.doctypes import TYPE_LINE_NAMES, code_for_name, name_for_code
from ..tables.issuers import expand_abbreviations
from ..tables.paragraphs import TITLE_JOINING_WORDS
from .dates import make_date, plausible, plausible_year
from .numbers import parse_number

#: Lines at the top of a document where a ``Số:`` line is looked for when the header zone has none (a
#: header may be missing but the number still stand on top of the text).
DEFAULT_NUMBER_LINES = 9
#: … and where the place and date line is looked for.
DEFAULT_PLACE_DATE_LINES = 11
#: A line in capitals longer than this is a title or a sentence, not a line of an issuer's name (a long
#: name is printed on two or three lines).
DEFAULT_MAX_ISSUER_LINE = 80
#: Type names by their folded form: a type line read by OCR with a misread mark (``KÉ HOẠCH``) is found.
_CODE_BY_KEY = {fold(name): code_for_name(name.lower()) for name in TYPE_LINE_NAMES}

#: What a type line's name is read without (compiled once: ``regex.sub`` looked the pattern up at every call).
_NOT_LETTER = compiled(r"[^\p{L}\s]")


def type_code_of_line(line: str) -> str | None:
    """The type code a type line names (``KẾ HOẠCH`` → ``KH``; a misread mark, ``KÉ HOẠCH``, found by its folded
    form), or None."""
    name = _NOT_LETTER.sub("", line).strip()
    return code_for_name(name.lower()) or _CODE_BY_KEY.get(" ".join(fold(name).split()))


#: From a line's first letter to its last: the words of a type line (``KẾ HOẠCH`` of ``99/99/9999## **KẾ HOẠCH**``).
_TYPE_WORDS = compiled(r"\p{L}(?:.*\p{L})?")


def extract_doc_type(st: Structure, number: DocNumber | None) -> DocType:
    if st.type_line is not None:
        line, cut = st.type_line.text, 0
        if st.type_line_title:
            line = line[: line.rfind(st.type_line_title)]
        stray = P.TYPE_OR_VV.match(line)  # a stamp's or handwriting's marks at its left are not the type (52)
        if stray is not None and stray.group("stray"):
            line, cut = line[stray.end("stray") :], stray.end("stray")
        code = type_code_of_line(line)
        if code:
            # the span holds the type's words, not marks or digits glued before them (``99/99/9999## **KẾ HOẠCH``)
            words = _TYPE_WORDS.search(line)
            start = st.type_line.start + cut + (words.start() if words else 0)
            end = st.type_line.start + cut + words.end() if words else st.type_line.end
            return DocType(code=code, name=name_for_code(code), span=st.mapped.span(start, end))
    if st.title and P.VV_PREFIX.match(st.title[0].text):
        return DocType(code="CV", name="Công văn")
    if number is not None and number.type_code:
        return DocType(code=number.type_code, name=name_for_code(number.type_code))
    return DocType()


def _header_text(st: Structure) -> tuple[str, int]:
    if not st.header:
        return "", 0
    first = st.header[0].start
    last = st.header[-1].end
    return st.text[first:last], first


def extract_number(st: Structure, diags: list[Diagnostic]) -> DocNumber | None:
    zone, base = _header_text(st)
    # a header may be missing but a Số line still stand on top of the text
    top = st.text[: st.lines[min(len(st.lines), DEFAULT_NUMBER_LINES) - 1].end] if st.lines else ""
    m = None
    for pattern in (P.NUMBER_LINE, P.RECOGNISED_NUMBER_LINE):  # as printed, then as OCR reads handwriting
        for text, offset in ((zone, base), (top, 0)):
            m = pattern.search(text) if text else None
            if m is not None and parse_number(m.group("raw")).form != "unknown":
                base = offset
                break
            m = None
        if m is not None:
            break
    if m is None:
        diags.append(
            Diagnostic(
                code="missing_number",
                severity="warning",
                message="no 'Số:' line: the document number and symbol are missing",
            )
        )
        return None
    raw = m.group("raw")
    number = parse_number(raw)
    number.span = st.mapped.span(base + m.start("raw"), base + m.end("raw"))
    unreadable = P.UNREADABLE_SERIAL.match(raw.strip())
    if number.serial is None and unreadable:
        diags.append(
            Diagnostic(
                code="unreadable_number",
                severity="warning",
                message=f"the serial before '{number.value}' could not be read "
                f"('{unreadable.group('serial')}': handwritten or stamped?)",
                span=number.span,
            )
        )
    elif number.serial is None:
        diags.append(
            Diagnostic(
                code="blank_number",
                severity="info",
                message=f"number left blank ('Số: {raw.strip()}'): an unnumbered draft",
                span=number.span,
            )
        )
    return number


def place_date_match(st: Structure) -> tuple[regex.Match | None, int]:
    """The place/date line's match and the offset its positions are relative to (also read by the OCR
    confidence check, which needs the date's own words)."""
    zone, base = _header_text(st)
    head_end = st.lines[min(len(st.lines), DEFAULT_PLACE_DATE_LINES) - 1].end if st.lines else 0
    for pattern in (P.PLACE_DATE, P.RECOGNISED_PLACE_DATE):  # as printed, then as OCR reads handwriting
        for text, offset in ((zone, base), (st.text[:head_end], 0)):
            m = pattern.search(text) if text else None
            if m is not None:
                return m, offset
    return None, base


def extract_place_date(st: Structure, diags: list[Diagnostic]) -> tuple[str | None, dt.date | None, DateParts]:
    m, base = place_date_match(st)
    if m is None:
        diags.append(
            Diagnostic(
                code="missing_date", severity="warning", message="no place and date line ('…, ngày … tháng … năm …')"
            )
        )
        return None, None, DateParts()
    place = collapse_spaces(m.group("place").strip(" |*"))
    span = st.mapped.span(base + m.start(), base + m.end())
    (d, day_read), (mo, month_read) = (
        _date_part(m.group(g), what, span, diags) for g, what in (("d", "day"), ("m", "month"))
    )
    year = int(m.group("y"))
    y = year if plausible_year(year) else None
    if y is None:
        diags.append(
            Diagnostic(
                code="impossible_date",
                severity="error",
                message=f"the issue date's year {year} is not a possible one (misread?): no year taken",
                span=span,
            )
        )
    if d is None and day_read:
        diags.append(
            Diagnostic(code="blank_day", severity="info", message="the day of the issue date is left blank", span=span)
        )
    if mo is None and month_read:
        diags.append(
            Diagnostic(
                code="blank_month", severity="info", message="the month of the issue date is left blank", span=span
            )
        )
    date = make_date(d, mo, y)
    if d is not None and mo is not None and y is not None and date is None:
        diags.append(
            Diagnostic(
                code="impossible_date", severity="error", message=f"issue date {d}/{mo}/{y} does not exist", span=span
            )
        )
    parts = DateParts(
        day=d if plausible(d, None) else None,
        month=mo if plausible(None, mo) else None,
        year=y,
        span=st.mapped.span(base + m.start("date"), base + m.end("date")),
    )
    return place or None, date, parts


def day_from_signing(
    issued: dt.date | None, parts: DateParts, signed_at: str | None, diags: list[Diagnostic]
) -> tuple[dt.date | None, DateParts]:
    """The day of a signed document whose printed day is blank or unreadable (handwritten, stamped, drawn by
    the signing tool as an image): the day its digital signature was made, when the printed month and year
    agree with it.  Never when the month is not printed either: a copy signed later (a scan signed for
    the archive days after issue) would pass for the issue."""
    if issued is not None or parts.day is not None or parts.month is None or parts.year is None or not signed_at:
        return issued, parts
    try:
        signed = dt.date.fromisoformat(signed_at[:10])
    except ValueError:
        return issued, parts
    if (signed.year, signed.month) != (parts.year, parts.month):
        return issued, parts
    diags.append(
        Diagnostic(
            code="day_from_signature",
            severity="info",
            message=(
                f"the day of the issue date is not printed legibly; {signed.day} taken from the digital signature "
                f"made {signed:%d/%m/%Y}, which agrees with the printed month and year"
            ),
            span=parts.span,
        )
    )
    return signed, parts.model_copy(update={"day": signed.day})


def _date_part(text: str | None, what: str, span, diags: list[Diagnostic]) -> tuple[int | None, bool]:
    """A day or month and whether it could be read: digits, or blank (``ngày    tháng``, ``ngày … tháng``),
    or what OCR made of a handwritten one (``Ø3``, ``&@``, ``4 6``): unreadable, never guessed."""
    value = (text or "").strip(" .…_")
    if not value or value.isdecimal() and len(value) <= 2:
        return (int(value) if value else None), True
    diags.append(
        Diagnostic(
            code="unreadable_date",
            severity="warning",
            message=f"the {what} of the issue date could not be read ('{value}': handwritten or stamped?)",
            span=span,
        )
    )
    return None, False


#: A line of one word this short is a syllable a narrow cell cut from the name it starts (``ỦY`` / ``BAN NHÂN
#: DÂN``), never a body's name of its own.
DEFAULT_CUT_SYLLABLE_CHARS = 3


def _cut_syllable(unit: list[Line]) -> bool:
    words = " ".join(ln.text.strip(" |*") for ln in unit).split()
    return len(words) == 1 and len(words[0]) <= DEFAULT_CUT_SYLLABLE_CHARS


def _issuer_lines(st: Structure) -> list[Line]:
    """The capitalised lines of the header's left column above the number.  A rule or a line of marks
    (a scan's speck, ``~ .,``) between two of them is passed over when a body's name follows it (the
    parent, then the issuer: ``UBND TỈNH LÀO CAI`` / ``~ .,`` / ``SỞ CÔNG THƯƠNG``); elsewhere a rule ends
    them (the one under the issuer)."""
    out: list[Line] = []
    left = [ln for ln in st.header if ln.hint.column != "right"]
    for k, ln in enumerate(left):
        t = ln.text.strip(" |")
        if out and P.MARKS_LINE.match(t) and _body_follows(left, k + 1):  # a rule is a line of marks too
            continue
        if (
            P.QUOC_HIEU.match(t)
            or P.QUOC_HIEU_HEAD.match(t)
            or P.QUOC_HIEU_TAIL.match(t)
            or P.breaks_quoc_hieu(t, left[k + 1].text if k + 1 < len(left) else "")
            or P.TIEU_NGU.match(t)
            or P.PARTY_BANNER.match(t)
            or P.RULE_LINE.match(t)
        ):
            if out:
                break
            continue
        if P.NOT_ISSUER_LINE.search(t):
            if out:
                break
            continue
        if (is_caps(t) or t.isupper()) and len(t) <= DEFAULT_MAX_ISSUER_LINE:  # ``ỦY`` / ``BAN NHÂN DÂN``: short
            out.append(ln)
        elif out:
            break
    return out


def _body_follows(left: list[Line], k: int) -> bool:
    """Whether the next line of ``left`` from ``k`` with letters opens a body's name in capitals."""
    for ln in left[k:]:
        t = ln.text.strip(" |*")
        if P.MARKS_LINE.match(t):
            continue
        return is_caps(t) and P.ISSUER_LINE_START.match(t) is not None
    return False


#: The first words of the names ``INFERRED_ISSUER`` reads (lower case): it is tried only where one stands.
_INFERRED_ISSUER_FIRSTS = ("ban", "chủ", "đảng", "đoàn", "hội", "phòng", "sở", "trưởng", "ubnd", "uỷ", "ủy")


def extract_issuer(st: Structure, diags: list[Diagnostic]) -> Issuer:
    lines = _issuer_lines(st)
    if lines:
        units: list[list[Line]] = []
        for ln in lines:
            t = ln.text.strip(" |*")
            if not units or (P.ISSUER_LINE_START.match(t) and not _cut_syllable(units[-1])):
                units.append([ln])
            else:
                units[-1].append(ln)
        issuer_lines = units[-1]
        name = collapse_spaces(" ".join(ln.text.strip(" |*") for ln in issuer_lines))
        parent = collapse_spaces(" ".join(ln.text.strip(" |*") for u in units[:-1] for ln in u)) or None
        span = st.mapped.span(issuer_lines[0].start, issuer_lines[-1].end)
        return Issuer(name=name, parent=parent, inferred=False, span=span)
    for ln in st.preamble + st.title:
        m = search_at_words(P.INFERRED_ISSUER, ln.text, _INFERRED_ISSUER_FIRSTS)
        if m:
            name = collapse_spaces(m.group("name"))
            span = st.mapped.span(ln.start + m.start("name"), ln.start + m.end("name"))
            diags.append(
                Diagnostic(
                    code="issuer_inferred",
                    severity="warning",
                    message=f"no issuer in the header; read '{name}' from the body",
                    span=span,
                )
            )
            return Issuer(name=name, parent=None, inferred=True, span=span)
    diags.append(
        Diagnostic(code="missing_issuer", severity="warning", message="no issuing body in the header or the body")
    )
    return Issuer()


#: A lower-case letter: a line that has one is not in capitals.
_LOWER = compiled(r"\p{Ll}")
#: What a stamp or a seal beside a scan's title leaves before it (``Ol[ Ð [z£Qs#6 Phối hợp …``): tokens
#: holding a character no title has, or a lone letter.
_LEADING_MARKS = compiled(r"^(?:(?:\S*[^\p{L}\p{N}\s.,;:()\-/\"'“”]\S*|\p{L})\s+)+(?=\p{L}{2})")
#: What a speck or a fold leaves after a scan's title as a word of its own (``… năm 2026 ~ . ,``): a token
#: without a letter, a digit, a bracket or a quote.
_MARKS_WORD = compiled(r"[^\p{L}\p{N}()“”\"'…]+")
#: A title's final full stop is not part of it (an ellipsis is).
_FINAL_STOP = compiled(r"(?<!\.)\.\s*$")


def _issuer_keys(st: Structure) -> list[str]:
    """The header's issuer as keys, one per body (``UBND TỈNH LÀO CAI`` / ``SỞ CÔNG THƯƠNG``)."""
    units: list[str] = []
    for ln in _issuer_lines(st):
        t = ln.text.strip(" |*")
        if not units or P.ISSUER_LINE_START.match(t):
            units.append(t)
        else:
            units[-1] += " " + t
    return [match_key(expand_abbreviations(u)) for u in units]


def _is_authority_line(text: str, before: str, issuer_keys: list[str]) -> bool:
    """``ỦY BAN NHÂN DÂN TỈNH KON TUM`` between a decision's title and its ``Căn cứ``: the issuer (or a
    post of it) that decides, named as in the header, after a title line that is complete."""
    prev = match_key(before)
    if (
        not prev
        or before.rstrip()[-1:] in {",", "-"}
        or any((" " + prev).endswith(" " + w) for w in TITLE_JOINING_WORDS)
    ):
        return False
    key = P.POST_KEY.sub("", match_key(expand_abbreviations(text)))
    return len(key.split()) >= 2 and any(
        (k + " ").startswith(key + " ") or (key + " ").startswith(k + " ") for k in issuer_keys
    )


def _paragraph_at(text: str, start: int, caps_before: bool) -> int | None:
    """Where the first paragraph begins in a title line (at ``start`` or later): an opener at the start
    of the line, or after a title in capitals or the end of a sentence (a flattened web page puts the
    title and the paragraph on one line)."""
    for m in P.PARAGRAPH_OPENER.finditer(text, start):
        if m.start() == 0:
            return 0
        before = text[: m.start()].rstrip()
        if before and (before[-1] in ".;" or ((caps_before or is_caps(before)) and not _LOWER.search(before))):
            return m.start()
    return None


class _QuoteBalance:
    """Whether the title lines read so far leave a quotation or a parenthesis open."""

    def __init__(self) -> None:
        self.quotes = self.parens = 0

    def add(self, text: str) -> None:
        self.quotes += text.count("“") - text.count("”")
        self.parens += text.count("(") - text.count(")")

    def is_open(self) -> bool:
        return self.quotes > 0 or self.parens > 0


def _title_parts(st: Structure) -> list[str]:
    """The title lines up to where something else begins: the first paragraph, a note on the title,
    the rule under it, header furniture a flattened table put after it, or a decision's authority line."""
    issuer_keys = _issuer_keys(st)
    parts: list[str] = []
    all_caps = True  # every part so far in capitals; with ``opened``, kept as parts come (not re-read: linear)
    opened = _QuoteBalance()
    last = len(st.title) - 1
    for i, ln in enumerate(st.title):
        t = ln.text
        if parts and (P.RULE_LINE.match(t) or P.QUOC_HIEU.match(t) or P.TIEU_NGU.match(t) or P.TITLE_NOTE.match(t)):
            break
        caps = bool(parts) and all_caps
        # a title in capitals, then running text: the first paragraph (unless a quotation is open)
        if caps and _LOWER.search(t) and not opened.is_open() and not _paragraph_at(t, 1, True):
            break
        at = _paragraph_at(t, 0 if parts else 1, caps)  # a title may itself begin ``Thực hiện …``
        if not parts and at is None and _is_preamble_paragraph(t):  # … but not be a preamble's sentence
            at = 0
        if at is not None:
            if t[:at].strip():
                parts.append(t[:at].strip())
            break
        if parts and i == last and is_caps(t) and _is_authority_line(t, parts[-1], issuer_keys):
            break
        parts.append(t)
        all_caps = all_caps and is_caps(t)
        opened.add(t)
    return parts


#: A first line under the type line that opens like a preamble (``Thực hiện …``), runs longer than this
#: many words and ends as a sentence does is the body's first paragraph: the document has no trích yếu
#: (a Giấy mời often has none); a title that begins ``Thực hiện Nghị quyết …`` ends without a full stop.
DEFAULT_TITLE_MAX_WORDS = 25


def _is_preamble_paragraph(text: str) -> bool:
    return (
        bool(P.PARAGRAPH_OPENER.match(text))
        and text.rstrip().endswith((".", ";", ":"))
        and len(text.split()) > DEFAULT_TITLE_MAX_WORDS
    )


def _without_trailing_marks(text: str) -> str:
    """``text`` without the marks that end it as words of their own (its spaces collapsed).  Word by word
    from the end: a pattern searched from every position was quadratic in a long run of spaces."""
    words = text.split()
    while len(words) > 1 and _MARKS_WORD.fullmatch(words[-1]):
        words.pop()
    return " ".join(words)


def extract_title(st: Structure, doc_type: str | None = None) -> str | None:
    """The trích yếu.  A công văn's ``V/v …`` stands for its title and loses the ``V/v``; other types keep
    what is printed under their type line (``Về việc ban hành …`` of a Tờ trình or Quyết định)."""
    if not st.title and not st.type_line_title:
        return None
    text = " ".join(([st.type_line_title] if st.type_line_title else []) + _title_parts(st))
    text = _without_trailing_marks(_LEADING_MARKS.sub("", text))
    if doc_type in (None, "CV"):
        text = P.VV_PREFIX.sub("", text)
    text = _FINAL_STOP.sub("", collapse_spaces(text))
    return text or None
