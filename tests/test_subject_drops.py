"""A sentence whose subject the grammar read but which gave no task is a drop with its record (issue 54: every drop
names its record): ``vbparse explain`` says why, with the names and the name record, where it printed nothing. The
bodies are invented; the Document is the same with a trace or without."""

from __future__ import annotations

import pytest
from test_rules import HEADER

from vbparse import parse
from vbparse.explain import explain_result, explain_text, render
from vbparse.read import read_text_string
from vbparse.tables.rules import RULES_BY_ID


def _drops(body: str, record: str) -> list[tuple[list[str], str]]:
    return [(p.names, p.task) for p in explain_text(HEADER + body) if p.dropped_by == record]


@pytest.mark.parametrize(
    "body,name",
    [
        # a name that ran to the sentence's end through a verb no list knows
        ("1. Trạm Bơm Bắc Sơn vận hành hệ thống tưới tiêu.\n", "Trạm Bơm Bắc Sơn vận hành hệ thống tưới tiêu"),
        # a name followed by what the sentence is about, no verb
        ("2. Sở Y tế về việc kiểm tra an toàn thực phẩm.\n", "Sở Y tế"),
    ],
)
def test_a_subject_with_no_predicate_after_it_is_dropped_by_its_record(body, name):
    assert not parse(text=HEADER + body).obligations
    got = _drops(body, "subject.no_predicate")
    assert [names for names, _ in got] == [[name]], explain_text(HEADER + body)


@pytest.mark.parametrize(
    "body,name",
    [
        ("1. Các cấp hội phụ nữ tích cực tham gia xây dựng nông thôn mới!\n", "Các cấp hội phụ nữ"),
        ("2. Hội Liên hiệp Phụ nữ các cấp chung tay xây dựng gia đình hạnh phúc!\n", "Hội Liên hiệp Phụ nữ các cấp"),
    ],
)
def test_a_slogan_is_dropped_by_its_record_with_its_subject(body, name):
    assert not parse(text=HEADER + body).obligations
    assert [names for names, _ in _drops(body, "subject.slogan")] == [[name]]


def test_explain_prints_the_drop_and_the_name_record_on_a_line_that_printed_nothing():
    text = HEADER + "1. Trạm Bơm Bắc Sơn vận hành hệ thống tưới tiêu.\n"
    line = text.split("\n").index("1. Trạm Bơm Bắc Sơn vận hành hệ thống tưới tiêu.") + 1
    out = render(explain_result(read_text_string(text)), line)
    assert "not a task (subject.no_predicate)" in out and "[name.head]" in out, out


def test_a_subject_with_its_predicate_is_no_drop():
    body = "1. Trạm Bơm Bắc Sơn chủ trì kiểm tra hệ thống tưới tiêu.\n2. Sở Y tế kiểm tra an toàn thực phẩm.\n"
    assert [o.assignee.raw for o in parse(text=HEADER + body).obligations] == ["Trạm Bơm Bắc Sơn", "Sở Y tế"]
    assert not [p for p in explain_text(HEADER + body) if (p.dropped_by or "").startswith("subject.")]


def test_the_subject_records_are_declared_with_their_examples():
    for record in ("subject.no_predicate", "subject.slogan"):
        assert RULES_BY_ID[record].examples and RULES_BY_ID[record].counter_examples


