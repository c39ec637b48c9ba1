"""A workbook of one sheet written row by row: what the board's downloads need of Excel (text, numbers, date
cells shown dd/mm/yyyy, links, a bold frozen header, column widths), through XlsxWriter's ``constant_memory``
mode: each row is flushed to the sheet's file as it is written, so a unit's 5 000 tasks are never held as cells.

openpyxl's write-only mode builds a cell object, a style and an lxml element per value: 9.9 s (profiled; 3.5 s
plain) for the 5 000 rows × 20 columns of one unit's board, beyond the issue's 5 s for the whole download (issue
55).  XlsxWriter, the library Excel's own file format is most often written with from Python, writes the same rows
in about a tenth of that and keeps the file Excel's to open (its shared strings, escapes of characters XML cannot
carry, Excel's limits on links).  Text is always written as text, never a formula, whatever it begins with.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import IO, Any

import xlsxwriter

#: The number format of the date cells.
DEFAULT_DATE_FORMAT = "dd/mm/yyyy"


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
    book = xlsxwriter.Workbook(
        out,
        {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False},
    )
    ws = book.add_worksheet(sheet)
    formats = {
        "date": book.add_format({"num_format": DEFAULT_DATE_FORMAT}),
        "wrap": book.add_format({"text_wrap": True, "valign": "top"}),
        "link": book.get_default_url_format(),
    }
    for i, width in enumerate(widths):
        ws.set_column(i, i, width)
    ws.freeze_panes(1, 0)
    ws.write_row(0, 0, list(headers), book.add_format({"bold": True}))
    n = 0
    for n, row in enumerate(rows, 1):
        for col, (kind, value) in enumerate(zip(kinds, row, strict=True)):
            if value is not None:
                _write(ws, n, col, value, kind, formats)
    book.close()
    return n


def _write(ws: Any, r: int, c: int, value: Any, kind: str, formats: dict[str, Any]) -> None:
    if isinstance(value, bool):
        ws.write_boolean(r, c, value)
    elif isinstance(value, int | float):
        ws.write_number(r, c, value)
    elif isinstance(value, dt.date):
        ws.write_datetime(r, c, value, formats["date"])
    elif kind == "link" and ws.write_url(r, c, str(value), formats["link"], string=str(value)) >= 0:
        return  # beyond Excel's limits (65 530 links, 2 079 characters) a link is written as its text, below
    else:
        ws.write_string(r, c, str(value), formats.get(kind))
