"""Staff members named by a noun with no agent's syllable (issue 52, twenty-third twins of A2): a worker, an adviser,
an assistant, an expert by what they work at (``Cố vấn học tập rà soát …``, ``Trợ lý giám đốc tổng hợp …``,
``Công nhân vận hành kiểm tra …``), read where a subject stands before a task verb as a staff noun is; a passive after
its tense (``… sẽ được mời …``) gives them, or a known body, no task."""

from __future__ import annotations

from test_rules import rows


def test_staff_nouns_without_an_agent_syllable_are_subjects() -> None:
    assert rows("1. Cố vấn học tập rà soát hồ sơ học bổng của sinh viên.\n", "assignee") == [("Cố vấn học tập",)]
    assert rows("1. Trợ lý giám đốc tổng hợp lịch công tác tuần.\n", "assignee") == [("Trợ lý giám đốc",)]
    assert rows("1. Công nhân vận hành kiểm tra máy bơm trước mùa mưa.\n", "assignee") == [("Công nhân vận hành",)]


def test_a_passive_after_its_tense_gives_a_staff_member_no_task() -> None:
    assert rows("1. Chuyên gia nước ngoài sẽ được mời tham dự hội thảo.\n", "assignee") == []
    assert rows("1. Cán bộ thư viện sẽ được tập huấn nghiệp vụ lưu trữ.\n", "assignee") == []
    assert rows("1. Sở Y tế sẽ được bổ sung biên chế năm 2026.\n", "assignee") == []  # a known body's too
    # counter-examples: the tense before an active verb, a passive that assigns
    assert rows("1. Cán bộ thư viện sẽ tổ chức tập huấn nghiệp vụ.\n", "assignee") == [("Cán bộ thư viện",)]
    assert rows("1. Sở Y tế sẽ được giao chủ trì xây dựng đề án.\n", "assignee") == [("Sở Y tế",)]
