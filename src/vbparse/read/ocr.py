"""Tesseract OCR of a page image → positioned words (the same shape as pdfplumber's words).

Tesseract is a program, not a Python package: its library is called where it is there
(``read.tesseract_api``: one model loaded a process, not one a call), else its command line (TSV output gives
each word's box and confidence), so the only requirement is ``tesseract`` with the ``vie`` model
(Debian: ``tesseract-ocr tesseract-ocr-vie``).
"""

from __future__ import annotations

import csv
import functools
import io
import os
import shutil
import subprocess
import unicodedata
from typing import TYPE_CHECKING

from . import tesseract_api
from .base import ReadError

if TYPE_CHECKING:
    from PIL import Image

INSTALL_HINT = (
    "install Tesseract with the Vietnamese model (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-vie)"
)
DPI = 300
#: Seconds Tesseract may spend on one image before the page is given up as unreadable.
DEFAULT_PAGE_TIMEOUT = 600.0
#: The pages of one scan recognised at once, at most: Tesseract runs single-threaded (``OMP_THREAD_LIMIT=1``,
#: which reads faster than one Tesseract on several cores), so a scan's pages go to the cores side by side.
DEFAULT_MAX_OCR_WORKERS = 4
#: Environment variable that sets how many pages are recognised at once (``1``: one after the other); the
#: index run's worker processes set it to their share of the cores, a Ray task to its one CPU.
OCR_WORKERS_ENV = "VBPARSE_OCR_WORKERS"


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity, which a container or ``taskset`` narrows)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def ocr_workers() -> int:
    """How many pages to recognise at once: ``$VBPARSE_OCR_WORKERS``, else the cores this process may use
    (up to ``DEFAULT_MAX_OCR_WORKERS``)."""
    value = os.environ.get(OCR_WORKERS_ENV, "")
    if value.isdecimal() and int(value) > 0:
        return int(value)
    return max(1, min(DEFAULT_MAX_OCR_WORKERS, usable_cores()))


@functools.lru_cache(maxsize=1)
def tesseract_languages() -> frozenset[str]:
    exe = shutil.which("tesseract")
    if not exe:
        return frozenset()
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    return frozenset(ln.strip() for ln in out.splitlines()[1:] if ln.strip())


def require_tesseract(path: str | None, why: str) -> None:
    langs = tesseract_languages()
    if not langs:
        raise ReadError(path, f"{why}, but Tesseract is not installed: {INSTALL_HINT}")
    if "vie" not in langs:
        raise ReadError(path, f"{why}, but Tesseract has no Vietnamese model ('vie'): {INSTALL_HINT}")


#: zlib level of an image handed to Tesseract: lossless at any level, and level 1 encodes a 300 dpi page in
#: 69 ms instead of 125 (the default 6) for 20 % more bytes through a pipe.  Not PNM, which costs nothing to
#: write: Tesseract reads its standard input slowly, and a page's 8.7 MB of PGM cost it 0.23 s more of CPU
#: than the 0.6 MB of PNG (``scripts/bench_ocr.py``, issue 40).
DEFAULT_PNG_COMPRESSION = 1


def image_bytes(image: Image.Image) -> bytes:
    """An image as Tesseract is handed it: PNG at ``DEFAULT_PNG_COMPRESSION``."""
    buf = io.BytesIO()
    image.save(buf, format="PNG", compress_level=DEFAULT_PNG_COMPRESSION)
    return buf.getvalue()


def ocr_image(
    image: bytes | Image.Image,
    scale: float,
    path: str | None = None,
    *,
    psm: int = 3,
    characters: str | None = None,
    language: str = "vie",
) -> tuple[list[dict], float]:
    """Words (x0, x1, top, bottom in PDF points, text, size, conf, line) and the mean word confidence (0–100)
    of ``image`` (an image, or an image file's bytes).

    ``psm`` is Tesseract's page segmentation mode (3: a page; 7: one line; 8: one word), ``characters``
    the only characters it may read (``"0123456789"`` for a number written in by hand or stamped),
    ``language`` its model (``eng`` reads digits alone better: ``read.digits``).

    ``line`` is Tesseract's line of the word (block, paragraph, line): on a scan, whose lines slope,
    Tesseract follows a line across the page better than boxes compared by height can.

    Each word keeps its own Tesseract confidence (``conf``, 0–100): a page can be read well on the
    whole and still hold a handwritten number or a noisy table that Tesseract guessed at.

    Read by Tesseract kept loaded in this process (``read.tesseract_api``) where its library is there, else
    by the ``tesseract`` program; the two give the same words."""
    try:
        tsv = tesseract_api.read_tsv(
            _handed_over(image),
            language=language,
            psm=psm,
            characters=characters,
            deadline_seconds=DEFAULT_PAGE_TIMEOUT,
        )
    except tesseract_api.RecognitionFailed as exc:
        if exc.timed_out:
            raise ReadError(path, f"OCR failed or timed out ({DEFAULT_PAGE_TIMEOUT:.0f} s for one page)") from None
        raise ReadError(path, f"Tesseract failed: {exc}") from None
    if tsv is None:
        data = image if isinstance(image, bytes) else image_bytes(image)
        return _tesseract(data, 1, scale, path, psm=psm, characters=characters, language=language)[0]
    return _words_of(tsv, 1, scale, tesseract_api.TSV_FIELDS)[0]


