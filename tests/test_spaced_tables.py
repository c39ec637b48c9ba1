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


#: A page's break cuts row 2: its number and the first lines of its cells at the foot of page 1 (centred there),
#: the rest of its cells at the top of page 2, after the form feed, the page's number and the repeated header.
PAGE_CUT = """ TT    Nhiệm vụ                           Chủ trì           Phối hợp
       Tiêm bổ sung vắc xin sởi cho trẻ                     Trường mầm
  1                                       Trạm Y tế xã
       dưới 5 tuổi                                          non Hoa Sen
       Kiểm tra an toàn thực phẩm tại     Đội Quản lý       Phòng Kinh
  2
       các bếp ăn tập thể trong khu       thị trường số 3   tế
\f                                  2


 TT    Nhiệm vụ                           Chủ trì           Phối hợp
       công nghiệp và các trường
       học
       Truyền thông phòng chống sốt
  3    xuất huyết trên loa truyền         Trung tâm Y tế    Đoàn Thanh niên
       thanh
"""

#: Row 2 ends at the foot of page 1; page 2 opens with row 3, its cells centred on its number.
PAGE_END = """ TT    Nhiệm vụ                           Chủ trì           Phối hợp
       Tiêm bổ sung vắc xin sởi cho trẻ                     Trường mầm
  1                                       Trạm Y tế xã
       dưới 5 tuổi                                          non Hoa Sen
       Kiểm tra an toàn thực phẩm tại     Đội Quản lý       Phòng Kinh
  2
       các bếp ăn tập thể                 thị trường số 3   tế
\f                                  2


 TT    Nhiệm vụ                           Chủ trì           Phối hợp
       Truyền thông phòng chống sốt
  3    xuất huyết trên loa truyền         Trung tâm Y tế    Đoàn Thanh niên
       thanh
"""


def _tasks(text: str) -> list[tuple[str, str, str]]:
    return [(o.assignee.raw, o.role, o.task) for o in parse(text=HEAD + text + TAIL).obligations]


def test_a_row_cut_by_a_pages_break_is_one_row():
    assert _tasks(PAGE_CUT) == [
        ("Trạm Y tế xã", "lead", "Tiêm bổ sung vắc xin sởi cho trẻ dưới 5 tuổi"),
        ("Trường mầm non Hoa Sen", "support", "Tiêm bổ sung vắc xin sởi cho trẻ dưới 5 tuổi"),
        (
            "Đội Quản lý thị trường số 3",
            "lead",
            "Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể trong khu công nghiệp và các trường học",
        ),
        (
            "Phòng Kinh tế",
            "support",
            "Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể trong khu công nghiệp và các trường học",
        ),
        ("Trung tâm Y tế", "lead", "Truyền thông phòng chống sốt xuất huyết trên loa truyền thanh"),
        ("Đoàn Thanh niên", "support", "Truyền thông phòng chống sốt xuất huyết trên loa truyền thanh"),
    ]


def test_a_row_that_ends_at_the_foot_of_a_page_takes_nothing_from_the_next():
    assert [row for row in _tasks(PAGE_END) if row[1] == "lead"] == [
        ("Trạm Y tế xã", "lead", "Tiêm bổ sung vắc xin sởi cho trẻ dưới 5 tuổi"),
        ("Đội Quản lý thị trường số 3", "lead", "Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể"),
        ("Trung tâm Y tế", "lead", "Truyền thông phòng chống sốt xuất huyết trên loa truyền thanh"),
    ]


def test_two_tables_on_consecutive_pages_are_two_tables():
    """The table on page 2 has a header of its own and numbers its rows from 1 again: no row of page 1 goes on."""
    other = """\f                                  2


 TT    Nội dung kiểm tra                  Đơn vị thực hiện  Phối hợp
       Rà soát hồ sơ cấp phép
  1    kinh doanh thuốc thú y             Phòng Kinh tế     Công an xã
       năm 2025
"""
    text = PAGE_END.split("\f")[0] + other
    tables = spaced_tables(text.split("\n"))
    assert [len(t.rows) for t in tables] == [2, 1]
    assert tables[1].header.heads[1] == "Nội dung kiểm tra"


