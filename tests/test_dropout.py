"""A scan's signature block read again in grey ink (issue 24): which lines open a block, where the block
is, which pixels are ink, and when the second reading's lines replace the first's."""

from __future__ import annotations

import shutil

import pytest
from PIL import Image, ImageDraw

from vbparse.read.dropout import (
    DEFAULT_BETTER_CONFIDENCE,
    DEFAULT_MIN_CONFIDENCE,
    grey_ink,
    merged_words,
    reread_signature_blocks,
    signature_blocks,
)
from vbparse.zones import opens_signature_block


def word(text, x0, top, conf=95.0, line=None, size=12.0):
    return {
        "text": text,
        "x0": x0,
        "x1": x0 + 7.0 * len(text),
        "top": top,
        "bottom": top + size,
        "size": size,
        "conf": conf,
        "line": line or ("l", top),
    }


@pytest.mark.parametrize(
    ("line", "opens"),
    [
        ("KT. CHỦ TỊCH", True),
        ("TM. ỦY BAN NHÂN DÂN", True),
        ("PHÓ CHỦ TỊCH", True),
        ("=PHÓ CỤC TRƯỜNG", True),  # OCR's ``TRƯỜNG`` for ``TRƯỞNG``, a mark before: the same post folded
        ("_CỤC TRƯỞNG", True),  # a seal's mark before it
        ("GIÁM ĐỐC", True),
        ("KT. CỤC TRƯỞNG", True),
        ("Chủ tịch Ủy ban nhân dân tỉnh xem xét, công", False),  # prose: a post, not in capitals
        ("NƠI NHẬN:", False),
        ("QUYẾT ĐỊNH", False),
        ("", False),
    ],
)
def test_a_signature_block_opens_at_an_authority_or_a_post_in_capitals(line, opens):
    assert opens_signature_block(line) is opens


def test_the_block_starts_at_its_post_beside_the_recipients_and_runs_down_its_lines():
    words = [
        word("Nơi", 60, 700, line=1),
        word("nhận:", 90, 700, line=1),
        word("KT.", 360, 700, line=1),  # Tesseract's one line across both columns
        word("CHỦ", 385, 700, line=1),
        word("TỊCH", 415, 700, line=1),
        word("PHÓ", 360, 716, line=2),
        word("CHỦ", 390, 716, line=2),
        word("TỊCH", 420, 716, line=2),  # inside the block: opens no second one
        word("KT.", 60, 400, line=3),  # the left column: no block
        word("CHỦ", 85, 400, line=3),
    ]
    (block,) = signature_blocks(words, width=595.0, height=842.0)
    x0, top, x1, bottom = block
    assert x0 == pytest.approx(360 - 4 * 12) and top == 700 and x1 == 595.0 and bottom == pytest.approx(712 + 9 * 12)


def test_grey_ink_keeps_print_and_drops_a_red_seal_and_a_blue_signature():
    # print, grey print, a seal's red, a dark red, a ballpoint's blue, a dark blue, paper
    colours = [(10, 10, 12), (90, 95, 100), (200, 40, 50), (120, 20, 30), (30, 40, 160), (20, 30, 110), (240, 240, 240)]
    image = Image.new("RGB", (len(colours), 1))
    for x, colour in enumerate(colours):
        image.putpixel((x, 0), colour)
    ink = grey_ink(image)
    assert [ink.getpixel((x, 0)) for x in range(len(colours))] == [0, 0, 255, 255, 255, 255, 255]


def test_a_line_read_better_in_grey_ink_replaces_the_first_reading_at_its_height():
    block = (300.0, 700.0, 595.0, 820.0)
    first = [
        word("Nơi", 60, 716, conf=90, line=1),  # the left column at that height stays
        word("ca", 360, 716, conf=30, line=2),
        word("aưynn", 380, 716, conf=20, line=2),
        word("TỊCH", 420, 716, conf=90, line=2),
        word("Nguyễn", 360, 780, conf=96, line=3),
    ]
    second = [
        word("PHÓ", 360, 717, conf=92, line=7),
        word("CHỦ", 390, 717, conf=97, line=7),
        word("TỊCH", 420, 717, 97, 7),
    ]
    second += [word("Nguyễn", 360, 781, conf=97, line=8)]  # no better than the first: not taken
    merged, replaced = merged_words(first, block, second)
    assert replaced == 1
    assert sorted(w["text"] for w in merged) == sorted(["Nơi", "PHÓ", "CHỦ", "TỊCH", "Nguyễn"])
    assert [w["conf"] for w in merged if w["text"] == "Nguyễn"] == [96]


