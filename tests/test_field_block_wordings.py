"""A block of field lines under a sub-item worded as responsibility divided (issue 52, twenty-fifth twins of T1:
``1.1. Phân định trách nhiệm`` / ``a) Cơ quan chủ trì: X`` / ``b) Các cơ quan phối hợp: Y``; ``2.2. Trách nhiệm
của các bộ phận`` / ``a) Chủ trì`` / ``- X``): the task is the item's heading, never the block's label."""

from __future__ import annotations

from test_rules import rows


def test_a_block_worded_phan_dinh_trach_nhiem_gives_the_items_heading_as_task() -> None:
    got = rows(
        "1. KIỂM KÊ CÁC GIẾNG KHOAN BỎ HOANG\n\n1.1. Phân định trách nhiệm\n\na) Cơ quan chủ trì: Sở Xây dựng.\n\n"
        "b) Cơ quan phối hợp: Công an tỉnh.\n\n1.2. Thời gian thực hiện: Quý II/2051.\n",
        "assignee",
        "role",
        "task",
    )
    assert [(a, r) for a, r, _t in got] == [("Sở Xây dựng", "lead"), ("Công an tỉnh", "support")], got
    assert all(t.upper().startswith("KIỂM KÊ CÁC GIẾNG") for _a, _r, t in got), got


def test_a_block_worded_trach_nhiem_cua_cac_bo_phan_after_a_content_sibling() -> None:
    got = rows(
        "2. Nạo vét kênh tiêu\n\n2.1. Nội dung: Nạo vét 3 km kênh tiêu nội đồng trước mùa mưa.\n\n"
        "2.2. Trách nhiệm của các bộ phận\n\na) Chủ trì\n\n- Công chức Địa chính xã\n\nb) Phối hợp\n\n- Công an xã\n",
        "assignee",
        "role",
        "task",
    )
    assert [(a, r) for a, r, _t in got] == [("Công chức Địa chính xã", "lead"), ("Công an xã", "support")], got
    assert not any("Trách nhiệm" in t for _a, _r, t in got), got


def test_a_block_worded_giao_nhiem_vu_gives_the_items_heading_as_task() -> None:
    """Twenty-sixth twin of T1: ``1.2. Giao nhiệm vụ`` / ``a) Chủ trì thực hiện: X`` / ``b) Tham gia phối hợp: Y; Z``
    after a time sub-item."""
    got = rows(
        "1. NẠO VÉT KÊNH TIÊU NỘI ĐỒNG\n\n1.1. Thời gian thực hiện: Hoàn thành trước ngày 15/6/2051.\n\n"
        "1.2. Giao nhiệm vụ\n\na) Chủ trì thực hiện: Công chức Địa chính xã.\n\n"
        "b) Tham gia phối hợp: Công an xã; Hội Nông dân xã.\n",
        "assignee",
        "role",
        "task",
    )
    assert [(a, r) for a, r, _t in got] == [
        ("Công chức Địa chính xã", "lead"),
        ("Công an xã", "support"),
        ("Hội Nông dân xã", "support"),
    ], got
    assert all(t.upper().startswith("NẠO VÉT KÊNH") for _a, _r, t in got), got


def test_a_section_of_the_work_handed_out_over_duty_headings_is_no_block() -> None:
    """Regression (twenty-sixth twin of HEADING-UNIT): ``2. Phân công nhiệm vụ`` / ``2.1. TRÁCH NHIỆM CỦA …`` over
    bullets / ``2.2. X <verb> …``: the sub-items name their own doers, the section is no block of fields."""
    got = rows(
        "2. Phân công nhiệm vụ\n\n2.1. TRÁCH NHIỆM CỦA TRUNG TÂM GIỐNG CÂY TRỒNG TỈNH\n\n- Tiếp nhận giống lúa.\n\n"
        "2.2. Ủy ban nhân dân các xã lập danh sách hộ được hỗ trợ.\n",
        "assignee",
        "task",
    )
    assert got == [
        ("Trung tâm giống cây trồng tỉnh", "Tiếp nhận giống lúa."),
        ("Ủy ban nhân dân các xã", "lập danh sách hộ được hỗ trợ."),
    ], got


