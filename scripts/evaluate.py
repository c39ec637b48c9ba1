#!/usr/bin/env python3
"""Per-field precision, recall and F1 of the parser against every gold file in corpus/.

Usage: python scripts/evaluate.py [--json] [--details] [--families] [--rules] [--only GLOB] [CORPUS_DIR]

Gold files are ``X.gold.json`` beside a document ``X.<ext>``; the comparison rules are in
``corpus/README.md``.  Scalar fields count as one item each (a gold ``null`` must be matched by a parser
``null``); list fields are compared as sets of keys.

``--families`` scores each source family apart (the issuer's level and province, the file's format, the
repository it came from: ``corpus/PROVENANCE.tsv``), because one pooled number hides a family the parser was
never written for.  ``--only`` keeps the gold files whose name matches a glob (``'1[1-3]?_*'``).
"""

from __future__ import annotations

import argparse
import csv
import fnmatch
import functools
import itertools
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import regex

from vbparse import parse
from vbparse.normalize import match_key
from vbparse.pipeline import parse_read, read_file

DOC_SUFFIXES = (".txt", ".md", ".docx", ".doc", ".pdf")
#: Real files too large to keep in the repository are read from the shared data folder beside the
#: checkout when it is there (gold for them lives in corpus/realdocs/ all the same).
SHARED_REALDOCS = ROOT.parent / "shared" / "realdocs"
#: Real documents of other sources with gold by independent readers (``set2/``, ``set3/``: ``gold/<file>.json``
#: beside the documents, in the shape of ``../shared/reference/obligations-gold.md``).
SHARED_GOLDSETS = ROOT.parent / "shared" / "goldsets"


def _k(v):
    return match_key(v) if isinstance(v, str) else v


def _walk_sections(sections):
    for s in sections or []:
        yield s
        yield from _walk_sections(s.get("children"))


def field_items(doc: dict, field: str):
    """The comparable items of one field of a Document (parser output or gold) as a set."""
    v = doc.get(field)
    if field == "doc_type":
        return {("code", (v or {}).get("code"))}
    if field == "number":
        if v is None:
            return {("value", None), ("serial", None)}
        return {("value", v.get("value")), ("serial", v.get("serial"))}
    if field == "issuer":
        v = v or {}
        return {("name", _k(v.get("name"))), ("parent", _k(v.get("parent"))), ("inferred", bool(v.get("inferred")))}
    if field in {"place", "title"}:
        return {(field, _k(v))}
    if field == "issued_date":
        return {(field, v)}
    if field == "issued_date_parts":
        v = v or {}
        return {(p, v.get(p)) for p in ("day", "month", "year")}
    if field == "references":
        return {(r.get("doc_type"), r.get("number"), r.get("date")) for r in v or []}
    if field == "reference_details":
        refs = doc.get("references") or []
        return {
            (r.get("doc_type"), r.get("number"), r.get("date"), _k(r.get("issuer")), r.get("relation")) for r in refs
        }
    if field == "sections":
        return {(s.get("path"), s.get("label"), _k(s.get("heading"))) for s in _walk_sections(v)}
    if field == "phases":
        return {(p.get("ordinal"), p.get("start"), p.get("end")) for p in v or []}
    if field == "recipients":
        return {(_k(r.get("name")), r.get("purpose")) for r in v or []}
    if field == "archive":
        return {_k(a) for a in v or []}
    if field == "signer":
        if v is None:
            return {("signer", None)}
        return {(f, _k(v.get(f))) for f in ("authority", "on_behalf_of", "position", "name")} | {
            ("additional", _k(a)) for a in v.get("additional_positions") or []
        }
    if field == "diagnostics":
        return {d if isinstance(d, str) else d.get("code") for d in v or []}
    raise KeyError(field)


FIELDS = (
    "doc_type",
    "number",
    "issuer",
    "place",
    "issued_date",
    "issued_date_parts",
    "title",
    "references",
    "reference_details",
    "sections",
    "phases",
    "obligations",
    "recipients",
    "archive",
    "signer",
    "diagnostics",
)


