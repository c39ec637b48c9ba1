#!/usr/bin/env python3
"""The layout matrix: every gold document re-rendered into the layouts real sources have, scored against the same gold.

Usage: python scripts/layouts.py [--json] [--details] [--only GLOB] [--layouts a,b] [--jobs N]
                                 [--scan-sample N] [--scan-max-pages N] [--cache DIR]

Documents: every gold file of ``corpus/`` with obligations in it (``evaluate.find_pairs``; documents too
large for the repository are read from ``../shared/realdocs``) and of ``../shared/goldsets/``
(``evaluate.goldset_pairs``).  Each is converted by real converters, parsed by vbparse, and its obligations
are scored against the document's own gold with ``evaluate.obligation_counts`` (the matching of
``scripts/evaluate.py``, imported, not copied).  The layouts:

``native``      the file as it is.
``pdf``         a PDF printed by LibreOffice (``soffice --convert-to pdf``) from the *office source*: a .docx,
                .doc or .txt file itself; for a .md file the .docx pandoc makes of it (``pandoc -f gfm -t docx``);
                a PDF source is its own PDF (the same file as ``native``: LibreOffice here has no PDF import).
``pdftotext``   that PDF through ``pdftotext -layout`` (read as a .txt).
``scan``        that PDF's pages as 200-dpi greyscale images (``pdftoppm -r 200 -gray``) put into an image-only
                PDF (img2pdf), read with OCR; only ``--scan-sample`` documents (≤ ``--scan-max-pages`` pages,
                taken in turn from each family in a fixed pseudo-random order), as OCR is slow.
``html``        the office source saved as HTML by LibreOffice (``--convert-to html``); for a PDF source, which
                LibreOffice cannot open here, ``pdftohtml -s -i -noframes`` (poppler).
``md-pandoc``   Markdown by pandoc (``pandoc -f docx -t gfm``: pipe tables, or HTML tables where a table has
                merged cells) from a .docx: the source itself, LibreOffice's .docx of a .doc or .txt, pandoc's
                .docx of a .md; for a PDF source, from the pdftohtml HTML (``pandoc -f html -t gfm``).
``md-scraped``  Markdown from the HTML the way scrapers of legal-document sites make it (``scraped_markdown``
                below): a stray H1 (the page's title or the file name) and a source line on top; every table,
                the layout tables of the header and the signature included, kept as pipe rows, whatever a
                cell holds (paragraphs, lists, line breaks) flattened into that one cell; ``**`` around bold
                runs, ``*`` around italic ones; headings as ``#``; list items as ``- `` / ``1. `` lines.
``wrap70``      plain text (LibreOffice's text export, ``txt:Text (encoded):UTF8``; for a PDF source
                ``pdftotext`` without ``-layout``), each line (a paragraph in the export) hard-wrapped at 70
                columns with ``textwrap``; blank lines kept, no blank line added between paragraphs.

Converted files are kept in ``--cache`` (``/tmp/vbparse-layouts``), one folder per source named by its
sha256, so a second run only parses.  A conversion that fails is kept there too (``<layout>.fail``) and
shows as ``FAIL`` in the tables: it counts as nothing found (every gold obligation missed) in the pooled
scores, and is never skipped silently.

Output: obligations F1 per document × layout; each layout's F1 as a ratio to ``native`` per document;
pooled scores (sums of tp/fp/fn) per layout and family (``corpus/seeds``, ``corpus/realdocs``,
``corpus/wild``, ``goldsets/set2``, ``goldsets/set3``); the targets of issue 52 (every layout ≥ 0.85
pooled, and each document's layout F1 ≥ 0.95 × its native F1).  ``--json`` prints all of it as JSON;
``--details`` adds each document's missed (``-``) and false (``+``) obligations per layout.
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import fnmatch
import hashlib
import html as html_lib
import json
import multiprocessing as mp
import os
import re
import shutil
import subprocess
import sys
import textwrap
import traceback
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import evaluate  # scripts/evaluate.py, as a module

LAYOUTS = ("native", "pdf", "pdftotext", "scan", "html", "md-pandoc", "md-scraped", "wrap70")
FAMILIES = ("corpus/seeds", "corpus/realdocs", "corpus/wild", "goldsets/set2", "goldsets/set3")
DEFAULT_CACHE = Path("/tmp/vbparse-layouts")
#: Seconds one conversion may take.
TIMEOUT = 300.0
#: Targets of issue 52.
POOLED_TARGET = 0.85
RATIO_TARGET = 0.95


class ConversionFailed(Exception):
    pass


@dataclass(frozen=True)
class Job:
    doc: str
    gold: str
    family: str
    name: str
    layouts: tuple[str, ...]
    cache: str
    details: bool


# --- documents ---------------------------------------------------------------------------------------


def documents(only: str | None = None) -> tuple[list[tuple[Path, Path, str]], list[str]]:
    """(document, gold, family) of every gold with obligations; and the names of golds without them."""
    out, without = [], []
    corpus = ROOT / "corpus"
    pairs = [(d, g, f"corpus/{g.parent.name}") for d, g in evaluate.find_pairs(corpus)]
    pairs += [(d, g, f"goldsets/{g.parent.parent.name}") for d, g in evaluate.goldset_pairs()]
    for doc, gold, family in pairs:
        if only is not None and not fnmatch.fnmatch(doc.name, only) and not fnmatch.fnmatch(doc.stem, only):
            continue
        if "obligations" in evaluate.load_gold(gold):
            out.append((doc, gold, family))
        else:
            without.append(f"{family}/{doc.name}")
    return out, without


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- converters --------------------------------------------------------------------------------------


def _run(cmd: list[str], *, stdout: Path | None = None, stdin: Path | None = None) -> None:
    try:
        with (
            open(stdout, "wb") if stdout else open(os.devnull, "wb") as out,
            open(stdin, "rb") if stdin else open(os.devnull, "rb") as inp,
        ):
            proc = subprocess.run(cmd, stdin=inp, stdout=out, stderr=subprocess.PIPE, timeout=TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ConversionFailed(f"{cmd[0]}: {exc}") from None
    if proc.returncode != 0:
        msg = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ConversionFailed(f"{cmd[0]} exited {proc.returncode}: {msg[-1] if msg else ''}")


def soffice(src: Path, target: str, outdir: Path) -> Path:
    """``soffice --headless --convert-to TARGET`` through vbparse's own LibreOffice server (one per process)."""
    from vbparse.read import soffice as lo

    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise ConversionFailed("soffice is not installed")
    outdir.mkdir(parents=True, exist_ok=True)
    try:
        done = lo.converter(exe).convert(str(src), str(outdir), target, TIMEOUT)
    except Exception as exc:  # noqa: BLE001 - a timeout, a server lost: the file's failure, not the run's
        raise ConversionFailed(f"soffice --convert-to {target}: {exc}") from None
    if done.output is None or not os.path.getsize(done.output):
        raise ConversionFailed(f"soffice --convert-to {target} wrote nothing: {done.message}")
    return Path(done.output)


