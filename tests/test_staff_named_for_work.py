"""A staff member named for the work they do and its object, then the task verb (issue 52, twenty-first twin of A2):
``Kỹ sư khảo sát luồng`` + ``đo sâu, rà soát …``.  The task verb ``đo`` folds to the clause word ``do`` (by): told
apart by its tone."""

from __future__ import annotations

from test_rules import leads


def _leads(item: str) -> list[str]:
    return [a for a, _t in leads(item)]


def test_a_staff_member_named_for_a_survey_before_the_verb_do_keeps_its_work() -> None:
    got = _leads("1. Kỹ sư khảo sát địa hình đo đạc, cắm lại mốc giới trên luồng Sông Dinh.\n")
    assert got == ["Kỹ sư khảo sát địa hình"], got
