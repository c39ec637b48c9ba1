"""The rules that make obligations (``vbparse.tables.rules``): each one's invented examples and counter-examples,
checked by parsing them as the body of a plan, and the evidence every obligation carries."""

from __future__ import annotations

import pytest

from vbparse import parse
from vbparse.explain import explain_text
from vbparse.extract.resolver import UNCLAIMED_RULE
from vbparse.tables.rules import RULES, RULES_BY_ID

HEADER = """ỦY BAN NHÂN DÂN
TỈNH KHÁNH HÒA
Số: 21/KH-UBND
Khánh Hòa, ngày 12 tháng 01 năm 2026
KẾ HOẠCH
Thực hiện nhiệm vụ trọng tâm năm 2026
Căn cứ Luật Tổ chức chính quyền địa phương;
I. MỤC ĐÍCH, YÊU CẦU
1. Bảo đảm thực hiện đúng tiến độ.
II. TỔ CHỨC THỰC HIỆN
"""


def leads(body: str) -> list[tuple[str, str]]:
    """The lead obligations of ``HEADER`` + ``body`` as (assignee as written, task): what a class test of names reads."""
    from vbparse import parse

    return [(o.assignee.raw, o.task) for o in parse(text=HEADER + body).obligations if o.role == "lead"]


def rows(body: str, *fields: str) -> list[tuple]:
    """Each obligation of ``HEADER`` + ``body`` as a tuple of ``fields``: ``assignee`` (as written), ``canonical`` (the
    name a colon's member is known by, else as written), ``deadline`` (ISO date or None), or any other field
    (``role``, ``mode``, ``task``)."""
    from vbparse import parse

    def value(o, field: str):
        if field in ("assignee", "canonical"):
            return (o.assignee.canonical if field == "canonical" else None) or o.assignee.raw
        if field == "deadline":
            return None if o.deadline is None else o.deadline.isoformat()
        return getattr(o, field)

    return [tuple(value(o, f) for f in fields) for o in parse(text=HEADER + body).obligations]


#: Rules that keep a proposal from being a task (their examples are checked in the trace).
DROPPING = ("not_task.", "resolver.", "name.not_", "subject.", "table.no_")

EXAMPLES = [(r.id, ex) for r in RULES for ex in r.examples]
COUNTER_EXAMPLES = [(r.id, body) for r in RULES for body in r.counter_examples]


def _by_rule(body: str, rule: str, header: str | None = None):
    doc = parse(text=(header or HEADER) + body)
    return [o for o in doc.obligations if rule in o.evidence]


@pytest.mark.parametrize("rule,example", EXAMPLES, ids=[f"{r}:{e.body[:24]}" for r, e in EXAMPLES])
def test_every_rule_fires_on_its_examples(rule, example):
    if rule == UNCLAIMED_RULE:  # a candidate the rules do not keep: proposed, and dropped by its record
        proposed = [p for p in explain_text((example.header or HEADER) + example.body) if p.rule == rule]
        assert any(example.assignee in p.names and p.dropped_by == "resolver.unclaimed" for p in proposed), proposed
        return
    if rule.startswith(DROPPING):
        dropped = [p for p in explain_text((example.header or HEADER) + example.body) if p.dropped_by == rule]
        # (a drop of a task with no one named, ``subject.none``, holds no name: its example names none)
        assert any(example.assignee in p.names or not (example.assignee or p.names) for p in dropped), dropped
        tasks = {o.task for o in parse(text=(example.header or HEADER) + example.body).obligations}
        assert not any(p.task in tasks for p in dropped)
        return
    got = _by_rule(example.body, rule, example.header)
    assert any(o.assignee.raw == example.assignee and o.role == example.role for o in got), [
        (o.assignee.raw, o.role, o.evidence) for o in parse(text=(example.header or HEADER) + example.body).obligations
    ]


@pytest.mark.parametrize("rule,body", COUNTER_EXAMPLES, ids=[f"{r}:{b[:24]}" for r, b in COUNTER_EXAMPLES])
def test_no_rule_fires_on_its_counter_examples(rule, body):
    if rule == UNCLAIMED_RULE:
        assert not any(p.rule == rule for p in explain_text(HEADER + body))
    if rule.startswith(DROPPING):
        assert not any(p.dropped_by == rule for p in explain_text(HEADER + body))
        assert parse(text=HEADER + body).obligations  # the task it must not drop is there
        return
    assert not _by_rule(body, rule)


def test_every_rule_is_a_class_two_examples_and_a_counter_example():
    for rule in RULES:
        assert len(rule.examples) >= 2 and rule.counter_examples, rule.id
        assert len({ex.body for ex in rule.examples}) == len(rule.examples), rule.id


def test_every_obligation_says_which_known_rules_made_it():
    body = "".join(ex.body for r in RULES for ex in r.examples if not r.id.startswith(DROPPING))
    doc = parse(text=HEADER + body)
    assert doc.obligations
    for o in doc.obligations:
        assert o.evidence and o.evidence[0] in RULES_BY_ID, o
        assert all(e in RULES_BY_ID for e in o.evidence), o.evidence


def test_coverage_counts_an_assigning_part_that_gave_no_task_and_text_after_the_closing(tmp_path):
    import sys

    from conftest import ROOT

    sys.path.insert(0, str(ROOT / "scripts"))
    import coverage_check

    p = tmp_path / "kh.txt"
    p.write_text(
        HEADER.replace("II. TỔ CHỨC THỰC HIỆN\n", "")
        + "II. TỔ CHỨC THỰC HIỆN\nKế hoạch này được phổ biến rộng rãi đến toàn thể cán bộ, công chức.\n"
        + "III. KINH PHÍ\n1. Sở Tài chính bố trí kinh phí thực hiện.\nNơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
        + "Lê Văn Ba\nPHỤ LỤC\nCác xã ven biển được chọn ngẫu nhiên theo danh sách do Sở Y tế lập và gửi kèm.\n",
        encoding="utf-8",
    )
    got = coverage_check.check(p)
    assert got["parts"] == ["II"]  # the assigning part gave no task; III's task counts
    assert got["obligations"] == 1 and len(got["unread"]) == 1