#: Rows of even height, row 1 cut by the page: centred on their numbers, the rows can also be cut short and long in
#: turn (each still centred); a cell opens on a capital, not in the middle of its sentence.
EVEN = """ TT    Nhiệm vụ                           Chủ trì
  1    Phát quang hành lang tuyến         Hạt Giao thông
       đường liên xã từ thôn 1
\f                                  2


 TT    Nhiệm vụ                           Chủ trì
       đến thôn 4 và thôn 5
       Nạo vét rãnh thoát nước
       dọc tuyến đường trục xã
  2    trước mùa mưa lũ năm              Hạt Giao thông
       nay tại các điểm ngập
       úng thường xuyên
       Sơn lại vạch kẻ đường
       tại các điểm giao cắt
  3    trước cổng các trường              Công an xã
       học trên địa bàn xã
       trước khai giảng
       Lắp biển cảnh báo tại
       các khúc cua nguy hiểm
  4    trên đường lên khu sản             Hạt Giao thông
       xuất tập trung của các
       thôn vùng cao
"""


def test_rows_of_even_height_after_a_page_cut_are_cut_whole():
    assert [row[2] for row in _tasks(EVEN)] == [
        "Phát quang hành lang tuyến đường liên xã từ thôn 1 đến thôn 4 và thôn 5",
        "Nạo vét rãnh thoát nước dọc tuyến đường trục xã trước mùa mưa lũ năm nay tại các điểm ngập úng thường xuyên",
        "Sơn lại vạch kẻ đường tại các điểm giao cắt trước cổng các trường học trên địa bàn xã trước khai giảng",
        "Lắp biển cảnh báo tại các khúc cua nguy hiểm trên đường lên khu sản xuất tập trung của các thôn vùng cao",
    ]


#: A proportional font nearly fills its cells: pdftotext leaves one space between two cells on many lines (``trước
#: Công ty Thủy``), the header's columns and the other lines show where each cell starts.
TOUCHING = """ STT    Nội dung công việc              Chủ trì           Phối hợp
        Sửa chữa trạm bơm số 3 trước
  1                                     Công ty Thủy lợi  UBND xã Tân Phú
        mùa mưa năm nay tại thôn Đông
        Nạo vét kênh tiêu nội đồng và UBND xã Tân       Hợp tác xã
  2
        bờ bao khu sản xuất tập trung Phú               Nông nghiệp
        Kiểm tra an toàn các hồ chứa
  3     nước nhỏ và các đập dâng trên Phòng Kinh tế     Công an xã
        địa bàn xã trước mùa mưa lũ
        Trồng cây chắn sóng dọc đê và Hạt Kiểm lâm      Đoàn Thanh niên
  4
        bảo vệ rừng phòng hộ ven biển số 2              xã Tân Phú
"""


def test_cells_one_space_apart_are_parted_at_the_columns_edge():
    """Where two cells touch, the space nearest the column's edge parts them: the table is read, not refused."""
    assert [row for row in _tasks(TOUCHING) if row[1] == "lead"] == [
        ("Công ty Thủy lợi", "lead", "Sửa chữa trạm bơm số 3 trước mùa mưa năm nay tại thôn Đông"),
        ("UBND xã Tân Phú", "lead", "Nạo vét kênh tiêu nội đồng và bờ bao khu sản xuất tập trung"),
        (
            "Phòng Kinh tế",
            "lead",
            "Kiểm tra an toàn các hồ chứa nước nhỏ và các đập dâng trên địa bàn xã trước mùa mưa lũ",
        ),
        ("Hạt Kiểm lâm số 2", "lead", "Trồng cây chắn sóng dọc đê và bảo vệ rừng phòng hộ ven biển"),
    ]


#: Words printed across the columns' edges with no space near them: which words are whose is a guess.
MISALIGNED = """ STT    Nội dung công việc              Chủ trì           Phối hợp
  1     Sửa chữa trạm bơm số 3 trướcCông ty Thủy lợiUBND xã Tân Phú
  2     Nạo vét kênh tiêu nội đồngvà UBND xã Tân Phú Hợp tác xã
  3     Kiểm tra an toàn các hồ chứaPhòng Kinh tếtrên Công an xã
"""


def test_cells_run_together_with_no_space_at_the_edge_make_no_table():
    assert spaced_tables(MISALIGNED.split("\n")) == []
