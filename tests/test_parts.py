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


# --- a closing in any shape ends a part; a type line after it opens the next part (R1) -------------------

_DIRECTIVE_HEAD = """SỞ CÔNG THƯƠNG
TỈNH HẢI LONG
Số: 08/QĐ-SCT
Hải Long, ngày 14 tháng 9 năm 2026
QUYẾT ĐỊNH
Ban hành Quy định kiểm tra cửa hàng xăng dầu năm 2026
GIÁM ĐỐC SỞ CÔNG THƯƠNG
Căn cứ Luật Thương mại;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định kiểm tra cửa hàng xăng dầu năm 2026.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng Sở, Trưởng phòng Quản lý thương mại chịu trách nhiệm thi hành Quyết định này./.
"""

_ISSUED_PLAN_BODY = """I. NỘI DUNG
1. Kiểm tra giấy chứng nhận đủ điều kiện kinh doanh và thiết bị đo lường.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Quản lý thương mại chủ trì thành lập các đoàn kiểm tra trước ngày 15/10/2026.
2. Đội Quản lý thị trường số 3 rà soát danh sách cửa hàng trên địa bàn.
"""

_PLAIN_CLOSING = """Nơi nhận:
- Như Điều 3;
- Lưu: VT, QLTM.
GIÁM ĐỐC
Hoàng Thị Lan
"""


def _part_tasks(doc) -> set[str]:
    return {o.assignee.raw for o in doc.obligations if o.part is not None}


def test_a_post_without_authority_then_a_type_line_alone_opens_the_issued_document():
    # no ``TM.``/``KT.`` above the type line and no ``(Kèm theo …)`` note under it: the closing alone opens it
    doc = parse(
        text=_DIRECTIVE_HEAD + _PLAIN_CLOSING + "QUY ĐỊNH\nKiểm tra cửa hàng xăng dầu năm 2026\n" + _ISSUED_PLAN_BODY
    )
    (part,) = doc.parts
    assert (part.kind, part.doc_type.code) == ("attached", "QyĐ")
    assert part.title == "Kiểm tra cửa hàng xăng dầu năm 2026"
    assert {"Phòng Quản lý thương mại", "Đội Quản lý thị trường số 3"} <= _part_tasks(doc)
    assert not [d for d in doc.diagnostics if d.code == "unread_after_closing"]
    assert doc.signer is not None and doc.signer.name == "Hoàng Thị Lan"


def test_a_title_in_capitals_on_the_type_line_with_its_note_opens_the_part():
    # ``CHƯƠNG TRÌNH … (Ban hành kèm theo …)`` on one line: the type, the title and the note together
    line = (
        "CHƯƠNG TRÌNH KIỂM TRA CỬA HÀNG XĂNG DẦU NĂM 2026 (Ban hành kèm theo Quyết định số 08/QĐ-SCT ngày "
        "14/9/2026 của Giám đốc Sở Công Thương)\n"
    )
    doc = parse(text=_DIRECTIVE_HEAD + _PLAIN_CLOSING + line + _ISSUED_PLAN_BODY)
    (part,) = doc.parts
    assert (part.kind, part.doc_type.code) == ("attached", "CTr")
    assert part.title == "KIỂM TRA CỬA HÀNG XĂNG DẦU NĂM 2026"
    assert part.attached_note is not None and part.attached_note.startswith("(Ban hành kèm theo Quyết định số 08")
    assert {"Phòng Quản lý thương mại", "Đội Quản lý thị trường số 3"} <= _part_tasks(doc)
    assert not [d for d in doc.diagnostics if d.code == "unread_after_closing"]


def test_a_title_in_capitals_on_the_type_line_opens_the_part_after_a_closing_without_a_note():
    doc = parse(text=_DIRECTIVE_HEAD + _PLAIN_CLOSING + "HƯỚNG DẪN KIỂM TRA CỬA HÀNG XĂNG DẦU\n" + _ISSUED_PLAN_BODY)
    (part,) = doc.parts
    assert (part.kind, part.doc_type.code, part.title) == ("attached", "HD", "KIỂM TRA CỬA HÀNG XĂNG DẦU")
    assert {"Phòng Quản lý thương mại", "Đội Quản lý thị trường số 3"} <= _part_tasks(doc)


def test_a_closing_printed_as_one_table_row_ends_the_decision_and_its_plan_is_read():
    row = "| **Nơi nhận:** - Như Điều 3; - Lưu: VT. | **GIÁM ĐỐC** **Hoàng Thị Lan** |\n| --- | --- |\n\n"
    doc = parse(
        text=_DIRECTIVE_HEAD + "\n" + row + "**QUY ĐỊNH**\n\n**Kiểm tra cửa hàng xăng dầu**\n\n" + _ISSUED_PLAN_BODY
    )
    (part,) = doc.parts
    assert part.doc_type.code == "QyĐ"
    assert {"Phòng Quản lý thương mại", "Đội Quản lý thị trường số 3"} <= _part_tasks(doc)
    execution = {o.assignee.raw for o in doc.obligations if o.part is None}
    assert execution == {"Chánh Văn phòng Sở", "Trưởng phòng Quản lý thương mại"}