def find_pairs(corpus: Path, shared: Path | None = SHARED_REALDOCS, only: str | None = None):
    """(document, gold) pairs; a gold file whose document is only in ``shared`` uses it from there,
    and is skipped when ``shared`` is None or absent."""
    for gold in sorted(corpus.rglob("*.gold.json")):
        stem = gold.name[: -len(".gold.json")]
        if only is not None and not fnmatch.fnmatch(stem, only):
            continue
        dirs = [gold.parent] + ([shared] if shared is not None and shared.is_dir() else [])
        found = [d / (stem + suf) for d in dirs for suf in DOC_SUFFIXES if (d / (stem + suf)).exists()]
        if found:
            yield found[0], gold


def goldset_pairs(root: Path = SHARED_GOLDSETS, only: str | None = None):
    """(document, gold) pairs of the goldsets: ``<set>/gold/<file name>.json`` beside ``<set>/<file name>``."""
    for gold in sorted(root.glob("*/gold/*.json")):
        name = gold.name[: -len(".json")]
        if only is not None and not fnmatch.fnmatch(name, only):
            continue
        doc = gold.parent.parent / name
        if doc.is_file():
            yield doc, gold


def _gold_number(value: str | None) -> dict | None:
    if value is None:
        return None
    serial = regex.match(r"\d+", value)
    return {"value": value, "serial": int(serial.group()) if serial else None}


def from_goldset(g: dict) -> dict:
    """A goldset gold file in the corpus's gold shape (``corpus/README.md``), each key only where the goldset
    has it. Names are strings there (``assignee``, ``issuer``), types are codes, a table row is ``where: table``;
    a reference's type is a name (``Luật``), so references are compared by number and date alone."""
    out: dict = {}
    if "doc_type" in g:
        out["doc_type"] = {"code": g["doc_type"]}
    if "number" in g:
        out["number"] = _gold_number(g["number"])
    if "issuer" in g:
        out["issuer"] = {"name": g["issuer"], "parent": g.get("issuer_parent"), "inferred": False}
    for key in ("place", "issued_date", "issued_date_parts", "title"):
        if key in g:
            out[key] = g[key]
    if "references" in g:
        out["references"] = [
            {"doc_type": None, "number": r.get("number"), "date": r.get("date")} for r in g["references"]
        ]
    if "signer" in g:
        s = g["signer"]
        out["signer"] = (
            None
            if s is None
            else {"authority": s.get("authority"), "position": s.get("position"), "name": s.get("name")}
        )
    if "phases" in g:
        out["phases"] = [
            {"ordinal": p.get("ordinal"), "start": p.get("start"), "end": p.get("end")} for p in g["phases"]
        ]
    if "obligations" in g:
        out["obligations"] = [
            {
                **o,
                "assignee": {"raw": o["assignee"]} if isinstance(o.get("assignee"), str) else o.get("assignee") or {},
                "source": "table" if o.get("where") == "table" else "prose",
            }
            for o in g["obligations"]
        ]
    return out


