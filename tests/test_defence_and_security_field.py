"""Security beside defence is one field of a name (``Trung tâm Giáo dục quốc phòng và an ninh Đồi Ngang``): ``và``
joins the two fields, the place's name closes it (twenty-fourth twin of A1).  Two departments joined by ``và`` stay
two."""

from test_rules import rows


def test_defence_and_security_is_one_field():
    body = (
        "1. Giám đốc Trung tâm Giáo dục quốc phòng và an ninh Đồi Ngang thành lập Hội đồng kiểm tra.\n"
        "2. Trung tâm Giáo dục quốc phòng và an ninh tỉnh bố trí giảng viên.\n"
    )
    assert [a for (a,) in rows(body, "assignee")] == [
        "Giám đốc Trung tâm Giáo dục quốc phòng và an ninh Đồi Ngang",
        "Trung tâm Giáo dục quốc phòng và an ninh tỉnh",
    ]


def test_two_departments_joined_by_va_stay_two():
    body = "1. Sở Tư pháp và Sở Y tế kiểm tra các cơ sở.\n"
    assert [a for (a,) in rows(body, "assignee")] == ["Sở Tư pháp", "Sở Y tế"]
