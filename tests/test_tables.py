"""Each pattern table with real examples from the corpus and the reference."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from vbparse.extract.entities import entity_matcher
from vbparse.extract.numbers import parse_number
from vbparse.tables.doctypes import canonical_code, code_for_name


@pytest.mark.parametrize(
    "raw,value,serial,year,type_code,issuer_code,form",
    [
        ("42 /KH-UBND", "42/KH-UBND", 42, None, "KH", "UBND", "admin"),
        ("2888/UBND-NV", "2888/UBND-NV", 2888, None, "CV", "UBND-NV", "cong_van"),
        ("09/2019/QĐ-UBND", "09/2019/QĐ-UBND", 9, 2019, "QĐ", "UBND", "normative"),
        ("26-NQ/ĐU", "26-NQ/ĐU", 26, None, "NQ", "ĐU", "party"),
        ("/KH-HĐTĐKT", "/KH-HĐTĐKT", None, None, "KH", "HĐTĐKT", "admin"),
        ("09/2019", "09/2019", 9, 2019, None, None, "partial"),
        ("64/2025/QH15", "64/2025/QH15", 64, 2025, "Luật", "QH15", "law"),
        ("3027/QĐUBND", "3027/QĐ-UBND", 3027, None, "QĐ", "UBND", "admin"),
        # issue 14: the longer glued code wins (``TTLT`` + ``BTC``, not ``TT`` + ``LTBTC``)
        ("01/TTLTBTC", "01/TTLT-BTC", 1, None, "TTLT", "BTC", "admin"),
        ("996/KH-TCTLNTW-C04", "996/KH-TCTLNTW-C04", 996, None, "KH", "TCTLNTW-C04", "admin"),
        ("58/CĐ-TTg", "58/CĐ-TTg", 58, None, "CĐ", "TTg", "admin"),
        # a letter OCR doubled in the type code (40: a heavy stroke read as a second Đ); an issuer kept as is
        ("1050 /QĐĐ-SCT", "1050/QĐ-SCT", 1050, None, "QĐ", "SCT", "admin"),
        ("3/STTTT-VP", "3/STTTT-VP", 3, None, "CV", "STTTT-VP", "cong_van"),
        ("5973 /UBND-KT", "5973/UBND-KT", 5973, None, "CV", "UBND-KT", "cong_van"),
        # signed PDFs: the serial drawn a few spaces before the symbol, a type code printed letter-spaced
        ("51   /TTr-SNV", "51/TTr-SNV", 51, None, "TTr", "SNV", "admin"),
        ("329  /B C-UBND", "329/BC-UBND", 329, None, "BC", "UBND", "admin"),
        # scans: a handwritten serial OCR could not read keeps the printed symbol, never a guessed serial
        ("5Ø /KH-BCA-C04", "/KH-BCA-C04", None, None, "KH", "BCA-C04", "admin"),
        ("45 46 /QĐ-UBND", "/QĐ-UBND", None, None, "QĐ", "UBND", "admin"),
        ("2/  /TTr-CAT-PC04", "/TTr-CAT-PC04", None, None, "TTr", "CAT-PC04", "admin"),
        # the slash OCR lost between a printed serial and its type code (29 read by OCR); not without a code
        ("10797QĐĐ-HĐTĐ", "10797/QĐ-HĐTĐ", 10797, None, "QĐ", "HĐTĐ", "admin"),
        ("12AB-CD", "12AB-CD", None, None, None, None, "unknown"),
        ("2024-2025", "2024-2025", None, None, None, None, "unknown"),
    ],
)
def test_parse_number_forms(raw, value, serial, year, type_code, issuer_code, form):
    n = parse_number(raw)
    assert (n.value, n.serial, n.year, n.type_code, n.issuer_code, n.form) == (
        value,
        serial,
        year,
        type_code,
        issuer_code,
        form,
    )


def test_type_codes_are_matched_regardless_of_case():
    assert canonical_code("QYĐ") == "QyĐ"
    assert canonical_code("TTR") == "TTr"
    assert canonical_code("UBND") is None
    assert code_for_name("Kế hoạch") == "KH"
    assert code_for_name("Văn bản") == "CV"


@pytest.mark.parametrize(
    "text,canonical",
    [
        ("Công chức Văn phòng –thống kê UBND", "Văn phòng - Thống kê"),
        ("bộ phận VPTK", "Văn phòng - Thống kê"),
        ("phối hợp với công chức VHXH", "Văn hóa - Xã hội"),
        ("UB MTTQ và Trưởng các ĐTCT-XH", "Mặt trận Tổ quốc"),
        ("TT Đảng ủy, TT.HĐND", "Thường trực Đảng ủy"),
        ("Bộ phận Văn hoá - thông tin", "Văn hóa - Thông tin"),
        ("van phong thong ke", "Văn phòng - Thống kê"),
    ],
)
def test_assignee_aliases(text, canonical):
    found = entity_matcher().find(text)
    assert found and found[0].canonical == canonical


def test_type_names_are_matched_whatever_the_tone_placement():
    # issue 14: ``uỷ``/``ủy``, ``oả``/``ỏa`` are both correct spellings of a type name
    assert code_for_name("Giấy uỷ quyền") == code_for_name("Giấy ủy quyền") == "GUQ"
    assert code_for_name("bản thoả thuận") == code_for_name("Bản thỏa thuận") == "BTT"
    assert code_for_name("Quyết định") == "QĐ"


def test_a_glued_type_code_is_tried_before_every_shorter_code_it_begins_with():
    from vbparse.tables.doctypes import GLUED_TYPE_CODES

    for i, code in enumerate(GLUED_TYPE_CODES):
        earlier_prefixes = [c for c in GLUED_TYPE_CODES[:i] if code.startswith(c)]
        assert earlier_prefixes == [], f"{code} comes after {earlier_prefixes}"


def test_longest_alias_wins():
    found = entity_matcher().find("Thường trực HĐND thị trấn")
    assert [e.canonical for e in found] == ["Thường trực HĐND"]


@pytest.mark.parametrize(
    "line,raw",
    [
        ("Số:  51   /TTr-SNV        Lâm Đồng, ngày 19 tháng 01 năm 2026", "51   /TTr-SNV"),
        ("Số: 42 /KH-UBND      Hà Trung, ngày 10 tháng 3 năm 2023", "42 /KH-UBND"),
        ("Số:      /KH-UBND", "/KH-UBND"),
    ],
)
def test_number_line_spans_the_gap_before_the_symbol_but_not_the_column_gap(line, raw):
    from vbparse.tables.patterns import NUMBER_LINE

    assert NUMBER_LINE.search(line).group("raw") == raw


@pytest.mark.parametrize(
    "query,numbers",
    [
        ("42/KH-UBND", ["42/KH-UBND"]),
        ("kế hoạch 42/kh-ubnd thi đua", ["42/kh-ubnd"]),
        ("09/2019/QĐ-UBND", ["09/2019/QĐ-UBND"]),
        ("26-NQ/ĐU", ["26-NQ/ĐU"]),
        ("hằng tháng 3/tháng", []),
        ("2/3 số xã", []),
    ],
)
def test_a_number_typed_in_a_query_is_found_in_either_case(query, numbers):
    from vbparse.tables.patterns import TYPED_NUMBER

    assert [m.group() for m in TYPED_NUMBER.finditer(query)] == numbers


# --- what OCR makes of a scan's header (real lines of ../shared/realdocs scans) -----------------------


@pytest.mark.parametrize(
    "line,raw",
    [
        ("Só:đÓ6 /KH-TCTLNTW-C04              Hà Nội", "đÓ6 /KH-TCTLNTW-C04"),
        ("Số:  5Ø /KH-BCA-C04           Hà Nội, ngàyÓ2 tháng 10 năm 2025", "5Ø /KH-BCA-C04"),
        ("Số: 0_   /TTr-UBND   Quảng Ngãi, ngày#tháng 01 năm 2025", "0_   /TTr-UBND"),
        ("Số: 45 46 /QĐ-UBND                Lào Cai", "45 46 /QĐ-UBND"),
    ],
)
def test_recognised_number_line_keeps_the_symbol_after_an_unreadable_serial(line, raw):
    from vbparse.tables.patterns import RECOGNISED_NUMBER_LINE

    assert RECOGNISED_NUMBER_LINE.search(line).group("raw") == raw


@pytest.mark.parametrize(
    "line,place,day,month,year",
    [
        ("Hà Nội, ngày44tháng Q@năm 2026", "Hà Nội", "44", "Q@", "2026"),
        ("Lâm Đồng. ngày Ø3 tháng 02 năm 2026", "Lâm Đồng", "Ø3", "02", "2026"),
        ("Quảng Ngãi,  ngày &@  tháng I1 năm 2024", "Quảng Ngãi", "&@", "I1", "2024"),
        ("Hà Nội,  ngày  tháng 7 năm 2026", "Hà Nội", "", "7", "2026"),
        ("Lào Cai, ngày 1O thảng 3 nãm 2026", "Lào Cai", "1O", "3", "2026"),  # marks misread
        ("Quảng Ngãi, ngáy 20 tháng O1 nam 2025", "Quảng Ngãi", "20", "O1", "2025"),
    ],
)
def test_recognised_place_date_takes_any_day_and_month(line, place, day, month, year):
    from vbparse.tables.patterns import RECOGNISED_PLACE_DATE

    m = RECOGNISED_PLACE_DATE.search(line)
    assert (m.group("place"), m.group("d"), m.group("m"), m.group("y")) == (place, day, month, year)


@pytest.mark.parametrize(
    "line,is_type",
    [
        ("KẾ HOẠCH", True),
        ("KÉ HOẠCH", True),
        ("A644   KÉ HOẠCH", True),
        ("QUYẾT: ĐỊNH CHÁP THUẬN", True),
        ("  TỜ TRÌNH", True),
        ("W/v trao đổi về một số quy định", True),
        ("V/v kế hoạch kiểm tra", True),
        ("Kính gửi: Cục Hải quan", True),
        ("Kế hoạch số 42/KH-UBND ngày 10/3/2023", False),
        ("Ủy ban nhân dân tỉnh", False),
    ],
)
def test_type_line_is_found_whatever_marks_ocr_put_on_it(line, is_type):
    from vbparse.tables.patterns import TYPE_OR_VV

    assert bool(TYPE_OR_VV.match(line)) is is_type


@pytest.mark.parametrize(
    "line",
    [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA",
        "CỘNG HOÀ XÃ HỘI",
        "CỌNG          HÒA XÃ HỌI CHỦ",
        "Cộng hòa xã hội chủ nghĩa Việt Nam",
    ],
)
def test_quoc_hieu_is_found_with_misread_marks(line):
    from vbparse.tables.patterns import QUOC_HIEU

    assert QUOC_HIEU.match(line)


@pytest.mark.parametrize(
    "line,is_noi_nhan",
    [
        ("Nơi nhận:", True),
        ("Nơi nhận", True),
        ("Noi nhan:", True),
        # OCR of an italic ``Nơi`` (real scans 25_ and 46_)
        ("AI nhận:", True),
        ("Xới nhận:", True),
        ("- Như trên;", False),
        ("Người nhận: ông A", False),
        ("Ghi nhận kết quả", False),
    ],
)
def test_noi_nhan_line_also_as_ocr_reads_it(line, is_noi_nhan):
    from vbparse.tables.patterns import NOI_NHAN

    assert bool(NOI_NHAN.match(line)) is is_noi_nhan


# --- every pattern of the tables with the real examples its comment gives ---------------------------
#
# One row per example: the table module, the pattern's name, a text, and what ``pattern.search(text)``
# finds: ``None`` (nothing), or the named groups it must give (``{}``: a match, whatever its groups).  The
# comments above each pattern in ``src/vbparse/tables/`` quote these texts.

PATTERN_EXAMPLES = [
    # a Quốc hiệu a web copy's narrow cell broke after any of its words (21 copies of one site in wild)
    ("patterns", "QUOC_HIEU_TAIL", "HỘI CHỦ NGHĨA VIỆT NAM", {}),
    ("patterns", "QUOC_HIEU_TAIL", "**CHỦ NGHĨA VIỆT NAM** |", {}),
    ("patterns", "QUOC_HIEU_TAIL", "HỘI LIÊN HIỆP PHỤ NỮ TỈNH", None),
    ("patterns", "QUOC_HIEU_TAIL", "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {}),
    ("patterns", "QUOC_HIEU_HEAD", "CỘNG HÒA XÃ", {}),
    # numbers
    ("patterns", "STATE_NUMBER", "Kế hoạch số 42/KH-UBND", {"serial": "42", "symbol": "KH-UBND"}),
    ("patterns", "STATE_NUMBER", "09/2019/QĐ-UBND", {"serial": "09", "year": "2019", "symbol": "QĐ-UBND"}),
    ("patterns", "STATE_NUMBER", "64/2025/QH15", {"year": "2025", "symbol": "QH15"}),
    ("patterns", "STATE_NUMBER", "996/KH-TCTLNTW-C04", {"symbol": "KH-TCTLNTW-C04"}),
    ("patterns", "STATE_NUMBER", "42 /KH-UBND", {"serial": "42", "symbol": "KH-UBND"}),
    ("patterns", "STATE_NUMBER", "tỷ lệ 3/4 số hộ", None),
    ("patterns", "PARTY_NUMBER", "Nghị quyết số 26-NQ/ĐU", {"serial": "26", "type": "NQ", "org": "ĐU"}),
    ("patterns", "PARTY_NUMBER", "1502-QĐ/TU", {"type": "QĐ", "org": "TU"}),
    ("patterns", "PARTY_NUMBER", "01-CV/BCĐ", {"type": "CV", "org": "BCĐ"}),
    ("patterns", "TYPED_NUMBER", "42/kh-ubnd", {}),
    ("patterns", "TYPED_NUMBER", "3/tháng", None),
    ("patterns", "SPACED_TYPE_CODE", "329 /B C-UBND", {"first": "B"}),
    ("patterns", "SPACED_TYPE_CODE", "329 /BC-UBND", None),
    ("patterns", "PARTIAL_NUMBER", "Quyết định số 09/2019, ngày", {"serial": "09", "year": "2019"}),
    ("patterns", "PARTIAL_NUMBER", "09/2019/QĐ-UBND", None),
    ("patterns", "BLANK_NUMBER", "/KH-HĐTĐKT", {"symbol": "KH-HĐTĐKT"}),
    ("patterns", "BLANK_NUMBER", "…/QĐ-UBND", {"symbol": "QĐ-UBND"}),
    ("patterns", "BLANK_NUMBER", "42/QĐ-UBND", None),
    ("patterns", "BLANK_PARTY_NUMBER", "-NQ/ĐU", {"type": "NQ", "org": "ĐU"}),
    ("patterns", "BLANK_PARTY_NUMBER", "…-CV/BCĐ", {"type": "CV", "org": "BCĐ"}),
    ("patterns", "GLUED_TYPE_CODE", "QĐUBND", {"t": "QĐ", "i": "UBND"}),
    ("patterns", "GLUED_TYPE_CODE", "TTLTBTC", {"t": "TTLT", "i": "BTC"}),
    ("patterns", "GLUED_TYPE_CODE", "HĐND", None),  # HĐ is no glued code: HĐND is an issuer
    ("patterns", "GLUED_TYPE_CODE", "PCCC", None),
    ("patterns", "LAW_SYMBOL", "QH15", {}),
    ("patterns", "LAW_SYMBOL", "UBTVQH14", {}),
    ("patterns", "NUMBER_LINE", "Số: 42 /KH-UBND      Hà Trung, ngày 10 tháng 3 năm 2023", {"raw": "42 /KH-UBND"}),
    ("patterns", "NUMBER_LINE", "Số:   -NQ/ĐU", {"raw": "-NQ/ĐU"}),
    ("patterns", "NUMBER_LINE", "ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ 1050/QĐ-SCT", None),
    ("patterns", "RECOGNISED_NUMBER_LINE", "Só:đÓ6 /KH-TCTLNTW-C04", {"raw": "đÓ6 /KH-TCTLNTW-C04"}),
    ("patterns", "UNREADABLE_SERIAL", "5Ø /KH-BCA-C04", {"serial": "5Ø"}),
    ("patterns", "UNREADABLE_SERIAL", "45 46 /QĐ-UBND", {"serial": "45 46"}),
    # the type line, V/v, Kính gửi
    ("patterns", "VV_PREFIX", "V/v kế hoạch kiểm tra", {}),
    ("patterns", "VV_PREFIX", "W/v trao đổi", {}),
    ("patterns", "VV_PREFIX", "Về việc: ban hành", {}),
    ("patterns", "VV_PREFIX", "Vì vậy", None),
    ("patterns", "KINH_GUI", "Kính gửi: Cục Hải quan", {}),
    ("patterns", "KINH_GUI", "Gửi kèm theo", None),
    ("patterns", "VV_OR_KINH_GUI", "  V/v kế hoạch", {}),
    ("patterns", "VV_OR_KINH_GUI", "Kính gửi: Sở Nội vụ", {}),
    ("patterns", "VV_OR_KINH_GUI", "KẾ HOẠCH", None),
    ("patterns", "TYPE_OR_VV", "A644   KÉ HOẠCH", {}),
    ("patterns", "TYPE_OR_VV", "sz44]0y -                  QUYÉT ĐỊNH", {"stray": "sz44]0y -"}),  # 52
    ("patterns", "TYPE_OR_VV", "Căn cứ     QUYẾT ĐỊNH số 12", None),  # prose before it: words, not a mark
    ("patterns", "TYPE_OR_VV", "QUYÉT: ĐỊNH", {}),
    ("patterns", "TYPE_OR_VV", "Kế hoạch số 42/KH-UBND", None),
    ("patterns", "TYPE_LINE_KEY", "ke hoach", {"t": "ke hoach"}),
    ("patterns", "TYPE_LINE_KEY", "a644 ke hoach", {"t": "ke hoach"}),
    ("patterns", "TYPE_LINE_KEY", "ke hoach so 42", None),
    (
        "patterns",
        "TYPE_LINE_LEAD_KEY",
        "quyet dinh chap thuan chu truong dau tu",
        {"t": "quyet dinh", "rest": "chap thuan chu truong dau tu"},
    ),
    ("patterns", "DECISION_MARK", "QUYẾT ĐỊNH:", {}),
    ("patterns", "DECISION_MARK", "QUYẾT NGHỊ:", {}),
    ("patterns", "DECISION_MARK", "QUYẾT ĐỊNH", None),
    ("patterns", "DECISION_MARK", "QUYÉT ĐỊNH:", {}),
    ("patterns", "DECISION_MARK", "QUYÉT  ĐỊNH :", {}),
    ("patterns", "DECISION_MARK", "QUYÉT ĐỊNH CHÁP THUẬN CHỦ TRƯƠNG ĐẦU TƯ", None),
    # the header
    ("patterns", "NOT_ISSUER_LINE", "Số: 42/KH-UBND", {}),
    ("patterns", "NOT_ISSUER_LINE", "Hà Trung, ngày 10 tháng 3 năm 2023", {}),
    ("patterns", "NOT_ISSUER_LINE", "SỐ 1050/QĐ-SCT", None),
    ("patterns", "ISSUER_LINE_START", "SỞ CÔNG THƯƠNG", {}),
    ("patterns", "ISSUER_LINE_START", "TỎ CÔNG TÁC", {}),
    ("patterns", "ISSUER_LINE_START", "SỐ 1050/QĐ-SCT", None),
    ("patterns", "ISSUER_LINE_START", "THEO QUYẾT ĐỊNH", None),
    ("patterns", "INFERRED_ISSUER", "UBND thị trấn xây dựng Kế hoạch như sau", {"name": "UBND thị trấn"}),
    (
        "patterns",
        "INFERRED_ISSUER",
        "Trưởng đoàn kiểm tra lập kế hoạch tiến hành kiểm tra",
        {"name": "Trưởng đoàn kiểm tra"},
    ),
    (
        "patterns",
        "PLACE_DATE",
        "Thị trấn Hà Trung, ngày 10 tháng 3 năm 2023",
        {"place": "Thị trấn Hà Trung", "d": "10", "m": "3", "y": "2023"},
    ),
    ("patterns", "PLACE_DATE", "Lâm Đồng, ngày …  tháng 01 năm 2021", {"d": None, "m": "01", "y": "2021"}),
    ("patterns", "RECOGNISED_PLACE_DATE", "Hà Nội, ngày44tháng Q@năm 2026", {"d": "44", "m": "Q@"}),
    # dates
    ("patterns", "CITATION_DATE", ", ngày 26/12/2022", {"nd": "26", "nm": "12", "ny": "2022"}),
    ("patterns", "CITATION_DATE", " ngày 09 tháng 4 năm 2019", {"wd": "09", "wm": "4", "wy": "2019"}),
    ("patterns", "WORD_DATE_ANY", "tháng 18 tháng 9 năm 2023", {"a": "18", "b": "9", "y": "2023"}),
    ("patterns", "WORD_DATE_ANY", "ngày 32 tháng 13", {"a": "32", "b": "13"}),
    # citations
    ("patterns", "CITATION", "Quyết định số 09/2019/QĐ-UBND ngày 09/4/2019", {"type": "Quyết định"}),
    ("patterns", "CITATION", "Căn cứ Biên bản số 05/BB-UBND ngày 02/3/2026", {"type": "Biên bản"}),
    ("patterns", "CITATION", "Giấy mời số 09/GM-UBND", {"type": "Giấy mời"}),
    ("patterns", "CITATION_NUMBER_MARK", "Căn cứ Kế hoạch số 42 /KH-UBND", {}),
    ("patterns", "CITATION_NUMBER_MARK", "Chỉ thị số 26-NQ/ĐU", {}),
    ("patterns", "CITATION_NUMBER_MARK", "Quyết định số 09/2019", {}),
    ("patterns", "CITATION_NUMBER_MARK", "ngày 12 tháng 3 năm 2026, 15 đơn vị", None),
    ("patterns", "CITATION", "Văn bản số 2888/UBND-NV", {"type": "Văn bản"}),
    ("patterns", "CITATION", "Nghị quyết số 26-NQ/ĐU", {"type": "Nghị quyết", "p_org": "ĐU"}),
    ("patterns", "CITATION", "Quyết định số 09/2019, ngày", {"q_year": "2019"}),
    ("patterns", "CITATION", "theo quy định 12/2020/NĐ-CP", None),
    # a law's name between its type and its number (101, 102)
    (
        "patterns",
        "CITATION",
        "Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13 ngày",
        {"type": "Luật"},
    ),
    ("patterns", "CITATION", "Căn cứ Luật Khiếu nại năm 2011; Quyết định 12/QĐ-UBND", {"type": "Quyết định"}),
    # a justified PDF line spreads the words (36, Báo cáo CCHC of UBND tỉnh Lâm Đồng)
    ("patterns", "CITATION", "và Công  văn  số  11738/BTC-QLCS ngày", {"type": "Công  văn"}),
    ("patterns", "COLLECTIVE_END", "Chánh Văn phòng UBND Thành phố; Giám đốc các Sở", {}),
    ("patterns", "COLLECTIVE_END", "Chủ tịch UBND các phường, xã", {}),
    ("patterns", "COLLECTIVE_END", "Giám đốc các Ban Quản lý", {}),
    # a longer collective in lower case closed by a place's level (twenty-eighth twins of A3); not a long topic
    ("patterns", "COLLECTIVE_END", "Các điểm bưu điện văn hóa xã", {}),
    ("patterns", "COLLECTIVE_END", "Các trạm y tế xã", {}),
    ("patterns", "COLLECTIVE_END", "Các đề án phát triển kinh tế có liên quan", None),
    ("patterns", "REQUEST_LABEL", "Đề nghị", {}),
    ("patterns", "REQUEST_LABEL", "Kính đề nghị", {}),
    ("patterns", "REQUEST_LABEL", "Giao", {}),
    ("patterns", "REQUEST_LABEL", "Đề nghị các hội", None),
    ("patterns", "COLLECTIVE_END", "Sở Tài chính", None),
    ("patterns", "COLLECTIVE_END", "Các Trường Phổ thông Dân tộc nội trú", {}),
    # a collective in lower case is short: a topic's longer phrase is no list's collective
    ("patterns", "COLLECTIVE_END", "vào các Chương trình và các đề án có liên quan", None),
    ("patterns", "MEMBER_LIST", "Quy hoạch - Kiến trúc, Xây dựng, Tài chính", {}),
    ("patterns", "MEMBER_LIST", "Khe Lim, liên huyện Bản Mưa - Pù Lầu", {}),
    ("patterns", "MEMBER_LIST", "Khe Lim, liên tục kiểm tra", None),
    ("patterns", "MEMBER_LIST", "số 1, số 2 và số 5 chuyển", {}),  # twenty-fifth twin of A3
    ("patterns", "MEMBER_LIST", "số lượng, chất lượng", None),
    ("bodies", "PAPER_NOT_HAMLET", "Bản tổng hợp ý kiến", {}),  # twenty-third twin of A2: a paper
    ("bodies", "PAPER_NOT_HAMLET", "Bản Nà Pục", None),
    ("bodies", "PAPER_NOT_HAMLET", "Ban quản lý chợ", None),
    ("patterns", "MEMBER_LIST", "5, 7B, 12 và Đồng Xa tổng vệ sinh", {}),  # units by their number or code
    ("patterns", "MEMBER_LIST", "thành phố Hà An, thị xã Bến Lức và huyện Tân Yên", {}),
    ("patterns", "MEMBER_LIST", "5 lớp, mỗi lớp 40 học viên", None),
    ("patterns", "COLLECTIVE_END", "Đề nghị các Đoàn Kinh tế - Quốc phòng", {}),
    ("patterns", "MEMBER_LIST", "tổ chức thực hiện, báo cáo kết quả", None),
    ("patterns", "MEMBER_LIST", "Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh, Thanh tra tỉnh", None),
    ("patterns", "MEMBER_LIST", "Kim Liên, Bạch Mai", {}),
    ("patterns", "SENTENCE_BREAK", "được tỉnh quan tâm, chỉ đạo. Tất cả 7 huyện", {}),
    ("patterns", "SENTENCE_BREAK", "tổ chức hội nghị. Đồng thời", {}),
    ("patterns", "SENTENCE_BREAK", "trên địa bàn TP. Hồ Chí Minh năm 2026", None),
    ("patterns", "SENTENCE_END", "Phiên họp lần thứ nhất Ban Chỉ đạo quốc gia về dữ liệu.", {}),
    ("patterns", "SENTENCE_END", "tổ chức hội nghị. ", {}),
    ("patterns", "SENTENCE_END", "Về việc triển khai Kế hoạch trên địa bàn TP.", None),
    ("patterns", "SENTENCE_END", "Về việc triển khai Kế hoạch số 12/KH-UBND", None),
    ("patterns", "SENTENCE_BREAK", "theo Quyết định số 12/QĐ-UBND. Phê duyệt", None),
    # 114: the e-signature's box hides ``HỘI C`` of the scan's Quốc hiệu
    ("patterns", "QUOC_HIEU_HEAD", "CỘNG HOÀ XÃ THỦ NGHĨA VIỆT NAM", {}),
    ("patterns", "QUOC_HIEU_HEAD", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {}),
    ("patterns", "QUOC_HIEU_HEAD", "Cộng hòa xã hội", {}),
    ("patterns", "QUOC_HIEU_HEAD", "CỘNG HÒA XÃ HỘ", {}),
    ("patterns", "QUOC_HIEU_TAIL", "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {}),
    ("patterns", "QUOC_HIEU_HEAD", "CỘNG HÒA XÃ", {}),
    ("patterns", "QUOC_HIEU_HEAD", "CỘNG HÒA XÃHỘI", None),
    ("patterns", "QUOC_HIEU_HEAD", "Cộng đồng xã hội", None),
    ("patterns", "CITATION_ISSUER", " của UBND tỉnh Thanh Hóa về việc", {"issuer": "UBND tỉnh Thanh Hóa"}),
    ("patterns", "CITATION_ISSUER", " của UBND tỉnh\nSở Nông nghiệp xây dựng", {"issuer": "UBND tỉnh"}),
    ("patterns", "CITATION_ISSUER", " của\nBộ Nông nghiệp và PTNT, triển khai", {"issuer": "Bộ Nông nghiệp và PTNT"}),
    # structure
    ("patterns", "LABEL_PART", "PHẦN I. MỞ ĐẦU", {"label": "PHẦN I"}),
    ("patterns", "LABEL_APPENDIX", "PHỤ LỤC", {"label": "PHỤ LỤC"}),
    ("patterns", "LABEL_APPENDIX", "PHỤ LỤC II", {"label": "PHỤ LỤC II"}),
    ("patterns", "LABEL_APPENDIX", "PHỤ LỤC KÈM THEO", None),  # a title after it: the tail's, after the closing
    ("patterns", "LABEL_APPENDIX", "Phụ lục", None),
    ("patterns", "LABEL_ARTICLE", "Điều 1. Ban hành", {"label": "Điều 1"}),
    ("patterns", "LABEL_ARTICLE", "Điều 6; khoản 5 Điều 9; khoản 3 Điều 17;", None),
    ("patterns", "LABEL_ROMAN", "II. NỘI DUNG", {"label": "II"}),
    ("patterns", "LABEL_UPPER", "A. NHIỆM VỤ CỦA SỞ Y TẾ", {"label": "A"}),
    ("patterns", "LABEL_UPPER", "B. Thủ tục hành chính cấp tỉnh", {"label": "B"}),  # (capitals asked by the parser)
    ("patterns", "LABEL_UPPER", "H. NỘI DUNG TỔNG KẾT", None),  # OCR's joined ``II.``
    # a Word list item with a hanging indent, printed to PDF: the marker, a gap, the text (read/layout.py)
    ("patterns", "HANGING_ITEM", "•    Như Điều 3;", {"gap": "    ", "text": "N"}),
    ("patterns", "HANGING_ITEM", "2.     Tổ chức kiểm tra đê điều", {"gap": "     "}),
    ("patterns", "HANGING_ITEM", "- Sở Y tế chủ trì", None),
    # a range cut at its hyphen at a line's end (``nhiệm kỳ 2026-`` / ``2031.``): the year after it is no label
    ("patterns", "RANGE_CUT_END", "nhiệm kỳ 2026-", {}),
    ("patterns", "RANGE_CUT_END", "giai đoạn 2026-2030", None),
    ("patterns", "CITATION_CUT_END", "quy định chi tiết khoản 3 Điều 33; điểm b khoản 4", {}),
    ("patterns", "CITATION_CUT_END", "theo điểm đ", {}),
    ("patterns", "CITATION_CUT_END", "hoàn thành trong khoản thời gian 4 tháng", None),
    ("patterns", "ARTICLE_START", "Điều 38 Luật Trồng trọt.", {}),
    ("patterns", "ARTICLE_START", "Điều 5, Điều 6 Nghị định số 45/2026/NĐ-CP", {}),
    ("patterns", "ARTICLE_START", "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh", None),
    ("patterns", "ARTICLE_START", "**Điều 2.** Quyết định này có hiệu lực", None),
    ("patterns", "LABEL_ARABIC", "1.2. Nhiệm vụ", {"label": "1.2"}),
    ("patterns", "LABEL_ARABIC", "2- Phòng Kinh tế đo độ ồn", {"label": "2"}),
    ("patterns", "LABEL_ARABIC", "3-5 năm một lần", None),
    ("patterns", "LABEL_ARABIC", "3 - 5 năm một lần", None),
    ("patterns", "LABEL_LETTER", "a) Sở Y tế", {"label": "a"}),
    ("patterns", "LABEL_LETTER", "(b) Kiểm tra việc huấn luyện", {"label": "b"}),
    ("patterns", "LABEL_LETTER", "(ii) Tổ chức các hội thảo", None),
    ("patterns", "LABEL_LETTER", "(i) Rà soát trình độ công nghệ", None),
    # small Roman numerals of more letters than one at a line's start (twenty-fifth twin of WRAP); not in brackets
    ("patterns", "LABEL_LETTER", "iii) Trung tâm Y tế huyện kiểm tra", {"label": "iii"}),
    ("patterns", "LABEL_LETTER", "iv) Ủy ban nhân dân các xã", {"label": "iv"}),
    ("patterns", "LABEL_LETTER", "(iv) Ủy ban nhân dân các xã", None),
    ("patterns", "LABEL_BULLET", "- Tăng cường", {"label": "-"}),
    ("patterns", "LABEL_START", "     1.2. Nhiệm vụ", {}),
    ("patterns", "LABEL_START", "– Tăng cường", {}),
    ("patterns", "LABEL_START", "1- Công an phường kiểm tra", {}),
    ("patterns", "LABEL_START", "ii) Công an huyện bố trí", {}),  # twenty-fifth twin of WRAP
    ("patterns", "LABEL_START", "viên chức kiểm tra", None),
    ("patterns", "LABEL_START", "tỉnh trước ngày 15/12/2026.", None),
    ("patterns", "LABEL_START", "Điều 6, khoản 5 Điều 9 của Luật", None),
    ("patterns", "QUOC_HIEU", "CỌNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {}),
    ("patterns", "POST_KEY", "pho giam doc so cong thuong", {}),
    ("patterns", "POST_KEY", "chu tich uy ban nhan dan tinh", {}),
    ("patterns", "POST_KEY", "uy ban nhan dan tinh", None),
    ("patterns", "RECIPIENT_ITEM", "- Như trên;", {}),
    ("patterns", "RECIPIENT_ITEM", "- Lưu: VT, VHXH.", {}),
    ("patterns", "RECIPIENT_ITEM", "Điều 3. Chánh Văn phòng", None),
    ("patterns", "NOI_NHAN", "Nơi nhận:", {}),
    ("patterns", "NOI_NHAN", "Xới nhận:", {}),
    ("patterns", "NOI_NHAN", "Người nhận: ông A", None),
    ("patterns", "UNREAD_NOI_NHAN_LABEL", "Ar‹:", {}),
    ("patterns", "UNREAD_NOI_NHAN_LABEL", "Thành phần: Sở Tài chính", None),  # prose: a long label, words after
    ("patterns", "UNREAD_NOI_NHAN_LABEL", "Thành phần tham dự:", None),
    ("patterns", "COLUMN_GAP", "Ar‹:                                              GIÁM ĐÓC", {}),
    ("patterns", "COLUMN_GAP", "Thành phần: Sở Tài chính", None),
    ("patterns", "TIEU_NGU", "Độc lập - Tự do - Hạnh phúc", {}),
    ("patterns", "PARTY_BANNER", "ĐẢNG CỘNG SẢN VIỆT NAM", {}),
    ("patterns", "RULE_LINE", "---------------", {}),
    ("patterns", "RULE_LINE", "- Như trên;", None),
    ("patterns", "DAY_LABEL_KEY", "ngay?“", {0: "ngay"}),
    ("patterns", "DAY_LABEL_KEY", "ngay:", {0: "ngay"}),
    ("patterns", "DAY_LABEL_KEY", "hangngay", None),
    ("patterns", "SYMBOL_SLASH", "/74⁄/UBND-", {0: "/"}),
    ("patterns", "SYMBOL_SLASH", "2/ /TTr-CAT-PC04", {0: "/"}),
    ("patterns", "SYMBOL_SLASH", "12/2024/NQ-HĐND", {0: "/"}),
    ("patterns", "SYMBOL_SLASH", "5/1", None),
    ("patterns", "SLASHLESS_NUMBER", "10797QĐĐ-HĐTĐ", {"serial": "10797", "first": "QĐĐ"}),
    ("patterns", "SLASHLESS_NUMBER", "10797/QĐ-HĐTĐ", None),
    ("patterns", "PAGE_SENTENCE", "Nếu bạn là thành viên. Vui lòng ĐĂNG NHẬP để tiếp tục.", {}),
    ("patterns", "PAGE_SENTENCE", "Dự thảo lần 2", None),
    ("patterns", "PAGE_SENTENCE", "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", None),
    ("patterns", "DIGITS_READ", "1984/", {1: "1984"}),
    ("patterns", "DIGITS_READ", "09", {1: "09"}),
    ("patterns", "DIGITS_READ", "5/1", None),
    ("patterns", "DIGITS_READ", "&S", None),
    ("patterns", "MONTH_LABEL_KEY", "thang", {0: "thang"}),
    ("patterns", "MONTH_LABEL_KEY", "10thang", {0: "thang"}),
    ("patterns", "MONTH_LABEL_KEY", "thangs", None),
    ("patterns", "YEAR_LABEL_KEY", "0inam", {0: "nam"}),
    ("patterns", "YEAR_LABEL_KEY", "0/nam", {0: "nam"}),
    ("patterns", "YEAR_LABEL_KEY", "nam2026", {0: "nam"}),
    ("patterns", "YEAR_LABEL_KEY", "namhoc", None),
    ("patterns", "RECOGNISED_SO", "Số:1050", {0: "Số:"}),
    ("patterns", "RECOGNISED_SO", "Só: 5Ø", {0: "Só:"}),
    ("patterns", "MARKS_LINE", "~ .,", {}),
    ("patterns", "MARKS_LINE", "' . j ,", {}),
    ("patterns", "MARKS_LINE", "SỞ CÔNG THƯƠNG", None),
    ("patterns", "MARKS_LINE", "- 5 -", {}),
    ("patterns", "MARKS_LINE", "- 12 -", None),
    ("patterns", "PAGE_FIELD_LABEL", "Số hiệu | 800/KH-UBND |", {}),
    ("patterns", "PAGE_FIELD_LABEL", "**Loại văn bản:**", {}),
    ("patterns", "PAGE_FIELD_LABEL", "| Cơ quan ban hành | Tỉnh Cà Mau |", {}),
    ("patterns", "PAGE_FIELD_LABEL", "Số: 983/TB-CT", None),
    ("patterns", "PAGE_FIELD_LABEL", "Người ký kết hợp đồng chịu trách nhiệm", None),
    # paragraph openers (tables/paragraphs.py)
    ("patterns", "PREAMBLE_RELATION", "Căn cứ Luật Tổ chức chính quyền địa phương", {"kw": "Căn cứ"}),
    ("patterns", "PREAMBLE_RELATION", "…; thực hiện Kế hoạch số 12/KH-UBND", {"kw": "thực hiện"}),
    ("patterns", "PREAMBLE_RELATION", "Thi hành Luật Ngân sách nhà nước", {"kw": "Thi hành"}),
    ("patterns", "PREAMBLE_RELATION", "…ngày 02/3/2026; Thi hành Nghị quyết số 05/NQ-HĐND", {"kw": "Thi hành"}),
    # ``thi hành`` inside a clause is a title's verb or a name's word, not an opener
    ("patterns", "PREAMBLE_RELATION", "quy định chi tiết thi hành một số điều của Luật Đất đai", None),
    ("patterns", "PREAMBLE_RELATION", "Luật Thi hành án dân sự", None),
    ("patterns", "PREAMBLE_START", "      Thực hiện Quyết định số 1050/QĐ-SCT", {}),
    ("patterns", "PREAMBLE_START", "Theo đề nghị của Trưởng phòng Quản lý Công nghiệp,", {}),
    ("patterns", "PREAMBLE_START", "thực hiện Quyết định", None),
    ("patterns", "PARAGRAPH_OPENER", "Ngày 12/11/2024, tại trụ sở UBND tỉnh", {}),
    ("patterns", "PARAGRAPH_OPENER", "TRIỂN KHAI CÔNG TÁC XÓA NHÀ TẠM Thực hiện Công điện số 102/CĐ-TTg", {}),
    ("patterns", "AFTER_TITLE", "Nhằm bảo đảm an toàn", {}),
    ("patterns", "AFTER_TITLE", "(Kèm theo Kế hoạch số 12/KH-UBND)", {}),
    ("patterns", "AFTER_TITLE", "Cải cách hành chính năm 2026", None),
    ("patterns", "AFTER_TITLE", "Địa điểm: thành phố Hà Nội", {}),
    ("patterns", "AFTER_TITLE", "địa điểm tổ chức hội nghị", None),
    ("patterns", "TITLE_NOTE", "(Ban hành kèm theo Nghị quyết số 35-NQ/TU)", {}),
    ("patterns", "TITLE_NOTE", "(giai đoạn 2026 - 2030)", {}),
    ("patterns", "ATTACHED_NOTE", "(Kèm theo Kế hoạch số 12/KH-UBND)", {}),
    ("patterns", "ATTACHED_NOTE", "Ban hành kèm theo Quyết định số 5/QĐ-UBND", {}),
    ("patterns", "ATTACHED_NOTE_IN_LINE", "KẾ HOẠCH TRỒNG RỪNG (Kèm theo Quyết định số 7/QĐ-UBND)", {}),
    ("patterns", "ATTACHED_NOTE_IN_LINE", "CHƯƠNG TRÌNH HÀNH ĐỘNG (giai đoạn 2026 - 2030)", None),
    ("patterns", "TYPE_LEAD", "QUY ĐỊNH", {"t": "QUY ĐỊNH"}),
    ("patterns", "TYPE_LEAD", "**KẾ HOẠCH** Tổ chức hội thao", {"t": "KẾ HOẠCH"}),
    ("patterns", "TYPE_LEAD", "HƯỚNG DẪN CHẤM ĐIỂM THI ĐUA (Kèm theo …)", {"t": "HƯỚNG DẪN"}),
    ("patterns", "TYPE_LEAD", "Kế hoạch số 12/KH-UBND ngày 05/3/2026", None),
    ("patterns", "TYPE_LEAD", "QUY ĐỊNHCHUNG", None),
    ("patterns", "APPENDIX", "PHỤ LỤC I", {}),
    ("deadlines", "SCHOOL_YEAR_BEFORE", "Học kỳ II năm học ", {}),
    ("deadlines", "SCHOOL_YEAR_BEFORE", "trong niên học ", {}),
    ("deadlines", "SCHOOL_YEAR_BEFORE", "trong năm ", None),
    ("patterns", "GROUP_ROW_LABEL", "Nhóm 2", {}),
    ("patterns", "GROUP_ROW_LABEL", "b)", {}),
    ("patterns", "GROUP_ROW_LABEL", "II-1", {}),
    ("patterns", "GROUP_ROW_LABEL", "VII.2", {}),
    ("patterns", "GROUP_ROW_LABEL", "Nhóm nhiệm vụ về chuyển đổi số", None),
    ("patterns", "GROUP_ROW_LABEL", "12", None),
    ("patterns", "APPENDIX", "Mẫu số 01", {}),
    ("patterns", "APPENDIX_LABEL", "PHỤ LỤC II", {"label": "II"}),
    ("patterns", "APPENDIX_LABEL", "Phụ lục 01: Danh mục", {"label": "01"}),
    ("patterns", "APPENDIX_LABEL", "PHỤ LỤC SỐ 2", {"label": "2"}),
    ("patterns", "CLOSING_START", "Trên đây là Kế hoạch cải cách hành chính", {}),
    ("patterns", "CLOSING_START", "Trong quá trình triển khai thực hiện, nếu có vướng mắc", {}),
    ("patterns", "AUTHORITY", "TM. ỦY BAN NHÂN DÂN", {"auth": "TM", "rest": "ỦY BAN NHÂN DÂN"}),
    ("patterns", "AUTHORITY", "KT.CHỦ TỊCH", {"auth": "KT", "rest": "CHỦ TỊCH"}),
    ("patterns", "AUTHORITY", "T/M BAN THƯỜNG VỤ", {"auth": "T/M"}),
    # PDF furniture
    ("patterns", "ESIGNATURE_LINE", "Người ký: Nguyễn Văn A", {}),
    ("patterns", "ESIGNATURE_LINE", "Thời gian ký: 10.01.2026 15:43:53 +07:00", {}),
    ("patterns", "ESIGNATURE_LINE", "Văn phòng UBND tỉnh Đã ký lên văn bản này", {}),
    ("patterns", "ESIGNATURE_LINE", "ttcbth@quangngai.gov.vn  18.11.2024 07:25:14 +07:00", {}),
    ("patterns", "ESIGNATURE_LINE", "Ngày 18.11.2024 lúc 07:25 Sở Tư pháp họp", None),
    ("patterns", "ESIGNATURE_LINE", "Các cơ quan: Sở Tài chính", None),
    ("patterns", "ESIGNATURE_LINE", "Cơ quan phát hành: VĂN PHÒNG CHÍNH PHỦ", {}),
    ("patterns", "INLINE_LETTER", "2. Phân công thực hiện a) Sở Xây dựng chủ trì", {"label": "a"}),
    ("patterns", "INLINE_LETTER", "theo điểm a) khoản 1 Điều 5", None),
    ("patterns", "INLINE_NUMBER", "bố trí kinh phí. 2. Sở Tài chính thẩm định", {"label": "2"}),
    ("patterns", "INLINE_NUMBER", "tại Phụ lục 2. Các sở", None),
    (
        "patterns",
        "INLINE_ROMAN",
        "bảo vệ môi trường. III. TỔ CHỨC THỰC HIỆN Các sở, ngành",
        {"label": "III", "heading": "TỔ CHỨC THỰC HIỆN"},
    ),
    ("patterns", "INLINE_ROMAN", "bảo vệ môi trường. II. Nhiệm vụ cụ thể của các sở", None),
    (
        "patterns",
        "INLINE_ROMAN",
        "ban hành Kế hoạch như sau: I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích Bảo đảm",
        {"label": "I", "heading": "MỤC ĐÍCH, YÊU CẦU"},
    ),
    ("patterns", "LABEL_AFTER_HEADING", " 1. Sở Khoa học và Công nghệ chủ trì", {"label": "1"}),
    ("patterns", "LABEL_AFTER_HEADING", " 1.5 triệu đồng", None),
    ("patterns", "ESIGNATURE_LINE", "Các cơ quan phát hành văn bản rà soát lại", None),
    (
        "patterns",
        "ESIGNATURE_TIME",
        "10.01.2026 15:43:53 +07:00",
        {"d": "10", "m": "01", "y": "2026", "H": "15", "M": "43", "S": "53", "tz": "+07:00"},
    ),
    ("patterns", "PAGE_NUMBER_LINE", "- 2 -", {}),
    ("patterns", "PAGE_NUMBER_LINE", "Trang 2", {}),
    ("patterns", "PAGE_NUMBER_LINE", "2. Nhiệm vụ", None),
    ("patterns", "FOOTNOTE_START", "   1 Các quy định của Luật Địa chất và Khoáng sản năm 2024 và các văn bản", {}),
    ("patterns", "FOOTNOTE_START", "12 Nghị quyết số 10-NQ/TW ngày 10/02/2022 của Bộ Chính trị", {}),
    ("patterns", "FOOTNOTE_START", "1. Mục đích, yêu cầu", None),
    ("patterns", "FOOTNOTE_START", "2 tháng một lần", None),
    ("patterns", "FOOTNOTE_START", "1    Công ty TNHH Hiệp Phú      Gói thầu số 15", None),
    # phases (tables/phases.py)
    ("bodies", "LISTED_GENERIC", "cơ quan thuộc Chính phủ", {}),
    ("bodies", "LISTED_GENERIC", "đơn vị có liên quan", {}),
    ("bodies", "LISTED_GENERIC", "cơ quan chức năng", None),
    ("name_clauses", "ASSIGNMENT_BEFORE_VERB", "được phân công phụ trách ", {}),
    ("name_clauses", "ASSIGNMENT_BEFORE_VERB", "phụ trách ", {}),
    ("name_clauses", "ASSIGNMENT_BEFORE_VERB", "được biết ", None),
    ("name_clauses", "NAMED_PAIR", "Phòng Dịch tễ thú y", {}),
    # the persons a decision lists, whatever their noun, before ``có tên`` and where they are listed
    ("name_clauses", "NAMED_PERSONS", "sinh viên có tên tại Điều 1", {}),
    ("name_clauses", "NAMED_PERSONS", "sinh viên tham gia hội thao", None),
    # a process made by ``hóa``: no one who acts (twenty-sixth twins of A1); a body's ``Nhà văn hóa`` is no process
    ("name_clauses", "PROCESS_NOUN", "Xã hội hóa giáo dục thành phố", {}),
    ("name_clauses", "PROCESS_NOUN", "Số hóa tài liệu lưu trữ", {}),
    ("name_clauses", "PROCESS_NOUN", "Nhà văn hóa Kim Liên", None),
    ("name_clauses", "PROCESS_NOUN", "Văn hóa - Xã hội", None),
    # a place's proper name opening with a hamlet's word, a list's member (twenty-ninth twins of R1, S2)
    ("patterns", "HAMLET_PLACE", "Bản Chắt chịu trách nhiệm", {0: "Bản Chắt"}),
    ("patterns", "HAMLET_PLACE", "Làng Mới", {0: "Làng Mới"}),
    ("patterns", "HAMLET_PLACE", "bản cam kết", None),
    ("patterns", "MEMBER_LIST", "Bản Vền, Khe Mạ và Nà Sàng chịu trách nhiệm", {}),
    # the partners' preposition said again, from a name's end or a stripped rest (twenty-eighth twins of T3)
    ("name_clauses", "REPEATED_WITH", " và với Ủy ban nhân dân các xã", {0: " và với "}),
    ("name_clauses", "REPEATED_WITH", ", cùng với Hội Nông dân", {0: ", cùng với "}),
    ("name_clauses", "REPEATED_WITH", "và với Hội Nông dân", {0: "và với "}),
    ("name_clauses", "REPEATED_WITH", " và Hội Nông dân", None),
    # ``phối hợp`` inside a complement of the task (twenty-ninth twins of L1)
    ("name_clauses", "PARTNER_IN_COMPLEMENT", "đánh giá tồn tại trong sự ", {}),
    ("name_clauses", "PARTNER_IN_COMPLEMENT", "cập nhật danh sách dự báo viên trực ban ", {}),
    ("name_clauses", "PARTNER_IN_COMPLEMENT", "bảo đảm đường truyền tại các điểm kết nối ", {}),
    ("name_clauses", "PARTNER_IN_COMPLEMENT", "Sở Y tế, với sự ", None),
    ("name_clauses", "PARTNER_IN_COMPLEMENT", "rà soát chế độ cho viên chức, ", None),
    # partners before their own ``phối hợp`` after the lead's ``chủ trì`` (twenty-ninth twins of A5)
    (
        "name_clauses",
        "PARTNERS_BEFORE_CUE",
        "chủ trì, Sở Tài chính và Công an tỉnh phối hợp thực hiện",
        {"names": "Sở Tài chính và Công an tỉnh"},
    ),
    (
        "name_clauses",
        "PARTNERS_BEFORE_CUE",
        "chủ trì; các sở, ngành liên quan phối hợp kiểm tra",
        {"names": "các sở, ngành liên quan"},
    ),
    ("name_clauses", "PARTNERS_BEFORE_CUE", "chủ trì, phối hợp với Sở Tài chính", None),
    ("name_clauses", "PARTNERS_BEFORE_CUE", "chủ trì, bảo đảm lực lượng phối hợp nhịp nhàng", None),
    # a collective's rank, its ranks of one word (twenty-eighth twins of WRAP); no rank of another word after a comma
    ("name_clauses", "RANK", "hạng II", {"word": "hạng"}),
    ("name_clauses", "RANK", "nhóm 3", {"word": "nhóm"}),
    ("name_clauses", "RANK", "hạng mục", None),
    ("name_clauses", "RANK_AT_END", "Các bệnh viện hạng I", {"word": "hạng"}),
    ("name_clauses", "RANK_AT_END", "Các bệnh viện hạng I rà soát", None),
    ("name_clauses", "RANK_LIST", "hạng 1, hạng 2 và hạng 3 kiểm tra", {0: "hạng 1, hạng 2 và hạng 3"}),
    ("name_clauses", "RANK_LIST", "hạng I, loại II", {0: "hạng I"}),
    ("name_clauses", "RANK_LIST", "hạng mục", None),
    ("name_clauses", "RANK_WORD_BEFORE", "các chợ hạng ", {0: "hạng "}),
    ("name_clauses", "RANK_WORD_BEFORE", "các chợ xếp hạng", None),
    # a ministry's departments in lower case, only before a list or the ministry (twenty-sixth twins of A3)
    ("collectives", "MINISTRY_UNIT", "cục, vụ, đơn vị sự nghiệp thuộc Bộ", {}),
    # one level before a colon and its places (twenty-seventh twins of R1), the count the list's
    (
        "collectives",
        "LEVEL_BEFORE_COLON",
        "Chủ tịch Ủy ban nhân dân xã",
        {"before": "Chủ tịch Ủy ban nhân dân", "nouns": "xã"},
    ),
    ("collectives", "LEVEL_BEFORE_COLON", "Ủy ban nhân dân 04 xã", {"before": "Ủy ban nhân dân", "nouns": "xã"}),
    ("collectives", "LEVEL_BEFORE_COLON", "Giám đốc Sở Y tế", None),
    ("collectives", "MINISTRY_UNIT", "vụ chức năng thuộc Bộ", {}),
    ("collectives", "MINISTRY_UNIT", "vụ việc tranh chấp đất đai", None),
    ("collectives", "MINISTRY_UNIT", "cục bộ dân cư", None),
    ("collectives", "MARKED_HEAD_NOUN", "khoa lâm sàng", {}),
    ("collectives", "MARKED_HEAD_NOUN", "khóa học", None),
    ("collectives", "SHARED_SCOPE", " thuộc Bộ cử công chức", {}),
    ("collectives", "SHARED_SCOPE", " trực thuộc tỉnh", {}),
    ("collectives", "SHARED_SCOPE", " thuộc diện hộ nghèo", None),
    ("name_clauses", "NAMED_PAIR", "Tổ Chức Thực Hiện", None),
    ("name_clauses", "SET_UP_BODY", "Tổ kiểm đếm tài sản thu hồi gồm:", {"name": "Tổ kiểm đếm tài sản thu hồi"}),
    (
        "name_clauses",
        "CALLED_NAME",
        "Hội đồng Thi đua – Khen thưởng ngành Y tế (gọi tắt là Hội đồng thi đua)",
        {"name": "Hội đồng thi đua"},
    ),
    ("name_clauses", "CALLED_NAME", "(sau đây gọi tắt là Ban Chỉ đạo).", {"name": "Ban Chỉ đạo"}),
    # a group named in lower case is no body's short name
    ("name_clauses", "CALLED_NAME", "(sau đây gọi chung là các địa phương)", None),
    ("name_clauses", "SET_UP_BODY", "Thành lập Hội đồng Giám sát quay số mở thưởng gồm:", {"founded": "Thành lập "}),
    (
        "name_clauses",
        "SET_UP_BODY",
        "Thành lập Nhóm soạn thảo quy chế gồm các ông, bà có tên sau:",
        {"name": "Nhóm soạn thảo quy chế", "founded": "Thành lập "},
    ),
    ("name_clauses", "SET_UP_BODY", "Cơ quan lập đề án, bao gồm", {"name": "Cơ quan lập đề án"}),
    ("name_clauses", "SET_UP_BODY", "Sở Y tế tổ chức kiểm tra các cơ sở gồm nhà thuốc.", None),
    ("name_clauses", "SET_UP_MEMBERS", "gồm: Chủ tịch, các thành viên thường trực", {}),
    ("name_clauses", "SET_UP_MEMBERS", "gồm: Mục lục hồ sơ, tài liệu nộp", None),
    ("name_clauses", "NAMED_PAIR", "Phòng dịch bệnh", None),
    ("bodies", "GENERIC_BODY_BEFORE_FIELD", "cơ quan báo chí", {}),
    ("bodies", "GENERIC_BODY_BEFORE_FIELD", "đơn vị vũ trang", {}),
    ("bodies", "GENERIC_BODY_BEFORE_FIELD", "cơ quan Thuế", None),
    ("bodies", "GENERIC_BODY_BEFORE_FIELD", "tổ chức hội nghị", None),
    ("bodies", "LISTED_COLLECTIVE", "Giám đốc các Sở", {"before": "Giám đốc ", "nouns": "Sở"}),
    ("bodies", "LISTED_COLLECTIVE", "Chủ tịch UBND các phường, xã", {"nouns": "phường, xã"}),
    ("bodies", "LISTED_COLLECTIVE", "Sở Tài chính", None),
    ("bodies", "MEMBER", "Quy hoạch - Kiến trúc, Xây dựng", {0: "Quy hoạch - Kiến trúc"}),
    ("bodies", "MEMBER", "Nông nghiệp và Môi trường", {0: "Nông nghiệp"}),
    ("bodies", "MEMBER", "liên huyện Bản Mưa - Pù Lầu;", {0: "liên huyện Bản Mưa - Pù Lầu"}),
    ("bodies", "LOWER_KIND_MEMBER", "cửa khẩu cảng Biên Triều tuần tra", {0: "cửa khẩu cảng Biên Triều"}),
    ("bodies", "LOWER_KIND_MEMBER", "kiểm soát thủ tục xuất bến", None),
    ("bodies", "MEMBER", "liên tục kiểm tra", None),
    ("bodies", "MEMBER", "số 2 và số 5 chuyển", {0: "số 2"}),  # twenty-fifth twin of A3: a unit by its number
    ("bodies", "MEMBER", "số lượng hồ sơ", None),
    ("bodies", "MEMBER_SEPARATOR", " và Môi trường", {0: " và "}),
    ("bodies", "MEMBER_SEPARATOR", "; Công Thương", {0: "; "}),
    ("bodies", "LEGAL_FORM", "Công ty CP; Thủ trưởng", {}),
    ("bodies", "LEGAL_FORM", "CTCP chịu trách nhiệm", {}),
    ("bodies", "LEGAL_FORM", "Công ty TNHH MTV", {}),
    ("bodies", "LEGAL_FORM", "Công ty Điện lực Trà Vinh", None),
    (
        "name_clauses",
        "ASSIGNED_CLAUSE",
        "được phân công chủ trì thực hiện nhiệm vụ theo Kế hoạch này có trách nhiệm",
        {},
    ),
    ("name_clauses", "ASSIGNED_CLAUSE", "được giao nhiệm vụ tại Phụ lục chịu trách nhiệm báo cáo", {}),
    ("name_clauses", "ASSIGNED_CLAUSE", "được giao, có trách nhiệm", None),  # punctuation: a clause of its own
    ("name_clauses", "ASSIGNED_CLAUSE", "tại đầm Lăng Khê chịu trách nhiệm", {0: "tại đầm Lăng Khê"}),
    ("name_clauses", "AMOUNT_UNIT", " kWp trở lên", {0: " kWp"}),
    ("name_clauses", "AMOUNT_UNIT", " MW báo cáo", {0: " MW"}),
    ("name_clauses", "AMOUNT_UNIT", " lao động trở lên", None),  # lower case: the clause's own word
    ("name_clauses", "ASSIGNED_CLAUSE", "tại đầm Lăng Khê thả phao", None),  # no duty: the place is the task's
    ("name_clauses", "ASSIGNED_CLAUSE", "là thành viên Hiệp hội Gỗ, Hạt Kiểm lâm", {0: "là thành viên Hiệp hội Gỗ"}),
    ("name_clauses", "ASSIGNED_CLAUSE", "là đơn vị đầu mối thu mua nông sản.", None),  # no next name, no duty
    ("name_clauses", "ASSIGNED_CLAUSE", "có báo cáo viên pháp luật và các cá nhân", {0: "có báo cáo viên pháp luật"}),
    ("name_clauses", "ASSIGNED_CLAUSE", "có giải pháp giáo dục, vận động", None),
    ("name_clauses", "ASSIGNED_CLAUSE", "được giao kế hoạch vốn cần phải nỗ lực", {}),  # what they must do (58)
    ("name_clauses", "ASSIGNED_CLAUSE", "được phân công có trách nhiệm lập dự toán", {0: "được phân công"}),
    ("name_clauses", "ASSIGNED_CLAUSE", "được giao chủ trì để tham mưu", {0: "được giao chủ trì"}),  # its purpose
    ("name_clauses", "ASSIGNED_CLAUSE", "liên quan tới việc thực hiện Kế hoạch này có trách nhiệm", {}),
    ("name_clauses", "ASSIGNED_CLAUSE", "được giao thực hiện thí điểm mô hình", None),  # no duty after: the task
    ("name_clauses", "ASSIGNED_CLAUSE", "chủ trì có trách nhiệm báo cáo", {0: "chủ trì"}),  # the role names them
    (
        "name_clauses",
        "ASSIGNED_CLAUSE",
        "chủ trì quản lý Chương trình theo chức năng, nhiệm vụ được giao nâng cao",
        {0: "chủ trì quản lý Chương trình"},
    ),
    ("name_clauses", "ASSIGNED_CLAUSE", "chủ trì tổ chức kiểm tra theo chức năng, nhiệm vụ được giao.", None),
    ("name_clauses", "ASSIGNED_CLAUSE", "có tên tại Điều 1 và các cơ quan", {0: "có tên tại Điều 1"}),
    (
        "name_clauses",
        "ASSIGNED_CLAUSE",
        "tại Phụ lục II kèm theo Kế hoạch này thực hiện",
        {0: "tại Phụ lục II kèm theo Kế hoạch này"},
    ),
    ("name_clauses", "ASSIGNED_CLAUSE", "tại xã Tân Lập", None),
    ("name_clauses", "ASSIGNED_CLAUSE", "tại Điều lệ Hội", None),
    (
        "name_clauses",
        "ASSIGNED_CLAUSE",
        "làm việc tại bộ phận một cửa có trách nhiệm",
        {0: "làm việc tại bộ phận một cửa"},
    ),
    (
        "name_clauses",
        "ASSIGNED_CLAUSE",
        "làm việc tại bộ phận một cửa theo giờ hành chính",
        None,
    ),  # no duty: the predicate
    ("name_clauses", "WORKPLACE_CLAUSE", "công tác tại trạm y tế xã cần cập nhật", {0: "công tác tại trạm y tế xã"}),
    (
        "name_clauses",
        "WORKPLACE_CLAUSE",
        "được giao nhiệm vụ có trách nhiệm",
        None,
    ),  # what was given: a collective's only
    ("name_clauses", "ASSIGNED_CLAUSE", "phối hợp cần cử cán bộ", {0: "phối hợp"}),
    (
        "name_clauses",
        "ASSIGNED_CLAUSE",
        "chủ trì tổ chức thực hiện nhiệm vụ được giao",
        None,
    ),  # the verb: no duty after
    ("name_clauses", "ASSIGNED_CLAUSE", "phối hợp với Sở Tài chính có trách nhiệm", None),  # a partner follows
    (
        "name_clauses",
        "AREA_CLAUSE",
        "thuộc vùng ven sông Mây chịu trách nhiệm thi hành",
        {0: "thuộc vùng ven sông Mây"},
    ),
    ("name_clauses", "AREA_CLAUSE", "thuộc diện đặc biệt khó khăn có trách nhiệm", {0: "thuộc diện đặc biệt khó khăn"}),
    ("name_clauses", "AREA_CLAUSE", "thuộc vùng khó khăn rà soát hộ nghèo", None),  # no duty: the predicate's
    # what the places border or lie along, up to their duty (twenty-fifth twin of T2); not without a duty after it
    ("name_clauses", "AREA_CLAUSE", "giáp khu di tích có trách nhiệm", {0: "giáp khu di tích"}),
    ("name_clauses", "AREA_CLAUSE", "dọc tuyến quốc lộ 6 chịu trách nhiệm", {0: "dọc tuyến quốc lộ 6"}),
    ("name_clauses", "AREA_CLAUSE", "gần trụ sở dọn vệ sinh", None),
    ("name_clauses", "HAVING_AMOUNT", "từ 15 mét", {0: "từ 15"}),
    ("name_clauses", "HAVING_AMOUNT", "dưới 30% hộ", {0: "dưới 30%"}),
    ("name_clauses", "HAVING_AMOUNT", "trở lên kiểm tra", {0: "trở lên"}),
    ("name_clauses", "HAVING_AMOUNT", "từ tỉnh đến xã", None),
    ("name_clauses", "AREA_CLAUSE", "ven biển bố trí địa điểm", {0: "ven biển"}),  # the kind of place they are
    ("name_clauses", "AREA_CLAUSE", "vùng sâu, vùng xa tổ chức", {0: "vùng sâu, vùng xa"}),
    ("name_clauses", "AREA_CLAUSE", "vùng cao nguyên tổ chức", {0: "vùng cao nguyên"}),  # a plateau, not ``vùng cao``
    ("name_clauses", "AREA_CLAUSE", "miền núi cao bố trí", {0: "miền núi cao"}),
    ("name_clauses", "AREA_CLAUSE", "vùng đồng bào dân tộc thiểu số rà soát", {0: "vùng đồng bào dân tộc thiểu số"}),
    # where the water runs and what it threatens (twenty-first twin of A5: ``các xã vùng hạ du``)
    ("name_clauses", "AREA_CLAUSE", "vùng hạ du và Giám đốc", {0: "vùng hạ du"}),
    ("name_clauses", "AREA_CLAUSE", "thượng nguồn sông Đà có trách nhiệm", {0: "thượng nguồn"}),
    ("name_clauses", "AREA_CLAUSE", "vùng thường xuyên ngập lụt tổ chức", {0: "vùng thường xuyên ngập lụt"}),
    ("name_clauses", "AREA_CLAUSE", "vùng sạt lở rà soát", {0: "vùng sạt lở"}),
    ("name_clauses", "AREA_CLAUSE", "hạ thấp mực nước", None),
    ("name_clauses", "AREA_CLAUSE", "vận động nhân dân", None),
    ("name_clauses", "LEVEL_RANGE", "từ tỉnh đến địa phương thi đua", {0: "từ tỉnh đến địa phương"}),
    ("name_clauses", "GRADE_GROUP", "khối Mẫu giáo lớn xây dựng", {0: "khối Mẫu giáo lớn"}),
    ("name_clauses", "GRADE_GROUP", "khối 4-5 ra đề", {0: "khối 4-5"}),
    ("name_clauses", "GRADE_GROUP", "khối trung học cơ sở ôn tập", {0: "khối trung học cơ sở"}),
    ("name_clauses", "GRADE_GROUP", "khối lượng công việc", None),
    ("name_clauses", "LEVEL_RANGE", "từ Trung ương đến cơ sở", {}),
    # a party rank before the operative post, up to its comma (decision 7)
    (
        "name_clauses",
        "PARTY_RANK",
        "Đồng chí Ủy viên Ban Thường vụ Huyện ủy, Giám đốc",
        {0: "Đồng chí Ủy viên Ban Thường vụ Huyện ủy, "},
    ),
    ("name_clauses", "PARTY_RANK", "Uỷ viên Ban Ban chấp hành Đảng bộ, Phó Chủ tịch", {}),
    ("name_clauses", "PARTY_RANK", "Đ/c Ủy viên BCH Đảng bộ xã, Hiệu trưởng", {}),
    ("name_clauses", "PARTY_RANK", "Ủy viên Ban Thường vụ Đảng ủy theo dõi", None),
    ("name_clauses", "LEVEL_RANGE", "từ cấp tỉnh đến cấp xã", {}),
    ("name_clauses", "LEVEL_RANGE", "từ ngày 01/3 đến 30/4", None),  # a period, not levels
    ("obligations", "ELABORATION_START", "bao gồm quy định chi tiết khoản 7 Điều 8 của Luật", {}),
    ("obligations", "ELABORATION_START", "gồm có: tập huấn, hội nghị", {}),
    ("obligations", "ELABORATION_START", "Gồm những nội dung sau", {}),
    ("obligations", "ELABORATION_START", "gồng mình chống lũ", None),
    ("phases", "PHASE", "Đợt 1: Từ 01/3/2023 đến 30/4/2023", {"ord": "1", "ad": "01", "am": "3", "by": "2023"}),
    ("phases", "PHASE", "(đợt 2: từ ngày 01/5/2023 đến ngày 02/9/2023)", {"ord": "2"}),
    ("phases", "PHASE", "Điểm 3: (từ 02/9 đến 31/12/2023)", {"word": "Điểm", "ord": "3"}),
    ("phases", "STAGE", "Giai đoạn 1 (2026 - 2027)", {"ord": "1", "y1": "2026", "y2": "2027"}),
    ("phases", "STAGE", "kế hoạch tài chính giai đoạn 03 năm 2026 - 2028", None),  # a length, not a stage
    # two tasks in one item (decision 14): where a task's text parts into sentences, and what opens a task
    # two tasks in one item (decision 14): where a task's text parts into sentences, and what opens a task
    ("obligations", "TASK_SENTENCE_END", "Rà soát các tuyến đê. Tổ chức diễn tập", {}),
    ("obligations", "TASK_SENTENCE_END", "hoàn thành trong năm 2026. Xây dựng", {}),
    ("obligations", "TASK_SENTENCE_END", "tại TP. Hồ Chí Minh", None),
    ("obligations", "TASK_SENTENCE_END", "văn nghệ, thể thao v.v. Các", None),
    ("obligations", "TASK_SENTENCE_END", "tổng vốn 1.500 tỷ đồng", None),
    ("obligations", "TASK_OPENER_LEAD", "Đồng thời, tổ chức", {}),
    ("obligations", "TASK_OPENER_LEAD", "Hằng năm hoặc đột xuất báo cáo", {0: "Hằng năm hoặc đột xuất "}),
    ("obligations", "TASK_OPENER_LEAD", "Định kỳ 6 tháng, hằng năm báo cáo", {}),
    ("obligations", "TASK_OPENER_LEAD", "Trước ngày 15/12 hằng năm tổng hợp", {}),
    ("obligations", "TASK_OPENER_LEAD", "Kinh tế tư nhân tăng trưởng", None),
    ("obligations", "TASK_MANNER_OPENER", "Kịp thời phát hiện các vi phạm", {}),
    ("obligations", "TASK_MANNER_OPENER", "Chủ động nắm tình hình", {}),
    ("obligations", "TASK_MANNER_OPENER", "Chủ động Kế hoạch", None),
    ("obligations", "TASK_ROLE_OPENER", "Chủ trì, phối hợp với Sở Y tế xây dựng", {}),
    ("obligations", "TASK_ROLE_OPENER", "Có trách nhiệm hướng dẫn", {}),
    ("obligations", "TASK_ROLE_OPENER", "Kinh phí do ngân sách tỉnh bảo đảm", None),
    ("obligations", "NOT_A_TASK_OPENER", "Quyết định này có hiệu lực kể từ ngày ký", {}),
    ("obligations", "NOT_A_TASK_OPENER", "Hoàn thành trước ngày 30/6/2026", {}),
    ("obligations", "NOT_A_TASK_OPENER", "Tổ chức chính trị - xã hội các cấp", {}),
    ("obligations", "NOT_A_TASK_OPENER", "chịu trách nhiệm về việc báo cáo và nội dung Kế hoạch", {}),
    ("obligations", "NOT_A_TASK_OPENER", "Tổ chức tập huấn cho cán bộ", None),
    ("phases", "STAGE", "Giai đoạn I: từ năm 2026 đến năm 2027", {"ord": "I", "y1": "2026", "y2": "2027"}),
    ("phases", "STAGE", "Bước 2 (2027)", {"ord": "2", "y1": "2027"}),
    ("phases", "QUARTER", "trong Quý I/2026", {"q": "I", "y": "2026"}),
    ("phases", "QUARTER", "quý IV năm 2026", {"q": "IV", "y": "2026"}),
    ("phases", "RANGE", "từ tháng 2/2023 đến tháng 6/2023", {"aom": "2", "aoy": "2023", "bom": "6"}),
    ("phases", "RANGE", "01/3/2023 đến 30/4/2023", None),  # a range of a schedule opens with ``từ``
    ("phases", "YEAR_RANGE", "Thời gian thực hiện: Từ năm 2025 đến hết năm 2030.", {"y1": "2025", "y2": "2030"}),
    ("phases", "YEAR_RANGE", "Từ năm 2026 - 2030", {"y1": "2026", "y2": "2030"}),
    ("phases", "YEAR_RANGE", "năm 2026 - 2030", None),  # no ``từ``: a period named, not a schedule's range
    ("phases", "RANGE", "từ tháng 10 năm 2025 đến hết tháng 3 năm 2026", {"aom": "10", "bom": "3", "boy": "2026"}),
    ("phases", "OPEN_RANGE", "Từ tháng 10/2025 đến khi tổ chức thành công Đại hội", {"aom": "10", "aoy": "2025"}),
    ("phases", "OPEN_RANGE", "từ ngày 15/3/2026 cho đến khi kết thúc", {"ad": "15", "am": "3", "ay": "2026"}),
    ("phases", "OPEN_RANGE", "từ tháng 6/2026 trở đi", {"aom": "6"}),
    ("phases", "OPEN_RANGE", "từ tháng 2/2023 đến tháng 6/2023", None),  # a range with an end date
    # the closing (tables/closing.py)
    ("closing", "LUU", "- Lưu: VT, VPTK.", {"word": "Lưu", "rest": "VT, VPTK."}),
    ("closing", "LUU", "Lưu VT", {"rest": "VT"}),
    ("closing", "LUU", "- Luu: VT, VP.", {"rest": "VT, VP."}),
    ("closing", "LUU", "- Luu tru ho so", None),
    ("closing", "SIGNATURE_NOTE", "(Đã ký)", {}),
    ("names", "PERSON_NAME_LINE", "Nguyễn Tấn Dũng", {}),
    ("names", "PERSON_NAME_LINE", "Nguyễn Thị Minh Khai", {}),
    ("names", "PERSON_NAME_LINE", "THỦ TƯỚNG", None),
    # 12, a scan: ``Nguyễn`` read in two pieces at its stacked marks
    ("names", "OCR_SPLIT_SYLLABLE", "Nguyê ên Văn Long", {"head": "Nguyê", "vowel": "ê", "again": "ê", "tail": "n"}),
    ("names", "OCR_SPLIT_SYLLABLE", "Nguyễn Văn Long", None),
    ("names", "PERSON_NAME_LINE", "Nguyễn", None),
    ("closing", "RECIPIENT_TRAILING_MARKS", "- Cục Cảnh sát giao thông (để p/h);_", {0: "_"}),
    ("closing", "RECIPIENT_TRAILING_MARKS", "- Lưu: VT, ATMT.", None),
    ("closing", "SIGNATURE_STRAY_LEAD", "ấ+ó_ THỨ TRƯỞNG", {0: "ấ+ó_ "}),
    ("closing", "SIGNATURE_STRAY_LEAD", 'š "Trương Thanh Hoài', {0: 'š "'}),
    ("closing", "SIGNATURE_STRAY_LEAD", "_#X Nguyễn Văn A", {0: "_#X "}),
    ("closing", "SIGNATURE_STRAY_LEAD", "KT. BỘ TRƯỞNG", {0: ""}),
    ("closing", "SIGNATURE_STRAY_LEAD", "Nguyễn Văn A", {0: ""}),
    ("closing", "SIGNATURE_STRAY_LEAD", "xPiift Huy Nam Sơn", {0: "xPiift "}),
    ("closing", "SIGNATURE_STRAY_LEAD", "Trương Thanh Hoài", {0: ""}),
    ("closing", "SIGNATURE_NOTE", "(ký tên, đóng dấu)", {}),
    ("closing", "SIGNATURE_NOTE", "Nguyễn Văn An", None),
    # obligations (tables/obligations.py; more in tests/test_obligations.py)
    ("obligations", "CLAUSE_SPLIT", "Yêu cầu các sở triển khai; đề nghị Ủy ban MTTQ phối hợp", {}),
    ("obligations", "REQUEST_WORD", "nếu có vướng mắc đề nghị các bộ phận báo cáo", {}),
    ("obligations", "REQUEST_WORD", "Hồ sơ đề nghị Chủ tịch UBND tỉnh tặng Bằng khen", None),
    ("obligations", "REQUEST_IN_SENTENCE", "Giao Công an tỉnh chủ trì", {}),
    # ``giao`` opening a noun of its own is no one handed a task (``có giao dịch điện tử``, ``an toàn giao thông``)
    ("obligations", "REQUEST_IN_SENTENCE", "các doanh nghiệp có giao dịch điện tử với cơ quan nhà nước", None),
    ("obligations", "REQUEST_IN_SENTENCE", "bảo đảm trật tự an toàn giao thông trên tuyến", None),
    ("obligations", "REQUEST_IN_SENTENCE", "tổ chức giao lưu văn nghệ giữa các trường", None),
    ("obligations", "REQUEST_IN_SENTENCE", "dự họp giao ban hằng tháng", None),
    ("obligations", "REQUEST_IN_SENTENCE", "giao Trung tâm Y tế huyện tổ chức", {}),
    ("obligations", "REQUEST_IN_SENTENCE", "giao nhiệm vụ cho Phòng Tài chính", {}),
    ("obligations", "DELEGATION", " giao Sở Nội vụ chủ trì", {}),
    ("obligations", "CLAUSE_START", "Căn cứ Kế hoạch này, các sở xây dựng", {}),
    ("obligations", "CLAUSE_START", "Sau khi nhận hồ sơ, công chức Văn hóa - Xã hội kiểm tra", {}),
    ("obligations", "CLAUSE_START", "Trong quá trình thực hiện, cán bộ, công chức chấp hành", None),
    ("obligations", "IN_CHARGE", "Lãnh đạo phụ trách: Phó Chủ tịch", {}),
    ("obligations", "IN_CHARGE", "Đơn vị chủ trì: Sở Nội vụ", {}),
    ("obligations", "IN_CHARGE_LINE", "Rà soát thủ tục. Lãnh đạo phụ trách: đồng chí A", {}),
    ("obligations", "CRITERIA", "Có kết quả xếp loại tốt", {}),
    ("table_columns", "ROW_NUMBER_HEADER", "STT", {}),
    ("table_columns", "ROW_NUMBER_HEADER", "Số TT", {}),
    # a table cell that opens with names (a short row's lead), not with a task of its own
    ("obligations", "NAME_CELL_START", "Trung tâm Chuyển đổi số Thành phố", {}),
    ("obligations", "NAME_CELL_START", "Các sở, ngành, UBND xã, phường", {}),
    ("obligations", "NAME_CELL_START", "Phó Giám đốc Sở", {}),
    ("obligations", "NAME_CELL_START", "Xây dựng hạ tầng kỹ thuật dự phòng", None),
    (
        "obligations",
        "PERSON_CELL",
        "Ông Vũ Việt Linh - Phó Trưởng phòng",
        {"name": "Vũ Việt Linh", "post": "Phó Trưởng phòng"},
    ),
    ("obligations", "PERSON_CELL", "đ/c Đỗ Mạnh Cường", {"name": "Đỗ Mạnh Cường"}),
    ("obligations", "PERSON_CELL", "Theo phân công", None),  # sentence case: how the row is assigned, no name
    ("obligations", "CONDITION_AFTER_SUBJECT", " trong quá trình kiểm tra nếu có vướng mắc thì báo cáo", {}),
    ("obligations", "CONDITION_AFTER_SUBJECT", " trong quá trình triển khai nếu có khó khăn, vướng mắc kịp thời", {}),
    ("obligations", "CONDITION_AFTER_SUBJECT", " trong khu công nghiệp", None),
    ("deadlines", "DATE_START", "Quý III/2026", {}),
    ("deadlines", "RANGE_START", "Triển khai Tháng hành động (từ ngày 15/11 đến ngày 15/12)", {}),
    ("deadlines", "RANGE_START", "Tổ chức các hoạt động từ thiện", None),
    ("deadlines", "FROM_BEFORE", "Thời gian thực hiện: Từ ", {}),
    ("deadlines", "OPEN_ENDED", " và những năm tiếp theo", {}),  # what follows ``Giai đoạn 2026-2030``
    ("deadlines", "OPEN_ENDED", " trở đi", {}),  # ``Từ năm 2026``
    ("deadlines", "OPEN_ENDED", " và năm 2027", None),
    ("deadlines", "OPEN_ENDED", " và có rà soát, bổ sung trong các năm tiếp theo", None),  # a further clause
    ("deadlines", "FROM_BEFORE", "Thí điểm và nhân rộng sau ", {}),
    ("deadlines", "FROM_BEFORE", "hoàn thành trước ", None),
    ("deadlines", "RELATIVE_TO_ISSUE", "báo cáo trong 10 ngày làm việc kể từ ngày ký", {"n": "10"}),
    ("deadlines", "RELATIVE_TO_ISSUE", "chậm nhất 15 ngày kể từ ngày Kế hoạch này được ban hành", {"n": "15"}),
    ("deadlines", "RELATIVE_TO_ISSUE", "trong thời hạn 10 ngày kể từ ngày nhận hồ sơ", None),
    ("deadlines", "QUALIFIED_DATE", "hỗ trợ hộ nghèo có nhà ở xây dựng trước ngày ", {}),
    ("deadlines", "QUALIFIED_DATE", "Nhà ở (xây dựng trước ", {}),  # 50693ea4bb4bda20: a parenthesis says which
    ("deadlines", "QUALIFIED_DATE", "đối với công trình xây dựng (xây dựng trước ngày ", {}),  # 50693ea4bb4bda20
    ("deadlines", "QUALIFIED_DATE", "rà soát các dự án được phê duyệt trước ngày ", {}),
    ("deadlines", "QUALIFIED_DATE", "thu hồi giấy chứng nhận đã cấp trước ngày ", {}),
    ("deadlines", "QUALIFIED_DATE", "lưu trữ các hồ sơ tiếp nhận từ ngày ", {}),
    ("deadlines", "QUALIFIED_DATE", "hoàn thiện hồ sơ, trình UBND tỉnh phê duyệt trước ngày ", None),
    ("deadlines", "QUALIFIED_DATE", "báo cáo kết quả về Sở Xây dựng trước ngày ", None),
    ("deadlines", "QUALIFIED_DATE", "Hoàn thành trước ngày ", None),
    ("deadlines", "BEFORE_PERIOD", "Hoàn thành trước ", {}),
    ("deadlines", "BEFORE_PERIOD", "chậm nhất ", None),
    ("qualifiers", "CITED_PROVISION", "tai khoan 1 dieu 4 cua quyet dinh nay", {}),
    # those a plan acts on (twenty-fifth twin of R1); not those given work
    ("qualifiers", "ACTED_UPON", "DOANH NGHIỆP ĐƯỢC KIỂM TRA", {}),
    ("qualifiers", "ACTED_UPON", "Các hộ bị ảnh hưởng", {}),
    ("qualifiers", "ACTED_UPON", "Các đơn vị được giao chủ trì", None),
    ("qualifiers", "CITED_PROVISION", "dang hoat dong trong khu cong nghiep so 2", None),
    ("obligations", "AWARDEE_CLASS", "ca nhan", {}),
    ("obligations", "AWARDEE_CLASS", "cac tap the, ca nhan tieu bieu", {}),
    ("obligations", "AWARDEE_CLASS", "khen thuong cap huyen", None),
    ("qualifiers", "QUALIFIER_START", "dang hoat dong trong khu cong nghiep", {}),
    ("qualifiers", "QUALIFIER_START", "cung cap dich vu chi tra", {}),
    ("qualifiers", "QUALIFIER_START", "tang cuong cong tac kiem tra", None),
    # what the collective has (twenty-first twin of HEADING-UNIT: ``Các ngân hàng thương mại có chi nhánh …``)
    ("qualifiers", "HAS_QUALIFIER", " có chi nhánh trên địa bàn tỉnh", {}),
    ("qualifiers", "HAS_QUALIFIER", " có các quyền sau", None),
    ("qualifiers", "HAS_QUALIFIER", " có nghĩa vụ", None),
    ("qualifiers", "HAS_QUALIFIER", " cơ chế một cửa", None),
    (
        "field_labels",
        "FIELD_LABEL",
        "Đơn vị chủ trì tham mưu thực hiện: Sở Tư pháp.",
        {"lead": "Đơn vị chủ trì tham mưu thực hiện", "value": "Sở Tư pháp."},
    ),
    ("field_labels", "FIELD_LABEL", "- Cơ quan thực hiện: Sở Nội vụ chủ trì", {"lead": "Cơ quan thực hiện"}),
    # fourteenth twin of S1: labels with other extra words
    ("field_labels", "FIELD_LABEL", "Đơn vị đứng ra chủ trì: Sở Tài chính.", {"lead": "Đơn vị đứng ra chủ trì"}),
    # a slash's alternative word (twenty-seventh twins of S1); not the other role, a block of both
    (
        "field_labels",
        "FIELD_LABEL",
        "Đơn vị chủ trì/đầu mối thực hiện: Phòng Nội vụ.",
        {"lead": "Đơn vị chủ trì/đầu mối thực hiện"},
    ),
    ("field_labels", "FIELD_LABEL", "Đơn vị phối hợp/hỗ trợ: Hội Nông dân.", {"support": "Đơn vị phối hợp/hỗ trợ"}),
    (
        "field_labels",
        "FIELD_LABEL",
        "Thời hạn hoàn thành/báo cáo kết quả: Tháng 4/2056.",
        {"time": "Thời hạn hoàn thành/báo cáo kết quả"},
    ),
    ("field_labels", "FIELD_LABEL", "Đơn vị chủ trì/phối hợp: Sở Y tế", None),
    # the duty's word before the role (twenty-seventh twins of S7)
    (
        "field_labels",
        "FIELD_LABEL",
        "- Trách nhiệm chủ trì thực hiện: Phòng A.",
        {"lead": "Trách nhiệm chủ trì thực hiện"},
    ),
    (
        "field_labels",
        "FIELD_LABEL",
        "- Trách nhiệm phối hợp: Ủy ban nhân dân các xã.",
        {"support": "Trách nhiệm phối hợp"},
    ),
    (
        "field_labels",
        "FIELD_LABEL",
        "Cơ quan chủ trì, đôn đốc và tổng hợp kết quả thực hiện: Phòng Dân tộc huyện.",
        {"lead": "Cơ quan chủ trì, đôn đốc và tổng hợp kết quả thực hiện"},
    ),
    (
        "field_labels",
        "FIELD_LABEL",
        "Cơ quan phối hợp trong quá trình triển khai: Câu lạc bộ chữ Thái huyện.",
        {"support": "Cơ quan phối hợp trong quá trình triển khai"},
    ),
    ("field_labels", "FIELD_LABEL", "Cơ quan phối hợp trong năm 2026 tổ chức: Sở A", None),  # (no time phrase's words)
    # (twenty-fourth twin of S1: what the unit does, the time's point and last day)
    (
        "field_labels",
        "FIELD_LABEL",
        "Cơ quan tổ chức triển khai: Ủy ban nhân dân huyện Bình Lư.",
        {"lead": "Cơ quan tổ chức triển khai"},
    ),
    ("field_labels", "FIELD_LABEL", "Thời điểm hoàn thành: Quý III/2052.", {"time": "Thời điểm hoàn thành"}),
    ("field_labels", "FIELD_LABEL", "Hạn chót hoàn thành: Trước ngày 31/7/2052.", {"time": "Hạn chót hoàn thành"}),
    ("field_labels", "FIELD_LABEL", "Thời điểm này các xã đang thu hoạch lúa.", None),
    ("field_labels", "FIELD_LABEL", "Phụ trách chính: Tổ Tư vấn tâm lý học đường.", {"lead": "Phụ trách chính"}),
    ("field_labels", "FIELD_LABEL", "Hoàn thành: Tháng 10/2052.", {"time": "Hoàn thành"}),
    ("field_labels", "FIELD_LABEL", "Hoàn thành trước ngày 15/11/2052: báo cáo tổng hợp.", None),
    (
        "field_labels",
        "FIELD_LABEL",
        "Cơ quan là đầu mối chủ trì: Sở Công Thương.",
        {"lead": "Cơ quan là đầu mối chủ trì"},
    ),
    (
        "field_labels",
        "FIELD_LABEL",
        "Cơ quan là thành viên phối hợp: Công an tỉnh.",
        {"support": "Cơ quan là thành viên phối hợp"},
    ),
    ("field_labels", "FIELD_LABEL", "Các cơ quan đồng thực hiện: Sở Y tế.", {"lead": "Các cơ quan đồng thực hiện"}),
    # a sentence saying what a body is, not a label
    ("field_labels", "FIELD_LABEL", "Cơ quan là nơi tiếp nhận hồ sơ: Bộ phận một cửa.", None),
    # a second word of what it does after a comma (seventeenth twin of S1); not a second role
    (
        "field_labels",
        "FIELD_LABEL",
        "Đơn vị chủ trì, tổ chức thực hiện: Công ty Khai thác thủy lợi.",
        {"lead": "Đơn vị chủ trì, tổ chức thực hiện"},
    ),
    (
        "field_labels",
        "FIELD_LABEL",
        "Đơn vị phối hợp, hỗ trợ thực hiện: Sở Y tế; Công an tỉnh.",
        {"support": "Đơn vị phối hợp, hỗ trợ thực hiện"},
    ),
    ("field_labels", "FIELD_LABEL", "Cơ quan chủ trì, phối hợp: Sở Y tế; Công an tỉnh.", None),
    (
        "field_labels",
        "FIELD_LABEL",
        "Đơn vị tham gia phối hợp cùng: Chi cục Kiểm lâm.",
        {"support": "Đơn vị tham gia phối hợp cùng"},
    ),
    ("field_labels", "FIELD_LABEL", "Mốc thời gian hoàn thành: Quý I/2030.", {"time": "Mốc thời gian hoàn thành"}),
    ("field_labels", "FIELD_LABEL", "Đơn vị phối hợp cùng Sở Y tế: rà soát", None),  # ``cùng`` + a name: a sentence
    (
        "field_labels",
        "FIELD_LABEL",
        "Cơ quan có trách nhiệm phối hợp: Sở Tài chính",
        {"support": "Cơ quan có trách nhiệm phối hợp"},
    ),
    ("field_labels", "FIELD_LABEL", "Cơ quan triển khai thực hiện: Sở Y tế", {"lead": "Cơ quan triển khai thực hiện"}),
    # the unit advises on what it leads (thirteenth twins of S1): ``tham mưu`` before the role
    ("field_labels", "FIELD_LABEL", "Cơ quan tham mưu thực hiện: Sở Nội vụ", {"lead": "Cơ quan tham mưu thực hiện"}),
    ("field_labels", "FIELD_LABEL", "Đơn vị tham mưu chủ trì: Sở Nội vụ", {"lead": "Đơn vị tham mưu chủ trì"}),
    ("field_labels", "FIELD_LABEL", "Triển khai thực hiện: các nội dung sau", None),
    ("field_labels", "FIELD_LABEL", "Công việc cụ thể: Khám sức khỏe định kỳ", {"task": "Công việc cụ thể"}),
    ("field_labels", "FIELD_LABEL", "Các việc cần làm: Tổ chức ngày hội", {"task": "Các việc cần làm"}),
    # a person in the role (twenty-ninth twins of T1); not people doing it in a sentence
    ("field_labels", "FIELD_LABEL", "Người chủ trì: Đồng chí Lê Văn An", {"lead": "Người chủ trì"}),
    ("field_labels", "FIELD_LABEL", "Người phối hợp: Trưởng Công an phường", {"support": "Người phối hợp"}),
    ("field_labels", "FIELD_LABEL", "Người dân phối hợp thực hiện tốt các quy định", None),
    # the activities by their stage (twenty-ninth twins of T3)
    ("field_labels", "FIELD_LABEL", "Các hoạt động chuẩn bị: Lập bảng kê", {"task": "Các hoạt động chuẩn bị"}),
    ("field_labels", "FIELD_LABEL", "Những việc cần triển khai: Mở lớp", {"task": "Những việc cần triển khai"}),
    # twenty-second twin of T3: the activities as ``phần việc`` / ``đầu việc`` / ``hạng mục`` (parts of the work)
    ("field_labels", "FIELD_LABEL", "Các phần việc cụ thể: Kiểm kê sắc phong", {"task": "Các phần việc cụ thể"}),
    ("field_labels", "FIELD_LABEL", "Các đầu việc chính: Lập danh sách", {"task": "Các đầu việc chính"}),
    ("field_labels", "FIELD_LABEL", "Hạng mục công việc: Nạo vét kênh", {"task": "Hạng mục công việc"}),
    ("field_labels", "FIELD_LABEL", "Những việc phải làm: Cắm biển cảnh báo", {"task": "Những việc phải làm"}),
    # twenty-second twin of S1: labels with more words, joined by ``và``, of where, after a comma
    (
        "field_labels",
        "FIELD_LABEL",
        "Đơn vị chủ trì tham mưu và tổ chức thực hiện: Sở Giáo dục và Đào tạo.",
        {"lead": "Đơn vị chủ trì tham mưu và tổ chức thực hiện"},
    ),
    (
        "field_labels",
        "FIELD_LABEL",
        "Đơn vị thực hiện tại cơ sở: Trường Cao đẳng Sư phạm.",
        {"lead": "Đơn vị thực hiện tại cơ sở"},
    ),
    (
        "field_labels",
        "FIELD_LABEL",
        "Thời hạn hoàn thành, báo cáo kết quả: Tháng 7/2049.",
        {"time": "Thời hạn hoàn thành, báo cáo kết quả"},
    ),
    ("field_labels", "FIELD_LABEL", "Đơn vị chủ trì và phối hợp: Sở Y tế", None),
    ("field_labels", "FIELD_LABEL", "Thời hạn lưu trữ hồ sơ, tài liệu ngành Tài chính: theo Thông tư", None),
    ("field_labels", "FIELD_LABEL", "Nội dung chi tiết: Số hóa số liệu", {"task": "Nội dung chi tiết"}),
    ("field_labels", "FIELD_LABEL", "Phân công trách nhiệm: Sở Y tế chủ trì", {"lead": "Phân công trách nhiệm"}),
    (
        "field_labels",
        "FIELD_LABEL",
        "Cơ quan, đơn vị chủ trì thực hiện: Phòng Y tế",
        {"lead": "Cơ quan, đơn vị chủ trì thực hiện"},
    ),
    (
        "field_labels",
        "FIELD_LABEL",
        "Lực lượng phối hợp diễn tập: Công an xã",
        {"support": "Lực lượng phối hợp diễn tập"},
    ),
    ("field_labels", "FIELD_LABEL", "- Phương pháp: lấy mẫu, phân tích", {"other": "Phương pháp"}),
    ("field_labels", "FIELD_LABEL", "- Tần suất: 02 lần/năm", {"other": "Tần suất"}),
    ("field_labels", "FIELD_LABEL", "- Địa bàn: 12 xã vùng cao", {"other": "Địa bàn"}),
    ("field_labels", "FIELD_LABEL", "Nguồn vốn: ngân sách tỉnh", {"other": "Nguồn vốn"}),
    ("field_labels", "FIELD_LABEL", "- Lưu ý: ưu tiên người cao tuổi", {"other": "Lưu ý"}),
    ("field_labels", "FIELD_LABEL", "Chú ý: không tổ chức vào ngày lễ", {"other": "Chú ý"}),
    ("field_labels", "FIELD_LABEL", "Đơn vị phối hợp thực hiện: Sở Tư pháp", {"support": "Đơn vị phối hợp thực hiện"}),
    (
        "field_labels",
        "FIELD_LABEL",
        "+ Thời hạn ban hành: trước ngày 01 tháng 01 năm 2026.",
        {"time": "Thời hạn ban hành"},
    ),
    (
        "field_labels",
        "FIELD_LABEL",
        "Thời gian hoàn thành: Quý II/2027.",
        {"time": "Thời gian hoàn thành", "value": "Quý II/2027."},
    ),
    ("field_labels", "FIELD_LABEL", "Nội dung: Triển khai lồng ghép", {"task": "Nội dung"}),
    ("field_labels", "FIELD_LABEL", "Thời gian mở lớp: Quý III/2028.", {"time": "Thời gian mở lớp"}),
    ("field_labels", "FIELD_LABEL", "Thời hạn gửi báo cáo: trước ngày 15/12", {"time": "Thời hạn gửi báo cáo"}),
    ("field_labels", "FIELD_LABEL", "Thời gian thực hiện các nội dung sau: tháng 5", None),  # a lead-in's words
    ("field_labels", "FIELD_LABEL", "Kết quả/sản phẩm: Báo cáo", {"other": "Kết quả/sản phẩm"}),
    ("field_labels", "FIELD_LABEL", "Sở Nội vụ chủ trì: tổng hợp", None),
    (
        "field_labels",
        "FIELD_LABEL",
        "Các cơ quan phối hợp triển khai: Công an tỉnh",
        {"support": "Các cơ quan phối hợp triển khai"},
    ),
    ("field_labels", "FIELD_LABEL", "Đơn vị chủ trì tổ chức: Tỉnh đoàn.", {"lead": "Đơn vị chủ trì tổ chức"}),
    ("field_labels", "FIELD_LABEL", "Các đơn vị phối hợp thực hiện các nội dung sau:", None),
    ("field_labels", "FIELD_LABEL", "Các hoạt động: Mở lớp dạy bơi", {"task": "Các hoạt động"}),
    ("field_labels", "FIELD_LABEL", "Nội dung triển khai: Cân trẻ", {"task": "Nội dung triển khai"}),
    ("field_labels", "FIELD_LABEL", "Các nội dung chủ yếu: Huấn luyện", {"task": "Các nội dung chủ yếu"}),
    ("field_labels", "FIELD_LABEL", "Những nội dung cần làm: Phun thuốc", {"task": "Những nội dung cần làm"}),
    ("field_labels", "FIELD_LABEL", "Nội dung này: đã thống nhất", None),
    # a modifier between the unit noun and the role: assigned, taking part, directly, together
    (
        "field_labels",
        "FIELD_LABEL",
        "Đơn vị được giao chủ trì thực hiện: Sở Y tế.",
        {"lead": "Đơn vị được giao chủ trì thực hiện"},
    ),
    ("field_labels", "FIELD_LABEL", "Đơn vị tham gia phối hợp: Công an xã", {"support": "Đơn vị tham gia phối hợp"}),
    (
        "field_labels",
        "FIELD_LABEL",
        "Cơ quan cùng phối hợp thực hiện: Sở Tư pháp",
        {"support": "Cơ quan cùng phối hợp thực hiện"},
    ),
    ("field_labels", "FIELD_LABEL", "Bộ phận trực tiếp thực hiện: Tổ một cửa", {"lead": "Bộ phận trực tiếp thực hiện"}),
    (
        "field_labels",
        "FIELD_LABEL",
        "Đơn vị được phân công thực hiện: Phòng Kinh tế",
        {"lead": "Đơn vị được phân công thực hiện"},
    ),
    ("field_labels", "FIELD_LABEL", "Đơn vị được khen thưởng: Trường Tiểu học Kim Đồng", None),
    ("obligations", "DUTY_IN_HEADING", "dia diem va trach nhiem thuc hien", {}),
    ("obligations", "DUTY_IN_HEADING", "thanh phan va nhiem vu cua to cong tac", {}),
    ("obligations", "DUTY_IN_HEADING", "dia diem to chuc", None),
    ("obligations", "FIELD_HONORIFIC", "Đồng chí Phó chủ tịch Thường trực", {}),
    ("obligations", "FIELD_HONORIFIC", "Các đ/c Phó Giám đốc", {"plural": "Các "}),
    ("obligations", "FIELD_HONORIFIC", "các đồng chí Chuyên viên phòng", {"plural": "các "}),
    ("obligations", "FIELD_HONORIFIC", "Bà Trần Thị Lan", {}),
    ("obligations", "FIELD_HONORIFIC", "Bảo đảm an toàn", None),
    ("obligations", "FIELD_HONORIFIC", "Các đơn vị trực thuộc", None),
    ("obligations", "FIELD_LIST_SEPARATOR", ", ", {}),
    ("obligations", "FIELD_LIST_SEPARATOR", " và ", {}),
    ("obligations", "FIELD_LIST_SEPARATOR", "; - ", {0: "; - "}),
    ("obligations", "FIELD_LIST_SEPARATOR", "vàng", None),
    ("obligations", "FIELD_LIST_SEPARATOR", ";\n- ", {}),
    ("obligations", "FIELD_LIST_MARK", "- Sở Tài chính;", {}),
    ("obligations", "FIELD_LIST_MARK", "+ Xí nghiệp Thủy nông", {}),
    ("obligations", "FIELD_LIST_MARK", "Bà Rịa - Vũng Tàu", None),
    ("obligations", "FIELD_LIST_SEPARATOR", "\n+ ", {}),
    ("obligations", "FIELD_LIST_SEPARATOR", "- ", {}),
    ("obligations", "POST_SCOPE", "phụ trách lĩnh vực Giám sát và Phản biện xã hội", {}),
    ("obligations", "POST_SCOPE", "phụ trách công tác dự phòng", {}),
    ("obligations", "POST_SCOPE", "Phụ trách kế toán", {}),
    ("obligations", "POST_SCOPE", "phụ thuộc vào điều kiện", None),
    ("obligations", "POST_SCOPE", "không phụ trách", None),
    ("field_labels", "FIELD_BLOCK", "Cơ quan chủ trì, phối hợp", {}),
    ("field_labels", "FIELD_BLOCK", "Đơn vị chủ trì và đơn vị phối hợp", {}),
    ("field_labels", "FIELD_BLOCK", "Lực lượng chủ trì, lực lượng phối hợp", {}),  # twenty-ninth twins of T1
    ("field_labels", "FIELD_BLOCK", "Chủ trì, phối hợp và thời hạn", {}),  # twenty-eighth twins of T1
    ("field_labels", "FIELD_BLOCK", "Cơ quan được phân công", {}),
    ("field_labels", "FIELD_BLOCK", "Cơ quan được phân công quản lý kho", None),
    ("field_labels", "FIELD_BLOCK", "Trách nhiệm thực hiện", {}),
    ("field_labels", "FIELD_BLOCK", "Giao nhiệm vụ", {}),
    ("field_labels", "FIELD_BLOCK", "Phân giao nhiệm vụ:", {}),
    ("field_labels", "FIELD_BLOCK", "Giao nhiệm vụ cho Sở Y tế", None),  # a task: whom it is given to
    ("field_labels", "FIELD_BLOCK", "Phân công chủ trì, phối hợp", {}),
    ("field_labels", "FIELD_BLOCK", "Cơ quan, lực lượng phối hợp", {}),
    ("field_labels", "FIELD_BLOCK", "Lực lượng phối hợp", {}),
    ("field_labels", "FIELD_BLOCK", "Trách nhiệm chủ trì và phối hợp", {}),
    ("field_labels", "FIELD_BLOCK", "Cơ quan chủ trì và các cơ quan phối hợp", {}),  # fourteenth twin of T1
    # partaking in the support without a unit's noun (eighteenth twin of T1); not partaking in something else
    # a group with the words that say which, a meeting held together (eighteenth twin of L1); not ``tổ chức``
    ("obligations", "PARTNER_IN_NOUN", "rà soát danh sách tổ tự quản ", {}),
    ("obligations", "PARTNER_IN_NOUN", "duy trì hội nghị giao ban ", {}),
    ("obligations", "PARTNER_IN_NOUN", "sơ kết việc ", {}),  # twenty-third twin of L1: the coordination itself
    # twenty-seventh twins of L1: a title, the course, the units whose duty it is as an object
    ("obligations", "PARTNER_IN_NOUN", "hoàn thiện dự thảo Quy trình luân chuyển hồ sơ ", {}),
    ("obligations", "PARTNER_IN_NOUN", "vướng mắc trong quá trình ", {}),
    ("obligations", "PARTNER_IN_NOUN", "tuân thủ của những đơn vị được giao nhiệm vụ ", {}),
    ("obligations", "PARTNER_IN_NOUN", "Phòng Pháp chế được giao nhiệm vụ ", None),
    ("obligations", "PARTNER_IN_NOUN", "Sở Y tế triển khai Kế hoạch, ", None),
    ("obligations", "PARTNER_IN_NOUN", "Phương án được xây dựng với sự ", {}),  # how a text was made
    ("obligations", "PARTNER_IN_NOUN", "Sở Y tế, với sự ", None),
    ("obligations", "PARTNER_IN_NOUN", "mở lớp bồi dưỡng kỹ năng ", {}),
    ("obligations", "PARTNER_IN_NOUN", "nâng cao năng lực ", {}),
    ("obligations", "PARTNER_IN_NOUN", "củng cố mạng lưới cộng tác viên ", {}),
    # twenty-first twin of L1: the force that works with them, a programme of joint action
    ("obligations", "PARTNER_IN_NOUN", "chi bồi dưỡng cho lực lượng ", {}),
    ("obligations", "PARTNER_IN_NOUN", "đánh giá Chương trình hành động chung ", {}),
    ("obligations", "PARTNER_IN_NOUN", "trình phê duyệt phương án cứu hộ có sự ", {}),
    ("obligations", "PARTNER_IN_NOUN", "Sở Y tế tổ chức ", None),
    # the role held closing a member's line, in any case (eighteenth twin of S2); not a verb of a duty after it
    ("name_clauses", "MEMBERSHIP_ROLE_END", " thành viên;", {}),
    ("name_clauses", "MEMBERSHIP_ROLE_END", " Thư ký.", {}),
    ("name_clauses", "MEMBERSHIP_ROLE_END", " thành viên tổ chức kiểm tra;", None),
    ("field_labels", "FIELD_BLOCK", "Tham gia phối hợp", {}),
    ("field_labels", "FIELD_BLOCK", "Tham gia tập huấn", None),
    # twenty-fifth twins of T1: responsibility divided, or the units' responsibility; not a unit's own duties
    ("field_labels", "FIELD_BLOCK", "Phân định trách nhiệm", {}),
    ("field_labels", "FIELD_BLOCK", "Phân giao trách nhiệm thực hiện", {}),
    ("field_labels", "FIELD_BLOCK", "Trách nhiệm của các bộ phận", {}),
    ("field_labels", "FIELD_BLOCK", "Trách nhiệm của các cơ quan, đơn vị liên quan", {}),
    ("field_labels", "FIELD_BLOCK", "Trách nhiệm của Sở Y tế", None),
    ("field_labels", "FIELD_BLOCK", "Phân định ranh giới rừng", None),
    ("field_labels", "FIELD_LABEL", "Cùng phối hợp: Đoàn Thanh niên xã.", {"support": "Cùng phối hợp"}),
    ("field_labels", "FIELD_LABEL", "Tham gia: Đoàn Thanh niên xã.", None),
    ("field_labels", "PARTNER_ROLE_ONLY", " phối hợp.", {}),
    ("field_labels", "PARTNER_ROLE_ONLY", " cùng phối hợp thực hiện;", {}),
    ("field_labels", "PARTNER_ROLE_ONLY", " chủ trì, phối hợp với Sở Y tế", None),
    # twenty-first twins of S1: an aside in brackets before the colon, a ward's or a hospital's units as the label's noun
    (
        "field_labels",
        "FIELD_LABEL",
        "Cơ quan chủ trì (chịu trách nhiệm chính): Hạt Kiểm lâm.",
        {"lead": "Cơ quan chủ trì"},
    ),
    ("field_labels", "FIELD_LABEL", "Thời hạn hoàn thành (chậm nhất): Tháng 5/2048.", {"time": "Thời hạn hoàn thành"}),
    ("field_labels", "FIELD_LABEL", "Khoa, phòng chủ trì: Khoa Vi sinh.", {"lead": "Khoa, phòng chủ trì"}),
    ("field_labels", "FIELD_LABEL", "Khoa phối hợp: Khoa Dược.", {"support": "Khoa phối hợp"}),
    ("field_labels", "FIELD_LABEL", "Sở Y tế (Chi cục Dân số) chủ trì: rà soát", None),  # a name, then a sentence
    ("field_labels", "FIELD_LABEL", "Phòng Tư pháp chủ trì: rà soát", None),
    # twenty-third twins of S1: an organisation as the unit noun, whom the role serves or the time is due to, the
    # partner of the lead by its role, two manner words
    ("field_labels", "FIELD_LABEL", "Tổ chức chủ trì: Hội Nông dân tỉnh.", {"lead": "Tổ chức chủ trì"}),
    ("field_labels", "FIELD_LABEL", "Tổ chức phối hợp: Hội Cựu chiến binh.", {"support": "Tổ chức phối hợp"}),
    ("field_labels", "FIELD_LABEL", "Tổ chức thực hiện: Hội Nông dân xã.", {"lead": "Tổ chức thực hiện"}),
    ("field_labels", "FIELD_LABEL", "Tổ chức hội thi: kể chuyện, hát dân ca.", None),  # the verb and its object
    (
        "field_labels",
        "FIELD_LABEL",
        "Cơ quan chủ trì giúp Ủy ban nhân dân tỉnh: Sở Xây dựng.",
        {"lead": "Cơ quan chủ trì giúp Ủy ban nhân dân tỉnh", "value": "Sở Xây dựng."},
    ),
    (
        "field_labels",
        "FIELD_LABEL",
        "Cơ quan phối hợp với cơ quan chủ trì: Sở Tài chính.",
        {"support": "Cơ quan phối hợp với cơ quan chủ trì"},
    ),
    (
        "field_labels",
        "FIELD_LABEL",
        "Thời hạn trình Ủy ban nhân dân tỉnh: Quý III/2026.",
        {"time": "Thời hạn trình Ủy ban nhân dân tỉnh"},
    ),
    (
        "field_labels",
        "FIELD_LABEL",
        "Thời hạn hoàn thành và báo cáo Chủ tịch UBND xã: Tháng 12/2026.",
        {"time": "Thời hạn hoàn thành và báo cáo Chủ tịch UBND xã"},
    ),
    (
        "field_labels",
        "FIELD_LABEL",
        "Cơ quan trực tiếp tổ chức thực hiện: Sở Y tế.",
        {"lead": "Cơ quan trực tiếp tổ chức thực hiện"},
    ),
    ("field_labels", "FIELD_LABEL", "Các đơn vị phối hợp với Sở Y tế: rà soát hồ sơ.", None),  # a partner named
    ("field_labels", "FIELD_LABEL", "Đơn vị được giao: Trung tâm Xúc tiến du lịch.", {"lead": "Đơn vị được giao"}),
    ("field_labels", "FIELD_LABEL", "Mô tả công việc: Gia cố 800 m bờ sông.", {"task": "Mô tả công việc"}),
    ("field_labels", "FIELD_LABEL", "Danh mục hoạt động: Khảo sát nhu cầu học nghề.", {"task": "Danh mục hoạt động"}),
    ("field_labels", "FIELD_LABEL", "Danh sách công việc: Lập sổ theo dõi.", {"task": "Danh sách công việc"}),
    ("field_labels", "FIELD_LABEL", "Danh sách hộ: Nguyễn Văn A.", None),  # a list of households, no activities
    ("field_labels", "FIELD_LABEL", "Đơn vị được giao đất: Công ty A.", None),  # given land, not the task
    # the parties and the focal point as the label's unit noun (twenty-eighth twins of S1)
    (
        "field_labels",
        "FIELD_LABEL",
        "Đầu mối chủ trì thực hiện: Ban Chỉ huy Quân sự huyện.",
        {"lead": "Đầu mối chủ trì thực hiện"},
    ),
    (
        "field_labels",
        "FIELD_LABEL",
        "Các bên phối hợp thực hiện: Phòng Nội vụ; Hội Cựu chiến binh.",
        {"support": "Các bên phối hợp thực hiện"},
    ),
    ("field_labels", "FIELD_LABEL", "Bên mời thầu: Ban Quản lý dự án huyện.", None),  # a party to a contract, no role
    (
        "field_labels",
        "FIELD_LABEL",
        "Mô tả: Lắp mới 03 trạm đo bụi mịn.",
        None,
    ),  # describes the item (a description line)
    ("field_labels", "FIELD_BLOCK", "Tổ chức thực hiện", {}),
    ("field_labels", "FIELD_BLOCK", "Phân công cơ quan thực hiện", {}),
    ("field_labels", "FIELD_BLOCK", "Tổ chức hội thi", None),
    ("obligations", "PLACE_NAME_AT_END", "thuế cơ sở 2 tỉnh lạc giang", {"place": " lạc giang"}),
    ("obligations", "PASSIVE_WHO", "Các hoạt động tại điểm a do Sở Y tế chủ trì", {0: "Các hoạt động tại điểm a do "}),
    ("obligations", "PASSIVE_WHO", "Các nội dung trên do Công an tỉnh thực hiện", {0: "Các nội dung trên do "}),
    ("obligations", "FRONTED_PARTNERS", "Với sự phối hợp của Hội Nông dân tỉnh, Sở A chủ trì", {}),
    ("obligations", "PERSON_APPOSITION", ", người có uy tín bản Lử Thàng, hỗ trợ", {}),
    ("obligations", "PERSON_APPOSITION", ", công chức Tư pháp - Hộ tịch xã, hướng dẫn", {}),
    ("obligations", "PERSON_APPOSITION", ", Trưởng bản Háng Tơ, hỗ trợ", None),
    ("obligations", "FRONTED_PARTNERS", "Với sự phối hợp chặt chẽ của các sở, Sở A chủ trì", {}),
    ("obligations", "FRONTED_PARTNERS", "Với sự quan tâm của lãnh đạo tỉnh, Sở A chủ trì", None),
    ("obligations", "PASSIVE_WHO", "Kinh phí do ngân sách tỉnh bảo đảm", None),
    ("obligations", "PLACE_NAME_AT_END", "chi cục hải quan khu vực lũng ngọc", {"place": " lũng ngọc"}),
    ("obligations", "PLACE_NAME_AT_END", "ủy ban nhân dân các xã ven biển", None),
    ("obligations", "PLACE_NAME_AT_END", "ban chỉ huy quân sự cấp xã", None),
    ("obligations", "PLACE_NAME_AT_END", "ngân hàng chính sách xã hội chi nhánh tỉnh", None),
    ("obligations", "PLACE_NAME_AT_END", "liên minh hợp tác xã tỉnh", None),
    ("field_labels", "FIELD_BLOCK", "Đơn vị chủ trì, các đơn vị phối hợp", {}),
    ("field_labels", "FIELD_BLOCK", "Phân công nhiệm vụ cho các xã", None),
    # (the units' responsibility is a block's heading when every line under it is a field, twenty-fifth twins of T1;
    # not the responsibility for a topic)
    ("field_labels", "FIELD_BLOCK", "Trách nhiệm của các cơ quan trong công tác tuyên truyền", None),
    ("obligations", "MANNER_HEADING", "Cách thức tổ chức", {}),
    ("obligations", "MANNER_HEADING", "Cách thức phân công", {}),  # twenty-seventh twins of T3
    ("obligations", "MANNER_HEADING", "Chủ thể thực hiện", {}),
    ("obligations", "MANNER_HEADING", "Chủ thể hóa các nội dung", None),
    ("obligations", "ACTIVITIES_REMARK", "Các nội dung trên được lồng ghép với Chương trình", {}),
    ("obligations", "ACTIVITIES_REMARK", "Những hoạt động nêu trên phải bảo đảm an toàn", {}),
    ("obligations", "ACTIVITIES_REMARK", "Các nội dung trên do Sở Y tế chủ trì", None),
    ("obligations", "ACTIVITIES_REMARK", "Các nội dung cụ thể như sau", None),
    ("obligations", "WHO_ROLE", "có trách nhiệm chủ trì tổ chức thực hiện", {}),
    ("obligations", "MANNER_HEADING", "Phân công thực hiện", {}),
    ("obligations", "MANNER_HEADING", "Phân công và thời gian", {}),
    ("obligations", "MANNER_HEADING", "Tổ chức thực hiện, tiến độ hoàn thành", {}),
    # twentieth twin of T3: the units that take the activities on (``Đơn vị đảm nhận``, ``Cơ quan phụ trách``)
    ("obligations", "MANNER_HEADING", "Đơn vị đảm nhận", {}),
    ("obligations", "MANNER_HEADING", "Cơ quan phụ trách", {}),
    ("obligations", "MANNER_HEADING", "Đơn vị đảm nhận kinh phí", None),
    ("obligations", "MANNER_HEADING", "Thời gian và kinh phí", None),
    ("obligations", "MANNER_HEADING", "Kiểm tra thực tế", None),
    ("obligations", "WHO_ROLE", "chủ trì, phối hợp với Sở Y tế", {}),
    ("obligations", "WHO_ROLE", "là cơ quan thường trực", {}),
    ("obligations", "WHO_ROLE", "được giao chủ trì triển khai các nội dung trên", {}),  # twenty-ninth twins of T3
    ("obligations", "WHO_ROLE", "được giao quản lý 04 cảng cá", None),
    ("obligations", "WHO_ROLE", "trực tiếp chủ trì thực hiện", {}),
    ("obligations", "WHO_ROLE", "trực tiếp kiểm tra", None),
    ("obligations", "WHO_ROLE", "tổ chức kiểm tra", None),
    ("obligations", "GENERIC_EXECUTION", "tổ chức thực hiện", {}),
    ("obligations", "GENERIC_EXECUTION", "triển khai thực hiện các nội dung trên", {}),
    ("obligations", "GENERIC_EXECUTION", "trực tiếp triển khai", {}),
    ("obligations", "GENERIC_EXECUTION", "trực tiếp kiểm tra các cơ sở", None),
    ("obligations", "GENERIC_EXECUTION", "tuyên truyền về lễ hội", None),
    ("obligations", "GENERIC_EXECUTION", "tổ chức thực hiện các nội dung tại điểm a khoản này", {}),
    ("obligations", "GENERIC_EXECUTION", "thực hiện các công việc nêu tại điểm a", {}),
    ("obligations", "APPOSITION", " - Cơ quan thường trực Tổ công tác", {}),
    ("obligations", "APPOSITION", " – cơ quan đầu mối của Ban Chỉ đạo", {}),
    ("obligations", "APPOSITION", " - phổ biến pháp luật", None),
    # what the place the body serves is (twenty-ninth twins of S6)
    ("obligations", "APPOSITION", " - nơi có 14 đường mòn, lối mở thường xuyên bị lợi dụng", {}),
    ("obligations", "APPOSITION", " - địa bàn trọng điểm về buôn lậu", {}),
    ("obligations", "SUPPORT_ONLY", " phối hợp thực hiện.", {}),
    ("obligations", "SUPPORT_ONLY", " tham gia phối hợp", {}),
    ("obligations", "SUPPORT_ONLY", " phối hợp với Sở Y tế kiểm tra", None),
    ("obligations", "AS_FOLLOWS_INTRO", "triển khai phong trào thi đua với các nội dung sau:", {}),
    ("field_labels", "NEXT_FIELD", "Đơn vị chủ trì: Phòng Quản lý Công nghiệp; Đơn vị phối hợp: Phòng", {}),
    ("rules", "BRACKETED_FIELDS", "Tập huấn (Cơ quan chủ trì: Sở Y tế; phối hợp: Sở Tài chính).", {}),
    ("rules", "BRACKETED_FIELDS", "Số hóa hồ sơ (đơn vị chủ trì thực hiện: Sở Nội vụ)", {}),
    ("rules", "BRACKETED_FIELDS", "Rà soát thủ tục (theo Quyết định số 12/QĐ-UBND).", None),
    ("rules", "BRACKETED_FIELDS", "Tổ chức diễn tập (phối hợp: Công an tỉnh).", None),
    ("obligations", "DELEGATION", " yêu cầu các Sở, ban, ngành", {}),
    ("rules_not_task", "LIABILITY", "chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả", {}),
    ("rules_not_task", "LIABILITY", "tổ chức thực hiện, nếu để xảy ra sai phạm phải chịu trách nhiệm", {}),
    ("rules_not_task", "LIABILITY", "chịu trách nhiệm tổ chức triển khai Kế hoạch", None),
    ("rules_not_task", "LIABILITY", "không chịu trách nhiệm do đơn vị phối hợp cung cấp chậm hồ sơ", {}),
    ("rules_not_task", "LIABILITY", "chịu trách nhiệm không để xảy ra sai sót", None),
    (
        "rules_not_task",
        "REWARD_CLAUSE",
        "hoàn thành tốt các nhiệm vụ về thực hiện cơ chế một cửa được xem xét, khen thưởng hàng năm",
        {},
    ),
    ("rules_not_task", "REWARD_CLAUSE", "có hành vi vi phạm các quy định thì coi là không hoàn thành nhiệm vụ", {}),
    ("rules_not_task", "ENTITLEMENT", "Đoàn kiểm tra được sử dụng con dấu của Sở Công Thương", {}),
    ("rules_not_task", "ENTITLEMENT", "được hưởng các chế độ theo quy định hiện hành", {}),
    ("rules_not_task", "ENTITLEMENT", "hướng dẫn các đơn vị được hưởng chế độ theo quy định", None),
    ("rules_not_task", "ENTITLEMENT", "Sở Tài chính hướng dẫn các đơn vị được hưởng chế độ", None),
    ("rules_not_task", "SELF_DISSOLUTION", "tự giải thể sau khi hoàn thành nhiệm vụ.", {}),
    ("rules_not_task", "SELF_DISSOLUTION", "Tổ công tác tự giải thể sau khi kết thúc bầu cử", {}),
    ("rules_not_task", "SELF_DISSOLUTION", "hướng dẫn việc giải thể các hợp tác xã", None),
    ("execution", "EXECUTION_CLAUSE", "chịu trách nhiệm thi hành Quyết định này./.", {}),
    ("execution", "EXECUTION_CLAUSE", "có trách nhiệm tổ chức thực hiện Chỉ thị này.", {}),
    ("execution", "EXECUTION_CLAUSE", "chịu trách nhiệm hướng dẫn thi hành Quyết định này.", None),
    ("execution", "EXECUTION_CLAUSE", "chịu trách nhiệm thi hành Quyết định này; báo cáo kết quả trước 30/6", None),
    ("execution", "EXECUTION_CLAUSE", "chịu trách nhiệm thi hành quyết định này kể từ ngày ký./. | KT.", {}),
    ("execution", "EXECUTION_CLAUSE", "chịu trách nhiệm thi hành Nghị quyết này. Phụ lục (Kèm theo …)", {}),
    ("execution", "EXECUTION_CLAUSE", "cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.", {}),
    (
        "execution",
        "EXECUTION_CLAUSE",
        "chịu trách nhiệm thi hành Quy chế này. Định kỳ trước ngày 15/12 báo cáo",
        None,
    ),
    ("obligations", "RECOMMENDATIONS_HEADING", "IV. KIẾN NGHỊ, ĐỀ XUẤT", {}),
    ("obligations", "RECOMMENDATIONS_HEADING", "III. Đề xuất", {}),
    ("obligations", "RECOMMENDATIONS_HEADING", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026", None),
    ("collectives", "DEPARTMENT_ISSUERS", "so cong thuong", {}),
    ("collectives", "DEPARTMENT_ISSUERS", "cong an tinh lam dong", {}),
    ("collectives", "DEPARTMENT_ISSUERS", "ban quan ly khu kinh te", {}),
    ("collectives", "DEPARTMENT_ISSUERS", "doan kiem tra", {}),
    ("collectives", "DEPARTMENT_ISSUERS", "uy ban nhan dan tinh lao cai", None),
    ("collectives", "DEPARTMENT_ISSUERS", "bo cong an", None),
    ("collectives", "DEPARTMENT_ISSUERS", "ban thuong truc", None),
    ("collectives", "DEPARTMENT_ISSUERS", "to cong tac lien nganh tw", None),
    ("collectives", "DEPARTMENT_ISSUERS", "sohuu", None),
    ("followup", "CHANGE_TITLE", "ke hoach sua doi, bo sung ke hoach so 12/kh-ubnd", {"amends": "sua doi"}),
    ("followup", "CHANGE_TITLE", "quyet dinh bai bo quyet dinh so 9/2019/qd-ubnd", {"repeals": "bai bo"}),
    ("followup", "CHANGE_TITLE", "ke hoach tuyen truyen nam 2026", None),
    ("followup", "REPORT_TITLE", "ket qua thuc hien ke hoach so 12/kh-ubnd", {}),
    ("followup", "REPORT_TITLE", "thuc hien ke hoach so 12/kh-ubnd ve tuyen truyen", None),
    ("rules_not_task", "CLOSING_FORMULA", "kính báo cáo UBND tỉnh./.", {}),
    ("rules_not_task", "CLOSING_FORMULA", "Kính trình Bộ trưởng xem xét, quyết định.", {}),
    ("rules_not_task", "CLOSING_FORMULA", "báo cáo UBND tỉnh trước ngày 30/6/2026.", None),
    ("rules_not_task", "CLOSING_FORMULA", "kính báo cáo; tổng hợp kết quả gửi Sở Nội vụ trước ngày 30/6", None),
    ("rules_not_task", "CLOSING_FORMULA", "gửi các đơn vị biết và tham gia.", {}),
    ("rules_not_task", "REQUEST_OF_ANOTHER", "đề nghị Ủy ban nhân dân các tỉnh hướng dẫn", {}),
    ("rules_not_task", "POINTER_TO_ASSIGNMENTS", "được phân công như sau: | TT | Nhiệm vụ |", {}),
    ("rules_not_task", "POINTER_TO_ASSIGNMENTS", "cụ thể như sau:", {}),
    ("rules_not_task", "POINTER_TO_ASSIGNMENTS", "được giao nhiệm vụ tại Phụ lục kèm theo.", {}),
    ("rules_not_task", "POINTER_TO_ASSIGNMENTS", "được giao chủ trì giám sát ca bệnh", None),  # a duty follows
    ("rules_not_task", "POINTER_TO_ASSIGNMENTS", "triển khai như sau:", None),  # a verb of its own
    ("rules_not_task", "POINTER_TO_ASSIGNMENTS", "thực hiện theo bảng phân công sau:", {}),
    ("rules_not_task", "POINTER_TO_ASSIGNMENTS", "căn cứ Phụ lục kèm theo để triển khai.", {}),
    ("rules_not_task", "POINTER_TO_ASSIGNMENTS", "thực hiện theo phân công dưới đây. Bảng phân công | STT |", {}),
    ("rules_not_task", "POINTER_TO_ASSIGNMENTS", "thực hiện theo bảng kiểm an toàn phẫu thuật.", None),
    ("rules_not_task", "RECEIPT", "nhận được Công văn số 125/UBND-KT ngày 03/3/2026 của UBND huyện", {}),
    ("rules_not_task", "RECEIPT", "đã nhận được Tờ trình số 45/TTr-SXD", {}),
    ("portfolios", "PORTFOLIO", "Văn hóa, Thể thao và Du lịch", {}),
    ("portfolios", "PORTFOLIO", "Lao động - Thương binh và Xã hội", {}),
    ("portfolios", "PORTFOLIO", "Kế hoạch - Tổng hợp", None),  # a division's work, no field after the dash
    ("portfolios", "PORTFOLIO", "Tài chính, Sở Nội vụ", None),  # another name after the comma: not whole
    ("portfolios", "PORTFOLIO", "Văn hóa, Thể thao và Du lịch/Sở Văn hóa và Thể thao", None),  # its other name
    ("portfolios", "FIELD_ANY_CASE", "thương binh và xã hội", {}),
    ("portfolios", "FIELD_ANY_CASE", "thẩm tra quyết toán", None),
    ("portfolios", "PORTFOLIO_MEMBERS", "Khoa học và Công nghệ, Nội vụ", {}),
    ("portfolios", "PORTFOLIO_MEMBERS", "Khoa học và Công nghệ thẩm định", None),  # one department, no list
    ("rules_not_task", "RECEIPT", "nhận được hồ sơ hợp lệ thì chuyển Phòng Quản lý đô thị", None),
    ("rules_not_task", "CLOSING_FORMULA", "thông báo để Công ty X được biết và phối hợp triển khai thực hiện./.", {}),
    ("rules_not_task", "CLOSING_FORMULA", "thông báo kết quả thẩm định cho chủ đầu tư biết trước ngày 15/4", None),
    ("rules_not_task", "REQUEST_OF_ANOTHER", "Kính đề nghị các đơn vị gửi danh sách", {}),
    ("rules_not_task", "REQUEST_OF_ANOTHER", "đề nghị khen thưởng các tập thể", None),
    ("rules_not_task", "CLOSING_FORMULA", "Sau khi nghiên cứu, có ý kiến cụ thể như sau: hồ sơ đã đủ.", {}),
    ("rules_not_task", "CLOSING_FORMULA", "gửi danh sách cán bộ về Sở trước ngày 25/3/2025.", None),
    ("rules_not_task", "CLOSING_FORMULA", "có ý kiến tham gia vào dự thảo quy chế trước ngày 10/4/2025.", None),
    (
        "rules_not_task",
        "REWARD_CLAUSE",
        "có năng lực tốt trong thực hiện cơ chế một cửa là nguồn cán bộ được xem xét, bổ nhiệm",
        {},
    ),
    ("rules_not_task", "REWARD_CLAUSE", "tổng hợp danh sách tập thể được khen thưởng", None),
    ("rules_not_task", "REWARD_CLAUSE", "hoàn thành tốt nhiệm vụ được giao trong năm 2026", None),
    ("rules_not_task", "REWARD_CLAUSE", "có thành tích tiêu biểu được đề nghị khen thưởng", {}),
    ("obligations", "ADVISED_BEFORE", "Sở Y tế tham mưu Ủy ban nhân dân tỉnh ", {"body": "Ủy ban nhân dân tỉnh"}),
    ("obligations", "ADVISED_BEFORE", "tham mưu cho Chủ tịch UBND xã ", {"body": "Chủ tịch UBND xã"}),
    ("obligations", "ADVISED_BEFORE", "tham mưu, đề xuất ", None),
    (
        "phases",
        "RANGE_LABEL",
        "- Đợt 01 dự kiến: Cao điểm tập trung (từ ngày 20/11/2025 đến ngày 03/12/2025)",
        {"ord": "01"},
    ),
    ("phases", "RANGE_LABEL", "Giai đoạn II: triển khai thí điểm (từ tháng 3/2026 đến tháng 6/2026)", {"ord": "II"}),
    ("phases", "RANGE_LABEL", "- Thời gian: từ ngày 20/11/2025 đến ngày 03/12/2025 (đợt 1)", None),
    ("rules_not_task", "ROSTER_ENTRY", "Đồng chí ......", {}),
    ("rules_not_task", "ROSTER_ENTRY", "Ông Lê Văn Minh.", {}),
    ("rules_not_task", "ROSTER_ENTRY", "Đồng chí Lê Văn Minh chủ trì họp", None),
    ("rules_not_task", "QUOTA_ONLY", "Không quá 05 cá nhân", {}),
    ("rules_not_task", "QUOTA_ONLY", "mỗi đơn vị đề nghị không quá 02 tập thể, 05 cá nhân", {}),
    ("rules_not_task", "QUOTA_ONLY", "giám sát bầu cử của tỉnh: Mỗi đoàn xét chọn 01 cá nhân/01 đoàn", {}),
    ("rules_not_task", "QUOTA_ONLY", "cử 02 cán bộ tham gia Tổ công tác", None),
    ("rules_not_task", "REWARD_CLAUSE", "hoàn thành xuất sắc nhiệm vụ được xét tặng Giấy khen", {}),
    ("obligations", "DELEGATION", " đề nghị Ủy ban MTTQ tỉnh", {"request": "đề nghị"}),
    (
        "obligations",
        "DELEGATION",
        " kính báo cáo và kính đề nghị UBND tỉnh xem xét",
        {"request": "kính báo cáo và kính đề nghị"},
    ),
    # without the honorific the report is no part of the request (a Sở's task in a plan: decision 15)
    ("obligations", "DELEGATION", " báo cáo và đề nghị UBND tỉnh khen thưởng", {"request": "đề nghị"}),
    ("obligations", "HONORIFIC_REQUEST", "2. Đề xuất: Kính đề nghị ", {}),
    ("obligations", "HONORIFIC_REQUEST", "UBND huyện kính báo cáo và kính đề nghị ", {}),
    ("obligations", "HONORIFIC_REQUEST", "Kính trình ", {}),
    ("obligations", "HONORIFIC_REQUEST", "Đề nghị ", None),
    ("obligations", "SUPERIOR_BODY_KEY", "uy ban nhan dan tinh ha giang", {}),
    ("obligations", "SUPERIOR_BODY_KEY", "thu tuong chinh phu", {}),
    ("obligations", "SUPERIOR_BODY_KEY", "so tai chinh tinh ha giang", None),
    ("rules_not_task", "LIABILITY", "chịu trách nhiệm về tính chính xác của số liệu", {}),
    ("rules_not_task", "LIABILITY", "vi phạm quy định tại Kế hoạch này thì bị xử lý theo quy định", {}),
    ("rules_not_task", "LIABILITY", "chịu trách nhiệm về việc phân bổ kinh phí đúng mục tiêu", None),
    ("rules_not_task", "LIABILITY", "rà soát các trường hợp bị xử lý kỷ luật", None),
    # issue 23: member lists, past actions and reports are no obligations
    ("obligations", "MEMBER_LINE", "Ông Nguyễn Văn An – Chủ tịch UBND xã – Tổ trưởng;", {"name": "Nguyễn Văn An"}),
    ("obligations", "ROSTER_LINE", "Bà Lâm Thị Kim Cúc Kiểm soát viên Công ty Phó Chủ tịch Hội đồng", {}),
    ("obligations", "ROSTER_LINE", "Bà Cúc kiểm tra niêm phong lồng cầu", None),
    (
        "obligations",
        "ROSTER_LINE",
        "Phó Trưởng tiểu ban Ông Lâm Văn Đực Công chức Văn hóa - Xã hội xã",
        {},
    ),
    ("obligations", "ROSTER_LINE", "Thành viên Bà Thạch Thị Sa Chủ tịch Hội Liên hiệp Phụ nữ xã", {}),
    ("obligations", "ROSTER_LINE", "Sở Y tế đề nghị Ông Trần Văn An báo cáo", None),  # a sentence, no role first
    (
        "obligations",
        "MEMBER_LINE",
        "Tổ phó: Bà Lê Thị Bình - Phó Trưởng phòng Tài chính, Tổ viên",
        {"name": "Lê Thị Bình"},
    ),
    ("obligations", "MEMBER_LINE", "Đồng chí Chủ tịch UBND xã chỉ đạo chung", None),
    # how the post is held, right after the name (twenty-fifth twin of F1); not a verb there
    ("obligations", "MEMBER_LINE", "Thư ký Tổ: Bà Chu Thị Lan kiêm nhiệm.", {"name": "Chu Thị Lan"}),
    ("obligations", "MEMBER_LINE", "Thư ký Tổ: Bà Chu Thị Lan ghi biên bản.", None),
    ("obligations", "MEMBER_LINE", "Ông Nguyễn Văn An chỉ đạo chung", None),
    ("obligations", "MEMBER_LINE", "Đồng chí Nguyễn Văn An - Phó Chủ tịch UBND xã: Phụ trách chung", None),
    ("obligations", "MEMBER_BY_POST", "Giám đốc Sở Tư pháp Trần Văn Bình;", {"name": "Trần Văn Bình"}),
    (
        "obligations",
        "MEMBER_BY_POST",
        "Thứ trưởng Bộ Công an Thượng tướng Lê Văn Cường, Phó Trưởng Ban Chỉ đạo.",
        {"name": "Lê Văn Cường"},
    ),
    ("obligations", "MEMBER_BY_POST", "Giám đốc Sở Nội vụ tỉnh Lâm Đồng chủ trì", None),
    ("obligations", "MEMBER_BY_POST", "Giải đáp vướng mắc thuộc thẩm quyền tỉnh Lâm Đồng", None),
    ("obligations", "MEMBER_LIST_INTRO", "Thành lập Tổ công tác, gồm các ông (bà) có tên sau:", {}),
    ("obligations", "MEMBER_LIST_INTRO", "Các ủy viên Hội đồng, gồm:", {}),
    ("obligations", "MEMBER_LIST_INTRO", "Đoàn kiểm tra số 02 kiểm tra sổ sách. Thành phần Đoàn kiểm tra:", {}),
    ("obligations", "MEMBER_LIST_INTRO", "Thành phần hồ sơ nộp về Sở Tư pháp", None),
    ("obligations", "INVITED_LINE", "Mời đại diện: Sở Tài chính, Thanh tra tỉnh.", {}),
    ("obligations", "ROLE_IN_BRACKETS", "Ủy ban nhân dân các xã, phường (phối hợp).", {"role": "phối hợp"}),
    ("obligations", "ROLE_IN_BRACKETS", "Sở Khoa học và Công nghệ (chủ trì)", {"role": "chủ trì"}),
    ("obligations", "ROLE_IN_BRACKETS", "Sở Y tế (Chi cục Dân số)", None),
    ("obligations", "INVITED_LINE", "Đơn vị được mời cử người tham gia Đoàn: Công an tỉnh, Thuế tỉnh.", {}),
    ("obligations", "INVITED_LINE", "Mời Sở Y tế cử cán bộ trực cấp cứu.", None),
    ("obligations", "REPRESENTED_LINE", "Thành viên: đại diện Phòng Kinh tế và Hạ tầng, Công an huyện.", {}),
    ("obligations", "REPRESENTED_LINE", "Ủy viên: lãnh đạo các phòng chuyên môn thuộc Sở.", {}),
    ("obligations", "REPRESENTED_LINE", "Thành viên: đại diện Công an xã, chịu trách nhiệm bảo đảm an ninh.", None),
    ("obligations", "REPRESENTED_LINE", "Đại diện Sở Y tế báo cáo kết quả.", None),
    ("obligations", "MEMBER_LIST_INTRO", "Các thành viên Ban Chỉ đạo", {}),
    ("obligations", "MEMBER_LIST_INTRO", "Các thành viên Ban Chỉ đạo làm việc theo chế độ kiêm nhiệm", None),
    ("obligations", "CONTENTS_LIST_INTRO", "Ủy ban Hội hoàn thiện hồ sơ báo cáo Trung ương Hội. Hồ sơ bao gồm:", {}),
    ("obligations", "CONTENTS_LIST_INTRO", "Thành phần hồ sơ gồm có:", {}),
    ("obligations", "CONTENTS_LIST_INTRO", "Sở Nội vụ thực hiện các nhiệm vụ gồm:", None),
    ("obligations", "CONTENTS_LIST_INTRO", "Hồ sơ gửi về Sở Nội vụ trước ngày 15/6.", None),
    ("obligations", "MEMBER_DUTY", "Ông A – Tổ trưởng, chịu trách nhiệm điều hành chung", {}),
    (
        "obligations",
        "MEMBER_DUTY",
        "Bà B - Phó Trưởng phòng Theo dõi thi hành pháp luật, Thành viên Tổ giúp việc",
        None,
    ),
    ("obligations", "DUTIES_OF", "Nhiệm vụ và quyền hạn của Ban Chỉ đạo", {}),
    ("obligations", "DUTIES_OF", "Trách nhiệm của Sở Y tế", {}),
    ("obligations", "DUTIES_OF", "Chức năng, nhiệm vụ của Tổ giúp việc", {}),
    ("obligations", "DUTIES_OF", "Nhiệm vụ trọng tâm năm 2026", None),
    ("obligations", "DUTIES_OF", "Nhiệm vụ, quyền hạn chung của Đảng uỷ viên", {}),
    ("obligations", "AS_FOLLOWS_INTRO", "thực hiện chế độ báo cáo bằng văn bản và thư điện tử như sau:", {}),
    ("obligations", "AS_FOLLOWS_INTRO", "tổ chức các hoạt động sau đây:", {}),
    ("obligations", "AS_FOLLOWS_INTRO", "tổ chức các hoạt động được nêu dưới đây:", {}),
    ("obligations", "LIST_OBJECT_FRAME", "đảm nhiệm các phần việc được liệt kê dưới đây:", {}),
    ("obligations", "LIST_OBJECT_FRAME", "khẩn trương hoàn thành những việc sau trong tháng 02/2049:", {}),
    ("obligations", "LIST_OBJECT_FRAME", "rà soát các việc được liệt kê trong Phụ lục:", None),
    ("obligations", "AS_FOLLOWS_INTRO", "có trách nhiệm xem xét, xử lý theo quy trình sau:", {}),
    (
        "obligations",
        "PURPOSE_TASK",
        " về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh",
        {"task": "tổng hợp, báo cáo UBND tỉnh"},
    ),
    ("obligations", "PURPOSE_TASK", " để tổng hợp chung", {"task": "tổng hợp chung"}),
    ("obligations", "PURPOSE_TASK", " để tổng hợp lại", {"task": "tổng hợp lại"}),
    ("obligations", "PURPOSE_TASK", " để kịp thời tổng hợp", None),
    ("obligations", "PURPOSE_OPENER", "về Sở Nội vụ", {}),
    ("obligations", "PURPOSE_OPENER", "gửi Phòng Tài chính", {}),
    ("obligations", "PURPOSE_OPENER", "vềnh", None),
    ("obligations", "PURPOSE_PARTY_TAIL", " (qua Phòng Xây dựng chính quyền) trước ngày 31/3/2026", {}),
    ("obligations", "PURPOSE_PARTY_TAIL", " trước 30/11/2024", {}),
    ("obligations", "PURPOSE_PARTY_TAIL", ", Sở Tài chính", None),
    ("obligations", "STEP_LABEL", "Bước 1: Khi có thông báo", {}),
    ("obligations", "STEP_LABEL", "Bước II - Kiểm tra", {}),
    ("obligations", "STEP_LABEL", "Bước đầu triển khai thí điểm", None),
    ("obligations", "AS_FOLLOWS_INTRO", "kiểm tra hồ sơ theo các bước sau:", {}),
    ("obligations", "AS_FOLLOWS_INTRO", "giám sát thông qua việc tham dự các hoạt động sau:", {}),
    ("obligations", "AS_FOLLOWS_INTRO", "thực hiện theo quy trình đã ban hành.", None),
    ("obligations", "AS_FOLLOWS_INTRO", "thực hiện như sau, bảo đảm tiến độ.", None),
    ("obligations", "AS_FOLLOWS_INTRO", "ưu tiên giải quyết các việc sau:", {}),
    ("obligations", "LIST_OBJECT_FRAME", "đảm nhiệm các việc sau:", {}),
    ("obligations", "LIST_OBJECT_FRAME", "gánh vác những phần việc dưới đây", {}),
    ("obligations", "LIST_OBJECT_FRAME", "thực hiện các việc sau, bảo đảm tiến độ.", None),
    ("obligations", "REPORTS_WHAT_FOLLOWS", " báo cáo UBND tỉnh cụ thể như sau:", {}),
    ("patterns", "HEAD_CUT_END", "1. Các cơ quan, đơn vị, Ban", {}),
    ("patterns", "NAME_DASH_CUT_END", "1. Phòng Văn hóa - Xã hội, Trung tâm Văn hóa -", {}),
    ("patterns", "NAME_DASH_CUT_END", "Nơi nhận: -", None),
    ("patterns", "NAME_DASH_CUT_END", "giai đoạn 2026-", None),
    ("patterns", "HEAD_CUT_END", "- Sở Y tế và Sở **", {}),
    ("patterns", "HEAD_CUT_END", "- Ông Trần Văn Bình, Phó Trưởng Ban", None),
    ("patterns", "HEAD_CUT_END", "2. Giao Ban", {}),
    ("patterns", "HEAD_CUT_END", "1. Chủ tịch Ủy ban nhân dân các xã, Trưởng", {}),  # twenty-ninth twins of WRAP
    ("patterns", "HEAD_CUT_END", "- Giám đốc Sở Y tế và Giám đốc", {}),
    ("patterns", "HEAD_CUT_END", "bổ nhiệm Phó Chủ tịch", None),
    ("patterns", "HEAD_CUT_END", "- Đề nghị Ủy ban", {}),
    ("patterns", "HEAD_CUT_END", "tổ chức họp giao ban", None),
    ("patterns", "HEAD_CUT_END", "Giao Ban Chỉ huy Quân sự", None),
    ("patterns", "NEEDS_WHAT_FOLLOWS_END", "Điều 2. Giao Sở Tài chính, Sở Nông nghiệp và", {}),
    ("patterns", "NEEDS_WHAT_FOLLOWS_END", "- Trung tâm Y tế phối hợp với **", {}),
    ("patterns", "NEEDS_WHAT_FOLLOWS_END", "Lào Cai, ngày", None),
    ("patterns", "NEEDS_WHAT_FOLLOWS_END", "- Sở Nông nghiệp và Môi trường,", None),
    ("obligations", "SPECIFIED_BELOW", "khẩn trương rà soát danh mục thuốc, cụ thể:", {}),
    ("obligations", "SPECIFIED_BELOW", "nâng cao chất lượng dạy học; trong đó lưu ý:", {}),
    ("obligations", "SPECIFIED_BELOW", "kiểm tra an toàn các hồ chứa, cụ thể như sau:", {}),
    ("obligations", "SPECIFIED_BELOW", "thực hiện các nhiệm vụ sau:", None),
    ("obligations", "DUTIES_ONLY", "thực hiện nhiệm vụ, quyền hạn theo quy định tại Nghị định số 118/2025/NĐ-CP", {}),
    ("obligations", "DUTIES_ONLY", "có trách nhiệm", {}),
    ("obligations", "DUTIES_ONLY", "thực hiện kiểm tra nhiệm vụ được giao", None),
    ("obligations", "SPECIFIED_BELOW", "báo cáo kết quả cụ thể:", None),
    ("obligations", "REPORTS_WHAT_FOLLOWS", " thực hiện chế độ báo cáo như sau:", None),
    ("obligations", "DUTIES_OF", "Nhiệm vụ cụ thể của Bí thư Đảng uỷ xã", {}),
    ("obligations", "ACTING_RIGHT", " theo chức năng, nhiệm vụ tích cực hướng dẫn", {}),
    ("obligations", "ACTING_RIGHT", ", trong phạm vi chức năng, nhiệm vụ được giao, chủ động triển khai", {}),
    ("obligations", "ACTING_RIGHT", " căn cứ chức năng, nhiệm vụ xây dựng kế hoạch", {}),
    (
        "obligations",
        "ACTING_RIGHT",
        " theo nhiệm vụ được phân công tại Quyết định số 418/QĐ-UBND ngày 12/3/2030 của Ủy ban nhân dân tỉnh rà soát",
        {0: " theo nhiệm vụ được phân công tại Quyết định số 418/QĐ-UBND ngày 12/3/2030 của Ủy ban nhân dân tỉnh"},
    ),
    ("obligations", "ACTING_RIGHT", " theo Quyết định số 418/QĐ-UBND ngày 12/3/2030 rà soát", None),
    ("obligations", "ACTING_RIGHT", " đối với biển quảng cáo thuộc lĩnh vực, địa bàn do mình quản lý kiểm tra", {}),
    ("obligations", "ACTING_RIGHT", " đối với dự án thuộc thẩm quyền quyết định chủ trương", None),
    ("obligations", "ACTING_RIGHT", " theo chức năng, nhiệm vụ được phân công tiến hành tổng kết", {}),
    ("obligations", "ACTING_RIGHT", " theo Kế hoạch số 12/KH-UBND triển khai", None),
    ("obligations", "ACTING_RIGHT", " theo phân cấp quản lý và phạm vi trách nhiệm của mình tổ chức", {}),
    ("obligations", "ACTING_RIGHT", " theo phân cấp quản lý ngân sách hiện hành", None),
    ("obligations", "ACTING_RIGHT", " theo lĩnh vực, địa bàn được phân công quản lý kiểm tra", {}),
    # each subject in its own charge (seventeenth twin of A4), or what is in its charge
    ("obligations", "ACTING_RIGHT", ", mỗi cơ quan trong phạm vi quản lý của mình, kiểm tra", {}),
    ("obligations", "ACTING_RIGHT", ", từng đơn vị theo chức năng, nhiệm vụ được giao, rà soát", {}),
    ("obligations", "ACTING_RIGHT", ", trong phạm vi quản lý của mình, chỉ đạo", {}),
    # counter-example: ``quản lý`` is a scope only after ``phạm vi`` (``theo quản lý`` is no phrase of a right)
    ("obligations", "ACTING_RIGHT", " theo quản lý của Sở kiểm tra", None),
    ("obligations", "ACTING_RIGHT", " theo ngành, lĩnh vực phụ trách hướng dẫn", {}),
    ("obligations", "ACTING_RIGHT", " theo phân cấp ngân sách hiện hành", None),  # a budget's, no right
    ("obligations", "ACTING_RIGHT", " theo dõi ca bệnh", None),
    ("obligations", "DECISION_LEAD_IN", " quyết định sắp xếp các thôn như sau:", {}),
    ("obligations", "DECISION_LEAD_IN", " phê duyệt danh mục dự án như sau:", {}),
    ("obligations", "DECISION_LEAD_IN", " ban hành các quyết định sau:", None),
    ("obligations", "DECISION_LEAD_IN", " tổ chức thực hiện quyết định như sau:", None),
    ("obligations", "PERSON_NAME_LINE", "Đỗ Mạnh Cường", {}),
    ("obligations", "PERSON_NAME_LINE", "Lê Thị Hoa", {}),
    ("obligations", "PERSON_NAME_LINE", "Phòng Kinh tế huyện", None),
    ("obligations", "CONDITION_THEN", "Đối với hồ sơ nộp trực tuyến thì bộ phận một cửa kiểm tra", {}),
    ("obligations", "CONDITION_THEN", "Trường hợp mưa lớn kéo dài thì Ban Chỉ huy xã sơ tán dân", {}),
    ("obligations", "CONDITION_THEN", "Đối với hồ sơ nộp trực tuyến, bộ phận một cửa kiểm tra", None),
    ("obligations", "CASE_HEADING", "Đối với hồ sơ tranh chấp", {}),
    ("obligations", "CASE_HEADING", "Nếu tranh chấp giữa các hộ", {}),
    ("obligations", "CASE_HEADING", "Trường hợp hồ sơ thiếu giấy tờ", {}),
    ("obligations", "CASE_HEADING", "Nếp sống văn minh", None),
    ("obligations", "CASE_HEADING", "Lưu ý", None),
    ("obligations", "NOT_A_NAME_START", "Như trên", {}),
    ("obligations", "NOT_A_NAME_START", "Hằng năm", {}),
    ("obligations", "NOT_A_NAME_START", "Theo phân công của Trưởng ban", {}),
    ("obligations", "NOT_A_NAME_START", "E-mail", {}),
    ("obligations", "NOT_A_NAME_START", "Thư viện tỉnh", None),
    ("obligations", "NOT_A_NAME_START", "Nhà văn hóa huyện", None),
    ("obligations", "ACTING_RIGHT", " theo chức năng, nhiệm vụ quản lý nhà nước được giao tổ chức kiểm tra", {}),
    ("obligations", "ACTING_RIGHT", " theo chức năng, nhiệm vụ quản lý được giao.", {}),
    ("obligations", "ACTING_RIGHT", " theo chức năng, nhiệm vụ", {}),
    ("obligations", "ACTING_RIGHT", " theo chức năng, nhiệm vụ được giao tại Kế hoạch này triển khai", {}),
    ("rules_not_task", "PAST_ACTION", "Đã tham mưu UBND tỉnh ban hành Kế hoạch", {}),
    ("rules_not_task", "PAST_ACTION", "Trong năm 2025, đã tổ chức 05 lớp tập huấn", {}),
    ("rules_not_task", "PAST_ACTION", "Thực hiện các nhiệm vụ đã được giao", None),
    ("rules_not_task", "PAST_ACTION", "vừa ngắn gọn vừa dễ hiểu", None),
    ("obligations", "REPORT_HEADING", "ket qua thuc hien nam 2025", {}),
    ("obligations", "REPORT_HEADING", "qua trinh xay dung du thao nghi quyet", {}),
    ("obligations", "REPORT_HEADING", "nhung ton tai, han che", {}),
    ("obligations", "REPORT_HEADING", "ket qua du kien", None),
    ("obligations", "FORWARD_HEADING", "phuong huong, nhiem vu nam 2026", {}),
    ("obligations", "FORWARD_HEADING", "cong tac chi dao, dieu hanh", None),
    ("obligations", "AHEAD_TOO", "ket qua nam 2025 va phuong huong nam 2026", {}),
    ("obligations", "AHEAD_TOO", "ket qua thuc hien nhiem vu nam 2025", None),
    # hard-wrapped web copies: where a line break is soft (read/unwrap.py)
    ("patterns", "MARKED_LABEL_START", "**1. Hoàn thiện thể chế", {}),
    ("patterns", "MARKED_LABEL_START", "## II. NHIỆM VỤ", {}),
    ("patterns", "MARKED_LABEL_START", "*a) Tổ chức tập huấn", {}),
    ("patterns", "MARKED_LABEL_START", "Sở Tài chính chủ trì", None),
    ("patterns", "PUBLISHING_SIGNATURE", "TRUNG TÂM CÔNG BÁO VÀ TIN HỌC", {}),
    ("patterns", "PUBLISHING_SIGNATURE", "Văn thư tiếp nhận văn bản đến", {}),
    ("patterns", "PUBLISHING_SIGNATURE", "Thủ tướng Chính phủ", None),
    ("patterns", "BARE_LABEL_LINE", "**III.**", {}),
    ("patterns", "BARE_LABEL_LINE", "2.3.", {}),
    ("patterns", "BARE_LABEL_LINE", "**4**.", {}),
    ("patterns", "BARE_LABEL_LINE", "**IV.****", {}),
    ("patterns", "BARE_LABEL_LINE", "**4**. Tổ chức", None),
    ("patterns", "BARE_LABEL_LINE", "**4 tỷ**.", None),
    ("patterns", "BARE_LABEL_LINE", "III. NHIỆM VỤ", None),
    ("patterns", "BARE_LABEL_LINE", "**1/", {}),  # closed by a slash (twenty-ninth twins of S2)
    ("patterns", "BARE_LABEL_LINE", "1/2", None),
    ("patterns", "BARE_LABEL_WORD_LINE", "**Điều", {}),
    ("patterns", "BARE_LABEL_WORD_LINE", "CHƯƠNG", {}),
    ("patterns", "BARE_LABEL_WORD_LINE", "Điều 3. Hiệu lực", None),
    ("patterns", "LABEL_NUMBER_START", "3.** Chánh Văn phòng", {}),
    ("patterns", "LABEL_NUMBER_START", "IV", {}),
    ("patterns", "LABEL_NUMBER_START", "Sở Nội vụ phối hợp", None),
    ("patterns", "CONTINUING_LINE_END", "phối hợp với Sở Khoa học và", {}),
    ("patterns", "CONTINUING_LINE_END", "Sở Tài chính, Sở Nội vụ,", {}),
    ("patterns", "CONTINUING_LINE_END", "hoàn thành trong quý II/2026.", None),
    ("patterns", "SENTENCE_LINE_END", "hoàn thành trong quý II/2026.**", {}),
    ("patterns", "SENTENCE_LINE_END", "Thời gian thực hiện:", {}),
    ("patterns", "SENTENCE_LINE_END", "Ủy ban nhân dân tỉnh giao Sở", None),
    # collectives (tables/collectives.py): folded names of real assignees
    ("collectives", "SOME_ONLY", "cac co quan, don vi lien quan", {}),
    ("collectives", "SOME_ONLY", "cac doanh nghiep vien thong", {}),
    ("collectives", "SOME_ONLY", "cac so, ban, nganh, doan the", None),
    ("collectives", "SOME_ONLY", "cac co quan, don vi duoc kiem tra", {}),
    ("collectives", "SOME_ONLY", "cac so, ban, nganh duoc xin y kien", {}),
    ("collectives", "SOME_ONLY", "cac co quan, don vi, dia phuong", None),
    # the provinces a national document names as its own (issue 53's boards)
    ("document_places", "PLACES_CUE", "sau day goi tat la cac tinh, thanh pho", {}),
    ("document_places", "PLACES_CUE", "di qua dia phan 09 tinh", {}),
    ("document_places", "PLACES_CUE", "cac tinh, thanh pho truc thuoc trung uong", None),
    ("document_places", "PLACES_CUE_WRITTEN", "(sau đây gọi tắt là các tỉnh, thành phố)", {}),
    ("document_places", "PLACES_CUE_WRITTEN", "tuyến đường sắt đi qua\nđịa phận 09 tỉnh", {}),
    ("document_places", "PLACES_CUE_WRITTEN", "Ủy ban nhân dân các tỉnh, thành phố", None),
    ("document_places", "LIST_SEPARATOR", "lang son, bac giang va bac ninh", {}),
    ("document_places", "LIST_SEPARATOR", "quang tri", None),
    ("document_places", "PROVINCE_KIND", "thanh pho hai phong", {}),
    ("document_places", "PROVINCE_KIND", "hai phong", None),
    ("document_places", "LOCALITY_TERM", "cac bo, co quan, dia phuong", {}),
    ("document_places", "LOCALITY_TERM", "ban chi dao", None),
    ("document_places", "EVERY_PROVINCE", "uy ban nhan dan cac tinh, thanh pho truc thuoc trung uong", {}),
    ("document_places", "EVERY_PROVINCE", "uy ban nhan dan cac tinh, thanh pho", None),
    # decision 11: a section of competences
    ("obligations", "COMPETENCE_HEADING", "tham quyen quyet dinh tieu huy tai lieu het gia tri", {}),
    ("obligations", "COMPETENCE_HEADING", "phan cap tham quyen quyet dinh thanh ly tai san", {}),
    ("obligations", "COMPETENCE_HEADING", "tham quyen, trinh tu, thoi gian danh gia, xep loai", None),
    ("obligations", "COMPETENCE_HEADING", "tham quyen va trach nhiem cua van phong bo", None),
    ("obligations", "COMPETENCE_HEADING", "trach nhiem va tham quyen cua van phong bo", None),
    ("collectives", "CHOOSING_CLAUSE", "so quan ly cong trinh xay dung chuyen nganh", {}),
    ("collectives", "CHOOSING_CLAUSE", "phuong, xa co tuyen duong di qua", {}),
    ("collectives", "CHOOSING_CLAUSE", "so, nganh tham gia chuong trinh", {}),
    ("collectives", "CHOOSING_CLAUSE", "so, ban, nganh, co quan, don vi", None),
    ("collectives", "CHOOSING_CLAUSE", "co quan, don vi, co so", None),
    ("collectives", "ITEM_NOT_A_CLASS", "co quan trung uong dong tren dia ban tinh", {}),
    ("collectives", "ITEM_NOT_A_CLASS", "co quan truyen thong", {}),
    ("collectives", "ITEM_NOT_A_CLASS", "co quan chuc nang thuoc chinh phu", {}),
    ("collectives", "ITEM_NOT_A_CLASS", "don vi truc thuoc so tai chinh", {}),
    ("collectives", "ITEM_NOT_A_CLASS", "thanh pho truc thuoc trung uong", None),
    ("collectives", "ITEM_NOT_A_CLASS", "co quan chuyen mon thuoc uy ban nhan dan tinh", None),
    ("collectives", "OTHER_BODIES_OWN", "don vi truc thuoc kiem toan nha nuoc", {}),
    ("collectives", "OTHER_BODIES_OWN", "co quan thuoc thanh uy", {}),
    ("collectives", "OTHER_BODIES_OWN", "ban xay dung dang cua tinh uy", {}),
    ("collectives", "OTHER_BODIES_OWN", "don vi dong tren dia ban thanh pho", {}),
    ("collectives", "OTHER_BODIES_OWN", "co quan chuyen mon thuoc uy ban nhan dan tinh", None),
    ("collectives", "OTHER_BODIES_OWN", "thanh pho truc thuoc trung uong", None),
    ("collectives", "OTHER_BODIES_OWN", "don vi truc thuoc", None),
    ("followup", "DEPARTMENT_KEY", "so tai chinh", {}),
    ("followup", "DEPARTMENT_KEY", "so nong nghiep va moi truong", {}),
    ("followup", "DEPARTMENT_KEY", "so nganh", None),
    ("followup", "DEPARTMENT_KEY", "so ban nganh", None),
    ("followup", "DEPARTMENT_KEY", "so chuyen nganh", None),
    ("collectives", "ITEM_NOT_A_CLASS", "co quan ngang bo", None),
    ("collectives", "LEVEL_TAIL", "tren dia ban tinh", {}),
    ("collectives", "LEVEL_TAIL", "truc thuoc", {}),
    ("collectives", "LEVEL_TAIL", "bach mai", None),
    ("collectives", "COLLECTIVE_OPENER", "cac so, ban, nganh", {"rest": "so, ban, nganh"}),
    ("collectives", "COLLECTIVE_OPENER", "chu tich uy ban nhan dan cac xa, phuong", {"rest": "xa, phuong"}),
    ("collectives", "COLLECTIVE_OPENER", "chu tich uy ban nhan dan cap xa", {"rest": "xa"}),
    ("collectives", "COLLECTIVE_OPENER", "uy ban nhan dan huyen ha trung", None),
    ("collectives", "CENTRAL_CITY", "uy ban nhan dan cac tinh, thanh pho truc thuoc trung uong", {}),
    ("collectives", "CENTRAL_CITY", "cac huyen, thi xa, thanh pho", None),
    ("collectives", "MINISTRY", "bo tu phap", {}),
    ("collectives", "MINISTRY", "bo chi huy quan su tinh", None),
    ("collectives", "MINISTRY", "bo phan tiep nhan va tra ket qua", None),
    ("collectives", "NATIONAL_TAILS", "toa an nhan dan toi cao", {}),
    ("collectives", "NATIONAL_TAILS", "van phong chinh phu", {}),
    ("collectives", "NATIONAL_TAILS", "thong tan xa viet nam", {}),
    ("collectives", "NATIONAL_TAILS", "uy ban mat tran to quoc viet nam tinh", None),
    # deadlines (tables/deadlines.py; more in tests/test_deadlines.py)
    ("deadlines", "DEADLINE_CUE", "Thời gian xong trước ngày 10/9/2023.", {0: "xong trước ngày "}),
    ("deadlines", "DEADLINE_CUE", "Hoàn thành trong quý IV năm 2027", {0: "Hoàn thành trong "}),
    ("deadlines", "DEADLINE_PROMISE", "bảo đảm hoàn thành trong Quý III/2046", {0: "bảo đảm "}),
    ("deadlines", "DEADLINE_PROMISE", "phấn đấu xong trước ngày 30/6/2030", {0: "phấn đấu "}),
    ("deadlines", "DEADLINE_PROMISE", "bảo đảm an toàn giao thông", None),
    ("deadlines", "DEADLINE_CUE", "Trước 17 giờ ngày 02/4/2031, công bố", {0: "Trước 17 giờ ngày "}),
    ("deadlines", "DEADLINE_CUE", "chậm nhất 16h30 ngày 15/3/2027", {0: "chậm nhất 16h30 ngày "}),
    ("deadlines", "DEADLINE_CUE", "trước khi khai giảng năm học", None),
    ("deadlines", "DEADLINE_CUE", "nhân ngày Chuyển đổi số Quốc gia 10/10", {0: "nhân ngày Chuyển đổi số Quốc gia "}),
    ("deadlines", "DEADLINE_CUE", "tổ chức tri ân nhân ngày 20/11", {0: "nhân ngày "}),
    ("deadlines", "DEADLINE_CUE", "gặp mặt nhân dịp năm mới 2026", None),  # a year names no day
    ("deadlines", "DEADLINE_CUE", "trực trong các ngày 11 và 12 tháng 6 năm 2057", {}),
    ("deadlines", "DEADLINE_CUE", "Thời gian tổ chức: Sáng Chủ nhật, ngày 22/4/2057", {}),
    ("deadlines", "DEADLINE_CUE", "báo cáo trước chiều thứ Sáu, ngày 10/5/2057", {}),
    ("deadlines", "DEADLINE_CUE", "tổ chức vào sáng Chủ nhật hằng tuần", None),  # a weekday, no date after a cue
    ("deadlines", "DAY_LIST", "11 và 12 tháng 6 năm 2057", {}),
    ("deadlines", "DAY_LIST", "10, 11 và 12/6/2057", {}),
    ("deadlines", "DAY_LIST", "11 đơn vị và 12 tháng", None),  # a count, no day
    ("deadlines", "OPENING_TIME", "Quý I/2027, các cơ quan, đơn vị", {0: ""}),
    ("deadlines", "OPENING_TIME", "Trong tháng 12/2026, Sở Nội vụ", {0: "Trong "}),
    ("deadlines", "OPENING_TIME", "2026, năm bản lề", None),
    ("deadlines", "OPENING_TIME_END", ", các cơ quan", {0: ","}),
    ("deadlines", "DEADLINE_CUE", "Từ ngày 23/3/2026 đến ngày 27/3/2026, Đoàn kiểm tra", None),
    ("deadlines", "RANGE_END", "Từ 01/3/2023 đến 30/4/2023", {0: "đến "}),
    ("deadlines", "RANGE_END", "Quý IV/2025- Quý II/2026", {0: "- "}),
    ("deadlines", "RANGE_END", "từ 06/3/2026 đến thời điểm kiểm tra", None),
    ("deadlines", "RANGE_END", "Tháng 6 và tháng 7/2055", {0: "và "}),
    ("deadlines", "RANGE_END", "tháng 6, tháng 7/2055", {0: ", "}),
    ("deadlines", "RANGE_END", "tháng 6 và quý III", None),  # a month and a quarter: no list of months
    ("deadlines", "DAY_RE", "Thị trấn Hà Trung, ngày 10 tháng 3 năm 2023", {"d": "10", "m2": "3", "y2": "2023"}),
    ("deadlines", "DAY_RE", "trước ngày 10/9/2023", {"d": "10", "m": "9", "y": "2023"}),
    ("deadlines", "DAY_RE", "trước ngày 18 hàng tháng", None),
    ("deadlines", "QUARTER_RE", "Hoàn thành trong quý IV năm 2027", {"q": "IV", "y": "2027"}),
    ("deadlines", "QUARTER_RE", "đạt tiêu chí ATTP trong quý III/2023.", {"q": "III", "y": "2023"}),
    ("deadlines", "QUARTER_RE", "hằng quý có ít nhất 01 tin, bài", None),
    ("deadlines", "MONTH_RE", "Ban hành kế hoạch trong tháng 01/2026", {"m": "01", "y": "2026"}),
    ("deadlines", "MONTH_RE", "thời hạn đến tháng 14/6/2026", None),
    ("deadlines", "YEAR_RE", "giai đoạn 2026 - 2030", {"y": "2026", "y2": "2030"}),
    ("deadlines", "YEAR_RE", "Nghị định số 52/2015/NĐ-CP", None),
    ("deadlines", "RECURRENCE_RE", "trước ngày 18 hàng tháng", {"r2": "hàng tháng"}),
    ("deadlines", "RECURRENCE_RE", "Trước ngày 31/01 năm liền kề", {"r4": "năm liền kề"}),
    ("deadlines", "RECURRENCE_RE", "Thường xuyên", {"r5": "Thường xuyên"}),
    ("deadlines", "RECURRENCE_RE", "tập trung vào khu vực thường xuyên xảy ra khai thác trái phép", None),
    ("deadlines", "RECURRENCE_RE", "kiểm tra thường xuyên, bảo đảm không để xảy ra vi phạm", {"r5": "thường xuyên"}),
    ("deadlines", "RECURRENCE_RE", "Thưa Quý khách,", None),
    ("deadlines", "MONTHLY_DAY", "trước ngày 20 hằng tháng", {"day": "20"}),
    ("deadlines", "MONTHLY_DAY", "vào ngày 05 của mỗi tháng", {"day": "05"}),
    ("deadlines", "MONTHLY_DAY", "ngày 25 hàng tháng", {"day": "25"}),
    ("deadlines", "MONTHLY_DAY", "trước ngày 20/6 hằng tháng", None),
    ("deadlines", "MONTHLY_DAY", "Trước ngày 05 của tháng liền kề", {"day": "05", "next": "tháng liền kề"}),
    ("deadlines", "MONTHLY_DAY", "chậm nhất ngày 20 tháng sau", {"day": "20", "next": "tháng sau"}),
    ("deadlines", "MONTHLY_DAY", "trong vòng 3 tháng sau khi nghiệm thu", None),
    ("deadlines", "RECURRENCE_RE", "trước ngày 10 của tháng tiếp theo", {"r2": "tháng tiếp theo"}),
    ("deadlines", "RECURRENCE_RE", "trong vòng 3 tháng sau khi nghiệm thu", None),
    ("deadlines", "MONTHLY_DAY", "hằng tháng", None),
    ("deadlines", "NEXT_PERIOD", "Trước ngày 31/01 năm liền kề", {}),
    ("deadlines", "NEXT_PERIOD", "Trước ngày 05 của tháng liền kề", {}),
    ("deadlines", "NEXT_PERIOD", "trước ngày 18 hàng tháng", None),
    ("deadlines", "BY_REFERENCE", "Theo Kế hoạch rà soát, đánh giá thủ tục hành chính năm 2026 của tỉnh", {}),
    ("deadlines", "BY_REFERENCE", "Theo hướng dẫn của Trung ương", {}),
    ("deadlines", "BY_REFERENCE", "Ban hành kế hoạch trong tháng 01/2026 và tổ chức thực hiện", None),
    ("deadlines", "PLAN_YEAR", "Cải cách hành chính nhà nước năm 2026 tỉnh Lâm Đồng", {1: "2026"}),
    (
        "deadlines",
        "PLAN_YEAR",
        "Thực hiện Đề án số 08 về phát triển công nghiệp tỉnh Lào Cai theo hướng xanh, hiện đại giai đoạn 2026-2030",
        None,
    ),
    (
        "deadlines",
        "PERIOD_IN_TITLE",
        "Thực hiện Đề án số 08 về phát triển công nghiệp tỉnh Lào Cai theo hướng xanh, hiện đại giai đoạn 2026-2030",
        {},
    ),
    (
        "deadlines",
        "PERIOD_IN_TITLE",
        "Triển khai thực hiện Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030",
        {},
    ),
    ("deadlines", "PERIOD_IN_TITLE", "Cải cách hành chính nhà nước năm 2026 tỉnh Lâm Đồng", None),
    # issuers (tables/issuers.py)
    ("issuers", "ABBREVIATION_RE", "UBND thị trấn Hà Trung", {0: "UBND"}),
    ("issuers", "ABBREVIATION_RE", "II. ĐỐI TƯỢNG, NỘI DUNG VÀ HÌNH THỨC TUYÊN TRUYỀN", None),
    ("issuers", "LEVEL_NAME_RE", "uy ban nhan dan thi tran ha trung", {"level": "thi tran", "name": "ha trung"}),
    ("issuers", "LEVEL_NAME_RE", "uy ban nhan dan huyen", {"level": "huyen", "name": None}),
    ("issuers", "LEVEL_NAME_RE", "so xay dung", None),
    # legacy fonts (tables/legacy_encodings.py): font names of real DOCX runs
    ("legacy_encodings", "TCVN3_FONT", ".VnTime", {}),
    ("legacy_encodings", "TCVN3_FONT", ".VnTimeH", {}),
    ("legacy_encodings", "TCVN3_FONT", "VNI-Times", None),
    ("legacy_encodings", "TCVN3_CAPITALS_FONT", ".VnTimeH", {}),
    ("legacy_encodings", "TCVN3_CAPITALS_FONT", ".VnTime", None),
    ("legacy_encodings", "VNI_FONT", "VNI-Times", {}),
    ("legacy_encodings", "VNI_FONT", ".VnTime", None),
    # obligations: the subject and its role
    ("obligations", "ADVERBIAL_OPENER", "Không quá 03 ngày làm việc kể từ", {}),
    ("obligations", "ADVERBIAL_OPENER", "Một tuần trước ngày thi", {}),
    ("obligations", "ADVERBIAL_OPENER", "Trừ trường hợp sự cố bất khả kháng, giao", {}),
    ("obligations", "ADVERBIAL_OPENER", "Ngoại trừ các xã vùng cao, Sở Y tế", {}),
    ("obligations", "ADVERBIAL_OPENER", "Trụ sở Ủy ban nhân dân xã", None),  # (``Trụ``: no exception)
    ("obligations", "ADVERBIAL_OPENER", "Thay mặt Ủy ban nhân dân tỉnh, Sở Ngoại vụ gửi", {}),
    ("obligations", "ADVERBIAL_OPENER", "Thay đổi mẫu biểu báo cáo", None),
    # twenty-third twin of A4: outside hours or days (``Ngoài giờ hành chính và vào các ngày nghỉ, …``)
    ("obligations", "ADVERBIAL_OPENER", "Ngoài giờ hành chính", {}),
    ("obligations", "ADVERBIAL_OPENER", "Ngoài thời gian học chính khóa", {}),
    ("obligations", "ADVERBIAL_OPENER", "Ngoài Sở Y tế, các đơn vị", None),
    ("obligations", "ADVERBIAL_OPENER", "Dưới sự chỉ đạo thống nhất của Ban Chỉ đạo tỉnh", {}),
    # twenty-second twin of A4: where the clause applies (``Ở những xã có trên 30% diện tích nhiễm rầy, …``)
    ("obligations", "ADVERBIAL_OPENER", "Ở những xã có trên 30% diện tích nhiễm rầy", {}),
    ("obligations", "ADVERBIAL_OPENER", "Tại các điểm tiêm chủng", {}),
    ("obligations", "ADVERBIAL_OPENER", "Trên địa bàn các xã vùng cao", {}),
    ("obligations", "ADVERBIAL_OPENER", "Tổ chức tập huấn", None),
    ("obligations", "ADVERBIAL_OPENER", "Nhân dịp Tết cổ truyền của đồng bào Mông", {}),
    ("obligations", "ADVERBIAL_OPENER", "Nhân dân các xã tham gia", None),
    ("obligations", "ADVERBIAL_OPENER", "05 ngày làm việc sau khi nhận hồ sơ", {}),
    ("obligations", "ADVERBIAL_OPENER", "Một số đơn vị", None),
    ("obligations", "ADVERBIAL_OPENER", "Không muộn hơn 15 ngày kể từ", {}),
    ("obligations", "ADVERBIAL_OPENER", "Không tổ chức", None),
    # how often (thirteenth twins of A4): ``Cứ 02 ngày một lần …,``
    ("obligations", "ADVERBIAL_OPENER", "Cứ 02 ngày một lần trong thời gian cao điểm", {}),
    ("obligations", "ADVERBIAL_OPENER", "Cứu hộ", None),
    ("obligations", "ADVERBIAL_OPENER", "Quý I/2027, các cơ quan, đơn vị, địa phương đánh giá", {}),
    ("obligations", "CONNECTIVE", "Vì vậy, Sở Y tế kiểm tra", {}),
    ("obligations", "CONNECTIVE", "Thứ hai, Ban Quản lý Khu kinh tế", {}),  # twenty-third twin of WRAP: an ordinal
    ("obligations", "CONNECTIVE", "Thứ trưởng Bộ Y tế", None),
    ("obligations", "CONNECTIVE", "Hai là, Đội Trật tự đô thị phường", {}),  # twenty-seventh twin of WRAP
    ("obligations", "CONNECTIVE", "Hai là đơn vị dẫn đầu", None),
    ("obligations", "ORDINAL_ITEM", "Thứ hai, Ban Quản lý Khu kinh tế", {}),
    ("obligations", "ORDINAL_ITEM", "Ba là, Ban điều hành các khu phố", {}),
    ("obligations", "ORDINAL_ITEM", "Năm là năm bản lề", None),
    ("collectives", "SHORT_LEVEL", "thị xây dựng", {0: "thị"}),
    ("collectives", "SHORT_LEVEL", "thành lập đoàn", None),
    ("collectives", "SHORT_LEVEL", "thành viên", {0: "thành"}),  # (``short_level_at`` asks what follows)
    ("collectives", "SHORT_LEVEL_ENDS", ", thị", {}),
    ("collectives", "SHORT_LEVEL_ENDS", " và thành", {0: " và "}),
    ("collectives", "NOT_COLLECTIVE", "truong hop vi pham", {0: "truong hop"}),
    ("collectives", "NOT_COLLECTIVE", "truong hoc", None),
    ("obligations", "CONNECTIVE", "Vậy Hội Nông dân xã vận động", {}),
    ("obligations", "CONNECTIVE", "Vậy động viên hội viên", {}),
    ("obligations", "CONNECTIVE", "Vận động hội viên", None),
    ("obligations", "CONNECTIVE", "Do đơn vị tự bố trí", None),
    ("obligations", "ADVERBIAL_OPENER", "Đối với các nhiệm vụ năm 2026, các sở chủ động bố trí kinh phí", {}),
    ("obligations", "DIFFICULTY_CONDITION", "nếu có khó khăn, vướng mắc các cơ quan kịp thời phản ánh", {}),
    ("obligations", "DIFFICULTY_CONDITION", "Khi có phát sinh Trung tâm Y tế báo cáo", {}),
    ("obligations", "DIFFICULTY_CONDITION", "nếu có nhu cầu hỗ trợ", None),
    ("obligations", "DIFFICULTY_CONDITION", "nếu thấy cần sửa đổi, bổ sung các cơ quan, đơn vị đề xuất", {}),
    ("obligations", "DIFFICULTY_CONDITION", "Khi cần điều chỉnh Trung tâm Y tế báo cáo", {}),
    ("obligations", "DIFFICULTY_CONDITION", "trường hợp cần bổ sung kinh phí", None),
    ("obligations", "INSERTED_CLAUSE", ", trên cơ sở đề xuất của các cơ quan, đơn vị, chủ trì tổng hợp", {}),
    ("obligations", "INSERTED_CLAUSE", ", là cơ quan thường trực của Hội đồng, hướng dẫn", {}),
    ("obligations", "INSERTED_CLAUSE", ", trong khuôn khổ dự toán được giao, bố trí", {}),
    # the time, even out of hours (twenty-fifth twin of A4); not more members
    ("obligations", "INSERTED_CLAUSE", ", kể cả vào ngày nghỉ, ngày lễ, duy trì", {}),
    ("obligations", "INSERTED_CLAUSE", ", kể cả các đơn vị trực thuộc, thực hiện", None),
    ("obligations", "INSERTED_CLAUSE", ", ngoài các nhiệm vụ chuyên môn thường xuyên, hướng dẫn", {}),
    ("obligations", "INSERTED_CLAUSE", ", bên cạnh nhiệm vụ được giao, tổ chức", {}),
    ("obligations", "INSERTED_CLAUSE", ", Sở Tài chính phối hợp kiểm tra", None),
    # twenty-second twin of A4: by what document the subjects act (``theo Quy chế phối hợp số …``), not ``theo dõi``
    ("obligations", "INSERTED_CLAUSE", ", theo Quy chế phối hợp số 07/QCPH ngày 20/02/2047, kiểm soát", {}),
    ("obligations", "INSERTED_CLAUSE", ", theo hướng dẫn của Bộ Y tế, tổ chức", {}),
    ("obligations", "INSERTED_CLAUSE", ", theo dõi tình hình dịch bệnh", None),
    ("obligations", "ADVERBIAL_OPENER", "Riêng đối với các trường vùng khó khăn, Sở Y tế cử cán bộ", {}),
    ("obligations", "ADDRESSED_LEAD_IN", "Đối với UBND thị trấn:", {}),
    ("obligations", "ADDRESSED_LEAD_IN", "Riêng đối với Xưởng Cơ khí:", {}),
    ("obligations", "CONCERNING", "Đối với các xã khó khăn, Sở Y tế cử cán bộ", {}),
    ("obligations", "CONCERNING", "Riêng đối với các xã khó khăn, Sở Y tế cử cán bộ", {}),
    ("obligations", "CONCERNING", "Sở Y tế đối với các xã khó khăn", None),
    ("obligations", "ADDRESSED_LEAD_IN", "Đối với Cảng vụ Hàng hải Quy Nhơn", {}),
    ("obligations", "ADDRESSED_LEAD_IN", "Đối với các nhiệm vụ năm 2026, các sở chủ động bố trí kinh phí", None),
    ("obligations", "ADDRESSED_LEAD_IN", "Đối với Sở Y tế: tổ chức kiểm tra", None),
    (
        "obligations",
        "ADVERBIAL_OPENER",
        "Căn cứ Kế hoạch này, các cơ quan, đơn vị, địa phương trên địa bàn tỉnh chủ động xây dựng",
        {},
    ),
    ("obligations", "ADVERBIAL_OPENER", "Vào đầu mỗi tháng, Chi cục Thủy lợi gửi lịch điều tiết", {}),
    ("obligations", "ADVERBIAL_OPENER", "Với những bến đò ngang trên sông Lam, Thanh tra Sở kiểm tra", {}),
    ("obligations", "ADVERBIAL_OPENER", "Viện Kiểm sát nhân dân tỉnh phối hợp", None),
    ("obligations", "ADVERBIAL_OPENER", "Kể từ ngày nhận đủ hồ sơ, Phòng Quản lý đô thị thẩm định", {}),
    ("obligations", "ADVERBIAL_OPENER", "Sở Tài chính chủ trì, phối hợp các sở, ban, ngành", None),
    # another's assent it acts on, a time limit at most (seventeenth twins of A4)
    ("obligations", "ADVERBIAL_OPENER", "Được sự thống nhất của Ban Thường vụ Huyện ủy, Phòng Văn hóa tổ chức", {}),
    ("obligations", "ADVERBIAL_OPENER", "Được sự đồng ý của Sở Y tế, Trung tâm tổ chức", {}),
    ("obligations", "ADVERBIAL_OPENER", "Tối đa 06 ngày làm việc sau khi nhận hồ sơ, Phòng Kiểm tra đối chiếu", {}),
    ("obligations", "ADVERBIAL_OPENER", "Được giao chủ trì, Sở Y tế tổ chức", None),
    ("obligations", "ROLE_AFTER_SUBJECT", "chủ trì, phối hợp các sở, ban, ngành", {}),
    ("obligations", "ROLE_AFTER_SUBJECT", "có trách nhiệm", {}),
    ("obligations", "ROLE_AFTER_SUBJECT", "đăng tải thông", None),
    # the focal point, as the one who leads (twenty-fifth twin of A5); not working as one in a phrase of its task
    ("obligations", "ROLE_AFTER_SUBJECT", "làm đầu mối, phối hợp với Công an tỉnh tổ chức các nhiệm vụ dưới đây:", {}),
    ("obligations", "ROLE_AFTER_SUBJECT", "làm đầu mối liên lạc với các hộ dân", None),
    ("obligations", "ROLE_START", "là cơ quan thường trực, có trách nhiệm quản lý", {}),
    ("obligations", "ROLE_START", "chủ trì, phối hợp các sở, ban, ngành", {}),
    ("obligations", "ROLE_START", "đăng tải thông", None),
    # what describes a subject, no task (decision 16)
    ("obligations", "NOT_A_PREDICATE", "cho vay ưu đãi hộ nghèo", None),  # lend: a verb, not ``cho`` (for)
    # a passive after its tense (twenty-third twins: ``… sẽ được mời …``), not one that assigns
    ("obligations", "NOT_A_PREDICATE", "sẽ được bổ sung biên chế", {}),
    ("obligations", "NOT_A_PREDICATE", "sẽ phối hợp rà soát", None),
    ("obligations", "NOT_A_PREDICATE", "đến từng nhà vận động học sinh", None),  # going to each house to do it
    ("obligations", "NOT_A_PREDICATE", "đến ngày 30/6/2026", {}),
    ("obligations", "NOT_A_PREDICATE", "đang công tác tại Trạm Y tế xã", {}),  # what it is doing now
    ("obligations", "DESCRIBES_SUBJECT", "là giáo viên có kinh nghiệm", {}),
    ("obligations", "DESCRIBES_SUBJECT", "có 03 phòng chuyên môn", {}),
    ("obligations", "DESCRIBES_SUBJECT", "hiện phụ trách 19 trạm y tế xã với 146 viên chức", {}),
    ("obligations", "DESCRIBES_SUBJECT", "hiện đại hóa 19 trạm y tế xã", None),
    ("obligations", "DESCRIBES_SUBJECT", "hiện có 02 bến cá và 14 viên chức", {}),  # what it has now
    ("obligations", "DESCRIBES_SUBJECT", "hiện đang nuôi dưỡng 142 đối tượng", {}),  # what it does now, counted
    ("obligations", "DESCRIBES_SUBJECT", "hiện nay đang quản lý 12 tuyến đê", {}),
    ("obligations", "DESCRIBES_SUBJECT", "hiện đang triển khai kế hoạch tiêm chủng", None),  # no count: as read
    ("obligations", "DESCRIBES_SUBJECT", "có ít nhất 03 năm công tác trong ngành", {}),  # a criterion
    ("obligations", "NOT_A_PREDICATE", "có tối thiểu 05 năm kinh nghiệm quản lý", {}),
    # what it is now (thirteenth twins of F3): ``hiện là chủ đầu tư …``, ``hiện nay là …``; not its role (``là cơ quan``)
    ("obligations", "NOT_A_PREDICATE", "hiện là chủ đầu tư của 03 dự án kè", {}),
    ("obligations", "NOT_A_PREDICATE", "hiện nay là đơn vị quản lý 12 trạm bơm", {}),
    ("obligations", "NOT_A_PREDICATE", "hiện đại hóa hệ thống quan trắc", None),
    ("obligations", "NOT_A_PREDICATE", "có kế hoạch bảo vệ rừng", None),  # a task (``có kế hoạch``)
    ("obligations", "DESCRIBES_SUBJECT", "là cơ quan thường trực", None),
    ("obligations", "DESCRIBES_SUBJECT", "lập danh sách", None),
    ("obligations", "DESCRIBES_SUBJECT", "gồm có Tổ trưởng và các thành viên", {}),
    ("obligations", "DESCRIBES_SUBJECT", "do Giám đốc Sở quyết định thành lập", {}),
    ("obligations", "DESCRIBES_SUBJECT", "hoạt động theo chế độ kiêm nhiệm", {}),
    ("obligations", "DESCRIBES_SUBJECT", "hoạt động hiệu quả", None),
    ("obligations", "NOT_A_PREDICATE", "về việc sắp xếp đơn vị hành chính cấp tỉnh", {}),
    ("obligations", "NOT_A_PREDICATE", "tại Tờ trình", {}),
    ("obligations", "NOT_A_PREDICATE", "làm việc theo Quy chế hoạt động của Ban", {}),
    ("obligations", "DESCRIBES_SUBJECT", "hoạt động theo quy chế do Trưởng ban ban hành", {}),
    ("obligations", "NOT_A_PREDICATE", "thuộc Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", {}),  # 111
    ("obligations", "NOT_A_PREDICATE", "tối thiểu 80m2", {}),
    ("rules_not_task", "QUANTITY_ONLY", "tối thiểu 80m2;", {}),  # 111
    ("rules_not_task", "QUANTITY_ONLY", "không quá 05 người.", {}),
    ("rules_not_task", "QUANTITY_ONLY", "bố trí tối thiểu 80m2;", None),  # a verb first: a task
    ("obligations", "CONDITIONAL_TASK", "Trường hợp hồ sơ chưa đúng, chưa đủ theo quy định thì hướng dẫn", {}),  # 111
    ("obligations", "CONDITIONAL_TASK", "Đối với các loại công việc được ghi giấy hẹn thì tiếp nhận", {}),
    ("obligations", "CONDITIONAL_TASK", "Trường hợp hồ sơ chưa đủ: Sở Tư pháp hướng dẫn", None),  # its own subject
    ("obligations", "CONDITIONAL_TASK", "Đối với hồ sơ quá hạn thì Tổ một cửa báo cáo", None),  # a named doer
    ("obligations", "NOT_A_PREDICATE", "làm việc tại bộ phận tiếp nhận và trả kết quả", {}),  # 111, where they work
    ("obligations", "NOT_A_PREDICATE", "làm việc với các xã", None),  # the verb làm việc với
    ("obligations", "NOT_A_PREDICATE", "theo quy định của pháp luật", {}),
    ("obligations", "NOT_A_PREDICATE", "theo dõi việc thực hiện kế hoạch", None),  # the verb theo dõi
    ("obligations", "NOT_A_PREDICATE", "cho ý kiến bằng văn bản", None),  # the verb cho ý kiến
    ("obligations", "NOT_A_PREDICATE", "được giao chủ trì", None),
    ("obligations", "TASK_LIST_INTRO", "- Tập đoàn Vingroup – Công ty CP có trách nhiệm:", {}),
    ("obligations", "TASK_LIST_INTRO", "1. Nhiệm vụ trọng tâm: Các giải pháp đột phá", None),
    ("obligations", "TASK_LIST_INTRO", "cần tập trung thực hiện một số nội dung trọng tâm sau:", {}),
    ("obligations", "TASK_LIST_INTRO", "thực hiện các việc sau:", {}),
    ("obligations", "TASK_LIST_INTRO", "tập trung thực hiện những việc sau đây:", {}),
    ("obligations", "TASK_LIST_INTRO", "chủ động làm những việc dưới đây:", {}),
    ("obligations", "TASK_LIST_INTRO", "có nhiệm vụ thực hiện các phần việc dưới đây:", {}),
    ("obligations", "TASK_LIST_INTRO", "Phòng Quản lý thể dục thể thao tiến hành các việc sau:", {}),
    ("obligations", "TASK_LIST_INTRO", "đã tiến hành các bước kiểm tra sau:", None),
    ("obligations", "TASK_LIST_INTRO", "tiếp tục thực hiện tốt các nhiệm vụ, giải pháp chủ yếu sau đây:", {}),
    ("obligations", "TASK_LIST_INTRO", "đã đạt được một số kết quả nổi bật sau:", None),
    ("obligations", "TASK_LIST_INTRO", "kính đề nghị UBND tỉnh xem xét một số nội dung sau:", None),
    # a province written as the actor (a notice of conclusions addressing a locality)
    ("obligations", "PLACE_SUBJECT", "thành phố Đà Nẵng cần tập trung", {"name": "Đà Nẵng"}),
    ("obligations", "PLACE_SUBJECT", "Tỉnh Hòa Bình khẩn trương", {"name": "Hòa Bình"}),
    ("obligations", "PLACE_SUBJECT", "thành phố có 10 phường", None),
    ("obligations", "PLACE_PREDICATE", " cần tập trung thực hiện", {}),
    ("obligations", "PLACE_PREDICATE", " khẩn trương rà soát", {}),
    ("obligations", "PLACE_PREDICATE", " là trung tâm văn hóa", None),
    ("obligations", "PLACE_PREDICATE", " có 10 huyện", None),
    ("obligations", "PARTNER", "phối hợp chặt chẽ với Thường trực Hội đồng nhân dân", {0: "phối hợp chặt chẽ với "}),
    ("obligations", "PARTNER", "Phối hợp thường xuyên với ban đại diện", {0: "Phối hợp thường xuyên với "}),
    (
        "obligations",
        "PARTNER",
        "Phối hợp thường xuyên trong mùa cao điểm với ban tự quản",
        {0: "Phối hợp thường xuyên trong mùa cao điểm với "},
    ),
    # from when, in more words (twenty-first twin of L1)
    (
        "obligations",
        "PARTNER",
        "Phối hợp ngay từ khâu chuẩn bị với hội đồng",
        {0: "Phối hợp ngay từ khâu chuẩn bị với "},
    ),
    ("obligations", "PARTNER", "phối hợp chặt chẽ, kịp thời với Công an xã", {0: "phối hợp chặt chẽ, kịp thời với "}),
    ("obligations", "PARTNER", "Phối hợp nhanh chóng với trưởng các thôn", {0: "Phối hợp nhanh chóng với "}),
    ("obligations", "PARTNER", "Phối hợp có hiệu quả với tổ trưởng", {0: "Phối hợp có hiệu quả với "}),
    (
        "obligations",
        "PARTNERS_BEFORE_ROLE",
        "X là cơ quan chủ trì, Hiệp hội Du lịch tỉnh và Sở Y tế là cơ quan phối hợp, thực hiện",
        {"names": "Hiệp hội Du lịch tỉnh và Sở Y tế"},
    ),
    ("obligations", "PARTNERS_BEFORE_ROLE", "Sở Y tế, các đơn vị là đơn vị phối hợp", {"names": "các đơn vị"}),
    ("obligations", "PARTNERS_BEFORE_ROLE", "Sở Y tế là cơ quan chủ trì, phối hợp với Sở Tài chính", None),
    (
        "obligations",
        "PARTNER",
        "Phối hợp theo từng tuyến thu gom với ban điều hành",
        {0: "Phối hợp theo từng tuyến thu gom với "},
    ),
    ("obligations", "PARTNER", "phối hợp tổ chức hội nghị với Sở Y tế", {0: "phối hợp "}),
    ("obligations", "PARTNER", "với sự phối hợp chặt chẽ của Hội Nông dân tỉnh", {0: "phối hợp chặt chẽ của "}),
    ("obligations", "PARTNER", "kết quả phối hợp của các ngành", {0: "phối hợp "}),
    ("obligations", "INSERTED_CLAUSE", ", với sự phối hợp của Công an tỉnh, kiểm tra", {}),
    ("obligations", "PARTNER", "Đơn vị phối hợp: Phòng Quản lý Năng lượng", None),
    # what ends just before a ``phối hợp`` that is a noun phrase's word (decision 8), searched up to it
    ("obligations", "PARTNER_IN_NOUN", "nghiên cứu mô hình ", {}),
    ("obligations", "PARTNER_IN_NOUN", "thống nhất lịch ", {}),
    ("obligations", "PARTNER_IN_NOUN", "hoàn thiện kịch bản ", {}),
    ("obligations", "PARTNER_IN_NOUN", "chuẩn bị dự thảo Đề án ", {}),
    ("obligations", "PARTNER_IN_NOUN", "xây dựng tiêu chí đánh giá hoạt động ", {}),
    ("obligations", "PARTNER_IN_NOUN", "Sở Y tế chủ trì, ", None),
    ("obligations", "PARTNER_IN_NOUN", "xây dựng thỏa thuận ", {}),
    ("obligations", "PARTNER_IN_NOUN", "rà soát danh mục nhiệm vụ ", {}),
    ("obligations", "PARTNER_IN_NOUN", "Sở Công Thương có nhiệm vụ ", None),
    ("obligations", "PARTNER_IN_NOUN", "ký kết quy chế ", {}),
    # a covenant, a pledge; a text's kind between its noun and ``phối hợp`` (seventeenth twin of L1)
    ("obligations", "PARTNER_IN_NOUN", "chuẩn bị hội nghị ký kết giao ước ", {}),
    ("obligations", "PARTNER_IN_NOUN", "ký kết Chương trình liên tịch ", {}),
    ("obligations", "PARTNER_IN_NOUN", "triển khai kế hoạch tuyên truyền ", None),
    # a channel, a rule of duties (thirteenth twins of L1); not a duty's verb (``có trách nhiệm phối hợp``)
    ("obligations", "PARTNER_IN_NOUN", "duy trì kênh ", {}),
    ("obligations", "PARTNER_IN_NOUN", "duy trì kênh trao đổi thông tin ", {}),
    ("obligations", "PARTNER_IN_NOUN", "ban hành Quy định trách nhiệm ", {}),
    ("obligations", "PARTNER_IN_NOUN", "Sở Tư pháp có trách nhiệm ", None),
    ("obligations", "PARTNER_IN_NOUN", "Sở Tư pháp chịu trách nhiệm ", None),
    ("obligations", "PARTNER_IN_NOUN", "ký biên bản ghi nhớ ", {}),
    ("obligations", "PARTNER_IN_NOUN", "cập nhật danh bạ các đầu mối ", {}),
    ("obligations", "PARTNER_IN_NOUN", "Sở Y tế chủ trì, ", None),
    ("obligations", "PARTNER_NOT", "các cơ quan chủ trì", {}),
    ("obligations", "PARTNER_NOT", "Thường trực Hội đồng nhân dân", None),
    (
        "obligations",
        "ASSIGNMENT_LINE",
        "Đơn vị chủ trì: Phòng Quản lý Công nghiệp; Đơn vị phối hợp: Phòng Quản lý Năng lượng, Văn phòng Sở.",
        {"lead": "Phòng Quản lý Công nghiệp", "support": "Phòng Quản lý Năng lượng, Văn phòng Sở"},
    ),
    ("obligations", "ASSIGNMENT_LINE", "- Cơ quan chủ trì: Bộ Công", {"lead": "Bộ Công", "support": None}),
    ("obligations", "ASSIGNMENT_LINE", "a) Sở Tài chính chủ trì, phối hợp các sở, ban, ngành", None),
    # what a body is made of, at the task's start (a real QĐ's ``Hội đồng tư vấn chuyên ngành: gồm Chủ tịch, …``)
    ("name_clauses", "EXCEPTION_ASIDE", "trừ Chủ tịch Hội đồng, nghiên cứu", {}),
    ("name_clauses", "EXCEPTION_ASIDE", "không kể các đơn vị đã hoàn thành, báo cáo", {}),
    ("name_clauses", "EXCEPTION_ASIDE", "trực tiếp chỉ đạo, báo cáo", None),
    ("rules_not_task", "COMPOSITION", "gồm Chủ tịch, các thành viên thường trực", {}),
    ("rules_not_task", "COMPOSITION", "bao gồm đại diện Sở Tài chính, Sở Nội vụ", {}),
    ("rules_not_task", "COMPOSITION", "lập danh sách gồm họ tên, ngày sinh", None),
]


#: How ``src/`` applies a pattern whose every part is optional, so that ``search`` would find it anywhere.
APPLIED_WITH = {
    ("name_clauses", "NAMED_PAIR"): "match",
    ("obligations", "ORDINAL_ITEM"): "match",
    ("rules_not_task", "COMPOSITION"): "match",
    ("deadlines", "DAY_LIST"): "match",
    ("name_clauses", "EXCEPTION_ASIDE"): "match",
    ("obligations", "ACTIVITIES_REMARK"): "match",
    ("name_clauses", "NAMED_PERSONS"): "match",
    ("name_clauses", "PROCESS_NOUN"): "match",
    ("collectives", "MINISTRY_UNIT"): "match",
    ("collectives", "MARKED_HEAD_NOUN"): "match",
    ("collectives", "SHARED_SCOPE"): "match",
    ("collectives", "LEVEL_BEFORE_COLON"): "fullmatch",
    ("name_clauses", "AMOUNT_UNIT"): "match",
    ("obligations", "PLACE_SUBJECT"): "match",
    ("portfolios", "PORTFOLIO"): "match",
    ("portfolios", "FIELD_ANY_CASE"): "match",
    ("portfolios", "PORTFOLIO_MEMBERS"): "match",
    ("obligations", "PURPOSE_PARTY_TAIL"): "match",
    ("obligations", "PLACE_PREDICATE"): "match",
    ("obligations", "ROLE_AFTER_SUBJECT"): "fullmatch",
    ("rules_not_task", "QUOTA_ONLY"): "fullmatch",
    ("rules_not_task", "ROSTER_ENTRY"): "fullmatch",
    ("rules_not_task", "POINTER_TO_ASSIGNMENTS"): "match",
    ("obligations", "APPOSITION"): "fullmatch",
    ("obligations", "GENERIC_EXECUTION"): "fullmatch",
    ("obligations", "SUPPORT_ONLY"): "fullmatch",
    ("deadlines", "OPEN_ENDED"): "match",
    ("qualifiers", "QUALIFIER_START"): "match",
    ("obligations", "AWARDEE_CLASS"): "match",
    ("obligations", "TASK_OPENER_LEAD"): "match",
    ("obligations", "TASK_MANNER_OPENER"): "match",
    ("obligations", "TASK_ROLE_OPENER"): "match",
    ("obligations", "NOT_A_TASK_OPENER"): "match",
    ("obligations", "FIELD_HONORIFIC"): "match",
    ("obligations", "POST_SCOPE"): "match",
    ("patterns", "DIGITS_READ"): "fullmatch",
    ("name_clauses", "AREA_CLAUSE"): "match",
    ("patterns", "HAMLET_PLACE"): "match",
    ("patterns", "MEMBER_LIST"): "match",
    ("name_clauses", "RANK"): "match",
    ("name_clauses", "RANK_LIST"): "match",
    ("name_clauses", "REPEATED_WITH"): "match",
}


@pytest.mark.parametrize(
    "module,name,text,groups", PATTERN_EXAMPLES, ids=[f"{m}.{n}:{t[:30]}" for m, n, t, _g in PATTERN_EXAMPLES]
)
def test_every_pattern_matches_its_documented_examples(module, name, text, groups):
    import importlib

    pattern = getattr(importlib.import_module(f"vbparse.tables.{module}"), name)
    m = getattr(pattern, APPLIED_WITH.get((module, name), "search"))(text)
    if groups is None:
        assert m is None, m
        return
    assert m is not None
    assert {g: m.group(g) for g in groups} == groups


def _table_modules() -> list[str]:
    import pkgutil

    import vbparse.tables

    return sorted(m.name for m in pkgutil.iter_modules(vbparse.tables.__path__))


@pytest.mark.parametrize("module", _table_modules())
def test_every_pattern_of_a_table_has_examples(module):
    """A pattern added to any table module (found by walking ``vbparse.tables``, so a new module is covered
    too) comes with at least one real example it matches (``PATTERN_EXAMPLES``)."""
    import importlib
    import re

    import regex

    from vbparse.pattern_cache import Gated

    mod = importlib.import_module(f"vbparse.tables.{module}")
    compiled = {
        n for n, v in vars(mod).items() if isinstance(v, (regex.Pattern, re.Pattern, Gated)) and not n.startswith("_")
    }
    with_examples = {n for m, n, _t, g in PATTERN_EXAMPLES if m == module and g is not None}
    assert compiled - with_examples == set()


@functools.lru_cache(maxsize=1)
def _corpus_lines() -> tuple[str, ...]:
    """Every line of the corpus' texts, and of ``../shared``'s when it is there, normalised and stripped."""
    from vbparse.chars import nfc

    root = Path(__file__).resolve().parents[1]
    files = [p for p in (root / "corpus").rglob("*") if p.suffix in {".txt", ".md"}]
    shared = root.parent / "shared"
    files += [p for p in shared.glob("*/*") if p.suffix in {".txt", ".md"}] if shared.is_dir() else []
    return tuple(nfc(ln).strip() for p in files for ln in p.read_text(encoding="utf-8", errors="replace").splitlines())


def _gated_patterns() -> list[tuple[str, str]]:
    import importlib

    from vbparse.pattern_cache import Gated

    return [
        (module, name)
        for module in _table_modules()
        for name, v in vars(importlib.import_module(f"vbparse.tables.{module}")).items()
        if isinstance(v, Gated)
    ]


def test_the_gate_check_finds_the_gated_patterns():
    assert {("rules_not_task", "LIABILITY"), ("deadlines", "RECURRENCE_RE"), ("phases", "STAGE")} <= set(
        _gated_patterns()
    )


@pytest.mark.parametrize("module,name", _gated_patterns())
def test_a_gate_opens_on_every_line_its_pattern_matches(module, name):
    """A gate is a necessary condition: on every line of the corpus' texts (and of ``../shared``'s when it is
    there) and every example where the pattern matches, one of the gate's words stands."""
    import importlib

    gate = getattr(importlib.import_module(f"vbparse.tables.{module}"), name)
    lines = [*_corpus_lines(), *(t for m, n, t, _g in PATTERN_EXAMPLES if (m, n) == (module, name))]
    matched = [ln for ln in lines if gate.pattern.search(ln)]
    assert matched, "no line of the corpus shows the pattern: the check would prove nothing"
    assert [ln for ln in matched if not gate.opens(ln)] == []


