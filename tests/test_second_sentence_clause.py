"""Decision 14 with a leading clause (issue 52, twenty-ninth twins of L1): a paragraph's second sentence with no
subject of its own that opens with a clause of when or after what, closed by its comma (``Sau khi kết thúc thu thập
thông tin, công bố …``, ``Trong tháng 8/2058, công bố …``), is a second task of the first sentence's subject, its
partners the first task's only."""

from __future__ import annotations

import pytest
from test_rules import HEADER

from vbparse import parse

FIRST = (
    "2. Thống kê tỉnh chủ trì, phối hợp với Sở Tài chính lập bảng kê cơ sở kinh doanh, hoàn thành trước ngày 31/7/2058."
)


def _rows(body: str) -> list[tuple[str, str, str]]:
    return [(o.assignee.raw, o.role, o.task[:24]) for o in parse(HEADER + body).obligations]


@pytest.mark.parametrize(
    "second",
    [
        "Sau khi kết thúc thu thập thông tin, công bố kết quả sơ bộ trên Cổng thông tin điện tử.",
        "Trong tháng 8/2058, công bố kết quả sơ bộ trên Cổng thông tin điện tử.",
        "Khi có kết quả chính thức, công bố kết quả sơ bộ trên Cổng thông tin điện tử.",
    ],
)
def test_a_second_sentence_after_its_leading_clause_is_a_second_task_of_the_subject(second):
    got = _rows(f"{FIRST} {second}\n")
    assert ("Thống kê tỉnh", "lead", second[:24]) in got, got
    assert not any(r == "support" and t == second[:24] for _a, r, t in got), got
    assert len(got) == 3, got


def test_a_leading_clause_before_a_subject_of_its_own_gives_that_subject_the_task():
    """Counter-example: after the clause a body of its own is the second sentence's subject."""
    got = _rows(f"{FIRST} Sau khi kết thúc thu thập thông tin, Sở Tài chính thanh toán kinh phí điều tra.\n")
    assert ("Sở Tài chính", "lead", "Sau khi kết thúc thu thậ") in got, got  # (the clause stays in the task's words)
    assert not any(a == "Thống kê tỉnh" and t.startswith("Sau khi") for a, _r, t in got), got
