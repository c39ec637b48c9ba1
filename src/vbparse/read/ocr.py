"""Tesseract OCR of a page image → positioned words (the same shape as pdfplumber's words).

Tesseract is a program, not a Python package: it is called through its command line (TSV output gives
each word's box and confidence), so the only requirement is ``tesseract`` with the ``vie`` model on
PATH (Debian: ``tesseract-ocr tesseract-ocr-vie``).
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

from .base import ReadError

if TYPE_CHECKING:
    from PIL import Image

INSTALL_HINT = (
    "install Tesseract with the Vietnamese model (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-vie)"
)
DPI = 300
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
    image: bytes,
    scale: float,
    path: str | None = None,
    *,
    psm: int = 3,
    characters: str | None = None,
    language: str = "vie",
) -> tuple[list[dict], float]:
    """Words (x0, x1, top, bottom in PDF points, text, size, conf, line) and the mean word confidence (0–100)
    of ``image`` (an image file's bytes, :func:`image_bytes`).

    ``psm`` is Tesseract's page segmentation mode (3: a page; 7: one line; 8: one word), ``characters``
    the only characters it may read (``"0123456789"`` for a number written in by hand or stamped),
    ``language`` its model (``eng`` reads digits alone better: ``read.digits``).

    ``line`` is Tesseract's line of the word (block, paragraph, line): on a scan, whose lines slope,
    Tesseract follows a line across the page better than boxes compared by height can.

    Each word keeps its own Tesseract confidence (``conf``, 0–100): a page can be read well on the
    whole and still hold a handwritten number or a noisy table that Tesseract guessed at."""
    return _tesseract(image, 1, scale, path, psm=psm, characters=characters, language=language)[0]


def ocr_images(
    images: list[Image.Image],
    scale: float,
    path: str | None = None,
    *,
    psm: int = 3,
    characters: str | None = None,
    language: str = "vie",
) -> list[tuple[list[dict], float]]:
    """What :func:`ocr_image` reads of each of ``images``, all read by one Tesseract run (as the pages of one
    TIFF, which Tesseract reads from its input as it reads one image): starting Tesseract and loading its
    model cost about 0.15 s of CPU, more than reading a small crop, and are paid once for them all."""
    if not images:
        return []
    if len(images) == 1:
        return [ocr_image(image_bytes(images[0]), scale, path, psm=psm, characters=characters, language=language)]
    # copies: Pillow keeps a save's options on the image (``encoderinfo``), and the TIFF writer would give an
    # image last saved as PNG its ``compress_level``
    frames = [image.copy() for image in images]
    buf = io.BytesIO()
    frames[0].save(buf, format="TIFF", save_all=True, append_images=frames[1:])
    return _tesseract(buf.getvalue(), len(images), scale, path, psm=psm, characters=characters, language=language)


def _tesseract(
    data: bytes, pages: int, scale: float, path: str | None, *, psm: int, characters: str | None, language: str
) -> list[tuple[list[dict], float]]:
    """Tesseract's words of each of the ``pages`` images in ``data`` (its TSV's ``page_num``), and their mean
    confidence."""
    env = dict(os.environ, OMP_THREAD_LIMIT=os.environ.get("OMP_THREAD_LIMIT", "1"))
    try:
        limit = ["-c", f"tessedit_char_whitelist={characters}"] if characters else []
        proc = subprocess.run(
            ["tesseract", "stdin", "stdout", "-l", language, "--psm", str(psm), *limit, "tsv"],
            input=data,
            capture_output=True,
            timeout=600 * pages,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise ReadError(path, "OCR timed out (600 s for one page)") from None
    except OSError as exc:
        raise ReadError(path, f"cannot run Tesseract: {exc}") from None
    if proc.returncode != 0:
        raise ReadError(path, f"Tesseract failed: {proc.stderr.decode('utf-8', 'replace').strip()[:200]}")
    read: list[tuple[list[dict], list[float]]] = [([], []) for _ in range(pages)]
    reader = csv.DictReader(io.StringIO(proc.stdout.decode("utf-8", "replace")), delimiter="\t", quoting=csv.QUOTE_NONE)
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
