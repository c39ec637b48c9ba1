"""Which of a level's places are meant, by where the water runs or what threatens them (issue 52, twenty-first twin
of A5): ``Chủ tịch Ủy ban nhân dân các xã vùng hạ du và Giám đốc …`` names two posts; ``vùng hạ du`` is the
first's, as ``ven biển`` is."""

from __future__ import annotations

from vbparse import parse_text

HEAD = (
    "ỦY BAN NHÂN DÂN\nHUYỆN KHE VÂN\nSố: 31/KH-UBND\nKhe Vân, ngày 02 tháng 4 năm 2031\nKẾ HOẠCH\n"
    "Phòng, chống lũ năm 2031\nII. TỔ CHỨC THỰC HIỆN\n\n"
)
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nHà Văn Tâm\n"


def test_a_lead_in_of_posts_over_places_by_where_the_river_runs_hands_both_to_its_items() -> None:
    body = (
        "1. Chủ tịch Ủy ban nhân dân các xã thượng nguồn và Trưởng Công an huyện có trách nhiệm:\n\n"
        "1.1. Cắm biển cảnh báo tại các ngầm tràn.\n"
    )
    got = sorted(o.assignee.raw for o in parse_text(HEAD + body + TAIL).obligations)
    assert got == ["Chủ tịch Ủy ban nhân dân các xã thượng nguồn", "Trưởng Công an huyện"], got


def test_places_in_a_flood_zone_are_one_collective() -> None:
    got = [
        o.assignee.raw
        for o in parse_text(HEAD + "1. Ủy ban nhân dân các xã vùng ngập lụt rà soát hộ dân.\n" + TAIL).obligations
    ]
    assert got == ["Ủy ban nhân dân các xã vùng ngập lụt"], got
