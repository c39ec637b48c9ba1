"""What the subjects act by, between them and their verb, in any of its words: ``theo lĩnh vực, địa bàn được phân công
quản lý``, ``theo ngành, lĩnh vực phụ trách``, ``theo địa bàn phụ trách`` (third twin of A4: after ``Giao A, B`` and
such a phrase without commas around it, nobody was given the task).  Counter-examples: ``theo dõi`` is a verb, and a
document it follows (``theo Kế hoạch số …``) is no scope."""

from __future__ import annotations

import pytest

from vbparse import parse_text

HEAD = (
    "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ TÂY ĐÔ\nSố: 88/KH-UBND\nTây Đô, ngày 04 tháng 4 năm 2027\nKẾ HOẠCH\n"
    "Bảo đảm an toàn thực phẩm mùa lễ hội\nII. TỔ CHỨC THỰC HIỆN\n"
)
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nVõ Thành Nhân\n"


def _got(item: str) -> set[tuple[str, str]]:
    return {(o.assignee.raw, o.task[:14]) for o in parse_text(HEAD + item + TAIL).obligations}


@pytest.mark.parametrize(
    "scope",
    [
        "theo lĩnh vực, địa bàn được phân công quản lý",
        "theo ngành, lĩnh vực phụ trách",
        "theo địa bàn phụ trách",
        "theo địa bàn được giao",
        # the management a level is given and what it answers for (seventh twin of A4)
        "theo phân cấp quản lý và phạm vi trách nhiệm của mình",
        "theo phân cấp quản lý",
    ],
)
def test_a_scope_phrase_between_the_subjects_and_the_verb_is_skipped(scope: str) -> None:
    got = _got(f"1. Giao Chi cục Thú y vùng II, Đội Quản lý thị trường số 3 {scope} kiểm tra cơ sở giết mổ gia súc.")
    assert {("Chi cục Thú y vùng II", "kiểm tra cơ sở"), ("Đội Quản lý thị trường số 3", "kiểm tra cơ sở")} <= got


def test_theo_doi_after_the_subject_is_its_verb() -> None:
    assert ("Trung tâm Y tế thành phố", "theo dõi ca ng") in _got(
        "1. Trung tâm Y tế thành phố theo dõi ca ngộ độc thực phẩm."
    )


def test_a_document_after_theo_is_no_scope() -> None:
    """Counter-example: the plan a body acts by is no scope of its own to skip; no task is made up for it."""
    assert not _got("1. Kết quả kiểm tra theo Kế hoạch số 12/KH-UBND tổng hợp hằng tháng.")


def test_a_budget_by_its_levels_is_no_scope() -> None:
    """Counter-example: ``theo phân cấp quản lý ngân sách`` is how a budget is given, no right a body acts by; the
    closing sentence on funds names no one's task (a realdocs plan's)."""
    assert not _got(
        "1. Kinh phí kiểm tra bố trí trong dự toán giao cho các cơ quan, đơn vị theo phân cấp quản lý ngân sách hiện hành."
    )
