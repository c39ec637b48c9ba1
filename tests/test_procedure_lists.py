"""A list of administrative procedures a decision publishes (``Mã số TTHC | Tên TTHC | Tên văn bản quy phạm pháp
luật quy định nội dung sửa đổi | Lĩnh vực | Cơ quan thực hiện``) is no task table: a row is a procedure, its
``Cơ quan thực hiện`` the body competent for it, and the legal-basis cell no task (issue 53's board reading: two
ministries' decisions gave ``UBND cấp tỉnh`` the task ``Thông tư số 49/2025/TT-BCT …`` and ``Nghị định số
140/2025/NĐ-CP …``)."""

from __future__ import annotations

import pytest

from vbparse import parse_text

HEAD = (
    "BỘ Y TẾ\nSố: 812/QĐ-BYT\nHà Nội, ngày 05 tháng 01 năm 2026\nQUYẾT ĐỊNH\n"
    "Về việc công bố thủ tục hành chính được sửa đổi trong lĩnh vực dược\n"
    "Điều 1. Công bố kèm theo Quyết định này thủ tục hành chính được sửa đổi.\n"
    "Điều 2. Cục Quản lý Dược chủ trì, phối hợp với Văn phòng Bộ cập nhật thủ tục lên Cơ sở dữ liệu quốc gia.\n"
    "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn An\n"
)


@pytest.mark.parametrize(
    "header",
    [
        (
            "| STT | Mã số TTHC | Tên TTHC | Tên văn bản quy phạm pháp luật quy định nội dung sửa đổi | Lĩnh vực | "
            "Cơ quan thực hiện |"
        ),
        (
            "| TT | Mã thủ tục | Tên thủ tục hành chính | Tên VB quy định nội dung sửa đổi, bổ sung | Lĩnh vực | "
            "Cơ quan thực hiện |"
        ),
    ],
)
def test_a_list_of_procedures_gives_no_task(header):
    table = (
        "PHỤ LỤC\nDANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI\n"
        f"{header}\n|---|---|---|---|---|---|\n"
        "| 1 | 1.001234 | Cấp giấy phép kinh doanh thuốc | Thông tư số 12/2025/TT-BYT ngày 10/6/2025 của Bộ trưởng Bộ Y tế "
        "quy định nội dung sửa đổi | Dược | Sở Y tế; Ủy ban nhân dân cấp tỉnh |\n"
    )
    doc = parse_text(HEAD + table)
    assert {o.assignee.raw for o in doc.obligations} == {"Cục Quản lý Dược", "Văn phòng Bộ"}  # Điều 2's, no row's


def test_a_task_table_about_procedures_is_read():
    """Counter-example: a plan's task about procedures, in a task column."""
    table = (
        "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
        "| 1 | Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực dược | Sở Y tế | Quý II/2026 |\n"
    )
    assert "Sở Y tế" in {o.assignee.raw for o in parse_text(HEAD + table).obligations}
