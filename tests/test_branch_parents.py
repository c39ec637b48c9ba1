"""A branch named after its parent with no mark between them is one body: the parent's capitalised words before the
branch's head are its name (issue 52, item 4: a lead cell ``Ngân hàng Nhà nước Việt nam Chi nhánh Khu vực II`` named
only ``Chi nhánh Khu vực II`` where the lists do not know the parent)."""

from __future__ import annotations

from test_rules import HEADER

from vbparse import parse

_TABLE = (
    "II. TỔ CHỨC THỰC HIỆN\n\n"
    "| STT | Nhiệm vụ | Đơn vị thực hiện | Đơn vị phối hợp | Thời gian |\n"
    "| --- | --- | --- | --- | --- |\n"
    "| 1 | Mở rộng thanh toán không dùng tiền mặt tại chợ | Quỹ Tín dụng Nhân dân Tân Phú Chi nhánh Khu vực 3 "
    "| Ủy ban nhân dân các xã | 2041 |\n"
)


def test_a_branch_after_its_parent_s_words_in_a_lead_cell_is_one_body() -> None:
    leads = [o.assignee.raw for o in parse(text=HEADER + _TABLE).obligations if o.role == "lead"]
    assert leads == ["Quỹ Tín dụng Nhân dân Tân Phú Chi nhánh Khu vực 3"]


def test_a_branch_after_a_comma_is_a_name_of_its_own() -> None:
    """Counter-example: ``Sở Tài chính, Chi nhánh Khu vực 3``: a comma parts two names."""
    table = _TABLE.replace("Quỹ Tín dụng Nhân dân Tân Phú Chi nhánh Khu vực 3", "Sở Tài chính, Chi nhánh Khu vực 3")
    leads = [o.assignee.raw for o in parse(text=HEADER + table).obligations if o.role == "lead"]
    assert leads == ["Sở Tài chính", "Chi nhánh Khu vực 3"]
