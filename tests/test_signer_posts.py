"""A signer's post put back to the closed vocabulary of posts by its folded form (issue 24): read without
its marks from a text layer, or with one letter wrong by OCR under a seal."""

from __future__ import annotations

import pytest

from vbparse import parse
from vbparse.extract.closing import _snapped


@pytest.mark.parametrize("line,ocr,expected,noted", [
    ("PHO CHANH VAN PHONG", False, "PHÓ CHÁNH VĂN PHÒNG", False),
    ("HIEU TRUONG", False, "HIỆU TRƯỞNG", False),
    ("PHÓ CHỦ TIC", True, "PHÓ CHỦ TỊCH", True),
    ("PHÓ GIÁM ĐÔC", True, "PHÓ GIÁM ĐỐC", False),  # marks only: the folded form is the post's
    ("PHÓ CHỦ TỊCH THƯỜNG TRỰC", True, "PHÓ CHỦ TỊCH THƯỜNG TRỰC", False),
    # two posts of the same letters: the one as printed is kept, the nearest marks win, none without marks
    ("THỨ TRƯỞNG", True, "THỨ TRƯỞNG", False),
    ("THỨ TRƯƠNG", True, "THỨ TRƯỞNG", False),
    ("THU TRUONG", False, "THU TRUONG", False),
    # a post as printed, a body, or another post a letter or two away is kept
    ("PHÓ CHỦ NHIỆM", True, "PHÓ CHỦ NHIỆM", False),
    ("TRƯỜNG THPT LÊ LỢI", True, "TRƯỜNG THPT LÊ LỢI", False),
    ("CỤC CẢNH SÁT ĐTTP VỀ MA TÚY", True, "CỤC CẢNH SÁT ĐTTP VỀ MA TÚY", False),
    # one letter off is a guess only for what OCR read, never for a text layer
    ("PHÓ CHỦ TIC", False, "PHÓ CHỦ TIC", False),
])  # fmt: skip
def test_a_signers_post_is_put_back_to_the_vocabulary_by_its_folded_form(line, ocr, expected, noted):
    diags: list = []
    assert _snapped(line, ocr, diags) == expected
    assert bool(diags) == noted


def test_a_signature_block_without_marks_gives_the_post_as_printed():
    doc = parse(
        "SỞ NỘI VỤ\nSố: 12/KH-SNV\nLâm Đồng, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\nTập huấn năm 2026\n"
        "I. MỤC ĐÍCH\n1. Nâng cao năng lực.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
        "KT. GIAM DOC\nPHO GIAM DOC\nNguyễn Văn An\n"
    )
    assert doc.signer is not None
    assert (doc.signer.on_behalf_of, doc.signer.position, doc.signer.name) == ("GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An")
