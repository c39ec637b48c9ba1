"""Activities listed under a label and then one sentence saying who carries them out (class T3): the label may open
with ``Những`` and say what is to be done (``a) Những nội dung cần làm``), and the who-sentence may state its role
in a manner (``Tỉnh đoàn trực tiếp chủ trì thực hiện.``); each activity is then the lead's task (issue 52,
nineteenth twins of T3: ``a) Những nội dung chủ yếu`` gave one task of the label's words and the first bullet, and
``… (Trung tâm …) trực tiếp chủ trì thực hiện.`` a task of its own, ``trực tiếp chủ trì thực hiện``).
Counter-example: a sentence with a task of its own after the role (``… chủ trì tổ chức giải bơi …``)."""

from __future__ import annotations

from test_rules import HEADER

from vbparse import parse


def _tasks(body: str) -> list[tuple[str, str, str]]:
    return [(o.role, o.assignee.raw, o.task) for o in parse(text=HEADER + body).obligations]


def test_activities_under_a_label_opening_with_nhung_are_the_leads_tasks() -> None:
    got = _tasks(
        "3. Phòng chống sốt xuất huyết\na) Những nội dung cần làm\n- Phun hóa chất diệt muỗi tại các ổ dịch.\n"
        "- Phát động chiến dịch diệt lăng quăng.\nb) Phân công\nTrung tâm Y tế huyện chủ trì triển khai thực hiện.\n"
    )
    assert [(r, a, t) for r, a, t in got if r == "lead"] == [
        ("lead", "Trung tâm Y tế huyện", "Phun hóa chất diệt muỗi tại các ổ dịch."),
        ("lead", "Trung tâm Y tế huyện", "Phát động chiến dịch diệt lăng quăng."),
    ], got


def test_a_role_stated_in_a_manner_still_only_says_who() -> None:
    got = _tasks(
        "2. Phổ cập bơi cho trẻ em\na) Hoạt động cụ thể\n- Mở lớp dạy bơi miễn phí tại hồ bơi huyện.\n"
        "- Trang bị phao cứu sinh cho các điểm trường ven sông.\nb) Tổ chức thực hiện\n"
        "Huyện đoàn (Nhà Thiếu nhi huyện) trực tiếp chủ trì thực hiện.\n"
    )
    assert [t for _r, _a, t in got] == [
        "Mở lớp dạy bơi miễn phí tại hồ bơi huyện.",
        "Trang bị phao cứu sinh cho các điểm trường ven sông.",
    ], got


def test_a_sentence_with_a_task_of_its_own_after_the_role_is_that_task() -> None:
    got = _tasks(
        "2. Phổ cập bơi cho trẻ em\na) Hoạt động cụ thể\n- Mở lớp dạy bơi miễn phí tại hồ bơi huyện.\n"
        "b) Tổ chức thực hiện\nHuyện đoàn trực tiếp chủ trì tổ chức giải bơi cho thiếu nhi vào tháng 6.\n"
    )
    assert any("giải bơi" in t for _r, _a, t in got), got
