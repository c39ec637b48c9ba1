"""A web page, read as the text it is when its paragraphs are a fixed-width text's lines.

A page made from a PDF (``pdftohtml``, a portal's converter) places every printed line as its own paragraph, cut at
the page's width inside names and sentences (``Giám đốc các Sở: Quy hoạch -`` / ``Kiến trúc, Xây dựng …``); read
paragraph by paragraph, a name cut at a line's end became two and the tasks after it were lost (QĐ 1878 Hà Nội:
21 of 59).  Such a page with no table — its paragraphs placed at absolute positions, or its lines cut at a width
(``unwrap.measure_wrap``) — is read as that text, its soft breaks rejoined as in a hard-wrapped ``.txt``; any other
page as the HTML reader reads it.  Apart from ``html.py``, which the text reader uses for web copies' tables.
"""

from __future__ import annotations

from dataclasses import replace

from .base import ReadResult
from .html import read_html_page
from .limits import Limits
from .text import read_plain_lines
from .unwrap import measure_wrap


def read_web_page(data: bytes, *, path: str | None = None, limits: Limits | None = None) -> ReadResult:
    """A web page's text (``html.read_html``), as plain text when its paragraphs are a fixed-width text's lines."""
    page, printed = read_html_page(data, path=path, limits=limits)
    if any(b.table is not None for b in page.blocks):
        return page
    if not printed and measure_wrap(page.mapped.text.split("\n")) is None:
        return page
    mapped, blocks = read_plain_lines(page.mapped.text, printed=printed)
    note = ("hard_wrapped_page", "the page's paragraphs are the lines of a fixed-width text: read as that text")
    return replace(page, mapped=mapped.compose(page.mapped), blocks=blocks, notes=[*page.notes, note])
