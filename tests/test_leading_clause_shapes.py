"""A sentence's leading clause in other shapes (issue 52, twenty-third twins of A4): a time outside hours opening it
(``Ngoài giờ hành chính và vào các ngày nghỉ, ngày lễ, Khoa Cấp cứu …``) or another's direction (``Dưới sự chỉ
đạo của Ban Chỉ đạo …, Sở A …``), and a body named as a partner inside a
passive clause of what others did (``Trên cơ sở kết quả khảo sát do Sở A phối hợp với B thực hiện, X …``: B is Sở A's
partner in that survey, no partner of X's task)."""

from __future__ import annotations

from test_rules import rows


def _got(body: str) -> list[tuple]:
    return rows(body, "assignee", "role")


def test_a_time_outside_hours_opens_a_clause_before_the_subject() -> None:
    got = _got("1. Ngoài giờ hành chính và các ngày nghỉ, Phòng Cấp cứu tiếp nhận người bệnh, phân loại ưu tiên.\n")
    assert got == [("Phòng Cấp cứu", "lead")], got
    got = _got("1. Ngoài thời gian học chính khóa, Đoàn trường tổ chức sinh hoạt câu lạc bộ kỹ năng.\n")
    assert got == [("Đoàn trường", "lead")], got


def test_another_bodys_direction_opens_a_clause_before_the_subject() -> None:
    got = _got(
        "1. Dưới sự chỉ đạo của Ban Chỉ đạo phòng, chống thiên tai tỉnh, Ban Chỉ huy Quân sự huyện tổ chức diễn tập "
        "sơ tán dân.\n"
    )
    assert got == [("Ban Chỉ huy Quân sự huyện", "lead")], got


def test_a_partner_inside_a_passive_clause_of_what_another_did_is_not_the_tasks() -> None:
    got = _got(
        "1. Trên cơ sở kết quả rà soát do Sở Tài chính phối hợp với Kho bạc Nhà nước tỉnh thực hiện, Trung tâm Dữ "
        "liệu tỉnh cập nhật cơ sở dữ liệu tài sản công trước ngày 30/11/2026.\n"
    )
    assert got == [("Trung tâm Dữ liệu tỉnh", "lead")], got


def test_the_tasks_own_partner_after_its_subject_stays() -> None:
    # counter-example: ``phối hợp với`` in the task's own predicate
    got = _got(
        "1. Trung tâm Dữ liệu tỉnh chủ trì, phối hợp với Kho bạc Nhà nước tỉnh cập nhật cơ sở dữ liệu tài sản công, "
        "do Sở Tài chính hướng dẫn.\n"
    )
    assert got == [("Trung tâm Dữ liệu tỉnh", "lead"), ("Kho bạc Nhà nước tỉnh", "support")], got


def test_a_scope_between_two_dashes_after_the_subjects_is_read_past() -> None:
    got = _got(
        "1. Giao Sở Y tế, Công an tỉnh và Ủy ban nhân dân thị xã Hòa Bình – theo chức năng và địa bàn quản lý – kiểm "
        "tra an toàn thực phẩm tại các bếp ăn tập thể.\n"
    )
    assert got == [
        ("Sở Y tế", "lead"),
        ("Công an tỉnh", "lead"),
        ("Ủy ban nhân dân thị xã Hòa Bình", "lead"),
    ], got


def test_a_name_holding_a_dash_before_its_verb_is_no_scope() -> None:
    # counter-example: one dash inside a name (``Văn hóa - Xã hội``), capitalised after it, and none before the verb
    got = _got("1. Phòng Văn hóa - Xã hội huyện kiểm tra các điểm kinh doanh karaoke - vũ trường.\n")
    assert got == [("Phòng Văn hóa - Xã hội huyện", "lead")], got


def test_topics_joined_by_dashes_are_no_scope() -> None:
    # counter-example: a heading of three topics (``Thanh tra - kiểm tra - cưỡng chế …``) names no inspectorate
    got = _got("1. Thanh tra - kiểm tra - cưỡng chế nợ thuế\n- Kiểm tra chéo hồ sơ hoàn thuế.\n")
    assert all(not a.startswith("Thanh tra") for a, _r in got), got
