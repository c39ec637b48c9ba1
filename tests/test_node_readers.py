"""The node readers' order is declared (issue 54 step 3): ``obligation_walk.NODE_READERS`` offers each node to them
first first, and every proposal says which node reader took the node it was read in."""

from __future__ import annotations

from vbparse.explain import explain_text
from vbparse.extract.obligation_walk import NODE_READERS

HEADER = (
    "ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 8/KH-UBND\nAn Phú, ngày 03 tháng 4 năm 2026\nKẾ HOẠCH\nTổ chức Tết trồng cây\n"
)


def test_the_node_readers_are_declared_in_todays_order():
    assert [r.id for r in NODE_READERS] == [
        "node.members",
        "node.criteria",
        "node.field_item",
        "node.assignee_heading",
        "node.subject_item",
        "node.bracketed_fields",
    ]


def test_each_proposal_names_the_node_reader_that_took_its_node():
    body = (
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Công chức Văn hóa - Xã hội chủ trì tuyên truyền về Tết trồng cây.\n"
        "2. Đoàn Thanh niên xã:\n- Tổ chức ra quân trồng cây tại các thôn.\n- Báo cáo kết quả trước ngày 30/4/2026.\n"
        "3. Trồng cây xanh tại trụ sở\n- Đơn vị chủ trì: Văn phòng - Thống kê.\n- Thời gian: tháng 4/2026.\n"
    )
    by_name = {tuple(p.names): p.reader for p in explain_text(HEADER + body)}
    assert by_name[("Công chức Văn hóa - Xã hội",)] == "node.subject_item"
    assert by_name[("Đoàn Thanh niên xã",)] == "node.assignee_heading"
    assert by_name[("Văn phòng - Thống kê",)] == "node.field_item"
