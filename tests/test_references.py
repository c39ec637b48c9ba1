"""Text as published on the web and in PDFs: wrapped lines inside a citation's date and issuer, and a
title that runs on into what follows it."""

from __future__ import annotations

import datetime as dt

from vbparse import parse

HEAD = """ỦY BAN NHÂN DÂN
TỈNH LAI CHÂU
Số: 1556/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lai Châu, ngày 25 tháng 4 năm 2024

KẾ HOẠCH

Thực hiện Chương trình mỗi xã một sản phẩm năm 2024

"""

BODY = """
I. MỤC ĐÍCH, YÊU CẦU

1. Triển khai có hiệu quả Chương trình.
"""


def refs(preamble: str) -> dict[str | None, tuple]:
    doc = parse(HEAD + preamble + BODY)
    return {r.number: (r.date, r.issuer) for r in doc.references}


def test_date_after_a_line_break_inside_the_citation_is_read():
    # pages.jsonl shapes: the break after ``ngày``, after the day, after the number
    got = refs(
        "Căn cứ Nghị quyết số 20-NQ/TW ngày\n25/10/2017 của Ban Chấp hành Trung ương Đảng;\n"
        "Căn cứ Quyết định số 924/QĐ-TTg ngày 22\ntháng 8 năm 2022 của Thủ tướng Chính phủ;\n"
        "Căn cứ Quyết định số 919/QĐ-TTg\nngày 01 tháng 8 năm 2022 của Thủ tướng Chính phủ về việc phê duyệt"
        " Chương trình\nmỗi xã một sản phẩm;\n"
    )
    assert got == {
        "20-NQ/TW": (dt.date(2017, 10, 25), "Ban Chấp hành Trung ương Đảng"),
        "924/QĐ-TTg": (dt.date(2022, 8, 22), "Thủ tướng Chính phủ"),
        "919/QĐ-TTg": (dt.date(2022, 8, 1), "Thủ tướng Chính phủ"),
    }


def test_number_after_a_line_break_is_read_with_its_date():
    # pages.jsonl #13: ``Thực hiện Nghị định số`` / ``27/2022/NĐ-CP ngày 19/4/2022 …``; a PDF line ending ``2764/QĐ-``
    got = refs(
        "Thực hiện Nghị định số\n27/2022/NĐ-CP ngày 19/4/2022 của Chính phủ về cơ chế quản lý; Quyết định"
        " số 2764/QĐ-\nTTg ngày 19 tháng 12 năm 2025 của Thủ tướng Chính phủ;\n"
    )
    assert got == {
        "27/2022/NĐ-CP": (dt.date(2022, 4, 19), "Chính phủ"),
        "2764/QĐ-TTg": (dt.date(2025, 12, 19), "Thủ tướng Chính phủ"),
    }


def test_issuer_wrapped_onto_the_next_line_is_read_whole():
    got = refs(
        "Thực hiện Kế hoạch số 2616/KH-BNN-TCLN ngày 07/5/2021 của\nBộ Nông nghiệp và PTNT, triển khai"
        " Thông tư số 10/2022/TT-BLĐTBXH ngày 31/5/2022 của Bộ Lao động - Thương binh và\nXã hội hướng dẫn"
        " giám sát;\n"
    )
    assert got == {
        "2616/KH-BNN-TCLN": (dt.date(2021, 5, 7), "Bộ Nông nghiệp và PTNT"),
        "10/2022/TT-BLĐTBXH": (dt.date(2022, 5, 31), "Bộ Lao động - Thương binh và Xã hội"),
    }


def test_issuer_ends_where_the_next_line_names_a_new_body():
    got = refs("Thực hiện Kế hoạch số 12/KH-UBND ngày 05/3/2024 của UBND tỉnh\nSở Nông nghiệp xây dựng kế hoạch này;\n")
    assert got == {"12/KH-UBND": (dt.date(2024, 3, 5), "UBND tỉnh")}


def test_a_blank_line_or_a_new_item_ends_the_citation():
    got = refs(
        "Căn cứ Kế hoạch số 12/KH-UBND ngày\n\n05/3/2024 hướng dẫn;\n"
        "Căn cứ Quyết định số 40/QĐ-UBND của UBND tỉnh\n- 31/12/2024 của Thủ tướng Chính phủ;\n"
        "Căn cứ Quyết định số 41/QĐ-UBND ngày\nCăn cứ ngày 05/3/2024 của Chính phủ;\n"
    )
    assert got == {"12/KH-UBND": (None, None), "40/QĐ-UBND": (None, "UBND tỉnh"), "41/QĐ-UBND": (None, None)}


def test_a_citation_on_the_next_line_is_read_once():
    doc = parse(
        HEAD + "Căn cứ Quyết định số 1/QĐ-UBND ngày 02/01/2024 của\nUBND tỉnh; Quyết định số 2/QĐ-UBND "
        "ngày 03/01/2024 của\nUBND tỉnh;\n" + BODY
    )
    assert [(r.number, r.date, r.issuer, len(r.mentions)) for r in doc.references] == [
        ("1/QĐ-UBND", dt.date(2024, 1, 2), "UBND tỉnh", 1),
        ("2/QĐ-UBND", dt.date(2024, 1, 3), "UBND tỉnh", 1),
    ]


# --- the title ends where the first paragraph begins --------------------------------------------------

