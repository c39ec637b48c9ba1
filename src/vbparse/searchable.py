"""Searchable copies of scans: the PDF as it is, plus an invisible layer of the recognised text.

``vbparse parse scan.pdf --searchable-pdf OUT.pdf`` and ``vbparse index … --searchable-pdf DIR`` write,
next to the parse, a copy of each scanned PDF that any viewer or desktop search can search.  The text
layer is made by OCRmyPDF (``pip install 'vbparse[searchable]'``) with Tesseract's Vietnamese model,
one page at a time (``--jobs 1``):

- only the pages the parser had to recognise get a layer (``pages=``, from ``Document.source.ocr_pages``);
  every other page is copied as it is.  A PDF whose every page has a usable text layer gets no copy.
- pages without any text are recognised as they are (OCRmyPDF ``--mode skip``: images kept byte for byte);
  a bad OCR layer (invisible text the parser found unusable) is replaced (``--mode redo``), or, where
  OCRmyPDF cannot do that (a PDF with a form, as every signed PDF has), the page is rasterised and
  recognised (``--mode force``); so is a page whose visible text is unusable (a broken font encoding).
- PDF/A-2b where it can be made: OCRmyPDF's own conversion, validated by pikepdf, which needs no
  Ghostscript; with Ghostscript installed, it is the fall-back for files that conversion rejects.  Else a
  plain PDF; ``SearchableResult.output_type`` says which.
- a digital signature cannot survive an added text layer: the copy has none that verifies (a note says so);
  the original, which keeps it, is never written to.

The copy is written to a hidden temporary file in the target folder and linked to its name only when
complete, so an interruption leaves no half file under that name, and an existing file is never replaced.
OCRmyPDF runs as a child process (``python -m ocrmypdf``): it can be stopped at a time limit, its global
settings (Pillow's image size limit, logging) stay out of the parser's process, and a worker of
``vbparse index`` stopped at its time limit or by Ctrl-C takes it down with it (same process group).
"""

from __future__ import annotations

import importlib.util
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .leftovers import sweep, tagged

if TYPE_CHECKING:
    from .models import Document

#: What a searchable copy's name ends with in a folder: ``DIR/<stem>.searchable.pdf``, then
#: ``<stem>.2.searchable.pdf``, … when the name is taken.
SUFFIX = ".searchable.pdf"
LANGUAGE = "vie"
INSTALL_HINT = "install OCRmyPDF (pip install 'vbparse[searchable]')"
#: Seconds Tesseract may spend on one page inside OCRmyPDF (its own default is 180).
PAGE_TIMEOUT = 300.0


