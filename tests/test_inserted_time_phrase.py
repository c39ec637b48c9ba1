"""A phrase of time set between commas after a list of subjects (issue 52, twenty-fifth twin of A4: ``Giao A, B và C,
kể cả vào ngày nghỉ, ngày lễ và ngoài giờ hành chính, duy trì …``): each subject gets the task, the phrase is no part
of their names."""

from __future__ import annotations

from test_rules import rows


def test_an_out_of_hours_phrase_between_the_subjects_and_their_verb_is_read_past() -> None:
    got = rows(
        "1. Giao Sở Giao thông vận tải, Công an tỉnh và Ban Quản lý bến xe, kể cả trong những ngày cao điểm Tết, "
        "bố trí lực lượng điều tiết giao thông tại các bến.\n",
        "assignee",
        "task",
    )
    assert [a for a, _t in got] == ["Sở Giao thông vận tải", "Công an tỉnh", "Ban Quản lý bến xe"], got
    assert all(t.startswith("bố trí lực lượng") for _a, t in got), got
