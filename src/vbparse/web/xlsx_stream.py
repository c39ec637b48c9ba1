"""A workbook of one sheet written row by row into a zip stream: what the board's downloads need of Excel
(text, numbers, date cells shown dd/mm/yyyy, links, a bold frozen header, column widths), nothing more.

openpyxl's write-only mode keeps no cells either, but builds a cell object, a style and an lxml element per
value: 9.9 s (profiled; 3.5 s plain) for the 5 000 rows × 20 columns of one unit's board, beyond the
issue's 5 s for the whole download (issue 55).  Here a row is one string written into the deflate stream
(``zipfile``'s ``open(..., "w")``); text is an inline string, never a formula, whatever it begins with.
Links are kept (their cell and address: a few bytes a row) until the sheet's end, where Excel wants them.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterable, Sequence
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr

import regex

#: The number format of the date cells (the workbook's one custom format, id 164).
DEFAULT_DATE_FORMAT = "dd/mm/yyyy"
#: Deflate level of the parts: 1 writes ~3× faster than 6 for a file ~15 % larger.
DEFAULT_COMPRESSION = 1
#: Excel's day 0 (dates are days since, with its 1900 leap-year quirk behind it).
_EPOCH = dt.date(1899, 12, 30)
#: Characters XML 1.0 cannot carry (a control character left in an old archive): dropped, never a broken file.
_NOT_XML = regex.compile(r"[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
#: Cell styles (``cellXfs``): plain, bold header, date, link, wrapped text.
PLAIN, HEADER, DATE, LINK, WRAP = range(5)

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>'
)
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_ROOT_RELS = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_RELS_NS}">'
    f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK_RELS = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_RELS_NS}">'
    f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_REL}/styles" Target="styles.xml"/></Relationships>'
)
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_STYLES = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="{_MAIN}">'
    f'<numFmts count="1"><numFmt numFmtId="164" formatCode="{DEFAULT_DATE_FORMAT}"/></numFmts>'
    '<fonts count="3"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font>'
    '<font><u/><color rgb="FF0563C1"/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/>'
    '</fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
    '<xf numFmtId="0" fontId="2" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="1" applyFont="1"/>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
    '<alignment vertical="top" wrapText="1"/></xf></cellXfs>'
    '<cellStyles count="2"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
    '<cellStyle name="Hyperlink" xfId="1" builtinId="8"/></cellStyles></styleSheet>'
)


def column_letter(n: int) -> str:
    """``1`` → ``A``, ``27`` → ``AA``."""
    letters = ""
    while n:
        n, r = divmod(n - 1, 26)
        letters = chr(65 + r) + letters
    return letters


def _text(value: str) -> str:
    return escape(_NOT_XML.sub("", value))


def _cell(ref: str, value: Any, style: int) -> str:
    s = f' s="{style}"' if style else ""
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"{s}><v>{int(value)}</v></c>'
    if isinstance(value, int | float):
        return f'<c r="{ref}"{s}><v>{value!r}</v></c>'
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return f'<c r="{ref}"{s}><v>{(value - _EPOCH).days}</v></c>'
    return f'<c r="{ref}" t="inlineStr"{s}><is><t xml:space="preserve">{_text(str(value))}</t></is></c>'


def _sheet_head(widths: Sequence[float]) -> str:
    cols = "".join(f'<col min="{i}" max="{i}" width="{w:g}" customWidth="1"/>' for i, w in enumerate(widths, 1))
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}">'
        '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" '
        'state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
        f"<cols>{cols}</cols><sheetData>"
    )


def write_xlsx(
    out: IO[bytes],
    sheet: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    widths: Sequence[float],
    kinds: Sequence[str],
) -> int:
    """Write a workbook of one sheet named ``sheet`` to ``out``: ``headers`` bold and frozen, then ``rows``
    (taken one at a time); ``kinds[i]`` is ``date``, ``link``, ``wrap`` or anything else (plain) for column
    ``i``.  Returns the number of rows written."""
    letters = [column_letter(i) for i in range(1, len(headers) + 1)]
    styles = [{"date": DATE, "link": LINK, "wrap": WRAP}.get(k, PLAIN) for k in kinds]
    links: list[tuple[str, str]] = []  # (cell, address)
    n = 0
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=DEFAULT_COMPRESSION) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _ROOT_RELS)
        z.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        z.writestr("xl/styles.xml", _STYLES)
        z.writestr(
            "xl/workbook.xml",
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{_MAIN}" xmlns:r="{_REL}">'
            f'<sheets><sheet name={quoteattr(sheet)} sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        with z.open("xl/worksheets/sheet1.xml", "w") as part:
            part.write(_sheet_head(widths).encode())
            head = "".join(_cell(f"{c}1", h, HEADER) for c, h in zip(letters, headers, strict=True))
            part.write(f'<row r="1">{head}</row>'.encode())
            for n, row in enumerate(rows, 1):
                r = n + 1
                cells = []
                for c, style, v in zip(letters, styles, row, strict=True):
                    if v is None:
                        continue
                    if style == LINK:
                        links.append((f"{c}{r}", str(v)))
                    cells.append(_cell(f"{c}{r}", v, style))
                part.write(f'<row r="{r}">{"".join(cells)}</row>'.encode())
            part.write(b"</sheetData>")
            if links:
                refs = "".join(f'<hyperlink ref="{ref}" r:id="rId{i}"/>' for i, (ref, _) in enumerate(links, 1))
                part.write(f"<hyperlinks>{refs}</hyperlinks>".encode())
            part.write(b"</worksheet>")
        if links:
            with z.open("xl/worksheets/_rels/sheet1.xml.rels", "w") as rels:
                head = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_RELS_NS}">'
                rels.write(head.encode())
                for i, (_, address) in enumerate(links, 1):
                    target = quoteattr(_NOT_XML.sub("", address))
                    rels.write(
                        f'<Relationship Id="rId{i}" Type="{_REL}/hyperlink" Target={target} TargetMode="External"/>'.encode()
                    )
                rels.write(b"</Relationships>")
    return n
