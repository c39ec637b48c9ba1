"""One definition of where the header ends and the closing starts, for the layout reader and the parser."""

from __future__ import annotations

import pytest

from vbparse.zones import (
    DEFAULT_HEADER_LINES,
    closing_at,
    document_start,
    is_deciding_authority,
    is_header_or_closing_line,
    opens_header_right_column,
    type_line_at,
)

PLAN = ["ỦY BAN NHÂN DÂN", "Số: 12/KH-UBND", "KẾ HOẠCH", "Tập huấn", "I. MỤC ĐÍCH", "Nơi nhận:", "- Như trên;"]


def test_the_header_ends_at_the_type_line_or_the_vv():
    assert type_line_at(PLAN) == 2
    assert type_line_at(["BỘ CÔNG THƯƠNG", "Số: 2265/BCT-ATMT", "V/v triển khai", "Kính gửi: …"]) == 2
    assert type_line_at(["x"] * DEFAULT_HEADER_LINES + ["KẾ HOẠCH"]) is None  # too far down to be a header


def test_the_closing_is_the_last_noi_nhan():
    assert closing_at(PLAN) == (5, None)
    assert closing_at(PLAN[:5]) == (None, None)


def test_the_closing_is_the_first_noi_nhan_an_attached_document_follows():
    """A Tờ trình with the draft it submits: the Tờ trình's closing, not the draft's."""
    lines = PLAN + ["GIÁM ĐỐC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "DỰ THẢO", "Nơi nhận:", "- Lưu: VT."]
    assert closing_at(lines) == (5, 8)
    assert closing_at(lines, start=6) == (10, None)


def test_an_attached_document_after_the_last_noi_nhan_ends_the_closing():
    """A công văn with its guidance on the next page and no Nơi nhận of the guidance's in the file (110)."""
    lines = PLAN + ["TL. CHỦ TỊCH", "Trần Thị Thu Hương", "UBND TỈNH PHÚ THỌ    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    assert closing_at(lines) == (5, 9)


def test_a_guidance_after_the_signature_is_not_the_signer():
    from vbparse import parse_text

    layout = """ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
  TỈNH PHÚ THỌ                          Độc lập - Tự do - Hạnh phúc
Số: 4532/UBND-KSTTHC                   Phú Thọ, ngày 07 tháng 12 năm 2011
V/v xây dựng kế hoạch rà soát
       Kính gửi: Các sở, ban, ngành.
    Giao các sở, ban, ngành xây dựng Kế hoạch rà soát quy định, thủ tục hành chính.
    Vậy, thông báo để các sở, ban, ngành biết và thực hiện./.
Nơi nhận:                                          TL. CHỦ TỊCH
- Như trên;                                      CHÁNH VĂN PHÒNG
- Lưu: VT, KSTTHC.
                                                 Trần Thị Thu Hương
UBND TỈNH PHÚ THỌ                  CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
   VĂN PHÒNG                            Độc lập - Tự do - Hạnh phúc
Số: 630/VP-KSTTHC                  Phú Thọ, ngày 09 tháng 12 năm 2011
V/v hướng dẫn xây dựng kế hoạch rà soát
    I. XÂY DỰNG KẾ HOẠCH RÀ SOÁT THỦ TỤC HÀNH CHÍNH
    1. Mục tiêu, yêu cầu, phạm vi rà soát.
"""
    doc = parse_text(layout)
    assert doc.signer is not None
    assert (doc.signer.position, doc.signer.name) == ("CHÁNH VĂN PHÒNG", "Trần Thị Thu Hương")
    assert doc.signer.additional_positions == []


def test_a_noi_nhan_ocr_could_not_read_opens_the_closing_beside_its_signature_block():
    """40: the italic ``Nơi nhận:`` of a scan read as ``Ar‹:``, the post ``GIÁM ĐỐC`` beside it."""
    lines = ["Quyết định này có hiệu lực kể từ ngày ký./.", "Ar‹:" + " " * 40 + "GIÁM ĐỐC", "- UBND tỉnh;"]
    assert closing_at(lines) == (1, None)
    # a list in the body under a short label: no signature block beside it, or no recipient under it
    assert closing_at(["Gồm:" + " " * 30 + "ông Nguyễn Văn A", "- Sở Tài chính;"]) == (None, None)
    assert closing_at(["Ar‹:" + " " * 40 + "GIÁM ĐỐC", "Hoàng Chí Hiển"]) == (None, None)


def test_a_scan_whose_noi_nhan_is_unread_still_has_its_signer_and_recipients():
    from vbparse import parse_text

    layout = """SỞ CÔNG THƯƠNG                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
  TỈNH LÀO CAI                          Độc lập - Tự do - Hạnh phúc
Số: 1050/QĐ-SCT                        Lào Cai, ngày 06 tháng 3 năm 2025
                              QUYẾT ĐỊNH
                  Về việc thành lập Đoàn kiểm tra
    Điều 1. Thành lập Đoàn kiểm tra.
    Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.
Ar‹:                                              GIÁM ĐỐC
- UBND tỉnh (để báo cáo);
- Lưu: VT, CN.
                                                Hoàng Chí Hiển
                 Phụ lục: DANH SÁCH CÁC ĐƠN VỊ KIỂM TRA
    (Kèm theo Quyết định số 1050/QĐ-SCT ngày 06/3/2025 của Sở Công Thương)
| TT | Đơn vị kiểm tra | Địa chỉ |
| 1 | Công ty cổ phần A | phường Yên Bái |
| 2 | Công ty B | phường Cam Đường |
| 3 | Công ty C | xã Bảo Thắng |
| 4 | Công ty D | xã Bát Xát |
| 5 | Công ty E | xã Sa Pa |
| 6 | Công ty F | xã Mường Khương |
| 7 | Công ty G | xã Si Ma Cai |
| 8 | Công ty H | xã Bắc Hà |
| 9 | Công ty I | xã Văn Bàn |
| 10 | Công ty K | xã Bảo Yên |
| 11 | Công ty L | xã Bảo Hà |
| 12 | Công ty M | xã Phong Hải |
"""
    doc = parse_text(layout)
    assert doc.signer is not None
    assert (doc.signer.position, doc.signer.name) == ("GIÁM ĐỐC", "Hoàng Chí Hiển")
    assert [r.raw for r in doc.recipients][:1] == ["- UBND tỉnh (để báo cáo);"]


@pytest.mark.parametrize(
    ("line", "only_there"),
    [
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True),
        ("ĐẢNG CỘNG SẢN VIỆT NAM", True),  # a Party body's header (37_qc-dang-bo-lung-cu)
        ("Độc lập - Tự do - Hạnh phúc", True),
        ("Số: 42/KH-UBND", True),
        ("TM. ỦY BAN NHÂN DÂN", True),
        ("KT. CHỦ TỊCH", True),
        ("Nơi nhận:", True),
        ("Sở Tài chính", False),  # a data table's cell
        ("Hoàn thành trước ngày 30/6/2026", False),
        ("Số lượng người tham gia", False),
    ],
)
def test_a_header_or_closing_line_is_known_by_what_only_those_zones_hold(line, only_there):
    """Every reader tells a layout table (the header's or the signature's two columns) from a data table
    by this one test: the Word reader by its cells' paragraphs, the text reader by its cells."""
    assert is_header_or_closing_line(line) is only_there


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True),
        ("CỘNG HÒA XÃ HỘI", True),  # the rest hidden by a signature box (110, a scan)
        ("Độc lập - Tự do - Hạnh phúc", True),
        ("Hà Nội, ngày 10 tháng 3 năm 2026", False),
        ("ỦY BAN NHÂN DÂN", False),
    ],
)
def test_the_headers_right_column_opens_with_the_quoc_hieu_or_the_tieu_ngu(text, opens):
    assert opens_header_right_column(text) is opens


