"""A task table written one cell per line without any separator (LibreOffice's text export, maybe hard-wrapped):
the rows are found from their number lines in sequence, a row's cells from the header's width; a cell of names one
per line is one cell, a wrapped line's continuation no cell of its own.  A numbered list in prose, a table with no
task and no lead column, and the closing after the table are left as they are."""

from __future__ import annotations

import textwrap

from vbparse import parse
from vbparse.read import read_text_string
from vbparse.read.numbered_cells import numbered_tables
from vbparse.read.unwrap import measure_wrap

HEAD = (
    "ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\nSố: 12/KH-UBND\nTân Phú, ngày 3 tháng 4 năm 2026\n"
    "KẾ HOẠCH\nTổ chức Ngày hội đọc sách năm 2026\n"
    "I. PHÂN CÔNG NHIỆM VỤ\n"
)
TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn Tư\n"

#: The export of a table whose ``Người thực hiện`` cells hold one name per paragraph and whose ``Ghi chú`` is empty.
NAMES_TABLE = """TT
Công việc
Người thực hiện
Ghi chú
    1.
Chuẩn bị sách và giá trưng bày
Trần Văn Bình
Lê Thị Hoa

    2.
Trang trí hội trường
Phạm Minh Tuấn

    3.
Đón tiếp đại biểu
Trần Văn Bình
Lê Thị Hoa
Đoàn Thị Mai

"""


def _leads(doc) -> list[tuple[str, str]]:
    return [(o.assignee.raw, o.task) for o in doc.obligations if o.role == "lead"]


def test_a_table_one_cell_per_line_gives_a_task_per_name_of_a_cell_of_names():
    doc = parse(text=HEAD + NAMES_TABLE + TAIL)
    assert _leads(doc) == [
        ("Trần Văn Bình", "Chuẩn bị sách và giá trưng bày"),
        ("Lê Thị Hoa", "Chuẩn bị sách và giá trưng bày"),
        ("Phạm Minh Tuấn", "Trang trí hội trường"),
        ("Trần Văn Bình", "Đón tiếp đại biểu"),
        ("Lê Thị Hoa", "Đón tiếp đại biểu"),
        ("Đoàn Thị Mai", "Đón tiếp đại biểu"),
    ]


def test_the_rows_are_cut_at_their_number_lines_and_an_empty_cell_keeps_its_column():
    lines = NAMES_TABLE.split("\n")
    (table,) = numbered_tables(lines, None)
    assert [len(r) for r in table.rows] == [4, 4, 4, 4]
    assert table.rows[2] == [[9], [10], [11], []]
    assert table.rows[3][2:] == [[15, 16, 17], []]
    assert table.last == 18


LONG_ROWS = [
    ("STT", "Nhiệm vụ", "Sản phẩm", "Thời gian hoàn thành", "Cơ quan chủ trì", "Cơ quan phối hợp"),
    ("I", "Phòng bệnh", "", "", "", ""),
    (
        "1",
        (
            "Tổ chức tiêm chủng mở rộng cho trẻ em dưới một tuổi tại các thôn vùng sâu, vùng xa, bảo đảm tỷ lệ "
            "tiêm đủ mũi theo kế hoạch của ngành y tế"
        ),
        "Báo cáo kết quả tiêm chủng của các trạm y tế gửi về Trung tâm Y tế huyện Tân Phú hằng quý",
        "Quý III/2026",
        "Trạm Y tế xã",
        "",
    ),
    ("2", "Giám sát dịch sốt xuất huyết", "Báo cáo giám sát", "Hằng tháng", "Trạm Y tế xã", "Công an xã"),
    ("II", "Truyền thông", "", "", "", ""),
    (
        "1",
        "Phát thanh trên loa truyền thanh của xã các nội dung phòng chống dịch bệnh mùa mưa cho người dân",
        "Tin bài",
        "Tháng 6/2026",
        "Văn phòng HĐND và UBND xã",
        "Hội Liên hiệp Phụ nữ xã; Đoàn Thanh niên xã",
    ),
]
#: A prose section long enough for the wrap to be measured (its lines run to the margin).
PROSE = (
    "Nhằm nâng cao sức khỏe của nhân dân trên địa bàn xã, chủ động phòng ngừa các dịch bệnh truyền nhiễm theo mùa, "
    "giảm tỷ lệ mắc và tử vong do dịch bệnh, bảo đảm an sinh xã hội và phát triển kinh tế của địa phương, "
    "kế hoạch phòng, chống dịch bệnh năm 2026 đề ra những nội dung chủ yếu sau đây, "
    "để các cơ quan, đơn vị, thôn, ấp tổ chức triển khai thực hiện nghiêm túc, hiệu quả, đúng tiến độ đề ra."
)


