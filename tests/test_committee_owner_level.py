"""A committee named for its function and object and then whose it is (``Tổ thẩm định hồ sơ`` + ``của xã``) is whole
before the sentence's verb: ``của`` and a level close its name (issue 52, nineteenth twin of F1: ``Nhóm kiểm kê di
sản của huyện khảo sát …``; ``Tổ kiểm kê di sản của huyện`` read ``Tổ`` + a task ``kiểm kê …``).  Counter-example:
``của`` and no level is the sentence's (``Tổ công tác kiểm tra hồ sơ của các hộ dân …``: what it checks)."""

from __future__ import annotations

from test_rules import leads as _leads


def test_whose_level_closes_a_committee_named_for_its_function() -> None:
    got = _leads("1. Tổ thẩm định hồ sơ của xã lập danh sách hộ đủ điều kiện hỗ trợ.\n")
    assert got == [("Tổ thẩm định hồ sơ của xã", "lập danh sách hộ đủ điều kiện hỗ trợ.")], got


def test_cua_with_no_level_is_the_sentences() -> None:
    got = [a for a, _t in _leads("1. Tổ công tác kiểm tra hồ sơ của các hộ dân xin hỗ trợ.\n")]
    assert got == ["Tổ công tác"], got
