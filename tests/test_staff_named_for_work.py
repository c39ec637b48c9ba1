"""A staff member named for the work they do, measuring or mending (``Nhân viên đo độ ồn``, ``Thợ sửa chữa máy
bơm``), is read whole before the sentence's verb (issue 52, eleventh and eighteenth twins of A2: ``Nhân viên`` +
a task ``đo khí mỏ kiểm tra …``; ``Thợ sửa chữa đường ống thay thế …`` gave nothing).  Counter-example: a body whose
task is the mending (``Sở Xây dựng sửa chữa các tuyến đường …``)."""

from __future__ import annotations

import pytest
from test_rules import leads as _leads


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("1. Nhân viên đo độ ồn lập bảng số liệu tại các nút giao thông.\n", "Nhân viên đo độ ồn"),
        ("2. Thợ sửa chữa máy bơm thay thế các gioăng bị mòn trước mùa khô.\n", "Thợ sửa chữa máy bơm"),
    ],
)
def test_a_staff_member_named_for_measuring_or_mending_is_whole(line: str, who: str) -> None:
    assert [a for a, _t in _leads(line)] == [who]


def test_a_body_whose_task_is_the_mending_keeps_it() -> None:
    got = _leads("1. Sở Xây dựng sửa chữa các tuyến đường hư hỏng sau lũ.\n")
    assert got == [("Sở Xây dựng", "sửa chữa các tuyến đường hư hỏng sau lũ.")], got
