"""Staff named by a crew's or an officer's noun (issue 52, twenty-sixth twins of A2): ``Sĩ quan thông tin duy trì
liên lạc …`` (an officer by the branch after ``Sĩ quan``), ``Nhân viên phụ xe tuyến học sinh điểm danh …`` (a
vehicle's crew, ``phụ xe``, and the roll call as a task's verb).  A body's object after a post is the task's."""

from __future__ import annotations

from test_rules import leads


def test_an_officer_and_a_crew_member_are_subjects() -> None:
    got = leads(
        "1. Sĩ quan thông tin duy trì liên lạc với trung tâm điều hành 04 lần/ngày.\n\n"
        "2. Nhân viên phụ xe tuyến học sinh điểm danh học sinh khi lên, xuống xe.\n\n"
        "3. Phụ xe kiểm tra dây an toàn của học sinh.\n"
    )
    assert [a for a, _t in got] == ["Sĩ quan thông tin", "Nhân viên phụ xe tuyến học sinh", "Phụ xe"], got
    assert got[1][1].startswith("điểm danh học sinh"), got


def test_an_officer_in_the_task_is_no_subject() -> None:
    got = leads("1. Ban Chỉ huy Quân sự huyện cử sĩ quan thông tin tham gia đoàn kiểm tra.\n")
    assert [a for a, _t in got] == ["Ban Chỉ huy Quân sự huyện"], got
