"""Tesseract kept loaded: the system's ``libtesseract`` called through its C API, one engine per model, reused.

Starting the ``tesseract`` program and loading its model cost about 0.15 s of CPU a call, more than a
signature block's or a number's reading, and a scanned page makes several calls (the page, its signature
block in grey ink, its header's digits).  The library the program links is loaded once a process instead
and each model kept (issue 40: OCR at the CLI's CPU).

It is the same library the command line runs, initialised the way the command line initialises it (the
``tsv`` config, the page segmentation mode, the character whitelist), and handed the same image bytes
through the same Leptonica reader, so it reads what the command line reads: ``tests/test_tesseract_api.py``
compares the two.  Not ``tesserocr``: its wheels bundle their own Tesseract (5.5 where Debian ships 5.3),
whose readings would have to be measured against the gold again, and building it against the system's
needs the headers and a compiler on every machine.

Where the library cannot be loaded (another system, another version) or ``VBPARSE_TESSERACT=cli`` is set,
:func:`engine` gives ``None`` and ``read.ocr`` runs the command line as before.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import ctypes.util
import functools
import os
import threading
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

#: Environment variable: ``cli`` runs the ``tesseract`` program for every reading instead of the library.
BACKEND_ENV = "VBPARSE_TESSERACT"
#: The library names tried, the Debian/Ubuntu ones first (``libtesseract5``, ``liblept5``).
DEFAULT_LIBRARIES = ("libtesseract.so.5", "tesseract")
DEFAULT_LEPTONICA = ("liblept.so.5", "libleptonica.so.6", "lept", "leptonica")
#: Tesseract's engine mode "whatever the model holds", which the command line uses unless ``--oem`` is given.
OEM_DEFAULT = 3

#: The columns of Tesseract's TSV (the command line writes them as a header; the C API gives rows only).
TSV_FIELDS = (
    "level",
    "page_num",
    "block_num",
    "par_num",
    "line_num",
    "word_num",
    "left",
    "top",
    "width",
    "height",
    "conf",
    "text",
)


class Raster(NamedTuple):
    """An image's pixels as Tesseract copies them (rows top to bottom, no padding): grey, one byte a pixel, or
    RGB, three.  Handed over as they are, a 300 dpi page costs nothing to pass, where a PNG costs 70 ms to
    write and 30 ms for Leptonica to read back (the command line's only way in)."""

    pixels: bytes
    width: int
    height: int
    bytes_per_pixel: int


class RecognitionFailed(Exception):
    """Tesseract did not read an image: Leptonica could not decode it, or recognition failed or ran past its
    deadline (``timed_out``)."""

    def __init__(self, reason: str, *, timed_out: bool = False) -> None:
        super().__init__(reason)
        self.timed_out = timed_out


class _Library:
    """The C functions used, with their argument and result types (a wrong type is a crash, not an error)."""

    def __init__(self, tesseract: ctypes.CDLL, leptonica: ctypes.CDLL) -> None:
        p, c, i = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int

        def bind(lib: ctypes.CDLL, name: str, restype: Any, *argtypes: Any) -> Callable[..., Any]:
            fn = getattr(lib, name)
            fn.restype = restype
            fn.argtypes = argtypes
            return fn

        self.version = bind(tesseract, "TessVersion", c)
        self.create = bind(tesseract, "TessBaseAPICreate", p)
        self.delete = bind(tesseract, "TessBaseAPIDelete", None, p)
        self.init = bind(tesseract, "TessBaseAPIInit1", i, p, c, c, i, ctypes.POINTER(c), i)
        self.set_variable = bind(tesseract, "TessBaseAPISetVariable", i, p, c, c)
        self.set_psm = bind(tesseract, "TessBaseAPISetPageSegMode", None, p, i)
        self.set_image = bind(tesseract, "TessBaseAPISetImage2", None, p, p)
        self.set_pixels = bind(tesseract, "TessBaseAPISetImage", None, p, ctypes.c_char_p, i, i, i, i)
        self.recognize = bind(tesseract, "TessBaseAPIRecognize", i, p, p)
        self.tsv = bind(tesseract, "TessBaseAPIGetTsvText", p, p, i)
        self.delete_text = bind(tesseract, "TessDeleteText", None, p)
        self.clear = bind(tesseract, "TessBaseAPIClear", None, p)
        self.end = bind(tesseract, "TessBaseAPIEnd", None, p)
        self.monitor_create = bind(tesseract, "TessMonitorCreate", p)
        self.monitor_delete = bind(tesseract, "TessMonitorDelete", None, p)
        self.monitor_deadline = bind(tesseract, "TessMonitorSetDeadlineMSecs", None, p, i)
        self.pix_read = bind(leptonica, "pixReadMem", p, ctypes.c_char_p, ctypes.c_size_t)
        self.pix_destroy = bind(leptonica, "pixDestroy", None, ctypes.POINTER(p))


def _load(names: tuple[str, ...]) -> ctypes.CDLL | None:
    for name in names:
        found = name if "." in name else ctypes.util.find_library(name)
        if not found:
            continue
        try:
            return ctypes.CDLL(found)  # CDLL, not PyDLL: a call lets go of the GIL, so pages read side by side
        except OSError:
            continue
    return None


@functools.lru_cache(maxsize=1)
def library() -> _Library | None:
    """The loaded library, or ``None`` where it is not there (or not version 5) or ``$VBPARSE_TESSERACT``
    asks for the command line."""
    if os.environ.get(BACKEND_ENV, "").strip().lower() == "cli":
        return None
    # Tesseract's OpenMP reads its thread limit when it is loaded: one thread reads a page faster than several
    # (the command line is given the same limit, ``read.ocr``); an explicit setting is kept
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    tesseract, leptonica = _load(DEFAULT_LIBRARIES), _load(DEFAULT_LEPTONICA)
    if tesseract is None or leptonica is None:
        return None
    try:
        lib = _Library(tesseract, leptonica)
        version = (lib.version() or b"").decode("ascii", "replace")
    except (AttributeError, OSError):
        return None
    return lib if version.startswith("5.") else None


class Engine:
    """One initialised ``TessBaseAPI``: a model (``language``) and a character whitelist, read by one thread
    at a time."""

    def __init__(self, lib: _Library, language: str, characters: str | None) -> None:
        self._lib = lib
        handle = lib.create()
        # Tesseract's notes ("Estimating resolution as 489") go nowhere, as the command line's stderr is only
        # shown when it fails; a failure here is told by the result
        lib.set_variable(handle, b"debug_file", os.devnull.encode())
        configs = (ctypes.c_char_p * 1)(b"tsv")  # as ``tesseract … tsv``: the config file the command line reads
        if lib.init(handle, None, language.encode(), OEM_DEFAULT, configs, 1) != 0:
            lib.delete(handle)
            raise RecognitionFailed(f"Tesseract cannot load the model {language!r}")
        if characters and not lib.set_variable(handle, b"tessedit_char_whitelist", characters.encode()):
            lib.end(handle)
            lib.delete(handle)
            raise RecognitionFailed("Tesseract refused the character whitelist")
        self._handle = handle

    def read(self, image: bytes | Raster, psm: int, deadline_seconds: float) -> str:
        """Tesseract's TSV rows (no header) for ``image``: its pixels, or an image file's bytes (PNG, TIFF: what
        Leptonica decodes)."""
        lib, handle = self._lib, self._handle
        pix = None
        if isinstance(image, Raster):
            width, height, depth = image.width, image.height, image.bytes_per_pixel
            if depth not in (1, 3) or len(image.pixels) != width * height * depth:
                raise RecognitionFailed(f"not a grey or RGB raster of {width} × {height}")
        else:
            pix = lib.pix_read(image, len(image))
            if not pix:
                raise RecognitionFailed("Leptonica cannot decode the image")
        monitor = lib.monitor_create()
        try:
            lib.set_psm(handle, psm)
            if isinstance(image, Raster):
                lib.set_pixels(handle, image.pixels, width, height, depth, width * depth)
            else:
                lib.set_image(handle, pix)
            lib.monitor_deadline(monitor, max(1, int(deadline_seconds * 1000)))
            if lib.recognize(handle, monitor) != 0:
                raise RecognitionFailed("recognition failed or ran past its deadline", timed_out=True)
            text = lib.tsv(handle, 0)
            if not text:
                return ""
            try:
                return ctypes.string_at(text).decode("utf-8", "replace")
            finally:
                lib.delete_text(text)
        finally:
            lib.clear(handle)
            lib.monitor_delete(monitor)
            if pix:
                ref = ctypes.c_void_p(pix)
                lib.pix_destroy(ctypes.byref(ref))

    def close(self) -> None:
        self._lib.end(self._handle)
        self._lib.delete(self._handle)


class _Engines:
    """The engines of this process, kept per (model, whitelist) and lent to one reader at a time: as many of
    a kind as pages were ever read side by side, each loaded once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._free: dict[tuple[str, str | None], list[Engine]] = {}
        self._pid = os.getpid()

    @contextlib.contextmanager
    def lend(self, lib: _Library, language: str, characters: str | None) -> Iterator[Engine]:
        key = (language, characters)
        with self._lock:
            if self._pid != os.getpid():  # a forked child: the parent's engines are not its own to use
                self._free, self._pid = {}, os.getpid()
            free = self._free.setdefault(key, [])
            engine = free.pop() if free else None
        if engine is None:
            with _INIT_LOCK:  # Tesseract's shared dictionary cache is filled by the first engine of a model
                engine = Engine(lib, language, characters)
        try:
            yield engine
        except BaseException:
            engine.close()  # an engine a reading failed in is not lent again
            raise
        with self._lock:
            if self._pid == os.getpid():
                self._free.setdefault(key, []).append(engine)

    def close(self) -> None:
        """End the engines not lent (at exit: a model left loaded is reported by Tesseract as a leak)."""
        with self._lock:
            engines = [engine for free in self._free.values() for engine in free] if self._pid == os.getpid() else []
            self._free = {}
        for engine in engines:
            engine.close()


_INIT_LOCK = threading.Lock()
_ENGINES = _Engines()
atexit.register(_ENGINES.close)


def read_tsv(
    image: bytes | Raster, *, language: str, psm: int, characters: str | None, deadline_seconds: float
) -> str | None:
    """Tesseract's TSV rows for ``image`` read by a kept engine, or ``None`` when the library is not used here
    (then the caller runs the command line)."""
    lib = library()
    if lib is None:
        return None
    with _ENGINES.lend(lib, language, characters) as engine:
        return engine.read(image, psm, deadline_seconds)