def test_a_decision_alone_closed_by_a_table_row_has_no_part_and_its_row_gives_nothing():
    row = "| **Nơi nhận:** - Như Điều 3; - Sở Tài chính; - Lưu: VT. | **GIÁM ĐỐC** **Hoàng Thị Lan** |\n| --- | --- |\n"
    doc = parse(text=_DIRECTIVE_HEAD + "\n" + row)
    assert doc.parts == []
    assert {o.assignee.raw for o in doc.obligations} == {"Chánh Văn phòng Sở", "Trưởng phòng Quản lý thương mại"}


def test_a_chapter_heading_of_an_issued_regulation_opens_no_part_of_its_own():
    # ``Chương I`` / ``QUY ĐỊNH CHUNG`` inside the Quy định: a heading, not another document
    regulation = (
        "QUY ĐỊNH\nKiểm tra cửa hàng xăng dầu\n(Kèm theo Quyết định số 08/QĐ-SCT ngày 14/9/2026)\n"
        "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nQuy định này áp dụng cho các cửa hàng.\n"
        "Chương II\nQUY ĐỊNH CỤ THỂ\nĐiều 2. Trách nhiệm thi hành\n"
        "1. Phòng Quản lý thương mại chủ trì tổ chức kiểm tra định kỳ hằng quý.\n"
    )
    doc = parse(text=_DIRECTIVE_HEAD + _PLAIN_CLOSING + regulation)
    assert [(p.kind, p.doc_type.code) for p in doc.parts] == [("attached", "QyĐ")]
    assert "Phòng Quản lý thương mại" in _part_tasks(doc)


def test_a_plain_plan_with_an_appendix_table_after_its_signature_keeps_its_appendix():
    doc = parse(text=PLAN_WITH_APPENDICES)
    assert [(p.kind, p.label) for p in doc.parts] == [("appendix", "Phụ lục I"), ("appendix", "Phụ lục II")]
    rows = {o.assignee.raw for o in doc.obligations if o.source == "table"}
    assert rows == {"Sở Khoa học và Công nghệ", "Sở Nông nghiệp và Môi trường"}


def test_a_signature_without_recipients_ends_the_decision_before_the_plan_it_issues():
    # no ``Nơi nhận``: the signing authority, the post and the signer's name are the closing, the type line after
    # them opens the plan (the execution clause keeps its own words, the signature is no part of them)
    signed = "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nHoàng Thị Lan\n"
    more = "".join(f"{n}. Tổ kiểm tra số {n} kiểm tra các cửa hàng của cụm {n}.\n" for n in range(3, 20))
    doc = parse(
        text=_DIRECTIVE_HEAD + signed + "KẾ HOẠCH\nKiểm tra cửa hàng xăng dầu năm 2026\n" + _ISSUED_PLAN_BODY + more
    )
    (part,) = doc.parts
    assert (part.kind, part.doc_type.code) == ("attached", "KH")
    assert {"Phòng Quản lý thương mại", "Đội Quản lý thị trường số 3"} <= _part_tasks(doc)
    execution = [o for o in doc.obligations if o.part is None]
    assert {o.assignee.raw for o in execution} == {"Chánh Văn phòng Sở", "Trưởng phòng Quản lý thương mại"}
    assert all("KT." not in o.task and "GIÁM ĐỐC" not in o.task for o in execution)
    assert doc.signer is not None and doc.signer.name == "Hoàng Thị Lan"


def test_a_post_in_capitals_in_the_body_over_a_name_is_no_closing_without_a_type_line_after():
    # counter: a heading in capitals over a line that looks like a name, a sentence after it: the body goes on
    body = "CHỦ TỊCH\nNguyễn Văn Minh\nchỉ đạo chung việc kiểm tra.\n"
    doc = parse(text=_DIRECTIVE_HEAD.replace("Điều 3.", body + "Điều 3.") + _PLAIN_CLOSING)
    assert doc.parts == []


def test_a_grid_of_signatures_printed_above_the_recipients_is_the_closing_not_the_last_item_s_text():
    # a joint document: several signature blocks before ``Nơi nhận``, more than a block's few lines above it
    joint = """BỘ NỘI VỤ - BỘ TÀI CHÍNH
Số: 05/HDLN-BNV-BTC
Hà Nội, ngày 02 tháng 3 năm 2026
HƯỚNG DẪN LIÊN NGÀNH
Về chế độ phụ cấp đối với cán bộ thôn
1. Phạm vi:
Hướng dẫn này áp dụng đối với cán bộ thôn, tổ dân phố.
2. Tổ chức thực hiện:
Bộ Nội vụ, Bộ Tài chính có trách nhiệm chỉ đạo và tổ chức thực hiện Hướng dẫn này./.
KT. BỘ TRƯỞNG                      KT. BỘ TRƯỞNG
BỘ TÀI CHÍNH                       BỘ NỘI VỤ
THỨ TRƯỞNG                         THỨ TRƯỞNG
Lê Văn Hòa                         Đinh Thị Mai
Nơi nhận:
- Văn phòng Chính phủ;
- Lưu: VT.
"""
    doc = parse(text=joint)
    tasks = [o for o in doc.obligations if o.assignee.raw in {"Bộ Nội vụ", "Bộ Tài chính"}]
    assert len(tasks) == 2
    assert all("KT." not in o.task and "THỨ TRƯỞNG" not in o.task for o in tasks)
    assert doc.signer is not None and doc.signer.authority == "KT."
    assert not any("BỘ TRƯỞNG" in (sec.text or "") for sec in doc.sections[-1:])


