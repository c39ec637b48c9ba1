"""How closely a body works with its partners, in words no list knows (issue 52, partners; eighth, tenth and
eleventh twins of L1): ``Phối hợp nhanh chóng với``, ``phối hợp đều đặn với``, ``phối hợp thường kỳ với`` name
the partners after ``với`` as ``phối hợp chặt chẽ với`` does.  One or two words in lower case between ``phối hợp``
and ``với`` are the manner; a verb after ``phối hợp`` with no ``với`` in reach names no partner."""

from __future__ import annotations

import pytest

from vbparse import parse

HEADER = """ỦY BAN NHÂN DÂN
XÃ ĐÔNG HƯNG
Số: 14/KH-UBND
Đông Hưng, ngày 02 tháng 3 năm 2028
KẾ HOẠCH
Phòng, chống dịch bệnh trên đàn gia cầm năm 2028
I. MỤC ĐÍCH, YÊU CẦU
1. Bảo đảm thực hiện đúng tiến độ.
II. TỔ CHỨC THỰC HIỆN
"""


def _supports(body: str) -> list[str]:
    return [o.assignee.raw for o in parse(text=HEADER + body).obligations if o.role == "support"]


@pytest.mark.parametrize(
    "body,partners",
    [
        (
            "1. Trạm Chăn nuôi xã phối hợp ăn ý với Hội Nông dân xã tiêm phòng cúm gia cầm.\n",
            ["Hội Nông dân xã"],
        ),
        (
            "1. Trạm Chăn nuôi xã phối hợp sát sao với Hội Nông dân xã, Đoàn Thanh niên xã tiêm phòng cúm gia cầm.\n",
            ["Hội Nông dân xã", "Đoàn Thanh niên xã"],
        ),
        (
            (
                "1. Trạm Chăn nuôi xã:\n- Phối hợp liên tục với trưởng các thôn, các chi hội nông dân tiêm phòng cúm gia"
                " cầm tại hộ.\n"
            ),
            ["trưởng các thôn", "các chi hội nông dân"],
        ),
    ],
)
def test_a_manner_no_list_knows_between_phoi_hop_and_voi_still_names_the_partners(body, partners):
    assert _supports(body) == partners


def test_a_verb_after_phoi_hop_without_voi_names_no_partner():
    body = "1. Trạm Chăn nuôi xã phối hợp tiêm phòng cúm gia cầm tại các thôn.\n"
    assert _supports(body) == []


@pytest.mark.parametrize(
    "body,partners",
    [
        # a clause of what a plural partner has or did says which ones it means, up to the list's next member
        (
            (
                "1. Trạm Chăn nuôi xã chủ trì, phối hợp với các trại gà có đàn lớn, các hộ chăn nuôi nhỏ lẻ tiêm"
                " phòng cúm gia cầm.\n"
            ),
            ["các trại gà có đàn lớn", "các hộ chăn nuôi nhỏ lẻ"],
        ),
        (
            (
                "1. Trạm Chăn nuôi xã chủ trì, phối hợp với các thú y viên đã nghỉ hưu, những hộ nuôi gà đang thả rông"
                " tiêm phòng cúm gia cầm.\n"
            ),
            ["các thú y viên đã nghỉ hưu", "những hộ nuôi gà đang thả rông"],
        ),
        # where the last partner is, closed by its proper name: the word after it is the verb's
        (
            "1. Trạm Chăn nuôi xã chủ trì, phối hợp với các hộ nuôi vịt ở thôn Đồng Lầy rào chắn khu chăn thả.\n",
            ["các hộ nuôi vịt ở thôn Đồng Lầy"],
        ),
    ],
)
def test_a_plural_partner_keeps_the_clause_that_says_which_ones(body, partners):
    assert _supports(body) == partners