def _text_of(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


def wrap70(text: str, width: int = 70) -> str:
    """Each line of ``text`` (a paragraph of a text export) hard-wrapped at ``width`` columns; blank lines kept."""
    out = []
    for line in text.replace("\r\n", "\n").replace("\f", "\n").split("\n"):
        line = line.rstrip()
        out.append(textwrap.fill(line, width=width, break_long_words=False, break_on_hyphens=False) if line else "")
    return "\n".join(out) + "\n"


_BLOCKS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "tr", "table", "ul", "ol", "center"})


def _runs(el, bold: bool = False, italic: bool = False) -> str:
    """The text of an element with ``**``/``*`` marks around bold/italic runs (per line) and ``\x00`` at each
    line break (``<br>``, a block inside)."""
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if tag in ("script", "style", "head", "title"):
        return ""
    b = bold or tag in ("b", "strong", "th") or "font-weight: bold" in (el.get("style") or "")
    i = italic or tag in ("i", "em")
    parts = [el.text or ""]
    for child in el:
        ctag = child.tag.lower() if isinstance(child.tag, str) else ""
        if ctag == "br":
            parts.append("\x00")
        elif ctag in _BLOCKS:
            parts.append("\x00" + _runs(child, b, i) + "\x00")
        else:
            parts.append(_runs(child, b, i))
        parts.append(child.tail or "")
    mark = "**" if b and not bold else "*" if i and not italic else ""
    lines = []
    for seg in "".join(parts).split("\x00"):
        core = " ".join(seg.split())
        if not core:  # white space between two runs stays one space
            lines.append(" " if seg else "")
            continue
        # the spaces at a run's ends belong to the text around it: ``Tổ <span>chức</span>`` keeps its space
        lead = " " if seg[0].isspace() else ""
        trail = " " if seg[-1].isspace() else ""
        lines.append(f"{lead}{mark}{core}{mark}{trail}")
    return "\x00".join(lines)


