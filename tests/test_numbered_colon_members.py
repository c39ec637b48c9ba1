"""Members a colon lists by their numbers written with ``số`` (issue 52, twenty-fifth twin of A3: ``Các Phòng Công
chứng: số 1, số 2 và số 5 chuyển …``): one name each, the plural's noun as its head."""

from __future__ import annotations

from test_rules import rows


def test_members_by_so_and_their_number_distribute_the_plurals_noun() -> None:
    got = rows("1. Các Đội Quản lý thị trường: số 3, số 7 và số 12 kiểm tra hàng hóa.\n", "canonical", "task")
    assert [a for a, _t in got] == [
        "Đội Quản lý thị trường số 3",
        "Đội Quản lý thị trường số 7",
        "Đội Quản lý thị trường số 12",
    ], got
    assert all(t.startswith("kiểm tra hàng hóa") for _a, t in got), got


def test_a_count_after_the_colon_is_no_member() -> None:
    """Counter: ``số lượng …`` (a quantity) after a colon lists no unit."""
    got = rows("1. Các Đội Quản lý thị trường: số lượng hàng kiểm tra tăng 20%.\n", "canonical")
    assert not any("số lượng" in a for (a,) in got), got
