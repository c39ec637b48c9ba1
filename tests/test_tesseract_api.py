"""Tesseract kept loaded (``read.tesseract_api``) reads what the ``tesseract`` program reads, loads each model
once a process, and fails with a reason, not a crash.

Compared on the real gaps of ``tests/fixtures/gaps`` and on invented pages: the same library behind both, so
the words, boxes and confidences are the same, not merely close (issue 40: OCR at the CLI's CPU)."""

from __future__ import annotations

import multiprocessing
import shutil
import threading
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from vbparse.read import ocr, tesseract_api
from vbparse.read.base import ReadError

GAPS = Path(__file__).parent / "fixtures" / "gaps"

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract not installed")


@pytest.fixture
def library():
    lib = tesseract_api.library()
    if lib is None:
        pytest.skip("libtesseract 5 cannot be loaded here")
    return lib


@pytest.fixture
def command_line(monkeypatch):
    """Readings through the ``tesseract`` program for the test's duration."""
    monkeypatch.setenv(tesseract_api.BACKEND_ENV, "cli")
    tesseract_api.library.cache_clear()
    yield
    monkeypatch.delenv(tesseract_api.BACKEND_ENV)
    tesseract_api.library.cache_clear()


def _text_page(lines: list[str], size: int = 34) -> Image.Image:
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", size)
    except OSError:
        pytest.skip("no DejaVu font")
    image = Image.new("L", (1400, 120 + 60 * len(lines)), 255)
    draw = ImageDraw.Draw(image)
    for k, line in enumerate(lines):
        draw.text((60, 60 + 60 * k), line, fill=0, font=font)
    return image


def _readings(images: list[Image.Image], **how: object) -> list[tuple[list[dict], float]]:
    """Each image's words, handed over as an image: its pixels to the kept engine, a PNG to the program."""
    return [ocr.ocr_image(image, 2.0, **how) for image in images]  # type: ignore[arg-type]


@needs_tesseract
def test_the_library_reads_the_real_gaps_as_the_command_line_does(library, monkeypatch):
    gaps = [Image.open(p).convert("L") for p in sorted(GAPS.glob("*.png"))]
    gaps += [gap.convert("RGB") for gap in gaps[:2]]
    assert len(gaps) >= 10
    digits = {"psm": 7, "characters": "0123456789", "language": "eng"}
    kept = _readings(gaps, **digits)
    monkeypatch.setenv(tesseract_api.BACKEND_ENV, "cli")
    tesseract_api.library.cache_clear()
    try:
        assert tesseract_api.library() is None
        run = _readings(gaps, **digits)
    finally:
        monkeypatch.delenv(tesseract_api.BACKEND_ENV)
        tesseract_api.library.cache_clear()
    assert kept == run
    assert sum(bool(words) for words, _ in kept) >= 5  # and they are readings, not two empty answers


@needs_tesseract
def test_the_library_reads_a_vietnamese_page_as_the_command_line_does(library, monkeypatch):
    page = _text_page(
        [
            "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH",
            "Số: 42/KH-UBND    Hòa Bình, ngày 05 tháng 3 năm 2024",
            "KẾ HOẠCH Triển khai công tác chuyển đổi số năm 2024",
            "Giao Công chức Văn phòng - Thống kê chủ trì, phối hợp.",
        ]
    )
    kept = _readings([page])
    monkeypatch.setenv(tesseract_api.BACKEND_ENV, "cli")
    tesseract_api.library.cache_clear()
    try:
        run = _readings([page])
    finally:
        monkeypatch.delenv(tesseract_api.BACKEND_ENV)
        tesseract_api.library.cache_clear()
    assert kept == run
    text = " ".join(w["text"] for w in kept[0][0])
    assert "KẾ" in text or "HOẠCH" in text, text


