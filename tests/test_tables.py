"""Each pattern table with real examples from the corpus and the reference."""

from __future__ import annotations

import pytest

from vbparse.extract.entities import entity_matcher
from vbparse.extract.numbers import parse_number
from vbparse.tables.doctypes import canonical_code, code_for_name


@pytest.mark.parametrize("raw,value,serial,year,type_code,issuer_code,form", [
    ("42 /KH-UBND", "42/KH-UBND", 42, None, "KH", "UBND", "admin"),
    ("2888/UBND-NV", "2888/UBND-NV", 2888, None, "CV", "UBND-NV", "cong_van"),
    ("09/2019/QĐ-UBND", "09/2019/QĐ-UBND", 9, 2019, "QĐ", "UBND", "normative"),
    ("26-NQ/ĐU", "26-NQ/ĐU", 26, None, "NQ", "ĐU", "party"),
    ("/KH-HĐTĐKT", "/KH-HĐTĐKT", None, None, "KH", "HĐTĐKT", "admin"),
    ("09/2019", "09/2019", 9, 2019, None, None, "partial"),
    ("64/2025/QH15", "64/2025/QH15", 64, 2025, "Luật", "QH15", "law"),
    ("3027/QĐUBND", "3027/QĐ-UBND", 3027, None, "QĐ", "UBND", "admin"),
    ("996/KH-TCTLNTW-C04", "996/KH-TCTLNTW-C04", 996, None, "KH", "TCTLNTW-C04", "admin"),
    ("58/CĐ-TTg", "58/CĐ-TTg", 58, None, "CĐ", "TTg", "admin"),
    ("5973 /UBND-KT", "5973/UBND-KT", 5973, None, "CV", "UBND-KT", "cong_van"),
    # signed PDFs: the serial drawn a few spaces before the symbol, a type code printed letter-spaced
    ("51   /TTr-SNV", "51/TTr-SNV", 51, None, "TTr", "SNV", "admin"),
    ("329  /B C-UBND", "329/BC-UBND", 329, None, "BC", "UBND", "admin"),
    # scans: a handwritten serial OCR could not read keeps the printed symbol, never a guessed serial
    ("5Ø /KH-BCA-C04", "/KH-BCA-C04", None, None, "KH", "BCA-C04", "admin"),
    ("45 46 /QĐ-UBND", "/QĐ-UBND", None, None, "QĐ", "UBND", "admin"),
    ("2/  /TTr-CAT-PC04", "/TTr-CAT-PC04", None, None, "TTr", "CAT-PC04", "admin"),
])
def test_parse_number_forms(raw, value, serial, year, type_code, issuer_code, form):
    n = parse_number(raw)
    assert (n.value, n.serial, n.year, n.type_code, n.issuer_code, n.form) == (
        value, serial, year, type_code, issuer_code, form)


def test_type_codes_are_matched_regardless_of_case():
    assert canonical_code("QYĐ") == "QyĐ"
    assert canonical_code("TTR") == "TTr"
    assert canonical_code("UBND") is None
    assert code_for_name("Kế hoạch") == "KH"
    assert code_for_name("Văn bản") == "CV"


@pytest.mark.parametrize("text,canonical", [
    ("Công chức Văn phòng –thống kê UBND", "Văn phòng - Thống kê"),
    ("bộ phận VPTK", "Văn phòng - Thống kê"),
    ("phối hợp với công chức VHXH", "Văn hóa - Xã hội"),
    ("UB MTTQ và Trưởng các ĐTCT-XH", "Mặt trận Tổ quốc"),
    ("TT Đảng ủy, TT.HĐND", "Thường trực Đảng ủy"),
    ("Bộ phận Văn hoá - thông tin", "Văn hóa - Thông tin"),
    ("van phong thong ke", "Văn phòng - Thống kê"),
])
def test_assignee_aliases(text, canonical):
    found = entity_matcher().find(text)
    assert found and found[0].canonical == canonical


def test_longest_alias_wins():
    found = entity_matcher().find("Thường trực HĐND thị trấn")
    assert [e.canonical for e in found] == ["Thường trực HĐND"]


@pytest.mark.parametrize("line,raw", [
    ("Số:  51   /TTr-SNV        Lâm Đồng, ngày 19 tháng 01 năm 2026", "51   /TTr-SNV"),
    ("Số: 42 /KH-UBND      Hà Trung, ngày 10 tháng 3 năm 2023", "42 /KH-UBND"),
    ("Số:      /KH-UBND", "/KH-UBND"),
])
def test_number_line_spans_the_gap_before_the_symbol_but_not_the_column_gap(line, raw):
    from vbparse.tables.patterns import NUMBER_LINE

    assert NUMBER_LINE.search(line).group("raw") == raw


