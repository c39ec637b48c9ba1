"""The name grammar's records (``tables/rules_names.py``): every task names the ``name.*`` record that read the name it
is given to, in its evidence, and nowhere else in the output (issue 54: names included)."""

from __future__ import annotations

import pytest
from test_rules import HEADER

from vbparse import parse
from vbparse.explain import explain_result, explain_text, render
from vbparse.models import Assignee, Document
from vbparse.read.text import read_text_string
from vbparse.tables.rules import RULES, RULES_BY_ID
from vbparse.tables.rules_names import NAME_RULES

NAME_IDS = {r.id for r in NAME_RULES}
EXAMPLES = [(r.id, ex) for r in RULES for ex in r.examples]


def _name_ids(evidence: list[str]) -> list[str]:
    return [e for e in evidence if e.startswith("name.")]


@pytest.mark.parametrize("rule,example", EXAMPLES, ids=[f"{r}:{e.body[:24]}" for r, e in EXAMPLES])
def test_every_task_of_every_rule_example_names_one_name_record(rule, example):
    doc = parse(text=(example.header or HEADER) + example.body)
    for o in doc.obligations:
        names = _name_ids(o.evidence)
        assert len(names) == 1 and names[0] in NAME_IDS, (o.assignee.raw, o.evidence)
        assert o.evidence[0] in RULES_BY_ID and not o.evidence[0].startswith("name.")  # the reader's rule first
        assert len(set(o.evidence)) == len(o.evidence), o.evidence  # each id once


def test_the_name_records_are_declared_rules_with_examples_and_counter_examples():
    assert NAME_IDS <= set(RULES_BY_ID)
    for r in NAME_RULES:
        assert len(r.examples) >= 2 and r.counter_examples, r.id
        assert len({ex.body for ex in r.examples}) == len(r.examples), r.id


def test_two_names_read_by_different_records_stay_equal_and_the_json_holds_no_record():
    a = Assignee(raw="Sở Y tế", canonical="Sở Y tế").with_rule("name.head")
    b = Assignee(raw="Sở Y tế", canonical="Sở Y tế").with_rule("name.alias")
    assert a == b and a.name_rule == "name.head" and b.name_rule == "name.alias"
    assert "name.head" not in a.model_dump_json() and a.model_dump() == b.model_dump()  # not in the JSON
    assert a.model_copy(update={"raw": "Sở Y tế tỉnh"}).name_rule == "name.head"


def test_a_document_read_back_from_its_json_keeps_every_task_and_its_name_record():
    doc = parse(text=HEADER + "1. Thư viện tỉnh chủ trì, phối hợp với UBND các xã tổ chức ngày sách Việt Nam.\n")
    again = Document.model_validate_json(doc.model_dump_json())
    assert again.obligations == doc.obligations
    assert [_name_ids(o.evidence) for o in again.obligations] == [["name.positional"], ["name.alias"]]
    # a name read back (an archive's) carries no record and no private store of its own: the evidence says it
    assert all(o.assignee.name_rule is None and o.assignee.__pydantic_private__ is None for o in again.obligations)


def test_explain_prints_the_name_record_of_each_task():
    text = HEADER + "1. Sở Văn hóa chủ trì, phối hợp với Nhà văn hóa thiếu nhi, Sở Y tế tổ chức trại hè.\n"
    assert explain_text(text)
    out = render(explain_result(read_text_string(text)))
    assert "support 'Nhà văn hóa thiếu nhi'" in out and "name.partner" in out


def test_a_phrase_the_grammar_declines_is_traced_by_its_record_even_after_a_parse_kept_the_names():
    text = HEADER + "2. Hội nghị cử đại diện tham gia đoàn công tác.\n3. Phong trào thu hút đoàn viên tham gia.\n"
    assert not parse(text=text).obligations  # (the parse keeps no trace, and its names are kept for the next read)
    declined = [(p.names, p.dropped_by) for p in explain_text(text) if p.rule == "name.not_agent"]
    assert declined == [(["Hội nghị"], "name.not_agent"), (["Phong trào"], "name.not_agent")]
    out = render(explain_result(read_text_string(text)))
    assert "name.not_agent: Hội nghị" in out


def test_a_verb_where_a_subject_may_stand_is_no_name_declined():
    # ``Tổ chức …`` opens a task, no phrase the grammar refused
    assert not [
        p for p in explain_text(HEADER + "1. Tổ chức hội nghị sơ kết công tác.\n") if p.rule.startswith("name.")
    ]