#: A web copy as a legal-document site prints it: the page's title and its box of the document's fields
#: above the document (web_09, web_20, 132 of ../shared/realdocs).
WEB_COPY = [
    "Kế hoạch 15/KH-UBND năm 2026 tổ chức hội nghị do tỉnh Lâm Đồng ban hành",
    "| Số hiệu | 15/KH-UBND |",
    "| Loại văn bản | Thông báo |",
    "| Cơ quan ban hành | Tỉnh Lâm Đồng |",
    "| Người ký | Nguyễn Văn A |",
    "|",
    "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG |",
    "CỘNG HÒA XÃ HỘI",
    "CHỦ NGHĨA VIỆT NAM |",
    "Số: 15/KH-UBND |",
    "Lâm Đồng, ngày 10 tháng 3 năm 2026 |",
    "KẾ HOẠCH",
    "Tổ chức hội nghị tổng kết năm 2025",
    "1. Sở Nội vụ chủ trì tổ chức hội nghị trước ngày 30/3/2026.",
]


def test_a_web_pages_box_of_fields_above_the_document_is_not_its_header():
    assert document_start(WEB_COPY) == 6
    assert document_start(WEB_COPY[6:]) == 0
    # the Quốc hiệu's first words joined to the issuer's last line, as a reader may join them
    joined = WEB_COPY[:6] + ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG CỘNG HÒA XÃ HỘI", *WEB_COPY[8:]]
    assert document_start(joined) == 6
    assert document_start(PLAN) == 0
    # one field-like line is not a page's box
    assert document_start(["Người ký: Nguyễn Văn A", *WEB_COPY[6:]]) == 0


