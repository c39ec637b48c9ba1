"""Decision 11: a ``Thẩm quyền …`` article or clause (who may decide, approve or destroy what) states competences,
not tasks (issue 53's board reading: ``Giám đốc Bảo hiểm xã hội các tỉnh, thành phố quyết định hủy tài liệu hết
giá trị …`` under ``3. Thẩm quyền quyết định tiêu hủy tài liệu hết giá trị`` was a city's task)."""

from __future__ import annotations

import pytest

from vbparse import parse_text

HEAD = (
    "BỘ NỘI VỤ\nSố: 15/QĐ-BNV\nHà Nội, ngày 05 tháng 01 năm 2026\nQUYẾT ĐỊNH\nBan hành Quy chế quản lý hồ sơ\n"
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý hồ sơ.\nQUY CHẾ\n"
)
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn An\n"


@pytest.mark.parametrize(
    "heading",
    ["Điều 12. Thẩm quyền quyết định tiêu hủy hồ sơ hết giá trị", "3. Thẩm quyền phê duyệt danh mục hồ sơ"],
)
def test_the_items_of_a_competence_section_are_no_tasks(heading):
    body = (
        f"{heading}\n"
        "a) Bộ trưởng quyết định tiêu hủy hồ sơ hết giá trị của cơ quan Bộ.\n"
        "b) Giám đốc Kho bạc Nhà nước các tỉnh quyết định tiêu hủy hồ sơ của đơn vị mình.\n"
        "Điều 13. Trách nhiệm thi hành\n"
        "Văn phòng Bộ hướng dẫn, kiểm tra việc thực hiện Quy chế này.\n"
    )
    leads = {o.assignee.raw for o in parse_text(HEAD + body + TAIL).obligations}
    assert "Văn phòng Bộ" in leads  # counter-example: the next article's task is read
    assert not any("Kho bạc" in a or a == "Bộ trưởng" for a in leads)


def test_a_section_of_duties_and_competences_is_read():
    """``Nhiệm vụ và thẩm quyền`` / ``Trách nhiệm, thẩm quyền`` hold duties: read."""
    body = "Điều 12. Trách nhiệm và thẩm quyền của Văn phòng Bộ\nVăn phòng Bộ tổ chức thẩm định hồ sơ hết giá trị.\n"
    assert "Văn phòng Bộ" in {o.assignee.raw for o in parse_text(HEAD + body + TAIL).obligations}
