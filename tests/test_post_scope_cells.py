"""A post with its scope in a table's cell or a field's value (issue 52, twenty-second twin of TAB-THUCHIEN): the cell
names and does nothing, so ``Phó Hạt trưởng phụ trách địa bàn phía Bắc`` is one post, its scope's place and direction
in capitals included (it was cut to ``Phó Hạt trưởng``)."""

from __future__ import annotations

import pytest
from test_rules import leads

TABLE = (
    "| TT | Nội dung | Chủ trì | Thời gian |\n| --- | --- | --- | --- |\n"
    "| 1 | Làm đường băng cản lửa quanh rừng thông | {cell} | Tháng 3/2046 |\n"
)


@pytest.mark.parametrize(
    "cell,name",
    [
        ("Phó Hạt trưởng phụ trách địa bàn phía Bắc", "Phó Hạt trưởng phụ trách địa bàn phía Bắc"),
        ("Phó Giám đốc phụ trách cụm xã Nậm Pung", "Phó Giám đốc phụ trách cụm xã Nậm Pung"),
        ("Phó Trưởng phòng chuyên trách khu vực Tây Nam", "Phó Trưởng phòng chuyên trách khu vực Tây Nam"),
    ],
)
def test_a_posts_scope_in_a_cell_is_the_posts_name(cell, name):
    assert [a for a, _t in leads(TABLE.format(cell=cell))] == [name]
