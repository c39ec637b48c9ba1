"""Partners named before their role after a comma (issue 52, twenty-sixth twin of A5): ``X là cơ quan chủ trì, Y và Z
là cơ quan phối hợp, thực hiện các nhiệm vụ sau:`` over items gives Y and Z as support of each item (decision 10), as
``X chủ trì, phối hợp với Y và Z …`` does.  A name in the task after ``là cơ quan chủ trì,`` is none."""

from __future__ import annotations

from test_rules import rows


def test_partners_before_la_co_quan_phoi_hop_support_each_item() -> None:
    got = rows(
        "1. Sở Văn hóa, Thể thao và Du lịch là cơ quan chủ trì, Hiệp hội Du lịch tỉnh và Ủy ban nhân dân các xã có"
        " điểm du lịch cộng đồng là cơ quan phối hợp, thực hiện các nhiệm vụ sau:\n\na. Xây dựng bản đồ số các điểm"
        " đến.\n\nb. Gắn mã QR thuyết minh tại các di tích.\n",
        "assignee",
        "role",
        "task",
    )
    for task in ("Xây dựng bản đồ số các điểm đến.", "Gắn mã QR thuyết minh tại các di tích."):
        assert ("Sở Văn hóa, Thể thao và Du lịch", "lead", task) in got, got
        assert ("Hiệp hội Du lịch tỉnh", "support", task) in got, got
        assert ("Ủy ban nhân dân các xã có điểm du lịch cộng đồng", "support", task) in got, got
    assert len(got) == 6, got


def test_a_body_inside_the_task_after_the_lead_s_role_is_no_partner() -> None:
    got = rows(
        "1. Sở Y tế là cơ quan chủ trì, hướng dẫn Trung tâm Y tế huyện tổ chức tiêm chủng.\n", "assignee", "role"
    )
    assert ("Trung tâm Y tế huyện", "support") not in got, got