def test_the_example_check_walks_every_table_module():
    assert {"patterns", "phases", "closing", "collectives", "deadlines", "issuers", "obligations"} <= set(
        _table_modules()
    )


# issue 14: a stage's Roman numeral is read by the structure parser's ``roman_to_int`` (the phases had a
# table of their own that stopped at X)
@pytest.mark.parametrize(
    "line,ordinal",
    [
        ("Giai đoạn XII (2026 - 2027): hoàn thành số hóa hồ sơ.", 12),
        ("Giai đoạn IV: từ năm 2028 đến năm 2030.", 4),
        ("Bước 2 (2031): tổng kết.", 2),
    ],
)
def test_a_stage_labelled_in_roman_or_arabic_numerals_gets_its_ordinal(line, ordinal):
    from vbparse import parse

    doc = parse(
        "ỦY BAN NHÂN DÂN\nXÃ HÀ TRUNG\nSố: 42/KH-UBND\nHà Trung, ngày 10 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
        f"Chuyển đổi số năm 2026\n\nI. LỘ TRÌNH\n1. {line}\n"
    )
    assert [p.ordinal for p in doc.phases] == [ordinal]


@pytest.mark.parametrize(
    "text,expanded",
    [
        ("UBND thị trấn Hà Trung", "Ủy ban nhân dân thị trấn Hà Trung"),
        ("Thường trực HĐND, UBMTTQ", "Thường trực Hội đồng nhân dân, Ủy ban Mặt trận Tổ quốc"),
        ("BTV ĐU", "Ban Thường vụ Đảng ủy"),
        ("UBNDX dự án", "UBNDX dự án"),  # whole words only; ``dự`` is not ``ĐU``
    ],
)
def test_issuer_abbreviations_are_spelled_out(text, expanded):
    from vbparse.tables.issuers import expand_abbreviations

    assert expand_abbreviations(text) == expanded