def test_a_who_label_over_duty_headings_in_capitals_is_a_sub_heading() -> None:
    """Twenty-sixth twin of HEADING-UNIT: ``2. Phân công nhiệm vụ`` (a who-label's words) after a time line, over
    ``2.1. TRÁCH NHIỆM CỦA TRUNG TÂM …`` (whose duties, a name in capitals holding a comma) and a sentence item: the
    sub-items give tasks of their own, so the label heads them and is no field whose value they are."""
    got = rows(
        "1. Thời gian cấp phát: từ ngày 15/9/2051 đến ngày 15/10/2051.\n\n2. Phân công nhiệm vụ\n\n"
        "2.1. TRÁCH NHIỆM CỦA TRUNG TÂM GIỐNG CÂY TRỒNG, VẬT NUÔI VÀ THỦY SẢN TỈNH\n\n- Tiếp nhận giống lúa.\n\n"
        "- Vận chuyển giống đến các xã.\n\n2.2. Ủy ban nhân dân các xã lập danh sách hộ được hỗ trợ.\n",
        "assignee",
        "task",
    )
    centre = "Trung tâm giống cây trồng, vật nuôi và thủy sản tỉnh"
    assert (centre, "Tiếp nhận giống lúa.") in got, got
    assert (centre, "Vận chuyển giống đến các xã.") in got, got
    assert ("Ủy ban nhân dân các xã", "lập danh sách hộ được hỗ trợ.") in got, got


def test_a_who_subheading_over_paragraphs_numbered_in_brackets_is_no_field() -> None:
    """Twenty-seventh twin of S7: ``2. Trách nhiệm thực hiện`` over paragraphs ``(1) X phối hợp chặt chẽ với Y …`` /
    ``(2) Z bình xét …``: the list numbered in brackets gives tasks of its own, so the heading is a sub-heading and
    its paragraphs no names of a field (they had been made leads of the sibling ``1. Đối tượng, định mức``)."""
    got = rows(
        "1. Đối tượng, định mức\n\nHộ nghèo có lao động được hỗ trợ 01 con bò giống.\n\n"
        "2. Trách nhiệm thực hiện\n\n"
        "(1) Công chức Địa chính - Nông nghiệp xã phối hợp chặt chẽ với Hội Nông dân xã nghiệm thu bò giống.\n\n"
        "(2) Trưởng các thôn bình xét danh sách hộ nhận hỗ trợ trước ngày 15/5/2026.\n",
        "assignee",
        "role",
        "task",
    )
    assert ("Trưởng các thôn", "lead", "bình xét danh sách hộ nhận hỗ trợ trước ngày 15/5/2026.") in got, got
    assert not any("Đối tượng" in t for _a, _r, t in got), got


def test_labels_worded_trach_nhiem_chu_tri_and_trach_nhiem_phoi_hop_are_fields() -> None:
    """Twenty-seventh twin of S7 (a counter-example's): ``- Trách nhiệm chủ trì thực hiện: X`` / ``- Trách nhiệm phối
    hợp: Y`` with their values on the line are the item's fields."""
    got = rows(
        "1. Tổ chức lớp tăng cường tiếng Việt cho trẻ mẫu giáo\n\n- Trách nhiệm chủ trì thực hiện: Phòng Giáo dục "
        "Mầm non.\n\n- Trách nhiệm phối hợp: Ủy ban nhân dân các xã.\n\n- Thời gian: Tháng 7/2026.\n",
        "assignee",
        "role",
        "task",
    )
    assert [(a, r) for a, r, _t in got] == [("Phòng Giáo dục Mầm non", "lead"), ("Ủy ban nhân dân các xã", "support")]
    assert all(t.startswith("Tổ chức lớp tăng cường") for _a, _r, t in got), got
