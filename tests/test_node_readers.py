"""The node readers' order is declared (issue 54 step 3): ``obligation_walk.NODE_READERS`` offers each node to them
first first, and every proposal says which node reader took the node it was read in."""

from __future__ import annotations

import sys

from conftest import ROOT

from vbparse import parse_text
from vbparse.explain import explain_result, explain_text, render
from vbparse.extract import obligation_walk
from vbparse.extract.obligation_walk import NODE_READERS
from vbparse.read import read_text_string

sys.path.insert(0, str(ROOT / "scripts"))
import evaluate

HEADER = (
    "ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 8/KH-UBND\nAn Phú, ngày 03 tháng 4 năm 2026\nKẾ HOẠCH\nTổ chức Tết trồng cây\n"
)


def test_the_node_readers_are_declared_in_todays_order():
    assert [r.id for r in NODE_READERS] == [
        "node.members",
        "node.criteria",
        "node.field_item",
        "node.lead_in_paragraphs",
        "node.assignee_heading",
        "node.subject_item",
        "node.bracketed_fields",
    ]


def test_each_proposal_names_the_node_reader_that_took_its_node():
    body = (
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Công chức Văn hóa - Xã hội chủ trì tuyên truyền về Tết trồng cây.\n"
        "2. Đoàn Thanh niên xã:\n- Tổ chức ra quân trồng cây tại các thôn.\n- Báo cáo kết quả trước ngày 30/4/2026.\n"
        "3. Trồng cây xanh tại trụ sở\n- Đơn vị chủ trì: Văn phòng - Thống kê.\n- Thời gian: tháng 4/2026.\n"
    )
    by_name = {tuple(p.names): p.reader for p in explain_text(HEADER + body) if p.preempted is None}
    assert by_name[("Công chức Văn hóa - Xã hội",)] == "node.subject_item"
    assert by_name[("Đoàn Thanh niên xã",)] == "node.assignee_heading"
    assert by_name[("Văn phòng - Thống kê",)] == "node.field_item"


#: An assignee heading over its items: ``node.assignee_heading`` and ``node.subject_item`` (its lead-in) would
#: both take the node.
BOTH_TAKE = (
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Đoàn Thanh niên xã có trách nhiệm:\n"
    "- Tổ chức ra quân trồng cây tại các thôn.\n"
    "- Báo cáo kết quả trước ngày 30/4/2026.\n"
)
#: One reader only takes each item: the brackets' fields, and a subject that proposes without taking the item.
ONE_TAKES = (
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Trồng cây xanh tại trụ sở (Cơ quan chủ trì: Văn phòng - Thống kê). Thời gian: tháng 4/2026.\n"
    "2. Ban Chỉ huy Quân sự xã chủ trì trồng cây tại thao trường (Cơ quan chủ trì: Công an xã).\n"
)


def _readers(proposals, *, pre_empted: bool) -> set[str | None]:
    return {p.reader for p in proposals if (p.preempted is not None) == pre_empted}


def test_a_node_two_readers_take_is_the_first_ones_and_the_other_is_pre_empted_by_it():
    proposals = explain_text(HEADER + BOTH_TAKE)
    assert _readers(proposals, pre_empted=False) == {"node.assignee_heading"}
    lost = [p for p in proposals if p.preempted is not None]
    assert {p.reader for p in lost} == {"node.subject_item"}
    assert {(p.preempted.winner, p.preempted.node, p.preempted.took) for p in lost} == {
        ("node.assignee_heading", "II.1", True)
    }
    assert {p.rule for p in lost} == {"lead_in.items"} and all(p.made == (0, 0) for p in lost)
    doc = parse_text(HEADER + BOTH_TAKE)
    assert {o.evidence[0] for o in doc.obligations} == {"heading.items"}


def test_the_pre_empted_readings_change_nothing_the_parse_keeps():
    for body in (BOTH_TAKE, ONE_TAKES):
        ex = explain_result(read_text_string(HEADER + body))
        assert ex.document.obligations == parse_text(HEADER + body).obligations


def test_a_reader_that_proposes_without_taking_above_the_winner_is_not_pre_empted():
    proposals = explain_text(HEADER + ONE_TAKES)
    assert [p for p in proposals if p.preempted is not None] == []
    assert _readers(proposals, pre_empted=False) == {"node.subject_item", "node.bracketed_fields"}


