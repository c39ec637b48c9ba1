"""Places named by what they border or lie along, up to their duty (issue 52, twenty-fifth twin of T2: ``Trưởng các
thôn giáp khu di tích có trách nhiệm: vận động …`` read as ``Trưởng các thôn`` + ``giáp khu di tích có trách nhiệm
…``).  Counter: with no duty after it the clause is the predicate's (a verb no list knows may stand there)."""

from __future__ import annotations

from test_rules import rows


def test_a_bordering_clause_up_to_the_duty_is_the_collectives() -> None:
    got = rows(
        "1. Trưởng các bản giáp rừng phòng hộ có trách nhiệm: tổ chức canh lửa trong mùa khô.\n"
        "2. Ủy ban nhân dân các xã dọc tuyến đê tả sông Mã chịu trách nhiệm huy động lực lượng hộ đê.\n",
        "assignee",
    )
    assert got == [("Trưởng các bản giáp rừng phòng hộ",), ("Ủy ban nhân dân các xã dọc tuyến đê tả sông Mã",)], got


def test_without_a_duty_after_it_the_clause_is_no_part_of_the_name() -> None:
    got = rows("1. Ủy ban nhân dân các xã gần cửa khẩu dọn vệ sinh khu vực chợ.\n", "assignee")
    assert not any("cửa khẩu" in a for (a,) in got), got