def test_a_second_reading_no_surer_than_the_first_changes_nothing():
    block = (300.0, 700.0, 595.0, 820.0)
    first = [word("PHÓ", 360, 716, conf=80), word("CHỦ", 390, 716, conf=80)]
    close = 80 + DEFAULT_BETTER_CONFIDENCE - 1
    second = [word("PHO", 360, 716, conf=close), word("CHU", 390, 716, conf=close)]
    assert merged_words(first, block, second) == (first, 0)
    unsure = [word("Phùng", 360, 760, conf=DEFAULT_MIN_CONFIDENCE - 1)]  # where the first read nothing
    assert merged_words(first, block, unsure) == (first, 0)


def test_the_block_is_rendered_and_its_words_moved_to_the_page():
    words = [word("KT.", 360, 700, line=1), word("CHỦ", 385, 700, line=1), word("TỊCH", 415, 700, line=1)]
    words.append(word("xx", 360, 716, conf=10, line=2))
    asked = []

    def render(box):
        asked.append(box)
        return Image.new("RGB", (40, 20), "white"), 2.0

    def recognise(image, scale):
        assert isinstance(image, Image.Image) and image.mode == "L" and scale == 2.0  # grey ink, black on white
        return [word("PHÓ", 48, 16, conf=95, line=1)], 95.0  # in the block's own points

    merged, replaced = reread_signature_blocks(words, 595.0, 842.0, render, recognise)
    assert replaced == 1 and len(asked) == 1
    (new,) = [w for w in merged if w["text"] == "PHÓ"]
    assert new["x0"] == pytest.approx(asked[0][0] + 48) and new["top"] == pytest.approx(716)
    assert new["line"][0] == "grey ink" and not any(w["text"] == "xx" for w in merged)


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract not installed")
def test_a_post_under_a_blue_signature_is_read_in_grey_ink():
    """A post printed in black with a signature's blue strokes over it (ink on ink: multiplied): the red
    channel the first reading sees keeps the strokes dark, grey ink drops them. Compared by folded words
    and confidence, not exact text (another machine's Tesseract)."""
    import io

    from PIL import ImageChops, ImageFont

    from vbparse.chars import match_key
    from vbparse.read.ocr import ocr_image

    try:
        font = ImageFont.truetype("DejaVuSans-Bold.ttf", 40)
    except OSError:
        pytest.skip("no DejaVu font")
    text = Image.new("RGB", (900, 200), "white")
    ImageDraw.Draw(text).text((60, 70), "PHÓ CHỦ TỊCH", fill=(0, 0, 0), font=font)
    strokes = Image.new("RGB", text.size, "white")
    for k in range(6):
        ImageDraw.Draw(strokes).line([(30, 130 - 10 * k), (700, 80 + 8 * k)], fill=(20, 30, 110), width=5)
    image = ImageChops.multiply(text, strokes)

    def reading(img: Image.Image) -> tuple[str, float]:
        buf = io.BytesIO()
        img.save(buf, format="PNG")
        words, mean = ocr_image(buf.getvalue(), 1.0)
        return match_key(" ".join(w["text"] for w in words)), mean if words else 0.0

    grey, grey_conf = reading(grey_ink(image))
    red, red_conf = reading(image.getchannel("R"))
    assert "chu tich" in grey and grey_conf > red_conf, (grey, grey_conf, red, red_conf)


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract not installed")
def test_a_scans_page_is_read_with_red_dropped_its_header_too():
    """The colour dropout of a scan's header (issue 24) is the first reading's: every page is recognised on
    its red channel, so a red stamp over the issuer's lines fades to white while black print and a blue
    handwritten serial stay dark."""
    import io

    import pypdfium2 as pdfium

    from vbparse.read.limits import Limits
    from vbparse.read.pdf import _render_for_ocr

    page = Image.new("RGB", (850, 1100), "white")
    draw = ImageDraw.Draw(page)
    draw.rectangle((100, 100, 300, 120), fill=(0, 0, 0))  # the issuer's line, printed
    draw.ellipse((150, 60, 350, 260), outline=(220, 30, 40), width=12)  # a red stamp over it
    draw.rectangle((100, 300, 160, 320), fill=(20, 40, 160))  # a serial written in blue
    buf = io.BytesIO()
    page.save(buf, format="PDF", resolution=100)
    doc = pdfium.PdfDocument(buf.getvalue())
    try:
        seen, scale = _render_for_ocr(doc, 1, Limits(), [], None, "a scan")
    finally:
        doc.close()
    assert seen.mode == "L"  # one channel: the red

    def at(x: int, y: int) -> int:  # a point of the drawing (100 dpi) in the rendered image
        return seen.getpixel((round(x * 72 / 100 * scale), round(y * 72 / 100 * scale)))

    assert at(250, 66) > 200  # the stamp's ring, above the print
    assert at(200, 110) < 60 and at(130, 310) < 100  # print and blue ink
