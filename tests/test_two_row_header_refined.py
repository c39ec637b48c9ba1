"""A two-row header whose upper cell names a kind over the cells it spans (``Trách nhiệm`` over ``Chủ trì | Thực
hiện | Phối hợp``): the lower row says each column's kind, the first of them renaming the upper cell's own column
(twenty-fourth twin of TAB-THUCHIEN).  A header printed again one cell short is no lower row (the header's test)."""

from test_rules import rows

TABLE = (
    "| STT | Nội dung | Trách nhiệm | | | Thời hạn |\n"
    "| --- | --- | --- | --- | --- | --- |\n"
    "| | | Chủ trì | Thực hiện | Phối hợp | |\n"
    "| 1 | Số hóa hiện vật | Phó Trưởng ban phụ trách nghiệp vụ | Phòng Nghiên cứu - Sưu tầm | Bảo tàng tỉnh | Quý III/2047 |\n"
)


def test_a_lower_row_names_each_column_an_upper_cell_spans():
    assert rows(TABLE, "assignee", "role", "deadline") == [
        ("Phó Trưởng ban phụ trách nghiệp vụ", "lead", "2047-09-30"),
        ("Phòng Nghiên cứu - Sưu tầm", "lead", "2047-09-30"),
        ("Bảo tàng tỉnh", "support", "2047-09-30"),
    ]