def _inline(el, br: str = " ") -> str:
    """The text of an element on one line (``br=" "``, as in a table cell) or with its line breaks kept
    (``br="\\n"``, as html2text keeps a paragraph's ``<br>``)."""
    return br.join(" ".join(x.split()) for x in _runs(el).split("\x00") if x.strip())


def _cell(el) -> str:
    """A table cell flattened to one line: its paragraphs and list items joined by spaces (``- `` before
    each list item), nested tables' cells too; ``|`` escaped."""
    parts: list[str] = []
    if el.text and el.text.strip():
        parts.append(el.text.strip())
    for child in el:
        ctag = child.tag.lower() if isinstance(child.tag, str) else ""
        if ctag in ("ul", "ol"):
            parts.extend("- " + _inline(li) for li in child.iter("li"))
        elif ctag == "table":
            parts.extend(_cell(td) for td in child.iter("td", "th"))
        else:
            parts.append(_inline(child))
        if child.tail and child.tail.strip():
            parts.append(child.tail.strip())
    return " ".join(p for p in parts if p).replace("|", "\\|")


def _table_rows(table) -> list[str]:
    rows = []
    for tr in table.iter("tr"):
        if tr.getparent() is not None and _closest_table(tr) is not table:
            continue  # a nested table's row: already flattened into its cell
        cells = [_cell(td) for td in tr if isinstance(td.tag, str) and td.tag.lower() in ("td", "th")]
        rows.append("| " + " | ".join(cells) + " |")
        if len(rows) == 1:
            rows.append("|" + "---|" * max(1, len(cells)))
    return rows


def _closest_table(el):
    p = el.getparent()
    while p is not None and (not isinstance(p.tag, str) or p.tag.lower() != "table"):
        p = p.getparent()
    return p


