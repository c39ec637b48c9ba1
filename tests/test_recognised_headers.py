"""Headers as OCR reads scans, and titles as text-layer PDFs print them: what is printed is extracted,
what was handwritten and could not be read is a diagnostic, never a guess (issue 11)."""

from __future__ import annotations

import pytest

from vbparse.pipeline import parse_text


def _codes(doc) -> set[str]:
    return {d.code for d in doc.diagnostics}


HEADER = """BỘ CÔNG AN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                Độc lập - Tự do - Hạnh phúc
Số:  5Ø /KH-BCA-C04           Hà Nội, ngàyÓ2 tháng 10 năm 2025
                               KÉ HOẠCH
       Tổ chức Hội nghị triển khai Chương trình phòng, chống ma tuý
Thực hiện Nghị quyết số 163/2024/QH15 ngày 27 tháng 11 năm 2024 của Quốc hội, Bộ Công an ban hành Kế hoạch như sau:
I. MỤC ĐÍCH
1. Công an các tỉnh chủ trì tổ chức hội nghị.
"""


def test_unreadable_handwritten_serial_keeps_the_printed_symbol_and_says_so():
    doc = parse_text(HEADER)
    assert doc.number.value == "/KH-BCA-C04" and doc.number.serial is None
    assert "unreadable_number" in _codes(doc) and "blank_number" not in _codes(doc)


def test_unreadable_handwritten_day_keeps_the_printed_month_and_year():
    doc = parse_text(HEADER)
    assert doc.place == "Hà Nội"
    assert doc.issued_date is None
    assert (doc.issued_date_parts.day, doc.issued_date_parts.month, doc.issued_date_parts.year) == (None, 10, 2025)
    assert "unreadable_date" in _codes(doc) and "blank_day" not in _codes(doc)


def test_type_line_with_a_misread_mark_gives_the_type_and_the_title():
    doc = parse_text(HEADER)
    assert doc.doc_type.code == "KH"
    assert doc.title == "Tổ chức Hội nghị triển khai Chương trình phòng, chống ma tuý"


def test_subject_line_read_as_w_v_is_a_cong_van():
    doc = parse_text(HEADER.replace("KÉ HOẠCH", "").replace("       Tổ chức", "W/v tổ chức"))
    assert doc.doc_type.code == "CV"
    assert doc.title == "tổ chức Hội nghị triển khai Chương trình phòng, chống ma tuý"


def test_title_that_begins_on_the_type_line():
    text = """UỶ BAN NHÂN DÂN              CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH LÀO CAI                          Độc lập - Tự do - Hạnh phúc
Số: 2170 /QĐ-UBND              Lào Cai, ngày 23 tháng 6 năm 2026
             QUYẾT ĐỊNH CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ
                  ĐỒNG THỜI CHẤP THUẬN NHÀ ĐẦU TƯ
               (Cấp lần đầu: Ngày 23 tháng 6 năm 2026)
     Căn cứ Luật Đầu tư số 143/2025/QH15 ngày 11 tháng 12 năm 2025;
"""
    doc = parse_text(text)
    assert doc.doc_type.code == "QĐ"
    assert doc.title == "CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ ĐỒNG THỜI CHẤP THUẬN NHÀ ĐẦU TƯ"


def test_a_decision_mark_read_with_a_wrong_mark_is_not_the_type_line():
    """A scan of 38 (issue 24): OCR reads both ``QUYẾT ĐỊNH`` as ``QUYÉT ĐỊNH``; the one alone with its colon
    opens the articles and was taken for the type line, making ``Điều 1`` the title."""
    text = """UỶ BAN NHÂN DÂN              CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH LÀO CAI                          Độc lập - Tự do - Hạnh phúc
Số: 2170 /QÐ - UBND              Lào Cai, ngày 23 tháng 6 năm 2026
             QUYÉT  ĐỊNH CHÁP THUẬN CHỦ TRƯƠNG ĐẦU TƯ
                  ĐÔNG THỜI CHÁP THUẬN NHÀ ĐẦU TƯ
     Căn cứ Luật Đầu tư số 143/2025/QH15 ngày 11 tháng 12 năm 2025;
                         QUYÉT ĐỊNH:
     Điều 1. Chấp thuận chủ trương đầu tư đối với Dự án gồm các nội dung sau:
"""
    doc = parse_text(text)
    assert doc.doc_type.code == "QĐ"
    assert doc.title == "CHÁP THUẬN CHỦ TRƯƠNG ĐẦU TƯ ĐÔNG THỜI CHÁP THUẬN NHÀ ĐẦU TƯ"


