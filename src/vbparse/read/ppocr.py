"""PP-OCR's recogniser: a second reader of the digits that Tesseract's readings disagree on.

Tesseract's models are trained on print.  A serial or a day written in by hand is read a different way by
each of the digits pass's readings (``digits``) and stays unread: 6 of the 30 handwritten or stamped gaps
of the realdocs PDFs were read.  PP-OCRv4's recogniser (Baidu's PaddleOCR models, trained on print and on
handwriting, run by onnxruntime from the files that RapidOCR ships in its wheel: nothing is downloaded)
reads most of the rest.  It is asked two ways, each of which fails in its own way: the gap read as one
line, and the text it detects in the gap, then read (``DEFAULT_WAYS``).  Measured on those 76 gaps (the
scans, and the text-layer PDFs read by OCR, every digit known; issue 24): the two agreed on 11 of the 30
handwritten ones and on 42 of the 46 printed ones, none wrong.  Alone, the line was wrong on three
handwritten serials (``336`` for ``2336``, ``9`` for ``91``, ``415`` for ``813``) and the found text on two
days (``7`` for ``24``, ``1`` for a raised ``13``); the gap cut to its strokes and read as a line, tried as
the second way, agreed with the first on that ``336``.

Optional (``pip install vbparse[handwriting]``; RapidOCR's 1.x wheels are for Python < 3.13): without it,
``readings`` returns None and a gap Tesseract disagrees on stays unread, with a note saying why.
"""

from __future__ import annotations

import threading
from typing import Any

from PIL import Image

#: The ways the gap is read: as one line of text (``line``), and as the text PP-OCR's detector finds in
#: it, read box by box left to right (``found``).  The classifier that turns upside-down lines is off:
#: it may turn a ``6`` into a ``9``.
DEFAULT_WAYS = ("line", "found")
#: onnxruntime's threads for one model run.  A gap is a few hundred pixels: its runs gain no time from a
#: second core and the threads wait for work by spinning, so that with the default (every core) a gap cost
#: twice the CPU for the same time (``scripts/bench_ocr.py``: 1.12 s against 0.62 s for two gaps).  The
#: readings are the same.
DEFAULT_ONNX_THREADS = 1
#: The detector's input: a gap's image is scaled so that its shorter side is this many pixels.  RapidOCR's
#: default, 736, is made for pages: it scaled a gap of 90 × 130 pixels eight times over, and the detector
#: then took 0.3–1 s a gap and split or lost thin handwritten strokes.  Measured on the 25 gaps PP-OCR is
#: asked about in the 28 gold PDFs read by OCR (issue 40): 24 s → 2.9 s for them all, and the two ways
#: agree on four more gaps, each the gold's day (104's raised ``13``, 11's ``24``, 26's ``24``, 30's
#: ``16``), on none they agreed on before and on no wrong number.  Max-side 736 (no scaling up) was
#: cheaper still (1.3 s) and agreed on three more; 480 lost 45's ``01``.
DEFAULT_DETECTOR_SIDE = 320
#: Where PP-OCR comes from (``rapidocr-onnxruntime``'s module), and what to install to have it.
_MODULE = "rapidocr_onnxruntime"
INSTALL_HINT = "pip install 'vbparse[handwriting]'"

_engine: Any = None
_missing: str | None = None
_lock = threading.Lock()


def _load() -> Any:
    """RapidOCR's engine, made once a process (its models load in about a second); None when it is not
    installed or cannot load (onnxruntime or OpenCV missing a system library)."""
    global _engine, _missing
    with _lock:
        if _engine is None and _missing is None:
            try:
                module = __import__(_MODULE)
                _engine = module.RapidOCR(
                    intra_op_num_threads=DEFAULT_ONNX_THREADS,
                    inter_op_num_threads=DEFAULT_ONNX_THREADS,
                    det_limit_side_len=DEFAULT_DETECTOR_SIDE,
                )
            except Exception as exc:  # noqa: BLE001 - an optional reader: any failure to load means "not here"
                _missing = f"{type(exc).__name__}: {exc}"
        return _engine


def unavailable() -> str | None:
    """Why PP-OCR cannot be used (None when it can)."""
    _load()
    return _missing


def readings(image: Image.Image) -> list[str] | None:
    """The text of ``image`` (a gap of a page) read each way of ``DEFAULT_WAYS``, in that order (``""``
    for a way that read nothing); None when PP-OCR is not installed."""
    engine = _load()
    if engine is None:
        return None
    import numpy as np

    rgb = np.asarray(image.convert("RGB"))
    out = []
    for way in DEFAULT_WAYS:
        try:
            if way == "line":
                result, _ = engine(rgb, use_det=False, use_cls=False, use_rec=True)
                out.append(str(result[0][0]) if result else "")
            else:
                result, _ = engine(rgb, use_det=True, use_cls=False, use_rec=True)
                boxes = sorted(result or [], key=lambda r: min(point[0] for point in r[0]))
                out.append("".join(str(r[1]) for r in boxes))
        except Exception:  # noqa: BLE001 - a way that fails read nothing: the gap stays as the first reading left it
            out.append("")
    return out
