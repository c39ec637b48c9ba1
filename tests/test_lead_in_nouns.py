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


def test_the_items_of_lam_nhung_viec_duoi_day_are_its_subjects() -> None:
    """Seventh twins of A5 and F4: ``… chủ động làm những việc dưới đây:`` and ``… thực hiện những việc dưới đây:``
    hand their items to the subjects, the lead-in no task of its own; a division named with a list in lower case
    (``Phòng Quản lý vận tải, phương tiện và người lái``) is one name before ``thực hiện``."""
    body = (
        "1. Chi cục Thủy sản, Ủy ban nhân dân các xã ven biển chủ động làm những việc dưới đây:\n"
        "- Kiểm tra tàu cá trước khi xuất bến.\n"
        "2. Phòng Quản lý vận tải, phương tiện và người lái thực hiện những việc dưới đây:\n"
        "- Theo dõi tần suất chạy xe.\n"
    )
    got = [(o.assignee.raw, o.task[:16]) for o in parse_text(HEAD + body + TAIL).obligations]
    assert got == [
        ("Chi cục Thủy sản", "Kiểm tra tàu cá "),
        ("Ủy ban nhân dân các xã ven biển", "Kiểm tra tàu cá "),
        ("Phòng Quản lý vận tải, phương tiện và người lái", "Theo dõi tần suấ"),
    ]
