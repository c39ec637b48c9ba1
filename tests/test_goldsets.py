"""The goldsets of ``../shared/goldsets``: real documents of sources the parser was not written for, with gold by
independent readers, scored blind at ``49a22db`` (obligations F1 0.624: set2 0.660, set3 0.601) before anything
was changed for them (docs/evaluation.md). Their scores are held here as floors; without ``../shared`` the tests
skip.
"""

from __future__ import annotations

import re
import sys

import pytest
from conftest import ROOT, SHARED

sys.path.insert(0, str(ROOT / "scripts"))
import evaluate

GOLDSETS = SHARED / "goldsets"

#: Obligations F1 per set, measured on the landed code (issue 52) less a margin for OCR and fonts; raise them when the
#: parser improves, never lower one to make a change pass.
FLOORS = {"set2": 0.895, "set3": 0.90}
#: Set 3's decision that issues a plan with a task table (``129_…``): it fell from 0.92 to 0.57 once, when a row's
#: number was read as its task after a change made for another source.
TASK_TABLE_DECISION = "129_qd-2820-*"
TASK_TABLE_DECISION_FLOOR = 0.93


def _pairs(only: str | None = None):
    if not GOLDSETS.is_dir():
        pytest.skip("../shared/goldsets is not beside the checkout")
    return list(evaluate.goldset_pairs(GOLDSETS, only))


@pytest.fixture(scope="module")
def family_scores(parsed):
    families: dict = {}
    evaluate.evaluate(GOLDSETS, parser=parsed, pairs=_pairs(), families=families)
    return families


@pytest.mark.parametrize("goldset", sorted(FLOORS))
def test_goldset_obligations_do_not_fall_below_floor(family_scores, goldset):
    score = family_scores[f"set={goldset}"]["obligations"]
    assert score["f1"] >= FLOORS[goldset], score


def test_decision_issuing_a_plan_with_a_task_table_keeps_its_rows(parsed):
    """Regression (issue 52): each row of the appendix's task table is a task in its own words, never its number."""
    pairs = _pairs(TASK_TABLE_DECISION)
    assert len(pairs) == 1, pairs
    doc_path, _gold_path = pairs[0]
    scores, _per_doc = evaluate.evaluate(GOLDSETS, parser=parsed, pairs=pairs)
    assert scores["obligations"]["f1"] >= TASK_TABLE_DECISION_FLOOR, scores["obligations"]
    rows = [o for o in parsed(doc_path).obligations if o.source == "table"]
    assert len(rows) >= 90
    assert not [o.task for o in rows if re.fullmatch(r"[\dIVX.\s]+", o.task)]
