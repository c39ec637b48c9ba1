#!/usr/bin/env python3
"""Train the resolver's scorer on the gold obligations and print its held-out score (issue 39).

Usage: python scripts/train_resolver.py [--write] [--folds 5] [--c 0.3]

Every gold document of corpus/ is parsed with a resolver that keeps every candidate (``Resolver.accept_all``);
each candidate (a proposed task with its leads and partners) is labelled by the gold: right when one of its
obligations matches a gold obligation (``scripts/evaluate.py``'s matching).  A logistic regression
(scikit-learn, the ``train`` extra) learns from the candidates' features (``extract/resolver.py``).

What is printed, and decides what is shipped:

* held out by document (``--folds`` folds, grouped so that a document's candidates are never in training and
  test at once): obligations P/R/F1 of the rules alone (unclaimed candidates dropped, none vetoed) and of
  each pair of thresholds (keep an unclaimed candidate from ``accept_from``, drop a rule's below ``veto_below``);
* held out by source: trained on seeds + realdocs only, scored on corpus/wild (never seen in training), with
  the thresholds chosen by the folds.

The thresholds with the best held-out F1 win only when they beat the rules alone on both.  The package ships no
weights (issue 54: thresholds that can change no outcome decide nothing): the rules decide
(``Resolver.shipped``).  ``--write`` writes the model and its held-out figures to ``scripts/resolver_model.json``
(outside the package); a model that wins would be wired into ``Resolver.shipped`` by a change reviewed as any
rule is.  Reproducible: the folds are a fixed split of the sorted documents and the solver is deterministic.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from evaluate import TASK_OVERLAP, find_pairs, name_keys, task_overlap

from vbparse.extract.obligations import Proposal
from vbparse.extract.resolver import UNCLAIMED_RULE, Resolver
from vbparse.pipeline import parse_read, read_file

WEIGHTS_FILE = ROOT / "scripts" / "resolver_model.json"
#: Thresholds tried: an unclaimed candidate is kept from ``accept_from`` (1.01: never), a rule's dropped below
#: ``veto_below`` (0: never).
ACCEPT_FROM = (0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
VETO_BELOW = (0.0, 0.05, 0.1, 0.15, 0.2)
#: A feature seen in fewer training candidates than this is left out (a word of one document says nothing).
DEFAULT_MIN_COUNT = 3
DEFAULT_C = 0.3
#: Weights smaller than this are not shipped.
DEFAULT_MIN_WEIGHT = 1e-3


def collect(pairs) -> list[dict]:
    """Per document: its candidates (rule, features, obligation count) and, per gold obligation, the
    candidate obligations that could match it (index, overlap), for the greedy one-to-one matching."""
    docs = []
    for doc_path, gold_path in pairs:
        gold = json.loads(gold_path.read_text(encoding="utf-8")).get("obligations")
        if gold is None:
            continue  # a gold file of the header only: its obligations were not read by hand
        trace: list[Proposal] = []
        parse_read(read_file(doc_path), trace=trace, resolver=Resolver.accept_all())
        # a pre-empted proposal (a reader after the one that took its node) was never a candidate of the parse
        cands = [p.candidate for p in trace if p.candidate is not None and p.preempted is None]
        got, owner = [], []
        for i, c in enumerate(cands):
            for o in c.obligations:
                got.append(json.loads(o.model_dump_json()))
                owner.append(i)
        got_keys = [name_keys(o.get("assignee") or {}) for o in got]
        options = []
        for g in gold:
            gk = name_keys(g.get("assignee") or {})
            opts = []
            for j, o in enumerate(got):
                if o.get("role") != g.get("role") or not (gk & got_keys[j]):
                    continue
                ov = task_overlap(g.get("task"), o.get("task"))
                if ov >= TASK_OVERLAP:
                    opts.append((j, ov))
            options.append(opts)
        docs.append(
            {
                "name": doc_path.name,
                "set": gold_path.parent.name,
                "rules": [c.rule for c in cands],
                "features": [c.features for c in cands],
                "owner": owner,
                "gold": len(gold),
                "options": options,
            }
        )
    return docs


def _matched(doc: dict, alive: list[bool]) -> set[int]:
    """The obligations (indexes) matched one to one with gold ones among those ``alive``, greedily, as
    evaluate.py matches."""
    used: set[int] = set()
    for opts in doc["options"]:
        best, best_j = 0.0, None
        for j, ov in opts:
            if alive[j] and j not in used and ov > best:
                best, best_j = ov, j
        if best_j is not None:
            used.add(best_j)
    return used


def counts(doc: dict, kept: list[bool]) -> tuple[int, int, int]:
    """(tp, fp, fn) of the obligations of the kept candidates."""
    alive = [kept[k] for k in doc["owner"]]
    tp = len(_matched(doc, alive))
    return tp, sum(alive) - tp, doc["gold"] - tp


def labels(doc: dict) -> list[int]:
    """A candidate is right when one of its obligations matches a gold obligation (all candidates kept)."""
    right = [0] * len(doc["rules"])
    for j in _matched(doc, [True] * len(doc["owner"])):
        right[doc["owner"][j]] = 1
    return right


def train(docs: list[dict], c: float, min_count: int = DEFAULT_MIN_COUNT) -> tuple[dict[str, float], float]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    seen: dict[str, int] = {}
    for d in docs:
        for feats in d["features"]:
            for f in set(feats):
                seen[f] = seen.get(f, 0) + 1
    rows, ys = [], []
    for d in docs:
        for feats, y in zip(d["features"], labels(d), strict=True):
            rows.append({f: 1.0 for f in feats if seen[f] >= min_count})
            ys.append(y)
    vec = DictVectorizer(sparse=False)  # a few thousand candidates: dense is small
    x = vec.fit_transform(rows)
    model = LogisticRegression(C=c, solver="liblinear", max_iter=1000)
    model.fit(x, ys)
    weights = {
        f: round(float(w), 4)
        for f, w in zip(vec.get_feature_names_out(), model.coef_[0], strict=True)
        if abs(w) >= DEFAULT_MIN_WEIGHT
    }
    return weights, round(float(model.intercept_[0]), 4)


def decisions(doc: dict, resolver: Resolver) -> list[bool]:
    return [resolver.keeps(r, resolver.score(f)) for r, f in zip(doc["rules"], doc["features"], strict=True)]


def prf(t: tuple[int, int, int]) -> tuple[float, float, float]:
    tp, fp, fn = t
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return round(p, 3), round(r, 3), round(2 * p * r / (p + r), 3) if p + r else 0.0


def grid(held: list[tuple[dict, dict[str, float], float]]) -> dict[tuple[float, float], tuple[int, int, int]]:
    """Totals over held-out documents (each with the weights trained without it) for every threshold pair."""
    out = {}
    for a in ACCEPT_FROM:
        for v in VETO_BELOW:
            tot = [0, 0, 0]
            for doc, weights, bias in held:
                got = counts(doc, decisions(doc, Resolver(weights, bias, a, v)))
                tot = [x + y for x, y in zip(tot, got, strict=True)]
            out[(a, v)] = tuple(tot)
    return out  # type: ignore[return-value]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--c", type=float, default=DEFAULT_C, help="inverse regularisation strength")
    ap.add_argument("--write", action="store_true", help=f"write {WEIGHTS_FILE.relative_to(ROOT)}")
    ap.add_argument("--cache", type=Path, help="keep the parsed candidates in this JSON file (re-read when present)")
    args = ap.parse_args(argv)
    if args.cache and args.cache.exists():
        docs = json.loads(args.cache.read_text(encoding="utf-8"))
    else:
        docs = collect(find_pairs(ROOT / "corpus"))
        if args.cache:
            args.cache.write_text(json.dumps(docs), encoding="utf-8")
    n_cand = sum(len(d["rules"]) for d in docs)
    n_unclaimed = sum(r == UNCLAIMED_RULE for d in docs for r in d["rules"])
    print(f"{len(docs)} gold documents, {n_cand} candidates ({n_unclaimed} unclaimed)")
    held = []
    for k in range(args.folds):
        test = [d for i, d in enumerate(docs) if i % args.folds == k]
        weights, bias = train([d for i, d in enumerate(docs) if i % args.folds != k], args.c)
        held += [(d, weights, bias) for d in test]
    cv = grid(held)
    base = (1.01, 0.0)
    best = max(cv, key=lambda t: (prf(cv[t])[2], t == base))
    print(f"held out by document ({args.folds} folds): rules alone P/R/F1 {prf(cv[base])}")
    for t in sorted(cv):
        print(f"   accept_from {t[0]:.2f} veto_below {t[1]:.2f}: {prf(cv[t])}")
    own = [d for d in docs if d["set"] != "wild"]
    wild = [d for d in docs if d["set"] == "wild"]
    weights, bias = train(own, args.c)
    blind = grid([(d, weights, bias) for d in wild])
    print(f"held out by source (trained on {len(own)} of seeds+realdocs, scored on {len(wild)} of corpus/wild):")
    print(f"   rules alone {prf(blind[base])}; chosen {best}: {prf(blind[best])}")
    better = prf(cv[best])[2] > prf(cv[base])[2] and prf(blind[best])[2] > prf(blind[base])[2]
    chosen = best if better else base
    print(f"shipped thresholds: {chosen} ({'the scorer decides' if better else 'the rules decide: no gain held out'})")
    weights, bias = train(docs, args.c)
    if args.write:
        model = {
            "bias": bias,
            "accept_from": chosen[0],
            "veto_below": chosen[1],
            "trained": {
                "documents": len(docs),
                "candidates": n_cand,
                "c": args.c,
                "min_count": DEFAULT_MIN_COUNT,
                "held_out_by_document": {"rules": prf(cv[base]), "shipped": prf(cv[chosen])},
                "held_out_by_source_wild": {"rules": prf(blind[base]), "shipped": prf(blind[chosen])},
            },
            "weights": dict(sorted(weights.items())),
        }
        WEIGHTS_FILE.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS_FILE.relative_to(ROOT)} ({len(weights)} weights)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
