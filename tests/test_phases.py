"""Phases a plan sets out in its time section (``Thời gian thực hiện``): ranges of years and ranges that run
``đến hết`` a month (issue 39), and none read from a period named outside a schedule."""

from __future__ import annotations

from vbparse import parse

HEAD = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
Số: 77/KH-UBND
Quảng Trị, ngày 02 tháng 3 năm 2026
KẾ HOẠCH
Phát triển du lịch cộng đồng
I. MỤC ĐÍCH, YÊU CẦU
1. Phát huy giá trị văn hóa các dân tộc giai đoạn 2026 - 2030.
II. NỘI DUNG
"""


def _phases(body: str):
    return [(p.start, p.end) for p in parse(text=HEAD + body).phases]


def test_a_range_of_years_in_the_time_section_is_a_phase():
    assert _phases("1. Thời gian thực hiện: Từ năm 2026 đến hết năm 2030.\n") == [("2026", "2030")]
    assert _phases("1. Thời gian thực hiện\nKế hoạch: Từ năm 2027 - 2029.\n") == [("2027", "2029")]


def test_a_range_that_runs_to_the_end_of_a_month_is_a_phase():
    body = "1. Thời gian tổ chức: Phong trào được triển khai từ tháng 10 năm 2026 đến hết tháng 3 năm 2027.\n"
    assert _phases(body) == [("2026-10", "2027-03")]


def test_a_period_named_outside_a_schedule_is_no_phase():
    assert _phases("1. Sở Văn hóa xây dựng đề án từ năm 2026 đến năm 2030.\n") == []
