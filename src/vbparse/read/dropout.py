"""A second reading of a scan's signature block with its colours dropped.

The post and the name under a signature are where a scan is hardest to read: the red seal is stamped over
the post, the blue or violet signature over the name. The page is recognised from its red channel, which
fades the seal but keeps a blue stroke dark (``pdf._render_for_ocr``); this pass renders the block again
in colour and keeps only grey ink (every channel dark and about equal: print), so that red and blue
marks both go, and lets Tesseract read the block alone. A line it reads with clearly more confidence than
the first reading replaces that reading's words at its height (issue 24: ``KT. CHỦ TỊCH`` over ``ca aưynn
TỊCH`` read again as ``PHÓ CHỦ TỊCH``).

Matching (which lines open a signature block) is apart from reading (``reread_signature_blocks``), as the
merge of two readings is apart from both (``merged_words``): each is tested on its own.
"""

from __future__ import annotations

from collections.abc import Callable

from PIL import Image, ImageChops

from ..zones import opens_signature_block

#: A pixel is print when its brightest channel is darker than this (0-255) …
DEFAULT_INK_DARKNESS = 130
#: … and its channels differ by less than this: grey, not the red of a seal or the blue of a signature.
DEFAULT_INK_SPREAD = 70
#: The block read again runs this many of its lines' heights below the line that opens it (the post, the
#: signature's space, the name), and starts this many to its left (a name is often wider than its post).
DEFAULT_BLOCK_LINES = 9
DEFAULT_BLOCK_LEFT_LINES = 4
#: A block opens in the right part of the page: its line starts past this share of the page's width.
DEFAULT_BLOCK_COLUMN = 0.4
#: Words of one recognised line further apart than this many line heights are two columns (``Nơi nhận:``
#: beside ``KT. CỤC TRƯỞNG``).
DEFAULT_COLUMN_GAP_LINES = 3.0
#: A line of the second reading replaces the first reading's words at its height when its mean word
#: confidence is higher by this much (0-100), and is at least ``DEFAULT_MIN_CONFIDENCE``.
DEFAULT_BETTER_CONFIDENCE = 15.0
DEFAULT_MIN_CONFIDENCE = 70.0

Box = tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points


def line_segments(words: list[dict]) -> list[list[dict]]:
    """The recognised lines (Tesseract's ``line`` of each word), each cut where its words stand a column
    apart."""
    by_line: dict[object, list[dict]] = {}
    for w in words:
        by_line.setdefault(w.get("line"), []).append(w)
    segments: list[list[dict]] = []
    for line in by_line.values():
        line = sorted(line, key=lambda w: w["x0"])
        height = max(w["bottom"] - w["top"] for w in line)
        current = [line[0]]
        for w in line[1:]:
            if w["x0"] - current[-1]["x1"] > DEFAULT_COLUMN_GAP_LINES * height:
                segments.append(current)
                current = []
            current.append(w)
        segments.append(current)
    return segments


def signature_blocks(words: list[dict], width: float, height: float) -> list[Box]:
    """Where the page's signature blocks are: from each line in the right part of the page that opens one
    (``opens_signature_block``) down ``DEFAULT_BLOCK_LINES`` of its heights; a line inside a block already
    found opens none."""
    blocks: list[Box] = []
    for seg in sorted(line_segments(words), key=lambda s: min(w["top"] for w in s)):
        x0 = min(w["x0"] for w in seg)
        top, bottom = min(w["top"] for w in seg), max(w["bottom"] for w in seg)
        if x0 < DEFAULT_BLOCK_COLUMN * width or any(b[1] <= top < b[3] for b in blocks):
            continue
        if not opens_signature_block(" ".join(w["text"] for w in seg)):
            continue
        size = bottom - top
        blocks.append(
            (
                max(0.0, x0 - DEFAULT_BLOCK_LEFT_LINES * size),
                top,
                width,
                min(height, bottom + DEFAULT_BLOCK_LINES * size),
            )
        )
    return blocks


def grey_ink(image: Image.Image) -> Image.Image:
    """``image`` with only its grey ink left, black on white: a pixel is kept when every channel is darker
    than ``DEFAULT_INK_DARKNESS`` and they differ by less than ``DEFAULT_INK_SPREAD``."""
    r, g, b = image.convert("RGB").split()
    brightest = ImageChops.lighter(ImageChops.lighter(r, g), b)
    darkest = ImageChops.darker(ImageChops.darker(r, g), b)
    too_light = brightest.point(lambda v: 255 if v >= DEFAULT_INK_DARKNESS else 0)
    coloured = ImageChops.subtract(brightest, darkest).point(lambda v: 255 if v >= DEFAULT_INK_SPREAD else 0)
    return ImageChops.lighter(too_light, coloured)


def _mean_confidence(words: list[dict]) -> float:
    return sum(w["conf"] for w in words) / len(words) if words else 0.0


def merged_words(first: list[dict], block: Box, second: list[dict]) -> tuple[list[dict], int]:
    """The first reading's words with each line of the second (``second``, words of ``block`` in page
    points) put in place of the first's words at its height when it reads clearly better: its mean
    confidence at least ``DEFAULT_MIN_CONFIDENCE`` and ``DEFAULT_BETTER_CONFIDENCE`` above theirs (none:
    0). Returns the words and the number of lines replaced."""
    x0, top, x1, bottom = block
    inside = [w for w in first if x0 <= (w["x0"] + w["x1"]) / 2 <= x1 and top <= (w["top"] + w["bottom"]) / 2 <= bottom]
    taken: set[int] = set()
    added: list[dict] = []
    replaced = 0
    for line in line_segments(second):
        if not any(ch.isalnum() for w in line for ch in w["text"]):
            continue
        l_top, l_bottom = min(w["top"] for w in line), max(w["bottom"] for w in line)
        l_x0, l_x1 = min(w["x0"] for w in line), max(w["x1"] for w in line)
        margin = l_bottom - l_top
        at = [
            w
            for w in inside
            if id(w) not in taken
            and l_top <= (w["top"] + w["bottom"]) / 2 <= l_bottom
            and w["x1"] >= l_x0 - margin
            and w["x0"] <= l_x1 + margin
        ]
        conf = _mean_confidence(line)
        if conf < DEFAULT_MIN_CONFIDENCE or conf < _mean_confidence(at) + DEFAULT_BETTER_CONFIDENCE:
            continue
        taken.update(id(w) for w in at)
        added.extend(line)
        replaced += 1
    if not replaced:
        return first, 0
    return [w for w in first if id(w) not in taken] + added, replaced


def reread_signature_blocks(
    words: list[dict],
    width: float,
    height: float,
    render: Callable[[Box], tuple[Image.Image, float]],
    recognise: Callable[[Image.Image, float], tuple[list[dict], float]],
) -> tuple[list[dict], int]:
    """A recognised page's words with its signature blocks read again in grey ink: ``render(box)`` gives
    the block's image in colour and its scale (pixels per point), ``recognise(image, scale)`` Tesseract's
    words of an image. Returns the words and the number of lines the second reading replaced."""

    total = 0
    for n, block in enumerate(signature_blocks(words, width, height)):
        image, scale = render(block)
        second, _mean = recognise(grey_ink(image), scale)
        for w in second:  # from the block's corner to the page's, a line key of this pass's own
            w.update(
                x0=w["x0"] + block[0],
                x1=w["x1"] + block[0],
                top=w["top"] + block[1],
                bottom=w["bottom"] + block[1],
                line=("grey ink", n, w.get("line")),
            )
        words, replaced = merged_words(words, block, second)
        total += replaced
    return words, total
