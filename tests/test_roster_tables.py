"""A roster printed as a table (``Họ và tên | Chức vụ, đơn vị | Nhiệm vụ trong Đoàn``) says who is what in the
team, no task (decision 16; issue 52, twenty-first twin of F1): its ``Nhiệm vụ trong …`` column is no task column."""

from __future__ import annotations

from vbparse import parse_text

TEXT = (
    "BỘ NÔNG NGHIỆP\nSố: 51/KH-BNN\nHà Nội, ngày 02 tháng 4 năm 2031\nKẾ HOẠCH\nKiểm tra giống cây trồng năm 2031\n"
    "II. TỔ CHỨC THỰC HIỆN\n\n1. Đoàn kiểm tra làm việc tại các tỉnh trong tháng 5/2031.\n\n"
    "2. Thành phần Đoàn gồm:\n\n| STT | Họ và tên | Chức vụ, đơn vị | Nhiệm vụ trong Đoàn |\n| --- | --- | --- | --- |\n"
    "| 1 | Ông Trần Văn Bình | Phó Cục trưởng Cục Trồng trọt | Trưởng đoàn |\n"
    "| 2 | Bà Lê Thị Hoa | Chuyên viên Vụ Pháp chế | Thành viên |\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nHà Văn Tâm\n"
)


def test_a_rosters_table_of_who_is_what_in_the_team_gives_no_task() -> None:
    got = [(o.assignee.raw, o.task) for o in parse_text(TEXT).obligations]
    assert all("Trần Văn Bình" not in a and "Lê Thị Hoa" not in a for a, _t in got), got
