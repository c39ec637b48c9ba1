"""The partners after ``phối hợp với`` go on past a partner's executing sub-unit in brackets (decision 17 keeps the
sub-unit in its name): ``Công an tỉnh (Phòng Cảnh sát giao thông) và Ủy ban nhân dân các xã`` are two partners, as
are a partner no list knows and its sub-unit (``Đoạn Quản lý đường bộ số 2 (Hạt Quản lý Nà Sơn)``) and the next
(issue 52, eighteenth twin of HEADING-UNIT).  Counter-example: a bracket that lists examples (``các nhà mạng
(Viettel …, VNPT …)``) is no sub-unit to read around."""

from __future__ import annotations

from vbparse import parse_text

HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH LẠC GIANG\nSố: 12/KH-UBND\nLạc Giang, ngày 02 tháng 4 năm 2031\nKẾ HOẠCH\n"
    "An toàn giao thông đường thủy năm 2031\nII. TỔ CHỨC THỰC HIỆN\n"
)
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nHà Văn Tâm\n"


def _supports(body: str) -> list[str]:
    return [o.assignee.raw for o in parse_text(HEAD + body + TAIL).obligations if o.role == "support"]


def test_a_known_partners_sub_unit_does_not_end_the_list() -> None:
    body = "1. Sở Xây dựng chủ trì, phối hợp với Công an tỉnh (Phòng Cảnh sát đường thủy) và Ủy ban nhân dân các xã ven sông kiểm tra bến đò.\n"
    assert _supports(body) == ["Công an tỉnh (Phòng Cảnh sát đường thủy)", "Ủy ban nhân dân các xã ven sông"]


def test_a_partner_no_list_knows_keeps_its_sub_unit_and_the_next_partner() -> None:
    body = "1. Sở Y tế chủ trì, phối hợp với Đoạn Quản lý đường sông số 4 (Trạm quản lý Bến Mít) và Ủy ban nhân dân các xã kiểm tra bến đò.\n"
    assert _supports(body) == ["Đoạn Quản lý đường sông số 4 (Trạm quản lý Bến Mít)", "Ủy ban nhân dân các xã"]


def test_a_bracket_of_examples_is_not_read_around() -> None:
    body = "1. Sở Khoa học và Công nghệ phối hợp chặt chẽ với các nhà mạng (Viettel Lạc Giang, VNPT Lạc Giang) để phủ sóng 5G.\n"
    assert "các nhà mạng" not in _supports(body)