@pytest.mark.parametrize("query,numbers", [
    ("42/KH-UBND", ["42/KH-UBND"]),
    ("kế hoạch 42/kh-ubnd thi đua", ["42/kh-ubnd"]),
    ("09/2019/QĐ-UBND", ["09/2019/QĐ-UBND"]),
    ("26-NQ/ĐU", ["26-NQ/ĐU"]),
    ("hằng tháng 3/tháng", []),
    ("2/3 số xã", []),
])
def test_a_number_typed_in_a_query_is_found_in_either_case(query, numbers):
    from vbparse.tables.patterns import TYPED_NUMBER

    assert [m.group() for m in TYPED_NUMBER.finditer(query)] == numbers


# --- what OCR makes of a scan's header (real lines of ../shared/realdocs scans) -----------------------

@pytest.mark.parametrize("line,raw", [
    ("Só:đÓ6 /KH-TCTLNTW-C04              Hà Nội", "đÓ6 /KH-TCTLNTW-C04"),
    ("Số:  5Ø /KH-BCA-C04           Hà Nội, ngàyÓ2 tháng 10 năm 2025", "5Ø /KH-BCA-C04"),
    ("Số: 0_   /TTr-UBND   Quảng Ngãi, ngày#tháng 01 năm 2025", "0_   /TTr-UBND"),
    ("Số: 45 46 /QĐ-UBND                Lào Cai", "45 46 /QĐ-UBND"),
])
def test_recognised_number_line_keeps_the_symbol_after_an_unreadable_serial(line, raw):
    from vbparse.tables.patterns import RECOGNISED_NUMBER_LINE

    assert RECOGNISED_NUMBER_LINE.search(line).group("raw") == raw


@pytest.mark.parametrize("line,place,day,month,year", [
    ("Hà Nội, ngày44tháng Q@năm 2026", "Hà Nội", "44", "Q@", "2026"),
    ("Lâm Đồng. ngày Ø3 tháng 02 năm 2026", "Lâm Đồng", "Ø3", "02", "2026"),
    ("Quảng Ngãi,  ngày &@  tháng I1 năm 2024", "Quảng Ngãi", "&@", "I1", "2024"),
    ("Hà Nội,  ngày  tháng 7 năm 2026", "Hà Nội", "", "7", "2026"),
])
def test_recognised_place_date_takes_any_day_and_month(line, place, day, month, year):
    from vbparse.tables.patterns import RECOGNISED_PLACE_DATE

    m = RECOGNISED_PLACE_DATE.search(line)
    assert (m.group("place"), m.group("d"), m.group("m"), m.group("y")) == (place, day, month, year)


@pytest.mark.parametrize("line,is_type", [
    ("KẾ HOẠCH", True), ("KÉ HOẠCH", True), ("A644   KÉ HOẠCH", True), ("QUYẾT: ĐỊNH CHÁP THUẬN", True),
    ("  TỜ TRÌNH", True), ("W/v trao đổi về một số quy định", True), ("V/v kế hoạch kiểm tra", True),
    ("Kính gửi: Cục Hải quan", True),
    ("Kế hoạch số 42/KH-UBND ngày 10/3/2023", False), ("Ủy ban nhân dân tỉnh", False),
])
def test_type_line_is_found_whatever_marks_ocr_put_on_it(line, is_type):
    from vbparse.tables.patterns import TYPE_OR_VV

    assert bool(TYPE_OR_VV.match(line)) is is_type


@pytest.mark.parametrize("line", ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "CỘNG HOÀ XÃ HỘI", "CỌNG          HÒA XÃ HỌI CHỦ",
                                  "Cộng hòa xã hội chủ nghĩa Việt Nam"])
def test_quoc_hieu_is_found_with_misread_marks(line):
    from vbparse.tables.patterns import QUOC_HIEU

    assert QUOC_HIEU.match(line)


@pytest.mark.parametrize("line,is_noi_nhan", [
    ("Nơi nhận:", True), ("Nơi nhận", True), ("Noi nhan:", True),
    # OCR of an italic ``Nơi`` (real scans 25_ and 46_)
    ("AI nhận:", True), ("Xới nhận:", True),
    ("- Như trên;", False), ("Người nhận: ông A", False), ("Ghi nhận kết quả", False),
])
def test_noi_nhan_line_also_as_ocr_reads_it(line, is_noi_nhan):
    from vbparse.tables.patterns import NOI_NHAN

    assert bool(NOI_NHAN.match(line)) is is_noi_nhan
