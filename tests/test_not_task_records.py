"""The ``not_task`` records own their behaviour (issue 54, item 1): each holds the test it puts to a proposed task,
the extractor runs the records in their declared order, and removing a record removes the rule."""

from __future__ import annotations

import pytest
from test_rules import HEADER

from vbparse import parse
from vbparse.extract import obligation_emit
from vbparse.tables.rules_not_task import NOT_TASK_CRITERIA, NOT_TASK_MEMBERS, NOT_TASK_RULES

BY_ID = {r.id: r for r in NOT_TASK_RULES}


def test_every_not_task_record_holds_the_test_it_puts_to_a_task():
    by_node = {NOT_TASK_MEMBERS, NOT_TASK_CRITERIA}  # whole lists a node reader takes: no task is proposed
    for record in NOT_TASK_RULES:
        if record.id.startswith("not_task.") and record.id not in by_node:
            assert record.test is not None and record.test.pattern.pattern, record.id
    for rid in (*by_node, "resolver.unclaimed"):  # (the resolver's drop is decided after, on the candidate)
        assert BY_ID[rid].test is None


def test_a_record_removed_is_its_rule_removed(monkeypatch):
    body = HEADER + "1. Các tập thể hoàn thành xuất sắc nhiệm vụ được xem xét, khen thưởng.\n"
    assert not [o for o in parse(text=body).obligations if o.assignee.raw == "Các tập thể"]
    kept = tuple(r for r in NOT_TASK_RULES if r.id != "not_task.reward")
    monkeypatch.setattr(obligation_emit, "NOT_TASK_RULES", kept)
    assert [o for o in parse(text=body).obligations if o.assignee.raw == "Các tập thể"]


def test_the_first_record_in_declared_order_names_the_drop(monkeypatch):
    task = "Đã hoàn thành tốt nhiệm vụ được xem xét, khen thưởng."  # past, and a reward
    assert obligation_emit._kept_task(task) == (None, "not_task.past_action")
    reordered = (BY_ID["not_task.reward"], *(r for r in NOT_TASK_RULES if r.id != "not_task.reward"))
    monkeypatch.setattr(obligation_emit, "NOT_TASK_RULES", reordered)
    assert obligation_emit._kept_task("hoàn thành tốt nhiệm vụ được xem xét, khen thưởng.") == (None, "not_task.reward")


@pytest.mark.parametrize(
    "reader,dropped",
    [("sentence.subject", "not_task.request_of_another"), ("table.row", None), ("heading.items", None)],
)
def test_a_record_applies_only_after_the_readers_it_names(reader, dropped):
    kept, by = obligation_emit._kept_task("đề nghị Ủy ban nhân dân các tỉnh hướng dẫn thực hiện", reader)
    assert by == dropped and (kept is None) == (dropped is not None)


def test_a_cutting_record_keeps_the_task_before_its_clause():
    liability = BY_ID["not_task.liability"]
    assert liability.test is not None and liability.test.how == "cut"
    kept, by = obligation_emit._kept_task("tổ chức kiểm tra, chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả")
    assert (kept, by) == ("tổ chức kiểm tra", None)
    assert obligation_emit._kept_task("chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả") == (
        None,
        "not_task.liability",
    )


def test_a_list_a_node_reader_takes_is_traced_line_by_line_with_its_record():
    from vbparse.explain import explain_text

    members = "1. Thành lập Tổ công tác gồm các thành viên:\n- Tổ trưởng: Ông Lê Văn Minh - Phó Giám đốc Sở Nội vụ.\n"
    traced = [p for p in explain_text(HEADER + members) if p.dropped_by == NOT_TASK_MEMBERS]
    assert any("Ông Lê Văn Minh - Phó Giám đốc Sở Nội vụ" in p.names for p in traced)
    assert all(p.reader == "node.members" for p in traced)
    criteria = "3. Tiêu chuẩn khen thưởng\nb) Đối với cá nhân: Các cá nhân có thành tích xuất sắc.\n"
    traced = [p for p in explain_text(HEADER + criteria) if p.dropped_by == NOT_TASK_CRITERIA]
    assert [p.names for p in traced] == [["Các cá nhân có thành tích xuất sắc"]] and traced[0].reader == "node.criteria"
    assert not parse(text=HEADER + members + criteria).obligations


@pytest.mark.parametrize(
    "task,dropped",
    [
        # a letter's account of what it received: no task (its reply follows)
        ("nhận được Công văn số 125/UBND-KT ngày 03/3/2026 của UBND huyện về việc thẩm định dự án", "not_task.receipt"),
        ("nhận được Báo cáo số 45/BC-SXD của Sở Xây dựng", "not_task.receipt"),
        # a procedure's step on a file received is a task
        ("nhận được hồ sơ hợp lệ thì chuyển Phòng Quản lý đô thị thẩm định", None),
        # the letter's closing: it informs, for the one informed to know and act
        (
            "thông báo để Công ty cổ phần Môi trường đô thị được biết và phối hợp triển khai thực hiện./.",
            "not_task.closing",
        ),
        ("thông báo để các đơn vị biết, thực hiện.", "not_task.closing"),
        # informing someone of a result is a task
        ("thông báo kết quả thẩm định cho chủ đầu tư biết trước ngày 15/4/2026", None),
    ],
)
def test_a_letters_receipt_and_its_closing_notice_are_no_tasks(task, dropped):
    assert obligation_emit._kept_task(task, "sentence.subject")[1] == dropped


@pytest.mark.parametrize(
    ("body", "assignee"),
    [
        ("1. Hội đồng tư vấn chuyên ngành: gồm Chủ tịch, các thành viên thường trực và thành viên khác.\n", "Hội đồng"),
        ("2. Tổ giúp việc: gồm công chức Văn phòng - Thống kê và công chức Tư pháp - Hộ tịch.\n", "Tổ giúp việc"),
        ("3. Hội đồng thẩm định bao gồm đại diện Sở Tài chính, Sở Nội vụ.\n", "Hội đồng thẩm định"),
    ],
)
def test_what_a_body_is_made_of_is_no_task(body: str, assignee: str) -> None:
    """A body's composition (``X gồm …``, ``X: bao gồm …``) says who is in it, not what it does (a real QĐ's
    ``Hội đồng tư vấn chuyên ngành: gồm Chủ tịch, …``)."""
    assert not [o for o in parse(text=HEADER + body).obligations if o.assignee.raw.startswith(assignee)]


def test_a_list_that_a_task_makes_holds_gom_and_stays_a_task() -> None:
    body = "1. Phòng Giáo dục và Đào tạo lập danh sách gồm họ tên, ngày sinh của học sinh.\n"
    assert [o.task for o in parse(text=HEADER + body).obligations] == [
        "lập danh sách gồm họ tên, ngày sinh của học sinh."
    ]