def test_a_title_that_ends_a_sentence_ends_there():
    """A scan of 31 (a Công điện): OCR loses the rule under the title, and the line that addresses the
    recipients (``VĂN PHÒNG CHÍNH PHỦ điện:``) ran on into the title."""
    text = """VĂN PHÒNG CHÍNH PHỦ       CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                  Độc lập - Tự do - Hạnh phúc
Số: 58/CĐ-VPCP             Hà Nội, ngày 10 tháng 01 năm 2026
                          CÔNG ĐIỆN
           Phiên họp lần thứ nhất Ban Chỉ đạo quốc gia về dữ liệu.
                 VĂN PHÒNG CHÍNH PHỦ điện:
    - Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.
    Thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ, Văn phòng Chính phủ trân trọng kính mời dự Phiên họp.
"""
    doc = parse_text(text)
    assert doc.title == "Phiên họp lần thứ nhất Ban Chỉ đạo quốc gia về dữ liệu"


def test_a_title_wrapped_after_an_abbreviation_runs_on():
    text = HEADER.replace(
        "       Tổ chức Hội nghị triển khai Chương trình phòng, chống ma tuý",
        "       Tổ chức Hội nghị triển khai Chương trình trên địa bàn TP.\n       Hồ Chí Minh năm 2026",
    )
    assert parse_text(text).title == "Tổ chức Hội nghị triển khai Chương trình trên địa bàn TP. Hồ Chí Minh năm 2026"


def test_a_year_no_document_can_bear_is_not_taken():
    """23 read by OCR: ``năm 2026`` as ``năm 2226``; the day and month stay, the year is a diagnostic."""
    doc = parse_text(HEADER.replace("ngàyÓ2 tháng 10 năm 2025", "ngày 06 tháng 01 năm 2226"))
    assert doc.issued_date is None
    assert (doc.issued_date_parts.day, doc.issued_date_parts.month, doc.issued_date_parts.year) == (6, 1, None)
    assert any(d.code == "impossible_date" and "2226" in d.message for d in doc.diagnostics)
    assert parse_text(HEADER.replace("ngàyÓ2 tháng 10 năm 2025", "ngày 06 tháng 01 năm 1946")).issued_date is not None


def test_invitation_without_a_subject_line_has_no_title():
    text = """ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH LÂM ĐỒNG                         Độc lập - Tự do - Hạnh phúc
Số: 85 /GM-UBND              Lâm Đồng, ngày 19 tháng 01 năm 2026
GIẤY MỜI
Thực hiện Chương trình công tác của Ủy ban nhân dân tỉnh tháng 01/2026, Ủy ban nhân dân tỉnh tổ chức Họp đánh giá công tác cải cách hành chính năm 2025 và triển khai nhiệm vụ năm 2026 của tỉnh Lâm Đồng.
1. Chủ trì: Đồng chí Nguyễn Ngọc Phúc.
"""
    doc = parse_text(text)
    assert doc.doc_type.code == "GM"
    assert doc.title is None


def test_title_that_begins_like_a_preamble_is_still_a_title():
    text = HEADER.replace(
        "       Tổ chức Hội nghị triển khai Chương trình phòng, chống ma tuý",
        "Thực hiện Nghị quyết số 34-NQ/TU của Tỉnh uỷ Lào Cai về phát triển các khu, cụm công nghiệp",
    )
    assert (
        parse_text(text).title
        == "Thực hiện Nghị quyết số 34-NQ/TU của Tỉnh uỷ Lào Cai về phát triển các khu, cụm công nghiệp"
    )


def test_final_full_stop_is_not_part_of_the_title():
    doc = parse_text(HEADER.replace("chống ma tuý\n", "chống ma tuý.\n"))
    assert doc.title == "Tổ chức Hội nghị triển khai Chương trình phòng, chống ma tuý"