def test_the_declared_priority_decides_the_winner(monkeypatch):
    by_id = {r.id: r for r in NODE_READERS}
    order = ["node.members", "node.criteria", "node.field_item", "node.subject_item", "node.assignee_heading"]
    monkeypatch.setattr(obligation_walk, "NODE_READERS", tuple(by_id[i] for i in order))
    proposals = explain_text(HEADER + BOTH_TAKE)
    assert _readers(proposals, pre_empted=False) == {"node.subject_item"}
    lost = [p for p in proposals if p.preempted is not None]
    assert {(p.reader, p.preempted.winner) for p in lost} == {("node.assignee_heading", "node.subject_item")}
    doc = parse_text(HEADER + BOTH_TAKE)
    assert {o.evidence[0] for o in doc.obligations} == {"lead_in.items"}


def test_explain_says_which_reader_pre_empted_a_proposal():
    out = render(explain_result(read_text_string(HEADER + BOTH_TAKE)))
    assert "pre-empted by node.assignee_heading (node.subject_item would take II.1)" in out
    assert "pre-empted" not in render(explain_result(read_text_string(HEADER + ONE_TAKES)))


def test_the_rules_report_counts_who_pre_empted_each_reader_and_rule(capsys):
    tally = evaluate.PreemptionTally()
    tally.add("a.txt", explain_text(HEADER + BOTH_TAKE))
    tally.add(
        "b.txt", explain_text(HEADER + BOTH_TAKE + "2. Hội Nông dân xã có trách nhiệm:\n- Trồng cây ven đường.\n")
    )
    tally.add("c.txt", explain_text(HEADER + ONE_TAKES))
    assert tally.by_reader() == {"node.subject_item": {"node.assignee_heading": {"proposals": 5, "nodes": 3}}}
    rules = {"heading.items": {"precision": 1.0, "tp": 5, "fp": 0, "documents": 2}}
    tally.into_rules(rules)
    assert rules["lead_in.items"]["preempted_by"] == {"node.assignee_heading": 5}
    assert rules["heading.items"]["preempted_by"] == {}
    evaluate.print_rules(rules)
    evaluate.print_preempted(tally.by_reader())
    out = capsys.readouterr().out
    assert "pre-empted by" in out and "node.assignee_heading 5" in out
    assert "node.subject_item" in out.split("pre-empted by")[-1]


def test_the_rules_report_names_every_record_that_made_or_dropped_nothing(capsys):
    from vbparse.tables.rules import RULES_BY_ID
    from vbparse.tables.skips import SKIP_RULES_BY_ID

    every = set(RULES_BY_ID) | set(SKIP_RULES_BY_ID)
    seen = {"heading.items", "name.alias", "skip.purposes"}
    unseen = evaluate.unseen_records(seen)
    assert set(unseen) | seen == every and not set(unseen) & seen
    assert "name.compound" in unseen and "not_task.quota" in unseen
    evaluate.print_unseen(unseen)
    assert f"({len(every) - 3}):" in capsys.readouterr().out


def test_the_order_is_the_record_files_and_every_reader_registers_itself_under_its_id():
    from vbparse.extract.obligation_context import NODE_READER_FUNCTIONS
    from vbparse.tables.rules import NODE_READER_ORDER

    assert tuple(r.id for r in NODE_READERS) == NODE_READER_ORDER
    assert all(r.read is NODE_READER_FUNCTIONS[r.id] for r in NODE_READERS)


def test_a_reader_registered_twice_or_a_place_without_a_reader_fails_at_once(monkeypatch):
    import pytest

    from vbparse.extract.obligation_context import node_reader

    with pytest.raises(ValueError, match="registered twice"):
        node_reader("node.members")(lambda _ctx, _node: False)
    monkeypatch.setattr(obligation_walk, "NODE_READER_ORDER", (*obligation_walk.NODE_READER_ORDER, "node.nowhere"))
    with pytest.raises(RuntimeError, match="node.nowhere"):
        obligation_walk._declared_readers()


def test_the_bracketed_reader_reads_with_the_pattern_its_record_holds():
    from vbparse.extract import obligation_fields
    from vbparse.tables.rules import RULES_BY_ID, record_pattern

    assert obligation_fields._BRACKETED is RULES_BY_ID["fields.bracketed"].pattern
    import pytest

    with pytest.raises(LookupError):
        record_pattern("sentence.subject")  # a record whose reader holds no pattern of it