def _exported(rows) -> str:
    """The table as LibreOffice exports it: a cell a line, an empty cell a blank line (no ``|``)."""
    return "\n".join(cell for row in rows for cell in row)


def _wrapped(text: str) -> str:
    return "\n".join(textwrap.fill(ln, 70) if ln.strip() else ln for ln in text.split("\n"))


def test_a_wrapped_export_keeps_each_cell_whole_and_its_empty_cells_in_place():
    text = _wrapped(HEAD + "\n".join([PROSE] * 4) + "\n" + _exported(LONG_ROWS) + TAIL)
    doc = parse(text=text)
    got = {(o.assignee.raw, o.role, o.task[:24]) for o in doc.obligations}
    assert got == {
        ("Trạm Y tế xã", "lead", "Tổ chức tiêm chủng mở rộ"),
        ("Trạm Y tế xã", "lead", "Giám sát dịch sốt xuất h"),
        ("Công an xã", "support", "Giám sát dịch sốt xuất h"),
        ("Văn phòng HĐND và UBND xã", "lead", "Phát thanh trên loa truy"),
        ("Hội Liên hiệp Phụ nữ xã", "support", "Phát thanh trên loa truy"),
        ("Đoàn Thanh niên xã", "support", "Phát thanh trên loa truy"),
    }
    first = next(o for o in doc.obligations if o.task.startswith("Tổ chức tiêm chủng"))
    assert first.task.endswith("kế hoạch của ngành y tế")
    assert "Quý III" not in first.task and first.assignee.raw == "Trạm Y tế xã"
    lines = text.split("\n")
    (table,) = numbered_tables(lines, measure_wrap(lines))
    assert [len(r) for r in table.rows] == [6] * len(LONG_ROWS)


def test_a_numbered_list_in_prose_is_no_table():
    text = HEAD + "    1.\nSở Y tế chủ trì kiểm tra các cơ sở khám bệnh.\n    2.\nCông an xã tuần tra ban đêm.\n" + TAIL
    read = read_text_string(text)
    assert all(b.table is None for b in read.blocks)
    assert numbered_tables(text.split("\n"), None) == []


def test_a_table_of_targets_without_task_or_lead_column_is_no_task_table():
    targets = (
        "TT\nChỉ tiêu\nNăm 2026\nNăm 2027\n1\nTỷ lệ trẻ em được tiêm chủng\n95%\n97%\n2\nSố ca sốt xuất huyết\n20\n15\n"
    )
    assert numbered_tables(targets.split("\n"), None) == []


def test_the_closing_after_the_last_row_stays_out_of_the_table():
    lines = (NAMES_TABLE + TAIL).split("\n")
    (table,) = numbered_tables(lines, None)
    assert table.last == 18
    doc = parse(text=HEAD + NAMES_TABLE + TAIL)
    assert all("Nơi nhận" not in o.task and "Lê Văn Tư" != o.assignee.raw for o in doc.obligations)