def test_the_rules_report_counts_the_drops_a_gold_task_stands_for(tmp_path, capsys):
    import json
    import sys

    from conftest import ROOT

    sys.path.insert(0, str(ROOT / "scripts"))
    import evaluate

    body = (
        "1. Trạm Bơm Bắc Sơn vận hành hệ thống tưới tiêu.\n2. Sở Y tế về việc kiểm tra an toàn thực phẩm.\n"
        "3. Sở Y tế kiểm tra an toàn thực phẩm.\n"
    )
    doc, gold = tmp_path / "kh.txt", tmp_path / "kh.gold.json"
    doc.write_text(HEADER + body, encoding="utf-8")
    # the reader's gold: the pump station runs the irrigation system (a verb no list knows), missed; the health
    # department's inspection, found (in 3.), so that the drop of 2. stands for no miss
    tasks = [
        {"assignee": {"raw": "Trạm Bơm Bắc Sơn"}, "role": "lead", "task": "vận hành hệ thống tưới tiêu"},
        {"assignee": {"raw": "Sở Y tế"}, "role": "lead", "task": "kiểm tra an toàn thực phẩm"},
    ]
    gold.write_text(json.dumps({"obligations": tasks}), encoding="utf-8")
    tally = evaluate.PreemptionTally()
    assert len(tally.parser(doc).obligations) == 1
    tally.held_by_gold([(doc, gold)])
    assert tally.drops["subject.no_predicate"] == 2 and tally.in_gold["subject.no_predicate"] == 1
    evaluate.print_drops(tally)
    assert "in gold" in capsys.readouterr().out


def test_an_item_that_names_no_one_is_traced_as_no_doer():
    body = "1. Dừng tiếp nhận hồ sơ giấy từ ngày 20/11/2026.\n2. Kiểm tra việc niêm yết thủ tục hành chính.\n"
    assert not parse(text=HEADER + body).obligations
    traced = [(p.task, p.names) for p in explain_text(HEADER + body) if p.dropped_by == "subject.none"]
    assert traced == [
        ("Dừng tiếp nhận hồ sơ giấy từ ngày 20/11/2026.", []),
        ("Kiểm tra việc niêm yết thủ tục hành chính.", []),
    ]


def test_an_item_under_a_heading_that_names_its_doer_is_no_drop():
    body = "1. Sở Tư pháp\n- Rà soát danh mục thủ tục hành chính.\n"
    assert [o.assignee.raw for o in parse(text=HEADER + body).obligations] == ["Sở Tư pháp"]
    assert not [p for p in explain_text(HEADER + body) if p.dropped_by == "subject.none"]


def test_a_lead_in_naming_no_one_is_traced_and_a_bare_heading_over_items_is_not():
    body = "1. Nội dung\nBan hành quyết định thành lập đoàn kiểm tra, gồm:\n- Lãnh đạo Văn phòng.\n"
    traced = [p.task for p in explain_text(HEADER + body) if p.dropped_by == "subject.none"]
    assert "Ban hành quyết định thành lập đoàn kiểm tra, gồm:" in traced
    assert not any(t.startswith("Nội dung") for t in traced)


def test_a_task_row_that_names_no_one_is_traced_and_the_heading_over_its_table_is_not():
    table = (
        "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
        "| 1 | Cập nhật bản đồ số hiện trạng rừng |  | Quý III/2026 |\n"
        "| 2 | Kiểm kê rừng | Chi cục Kiểm lâm | Quý IV/2026 |\n"
    )
    assert [o.assignee.raw for o in parse(text=HEADER + table).obligations] == ["Chi cục Kiểm lâm"]
    traced = [
        (p.dropped_by, p.task)
        for p in explain_text(HEADER + table)
        if (p.dropped_by or "").startswith(("table.", "subject."))
    ]
    assert traced == [("table.no_assignee", "Cập nhật bản đồ số hiện trạng rừng")]


@pytest.mark.parametrize("cell", ["Theo phân công", "Theo kế hoạch", "Các phòng liên quan"])
def test_a_who_cell_of_words_in_sentence_case_is_no_person(cell):
    # a person's name capitalises every syllable (``Nguyễn Văn An``); a cell that says how the row is assigned
    # names no one
    table = (
        "| STT | Nhiệm vụ | Người thực hiện | Thời gian hoàn thành |\n|---|---|---|---|\n"
        f"| 1 | Cập nhật bản đồ số hiện trạng rừng | {cell} | Quý III/2026 |\n"
        "| 2 | Kiểm kê rừng | Nguyễn Văn An | Quý IV/2026 |\n"
    )
    got = [(o.assignee.raw, o.assignee.kind) for o in parse(text=HEADER + table).obligations]
    assert ("Nguyễn Văn An", "person") in got
    assert not any(kind == "person" and raw == cell for raw, kind in got), got
