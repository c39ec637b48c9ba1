"""A staff member named for the work they do and its object, then the task verb (issue 52, twenty-first twin of A2):
``Kỹ sư khảo sát luồng`` + ``đo sâu, rà soát …``.  The task verb ``đo`` folds to the clause word ``do`` (by): told
apart by its tone."""

from __future__ import annotations

from vbparse import parse_text

HEAD = (
    "CÔNG TY BẢO ĐẢM AN TOÀN HÀNG HẢI MIỀN NAM\nSố: 81/KH-BĐATHH\nVũng Lam, ngày 02 tháng 4 năm 2031\nKẾ HOẠCH\n"
    "Bảo trì luồng tàu trước mùa bão năm 2031\nII. TỔ CHỨC THỰC HIỆN\n\n"
)
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nHà Văn Tâm\n"


def _leads(item: str) -> list[str]:
    return [o.assignee.raw for o in parse_text(HEAD + item + TAIL).obligations if o.role == "lead"]


def test_a_staff_member_named_for_a_survey_before_the_verb_do_keeps_its_work() -> None:
    got = _leads("1. Kỹ sư khảo sát địa hình đo đạc, cắm lại mốc giới trên luồng Sông Dinh.\n")
    assert got == ["Kỹ sư khảo sát địa hình"], got
