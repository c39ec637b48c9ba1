"""The resolver (``extract/resolver.py``): readers propose candidates and the rules decide; a scorer learned from
the gold (``scripts/train_resolver.py``) may decide only once it wins held out, and until then the package holds
no weights (issue 54)."""

from __future__ import annotations

import sys

import pytest
from conftest import ROOT

from vbparse.explain import explain_result, render
from vbparse.extract.resolver import UNCLAIMED_RULE, Resolver
from vbparse.pipeline import parse_read
from vbparse.read import read_text_string

PLAN = """ỦY BAN NHÂN DÂN
TỈNH KHÁNH HÒA
Số: 21/KH-UBND
Khánh Hòa, ngày 12 tháng 01 năm 2026
KẾ HOẠCH
Thực hiện nhiệm vụ trọng tâm năm 2026
I. MỤC ĐÍCH, YÊU CẦU
1. Các phòng chuyên môn thường xuyên rà soát tiến độ.
II. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính chủ trì thẩm định dự toán kinh phí.
"""


def _parse(resolver: Resolver | None = None):
    return parse_read(read_text_string(PLAN), resolver=resolver)


def test_an_item_no_reader_took_is_a_candidate_the_rules_drop():
    every = _parse(Resolver.accept_all())
    unclaimed = [o for o in every.obligations if UNCLAIMED_RULE in o.evidence]
    assert [o.assignee.raw for o in unclaimed] == ["Các phòng chuyên môn"]
    shipped = _parse()
    assert "Các phòng chuyên môn" not in {o.assignee.raw for o in shipped.obligations}
    assert "Sở Tài chính" in {o.assignee.raw for o in shipped.obligations}
    trace: list = []
    parse_read(read_text_string(PLAN), trace=trace)
    (dropped,) = [p for p in trace if p.names == ["Các phòng chuyên môn"]]
    assert dropped.dropped_by == "resolver.unclaimed" and dropped.candidate.score is None  # no score decided it


def test_a_rule_candidate_below_a_learned_veto_is_dropped_and_explained():
    veto = Resolver({"rule=sentence.subject": -10.0}, 0.0, accept_from=1.01, veto_below=0.5)
    assert not [o for o in _parse(veto).obligations if o.assignee.raw == "Sở Tài chính"]
    trace: list = []
    parse_read(read_text_string(PLAN), trace=trace, resolver=veto)
    dropped = [p for p in trace if p.names == ["Sở Tài chính"]]
    assert dropped and dropped[0].dropped_by == "resolver.scorer" and dropped[0].candidate.score < 0.01


def test_explain_shows_no_score_when_no_scorer_decides():
    text = explain_result(read_text_string(PLAN))
    assert all(p.candidate is None or p.candidate.score is None for p in text.proposals)
    assert any(p.rule == UNCLAIMED_RULE and p.dropped_by == "resolver.unclaimed" for p in text.proposals)
    assert "score" not in render(text) and "→ not a task (resolver.unclaimed)" in render(text)


def test_the_package_holds_no_trained_weights():
    """Issue 54: 728 weights whose thresholds could change no outcome left the package with their trainer."""
    import importlib.util

    assert importlib.util.find_spec("vbparse.tables.resolver_weights") is None
    assert Resolver.shipped() == Resolver() and not Resolver.shipped().weights
    assert not list((ROOT / "src" / "vbparse").rglob("*weights*"))


def _training_script():
    pytest.importorskip("sklearn")
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_resolver

    return train_resolver


def _doc(rules, features, right):
    """An invented document for the training script: one obligation per candidate, each right one matching a
    gold obligation of its own."""
    options = [[(i, 1.0)] for i, r in enumerate(right) if r]
    return {"name": "x", "set": "seeds", "rules": rules, "features": features, "owner": list(range(len(rules))),
            "gold": len(options), "options": options}  # fmt: skip


@pytest.mark.slow
def test_training_learns_the_feature_that_tells_right_candidates_from_wrong():
    train_resolver = _training_script()
    docs = [
        _doc(
            [UNCLAIMED_RULE] * 4,
            [["top=to", "top=chuc"], ["top=yeu", "top=cau"], ["top=to", "top=chuc"], ["top=yeu", "top=cau"]],
            [1, 0, 1, 0],
        )
        for _ in range(6)
    ]
    weights, bias = train_resolver.train(docs, c=10.0)
    assert weights["top=chuc"] > 0 > weights["top=cau"]
    r = Resolver(weights, bias, accept_from=0.5)
    assert train_resolver.decisions(docs[0], r) == [True, False, True, False]
    assert train_resolver.counts(docs[0], [True, False, True, False]) == (2, 0, 0)
    assert train_resolver.counts(docs[0], [True, True, False, False]) == (1, 1, 1)
