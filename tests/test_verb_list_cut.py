"""A subject's name that ran over the first verb of a list of verbs no list knows ends before it (issue 52,
twenty-first twins of A3 and A4): ``Trưởng Ban Dân tộc thăm, kiểm tra …``; not inside a word of the name
(``Điều`` + ``tra``) nor after a passive (``được mời``)."""

from __future__ import annotations

from test_rules import leads as _got


def test_a_verb_no_list_knows_before_a_comma_and_a_task_verb_opens_the_predicate() -> None:
    got = _got("1. Trưởng Ban Dân tộc thăm, kiểm tra các di tích cấp quốc gia trên địa bàn.\n")
    assert got == [("Trưởng Ban Dân tộc", "thăm, kiểm tra các di tích cấp quốc gia trên địa bàn.")], got


def test_a_two_word_verb_of_a_function_before_a_comma_opens_the_predicate() -> None:
    got = _got("1. Trung tâm Lưu trữ lịch sử vận hành, kiểm tra kho lưu trữ chuyên dụng.\n")
    assert [a for a, _t in got] == ["Trung tâm Lưu trữ lịch sử"], got


def test_a_verb_after_a_passive_stays_in_the_name() -> None:
    """Counter: ``… được mời, đăng ký …``: the passive's verb is the name's, not the predicate's first."""
    got = _got("1. Các đại biểu dự họp đúng thành phần được mời, đăng ký tham dự qua hộp thư điện tử.\n")
    assert not any(a.endswith("được") for a, _t in got), got