@needs_tesseract
def test_a_model_is_loaded_once_and_its_engine_reused(library, monkeypatch):
    made = []
    real = tesseract_api.Engine.__init__

    def counting(self, *args, **kwargs):
        made.append(args[1:])
        real(self, *args, **kwargs)

    monkeypatch.setattr(tesseract_api.Engine, "__init__", counting)
    monkeypatch.setattr(tesseract_api, "_ENGINES", tesseract_api._Engines())
    images = [Image.open(p) for p in sorted(GAPS.glob("*.png"))[:3]]
    first = ocr.ocr_images(images, 2.0, psm=7, characters="0123456789", language="eng")
    again = ocr.ocr_images(images, 2.0, psm=7, characters="0123456789", language="eng")
    assert first == again
    assert made == [("eng", "0123456789")]  # three images, twice: one engine
    ocr.ocr_image(ocr.image_bytes(images[0]), 2.0, psm=7, language="eng")
    assert made[-1] == ("eng", None)  # no whitelist is another engine: a whitelist is never left on one


@needs_tesseract
def test_pages_read_side_by_side_each_have_their_own_engine(library, monkeypatch):
    monkeypatch.setattr(tesseract_api, "_ENGINES", tesseract_api._Engines())
    images = [Image.open(p) for p in sorted(GAPS.glob("*.png"))]
    alone = _readings(images, psm=7, characters="0123456789", language="eng")
    results: dict[int, list] = {}

    def read(k: int) -> None:
        results[k] = _readings(images, psm=7, characters="0123456789", language="eng")

    threads = [threading.Thread(target=read, args=(k,)) for k in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [results[k] for k in range(3)] == [alone] * 3
    kept = tesseract_api._ENGINES._free[("eng", "0123456789")]
    assert 1 <= len(kept) <= 3


def _read_in_child(path: str, queue) -> None:
    image = Image.open(path)
    words, _ = ocr.ocr_image(ocr.image_bytes(image), 2.0, psm=7, characters="0123456789", language="eng")
    queue.put([w["text"] for w in words])


@needs_tesseract
def test_a_forked_child_loads_its_own_engine(library):
    path = min(GAPS.glob("*.png"))
    parent, _ = ocr.ocr_image(ocr.image_bytes(Image.open(path)), 2.0, psm=7, characters="0123456789", language="eng")
    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork here")
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=_read_in_child, args=(str(path), queue))
    child.start()
    got = queue.get(timeout=120)
    child.join(timeout=60)
    assert child.exitcode == 0
    assert got == [w["text"] for w in parent]


@needs_tesseract
def test_bytes_that_are_no_image_are_a_read_error_naming_the_file(library):
    with pytest.raises(ReadError) as caught:
        ocr.ocr_image(b"not an image at all", 2.0, "scan.pdf")
    message = str(caught.value)
    assert "scan.pdf" in message and "Tesseract failed" in message and "\n" not in message


@needs_tesseract
def test_bytes_that_are_no_image_are_a_read_error_through_the_command_line_too(command_line):
    with pytest.raises(ReadError) as caught:
        ocr.ocr_image(b"not an image at all", 2.0, "scan.pdf")
    assert "scan.pdf" in str(caught.value)


@needs_tesseract
def test_recognition_past_its_deadline_stops_and_says_so(library):
    page = _text_page(["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"] * 14)
    with pytest.raises(tesseract_api.RecognitionFailed) as caught:
        tesseract_api.read_tsv(ocr.image_bytes(page), language="vie", psm=3, characters=None, deadline_seconds=0.001)
    assert caught.value.timed_out
    # the engine a reading failed in is not lent again; the next reading is whole
    tsv = tesseract_api.read_tsv(ocr.image_bytes(page), language="vie", psm=3, characters=None, deadline_seconds=600)
    assert tsv and "Luật" in tsv


def test_the_command_line_is_used_when_asked(command_line):
    assert tesseract_api.library() is None
    assert tesseract_api.read_tsv(b"", language="vie", psm=3, characters=None, deadline_seconds=1.0) is None


def test_an_unknown_model_is_a_read_error_not_a_crash(library):
    with pytest.raises(ReadError) as caught:
        ocr.ocr_image(ocr.image_bytes(Image.new("L", (50, 50), 255)), 1.0, "a.pdf", language="zz-none")
    assert "a.pdf" in str(caught.value) and "zz-none" in str(caught.value)
