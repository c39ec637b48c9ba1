"""A scope phrase in brackets between a list of subjects no list knows and their verb (issue 52, twenty-first twin of
A4): ``Giao A, B và C (trong phạm vi chức năng, nhiệm vụ …) rà soát …`` gives each the task; the bracket is no part
of it.  Counter: a name's sub-unit in brackets (``Sở Y tế (Chi cục Dân số)``) is not blanked."""

from __future__ import annotations

from test_rules import leads as _got


def test_a_scope_bracket_between_names_no_list_knows_and_their_verb_is_read_past() -> None:
    got = _got(
        "1. Giao Thống kê cơ sở 3, Thuế cơ sở 5 và Ủy ban nhân dân các xã (theo chức năng, nhiệm vụ và địa bàn "
        "của mình) lập danh sách hộ kinh doanh cá thể.\n"
    )
    assert [a for a, _t in got] == ["Thống kê cơ sở 3", "Thuế cơ sở 5", "Ủy ban nhân dân các xã"], got
    assert all(t.startswith("lập danh sách") for _a, t in got), got


def test_a_sub_unit_in_brackets_is_no_scope_to_blank() -> None:
    """The bracket opens in capitals: a sub-unit, read as before (the name's, not a second subject's)."""
    got = _got("1. Sở Y tế (Chi cục Dân số) chủ trì tổ chức chiến dịch truyền thông.\n")
    assert got == [("Sở Y tế", "chủ trì tổ chức chiến dịch truyền thông.")], got