def load_gold(path: Path) -> dict:
    """A gold file of the corpus, or of the goldsets (converted by ``from_goldset``)."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    return from_goldset(gold) if path.parent.name == "gold" else gold


def _goldset_view(doc: dict) -> dict:
    """The parser's output reduced to what a goldset compares: references by number and date, the signer's
    authority, position and name, phases by their dates (a goldset phase has no ordinal)."""
    out = dict(doc)
    out["references"] = [
        {"doc_type": None, "number": r.get("number"), "date": r.get("date")} for r in doc.get("references") or []
    ]
    s = doc.get("signer")
    out["signer"] = (
        None if s is None else {"authority": s.get("authority"), "position": s.get("position"), "name": s.get("name")}
    )
    out["phases"] = [{"ordinal": None, "start": p.get("start"), "end": p.get("end")} for p in doc.get("phases") or []]
    return out


# --- obligations: matched one to one on (assignee name, role, task) -----------------------------------

#: Words that introduce a name without being part of it; dropped before names are compared.
_NAME_FILLERS = regex.compile(
    r"^(?:(?:cac|cong chuc|bo phan|can bo|dong chi|d/c|d c|ong|ba|giao|de nghi|"
    r"yeu cau|doi voi)\s+)+"
)
#: How much of the gold task the parser's task must contain (share of the gold's first words).
TASK_OVERLAP = 0.5
#: A missed gold task stands on the line holding this share of its first words (``PreemptionTally``'s misses).
LOCATED_SHARE = 0.75
LOCATED_WORDS = 8
TASK_WORDS = 25


def name_keys(assignee: dict) -> set[str]:
    keys = set()
    for v in (assignee.get("raw"), assignee.get("canonical"), assignee.get("person_name")):
        if v:
            k = " ".join(regex.findall(r"[\p{L}\p{N}]+", match_key(v)))
            keys.add(_NAME_FILLERS.sub("", k))
    return keys - {""}


@functools.lru_cache(maxsize=1 << 16)
def _words(text: str | None) -> tuple[str, ...]:
    """The folded words of a task; kept, as every gold task is compared with every task of its document."""
    return tuple(regex.findall(r"[\p{L}\p{N}]+", match_key(text or "")))


@functools.lru_cache(maxsize=1 << 16)
def _word_set(text: str | None) -> frozenset[str]:
    return frozenset(_words(text))


def task_overlap(gold_task: str | None, got_task: str | None) -> float:
    g = _words(gold_task)[:TASK_WORDS]
    if not g:
        return 1.0
    have = _word_set(got_task)
    return sum(w in have for w in g) / len(g)


def match_obligations(gold: list[dict], got: list[dict], *, use_names: bool = True):
    """Greedy one-to-one matching: same role, a name in common, the best task overlap ≥ TASK_OVERLAP.
    Returns the matched (gold, got) pairs."""
    pairs = []
    used: set[int] = set()
    got_keys = [name_keys(o.get("assignee") or {}) for o in got]
    for g in gold:
        gk = name_keys(g.get("assignee") or {})
        best, best_i = 0.0, None
        for i, o in enumerate(got):
            if i in used or o.get("role") != g.get("role"):
                continue
            if use_names and not (gk & got_keys[i]):
                continue
            ov = task_overlap(g.get("task"), o.get("task"))
            if ov >= TASK_OVERLAP and ov > best:
                best, best_i = ov, i
        if best_i is not None:
            used.add(best_i)
            pairs.append((g, got[best_i]))
    return pairs


def obligation_counts(gold: list[dict], got: list[dict]) -> dict[str, tuple[int, int, int]]:
    """(tp, fp, fn) per scope: all, by gold source (prose/table), names, deadlines."""
    pairs = match_obligations(gold, got)
    out: dict[str, tuple[int, int, int]] = {"obligations": (len(pairs), len(got) - len(pairs), len(gold) - len(pairs))}
    for source in ("prose", "table"):
        g = [o for o in gold if o.get("source", "prose") == source]
        p = [o for o in got if o.get("source", "prose") == source]
        m = match_obligations(g, p)
        out[f"obligations@{source}"] = (len(m), len(p) - len(m), len(g) - len(m))
    # names: of the gold obligations whose task and role the parser found, how many it gave the right
    # name (any of the parser's obligations with that task and role may carry it: tasks are shared)
    found = named = 0
    got_keys = [name_keys(o.get("assignee") or {}) for o in got]
    for gob in gold:
        cands = [
            i
            for i, o in enumerate(got)
            if o.get("role") == gob.get("role") and task_overlap(gob.get("task"), o.get("task")) >= TASK_OVERLAP
        ]
        if cands:
            found += 1
            named += any(name_keys(gob.get("assignee") or {}) & got_keys[i] for i in cands)
    out["obligation_names"] = (named, found - named, found - named)
    # deadlines on matched pairs: a gold date must be found, a parser date must be right
    tp = sum(1 for g, o in pairs if g.get("deadline") and o.get("deadline") == g.get("deadline"))
    fp = sum(1 for g, o in pairs if o.get("deadline") and o.get("deadline") != g.get("deadline"))
    fn = sum(1 for g, o in pairs if g.get("deadline") and o.get("deadline") != g.get("deadline"))
    out["obligation_deadlines"] = (tp, fp, fn)
    return out


def _show(o: dict) -> str:
    a = o.get("assignee") or {}
    name = a.get("raw") or a.get("canonical") or ""
    return f"{o.get('role')}: {name} | {' '.join((o.get('task') or '').split())[:90]}"


def unmatched(gold: list[dict], got: list[dict]) -> dict[str, list[str]]:
    """The gold obligations the parser missed and those it made that match none, one line each."""
    pairs = match_obligations(gold, got)
    g_ids = {id(g) for g, _o in pairs}
    o_ids = {id(o) for _g, o in pairs}
    return {
        "missing": [_show(g) for g in gold if id(g) not in g_ids],
        "extra": [_show(o) for o in got if id(o) not in o_ids],
    }


def rule_counts(gold: list[dict], got: list[dict]) -> dict[str, tuple[int, int]]:
    """(right, wrong) per rule id: how many of the obligations a rule helped make match a gold obligation
    (``Obligation.evidence``), and how many match none."""
    matched = {id(o) for _g, o in match_obligations(gold, got)}
    out: dict[str, tuple[int, int]] = {}
    for o in got:
        for rule in o.get("evidence") or ["(none)"]:
            t, f = out.get(rule, (0, 0))
            out[rule] = (t + 1, f) if id(o) in matched else (t, f + 1)
    return out


#: Where each gold document comes from and what family it belongs to (columns ``stem``, ``origin``, ``level``,
#: ``province``), one row per gold document.
PROVENANCE = "PROVENANCE.tsv"
#: The scores reported per family: what an official's question rests on.
FAMILY_SCOPES = ("obligations", "obligation_deadlines", "obligations@table", "phases", "header")


def read_provenance(corpus: Path) -> dict[str, dict[str, str]]:
    """``stem`` → its row of ``PROVENANCE.tsv`` (empty when the file is absent)."""
    path = corpus / PROVENANCE
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8") as f:
        rows = csv.DictReader((ln for ln in f if not ln.startswith("#")), delimiter="\t")
        return {r["stem"]: r for r in rows}


def families_of(stem: str, fmt: str, provenance: dict[str, dict[str, str]]) -> list[str]:
    """The families a document is scored in: ``level=tinh``, ``province=Bắc Ninh``, ``format=md``,
    ``origin=owner/repo`` (``unknown`` for what the provenance does not list)."""
    row = provenance.get(stem, {})
    return [
        f"level={row.get('level') or 'unknown'}",
        f"province={row.get('province') or 'unknown'}",
        f"format={fmt}",
        f"origin={row.get('origin') or 'unknown'}",
    ]


def _prf(t: int, f_p: int, f_n: int) -> dict:
    prec = t / (t + f_p) if t + f_p else 1.0
    rec = t / (t + f_n) if t + f_n else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4), "tp": t, "fp": f_p, "fn": f_n}


#: The fields of the header, scored together per format (``header@pdf``).
HEADER_FIELDS = ("doc_type", "number", "issuer", "place", "issued_date", "title", "signer")


class PreemptionTally:
    """The proposals of readers another reader pre-empted (``Proposal.preempted``, issue 54), over the documents
    parsed with a trace: per reader and the reader that took the node before it, how many proposals and nodes; per
    rule, how many of its proposals each winner pre-empted."""

    def __init__(self) -> None:
        self.proposals: Counter[tuple[str, str, str]] = Counter()  # (reader, rule, winner)
        self.nodes: set[tuple[str, str, str, str]] = set()  # (document, node, reader, winner)
        #: what the records that keep something from being a task dropped (``not_task.*``, the resolver's, and the
        #: skipped sections' ``skip.*``): record → (proposals or sections, documents)
        self.drops: Counter[str] = Counter()
        self.drop_documents: dict[str, set[str]] = defaultdict(set)
        #: per document, each drop's record and its words (names and task): what ``held_by_gold`` looks up
        self.dropped: dict[str, list[tuple[str, str]]] = defaultdict(list)
        #: per record, the drops whose words a gold task of their document holds (``held_by_gold``)
        self.in_gold: Counter[str] = Counter()
        #: per document parsed by ``parser``, its obligations as JSON (the gold tasks they found are no miss)
        self.found: dict[str, list[dict]] = {}
        #: per document, its text and the trace's entries as (start, end, the drop's record or the proposal's rule)
        self.texts: dict[str, str] = {}
        #: per document, its lines and where each starts (a missed task is looked for line by line)
        self.lines: dict[str, list[tuple[int, str]]] = {}
        self.traced: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        #: the missed gold tasks by what the trace says on their line: a record's id, ``silent`` (nothing traced
        #: there: no record says why) or ``not located`` (the task's words stand on no line of the text)
        self.misses: Counter[str] = Counter()
        self.silent: list[str] = []

    def add(self, document: str, trace: list) -> None:
        for p in trace:
            self.traced[document].append((p.start, p.end, p.dropped_by or p.rule))
            if p.preempted is not None:
                self.proposals[(p.reader, p.rule, p.preempted.winner)] += 1
                self.nodes.add((document, p.preempted.node, p.reader, p.preempted.winner))
            elif p.dropped_by:
                self.drops[p.dropped_by] += 1
                self.drop_documents[p.dropped_by].add(document)
                self.dropped[document].append((p.dropped_by, " ".join([*p.names, p.task])))

    def held_by_gold(self, pairs) -> None:
        """Count, per record, the drops a missed gold task of their document stands for (its first words found in
        the drop's names and task, as a task is matched; a gold task the parse found is no miss): what a drop
        record may have cost, where a missed task is to be looked for (``subject.no_predicate``: a name that ran
        through a verb no list knows). An upper bound: a drop is counted when any missed gold task's first words are
        in its words, whether or not that task was the drop's."""
        for doc_path, gold_path in pairs:
            gold = load_gold(gold_path).get("obligations") or []
            found = {id(g) for g, _o in match_obligations(gold, self.found.get(str(doc_path), []))}
            gold = [g for g in gold if id(g) not in found]
            for record, words in self.dropped.get(str(doc_path), []):
                if any(task_overlap(g.get("task"), words) >= TASK_OVERLAP for g in gold):
                    self.in_gold[record] += 1
            if str(doc_path) in self.texts:
                for g in gold:
                    self.misses[self._why_missed(str(doc_path), g)] += 1

    def _why_missed(self, document: str, gold: dict) -> str:
        """What the trace says on the line a missed gold task stands on (its first words, as a task is matched): the
        record or rule of the innermost proposal or drop whose span holds it (a skipped section's too); ``silent``."""
        text = self.texts[document]
        want = _words(gold.get("task"))[:LOCATED_WORDS]
        best, at = 0.0, None
        for start, line in self.lines[document]:
            have = _word_set(line)
            share = sum(w in have for w in want) / len(want) if want else 0.0
            if share > best:
                best, at = share, (start, start + len(line))
        if at is None or best < LOCATED_SHARE:
            return "not located"
        # the innermost entry whose span holds the line (a proposal spans its node: a wrapped paragraph's later lines)
        here = sorted((e - s, rule) for s, e, rule in self.traced[document] if s <= at[1] and e >= at[0])
        if not here:
            where = text[at[0] : at[1]][:100]
            assignee = (gold.get("assignee") or {}).get("raw")
            self.silent.append(f"{Path(document).name}: {gold.get('role')} {assignee!r} — {where!r}")
        return here[0][1] if here else "silent"

    def parser(self, path: Path):
        """``parse`` of a file (the same Document: the winner is decided before any loser reads), tallied."""
        trace: list = []
        result = read_file(path)
        doc = parse_read(result, trace=trace)
        self.add(str(path), trace)
        self.texts[str(path)] = result.original
        starts = itertools.accumulate((len(line) + 1 for line in result.original.split("\n")), initial=0)
        self.lines[str(path)] = list(zip(starts, result.original.split("\n"), strict=False))
        self.found[str(path)] = [o.model_dump(mode="json") for o in doc.obligations]
        return doc

    def by_reader(self) -> dict[str, dict[str, dict[str, int]]]:
        out: dict[str, dict[str, dict[str, int]]] = defaultdict(dict)
        for (reader, _rule, winner), n in sorted(self.proposals.items()):
            got = out[reader].setdefault(winner, {"proposals": 0, "nodes": 0})
            got["proposals"] += n
        for _doc, _node, reader, winner in self.nodes:
            out[reader][winner]["nodes"] += 1
        return dict(out)

    def into_rules(self, rules: dict) -> None:
        """Each rule's ``preempted_by`` (winner → proposals); a rule only pre-empted is listed with no obligation."""
        for r in rules.values():
            r.setdefault("preempted_by", {})
        for (_reader, rule, winner), n in sorted(self.proposals.items()):
            r = rules.setdefault(rule, {**_prf(0, 0, 0), "documents": 0, "preempted_by": {}})
            r["preempted_by"][winner] = r["preempted_by"].get(winner, 0) + n


def evaluate(
    corpus: Path,
    details: bool = False,
    shared: Path | None = SHARED_REALDOCS,
    parser=parse,
    only: str | None = None,
    families: dict | None = None,
    pairs: list[tuple[Path, Path]] | None = None,
    rules: dict | None = None,
):
    """Scores per scope over every gold file (or those ``only`` matches, or the ``(document, gold)``
    ``pairs`` given); ``families``, when a dict, is filled with the scores of each family (``level=tinh``
    → scope → score); ``rules``, when a dict, with the precision of each rule id (and the documents it fired
    in)."""
    rule_tally: dict[str, list] = defaultdict(lambda: [0, 0, set()])
    tp: defaultdict[str, int] = defaultdict(int)
    fp: defaultdict[str, int] = defaultdict(int)
    fn: defaultdict[str, int] = defaultdict(int)
    fam_counts: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    provenance = read_provenance(corpus)
    per_doc = []
    for doc_path, gold_path in pairs if pairs is not None else find_pairs(corpus, shared, only):
        gold = load_gold(gold_path)
        got = json.loads(parser(doc_path).model_dump_json())
        fmt = got["source"]["format"]
        in_goldset = gold_path.parent.name == "gold"
        if in_goldset:
            got = _goldset_view(got)
            for o in gold.get("phases") or []:
                o["ordinal"] = None
        # the corpus folder is a family too: ``set=wild`` holds the documents scored blind before any tuning
        set_name = gold_path.parent.parent.name if in_goldset else gold_path.parent.name
        doc_families = [f"set={set_name}"] + families_of(gold_path.name[: -len(".gold.json")], fmt, provenance)
        misses: dict[str, dict] = {}

        def count(scope: str, t: int, f_p: int, f_n: int, fams: list[str] = doc_families) -> None:
            tp[scope] += t
            fp[scope] += f_p
            fn[scope] += f_n
            if scope in FAMILY_SCOPES:
                for fam in fams:
                    c = fam_counts[fam][scope]
                    c[0] += t
                    c[1] += f_p
                    c[2] += f_n

        if "obligations" in gold:
            counts = obligation_counts(gold["obligations"], got.get("obligations") or [])
            for scope_name, (t, f_p, f_n) in counts.items():
                for scope in (scope_name, f"{scope_name}@{fmt}") if "@" not in scope_name else (scope_name,):
                    count(scope, t, f_p, f_n)
            for rule, (right, wrong) in rule_counts(gold["obligations"], got.get("obligations") or []).items():
                tally = rule_tally[rule]
                tally[0] += right
                tally[1] += wrong
                tally[2].add(gold_path.name)
            t, f_p, f_n = counts["obligations"]
            if f_p or f_n:
                misses["obligations"] = {
                    "counts": (t, f_p, f_n),
                    **unmatched(gold["obligations"], got.get("obligations") or []),
                }
        for field in FIELDS:
            gkey = "references" if field == "reference_details" else field
            if gkey not in gold or field == "obligations":
                continue
            g = field_items(gold, field)
            p = field_items(got, field)
            if field == "diagnostics":
                p = p & (g | _EVALUATED_DIAGNOSTICS)
            # a field a person wrote on a scan by hand (a number, a day) is scored apart, as @handwritten only
            where = "handwritten" if field in gold.get("handwritten", ()) else fmt
            scopes = (
                ([field] if where != "handwritten" else [])
                + [f"{field}@{where}"]
                + ([f"header@{where}"] if field in HEADER_FIELDS else [])
            )
            if field in HEADER_FIELDS and where != "handwritten":
                scopes.append("header")
            for scope in scopes:
                count(scope, len(g & p), len(p - g), len(g - p))
            if g != p:
                misses[field] = {"missing": sorted(map(str, g - p)), "extra": sorted(map(str, p - g))}
        per_doc.append((doc_path.relative_to(corpus) if doc_path.is_relative_to(corpus) else doc_path.name, misses))
    scores = {scope: _prf(tp[scope], fp[scope], fn[scope]) for scope in sorted(set(tp) | set(fp) | set(fn))}
    if rules is not None:
        for rule, (right, wrong, docs) in sorted(rule_tally.items()):
            rules[rule] = {**_prf(right, wrong, 0), "documents": len(docs)}
    if families is not None:
        for fam in sorted(fam_counts):
            families[fam] = {scope: _prf(*c) for scope, c in fam_counts[fam].items()}
    return scores, per_doc


def evaluate_ocr_pdfs(
    corpus: Path,
    shared: Path | None = SHARED_REALDOCS,
    only: str | None = None,
    parser=None,
    max_pages: int | None = None,
    **kwargs,
):
    """``evaluate`` over the PDFs alone (of at most ``max_pages`` pages), each page read by OCR
    (``parser(path)``, by default ``parse(path, ocr="always")``): the text-layer PDFs, whose gold was written
    from their rendered pages, stand in for scans of clean prints, which the corpus has few of; a printed
    serial or day that OCR misreads shows here."""
    import pypdfium2 as pdfium

    def pages(path: Path) -> int:
        pdf = pdfium.PdfDocument(path)
        try:
            return len(pdf)
        finally:
            pdf.close()

    pdfs = [
        (d, g)
        for d, g in find_pairs(corpus, shared, only)
        if d.suffix.lower() == ".pdf" and (max_pages is None or pages(d) <= max_pages)
    ]
    parser = parser or (lambda p: parse(p, ocr="always"))
    return evaluate(corpus, shared=shared, parser=parser, pairs=pdfs, **kwargs)


#: Diagnostic codes that gold files decide; other codes the parser emits are informative only.
_EVALUATED_DIAGNOSTICS = {
    "missing_number",
    "blank_number",
    "missing_date",
    "blank_day",
    "issuer_inferred",
    "impossible_date",
    "numbering_gap",
    "numbering_repeat",
    "phase_label_typo",
    "phase_end_before_start",
    "incomplete_reference_number",
    "malformed_archive",
    "missing_signer",
    "missing_recipients",
}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(ROOT / "corpus"))
    ap.add_argument("--json", action="store_true", help="print scores as JSON")
    ap.add_argument("--details", action="store_true", help="list what each document missed")
    ap.add_argument("--families", action="store_true", help="also score each source family apart")
    ap.add_argument("--only", metavar="GLOB", help="only the gold files whose name matches (e.g. '1[1-3]?_*')")
    ap.add_argument(
        "--ocr-pdfs",
        action="store_true",
        help="only the PDFs, every page read by OCR as a scan of them would be (scored as pdf-ocr)",
    )
    ap.add_argument(
        "--rules",
        action="store_true",
        help="also print the precision of each obligation rule, and the node readers each was pre-empted by",
    )
    ap.add_argument(
        "--goldsets",
        nargs="?",
        const=str(SHARED_GOLDSETS),
        metavar="DIR",
        help="score the goldsets (../shared/goldsets: <set>/gold/<file>.json) instead of corpus/",
    )
    args = ap.parse_args(argv)
    families: dict = {}
    rules: dict = {}
    # --rules: each file parsed with a trace, for the readers pre-empted (the same Documents, at a trace's cost)
    tally = PreemptionTally()
    parser = tally.parser if args.rules else parse
    if args.ocr_pdfs:
        scores, per_doc = evaluate_ocr_pdfs(Path(args.corpus), only=args.only, families=families)
    elif args.goldsets:
        root = Path(args.goldsets)
        pairs = list(goldset_pairs(root, args.only))
        scores, per_doc = evaluate(root, pairs=pairs, families=families, rules=rules, parser=parser)
    else:
        pairs = list(find_pairs(Path(args.corpus), SHARED_REALDOCS, args.only))
        scores, per_doc = evaluate(Path(args.corpus), families=families, rules=rules, parser=parser, pairs=pairs)
    tally.into_rules(rules)
    if args.rules and not args.ocr_pdfs:
        tally.held_by_gold(pairs)
    if args.json:
        out = {"scores": scores, "families": families} if args.families else scores
        if args.rules:
            out = {
                "scores": scores,
                "families": families,
                "rules": rules,
                "preempted": tally.by_reader(),
                "drops": {
                    r: {"dropped": n, "documents": len(tally.drop_documents[r]), "in_gold": tally.in_gold[r]}
                    for r, n in tally.drops.items()
                },
            }
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 0
    if args.details:
        for path, misses in per_doc:
            for field, m in misses.items():
                if "counts" in m:
                    t, f_p, f_n = m["counts"]
                    print(f"{path} [{field}] tp={t} fp={f_p} fn={f_n}")
                print(f"{path} [{field}]")
                for x in m["missing"]:
                    print(f"   - missing {x}")
                for x in m["extra"]:
                    print(f"   + extra   {x}")
        print()
    print(f"{'field':34} {'prec':>6} {'rec':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
    for scope, s in scores.items():
        print(f"{scope:34} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} {s['tp']:5} {s['fp']:5} {s['fn']:5}")
    if args.families:
        print_families(families)
    if args.rules:
        print_rules(rules)
        print_preempted(tally.by_reader())
        print_drops(tally)
        print_misses(tally, args.details)
        print_unseen(unseen_records(set(rules) | set(tally.drops)))
    print(f"\n{len(per_doc)} documents evaluated")
    return 0


def print_rules(rules: dict) -> None:
    """One line per rule id: the precision of the obligations it helped make, in how many documents, and the
    readers that took a node before its reader could propose it there (with how many of its proposals)."""
    print(f"\n{'rule':34} {'prec':>6} {'right':>6} {'wrong':>6} {'docs':>5}  pre-empted by")
    for rule, r in sorted(rules.items(), key=lambda kv: kv[1]["precision"]):
        by = ", ".join(f"{w} {n}" for w, n in sorted((r.get("preempted_by") or {}).items(), key=lambda x: -x[1]))
        print(f"{rule:34} {r['precision']:6.3f} {r['tp']:6} {r['fp']:6} {r['documents']:5}  {by}".rstrip())


def print_preempted(by_reader: dict) -> None:
    """One line per node reader and the reader that pre-empted it: the proposals it would have made, on how many
    nodes (``NODE_READERS``: the first that takes a node wins)."""
    print(f"\n{'node reader':26} {'pre-empted by':26} {'proposals':>9} {'nodes':>6}")
    for reader, winners in sorted(by_reader.items()):
        for winner, n in sorted(winners.items(), key=lambda kv: -kv[1]["proposals"]):
            print(f"{reader:26} {winner:26} {n['proposals']:9} {n['nodes']:6}")


def print_misses(tally: PreemptionTally, details: bool = False) -> None:
    """The missed gold tasks by what the trace says on their line (issue 54: every drop names its record):
    a record's or rule's id, ``silent`` where nothing was traced, ``not located`` where the words stand nowhere."""
    print(f"\n{'missed gold tasks, on their line':34} {'misses':>8}")
    for why, n in sorted(tally.misses.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{why:34} {n:8}")
    for line in tally.silent if details else []:
        print(f"   silent {line}")


def print_drops(tally: PreemptionTally) -> None:
    """One line per record that kept something from being a task: a proposal (``not_task.*``, the resolver's) or a
    section skipped whole (``skip.*``), with in how many documents."""
    print(f"\n{'record (drops)':34} {'dropped':>8} {'docs':>5} {'in gold':>8}")
    for record, n in sorted(tally.drops.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{record:34} {n:8} {len(tally.drop_documents[record]):5} {tally.in_gold[record]:8}")


def unseen_records(seen: set[str]) -> list[str]:
    """The ids of every declared record (``tables/rules.py`` with its not-task and name records, ``tables/skips.py``)
    that neither made nor dropped anything in the documents scored: ``--rules`` covers every record."""
    from vbparse.tables.rules import RULES_BY_ID
    from vbparse.tables.skips import SKIP_RULES_BY_ID

    return sorted((set(RULES_BY_ID) | set(SKIP_RULES_BY_ID)) - seen)


def print_unseen(ids: list[str]) -> None:
    print(f"\nrecords that made or dropped nothing here ({len(ids)}): {', '.join(ids) or '-'}")


def print_families(families: dict) -> None:
    """One line per family: F1 (and gold count) of each of ``FAMILY_SCOPES``."""
    print(f"\n{'family':44}" + "".join(f"{s:>22}" for s in FAMILY_SCOPES))
    for fam, scopes in families.items():
        cells = []
        for scope in FAMILY_SCOPES:
            sc = scopes.get(scope)
            cells.append(f"{sc['f1']:.3f} (n={sc['tp'] + sc['fn']})" if sc and sc["tp"] + sc["fn"] + sc["fp"] else "-")
        print(f"{fam[:44]:44}" + "".join(f"{c:>22}" for c in cells))


if __name__ == "__main__":
    raise SystemExit(main())