def scraped_markdown(html_bytes: bytes, name: str) -> str:
    """Markdown of an HTML page the way scrapers make it (see the module doc): a stray H1 and a source line
    on top, tables as pipe rows with every cell on one line, ``**`` bold marks, ``#`` headings, list items
    as lines of their own."""
    from lxml import html as lxml_html

    charset = re.search(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", html_bytes[:4096], re.IGNORECASE)
    encoding = charset.group(1).decode("ascii") if charset else "utf-8"
    root = lxml_html.fromstring(html_bytes, parser=lxml_html.HTMLParser(encoding=encoding))
    title = " ".join((root.findtext(".//title") or "").split()) or name
    out = [f"# {title}", "", f"Nguồn: https://vanban.example.vn/van-ban/{name}", ""]
    body = root.find(".//body")
    body = body if body is not None else root

    def walk(el) -> None:
        for child in el:
            if not isinstance(child.tag, str):
                continue
            tag = child.tag.lower()
            if tag == "table":
                out.extend(_table_rows(child))
                out.append("")
            elif tag in ("ul", "ol"):
                n = int(child.get("start") or 1)
                for li in child:
                    if not isinstance(li.tag, str) or li.tag.lower() != "li":
                        continue
                    if li.find(".//table") is not None or li.find(".//p") is not None and len(li.findall(".//p")) > 1:
                        walk(li)
                        continue
                    text = _inline(li)
                    if text:
                        out.append((f"{n}. " if tag == "ol" else "- ") + text)
                    n += 1
                out.append("")
            elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                text = _inline(child)
                if text:
                    out.extend(["#" * int(tag[1]) + " " + text, ""])
            elif tag == "pre":  # LibreOffice's HTML of a plain-text file: kept line for line
                text = "".join(child.itertext()).strip("\n")
                if text.strip():
                    out.extend([text, ""])
            elif tag in ("p", "center", "blockquote") or (
                tag == "div" and child.find(".//table") is None and child.find(".//p") is None
            ):
                text = _inline(child, "\n")
                if text:
                    out.extend([text, ""])
            elif tag in ("script", "style"):
                continue
            else:
                if child.text and child.text.strip():
                    out.extend([html_lib.unescape(child.text.strip()), ""])
                walk(child)
            if child.tail and child.tail.strip():
                out.extend([child.tail.strip(), ""])

    walk(body)
    return "\n".join(out).rstrip() + "\n"


_MARKDOWN_MARKS = re.compile(r"^#{1,6} |\*\*\S", re.MULTILINE)


class Converted:
    """The files of one source's layouts in its cache folder, made on first demand; a failure is kept as
    ``<layout>.fail`` (its message) so that a second run neither retries nor hides it."""

    def __init__(self, doc: Path, cache: Path):
        self.doc = doc
        self.suffix = doc.suffix.lower()
        self.dir = cache / sha256(doc)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.src = self.dir / ("src" + self.suffix)
        if not self.src.exists():
            shutil.copyfile(doc, self.src)
        #: Markdown, or a .txt written in Markdown (a line opening with ``#``, bold ``**`` marks): its
        #: original was a formatted document, which pandoc rebuilds; LibreOffice would print the marks.
        self.markdown = self.suffix == ".md" or (
            self.suffix == ".txt" and _MARKDOWN_MARKS.search(_text_of(doc)) is not None
        )

    def _cached(self, key: str, filename: str, make) -> Path:
        path = self.dir / filename
        fail = self.dir / f"{key}.fail"
        if path.exists() and path.stat().st_size:
            return path
        if fail.exists():
            raise ConversionFailed(fail.read_text(encoding="utf-8"))
        try:
            made = make(path)
            made = made if isinstance(made, Path) else None
        except ConversionFailed as exc:
            fail.write_text(str(exc), encoding="utf-8")
            raise
        except Exception as exc:  # noqa: BLE001 - a converter's bug on one file is that file's failure
            fail.write_text(f"{type(exc).__name__}: {exc}", encoding="utf-8")
            raise ConversionFailed(f"{type(exc).__name__}: {exc}") from None
        return made or path

    def office_source(self) -> Path:
        """What LibreOffice opens: the source itself, or pandoc's .docx of a Markdown file."""
        if self.suffix == ".pdf":
            raise ConversionFailed("a PDF source has no office source (LibreOffice has no PDF import here)")
        if self.markdown:
            return self._cached(
                "pandoc-docx",
                "md.docx",
                lambda p: _run(["pandoc", "-f", "gfm", "-t", "docx", "-o", str(p), str(self.src)]),
            )
        return self.src

    def lo(self, key: str, target: str) -> Path:
        ext = target.split(":", 1)[0]
        return self._cached(key, f"lo/src-{key}.{ext}", lambda p: self._lo_to(target, p))

    def _lo_to(self, target: str, path: Path) -> Path:
        office = self.office_source()
        # LibreOffice names its output after the input: convert a copy named like the target, then move it
        work = self.dir / "lo-work"
        work.mkdir(exist_ok=True)
        stem_copy = work / (path.stem + office.suffix)
        shutil.copyfile(office, stem_copy)
        made = soffice(stem_copy, target, path.parent)
        if made != path:
            made.replace(path)
        return path

    def pdf(self) -> Path:
        return self.src if self.suffix == ".pdf" else self.lo("pdf", "pdf")

    def html(self) -> Path:
        if self.suffix == ".pdf":
            return self._cached(
                "html",
                "pdftohtml.html",
                lambda p: _run(["pdftohtml", "-s", "-i", "-noframes", "-stdout", str(self.pdf())], stdout=p),
            )
        return self.lo("html", "html")

    def docx(self) -> Path:
        if self.suffix == ".docx":
            return self.src
        if self.markdown:
            return self.office_source()
        return self.lo("docx", "docx:MS Word 2007 XML")

    def layout(self, name: str) -> Path:
        if name == "native":
            return self.doc
        if name == "pdf":
            return self.pdf()
        if name == "pdftotext":
            return self._cached(
                name,
                "pdftotext.txt",
                lambda p: _run(["pdftotext", "-layout", "-enc", "UTF-8", str(self.pdf()), str(p)]),
            )
        if name == "scan":
            return self._cached(name, "scan.pdf", self._scan)
        if name == "html":
            return self.html()
        if name == "md-pandoc":
            if self.suffix == ".pdf":
                cmd = ["pandoc", "-f", "html", "-t", "gfm", "--wrap=none", "-o"]
                return self._cached(name, "pandoc.md", lambda p: _run([*cmd, str(p), str(self.html())]))
            return self._cached(
                name, "pandoc.md", lambda p: _run(["pandoc", "-f", "docx", "-t", "gfm", "-o", str(p), str(self.docx())])
            )
        if name == "md-scraped":
            return self._cached(
                name,
                "scraped.md",
                lambda p: p.write_text(scraped_markdown(self.html().read_bytes(), self.doc.stem), encoding="utf-8"),
            )
        if name == "wrap70":
            return self._cached(name, "wrap70.txt", self._wrap70)
        raise ValueError(name)

    def _wrap70(self, path: Path) -> None:
        if self.suffix == ".pdf":
            plain = self.dir / "pdftotext-plain.txt"
            _run(["pdftotext", "-enc", "UTF-8", str(self.pdf()), str(plain)])
        else:
            plain = self.lo("txt", "txt:Text (encoded):UTF8")
        text = _text_of(plain)
        if not text.strip():
            raise ConversionFailed("the text export is empty (no text layer)")
        path.write_text(wrap70(text), encoding="utf-8")

    def _scan(self, path: Path) -> None:
        import img2pdf

        pages = self.dir / "scan-pages"
        shutil.rmtree(pages, ignore_errors=True)
        pages.mkdir()
        _run(["pdftoppm", "-r", "200", "-gray", "-png", str(self.pdf()), str(pages / "p")])
        images = sorted(pages.glob("p-*.png"), key=lambda p: int(p.stem.split("-")[-1]))
        if not images:
            raise ConversionFailed("pdftoppm made no page")
        layout = img2pdf.get_fixed_dpi_layout_fun((200, 200))
        path.write_bytes(img2pdf.convert([str(p) for p in images], layout_fun=layout))
        shutil.rmtree(pages, ignore_errors=True)


def page_count(pdf: Path) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


# --- one document ------------------------------------------------------------------------------------


def run_job(job: Job) -> dict:
    from vbparse import parse

    gold = evaluate.load_gold(Path(job.gold))["obligations"]
    conv = Converted(Path(job.doc), Path(job.cache))
    out: dict = {"name": job.name, "family": job.family, "format": conv.suffix[1:], "gold": len(gold), "layouts": {}}
    for layout in job.layouts:
        cell: dict
        try:
            path = conv.layout(layout)
        except ConversionFailed as exc:
            out["layouts"][layout] = {"fail": str(exc)[:300]}
            continue
        try:
            got = json.loads(parse(path).model_dump_json()).get("obligations") or []
        except Exception as exc:  # noqa: BLE001 - a parser bug is that layout's failure, recorded
            out["layouts"][layout] = {"fail": f"parse: {type(exc).__name__}: {exc}"[:300]}
            continue
        tp, fp, fn = evaluate.obligation_counts(gold, got)["obligations"]
        cell = {"tp": tp, "fp": fp, "fn": fn, "f1": f1(tp, fp, fn), "file": str(path)}
        if job.details:
            cell.update(evaluate.unmatched(gold, got))
        out["layouts"][layout] = cell
    if "pdf" in job.layouts or "scan" in job.layouts:
        try:
            out["pages"] = page_count(conv.pdf())
        except Exception:  # noqa: BLE001 - no page count: not in the scan sample
            out["pages"] = None
    return out


def safe_run_job(job: Job) -> dict:
    try:
        return run_job(job)
    except Exception:  # noqa: BLE001 - recorded as every layout's failure
        return {
            "name": job.name,
            "family": job.family,
            "format": Path(job.doc).suffix[1:],
            "gold": 0,
            "layouts": {lay: {"fail": "crash: " + traceback.format_exc(limit=3)[-300:]} for lay in job.layouts},
        }


def f1(tp: int, fp: int, fn: int) -> float:
    return round(2 * tp / (2 * tp + fp + fn), 4) if tp + fp + fn else 1.0


def counts_of(row: dict, layout: str) -> tuple[int, int, int] | None:
    cell = row["layouts"].get(layout)
    if cell is None:
        return None
    if "fail" in cell:
        return (0, 0, row["gold"])
    return (cell["tp"], cell["fp"], cell["fn"])


def scan_sample(rows: list[dict], n: int, max_pages: int) -> list[str]:
    """``n`` documents of at most ``max_pages`` pages, taken in turn from each family in the order of the
    sha256 of their names (a fixed pseudo-random order)."""
    by_family: dict[str, list[dict]] = {}
    for r in sorted(rows, key=lambda r: hashlib.sha256(r["name"].encode()).hexdigest()):
        if r.get("pages") and r["pages"] <= max_pages and "fail" not in r["layouts"].get("pdf", {}):
            by_family.setdefault(r["family"], []).append(r)
    picked: list[str] = []
    while len(picked) < n and any(by_family.values()):
        for fam in FAMILIES:
            if by_family.get(fam) and len(picked) < n:
                picked.append(by_family[fam].pop(0)["name"])
    return picked


# --- the whole matrix --------------------------------------------------------------------------------


def run_matrix(args) -> dict:
    docs, without = documents(args.only)
    layouts = tuple(lay for lay in LAYOUTS if lay in args.layouts)
    first = tuple(lay for lay in layouts if lay != "scan")
    jobs = [Job(str(d), str(g), fam, d.name, first, str(args.cache), args.details) for d, g, fam in docs]
    rows = _pool(jobs, args.jobs)
    if "scan" in layouts and args.scan_sample > 0:
        if "pdf" not in first:  # the sample needs page counts
            for r in rows:
                r["pages"] = None
                try:
                    r["pages"] = page_count(Converted(Path(_doc_of(docs, r["name"])), Path(args.cache)).pdf())
                except Exception:  # noqa: BLE001, S110 - no page count: not in the scan sample
                    pass
        sample = set(scan_sample(rows, args.scan_sample, args.scan_max_pages))
        scan_jobs = [
            Job(str(d), str(g), fam, d.name, ("scan",), str(args.cache), args.details)
            for d, g, fam in docs
            if d.name in sample
        ]
        for r in _pool(scan_jobs, args.jobs):
            row = next(x for x in rows if x["name"] == r["name"])
            row["layouts"]["scan"] = r["layouts"]["scan"]
    rows.sort(key=lambda r: (FAMILIES.index(r["family"]) if r["family"] in FAMILIES else 99, r["name"]))
    return {"layouts": list(layouts), "documents": rows, "without_obligations": without, **summarize(rows, layouts)}


def _doc_of(docs, name: str) -> str:
    return next(str(d) for d, _, _ in docs if d.name == name)


def _pool(jobs: list[Job], n: int) -> list[dict]:
    if n <= 1:
        rows = []
        for j in jobs:
            rows.append(safe_run_job(j))
            print(f"  {j.family}/{j.name}", file=sys.stderr, flush=True)
        return rows
    rows = []
    with cf.ProcessPoolExecutor(max_workers=n, mp_context=mp.get_context("spawn")) as pool:
        futures = {pool.submit(safe_run_job, j): j for j in jobs}
        for fut in cf.as_completed(futures):
            j = futures[fut]
            try:
                rows.append(fut.result())
            except Exception as exc:  # noqa: BLE001 - a worker that died: the document's failure
                rows.append(
                    {
                        "name": j.name,
                        "family": j.family,
                        "format": Path(j.doc).suffix[1:],
                        "gold": len(evaluate.load_gold(Path(j.gold))["obligations"]),
                        "layouts": {lay: {"fail": f"worker: {exc}"} for lay in j.layouts},
                    }
                )
            print(f"  {j.family}/{j.name}", file=sys.stderr, flush=True)
    return rows


def summarize(rows: list[dict], layouts: tuple[str, ...]) -> dict:
    pooled: dict[str, dict[str, dict]] = {}
    for group in (*FAMILIES, "all"):
        members = [r for r in rows if group in ("all", r["family"])]
        pooled[group] = {}
        for lay in layouts:
            have = [x for x in (counts_of(r, lay) for r in members) if x is not None]
            if not have:
                continue
            tp, fp, fn = (sum(x[i] for x in have) for i in range(3))
            pooled[group][lay] = {
                "f1": f1(tp, fp, fn),
                "tp": tp,
                "fp": fp,
                "fn": fn,
                "documents": len(have),
                "failures": sum("fail" in r["layouts"].get(lay, {}) for r in members),
            }
    # native over the scan sample alone, to compare the scan with
    for group in (*FAMILIES, "all"):
        sample = [r for r in rows if "scan" in r["layouts"] and group in ("all", r["family"])]
        if sample and "native" in layouts:
            nats = [counts_of(r, "native") or (0, 0, 0) for r in sample]
            tp, fp, fn = (sum(x[i] for x in nats) for i in range(3))
            pooled[group]["native@scan-sample"] = {
                "f1": f1(tp, fp, fn),
                "tp": tp,
                "fp": fp,
                "fn": fn,
                "documents": len(sample),
            }
    ratios: dict[str, dict[str, float | None]] = {}
    targets: dict[str, dict] = {}
    for r in rows:
        nat = counts_of(r, "native")
        nf1 = f1(*nat) if nat else None
        ratios[r["name"]] = {}
        for lay in layouts:
            got = counts_of(r, lay)
            if got is None or lay == "native":
                continue
            ratios[r["name"]][lay] = round(f1(*got) / nf1, 3) if nf1 else None
    for lay in layouts:
        if lay == "native":
            continue
        below = [
            name
            for name, rs in ratios.items()
            if rs.get(lay) is not None and rs[lay] < RATIO_TARGET  # type: ignore[operator]
        ]
        scored = sum(1 for rs in ratios.values() if rs.get(lay) is not None)
        all_pooled = pooled["all"].get(lay, {}).get("f1")
        targets[lay] = {
            "pooled": all_pooled,
            "pooled_ok": all_pooled is not None and all_pooled >= POOLED_TARGET,
            "documents_scored": scored,
            "documents_below_ratio": below,
        }
    return {"pooled": pooled, "ratios": ratios, "targets": targets}


# --- printing ----------------------------------------------------------------------------------------

_SHORT = {"native": "native", "pdf": "pdf", "pdftotext": "pdftotxt", "scan": "scan", "html": "html",
          "md-pandoc": "md-pand", "md-scraped": "md-scrp", "wrap70": "wrap70"}  # fmt: skip


def print_report(result: dict, details: bool) -> None:
    layouts = result["layouts"]
    head = "".join(f"{_SHORT[lay]:>9}" for lay in layouts)
    print("Obligations F1 per document and layout (FAIL: the conversion or the parse failed; blank: not run)\n")
    print(f"{'document':52} {'gold':>4}" + head)
    for r in result["documents"]:
        cells = []
        for lay in layouts:
            c = r["layouts"].get(lay)
            cells.append("" if c is None else "FAIL" if "fail" in c else f"{c['f1']:.3f}")
        print(
            f"{(r['family'].split('/')[1] + '/' + r['name'])[:52]:52} {r['gold']:4}" + "".join(f"{x:>9}" for x in cells)
        )
    print("\nEach layout's F1 as a ratio to the document's native F1 (* below 0.95; blank: native F1 is 0)\n")
    print(f"{'document':52}     " + "".join(f"{_SHORT[lay]:>9}" for lay in layouts if lay != "native"))
    for r in result["documents"]:
        rs = result["ratios"][r["name"]]
        cells = []
        for lay in layouts:
            if lay == "native":
                continue
            v = rs.get(lay) if lay in r["layouts"] else None
            cells.append("" if v is None else f"{v:.2f}" + ("*" if v < RATIO_TARGET else " "))
        print(f"{(r['family'].split('/')[1] + '/' + r['name'])[:52]:52}     " + "".join(f"{x:>9}" for x in cells))
    print("\nPooled obligations F1 (sum of tp/fp/fn; a failure counts as every gold obligation missed)\n")
    print(f"{'family':18} {'docs':>4}" + head + f"{'scan-n':>7}{'nat@scan':>9}")
    for group, per in result["pooled"].items():
        if not per:
            continue
        ndocs = max((v["documents"] for v in per.values()), default=0)
        line = "".join(f"{per[lay]['f1']:9.3f}" if lay in per else f"{'':9}" for lay in layouts)
        nat = per.get("native@scan-sample")
        line += f"{nat['documents']:7}{nat['f1']:9.3f}" if nat else ""
        print(f"{group:18} {ndocs:4}" + line)
    print("(scan: the sample alone; nat@scan: native F1 over that sample, scan-n documents)")
    print(f"\n{'layout':20} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5} {'docs':>5} {'fails':>5}  docs < 0.95×native")
    for lay, s in result["pooled"]["all"].items():
        t = result["targets"].get(lay)
        below = f"{len(t['documents_below_ratio'])}/{t['documents_scored']}" if t else ""
        print(
            f"{lay:20} {s['f1']:6.3f} {s['tp']:5} {s['fp']:5} {s['fn']:5} {s['documents']:5} {s.get('failures', 0):5}  {below}"
        )
    fails = [
        (r["family"], r["name"], lay, c["fail"])
        for r in result["documents"]
        for lay, c in r["layouts"].items()
        if "fail" in c
    ]
    if fails:
        print("\nFailures")
        for fam, name, lay, msg in fails:
            print(f"  {fam}/{name} [{lay}] {msg.splitlines()[0] if msg else ''}")
    print(
        f"\nTargets (issue 52): every layout ≥ {POOLED_TARGET} pooled and each document ≥ {RATIO_TARGET} × its native F1"
    )
    for lay, t in result["targets"].items():
        print(f"  {lay:12} pooled {t['pooled']}: {'met' if t['pooled_ok'] else 'NOT met'}; "
              f"{len(t['documents_below_ratio'])} of {t['documents_scored']} documents below the ratio")  # fmt: skip
    if result["without_obligations"]:
        print(f"\n{len(result['without_obligations'])} gold files without obligations are not scored")
    print(f"{len(result['documents'])} documents scored")
    if details:
        print()
        for r in result["documents"]:
            for lay, c in r["layouts"].items():
                if "fail" in c or not (c.get("missing") or c.get("extra")):
                    continue
                print(f"{r['family']}/{r['name']} [{lay}] tp={c['tp']} fp={c['fp']} fn={c['fn']}")
                for x in c.get("missing", []):
                    print(f"   - missing {x}")
                for x in c.get("extra", []):
                    print(f"   + extra   {x}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print the matrix as JSON")
    ap.add_argument(
        "--details", action="store_true", help="list each document's missed and false obligations per layout"
    )
    ap.add_argument("--only", metavar="GLOB", help="only the documents whose file name matches (e.g. '1[1-3]?_*')")
    ap.add_argument("--layouts", default=",".join(LAYOUTS), help=f"comma-separated, of {','.join(LAYOUTS)}")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    ap.add_argument("--scan-sample", type=int, default=20, metavar="N", help="documents read as scans (default 20)")
    ap.add_argument("--scan-max-pages", type=int, default=12, metavar="N", help="longest PDF the scan sample takes")
    ap.add_argument(
        "--load", type=Path, metavar="JSON", help="print the report of a saved --json run instead of running"
    )
    ap.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help=f"converted files (default {DEFAULT_CACHE})")
    args = ap.parse_args(argv)
    args.layouts = [x.strip() for x in args.layouts.split(",") if x.strip()]
    unknown = set(args.layouts) - set(LAYOUTS)
    if unknown:
        ap.error(f"unknown layouts: {', '.join(sorted(unknown))}")
    if args.load:
        result = json.loads(args.load.read_text(encoding="utf-8"))
        result.update(summarize(result["documents"], tuple(result["layouts"])))
    else:
        args.cache.mkdir(parents=True, exist_ok=True)
        result = run_matrix(args)
    if args.json:
        print(json.dumps(result, indent=1, ensure_ascii=False))
    else:
        print_report(result, args.details)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
