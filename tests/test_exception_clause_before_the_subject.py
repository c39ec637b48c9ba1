"""An exception clause before the subject (issue 52, twenty-sixth twin of A4): ``Trừ trường hợp sự cố bất khả kháng,
giao X …``, ``Ngoại trừ …, Sở Y tế …``: the subject is looked for after the clause's comma, as after ``Khi …,``; and a
text message as a task's verb (``… Phòng Kinh doanh nhắn tin khuyến cáo …``)."""

from __future__ import annotations

from test_rules import leads


def test_the_subject_after_an_exception_clause() -> None:
    got = leads(
        "1. Trừ trường hợp sự cố bất khả kháng, giao các Đội Quản lý điện khu vực thông báo lịch ngừng cấp điện.\n\n"
        "2. Ngoại trừ các xã vùng cao, Sở Y tế tổ chức tiêm chủng tại trạm.\n\n"
        "3. Khi nhận được cảnh báo nắng nóng của Đài Khí tượng Thủy văn tỉnh, Phòng Kinh doanh nhắn tin khuyến cáo"
        " khách hàng.\n"
    )
    assert [a for a, _t in got] == ["các Đội Quản lý điện khu vực", "Sở Y tế", "Phòng Kinh doanh"], got
    assert "thông báo lịch ngừng" in got[0][1], got
