"""Headers of scans and signed copies as printed (issue 24): a V/v beside the date, a Quốc hiệu half hidden."""

from __future__ import annotations

import datetime as dt

from vbparse import parse_text
from vbparse.read.pdf_grid import PageGrid

#: 114's header as laid out: the V/v shares its first row with the place and date.
VV_BESIDE_DATE = """\
                    BỘ CÔNG THƯƠNG             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                                   Độc lập - Tự do - Hạnh phúc
                   Số: 2265/BCT-ATMT
         V/v triển khai thực hiện thủ tục cấp       Hà Nội, ngày 02 tháng 4 năm 2026
         Giấy phép vận chuyển hàng hóa nguy
                  hiểm loại 1,2,3,4,9
                        Kính gửi: Ủy ban nhân dân các tỉnh, thành phố
              Bộ Công Thương đề nghị Ủy ban nhân dân các tỉnh, thành phố hướng dẫn, tổ
         chức thực hiện cấp giấy phép vận chuyển hàng hóa nguy hiểm theo đúng quy định./.
"""


def test_a_vv_beside_the_date_is_the_title_and_the_date_stays_the_headers():
    doc = parse_text(VV_BESIDE_DATE)
    assert doc.place == "Hà Nội" and doc.issued_date == dt.date(2026, 4, 2)
    assert doc.title == "triển khai thực hiện thủ tục cấp Giấy phép vận chuyển hàng hóa nguy hiểm loại 1,2,3,4,9"
    assert doc.number is not None and doc.number.value == "2265/BCT-ATMT"
    assert doc.issuer.name == "BỘ CÔNG THƯƠNG"


def _line(words: list[tuple[str, float]], top: float) -> list[dict]:
    """Words at ``x0`` points, 7 points a letter, on a line at ``top``."""
    return [{"text": t, "x0": x, "x1": x + 7 * len(t), "top": top, "bottom": top + 12} for t, x in words]


def test_a_quoc_hieu_half_hidden_by_a_signatures_box_still_starts_the_right_column():
    """114: the box drawn at signing hides ``HỘI C``; OCR reads ``CỘNG HOÀ XÃ THỦ NGHĨA``.  The Tiêu ngữ below
    starts further right (centred under a longer line): the column starts at ``CỘNG``, not at ``Độc``."""
    grid = PageGrid()
    quoc_hieu = [("CỘNG", 250), ("HOÀ", 330), ("XÃ", 362), ("THỦ", 384), ("NGHĨA", 412), ("VIỆT", 456), ("NAM", 490)]
    grid.add(
        1,
        [
            _line([("BỘ", 60), ("CÔNG", 82), ("THƯƠNG", 114)], 50) + _line(quoc_hieu, 50),
            _line([("Độc", 285), ("lập", 310), ("-", 334), ("Tự", 344), ("do", 362)], 64),
            _line([("Số:", 70), ("2265/BCT-ATMT", 94)], 80),
            _line([("CÔNG", 230), ("VĂN", 268)], 110),
        ],
    )
    text, *_ = grid.text()
    first = text.splitlines()[0]
    left, _, right = first.strip().partition("    ")
    assert left == "BỘ CÔNG THƯƠNG" and right.strip().startswith("CỘNG"), first


def test_handwriting_left_of_the_type_line_does_not_hide_it_or_the_title():
    """52: a scan's type line with handwritten marks at its left (``sz44]0y -``), the title under it with
    more (``avøtt..⁄‡.../2(``): the type line was missed, the title taken from the preamble."""
    from vbparse import parse_text

    layout = """                  BỘ CÔNG THƯƠNG         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                   CỤC HÓA CHẤT                  Độc lập - Tự do - Hạnh phúc
                 Số: 26/QĐ-XPVPHC           Hà Nội, ngày 02 tháng 7 năm 2026
                sz44]0y -                  QUYÉT ĐỊNH
                 avøtt..⁄‡.../2(   Xử phạt vi phạm hành chính
                                 CỤC TRƯỞNG CỤC HÓA CHẤT
                    Căn cứ Luật Xử lý vi phạm hành chính 2012;
                    Căn cứ Nghị định số 71/2019/NĐ-CP ngày 30 tháng 8 năm 2019 của Chính phủ;
                                          QUYẾT ĐỊNH:
                    Điều 1. Xử phạt Công ty TNHH Thương mại Hải Đăng.
"""
    doc = parse_text(layout)
    assert doc.title == "Xử phạt vi phạm hành chính"
    assert doc.doc_type.code == "QĐ" and doc.doc_type.span is not None
    assert "QUYÉT ĐỊNH" in layout[doc.doc_type.span.start : doc.doc_type.span.end]
