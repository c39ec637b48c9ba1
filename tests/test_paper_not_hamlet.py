"""``Bản`` in capitals opening a sentence is a hamlet only with its proper name or number (``Bản Nà Pục``, ``Bản 3``);
before a word in lower case it is a paper (``Bản tổng hợp …``, ``Bản dự thảo …``), and a passive about the paper names
no one (issue 52, twenty-third twin of A2)."""

from __future__ import annotations

from test_rules import rows


def _got(body: str) -> list[tuple]:
    return rows(body, "assignee", "role")


def test_a_paper_opening_a_passive_sentence_is_no_assignee() -> None:
    assert _got("1. Bản dự thảo quy chế sẽ được gửi lấy ý kiến các phòng trước ngày 10/3/2026.\n") == []
    assert _got("1. Bản tổng hợp, giải trình ý kiến được đăng trên cổng thông tin.\n") == []


def test_a_hamlet_by_its_name_or_number_is_a_subject() -> None:
    assert _got("1. Bản Nà Pục tổ chức họp dân bình xét hộ nghèo.\n") == [("Bản Nà Pục", "lead")]
    assert _got("1. Ban quản lý chợ Đồng Xuân bố trí lại các quầy hàng.\n") == [("Ban quản lý chợ Đồng Xuân", "lead")]