#: pages.jsonl #2 (thuvienphapluat.vn, Quyết định 503/QĐ-UBND Kon Tum) as published, header table and all.
WEB_QD = (
    "ỦY\nBAN NHÂN DÂN\nTỈNH KON TUM\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 503/QĐ-UBND\n|\nKon\nTum, ngày 17 tháng 5 năm 2019\n|\n"
    "QUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN TRÊN ĐỊA\n"
    "BÀN TỈNH KON TUM NĂM 2019\nỦY BAN NHÂN DÂN TỈNH KON TUM\nCăn cứ Luật Tổ chức chính quyền địa\n"
    "phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n"
)

WEB_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n---------------\n\nSố: 14092/KH-UBND\n\n"
    "Khánh Hòa, ngày 09 tháng 12 năm 2024\n\nKẾ HOẠCH\n\n"
)
WEB_TITLE = "TRIỂN KHAI CÔNG TÁC XÓA NHÀ TẠM, NHÀ DỘT NÁT TRÊN ĐỊA BÀN TỈNH KHÁNH HÒA GIAI ĐOẠN 2024-2025"
WEB_BODY = "\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Xóa nhà tạm trong năm 2025.\n"


def test_title_stops_before_the_decisions_authority_line():
    assert parse(WEB_QD).title == (
        "BAN HÀNH KẾ HOẠCH PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN TRÊN ĐỊA BÀN TỈNH KON TUM NĂM 2019"
    )


def test_title_stops_where_the_first_paragraph_follows_it_on_the_same_line():
    # a web copy that lost the break between the title and ``Thực hiện …``
    text = (
        WEB_HEAD + WEB_TITLE + " Thực hiện Công điện số 102/CĐ-TTg ngày 06/10/2024 của Thủ tướng Chính phủ." + WEB_BODY
    )
    assert parse(text).title == WEB_TITLE


def test_title_in_capitals_stops_at_the_paragraph_in_running_text_below_it():
    text = (
        WEB_HEAD + WEB_TITLE + "\nỦy ban nhân dân tỉnh ban hành Kế hoạch triển khai xóa nhà tạm, nhà dột nát trên"
        " địa bàn tỉnh, cụ thể như sau:" + WEB_BODY
    )
    assert parse(text).title == WEB_TITLE


def test_title_stops_at_a_dated_first_paragraph_and_at_a_note_on_the_title():
    # realdocs 58 (Thông báo kết luận) and 20 (Kế hoạch with a note under its title)
    tb = parse(
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố:   /TB-UBND\nQuảng Ngãi, ngày 14 tháng 11 năm 2024\n\n"
        "THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh Võ Phiên\ntại cuộc họp nghe báo cáo tiến độ\n"
        "Ngày 12/11/2024, tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh Võ Phiên chủ trì cuộc họp.\n"
        "1. Giao Sở Tài chính tham mưu.\n"
    )
    assert tb.title == "Kết luận của Phó Chủ tịch UBND tỉnh Võ Phiên tại cuộc họp nghe báo cáo tiến độ"
    kh = parse(
        WEB_HEAD + "Thực hiện Đề án số 08 về phát triển công nghiệp\n(Ban hành kèm theo Nghị quyết số "
        "35-NQ/TU ngày 29/12/2025 của Tỉnh ủy Lào Cai)\nCăn cứ Nghị quyết số 35-NQ/TU;" + WEB_BODY
    )
    assert kh.title == "Thực hiện Đề án số 08 về phát triển công nghiệp"


def test_title_that_names_a_body_on_its_last_line_is_kept_whole():
    text = WEB_HEAD + "TRIỂN KHAI NHIỆM VỤ NĂM 2025 CỦA\nỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA\nCăn cứ Luật;" + WEB_BODY
    assert parse(text).title == "TRIỂN KHAI NHIỆM VỤ NĂM 2025 CỦA ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA"


def test_a_cong_van_loses_its_v_v_but_a_to_trinh_keeps_its_ve_viec():
    """corpus/README: for công văn the ``V/v …`` text without ``V/v``; a Tờ trình or Quyết định keeps what is
    printed under its type line."""
    head = "UBND TỈNH LÂM ĐỒNG\nSỞ NỘI VỤ\nSố: 05/{code}-SNV\nLâm Đồng, ngày 06 tháng 01 năm 2026\n\n"
    to_trinh = parse(
        head.format(code="TTr") + "TỜ TRÌNH\nVề việc ban hành Kế hoạch tuyên truyền\n\nKính gửi: UBND tỉnh\n"
    )
    cong_van = parse(
        head.format(code="SNV").replace("05/SNV-SNV", "05/SNV-TCBC")
        + "V/v ban hành Kế hoạch tuyên truyền\n\nKính gửi: UBND tỉnh\n"
    )
    assert to_trinh.doc_type.code == "TTr" and to_trinh.title == "Về việc ban hành Kế hoạch tuyên truyền"
    assert cong_van.title == "ban hành Kế hoạch tuyên truyền"


def test_a_citation_spread_by_a_justified_line_is_read_with_its_type():
    # 36: ``và Công  văn  số  11738/BTC-QLCS ngày`` as a justified PDF line lays it out
    doc = parse(HEAD + "Thực hiện Công  văn  số  11738/BTC-QLCS ngày 31/7/2025 của Bộ Tài chính;\n" + BODY)
    assert [(r.doc_type, r.number, r.date) for r in doc.references] == [("CV", "11738/BTC-QLCS", dt.date(2025, 7, 31))]