def _long_page(copy: list[str]) -> list[str]:
    """``copy`` under a site's long page: its notices in capitals (a box of what other documents changed) and
    its box of fields one cell a line, more than 60 lines in all, as some legal-document sites print them."""
    notices = ["|", "**", "CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN", "**", "Click vào phần bôi vàng để xem chi tiết.", "|"]
    fields = []
    for label, value in [
        ("Số hiệu", "15/KH-UBND"), ("Loại văn bản", "Kế hoạch"), ("Nơi ban hành", "Tỉnh Lâm Đồng"),
        ("Người ký", "Nguyễn Văn A"), ("Ngày ban hành", "10/03/2026"), ("Ngày hiệu lực", "Đã biết"),
        ("Ngày công báo", "Đang cập nhật"), ("Số công báo", "Đang cập nhật"), ("Tình trạng", "Đã biết"),
    ]:  # fmt: skip
        fields += [f"**{label}:**", "|", value, "|", "|", "|", "|"]
    return notices + fields + copy


def test_a_long_web_page_above_the_document_is_not_its_header():
    """21 wild copies of one site had their issuer read as the page's notice ``CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG
    DẪN``: the page ran past the 60 lines the Quốc hiệu was looked for in."""
    from vbparse import parse_text

    page = _long_page(["ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG |", "CỘNG HÒA XÃ", "HỘI CHỦ NGHĨA VIỆT NAM |", *WEB_COPY[9:]])
    assert document_start(page) == len(_long_page([])) > 60  # the Quốc hiệu broken after ``XÃ``, past line 60
    doc = parse_text("\n".join(page))
    assert doc.issuer.name == "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG" and doc.number.value == "15/KH-UBND"
    # broken after its first word
    first = _long_page(["ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG |", "CỘNG", "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", *WEB_COPY[9:]])
    assert parse_text("\n".join(first)).issuer.name == "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"
    # the issuer's first syllable cut onto a line of its own
    cut = _long_page(
        ["ỦY", "BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "--------", "CỘNG", "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", *WEB_COPY[9:]]
    )
    issuer = parse_text("\n".join(cut)).issuer
    assert issuer.name == "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG" and issuer.parent is None
    # a document that has no Quốc hiệu of its own, with such a page above it, still starts at its first line
    assert document_start(_long_page(["KẾ HOẠCH", "Tổ chức hội nghị", "1. Sở Nội vụ chủ trì."])) == 0


def test_a_web_copy_is_parsed_from_its_own_header():
    from vbparse import parse_text

    doc = parse_text("\n".join(WEB_COPY))
    assert doc.doc_type.code == "KH" and doc.number.value == "15/KH-UBND"
    assert doc.issuer.name == "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"
    assert str(doc.issued_date) == "2026-03-10" and doc.title == "Tổ chức hội nghị tổng kết năm 2025"


def test_a_web_copy_that_lost_its_type_line_keeps_its_title_in_capitals():
    """web_09: the copy dropped ``KẾ HOẠCH``; the title in capitals right under the date was read as header
    and the document had none.  A line naming a body there is no title (a công văn's issuer repeated)."""
    from vbparse import parse_text

    lost = [
        "ỦY BAN NHÂN DÂN |",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
        "Số: 800/KH-UBND |",
        "Nghệ An, ngày 26 tháng 9 năm 2025 |",
        "TUYỂN CHỌN, GỌI CÔNG DÂN NHẬP NGŨ NĂM 2026",
        "Căn cứ Luật Nghĩa vụ quân sự ngày 19/6/2015;",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Tuyển chọn đủ số lượng công dân nhập ngũ.",
    ]
    doc = parse_text("\n".join(lost))
    assert doc.doc_type.code == "KH" and doc.title == "TUYỂN CHỌN, GỌI CÔNG DÂN NHẬP NGŨ NĂM 2026"
    body_line = [*lost[:4], "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", *lost[5:]]
    assert parse_text("\n".join(body_line)).title is None


def test_a_web_copys_lines_after_its_header_table_are_paragraphs_of_their_own():
    """web_07: the copy lost its ``QUYẾT ĐỊNH`` line, and the lines after the header's cells (the title, the
    authority that decides, each ``Căn cứ``) up to ``QUYẾT ĐỊNH:`` were read as one cell's lines and run into
    one: no title, and the first citations on a line that was no preamble's."""
    from vbparse import parse_text

    copy = [
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
        "Số: 459/QĐ-UBND | Tuyên Quang, ngày 30 tháng 12 năm 2015 |",
        "PHÊ DUYỆT KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2016-2020 TỈNH TUYÊN QUANG",
        "ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG",
        "Căn cứ Chỉ thị số 22/CT-TTg ngày 05 tháng 8 năm 2014 của Thủ tướng Chính phủ;",
        "Căn cứ Nghị quyết số 47/NQ-HĐND ngày 23 tháng 12 năm 2015 của Hội đồng nhân dân tỉnh;",
        "QUYẾT ĐỊNH:",
        "Điều 1. Phê duyệt Kế hoạch phát triển kinh tế - xã hội 5 năm 2016-2020 tỉnh Tuyên Quang.",
    ]
    doc = parse_text("\n".join(copy))
    assert doc.title == copy[2]
    assert [(r.number, r.relation) for r in doc.references] == [("22/CT-TTg", "basis"), ("47/NQ-HĐND", "basis")]
    # web_15: no title either, the authority under the date (a post and its body) is not one
    untitled = [*copy[:2], "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", *copy[4:]]
    assert parse_text("\n".join(untitled)).title is None


@pytest.mark.parametrize(
    ("line", "deciding"),
    [
        ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", True),
        ("GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH LÀO CAI", True),
        ("BỘ TRƯỞNG BỘ TÀI CHÍNH", True),
        ("PHÊ DUYỆT KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI", False),
        ("ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG", False),  # a body without its post: ISSUER_LINE_START's
        ("CHỦ TỊCH HỒ CHÍ MINH VĨ ĐẠI", False),  # a post, and no body after it
    ],
)
def test_a_deciding_authority_is_a_post_and_the_body_it_heads(line, deciding):
    assert is_deciding_authority(line) is deciding


def test_a_websites_sentences_above_a_copied_document_are_not_its_header():
    """web_11, web_15, web_22: two sentences of the site's above ``ỦY BAN NHÂN DÂN | CỘNG HÒA …`` and no box
    of fields: the first sentence, long and not in capitals, ended a header that had not begun (no issuer).
    A short line above (a draft's mark, a stamp's words) is not a site's sentence: the document keeps it."""
    page = [
        "Để sử dụng toàn bộ tiện ích nâng cao của Hệ Thống Pháp Luật vui lòng lựa chọn và đăng ký gói cước.",
        "Nếu bạn là thành viên. Vui lòng ĐĂNG NHẬP để tiếp tục.",
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
        "Số: 57/KH-UBND | Hà Nội, ngày 29 tháng 04 năm 2020 |",
    ]
    assert document_start(page) == 2
    assert document_start(["Dự thảo lần 2", *page[2:]]) == 0
    assert document_start(["Ghi chú của người soạn thảo", "", *page]) == 0  # not every line a sentence


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("_    IL  NỘI DUNG, TIẾN ĐỘ, PHÂN CÔNG TRÁCH NHIỆM", "II"),
        ("1I. TỔ CHỨC THỰC HIỆN", "II"),
        ("Il TỔ CHỨC THỰC HIỆN", "II"),
        ("IIL KINH PHÍ THỰC HIỆN", "III"),
        # ``II.`` as one letter, its two strokes joined by a speck; an ``I`` read as ``L`` before them
        ("H. NỘI DUNG TỔNG KẾT", "II"),
        ("LII. ĐỐI TƯỢNG, NGUYÊN TẮC, HÌNH THỨC", "III"),
        ("L. MỤC ĐÍCH, YÊU CẦU", "I"),
        # counters: a table's rule before an issuer, a word in capitals, a heading in mixed case
        ("| ỦY BAN NHÂN DÂN", None),
        ("X QUANG TẦM SOÁT", None),
        ("IL tổ chức thực hiện", None),
        ("H. Nội dung tổng kết", None),
        ("H NỘI DUNG", None),  # no stop: a letter of a word
    ],
)
def test_a_roman_numeral_ocr_misread_at_a_heading_in_capitals_is_read_back(line, label):
    """OCR: stray marks before a section's numeral, ``l``/``1`` for ``I``, ``II.`` run into ``IL``: the heading in
    capitals is still section II, so the items under it are not read as the section above's (a scan lost every
    task of its section II so)."""
    from vbparse.structure.parser import match_label

    got = match_label(line)
    assert (got[0] if got and got[1] == "roman" else None) == label
