"""Scores against the hand-written gold, held as floors so that nothing regresses.

Raise a floor when the parser improves; never lower one to make a change pass.
"""

from __future__ import annotations

import sys

import pytest

from conftest import CORPUS, ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import evaluate  # noqa: E402

FLOORS = {
    "doc_type": 1.0,
    "number": 0.92,
    "issuer": 0.92,
    "place": 0.92,
    "issued_date": 0.92,
    "issued_date_parts": 0.92,
    "title": 0.85,
    "references": 0.88,
    "reference_details": 0.72,
    "sections": 0.99,
    "phases": 1.0,
    "obligations": 0.98,
    "recipients": 0.98,
    "archive": 0.92,
    "signer": 1.0,
    "diagnostics": 1.0,
}


@pytest.fixture(scope="module")
def scores():
    s, per_doc = evaluate.evaluate(CORPUS)
    assert len(per_doc) >= 15
    return s


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_f1_does_not_fall_below_floor(scores, field):
    assert scores[field]["f1"] >= FLOORS[field], scores[field]


def test_gold_files_cover_every_seed():
    seeds = sorted(p.stem for p in (CORPUS / "seeds").glob("*.txt"))
    gold = sorted(p.name[: -len(".gold.json")] for p in (CORPUS / "seeds").glob("*.gold.json"))
    assert seeds == gold and len(seeds) == 5


def test_at_least_ten_real_documents_have_gold():
    assert len(list((CORPUS / "realdocs").glob("*.gold.json"))) >= 10
