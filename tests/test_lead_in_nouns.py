"""A lead-in that hands its items to its subject, whatever noun it counts them by: ``thực hiện các việc sau:``
beside ``các nhiệm vụ``, ``các nội dung`` (third twin of F4: ``việc`` alone made the lead-in a task of its own, and
an item's ``đề nghị X`` then gave X the item, against decision 15)."""

from __future__ import annotations

from vbparse import parse_text

HEAD = (
    "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố: 45/KH-UBND\nTân Lập, ngày 03 tháng 10 năm 2027\nKẾ HOẠCH\n"
    "Rà soát hộ cận nghèo năm 2027\nII. TỔ CHỨC THỰC HIỆN\n"
)
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTạ Văn Hòa\n"


def test_the_items_of_thuc_hien_cac_viec_sau_are_its_subjects_and_de_nghi_inside_gives_nothing() -> None:
    body = (
        "1. Công chức Lao động - Thương binh và Xã hội thực hiện những việc sau:\n"
        "- Lập danh sách hộ cận nghèo mới, đề nghị Chủ tịch Ủy ban nhân dân xã phê duyệt.\n"
        "- Nhập dữ liệu vào phần mềm quản lý hộ nghèo.\n"
    )
    got = [(o.assignee.raw, o.task[:16]) for o in parse_text(HEAD + body + TAIL).obligations]
    who = "Công chức Lao động - Thương binh và Xã hội"
    assert got == [(who, "Lập danh sách hộ"), (who, "Nhập dữ liệu vào")]
