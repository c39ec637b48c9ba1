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