SUBMISSION_WITH_DRAFT = """ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH BÌNH PHÚ                       Độc lập - Tự do - Hạnh phúc
Số: 12 /TTr-UBND              Bình Phú, ngày 20 tháng 01 năm 2026
TỜ TRÌNH
Về việc ban hành Nghị quyết quy định mức hỗ trợ
Kính gửi: Hội đồng nhân dân tỉnh
Ủy ban nhân dân tỉnh kính trình Hội đồng nhân dân tỉnh xem xét, quyết định./.
Nơi nhận:                                   TM. ỦY BAN NHÂN DÂN
- Như trên;                                 KT. CHỦ TỊCH
- Lưu: VT, KGVX.                            PHÓ CHỦ TỊCH
                                            Trần Hoàng Tuấn
HỘI ĐỒNG NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH BÌNH PHÚ                       Độc lập - Tự do - Hạnh phúc
Số:     /NQ-HĐND              Bình Phú, ngày    tháng    năm 2026
NGHỊ QUYẾT
Quy định mức hỗ trợ
Điều 1. Quy định mức hỗ trợ cho các hộ nghèo.
Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.

Nghị quyết này được Hội đồng nhân dân tỉnh khóa X, Kỳ họp thứ ... thông qua ngày ... tháng ... năm 2026./.
Nơi nhận:                                   CHỦ TỊCH
- UBTV Quốc hội, Chính phủ;
- Các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy;
- Đài PTTH tỉnh, Báo Bình Phú;
- Nhà hát Ca Kịch và HĐND tỉnh: Giám đốc, các Phòng, CV;
- Lưu: VT, VHXH.
                                            Bùi Thị Quỳnh Vân
"""


def test_the_recipients_of_a_draft_after_a_submissions_closing_are_no_tasks():
    """A Tờ trình with the draft it submits after its closing: the draft's own ``Nơi nhận:`` list (``- Các cơ quan
    chuyên trách tham mưu …``, ``- X: Giám đốc, các Phòng``) is its closing, not items of its last article."""
    doc = parse(text=SUBMISSION_WITH_DRAFT)
    named = {o.assignee.raw for o in doc.obligations}
    assert named == {"Ủy ban nhân dân tỉnh"}


APPENDIX_BEFORE_CLOSING = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
Số: 12/KH-UBND
Hà Giang, ngày 05 tháng 02 năm 2027
KẾ HOẠCH
Phòng, chống buôn lậu qua biên giới năm 2027
I. MỤC ĐÍCH, YÊU CẦU
1. Ngăn chặn buôn lậu qua biên giới.
II. TỔ CHỨC THỰC HIỆN
Nhiệm vụ của các thành viên Ban Chỉ đạo được phân công tại Phụ lục kèm theo.
PHỤ LỤC
(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/02/2027 của UBND tỉnh)
| STT | Nội dung công việc | Đơn vị chủ trì | Thời hạn |
|---|---|---|---|
| 1 | Tuần tra các đường mòn, lối mở khu vực biên giới | Bộ Chỉ huy Bộ đội Biên phòng tỉnh | Quý I/2027 |
| 2 | Kiểm tra hàng hóa tại các chợ cửa khẩu | Chi cục Quản lý thị trường | Trước ngày 30/4/2027 |
Nơi nhận:
- Các thành viên Ban Chỉ đạo;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn Sơn
"""


def test_an_appendix_printed_before_the_closing_opens_its_own_section():
    """``PHỤ LỤC`` alone on its line in the body (issue 52, fifth twin of TAB-CAPTION: printed before ``Nơi nhận``, it
    and its caption and table header were read as the words of the sentence above, which pointed to it): it opens a
    section of its own (``Phụ lục``), its rows the tasks, the sentence pointing to it none."""
    doc = parse(text=APPENDIX_BEFORE_CLOSING)
    got = sorted((o.assignee.raw, o.section, o.deadline) for o in doc.obligations)
    assert got == [
        ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Phụ lục.1", dt.date(2027, 3, 31)),
        ("Chi cục Quản lý thị trường", "Phụ lục.2", dt.date(2027, 4, 30)),
    ]


def test_a_line_naming_an_appendix_inside_a_sentence_opens_nothing():
    # counter: ``Phụ lục`` in a sentence's words, or in sentence case alone, is no appendix's start
    text = APPENDIX_BEFORE_CLOSING.replace("PHỤ LỤC\n(Kèm theo", "Các nhiệm vụ tại PHỤ LỤC\n(Kèm theo")
    doc = parse(text=text)
    assert all(o.section != "Phụ lục.1" for o in doc.obligations)
