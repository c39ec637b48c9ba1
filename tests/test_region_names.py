"""A region of the country named with ``Bộ`` (``Nam Trung Bộ``, ``Bắc Bộ``, ``Đông Nam Bộ``) ends a body's name; its
``Bộ`` is no ministry's head (issue 52, twenty-fifth twin of R1: ``Đề nghị Trung tâm Phối hợp tìm kiếm, cứu nạn hàng
hải khu vực Nam Trung Bộ cử …`` gave a second assignee ``Bộ``).  Counter: ``Bộ`` after a word that names no region
(``… và Bộ Y tế``) is a ministry."""

from __future__ import annotations

from test_rules import rows


def test_a_region_ending_in_bo_closes_the_name_before_it() -> None:
    got = rows(
        "1. Đề nghị Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải khu vực Bắc Trung Bộ cử 01 tàu trực cứu nạn.\n",
        "assignee",
        "task",
    )
    assert got == [("Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải khu vực Bắc Trung Bộ", "cử 01 tàu trực cứu nạn.")]


def test_a_ministry_after_a_name_is_a_name_of_its_own() -> None:
    got = rows("1. Cục Quản lý dược và Bộ Công Thương kiểm tra các nhà thuốc.\n", "assignee")
    assert got == [("Cục Quản lý dược",), ("Bộ Công Thương",)], got
