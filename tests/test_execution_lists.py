"""A decision's execution clause as real ones write it (issue 52, names): a post's first word before ``các`` + a
body's noun and a colon distributes over the members (``Trưởng các phòng: A, B`` → ``Trưởng phòng A``, ``Trưởng phòng
B``; decision 13), and the area its places are of goes on with a collective up to its duty (``Chủ tịch UBND các xã
thuộc vùng ven sông Mây chịu trách nhiệm …``).  Without a duty after it the area clause is not taken into the name."""

from __future__ import annotations

from vbparse import parse

DECISION = """ỦY BAN NHÂN DÂN
HUYỆN TÂN AN
Số: 15/QĐ-UBND
Tân An, ngày 03 tháng 4 năm 2027
QUYẾT ĐỊNH
Về việc ban hành Quy chế phối hợp
CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TÂN AN
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
"""


def _names(clause: str) -> list[str]:
    doc = parse(text=DECISION + clause + "\n")
    return [o.assignee.canonical or o.assignee.raw for o in doc.obligations if o.role == "lead"]


def test_a_posts_first_word_before_a_plural_and_its_colon_goes_on_each_member():
    names = _names(
        "Điều 3. Chánh Văn phòng UBND huyện; Trưởng các phòng: Tư pháp, Tài chính - Kế hoạch; "
        "Chủ tịch UBND các xã chịu trách nhiệm thi hành Quyết định này./."
    )
    assert [n.casefold() for n in names[1:3]] == ["trưởng phòng tư pháp", "trưởng phòng tài chính - kế hoạch"], names


def test_the_area_a_collectives_places_are_of_goes_on_up_to_their_duty():
    names = _names(
        "Điều 3. Chánh Văn phòng UBND huyện, Chủ tịch UBND các xã thuộc vùng ven sông Mây chịu trách nhiệm thi hành "
        "Quyết định này./."
    )
    assert any(n.endswith("các xã thuộc vùng ven sông Mây") for n in names), names


def test_an_area_clause_of_a_few_words_up_to_a_task_verb_is_the_names():
    """``Ủy ban nhân dân các xã thuộc vùng khó khăn rà soát …``: the area says which communes are meant, up to the
    task verb, as it does up to a duty (thirteenth twins of T2, read by the conventions: the assignee as written;
    this test said the opposite before)."""
    doc = parse(text=DECISION + "Điều 3. Ủy ban nhân dân các xã thuộc vùng khó khăn rà soát hộ nghèo.\n")
    assert [o.assignee.raw for o in doc.obligations] == ["Ủy ban nhân dân các xã thuộc vùng khó khăn"]