def _handed_over(image: bytes | Image.Image) -> bytes | tesseract_api.Raster:
    """What the kept engine is given of ``image``: a grey or RGB image's pixels as they are, anything else as a
    PNG, as the command line would be."""
    if isinstance(image, bytes):
        return image
    depth = {"L": 1, "RGB": 3}.get(image.mode)
    if depth is None:
        return image_bytes(image)
    return tesseract_api.Raster(image.tobytes(), image.width, image.height, depth)


def ocr_images(
    images: list[Image.Image],
    scale: float,
    path: str | None = None,
    *,
    psm: int = 3,
    characters: str | None = None,
    language: str = "vie",
) -> list[tuple[list[dict], float]]:
    """What :func:`ocr_image` reads of each of ``images``.  Through the command line, all are read by one
    run (as the pages of one TIFF, which Tesseract reads from its input as it reads one image): starting
    Tesseract and loading its model cost about 0.15 s of CPU, more than reading a small crop, and are paid
    once for them all."""
    if not images:
        return []
    if len(images) == 1 or tesseract_api.library() is not None:
        return [ocr_image(image, scale, path, psm=psm, characters=characters, language=language) for image in images]
    # copies: Pillow keeps a save's options on the image (``encoderinfo``), and the TIFF writer would give an
    # image last saved as PNG its ``compress_level``
    frames = [image.copy() for image in images]
    buf = io.BytesIO()
    frames[0].save(buf, format="TIFF", save_all=True, append_images=frames[1:])
    return _tesseract(buf.getvalue(), len(images), scale, path, psm=psm, characters=characters, language=language)


def _tesseract(
    data: bytes, pages: int, scale: float, path: str | None, *, psm: int, characters: str | None, language: str
) -> list[tuple[list[dict], float]]:
    """The ``tesseract`` program's words of each of the ``pages`` images in ``data`` (its TSV's
    ``page_num``), and their mean confidence."""
    env = dict(os.environ, OMP_THREAD_LIMIT=os.environ.get("OMP_THREAD_LIMIT", "1"))
    try:
        limit = ["-c", f"tessedit_char_whitelist={characters}"] if characters else []
        proc = subprocess.run(
            ["tesseract", "stdin", "stdout", "-l", language, "--psm", str(psm), *limit, "tsv"],
            input=data,
            capture_output=True,
            timeout=DEFAULT_PAGE_TIMEOUT * pages,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise ReadError(path, f"OCR timed out ({DEFAULT_PAGE_TIMEOUT:.0f} s for one page)") from None
    except OSError as exc:
        raise ReadError(path, f"cannot run Tesseract: {exc}") from None
    if proc.returncode != 0:
        raise ReadError(path, f"Tesseract failed: {proc.stderr.decode('utf-8', 'replace').strip()[:200]}")
    return _words_of(proc.stdout.decode("utf-8", "replace"), pages, scale, None)


def _words_of(tsv: str, pages: int, scale: float, fields: tuple[str, ...] | None) -> list[tuple[list[dict], float]]:
    """The words of Tesseract's TSV (``fields`` its columns, ``None``: its header row) on each of ``pages``,
    in PDF points (``scale`` pixels a point), and their mean confidence."""
    read: list[tuple[list[dict], list[float]]] = [([], []) for _ in range(pages)]
    reader = csv.DictReader(io.StringIO(tsv), fieldnames=fields, delimiter="\t", quoting=csv.QUOTE_NONE)
    for row in reader:
        if row.get("level") != "5":
            continue
        text = unicodedata.normalize("NFC", (row.get("text") or "").strip())
        try:
            conf = float(row["conf"])
            left, top, width, height = (int(row[k]) for k in ("left", "top", "width", "height"))
            page = int(row.get("page_num") or 1) - 1
        except (KeyError, TypeError, ValueError):
            continue
        if not text or conf < 0 or not 0 <= page < pages:
            continue
        words, confs = read[page]
        confs.append(conf)
        line = (row.get("block_num"), row.get("par_num"), row.get("line_num"))
        words.append(
            {
                "text": text,
                "x0": left / scale,
                "x1": (left + width) / scale,
                "top": top / scale,
                "bottom": (top + height) / scale,
                "size": height / scale,
                "conf": conf,
                "line": line,
            }
        )
    return [(words, sum(confs) / len(confs) if confs else 0.0) for words, confs in read]
