"""A lead-in whose subject is the focal point (``làm đầu mối``, as ``chủ trì``) and whose partners follow (issue 52,
twenty-fifth twin of A5: ``X (sub-unit) làm đầu mối, phối hợp với Y và Z tổ chức các nhiệm vụ dưới đây:`` over
items): each item is X's, with Y and Z its partners."""

from __future__ import annotations

from test_rules import rows


def test_a_focal_point_lead_in_hands_its_partners_to_every_item() -> None:
    got = rows(
        "2. Sở Du lịch làm đầu mối, phối hợp với Công an tỉnh và Ban Quản lý vịnh Bái Tử tổ chức các nhiệm vụ dưới "
        "đây:\n\n(1) Kiểm tra tàu du lịch neo đậu qua đêm.\n\n(2) Cấm khách tắm biển ngoài khu vực quy định.\n",
        "assignee",
        "role",
        "task",
    )
    for task in ("Kiểm tra tàu du lịch neo đậu qua đêm.", "Cấm khách tắm biển ngoài khu vực quy định."):
        assert ("Sở Du lịch", "lead") in {(a, r) for a, r, t in got if t.endswith(task)}, got
        assert ("Công an tỉnh", "support") in {(a, r) for a, r, t in got if t.endswith(task)}, got
        assert ("Ban Quản lý vịnh Bái Tử", "support") in {(a, r) for a, r, t in got if t.endswith(task)}, got