def test_citation_names_are_every_name_and_alias_of_the_type_table():
    from vbparse.tables.doctypes import (
        CITATION_NAMES,
        DOC_TYPES,
        GLUED_TYPE_CODES,
        TYPE_LINE_NAMES,
    )

    assert set(CITATION_NAMES) == {n for e in DOC_TYPES for n in (e.name, *e.aliases)}
    assert {"Biên bản", "Giấy mời", "Phương án", "Chỉ thị", "Văn bản"} <= set(CITATION_NAMES)
    assert {"PHƯƠNG ÁN", "CHỈ THỊ", "CÔNG ĐIỆN", "GIẤY MỜI"} <= set(TYPE_LINE_NAMES)
    assert set(GLUED_TYPE_CODES) <= {e.code for e in DOC_TYPES}
    # longest first, so that an alternation tries ``Thông tư liên tịch`` before ``Thông tư``
    assert [len(n) for n in CITATION_NAMES] == sorted((len(n) for n in CITATION_NAMES), reverse=True)


@pytest.mark.parametrize(
    "text,names",
    [
        ("Sở Tài chính, Sở Nội vụ chủ trì", ["Sở Tài chính", "Sở Nội vụ"]),
        ("Công an tỉnh cùng với Bộ Chỉ huy Quân sự tỉnh phối hợp", ["Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"]),
        ("VPTK & VHXH thực hiện", ["VPTK", "VHXH"]),
        ("Sở Y tế / Sở Nội vụ thực hiện", ["Sở Y tế", "Sở Nội vụ"]),
        ("Sở Y tế, đề nghị Ủy ban MTTQ tỉnh phối hợp", ["Sở Y tế", "Ủy ban MTTQ tỉnh"]),
    ],
)
def test_enumeration_joiners_separate_the_names_of_a_subject(text, names):
    from vbparse.extract.assignees import subject

    found, _end, _mode = subject(text)
    assert [text[n.start : n.end] for n in found] == names