class SearchableError(Exception):
    """No searchable copy was written: the file concerned and why (shown to the user as one line)."""

    def __init__(self, path: str | os.PathLike, reason: str):
        self.path = os.fspath(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


@dataclass
class SearchableResult:
    source: str
    #: ``written``, or ``not_needed`` (every page has a usable text layer: nothing written)
    status: str
    out: str | None = None
    #: the pages (1-based) that were given a recognised text layer
    pages: list[int] = field(default_factory=list)
    #: how OCRmyPDF treated them: ``skip`` (pages without text), ``redo`` (a bad OCR layer replaced) or
    #: ``force`` (pages rasterised)
    mode: str | None = None
    #: ``PDF/A-2B`` (or another PDF/A part and level) or ``PDF``
    output_type: str | None = None
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    def describe(self) -> str:
        """One line for the user."""
        if self.status != "written":
            return "every page has a usable text layer; no searchable PDF written"
        pages = _ranges(self.pages)
        plural = "s" if len(self.pages) > 1 else ""
        line = f"searchable PDF written to {self.out} ({self.output_type}; text recognised on page{plural} {pages})"
        return line + "".join(f"; {n}" for n in self.notes)


def missing_tools() -> str | None:
    """Why searchable copies cannot be made here (OCRmyPDF or Tesseract's Vietnamese model missing), or None."""
    if importlib.util.find_spec("ocrmypdf") is None:
        return f"OCRmyPDF is not installed: {INSTALL_HINT}"
    from .read.ocr import INSTALL_HINT as TESSERACT_HINT
    from .read.ocr import tesseract_languages

    langs = tesseract_languages()
    if not langs:
        return f"Tesseract is not installed: {TESSERACT_HINT}"
    if LANGUAGE not in langs:
        return f"Tesseract has no Vietnamese model ('{LANGUAGE}'): {TESSERACT_HINT}"
    return None


def recognised_pages(doc: Document) -> list[int]:
    """The pages the parser read by OCR: those without a usable text layer (with ``--ocr always``: all, and
    then pass ``rasterise=False``, since none was judged)."""
    return sorted(p.page for p in doc.source.ocr_pages)


def is_pdf(path: str | os.PathLike) -> bool:
    """A PDF by content, as the readers decide (``read.sniff_format``), whatever the file is called."""
    from .read import sniff_format

    try:
        with open(path, "rb") as fh:
            return sniff_format(fh.read(4096)) == "pdf"
    except OSError:
        return False


def write_searchable_pdf(
    source: str | os.PathLike,
    out: str | os.PathLike,
    *,
    pages: Iterable[int] | None = None,
    rasterise: bool = True,
    timeout: float | None = None,
) -> SearchableResult:
    """Write ``source`` with a recognised text layer to ``out``, which must not exist.

    ``pages``: the pages to recognise (1-based), usually ``recognised_pages(parse(source))``; by default
    the pages without any text.  None to recognise: nothing is written (``status == "not_needed"``).
    ``rasterise``: whether pages of ``pages`` with visible text may be rasterised to cover it (their text
    was judged unusable); false drops them (``--ocr always``: every page was recognised, none judged).
    ``timeout``: seconds for the whole OCRmyPDF run.  Raises ``SearchableError`` (one-line reason) when
    ``out`` exists, the source is not a readable PDF, a tool is missing or OCRmyPDF fails; ``source`` is
    only read."""
    out = Path(out)
    if os.path.lexists(out):
        raise SearchableError(out, "exists; not overwritten (choose another name)")
    if not out.parent.is_dir():
        raise SearchableError(out, f"cannot be written: {out.parent} is not a directory")
    return _write(Path(source), out.parent, out.name, lambda tmp: _claim_exact(tmp, out), pages, rasterise, timeout)


def write_searchable_into(
    source: str | os.PathLike,
    out_dir: str | os.PathLike,
    *,
    stem: str | None = None,
    pages: Iterable[int] | None = None,
    rasterise: bool = True,
    timeout: float | None = None,
) -> SearchableResult:
    """Like ``write_searchable_pdf``, into ``out_dir`` as ``<stem>.searchable.pdf`` or, when that is taken,
    the first free ``<stem>.N.searchable.pdf`` (nothing is replaced; several processes may write into
    the same folder at once)."""
    source = Path(source)
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise SearchableError(out_dir, "is not a directory")
    stem = stem or source.stem
    return _write(
        source, out_dir, stem + SUFFIX, lambda tmp: _claim_free(tmp, out_dir, stem), pages, rasterise, timeout
    )


# --- the work ---------------------------------------------------------------------------------------


def _write(
    source: Path,
    out_dir: Path,
    name: str,
    claim: Callable[[Path], Path],
    pages: Iterable[int] | None,
    rasterise: bool,
    timeout: float | None,
) -> SearchableResult:
    t0 = time.monotonic()
    if not source.is_file():
        raise SearchableError(source, "file not found" if not source.exists() else "is not a file")
    if not is_pdf(source):
        raise SearchableError(source, "not a PDF: only PDFs get a searchable copy")
    n_pages, kinds = _text_pages(source)
    if pages is None:
        wanted = [k for k in range(1, n_pages + 1) if kinds[k] == NO_TEXT]
    else:
        wanted = sorted({k for k in pages if 1 <= k <= n_pages and (rasterise or kinds[k] != VISIBLE)})
    if not wanted:
        return SearchableResult(source=str(source), status="not_needed", seconds=round(time.monotonic() - t0, 3))
    why = missing_tools()
    if why:
        raise SearchableError(source, why)
    notes: list[str] = []
    # a page without text is recognised as it is; an unusable OCR layer is replaced; an unusable visible
    # text (a broken font encoding) can only be covered by rasterising the page
    found = {kinds[k] for k in wanted}
    mode = "force" if VISIBLE in found else "redo" if INVISIBLE in found else "skip"
    tmp = _temporary(out_dir, name)
    try:
        deadline = None if not timeout or timeout <= 0 else t0 + timeout
        try:
            _ocrmypdf(source, tmp, wanted, mode, deadline)
        except SearchableError as exc:
            if mode != "redo" or exc.reason.startswith("took longer"):
                raise
            # OCRmyPDF cannot replace a text layer in a PDF with a form (every signed PDF has one)
            mode = "force"
            why = exc.reason.removeprefix("OCRmyPDF failed: ")
            notes.append(
                f"page{'s' if len(wanted) > 1 else ''} {_ranges(wanted)} rasterised: OCRmyPDF cannot "
                f"replace their OCR layer ({why if len(why) <= 80 else why[:79] + '…'})"
            )
            _ocrmypdf(source, tmp, wanted, mode, deadline)
        if mode == "force" and not notes:
            notes.append(
                f"page{'s' if len(wanted) > 1 else ''} {_ranges(wanted)} rasterised: their visible "
                "text is not readable as Vietnamese"
            )
        output_type = _check_output(tmp, n_pages, source)
        if _signed(source):
            notes.append("the copy's digital signature no longer verifies (the original keeps it)")
        target = claim(tmp)
    finally:
        try:
            tmp.unlink()
        except FileNotFoundError:
            pass
    return SearchableResult(
        source=str(source),
        status="written",
        out=str(target),
        pages=wanted,
        mode=mode,
        output_type=output_type,
        seconds=round(time.monotonic() - t0, 3),
        notes=notes,
    )


#: The hidden file a copy is written into before it takes its name: ``.vbparse-<pid>-<name>.<hex>.part``.
PART_TAG = "vbparse-"
#: OCRmyPDF's work folders go into one of ours (``TMPDIR``), removed after it, or by a later run.
OCR_TEMP_TAG = "vbparse-ocr-"


def _temporary(out_dir: Path, name: str) -> Path:
    """A new hidden file beside the target, with the permissions a new file gets (umask applies)."""
    sweep(out_dir, f".{PART_TAG}")  # what a run killed before left
    for _ in range(100):
        tmp = out_dir / f".{tagged(PART_TAG)}{name}.{secrets.token_hex(4)}.part"
        try:
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
            return tmp
        except FileExistsError:
            continue
        except OSError as exc:
            raise SearchableError(out_dir, f"cannot be written into ({exc.strerror or exc})") from None
    raise SearchableError(out_dir, "cannot create a temporary file in it")


#: What text a page has: none, only invisible text (an OCR layer: render modes 3 and 7), or visible text.
NO_TEXT, INVISIBLE, VISIBLE = "none", "invisible", "visible"


def _text_pages(source: Path) -> tuple[int, dict[int, str]]:
    """The page count, and what text each page (1-based) has in its content."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        doc = pdfium.PdfDocument(str(source))
    except Exception as exc:  # noqa: BLE001 - pdfium raises PdfiumError with its own reason
        raise SearchableError(source, f"cannot open the PDF ({exc})") from None
    try:
        kinds = {}
        for k in range(len(doc)):
            page = doc[k]
            try:
                modes = {
                    pdfium_c.FPDFTextObj_GetTextRenderMode(obj.raw)
                    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_TEXT])
                }
            finally:
                page.close()
            invisible = {pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE, pdfium_c.FPDF_TEXTRENDERMODE_CLIP}
            kinds[k + 1] = NO_TEXT if not modes else INVISIBLE if modes <= invisible else VISIBLE
        return len(doc), kinds
    finally:
        doc.close()


def _ocrmypdf(source: Path, out: Path, pages: list[int], mode: str, deadline: float | None) -> None:
    """Run OCRmyPDF (quiet: errors only); ``SearchableError`` with its last error line when it fails."""
    pdfa_backend = "auto" if shutil.which("gs") else "internal"  # never Ghostscript when it is not there
    cmd = [
        sys.executable,
        "-m",
        "ocrmypdf",
        "--quiet",
        "--language",
        LANGUAGE,
        "--mode",
        mode,
        "--pages",
        ",".join(map(str, pages)),
        "--output-type",
        "auto",
        "--pdfa-backend",
        pdfa_backend,
        "--rasterizer",
        "pypdfium",
        "--jobs",
        "1",
        "--optimize",
        "0",
        "--invalidate-digital-signatures",
        "--tagged-pdf-mode",
        "ignore",
        "--tesseract-timeout",
        f"{PAGE_TIMEOUT:.0f}",
        str(source),
        str(out),
    ]
    left = None if deadline is None else deadline - time.monotonic()
    if left is not None and left <= 0:
        raise SearchableError(source, "took longer than its time limit before OCR could start")
    sweep(tempfile.gettempdir(), OCR_TEMP_TAG)
    work = tempfile.mkdtemp(prefix=tagged(OCR_TEMP_TAG))
    env = dict(os.environ, OMP_THREAD_LIMIT=os.environ.get("OMP_THREAD_LIMIT", "1"), TMPDIR=work)
    try:
        proc = subprocess.Popen(
            cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env
        )
        try:
            _, err = proc.communicate(timeout=left)
        except subprocess.TimeoutExpired:
            _kill_tree(proc)
            raise SearchableError(source, f"took longer than its time limit ({left:.0f} s left for OCRmyPDF)") from None
        except BaseException:  # Ctrl-C: OCRmyPDF and its Tesseract go too
            _kill_tree(proc)
            raise
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if proc.returncode != 0:
        lines = [ln.strip() for ln in err.decode("utf-8", "replace").splitlines() if ln.strip()]
        errors = [ln for ln in lines if "rror" in ln] or lines or [f"exit status {proc.returncode}"]
        raise SearchableError(source, f"OCRmyPDF failed: {' '.join(errors[-1].split())[:200]}")


def _kill_tree(proc: subprocess.Popen) -> None:
    """Stop OCRmyPDF and what it started (its worker processes, Tesseract), Linux's /proc permitting."""
    victims = [proc.pid]
    k = 0
    while k < len(victims):
        pid = victims[k]
        k += 1
        try:
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as fh:
                    victims.extend(int(c) for c in fh.read().split())
        except OSError:
            pass
    for pid in reversed(victims):
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    proc.wait()


def _check_output(tmp: Path, n_pages: int, source: Path) -> str:
    """The copy must be a PDF of the same pages; its kind: ``PDF/A-2B`` … or ``PDF``."""
    import pikepdf

    try:
        with pikepdf.open(tmp) as pdf:
            if len(pdf.pages) != n_pages:
                raise SearchableError(source, f"OCRmyPDF wrote {len(pdf.pages)} pages instead of {n_pages}")
            status = pdf.open_metadata().pdfa_status
    except pikepdf.PdfError as exc:
        raise SearchableError(source, f"OCRmyPDF wrote an unreadable PDF ({exc})") from None
    return f"PDF/A-{status}" if status else "PDF"


def _signed(source: Path) -> bool:
    """Whether the PDF has a signed signature field (a signature the copy cannot keep valid)."""
    import pikepdf

    try:
        with pikepdf.open(source) as pdf:
            form = pdf.Root.get("/AcroForm")
            fields = list(form.get("/Fields", [])) if isinstance(form, pikepdf.Dictionary) else []
            while fields:
                f = fields.pop()
                if isinstance(f, pikepdf.Dictionary):
                    if f.get("/FT") == pikepdf.Name.Sig and f.get("/V") is not None:
                        return True
                    fields.extend(f.get("/Kids", []))
    except pikepdf.PdfError:
        pass
    return False


def _claim_exact(tmp: Path, out: Path) -> Path:
    try:
        os.link(tmp, out)  # atomic, and fails when the name exists (even as a dangling link)
        return out
    except FileExistsError:
        raise SearchableError(out, "exists; not overwritten (choose another name)") from None
    except OSError:
        pass
    # a file system without hard links: claim the name exclusively, then move the whole file onto it
    try:
        os.close(os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
    except FileExistsError:
        raise SearchableError(out, "exists; not overwritten (choose another name)") from None
    except OSError as exc:
        raise SearchableError(out, f"cannot be written ({exc.strerror or exc})") from None
    os.replace(tmp, out)
    return out


def _claim_free(tmp: Path, out_dir: Path, stem: str) -> Path:
    for k in range(1, 100_000):
        target = out_dir / (f"{stem}{SUFFIX}" if k == 1 else f"{stem}.{k}{SUFFIX}")
        try:
            return _claim_exact(tmp, target)
        except SearchableError as exc:
            if not exc.reason.startswith("exists"):
                raise
    raise SearchableError(out_dir, f"no free name for {stem}{SUFFIX}")


def _ranges(pages: list[int]) -> str:
    """``1-3, 5``."""
    runs: list[list[int]] = []
    for k in pages:
        if runs and k == runs[-1][-1] + 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs)


# --- vbparse index ----------------------------------------------------------------------------------


def copy_for_index(
    doc: Document, path: str, out_dir: Path, ocr: str, budget: float | None
) -> SearchableResult | str | None:
    """The searchable step of one file in an ``index`` worker, after its parse: the result, None when the
    file needs no copy (not a scan), or the one-line reason it failed.  Never raises, so the parse is
    never lost to it; ``budget``: seconds left of the file's time limit."""
    pages = recognised_pages(doc)
    if not pages or not is_pdf(path):
        return None
    if budget is not None and budget < 1:
        return "no time left within the per-file time limit (index --timeout)"
    try:
        result = write_searchable_into(path, out_dir, pages=pages, rasterise=ocr != "always", timeout=budget)
        return result if result.status == "written" else None
    except SearchableError as exc:
        return exc.reason if exc.path == path else f"{exc.path}: {exc.reason}"
    except Exception as exc:  # noqa: BLE001 - a bug here must not lose the parse
        return f"internal error ({type(exc).__name__}: {exc})"
