"""Every stage reads the document types and the preamble openers from ``tables/`` (issue 14): each row of
``doctypes.DOC_TYPES`` is cited in running text and, as a type line, heads a layout header; each opener of
``paragraphs.PREAMBLE_OPENERS`` gives its relation and starts a paragraph of layout text."""

from __future__ import annotations

import datetime as dt

import pytest

from vbparse import parse
from vbparse.read import read_text_string
from vbparse.tables.doctypes import DOC_TYPES, TYPE_LINE_NAMES, code_for_name
from vbparse.tables.paragraphs import PREAMBLE_OPENERS

HEAD = """ỦY BAN NHÂN DÂN
XÃ HÀ TRUNG
Số: 42/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Trung, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Cải cách hành chính năm 2026

"""
BODY = "\nI. MỤC ĐÍCH, YÊU CẦU\n1. Triển khai có hiệu quả.\n"


def _number(entry) -> str:
    """A number of the entry's type as a citation writes it (a law's symbol is the Quốc hội's)."""
    return "64/2025/QH15" if entry.code == "Luật" else f"05/{entry.code}-UBND"


def _cited(name: str, number: str):
    doc = parse(HEAD + f"Căn cứ {name} số {number} ngày 02/3/2026 của UBND xã Hà Trung;\n" + BODY)
    return [(r.doc_type, r.number, r.date, r.issuer, r.relation) for r in doc.references]


# Issue 14: ``Căn cứ Biên bản số 05/BB-UBND …`` and ``Giấy mời số 09/GM-UBND`` gave no reference: the
# citation pattern had a word list of its own that left them out.
@pytest.mark.parametrize(
    "entry,name",
    [(e, n) for e in DOC_TYPES for n in (e.name, *e.aliases)],
    ids=lambda x: x if isinstance(x, str) else x.code,
)
def test_every_type_of_the_table_is_cited(entry, name):
    number = _number(entry)
    assert _cited(name, number) == [(entry.code, number, dt.date(2026, 3, 2), "UBND xã Hà Trung", "basis")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Căn cứ Biên bản số 05/BB-UBND ngày 02/3/2026 của UBND xã Hà Trung;", ("BB", "05/BB-UBND", "basis")),
        ("Thực hiện Giấy mời số 09/GM-UBND ngày 02/3/2026 của UBND xã Hà Trung;", ("GM", "09/GM-UBND", "implements")),
        # ``Thi hành`` carries the document out, as ``Thực hiện`` does
        ("Thi hành Nghị quyết số 05/NQ-HĐND ngày 02/3/2026 của HĐND xã Hà Trung;", ("NQ", "05/NQ-HĐND", "implements")),
    ],
)
def test_the_reported_citations_give_a_reference(text, expected):
    doc = parse(HEAD + text + "\n" + BODY)
    assert [(r.doc_type, r.number, r.relation) for r in doc.references] == [expected]


def test_thi_hanh_inside_a_clause_leaves_the_relation_of_its_opener():
    doc = parse(
        HEAD + "Căn cứ Nghị định số 43/2014/NĐ-CP ngày 15/5/2014 của Chính phủ quy định chi tiết thi hành một số"
        " điều của Luật Đất đai; Nghị định số 01/2017/NĐ-CP ngày 06/01/2017 của Chính phủ;\n" + BODY
    )
    assert [(r.number, r.relation) for r in doc.references] == [("43/2014/NĐ-CP", "basis"), ("01/2017/NĐ-CP", "basis")]