def test_every_citation_holds_the_number_mark_that_lets_a_line_be_scanned():
    """``find_citations`` scans only lines with ``CITATION_NUMBER_MARK``: no citation may lack it."""
    from vbparse.tables.patterns import CITATION, CITATION_NUMBER_MARK

    texts = [text for _module, name, text, groups in PATTERN_EXAMPLES if name == "CITATION" and groups is not None]
    texts += [
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ",
        "Thực hiện Kết luận số 26-KL/TU; Công văn số 2888 / UBND-NV",
        "Luật Tổ chức chính quyền địa phương số 72/2025/QH15",
    ]
    found = [m.group() for text in texts for m in CITATION.finditer(text)]
    assert len(found) >= len(texts)
    assert [f for f in found if CITATION_NUMBER_MARK.search(f) is None] == []


def test_a_line_a_label_pattern_matches_begins_as_match_label_asks():
    """``match_label`` tries its patterns only on lines whose first characters a label can begin with
    (``may_be_label``): every line of the corpus that one of the patterns matches begins so."""
    from vbparse.structure.parser import _label_patterns, match_label, may_be_label
    from vbparse.tables import patterns as P

    patterns = [P.LABEL_PART, P.LABEL_ARTICLE, P.LABEL_ROMAN, P.LABEL_ARABIC, P.LABEL_LETTER, P.LABEL_BULLET]
    lines = [
        *_corpus_lines(),
        "Phần II. Tổ chức",
        "Điều 3. Hiệu lực",
        "IV. KINH PHÍ",
        "2.1. Sở",
        "đ) Công an",
        "• Báo cáo",
    ]
    labelled = [ln for ln in lines if any(p.match(ln) for p in patterns)]
    assert len(labelled) > 100
    assert [ln for ln in labelled if not may_be_label(ln)] == []
    # and only the patterns its first character leads to can match it
    assert [
        ln for ln in labelled if any(p.match(ln) and p not in dict(_label_patterns(ln[:1])) for p in patterns)
    ] == []
    assert all(match_label(ln) is not None for ln in labelled[:50])
    assert match_label("Các sở, ban, ngành") is None
    assert not may_be_label("Chủ tịch UBND") and not may_be_label("Lập kế hoạch") and not may_be_label("")
    assert may_be_label("C. Kinh phí") and may_be_label("a) Sở") and may_be_label("Phần II")


