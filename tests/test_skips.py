"""The records of the sections whose items are no tasks (``tables/skips.py``): each skips its example headings and
not its counter-examples, and a skipped section leaves its record in the trace (``vbparse explain``: issue 54, every
drop says which record made it)."""

from __future__ import annotations

import pytest

from vbparse.explain import explain_text
from vbparse.extract.obligation_skips import skip_rule
from vbparse.structure.parser import Node
from vbparse.tables.skips import SKIP_COMPETENCE, SKIP_RULES


def _section(heading: str) -> Node:
    return Node(label="I", kind="roman", rank=1, heading=heading, text_parts=[], start=0, end=len(heading))


@pytest.mark.parametrize("rule,heading", [(r.id, h) for r in SKIP_RULES for h in r.examples])
def test_each_skip_record_skips_its_examples(rule, heading):
    assert skip_rule(_section(heading)) == rule


@pytest.mark.parametrize("rule,heading", [(r.id, h) for r in SKIP_RULES for h in r.counter_examples])
def test_no_skip_record_skips_its_counter_examples(rule, heading):
    assert skip_rule(_section(heading)) != rule


def test_every_skip_record_is_a_class_two_examples_and_a_counter_example():
    for rule in SKIP_RULES:
        assert len(set(rule.examples)) >= 2 and rule.counter_examples, rule.id


def test_a_skipped_section_names_its_record_in_the_trace():
    text = (
        "BỘ NỘI VỤ\nSố: 15/QĐ-BNV\nHà Nội, ngày 05 tháng 01 năm 2026\nQUYẾT ĐỊNH\nBan hành Quy chế quản lý hồ sơ\n"
        "Điều 12. Thẩm quyền quyết định tiêu hủy hồ sơ hết giá trị\n"
        "Bộ trưởng quyết định tiêu hủy hồ sơ hết giá trị của cơ quan Bộ.\n"
        "Điều 13. Trách nhiệm thi hành\nVăn phòng Bộ hướng dẫn, kiểm tra việc thực hiện Quy chế này.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn An\n"
    )
    skips = [p for p in explain_text(text) if p.rule == SKIP_COMPETENCE]
    assert [(p.task, p.dropped_by) for p in skips] == [
        ("Thẩm quyền quyết định tiêu hủy hồ sơ hết giá trị", SKIP_COMPETENCE)
    ]
    assert text[skips[0].start :].startswith("Điều 12")


def test_the_rules_report_counts_the_sections_each_skip_record_dropped(capsys):
    import sys

    from conftest import ROOT

    sys.path.insert(0, str(ROOT / "scripts"))
    import evaluate

    head = "ỦY BAN NHÂN DÂN\nTỈNH HÒA AN\nSố: 40/KH-UBND\nHòa An, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\nChuyển đổi số\n"
    body = "I. MỤC ĐÍCH, YÊU CẦU\nBảo đảm tiến độ.\nII. THÀNH PHẦN THAM DỰ\nLãnh đạo các sở.\n"
    tally = evaluate.PreemptionTally()
    tally.add("a.txt", explain_text(head + body + "Nơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\nNguyễn Văn An\n"))
    assert tally.drops == {"skip.purposes": 1, "skip.attendees": 1}
    evaluate.print_drops(tally)
    assert "skip.attendees" in capsys.readouterr().out
