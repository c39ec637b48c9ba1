"""A group no list knows whose members a collective after it names, alone in a table's cell or a field's value
(issue 52, twenty-seventh twin of TAB-THUCHIEN): ``Nhóm cộng tác viên dân số các tổ dân phố`` is one name as written
(only ``các tổ dân phố`` was read)."""

from __future__ import annotations

import pytest
from test_rules import leads

TABLE = (
    "| TT | Nội dung | Thời gian | Chủ trì | Thực hiện |\n| --- | --- | --- | --- | --- |\n"
    "| 1 | Rà soát trẻ chưa tiêm đủ mũi vắc xin | Tháng 4/2026 | Trạm trưởng Trạm Y tế | {cell} |\n"
)


@pytest.mark.parametrize(
    "cell",
    [
        "Nhóm cộng tác viên dân số các tổ dân phố",
        "Mạng lưới nhân viên y tế thôn bản các xã vùng cao",
    ],
)
def test_a_group_and_the_collective_of_its_members_in_a_cell_is_one_name(cell: str) -> None:
    assert cell in [a for a, _t in leads(TABLE.format(cell=cell))]


def test_a_body_and_a_collective_parted_by_a_comma_stay_two_names() -> None:
    # counter-example: a comma parts two items, each its own name
    got = [a for a, _t in leads(TABLE.format(cell="Hội Chữ thập đỏ phường, các tổ dân phố"))]
    assert "Hội Chữ thập đỏ phường" in got and "các tổ dân phố" in got, got