def test_signer_of_a_submission_is_not_the_signer_of_the_draft_attached_to_it():
    text = """ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG NGÃI                       Độc lập - Tự do - Hạnh phúc
Số: 09 /TTr-UBND              Quảng Ngãi, ngày 20 tháng 01 năm 2025
TỜ TRÌNH
Về việc ban hành Nghị quyết bãi bỏ các Nghị quyết
Kính gửi: Hội đồng nhân dân tỉnh
Ủy ban nhân dân tỉnh kính trình Hội đồng nhân dân tỉnh xem xét, quyết định./.
Nơi nhận:                                   TM. ỦY BAN NHÂN DÂN
- Như trên;                                 KT. CHỦ TỊCH
- Lưu: VT, KGVX.                            PHÓ CHỦ TỊCH
                                            Trần Hoàng Tuấn
HỘI ĐỒNG NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG NGÃI                       Độc lập - Tự do - Hạnh phúc
Số:     /NQ-HĐND              Quảng Ngãi, ngày    tháng    năm 2025
NGHỊ QUYẾT
Bãi bỏ các Nghị quyết
Điều 1. Bãi bỏ các Nghị quyết.
Nơi nhận:                                   CHỦ TỊCH
- Các sở, ban, ngành;
                                            Bùi Thị Quỳnh Vân
"""
    doc = parse_text(text)
    assert doc.signer is not None and doc.signer.name == "Trần Hoàng Tuấn"
    assert doc.signer.position == "PHÓ CHỦ TỊCH"


def test_a_military_rank_is_not_part_of_the_signers_name():
    text = (
        HEADER
        + """Nơi nhận:                                   KT. GIÁM ĐỐC
- Như trên;                                 PHÓ GIÁM ĐỐC
- Lưu: VT.
                                            Thiếu tướng Trương Minh Đương
"""
    )
    doc = parse_text(text)
    assert doc.signer.name == "Trương Minh Đương" and doc.signer.position == "PHÓ GIÁM ĐỐC"


def test_a_stamps_marks_before_a_scans_title_are_not_part_of_it():
    doc = parse_text(HEADER.replace("       Tổ chức Hội nghị", "Ol[ Ð [z£Qs#6   Tổ chức Hội nghị"))
    assert doc.title == "Tổ chức Hội nghị triển khai Chương trình phòng, chống ma tuý"


def test_a_decision_number_in_capitals_belongs_to_the_issuers_name():
    text = """ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỐ 1050/QĐ-SCT                              Độc lập - Tự do - Hạnh phúc
Số: 1105/KH-ĐKT                     Lào Cai, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
Kiểm tra việc chấp hành pháp luật về vật liệu nổ công nghiệp
"""
    doc = parse_text(text)
    assert doc.issuer.name == "ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ 1050/QĐ-SCT" and doc.issuer.parent is None
    assert doc.number.value == "1105/KH-ĐKT"


def test_columns_part_at_the_widest_gap_near_the_right_column():
    """A scan's stray mark between Nơi nhận and the signature (``-    kụ``) does not move the column split:
    the signing chain keeps its ``TM.``."""
    text = (
        HEADER
        + """Nơi nhận: -    kụ                        TM. ỦY BAN NHÂN DÂN
- Như trên;                                KT. CHỦ TỊCH
- Lưu: VT.                                 PHÓ CHỦ TỊCH
                                           Trần Hoàng Tuấn
"""
    )
    doc = parse_text(text)
    assert (doc.signer.authority, doc.signer.on_behalf_of) == ("TM.", "ỦY BAN NHÂN DÂN")
    assert doc.signer.name == "Trần Hoàng Tuấn"


def test_a_concurrent_post_printed_on_two_lines_is_one_post():
    text = (
        HEADER
        + """Nơi nhận:                                   KT. TỔ TRƯỞNG
- Như trên;                                 PHÓ TỔ TRƯỞNG THƯỜNG TRỰC
- Lưu: VT.                                  PHÓ CỤC TRƯỞNG
                                            CỤC CẢNH SÁT ĐTTP VỀ MA TÚY
                                            Đại tá Bùi Duy Hưng
"""
    )
    doc = parse_text(text)
    assert doc.signer.position == "PHÓ TỔ TRƯỞNG THƯỜNG TRỰC"
    assert doc.signer.additional_positions == ["PHÓ CỤC TRƯỞNG CỤC CẢNH SÁT ĐTTP VỀ MA TÚY"]
    assert doc.signer.name == "Bùi Duy Hưng"