# Issue 14: ``Giấy uỷ quyền`` (the old tone placement of ``Giấy ủy quyền``) gave no reference.
def test_a_type_name_in_the_old_tone_placement_is_cited_and_spans_index_the_text_as_written():
    preamble = (
        "Căn cứ Giấy uỷ quyền số 12/GUQ-UBND ngày 02/3/2026 của UBND xã Hà Trung và Quyết định số 5/QĐ-UBND"
        " ngày 03/3/2026 của UBND xã Hà Trung;\n"
        "Căn cứ Bản thoả thuận số 3/BTT-UBND ngày 04/3/2026 của UBND xã Hà Trung;\n"
    )
    text = HEAD + preamble + BODY
    doc = parse(text)
    assert [(r.doc_type, r.doc_type_name, r.number, r.date, r.relation) for r in doc.references] == [
        ("GUQ", "Giấy ủy quyền", "12/GUQ-UBND", dt.date(2026, 3, 2), "basis"),
        ("QĐ", "Quyết định", "5/QĐ-UBND", dt.date(2026, 3, 3), "basis"),
        ("BTT", "Bản thỏa thuận", "3/BTT-UBND", dt.date(2026, 3, 4), "basis"),
    ]
    assert [text[r.span.start : r.span.end] for r in doc.references] == [
        "Giấy uỷ quyền số 12/GUQ-UBND ngày 02/3/2026 của UBND xã Hà Trung",
        "Quyết định số 5/QĐ-UBND ngày 03/3/2026 của UBND xã Hà Trung",
        "Bản thoả thuận số 3/BTT-UBND ngày 04/3/2026 của UBND xã Hà Trung",
    ]
    assert doc.references[0].raw.startswith("Giấy uỷ quyền")


def test_quy_dinh_in_lower_case_is_the_verb_not_a_citation():
    doc = parse(HEAD + "Căn cứ các nội dung quy định 12/2020 của Bộ;\n" + BODY)
    assert doc.references == [] or all(r.doc_type != "QyĐ" for r in doc.references)


# --- a type line heads a layout header whatever the type ----------------------------------------------

#: ``pdftotext -layout`` of a plan's first page (as tests/test_pdf_tables.py LAYOUT).
LAYOUT = (
    "ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "  TỈNH LÂM ĐỒNG                          Độc lập - Tự do - Hạnh phúc\n"
    "Số: 12/KH-UBND                      Lâm Đồng, ngày 10 tháng 3 năm 2026\n"
    "\n"
    "                              {type_line}\n"
    "                   Cải cách hành chính năm 2026\n"
    "\n"
    "     Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
    "I. TỔ CHỨC THỰC HIỆN\n"
    "     1. Sở Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch và báo cáo Ủy ban nhân dân\n"
    "tỉnh trước ngày 15/12/2026.\n"
    "Nơi nhận:                                        CHỦ TỊCH\n"
    "- Như trên;\n"
    "- Lưu: VT.                                     Nguyễn Văn An\n"
)


# Issue 14: a layout header typed ``PHƯƠNG ÁN`` or ``CHỈ THỊ`` lost its issuer, place and date where
# ``KẾ HOẠCH`` kept them: the layout reader found the end of the header with a list of its own.
@pytest.mark.parametrize("type_line", TYPE_LINE_NAMES)
def test_a_layout_header_keeps_issuer_place_and_date_under_every_type_line(type_line):
    text = LAYOUT.format(type_line=type_line)
    assert read_text_string(text).format == "txt-layout"
    doc = parse(text)
    assert doc.doc_type.code == code_for_name(type_line)
    assert (doc.issuer.name, doc.place, doc.issued_date) == (
        "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
        "Lâm Đồng",
        dt.date(2026, 3, 10),
    )
    assert doc.number.value == "12/KH-UBND"


# --- the preamble openers --------------------------------------------------------------------------


@pytest.mark.parametrize("opener,relation", PREAMBLE_OPENERS)
def test_each_preamble_opener_gives_its_relation(opener, relation):
    got = _cited_after(opener)
    assert got == [relation or "mentions"]


def _cited_after(opener: str) -> list[str]:
    doc = parse(HEAD + f"{opener} Kế hoạch số 7/KH-UBND ngày 02/3/2026 của UBND xã Hà Trung;\n" + BODY)
    return [r.relation for r in doc.references]


@pytest.mark.parametrize("opener", [o for o, _r in PREAMBLE_OPENERS])
def test_each_preamble_opener_starts_a_paragraph_of_layout_text(opener):
    text = LAYOUT.format(type_line="KẾ HOẠCH").replace(
        "     Căn cứ Luật", f"     Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ\n{opener} Luật"
    )
    lines = read_text_string(text).mapped.text.split("\n")
    assert any(ln.startswith(f"{opener} Luật Tổ chức") for ln in lines), lines
