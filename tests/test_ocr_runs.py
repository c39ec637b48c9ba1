"""How Tesseract is run: several images in one run read as each alone, and the image handed over losslessly.

Tesseract's start and model load cost about 0.15 s of CPU, more than reading a gap's crop: the digits pass
reads a page's gaps in one run a reading (issue 40: OCR's CPU against the CLI's)."""

from __future__ import annotations

import shutil

import pytest
from PIL import Image, ImageDraw, ImageFont

from vbparse.read.ocr import image_bytes, ocr_image, ocr_images

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract not installed")


def _digits(text: str, size: int = 48) -> Image.Image:
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", size)
    except OSError:
        pytest.skip("no DejaVu font")
    image = Image.new("L", (40 + 34 * len(text), size + 40), 255)
    ImageDraw.Draw(image).text((20, 15), text, fill=0, font=font)
    return image


def test_an_image_is_handed_over_without_loss():
    image = _digits("2336")
    back = Image.open(__import__("io").BytesIO(image_bytes(image)))
    assert back.mode == "L" and back.size == image.size and list(back.getdata()) == list(image.getdata())


@needs_tesseract
def test_images_read_in_one_run_are_read_as_each_alone():
    images = [_digits(t) for t in ("1050", "24", "7", "813")]
    alone = [ocr_image(image_bytes(im), 2.0, psm=7, characters="0123456789", language="eng") for im in images]
    together = ocr_images(images, 2.0, psm=7, characters="0123456789", language="eng")
    assert len(together) == len(images)
    for (words_alone, conf_alone), (words_together, conf_together) in zip(alone, together, strict=True):
        assert [w["text"] for w in words_together] == [w["text"] for w in words_alone]
        assert [(w["x0"], w["top"]) for w in words_together] == [(w["x0"], w["top"]) for w in words_alone]
        assert conf_together == pytest.approx(conf_alone, abs=0.5)
    # and they are the digits drawn (most of them: another machine's Tesseract)
    read = ["".join(w["text"] for w in words) for words, _ in together]
    assert sum(r == t for r, t in zip(read, ("1050", "24", "7", "813"), strict=True)) >= 3, read


@needs_tesseract
def test_an_image_with_nothing_to_read_keeps_its_place_among_the_others():
    blank = Image.new("L", (120, 80), 255)
    together = ocr_images([_digits("42"), blank, _digits("19")], 2.0, psm=7, characters="0123456789", language="eng")
    assert [bool(words) for words, _ in together] == [True, False, True]
    assert together[1] == ([], 0.0)


def test_no_image_starts_no_run(monkeypatch):
    import subprocess

    monkeypatch.setattr(subprocess, "run", lambda *a, **k: pytest.fail("Tesseract started for nothing"))
    assert ocr_images([], 1.0) == []