def test_a_line_that_starts_in_the_signature_column_is_its_own_whole_even_with_a_gap_inside():
    """OCR (or a printer) spaced out the last line of a concurrent post under the name (18: ``SỞ CÔNG
    THƯƠNG       LAO CAI``): the line starts where the signature column does, so both of its pieces are
    the signature column's, not the first one the recipients'."""
    text = (
        HEADER
        + """Nơi nhận:                                   TM. ĐOÀN KIỂM TRA
- Như trên;                                 TRƯỞNG ĐOÀN
- Lưu: VT.
                                            Hoàng Văn Thuân
                                            PHÓ GIÁM ĐỐC
                                            SỞ CÔNG THƯƠNG       LÀO CAI
"""
    )
    doc = parse_text(text)
    assert doc.signer.position == "TRƯỞNG ĐOÀN"
    assert doc.signer.additional_positions == ["PHÓ GIÁM ĐỐC SỞ CÔNG THƯƠNG LÀO CAI"]
    assert all("SỞ CÔNG THƯƠNG" not in r.name for r in doc.recipients)


@pytest.mark.parametrize("between", ["~ .,", ".", "' j ."])
def test_a_line_of_marks_between_the_parent_and_the_issuer_does_not_make_the_parent_the_issuer(between):
    """Issue 24: one noise line a scan leaves between ``UBND TỈNH LÀO CAI`` and ``SỞ CÔNG THƯƠNG`` made the
    parent the issuer; a rule under the issuer still ends it."""
    text = f"""UBND TỈNH LÀO CAI                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
{between}
SỞ CÔNG THƯƠNG                           Độc lập - Tự do - Hạnh phúc
________
Số: 12/KH-SCT                      Lào Cai, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Kiểm tra an toàn hóa chất năm 2026
"""
    doc = parse_text(text)
    assert (doc.issuer.name, doc.issuer.parent) == ("SỞ CÔNG THƯƠNG", "UBND TỈNH LÀO CAI")
    assert doc.number.value == "12/KH-SCT"


def test_a_date_line_whose_words_ocr_misread_keeps_its_place_month_and_year():
    """Issue 24: ``ngày 1O thảng 3 nãm 2026`` lost the place and the whole date; now only the day, which
    cannot be read, is missing (with a diagnostic)."""
    text = """UBND TỈNH LÀO CAI                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ CÔNG THƯƠNG                           Độc lập - Tự do - Hạnh phúc
Số: 12/KH-SCT                      Lào Cai, ngày 1O thảng 3 nãm 2026

KẾ HOẠCH
Kiểm tra an toàn hóa chất năm 2026
"""
    doc = parse_text(text)
    assert doc.place == "Lào Cai" and doc.issued_date is None
    assert (doc.issued_date_parts.month, doc.issued_date_parts.year) == (3, 2026)
    assert any(d.code == "unreadable_date" and "'1O'" in d.message for d in doc.diagnostics)


TITLED = """UBND TỈNH LÀO CAI                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ CÔNG THƯƠNG                           Độc lập - Tự do - Hạnh phúc
Số: 12/KH-SCT                      Lào Cai, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Kiểm tra an toàn hóa chất
trên địa bàn tỉnh năm 2026
"""


@pytest.mark.parametrize(
    "under",
    [
        # the first paragraph's opener, not indented (OCR lost the indent)
        "Để triển khai có hiệu quả công tác quản lý hóa chất, Sở Công Thương xây dựng Kế hoạch như sau:\n",
        "____\nI. MỤC ĐÍCH\n",  # the rule under the title
        "____\nĐể triển khai có hiệu quả công tác, Sở xây dựng Kế hoạch như sau:\n",
        "~ . ,\nĐể triển khai có hiệu quả công tác, Sở xây dựng Kế hoạch như sau:\n",  # a line of specks
    ],
)
def test_a_title_does_not_run_on_into_what_stands_under_it(under):
    """Issue 24 (an OCR title runs into the body): neither the first paragraph, nor the rule under the
    title, nor a line of marks is part of the title."""
    assert parse_text(TITLED + under).title == "Kiểm tra an toàn hóa chất trên địa bàn tỉnh năm 2026"