@pytest.mark.parametrize("word", ["cong", "hoa", "nghia", "cong hoa xa hoi chu nghia"])
def test_a_fold_finder_finds_a_word_where_the_fold_of_a_line_holds_it(word):
    """``chars.fold_finder`` answers on the text as it is what folding it would: on every line of the corpus,
    and on spellings with other marks, other case and look-alike letters."""
    from vbparse.chars import fold, fold_finder

    finder = fold_finder(word)
    lines = [*_corpus_lines(), "CỘNG HOÀ", "Cộng hòa", "ĐẢNG CỘNG SẢN", "công văn", "CÔNG AN", "cỏng", "c o n g"]
    lines += ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Cộng hoà xã hội chủ nghĩa", "CỘNG HÒA  XÃ HỘI CHỦ NGHĨA"]
    found = [ln for ln in lines if finder.search(ln)]
    assert found
    assert [ln for ln in lines if (finder.search(ln) is not None) != (word in fold(ln))] == []


def test_a_fold_finder_takes_a_folded_word():
    from vbparse.chars import fold_finder

    with pytest.raises(ValueError, match="folded word"):
        fold_finder("Cộng")


def test_a_task_tables_header_names_a_task_and_who_does_it():
    from vbparse.tables.table_columns import names_task_and_who

    assert names_task_and_who(["STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian"])
    assert names_task_and_who(["TT", "Nhiệm vụ", "Người thực hiện"])
    # a table of targets by year names a task column and no one; a flattened table asks for a lead or partner
    assert not names_task_and_who(["STT", "Chỉ tiêu", "Năm 2026", "Năm 2027"])
    assert not names_task_and_who(["TT", "Nhiệm vụ", "Người thực hiện"], frozenset({"lead", "support"}))
