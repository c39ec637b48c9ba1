"""A task table laid out with spaces (``pdftotext -layout``): the header's gaps give the columns, a row opens at its
number in the first column, and a row's cells wrapped over the lines above and below its number (centred) or from
it down (printed from the top) are its own.  A table without a task and a lead column, the two columns of a
header or a signature, and a numbered list in prose are no task table."""

from __future__ import annotations

from vbparse import parse
from vbparse.read.spaced_tables import spaced_tables

HEAD = """ỦY BAN NHÂN DÂN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
  XÃ TÂN PHÚ                                 Độc lập - Tự do - Hạnh phúc

Số: 12/KH-UBND                          Tân Phú, ngày 3 tháng 4 năm 2026

                                  KẾ HOẠCH
                   Tổ chức Ngày hội đọc sách năm 2026

I. PHÂN CÔNG NHIỆM VỤ

"""
TAIL = """

Nơi nhận:                                          CHỦ TỊCH
- Như trên;
- Lưu: VT.                                         Lê Văn Tư
"""

#: Cells printed centred in their rows: a cell of three names has one above the row's number and one below.
CENTRED = """                                                            Ghi
TT          Công việc được giao           Người thực hiện
                                                            chú
                                       Trần Văn Bình
1.   Chuẩn bị sách và giá trưng bày
                                       Lê Thị Hoa
2.   Trang trí hội trường              Phạm Minh Tuấn
                                       Trần Văn Bình
3.   Đón tiếp đại biểu                 Lê Thị Hoa
                                       Đoàn Thị Mai
"""

#: Cells printed from the top of their rows, a blank line between two rows.
TOP = """ STT    Nội dung công việc              Chủ trì          Phối hợp

  1     Sửa chữa trạm bơm số 3 trước    Công ty Thủy     UBND xã
        mùa mưa                         lợi              Tân Phú

  2     Nạo vét kênh tiêu nội đồng      UBND xã          Hợp tác xã
                                        Tân Phú          Nông nghiệp
"""


def test_a_centred_table_gives_each_name_of_a_cell_the_rows_task():
    doc = parse(text=HEAD + CENTRED + TAIL)
    assert [(o.assignee.raw, o.task) for o in doc.obligations if o.role == "lead"] == [
        ("Trần Văn Bình", "Chuẩn bị sách và giá trưng bày"),
        ("Lê Thị Hoa", "Chuẩn bị sách và giá trưng bày"),
        ("Phạm Minh Tuấn", "Trang trí hội trường"),
        ("Trần Văn Bình", "Đón tiếp đại biểu"),
        ("Lê Thị Hoa", "Đón tiếp đại biểu"),
        ("Đoàn Thị Mai", "Đón tiếp đại biểu"),
    ]


def test_the_rows_of_a_centred_table_are_cut_between_their_numbers():
    lines = CENTRED.split("\n")
    (table,) = spaced_tables(lines)
    assert [sorted({k for _c, spans in row.items() for k, _s, _e in spans}) for row in table.rows] == [
        [3, 4, 5],
        [6],
        [7, 8, 9],
    ]


def test_a_table_printed_from_the_top_keeps_each_rows_wrapped_cells():
    doc = parse(text=HEAD + TOP + TAIL)
    assert [(o.assignee.raw, o.role, o.task) for o in doc.obligations] == [
        ("Công ty Thủy lợi", "lead", "Sửa chữa trạm bơm số 3 trước mùa mưa"),
        ("UBND xã Tân Phú", "support", "Sửa chữa trạm bơm số 3 trước mùa mưa"),
        ("UBND xã Tân Phú", "lead", "Nạo vét kênh tiêu nội đồng"),
        ("Hợp tác xã Nông nghiệp", "support", "Nạo vét kênh tiêu nội đồng"),
    ]


def test_a_table_of_targets_is_no_task_table():
    targets = """ TT    Chỉ tiêu                          Năm 2026      Năm 2027
  1    Tỷ lệ trẻ em được tiêm chủng        95%           97%
  2    Số ca sốt xuất huyết                20            15
"""
    assert spaced_tables(targets.split("\n")) == []


def test_a_signature_block_and_a_numbered_list_are_no_table():
    text = HEAD + "1.   Sở Y tế chủ trì kiểm tra các cơ sở khám bệnh.\n2.   Công an xã tuần tra ban đêm.\n" + TAIL
    assert spaced_tables(text.split("\n")) == []


def test_a_row_going_on_in_lower_case_under_a_header_is_no_header_line():
    """After a page's break the repeated header is followed by the rest of a row cut by the page, which may open in
    lower case, as a header cell's second line does: the header takes two such lines at most."""
    lines = [
        " TT     Nội dung                      Cơ quan",
        "                                      chủ trì",
        "                                      thực hiện",
        "        của các thôn vùng cao",
        "  1     Kiểm tra hồ sơ hộ nghèo       UBND xã",
        "  2     Rà soát hộ cận nghèo          UBND xã",
    ]
    (table,) = spaced_tables(lines)
    assert table.header.heads == ["TT", "Nội dung", "Cơ quan chủ trì thực hiện"]
