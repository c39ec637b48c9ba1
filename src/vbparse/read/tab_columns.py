"""A header or a signature block laid out with tabs or spaces (older Word files, .doc converted): two columns.

``ỦY BAN NHÂN DÂN<tab>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM``, ``Nơi nhận:<80 spaces>KT.GIÁM ĐỐC``,
``<tab><tab>Nguyễn Văn Hiệp``: what a layout table holds in two cells, these paragraphs hold either side
of a tab or of a long run of spaces.  A run of them at the top of the document, or from ``Nơi nhận`` / a
signing authority on, is read as a layout table is: the left column's lines, then the right column's.  A
piece that stands alone is placed by where its tabs and spaces move it.  Tabs and spaces elsewhere
(``a)<tab>Nội dung``) are spaces.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..pattern_cache import compiled
from ..tables.patterns import AUTHORITY, NOI_NHAN

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

#: Word's default tab stops, in twentieths of a point, after the paragraph's own.
DEFAULT_TAB_STOP = 720
#: The text width (twips) of a page whose section does not say: A4 with 2 cm and 3 cm margins.
DEFAULT_TEXT_WIDTH = 9070
#: A run of this many spaces or more parts two columns as a tab does.
DEFAULT_SPACE_GAP = 8
#: The width of a space (twips) at the sizes documents are set in (13–14 pt Times New Roman: about 3 pt).
DEFAULT_SPACE_TWIPS = 60
#: A piece that starts at a tab stop this far across the text width (or further) is in the right column.
DEFAULT_RIGHT_COLUMN_SHARE = 0.45


@dataclass
class TabRow:
    """A paragraph's two sides: the left column's text and the right column's (either may be empty)."""

    left: str
    right: str


def tab_stops(p_el) -> list[int]:
    """The paragraph's own tab stops (twips), in order."""
    stops = []
    for tab in p_el.iterfind(f"{W}pPr/{W}tabs/{W}tab"):
        pos = tab.get(W + "pos")
        if tab.get(W + "val") != "clear" and pos is not None and pos.lstrip("-").isdigit():
            stops.append(int(pos))
    return sorted(stops)


def text_width(body_el) -> int:
    """The text width (twips) of the body's last section: page width less its margins."""
    sect = body_el.find(W + "sectPr") if body_el is not None else None
    size = sect.find(W + "pgSz") if sect is not None else None
    margins = sect.find(W + "pgMar") if sect is not None else None
    if size is None or margins is None:
        return DEFAULT_TEXT_WIDTH
    try:
        width = int(size.get(W + "w")) - int(margins.get(W + "left")) - int(margins.get(W + "right"))
    except (TypeError, ValueError):
        return DEFAULT_TEXT_WIDTH
    return width if width > 0 else DEFAULT_TEXT_WIDTH


def _stop(stops: list[int], k: int) -> int:
    """Where the ``k``-th tab (1-based) of a paragraph moves the text to."""
    if k <= len(stops):
        return stops[k - 1]
    last = stops[-1] if stops else 0
    return (last // DEFAULT_TAB_STOP + k - len(stops)) * DEFAULT_TAB_STOP


_GAP = compiled(rf"\t|[ \u00a0]{{{DEFAULT_SPACE_GAP},}}")


def split_tabs(text: str, stops: list[int], width: int) -> TabRow | None:
    """The two sides of a paragraph laid out with tabs or spaces, or ``None`` when no gap parts two
    pieces of text and no piece is pushed into the right column."""
    pieces = [p.strip() for p in _GAP.split(text) if p.strip()]
    if len(pieces) >= 2:
        return TabRow(pieces[0], " ".join(pieces[1:]))
    lead = text[: len(text) - len(text.lstrip("\t \u00a0"))]
    if len(pieces) != 1 or not lead:
        return None
    tabs = lead.count("\t")
    at = (_stop(stops, tabs) if tabs else 0) + len(lead.rsplit("\t", 1)[-1]) * DEFAULT_SPACE_TWIPS
    return TabRow("", pieces[0]) if at >= DEFAULT_RIGHT_COLUMN_SHARE * width else None


def opens_closing(row: TabRow) -> bool:
    """A tab row that begins a signature block: ``Nơi nhận:`` on the left, or an authority on the right."""
    return bool(NOI_NHAN.match(row.left)) or bool(AUTHORITY.match(row.right)) or row.right.startswith(("TM", "KT"))
