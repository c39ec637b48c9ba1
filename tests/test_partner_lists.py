"""Partners after ``phối hợp với``: a partner no list knows after one the lists know is a partner of its own
(``Công an tỉnh, Nhà văn hóa thiếu nhi``), not the known one's next field; a field of the same name still joins it."""

from __future__ import annotations

import pytest
from test_rules import HEADER

from vbparse import parse


def _supports(body: str) -> list[str]:
    return [o.assignee.raw for o in parse(text=HEADER + body).obligations if o.role == "support"]


@pytest.mark.parametrize(
    "body,partners",
    [
        (
            "1. Sở Văn hóa chủ trì, phối hợp với Công an tỉnh, Nhà văn hóa thiếu nhi tổ chức trại hè.\n",
            ["Công an tỉnh", "Nhà văn hóa thiếu nhi"],
        ),
        (
            "2. Sở Y tế chủ trì, phối hợp với UBND các xã, Trạm Bơm Bắc Sơn và Sở Tài chính kiểm tra nguồn nước.\n",
            ["UBND các xã", "Trạm Bơm Bắc Sơn", "Sở Tài chính"],
        ),
    ],
)
def test_a_partner_no_list_knows_after_a_known_one_is_its_own(body, partners):
    assert _supports(body) == partners


@pytest.mark.parametrize(
    "body,partners",
    [
        # a portfolio's next field after its comma is the same partner's
        (
            "1. Sở Nội vụ chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch tổ chức hội thi.\n",
            ["Sở Văn hóa, Thể thao và Du lịch"],
        ),
        ("2. Sở Y tế chủ trì, phối hợp với Công an tỉnh kiểm tra an toàn thực phẩm.\n", ["Công an tỉnh"]),
    ],
)
def test_one_partners_fields_stay_one_partner(body, partners):
    assert _supports(body) == partners


def test_a_level_after_the_comma_is_the_known_names_place_not_a_partner():
    body = "1. Công an tỉnh chủ trì, phối hợp với Công an các tỉnh, Thành phố khác kiểm tra đại lý internet.\n"
    assert "Thành phố khác" not in _supports(body)


def test_partners_no_list_knows_in_the_sentence_that_says_who_does_the_activities():
    """``b) Cách thức thực hiện`` / ``A chủ trì, phối hợp với X, Y tổ chức thực hiện.`` under activities: X and Y are
    each activity's partners though no list knows their heads (third twin of T3: nothing was read)."""
    body = (
        "2. Phục hồi rạn san hô\na) Nội dung\n- Thả rạn nhân tạo tại vùng lõi.\n- Giám sát độ phủ san hô.\n"
        "b) Cách thức thực hiện\nBan Quản lý Khu bảo tồn biển Hòn Mun chủ trì, phối hợp với Hạt Kiểm lâm Vạn "
        "Ninh, Đồn Biên phòng Vĩnh Lương tổ chức thực hiện.\n"
    )
    obligations = parse(text=HEADER + body).obligations
    assert [(o.role, o.assignee.raw, o.task[:10]) for o in obligations] == [
        ("lead", "Ban Quản lý Khu bảo tồn biển Hòn Mun", "Thả rạn nh"),
        ("support", "Hạt Kiểm lâm Vạn Ninh", "Thả rạn nh"),
        ("support", "Đồn Biên phòng Vĩnh Lương", "Thả rạn nh"),
        ("lead", "Ban Quản lý Khu bảo tồn biển Hòn Mun", "Giám sát đ"),
        ("support", "Hạt Kiểm lâm Vạn Ninh", "Giám sát đ"),
        ("support", "Đồn Biên phòng Vĩnh Lương", "Giám sát đ"),
    ]


@pytest.mark.parametrize("how", ["thường xuyên", "tích cực", "chặt chẽ, kịp thời"])
def test_partners_after_phoi_hop_and_how_closely(how):
    """``Phối hợp thường xuyên với X, Y …`` (third twin of L1: a manner word between ``phối hợp`` and ``với`` lost
    the partners)."""
    body = f"1. Trạm Y tế xã:\n- Phối hợp {how} với Hội Phụ nữ xã, Đoàn Thanh niên xã tuyên truyền phòng chống sốt xuất huyết.\n"
    assert _supports(body) == ["Hội Phụ nữ xã", "Đoàn Thanh niên xã"]
