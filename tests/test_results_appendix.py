"""An appendix that reports what was done (``Phụ lục II`` / ``KẾT QUẢ THỰC HIỆN NHIỆM VỤ TẠI THÔNG BÁO KẾT LUẬN SỐ
552/TB-VPCP``): its table's rows are results, not tasks (issue 53's board reading: six rows of 624/TB-VPCP on Đà
Nẵng's board, one overdue since 15/10/2025, though the appendix reports ``Có 34/34 địa phương hoàn thành``).  A
section reporting results was skipped already; an appendix's title now counts as its heading."""

from __future__ import annotations

from vbparse import parse_text

HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÒA AN\nSố: 40/KH-UBND\nHòa An, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\n"
    "Chuyển đổi số năm 2026\nI. NHIỆM VỤ\nCác cơ quan thực hiện theo Phụ lục kèm theo.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n"
)
TASKS = (
    "PHỤ LỤC I\nDANH MỤC NHIỆM VỤ NĂM 2026\n"
    "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
    "| 1 | Xây dựng kho dữ liệu dùng chung | Sở Khoa học và Công nghệ | Quý III/2026 |\n"
)
RESULTS = (
    "PHỤ LỤC II\nKẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025\n"
    "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành | Kết quả |\n|---|---|---|---|---|\n"
    "| 1 | Lựa chọn hệ thống thông tin giải quyết thủ tục hành chính | Văn phòng UBND tỉnh | 15/10/2025 | Đã hoàn thành |\n"
)


def _leads(text: str) -> set[str]:
    return {o.assignee.raw for o in parse_text(text).obligations if o.role == "lead"}


def test_the_rows_of_an_appendix_of_results_are_no_tasks():
    leads = _leads(HEAD + TASKS + RESULTS)
    assert "Sở Khoa học và Công nghệ" in leads  # counter-example: the appendix of tasks is read
    assert "Văn phòng UBND tỉnh" not in leads


def test_an_appendix_of_expected_results_is_read():
    """``KẾT QUẢ DỰ KIẾN`` looks ahead: its rows are tasks."""
    ahead = RESULTS.replace("KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025", "NHIỆM VỤ VÀ KẾT QUẢ DỰ KIẾN NĂM 2026")
    assert "Văn phòng UBND tỉnh" in _leads(HEAD + TASKS + ahead)
