"""A field's adjective that is also an adverb or a verb ends no name (issue 52, twenty-fifth twin of S7: ``Khoa Hồi
sức tích cực - Chống độc và Khoa Ngoại tổng hợp tổ chức …``): intensive care, continuing education and general wards
are names' words.  Counters: the same words before a verb after a complete name are the sentence's (``Sở Y tế tổng
hợp số liệu``), and ``Văn phòng`` + ``tổng hợp …`` is the office and its verb."""

from __future__ import annotations

from test_rules import rows


def test_intensive_care_and_general_surgery_are_names_words() -> None:
    got = rows(
        "1. Khoa Hồi sức tích cực - Chống độc và Khoa Ngoại tổng hợp tổ chức diễn tập xử trí sốc phản vệ.\n",
        "assignee",
        "task",
    )
    assert [a for a, _t in got] == ["Khoa Hồi sức tích cực - Chống độc", "Khoa Ngoại tổng hợp"], got
    assert all(t.startswith("tổ chức diễn tập") for _a, t in got), got


def test_continuing_education_is_a_names_words() -> None:
    got = rows("1. Trung tâm Giáo dục thường xuyên tỉnh tổ chức kỳ thi.\n", "assignee")
    assert got == [("Trung tâm Giáo dục thường xuyên tỉnh",)], got


def test_an_office_then_the_verb_tong_hop_is_the_office_and_its_task() -> None:
    """Counter: ``Văn phòng`` + ``tổng hợp kết quả …``: the verb, as often as the office of general affairs."""
    got = rows("1. Văn phòng tổng hợp kết quả thu, báo cáo Giám đốc.\n", "assignee", "task")
    assert got == [("Văn phòng", "tổng hợp kết quả thu, báo cáo Giám đốc.")], got


def test_the_verb_after_a_complete_name_is_the_sentences() -> None:
    got = rows("1. Sở Y tế tổng hợp số liệu.\n2. Khoa Dược tích cực tuyên truyền.\n", "assignee", "task")
    assert got == [("Sở Y tế", "tổng hợp số liệu."), ("Khoa Dược", "tích cực tuyên truyền.")], got


def test_managers_in_a_departments_name_are_its_words() -> None:
    """Twenty-fifth twin of S2: ``Cục Nhà giáo và Cán bộ quản lý giáo dục`` in an execution clause is one name (the
    clause was read up to ``Cán bộ``, its task ``quản lý giáo dục``)."""
    got = rows(
        "Điều 4. Chánh Văn phòng; Vụ trưởng Vụ Kế hoạch; Cục trưởng Cục Nhà giáo và Cán bộ quản lý giáo dục; Thủ "
        "trưởng các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.\n",
        "assignee",
        "task",
    )
    assert ("Cục trưởng Cục Nhà giáo và Cán bộ quản lý giáo dục", "chịu trách nhiệm thi hành Quyết định này.") in got
    assert all(t.startswith("chịu trách nhiệm") for _a, t in got), got
