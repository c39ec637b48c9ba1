"""A who-field's value that says each name's role after it (issue 52, twenty-first twin of S7): ``Trách nhiệm thực
hiện: Giao A chủ trì; B phối hợp.`` gives A the lead and B the support, as ``A chủ trì, phối hợp với B`` would."""

from __future__ import annotations

from vbparse import parse_text

HEAD = (
    "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nTỈNH LẠC GIANG\nSố: 21/KH-SNNMT\nLạc Giang, ngày 02 tháng 4 năm 2031\nKẾ HOẠCH\n"
    "Phòng, chống bệnh dại năm 2031\nII. NHIỆM VỤ VÀ TRÁCH NHIỆM THỰC HIỆN\n\n"
    "1. Tiêm phòng vắc xin dại cho chó, mèo tại các xã vùng cao\n\n"
)
TAIL = "- Thời gian: Quý II/2031.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nHà Văn Tâm\n"


def _roles(value: str) -> list[tuple[str, str]]:
    return [
        (o.role, o.assignee.raw) for o in parse_text(HEAD + f"- Trách nhiệm thực hiện: {value}\n\n" + TAIL).obligations
    ]


def test_a_name_whose_own_role_is_phoi_hop_in_a_who_field_supports() -> None:
    got = _roles("Giao Chi cục Chăn nuôi và Thú y chủ trì; Trạm Thú y huyện Khe Vân phối hợp.")
    assert got == [("lead", "Chi cục Chăn nuôi và Thú y"), ("support", "Trạm Thú y huyện Khe Vân")], got


def test_names_with_no_role_after_them_in_a_who_field_lead() -> None:
    """Counter: ``A; B`` with no role words: both lead the item."""
    got = _roles("Chi cục Chăn nuôi và Thú y; Trạm Thú y huyện Khe Vân.")
    assert got == [("lead", "Chi cục Chăn nuôi và Thú y"), ("lead", "Trạm Thú y huyện Khe Vân")], got