#: Row 1's number and task merged down over two sub-rows: LibreOffice writes the merged cells as blank lines.
MERGED_TABLE = """STT
Công việc
Sản phẩm
Đơn vị chủ trì
Đơn vị phối hợp
1
Xây dựng kế hoạch bảo vệ rừng mùa khô
Kế hoạch của huyện
Hạt Kiểm lâm
Phòng Nông nghiệp


Kế hoạch của từng xã
UBND các xã
Hội Nông dân huyện
2
Tuần tra các khu rừng đầu nguồn
Biên bản tuần tra
Ban Quản lý rừng phòng hộ

"""


def test_a_row_merged_down_over_sub_rows_gives_each_sub_row_the_rows_task():
    (table,) = numbered_tables(MERGED_TABLE.split("\n"), None)
    assert [len(r) for r in table.rows] == [5, 5, 5, 5]
    assert table.continued == frozenset({(2, 0), (2, 1)})
    doc = parse(text=HEAD + MERGED_TABLE + TAIL)
    assert [(o.assignee.raw, o.role, o.task) for o in doc.obligations] == [
        ("Hạt Kiểm lâm", "lead", "Xây dựng kế hoạch bảo vệ rừng mùa khô"),
        ("Phòng Nông nghiệp", "support", "Xây dựng kế hoạch bảo vệ rừng mùa khô"),
        ("UBND các xã", "lead", "Xây dựng kế hoạch bảo vệ rừng mùa khô"),
        ("Hội Nông dân huyện", "support", "Xây dựng kế hoạch bảo vệ rừng mùa khô"),
        ("Ban Quản lý rừng phòng hộ", "lead", "Tuần tra các khu rừng đầu nguồn"),
    ]


def test_row_number_header_asked_of_short_lines_only():
    from vbparse.read.numbered_cells import is_row_number_header
    from vbparse.tables.table_columns import ROW_NUMBER_HEADER

    for line in (
        "STT",
        " TT ",
        "Số TT",
        "số tt\t",
        "stt",
        "TT.",
        "Số  TT",
        "STT Nội dung",
        "",
        "   ",
        "Số TT công việc",
    ):
        assert is_row_number_header(line) == (ROW_NUMBER_HEADER.match(line.strip()) is not None), line
    assert is_row_number_header("  Số TT  ")
    assert not is_row_number_header("STT công việc")


#: A scraper's Markdown of a table one cell per line: bold header cells that a line break in the cell cut in two
#: (``**Trách nhiệm**`` / ``**thực hiện**``, ``**Thời gian**`` / ``*(Năm 2027)*``), a cell of a post and its body on
#: two lines (``Lãnh đạo`` / ``Sở Xây dựng``), and a blank line after the last row.
SCRAPED_TABLE = """**TT**
**Nội dung**
**Trách nhiệm**
**thực hiện**
**Thời gian**
***(Năm 2027)***
1
Giải đáp kiến nghị của người dân về thủ tục đất đai
Lãnh đạo Sở Nông nghiệp và Môi trường
Ngày 15 tháng 1
2
Giải đáp kiến nghị về cấp phép xây dựng
Lãnh đạo
Sở Xây dựng
Ngày 12 tháng 2
3
Giải đáp kiến nghị về thuế
Lãnh đạo
Thuế tỉnh
Ngày 10 tháng 3

"""


def test_a_scraped_tables_header_cells_cut_by_their_line_breaks_are_one_cell_each():
    lines = SCRAPED_TABLE.split("\n")
    (table,) = numbered_tables(lines, None)
    assert table.rows[0] == [[0], [1], [2, 3], [4, 5]]
    assert [len(r) for r in table.rows] == [4, 4, 4, 4]
    # the last row: the post and its body one cell, the date the last, up to the blank line
    assert table.rows[3] == [[15], [16], [17, 18], [19]] and table.last == 19


def test_a_scraped_table_one_cell_per_line_gives_each_row_its_lead():
    doc = parse(text=HEAD + SCRAPED_TABLE + TAIL)
    assert [a for a, _t in _leads(doc)] == [
        "Lãnh đạo Sở Nông nghiệp và Môi trường",
        "Lãnh đạo Sở Xây dựng",
        "Lãnh đạo Thuế tỉnh",
    ]
