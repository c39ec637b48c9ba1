"""Web pages: Word's "Save as Web Page" files (often still named ``.doc``) and other HTML exports.

The page is parsed with lxml's HTML parser (forgiving, like a browser) and rebuilt as a
WordprocessingML body — paragraphs, runs with bold/italic/font, tables with their spans — which the
DOCX reader then reads by its own rules.  So a header laid out in a borderless table is read by column,
a data table gives one line per row with its cells, and a run in ``.VnTime`` is converted, exactly as
for a ``.docx``.  Tags, scripts, styles and Word's hidden ``<xml>`` islands never reach the text.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, replace

from lxml import etree
from lxml import html as lxml_html

from .base import ReadError, ReadResult
from .decode import decode_bytes
from .docx import W, read_body
from .limits import CellBudget, Limits

#: Where a page says which encoding it is in (only the start of a page is searched, as browsers do).
_CHARSET_WINDOW = 4096
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_FONT_FAMILY = re.compile(r"font-family\s*:\s*([^;]+)", re.IGNORECASE)
#: HTML white space collapses to one space; a no-break space is kept (Word uses runs of them as gaps).
_SPACE = re.compile(r"[ \t\r\n\f]+")
#: Characters XML cannot hold (lxml refuses them in element text).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

_SKIP = frozenset(
    {
        "head",
        "title",
        "script",
        "style",
        "template",
        "xml",
        "object",
        "iframe",
        "svg",
        "math",
        "noscript",
        "select",
        "button",
        "input",
        "textarea",
        "img",
        "map",
    }
)
_BLOCK = frozenset(
    {
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "address",
        "center",
        "section",
        "article",
        "header",
        "footer",
        "main",
        "nav",
        "aside",
        "figure",
        "figcaption",
        "form",
        "fieldset",
        "legend",
        "caption",
        "ul",
        "ol",
        "dl",
        "body",
        "html",
        "hr",
    }
)
#: Bounds on a cell's spans, so that ``colspan=1000000000`` cannot build a table of a billion columns.
MAX_COLSPAN = 1000
MAX_ROWSPAN = 65534
#: Bound on an ordered list's ``start``, likewise (``<ol start=99999999999>`` numbers no real list).
MAX_LIST_START = 10**6
#: HTML has six heading levels, ``<h1>``…``<h6>``, each read as Word's ``Heading1``…``Heading6`` style.
HTML_HEADING_LEVELS = 6
_HEADING_LEVEL = {f"h{n}": n for n in range(1, HTML_HEADING_LEVELS + 1)}
#: CSS ``font-weight`` values a browser draws bold (600 and above), and those that turn bold off again.
_BOLD_WEIGHTS = frozenset({"bold", "bolder", "600", "700", "800", "900"})
_NORMAL_WEIGHTS = frozenset({"normal", "400", "lighter"})
#: A page's table has no column widths in Word's units: every grid column gets this one, so the DOCX reader
#: places a cell by its column index.
_EQUAL_COLUMN_WIDTH = "1"


@dataclass(frozen=True)
class _State:
    """What an element's text inherits: run properties and the enclosing block's alignment/heading."""

    bold: bool = False
    italic: bool = False
    font: str | None = None
    center: bool = False
    heading: int = 0
    pre: bool = False


def _style(el) -> dict[str, str]:
    out = {}
    for decl in (el.get("style") or "").split(";"):
        name, sep, value = decl.partition(":")
        if sep:
            out[name.strip().lower()] = value.strip().lower()
    return out


def _derive(st: _State, el, tag: str) -> _State:
    css = _style(el)
    changes: dict = {}
    if tag in ("b", "strong", "th") or css.get("font-weight", "") in _BOLD_WEIGHTS:
        changes["bold"] = True
    elif css.get("font-weight", "") in _NORMAL_WEIGHTS:
        changes["bold"] = False
    if tag in ("i", "em") or css.get("font-style") in ("italic", "oblique"):
        changes["italic"] = True
    elif css.get("font-style") == "normal":
        changes["italic"] = False
    m = _FONT_FAMILY.search(el.get("style") or "")  # as written: font names are looked up case and all
    family = el.get("face") if tag == "font" else (m.group(1) if m else None)
    if family:
        changes["font"] = family.split(",")[0].strip().strip("'\"") or None
    align = (el.get("align") or css.get("text-align") or "").lower()
    if tag == "center" or align == "center":
        changes["center"] = True
    elif align in ("left", "right", "justify", "start", "end"):
        changes["center"] = False
    if tag in _HEADING_LEVEL:
        changes["heading"] = _HEADING_LEVEL[tag]
        changes["bold"] = True
    elif tag in _BLOCK and tag not in ("body", "html", "div", "center"):
        changes["heading"] = 0
    if tag == "pre":
        changes["pre"] = True
    return replace(st, **changes) if changes else st


def _hidden(el) -> bool:
    css = _style(el)
    return css.get("display") == "none" or css.get("mso-hide") == "all" or el.get("hidden") is not None


def _span(value: str | None, most: int) -> int:
    return min(most, int(value)) if value and value.strip().isdecimal() and int(value) > 0 else 1


def _sub(parent, name: str, **attrs):
    el = etree.SubElement(parent, W + name)
    for k, v in attrs.items():
        el.set(W + k, v)
    return el


class _Builder:
    """HTML elements → ``w:p``/``w:r``/``w:tbl`` elements; a paragraph opens at its first visible text."""

    def __init__(self, budget: CellBudget) -> None:
        self.budget = budget
        self.p = None
        self.ends_space = True
        self.lists: list[list] = []  # [tag, counter] of the open <ol>/<ul>
        self.label = ""  # a list item's number or dash, put in front of the item's first text

    def close(self) -> None:
        self.p = None

    def _paragraph(self, container, st: _State):
        p = _sub(container, "p")
        if st.center or st.heading:
            ppr = _sub(p, "pPr")
            if st.heading:
                _sub(ppr, "pStyle", val=f"Heading{st.heading}")
            if st.center:
                _sub(ppr, "jc", val="center")
        self.p = p
        self.ends_space = True
        return p

    def text(self, s: str | None, container, st: _State) -> None:
        if not s:
            return
        s = _NOT_XML.sub("", s)
        if st.pre:
            s = s.replace("\r\n", "\n")
        else:
            s = _SPACE.sub(" ", s)
            if self.ends_space:
                s = s.lstrip(" ")
        if not s.strip():
            if s and self.p is not None:
                self.ends_space = True  # a space between two runs of one paragraph, kept once
                self._run(" ", st)
            return
        if self.p is None:
            self._paragraph(container, st)
            s, self.label = self.label + s, ""
        self._run(s.replace("\xa0", " "), st)
        self.ends_space = s.endswith(" ")

    def _run(self, s: str, st: _State) -> None:
        r = _sub(self.p, "r")
        if st.bold or st.italic or st.font:
            rpr = _sub(r, "rPr")
            if st.font:
                _sub(rpr, "rFonts", ascii=st.font, hAnsi=st.font)
            if st.bold:
                _sub(rpr, "b")
            if st.italic:
                _sub(rpr, "i")
        for k, line in enumerate(s.split("\n")):
            if k:
                _sub(r, "br")
            if line:
                _sub(r, "t").text = line

    def br(self, container, st: _State) -> None:
        if self.p is None:
            self._paragraph(container, st)
        _sub(_sub(self.p, "r"), "br")
        self.ends_space = True

    def walk(self, el, container, st: _State) -> None:
        if not isinstance(el.tag, str):  # comment, processing instruction
            return
        tag = el.tag.lower().rpartition(":")[2] if ":" in el.tag else el.tag.lower()
        if tag in _SKIP or _hidden(el):
            return
        st = _derive(st, el, tag)
        if tag == "br":
            self.br(container, st)
            return
        if tag == "table":
            self.close()
            self.table(el, container, st)
            self.close()
            return
        block = tag in _BLOCK
        if block:
            self.close()
        if tag in ("ol", "ul"):
            self.lists.append([tag, _span(el.get("start"), MAX_LIST_START) - 1 if tag == "ol" else 0])
        if tag == "li" and self.lists:
            kind = self.lists[-1]
            kind[1] += 1
            self.label = f"{kind[1]}. " if kind[0] == "ol" else "- "
        self.text(el.text, container, st)
        for child in el:
            self.walk(child, container, st)
            self.text(child.tail, container, st)
        if tag in ("ol", "ul"):
            self.lists.pop()
        if block:
            self.close()

    def table(self, el, container, st: _State) -> None:
        rows = []
        for child in el:
            tag = child.tag.lower() if isinstance(child.tag, str) else ""
            if tag == "caption":
                self.walk(child, container, st)
            elif tag == "tr":
                rows.append(child)
            elif tag in ("thead", "tbody", "tfoot"):
                rows.extend(tr for tr in child if isinstance(tr.tag, str) and tr.tag.lower() == "tr")
        tbl = _sub(container, "tbl")
        grid = _sub(tbl, "tblGrid")
        pending: dict[int, list[int]] = {}  # grid column → [rows still covered by a rowspan, its colspan]
        n_cols = 0
        for row_no, tr in enumerate(rows):
            row_st = _derive(st, tr, "tr")
            w_tr = _sub(tbl, "tr")
            col = 0

            def continue_spans(w_tr=w_tr) -> None:
                nonlocal col
                while col in pending:
                    left, span = pending[col]
                    self.budget.take(span)
                    tcpr = _sub(_sub(w_tr, "tc"), "tcPr")
                    if span > 1:
                        _sub(tcpr, "gridSpan", val=str(span))
                    _sub(tcpr, "vMerge")
                    if left <= 1:
                        del pending[col]
                    else:
                        pending[col][0] -= 1
                    col += span

            for td in tr:
                if not isinstance(td.tag, str) or td.tag.lower() not in ("td", "th") or _hidden(td):
                    continue
                continue_spans()
                colspan = _span(td.get("colspan"), MAX_COLSPAN)
                rowspan = min(_span(td.get("rowspan"), MAX_ROWSPAN), len(rows) - row_no)  # as a browser draws it
                self.budget.take(colspan)
                tc = _sub(w_tr, "tc")
                if colspan > 1 or rowspan > 1:
                    tcpr = _sub(tc, "tcPr")
                    if colspan > 1:
                        _sub(tcpr, "gridSpan", val=str(colspan))
                    if rowspan > 1:
                        _sub(tcpr, "vMerge", val="restart")
                        pending[col] = [rowspan - 1, colspan]
                cell_st = _derive(replace(row_st, heading=0), td, td.tag.lower())
                self.close()
                self.text(td.text, tc, cell_st)
                for child in td:
                    self.walk(child, tc, cell_st)
                    self.text(child.tail, tc, cell_st)
                self.close()
                if tc.find(W + "p") is None:
                    _sub(tc, "p")
                col += colspan
            continue_spans()
            n_cols = max(n_cols, col)
        for _ in range(n_cols):
            _sub(grid, "gridCol", w=_EQUAL_COLUMN_WIDTH)


def _heading_styles():
    """Paragraph styles ``Heading1``…``Heading6`` (bold, as browsers show ``<h1>``…``<h6>``)."""
    styles = etree.Element(W + "styles")
    for n in range(1, HTML_HEADING_LEVELS + 1):
        st = _sub(styles, "style", type="paragraph", styleId=f"Heading{n}")
        _sub(st, "name", val=f"heading {n}")
        _sub(_sub(st, "rPr"), "b")
    return styles


def decode_html(data: bytes, path: str | None = None) -> str:
    """A page's text: by its byte-order mark, else its ``<meta charset>``, else as a text file is decoded."""
    if data.startswith(codecs.BOM_UTF8):
        text = data[len(codecs.BOM_UTF8) :].decode("utf-8", "replace")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", "replace")
    else:
        m = _META_CHARSET.search(data[:_CHARSET_WINDOW])
        try:
            codec = codecs.lookup(m.group(1).decode("ascii")).name if m else None
        except LookupError:  # Word writes charset=unicode for UTF-16
            codec = None
        text = data.decode(codec, "replace") if codec else decode_bytes(data, path)[0]
    return unicodedata.normalize("NFC", _XML_DECL.sub("", text, count=1))


