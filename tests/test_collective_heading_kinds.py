"""A collective heading whose comma goes on with more kinds of its members in lower case (issue 52, twenty-fifth twin
of HEADING-UNIT: ``**2. NHIỆM VỤ CỦA CÁC CƠ SỞ LƯU TRÚ, NHÀ HÀNG VEN BIỂN**`` over bullets): one collective as
written, each bullet its task.  Counter: a clause after the comma (``theo phân cấp quản lý``) is no kind."""

from __future__ import annotations

from test_rules import rows


def test_a_collective_heading_listing_kinds_after_its_comma_is_one_assignee() -> None:
    got = rows(
        "**3. NHIỆM VỤ CỦA CÁC CƠ SỞ GIẾT MỔ, ĐIỂM THU GOM GIA CẦM**\n\n- Phun khử trùng chuồng trại hằng tuần.\n\n"
        "- Báo ngay cho thú y xã khi có gia súc ốm chết.\n",
        "assignee",
    )
    assert got == [("Các cơ sở giết mổ, điểm thu gom gia cầm",)] * 2, got


def test_a_collective_heading_in_sentence_case_over_its_items() -> None:
    got = rows("2. Nhiệm vụ của các cơ sở lưu trú, nhà nghỉ ven biển\n\n- Niêm yết giờ đóng cửa.\n", "assignee", "task")
    assert got == [("các cơ sở lưu trú, nhà nghỉ ven biển", "Niêm yết giờ đóng cửa.")], got


def test_a_clause_after_the_collectives_comma_is_no_kind_of_its_members() -> None:
    got = rows("2. Các trường học, theo phân cấp quản lý:\n\n- Niêm yết giờ đóng cửa.\n", "assignee")
    assert not any("theo phân cấp" in a for (a,) in got), got


def test_sectors_after_the_comma_are_a_topic_not_kinds_of_members() -> None:
    """Counter (a goldset's plan): ``7. Các ngành, lĩnh vực khác`` over items is the sectors a section is about."""
    got = rows("7. Các ngành, lĩnh vực khác\n\na) Xây dựng kế hoạch chuyển đổi số ngành.\n", "assignee")
    assert not any("lĩnh vực" in a for (a,) in got), got


def test_a_list_intro_after_the_comma_opens_a_roster() -> None:
    """Counter (a wild decision): ``2. Các Phòng chuyên môn, nghiệp vụ thuộc Chi cục gồm:`` lists the units."""
    got = rows("2. Các Phòng chuyên môn, nghiệp vụ thuộc Chi cục gồm:\n\na) Phòng Hành chính - Tổng hợp;\n", "assignee")
    assert not any(a.endswith("gồm") for (a,) in got), got
