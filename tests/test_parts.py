"""The parts printed after a closing (issue 39): a plan a decision issues and a plan's appendices are parts of
the Document, each with its own type, title and sections, the issuing document's number and date carried, and
the obligations read in them saying which part."""

from __future__ import annotations

import datetime as dt

from vbparse import parse

DECISION = """ỦY BAN NHÂN DÂN
TỈNH PHÚ THỌ
Số: 15/QĐ-UBND
Phú Thọ, ngày 10 tháng 3 năm 2026
QUYẾT ĐỊNH
Ban hành Kế hoạch phòng, chống dịch bệnh năm 2026
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
Căn cứ Luật Tổ chức chính quyền địa phương;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng, chống dịch bệnh năm 2026.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Y tế chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn An
KẾ HOẠCH
Phòng, chống dịch bệnh năm 2026
(Kèm theo Quyết định số 15/QĐ-UBND ngày 10/3/2026 của Chủ tịch UBND tỉnh)
I. MỤC ĐÍCH, YÊU CẦU
1. Chủ động phòng, chống dịch bệnh.
II. TỔ CHỨC THỰC HIỆN
1. Sở Y tế chủ trì tổ chức giám sát dịch bệnh tại cộng đồng.
2. Sở Tài chính bố trí kinh phí thực hiện kế hoạch.
"""

PLAN_WITH_APPENDICES = """ỦY BAN NHÂN DÂN
TỈNH NINH BÌNH
Số: 42/KH-UBND
Ninh Bình, ngày 05 tháng 02 năm 2026
KẾ HOẠCH
Chuyển đổi số năm 2026
I. TỔ CHỨC THỰC HIỆN
1. Sở Khoa học và Công nghệ chủ trì theo dõi việc thực hiện kế hoạch.
Nơi nhận:
- UBND tỉnh;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Bình
PHỤ LỤC I: DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ
(Kèm theo Kế hoạch số 42/KH-UBND ngày 05/02/2026 của UBND tỉnh)

| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |
|---|---|---|---|
| 1 | Xây dựng kho dữ liệu dùng chung | Sở Khoa học và Công nghệ | Quý III/2026 |
| 2 | Số hóa hồ sơ đất đai | Sở Nông nghiệp và Môi trường | Quý IV/2026 |

PHỤ LỤC II
BIỂU MẪU BÁO CÁO
1. Tên đơn vị báo cáo.
"""


def test_a_plan_a_decision_issues_is_a_part_with_its_own_type_title_and_sections():
    doc = parse(text=DECISION)
    assert doc.doc_type.code == "QĐ"
    (part,) = doc.parts
    assert (part.kind, part.doc_type.code, part.label) == ("attached", "KH", None)
    assert part.title == "Phòng, chống dịch bệnh năm 2026"
    assert part.attached_note.startswith("(Kèm theo Quyết định số 15/QĐ-UBND")
    assert (part.number, part.issued_date) == ("15/QĐ-UBND", dt.date(2026, 3, 10))  # carried
    assert [s.label for s in part.sections] == ["I", "II"]
    assert part.sections[1].children[0].heading is None or part.sections[1].children
    assert "II" not in [s.label for s in doc.sections]  # the body's sections are the decision's


def test_obligations_read_in_a_part_say_which_part_and_the_body_s_none():
    doc = parse(text=DECISION)
    by_name = {o.assignee.raw: o for o in doc.obligations}
    assert by_name["Sở Y tế"].part == 0 and by_name["Sở Tài chính"].part == 0
    body = [o for o in doc.obligations if o.part is None]
    assert all(o.span.end <= doc.parts[0].span.start for o in body if o.span)


def test_appendices_are_parts_labelled_as_printed_and_their_table_rows_are_theirs():
    doc = parse(text=PLAN_WITH_APPENDICES)
    assert [(p.kind, p.label) for p in doc.parts] == [("appendix", "Phụ lục I"), ("appendix", "Phụ lục II")]
    assert doc.parts[0].title == "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ"
    assert doc.parts[1].title == "BIỂU MẪU BÁO CÁO"
    assert doc.parts[0].number == "42/KH-UBND"
    rows = [o for o in doc.obligations if o.source == "table"]
    assert {o.assignee.raw for o in rows} == {"Sở Khoa học và Công nghệ", "Sở Nông nghiệp và Môi trường"}
    assert all(o.part == 0 for o in rows)
    prose = [o for o in doc.obligations if o.source == "prose"]
    assert prose and all(o.part is None for o in prose)


def test_a_document_with_nothing_after_its_closing_has_no_part():
    body = DECISION.split("KẾ HOẠCH\nPhòng")[0]
    doc = parse(text=body)
    assert doc.parts == [] and all(o.part is None for o in doc.obligations)
