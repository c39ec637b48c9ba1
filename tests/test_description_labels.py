"""Lines of an item that describe how its task is done (``Phương pháp:``, ``Tần suất:``, ``Quy mô:``) beside its
field lines (``Đơn vị chủ trì:``): no task of their own; the item's heading is the task (decision 16; third twin of
the S1 counter-example: each description line was given to the item's lead and partners)."""

from __future__ import annotations

from vbparse import parse_text

DOC = (
    "UBND TỈNH BẮC HÀ\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 88/KH-SNNMT\nBắc Hà, ngày 02 tháng 3 năm 2027\n"
    "KẾ HOẠCH\nĐiều tra đàn gia súc năm 2027\n\nI. MỤC ĐÍCH, YÊU CẦU\nNắm chắc số lượng đàn gia súc.\n\n"
    "II. NHIỆM VỤ CỤ THỂ\n\n"
    "1. Điều tra hiện trạng đàn trâu, bò trên địa bàn tỉnh\n\n"
    "- Phương pháp: lấy mẫu, điều tra toàn bộ hộ chăn nuôi theo phiếu.\n"
    "- Tần suất: hai lần trong năm, vào tháng 4 và tháng 10.\n"
    "- Kinh phí: nguồn sự nghiệp nông nghiệp của tỉnh.\n"
    "- Đơn vị chủ trì: Trung tâm Kỹ thuật tài nguyên và môi trường.\n"
    "- Đơn vị phối hợp: Ủy ban nhân dân các xã.\n"
    "- Thời gian thực hiện: Quý III/2027.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nLò Văn Thắng\n"
)


def test_description_lines_beside_field_lines_are_no_tasks():
    got = [(o.role, o.assignee.raw, o.task) for o in parse_text(DOC).obligations]
    task = "Điều tra hiện trạng đàn trâu, bò trên địa bàn tỉnh"
    assert got == [
        ("lead", "Trung tâm Kỹ thuật tài nguyên và môi trường", task),
        ("support", "Ủy ban nhân dân các xã", task),
    ]


def test_labels_of_two_unit_nouns_or_of_forces_are_field_labels():
    """``Cơ quan, đơn vị chủ trì thực hiện:`` and ``Lực lượng phối hợp diễn tập:`` label an item's lead and partners
    (fourth twins of S1: both were read as a sentence of the name before them)."""
    doc = DOC.replace(
        "- Đơn vị chủ trì: Trung tâm Kỹ thuật tài nguyên và môi trường.",
        "- Cơ quan, đơn vị chủ trì thực hiện: Trung tâm Kỹ thuật tài nguyên và môi trường.",
    ).replace("- Đơn vị phối hợp: Ủy ban nhân dân các xã.", "- Lực lượng phối hợp điều tra: Ủy ban nhân dân các xã.")
    got = [(o.role, o.assignee.raw, o.task) for o in parse_text(doc).obligations]
    task = "Điều tra hiện trạng đàn trâu, bò trên địa bàn tỉnh"
    assert got == [
        ("lead", "Trung tâm Kỹ thuật tài nguyên và môi trường", task),
        ("support", "Ủy ban nhân dân các xã", task),
    ]


def test_where_and_on_what_an_item_is_done_are_description_lines():
    """``Địa bàn:``, ``Vị trí:``, ``Nguồn vốn:`` say where and on what the item's task is done (fifth twin of the S1
    counter-example: ``Địa bàn:``, the item's first line, was read as its task)."""
    doc = (
        "KẾ HOẠCH\nTrồng rừng ngập mặn năm 2028\n\nII. NHIỆM VỤ CỤ THỂ\n\n"
        "1. Trồng mới rừng ngập mặn tại bãi bồi Cồn Trầu\n\n"
        "- Địa bàn: bãi bồi Cồn Trầu và cửa sông Lạch Giang.\n"
        "- Nguồn vốn: ngân sách tỉnh và vốn tài trợ.\n"
        "- Đơn vị chủ trì: Ban Quản lý rừng phòng hộ ven biển.\n"
        "- Đơn vị phối hợp: Đồn Biên phòng Cồn Trầu.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    )
    got = [(o.role, o.assignee.raw, o.task) for o in parse_text(doc).obligations]
    task = "Trồng mới rừng ngập mặn tại bãi bồi Cồn Trầu"
    assert got == [
        ("lead", "Ban Quản lý rừng phòng hộ ven biển", task),
        ("support", "Đồn Biên phòng Cồn Trầu", task),
    ]
