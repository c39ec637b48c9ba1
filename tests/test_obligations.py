"""Obligations from prose and task tables: the ways plans write "who must do what, by when".

The prose examples are short plans in the shapes of ``../shared/realdocs``; the tables are built as
DOCX (python-docx) and Markdown, the way Word and web copies hold them.  The real plans themselves are
checked at the end (skipped when ``../shared`` is absent).
"""

from __future__ import annotations

import datetime as dt
import io

import pytest
from conftest import SHARED

from vbparse import parse
from vbparse.pipeline import parse_read
from vbparse.read.docx import read_docx
from vbparse.tables.table_columns import column_kind

HEADER = """ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
Số: 12/KH-UBND
Lâm Đồng, ngày 05 tháng 01 năm 2026
KẾ HOẠCH
Thực hiện nhiệm vụ năm 2026
Căn cứ Luật Tổ chức chính quyền địa phương;
I. MỤC ĐÍCH, YÊU CẦU
1. Các cơ quan, đơn vị phải bám sát nội dung Kế hoạch.
II. TỔ CHỨC THỰC HIỆN
"""


def obligations(body: str):
    doc = parse(HEADER + body)
    return [(o.assignee.raw, o.role, o.mode, o.task[:30], o.deadline) for o in doc.obligations], doc


@pytest.mark.parametrize("verb", ["vận động các nhà hảo tâm ủng hộ quà", "chỉ đạo tổ chức đêm hội trăng rằm"])
def test_a_person_with_a_post_set_off_by_commas_is_the_subject_of_the_verb_after_them(verb):
    """Fourteenth twin of S7: ``Đồng chí Hà Thị Lan, Phó Chủ tịch Ủy ban nhân dân xã, vận động …``: the post's
    closing comma ends the apposition, the task follows it (decision 7: the person is the assignee)."""
    _, doc = obligations(f"1. Đồng chí Hà Thị Lan, Phó Chủ tịch Ủy ban nhân dân xã, {verb} trước ngày 05/9/2026.\n")
    got = [(o.assignee.person_name, o.assignee.position, o.role, o.task) for o in doc.obligations]
    assert got == [("Hà Thị Lan", "Phó Chủ tịch Ủy ban nhân dân xã", "lead", f"{verb} trước ngày 05/9/2026.")]


def test_a_members_line_with_no_verb_after_the_post_is_still_no_task():
    """Counter-example: ``Đồng chí Hà Thị Lan, Phó Chủ tịch Ủy ban nhân dân xã, Tổ trưởng;``: a roster line."""
    got, _ = obligations(
        "1. Thành lập Tổ công tác, gồm:\n- Đồng chí Hà Thị Lan, Phó Chủ tịch Ủy ban nhân dân xã, Tổ trưởng;\n"
        "- Đồng chí Lò Văn Sáng, Công chức Văn hóa - Xã hội, Tổ viên.\n"
        # a post set off by a dash whose field holds a comma: its words after the comma are no verb's
        "- Bà Phạm Thị Yến - Phó Trưởng phòng Phổ biến, giáo dục pháp luật.\n"
    )
    assert got == []


def test_a_lead_in_to_the_table_naming_its_tasks_is_no_task():
    """Fourteenth twin of S5: ``Các cơ quan, địa phương thực hiện nhiệm vụ theo bảng sau:`` before a one-cell-per-line
    table: a pointer to the table (``not_task.pointer``), not a task holding the table's text."""
    got, _ = obligations(
        "Các cơ quan, địa phương thực hiện nhiệm vụ theo bảng sau:\n"
        "|\n**STT**\n|\n**Nhiệm vụ**\n|\n**Cơ quan chủ trì**\n|\n**Thời gian**\n|\n"
        "|\n1\n|\nHỗ trợ đất ở cho hộ nghèo\n|\nỦy ban nhân dân các xã\n|\nTháng 9/2026\n|\n"
    )
    assert [r for r, _role, _m, _t, _d in got] == ["Ủy ban nhân dân các xã"]


def test_a_roster_whose_post_holds_commas_after_a_dash_is_no_subject():
    """Counter-example (fourteenth twin of F1): ``Bà Lò Thị Thủy - Trưởng phòng Quản lý hộ kinh doanh, cá nhân, Phó
    Trưởng đoàn;``: the post follows a dash, its commas are the field's and the role's, no verb follows."""
    got, _ = obligations(
        "1. Thành lập Đoàn kiểm tra.\nThành phần gồm: Ông Tôn Thất Lộc - Phó Trưởng Thuế tỉnh, Trưởng đoàn; Bà Lò Thị "
        "Thủy - Trưởng phòng Quản lý hộ kinh doanh, cá nhân, Phó Trưởng đoàn.\n"
    )
    assert all("Lò Thị Thủy" not in r and "Tôn Thất Lộc" not in r for r, _role, _m, _t, _d in got), got


def test_a_pointer_to_the_appendix_to_carry_out_is_no_task():
    """Fourteenth twin of TAB-CAPTION: ``Các bộ phận, đơn vị căn cứ Phụ lục kèm theo để triển khai thực hiện.`` points
    to the table of tasks (``not_task.pointer``), whatever the appendix's caption and layout."""
    got, _ = obligations(
        "Các bộ phận, đơn vị căn cứ Phụ lục kèm theo để triển khai thực hiện.\n\n**PHỤ LỤC**\n\n"
        "**PHÂN CÔNG THỰC HIỆN**\n\n*(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/01/2026)*\n"
        "|\n**STT**\n|\n**Nội dung**\n|\n**Chủ trì**\n|\n**Phối hợp**\n|\n**Thời gian**\n|\n"
        "|\n1\n|\nƯơm cây giống keo lai\n|\nHợp tác xã Lâm nghiệp Nậm Pục\n|\nKiểm lâm địa bàn\n|\nTháng 2/2026\n|\n"
    )
    assert [r for r, _role, _m, _t, _d in got] == ["Hợp tác xã Lâm nghiệp Nậm Pục", "Kiểm lâm địa bàn"]


def test_assignee_heading_gives_one_obligation_per_item():
    got, doc = obligations("1. Sở Y tế\n- Tăng cường đầu tư nguồn lực.\n- Phối hợp nghiên cứu y học cổ truyền.\n")
    assert [(r, role) for r, role, *_ in got] == [("Sở Y tế", "lead"), ("Sở Y tế", "lead")]
    assert {o.section for o in doc.obligations} == {"II.1"}


def test_lead_with_partners_in_one_sentence():
    got, _ = obligations(
        "1. Sở Tài chính chủ trì, phối hợp với Sở Nội vụ, Sở Tư pháp tham mưu bố trí kinh phí trước ngày 30/6/2026.\n"
    )
    assert [(r, role, d) for r, role, _m, _t, d in got] == [
        ("Sở Tài chính", "lead", dt.date(2026, 6, 30)),
        ("Sở Nội vụ", "support", dt.date(2026, 6, 30)),
        ("Sở Tư pháp", "support", dt.date(2026, 6, 30)),
    ]


def test_role_subheadings_give_each_item_below_the_heading_body_and_its_partners():
    """``1. Sở X`` / ``a) Chủ trì, phối hợp với A, B`` / ``- task`` / ``b) Phối hợp với C`` / ``- task``."""
    got, _ = obligations(
        "1. Sở Khoa học và Công nghệ\na) Chủ trì, phối hợp với Sở Tư pháp, Công an tỉnh\n"
        "- Xây dựng cơ sở dữ liệu dùng chung.\n- Tập huấn cho cán bộ cơ sở.\n"
        "b) Phối hợp với Sở Tài chính\n- Thẩm định dự toán kinh phí.\n"
    )
    assert [(r, role, t) for r, role, _m, t, _d in got] == [
        ("Sở Khoa học và Công nghệ", "lead", "Xây dựng cơ sở dữ liệu dùng ch"),
        ("Sở Tư pháp", "support", "Xây dựng cơ sở dữ liệu dùng ch"),
        ("Công an tỉnh", "support", "Xây dựng cơ sở dữ liệu dùng ch"),
        ("Sở Khoa học và Công nghệ", "lead", "Tập huấn cho cán bộ cơ sở."),
        ("Sở Tư pháp", "support", "Tập huấn cho cán bộ cơ sở."),
        ("Công an tỉnh", "support", "Tập huấn cho cán bộ cơ sở."),
        ("Sở Khoa học và Công nghệ", "lead", "Thẩm định dự toán kinh phí."),
        ("Sở Tài chính", "support", "Thẩm định dự toán kinh phí."),
    ]


def test_a_role_lead_in_with_a_colon_gives_its_partners_to_every_item():
    got, _ = obligations(
        "2. Sở Y tế\nChủ trì, phối hợp với UBND các xã, phường:\n- Kiểm tra an toàn thực phẩm.\n"
        "- Tuyên truyền phòng dịch.\n"
    )
    assert [(r, role) for r, role, *_ in got] == [("Sở Y tế", "lead"), ("UBND các xã, phường", "support")] * 2


def test_names_listed_with_semicolons_before_their_verb_are_each_a_lead():
    got, _ = obligations(
        "3. Chánh Văn phòng UBND tỉnh; Giám đốc Sở Y tế; Chủ tịch UBND các xã chịu trách nhiệm thi hành Kế hoạch này.\n"
    )
    assert [(r, role) for r, role, *_ in got] == [
        ("Chánh Văn phòng UBND tỉnh", "lead"),
        ("Giám đốc Sở Y tế", "lead"),
        ("Chủ tịch UBND các xã", "lead"),
    ]


def test_requested_for_bodies_outside_the_issuers_authority():
    got, _ = obligations("1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tăng cường công tác giám sát.\n")
    assert got[0][:3] == ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "lead", "requested")


def test_responsibility_with_lettered_tasks():
    got, _ = obligations(
        "1. Giao Sở Nội vụ (cơ quan thường trực):\na) Theo dõi, hướng dẫn các cơ quan.\n"
        "b) Tổng hợp kết quả, báo cáo trước ngày 15/12/2026.\n"
    )
    assert [(r, t) for r, _role, _m, t, _d in got] == [
        ("Sở Nội vụ", "Theo dõi, hướng dẫn các cơ qua"),
        ("Sở Nội vụ", "Tổng hợp kết quả, báo cáo trướ"),
    ]
    assert got[1][4] == dt.date(2026, 12, 15)


def test_subject_after_an_adverbial_clause():
    got, _ = obligations(
        "1. Căn cứ Kế hoạch này, các sở, ban, ngành, UBND các xã, phường xây dựng kế hoạch trong Quý I/2026.\n"
    )
    assert [r for r, *_ in got] == ["các sở, ban, ngành", "UBND các xã, phường"]
    assert {d for *_, d in got} == {dt.date(2026, 3, 31)}


def test_assignment_line_gives_the_items_above_it_their_lead_and_partners():
    got, _ = obligations(
        "1. Phát triển công nghiệp\n- Rà soát danh mục dự án.\n- Tham mưu thu hút đầu tư.\n"
        "Đơn vị chủ trì: Phòng Quản lý Công nghiệp; Đơn vị phối hợp: Phòng Quản lý Năng lượng.\n"
    )
    assert sorted((r, role, t) for r, role, _m, t, _d in got) == [
        ("Phòng Quản lý Công nghiệp", "lead", "Rà soát danh mục dự án."),
        ("Phòng Quản lý Công nghiệp", "lead", "Tham mưu thu hút đầu tư."),
        ("Phòng Quản lý Năng lượng", "support", "Rà soát danh mục dự án."),
        ("Phòng Quản lý Năng lượng", "support", "Tham mưu thu hút đầu tư."),
    ]


def test_purposes_and_headings_without_assignee_give_none():
    got, _ = obligations(
        "1. Công tác triển khai\n- Tổ chức quán triệt nội dung Kế hoạch.\n"
        "2. Kinh phí thực hiện\nKinh phí từ ngân sách nhà nước.\n"
    )
    assert got == []


def test_closing_request():
    text = HEADER + (
        "1. Sở Nội vụ theo dõi, đôn đốc.\nTrên đây là Kế hoạch thực hiện nhiệm vụ năm 2026. Yêu cầu các "
        "sở, ban, ngành nghiêm túc triển khai thực hiện./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    )
    doc = parse(text)
    assert ("các sở, ban, ngành", "assigned") in {
        (o.assignee.raw, o.mode) for o in doc.obligations if o.section is None
    }


def test_closing_sentence_with_a_request_in_its_second_clause():
    text = HEADER + (
        "1. Sở Nội vụ theo dõi, đôn đốc.\nTrên đây là Kế hoạch thực hiện nhiệm vụ năm 2026. Yêu cầu các "
        "sở, ban, ngành triển khai thực hiện; đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp "
        "thực hiện./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    )
    closing = {(o.assignee.raw, o.mode) for o in parse(text).obligations if o.section is None}
    assert closing == {("các sở, ban, ngành", "assigned"), ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "requested")}


def test_a_closing_requests_leading_condition_is_part_of_the_task_asked():
    """``Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các xã kịp thời phản ánh …``: the condition
    before the request names no one; it is how the task asked begins (the sentence without the ones asked and
    the request word).  Counter-example: a clause with a request of its own before ``; đề nghị …`` stays apart."""
    text = HEADER + (
        "1. Sở Xây dựng theo dõi, đôn đốc.\nTrên đây là Kế hoạch sửa chữa nhà văn hóa thôn năm 2026. Trong quá trình "
        "triển khai, nếu có khó khăn, vướng mắc, đề nghị Ủy ban nhân dân các xã kịp thời phản ánh về Sở Xây dựng."
        "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    )
    closing = [(o.assignee.raw, o.task) for o in parse(text).obligations if o.section is None]
    assert (
        "Ủy ban nhân dân các xã",
        "Trong quá trình triển khai, nếu có khó khăn, vướng mắc, kịp thời phản ánh về Sở Xây dựng.",
    ) in closing, closing
    text = HEADER + (
        "1. Sở Xây dựng theo dõi, đôn đốc.\nTrên đây là Kế hoạch sửa chữa nhà văn hóa thôn năm 2026. Yêu cầu các "
        "xã triển khai thực hiện; đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh giám sát thực hiện./.\nNơi nhận:\n"
        "- Như trên;\n- Lưu: VT.\n"
    )
    closing = [(o.assignee.raw, o.task) for o in parse(text).obligations if o.section is None]
    assert closing == [
        ("các xã", "triển khai thực hiện"),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "giám sát thực hiện./."),
    ], closing


def test_closing_request_made_by_the_issuer_goes_to_those_asked_and_carries_to_the_next_sentence():
    text = HEADER + (
        "1. Sở Nội vụ theo dõi, đôn đốc.\nỦy ban nhân dân tỉnh yêu cầu các sở, ban, ngành và UBND các "
        "xã nghiêm túc triển khai thực hiện; định kỳ trước ngày 30/11 hằng năm báo cáo kết quả. Trong "
        "quá trình thực hiện, nếu có vướng mắc, kịp thời phản ánh về Sở Nội vụ./.\nNơi nhận:\n"
        "- Như trên;\n- Lưu: VT.\n"
    )
    closing = [(o.assignee.raw, o.task[:31], o.recurrence) for o in parse(text).obligations if o.section is None]
    assert closing == [
        ("các sở, ban, ngành", "nghiêm túc triển khai thực hiện", "yearly"),
        ("UBND các xã", "nghiêm túc triển khai thực hiện", "yearly"),
        ("các sở, ban, ngành", "Trong quá trình thực hiện, nếu ", None),
        ("UBND các xã", "Trong quá trình thực hiện, nếu ", None),
    ]


def _docx_task_table() -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG")
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Cải cách hành chính năm 2026")
    d.add_paragraph("I. TỔ CHỨC THỰC HIỆN")
    d.add_paragraph("1. Các cơ quan, đơn vị thực hiện theo Phụ lục.")
    rows = [
        (
            "STT",
            "Nhiệm vụ",
            "Thời gian hoàn thành",
            "Chủ trì thực hiện",
            "Phối hợp thực hiện",
            "Theo dõi, kiểm tra, đôn đốc",
        ),
        ("I", "Cải cách thể chế", "", "", "", ""),
        ("1", "Rà soát văn bản quy phạm pháp luật", "Quý II/2026", "Sở Tư pháp", "Các sở, ban, ngành", "Sở Nội vụ"),
        ("2", "Công bố thủ tục hành chính", "Thường xuyên", "Văn phòng UBND tỉnh", "", "Sở Nội vụ"),
        ("3", "Số hóa hồ sơ", "Năm 2026", "", "Công an tỉnh", "Sở Nội vụ"),
        (
            "STT",
            "Nhiệm vụ",
            "Thời gian hoàn thành",
            "Chủ trì thực hiện",
            "Phối hợp thực hiện",
            "Theo dõi, kiểm tra, đôn đốc",
        ),
        ("4", "Công khai kết quả", "Tháng 12/2026", "Sở Nội vụ", "", ""),
    ]
    t = d.add_table(rows=len(rows), cols=6)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            t.cell(i, j).text = text
    # the lead of row 3 continues the merged cell above it (Word vMerge)
    t.cell(3, 3).merge(t.cell(4, 3))
    t.cell(3, 3).text = "Văn phòng UBND tỉnh"
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_task_table_rows_become_obligations():
    doc = parse_read(read_docx(_docx_task_table()))
    rows = [
        (o.section, o.assignee.raw, o.role, o.deadline, o.deadline_precision, o.recurrence)
        for o in doc.obligations
        if o.source == "table"
    ]
    assert rows == [
        ("I.1.I.1", "Sở Tư pháp", "lead", dt.date(2026, 6, 30), "quarter", None),
        ("I.1.I.1", "Các sở, ban, ngành", "support", dt.date(2026, 6, 30), "quarter", None),
        ("I.1.I.2", "Văn phòng UBND tỉnh", "lead", None, None, "continuous"),
        ("I.1.I.3", "Văn phòng UBND tỉnh", "lead", dt.date(2026, 12, 31), "year", None),
        ("I.1.I.3", "Công an tỉnh", "support", dt.date(2026, 12, 31), "year", None),
        ("I.1.I.4", "Sở Nội vụ", "lead", dt.date(2026, 12, 31), "month", None),
    ]
    # the monitoring column gives nobody a task (Sở Nội vụ monitors rows 1-3); the repeated header is no row
    assert all(o.span is not None for o in doc.obligations)


def table_rows(text: str) -> list[tuple]:
    """(assignee as written, role, deadline) of the obligations a text's task tables give."""
    return [(o.assignee.raw, o.role, o.deadline) for o in parse(text).obligations if o.source == "table"]


def test_two_row_header_with_lead_and_partner_under_one_heading():
    text = HEADER + (
        "1. Phân công\n\n| TT | Nhiệm vụ | Cơ quan thực hiện | | Thời gian |\n"
        "|---|---|---|---|---|\n| | | Chủ trì | Phối hợp | |\n"
        "| 1 | Rà soát thủ tục | Sở Tư pháp | Sở Nội vụ | Quý III/2026 |\n"
    )
    assert table_rows(text) == [
        ("Sở Tư pháp", "lead", dt.date(2026, 9, 30)),
        ("Sở Nội vụ", "support", dt.date(2026, 9, 30)),
    ]


def test_people_named_without_honorific_in_a_responsibility_column():
    text = HEADER + (
        "1. Phân công\n\n| TT | Công việc | Người phụ trách | Thời gian |\n|---|---|---|---|\n"
        "| 1 | Chuẩn bị hội trường | Nguyễn Văn An | 10/5/2026 |\n"
        "| 2 | Trang trí | Công chức Văn hóa - Xã hội | 11/5/2026 |\n"
    )
    got = [(o.assignee.canonical, o.assignee.kind, o.deadline) for o in parse(text).obligations if o.source == "table"]
    assert got == [
        ("Nguyễn Văn An", "person", dt.date(2026, 5, 10)),
        ("Văn hóa - Xã hội", "unit", dt.date(2026, 5, 11)),
    ]


def test_people_whose_names_a_flattened_cell_ran_together_are_each_named():
    # a scraper joined the cell's lines: ``Lê Văn Tâm`` / ``Hoàng Thị Mai`` / ``Phạm Quốc Huy`` in one line
    text = HEADER + (
        "1. Phân công\n\n| TT | Công việc | Người thực hiện |\n|---|---|---|\n"
        "| 1 | Chuẩn bị hội trường | Lê Văn Tâm Hoàng Thị Mai Phạm Quốc Huy |\n"
        "| 2 | Đón tiếp đại biểu | Trịnh Ngọc Ánh Đinh Hùng |\n"
        "| 3 | Trang trí | Nguyễn Văn Hà Lan |\n"
    )
    got = [(o.assignee.canonical, o.task) for o in parse(text).obligations if o.source == "table"]
    assert got == [
        ("Lê Văn Tâm", "Chuẩn bị hội trường"),
        ("Hoàng Thị Mai", "Chuẩn bị hội trường"),
        ("Phạm Quốc Huy", "Chuẩn bị hội trường"),
        ("Trịnh Ngọc Ánh", "Đón tiếp đại biểu"),
        ("Đinh Hùng", "Đón tiếp đại biểu"),
        # counter-example: four syllables, one person (``Lan`` opens no name of its own)
        ("Nguyễn Văn Hà Lan", "Trang trí"),
    ]


def test_a_semicolon_inside_a_cell_of_a_table_glued_to_its_lead_in_opens_no_sentence():
    """``Các cơ quan … theo bảng sau:`` / ``| 1 | … | Trung tâm Khuyến nông tỉnh; Ủy ban nhân dân các xã … | Quý I |``
    (ninth twins): the cell's ``;`` parts its partners; the prose reading the lead-in's paragraph finds no sentence
    there (it gave ``Ủy ban nhân dân các xã`` a lead of ``tổ chức … | Quý I/2032 |``)."""
    got, _doc = obligations(
        "Các cơ quan thực hiện theo bảng sau:\n"
        "| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| 1 | Khoanh vùng ổ dịch | Chi cục Thú y | Trung tâm Khuyến nông tỉnh; Ủy ban nhân dân các xã tổ chức "
        "tiêm phòng | Quý I/2032 |\n"
    )
    assert [(r, role) for r, role, *_ in got] == [
        ("Chi cục Thú y", "lead"),
        ("Trung tâm Khuyến nông tỉnh", "support"),
        ("Ủy ban nhân dân các xã", "support"),
    ]


def test_markdown_pipe_table_rows_become_obligations():
    text = HEADER + (
        "1. Phân công\n\n| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn |\n"
        "|---|---|---|---|---|\n| 1 | Rà soát thủ tục | Sở Tư pháp | Sở Nội vụ, Sở Tài chính | "
        "Tháng 8/2026 |\n"
    )
    assert table_rows(text) == [
        ("Sở Tư pháp", "lead", dt.date(2026, 8, 31)),
        ("Sở Nội vụ", "support", dt.date(2026, 8, 31)),
        ("Sở Tài chính", "support", dt.date(2026, 8, 31)),
    ]


PIPE_HEAD = "1. Phân công\n\n| STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn |\n|---|---|---|---|---|\n"


def test_a_pipe_row_broken_inside_a_partner_cell_ends_where_it_has_the_headers_cells():
    """``| 1 | task | lead | partner A;`` / ``partner B | time |``: one row, read once it has the header's cells."""
    text = (
        HEADER
        + PIPE_HEAD
        + (
            "| 1 | Sửa chữa phòng học xuống cấp | Sở Giáo dục và Đào tạo | Sở Xây dựng;\n"
            "Ủy ban nhân dân các phường | Tháng 8/2026 |\n"
            "| 2 | Mua sắm bàn ghế học sinh | Sở Tài chính | Sở Giáo dục và Đào tạo | Quý IV/2026 |\n"
        )
    )
    assert table_rows(text) == [
        ("Sở Giáo dục và Đào tạo", "lead", dt.date(2026, 8, 31)),
        ("Sở Xây dựng", "support", dt.date(2026, 8, 31)),
        ("Ủy ban nhân dân các phường", "support", dt.date(2026, 8, 31)),
        ("Sở Tài chính", "lead", dt.date(2026, 12, 31)),
        ("Sở Giáo dục và Đào tạo", "support", dt.date(2026, 12, 31)),
    ]


def test_a_pipe_task_cell_wrapped_before_the_other_cells_is_one_row():
    text = (
        HEADER
        + PIPE_HEAD
        + (
            "| 1 | Kiểm tra an toàn các tuyến xe buýt\nđưa đón học sinh | Sở Xây dựng | Công an tỉnh | Tháng 9/2026 |\n"
            "| 2 | Lắp đèn tín hiệu tại nút giao | Sở Xây dựng | | Năm 2026 |\n"
        )
    )
    doc = parse(text)
    got = [(o.assignee.raw, o.role, o.task) for o in doc.obligations if o.source == "table"]
    assert got == [
        ("Sở Xây dựng", "lead", "Kiểm tra an toàn các tuyến xe buýt đưa đón học sinh"),
        ("Công an tỉnh", "support", "Kiểm tra an toàn các tuyến xe buýt đưa đón học sinh"),
        ("Sở Xây dựng", "lead", "Lắp đèn tín hiệu tại nút giao"),
    ]


def test_pipe_rows_each_over_several_lines_with_a_lone_bar_between_rows():
    """Every row runs over lines (empty first cell, a ``|`` opening each cell's line) and a lone ``|`` parts
    two rows: neither the bar nor a cell's line is a task."""
    text = HEADER + (
        "1. Danh mục\n\n| TT | Tên đề án | Cơ quan chủ trì xây dựng | Cơ quan phối hợp | Thời gian trình |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| | Đề án phát triển y tế cơ sở | Sở Y tế\n| - Sở Nội vụ;\n- Bảo hiểm xã hội tỉnh.\n| Tháng 6/2026 |\n|\n"
        "| | Đề án chăm sóc người cao tuổi | Sở Y tế\n| - Hội Người cao tuổi tỉnh.\n| Tháng 10/2026 |\n|\n"
        "| | Đề án y tế học đường | Sở Giáo dục và Đào tạo\n| - Sở Y tế.\n| Tháng 12/2026 |\n"
    )
    assert table_rows(text) == [
        ("Sở Y tế", "lead", dt.date(2026, 6, 30)),
        ("Sở Nội vụ", "support", dt.date(2026, 6, 30)),
        ("Bảo hiểm xã hội tỉnh", "support", dt.date(2026, 6, 30)),
        ("Sở Y tế", "lead", dt.date(2026, 10, 31)),
        ("Hội Người cao tuổi tỉnh", "support", dt.date(2026, 10, 31)),
        ("Sở Giáo dục và Đào tạo", "lead", dt.date(2026, 12, 31)),
        ("Sở Y tế", "support", dt.date(2026, 12, 31)),
    ]


def test_a_list_of_documents_to_draft_gives_each_document_to_its_drafting_body():
    """``Tên văn bản | Cơ quan chủ trì soạn thảo | …``: the document to draft is the row's task; a table of
    procedures that cites the documents behind them (``Tên văn bản QPPL quy định …``) assigns nothing."""
    text = HEADER + (
        "1. Danh mục\n\n| STT | Tên văn bản | Cơ quan chủ trì soạn thảo | Cơ quan phối hợp | Thời gian trình |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Quy định mức thu học phí năm học 2026-2027 | Sở Giáo dục và Đào tạo | Sở Tài chính | Tháng 7/2026 |\n"
        "\n2. Thủ tục\n\n| STT | Tên thủ tục hành chính | Cơ quan thực hiện | Tên văn bản QPPL quy định |\n"
        "|---|---|---|---|\n| 1 | Cấp phép hoạt động vận tải | Sở Xây dựng | Nghị định số 10/2020/NĐ-CP |\n"
    )
    assert table_rows(text) == [
        ("Sở Giáo dục và Đào tạo", "lead", dt.date(2026, 7, 31)),
        ("Sở Tài chính", "support", dt.date(2026, 7, 31)),
    ]


@pytest.mark.parametrize(
    "named",
    [
        "Tên nghị quyết",
        "Tên hướng dẫn",
        "Tên quy chế",
        "Tên báo cáo",
        "Tên chương trình",
        "Tên dự thảo",
        "Tên quy hoạch",
        "Tên mô hình",
        "Tên lớp tập huấn",
        # a product whose word folds to a place's or a kind's (``phương án`` / ``phường``, ``tình huống`` /
        # ``tỉnh``): compared as written, and without marks a place's word only where the header ends
        "Tên phương án",
        "Tên tình huống diễn tập",
        "Ten phuong an",
    ],
)
def test_a_column_named_for_what_each_row_makes_is_the_task(named):
    """``Tên <what is made> | Đơn vị chủ trì | …``: a list of resolutions, guidelines or reports to prepare names
    its products as ``Tên`` + their kind, and that column is the row's task, whatever the kind."""
    text = HEADER + (
        f"1. Danh mục\n\n| STT | {named} | Đơn vị chủ trì xây dựng | Đơn vị phối hợp | Thời hạn trình |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Quy định mức hỗ trợ cây giống năm 2026 | Sở Nông nghiệp và Môi trường | Sở Tài chính | Tháng 7/2026 |\n"
    )
    assert table_rows(text) == [
        ("Sở Nông nghiệp và Môi trường", "lead", dt.date(2026, 7, 31)),
        ("Sở Tài chính", "support", dt.date(2026, 7, 31)),
    ]


@pytest.mark.parametrize(
    "named",
    [
        "Tên đơn vị",
        "Tên cơ quan",
        "Họ và tên",
        "Tên thủ tục hành chính",
        "Tên nhóm thủ tục hành chính liên thông",
        "Tên bước",
        "Tên biểu mẫu",
        "Tên hồ sơ",
        "Tên ngành",
        "Tên chức danh",
        "Tên phường",
        "Tên xã, phường",
        "Tên tỉnh",
        "Ten xa",
        "Ten phuong",
    ],
)
def test_a_name_column_of_who_steps_forms_or_procedures_is_no_task(named):
    """Counter: ``Tên đơn vị`` and ``Tên cơ quan`` name who, ``Họ và tên`` a person, ``Tên thủ tục`` a procedure,
    ``Tên bước`` a step of one and ``Tên biểu mẫu`` / ``Tên hồ sơ`` its forms: none is the column of the task a
    row assigns."""
    assert column_kind(named) != "task"


def test_a_short_pipe_row_on_one_line_is_not_joined_to_the_next():
    """Counter: a row with fewer cells than the header (a group row) that ends its line with ``|`` is a row of
    its own; the full rows after it are read one per line."""
    text = (
        HEADER
        + PIPE_HEAD
        + (
            "| **A** | **Y TẾ** |\n"
            "| 1 | Tiêm chủng mở rộng | Sở Y tế | Ủy ban nhân dân các xã | Tháng 5/2026 |\n"
            "| 2 | Khám sức khỏe học sinh | Sở Giáo dục và Đào tạo | Sở Y tế | Tháng 11/2026 |\n"
        )
    )
    assert table_rows(text) == [
        ("Sở Y tế", "lead", dt.date(2026, 5, 31)),
        ("Ủy ban nhân dân các xã", "support", dt.date(2026, 5, 31)),
        ("Sở Giáo dục và Đào tạo", "lead", dt.date(2026, 11, 30)),
        ("Sở Y tế", "support", dt.date(2026, 11, 30)),
    ]


def test_a_header_repeated_mid_table_with_other_names_and_no_number_column_is_no_task():
    """A header printed again inside the table (other words, no ``STT`` cell, so one cell short) assigns
    nothing, and the rows after it keep the first header's columns."""
    text = (
        HEADER
        + PIPE_HEAD
        + (
            "| 1 | Nâng cấp trạm y tế xã | Sở Y tế | Sở Xây dựng | Quý III/2026 |\n"
            "| **Công việc** | **Đơn vị thực hiện** | **Đơn vị phối hợp** | **Thời gian** |\n"
            "| 2 | Tập huấn cấp cứu ban đầu | Bệnh viện Đa khoa tỉnh | Trung tâm Y tế các huyện | Tháng 4/2026 |\n"
        )
    )
    assert table_rows(text) == [
        ("Sở Y tế", "lead", dt.date(2026, 9, 30)),
        ("Sở Xây dựng", "support", dt.date(2026, 9, 30)),
        ("Bệnh viện Đa khoa tỉnh", "lead", dt.date(2026, 4, 30)),
        ("Trung tâm Y tế các huyện", "support", dt.date(2026, 4, 30)),
    ]


PAGE_HEAD = "| STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn |\n"


def table_tasks(text: str) -> list[tuple]:
    """(assignee as written, role, task) of the obligations a text's task tables give."""
    return [(o.assignee.raw, o.role, o.task) for o in parse(text).obligations if o.source == "table"]


def test_a_row_cut_by_a_page_break_goes_on_past_the_header_printed_again():
    """A PDF prints a long row over two pages: the row's first lines, the header again, then the rest of each
    cell in a row without a number whose text carries on in lower case.  One row: each cell's two pieces
    joined (the task, and a name cut inside: ``Ủy ban nhân dân các`` / ``xã, phường``)."""
    text = (
        HEADER
        + PIPE_HEAD
        + (
            "| 1 | Tổ chức khám sức khỏe định kỳ cho | Sở Y tế | Ủy ban nhân dân các | Tháng 6/2026 |\n"
            + PAGE_HEAD
            + "|  | người cao tuổi trên địa bàn tỉnh. |  | xã, phường |  |\n"
            "| 2 | Cấp thẻ bảo hiểm y tế cho trẻ em | Bảo hiểm xã hội tỉnh | Sở Tài chính | Tháng 3/2026 |\n"
        )
    )
    assert table_tasks(text) == [
        ("Sở Y tế", "lead", "Tổ chức khám sức khỏe định kỳ cho người cao tuổi trên địa bàn tỉnh."),
        (
            "Ủy ban nhân dân các xã, phường",
            "support",
            "Tổ chức khám sức khỏe định kỳ cho người cao tuổi trên địa bàn tỉnh.",
        ),
        ("Bảo hiểm xã hội tỉnh", "lead", "Cấp thẻ bảo hiểm y tế cho trẻ em"),
        ("Sở Tài chính", "support", "Cấp thẻ bảo hiểm y tế cho trẻ em"),
    ]


def test_a_row_cut_over_three_pages_is_one_row():
    text = (
        HEADER
        + PIPE_HEAD
        + (
            "| 1 | Xây dựng cơ sở dữ liệu đất đai | Sở Nông nghiệp và Môi trường | Sở Khoa học | Năm 2026 |\n"
            + PAGE_HEAD
            + "|  | và kết nối với hệ thống quốc gia |  | và Công nghệ |  |\n"
            + PAGE_HEAD
            + "|  | về đất đai. |  |  |  |\n"
        )
    )
    assert table_tasks(text) == [
        (
            "Sở Nông nghiệp và Môi trường",
            "lead",
            "Xây dựng cơ sở dữ liệu đất đai và kết nối với hệ thống quốc gia về đất đai.",
        ),
        (
            "Sở Khoa học và Công nghệ",
            "support",
            "Xây dựng cơ sở dữ liệu đất đai và kết nối với hệ thống quốc gia về đất đai.",
        ),
    ]


def test_a_merged_task_cell_cut_by_a_page_break_gives_its_task_to_the_row_past_the_header():
    """A task cell merged over two rows (one per lead) that a page break cuts: the row past the header printed
    again has an empty task cell and a lead of its own, in capitals (no cut sentence): a row of its own
    under the task above."""
    text = (
        HEADER
        + PIPE_HEAD
        + (
            "| 1 | Ban hành kế hoạch phòng chống thiên tai năm 2026 | Sở Nông nghiệp và Môi trường | | Tháng 2/2026 |\n"
            + PAGE_HEAD
            + "|  |  | Ủy ban nhân dân các xã | | Tháng 3/2026 |\n"
        )
    )
    assert table_tasks(text) == [
        ("Sở Nông nghiệp và Môi trường", "lead", "Ban hành kế hoạch phòng chống thiên tai năm 2026"),
        ("Ủy ban nhân dân các xã", "lead", "Ban hành kế hoạch phòng chống thiên tai năm 2026"),
    ]


def test_a_merged_task_cell_printed_empty_gives_its_task_to_the_next_lead():
    """A web copy or a PDF prints a task cell merged over two rows as text in the first and an empty cell in the
    second, whose row has no number but a lead of its own: that lead has the task above."""
    text = (
        HEADER
        + PIPE_HEAD
        + (
            "| 1 | Rà soát hộ nghèo, hộ cận nghèo năm 2026 | Sở Nội vụ | | Tháng 10/2026 |\n"
            "|  |  | Ủy ban nhân dân các xã | | Tháng 9/2026 |\n"
            "|  |  | | Mặt trận Tổ quốc tỉnh | |\n"
        )
    )
    assert table_tasks(text) == [
        ("Sở Nội vụ", "lead", "Rà soát hộ nghèo, hộ cận nghèo năm 2026"),
        ("Ủy ban nhân dân các xã", "lead", "Rà soát hộ nghèo, hộ cận nghèo năm 2026"),
    ]


def test_a_merged_lead_cell_cut_by_a_page_break_leads_the_task_past_the_header():
    """A lead cell merged over two tasks that a page break cuts: the unnumbered task past the header printed
    again has an empty lead cell; its lead is the one above."""
    text = (
        HEADER
        + PIPE_HEAD
        + (
            "| 1 | Kiểm tra an toàn thực phẩm bếp ăn tập thể | Sở Y tế | | Quý II/2026 |\n"
            + PAGE_HEAD
            + "|  | Kiểm tra an toàn thực phẩm tại chợ đầu mối |  | Ban Quản lý chợ | Quý III/2026 |\n"
        )
    )
    assert table_tasks(text) == [
        ("Sở Y tế", "lead", "Kiểm tra an toàn thực phẩm bếp ăn tập thể"),
        ("Sở Y tế", "lead", "Kiểm tra an toàn thực phẩm tại chợ đầu mối"),
        ("Ban Quản lý chợ", "support", "Kiểm tra an toàn thực phẩm tại chợ đầu mối"),
    ]


def test_a_group_title_past_the_header_printed_again_takes_no_lead_from_above():
    """Counter: past a page break, an unnumbered row holding a group's title (``II. Xã hội số``) and no lead
    opens a group; it does not take the lead of the row above the break."""
    text = (
        HEADER
        + PIPE_HEAD
        + (
            "| 1 | Phủ sóng 5G các khu công nghiệp | Sở Khoa học và Công nghệ | | Năm 2027 |\n"
            + PAGE_HEAD
            + "|  | II. Xã hội số |  |  |  |\n"
            "| 1 | Cấp chữ ký số cho người dân | Công an tỉnh | | Năm 2027 |\n"
        )
    )
    assert table_tasks(text) == [
        ("Sở Khoa học và Công nghệ", "lead", "Phủ sóng 5G các khu công nghiệp"),
        ("Công an tỉnh", "lead", "Cấp chữ ký số cho người dân"),
    ]


def test_a_short_row_under_cells_spanning_rows_takes_the_last_columns():
    """A scraper writes a table whose first cells span two rows (``rowspan``) as Markdown: the second row lacks
    those cells, so its cells are the last columns (lead, partner, time), and the task is the one above.
    Counter-examples: a group row (``| **II** | **GIÁO DỤC** |``) and a numbered short row stay as they were."""
    text = (
        HEADER
        + PIPE_HEAD
        + (
            "| 1 | Tổ chức tiêm chủng mở rộng | Sở Y tế | Bệnh viện Đa khoa tỉnh | Tháng 3/2026 |\n"
            "| Trung tâm Y tế các huyện | Trạm y tế các xã | Tháng 4/2026 |\n"
            "| **II** | **GIÁO DỤC** |\n"
            "| 2 | Sửa chữa trường học | Sở Giáo dục và Đào tạo | Sở Xây dựng | Tháng 8/2026 |\n"
        )
    )
    assert table_tasks(text) == [
        ("Sở Y tế", "lead", "Tổ chức tiêm chủng mở rộng"),
        ("Bệnh viện Đa khoa tỉnh", "support", "Tổ chức tiêm chủng mở rộng"),
        ("Trung tâm Y tế các huyện", "lead", "Tổ chức tiêm chủng mở rộng"),
        ("Trạm y tế các xã", "support", "Tổ chức tiêm chủng mở rộng"),
        ("Sở Giáo dục và Đào tạo", "lead", "Sửa chữa trường học"),
        ("Sở Xây dựng", "support", "Sửa chữa trường học"),
    ]


def _cell_per_line(rows: list[list[str]]) -> str:
    """A table as web copies print it: each cell on its own line between ``|`` lines, a lone ``|`` between rows."""
    return "".join("|\n" + "".join(f"{c}\n|\n" for c in row) for row in rows)


CELL_HEAD = ["**STT**", "**Nội dung**", "**Đơn vị chủ trì**", "**Đơn vị phối hợp**", "**Thời gian**"]


def _under_a_row_of_data(*rows: list[str]) -> str:
    """A document whose one-cell-per-line task table has ``rows`` under a first row of data."""
    first = ["1", "Trồng rừng gỗ lớn", "Ban Quản lý rừng phòng hộ", "Hạt Kiểm lâm", "Tháng 3/2026"]
    return HEADER + "1. Phân công\n\n" + _cell_per_line([CELL_HEAD, first, *rows])


@pytest.mark.parametrize("label", ["*VII.2*", "**V.1**", "**2**", "*B*", "*B.2*", "**A.1**"])
def test_a_group_row_under_a_row_of_data_takes_nothing_from_above(label):
    """A group row (a label and a title) under a row of data, one cell per line: a Roman number with its
    sub-number (``*VII.2*``) or an emphasised Arabic one (``**2**``) opens a group as ``**II**`` does; it is no
    short row whose missing cells the row above spans (its title was read as the lead of a task ``VII.2``, with
    the partner above)."""
    text = _under_a_row_of_data(
        [label, "*Cấp chứng chỉ rừng*"],
        ["3", "Hỗ trợ đánh giá chứng chỉ rừng", "Chi cục Kiểm lâm", "Hội Nông dân tỉnh", "Năm 2026"],
    )
    assert table_tasks(text) == [
        ("Ban Quản lý rừng phòng hộ", "lead", "Trồng rừng gỗ lớn"),
        ("Hạt Kiểm lâm", "support", "Trồng rừng gỗ lớn"),
        ("Chi cục Kiểm lâm", "lead", "Hỗ trợ đánh giá chứng chỉ rừng"),
        ("Hội Nông dân tỉnh", "support", "Hỗ trợ đánh giá chứng chỉ rừng"),
    ]


def test_group_rows_of_unequal_groups_are_no_period_of_a_longer_row():
    """Groups of three, one and one rows under ``**I**``, ``**II**``, ``**III**``, one cell per line: the gaps also
    fit rows three times the header's length (a period of 14 cells), which the reader took; a row number after the
    first gap shows it is a gap between rows, not an empty cell of the header."""
    rows = [CELL_HEAD, ["**I**", "**Giảm phát thải**"]]
    rows += [
        [str(k), f"Nhiệm vụ số {k}", f"Chi cục số {k}", "Trung tâm Khuyến nông tỉnh", "Năm 2026"] for k in (1, 2, 3)
    ]
    rows += [["**II**", "**Thích ứng**"], ["4", "Nhiệm vụ số 4", "Chi cục số 4", "Văn phòng Sở", "Năm 2026"]]
    rows += [["**III**", "**Truyền thông**"], ["5", "Nhiệm vụ số 5", "Chi cục số 5", "Văn phòng Sở", "Năm 2026"]]
    got = [(a, t) for a, r, t in table_tasks(HEADER + "1. Phân công\n\n" + _cell_per_line(rows)) if r == "lead"]
    assert got == [(f"Chi cục số {k}", f"Nhiệm vụ số {k}") for k in (1, 2, 3, 4, 5)]


def test_a_plain_numbered_short_row_under_a_row_of_data_is_still_a_row():
    """Counter: an unemphasised number with a task and its lead, the row's other cells missing, is a row."""
    text = _under_a_row_of_data(["2", "Cấp chứng chỉ rừng", "Chi cục Kiểm lâm"])
    assert ("Chi cục Kiểm lâm", "lead", "Cấp chứng chỉ rừng") in table_tasks(text)


def test_an_unnumbered_row_in_capitals_past_the_header_printed_again_is_a_row_of_its_own():
    """Counter: past a page break, a row without a number whose cells open in capitals is a task of its own,
    not the rest of the row above."""
    text = (
        HEADER
        + PIPE_HEAD
        + (
            "| 1 | Kiểm tra nguồn nước sinh hoạt | Sở Y tế | Sở Xây dựng | Tháng 5/2026 |\n"
            + PAGE_HEAD
            + "|  | Thông báo kết quả kiểm tra cho người dân | Ủy ban nhân dân các xã |  | Tháng 6/2026 |\n"
        )
    )
    assert table_tasks(text) == [
        ("Sở Y tế", "lead", "Kiểm tra nguồn nước sinh hoạt"),
        ("Sở Xây dựng", "support", "Kiểm tra nguồn nước sinh hoạt"),
        ("Ủy ban nhân dân các xã", "lead", "Thông báo kết quả kiểm tra cho người dân"),
    ]


def test_a_group_row_then_a_repeated_header_then_numbered_rows():
    text = (
        HEADER
        + PIPE_HEAD
        + (
            "| **I** | **GIAO THÔNG ĐƯỜNG THỦY** | | | |\n"
            "| **Công việc** | **Đơn vị thực hiện** | **Đơn vị phối hợp** | **Thời gian** |\n"
            "| 1.1 | Kiểm tra bến khách ngang sông | Sở Xây dựng | Công an tỉnh | Tháng 6/2026 |\n"
            "| 1.2 | Cấp áo phao cho đò chở học sinh | Ủy ban nhân dân các xã | Sở Giáo dục và Đào tạo | Tháng 8/2026 |\n"
        )
    )
    doc = parse(text)
    got = [(o.assignee.raw, o.role, o.section) for o in doc.obligations if o.source == "table"]
    assert got == [
        ("Sở Xây dựng", "lead", "II.1.I.1.1"),
        ("Công an tỉnh", "support", "II.1.I.1.1"),
        ("Ủy ban nhân dân các xã", "lead", "II.1.I.1.2"),
        ("Sở Giáo dục và Đào tạo", "support", "II.1.I.1.2"),
    ]


def test_a_repeated_header_shorter_than_the_rows_below_is_no_second_header_row():
    """The header again with fewer cells than the rows under it (they carry a product cell): not the lower row
    of a two-row header, and no task."""
    text = HEADER + (
        "1. Phân công\n\n| STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian | Sản phẩm |\n|---|---|---|---|---|---|\n"
        "| **Nhiệm vụ** | **Chủ trì** | **Phối hợp** | **Thời gian** |\n"
        "| 1 | Xây dựng bản đồ số tuyến xe buýt | Sở Xây dựng | Sở Khoa học và Công nghệ | 2026 | Bản đồ số |\n"
    )
    doc = parse(text)
    got = [(o.assignee.raw, o.role, o.task) for o in doc.obligations if o.source == "table"]
    assert got == [
        ("Sở Xây dựng", "lead", "Xây dựng bản đồ số tuyến xe buýt"),
        ("Sở Khoa học và Công nghệ", "support", "Xây dựng bản đồ số tuyến xe buýt"),
    ]


def test_a_group_row_right_under_the_header_is_no_second_header_row():
    """Fourteenth twin of TAB-SUBHEADER: a group row with an empty number cell straight under the header
    (``| | **NHÓM NHIỆM VỤ VỀ …** | | |``) names the task's column again, adding no kind: not the lower row of a
    two-row header; the rows under it are read."""
    text = HEADER + (
        "1. Phân công\n\n| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn |\n|---|---|---|---|---|\n"
        "| | **NHÓM NHIỆM VỤ VỀ PHÒNG BỆNH** | | | |\n"
        "| 1 | Phun hóa chất diệt muỗi tại các ổ dịch | Trung tâm Kiểm soát bệnh tật | Ủy ban nhân dân các phường | Tháng 7/2029 |\n"
        "| | **NHÓM NHIỆM VỤ VỀ ĐIỀU TRỊ** | | | |\n"
        "| 2 | Bố trí giường bệnh cách ly | Bệnh viện Đa khoa tỉnh | | Tháng 8/2029 |\n"
    )
    got = [(o.assignee.raw, o.role, o.task) for o in parse(text).obligations]
    assert got == [
        ("Trung tâm Kiểm soát bệnh tật", "lead", "Phun hóa chất diệt muỗi tại các ổ dịch"),
        ("Ủy ban nhân dân các phường", "support", "Phun hóa chất diệt muỗi tại các ổ dịch"),
        ("Bệnh viện Đa khoa tỉnh", "lead", "Bố trí giường bệnh cách ly"),
    ]


def test_a_repeated_header_in_other_words_is_no_row():
    """Twelfth twin of TAB-SUBHEADER: ``| **Hạng mục** | **Đơn vị đảm nhận** | **Đơn vị hỗ trợ** | **Hạn chót** |``
    repeats the header in other words (who takes the item on, who helps, the last day): no task."""
    text = HEADER + (
        "1. Phân công\n\n| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn |\n|---|---|---|---|---|\n"
        "| 1 | Ban hành Điều lệ giải | Sở Văn hóa, Thể thao và Du lịch | Liên đoàn Điền kinh tỉnh | Tháng 3/2029 |\n"
        "| **Hạng mục** | **Đơn vị đảm nhận** | **Đơn vị hỗ trợ** | **Hạn chót** |\n"
        "| 2 | Phân luồng giao thông | Công an tỉnh | Sở Xây dựng | Tháng 4/2029 |\n"
    )
    got = [(o.assignee.raw, o.task) for o in parse(text).obligations if o.role == "lead"]
    assert got == [
        ("Sở Văn hóa, Thể thao và Du lịch", "Ban hành Điều lệ giải"),
        ("Công an tỉnh", "Phân luồng giao thông"),
    ]


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        ("Đơn vị đảm nhận", "lead"),
        ("Cơ quan đảm nhiệm", "lead"),
        ("Đơn vị hỗ trợ", "support"),
        ("Hạn chót", "time"),
        # the task column named for the work (thirteenth twins: ``Việc cần làm``), in other words too
        ("Việc cần làm", "task"),
        ("Các việc cần thực hiện", "task"),
        ("Đầu việc", "task"),
        ("Phần việc", "task"),
        ("Hành động ưu tiên", "task"),
        # counters: who does the work, by when, what it yields
        ("Người làm việc", None),
        ("Thời gian làm việc", "time"),
        ("Kết quả công việc", "product"),
        # nineteenth twin of TAB-THUCHIEN: who, of several kinds, carries the row out
        ("Đơn vị, cá nhân thực hiện", "lead"),
        ("Cơ quan và cá nhân chịu trách nhiệm", "lead"),
        # twenty-eighth twin of TAB-THUCHIEN: a hospital's units carry the row out
        ("Khoa, phòng thực hiện", "lead"),
        ("Khoa thực hiện", "lead"),
        ("Phòng khám thực hiện", None),
        # nineteenth twin of TAB-SUBHEADER: the focal point, who leads the row
        ("Cơ quan đầu mối", "lead"),
        ("Đơn vị đầu mối", "lead"),
        # fourteenth twin of TAB-SUBHEADER: who is given the row, who takes part
        ("Cơ quan được giao", "lead"),
        ("Đơn vị được phân công", "lead"),
        ("Cơ quan tham gia", "support"),
        ("Đơn vị cùng tham gia", "support"),
        ("Số người tham gia", None),
        # fourteenth twin of R2: ``Tên`` + what the row makes is the task, the product's name too
        ("Tên sản phẩm", "task"),
        ("Tên sản phẩm du lịch mới", "task"),
        ("Sản phẩm dự kiến", "product"),
        # twentieth twin of TAB-SUBHEADER: a header again in other words
        ("Công tác", "task"),
        ("Đơn vị triển khai", "lead"),
        ("Đơn vị liên quan", "support"),
        ("Kỳ hạn", "time"),
        # twenty-first twins of TAB-SUBHEADER: who carries the row out, who acts with them (the army's word),
        # and the bare ``Hạn`` of a short header
        ("Đơn vị thực thi", "lead"),
        ("Cơ quan thực thi", "lead"),
        ("Đơn vị hiệp đồng", "support"),
        ("Lực lượng hiệp đồng", "support"),
        ("Hạn", "time"),
        # a roster's column of who is what in the team (twenty-first twin of F1): no task column
        ("Nhiệm vụ trong Đoàn", "roster"),
        ("Chức danh trong Tổ công tác", "roster"),
        ("Nhiệm vụ trọng tâm", "task"),
        # twenty-second twin of TAB-THUCHIEN: who carries the row out, said by the doing alone
        ("Tổ chức thực hiện", "lead"),
        ("Triển khai thực hiện", "lead"),
        # twenty-ninth twin of TAB-SUBHEADER: the actor, the parties taking part, the fixed limit
        ("Chủ thể thực hiện", "lead"),
        ("Bên thực hiện", "lead"),
        ("Bên tham gia", "support"),
        ("Hạn định", "time"),
        ("Chủ thể kinh doanh", None),
        # counters: a task's own words, not a column's name
        ("Tổ chức thực hiện dự án", None),
        ("Hạn mức kinh phí", None),
        ("Văn bản thực thi", None),
        ("Công tác tuyên truyền", None),
        ("Văn bản liên quan", None),
    ],
)
def test_column_headers_in_other_words_name_their_kind(header, kind):
    assert column_kind(header) == kind


def test_a_row_whose_task_holds_column_words_is_still_a_task():
    """Counter: ``Rà soát nội dung công việc …`` under ``Phân công …`` words is a row of data, not a header."""
    text = (
        HEADER
        + PIPE_HEAD
        + ("| 1 | Rà soát nội dung công việc phân công | Văn phòng Sở Y tế | Phòng Tổ chức cán bộ | Tháng 3/2026 |\n")
    )
    assert table_rows(text) == [
        ("Văn phòng Sở Y tế", "lead", dt.date(2026, 3, 31)),
        ("Phòng Tổ chức cán bộ", "support", dt.date(2026, 3, 31)),
    ]


def test_a_thuc_hien_column_beside_a_chu_tri_column_names_leads_too():
    """``Chủ trì | Thực hiện | Phối hợp``: the bodies of both the first columns lead the row, the last supports;
    two rows keep their own."""
    text = HEADER + (
        "1. Phân công\n\n| TT | Nội dung | Thời gian | Chủ trì | Thực hiện | Phối hợp |\n|---|---|---|---|---|---|\n"
        "| 1 | Kiểm tra phòng cháy tại ký túc xá | Tháng 4/2026 | Hiệu trưởng | Tổ Bảo vệ, Đoàn Thanh niên trường "
        "| Công an phường |\n"
        "| 2 | Tổng vệ sinh khuôn viên trường | Tháng 9/2026 | Ban Giám hiệu | Tổ Hành chính | |\n"
    )
    assert table_rows(text) == [
        ("Hiệu trưởng", "lead", dt.date(2026, 4, 30)),
        ("Tổ Bảo vệ", "lead", dt.date(2026, 4, 30)),
        ("Đoàn Thanh niên trường", "lead", dt.date(2026, 4, 30)),
        ("Công an phường", "support", dt.date(2026, 4, 30)),
        ("Ban Giám hiệu", "lead", dt.date(2026, 9, 30)),
        ("Tổ Hành chính", "lead", dt.date(2026, 9, 30)),
    ]


def test_a_thuc_hien_column_alone_names_the_leads():
    text = HEADER + (
        "1. Phân công\n\n| TT | Nội dung | Thực hiện | Thời gian |\n|---|---|---|---|\n"
        "| 1 | Bảo dưỡng xe cứu thương | Khoa Cấp cứu | Quý II/2026 |\n"
    )
    assert table_rows(text) == [("Khoa Cấp cứu", "lead", dt.date(2026, 6, 30))]


def test_a_phoi_hop_column_beside_chu_tri_stays_support():
    """Counter: ``Chủ trì | Phối hợp`` without a ``Thực hiện`` column: the partners support."""
    text = HEADER + (
        "1. Phân công\n\n| TT | Nội dung | Thời gian | Chủ trì | Phối hợp |\n|---|---|---|---|---|\n"
        "| 1 | Bảo dưỡng xe cứu thương | Quý II/2026 | Trung tâm Cấp cứu 115 | Khoa Cấp cứu |\n"
    )
    assert table_rows(text) == [
        ("Trung tâm Cấp cứu 115", "lead", dt.date(2026, 6, 30)),
        ("Khoa Cấp cứu", "support", dt.date(2026, 6, 30)),
    ]


def _cells(*rows: tuple[str, ...]) -> str:
    """A web copy's table, one cell per line between ``|`` lines, rows parted by an empty cell."""
    return "".join("|\n" + "\n|\n".join(row) + "\n|\n" for row in rows)


WEB_DECISION = (
    "|\n**ỦY BAN NHÂN DÂN**\nTỈNH KHÁNH HÒA\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"
    "Độc lập - Tự do - Hạnh phúc\n|\n|\nSố: 9/QĐ-UBND\n|\n*Khánh Hòa, ngày 03 tháng 3 năm 2026*\n|\n\n"
    "**QUYẾT ĐỊNH**\n\n**Phê duyệt Kế hoạch phòng chống thiên tai năm 2026**\n\n"
    "*Căn cứ Luật Phòng, chống thiên tai;*\n\n**QUYẾT ĐỊNH:**\n\n"
    "**Điều 1.** Phê duyệt Kế hoạch phòng chống thiên tai năm 2026 (Phụ lục kèm theo).\n\n"
    "**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.\n"
    # the closing as one table row (Nơi nhận | the signer) with the appendix printed right after it
    "|\n*Nơi nhận:*\n- Như Điều 2;\n- Lưu: VT.\n|\n**KT. CHỦ TỊCH**\n**PHÓ CHỦ TỊCH**\n**Lê Văn Ba**\n|\n"
    "**PHỤ LỤC**\nPHÂN CÔNG NHIỆM VỤ\n*(Kèm theo Quyết định số 9/QĐ-UBND ngày 03/3/2026)*\n"
)


def test_a_web_copys_appendix_table_after_a_closing_row_gives_its_rows():
    """The closing laid out as a table row runs straight into the appendix's table: two things; a group row
    (``A.`` | a body in capitals) opens a group, and the rows under a full row whose first cells are merged
    down (``task 2 | …``) keep that row's bodies; the group column (``Thuộc nhóm …``) is no task."""
    table = _cells(
        ("**STT**", "**Cơ quan chủ trì**", "**Cơ quan phối hợp**", "**Thuộc nhóm nhiệm vụ**", "**Nội dung nhiệm vụ**",
         "**Thời hạn hoàn thành**"),
        ("**A.**", "**SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG**"),
        ("1", "Sở Nông nghiệp và Môi trường", "- Sở Xây dựng;\n- UBND các xã/phường.", "Phòng ngừa",
         "- Rà soát các điểm sạt lở bờ sông.", "Quý II/2026"),
        ("- Cắm biển cảnh báo tại các điểm nguy hiểm.", "Tháng 5/2026"),
        ("**B.**", "**CÔNG AN TỈNH**"),
        ("Công an tỉnh", "UBND các xã/phường", "Ứng phó", "Bảo đảm an ninh trật tự khi sơ tán dân.", "Thường xuyên"),
    )  # fmt: skip
    doc = parse(text=WEB_DECISION + table)
    got = [(o.assignee.raw, o.role, o.task[:18], o.deadline) for o in doc.obligations if o.source == "table"]
    assert got == [
        ("Sở Nông nghiệp và Môi trường", "lead", "- Rà soát các điểm", dt.date(2026, 6, 30)),
        ("Sở Xây dựng", "support", "- Rà soát các điểm", dt.date(2026, 6, 30)),
        ("UBND các xã/phường", "support", "- Rà soát các điểm", dt.date(2026, 6, 30)),
        ("Sở Nông nghiệp và Môi trường", "lead", "- Cắm biển cảnh bá", dt.date(2026, 5, 31)),
        ("Sở Xây dựng", "support", "- Cắm biển cảnh bá", dt.date(2026, 5, 31)),
        ("UBND các xã/phường", "support", "- Cắm biển cảnh bá", dt.date(2026, 5, 31)),
        ("Công an tỉnh", "lead", "Bảo đảm an ninh tr", None),
        ("UBND các xã/phường", "support", "Bảo đảm an ninh tr", None),
    ]
    assert doc.signer is not None and doc.signer.name == "Lê Văn Ba"


def test_an_appendix_after_a_closing_row_and_a_line_of_markup_only_is_a_table_of_its_own():
    """``** **`` (an empty bold run) between the closing's last ``|`` and ``PHỤ LỤC``: the appendix still opens a
    part, and its table one cell per line is read as a data table, not as the closing's layout."""
    table = _cells(
        ("**TT**", "**Nội dung thực hiện**", "**Cơ quan chủ trì**", "**Cơ quan phối hợp**", "**Thời gian hoàn thành**"),
        ("1", "Cấp thẻ bảo hiểm y tế cho học sinh", "Bảo hiểm xã hội tỉnh", "Sở Giáo dục và Đào tạo", "Quý III/2026"),
    )  # fmt: skip
    text = WEB_DECISION.replace("|\n**PHỤ LỤC**", "|\n** **\n**PHỤ LỤC**") + table
    assert "** **" in text
    assert table_rows(text) == [
        ("Bảo hiểm xã hội tỉnh", "lead", dt.date(2026, 9, 30)),
        ("Sở Giáo dục và Đào tạo", "support", dt.date(2026, 9, 30)),
    ]


def test_a_header_without_its_number_cell_over_numbered_rows_names_the_columns_after_the_number():
    """A header one cell short of the rows under it (no ``STT`` cell: ``Nội dung | Đơn vị thực hiện | …`` over
    ``1.1 | task | lead | …``), under group rows: its columns are the rows' last ones, the number before them."""
    table = _cells(
        ("**A**", "**Y TẾ CƠ SỞ**"),
        ("**Nội dung**", "**Đơn vị thực hiện**", "**Đơn vị phối hợp**", "**Thời gian thực hiện**"),
        ("1.1", "Số hóa hồ sơ sức khỏe người dân", "Sở Y tế", "Bảo hiểm xã hội tỉnh", "Quý IV/2026"),
        ("1.2", "Khám sàng lọc bệnh không lây nhiễm", "Trung tâm Kiểm soát bệnh tật tỉnh", "Ủy ban nhân dân các xã",
         "Quý II/2026"),
    )  # fmt: skip
    doc = parse(text=WEB_DECISION + table)
    got = [(o.assignee.raw, o.role, o.task[:18], o.deadline) for o in doc.obligations if o.source == "table"]
    assert got == [
        ("Sở Y tế", "lead", "Số hóa hồ sơ sức k", dt.date(2026, 12, 31)),
        ("Bảo hiểm xã hội tỉnh", "support", "Số hóa hồ sơ sức k", dt.date(2026, 12, 31)),
        ("Trung tâm Kiểm soát bệnh tật tỉnh", "lead", "Khám sàng lọc bệnh", dt.date(2026, 6, 30)),
        ("Ủy ban nhân dân các xã", "support", "Khám sàng lọc bệnh", dt.date(2026, 6, 30)),
    ]


def test_a_numbered_row_short_of_the_header_keeps_its_number_in_the_number_column():
    """A web copy's row one cell short whose first cell is its number (``2``), under a header that opens with
    ``STT``: its last cell is merged down from the row above (the funding of both), not its first ones; the
    number is never read as the task."""
    table = _cells(
        ("**STT**", "**Nhiệm vụ**", "**Cơ quan chủ trì**", "**Cơ quan phối hợp**", "**Thời hạn**",
         "**Nguồn kinh phí**"),
        ("1", "Cải tạo bến xe khách phía Bắc", "Sở Xây dựng", "Sở Tài chính", "Quý III/2026", "Ngân sách tỉnh"),
        ("2", "Mở tuyến xe buýt nội thị", "Công an tỉnh", "Ủy ban nhân dân các huyện", "Quý IV/2026"),
    )  # fmt: skip
    doc = parse(text=WEB_DECISION + table)
    got = [(o.assignee.raw, o.role, o.task, o.deadline) for o in doc.obligations if o.source == "table"]
    assert got == [
        ("Sở Xây dựng", "lead", "Cải tạo bến xe khách phía Bắc", dt.date(2026, 9, 30)),
        ("Sở Tài chính", "support", "Cải tạo bến xe khách phía Bắc", dt.date(2026, 9, 30)),
        ("Công an tỉnh", "lead", "Mở tuyến xe buýt nội thị", dt.date(2026, 12, 31)),
        ("Ủy ban nhân dân các huyện", "support", "Mở tuyến xe buýt nội thị", dt.date(2026, 12, 31)),
    ]


def test_a_short_row_that_opens_with_a_task_starts_at_the_task_column():
    """A web copy's row short of the header that opens with a task of its own (``task | lead``) under a full
    row: its number before it and the cells after it are merged down from above (``Phối hợp``, the time), not
    its first cells; a short row that opens with a body (``Sở B | Sở C | time``) shares the task above."""
    table = _cells(
        ("**STT**", "**Nhiệm vụ**", "**Cơ quan chủ trì**", "**Cơ quan phối hợp**", "**Thời hạn**",
         "**Kết quả**"),
        ("1", "Lắp camera giám sát cổng trường", "Sở Giáo dục và Đào tạo", "Công an tỉnh", "Quý III/2026",
         "Hệ thống camera"),
        ("Tập huấn kỹ năng thoát hiểm cho học sinh", "Sở Y tế"),
        ("2", "Kiểm tra bếp ăn bán trú", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Quý I/2026", "Biên bản"),
        ("Ủy ban nhân dân các xã", "Trạm Y tế các xã", "Quý II/2026"),
    )  # fmt: skip
    doc = parse(text=WEB_DECISION + table)
    got = [(o.assignee.raw, o.role, o.task[:20], o.deadline) for o in doc.obligations if o.source == "table"]
    assert got == [
        ("Sở Giáo dục và Đào tạo", "lead", "Lắp camera giám sát ", dt.date(2026, 9, 30)),
        ("Công an tỉnh", "support", "Lắp camera giám sát ", dt.date(2026, 9, 30)),
        ("Sở Y tế", "lead", "Tập huấn kỹ năng tho", dt.date(2026, 9, 30)),
        ("Công an tỉnh", "support", "Tập huấn kỹ năng tho", dt.date(2026, 9, 30)),
        ("Sở Y tế", "lead", "Kiểm tra bếp ăn bán ", dt.date(2026, 3, 31)),
        ("Sở Giáo dục và Đào tạo", "support", "Kiểm tra bếp ăn bán ", dt.date(2026, 3, 31)),
        ("Ủy ban nhân dân các xã", "lead", "Kiểm tra bếp ăn bán ", dt.date(2026, 6, 30)),
        ("Trạm Y tế các xã", "support", "Kiểm tra bếp ăn bán ", dt.date(2026, 6, 30)),
    ]


def test_a_slash_between_two_levels_names_one_collective():
    """``UBND các tỉnh/thành phố``, ``các xã/phường``: one collective; a slash after a body is no level."""
    from vbparse.extract.assignees import find_names

    for text, names in [
        ("Bộ Y tế và UBND các tỉnh/ thành phố.", ["Bộ Y tế", "UBND các tỉnh/ thành phố"]),
        ("các xã/phường, thị trấn tổ chức", ["các xã/phường, thị trấn"]),
        ("các sở/ngành tổ chức", ["các sở"]),
    ]:
        assert [text[n.start : n.end] for n in find_names(text)] == names


# --- the real plans ------------------------------------------------------------------------------------

REAL = SHARED / "realdocs"
needs_shared = pytest.mark.skipif(not REAL.is_dir(), reason="../shared/realdocs is not present")


@needs_shared
def test_annex_table_of_named_people_gives_their_tasks(parsed):
    doc = parsed(REAL / "13_kh-2242-sct-laocai-kiem-tra-gcn.docx")
    people = [o for o in doc.obligations if o.source == "table"]
    assert len(people) == 16 and {o.assignee.person_name for o in people} == {
        "Đỗ Mạnh Cường",
        "Vũ Việt Linh",
        "Nguyễn Thị Loan",
    }
    # the TT column is numbered by Word (empty numbered paragraphs): the row numbers still make the section
    assert [o.section for o in people][:4] == ["Phụ lục.1", "Phụ lục.1", "Phụ lục.1", "Phụ lục.2"]


@needs_shared
def test_appendix_task_table_of_a_provincial_plan(parsed):
    doc = parsed(REAL / "01_kh-ubnd-lamdong-cchc-2026.docx")
    table = [o for o in doc.obligations if o.source == "table"]
    assert len(table) >= 100
    assert all(o.section and o.section.startswith("Phụ lục") for o in table)
    assert "Công tác triển khai" not in {o.assignee.raw for o in doc.obligations}


@needs_shared
def test_place_qualifiers_are_kept_and_completed(parsed):
    doc = parsed(REAL / "09_kh-ubnd-lamdong-ctmtqg-pcmt-2030.docx")
    canon = {o.assignee.canonical for o in doc.obligations}
    assert {"Công an tỉnh Lâm Đồng", "Bộ Chỉ huy quân sự tỉnh Lâm Đồng"} <= canon
    assert "Đảng ủy" not in canon  # ``dự án`` is no ĐU


@needs_shared
def test_persons_lose_honorific_and_post(parsed):
    doc = parsed(REAL / "19_kh-1105-dkt-kiem-tra-vlncn-text.txt")
    assert "Hoàng Văn Thuân" in {o.assignee.person_name for o in doc.obligations}


@pytest.mark.slow
@needs_shared
def test_every_real_document_gives_obligations_with_spans_inside_the_text(parsed):
    for path in sorted(REAL.iterdir()):
        if path.suffix not in {".docx", ".doc", ".txt"}:
            continue
        doc = parsed(path)
        for o in doc.obligations:
            assert o.span is not None and 0 <= o.span.start <= o.span.end <= doc.source.chars
            assert o.assignee.raw.strip() and o.task.strip()


# --- labelled fields under a task item (issue 21, class 1) ----------------------------------------------


def test_labelled_fields_under_an_item_give_its_lead_partners_and_deadline():
    got, _ = obligations(
        "2.3. Tổ chức tập huấn nghiệp vụ cho cán bộ, công chức\n"
        "- Thời gian hoàn thành: Quý II/2027.\n"
        "- Đơn vị chủ trì: Văn phòng HĐND và UBND xã.\n"
        "- Đơn vị phối hợp: Công an xã, Đoàn Thanh niên xã.\n"
        "- Kết quả: Báo cáo kết quả tập huấn.\n"
    )
    assert sorted((r, role, t, d) for r, role, _m, t, d in got) == [
        ("Công an xã", "support", "Tổ chức tập huấn nghiệp vụ cho", dt.date(2027, 6, 30)),
        ("Văn phòng HĐND và UBND xã", "lead", "Tổ chức tập huấn nghiệp vụ cho", dt.date(2027, 6, 30)),
        ("Đoàn Thanh niên xã", "support", "Tổ chức tập huấn nghiệp vụ cho", dt.date(2027, 6, 30)),
    ]


def test_a_label_head_noun_is_never_an_assignee():
    got, _ = obligations(
        "1. Rà soát thủ tục hành chính\nCơ quan thực hiện: Sở Tư pháp; Sở Nội vụ.\nThời gian thực hiện: Thường xuyên.\n"
    )
    names = {r for r, *_ in got}
    assert names == {"Sở Tư pháp", "Sở Nội vụ"}  # both lead; ``Cơ quan`` names no one
    assert {role for _r, role, *_ in got} == {"lead"}


def test_a_content_field_is_the_task_and_a_role_sentence_the_assignees():
    got, doc = obligations(
        "1. Truyền thông\n"
        "a) Hoạt động 1\n"
        "- Nội dung: Triển khai Tháng hành động (từ ngày 15/11 đến ngày 15/12/2026).\n"
        "- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với Sở Y tế và các đơn vị có liên quan.\n"
    )
    assert sorted((r, role, t) for r, role, _m, t, _d in got) == [
        ("Sở Nội vụ", "lead", "Triển khai Tháng hành động (từ"),
        ("Sở Y tế", "support", "Triển khai Tháng hành động (từ"),
        ("các đơn vị có liên quan", "support", "Triển khai Tháng hành động (từ"),
    ]
    assert {o.deadline for o in doc.obligations} == {dt.date(2026, 12, 15)}  # a range's end


def test_a_lead_field_of_clauses_each_with_its_subject_gives_each_its_task():
    """131: ``- Cơ quan thực hiện: Bộ Công an tiến hành rà soát …; các bộ, cơ quan ngang bộ … rà soát …``:
    the clause after the semicolon names its own doers, who were lost."""
    got, _doc = obligations(
        "4. Rà soát văn bản quy phạm pháp luật\n"
        "- Nội dung: rà soát các văn bản quy phạm pháp luật có liên quan đến Luật.\n"
        "- Cơ quan thực hiện: Bộ Công an tiến hành rà soát các văn bản thuộc thẩm quyền quản lý nhà nước; "
        "các bộ, cơ quan ngang bộ rà soát văn bản thuộc phạm vi quản lý được phân công.\n"
    )
    assert sorted((r, role, t.strip()) for r, role, _m, t, _d in got) == [
        ("Bộ Công an", "lead", "tiến hành rà soát các văn bản"),
        ("các bộ, cơ quan ngang bộ", "lead", "rà soát văn bản thuộc phạm vi"),
    ]


def test_items_of_a_time_field_that_name_their_doers_are_tasks_with_their_own_deadlines():
    """131: ``- Thời gian thực hiện:`` over ``+ Các bộ … gửi kết quả rà soát … trước ngày 15/12/2025`` and
    ``+ Bộ Công an tổng hợp …, báo cáo … trước ngày 31/12/2025``: each item a task of its own."""
    got, _doc = obligations(
        "4. Rà soát văn bản quy phạm pháp luật\n"
        "- Cơ quan thực hiện: Bộ Công an.\n"
        "- Thời gian thực hiện:\n"
        "+ Các bộ, cơ quan ngang bộ gửi kết quả rà soát về Bộ Công an trước ngày 15/12/2025.\n"
        "+ Bộ Công an tổng hợp kết quả rà soát, báo cáo Thủ tướng Chính phủ trước ngày 31/12/2025.\n"
    )
    timed = {(r, t.strip(), d) for r, _role, _m, t, d in got}
    assert {
        ("Bộ Công an", "tổng hợp kết quả rà soát, báo", dt.date(2025, 12, 31)),
        ("Các bộ, cơ quan ngang bộ", "gửi kết quả rà soát về Bộ Công", dt.date(2025, 12, 15)),
    } <= timed, timed


def test_a_content_field_that_only_elaborates_leaves_the_task_to_the_items_own_line():
    """``+ Nội dung: bao gồm …`` says what the item includes, not what to do: the item's line is the task."""
    got, _doc = obligations(
        "1. Xây dựng văn bản\n"
        "- Thông tư hướng dẫn về an toàn thông tin mạng.\n"
        "+ Nội dung: bao gồm quy định chi tiết khoản 3 Điều 5 của Luật.\n"
        "+ Cơ quan chủ trì: Sở Thông tin và Truyền thông.\n"
        "+ Thời hạn ban hành: trước ngày 01/3/2027.\n"
    )
    assert [(r, role, t) for r, role, _m, t, _d in got] == [
        ("Sở Thông tin và Truyền thông", "lead", "Thông tư hướng dẫn về an toàn ")
    ]


def test_fields_after_the_last_item_apply_to_every_item_of_the_group():
    got, doc = obligations(
        "1. Rà soát, kiện toàn đội ngũ cán bộ\n"
        "- Thường xuyên rà soát, kiện toàn đội ngũ cán bộ.\n"
        "- Bồi dưỡng kỹ năng xây dựng pháp luật.\n"
        "Đơn vị chủ trì thực hiện: Các Sở, ngành, UBND cấp xã.\n"
        "Đơn vị phối hợp: Sở Nội vụ.\n"
        "Thời gian thực hiện: Từ 01/7/2026.\n"
    )
    tasks = {t for *_, t, _d in got}
    assert tasks == {"Thường xuyên rà soát, kiện toà", "Bồi dưỡng kỹ năng xây dựng phá"}
    assert {(r, role) for r, role, *_ in got} == {
        ("Các Sở, ngành", "lead"),
        ("UBND cấp xã", "lead"),
        ("Sở Nội vụ", "support"),
    }
    assert {o.deadline for o in doc.obligations} == {None}  # ``Từ 01/7/2026`` says when it starts


def test_items_without_a_subject_go_on_with_the_sentence_above_them():
    got, _ = obligations(
        "1. Các cơ quan, đơn vị, địa phương xây dựng kế hoạch triển khai đợt thi đua.\n"
        "- Giới thiệu điển hình tiên tiến để tuyên truyền.\n"
        "- Báo cáo kết quả về Sở Nội vụ.\n"
        "- Sở Nội vụ tổng hợp kết quả.\n"
    )
    assert [(r, t) for r, _role, _m, t, _d in got] == [
        ("Các cơ quan, đơn vị, địa phương", "xây dựng kế hoạch triển khai đ"),
        ("Các cơ quan, đơn vị, địa phương", "Giới thiệu điển hình tiên tiến"),
        ("Các cơ quan, đơn vị, địa phương", "Báo cáo kết quả về Sở Nội vụ."),
        ("Sở Nội vụ", "tổng hợp kết quả."),
    ]


def test_a_time_field_of_a_section_is_the_deadline_of_the_tasks_under_it():
    got, _ = obligations(
        "1. Tháng hành động\n"
        "a) Thời gian: Từ ngày 15/11/2026 đến ngày 15/12/2026.\n"
        "b) Các hoạt động chính\n"
        "Các cơ quan, đơn vị, địa phương thực hiện các hoạt động sau:\n"
        "- Lồng ghép tổ chức Lễ phát động.\n"
        "- Gửi tin, bài về Sở Nội vụ trước ngày 20/12/2026.\n"
    )
    assert [(t, d) for _r, _role, _m, t, d in got] == [
        ("Lồng ghép tổ chức Lễ phát động", dt.date(2026, 12, 15)),
        ("Gửi tin, bài về Sở Nội vụ trướ", dt.date(2026, 12, 20)),  # its own deadline wins
    ]


def test_a_yearly_day_without_its_year_has_no_date_in_a_plan_of_several_years():
    text = HEADER.replace("Thực hiện nhiệm vụ năm 2026", "Phát triển hạ tầng số giai đoạn 2026 - 2030") + (
        "1. Các sở, ban, ngành báo cáo kết quả trước ngày 30 tháng 11 hằng năm.\n"
    )
    (o,) = parse(text).obligations
    assert (o.deadline, o.recurrence) == (None, "yearly")
    one_year = parse(HEADER + "1. Các sở, ban, ngành báo cáo kết quả trước ngày 30 tháng 11 hằng năm.\n")
    assert one_year.obligations[0].deadline == dt.date(2026, 11, 30)


def test_an_indicator_table_with_a_lead_column_assigns_each_target_and_its_group_rows_label_it():
    # a web copy's table, one cell per line: the group row's empty cells are ``|`` lines with nothing between
    body = (
        "III. PHÂN CÔNG CHỈ TIÊU\n\n|\nTT\n|\nChỉ tiêu\n|\nChủ trì\n|\n|\n|\n**I. Kinh\ntế số**\n|\n|\n|\n1\n|\n"
        "Kinh tế số chiếm 45% GRDP\n|\nSở Tài chính\n|\n|\n2\n|\nPhát triển 05 bộ dữ liệu mở\n|\nSở KH&CN\n|\n"
    )
    doc = parse(HEADER + body)
    rows = [(o.assignee.canonical, o.task, o.section, o.source) for o in doc.obligations]
    assert ("Sở Tài chính", "Kinh tế số chiếm 45% GRDP", "III.I.1", "table") in rows
    assert ("Sở Khoa học và Công nghệ", "Phát triển 05 bộ dữ liệu mở", "III.I.2", "table") in rows


def test_a_plan_printed_after_the_signature_of_the_decision_issuing_it_is_read():
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 12/QĐ-UBND\nSơn La, ngày 05 tháng 01 năm 2026\nQUYẾT ĐỊNH\n"
        "Về việc ban hành Kế hoạch xuất khẩu\nCăn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch xuất khẩu.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n"
        "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
        "Nguyễn Văn An\nKẾ HOẠCH\nXuất khẩu sản phẩm hàng hóa\nI. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Công Thương chủ trì theo dõi, tổng hợp kết quả thực hiện Kế hoạch.\n"
    )
    doc = parse(text)
    assert ("Sở Công Thương", "chủ trì theo dõi, tổng hợp kết") in {
        (o.assignee.raw, o.task[:30]) for o in doc.obligations
    }
    assert doc.signer is not None and doc.signer.name == "Nguyễn Văn An"


def test_a_section_reporting_what_was_done_assigns_nothing():
    got, _ = obligations(
        "1. Tình hình thực hiện nhiệm vụ năm 2025\n"
        "a) Hội đồng nhân dân tỉnh quyết nghị thông qua tổng thu ngân sách nhà nước.\n"
        "2. Nhiệm vụ năm 2026\n"
        "a) Sở Tài chính tham mưu phân bổ dự toán.\n"
    )
    assert [(r, t) for r, _role, _m, t, _d in got] == [("Sở Tài chính", "tham mưu phân bổ dự toán.")]


def test_a_liability_clause_is_no_obligation():
    got, _ = obligations(
        "1. Sở Nội vụ chủ trì triển khai Kế hoạch; chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để xảy ra "
        "chậm trễ.\n"
        "2. Thủ trưởng các sở chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện.\n"
    )
    assert [(r, t) for r, _role, _m, t, _d in got] == [("Sở Nội vụ", "chủ trì triển khai Kế hoạch")]


# --- issue 23: only what a document orders or requests is an obligation ---------------------------------

DECISION = """ỦY BAN NHÂN DÂN
XÃ HÀ TRUNG
Số: 15/QĐ-UBND
Hà Trung, ngày 05 tháng 01 năm 2026
QUYẾT ĐỊNH
Về việc thành lập Tổ công tác chuyển đổi số
CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÀ TRUNG
Căn cứ Luật Tổ chức chính quyền địa phương;
QUYẾT ĐỊNH:
"""

REPORT = """ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
Số: 329/BC-UBND
Lâm Đồng, ngày 15 tháng 12 năm 2025
BÁO CÁO
Kết quả công tác cải cách hành chính năm 2025
Thực hiện Công văn số 10/BNV-CCHC, Ủy ban nhân dân tỉnh báo cáo như sau:
"""


def assigned(text: str) -> list[tuple[str, str]]:
    """(assignee, the task's first four words) of each obligation."""
    return [(o.assignee.raw, " ".join(o.task.split()[:4])) for o in parse(text).obligations]


@pytest.mark.parametrize(
    "members,duties",
    [
        (  # the members numbered, their role after the post; the duties in Điều 2
            (
                "Điều 1. Thành lập Tổ công tác chuyển đổi số xã Hà Trung, gồm các ông (bà) có tên sau:\n"
                "1. Ông Nguyễn Văn An – Chủ tịch UBND xã – Tổ trưởng;\n"
                "2. Bà Lê Thị Bình - Phó Trưởng phòng Văn hóa - Xã hội, Tổ viên.\n"
            ),
            (
                "Điều 2. Nhiệm vụ của Tổ công tác\n1. Tổ công tác tham mưu UBND xã triển khai chuyển đổi số.\n"
                "2. Tổ trưởng chịu trách nhiệm điều hành chung hoạt động của Tổ.\n"
                "3. Tổ viên thực hiện nhiệm vụ do Tổ trưởng phân công.\n"
            ),
        ),
        (  # the role as a label before the member; the members of each unit under the unit's name
            (
                "Điều 1. Thành lập Ban Chỉ đạo chuyển đổi số xã, gồm:\n"
                "1. Trưởng ban: Ông Nguyễn Văn An - Chủ tịch UBND xã.\n"
                "2. Phó Trưởng ban: Bà Lê Thị Bình - Phó Chủ tịch UBND xã.\n"
                "3. Các thành viên Ban Chỉ đạo gồm:\na) Phòng Kinh tế\n- Ông Trần Văn Dũng - Trưởng phòng.\n"
                "- Bà Hoàng Thị Em - Chuyên viên.\nb) Công an xã: Ông Vũ Văn Giang - Phó Trưởng Công an xã.\n"
            ),
            "Điều 2. Ban Chỉ đạo có nhiệm vụ giúp UBND xã chỉ đạo chuyển đổi số.\n",
        ),
        (  # members named after their post, under ``Các thành viên Ban Chỉ đạo:``
            (
                "Điều 1. Thành lập Ban Chỉ đạo chuyển đổi số tỉnh, gồm các thành viên sau:\n"
                "1. Chủ tịch UBND tỉnh Nguyễn Văn An, Trưởng Ban Chỉ đạo.\n2. Các thành viên Ban Chỉ đạo:\n"
                "- Giám đốc Sở Khoa học và Công nghệ Trần Văn Bình;\n- Giám đốc Công an tỉnh Đại tá Lê Văn Cường.\n"
            ),
            "Điều 2. Sở Khoa học và Công nghệ là cơ quan thường trực của Ban Chỉ đạo, tham mưu ban hành Quy chế.\n",
        ),
    ],
)
def test_a_decisions_member_list_assigns_nothing_and_the_duties_it_states_stay(members, duties):
    assert assigned(DECISION + members + duties) == assigned(DECISION + duties) != []


def test_a_member_whose_line_states_a_duty_is_no_member_line():
    from vbparse.extract.obligation_skips import _member_entry
    from vbparse.structure.parser import Node

    def item(text: str) -> Node:
        return Node(label="1", kind="arabic", rank=1, heading=None, text_parts=[text], start=0, end=len(text))

    assert _member_entry(item("Ông Nguyễn Văn An – Chủ tịch UBND xã – Tổ trưởng;"), listed=False)
    assert not _member_entry(item("Ông Nguyễn Văn An – Tổ trưởng, chịu trách nhiệm điều hành chung;"), listed=False)
    # a post and a name is a member only in a list of members
    assert not _member_entry(item("Giám đốc Sở Tài chính Trần Văn Bình;"), listed=False)
    assert _member_entry(item("Giám đốc Sở Tài chính Trần Văn Bình;"), listed=True)


@pytest.mark.parametrize(
    "body,expected",
    [
        # a past verb opens the item: what was done
        (
            (
                "1. Sở Tài chính:\n- Đã tham mưu UBND tỉnh phân bổ kinh phí năm 2025.\n"
                "- Tham mưu bố trí kinh phí năm 2026.\n"
            ),
            [("Sở Tài chính", "Tham mưu bố trí")],
        ),
        (
            (
                "1. Công an tỉnh\n- Trong năm 2025, đã tổ chức 05 lớp tập huấn.\n- Vừa ban hành Kế hoạch tuyên truyền.\n"
                "- Tuyên truyền theo hướng vừa ngắn gọn vừa dễ hiểu.\n"
            ),
            [("Công an tỉnh", "Tuyên truyền theo hướng")],
        ),
        ("1. Sở Tư pháp đã chủ trì, phối hợp với Sở Nội vụ rà soát văn bản.\n", []),
        # ``đã`` further on is not the task's verb
        (
            "1. Sở Nội vụ tiếp tục thực hiện các nhiệm vụ đã được giao tại Kế hoạch số 05/KH-UBND.\n",
            [("Sở Nội vụ", "tiếp tục thực hiện")],
        ),
        ("1. Sở Nội vụ kiểm tra theo đúng nội dung Kế hoạch đã đề ra.\n", [("Sở Nội vụ", "kiểm tra theo đúng")]),
    ],
)
def test_a_past_action_is_no_obligation(body, expected):
    assert assigned(HEADER + body) == expected


@pytest.mark.parametrize(
    "sections",
    [
        "III. KẾT QUẢ THỰC HIỆN NĂM 2025\n1. Sở Tài chính chủ trì thẩm định dự toán năm 2025.\n",
        "III. TÌNH HÌNH TRIỂN KHAI\nSở Tài chính tham mưu phân bổ 120 tỷ đồng.\n",
        "III. ĐÁNH GIÁ CHUNG\nỦy ban nhân dân tỉnh xác định cải cách hành chính là nhiệm vụ trọng tâm.\n",
        "III. QUÁ TRÌNH XÂY DỰNG DỰ THẢO\nSở Tư pháp thẩm định dự thảo tại Báo cáo số 12/BC-STP.\n",
        "III. NHỮNG TỒN TẠI, HẠN CHẾ\nSở Tài chính chậm tham mưu phân bổ kinh phí.\n",
        (
            "III. KẾT QUẢ THỰC HIỆN NĂM 2025\n\n| STT | Nhiệm vụ | Cơ quan chủ trì | Kết quả |\n|---|---|---|---|\n"
            "| 1 | Rà soát thủ tục | Sở Tư pháp | Hoàn thành |\n"
        ),
    ],
)
def test_a_section_of_any_document_reporting_what_was_done_assigns_nothing(sections):
    body = "1. Sở Nội vụ tham mưu tổng hợp.\n" + sections
    assert assigned(HEADER + body) == [("Sở Nội vụ", "tham mưu tổng hợp.")]


def test_a_result_still_to_come_is_no_report():
    got = assigned(
        HEADER + "1. Sở Nội vụ tham mưu tổng hợp.\nIII. KẾT QUẢ DỰ KIẾN\n1. Sở Tài chính bảo đảm kinh phí.\n"
    )
    assert ("Sở Tài chính", "bảo đảm kinh phí.") in got


def test_a_report_assigns_only_in_its_sections_that_look_ahead():
    got = assigned(
        REPORT
        + (
            "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH\n1. Sau sáp nhập tỉnh, Ủy ban nhân dân tỉnh ban hành Quyết định số "
            "787/QĐ-UBND ngày 21/8/2025 về thí điểm mô hình.\n2. Sở Nội vụ tham mưu tổ chức 02 đợt kiểm tra.\n"
            "II. KẾT QUẢ THỰC HIỆN\n1. Sở Tư pháp thẩm định 92 dự thảo văn bản.\n"
            "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026\n1. Sở Nội vụ tham mưu ban hành Kế hoạch năm 2026.\n"
        )
    )
    assert got == [("Sở Nội vụ", "tham mưu ban hành")]


@pytest.mark.parametrize(
    "body,expected",
    [
        ("1. Sở Tài chính chịu trách nhiệm về tính chính xác của số liệu báo cáo.\n", []),
        ("1. Sở Tài chính chịu trách nhiệm về kết quả thực hiện nhiệm vụ được giao.\n", []),
        ("1. Sở Xây dựng nếu vi phạm quy định tại Kế hoạch này thì bị xử lý theo quy định của pháp luật.\n", []),
        ("1. Chủ tịch UBND các xã chịu trách nhiệm toàn diện trước pháp luật về quản lý khoáng sản.\n", []),
        # ``chịu trách nhiệm`` that assigns stays
        ("1. Sở Tài chính chịu trách nhiệm tham mưu bố trí kinh phí.\n", [("Sở Tài chính", "chịu trách nhiệm tham")]),
        (
            "1. Sở Xây dựng chịu trách nhiệm về việc phân bổ kinh phí đúng mục tiêu.\n",
            [("Sở Xây dựng", "chịu trách nhiệm về")],
        ),
    ],
)
def test_a_liability_or_sanction_clause_is_no_obligation(body, expected):
    assert assigned(HEADER + body) == expected


@pytest.mark.slow
@needs_shared
@pytest.mark.parametrize(
    "name,duties",
    [
        ("29_qd-hdtd-cchc-lamdong.pdf", "Điều 2"),
        ("30_qd-1716-thanh-lap-hdtd-badocr.pdf", "Điều 2"),
        ("28_qd-2319-ttg-signed.pdf", "Điều 5"),
    ],
)
def test_the_member_lists_of_real_decisions_assign_nothing_and_their_duties_stay(parsed, name, duties):
    sections = [o.section or "" for o in parsed(REAL / name).obligations]
    assert not [s for s in sections if (s + ".").startswith("Điều 1.")]  # Điều 1 lists the members
    assert [s for s in sections if (s + ".").startswith(duties + ".")]


@needs_shared
def test_the_results_of_a_real_inspection_report_assign_nothing(parsed):
    assert parsed(REAL / "48_bc-1883-dkt-ket-qua-kiem-tra.docx").obligations == []


# issue 23: a Thông báo kết luận asks its general addressees in a lead-in, then gives each item to a body of its
# own; the item's body, not the lead-in's, is assigned
def test_an_item_that_names_its_own_assignee_under_a_lead_in_is_that_assignees_task():
    got, _doc = obligations(
        "Yêu cầu Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các xã tập trung các nhiệm vụ cụ thể sau:\n"
        "1. Rà soát, đẩy nhanh tiến độ giải ngân vốn được giao.\n"
        "2. Sở Tài chính theo chức năng, nhiệm vụ hướng dẫn các đơn vị hoàn chỉnh hồ sơ thanh toán.\n"
        "3. Giao Sở Y tế chịu trách nhiệm:\n"
        "a) Kiểm tra các cơ sở khám chữa bệnh.\n"
    )
    by_task = {}
    for raw, _role, _mode, task, _d in got:
        by_task.setdefault(task[:12], set()).add(raw)
    assert by_task["Rà soát, đẩy"] == {"Thủ trưởng các sở, ban, ngành tỉnh", "Chủ tịch UBND các xã"}
    assert by_task["hướng dẫn cá"] == {"Sở Tài chính"}
    assert by_task["Kiểm tra các"] == {"Sở Y tế"}


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # a step's label, then a clause of when, then who does it
        ("- Bước 1: Khi có thông báo của xã, Trưởng thôn tổ chức họp dân.\n", "Trưởng thôn"),
        ("- Bước 2: Tổ công tác kiểm tra thực địa.\n", "Tổ công tác"),
        ("- Bước 3: Sau khi có kết quả kiểm tra, Phòng Kinh tế lập báo cáo.\n", "Phòng Kinh tế"),
        # counter-example: a step that names no one is the lead-in's
        ("- Bước 4: Lập biên bản kiểm tra.\n", "Ban Quản lý dự án"),
    ],
)
def test_an_item_naming_its_doer_after_a_step_label_or_a_clause_is_that_doers_task(item: str, expected: str) -> None:
    """``a) X huy động lực lượng … theo trình tự sau:`` / ``- Bước 1: Khi …, Giám đốc Sở … báo cáo …`` (wild adf53d):
    an item whose subject stands after a step's label (and a leading clause) names its own doer, as one opening
    with its subject does."""
    got, _doc = obligations("1. Ban Quản lý dự án thực hiện việc bàn giao mặt bằng theo trình tự sau:\n" + item)
    assert [raw for raw, *_ in got][-1] == expected


def test_the_last_member_of_an_enumeration_of_units_is_no_heading_of_the_paragraph_after_it() -> None:
    """``u) Đội Kiểm lâm cơ động … số 1;`` / ``v) Đội … số 2.`` / ``Các phòng chuyên môn … có cấp trưởng và cấp phó.``
    (wild f48a2691): the last member of a list of units, its full stop the list's, is no heading over the paragraph
    the copy hung under it; a unit's heading beside headings of units still heads its items."""
    got, _doc = obligations(
        "1. Các đơn vị trực thuộc Chi cục gồm:\n"
        "a) Hạt Kiểm lâm huyện Đông Sơn;\n"
        "b) Hạt Kiểm lâm huyện Tây Lâm;\n"
        "c) Đội Kiểm lâm cơ động số 1.\n"
        "Số lượng cấp phó của các đơn vị thực hiện theo quy định của pháp luật.\n"
    )
    assert got == []
    got, _doc = obligations(
        "1. Trạm Kiểm lâm Đông Sơn:\n- Tuần tra các khu rừng phòng hộ.\n"
        "2. Đội Kiểm lâm cơ động số 1.\n- Kiểm tra các cơ sở chế biến gỗ.\n"
    )
    assert [(raw, task) for raw, _role, _mode, task, _d in got] == [
        ("Trạm Kiểm lâm Đông Sơn", "Tuần tra các khu rừng phòng hộ."[:30]),
        ("Đội Kiểm lâm cơ động số 1", "Kiểm tra các cơ sở chế biến gỗ."[:30]),
    ]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # a leading clause, its comma, then who does it
        (
            "- Trong trường hợp dịch lan rộng, Sở Y tế điều động đội cơ động hỗ trợ huyện.\n",
            ("Sở Y tế", "điều động đội cơ động hỗ trợ huyện"),
        ),
        (
            "- Sau mỗi đợt kiểm tra, Đài Truyền thanh huyện đưa tin kết quả trên sóng phát thanh.\n",
            ("Đài Truyền thanh huyện", "đưa tin kết quả trên sóng phát thanh"),
        ),
        # counter-examples: no subject after the clause's comma, or one asked inside the heading's own task
        (
            "- Khi phát hiện ca bệnh, báo cáo ngay Ủy ban nhân dân huyện.\n",
            ("Trung tâm Y tế huyện", "Khi phát hiện ca bệnh, báo cáo ngay Ủy ban nhân dân huyện."),
        ),
        (
            "- Trường hợp có thay đổi, đề nghị Sở Y tế thông báo kịp thời.\n",
            ("Trung tâm Y tế huyện", "Trường hợp có thay đổi, đề nghị Sở Y tế thông báo kịp thời."),
        ),
    ],
)
def test_an_item_under_a_unit_heading_naming_its_doer_after_a_leading_clause_is_that_doers_task(
    item: str, expected: tuple[str, str]
) -> None:
    """``1. Lực lượng phòng cháy, chữa cháy rừng cấp tỉnh`` / ``b) Trong trường hợp cháy rừng vượt quá khả năng kiểm
    soát của tỉnh, Giám đốc Sở … báo cáo …`` (wild adf53d): an item under a unit's heading whose subject stands after
    a leading clause names its own doer, as one opening with its subject does (decision 14)."""
    got, _doc = obligations("1. Trung tâm Y tế huyện:\n- Tổ chức giám sát ca bệnh tại cộng đồng.\n" + item)
    assert got[0][:2] == ("Trung tâm Y tế huyện", "lead")
    assert (got[-1][0], got[-1][3]) == (expected[0], expected[1][:30])


def test_a_lead_in_s_own_task_is_its_whole_sentence_with_how_it_is_done():
    """``… thực hiện giám sát trực tiếp thông qua việc tham dự các hoạt động sau:`` (set2 72, decision 4): the lead-in's
    task is what it does and how, as a reader records it, not the words before the preposition."""
    doc = parse(
        HEADER + "1. Ban Thanh tra nhân dân thực hiện giám sát thường xuyên thông qua việc tham dự các hoạt động sau:\n"
        "- Tham dự các cuộc họp của Hội đồng nhân dân xã;\n- Tiếp nhận kiến nghị của Nhân dân.\n"
    )
    assert doc.obligations[0].task == "thực hiện giám sát thường xuyên thông qua việc tham dự các hoạt động sau"


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        (
            "2. Nhiệm vụ của Tổ tiếp nhận, phân loại, xử lý phản ánh của người dân:",
            "Tổ tiếp nhận, phân loại, xử lý phản ánh của người dân",
        ),
        ("2. Nhiệm vụ, quyền hạn của Đoàn kiểm tra, giám sát việc thu phí:", "Đoàn kiểm tra, giám sát việc thu phí"),
        ("2. Nhiệm vụ của Tổ kiểm tra về an toàn thực phẩm:", "Tổ kiểm tra về an toàn thực phẩm"),
        # counter-example: another body's name after the comma, in capitals: two bodies
        ("2. Nhiệm vụ của Tổ công tác, Văn phòng UBND tỉnh:", "Tổ công tác|Văn phòng UBND tỉnh"),
    ],
)
def test_a_duties_heading_names_a_committee_by_all_it_does(heading: str, expected: str) -> None:
    """``Điều 2. Nhiệm vụ của Tổ tiếp công dân, xử lý khiếu nại, tố cáo, kiến nghị, phản ánh của công dân:`` (realdocs
    101): after ``Nhiệm vụ của``, a committee's head no name follows is named by all the heading says it does, up to
    the colon; another body's name after a comma is another body."""
    got, _doc = obligations(
        heading + "\n- Tổng hợp, báo cáo kết quả hằng tháng.\n- Thực hiện nhiệm vụ khác được giao.\n"
    )
    assert {raw for raw, *_ in got} == set(expected.split("|"))


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        (
            "2. Nhiệm vụ của Nhóm hỗ trợ, hướng dẫn người dân làm thủ tục trực tuyến:",
            ["Nhóm hỗ trợ, hướng dẫn người dân làm thủ tục trực tuyến"],
        ),
        (
            "2. Nhiệm vụ, quyền hạn của Xưởng sửa chữa, bảo dưỡng phương tiện:",
            ["Xưởng sửa chữa, bảo dưỡng phương tiện"],
        ),
        # counter-examples: a plan or a programme is no one whose duties they are
        ("2. Nhiệm vụ của Kế hoạch tuyên truyền, phổ biến pháp luật:", []),
        ("2. Nhiệm vụ của Chương trình hỗ trợ, hướng dẫn người dân:", []),
    ],
)
def test_a_duties_heading_names_its_owner_by_where_it_stands_whatever_its_head(heading: str, expected: list[str]):
    """After ``Nhiệm vụ của``, a phrase no list knows the head of (``Nhóm``, ``Xưởng``, or ``Tổ`` with ``Tổ`` taken from
    the lists: issue 52's leave-one-head-out test) is the owner of the duties below, named by all it does up to the
    colon, as a committee the lists know is (``test_a_duties_heading_names_a_committee_by_all_it_does``)."""
    got, _doc = obligations(
        heading + "\n- Tổng hợp, báo cáo kết quả hằng tháng.\n- Thực hiện nhiệm vụ khác được giao.\n"
    )
    assert sorted({raw for raw, *_ in got}) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("2. Các thành viên Tổ công tác làm việc theo chế độ kiêm nhiệm.\n", []),
        ("3. Hội đồng thẩm định làm việc theo Quy chế hoạt động do Chủ tịch Hội đồng ban hành.\n", []),
        ("4. Ban Chỉ đạo hoạt động theo nguyên tắc tập trung dân chủ.\n", []),
        # counter-examples: working with someone is a task; a task after a semicolon keeps the sentence one
        (
            "5. Đảng ủy xã làm việc theo nguyên tắc tập trung dân chủ; thực hiện chế độ báo cáo định kỳ.\n",
            ["Đảng ủy xã"],
        ),
        ("4. Tổ công tác làm việc với các xã để kiểm tra tiến độ giải ngân.\n", ["Tổ công tác"]),
    ],
)
def test_how_a_body_works_is_no_task(body: str, expected: list[str]) -> None:
    """``Các thành viên Ban Chỉ đạo làm việc theo Quy chế tổ chức và hoạt động …`` (own gold): a sentence that says how
    a body works (by a regime, a principle, its rules) describes it, wherever it stands (decision 16)."""
    got, _doc = obligations(body)
    assert [raw for raw, *_ in got] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("3. Hồ sơ đề nghị Chủ tịch UBND tỉnh tặng Bằng khen gồm 02 bộ.\n", []),
        ("3. Tờ trình đề nghị Sở Nội vụ thẩm định gửi kèm danh sách trích ngang.\n", []),
        # counter-example: a request in the sentence, after no document's name, asks whom it names
        (
            "3. Trong quá trình thực hiện, nếu có vướng mắc đề nghị các phòng chuyên môn báo cáo kịp thời.\n",
            ["các phòng chuyên môn"],
        ),
    ],
)
def test_a_document_that_proposes_asks_no_one(body: str, expected: list[str]) -> None:
    """``Hồ sơ đề nghị Chủ tịch UBND tỉnh tặng Bằng khen gồm 02 bộ`` (realdocs 05): ``đề nghị`` right after a
    document's noun (``hồ sơ``, ``tờ trình``, ``văn bản``) names what the document proposes, not a request to the
    name after it."""
    got, _doc = obligations(body)
    assert [raw for raw, *_ in got] == expected


def test_a_phrase_of_acting_right_between_subject_and_verb_leaves_the_verb_its_predicate():
    got, _doc = obligations(
        "1. Các sở, ngành, trong phạm vi chức năng, nhiệm vụ được giao, chủ động triển khai Kế hoạch.\n"
    )
    assert [(r, t) for r, _role, _m, t, _d in got] == [("Các sở, ngành", "chủ động triển khai Kế hoạch.")]


# issue 23: a decision setting up a body states its duties under a heading that names it (QĐ 2319/QĐ-TTg)
def test_the_items_under_a_heading_of_a_bodys_duties_are_that_bodys_tasks():
    doc = parse(
        HEADER + "1. Nhiệm vụ và quyền hạn của Tổ công tác\n"
        "1.1. Rà soát các thủ tục hành chính của tỉnh.\n"
        "1.2. Đề xuất phương án đơn giản hóa thủ tục.\n"
    )
    got = [(o.assignee.raw, o.task[:17], o.section) for o in doc.obligations]
    assert got == [("Tổ công tác", "Rà soát các thủ t", "II.1.1"), ("Tổ công tác", "Đề xuất phương án", "II.1.2")]


def test_a_collectives_listed_members_are_each_given_the_task():
    """104: ``Giám đốc các Sở: A, B; C`` and ``Giao UBND các phường, xã: X, Y và Z: task`` name each member."""
    from vbparse import parse_text

    doc = parse_text(
        "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI\nSố: 1878/QĐ-UBND\nQUYẾT ĐỊNH\nPhê duyệt phương án tuyến\n"
        "Điều 1. Phê duyệt phương án tuyến đường.\n"
        "Điều 2. Tổ chức thực hiện.\n"
        "- Giao UBND các phường, xã: Kim Liên, Bạch Mai và Đại Xuyên: Quản lý quy hoạch kiến trúc dọc tuyến đường.\n"
        "Điều 3. Chánh Văn phòng UBND Thành phố; Giám đốc các Sở: Xây dựng, Nông nghiệp và Môi trường; "
        "Công Thương; Thủ trưởng các cơ quan có liên quan chịu trách nhiệm thi hành Quyết định này./.\n"
    )
    got = {(o.assignee.canonical, o.task.split()[0]) for o in doc.obligations}
    assert {("UBND Kim Liên", "Quản"), ("UBND Bạch Mai", "Quản"), ("UBND Đại Xuyên", "Quản")} <= got, got
    assert {
        "Giám đốc Sở Xây dựng",
        "Giám đốc Sở Nông nghiệp và Môi trường",
        "Giám đốc Sở Công Thương",
        "Chánh Văn phòng Ủy ban nhân dân Thành phố",
    } <= {c for c, _ in got}, got


def test_a_lead_in_asks_its_own_task_of_the_names_it_lists_before_its_items():
    """58: ``Để …; yêu cầu X, Y, Z cần phải nỗ lực …; trong đó, tập trung các nhiệm vụ cụ thể:`` over items with
    subjects of their own: the request asks every name it lists (not the names after a comma of the list), and
    what they are asked before the items is a task of theirs."""
    from vbparse import parse_text

    doc = parse_text(
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\nSố: 565/TB-UBND\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n"
        "II. Nhiệm vụ cụ thể\n"
        "Để đẩy nhanh tiến độ giải ngân; yêu cầu Thủ trưởng các sở, ban ngành tỉnh, Chủ tịch UBND các huyện, thị xã, "
        "thành phố, đơn vị được giao kế hoạch vốn cần phải nỗ lực, quyết tâm nhiều hơn nữa, tháo gỡ khó khăn; trong "
        "đó, tập trung các nhiệm vụ cụ thể:\n"
        "1. Sở Tài chính rà soát kế hoạch vốn.\n"
        "2. Sở Kế hoạch và Đầu tư tổng hợp báo cáo.\n"
    )
    got = {(o.assignee.raw, o.task.split(",")[0]) for o in doc.obligations}
    assert got == {
        ("Thủ trưởng các sở, ban ngành tỉnh", "cần phải nỗ lực"),
        ("Chủ tịch UBND các huyện, thị xã, thành phố", "cần phải nỗ lực"),
        ("đơn vị được giao kế hoạch vốn", "cần phải nỗ lực"),
        ("Sở Tài chính", "rà soát kế hoạch vốn."),
        ("Sở Kế hoạch và Đầu tư", "tổng hợp báo cáo."),
    }, got


def test_where_a_body_belongs_is_no_task_of_it():
    """111: ``a) Văn phòng Ủy ban nhân dân, các sở … (sau đây gọi là …) thuộc Ủy ban nhân dân các tỉnh …`` lists the
    bodies a rule applies to: ``thuộc`` says where they belong, not what they do."""
    from vbparse import parse_text

    doc = parse_text(
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 93/2007/QĐ-TTg\nQUYẾT ĐỊNH\nBan hành Quy chế\n"
        "Điều 3. Cơ quan áp dụng cơ chế một cửa, cơ chế một cửa liên thông\n"
        "1. Cơ chế một cửa được áp dụng đối với các cơ quan sau:\n"
        "a) Văn phòng Ủy ban nhân dân, các sở và cơ quan tương đương (sau đây gọi là cơ quan chuyên môn cấp tỉnh) "
        "thuộc Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương (sau đây gọi là Ủy ban nhân dân cấp tỉnh);\n"
        "b) Ủy ban nhân dân xã, phường, thị trấn (sau đây gọi là Ủy ban nhân dân cấp xã);\n"
        "Điều 4. Sở Nội vụ hướng dẫn thực hiện Quy chế này.\n"
    )
    got = [(o.assignee.raw, o.task.split()[0]) for o in doc.obligations]
    assert ("Sở Nội vụ", "hướng") in got and not [g for g in got if g[1] == "thuộc"], got


def test_items_under_a_subjects_as_follows_lead_in_are_its_tasks():
    """102: ``Ban Thường trực … thực hiện chế độ báo cáo … bằng văn bản như sau:`` and its lettered reports."""
    from vbparse import parse_text

    doc = parse_text(
        "ỦY BAN MTTQ VIỆT NAM XÃ A\nSố: 1/HD-MTTQ-BTT\nHƯỚNG DẪN\nTham gia bầu cử\nIII. TỔ CHỨC THỰC HIỆN\n"
        "1. Ban Thường trực Ủy ban MTTQ Việt Nam xã xây dựng kế hoạch triển khai.\n"
        "2. Ban Thường trực Ủy ban MTTQ Việt Nam xã thực hiện chế độ báo cáo với Ban Thường trực Ủy ban MTTQ "
        "Việt Nam tỉnh bằng văn bản như sau:\n"
        "a. Các biên bản Hội nghị hiệp thương lần thứ nhất, lần thứ hai.\n"
        "b. Báo cáo tình hình thực hiện việc hiệp thương chậm nhất ngày 03/02/2026.\n"
    )
    got = {(o.section, o.task.split()[0]) for o in doc.obligations}
    assert {("III.2", "Các"), ("III.2", "Báo")} <= got, got


def test_text_after_the_closing_that_no_part_holds_is_reported_not_dropped():
    signed = (
        HEADER
        + "1. Sở Y tế kiểm tra an toàn thực phẩm.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Ba\n"
    )
    assert not [d for d in parse(signed).diagnostics if d.code == "unread_after_closing"]
    tail = (
        "PHỤ LỤC\nDANH SÁCH CƠ SỞ KIỂM TRA\n"
        "Các cơ sở sản xuất, kinh doanh thực phẩm trên địa bàn các xã ven biển được chọn ngẫu nhiên theo danh sách.\n"
        "Việc kiểm tra được tiến hành theo đúng quy trình đã được Sở Y tế hướng dẫn tại văn bản trước đó.\n"
    )
    found = [d for d in parse(signed + tail).diagnostics if d.code == "unread_after_closing"]
    assert len(found) == 1 and found[0].message.startswith("2 lines (") and "'Các cơ sở sản xuất" in found[0].message
    assert found[0].span is not None


def test_a_schedule_items_label_names_the_range_further_on_it():
    doc = parse(
        HEADER + "2. Thời gian thực hiện\n"
        "- Đợt 1 dự kiến: Ra quân đồng loạt trong 05 ngày (từ ngày 02/3/2026 đến ngày 06/3/2026);\n"
        "- Đợt 2 dự kiến: Kiểm tra lại trong 03 ngày (từ ngày 10 đến ngày 12 tháng 3 năm 2026).\n"
    )
    assert [(p.label, p.ordinal, p.start, p.end) for p in doc.phases] == [
        ("Đợt 1", 1, "2026-03-02", "2026-03-06"),
        ("Đợt 2", 2, "2026-03-10", "2026-03-12"),
    ]


CRITERIA_PLAN = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
Số: 12/KH-UBND
Hà Tĩnh, ngày 05 tháng 3 năm 2026
KẾ HOẠCH
Tổ chức phong trào thi đua năm 2026
I. TIÊU CHUẨN KHEN THƯỞNG
1. Đối với tập thể: Các đơn vị hoàn thành xuất sắc nhiệm vụ được giao.
2. Đối với cá nhân: Các cá nhân có thành tích tiêu biểu trong phong trào.
- Gương mẫu chấp hành chủ trương của Đảng.
- Cá nhân trực tiếp tham mưu tổ chức phong trào đạt kết quả cao.
II. HÌNH THỨC KHEN THƯỞNG
1. Đối với khen thưởng cấp xã
a) Giấy khen của Chủ tịch UBND xã: Chủ tịch UBND xã thực hiện việc khen thưởng theo thẩm quyền.
"""


def test_who_qualifies_for_an_award_under_its_criteria_is_no_task():
    doc = parse(text=CRITERIA_PLAN)
    assert not [o for o in doc.obligations if o.section and o.section.startswith("I.")]
    # ``Đối với khen thưởng cấp xã`` names a kind of award, not who qualifies: its task stands
    assert [o.assignee.raw for o in doc.obligations if o.section and o.section.startswith("II.")] == [
        "Chủ tịch UBND xã"
    ]


def test_a_meeting_is_no_verb_that_ends_a_name_before_it():
    """``họp`` ends a name (``Ban Chỉ đạo họp định kỳ``), but ``các cuộc họp``, ``dự họp`` are a meeting:
    the whole-folder check of realdocs found tasks ``họp thường kỳ …`` cut out of them (03, 31, 35)."""
    got = parse(
        HEADER + "II. TỔ CHỨC THỰC HIỆN\n1. UBND các xã đưa nội dung cải cách hành chính vào các cuộc họp "
        "thường kỳ của cơ quan.\n2. Ban Chỉ đạo họp định kỳ 6 tháng một lần.\n"
    ).obligations
    assert not [o for o in got if o.task.startswith("họp thường kỳ")]
    assert ("Ban Chỉ đạo", "họp định kỳ 6 tháng một lần") in {(o.assignee.raw, o.task.rstrip(".")) for o in got}


def test_a_heading_naming_an_investor_over_its_identity_gives_no_task():
    """A decision approving an investor heads its identity with ``Nhà đầu tư`` (realdocs 38, 39): the
    company's name, address, telephone and representative are no tasks of it."""
    got = parse(
        HEADER + "Điều 1. Chấp thuận nhà đầu tư\n1. Nhà đầu tư\nTên doanh nghiệp: Công ty Cổ phần Phát triển A.\n"
        "Địa chỉ trụ sở chính: Số 5, đường B, phường C.\nĐiện thoại: 0214.123.456\nChức danh: Giám đốc.\n"
    ).obligations
    assert [o.task for o in got] == []


# --- issue 52: a subject by where it stands ----------------------------------------------------------


def test_subject_after_a_leading_clause_then_an_opener():
    """A4: ``<clause>, giao X <verb>`` and ``Kết thúc <…>, X <verb>``: the subject after the clause, the clause's
    own names none."""
    got, _ = obligations(
        "1. Khi phát hiện sự cố, giao Trung tâm Công nghệ thông tin khắc phục ngay trong ngày.\n"
        "2. Kết thúc mỗi quý, Chi cục Thống kê tổng hợp số liệu gửi Ủy ban nhân dân tỉnh.\n"
        "3. Hết thời hạn góp ý, đề nghị Hội Luật gia tỉnh gửi văn bản tổng hợp.\n"
    )
    assert [(r, role, m) for r, role, m, _t, _d in got] == [
        ("Trung tâm Công nghệ thông tin", "lead", "assigned"),
        ("Chi cục Thống kê", "lead", "assigned"),
        ("Hội Luật gia tỉnh", "lead", "requested"),
    ]


def test_body_named_inside_a_leading_clause_gets_nothing():
    got, _ = obligations("1. Theo đề xuất của Sở Xây dựng, Ban Quản lý dự án lập hồ sơ mời thầu.\n")
    assert [r for r, *_ in got] == ["Ban Quản lý dự án"]


def test_a_body_described_by_what_it_has_is_no_task():
    """F3: ``X có 04 tổ chuyên môn`` describes X; ``X có trách nhiệm …`` still gives a task."""
    got, _ = obligations(
        "1. Bệnh viện Đa khoa tỉnh có 12 khoa lâm sàng và 05 khoa cận lâm sàng.\n"
        "2. Bệnh viện Đa khoa tỉnh có trách nhiệm bố trí giường bệnh dự phòng.\n"
    )
    assert [(r, t) for r, _role, _m, t, _d in got] == [("Bệnh viện Đa khoa tỉnh", "có trách nhiệm bố trí giường b")]


def test_roster_line_with_its_commas_lost_is_no_task():
    """F1: ``- Bà <name> <post> <role>`` under ``… gồm:`` names a member; the post is no syllable of her name."""
    got, _ = obligations(
        "1. Thành lập Tổ biên soạn tài liệu gồm:\n"
        "- Bà Trần Thị Hoa Trưởng phòng Nghiệp vụ Tổ trưởng\n"
        "- Ông Lê Văn Nam Chuyên viên Tổ viên\n"
        "2. Tổ biên soạn hoàn thành bản thảo trước ngày 30/9/2026.\n"
    )
    assert [r for r, *_ in got] == ["Tổ biên soạn"]


def test_setting_up_a_body_named_for_a_verb_over_its_roster_is_no_task():
    """Twelfth twin of F1: ``1. Thành lập Hội đồng Giám sát quay số mở thưởng gồm:`` over ``- Ông … Chủ tịch Hội
    đồng`` lines: the body set up and its roster, whatever verb its name holds (``mở``), no task; the body's own
    task below still counts."""
    got, _ = obligations(
        "1. Thành lập Hội đồng Giám sát quay số mở thưởng gồm:\n"
        "- Ông Đoàn Minh Trí Phó Giám đốc Sở Tài chính Chủ tịch Hội đồng\n"
        "- Bà Lâm Thị Kim Cúc Kiểm soát viên Công ty Phó Chủ tịch Hội đồng\n"
        "2. Hội đồng Giám sát kiểm tra niêm phong lồng cầu trước ngày 31/12/2028.\n"
    )
    assert [r for r, *_ in got] == ["Hội đồng Giám sát"]


def test_phoi_hop_inside_a_noun_phrase_names_no_partner():
    """L1 (decision 8): ``ký kế hoạch phối hợp với X``, ``thỏa thuận phối hợp với X``: a text's name, no partner."""
    got, _ = obligations(
        "1. Sở Du lịch xây dựng kế hoạch phối hợp với Hiệp hội Lữ hành tỉnh về quảng bá điểm đến.\n"
        "2. Đài Phát thanh tỉnh ký thỏa thuận phối hợp với Báo Nông thôn trong đưa tin.\n"
        "3. Sở Y tế chủ trì, phối hợp với Sở Tài chính thẩm định giá thuốc.\n"
        "4. Trường Cao đẳng Y tế trình Giám đốc Sở ký biên bản ghi nhớ phối hợp với Bệnh viện Nhi tỉnh.\n"
    )
    assert [(r, role) for r, role, *_ in got] == [
        ("Sở Du lịch", "lead"),
        ("Đài Phát thanh tỉnh", "lead"),
        ("Sở Y tế", "lead"),
        ("Sở Tài chính", "support"),
        ("Trường Cao đẳng Y tế", "lead"),
    ]


def test_phoi_hop_after_a_noun_of_work_or_of_a_list_names_no_partner():
    """Twelfth twin of L1 (decision 8): ``hướng dẫn công tác phối hợp với X``, ``rà soát danh mục nhiệm vụ phối hợp
    với X``: what is done together, a noun's words, no partner."""
    got, _ = obligations(
        "1. Trung tâm Lưu trữ tỉnh biên soạn tài liệu hướng dẫn công tác phối hợp với Bảo tàng tỉnh.\n"
        "2. Sở Nội vụ rà soát danh mục nhiệm vụ phối hợp với Sở Tư pháp về giao nộp sổ hộ tịch.\n"
    )
    assert [(r, role) for r, role, *_ in got] == [("Trung tâm Lưu trữ tỉnh", "lead"), ("Sở Nội vụ", "lead")]


def test_phoi_hop_after_a_channel_or_a_rule_of_duties_names_no_partner():
    """Thirteenth twin of L1 (decision 8): ``duy trì kênh trao đổi thông tin phối hợp với X``, ``ban hành Quy định
    trách nhiệm phối hợp với X``: a noun's words, no partner; ``có trách nhiệm phối hợp với X`` still names one."""
    got, _ = obligations(
        "1. Chi cục Quản lý thị trường duy trì kênh trao đổi thông tin phối hợp với Công an tỉnh.\n"
        "2. Sở Tư pháp tham mưu ban hành Quy định trách nhiệm phối hợp với Sở Nội vụ trong quản lý hộ tịch.\n"
        "3. Sở Y tế có trách nhiệm phối hợp với Bệnh viện Đa khoa tỉnh kiểm tra an toàn thực phẩm.\n"
    )
    assert [(r, role) for r, role, *_ in got] == [
        ("Chi cục Quản lý thị trường", "lead"),
        ("Sở Tư pháp", "lead"),
        ("Sở Y tế", "lead"),
        ("Bệnh viện Đa khoa tỉnh", "support"),
    ]


def test_a_partner_owning_a_plural_keeps_its_clause_with_a_quantity():
    """Thirteenth twin of L1: ``phối hợp với các nghiệp đoàn nghề cá, chủ các tàu cá có chiều dài từ 15 mét trở lên,
    đại diện các tổ đoàn kết … kiểm tra …``: the owners (``chủ``) or representatives (``đại diện``) of a plural are
    people the clause says which of, its quantity read through; the third partner follows."""
    got, _ = obligations(
        "1. Chi cục Thủy sản chủ trì, phối hợp với các nghiệp đoàn nghề cá, chủ các tàu cá có công suất từ 90 CV trở "
        "lên, đại diện các tổ đoàn kết trên biển kiểm tra nhật ký khai thác.\n"
    )
    assert sorted(r for r, role, *_ in got if role == "support") == [
        "chủ các tàu cá có công suất từ 90 CV trở lên",
        "các nghiệp đoàn nghề cá",
        "đại diện các tổ đoàn kết trên biển",
    ]


def test_a_plural_partner_with_a_clause_of_what_its_members_have_keeps_the_clause():
    """Tenth and twelfth twins of L1: ``chủ trì, phối hợp với các bệnh viện tuyến tỉnh, các doanh nghiệp có đông công
    nhân trong khu công nghiệp Bắc Viễn tổ chức …``: the last partner's clause (``có …``) and its place are its own,
    up to the task verb."""
    got, _ = obligations(
        "1. Hội Chữ thập đỏ tỉnh chủ trì, phối hợp với các bệnh viện tuyến tỉnh, các doanh nghiệp có đông công nhân "
        "trong khu công nghiệp Bắc Viễn tổ chức ngày hội hiến máu.\n"
    )
    assert sorted(r for r, role, *_ in got if role == "support") == [
        "các bệnh viện tuyến tỉnh",
        "các doanh nghiệp có đông công nhân trong khu công nghiệp Bắc Viễn",
    ]


@pytest.mark.parametrize(
    ("partner", "other"),
    [
        ("Hạt Kiểm lâm khu vực Tây Bạch Vân", "Ủy ban nhân dân xã Khe Rồng"),
        ("Đồn Biên phòng Cửa Khe", "Trạm Y tế xã Khe Rồng"),
        ("Hạt Quản lý đê Hữu Hồng", "Ủy ban nhân dân xã Khe Rồng"),
    ],
)
def test_a_forest_ranger_station_or_a_border_post_is_a_unit_s_head(partner, other):
    """``Hạt Kiểm lâm …``, ``Đồn Biên phòng …``, ``Hạt Quản lý đê …`` (twelfth twin of HEADING-UNIT): units of a
    ranger, border or dyke service, heads as ``Trạm`` and ``Đội`` are, so that a list of them is read whole."""
    got, _ = obligations(
        f"1. Ban Quản lý rừng phòng hộ chủ trì, phối hợp với {partner} và {other} giao khoán bảo vệ rừng cho các hộ.\n"
    )
    assert sorted(r for r, role, *_ in got if role == "support") == sorted([partner, other])


def test_people_with_a_clause_of_which_are_a_partner_in_lower_case():
    """Twelfth twin of L1: ``Phối hợp sát sao với người có uy tín trong đồng bào Dao, chủ các cơ sở lưu trú ven suối
    thông báo …``: ``người`` + ``có uy tín …`` is who (a clause says which), as ``các trang trại có …`` is."""
    got, _ = obligations(
        "1. Đài Truyền thanh xã:\n"
        "- Phối hợp sát sao với người có uy tín trong đồng bào Dao, chủ các cơ sở lưu trú ven suối thông báo kịp thời "
        "tin cảnh báo lũ quét đến người dân.\n"
    )
    assert sorted(r for r, role, *_ in got if role == "support") == [
        "chủ các cơ sở lưu trú ven suối",
        "người có uy tín trong đồng bào Dao",
    ]


def test_lower_case_partners_before_the_task_verb():
    """L1: ``Phối hợp với <lower-case bodies>, <…> <verb>`` under a body's heading: each is a partner."""
    got, _ = obligations(
        "1. Trung tâm Văn hóa xã:\n"
        "- Phối hợp với đoàn thanh niên xã, các nhóm văn nghệ quần chúng ở thôn xây dựng chương trình mừng xuân.\n"
    )
    assert sorted((r, role) for r, role, *_ in got) == [
        ("Trung tâm Văn hóa xã", "lead"),
        ("các nhóm văn nghệ quần chúng ở thôn", "support"),
        ("đoàn thanh niên xã", "support"),
    ]


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        # a group that governs itself (``tự quản``) and an order (``trật tự``) are nouns, not ``tự`` (oneself)
        (
            "1. Hội Nông dân xã:\n- Phối hợp với tổ tự quản đường làng, các chi hội ở xóm tuần tra đê bao.\n",
            ["các chi hội ở xóm", "tổ tự quản đường làng"],
        ),
        (
            "1. Công an xã:\n- Phối hợp với đội dân phòng, các nhóm tự quản an ninh trật tự ở ấp ra quân dọn kênh.\n",
            ["các nhóm tự quản an ninh trật tự ở ấp", "đội dân phòng"],
        ),
        # worship (``thờ tự``) is a noun too
        (
            "1. Phòng Văn hóa:\n- Phối hợp với các ban quản lý di tích, các cơ sở thờ tự kiểm tra khuôn viên.\n",
            ["các ban quản lý di tích", "các cơ sở thờ tự"],
        ),
        # a known plural's words that say which ones (what they grow, where), and a committee's plural named for
        # a function (``các ban quản lý …``), each whole up to the list's next comma
        (
            (
                "1. Hội Nông dân xã:\n- Phối hợp với nhóm thanh niên tình nguyện, các tổ hợp tác nuôi ong ở thôn Nà Lừa "
                "tổ chức phát quang đường lên rẫy.\n"
            ),
            ["các tổ hợp tác nuôi ong ở thôn Nà Lừa", "nhóm thanh niên tình nguyện"],
        ),
        (
            "Sở Du lịch chủ trì, phối hợp với các ban quản lý di tích, các doanh nghiệp lữ hành tổ chức tuần văn hóa.\n",
            ["các ban quản lý di tích", "các doanh nghiệp lữ hành"],
        ),
        # counter-example: a list cut by the next clause's ``và`` gives no partner of its words
        (
            (
                "1. Văn phòng:\n- Phối hợp với người quản trị hệ thống của cơ quan, đơn vị mình và phối hợp với Sở Tài chính "
                "rà soát dữ liệu.\n"
            ),
            ["Sở Tài chính"],
        ),
        # plurals in lower case after a name the lists know, the last after ``và``
        (
            (
                "Sở Nông nghiệp chủ trì, phối hợp với các hợp tác xã, các tổ hợp tác và các hộ chăn nuôi lớn "
                "xây dựng vùng an toàn dịch.\n"
            ),
            ["các hộ chăn nuôi lớn", "các hợp tác xã", "các tổ hợp tác"],
        ),
    ],
)
def test_lower_case_partners_no_list_knows_go_on_after_the_first_to_the_task_verb(
    text: str, partners: list[str]
) -> None:
    """L1: ``phối hợp với X, các Y và các Z <verb>``: every lower-case plural after the first name is a partner too,
    and nouns a stop word opens (``tự quản``) or ends (``trật tự``) are the partners' words."""
    got, _ = obligations(text)
    assert sorted(r for r, role, *_ in got if role == "support") == partners


@pytest.mark.parametrize(
    "text",
    [
        "1. Ban Quản lý rừng phòng hộ huyện hiện có 02 trạm bảo vệ rừng và 18 viên chức.\n",  # what it has now
        "3. Điều kiện về nhân sự:\na) Giám đốc có tối thiểu 03 năm kinh nghiệm quản lý.\n",  # what one must have
        "b) Trưởng phòng kỹ thuật có ít nhất 05 năm công tác trong ngành.\n",
        # the standards one must meet, and the items that list them
        "4. Hòa giải viên phải có đủ các tiêu chuẩn sau:\n- Có uy tín trong cộng đồng dân cư;\n- Có khả năng thuyết phục.\n",
    ],
)
def test_what_a_subject_has_counted_or_must_have_at_least_is_no_task(text: str) -> None:
    """F3 (decision 16): ``X hiện có 02 …``, ``X có tối thiểu 03 năm kinh nghiệm`` describe X or say what X must
    have; neither gives X a task."""
    got, _ = obligations(text)
    assert got == []


def test_duties_headings_in_capitals_one_after_another_each_give_their_body_the_items():
    """HEADING-UNIT: ``1. NHIỆM VỤ CỦA <body>`` / items / ``2. TRÁCH NHIỆM CỦA <body>`` / items."""
    got, _ = obligations(
        "1. NHIỆM VỤ CỦA SỞ TƯ PHÁP\n- Thẩm định dự thảo quy chế phối hợp.\n"
        "2. TRÁCH NHIỆM CỦA CÔNG AN TỈNH\n- Bảo đảm an ninh khu vực bầu cử.\n"
    )
    assert [(r.lower(), t[:12]) for r, _role, _m, t, _d in got] == [
        ("sở tư pháp", "Thẩm định dự"),
        ("công an tỉnh", "Bảo đảm an n"),
    ]


def test_a_duties_heading_in_capitals_keeps_the_roman_number_of_its_body():
    """Eighth twin of HEADING-UNIT: ``NHIỆM VỤ CỦA KHO BẠC NHÀ NƯỚC KHU VỰC XIV``, read as running text, kept ``xiv``
    in lower case and named no one; a Roman number stays as printed."""
    got, _ = obligations("1. NHIỆM VỤ CỦA KHO BẠC NHÀ NƯỚC KHU VỰC XIV\n- Kiểm soát hồ sơ giải ngân.\n")
    assert [(r.lower(), t) for r, _role, _m, t, _d in got] == [
        ("kho bạc nhà nước khu vực xiv", "Kiểm soát hồ sơ giải ngân.")
    ]


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("TRÁCH NHIỆM CỦA THUẾ CƠ SỞ 2 TỈNH LẠC GIANG", "Thuế cơ sở 2 tỉnh Lạc Giang"),
        ("NHIỆM VỤ CỦA TRUNG TÂM Y TẾ HUYỆN BẢO LÂM", "Trung tâm y tế huyện Bảo Lâm"),
        # counter-example: the kind of place a plural names is no place's own name
        ("NHIỆM VỤ CỦA ỦY BAN NHÂN DÂN CÁC XÃ VEN BIỂN", "Ủy ban nhân dân các xã ven biển"),
    ],
)
def test_a_duties_heading_in_capitals_keeps_the_place_its_body_is_of(heading, name):
    """Fourteenth twin of HEADING-UNIT: ``TRÁCH NHIỆM CỦA THUẾ CƠ SỞ 2 TỈNH LẠC GIANG`` read as running text gave
    ``tỉnh lạc giang``, which no name takes, and the items lost their lead: the words after a place's level are its
    name, capitalised."""
    got, _ = obligations(f"2. {heading}\n- Rà soát hồ sơ tồn đọng.\n- Báo cáo kết quả.\n")
    assert [(r.lower(), role) for r, role, _m, _t, _d in got] == [(name.lower(), "lead")] * 2


def test_a_colon_after_the_task_verb_continues_the_task():
    """T2: ``X <verb>: <a body's name> …`` is one task (the body is the verb's object, no subject of its own)."""
    got, _ = obligations(
        "1. Sở Nội vụ thành lập: Hội đồng thi tuyển viên chức năm 2026.\n"
        "2. Ban Dân tộc tỉnh kiện toàn: Tổ giúp việc Ban Chỉ đạo công tác dân tộc.\n"
    )
    assert [(r, t) for r, _role, _m, t, _d in got] == [
        ("Sở Nội vụ", "thành lập: Hội đồng thi tuyển "),
        ("Ban Dân tộc tỉnh", "kiện toàn: Tổ giúp việc Ban Ch"),
    ]


# --- which line is the task, and labelled field blocks (issue 52: T1, T3, S1, S7, S6) ---------------------


def _rows(body: str) -> list[tuple[str, str, str]]:
    """(assignee as written, role, task's first 30 characters) of every obligation, sorted."""
    got, _doc = obligations(body)
    return sorted((r, role, t) for r, role, _m, t, _d in got)


def test_a_field_block_printed_as_its_own_numbered_sub_item_gives_the_item_heading_as_the_task():
    """``3.1. Đơn vị chủ trì, phối hợp`` over ``a) Đơn vị chủ trì: X`` / ``b) Đơn vị phối hợp: Y; Z``: the task
    is ``3. <heading>``, the block's label never."""
    assert _rows(
        "3. DIỄN TẬP PHƯƠNG ÁN CHỮA CHÁY TẠI CHỢ TRUNG TÂM\n"
        "3.1. Đơn vị chủ trì, phối hợp\n"
        "a) Đơn vị chủ trì: Công an tỉnh.\n"
        "b) Đơn vị phối hợp: Ban Quản lý chợ; Công ty Điện lực tỉnh.\n"
        "3.2. Thời hạn: Tháng 9/2026.\n"
    ) == [
        ("Ban Quản lý chợ", "support", "DIỄN TẬP PHƯƠNG ÁN CHỮA CHÁY T"),
        ("Công an tỉnh", "lead", "DIỄN TẬP PHƯƠNG ÁN CHỮA CHÁY T"),
        ("Công ty Điện lực tỉnh", "support", "DIỄN TẬP PHƯƠNG ÁN CHỮA CHÁY T"),
    ]


def test_a_field_block_beside_a_content_sub_item_gives_the_content_as_the_task():
    """``2.1. Nội dung`` / its line, then ``2.2. Cơ quan chủ trì và phối hợp`` over ``a) Chủ trì`` / ``- X.`` and
    ``b) Phối hợp`` / ``- Y.``: the content is the task."""
    assert _rows(
        "2. Số hóa hồ sơ hộ tịch\n"
        "2.1. Nội dung\n"
        "Số hóa toàn bộ sổ hộ tịch lưu trữ tại cấp xã.\n"
        "2.2. Cơ quan chủ trì và phối hợp\n"
        "a) Cơ quan chủ trì\n"
        "- Sở Tư pháp.\n"
        "b) Cơ quan phối hợp\n"
        "- Trung tâm Lưu trữ lịch sử tỉnh.\n"
    ) == [
        ("Sở Tư pháp", "lead", "Số hóa toàn bộ sổ hộ tịch lưu "),
        ("Trung tâm Lưu trữ lịch sử tỉnh", "support", "Số hóa toàn bộ sổ hộ tịch lưu "),
    ]


def test_a_heading_worded_like_a_field_over_assignee_headings_is_no_field():
    """``2. Trách nhiệm thực hiện`` over ``2.1. Sở Y tế`` / items: each body's items, the heading names no one."""
    assert _rows(
        "2. Trách nhiệm thực hiện\n"
        "2.1. Sở Y tế\n"
        "- Hướng dẫn các cơ sở khám bệnh phân loại rác thải.\n"
        "2.2. Sở Xây dựng\n"
        "- Kiểm tra việc thu gom rác thải y tế.\n"
    ) == [
        ("Sở Xây dựng", "lead", "Kiểm tra việc thu gom rác thải"),
        ("Sở Y tế", "lead", "Hướng dẫn các cơ sở khám bệnh "),
    ]


def test_activities_then_one_sentence_of_who_does_them_give_each_activity_to_the_lead_and_partners():
    """``a) Các hoạt động`` / ``- …`` / ``- …`` and ``b) Phân công thực hiện`` / ``X chủ trì, phối hợp với Y, Z
    triển khai thực hiện.``: each activity is X's (lead) and Y's, Z's (support); the sentence is no task."""
    assert _rows(
        "1. Bồi dưỡng kỹ năng sơ cứu\n"
        "a) Các hoạt động\n"
        "- Mở lớp tập huấn kỹ năng sơ cứu ban đầu.\n"
        "- Biên soạn tài liệu hướng dẫn sơ cứu.\n"
        "b) Phân công thực hiện\n"
        "Sở Y tế chủ trì, phối hợp với Hội Chữ thập đỏ tỉnh, Trường Cao đẳng Y tế triển khai thực hiện.\n"
    ) == [
        ("Hội Chữ thập đỏ tỉnh", "support", "Biên soạn tài liệu hướng dẫn s"),
        ("Hội Chữ thập đỏ tỉnh", "support", "Mở lớp tập huấn kỹ năng sơ cứu"),
        ("Sở Y tế", "lead", "Biên soạn tài liệu hướng dẫn s"),
        ("Sở Y tế", "lead", "Mở lớp tập huấn kỹ năng sơ cứu"),
        ("Trường Cao đẳng Y tế", "support", "Biên soạn tài liệu hướng dẫn s"),
        ("Trường Cao đẳng Y tế", "support", "Mở lớp tập huấn kỹ năng sơ cứu"),
    ]


def test_an_executing_sub_unit_in_parentheses_stays_in_the_leads_name():
    """Decision 17: ``Sở Tư pháp (Phòng Phổ biến pháp luật) chủ trì thực hiện.`` leads as written."""
    assert _rows(
        "2. Phổ biến pháp luật về hòa giải\n"
        "a) Nội dung hoạt động\n"
        "- Tổ chức hội thi hòa giải viên giỏi.\n"
        "b) Cách thức tổ chức\n"
        "Sở Tư pháp (Phòng Phổ biến pháp luật) chủ trì thực hiện.\n"
    ) == [("Sở Tư pháp (Phòng Phổ biến pháp luật)", "lead", "Tổ chức hội thi hòa giải viên ")]


@pytest.mark.parametrize(
    "who",
    [
        "Sở Y tế chủ trì, phối hợp với Hội Chữ thập đỏ tỉnh tổ chức thực hiện các nội dung tại điểm a khoản này.",
        "Sở Y tế chủ trì, phối hợp với Hội Chữ thập đỏ tỉnh thực hiện các việc nêu tại điểm a.",
        "Sở Y tế chủ trì, phối hợp với Hội Chữ thập đỏ tỉnh triển khai các hoạt động quy định tại mục 1 phần này.",
    ],
)
def test_a_who_sentence_that_points_at_its_activities_gives_each_activity(who):
    """Eleventh twins of T3: the who-sentence's verb may point at the activities it covers (``các nội dung tại điểm a
    khoản này``, ``các việc nêu tại điểm a``): still no task of its own, each activity to the lead and partners."""
    assert _rows(
        "1. Bồi dưỡng kỹ năng sơ cứu\n"
        "a) Các hoạt động\n"
        "- Mở lớp tập huấn kỹ năng sơ cứu ban đầu.\n"
        "b) Phân công thực hiện\n" + who + "\n"
    ) == [
        ("Hội Chữ thập đỏ tỉnh", "support", "Mở lớp tập huấn kỹ năng sơ cứu"),
        ("Sở Y tế", "lead", "Mở lớp tập huấn kỹ năng sơ cứu"),
    ]


@pytest.mark.parametrize(
    "label",
    [
        "Các nhiệm vụ trọng tâm",
        "Những việc chính",
        "Các hoạt động trọng điểm",
        "Những việc cần triển khai",
        "Các việc cần tập trung",
    ],
)
def test_activities_under_a_label_of_their_kind_are_each_given_to_the_who_sentence_s_bodies(label):
    """Eleventh twin of T3: ``a) Các nhiệm vụ trọng tâm`` (the activities' label in other words) over its items, ``b)
    Tổ chức thực hiện`` over who does them: each item a task, not the label joined to the first."""
    assert _rows(
        "1. Bồi dưỡng kỹ năng sơ cứu\n"
        f"a) {label}\n"
        "- Mở lớp tập huấn kỹ năng sơ cứu ban đầu.\n"
        "- Biên soạn tài liệu hướng dẫn sơ cứu.\n"
        "b) Tổ chức thực hiện\n"
        "Sở Y tế chủ trì, phối hợp với Hội Chữ thập đỏ tỉnh tổ chức thực hiện.\n"
    ) == [
        ("Hội Chữ thập đỏ tỉnh", "support", "Biên soạn tài liệu hướng dẫn s"),
        ("Hội Chữ thập đỏ tỉnh", "support", "Mở lớp tập huấn kỹ năng sơ cứu"),
        ("Sở Y tế", "lead", "Biên soạn tài liệu hướng dẫn s"),
        ("Sở Y tế", "lead", "Mở lớp tập huấn kỹ năng sơ cứu"),
    ]


@pytest.mark.parametrize("who_label", ["Phân công trách nhiệm", "Phân công nhiệm vụ", "Cơ quan thực hiện"])
def test_a_who_sentence_under_a_label_of_assignment_covers_the_activities(who_label):
    """Twelfth twins of T3: ``b) Phân công trách nhiệm`` / ``b) Cơ quan thực hiện`` over ``X chủ trì, phối hợp với Y
    thực hiện``: who does the activities of ``a)``, no task of its own."""
    assert _rows(
        "1. Bồi dưỡng kỹ năng sơ cứu\n"
        "a) Nội dung cụ thể\n"
        "- Mở lớp tập huấn kỹ năng sơ cứu ban đầu.\n"
        "- Biên soạn tài liệu hướng dẫn sơ cứu.\n"
        f"b) {who_label}\n"
        "Sở Y tế chủ trì, phối hợp với Hội Chữ thập đỏ tỉnh thực hiện.\n"
    ) == [
        ("Hội Chữ thập đỏ tỉnh", "support", "Biên soạn tài liệu hướng dẫn s"),
        ("Hội Chữ thập đỏ tỉnh", "support", "Mở lớp tập huấn kỹ năng sơ cứu"),
        ("Sở Y tế", "lead", "Biên soạn tài liệu hướng dẫn s"),
        ("Sở Y tế", "lead", "Mở lớp tập huấn kỹ năng sơ cứu"),
    ]


def test_a_who_sentence_covers_the_activities_of_its_own_item_only():
    """Ninth twin of T3: ``1. <topic>`` / a paragraph, then ``2. <topic>`` / ``a)`` activities / ``b)`` who-sentence:
    the who-sentence of item 2 names no one for item 1."""
    assert _rows(
        "1. Xây dựng thư viện trường học thân thiện\n"
        "Tiếp tục nhân rộng mô hình đã triển khai.\n"
        "2. Luân chuyển sách về cơ sở\n"
        "a) Các việc cần làm\n"
        "- Luân chuyển tủ sách lưu động đến các xã.\n"
        "b) Trách nhiệm thực hiện\n"
        "Thư viện tỉnh chủ trì, phối hợp với Sở Giáo dục và Đào tạo thực hiện các nội dung nêu trên.\n"
    ) == [
        ("Sở Giáo dục và Đào tạo", "support", "Luân chuyển tủ sách lưu động đ"),
        ("Thư viện tỉnh", "lead", "Luân chuyển tủ sách lưu động đ"),
    ]


@pytest.mark.parametrize(
    "heading",
    [
        "Phân công chủ trì, phối hợp",
        "Cơ quan chủ trì và phối hợp",
        "Trách nhiệm chủ trì, phối hợp",
        # fourteenth twin: the time after the assignment, not before it
        "Phân công và thời gian",
        "Trách nhiệm thực hiện và tiến độ",
    ],
)
def test_a_who_sentence_under_a_heading_of_labels_covers_the_activities(heading):
    """Thirteenth twin of T3: ``b) Phân công chủ trì, phối hợp`` (a heading of labels only, no value) over the
    sentence ``X chủ trì, phối hợp với Y tổ chức triển khai các hoạt động nêu trên``: each activity of ``a)`` is X's
    (lead) and Y's (support), and the sentence itself no task."""
    assert _rows(
        "2. Tư vấn sức khỏe sinh sản vị thành niên\n"
        "a) Các hoạt động chủ yếu\n"
        "- Mở phòng tư vấn tại các trường trung học.\n"
        "- Phát tờ rơi tại các buổi sinh hoạt cộng đồng.\n"
        f"b) {heading}\n"
        "Trung tâm Kiểm soát bệnh tật tỉnh chủ trì, phối hợp với Hội Liên hiệp Phụ nữ tỉnh tổ chức triển khai các hoạt "
        "động nêu trên.\n"
    ) == [
        ("Hội Liên hiệp Phụ nữ tỉnh", "support", "Mở phòng tư vấn tại các trường"),
        ("Hội Liên hiệp Phụ nữ tỉnh", "support", "Phát tờ rơi tại các buổi sinh "),
        ("Trung tâm Kiểm soát bệnh tật tỉnh", "lead", "Mở phòng tư vấn tại các trường"),
        ("Trung tâm Kiểm soát bệnh tật tỉnh", "lead", "Phát tờ rơi tại các buổi sinh "),
    ]


def test_a_who_sentence_closed_by_its_deadline_still_covers_the_activities():
    """Fourteenth twin of T3: ``X chủ trì, phối hợp với Y và Ủy ban nhân dân các xã vùng cao nguyên tổ chức thực
    hiện, hoàn thành trong Quý IV/2029`` only says who and when: the activities of ``a)`` are the tasks (the plateau's
    ``vùng cao nguyên`` is the places' kind, whole)."""
    assert _rows(
        "2. Tưới tiết kiệm cho cây chè\n"
        "a) Các nội dung thực hiện\n"
        "+ Lắp đặt mô hình tưới nhỏ giọt tại các đồi chè.\n"
        "b) Phân công và thời gian\n"
        "Chi cục Thủy lợi chủ trì, phối hợp với Ủy ban nhân dân các xã vùng cao nguyên tổ chức thực hiện, hoàn thành "
        "trong Quý IV/2029.\n"
    ) == [
        ("Chi cục Thủy lợi", "lead", "Lắp đặt mô hình tưới nhỏ giọt "),
        ("Ủy ban nhân dân các xã vùng cao nguyên", "support", "Lắp đặt mô hình tưới nhỏ giọt "),
    ]


def test_a_who_sentences_deadline_is_each_activitys():
    """Fourteenth twin of T3: ``… tổ chức thực hiện, hoàn thành trong Quý IV/2029``: the time the who-sentence gives
    is each activity's deadline, as a time field would be."""
    got, _ = obligations(
        "2. Tưới tiết kiệm cho cây chè\n"
        "a) Các nội dung thực hiện\n"
        "+ Lắp đặt mô hình tưới nhỏ giọt tại các đồi chè.\n"
        "+ Tổ chức hội thảo đầu bờ.\n"
        "b) Phân công và thời gian\n"
        "Chi cục Thủy lợi chủ trì, phối hợp với Hội Nông dân tỉnh tổ chức thực hiện, hoàn thành trong Quý IV/2026.\n"
    )
    assert sorted({(r, d) for r, _role, _m, _t, d in got}) == [
        ("Chi cục Thủy lợi", dt.date(2026, 12, 31)),
        ("Hội Nông dân tỉnh", dt.date(2026, 12, 31)),
    ]
    assert len(got) == 4


def test_a_passive_who_sentence_covers_the_activities():
    """Fourteenth twin of T3: ``Các hoạt động tại điểm a do Sở Y tế (Phòng Nghiệp vụ Dược) chủ trì thực hiện.``: who
    carries out the activities said in the passive; each activity is the body's (decision 17: the unit in brackets
    kept with its body)."""
    assert _rows(
        "3. Kiểm soát kinh doanh thuốc\n"
        "a) Nội dung hoạt động\n"
        "- Kiểm tra các quầy thuốc tại chợ.\n"
        "- Lấy mẫu thuốc đông y để kiểm nghiệm.\n"
        "b) Trách nhiệm chủ trì\n"
        "Các hoạt động tại điểm a do Sở Y tế (Phòng Nghiệp vụ Dược) chủ trì thực hiện.\n"
    ) == [
        ("Sở Y tế (Phòng Nghiệp vụ Dược)", "lead", "Kiểm tra các quầy thuốc tại ch"),
        ("Sở Y tế (Phòng Nghiệp vụ Dược)", "lead", "Lấy mẫu thuốc đông y để kiểm n"),
    ]


def test_a_lettered_item_with_a_task_heading_and_its_own_subject_stays_its_own_task():
    """Counter-example: ``b) Kiểm tra thực tế`` / ``Sở X kiểm tra …``: a sentence with a task, not who does ``a)``."""
    assert _rows(
        "1. Quản lý cơ sở đào tạo lái xe\n"
        "a) Nội dung: Rà soát điều kiện của các cơ sở đào tạo.\n"
        "b) Cơ quan thực hiện: Sở Xây dựng.\n"
        "c) Kiểm tra thực tế\n"
        "Công an tỉnh kiểm tra việc sát hạch tại các trung tâm.\n"
    ) == [
        ("Công an tỉnh", "lead", "kiểm tra việc sát hạch tại các"),
        ("Sở Xây dựng", "lead", "Rà soát điều kiện của các cơ s"),
    ]


def test_unmarked_field_lines_with_words_after_the_role_give_each_item_its_own_assignees():
    """``Cơ quan chủ trì tổ chức:``, ``Các đơn vị phối hợp triển khai:``, ``Đơn vị chủ trì thực hiện:``: a label by
    its role word after a unit noun, whatever follows before the colon; each item has its own."""
    assert _rows(
        "1. Giải chạy vì sức khỏe cộng đồng\n"
        "Cơ quan chủ trì tổ chức: Sở Văn hóa, Thể thao và Du lịch.\n"
        "Các đơn vị phối hợp triển khai: Công an tỉnh; Trung tâm Y tế thành phố.\n"
        "Thời gian tổ chức: Tháng 5/2026.\n"
        "2. Hội thảo phát triển du lịch sinh thái\n"
        "Đơn vị chủ trì thực hiện: Hiệp hội Du lịch tỉnh.\n"
        "Đơn vị phối hợp thực hiện: Ban Quản lý Vườn quốc gia.\n"
    ) == [
        ("Ban Quản lý Vườn quốc gia", "support", "Hội thảo phát triển du lịch si"),
        ("Công an tỉnh", "support", "Giải chạy vì sức khỏe cộng đồn"),
        ("Hiệp hội Du lịch tỉnh", "lead", "Hội thảo phát triển du lịch si"),
        ("Sở Văn hóa, Thể thao và Du lịch", "lead", "Giải chạy vì sức khỏe cộng đồn"),
        ("Trung tâm Y tế thành phố", "support", "Giải chạy vì sức khỏe cộng đồn"),
    ]


def test_field_lines_whose_role_words_are_preceded_by_words_of_a_part_played_are_labels():
    """``Cơ quan giữ vai trò chủ trì:``, ``Đơn vị đóng vai trò phối hợp:``, ``Cơ quan tổ chức thực hiện:`` (twelfth
    twin of S1): the part a unit plays, then the role word, is a label like ``Cơ quan chủ trì:``."""
    assert _rows(
        "1. Chuyển đổi điểm bưu điện văn hóa xã\n"
        "Cơ quan giữ vai trò chủ trì: Bưu điện tỉnh.\n"
        "Đơn vị đóng vai trò phối hợp: Phòng Bưu chính.\n"
        "2. Kiểm tra chất lượng dịch vụ chuyển phát\n"
        "Cơ quan tổ chức thực hiện: Thanh tra Sở.\n"
    ) == [
        ("Bưu điện tỉnh", "lead", "Chuyển đổi điểm bưu điện văn h"),
        ("Phòng Bưu chính", "support", "Chuyển đổi điểm bưu điện văn h"),
        ("Thanh tra Sở", "lead", "Kiểm tra chất lượng dịch vụ ch"),
    ]


def test_bullets_each_with_their_own_unmarked_field_lines_are_each_a_task():
    assert _rows(
        "1. Hỗ trợ hợp tác xã nông nghiệp\n"
        "- Tập huấn quản trị tài chính cho hợp tác xã:\n"
        "Cơ quan chủ trì thực hiện: Liên minh Hợp tác xã tỉnh.\n"
        "Cơ quan phối hợp thực hiện: Sở Tài chính.\n"
        "- Xây dựng sàn giao dịch nông sản trực tuyến:\n"
        "Cơ quan chủ trì thực hiện: Sở Công Thương.\n"
        "Thời gian hoàn thành: Quý III/2026.\n"
    ) == [
        ("Liên minh Hợp tác xã tỉnh", "lead", "Tập huấn quản trị tài chính ch"),
        ("Sở Công Thương", "lead", "Xây dựng sàn giao dịch nông sả"),
        ("Sở Tài chính", "support", "Tập huấn quản trị tài chính ch"),
    ]


def test_a_sentence_whose_subject_is_a_collective_is_no_field_label():
    """Counter-example: ``Các đơn vị phối hợp chặt chẽ với Sở Y tế …`` is a sentence (a name after the role)."""
    got, _ = obligations(
        "1. Phòng chống dịch sốt xuất huyết\nCác đơn vị phối hợp chặt chẽ với Sở Y tế trong quá trình phun hóa chất.\n"
    )
    assert ("Sở Y tế", "support") in {(r, role) for r, role, *_ in got}


def test_a_numbered_sub_heading_worded_like_a_field_over_subject_sentences_is_no_field():
    """``1. Cơ quan thực hiện`` / ``X tổ chức …`` and ``2. Đơn vị phối hợp`` / ``Y hỗ trợ …``: each sentence a
    task of its own subject; the section's heading is never a task."""
    assert _rows(
        "1. Cơ quan thực hiện\n"
        "Sở Giáo dục và Đào tạo tổ chức kỳ thi chọn học sinh giỏi.\n"
        "2. Đơn vị phối hợp\n"
        "Công an tỉnh bảo đảm an ninh tại các điểm thi.\n"
        "3. Trách nhiệm thực hiện\n"
        "- Trung tâm Y tế thành phố phối hợp với Sở Giáo dục và Đào tạo bố trí cán bộ y tế trực thi.\n"
    ) == [
        ("Công an tỉnh", "lead", "bảo đảm an ninh tại các điểm t"),
        ("Sở Giáo dục và Đào tạo", "lead", "tổ chức kỳ thi chọn học sinh g"),
        ("Sở Giáo dục và Đào tạo", "support", "phối hợp với Sở Giáo dục và Đà"),
        ("Trung tâm Y tế thành phố", "lead", "phối hợp với Sở Giáo dục và Đà"),
    ]


def test_an_assignee_heading_with_a_dash_apposition_gives_its_items():
    """``1.2. Sở Tài chính – cơ quan đầu mối Ban Chỉ đạo`` over items: Sở Tài chính's; not ``Tuyên truyền - vận
    động`` (a topic)."""
    assert _rows(
        "1. Phân công\n"
        "1.1. Sở Tài chính – cơ quan đầu mối của Ban Chỉ đạo\n"
        "- Thẩm định dự toán kinh phí của các đơn vị.\n"
        "- Hướng dẫn thanh quyết toán.\n"
        "1.2. Tuyên truyền - vận động\n"
        "- Đài Phát thanh và Truyền hình tỉnh đưa tin về hoạt động của Ban Chỉ đạo.\n"
    ) == [
        ("Sở Tài chính", "lead", "Hướng dẫn thanh quyết toán."),
        ("Sở Tài chính", "lead", "Thẩm định dự toán kinh phí của"),
        ("Đài Phát thanh và Truyền hình tỉnh", "lead", "đưa tin về hoạt động của Ban C"),
    ]


def test_an_emphasised_assignee_heading_split_after_its_number_with_a_dash_apposition_gives_its_items():
    """A Markdown copy's ``*1.2.`` / ``Ban Dân tộc - đơn vị thường trực …*`` paragraph over bullets."""
    doc = parse(
        HEADER.replace("KẾ HOẠCH\n", "**KẾ HOẠCH**\n")
        + "1. Phân công cụ thể\n\n1.1. Sở Y tế\n\n- Cấp phát thuốc cho các trạm y tế xã.\n\n"
        "*1.2.\nBan Dân tộc - đơn vị thường trực của Ban Chỉ đạo*\n\n"
        "- Tổng hợp danh sách hộ nghèo đồng bào dân tộc thiểu số.\n"
    )
    assert [(o.assignee.raw, o.role, o.task[:30]) for o in doc.obligations] == [
        ("Sở Y tế", "lead", "Cấp phát thuốc cho các trạm y "),
        ("Ban Dân tộc", "lead", "Tổng hợp danh sách hộ nghèo đồ"),
    ]


def test_a_lead_in_with_named_subjects_hands_them_its_lettered_items():
    """Decision 10: ``Sở Y tế, Bảo hiểm xã hội tỉnh, UBND các xã tổ chức thực hiện với các nội dung sau:`` over
    ``a)`` / ``b)``: each subject gets each item; the bare lead-in is no task (decision 4)."""
    got, _ = obligations(
        "3. Công tác khám chữa bệnh\n"
        "Sở Y tế, Bảo hiểm xã hội tỉnh, UBND các xã tổ chức thực hiện với các nội dung sau:\n"
        "a) Bố trí giường bệnh dự phòng.\n"
        "b) Tổ chức trực cấp cứu 24/24 giờ.\n"
    )
    assert sorted((r, role, t) for r, role, _m, t, _d in got) == sorted(
        (name, "lead", task)
        for name in ("Sở Y tế", "Bảo hiểm xã hội tỉnh", "UBND các xã")
        for task in ("Bố trí giường bệnh dự phòng.", "Tổ chức trực cấp cứu 24/24 giờ")
    )


def test_a_lead_in_that_carries_its_own_task_gives_it_and_its_partners_each_item():
    """Decisions 4 and 10: ``X chủ trì, phối hợp với Y triển khai phong trào … với các nội dung sau:``: the lead-in's
    own task, and each item, are X's (lead) and Y's (support)."""
    got, doc = obligations(
        "4. Công tác khuyến học\n"
        "Sở Giáo dục và Đào tạo chủ trì, phối hợp với Hội Khuyến học tỉnh triển khai phong trào đọc sách "
        "với các nội dung sau:\n"
        "- Xây dựng tủ sách lớp học.\n"
        "- Tổ chức ngày hội đọc sách.\n"
    )
    rows = {(r, role, t) for r, role, _m, t, _d in got}
    assert ("Sở Giáo dục và Đào tạo", "lead", "Xây dựng tủ sách lớp học.") in rows
    assert ("Hội Khuyến học tỉnh", "support", "Tổ chức ngày hội đọc sách.") in rows
    own = {(o.assignee.raw, o.role) for o in doc.obligations if "phong trào đọc sách" in o.task}
    assert own == {("Sở Giáo dục và Đào tạo", "lead"), ("Hội Khuyến học tỉnh", "support")}
    assert len(got) == 6


def test_an_items_own_sentence_over_requirement_bullets_and_fields_is_the_task():
    """``1.2. Xây dựng … năm 2026.`` (the item's line a sentence) over ``- Bảo đảm …`` bullets and the fields: the
    item's line is the task, the bullets say how it must be done."""
    got, _ = obligations(
        "1. Công tác thi đua\n"
        "1.2. Xây dựng và ban hành hướng dẫn chấm điểm thi đua của các cơ quan, đơn vị trong khối năm 2026.\n"
        "- Bảo đảm công khai, minh bạch, đúng quy định.\n"
        "- Các tiêu chí phải cụ thể, dễ đánh giá.\n"
        "- Thời gian hoàn thành: Tháng 3/2026.\n"
        "- Đơn vị chủ trì: Sở Nội vụ.\n"
        "- Đơn vị phối hợp: Liên đoàn Lao động tỉnh.\n"
    )
    assert sorted((r, role, t) for r, role, _m, t, _d in got) == [
        ("Liên đoàn Lao động tỉnh", "support", "Xây dựng và ban hành hướng dẫn"),
        ("Sở Nội vụ", "lead", "Xây dựng và ban hành hướng dẫn"),
    ]


def test_an_items_own_line_without_its_bold_over_bullets_and_fields_is_still_the_task():
    """A text layout lost the bold that made ``6.2. Phối hợp … tuyển quân`` a heading (and it ends with no full
    stop): still the item's own line over bullets that say how (no subject of their own) and the fields."""
    got, _ = obligations(
        "6. Công tác tuyển quân\n"
        "6.2. Phối hợp với Ban Chỉ huy Quân sự xã chuẩn bị hội nghị tập huấn về công tác tuyển quân; chủ trì tổ chức"
        " hội nghị tập huấn công tác tuyển quân trong hệ thống đoàn thể xã; tham gia các hội nghị của huyện khi có yêu"
        " cầu\n"
        "- Phối hợp kiểm tra tiến độ tại các thôn. Cử cán bộ tham gia các tổ công tác.\n"
        "- Thời gian thực hiện: Từ tháng 11/2025 đến quý I/2026.\n"
        "- Đơn vị chủ trì: Công an xã\n"
        "- Đơn vị phối hợp: Đoàn Thanh niên xã.\n"
    )
    assert sorted((r, role, t) for r, role, _m, t, _d in got) == [
        ("Ban Chỉ huy Quân sự xã", "support", "Phối hợp với Ban Chỉ huy Quân "),  # decision 10
        ("Công an xã", "lead", "Phối hợp với Ban Chỉ huy Quân "),
        ("Đoàn Thanh niên xã", "support", "Phối hợp với Ban Chỉ huy Quân "),
    ]


def test_an_items_line_that_introduces_its_bullets_leaves_them_the_tasks():
    """Counter-example: ``1.3. Tuyên truyền … bằng các hình thức sau:`` over bullets and fields: each bullet a task."""
    got, _ = obligations(
        "1. Công tác tuyên truyền\n"
        "1.3. Tuyên truyền về ngày bầu cử trên địa bàn xã bằng các hình thức sau:\n"
        "- In và phát tờ rơi đến từng hộ gia đình.\n"
        "- Phát thanh trên hệ thống loa truyền thanh xã.\n"
        "- Đơn vị chủ trì: Đoàn Thanh niên xã.\n"
    )
    assert sorted(t for _r, _role, _m, t, _d in got) == [
        "In và phát tờ rơi đến từng hộ ",
        "Phát thanh trên hệ thống loa t",
    ]


# --- posts named in labelled fields: honorifics, a scope after a comma, lists of posts ---------------------------

_CLINIC = (
    "2. Phòng chống dịch bệnh mùa mưa\n"
    "2.1. Tổ chức tiêm chủng mở rộng cho trẻ em dưới 5 tuổi trên địa bàn các xã\n"
    "- Thời gian hoàn thành: Quý II/2026.\n"
    "- Cơ quan chủ trì: Đồng chí Giám đốc Trung tâm Y tế, phụ trách công tác dự phòng\n"
    "- Cơ quan phối hợp: Các đ/c Phó giám đốc, Trưởng phòng Kế hoạch, các đồng chí Điều dưỡng trưởng khoa Nhi.\n"
    "- Kết quả: Báo cáo kết quả tiêm chủng trình Giám đốc Sở Y tế.\n"
)


def test_a_field_post_keeps_its_scope_after_a_comma_and_drops_its_honorific():
    """``Cơ quan chủ trì: Đồng chí Giám đốc Trung tâm Y tế, phụ trách công tác dự phòng``: the post with its scope
    (decision 7: the honorific dropped); the lowercase scope after the comma is no second name."""
    leads = [r for r, role, t in _rows(_CLINIC) if role == "lead"]
    assert leads == ["Giám đốc Trung tâm Y tế, phụ trách công tác dự phòng"]


def test_a_field_list_of_posts_gives_one_partner_each_a_plural_keeping_cac():
    """``Các đ/c Phó giám đốc, Trưởng phòng Kế hoạch, các đồng chí Điều dưỡng trưởng khoa Nhi``: three partners, the
    honorific dropped, a plural kept as ``Các`` (decision 7), each post as written whatever its head word."""
    supports = sorted(r for r, role, t in _rows(_CLINIC) if role == "support")
    assert supports == ["Các Phó giám đốc", "Các Điều dưỡng trưởng khoa Nhi", "Trưởng phòng Kế hoạch"]


def test_a_results_field_names_no_one_and_is_no_task():
    """Counter-example: ``- Kết quả: Báo cáo … trình Giám đốc Sở Y tế.`` is what the item yields, not a task, and
    the post it names is given nothing."""
    rows = _rows(_CLINIC)
    assert {t for _r, _role, t in rows} == {"Tổ chức tiêm chủng mở rộng cho trẻ em"[:30]}
    assert not any(r.startswith("Giám đốc Sở Y tế") for r, _role, _t in rows)


def test_a_field_post_with_a_lowercase_clause_after_a_comma_keeps_it():
    """``các đồng chí Chuyên viên phòng Kế hoạch tham mưu, giúp việc thuộc Văn phòng Sở``: what follows the comma
    opens no name, so it still belongs to the post."""
    rows = _rows(
        "1. Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể\n"
        "- Đơn vị chủ trì: Đồng chí Phó giám đốc Sở Y tế\n"
        "- Đơn vị phối hợp: các đồng chí Chuyên viên phòng Kế hoạch tham mưu, giúp việc thuộc Văn phòng Sở.\n"
    )
    assert ("Các Chuyên viên phòng Kế hoạch tham mưu, giúp việc thuộc Văn phòng Sở", "support") in {
        (r, role) for r, role, _t in rows
    }


def test_a_plural_post_without_honorific_in_a_list_of_posts_is_kept_as_written():
    """``Các đ/c Phó giám đốc, các chuyên viên phòng Kế hoạch tham mưu, giúp việc thuộc Văn phòng Sở``: in a list of
    posts, an item opening with ``các`` is a post as written even where no known head starts it."""
    rows = _rows(
        "1. Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể\n"
        "- Đơn vị chủ trì: Đồng chí Phó giám đốc Sở Y tế\n"
        "- Đơn vị phối hợp: Các đ/c Trưởng phòng, các chuyên viên phòng Kế hoạch tham mưu, giúp việc thuộc Văn phòng Sở.\n"
    )
    assert sorted(r for r, role, _t in rows if role == "support") == [
        "Các Trưởng phòng",
        "Các chuyên viên phòng Kế hoạch tham mưu, giúp việc thuộc Văn phòng Sở",
    ]


def test_a_field_post_without_honorific_keeps_its_scope_after_the_comma():
    """``Đơn vị chủ trì: Phó Giám đốc Sở Y tế, phụ trách lĩnh vực dược`` (no honorific): ``phụ trách …`` after the
    comma is the post's scope, not a second name nor dropped."""
    rows = _rows(
        "1. Kiểm tra các cơ sở bán lẻ thuốc trên địa bàn tỉnh\n"
        "- Đơn vị chủ trì: Phó Giám đốc Sở Y tế, phụ trách lĩnh vực dược\n"
        "- Đơn vị phối hợp: Công an tỉnh, Sở Công Thương.\n"
    )
    assert sorted((r, role) for r, role, _t in rows) == [
        ("Công an tỉnh", "support"),
        ("Phó Giám đốc Sở Y tế, phụ trách lĩnh vực dược", "lead"),
        ("Sở Công Thương", "support"),
    ]


def test_a_person_named_by_an_honorific_in_a_field_stays_the_persons_name():
    """Counter-example: ``Đồng chí Nguyễn Văn An, Phó giám đốc Sở Y tế`` is one person, named ``Nguyễn Văn An``;
    the post after the comma is no second assignee."""
    doc = parse(
        HEADER + "1. Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể\n"
        "- Đơn vị chủ trì: Đồng chí Nguyễn Văn An, Phó giám đốc Sở Y tế.\n"
    )
    assert [(o.assignee.person_name or o.assignee.canonical, o.role) for o in doc.obligations] == [
        ("Nguyễn Văn An", "lead")
    ]


def test_a_field_list_of_bodies_still_splits_beside_a_post_with_an_honorific():
    """Counter-example: ``Sở Tài chính, Sở Nội vụ`` are two partners, ``UBND các xã, phường`` one collective, beside
    ``Đồng chí …``."""
    rows = _rows(
        "1. Rà soát cơ sở vật chất các trạm y tế xã\n"
        "- Đơn vị chủ trì: Đồng chí Giám đốc Sở Y tế, phụ trách chung\n"
        "- Đơn vị phối hợp: Sở Tài chính, Sở Nội vụ, UBND các xã, phường.\n"
    )
    assert sorted(r for r, role, _t in rows if role == "support") == [
        "Sở Nội vụ",
        "Sở Tài chính",
        "UBND các xã, phường",
    ]


def test_an_items_task_line_over_description_bullets_and_fields_is_the_one_task():
    """``3.2. Tổ chức truyền thông …`` (a task verb first, no colon) over ``- Đa dạng, phong phú …`` and ``- Việc …
    phải bảo đảm …`` and the fields: the item's line is the task (decision 9), the bullets say how, none a task."""
    rows = _rows(
        "3. Truyền thông phòng chống dịch\n"
        "3.2. Tổ chức truyền thông về tiêm chủng trên địa bàn tỉnh\n"
        "- Đa dạng, phong phú, phù hợp với từng nhóm đối tượng; kết hợp truyền thông trực tiếp và gián tiếp.\n"
        "- Việc truyền thông phải bảo đảm đúng nội dung, đúng đối tượng.\n"
        "- Thời gian thực hiện: Quý II/2026.\n"
        "- Cơ quan chủ trì: Đồng chí Giám đốc Trung tâm Y tế, phụ trách công tác dự phòng\n"
    )
    assert rows == [
        ("Giám đốc Trung tâm Y tế, phụ trách công tác dự phòng", "lead", "Tổ chức truyền thông về tiêm c"),
    ]


def test_a_partner_named_in_a_description_bullet_supports_the_items_task():
    """``- Trung tâm Y tế phối hợp với UBND các xã, các trường học để tổ chức …`` under the item: the partners it
    names support the item's task (decision 10: a partner inside one item stays with that item)."""
    rows = _rows(
        "2. Tiêm chủng\n"
        "2.1. Tổ chức tiêm chủng mở rộng cho trẻ em dưới 5 tuổi trên địa bàn các xã.\n"
        "- Trung tâm Y tế phối hợp với UBND các xã, các trường học để tổ chức tiêm an toàn.\n"
        "- Thời gian hoàn thành: Quý II/2026.\n"
        "- Cơ quan chủ trì: Đồng chí Giám đốc Trung tâm Y tế\n"
    )
    assert ("UBND các xã", "support", "Tổ chức tiêm chủng mở rộng cho") in rows
    assert ("các trường học", "support", "Tổ chức tiêm chủng mở rộng cho") in rows
    assert len({t for _r, _role, t in rows}) == 1


def test_a_title_line_over_one_description_bullet_is_completed_by_it():
    """``7.1 Tổng kết công tác tiêm chủng`` (a title of a few words) over ``- Đánh giá toàn diện …``: the task is the
    title and what its bullet says of it, one task."""
    got, _ = obligations(
        "7. Tổng kết\n"
        "7.1 Tổng kết công tác tiêm chủng\n"
        "- Đánh giá toàn diện kết quả tiêm chủng; rút ra bài học kinh nghiệm.\n"
        "- Thời gian hoàn thành: Tháng 12/2026.\n"
        "- Cơ quan chủ trì: Đồng chí Phó giám đốc Sở Y tế\n"
    )
    assert [(r, role) for r, role, *_ in got] == [("Phó giám đốc Sở Y tế", "lead")]
    assert got[0][3].startswith("Tổng kết công tác tiêm chủng")


def test_one_field_block_below_a_run_of_items_is_each_items():
    """``3.1. …`` / ``3.2. …`` / ``3.3. …`` with the fields printed once below the last: each of the three items gets
    the block's lead and partners (one block of labelled fields printed after several items)."""
    rows = _rows(
        "3. Giám sát an toàn thực phẩm\n"
        "3.1. Kiểm tra các bếp ăn tập thể tại trường học; phối hợp với Công an tỉnh xử lý vi phạm.\n"
        "3.2. Lấy mẫu xét nghiệm thực phẩm tại các chợ đầu mối.\n"
        "3.3. Tổng hợp, báo cáo kết quả giám sát.\n"
        "- Thời gian thực hiện: Quý III/2026.\n"
        "- Cơ quan chủ trì: Đồng chí Phó giám đốc Sở Y tế, phụ trách công tác an toàn thực phẩm\n"
        "- Cơ quan phối hợp: Các đ/c Trưởng phòng Nghiệp vụ.\n"
    )
    lead = "Phó giám đốc Sở Y tế, phụ trách công tác an toàn thực phẩm"
    tasks = [
        t[:30]
        for t in (
            "Kiểm tra các bếp ăn tập thể tại trường học",
            "Lấy mẫu xét nghiệm thực phẩm tại các chợ",
            "Tổng hợp, báo cáo kết quả giám sát",
        )
    ]
    assert [t for r, role, t in rows if r == lead and role == "lead"] == sorted(tasks)
    assert len([r for r, role, _t in rows if r == "Các Trưởng phòng Nghiệp vụ"]) == 3
    assert ("Công an tỉnh", "support", tasks[0]) in rows


def test_an_assignee_heading_naming_a_post_by_its_scope_is_the_whole_heading():
    """``3. Cán bộ phụ trách công tác tiêm chủng và dự phòng dịch bệnh`` over its items: the post is named by what
    it is in charge of (``phụ trách …``), so the whole heading is the assignee of each item."""
    rows = _rows(
        "3. Cán bộ phụ trách công tác tiêm chủng và dự phòng dịch bệnh\n"
        "- Tham mưu xây dựng kế hoạch tiêm chủng của Trung tâm.\n"
        "- Tổng hợp, báo cáo kết quả tiêm chủng hằng tháng.\n"
    )
    assert {(r, role) for r, role, _t in rows} == {
        ("Cán bộ phụ trách công tác tiêm chủng và dự phòng dịch bệnh", "lead")
    }
    assert len(rows) == 2


# --- two tasks in one item (decision 14) -------------------------------------------------------------------------


def test_two_sentences_of_one_item_each_opening_with_a_task_verb_give_two_obligations():
    got, doc = obligations(
        "1. Sở Nông nghiệp và Môi trường\n- Kiểm tra chất lượng giống cây trồng vụ đông. "
        "Hướng dẫn các hợp tác xã xây dựng vùng nguyên liệu.\n"
    )
    assert [(r, role, t) for r, role, _m, t, _d in got] == [
        ("Sở Nông nghiệp và Môi trường", "lead", "Kiểm tra chất lượng giống cây "),
        ("Sở Nông nghiệp và Môi trường", "lead", "Hướng dẫn các hợp tác xã xây d"),
    ]
    assert "split.sentence" in doc.obligations[1].evidence
    assert "split.sentence" not in doc.obligations[0].evidence


def test_a_partner_named_in_the_first_sentence_stays_with_it_and_a_lead_in_partner_goes_to_each():
    got, _ = obligations(
        "1. Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Y tế tổ chức khám sức khỏe cho học sinh. "
        "Cập nhật hồ sơ sức khỏe học sinh trên phần mềm quản lý.\n"
        "2. Sở Công Thương chủ trì, phối hợp với Sở Tài chính:\n"
        "- Rà soát giá bán lẻ xăng dầu. Đề xuất mức hỗ trợ vận chuyển hàng hóa.\n"
    )
    assert [(r, role, t[:12]) for r, role, _m, t, _d in got] == [
        ("Sở Giáo dục và Đào tạo", "lead", "chủ trì, phố"),
        ("Sở Y tế", "support", "chủ trì, phố"),
        ("Sở Giáo dục và Đào tạo", "lead", "Cập nhật hồ "),
        ("Sở Công Thương", "lead", "Rà soát giá "),
        ("Sở Tài chính", "support", "Rà soát giá "),
        ("Sở Công Thương", "lead", "Đề xuất mức "),
        ("Sở Tài chính", "support", "Đề xuất mức "),
    ]


def test_a_further_sentence_that_names_its_own_subject_is_that_subjects_task():
    got, doc = obligations(
        "1. Sở Văn hóa, Thể thao và Du lịch\n- Tổ chức giải chạy việt dã toàn tỉnh. "
        "Đề nghị Hội Chữ thập đỏ tỉnh bố trí đội sơ cứu tại các điểm thi đấu.\n"
    )
    assert [(r, role, m) for r, role, m, _t, _d in got] == [
        ("Sở Văn hóa, Thể thao và Du lịch", "lead", "assigned"),
        ("Hội Chữ thập đỏ tỉnh", "lead", "requested"),
    ]
    assert doc.obligations[1].task.startswith("bố trí đội sơ cứu")


def test_each_sentence_of_an_item_keeps_its_own_deadline():
    got, _ = obligations(
        "1. Công an tỉnh\n- Rà soát các điểm có nguy cơ cháy nổ trước ngày 15/4/2026. "
        "Tổ chức diễn tập phương án chữa cháy trong tháng 10/2026.\n"
    )
    assert [d for *_x, d in got] == [dt.date(2026, 4, 15), dt.date(2026, 10, 31)]


@pytest.mark.parametrize(
    "item",
    [
        "- Kiểm định chất lượng các công trình thủy lợi. Thời gian: quý II/2026.",
        "- Kiểm định chất lượng các công trình thủy lợi. Hoàn thành trước ngày 30/6/2026.",
        "- Tổ chức hội nghị xúc tiến đầu tư. Trong đó, tập trung vào lĩnh vực năng lượng tái tạo.",
        "- Quản lý chặt chẽ nguồn vốn vay ưu đãi. Chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để thất thoát.",
        "- Đón đoàn công tác của TP. Hồ Chí Minh và Cần Thơ v.v. Tiếp đón theo nghi thức.",
        "- Nâng cấp tuyến kè chống sạt lở với tổng vốn 1.500 tỷ đồng. Kinh phí do ngân sách trung ương bảo đảm.",
        "- Tổ chức lễ hội cà phê lần thứ IX. Quyết định này có hiệu lực kể từ ngày ký.",
    ],
)
def test_a_sentence_that_opens_no_task_stays_with_the_task_before_it(item):
    got, doc = obligations("1. Sở Kế hoạch và Đầu tư\n" + item + "\n")
    assert len(got) == 1, got
    assert "split.sentence" not in doc.obligations[0].evidence


def test_sub_items_joined_to_an_item_that_leads_into_them_are_not_parted():
    """``- Tham mưu UBND tỉnh:`` over ``+`` sub-items is one task (its sub-items' sentences are its own)."""
    got, _ = obligations(
        "1. Sở Tài chính\n- Tham mưu Ủy ban nhân dân tỉnh:\n+ Lập dự toán ngân sách năm 2027.\n"
        "+ Bố trí vốn đối ứng cho các dự án. Huy động nguồn vốn xã hội hóa.\n"
    )
    assert len(got) == 1, got


def test_a_table_cell_holding_two_sentences_stays_one_task():
    got, _ = obligations(
        "| STT | Nhiệm vụ | Cơ quan chủ trì |\n|---|---|---|\n"
        "| 1 | Khảo sát nhu cầu nhà ở xã hội. Lập danh mục dự án ưu tiên. | Sở Xây dựng |\n"
    )
    assert len(got) == 1, got


def test_an_unmarked_partner_line_run_into_the_lead_field_above_gives_partners():
    """``- Cơ quan chủ trì: X.`` then ``Cơ quan phối hợp: Y.`` printed without a mark (joined to the item above): Y
    is a partner, and the label's head noun no one."""
    assert _rows(
        "1. Đo đạc lại ranh giới rừng phòng hộ\n- Cơ quan chủ trì: Sở Nông nghiệp và Môi trường.\n"
        "Cơ quan phối hợp: Công an tỉnh.\n"
    ) == [
        ("Công an tỉnh", "support", "Đo đạc lại ranh giới rừng phòn"),
        ("Sở Nông nghiệp và Môi trường", "lead", "Đo đạc lại ranh giới rừng phòn"),
    ]


def test_a_part_heading_of_how_the_plan_is_carried_out_is_never_a_task():
    """``II. THỜI GIAN VÀ TRÁCH NHIỆM THỰC HIỆN`` over ``1. Đơn vị chủ trì: X`` items: no task named after it."""
    doc = parse(
        HEADER.replace("II. TỔ CHỨC THỰC HIỆN\n", "II. THỜI GIAN VÀ TRÁCH NHIỆM THỰC HIỆN\n")
        + "1. Thời gian thực hiện: Năm 2026.\n2. Đơn vị chủ trì: Sở Nội vụ.\n"
    )
    assert not [o for o in doc.obligations if "THỰC HIỆN" in o.task]


def test_a_sentence_at_a_line_start_is_parted_only_where_the_text_makes_the_line_no_new_paragraph():
    """One line per paragraph (a Word file): a sentence opening a line is the next paragraph, which the item's
    reader joined; a text parted by blank lines (a web copy cut at a margin): it goes on the paragraph."""
    from vbparse.extract.sentences import task_sentences

    item = "Kiểm tra các bến thủy nội địa. Lập biên bản các vi phạm.\nXử lý nghiêm các phương tiện chở quá tải."
    task = " ".join(item.split())
    one_per_line = "II. TỔ CHỨC THỰC HIỆN\n" + item + "\n"
    at = one_per_line.index(item)
    assert [s.text[:8] for s in task_sentences(task, one_per_line, at, at + len(item))] == ["Kiểm tra", "Lập biên"]
    cut_at_margin = "Mở đầu.\n\n" * 5 + item + "\n\nTiếp theo.\n"
    at = cut_at_margin.index(item)
    assert [s.text[:8] for s in task_sentences(task, cut_at_margin, at, at + len(item))] == [
        "Kiểm tra",
        "Lập biên",
        "Xử lý ng",
    ]


def test_a_regulation_s_scope_and_definitions_articles_give_no_task():
    # decision 16: scope articles and descriptions are not tasks; a definition (``X là …``) assigns nothing
    text = """ỦY BAN NHÂN DÂN
TỈNH BÌNH AN
Số: 09/2026/QĐ-UBND
Bình An, ngày 03 tháng 4 năm 2026
QUY ĐỊNH
Về quản lý bến thủy nội địa trên địa bàn tỉnh
Điều 1. Đối tượng và phạm vi điều chỉnh
1. Quy định này điều chỉnh việc quản lý các bến thủy nội địa trên địa bàn tỉnh.
2. Các chủ bến thủy nội địa tuân thủ các quy định về an toàn giao thông đường thủy.
Điều 2. Giải thích từ ngữ
1. Chủ bến thủy nội địa là tổ chức, cá nhân được cấp phép khai thác bến.
2. Doanh nghiệp cung cấp dịch vụ vận tải là doanh nghiệp được thành lập để chở khách qua sông.
Điều 3. Trách nhiệm của Sở Xây dựng
1. Sở Xây dựng chủ trì kiểm tra định kỳ các bến thủy nội địa hằng quý.
"""
    doc = parse(text=text)
    assert {o.assignee.raw for o in doc.obligations} == {"Sở Xây dựng"}


def test_an_item_whose_subject_is_a_post_keeps_its_own_subject_not_the_heading_s():
    """``1. Ban Giám đốc`` over ``- Đồng chí Ủy viên Ban Thường vụ Đảng ủy, Giám đốc … chỉ đạo …``: the post that
    stands where a subject stands is the item's lead (its party rank dropped, decision 7); a clause after ``;``
    naming its own subject is that subject's (decision 14); an item with no subject stays the heading's."""
    got, _doc = obligations(
        "1. Ban Giám đốc Bệnh viện đa khoa tỉnh\n"
        "- Đồng chí Ủy viên Ban Thường vụ Đảng ủy, Giám đốc Bệnh viện chỉ đạo chung công tác phòng dịch.\n"
        "- Đồng chí Ủy viên Ban Chấp hành Đảng bộ, Phó Giám đốc Thường trực Bệnh viện theo dõi tiến độ hằng tuần.\n"
        "- Các đồng chí Phó Giám đốc chỉ đạo các khoa; các Trưởng khoa lâm sàng tổ chức tập huấn cho điều dưỡng.\n"
        "- Tổng hợp báo cáo kết quả về Sở Y tế.\n"
    )
    assert [(r, t[:14]) for r, role, _m, t, _d in got if role == "lead"] == [
        ("Giám đốc Bệnh viện", "chỉ đạo chung "),
        ("Phó Giám đốc Thường trực Bệnh viện", "theo dõi tiến "),
        ("Các đồng chí Phó Giám đốc", "chỉ đạo các kh"),
        ("các Trưởng khoa lâm sàng", "tổ chức tập hu"),
        ("Ban Giám đốc Bệnh viện đa khoa tỉnh", "Tổng hợp báo c"),
    ]


def test_an_item_naming_its_subject_under_a_school_s_heading_keeps_it_and_a_description_gives_nothing():
    got, _doc = obligations(
        "2. Ban Giám hiệu Trường Trung học cơ sở Hòa Bình\n"
        "- Hiệu trưởng phụ trách chung, chịu trách nhiệm trước Phòng Giáo dục.\n"
        "- Phó Hiệu trưởng phụ trách chuyên môn kiểm tra đề thi trước ngày 15/5/2026.\n"
        "- Thư ký Hội đồng là giáo viên có kinh nghiệm.\n"
        "- Niêm yết danh sách thí sinh.\n"
    )
    assert [(r, t[:12]) for r, role, _m, t, _d in got if role == "lead"] == [
        ("Hiệu trưởng", "phụ trách ch"),
        ("Phó Hiệu trưởng phụ trách chuyên môn", "kiểm tra đề "),
        ("Ban Giám hiệu Trường Trung học cơ sở Hòa Bình", "Niêm yết dan"),
    ]


def test_a_heading_naming_a_post_by_its_scope_is_one_assignee_over_its_items():
    """``5. Các Phó Giám đốc phụ trách lĩnh vực Dược, Thiết bị và các Hội đồng chuyên môn`` over items: the post
    with the whole of its scope is the assignee (no second name cut out of the scope's list)."""
    got, _doc = obligations(
        "5. Các Phó Giám đốc phụ trách lĩnh vực Dược, Thiết bị và các Hội đồng chuyên môn\n"
        "- Kiểm tra việc cấp phát thuốc.\n- Báo cáo Giám đốc kết quả hằng tháng.\n"
        "6. Chuyên viên phụ trách lĩnh vực Tổ chức, Hành chính và lĩnh vực khác\n"
        "- Bảo đảm thông tin liên lạc thông suốt.\n"
    )
    assert [r for r, *_ in got] == [
        "Các Phó Giám đốc phụ trách lĩnh vực Dược, Thiết bị và các Hội đồng chuyên môn",
        "Các Phó Giám đốc phụ trách lĩnh vực Dược, Thiết bị và các Hội đồng chuyên môn",
        "Chuyên viên phụ trách lĩnh vực Tổ chức, Hành chính và lĩnh vực khác",
    ]


def test_a_person_given_a_task_with_a_glued_name_is_the_person():
    _got, doc = obligations(
        "1. Sở Y tế\n- Tổng hợp báo cáo.\n"
        "- Giao đồng chí Trần VănHải - Phó Giám đốc Sở Y tế theo dõi, báo cáo kết quả theo quy định.\n"
    )
    people = [o.assignee.person_name for o in doc.obligations if o.assignee.kind == "person"]
    assert people == ["Trần VănHải"]


def test_a_liability_clause_inside_an_item_leaves_the_tasks_after_it_as_written():
    """Decision 1: ``chịu trách nhiệm trước … về kết quả …`` is no task; a trailing one is cut off its task, but
    one inside an item whose tasks go on after its ``;`` (``chủ động kiểm tra, đôn đốc …``) leaves the item's text
    as written, its tasks and all."""
    _got, doc = obligations(
        "1. Giám đốc Trung tâm Y tế huyện: Phụ trách chung, chịu trách nhiệm trước Sở Y tế về kết quả thực hiện; "
        "chủ động kiểm tra, đôn đốc các khoa thực hiện kế hoạch.\n"
        "2. Trưởng khoa Dược: Cấp phát thuốc đúng quy định, chịu trách nhiệm trước Giám đốc về kết quả.\n"
    )
    tasks = [o.task for o in doc.obligations]
    assert len(tasks) == 2 and "đôn đốc các khoa" in tasks[0] and "chịu trách nhiệm" not in tasks[1]


def test_an_item_opening_with_a_verb_that_also_heads_names_stays_the_heading_s():
    """``- Lãnh đạo công tác thi đua …`` under ``1. Chi bộ trường``: ``Lãnh đạo`` is the verb here, not a subject."""
    got, _doc = obligations(
        "1. Chi bộ Trường Tiểu học Hòa Bình\n- Lãnh đạo công tác thi đua, khen thưởng trong nhà trường.\n"
    )
    assert [r for r, role, *_ in got if role == "lead"] == ["Chi bộ Trường Tiểu học Hòa Bình"]


def test_a_later_sentence_of_an_item_s_heading_that_names_a_subject_hands_it_the_items():
    """``3.1. Khai mạc kỳ thi, công bố quyết định. Chủ tịch Hội đồng thi có trách nhiệm sau đây:`` over items
    (decision 3, a procedure's step with a named actor): each item is the named actor's; a heading whose sentences
    name no one gives its items nobody."""
    got, _doc = obligations(
        "3. Trình tự buổi khai mạc\n"
        "3.1. Khai mạc kỳ thi, công bố quyết định. Chủ tịch Hội đồng thi có trách nhiệm sau đây:\n"
        "- Kiểm tra niêm phong đề thi;\n- Phân công cán bộ coi thi.\n"
        "3.2. Khai mạc buổi lễ. Các nội dung gồm:\n- Chào cờ;\n- Đọc quyết định thành lập Hội đồng.\n"
    )
    assert [(r, t[:12]) for r, role, _m, t, _d in got] == [
        ("Chủ tịch Hội đồng thi", "Kiểm tra niê"),
        ("Chủ tịch Hội đồng thi", "Phân công cá"),
    ]


def test_a_slogan_or_a_description_of_what_a_person_is_doing_gives_no_task():
    """``Người bệnh … tích cực tham gia …!`` under a list of slogans, and ``Người ứng tuyển đang công tác tại …``
    (what the person is doing now): no task for the person noun that opens them."""
    got, _doc = obligations(
        "1. Khẩu hiệu tuyên truyền\n- Người dân tích cực tham gia hiến máu tình nguyện!\n"
        "2. Hồ sơ dự tuyển\n- Người ứng tuyển đang công tác tại Trạm Y tế xã nộp bản sao quyết định.\n"
    )
    assert not [r for r, *_ in got if r.startswith(("Người dân", "Người ứng tuyển"))]


def test_a_class_named_as_one_topic_among_topic_headings_is_a_topic_not_an_assignee():
    # ``i) Doanh nghiệp số`` among ``a) Thể chế``, ``b) Hạ tầng số`` …: the items under it say what is to be
    # done for digital businesses, not what businesses must do (no subject: no obligation)
    got, _ = obligations(
        "1. Nhiệm vụ trọng tâm\n"
        "a) Nông nghiệp sạch\n- Xây dựng vùng trồng rau an toàn.\n"
        "b) Thủy lợi nội đồng\n- Nạo vét kênh mương cấp ba.\n"
        "c) Chợ đầu mối\n- Nâng cấp khu bán buôn.\n"
        "d) Hợp tác xã nông nghiệp\n- Hỗ trợ hợp tác xã ứng dụng công nghệ cao.\n"
        "- Đào tạo cán bộ quản lý hợp tác xã.\n"
    )
    assert got == []


def test_an_assignee_heading_among_assignee_headings_keeps_its_items():
    # the counter-example: the same class of body as a heading among bodies is the subject of its items
    got, _ = obligations(
        "1. Sở Nông nghiệp và Môi trường\n- Xây dựng vùng trồng rau an toàn.\n"
        "2. Sở Công Thương\n- Nâng cấp khu bán buôn.\n"
        "3. Các hợp tác xã nông nghiệp\n- Ứng dụng công nghệ cao trong sản xuất.\n"
    )
    assert [r for r, *_ in got] == ["Sở Nông nghiệp và Môi trường", "Sở Công Thương", "Các hợp tác xã nông nghiệp"]


def test_a_field_naming_bodies_by_their_function_keeps_the_item_as_the_task():
    # ``theo chức năng, nhiệm vụ quản lý được giao`` says by what right the bodies act: no task of its own
    got, _ = obligations(
        "3. Hướng dẫn nuôi trồng thủy sản an toàn\n"
        "- Cơ quan thực hiện: Các trạm khuyến nông theo chức năng, nhiệm vụ quản lý được giao.\n"
    )
    assert [(r, t) for r, _role, _m, t, _d in got] == [("Các trạm khuyến nông", "Hướng dẫn nuôi trồng thủy sản ")]


def test_a_web_copys_bold_label_closed_before_its_stop_opens_the_item_on_the_next_line():
    # ``**6**.`` / ``Tổ chức …``: the item's label, its heading on the next line; never the end of the field above
    got, _ = obligations(
        "**5.****\n**Mở lớp bồi dưỡng\nthủ thư\n\n- Đơn vị thực hiện: Thư viện tỉnh.\n\n"
        "**6**.\nSố hóa tài liệu cổ\n\n- Đơn vị thực hiện: Bảo tàng tỉnh.\n"
    )
    assert [(r, t) for r, _role, _m, t, _d in got] == [
        ("Thư viện tỉnh", "Mở lớp bồi dưỡng thủ thư"),
        ("Bảo tàng tỉnh", "Số hóa tài liệu cổ"),
    ]


def test_a_field_value_the_lexicon_does_not_know_is_read_as_names_by_where_it_stands():
    got, _ = obligations(
        "4. Sưu tầm hiện vật kháng chiến\n- Đơn vị thực hiện: Nhà truyền thống huyện, Đội văn nghệ xã.\n"
        "5. Trưng bày chuyên đề\n- Đơn vị thực hiện: Như trên.\n"
        "6. Tổng kết\n- Đơn vị thực hiện: Theo phân công của Trưởng ban.\n"
    )
    assert [(r, t) for r, _role, _m, t, _d in got] == [
        ("Nhà truyền thống huyện", "Sưu tầm hiện vật kháng chiến"),
        ("Đội văn nghệ xã", "Sưu tầm hiện vật kháng chiến"),
    ]


def test_a_field_value_naming_a_unit_by_its_number_among_its_kind_keeps_the_number():
    got, _ = obligations(
        "4. Tuần tra rừng phòng hộ\n- Đơn vị thực hiện: Hạt Kiểm lâm số 2, Đội Kiểm lâm cơ động.\n"
        "5. Giải quyết hồ sơ cấp phép khai thác\n- Đơn vị thực hiện: Quy trình số 02.\n"
    )
    assert [(r, t) for r, _role, _m, t, _d in got] == [
        ("Hạt Kiểm lâm số 2", "Tuần tra rừng phòng hộ"),
        ("Đội Kiểm lâm cơ động", "Tuần tra rừng phòng hộ"),
    ]


def test_a_lead_in_deciding_what_its_items_say_gives_them_no_subject():
    got, _ = obligations(
        "1. Trên cơ sở đề án, Hội đồng nhân dân huyện quyết định đặt tên các tuyến đường như sau:\n"
        "a) Đặt tên đường Lê Lợi cho tuyến từ cầu Đá đến chợ.\n"
        "b) Đặt tên đường Trần Phú cho tuyến ven sông.\n"
        "2. Phòng Văn hóa huyện có trách nhiệm:\n- Lắp đặt biển tên đường.\n"
    )
    assert [(r, t) for r, _role, _m, t, _d in got] == [("Phòng Văn hóa huyện", "Lắp đặt biển tên đường.")]


def test_a_paragraph_giving_the_roles_of_a_heading_of_several_names_is_read_as_its_own_sentence():
    got, _ = obligations(
        "3. Sở Xây dựng, Sở Giao thông vận tải\n"
        "Sở Xây dựng chủ trì, phối hợp với Sở Giao thông vận tải kiểm tra an toàn công trình cầu.\n"
        "4. Sở Nội vụ, Sở Tư pháp\n- Rà soát thủ tục hành chính.\n"
    )
    assert [(r, role) for r, role, *_ in got] == [
        ("Sở Xây dựng", "lead"),
        ("Sở Giao thông vận tải", "support"),
        ("Sở Nội vụ", "lead"),
        ("Sở Tư pháp", "lead"),
    ]


@pytest.mark.parametrize(
    "item,supports",
    [
        # a collective of places ends where the task's verb begins, even a verb no list knows (``dựng``)
        ("1. Sở Y tế phối hợp UBND các xã, phường dựng lán trại tạm cho người dân.", ["UBND các xã, phường"]),
        (
            "1. Sở Xây dựng phối hợp với Ủy ban nhân dân các huyện, thị xã dọn dẹp bùn đất.",
            ["Ủy ban nhân dân các huyện, thị xã"],
        ),
        # a body named after a place, then a comma: the next partner, not more words of its name
        (
            (
                "1. Sở Y tế chủ trì, phối hợp với Bảo hiểm xã hội Thành phố, Chi nhánh Ngân hàng Chính sách xã hội "
                "Thành phố, Trung tâm Dịch vụ việc làm Thành phố tổ chức tập huấn cho cán bộ."
            ),
            [
                "Bảo hiểm xã hội Thành phố",
                "Chi nhánh Ngân hàng Chính sách xã hội Thành phố",
                "Trung tâm Dịch vụ việc làm Thành phố",
            ],
        ),
        # counters: ``phối hợp`` + a verb names no partner; a collective's own place goes on it
        ("1. Sở Y tế phối hợp tổ chức tập huấn cho cán bộ.", []),
        (
            "1. Sở Y tế phối hợp với UBND các xã, phường trên địa bàn tỉnh tổ chức tập huấn.",
            ["UBND các xã, phường trên địa bàn tỉnh"],
        ),
    ],
)
def test_partners_end_where_the_task_begins(item: str, supports: list[str]) -> None:
    got, _ = obligations(item + "\n")
    assert [r for r, role, *_ in got if role == "support"] == supports


@pytest.mark.parametrize(
    "item,supports",
    [
        # decision 17: a partner's executing sub-unit in brackets stays in its name as written, as a lead's does
        (
            "1. Sở Y tế chủ trì, phối hợp với Công an tỉnh (Phòng Cảnh sát giao thông) kiểm tra xe cứu thương.",
            ["Công an tỉnh (Phòng Cảnh sát giao thông)"],
        ),
        # counter: brackets that name no one
        ("1. Sở Y tế chủ trì, phối hợp với Công an tỉnh (nếu cần) kiểm tra xe cứu thương.", ["Công an tỉnh"]),
    ],
)
def test_a_partners_sub_unit_in_brackets_stays_in_its_name(item: str, supports: list[str]) -> None:
    got, _ = obligations(item + "\n")
    assert [r for r, role, *_ in got if role == "support"] == supports


def test_a_fields_partner_keeps_its_sub_unit_in_brackets() -> None:
    """Decision 17 in a labelled field: ``Cơ quan phối hợp: A, B (C), D`` gives A, ``B (C)`` and D, not C apart."""
    got, _ = obligations(
        "1. Kiểm tra an toàn thực phẩm\n- Cơ quan chủ trì: Sở Y tế.\n"
        "- Cơ quan phối hợp: Sở Công Thương, Công an tỉnh (Phòng Cảnh sát kinh tế), Sở Tài chính.\n"
    )
    assert [r for r, role, *_ in got if role == "support"] == [
        "Sở Công Thương",
        "Công an tỉnh (Phòng Cảnh sát kinh tế)",
        "Sở Tài chính",
    ]


def test_a_heading_of_names_ending_with_a_member_in_lower_case_gives_it_the_tasks_too():
    got, _ = obligations(
        "9. Báo Lâm Đồng, Sở Văn hóa, Thể thao và Du lịch và hệ thống truyền thanh cơ sở:\n"
        "Tăng cường tuyên truyền về mùa khô.\n"
        "10. Sở Y tế, Sở Tài chính và các đơn vị liên quan thực hiện:\n- Cấp phát thuốc.\n"
    )
    assert [r for r, *_ in got][:3] == [
        "Báo Lâm Đồng",
        "Sở Văn hóa, Thể thao và Du lịch",
        "hệ thống truyền thanh cơ sở",
    ]


def test_an_item_that_assigns_a_post_gives_the_post_its_task_besides_the_headings_body():
    got, _ = obligations(
        "1. Ban Thường trực Hội Nông dân xã\n"
        "- Phân công đồng chí Phó Chủ tịch Hội trực tiếp phụ trách công tác tuyên truyền.\n"
        "- Phân công nhiệm vụ cụ thể cho từng cán bộ.\n"
    )
    assert [(r, t[:20]) for r, _role, _m, t, _d in got] == [
        ("Ban Thường trực Hội Nông dân xã", "Phân công đồng chí P"),
        ("Phó Chủ tịch Hội", "trực tiếp phụ trách "),
        ("Ban Thường trực Hội Nông dân xã", "Phân công nhiệm vụ c"),
    ]


def test_an_items_title_run_into_its_lead_in_leaves_the_subject_to_its_items():
    # the bold title ``Kiểm tra hồ sơ`` and its sentence printed as one paragraph
    got, _ = obligations(
        "2. Kiểm tra hồ sơ thí sinh Hội đồng tuyển sinh trường thực hiện kiểm tra theo các bước sau:\n"
        "- Đối chiếu bản gốc văn bằng.\n- Lập biên bản kiểm tra.\n"
        "3. Kiểm tra Sở Y tế trong việc cấp phép hành nghề.\n"
    )
    assert [(r, t[:20]) for r, _role, _m, t, _d in got if r.startswith("Hội đồng")] == [
        ("Hội đồng tuyển sinh trường", "thực hiện kiểm tra t"),  # the lead-in's own task (decision 4)
        ("Hội đồng tuyển sinh trường", "Đối chiếu bản gốc vă"),
        ("Hội đồng tuyển sinh trường", "Lập biên bản kiểm tr"),
    ]
    assert not [r for r, *_ in got if r == "Sở Y tế"]  # an object, no lead-in


def test_an_items_title_run_into_its_lead_in_with_no_heading_of_its_own_leaves_the_subject_to_its_items():
    # a text layout (plain text, a PDF's text): the title ``Giám sát trực tiếp`` lost its bold and its break
    got, _ = obligations(
        "1. Giám sát trực tiếp Ban Chỉ huy Quân sự xã và các thành viên\nthực hiện giám sát trực tiếp thông qua "
        "việc tham dự các hoạt động sau:\n- Dự các buổi huấn luyện dân quân.\n- Kiểm tra sổ sách trực sẵn sàng.\n"
        "2. Phối hợp với Công an xã thực hiện các nội dung sau:\n- Tuần tra đêm.\n"
    )
    items = [(r, t[:20]) for r, _role, _m, t, _d in got if not t.startswith("thực hiện")]
    assert items == [
        ("Ban Chỉ huy Quân sự xã", "Dự các buổi huấn luy"),
        ("các thành viên", "Dự các buổi huấn luy"),
        ("Ban Chỉ huy Quân sự xã", "Kiểm tra sổ sách trự"),
        ("các thành viên", "Kiểm tra sổ sách trự"),
    ]  # ``Phối hợp với Công an xã``: the name after ``với`` is a partner's, no subject


def test_an_unmarked_title_is_known_by_its_activity_taken_up_again_not_a_verbs_object():
    from vbparse.extract.obligation_subjects import run_in_title_subject

    titled = "Giám sát trực tiếp Ban Chỉ huy Quân sự xã và các thành viên thực hiện giám sát theo các bước sau:"
    found = run_in_title_subject(titled, marked=False)
    assert found is not None and [titled[s.start : s.end] for s in found[0]] == [
        "Ban Chỉ huy Quân sự xã",
        "các thành viên",
    ]
    # a verb and its object read the same, the activity is not taken up: no title, no subject
    obj = "Tham mưu Ủy ban nhân dân tỉnh quản lý công tác dân quân và thực hiện các nhiệm vụ sau:"
    assert run_in_title_subject(obj, marked=False) is None
    assert (
        run_in_title_subject("Giao Ban Chỉ huy Quân sự xã thực hiện giao quân theo các bước sau:", marked=False) is None
    )


def test_a_field_names_value_keeps_its_lower_case_qualifier():
    got, _ = obligations(
        "5. Nạo vét kênh tưới\n- Đơn vị chủ trì: Ủy ban nhân dân các xã vùng trũng.\n"
        "- Đơn vị phối hợp: Trạm Thủy nông huyện.\n"
    )
    assert [(r, role) for r, role, *_ in got] == [
        ("Ủy ban nhân dân các xã vùng trũng", "lead"),
        ("Trạm Thủy nông huyện", "support"),
    ]


def test_the_subject_of_a_conditional_sentence_stands_after_thi():
    got, _ = obligations(
        "1. Đối với hồ sơ nộp trực tuyến thì Bộ phận một cửa có trách nhiệm kiểm tra trong ngày.\n"
        "2. Trường hợp mưa lớn kéo dài thì Ban Chỉ huy phòng chống thiên tai xã tổ chức sơ tán dân.\n"
        "3. Nếu hồ sơ hợp lệ thì tiếp nhận và hẹn ngày trả kết quả.\n"
    )
    assert [r for r, *_ in got] == ["Bộ phận một cửa", "Ban Chỉ huy phòng chống thiên tai xã"]


def test_a_case_item_under_a_lead_in_goes_on_with_its_subject():
    # ``Đối với …:``/``Nếu …:``/``Trường hợp …:`` opens an item that says what to do in that case: the lead-in's
    # subject does it, and the case belongs to the task
    got, _ = obligations(
        "2. Tiếp nhận hồ sơ đất đai Công chức Địa chính xã thực hiện quy trình tiếp nhận, cụ thể:\n"
        "- Đối với hồ sơ cấp giấy chứng nhận: Kiểm tra thành phần hồ sơ và chuyển Văn phòng đăng ký đất đai.\n"
        "- Trường hợp hồ sơ thiếu giấy tờ: Hướng dẫn công dân bổ sung trong 02 ngày.\n"
        "- Đối với hồ sơ tranh chấp:\n"
        "+ Nếu tranh chấp giữa các hộ: Tổ chức hòa giải tại thôn.\n"
        "+ Lưu ý: Không nhận hồ sơ đang có bản án của Tòa án.\n"
        "- Đối với hồ sơ quá hạn: Tổ một cửa phải báo cáo Chủ tịch UBND xã ngay trong ngày.\n"
    )
    assert [(r, t[:30]) for r, _role, _m, t, _d in got] == [
        ("Công chức Địa chính xã", "thực hiện quy trình tiếp nhận,"),
        ("Công chức Địa chính xã", "Đối với hồ sơ cấp giấy chứng n"),
        ("Công chức Địa chính xã", "Trường hợp hồ sơ thiếu giấy tờ"),
        ("Công chức Địa chính xã", "Nếu tranh chấp giữa các hộ: Tổ"),
        ("Tổ một cửa", "phải báo cáo Chủ tịch UBND xã "),  # its own subject, once
    ]


def test_a_case_item_with_no_subject_above_it_is_no_task():
    # counter-example: a case heading in a section of criteria or with no subject to carry
    got, _ = obligations(
        "1. Đối tượng hỗ trợ\n- Đối với hộ nghèo: Hỗ trợ 100% kinh phí mua thẻ.\n"
        "- Trường hợp hộ cận nghèo: Hỗ trợ 70% kinh phí.\n"
    )
    assert got == []


def test_who_is_asked_leads_the_task_by_where_they_stand_after_yeu_cau():
    # ``A yêu cầu B, C <verb> …``: B and C, whatever their heads, lead the task; A's asking is none (decision 7)
    got, _ = obligations(
        "1. Trạm Y tế xã\n"
        "- Trạm Y tế xã yêu cầu các bác sĩ trong Trạm, các nhân viên trong đơn vị triển khai nghiêm túc kế hoạch.\n"
        "2. Hội Khuyến học xã giao các chi hội thôn rà soát danh sách học sinh nghèo.\n"
        "3. Ban Chỉ đạo yêu cầu về tiến độ thực hiện kế hoạch.\n"
    )
    assert [(r, t[:25]) for r, _role, _m, t, _d in got] == [
        ("các bác sĩ trong Trạm", "triển khai nghiêm túc kế "),
        ("các nhân viên trong đơn vị", "triển khai nghiêm túc kế "),
        ("các chi hội thôn", "rà soát danh sách học sin"),
        ("Ban Chỉ đạo", "yêu cầu về tiến độ thực h"),  # what is required, no one asked: its own sentence
    ]


#: A regulation's article over two bodies, each a numbered clause over its lettered items (invented; the shape of
#: a land registry's coordination rules, 50693ea4bb4bda20, whose five items made one 2 262-character task).
MARKET_RULES = """ỦY BAN NHÂN DÂN
HUYỆN MƯỜNG TÈ
Số: 08/QĐ-UBND
Mường Tè, ngày 04 tháng 5 năm 2026
QUYẾT ĐỊNH
Ban hành Quy chế phối hợp quản lý chợ
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý chợ.
QUY CHẾ
Phối hợp quản lý chợ trên địa bàn huyện
Điều 5. Trách nhiệm của Ban Quản lý chợ, Trưởng Ban Quản lý chợ
1. Trách nhiệm của Ban Quản lý chợ
a) Bố trí khu vực bán hàng nông sản cho đồng bào vùng cao.
b) Niêm yết công khai giá thuê điểm kinh doanh.
c) Kiểm tra nguồn gốc hàng hóa tại các quầy thực phẩm.
2. Trách nhiệm của Trưởng Ban Quản lý chợ
a) Ký xác nhận hợp đồng thuê điểm kinh doanh.
b) Chỉ đạo tổ bảo vệ tuần tra phòng cháy vào ban đêm.
3. Công an xã phối hợp bảo đảm an ninh trật tự tại chợ.
"""


def test_each_item_of_a_clause_naming_its_own_body_is_a_task_of_that_body():
    tasks = [(o.section, o.assignee.raw, o.task) for o in parse(text=MARKET_RULES).obligations]
    by_section = {s: (a, t.rstrip(".")) for s, a, t in tasks}
    assert len(tasks) == len(by_section) == 6  # one task an item, no item given to two bodies
    assert [a for s, (a, _t) in sorted(by_section.items()) if s.startswith("Điều 5.1.")] == ["Ban Quản lý chợ"] * 3
    assert by_section["Điều 5.2.b"] == ("Trưởng Ban Quản lý chợ", "Chỉ đạo tổ bảo vệ tuần tra phòng cháy vào ban đêm")
    assert by_section["Điều 5.1.c"][1] == "Kiểm tra nguồn gốc hàng hóa tại các quầy thực phẩm"
    # counter-example: a clause that is one sentence stays one task of the body it names
    assert by_section["Điều 5.3"] == ("Công an xã", "phối hợp bảo đảm an ninh trật tự tại chợ")


def test_a_heading_of_a_collective_over_the_line_that_lists_its_members_gives_each_member_the_items():
    # ``2. Trách nhiệm của các Sở:`` / ``Xây dựng, Tài chính, Nội vụ.`` (a web copy's wrapped line) / ``a) …``
    got, _ = obligations(
        "2. Trách nhiệm của các Sở:\nY tế, Giáo dục và Đào tạo, Công Thương.\n\n"
        "a) Kiểm tra an toàn thực phẩm tại bếp ăn trường học.\nb) Báo cáo kết quả về UBND tỉnh.\n"
        "3. Trách nhiệm của các Sở:\nSở Y tế chủ trì tổ chức đoàn kiểm tra liên ngành.\n"
    )
    assert [(r, t[:20]) for r, _role, _m, t, _d in got[:6]] == [
        ("Y tế", "Kiểm tra an toàn thự"),
        ("Giáo dục và Đào tạo", "Kiểm tra an toàn thự"),
        ("Công Thương", "Kiểm tra an toàn thự"),
        ("Y tế", "Báo cáo kết quả về U"),
        ("Giáo dục và Đào tạo", "Báo cáo kết quả về U"),
        ("Công Thương", "Báo cáo kết quả về U"),
    ]
    # counter-example: a sentence below the heading is no list of members; it stays one task
    assert len(got) == 7 and "chủ trì tổ chức đoàn" in got[6][3]


def test_ngoai_giao_is_a_word_of_a_name_not_the_verb_giao():
    got, _ = obligations(
        "2. Các cơ quan ngoại giao phối hợp tổ chức đón tiếp đoàn khách.\n"
        "3. UBND xã giao Công an xã bảo đảm an ninh trật tự.\n"  # counter-example: the verb, a delegation
    )
    assert [r for r, *_ in got] == ["Các cơ quan ngoại giao", "Công an xã"]


def test_an_assignee_heading_under_a_lead_in_gives_each_of_its_bullets_apart():
    """Under ``Các bộ, cơ quan, địa phương theo chức năng … thực hiện các nhiệm vụ sau:``, a lettered item that is an
    assignee heading (``c) Các sở, ban, ngành:`` over bullets) is read as one: each bullet a task of the heading's
    subject, not the heading and every bullet joined into one task (issue 53's city board: five bullets of a
    resolution in one 1 456-character task)."""
    got, _ = obligations(
        "2. Ổn định thị trường\n"
        "Các cơ quan, đơn vị theo chức năng, nhiệm vụ được giao thực hiện các nhiệm vụ sau:\n"
        "a) Sở Tài chính tổng hợp nhu cầu kinh phí hỗ trợ.\n"
        "b) Các sở, ban, ngành:\n"
        "- Nắm chắc tình hình giá cả hàng hóa.\n"
        "- Đẩy mạnh sản xuất nông nghiệp.\n"
    )
    rows = [(r, t) for r, _role, _m, t, _d in got]
    assert ("Các sở, ban, ngành", "Nắm chắc tình hình giá cả hàng") in rows
    assert ("Các sở, ban, ngành", "Đẩy mạnh sản xuất nông nghiệp.") in rows
    assert ("Sở Tài chính", "tổng hợp nhu cầu kinh phí hỗ t") in rows


def test_an_assignee_heading_over_a_task_and_a_partner_field_keeps_its_subject_as_lead():
    """``1. Đoàn Thanh niên xã:`` / ``- Tổ chức …`` / ``- Đơn vị phối hợp: Hội Phụ nữ xã.``: the heading's subject
    leads, the field's body supports (the field reader took the item and gave the task to the partner alone)."""
    got, _ = obligations(
        "1. Đoàn Thanh niên xã:\n- Tổ chức ra quân làm sạch đường làng.\n- Đơn vị phối hợp: Hội Phụ nữ xã.\n"
    )
    assert sorted((r, role) for r, role, *_ in got) == [("Hội Phụ nữ xã", "support"), ("Đoàn Thanh niên xã", "lead")]


def test_a_time_field_under_an_assignee_heading_is_its_tasks_deadline_not_a_task():
    got, _ = obligations(
        "1. Đoàn Thanh niên xã:\n- Tổ chức ra quân làm sạch đường làng.\n- Thời gian thực hiện: tháng 3/2026.\n"
    )
    assert [(r, t, d) for r, _role, _m, t, d in got] == [
        ("Đoàn Thanh niên xã", "Tổ chức ra quân làm sạch đường", dt.date(2026, 3, 31))
    ]


def test_field_blocks_flattened_into_one_list_each_go_to_the_item_above_them():
    """A converter that loses ``-``/``+`` nesting prints two items' field blocks as one list of siblings: each
    block is the unlabelled item above it, with its own lead, partners and deadline (not every field of
    both)."""
    _got, doc = obligations(
        "2. Ban hành văn bản hướng dẫn\n"
        "- Quy chế phối hợp quản lý chợ đầu mối.\n"
        "- Nội dung: quy định trách nhiệm các bên trong quản lý chợ.\n"
        "- Cơ quan chủ trì: Sở Công Thương.\n"
        "- Cơ quan phối hợp: Sở Tài chính.\n"
        "- Thời hạn hoàn thành: trước ngày 30/6/2027.\n"
        "- Quyết định giá dịch vụ sử dụng diện tích bán hàng.\n"
        "- Nội dung: bao gồm mức giá tối đa tại các chợ hạng 1.\n"
        "- Cơ quan chủ trì: Sở Tài chính.\n"
        "- Cơ quan phối hợp: Ủy ban nhân dân cấp xã.\n"
        "- Thời hạn hoàn thành: trước ngày 31/12/2027.\n"
    )
    by_lead = {(o.assignee.raw, o.role): (o.task, o.deadline) for o in doc.obligations}
    assert set(by_lead) == {
        ("Sở Công Thương", "lead"),
        ("Sở Tài chính", "support"),
        ("Sở Tài chính", "lead"),
        ("Ủy ban nhân dân cấp xã", "support"),
    }
    assert by_lead[("Sở Công Thương", "lead")][1] == dt.date(2027, 6, 30)
    assert by_lead[("Sở Tài chính", "lead")] == (
        "Quyết định giá dịch vụ sử dụng diện tích bán hàng.",
        dt.date(2027, 12, 31),
    )
    assert by_lead[("Ủy ban nhân dân cấp xã", "support")][1] == dt.date(2027, 12, 31)


def test_one_field_block_over_plain_bullets_after_it_stays_one_block():
    """Counter-example: one lead field, then bullets that only spell out the content — no second block: one
    task of the one lead, due by the one time field."""
    got, doc = obligations(
        "3. Tập huấn nghiệp vụ\n"
        "- Cơ quan chủ trì: Sở Y tế.\n"
        "- Thời gian thực hiện: Quý III/2027.\n"
        "- Tập huấn kỹ năng sơ cấp cứu.\n"
        "- Tập huấn phòng chống dịch bệnh.\n"
    )
    assert [(r, role, t) for r, role, _m, t, _d in got] == [("Sở Y tế", "lead", "Tập huấn nghiệp vụ: Tập huấn k")]
    assert doc.obligations[0].deadline == dt.date(2027, 9, 30)


def test_items_after_an_empty_lead_label_in_a_flattened_list_are_that_fields_value():
    """``- Cơ quan thực hiện:`` with nothing after the colon, and the bullets that were under it printed as its
    siblings: they are the field's value (the lead and partners, and a sentence with its own task), not tasks."""
    got, _doc = obligations(
        "1. Nâng cao nhận thức về an toàn giao thông\n"
        "a) Hoạt động 1\n"
        "- Nội dung: Tuyên truyền về an toàn giao thông trên báo, đài.\n"
        "- Cơ quan thực hiện:\n"
        "- Công an tỉnh chủ trì, phối hợp với Sở Giáo dục và Đào tạo và các đơn vị có liên quan.\n"
        "- Sở Xây dựng đăng tải thông điệp trên bảng điện tử tại các bến xe.\n"
    )
    assert sorted((r, role, t[:20]) for r, role, _m, t, _d in got) == [
        ("Công an tỉnh", "lead", "Tuyên truyền về an t"),
        ("Sở Giáo dục và Đào tạo", "support", "Tuyên truyền về an t"),
        ("Sở Xây dựng", "lead", "đăng tải thông điệp "),
        ("các đơn vị có liên quan", "support", "Tuyên truyền về an t"),
    ]


def test_a_long_unmarked_title_is_known_by_three_of_its_words_taken_up_again():
    """A title of more than six words run into its lead-in (``Tiếp nhận và xử lý hồ sơ đề nghị cấp phép, gia hạn
    Phòng Kinh tế thực hiện quy trình xử lý hồ sơ …, cụ thể:``): known by three words of it in a row the
    sentence takes up again; a long verb phrase and its object share none."""
    from vbparse.extract.obligation_subjects import run_in_title_subject

    titled = (
        "Tiếp nhận và xử lý hồ sơ đề nghị cấp phép Phòng Kinh tế thực hiện quy trình "
        "xử lý hồ sơ theo hướng dẫn của Sở, cụ thể:"
    )
    found = run_in_title_subject(titled, marked=False)
    assert found is not None and [titled[s.start : s.end] for s in found[0]] == ["Phòng Kinh tế"]
    obj = (
        "Phối hợp với các cơ quan liên quan kiểm tra, hướng dẫn Ban Quản lý chợ thực hiện các quy định về phòng "
        "cháy, chữa cháy như sau:"
    )
    assert run_in_title_subject(obj, marked=False) is None


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Tiếp nhận và xử lý kiến nghị Điều phối viên Sở Y tế thực hiện quy trình xử lý theo hướng dẫn, cụ thể:",
            ["Điều phối viên Sở Y tế"],
        ),
        (
            "Tổng hợp ý kiến cử tri Kiểm soát viên Ủy ban MTTQ xã thực hiện việc tổng hợp như sau:",
            ["Kiểm soát viên Ủy ban MTTQ xã"],
        ),
    ],
)
def test_a_run_in_title_hands_over_a_post_no_list_knows_with_the_known_body_after_it(sentence, names):
    """The subject after a run-in title opens at the post no list knows before a body the lists know (issue 52, names
    by where they stand), not at the body: the post is no word of the title."""
    from vbparse.extract.obligation_subjects import run_in_title_subject

    found = run_in_title_subject(sentence)
    assert found is not None and [sentence[s.start : s.end] for s in found[0]] == names


def test_a_run_in_title_keeps_a_verb_before_the_known_body_as_its_own():
    """Counter-example: a capitalised verb before the body (``Hướng dẫn`` + ``Công an xã``) is the title's."""
    from vbparse.extract.obligation_subjects import run_in_title_subject

    sentence = "Kiểm tra việc tiếp nhận Hướng dẫn Công an xã thực hiện quy trình xử lý theo hướng dẫn, cụ thể:"
    found = run_in_title_subject(sentence)
    assert found is None or [sentence[s.start : s.end] for s in found[0]] == ["Công an xã"]


def test_items_under_a_long_title_run_into_its_lead_in_take_the_names_after_it():
    got, _ = obligations(
        "2. Tiếp nhận và xử lý hồ sơ đề nghị cấp phép Phòng Kinh tế\n"
        "thực hiện quy trình xử lý hồ sơ theo hướng dẫn của Sở, cụ thể:\n"
        "- Đối với hồ sơ đủ điều kiện: trình Chủ tịch UBND xã cấp phép.\n"
        "- Đối với hồ sơ chưa đủ điều kiện: hướng dẫn tổ chức bổ sung.\n"
    )
    assert [r for r, *_ in got] == ["Phòng Kinh tế"] * 3


def test_a_request_label_and_its_colon_over_items_hands_them_to_the_bodies_it_names():
    """``6. Đề nghị: Hội A, Hội B, Liên minh C`` without the bold that made it one heading (a text layout): the
    colon does not cut a title from the names, ``Đề nghị:`` asks them, and the items under it are theirs."""
    got, _ = obligations(
        "6. Đề nghị: Hội Cựu chiến binh xã, Hội Nông dân xã, Liên minh Hợp tác xã tỉnh\n"
        "a) Tuyên truyền, vận động hội viên tham gia.\n"
        "b) Tiếp nhận kiến nghị của hội viên.\n"
    )
    assert sorted({(r, role, m) for r, role, m, _t, _d in got}) == [
        ("Hội Cựu chiến binh xã", "lead", "requested"),
        ("Hội Nông dân xã", "lead", "requested"),
        ("Liên minh Hợp tác xã tỉnh", "lead", "requested"),
    ]
    assert len(got) == 6


def test_a_task_fields_paragraph_before_its_bullets_is_a_task_of_its_own():
    """A scan loses the short dash of a list's first item (``a) Nhiệm vụ:`` / ``Rà soát …`` / ``- Kết nối …`` /
    ``- Hướng dẫn …``): a whole sentence under the task field, before its bullets, is an activity of its own, as
    each bullet is, not the start of one task run into the others.  A lead-in ending with a colon is none."""
    got, _doc = obligations(
        "3. Về bảo đảm an toàn thông tin\n"
        "a) Nhiệm vụ:\n"
        "Rà soát các cơ sở dữ liệu chuyên ngành đang vận hành trên địa bàn.\n"
        "- Kết nối dữ liệu với hệ thống thông tin của tỉnh.\n"
        "- Hướng dẫn các xã cập nhật dữ liệu dân cư.\n"
        "b) Cơ quan thực hiện:\n"
        "- Đơn vị chủ trì: Sở Y tế.\n"
        "c) Thời gian thực hiện: Thực hiện thường xuyên.\n"
        "4. Về nguồn lực\n"
        "a) Nhiệm vụ:\n"
        "Tuyên truyền về chuyển đổi số, gồm các nội dung sau:\n"
        "- Lợi ích của dữ liệu số.\n"
        "- Cách khai thác dịch vụ công.\n"
        "b) Cơ quan thực hiện:\n"
        "- Đơn vị chủ trì: Sở Văn hóa.\n"
    )
    tasks = sorted((r, t.strip()[:22]) for r, _role, _m, t, _d in got)
    expected = [
        ("Sở Văn hóa", "Lợi ích của dữ liệu số."),
        ("Sở Văn hóa", "Cách khai thác dịch vụ công."),
        ("Sở Y tế", "Hướng dẫn các xã cập nhật dữ liệu dân cư."),
        ("Sở Y tế", "Kết nối dữ liệu với hệ thống thông tin của tỉnh."),
        ("Sở Y tế", "Rà soát các cơ sở dữ liệu chuyên ngành đang vận hành trên địa bàn."),
    ]
    assert tasks == sorted((r, t[:22]) for r, t in expected), tasks


def test_each_whole_sentence_paragraph_of_a_task_field_before_its_bullets_is_a_task():
    """Two items whose dashes a scan lost, both before the marked ones: each paragraph a task of its own, not one
    task of both."""
    got, _doc = obligations(
        "2. Về các nền tảng số\n"
        "a) Nhiệm vụ:\n"
        "Sử dụng thống nhất các nền tảng số dùng chung của tỉnh.\n"
        "Nâng cấp các hệ thống thông tin chuyên ngành bảo đảm kết nối liên thông.\n"
        "- Cập nhật dữ liệu về hộ kinh doanh lên nền tảng số.\n"
        "b) Cơ quan thực hiện:\n"
        "- Đơn vị chủ trì: Sở Công Thương.\n"
    )
    tasks = sorted(t for r, _role, _m, t, _d in got if r == "Sở Công Thương")
    assert tasks == sorted(
        t[:30]
        for t in (
            "Sử dụng thống nhất các nền tảng số dùng chung của tỉnh.",
            "Nâng cấp các hệ thống thông tin chuyên ngành bảo đảm kết nối liên thông.",
            "Cập nhật dữ liệu về hộ kinh doanh lên nền tảng số.",
        )
    ), tasks


def test_each_whole_sentence_paragraph_of_a_task_field_without_bullets_is_a_task():
    """All of a task field's items lost their dashes (a scan): each paragraph that is a whole sentence is a task;
    a lead-in ending with a colon keeps its lines as one task."""
    got, _doc = obligations(
        "2. Về các nền tảng số\n"
        "a) Nhiệm vụ:\n"
        "Sử dụng thống nhất các nền tảng số dùng chung của tỉnh.\n"
        "Nâng cấp các hệ thống thông tin chuyên ngành bảo đảm kết nối liên thông.\n"
        "b) Cơ quan thực hiện:\n"
        "- Đơn vị chủ trì: Sở Công Thương.\n"
        "3. Về nguồn nhân lực\n"
        "a) Nhiệm vụ:\n"
        "Tổ chức tập huấn kỹ năng số cho cán bộ theo các chủ đề sau:\n"
        "An toàn thông tin khi làm việc trên mạng.\n"
        "b) Cơ quan thực hiện:\n"
        "- Đơn vị chủ trì: Sở Nội vụ.\n"
    )
    assert sorted(t for r, _role, _m, t, _d in got if r == "Sở Công Thương") == sorted(
        t[:30]
        for t in (
            "Sử dụng thống nhất các nền tảng số dùng chung của tỉnh.",
            "Nâng cấp các hệ thống thông tin chuyên ngành bảo đảm kết nối liên thông.",
        )
    ), got
    assert [t for r, _role, _m, t, _d in got if r == "Sở Nội vụ"] == ["Tổ chức tập huấn kỹ năng số ch"], got


def test_a_lead_in_item_hands_its_subject_to_the_items_after_it_in_a_flattened_list():
    """A list whose nesting a copy lost (every item the same mark): ``- Ủy ban nhân dân thành phố Hà Nội cần tập trung
    một số nhiệm vụ quan trọng như sau:`` then ``- Hoàn thành …`` / ``- Tăng cường …``: the items after the lead-in,
    up to the next item with a subject of its own, are its subject's, not the heading's; the bare lead-in is no
    task (decision 4).  Counter-example: an item that ends with a colon after a task of its own (``… tổ chức
    tập huấn cho cán bộ:``) is no lead-in of the items after it."""
    got, _doc = obligations(
        "3. Nhiệm vụ của các địa phương\n"
        "- Ủy ban nhân dân các tỉnh tăng cường kiểm tra nguồn thải công nghiệp trên địa bàn.\n"
        "- Ủy ban nhân dân thành phố Hà Nội cần tập trung một số nhiệm vụ quan trọng như sau:\n"
        "- Hoàn thành việc rà soát quy hoạch các khu công nghiệp.\n"
        "- Tăng cường giám sát các công trường xây dựng.\n"
        "- Bộ Y tế hướng dẫn các biện pháp bảo vệ sức khỏe.\n"
        "- Lắp đặt trạm quan trắc không khí tại các khu dân cư.\n"
    )
    assert sorted((r, t[:20]) for r, _role, _m, t, _d in got) == sorted(
        [
            ("Ủy ban nhân dân các tỉnh", "tăng cường kiểm tra "),
            ("Ủy ban nhân dân thành phố Hà Nội", "Hoàn thành việc rà s"),
            ("Ủy ban nhân dân thành phố Hà Nội", "Tăng cường giám sát "),
            ("Bộ Y tế", "hướng dẫn các biện p"),
            ("các địa phương", "Lắp đặt trạm quan tr"),
        ]
    ), got


def test_bodies_a_plan_encourages_by_name_are_asked_and_the_public_is_not():
    """``Khuyến khích Liên đoàn Lao động tỉnh, Hội Nông dân tỉnh xây dựng …``: bodies the plan does not direct, asked
    as after ``Đề nghị``; ``Khuyến khích các hộ gia đình, cá nhân …`` is a policy for the public, no one's task."""
    got, _ = obligations(
        "3. Khuyến khích Liên đoàn Lao động tỉnh, Hội Nông dân tỉnh xây dựng kế hoạch hành động.\n"
        "4. Khuyến khích các hộ gia đình, cá nhân phân loại rác tại nguồn.\n"
    )
    assert {(name, mode) for name, _role, mode, *_ in got} == {
        ("Liên đoàn Lao động tỉnh", "requested"),
        ("Hội Nông dân tỉnh", "requested"),
    }


def test_a_lead_fields_sentence_after_an_adverbial_opener_is_a_task_of_its_own():
    """``- Cơ quan thực hiện: Sở Tư pháp tiến hành rà soát …. Đồng thời, các sở, ngành liên quan tiếp tục rà soát …``:
    the second sentence's subject stands after ``Đồng thời,`` and its predicate is its task, not the item's content."""
    got, _ = obligations(
        "1. Rà soát văn bản\n- Nội dung: Rà soát các văn bản quy phạm pháp luật.\n"
        "- Cơ quan thực hiện: Sở Tư pháp tiến hành rà soát các văn bản. Đồng thời, các sở, ngành liên quan "
        "tiếp tục rà soát cập nhật định kỳ.\n"
    )
    tasks = {name: task for name, _role, _mode, task, _dl in got}
    assert tasks["các sở, ngành liên quan"].startswith("tiếp tục rà soát cập nhật")


def test_a_task_sentence_ending_in_a_specifier_colon_hands_its_subjects_to_its_lettered_items():
    """``X <task>, cụ thể:`` / ``…; trong đó lưu ý:`` over ``a) … b) …``: each item is a task of every subject
    (decision 10), and the sentence before the colon is one too (decision 4)."""
    got, _ = obligations(
        "1. Trung tâm Y tế huyện, Bệnh viện Đa khoa tỉnh khẩn trương rà soát danh mục thuốc, cụ thể:\n"
        "a) Lập danh sách thuốc sắp hết hạn.\nb) Báo cáo kết quả trước ngày 30/11/2026.\n"
        "2. Yêu cầu Sở Giáo dục và Đào tạo nâng cao chất lượng dạy học; trong đó lưu ý:\n"
        "a) Bồi dưỡng giáo viên cốt cán.\nb) Tăng cường kiểm tra nề nếp.\n"
    )
    pairs = {(r, t) for r, _role, _m, t, _d in got}
    for name in ("Trung tâm Y tế huyện", "Bệnh viện Đa khoa tỉnh"):
        assert (name, "Lập danh sách thuốc sắp hết hạ") in pairs
        assert (name, "Báo cáo kết quả trước ngày 30/") in pairs
        assert any(r == name and t.startswith("khẩn trương rà soát") for r, t in pairs)
    assert ("Sở Giáo dục và Đào tạo", "Bồi dưỡng giáo viên cốt cán.") in pairs
    assert ("Sở Giáo dục và Đào tạo", "Tăng cường kiểm tra nề nếp.") in pairs
    assert any(r == "Sở Giáo dục và Đào tạo" and t.startswith("nâng cao chất lượng") for r, t in pairs)


def test_a_given_task_ending_in_cu_the_nhu_sau_is_a_task_besides_its_items():
    got, _ = obligations(
        "3. Giao Chi cục Thủy lợi kiểm tra an toàn các hồ chứa, cụ thể như sau:\n"
        "a) Kiểm tra tràn xả lũ.\nb) Kiểm tra cống lấy nước.\n"
    )
    tasks = [t for r, _role, _m, t, _d in got if r == "Chi cục Thủy lợi"]
    assert any(t.startswith("kiểm tra an toàn các hồ chứa") for t in tasks), got
    assert "Kiểm tra tràn xả lũ." in tasks and "Kiểm tra cống lấy nước." in tasks


def test_lettered_parts_under_a_report_or_a_subject_sentence_without_a_colon_are_not_handed_down():
    got, _ = obligations(
        "1. Sở Y tế báo cáo kết quả năm 2025 như sau:\na) Số ca mắc sốt xuất huyết giảm 20%.\n"
        "b) Tỷ lệ tiêm chủng đạt 98%.\n"
        "2. Sở Tài chính thẩm định dự toán.\na) Mục tiêu\nBảo đảm đủ kinh phí.\n"
    )
    assert not any(t.startswith(("Số ca mắc", "Tỷ lệ tiêm", "Bảo đảm đủ")) for _r, _role, _m, t, _d in got), got


def test_a_subject_doing_its_duties_as_specified_below_has_only_the_items_as_tasks():
    got, _ = obligations(
        "1. Trung tâm Kiểm soát bệnh tật tỉnh thực hiện nhiệm vụ, quyền hạn theo quy định tại Thông tư số "
        "10/2025/TT-BYT, cụ thể như sau:\na) Giám sát dịch tễ các bệnh truyền nhiễm.\nb) Tổ chức tiêm chủng mở rộng.\n"
    )
    tasks = [t for r, _role, _m, t, _d in got if r == "Trung tâm Kiểm soát bệnh tật tỉnh"]
    assert tasks == ["Giám sát dịch tễ các bệnh truy", "Tổ chức tiêm chủng mở rộng."], got


def test_where_a_body_sits_after_tai_is_part_of_its_name_and_keeps_the_list_around_it():
    """``Kho bạc Nhà nước tại tỉnh Đồng Tháp``, ``cơ quan Thuế tại tỉnh …``: a locative of places goes on the name;
    it ended the name before, and one unread member lost the whole list of an execution clause."""
    got, _ = obligations(
        "1. Giám đốc Sở Y tế; Thủ trưởng cơ quan Kho bạc Nhà nước, cơ quan Thuế tại tỉnh Lâm Đồng; Chủ tịch UBND "
        "các xã chịu trách nhiệm thi hành Kế hoạch này.\n"
        "2. Văn phòng đại diện tại Thành phố Hồ Chí Minh hướng dẫn thủ tục nhập cảnh.\n"
    )
    names = [r for r, *_ in got]
    assert "Giám đốc Sở Y tế" in names and "Chủ tịch UBND các xã" in names, names
    assert any(n.endswith("tại tỉnh Lâm Đồng") for n in names), names
    assert "Văn phòng đại diện tại Thành phố Hồ Chí Minh" in names, names
    # counter-example: ``tại`` before what is no place is where the task is done, not the name's
    got, _ = obligations(
        "3. Sở Y tế tại Hội nghị trực tuyến báo cáo kết quả.\n4. Sở Tài chính tại buổi làm việc báo cáo.\n"
    )
    assert not any("Hội nghị" in r or "buổi" in r for r, *_ in got), got
    got, _ = obligations("5. Đơn vị bán lẻ điện tại khu vực nông thôn mua điện qua công tơ tổng.\n")
    assert not any(r.endswith("tại khu vực") for r, *_ in got), got


def test_a_collective_named_by_its_role_before_a_duty_is_one_assignee():
    """``Các cơ quan chủ trì có trách nhiệm …``, ``Đơn vị phối hợp cần …``: the role word names whom the collective
    means (the lead agencies), the duty after it is the predicate; without a duty after it the role word is the verb."""
    got, _ = obligations(
        "1. Các cơ quan chủ trì có trách nhiệm báo cáo kết quả thực hiện trước ngày 15/12/2026.\n"
        "2. Đơn vị phối hợp cần cử cán bộ tham gia tổ công tác liên ngành.\n"
        "3. Các đơn vị chủ trì nhiệm vụ tại Phụ lục có trách nhiệm lập dự toán kinh phí.\n"
    )
    names = [r for r, *_ in got]
    assert names == ["Các cơ quan chủ trì", "Đơn vị phối hợp", "Các đơn vị chủ trì nhiệm vụ tại Phụ lục"], got
    # counter-examples: a role word that is the verb (no duty after it), a partner after ``phối hợp với``
    got, _ = obligations(
        "4. Các cơ quan, đơn vị chủ trì tổ chức thực hiện nhiệm vụ được giao.\n"
        "5. Sở Y tế chủ trì, phối hợp với Sở Tài chính có trách nhiệm lập dự toán.\n"
    )
    assert not any("chủ trì" in r for r, *_ in got), got
    assert ("Sở Y tế", "lead") in {(r, role) for r, role, *_ in got}, got


def test_a_subject_after_a_clause_opening_with_doi_voi_is_read():
    """``Đối với các nhiệm vụ năm 2026, các sở … chủ động bố trí …``: the topic clause is adverbial, the subject
    follows its comma (as after ``Trong năm 2026,``)."""
    got, _ = obligations(
        "1. Đối với các nhiệm vụ triển khai trong năm 2026, Sở Giáo dục và Đào tạo và Ủy ban nhân dân các xã chủ động "
        "bố trí kinh phí thực hiện.\n2. Riêng đối với các trường vùng khó khăn, Sở Y tế cử cán bộ hỗ trợ khám sức khỏe.\n"
    )
    assert [r for r, *_ in got] == ["Sở Giáo dục và Đào tạo", "Ủy ban nhân dân các xã", "Sở Y tế"], got


def test_a_condition_with_its_own_then_clause_in_a_closing_is_not_carried_to_the_request_before():
    doc = parse(
        HEADER + "1. Sở Nội vụ hướng dẫn thực hiện.\n"
        "Trên đây là Kế hoạch của UBND tỉnh, yêu cầu các hội chấp hành nghiêm. Đối với trường hợp sáp nhập hội, thì "
        "hội mới phải kế thừa quyền và nghĩa vụ của các hội cũ./.\n"
    )
    assert not any(o.task.startswith("Đối với trường hợp") for o in doc.obligations), [
        (o.assignee.raw, o.task) for o in doc.obligations
    ]


def test_a_clause_set_between_commas_after_the_subject_leaves_it_the_subject():
    """``Sở Tài chính, trên cơ sở đề xuất của các cơ quan, đơn vị, chủ trì tổng hợp …``, ``Sở Nội vụ, là cơ quan
    thường trực, hướng dẫn …``: the clause between the subject and its verb is skipped, commas inside it too."""
    got, _ = obligations(
        "1. Sở Tài chính, trên cơ sở đề xuất của các cơ quan, đơn vị, địa phương, chủ trì tổng hợp dự toán kinh phí.\n"
        "2. Sở Nội vụ, là cơ quan thường trực của Hội đồng, hướng dẫn các đơn vị đăng ký thi đua.\n"
        "3. Ủy ban nhân dân các xã, căn cứ tình hình thực tế, bố trí địa điểm tổ chức.\n"
        "4. Giao Sở Giao thông vận tải và Ủy ban nhân dân các huyện, trong khuôn khổ dự toán được giao hằng năm, "
        "bố trí kinh phí duy tu.\n"
    )
    assert [(r, t[:12]) for r, _role, _m, t, _d in got] == [
        ("Sở Tài chính", "chủ trì tổng"),
        ("Sở Nội vụ", "hướng dẫn cá"),
        ("Ủy ban nhân dân các xã", "bố trí địa đ"),
        ("Sở Giao thông vận tải", "bố trí kinh "),
        ("Ủy ban nhân dân các huyện", "bố trí kinh "),
    ], got
    # counter-example: a list of bodies after the comma is no clause (``Sở Y tế, căn cứ`` is not how it goes on)
    got, _ = obligations("4. Sở Y tế, Sở Tài chính, Công an tỉnh phối hợp kiểm tra.\n")
    assert [r for r, *_ in got] == ["Sở Y tế", "Sở Tài chính", "Công an tỉnh"], got


def test_a_subject_right_after_the_difficulties_condition_without_a_comma_is_read():
    """The closing formula ``…, nếu có khó khăn, vướng mắc các cơ quan, đơn vị kịp thời phản ánh …`` (no comma
    before the subject): the condition's nouns end where the subject begins."""
    got, _ = obligations(
        "1. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc các cơ quan, đơn vị kịp thời phản ánh về Sở Nội vụ.\n"
        "2. Khi có phát sinh Trung tâm Y tế huyện báo cáo ngay Sở Y tế.\n"
    )
    assert [r for r, *_ in got] == ["các cơ quan, đơn vị", "Trung tâm Y tế huyện"], got


def test_a_task_verb_after_partners_no_list_knows_ends_their_name():
    """``… phối hợp với bên bán buôn điện lắp đặt công tơ``, ``… phối hợp với Giám đốc Sở Tài chính thiết lập …``:
    ``lắp đặt``, ``thiết lập``, ``phân bổ``, ``đối chiếu`` are task verbs (``TASK_VERBS``), never words of the partner's name."""
    got, _ = obligations(
        "1. Công ty Điện lực tỉnh có trách nhiệm phối hợp với bên bán buôn điện lắp đặt công tơ tại ranh giới.\n"
        "2. Sở Nội vụ chủ trì, phối hợp với các trường đại học thiết lập mạng lưới chuyên gia.\n"
    )
    supports = {r for r, role, *_ in got if role == "support"}
    assert supports == {"bên bán buôn điện", "các trường đại học"}, got


def test_a_member_of_an_asked_list_keeps_its_relative_clause_up_to_the_next_member():
    """``Yêu cầu …, các đơn vị đầu mối giao kế hoạch, các Cơ quan chủ trì Dự án, Tiểu dự án, …``: a member named by
    what it does in a clause without a task verb (``giao kế hoạch``, ``chủ trì Dự án``) runs on to the comma before
    the list's next member (``, các …``); the list goes on past it."""
    got, _ = obligations(
        "1. Yêu cầu các trường học, các đơn vị đầu mối giao chỉ tiêu, các Cơ quan chủ trì Đề án, Tiểu đề án, các "
        "địa phương khẩn trương rà soát hồ sơ.\n"
    )
    assert [r for r, *_ in got] == [
        "các trường học",
        "các đơn vị đầu mối giao chỉ tiêu",
        "các Cơ quan chủ trì Đề án, Tiểu đề án",
        "các địa phương",
    ], got
    # counter-example: a clause with a task verb before the next ``các`` is a task, not a name's clause
    got, _ = obligations("2. Yêu cầu các trường học tổ chức kiểm tra, các trạm y tế phối hợp thực hiện.\n")
    assert "các trường học" in [r for r, *_ in got] and not any("tổ chức" in r for r, *_ in got), got


def test_a_head_written_in_the_old_tone_placement_is_the_lists_head():
    """``Uỷ viên`` is ``Ủy viên`` (``uỷ``/``ủy``, ``hoà``/``hòa``): every word list matches either tone placement
    (``name_lexicon.alternation``), as the text may be written either way."""
    got, _ = obligations(
        "1. Uỷ viên Hội đồng thi đua có nhiệm vụ:\n- Tham dự đầy đủ các phiên họp của Hội đồng.\n"
        "2. Ủy viên Hội đồng thẩm định có nhiệm vụ:\n- Nghiên cứu hồ sơ trước phiên họp.\n"
    )
    assert [r for r, *_ in got] == ["Uỷ viên Hội đồng thi đua", "Ủy viên Hội đồng thẩm định"], got


def test_a_collective_named_by_where_it_works_up_to_its_duty_is_one_assignee():
    """``Cán bộ, công chức làm việc tại bộ phận một cửa có trách nhiệm …``: where they work says whom the collective
    means (``ASSIGNED_CLAUSE``), up to the duty; with no duty after it ``làm việc`` is the predicate."""
    got, _ = obligations(
        "1. Viên chức làm việc tại phòng khám đa khoa khu vực có trách nhiệm ghi chép sổ khám bệnh đầy đủ.\n"
        "2. Cán bộ, công chức công tác tại bộ phận một cửa cần hướng dẫn tận tình cho người dân.\n"
    )
    assert [r for r, *_ in got] == [
        "Viên chức làm việc tại phòng khám đa khoa khu vực",
        "Cán bộ, công chức công tác tại bộ phận một cửa",
    ], got


def test_a_qualified_collective_heading_over_unmarked_paragraphs_names_them_all():
    """``2. Các doanh nghiệp đầu tư xây dựng và kinh doanh chợ đầu mối`` over paragraphs without list marks (a scan's
    bullets lost, a copy's marks dropped), two at least: the whole heading names who does each, as over items.
    Counter-example: a heading that is a sentence (``Các doanh nghiệp tăng cường …``) names no qualified
    collective."""
    got, _ = obligations(
        "1. Sở Công Thương\n\n- Hướng dẫn các doanh nghiệp xây dựng phương án dự trữ xăng dầu.\n\n"
        "2. Các doanh nghiệp đầu tư xây dựng và kinh doanh chợ đầu mối\n\n"
        "Bảo đảm nguồn cung hàng hóa cho thị trường trong dịp Tết Nguyên đán.\n\n"
        "Niêm yết giá bán công khai tại các quầy hàng.\n\n"
        "3. Các doanh nghiệp vận tải tăng cường kiểm tra phương tiện\n\n"
        "Kiểm tra định kỳ hệ thống phanh của xe khách.\n\n"
        "Báo cáo kết quả về Sở Xây dựng.\n"
    )
    assert [(r, t[:20]) for r, role, _m, t, _d in got if r.startswith("Các doanh nghiệp đầu tư")] == [
        ("Các doanh nghiệp đầu tư xây dựng và kinh doanh chợ đầu mối", "Bảo đảm nguồn cung h"),
        ("Các doanh nghiệp đầu tư xây dựng và kinh doanh chợ đầu mối", "Niêm yết giá bán côn"),
    ], got
    assert not any(r.startswith("Các doanh nghiệp vận tải tăng") for r, *_ in got), got


def test_a_lead_in_among_carried_items_hands_its_subject_to_the_items_after_it():
    """Items that go on with the subject of the sentence above them (``sentence.carried_subject``), then an item that
    is a lead-in of its own (``- Ủy ban nhân dân thành phố Hà Nội cần tập trung các nhiệm vụ sau:``): the items after
    it are its subject's (a list whose nesting a copy lost)."""
    got, _doc = obligations(
        "3. Ủy ban nhân dân các tỉnh tăng cường kiểm soát ô nhiễm không khí trên địa bàn:\n"
        "- Kiểm tra các nguồn thải công nghiệp.\n"
        "- Ủy ban nhân dân thành phố Hà Nội cần tập trung một số nhiệm vụ quan trọng như sau:\n"
        "- Rà soát quy hoạch các khu công nghiệp.\n"
        "- Lắp đặt trạm quan trắc không khí tự động.\n"
    )
    carried = sorted((r, t[:20]) for r, _role, _m, t, _d in got if not t.startswith(("tăng cường", "cần tập")))
    assert carried == sorted(
        [
            ("Ủy ban nhân dân các tỉnh", "Kiểm tra các nguồn t"),
            ("Ủy ban nhân dân thành phố Hà Nội", "Rà soát quy hoạch cá"),
            ("Ủy ban nhân dân thành phố Hà Nội", "Lắp đặt trạm quan tr"),
        ]
    ), got


@pytest.mark.parametrize(
    "clause",
    [
        # the first member a post no list knows of a body the lists know, the list parted by semicolons
        (
            "Điều 3. Điều phối viên Văn phòng UBND tỉnh; Giám đốc các Sở: Xây dựng, Tài chính; "
            "Công Thương; Chủ tịch UBND các xã chịu trách nhiệm thi hành Quyết định này./.\n"
        ),
        # by commas, the same post leading
        (
            "Điều 3. Giám thị Trại giam Xuân Lộc, Giám đốc Sở Xây dựng, Chủ tịch UBND các xã chịu "
            "trách nhiệm thi hành Quyết định này./.\n"
        ),
    ],
)
def test_an_execution_clause_whose_first_post_no_list_knows_names_every_member(clause: str) -> None:
    """Issue 52, item 4: an unknown member never drops the known members of a list, nor itself."""
    from vbparse import parse_text

    doc = parse_text(
        "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\nSố: 18/QĐ-UBND\nQUYẾT ĐỊNH\nBan hành kế hoạch\n"
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.\nĐiều 2. Quyết định này có hiệu lực từ ngày ký.\n" + clause
    )
    got = {o.assignee.raw for o in doc.obligations if "thi hành" in o.task}
    first = clause.split(". ", 1)[1].split(";")[0].split(",")[0]
    assert {first, "Chủ tịch UBND các xã"} <= got, got
    assert any("Xây dựng" in g for g in got), got


def test_a_verb_before_a_known_body_is_no_post_of_it_in_an_execution_clause() -> None:
    from vbparse import parse_text

    doc = parse_text(
        "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\nSố: 18/QĐ-UBND\nQUYẾT ĐỊNH\nThành lập Ban Chỉ đạo\n"
        "Điều 2. Nhiệm vụ của Ban Chỉ đạo\n1. Giúp Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo, "
        "đôn đốc việc thực hiện kế hoạch.\n"
    )
    assert all(not o.assignee.raw.startswith("Giúp") for o in doc.obligations), [
        o.assignee.raw for o in doc.obligations
    ]


def test_a_task_table_cell_naming_a_post_no_list_knows_of_a_known_body_names_the_post() -> None:
    """Issue 52, item 4: ``Điều phối viên Sở …`` in the column of who does it is the post, not the body alone; a
    known member after it keeps its own name."""
    from vbparse import parse_text

    doc = parse_text(
        "ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHÚ\nSố: 7/KH-UBND\nBình Phú, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\n"
        "Tuyên truyền cải cách hành chính năm 2026\nII. TỔ CHỨC THỰC HIỆN\n\n"
        "| TT | Nội dung | Trách nhiệm thực hiện | Thời gian |\n|---|---|---|---|\n"
        "| 1 | Giải đáp kiến nghị về thủ tục đất đai | Điều phối viên Sở Nông nghiệp và Môi trường | Tháng 3 |\n"
        "| 2 | Giải đáp kiến nghị về cấp phép xây dựng | Chuyên gia Sở Xây dựng, Sở Tư pháp | Tháng 4 |\n"
        "| 3 | Tổng hợp kết quả | Sở Khoa học và Công nghệ Sở Nội vụ | Tháng 5 |\n"
    )
    got = [(o.assignee.raw, o.task.split()[-1]) for o in doc.obligations]
    assert ("Điều phối viên Sở Nông nghiệp và Môi trường", "đai") in got, got
    assert ("Chuyên gia Sở Xây dựng", "dựng") in got and ("Sở Tư pháp", "dựng") in got, got
    # counter: two bodies one after the other, no post between
    assert not any(a.startswith("Công nghệ") for a, _ in got), got


def test_a_cell_name_no_list_knows_keeps_its_own_lower_case_list() -> None:
    """Issue 52, item 4: ``Xưởng Xúc tiến đầu tư, thương mại và du lịch tỉnh`` in the column of who does it is one
    name (a lower-case list closing it after its comma, as the grammar reads one it knows), not nothing."""
    from vbparse import parse_text

    doc = parse_text(
        "ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHÚ\nSố: 7/KH-UBND\nBình Phú, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\n"
        "Xúc tiến thương mại năm 2026\nII. TỔ CHỨC THỰC HIỆN\n\n"
        "| TT | Nội dung | Trách nhiệm thực hiện | Thời gian |\n|---|---|---|---|\n"
        "| 1 | Tổ chức hội chợ thương mại | Sở Công Thương; Xưởng Xúc tiến đầu tư, thương mại và du lịch tỉnh | Tháng 3 |\n"
        "| 2 | Tổng hợp kết quả | Sở Nội vụ | Tháng 5 |\n"
    )
    got = [(o.assignee.raw, o.task) for o in doc.obligations]
    assert ("Xưởng Xúc tiến đầu tư, thương mại và du lịch tỉnh", "Tổ chức hội chợ thương mại") in got, got


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # where they work and then what they are or whom they answer to: no task
        ("1. Cán bộ, công chức làm việc tại bộ phận một cửa chịu sự quản lý của Văn phòng.\n", []),
        ("1. Viên chức công tác tại Trạm Y tế xã là người làm việc theo hợp đồng.\n", []),
        # the clause with a duty after it names them; a predicate ``làm việc với`` stays a task
        (
            "1. Cán bộ, công chức làm việc tại bộ phận một cửa có trách nhiệm hướng dẫn tổ chức, cá nhân.\n",
            ["Cán bộ, công chức làm việc tại bộ phận một cửa"],
        ),
        ("1. Sở Y tế làm việc với các xã về tiến độ tiêm chủng.\n", ["Sở Y tế"]),
    ],
)
def test_where_someone_works_is_no_task_of_theirs(body: str, expected: list[str]) -> None:
    """``Cán bộ, công chức làm việc tại bộ phận tiếp nhận … chịu sự quản lý …`` (111, Điều 9): ``làm việc tại``/``công
    tác tại`` after a name says where they work (``NOT_A_PREDICATE``); with a duty after it the clause is the name's
    (``WORKPLACE_CLAUSE``); ``làm việc với`` is a task."""
    got, _ = obligations(body)
    assert [r for r, *_ in got] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a lead-in with a task of its own over items that are tasks: one for the lead-in, one per item (decision 4)
        (
            (
                "1. Cán bộ bộ phận một cửa có trách nhiệm xem xét hồ sơ của tổ chức, cá nhân:\n"
                "a) Trường hợp hồ sơ chưa đủ thì hướng dẫn bổ sung một lần;\n"
                "b) Trường hợp hồ sơ đủ thì tiếp nhận và viết giấy hẹn.\n"
            ),
            ["có trách nhiệm xem xét hồ sơ c", "Trường hợp hồ sơ chưa đủ thì h", "Trường hợp hồ sơ đủ thì tiếp n"],
        ),
        (
            (
                "1. Trung tâm Y tế huyện có trách nhiệm phòng, chống dịch bệnh:\n"
                "- Tổ chức giám sát ca bệnh tại cộng đồng;\n- Báo cáo kết quả hằng tuần.\n"
            ),
            ["có trách nhiệm phòng, chống dị", "Tổ chức giám sát ca bệnh tại c", "Báo cáo kết quả hằng tuần."],
        ),
        # ... ending in the steps it follows (``theo quy trình sau:``, ``theo các bước sau:``)
        (
            (
                "3. Tổ thẩm định có trách nhiệm rà soát, xử lý theo quy trình sau:\n"
                "a) Trình Trưởng ban cho ý kiến đối với hồ sơ phức tạp;\n"
                "b) Trực tiếp làm việc với đơn vị đề nghị để bổ sung hồ sơ.\n"
            ),
            [
                "có trách nhiệm rà soát, xử lý theo quy trình sau",
                "Trình Trưởng ban cho ý kiến đối",
                "Trực tiếp làm việc với đơn vị đề",
            ],
        ),
        (
            (
                "2. Phòng Kinh tế kiểm tra hồ sơ dự án theo các bước sau:\n"
                "- Đối chiếu hồ sơ với quy hoạch được duyệt;\n- Lập biên bản kiểm tra.\n"
            ),
            ["kiểm tra hồ sơ dự án theo các bước sau", "Đối chiếu hồ sơ với quy hoạch được", "Lập biên bản kiểm tra."],
        ),
        # ... its list hanging on a verb of its own after ``thông qua việc`` (decision 4)
        (
            (
                "1. Ban Thanh tra nhân dân thực hiện giám sát thường xuyên thông qua việc tham dự các hoạt động sau:\n"
                "- Tham dự các cuộc họp của Hội đồng nhân dân xã;\n- Tiếp nhận kiến nghị của Nhân dân.\n"
            ),
            [
                "thực hiện giám sát thường xuyên",
                "Tham dự các cuộc họp của Hội đồng",
                "Tiếp nhận kiến nghị của Nhân dân.",
            ],
        ),
        # counter-example: items that are no tasks (what a report holds) stay the lead-in's object
        (
            "1. Sở Y tế báo cáo Ủy ban nhân dân tỉnh các nội dung:\na) Kết quả tiêm chủng;\nb) Số ca mắc mới.\n",
            ["báo cáo Ủy ban nhân dân tỉnh c"],
        ),
    ],
)
def test_a_lead_in_with_its_own_task_hands_task_items_to_its_subject(body: str, expected: list[str]) -> None:
    """``2. Cán bộ, công chức làm việc tại bộ phận tiếp nhận và trả kết quả có trách nhiệm xem xét hồ sơ của tổ chức,
    cá nhân:`` + ``a) Trường hợp … thì hướng dẫn …`` (111): a lead-in whose predicate is a task of its own still hands
    its items to its subject when each item is a task (a verb first, or ``Trường hợp … thì`` + a verb)."""
    got, _ = obligations(body)
    assert [t for _r, _role, _m, t, _d in got] == [e[:30] for e in expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a heading's item that is only a quantity: what each gets, no task (111, Điều 12)
        (
            (
                "1. Diện tích phòng làm việc của bộ phận một cửa:\n"
                "a) Đối với Ủy ban nhân dân cấp huyện: tối thiểu 80m2;\nb) Đối với Ủy ban nhân dân cấp xã: tối thiểu 40m2.\n"
            ),
            [],
        ),
        # counter-example: a verb before the quantity makes it a task
        (
            (
                "1. Diện tích phòng làm việc của bộ phận một cửa:\n"
                "a) Đối với Ủy ban nhân dân cấp huyện: bố trí tối thiểu 80m2;\n"
            ),
            ["Ủy ban nhân dân cấp huyện"],
        ),
    ],
)
def test_a_quantity_under_an_assignee_heading_is_no_task(body: str, expected: list[str]) -> None:
    got, _ = obligations(body)
    assert [r for r, *_ in got] == expected


def test_an_item_telling_what_its_subject_is_made_of_or_by_whom_gives_nothing_under_its_heading():
    """``Điều 7. Ban Kiểm soát Quỹ`` / ``1. Ban Kiểm soát gồm có Trưởng ban và các thành viên.`` (a fund's charter,
    wild): an item that names its own subject and then says what it is made of (``gồm``, ``bao gồm``), by whom it is
    made (``do … thành lập``) or how it works (``hoạt động theo chế độ kiêm nhiệm``) is a description (decision 16:
    composition is no task), not the heading's task; an item that opens with a verb still is."""
    got, _doc = obligations(
        "3. Tổ thẩm định hồ sơ\n"
        "- Tổ thẩm định gồm có Tổ trưởng và các thành viên.\n"
        "- Tổ thẩm định do Giám đốc Sở quyết định thành lập.\n"
        "- Các thành viên Tổ thẩm định làm việc theo chế độ kiêm nhiệm.\n"
        "- Thẩm định hồ sơ trong 05 ngày làm việc.\n"
    )
    assert [(r, t[:12]) for r, role, _m, t, _d in got if role == "lead"] == [("Tổ thẩm định hồ sơ", "Thẩm định hồ")]


@pytest.mark.parametrize(
    ("item", "partners"),
    [
        # after ``Phối hợp`` without ``với``: a lower-case noun phrase before a known name's comma is the first partner
        (
            "- Phối hợp chính quyền địa phương, Mặt trận cơ sở và các đoàn thể giám sát việc phân bố hàng hóa.\n",
            ["chính quyền địa phương", "Mặt trận cơ sở", "các đoàn thể"],
        ),
        ("- Phối hợp tiểu thương chợ, Công an xã kiểm tra hàng hóa.\n", ["tiểu thương chợ", "Công an xã"]),
        # counter-examples: a verb after ``Phối hợp`` is the task's; no known name after the comma
        ("- Phối hợp tổ chức hội nghị, Công an xã bảo vệ.\n", []),
        ("- Phối hợp chính quyền địa phương, kiểm tra hàng hóa.\n", []),
    ],
)
def test_a_lower_case_first_partner_without_voi_before_a_known_name(item: str, partners: list[str]) -> None:
    """``- Phối hợp chính quyền địa phương, Mặt trận cơ sở và các đoàn thể giám sát …`` (goldsets 80) with ``chính
    quyền`` and ``Ban quản lý`` left out of the lists: without ``với``, a partner list may open with a noun phrase in
    lower case when a name the lists know follows its comma, as between two known names."""
    from vbparse.extract.assignees import without_heads

    with without_heads("chính quyền", "Ban quản lý", "ban quản lý"):
        doc = parse(HEADER + "3. Sở Công Thương:\n" + item)
    assert [o.assignee.raw for o in doc.obligations if o.role == "support" and o.assignee] == partners


def test_an_item_headed_by_its_content_field_has_that_content_as_its_task():
    """``1.1. Nội dung: Hiệp thương về cơ cấu …`` over ``- Thời gian: …``, ``- Thành phần: …``, ``- Đơn vị chủ trì: …``
    (set2 71): the item's heading is the task's label, its text the task; the roster and the other labels are no
    task (it was ``Nội dung: Thành phần:``).  Counter-example: an item headed by its own words keeps them."""
    fields = (
        "- Thời gian: Dự kiến ngày 05/12/2025.\n"
        "- Thành phần: Ban Thường trực Ủy ban MTTQ xã; Thường trực HĐND xã; Ban Công tác mặt trận thôn (Chủ trì).\n"
        "- Đơn vị chủ trì: Ban Công tác mặt trận thôn.\n"
    )
    got, _doc = obligations(
        "1. Hội nghị hiệp thương lần thứ nhất\n1.1. Nội dung: Hiệp thương về cơ cấu, thành phần, số lượng người được "
        "giới thiệu ứng cử.\n" + fields
    )
    assert [(raw, task) for raw, _r, _m, task, _d in got] == [
        ("Ban Công tác mặt trận thôn", "Hiệp thương về cơ cấu, thành p")
    ]
    got, _doc = obligations(
        "1. Hội nghị hiệp thương lần thứ nhất\n1.1. Tổ chức hội nghị hiệp thương lần thứ nhất.\n" + fields
    )
    assert [(raw, task) for raw, _r, _m, task, _d in got] == [
        ("Ban Công tác mặt trận thôn", "Tổ chức hội nghị hiệp thương l")
    ]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Các doanh nghiệp cung cấp dịch vụ bưu chính", ["Các doanh nghiệp cung cấp dịch vụ bưu chính"]),
        ("Các đơn vị có nguồn kinh phí được để lại", ["Các đơn vị có nguồn kinh phí được để lại"]),
        ("Sở Y tế; các cơ sở đào tạo nhân lực y tế", ["Sở Y tế", "các cơ sở đào tạo nhân lực y tế"]),
        # counter-examples: a name that says which already, a role word, a time after a plural class
        ("UBND các xã thực hiện", ["UBND các xã"]),
        ("Các sở, ngành chủ trì", ["Các sở, ngành"]),
    ],
)
def test_a_partner_cell_keeps_the_clause_that_says_which_of_a_class(cell: str, expected: list[str]) -> None:
    """A task table's partner cell holds names only: ``Các doanh nghiệp cung cấp dịch vụ bưu chính`` (goldsets 117) is
    one name, the verb clause after a bare plural class (``Các doanh nghiệp``, ``Các đơn vị``) saying which of them;
    a name that already says which (``UBND các xã``) or a role word after it keeps its end."""
    table = (
        "II. NHIỆM VỤ\n| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |\n|---|---|---|---|\n"
        f"| 1 | Phát triển hạ tầng số trên địa bàn tỉnh | Sở Khoa học và Công nghệ | {cell} |\n"
    )
    doc = parse(HEADER + table)
    assert [o.assignee.raw for o in doc.obligations if o.role == "support"] == expected


def test_a_subject_right_after_a_need_to_amend_condition_without_a_comma_is_read():
    """The closing formula ``Trong quá trình tổ chức thực hiện, nếu thấy cần sửa đổi, bổ sung các cơ quan, đơn vị chủ
    động đề xuất …`` (goldsets 117): the condition of a needed amendment ends where the subject begins, as a
    difficulty's does.  Counter-example: a need that is the task itself (``… cần bổ sung kinh phí``) names no one."""
    got, _ = obligations(
        "1. Trong quá trình tổ chức thực hiện, nếu thấy cần sửa đổi, bổ sung các cơ quan, đơn vị chủ động đề xuất "
        "gửi Sở Nội vụ.\n"
        "2. Khi cần điều chỉnh Trung tâm Y tế huyện báo cáo ngay Sở Y tế.\n"
        "3. Trường hợp cần bổ sung kinh phí thực hiện.\n"
    )
    assert [r for r, role, *_ in got if role == "lead"] == ["các cơ quan, đơn vị", "Trung tâm Y tế huyện"], got


@pytest.mark.parametrize(
    "body,expected",
    [
        (
            "1. Vì vậy, Ban Quản lý rừng phòng hộ tăng cường tuần tra.\n",
            ("Ban Quản lý rừng phòng hộ", "tăng cường tuần tra."),
        ),
        (
            "1. Do đó, Trung tâm Y tế huyện cần chuẩn bị thuốc dự phòng.\n",
            ("Trung tâm Y tế huyện", "cần chuẩn bị thuốc dự phòng."),
        ),
        (
            "1. Tuy nhiên, Công an xã phải giữ gìn trật tự tại điểm thi.\n",
            ("Công an xã", "phải giữ gìn trật tự tại điểm "),
        ),
        (
            "1. Vậy Hội Cựu chiến binh xã vận động hội viên tham gia.\n",
            ("Hội Cựu chiến binh xã", "vận động hội viên tham gia."),
        ),
    ],
)
def test_a_subject_after_a_discourse_connective_is_the_sentences_subject(body: str, expected: tuple[str, str]) -> None:
    """``Vì vậy,``, ``Do đó,``, ``Tuy nhiên,``, ``Vậy`` tie a sentence to the one before; the subject stands after them
    (and ``Vậy`` is no word of its name)."""
    got, _doc = obligations(body)
    assert [(r, t) for r, _role, _m, t, _d in got] == [expected]


def test_a_connective_before_no_name_gives_no_subject() -> None:
    """Counter-example: after the connective comes no name, only a clause about things (``các hồ chứa``): no task."""
    got, _doc = obligations("1. Vì vậy, các hồ chứa nước cần được kiểm tra định kỳ.\n")
    assert got == []


@pytest.mark.parametrize(
    "body,expected",
    [
        (
            (
                "1. Sở Văn hóa đề nghị các trường học thực hiện một số nội dung sau:\n"
                "a) Rà soát danh sách vận động viên trước ngày 20/3/2026.\nb) Bố trí phương tiện đưa đón.\n"
            ),
            [("các trường học", "requested"), ("các trường học", "requested")],
        ),
        (
            (
                "1. Ủy ban nhân dân tỉnh giao Công an tỉnh, Sở Xây dựng thực hiện các nhiệm vụ sau:\n"
                "a) Kiểm tra an toàn các công trình.\nb) Xử lý vi phạm.\n"
            ),
            [("Công an tỉnh", "assigned"), ("Sở Xây dựng", "assigned")] * 2,
        ),
        # counter-example: a lead-in in the asker's own voice with no one asked keeps its subject
        (
            "1. Sở Văn hóa thực hiện các nhiệm vụ sau:\na) Rà soát danh sách vận động viên.\n",
            [("Sở Văn hóa", "assigned")],
        ),
    ],
)
def test_a_lead_in_that_asks_others_hands_its_items_to_the_ones_asked(
    body: str, expected: list[tuple[str, str]]
) -> None:
    """``X đề nghị Y thực hiện các nội dung sau:`` + items: the items are Y's (asked), not X's, who only asks."""
    got, _doc = obligations(body)
    assert [(r, m) for r, _role, m, _t, _d in got] == expected


def test_the_right_a_subject_acts_by_may_name_the_plan_that_gives_it() -> None:
    """``X, Y theo chức năng, nhiệm vụ được giao tại Kế hoạch này triển khai …``: by what right they act, up to the plan
    that gave it; the verb after it is the predicate of both."""
    got, _doc = obligations(
        "1. Giám đốc các sở, Chủ tịch Ủy ban nhân dân các xã theo chức năng, nhiệm vụ được giao tại Kế hoạch này "
        "triển khai thực hiện bảo đảm đúng tiến độ.\n"
    )
    assert [(r, t[:12]) for r, _role, _m, t, _d in got] == [
        ("Giám đốc các sở", "triển khai t"),
        ("Chủ tịch Ủy ban nhân dân các xã", "triển khai t"),
    ]


def test_a_report_due_yearly_or_when_asked_is_a_task_of_its_own_sentence() -> None:
    """``… xây dựng kế hoạch chi tiết. Hằng năm hoặc đột xuất báo cáo kết quả …``: the second sentence opens with
    when it is due and its own verb (decision 14: two sentences, two tasks)."""
    got, _doc = obligations(
        "1. Các sở, ngành xây dựng kế hoạch chi tiết thực hiện. Hằng năm hoặc đột xuất báo cáo kết quả thực hiện về "
        "Sở Tư pháp để tổng hợp.\n"
    )
    assert [(r, t[:20]) for r, _role, _m, t, _d in got if r == "Các sở, ngành"] == [
        ("Các sở, ngành", "xây dựng kế hoạch ch"),
        ("Các sở, ngành", "Hằng năm hoặc đột xu"),
    ]


@pytest.mark.parametrize(
    "body,expected",
    [
        (
            (
                "1. Các cơ quan chủ trì quản lý 02 Chương trình mục tiêu theo chức năng, nhiệm vụ được giao nâng "
                "cao tính chủ động trong tổ chức thực hiện.\n"
            ),
            [("Các cơ quan chủ trì quản lý 02 Chương trình mục tiêu", "nâng cao tính chủ động trong t")],
        ),
        # counter-example: with nothing after the right it acts by, ``chủ trì`` is the verb
        (
            "1. Các cơ quan chủ trì tổ chức kiểm tra theo chức năng, nhiệm vụ được giao.\n",
            [("Các cơ quan", "chủ trì tổ chức kiểm tra theo ")],
        ),
    ],
)
def test_a_collective_named_by_the_role_it_holds_may_act_by_its_right(
    body: str, expected: list[tuple[str, str]]
) -> None:
    """``Các cơ quan chủ trì quản lý … theo chức năng, nhiệm vụ được giao`` + a verb: the role names them (as before a
    duty, ``có trách nhiệm``), the right they act by is skipped, the verb after it is the task."""
    got, _doc = obligations(body)
    assert [(r, t) for r, _role, _m, t, _d in got] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # informing is a task verb: it ends the name before it and opens a second sentence's task
        (
            "1. Ban điều hành các tổ dân phố thông báo lịch tiêm chủng đến từng hộ gia đình.\n",
            [("Ban điều hành các tổ dân phố", "thông báo lịch tiêm chủng")],
        ),
        (
            "1. Trạm Y tế phường tiếp nhận phản ánh của người dân. Đồng thời, thông báo kết quả xử lý cho người phản ánh.\n",
            [
                ("Trạm Y tế phường", "tiếp nhận phản ánh của người"),
                ("Trạm Y tế phường", "Đồng thời, thông báo kết quả"),
            ],
        ),
        # budgeting (``dự trù``) is a task verb too
        (
            "1. Kế toán nhà trường dự trù kinh phí, trình Hiệu trưởng phê duyệt.\n",
            [("Kế toán nhà trường", "dự trù kinh phí")],
        ),
        # counter-example: a notice's formula about itself, to however many addressees, is no task
        (
            (
                "Văn phòng Ủy ban nhân dân tỉnh thông báo để các Sở: Y tế, Xây dựng, Tài chính, Công Thương, Ủy ban nhân "
                "dân các huyện, thị xã, thành phố và các cơ quan, tổ chức, cá nhân liên quan biết, thực hiện./.\n"
            ),
            [],
        ),
    ],
)
def test_informing_is_a_task_and_a_notice_formula_is_not(body: str, expected: list[tuple[str, str]]) -> None:
    """``thông báo`` (issue 52, fifth twin of T2: ``Ban điều hành các khu phố thông báo …`` gave ``Ban``): a task verb
    that ends a name; the notice's formula (``… thông báo để X biết, thực hiện./.``) stays no task (``not_task.closing``)."""
    got, _ = obligations(body)
    assert len(got) == len(expected) and all(
        r == name and task.startswith(opening) for (r, _, _, task, _), (name, opening) in zip(got, expected)
    ), got


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a plural right before a body's name (no comma, no ``và``) is that body's: whose they are, not a next name
        (
            (
                "2. Giao Thường trực Hội đồng nhân dân tỉnh, các Tổ đại biểu và các đại biểu Hội đồng nhân dân tỉnh giám sát"
                " việc thực hiện Nghị quyết.\n"
            ),
            ["Thường trực Hội đồng nhân dân tỉnh", "các Tổ đại biểu", "các đại biểu Hội đồng nhân dân tỉnh"],
        ),
        ("1. Các tổ công tác Ủy ban nhân dân xã rà soát hồ sơ.\n", ["Các tổ công tác Ủy ban nhân dân xã"]),
        (
            "2. Giao các Tổ đại biểu, đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.\n",
            ["các Tổ đại biểu, đại biểu Hội đồng nhân dân tỉnh"],
        ),
        (  # and the list goes on after it
            (
                "2. Giao Thường trực Hội đồng nhân dân tỉnh, các Tổ đại biểu Hội đồng nhân dân tỉnh\nvà đại biểu Hội đồng"
                " nhân dân tỉnh giám sát việc thực hiện Nghị quyết.\n"
            ),
            [
                "Thường trực Hội đồng nhân dân tỉnh",
                "các Tổ đại biểu Hội đồng nhân dân tỉnh",
                "đại biểu Hội đồng nhân dân tỉnh",
            ],
        ),
        # counter-example: with a comma between they are the list's two names
        (
            "1. Các tổ công tác, Ủy ban nhân dân xã rà soát hồ sơ.\n",
            ["Các tổ công tác", "Ủy ban nhân dân xã"],
        ),
    ],
)
def test_a_plural_before_a_body_s_name_is_that_body_s(body: str, expected: list[str]) -> None:
    """``các đại biểu Hội đồng nhân dân tỉnh`` (issue 52, a wild resolution's supervision clause gave ``các đại biểu``
    and ``Hội đồng nhân dân tỉnh`` as two): a plural of no one's own name runs on through the body after it."""
    got, _ = obligations(body)
    assert [r for r, *_ in got] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a plural of committees in lower case named for a standing function and what on: the whole is one name, as a
        # partner and as a subject
        (
            "1. Phòng Văn hóa:\n- Phối hợp với các ban quản lý di tích kiểm tra khuôn viên.\n",
            ["Phòng Văn hóa", "các ban quản lý di tích"],
        ),
        ("1. Các ban quản lý chợ kiểm tra hàng hóa.\n", ["Các ban quản lý chợ"]),
        ("1. Các tổ thẩm định hồ sơ lập báo cáo thẩm định.\n", ["Các tổ thẩm định hồ sơ"]),
        # counter-examples: a verb whose object acts, a task verb of one act
        ("1. Các ban hướng dẫn các thôn tổ chức hội nghị.\n", ["Các ban"]),
        ("1. Các tổ kiểm tra các hộ kinh doanh lập biên bản.\n", ["Các tổ"]),
    ],
)
def test_a_plural_of_committees_named_for_a_function_keeps_it(body: str, expected: list[str]) -> None:
    """``các ban quản lý di tích`` (issue 52: a partner read as ``các ban``): ``các`` + a committee's head in lower case
    is named for a standing function as the head alone is (``Ban quản lý bến xe``)."""
    got, _ = obligations(body)
    assert [r for r, *_ in got] == expected


def test_a_works_table_names_its_task_column_hang_muc_and_its_repeated_header_is_no_row():
    """``Hạng mục`` (a work item) and ``Danh mục`` name a table's task column (issue 52, fifth twin of TAB-SUBHEADER: a
    header repeated in those words was read as a row, ``Đơn vị`` given ``Hạng mục``)."""
    body = (
        "| STT | Nội dung | Cơ quan chủ trì | Thời hạn |\n|---|---|---|---|\n"
        "| 1 | Nâng cấp đường trục xã | Ủy ban nhân dân xã Tân Lập | Quý II/2026 |\n"
        "| **Hạng mục** | **Đơn vị thực hiện** | **Tiến độ** |\n"
        "| 2 | Xây dựng cầu treo bản Nà Cạn | Ban Quản lý dự án huyện | Năm 2026 |\n"
        "\n| TT | Hạng mục | Đơn vị thực hiện | Tiến độ |\n|---|---|---|---|\n"
        "| 1 | Kiên cố hóa kênh mương nội đồng | Hợp tác xã Nông nghiệp Đồng Tâm | Quý III/2026 |\n"
    )
    got, _ = obligations(body)
    assert sorted((r, task) for r, _, _, task, _ in got) == [
        ("Ban Quản lý dự án huyện", "Xây dựng cầu treo bản Nà Cạn"),
        ("Hợp tác xã Nông nghiệp Đồng Tâm", "Kiên cố hóa kênh mương nội đồn"),
        ("Ủy ban nhân dân xã Tân Lập", "Nâng cấp đường trục xã"),
    ]


@pytest.mark.parametrize("colon", ["", ":"])
def test_a_partners_sub_heading_over_sentences_with_their_own_subjects_names_no_one(colon: str) -> None:
    """``3. Cơ quan, tổ chức phối hợp:`` over sentences each with its own subject (issue 52, sixth twin of S7: read as
    a collective ``Cơ quan, tổ chức`` given each sentence, or as a field): a sub-heading worded like a field, with or
    without its colon; each sentence is its own subject's task."""
    body = (
        "1. Cơ quan chủ trì\nPhòng Kinh tế tổ chức lễ ra quân.\n"
        f"2. Cơ quan, tổ chức phối hợp{colon}\n"
        "Đoàn Thanh niên xã huy động đoàn viên thu gom rác thải.\n"
        "Hợp tác xã Dịch vụ Cồn Thị vận chuyển rác về bãi tập kết.\n"
    )
    got, _ = obligations(body)
    assert [(r, role, task) for r, role, _, task, _ in got] == [
        ("Phòng Kinh tế", "lead", "tổ chức lễ ra quân."),
        ("Đoàn Thanh niên xã", "lead", "huy động đoàn viên thu gom rác"),
        ("Hợp tác xã Dịch vụ Cồn Thị", "lead", "vận chuyển rác về bãi tập kết."),
    ]


def test_a_partners_field_with_names_under_its_colon_stays_a_field() -> None:
    # counter: the same label over names only is a field of the item above
    body = (
        "1. Tổ chức ra quân thu gom rác thải\n- Cơ quan, tổ chức phối hợp:\n+ Đoàn Thanh niên xã;\n+ Hội Phụ nữ xã.\n"
    )
    got, _ = obligations(body)
    assert sorted((r, role) for r, role, *_ in got) == [("Hội Phụ nữ xã", "support"), ("Đoàn Thanh niên xã", "support")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a collective with the economic zone its members are in (``trong``/``tại``/``thuộc`` + a zone's kind) before
        # its verb, alone or in a list
        (
            "1. Các doanh nghiệp trong khu công nghiệp tổ chức đối thoại với người lao động.\n",
            ["Các doanh nghiệp trong khu công nghiệp"],
        ),
        (
            "1. Các doanh nghiệp trong khu công nghiệp, Công đoàn các khu công nghiệp tổ chức đối thoại.\n",
            ["Các doanh nghiệp trong khu công nghiệp", "Công đoàn các khu công nghiệp"],
        ),
        ("1. Các nhà đầu tư tại các khu kinh tế báo cáo tiến độ dự án.\n", ["Các nhà đầu tư tại các khu kinh tế"]),
        # counter-example: a zone after the verb is where the task is done
        ("1. Các doanh nghiệp tổ chức đối thoại trong khu công nghiệp.\n", ["Các doanh nghiệp"]),
    ],
)
def test_a_collective_keeps_the_zone_its_members_are_in(body: str, expected: list[str]) -> None:
    """``Các doanh nghiệp trong khu công nghiệp`` (issue 52, sixth twin of WRAP: the list gave nothing): where its
    members are, the economic zone's kind (``ZONE_KINDS``), is the collective's name."""
    got, _ = obligations(body)
    assert [r for r, *_ in got] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the places below a commune, each kind a collective after ``các`` as ``các thôn`` is (``VILLAGE_PLACES``)
        ("1. Các khu phố tổ chức ra quân tổng vệ sinh.\n", ["Các khu phố"]),
        ("1. Các thôn, khu phố tổ chức ra quân tổng vệ sinh.\n", ["Các thôn, khu phố"]),
        ("1. Các ấp vận động người dân trữ nước ngọt.\n", ["Các ấp"]),
        ("1. Các xóm, bản rà soát hộ nghèo.\n", ["Các xóm, bản"]),
        ("1. Các buôn, làng tổ chức lễ hội đầu năm.\n", ["Các buôn, làng"]),
    ],
)
def test_the_places_below_a_commune_are_collectives(body: str, expected: list[str]) -> None:
    """``Các khu phố``, ``Các ấp`` (issue 52, sixth twins of A3 and S2: a collective of places below the commune gave
    nothing): the village places' kinds (``VILLAGE_PLACES``) are collectives as ``thôn`` is."""
    got, _ = obligations(body)
    assert [r for r, *_ in got] == expected


@pytest.mark.parametrize(
    "description",
    ["Ngôn ngữ thể hiện: tiếng Việt, có phụ đề tiếng Anh.", "Nơi lưu giữ bản gốc: Thư viện tỉnh và Bảo tàng tỉnh."],
)
def test_a_description_line_no_list_labels_beside_an_item_s_fields_is_no_task(description):
    """Twelfth twin of S1: ``- Ngôn ngữ thể hiện: …``, ``- Nơi lưu giữ bản gốc: …`` beside ``- Đơn vị chủ trì: X``:
    a label in lower case (no name, no verb opens it) says what the item is, like ``Thời lượng:``; the item's
    heading stays its task, and the bodies a description names are given nothing."""
    assert _rows(
        "1. Sản xuất phim tài liệu về biển đảo\n"
        "- Thời lượng: 03 tập, mỗi tập 30 phút.\n"
        f"- {description}\n"
        "- Đơn vị chủ trì: Đài Phát thanh tỉnh.\n"
        "- Thời gian hoàn thành: Quý III/2028.\n"
    ) == [("Đài Phát thanh tỉnh", "lead", "Sản xuất phim tài liệu về biển")]


@pytest.mark.parametrize(
    "description",
    [
        "Đơn vị tài trợ: Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh.",
        "Người liên hệ: ông Lò Văn Thịnh, chuyên viên Phòng Quản lý thể dục thể thao.",
        "Nhà tài trợ: Công ty Cổ phần Sữa Tây Bắc.",
    ],
)
def test_a_description_line_whose_label_names_a_non_task_role_is_no_task(description):
    """Twenty-second twin of S1's counter: ``* Đơn vị tài trợ: …``, ``* Người liên hệ: …`` beside ``* Đơn vị chủ
    trì: X``: a generic agent noun with a role that is no task's (sponsoring, a contact) describes the item; it was read
    as an activity of the lead (``Đơn vị`` + ``tài trợ`` as a subject and its verb)."""
    assert _rows(
        "1. Tổ chức giải bơi lội người khuyết tật\n\n"
        "* Địa điểm: Bể bơi Trung tâm Thể thao tỉnh.\n"
        f"* {description}\n"
        "* Đơn vị chủ trì: Phòng Quản lý thể dục thể thao.\n"
        "* Thời gian: Tháng 8/2049.\n"
    ) == [("Phòng Quản lý thể dục thể thao", "lead", "Tổ chức giải bơi lội người khu")]


def test_a_task_line_opening_with_its_verb_before_a_colon_beside_fields_stays_a_task():
    """Counter: ``- Tuyên truyền: phát tờ rơi …`` opens with a task verb: an activity, not a description."""
    rows = _rows(
        "1. Phòng chống dịch sốt xuất huyết\n"
        "- Tuyên truyền: phát tờ rơi đến từng hộ gia đình.\n"
        "- Đơn vị chủ trì: Trạm Y tế xã.\n"
    )
    assert ("Trạm Y tế xã", "lead", "Tuyên truyền: phát tờ rơi đến ") in rows


@pytest.mark.parametrize(
    "sentence",
    [
        "2. Trường Trung học cơ sở Phù Ninh cho mượn sân bóng vào các buổi chiều thứ Bảy.\n",
        "2. Trung tâm Văn hóa huyện cho thuê nhà thi đấu theo giá niêm yết.\n",
    ],
)
def test_cho_before_a_verb_of_lending_opens_the_predicate(sentence):
    """Twelfth twin of WRAP's counter: ``cho mượn``, ``cho thuê`` (lend, rent out), as ``cho vay``: a verb, not the
    preposition ``cho``."""
    got, _ = obligations(sentence)
    assert [role for _r, role, *_ in got] == ["lead"]


def test_a_scope_phrase_of_what_the_subjects_act_on_in_their_field_is_skipped():
    """Twelfth twin of A4: ``Giao A, B, C đối với biển quảng cáo thuộc lĩnh vực, địa bàn do mình quản lý kiểm tra
    …``: what each acts on in its own field and area, set between the subjects and their verb."""
    got, _ = obligations(
        "1. Giao Sở Xây dựng, Ủy ban nhân dân các phường đối với biển quảng cáo thuộc lĩnh vực, địa bàn do mình quản "
        "lý kiểm tra, tháo dỡ các biển quảng cáo dựng trái phép.\n"
    )
    assert [(r, t[:20]) for r, _role, _m, t, _d in got] == [
        ("Sở Xây dựng", "kiểm tra, tháo dỡ cá"),
        ("Ủy ban nhân dân các phường", "kiểm tra, tháo dỡ cá"),
    ]


def test_list_marks_after_a_separator_in_a_joined_cell_part_its_names():
    """Twelfth twin of R2: a partner cell's lines joined (``- Trung tâm Lưu trữ lịch sử tỉnh; - Bảo tàng tỉnh.``): the
    mark after the separator opens the next item, which stands as a name though no list knows its head."""
    got = [
        (o.assignee.raw, o.role)
        for o in parse(
            HEADER + "1. Biên soạn chuyên đề lịch sử địa phương\n"
            "- Đơn vị chủ trì: Khoa Xây dựng Đảng.\n"
            "- Đơn vị phối hợp: - Trung tâm Lưu trữ lịch sử tỉnh; - Bảo tàng tỉnh.\n"
        ).obligations
    ]
    assert ("Bảo tàng tỉnh", "support") in got


@pytest.mark.parametrize(
    "heading,name",
    [
        ("2. NHIỆM VỤ CỦA CHI CỤC HẢI QUAN KHU VỰC ĐÔNG LÂM", "Chi cục hải quan khu vực Đông Lâm"),
        ("2. NHIỆM VỤ CỦA THUẾ KHU VỰC SÔNG THAO", "Thuế khu vực Sông Thao"),
    ],
)
def test_a_heading_in_capitals_naming_a_region_by_its_place_gives_its_items_to_that_body(heading, name):
    """Fifteenth twin of HEADING-UNIT: ``NHIỆM VỤ CỦA CHI CỤC HẢI QUAN KHU VỰC LŨNG NGỌC``: ``khu vực`` + a place's
    name closes the heading's body like a level does (``tỉnh Lạc Giang``), capitalised back."""
    got, _ = obligations(f"{heading}\n- Kiểm tra hàng hóa nhập khẩu tại cửa khẩu.\n- Báo cáo kết quả hằng tháng.\n")
    assert [(r.casefold(), role) for r, role, *_ in got] == [(name.casefold(), "lead")] * 2


def test_an_invitation_to_an_unnamed_public_is_the_task_of_the_unit_whose_duties_list_it():
    """Fifteenth twin of HEADING-UNIT: ``- Mời doanh nghiệp có nhu cầu tuyển dụng đăng ký gian hàng`` under ``TRÁCH
    NHIỆM CỦA TRUNG TÂM …``: ``Mời`` asks only bodies named as such, as ``Khuyến khích`` does; counter-example: ``Mời
    Sở Y tế cử cán bộ …`` asks the Sở."""
    got, _ = obligations(
        "1. TRÁCH NHIỆM CỦA TRUNG TÂM DỊCH VỤ VIỆC LÀM TỈNH\n"
        "- Mời doanh nghiệp có nhu cầu tuyển dụng đăng ký gian hàng.\n"
        "2. Mời Sở Y tế cử cán bộ trực cấp cứu tại ngày hội.\n"
    )
    assert [(r.casefold(), role, mode) for r, role, mode, *_ in got] == [
        ("trung tâm dịch vụ việc làm tỉnh", "lead", "assigned"),
        ("sở y tế", "lead", "requested"),
    ]


def test_a_who_sentence_done_in_a_manner_still_gives_the_activities_above_it():
    """Fifteenth twin of T3: ``Sở Ngoại vụ (Phòng Lãnh sự …) chủ trì, trực tiếp triển khai.`` under ``b) Cơ quan thực
    hiện``: ``trực tiếp`` before the generic verb leaves it a sentence of who does the activities of a)."""
    got, _ = obligations(
        "4. Hỗ trợ công dân gặp rủi ro ở nước ngoài\n"
        "a) Những việc cần làm\n"
        "- Cập nhật danh sách công dân bị tạm giữ ở nước ngoài.\n"
        "b) Cơ quan thực hiện\n"
        "Sở Ngoại vụ (Phòng Lãnh sự) chủ trì, trực tiếp triển khai.\n"
    )
    assert [(r, t) for r, _role, _m, t, _d in got] == [
        ("Sở Ngoại vụ (Phòng Lãnh sự)", "Cập nhật danh sách công dân bị")
    ]


def test_a_council_named_by_two_acts_of_its_field_and_a_programme_s_letters_is_one_name():
    """Fifteenth twin of T2: ``Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh có trách nhiệm: …``: a comma between
    two acts of a committee's field and an acronym inside it, up to the level before the role word."""
    got, _ = obligations("3. Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh có trách nhiệm: chấm điểm sản phẩm.\n")
    assert [(r, role) for r, role, *_ in got] == [("Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh", "lead")]


@pytest.mark.parametrize(
    "item,name",
    [
        ("Bước 1. Bộ phận một cửa của Hạt tiếp nhận hồ sơ nguồn gốc gỗ.", "Bộ phận một cửa của Hạt"),
        ("Bước 3. Tổ Pháp chế - Thanh tra cập nhật sổ theo dõi lâm sản.", "Tổ Pháp chế - Thanh tra"),
        ("Bước 2. Phó Hạt trưởng phụ trách nghiệp vụ ký xác nhận bảng kê.", "Phó Hạt trưởng phụ trách nghiệp vụ"),
    ],
)
def test_a_step_s_subject_of_its_body_s_head_or_a_dashed_second_field_is_read_whole(item, name):
    """Fifteenth twin of A4: a unit whose body is named by its head alone (``của Hạt`` + verb), a unit's second field
    named like a body (``Pháp chế - Thanh tra`` + verb: no ``Thanh tra`` of a place), and a signing verb."""
    got, _ = obligations(f"1. Trình tự xác nhận bảng kê lâm sản\n{item}\n")
    assert [r for r, *_ in got] == [name]


def test_a_body_after_a_dash_with_its_own_place_is_no_second_field():
    """Counter-example: ``Sở Tư pháp - Thanh tra tỉnh``: ``Thanh tra`` with its place is a body of its own, not the
    Sở's second field."""
    got, _ = obligations("3. Sở Tư pháp - Thanh tra tỉnh phối hợp kiểm tra hồ sơ công chứng.\n")
    assert all(r != "Sở Tư pháp - Thanh tra tỉnh" for r, *_ in got)


def test_letters_in_brackets_are_items_of_the_lead_in_above_them():
    """Fifteenth twin of F2-F4: ``Phòng … có nhiệm vụ thực hiện các việc sau:`` over ``(a)`` … ``(c)`` items: each item
    is a task of the lead-in's subject, the lead-in none (decision 4); ``(i)``, ``(ii)`` run on in a paragraph."""
    got, _ = obligations(
        "1. Phòng Lao động - Việc làm có nhiệm vụ thực hiện các việc sau:\n"
        "(a) Tổng hợp danh sách doanh nghiệp làm tốt công tác an toàn.\n"
        "(b) Kiểm tra việc huấn luyện an toàn tại các mỏ đá, hoàn thành trước ngày 30/6/2026.\n"
    )
    assert [(r, t[:12], d and d.isoformat()) for r, _role, _m, t, d in got] == [
        ("Phòng Lao động - Việc làm", "Tổng hợp dan", None),
        ("Phòng Lao động - Việc làm", "Kiểm tra việ", "2026-06-30"),
    ]


def test_a_span_before_an_event_leads_the_subject_and_an_hour_s_deadline_is_its_day():
    """Fifteenth twin of A4: ``Một tuần trước ngày thi, X bàn giao …`` (a span before an event opens the sentence,
    the subject after its comma) and ``Trước 17 giờ ngày 02/4/2026, Y công bố …`` (the hour before the day: the
    day is the deadline)."""
    got, _ = obligations(
        "1. Một tuần trước ngày thi, Phòng Khảo thí bàn giao danh sách thí sinh cho các Hội đồng thi.\n"
        "2. Trước 17 giờ ngày 02/4/2026, Phòng Giáo dục Trung học công bố kết quả thi.\n"
    )
    assert [(r, d and d.isoformat()) for r, _role, _m, _t, d in got] == [
        ("Phòng Khảo thí", None),
        ("Phòng Giáo dục Trung học", "2026-04-02"),
    ]


def test_partners_no_list_knows_after_a_known_one_are_read_up_to_the_task_verb():
    """Fifteenth twin of L1: ``chủ trì, phối hợp với các hội người khuyết tật cấp xã, nhóm tình nguyện viên ngôn ngữ
    ký hiệu và mạng lưới cộng tác viên … ở thôn, tổ dân phố khảo sát …``: after a known partner the list goes on in
    lower case, each member a partner by where it stands; a second place after ``ở thôn`` stays its member's."""
    got, _ = obligations(
        "2. Trung tâm Công tác xã hội tỉnh chủ trì, phối hợp với các hội người khuyết tật cấp xã, nhóm tình nguyện "
        "viên ngôn ngữ ký hiệu và mạng lưới cộng tác viên ở thôn, tổ dân phố khảo sát nhu cầu sinh kế.\n"
    )
    assert [(r, role) for r, role, *_ in got] == [
        ("Trung tâm Công tác xã hội tỉnh", "lead"),
        ("các hội người khuyết tật cấp xã", "support"),
        ("nhóm tình nguyện viên ngôn ngữ ký hiệu", "support"),
        ("mạng lưới cộng tác viên ở thôn, tổ dân phố", "support"),
    ]


def test_a_pair_a_comma_joins_and_research_institutes_stay_one_partner():
    """Counter-examples: ``các khu, cụm công nghiệp`` (a pair a comma joins, ``COMMA_COMPOUNDS``) is one partner's
    words, and ``viện nghiên cứu`` a partner, no ``nghiên cứu`` (study) ending the list."""
    got, _ = obligations(
        "3. Sở Công Thương chủ trì, phối hợp với Sở Tài chính, chủ đầu tư hạ tầng các khu, cụm công nghiệp trên "
        "địa bàn rà soát quỹ đất.\n"
        "4. Sở Khoa học và Công nghệ phối hợp với doanh nghiệp, viện nghiên cứu, trường đại học tổ chức đào tạo.\n"
    )
    partners = [r for r, role, *_ in got if role == "support"]
    assert "chủ đầu tư hạ tầng các khu, cụm công nghiệp trên địa bàn" in partners
    assert "viện" not in partners and "cụm công nghiệp trên địa bàn" not in partners


def test_an_award_opens_the_predicate_of_a_subject_by_where_it_stands():
    """Fifteenth twin of L1: ``Quỹ Bảo trợ trẻ em tỉnh trao học bổng …``: ``trao`` alone opens no predicate of a
    subject no list knows, ``trao học bổng`` does."""
    got, _ = obligations("3. Quỹ Bảo trợ trẻ em tỉnh trao học bổng cho học sinh khuyết tật.\n")
    assert [(r, role) for r, role, *_ in got] == [("Quỹ Bảo trợ trẻ em tỉnh", "lead")]


def test_a_team_named_for_its_function_and_the_place_it_serves_is_one_name_in_a_who_cell():
    """Fifteenth twin of TAB-THUCHIEN: a partner cell ``Công an xã Bản Viết, Tổ cộng đồng quản lý nghề cá Nà Hin``:
    a cell holds names only, so the team's function and the place it serves (a proper name last) are its name's."""
    got, _ = obligations(
        "| STT | Nội dung | Chủ trì | Phối hợp |\n| --- | --- | --- | --- |\n"
        "| 1 | Kiểm tra ngư cụ cấm tại các bến cá | Đội Kiểm ngư lưu động | Tổ cộng đồng quản lý nghề cá Nà Hin |\n"
    )
    assert ("Tổ cộng đồng quản lý nghề cá Nà Hin", "support") in [(r, role) for r, role, *_ in got]


def test_the_document_that_gives_the_subjects_their_duties_is_skipped_before_the_verb():
    """Fifteenth twin of A4: ``Giao A, B, C theo nhiệm vụ được phân công tại Quyết định số 418/QĐ-UBND ngày
    12/3/2026 của Ủy ban nhân dân tỉnh rà soát …``: the document by its number, day and issuer is part of the right
    they act by, the verb after it the predicate."""
    got, _ = obligations(
        "2. Giao Thuế tỉnh, Công an tỉnh theo nhiệm vụ được phân công tại Quyết định số 418/QĐ-UBND ngày 12/3/2026 "
        "của Ủy ban nhân dân tỉnh rà soát, lập danh sách cơ sở cho thuê nhà trọ.\n"
    )
    assert [(r, t[:8]) for r, _role, _m, t, _d in got] == [("Thuế tỉnh", "rà soát,"), ("Công an tỉnh", "rà soát,")]


def test_a_roster_s_lines_set_under_its_last_labelled_member_are_no_tasks():
    """Fifteenth twin of F1: ``Thành phần Đoàn kiểm tra:`` (no ``gồm``) over ``- Thành viên: Ông A …; Ông B …``, then
    ``Thư ký Đoàn: Bà C …`` and ``Đơn vị được mời cử người tham gia Đoàn: X, Y`` as its next lines: a roster, no
    ``Thành viên`` with three tasks (decision 16); the team's own task stays."""
    got, _ = obligations(
        "2. Đoàn kiểm tra liên ngành số 02 kiểm tra sổ theo dõi lâm sản tại các cơ sở chế biến gỗ.\n"
        "Thành phần Đoàn kiểm tra:\n"
        "- Trưởng đoàn: Ông Hà Quang Vịnh - Phó Chi cục trưởng Chi cục Kiểm lâm;\n"
        "- Thành viên: Ông Vàng Văn Sủng - Đội trưởng Đội Kiểm lâm cơ động số 2.\n\n"
        "Thư ký Đoàn: Bà Đỗ Thị Bích - Chuyên viên Văn phòng Chi cục.\n\n"
        "Đơn vị được mời cử người tham gia Đoàn: Công an tỉnh, Thuế tỉnh.\n"
    )
    assert [r for r, *_ in got] == ["Đoàn kiểm tra liên ngành số 02"]


def test_a_committee_named_by_its_level_is_whole_and_a_script_of_working_together_names_no_partner():
    """Fifteenth twin of L1 (counter): ``Đề nghị Tỉnh đoàn hoàn thiện kịch bản phối hợp với Hội Liên hiệp Phụ nữ tỉnh
    …``: ``Tỉnh đoàn`` is a whole name (its verb no function it is named for), and ``kịch bản``/``lịch phối hợp với``
    are noun phrases: no partner (decision 8)."""
    got, _ = obligations(
        "2. Ủy ban nhân dân các xã ven biển thống nhất lịch phối hợp với Công ty Môi trường đô thị về thu gom rác.\n"
        "3. Đề nghị Tỉnh đoàn hoàn thiện kịch bản phối hợp với Hội Liên hiệp Phụ nữ tỉnh cho ngày ra quân.\n"
    )
    assert [(r, role, mode) for r, role, mode, *_ in got] == [
        ("Ủy ban nhân dân các xã ven biển", "lead", "assigned"),
        ("Tỉnh đoàn", "lead", "requested"),
    ]


def test_roles_in_brackets_after_the_names_of_a_who_field_say_lead_and_support():
    """Fifteenth twin of S7 (counter): ``- Trách nhiệm thực hiện: Sở Khoa học và Công nghệ (chủ trì); Ủy ban nhân dân
    các xã, phường (phối hợp).``: the brackets say each name's role (decision 9); a sub-unit in brackets stays a name's
    (decision 17)."""
    got, _ = obligations(
        "1. Cấp chữ ký số cá nhân cho cán bộ, công chức cấp xã\n"
        "- Trách nhiệm thực hiện: Sở Khoa học và Công nghệ (chủ trì); Ủy ban nhân dân các xã, phường (phối hợp).\n"
        "- Thời gian: Quý II/2026.\n"
    )
    assert [(r, role) for r, role, *_ in got] == [
        ("Sở Khoa học và Công nghệ", "lead"),
        ("Ủy ban nhân dân các xã, phường", "support"),
    ]


def test_the_area_a_partner_serves_closes_it_before_a_verb_that_is_also_a_noun():
    """Fifteenth twin of L1: ``Phối hợp hiệu quả với ban điều hành các ấp, chức sắc các cơ sở tôn giáo trên địa bàn hòa
    giải …``: ``trên địa bàn`` closes the last partner, the word after it (``hòa giải``, a noun in ``tổ hòa giải``) is
    the verb."""
    got, _ = obligations(
        "2. Công chức Tư pháp - Hộ tịch:\n"
        "- Phối hợp hiệu quả với ban điều hành các ấp, chức sắc các cơ sở tôn giáo trên địa bàn hòa giải các tranh "
        "chấp đất đai.\n"
    )
    assert [(r, role) for r, role, *_ in got] == [
        ("Công chức Tư pháp - Hộ tịch", "lead"),
        ("ban điều hành các ấp", "support"),
        ("chức sắc các cơ sở tôn giáo trên địa bàn", "support"),
    ]


def test_going_to_each_house_to_do_a_task_is_the_subject_s_predicate():
    """Fifteenth twin of WRAP (counter): ``Trường … Sín Chải đến từng nhà vận động học sinh …``: going to each house
    (``đến từng``, ``đến tận``) opens the predicate, where ``đến`` + a date or a place is no verb."""
    got, _ = obligations("1. Trường Tiểu học Sín Chải đến từng nhà vận động học sinh trở lại lớp sau Tết.\n")
    assert [(r, t[:12]) for r, _role, _m, t, _d in got] == [("Trường Tiểu học Sín Chải", "đến từng nhà")]


def test_a_member_s_post_wrapped_onto_a_paragraph_of_its_own_is_still_a_roster_line():
    """Regression (the layout matrix, Markdown of a PDF): ``đ) Sở Khoa học và Công nghệ: Ông Nguyễn Xuân Tùng -
    Trưởng phòng`` + a paragraph ``Chuyển đổi số.`` (the post's end, wrapped) under ``… gồm các thành viên:``: one
    member's line read whole, no task ``Chuyển đổi số.`` of the Sở."""
    got, _ = obligations(
        "Điều 1. Thành lập Tổ giúp việc, gồm các thành viên sau:\n"
        "a) Sở Nội vụ: Bà Lê Thị Mai - Phó Giám đốc Sở.\n"
        "b) Sở Khoa học và Công nghệ: Ông Nguyễn Xuân Tùng - Trưởng phòng\n\nChuyển đổi số.\n\n"
        "Điều 2. Tổ giúp việc có trách nhiệm tham mưu Hội đồng thẩm định chỉ số cải cách hành chính.\n"
    )
    assert [r for r, *_ in got] == ["Tổ giúp việc"]


@pytest.mark.parametrize(
    "item,name",
    [
        ("• Đội cứu hộ bãi biển trực cứu hộ từ 6 giờ đến 18 giờ trong mùa du lịch.\n", "Đội cứu hộ bãi biển"),
        ("3. Tổ phản ứng nhanh xã trực chiến 24/24 giờ trong những ngày mưa lũ.\n", "Tổ phản ứng nhanh xã"),
    ],
)
def test_being_on_duty_opens_a_predicate(item, name):
    """Twenty-second twin of WRAP's counter: ``trực`` + a duty (``trực cứu hộ``, ``trực chiến``) is the
    predicate after a subject (``Đội cứu hộ bãi biển`` + ``trực cứu hộ …`` was one name and no task); ``trực`` alone
    is a name's word (``Thường trực``, ``trực thuộc``), and ``trực tại`` a clause of who is meant (``Chuyên viên trực
    tại Trung tâm …`` + ``hướng dẫn …``), left out."""
    got, _ = obligations(item)
    assert [r for r, role, *_ in got if role == "lead"] == [name]


@pytest.mark.parametrize(
    ("activities", "who"),
    [
        ("a) Các phần việc cụ thể", "b) Trách nhiệm thực hiện"),
        ("a) Những việc phải làm", "b) Phân công thực hiện"),
        ("a) Các hoạt động", "b) Đơn vị đảm nhận"),
        ("a) Hạng mục công việc", "b) Cơ quan phụ trách"),
    ],
)
def test_activities_and_their_who_item_in_other_words_give_each_activity(activities, who):
    """Twentieth and twenty-second twins of T3: the activities' label (``Các phần việc cụ thể``, ``Những việc phải
    làm``) and the who item's (``Đơn vị đảm nhận``) in other words; the activities were one task under their label's
    words, or the who item's label a task of its own."""
    assert _rows(
        "1. Số hóa tư liệu Hán Nôm\n"
        f"{activities}\n"
        "+ Kiểm kê sắc phong còn lưu giữ tại đình làng.\n"
        "+ Phiên âm, dịch nghĩa các đạo sắc phong tiêu biểu.\n"
        f"{who}\n"
        "Bảo tàng tỉnh chủ trì, phối hợp với Trường Đại học Khoa học tỉnh triển khai các phần việc nêu tại điểm a.\n"
    ) == [
        ("Bảo tàng tỉnh", "lead", "Kiểm kê sắc phong còn lưu giữ "),
        ("Bảo tàng tỉnh", "lead", "Phiên âm, dịch nghĩa các đạo s"),
        ("Trường Đại học Khoa học tỉnh", "support", "Kiểm kê sắc phong còn lưu giữ "),
        ("Trường Đại học Khoa học tỉnh", "support", "Phiên âm, dịch nghĩa các đạo s"),
    ]


def test_a_who_sentence_whose_deadline_says_it_is_ensured_still_only_says_who():
    """Twenty-second twin of T3: ``… chủ trì triển khai, bảo đảm hoàn thành trong Quý III/2046``: the deadline behind
    ``bảo đảm`` (``đảm bảo``, ``phấn đấu``) is when, not a task; the sentence only says who does the activities (its
    sub-unit in brackets kept), each activity given the deadline."""
    got, _doc = obligations(
        "4. Hoàn thiện cơ sở dữ liệu quốc gia\n"
        "a) Nội dung chi tiết\n"
        "- Số hóa chuỗi số liệu mưa từ năm 1960 đến nay.\n"
        "b) Tổ chức thực hiện\n"
        "Cục Khí tượng Thủy văn (Trung tâm Dữ liệu) chủ trì triển khai, bảo đảm hoàn thành trong Quý III/2046.\n"
    )
    assert [(r, t[:20], str(d)) for r, _role, _m, t, d in got] == [
        ("Cục Khí tượng Thủy văn (Trung tâm Dữ liệu)", "Số hóa chuỗi số liệu", "2046-09-30")
    ]


@pytest.mark.parametrize(
    ("text", "tasks"),
    [
        (
            (
                "3. Sở Tài chính có trách nhiệm: thẩm định dự toán kinh phí, xong trước ngày 15/4/2046; tổng hợp kinh phí "
                "vào dự toán năm 2047, trình Ủy ban nhân dân tỉnh trước ngày 31/10/2046.\n"
            ),
            [("thẩm định dự toán kinh ", "2046-04-15"), ("tổng hợp kinh phí vào d", "2046-10-31")],
        ),
        (
            (
                "2. Sở Y tế kiểm tra các bếp ăn tập thể trong tháng 5/2030; báo cáo kết quả về Ủy ban nhân dân tỉnh "
                "trước ngày 15/6/2030.\n"
            ),
            [("kiểm tra các bếp ăn tập", "2030-05-31"), ("báo cáo kết quả về Ủy b", "2030-06-15")],
        ),
        # counters: no clause dated before the ``;`` (decision 14: one obligation), a dated clause and a clause
        # that opens no task
        (
            "4. Văn phòng tiếp nhận hồ sơ; phân loại và chuyển bộ phận chuyên môn, xong trước ngày 30/4/2046.\n",
            [("tiếp nhận hồ sơ; phân l", "2046-04-30")],
        ),
        (
            "5. Sở Xây dựng rà soát quy hoạch, xong trước ngày 30/4/2046; trường hợp vượt thẩm quyền thì báo cáo.\n",
            [("rà soát quy hoạch, xong", "2046-04-30")],
        ),
    ],
)
def test_clauses_parted_by_a_semicolon_each_with_its_own_deadline_are_two_tasks(text, tasks):
    """Decision 14, twenty-second twin of T2: ``…: thẩm định …, xong trước ngày 15/4/2046; tổng hợp …, trình … trước
    ngày 31/10/2046``: a clause that carries its own deadline before the ``;`` parts the item into two obligations,
    each with its deadline (it was one, the first deadline)."""
    got, _doc = obligations(text)
    assert [(t[:23], str(d)) for _r, role, _m, t, d in got if role == "lead"] == tasks


def test_subjects_before_a_document_they_act_by_between_commas_keep_their_task():
    """Twenty-second twin of A4: ``Giao A, B và C, theo Quy chế phối hợp số … giữa Sở X với Bộ Chỉ huy Y, kiểm soát
    …``: the document between commas (``theo`` + what it is) is by what they act; the bodies it names get nothing,
    the subjects the task after it (it was no task: ``theo …`` read as the predicate)."""
    got, _doc = obligations(
        "1. Giao Chi cục Thủy sản, Ban Quản lý cảng cá tỉnh và Ủy ban nhân dân các xã ven biển, theo Quy chế phối hợp "
        "số 07/QCPH ngày 20/02/2047 giữa Sở Nông nghiệp và Môi trường với Bộ Chỉ huy Bộ đội Biên phòng tỉnh, kiểm "
        "soát tàu cá ra, vào cửa biển.\n"
    )
    assert [(r, t[:9]) for r, role, _m, t, _d in got if role == "lead"] == [
        ("Chi cục Thủy sản", "kiểm soát"),
        ("Ban Quản lý cảng cá tỉnh", "kiểm soát"),
        ("Ủy ban nhân dân các xã ven biển", "kiểm soát"),
    ]
    assert all(role == "lead" for _r, role, *_ in got)


@pytest.mark.parametrize(
    "item",
    [
        (
            "2. Ở những xã có trên 30% diện tích nhiễm rầy, kể cả diện tích mạ chưa cấy, giao Trạm Bảo vệ thực vật huyện "
            "cử cán bộ bám đồng.\n"
        ),
        "2. Tại các xã có ổ dịch, Trạm Bảo vệ thực vật huyện cử cán bộ bám đồng.\n",
        "2. Trên địa bàn các xã vùng cao, Trạm Bảo vệ thực vật huyện cử cán bộ bám đồng.\n",
    ],
)
def test_a_place_clause_before_the_subject_leaves_it_its_task(item):
    """Twenty-second twin of A4: a leading clause of where (``Ở những xã …, kể cả …,``, ``Tại …,``, ``Trên địa bàn
    …,``) before the subject (or ``giao`` + it): the subject after its comma acts (it was no task)."""
    got, _doc = obligations(item)
    assert [r for r, role, *_ in got if role == "lead"] == ["Trạm Bảo vệ thực vật huyện"]
    assert "Trạm" not in got[0][3]  # the task without its subject, its leading clause kept


def test_description_paragraphs_of_a_markdown_item_are_no_tasks():
    """Twenty-second twin of S1's counter in a Markdown copy (a bold header: the ``* `` lines are the item's
    paragraphs, not its bullets): ``* Đơn vị tài trợ: …`` and ``* Người liên hệ: …`` describe the item; they were two
    tasks of the lead and partners."""
    from vbparse import parse

    text = (
        "**ỦY BAN NHÂN DÂN TỈNH BẮC LINH**\n**SỞ Y TẾ**\nSố: 12/KH-SYT\nBắc Linh, ngày 02 tháng 3 năm 2049\n\n"
        "**KẾ HOẠCH**\nKhám sàng lọc cho người cao tuổi năm 2049\n\nI. NHIỆM VỤ\n\n"
        "1. Khám mắt miễn phí cho người cao tuổi\n\n"
        "* Địa điểm: Trạm Y tế các xã.\n"
        "* Đơn vị tài trợ: Quỹ Bảo trợ người cao tuổi tỉnh.\n"
        "* Người liên hệ: bà Lê Thị Hoa, chuyên viên Phòng Nghiệp vụ Y.\n"
        "* Đơn vị chủ trì: Bệnh viện Mắt tỉnh.\n"
        "* Thời gian: Tháng 8/2049.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    )
    assert [(o.assignee.raw, o.task[:20]) for o in parse(text=text).obligations] == [
        ("Bệnh viện Mắt tỉnh", "Khám mắt miễn phí ch")
    ]


@pytest.mark.parametrize(
    "item",
    [
        '1. Phòng Giáo dục phổ thông nhân rộng mô hình "Nhà trường phối hợp với gia đình trong chăm sóc học sinh".\n',
        "1. Phòng Giáo dục phổ thông nhân rộng mô hình “Nhà trường phối hợp với Hội Cha mẹ học sinh”.\n",
        "2. Phòng Tổ chức cán bộ mở lớp bồi dưỡng kỹ năng phối hợp với cha mẹ học sinh cho giáo viên.\n",
        "2. Phòng Tổ chức cán bộ nâng cao năng lực phối hợp với Công an xã cho đội ngũ bảo vệ.\n",
    ],
)
def test_working_together_inside_a_quoted_name_or_a_skill_names_no_partner(item):
    """Twenty-second twin of L1's counter (decision 8): ``phối hợp với`` inside a quoted model's name, or after a
    skill or capacity (``kỹ năng``, ``năng lực``), is a word of a noun phrase: no partner (``gia đình``, ``cha mẹ học
    sinh`` were read as partners)."""
    got, _ = obligations(item)
    assert [role for _r, role, *_ in got] == ["lead"]


def test_staff_partners_named_by_their_charge_or_work_keep_it():
    """Twenty-second twin of L1: ``phối hợp với …, cán bộ phụ trách thủy lợi của các xã miền núi và những người quản lý
    hồ chứa nhỏ ở các thôn vùng cao`` + the verb: a staff noun in lower case with its charge (``phụ trách``) or the
    standing work it is named for (``quản lý`` + its object) goes on to the sentence's verb (the partners ended at
    ``cán bộ``)."""
    got, _ = obligations(
        "2. Đài Khí tượng Thủy văn tỉnh chủ trì, phối hợp với các nhà mạng viễn thông di động trên địa bàn, cán bộ phụ "
        "trách thủy lợi của các xã miền núi và những người quản lý hồ chứa nhỏ ở các thôn vùng cao thử nghiệm gửi tin "
        "nhắn cảnh báo mưa lớn.\n"
    )
    assert [r for r, role, *_ in got if role == "support"] == [
        "các nhà mạng viễn thông di động trên địa bàn",
        "cán bộ phụ trách thủy lợi của các xã miền núi",
        "những người quản lý hồ chứa nhỏ ở các thôn vùng cao",
    ]


def test_a_testing_laboratory_is_no_verb_of_trying_out():
    """Counter-example of ``thử nghiệm`` as a task verb: ``Các phòng thử nghiệm`` (testing laboratories) is one
    collective (``STOP_COMPOUNDS``), its verb after it."""
    got, _ = obligations("3. Các phòng thử nghiệm được chỉ định báo cáo kết quả thử nghiệm hằng quý.\n")
    assert [r for r, role, *_ in got if role == "lead"] == ["Các phòng thử nghiệm được chỉ định"]


@pytest.mark.parametrize(
    ("sentence", "partners"),
    [
        (
            (
                "1. Bảo tàng tỉnh chủ trì, phối hợp với Hội Cựu chiến binh tỉnh và với Ủy ban nhân dân huyện Tân Lạc sưu tầm "
                "hiện vật.\n"
            ),
            ["Hội Cựu chiến binh tỉnh", "Ủy ban nhân dân huyện Tân Lạc"],
        ),
        (
            (
                "2. Trung tâm Y tế huyện chủ trì, phối hợp với Phòng Giáo dục và Đào tạo, với Công an huyện và cùng với "
                "Hội Chữ thập đỏ huyện tổ chức sơ cứu.\n"
            ),
            ["Phòng Giáo dục và Đào tạo", "Công an huyện", "Hội Chữ thập đỏ huyện"],
        ),
        # counter-example: ``với`` after the partners opens the task's own object (``làm việc với …``)
        (
            "3. Sở Tài chính chủ trì, phối hợp với Sở Nội vụ làm việc với các huyện về kinh phí.\n",
            ["Sở Nội vụ"],
        ),
    ],
)
def test_the_preposition_said_again_before_the_next_partner_goes_on_with_the_partners(sentence, partners):
    """Twenty-eighth twin of T3: ``phối hợp với A và với B`` (``, với``, ``và cùng với``): B is a partner as A is
    (the list had ended at ``và với``)."""
    got, _ = obligations(sentence)
    assert [r for r, role, _m, _t, _d in got if role == "support"] == partners


def test_a_topic_over_items_under_a_unit_s_heading_gives_each_item_as_a_task():
    """Twenty-eighth twin of HEADING-UNIT: ``II. NHIỆM VỤ CỦA SỞ Y TẾ`` / ``2. Về công tác truyền thông:`` / ``a) …``
    / ``b) …``: the topic names no one and does nothing; each lettered item is a task of the unit (they had been one
    task, the topic's words and both items run together)."""
    body = (
        "II. NHIỆM VỤ CỦA SỞ Y TẾ\n\n1. Chủ trì tổ chức hội nghị tập huấn.\n\n"
        "2. Về công tác truyền thông trên môi trường số:\n\na) Đăng tải các tình huống hỏi đáp.\n\n"
        "b) Gửi tin nhắn nhắc lịch tiêm.\n"
    )
    got, _ = obligations(body)
    assert [(r, t[:20]) for r, _role, _m, t, _d in got] == [
        ("Sở Y tế", "Chủ trì tổ chức hội "),
        ("Sở Y tế", "Đăng tải các tình hu"),
        ("Sở Y tế", "Gửi tin nhắn nhắc lị"),
    ]


def test_a_task_over_the_items_that_specify_it_stays_one_task():
    """Counter-example: ``2. Tổ chức hội nghị sơ kết:`` / ``a) Ở cấp tỉnh: …`` / ``b) Ở cấp huyện: …``: a verb opens
    the heading, its items say where and when: one task."""
    body = (
        "II. NHIỆM VỤ CỦA SỞ Y TẾ\n\n1. Chủ trì tổ chức hội nghị tập huấn.\n\n2. Tổ chức hội nghị sơ kết:\n\n"
        "a) Ở cấp tỉnh: trong tháng 6/2026.\n\nb) Ở cấp huyện: trong tháng 7/2026.\n"
    )
    got, _ = obligations(body)
    assert len(got) == 2 and got[1][3].startswith("Tổ chức hội nghị sơ kết")


def test_a_word_of_closeness_before_when_still_opens_the_partners():
    """Twenty-eighth twin of L1: ``Phối hợp thường xuyên trong mùa cao điểm với X …``: the partner cue reads a word of
    closeness before the time it holds (``phối hợp trong mùa cao điểm với`` was read, with ``thường xuyên`` first not)."""
    got, _ = obligations(
        "2. Trung tâm Văn hóa huyện:\n- Phối hợp thường xuyên trong mùa cao điểm với Ban Quản lý bãi tắm Hòn Giếng "
        "hướng dẫn du khách bảo vệ san hô.\n"
    )
    assert [r for r, role, _m, _t, _d in got if role == "support"] == ["Ban Quản lý bãi tắm Hòn Giếng"]


@pytest.mark.parametrize(
    ("sentence", "partners"),
    [
        (
            (
                "- Phối hợp với ban tự quản bãi tắm Hòn Giếng, các hộ kinh doanh lưu trú và ăn uống dọc tuyến đường ven "
                "biển phía Đông và đội cứu hộ tình nguyện thôn Bãi Giữa hướng dẫn du khách bảo vệ san hô.\n"
            ),
            [
                "ban tự quản bãi tắm Hòn Giếng",
                "các hộ kinh doanh lưu trú và ăn uống dọc tuyến đường ven biển phía Đông",
                "đội cứu hộ tình nguyện thôn Bãi Giữa",
            ],
        ),
        # the partner the lists know (``các cơ sở kinh doanh``) runs on the same way
        (
            "- Phối hợp với các cơ sở kinh doanh lưu trú và ăn uống dọc tuyến đường ven biển hướng dẫn du khách.\n",
            ["các cơ sở kinh doanh lưu trú và ăn uống dọc tuyến đường ven biển"],
        ),
        # counter-example: no trade before ``và``: two partners
        (
            "- Phối hợp với các nhà trường và phụ huynh học sinh tuyên truyền phòng chống đuối nước.\n",
            ["các nhà trường", "phụ huynh học sinh"],
        ),
    ],
)
def test_va_after_a_trade_joins_what_it_deals_in_not_another_partner(sentence, partners):
    """Twenty-eighth twin of L1: ``các hộ kinh doanh lưu trú và ăn uống …``: after a trade's verb, ``và`` + a word that
    opens no name, collective or list joins what the trade deals in; ``và đội cứu hộ …`` opens the next partner."""
    got, _ = obligations("2. Trung tâm Văn hóa huyện:\n" + sentence)
    assert [r for r, role, _m, _t, _d in got if role == "support"] == partners