def read_html(data: bytes, *, path: str | None = None, limits: Limits | None = None) -> ReadResult:
    """Read a web page's text (not its markup) with paragraphs, line breaks and table rows kept; its tables'
    cells are counted against ``limits.max_table_cells`` as they are built."""
    return read_html_page(data, path=path, limits=limits)[0]


def read_html_page(data: bytes, *, path: str | None = None, limits: Limits | None = None) -> tuple[ReadResult, bool]:
    """``read_html``, and whether the page's paragraphs are a PDF's printed lines: placed at absolute positions
    (``pdftohtml``, a portal's converter), each one line of a page, not one paragraph of the text
    (``read/web_page.py`` reads such a page as text)."""
    text = decode_html(data, path)
    try:
        root = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise ReadError(path, f"not a readable web page ({exc})") from None
    body = etree.Element(W + "body")
    start = root.find("body")
    limits = limits or Limits.from_env()
    _Builder(CellBudget(limits, path, "web page")).walk(start if start is not None else root, body, _State())
    page = read_body(
        body, data=data, path=path, fmt="html", styles_el=_heading_styles(), what="web page", limits=limits
    )
    return page, _placed_share(root) >= DEFAULT_PLACED_SHARE


#: A page whose paragraphs are this share or more placed at absolute positions is a PDF's printed lines.
DEFAULT_PLACED_SHARE = 0.5


def _placed_share(root) -> float:
    """The share of the page's paragraphs (``p``, ``div`` with text of their own) placed at absolute positions."""
    paragraphs = [el for el in root.iter("p", "div") if (el.text or "").strip() or len(el)]
    if not paragraphs:
        return 0.0
    placed = sum(1 for el in paragraphs if "absolute" in (el.get("style") or "").replace(" ", "").lower())
    return placed / len(paragraphs)
