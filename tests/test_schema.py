from __future__ import annotations

import json
import subprocess
import sys

import jsonschema
import pytest
from conftest import ROOT


def test_published_schema_is_not_stale():
    r = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "gen_schema.py"), "--check"],
        capture_output=True,
        check=False,
        text=True,
    )
    assert r.returncode == 0, r.stderr


def test_parser_output_validates_against_the_published_schema(seed_docs):
    schema = json.loads((ROOT / "schemas" / "document.schema.json").read_text(encoding="utf-8"))
    for doc in seed_docs.values():
        jsonschema.validate(json.loads(doc.model_dump_json()), schema)


@pytest.mark.slow
def test_archive_results_validate_against_the_published_schema(tmp_path):
    from conftest import SEEDS

    from vbparse.store import Archive

    schema = json.loads((ROOT / "schemas" / "archive.schema.json").read_text(encoding="utf-8"))
    defs = schema["$defs"]

    def check(model_name, value):
        jsonschema.validate(value, {"$defs": defs, "$ref": f"#/$defs/{model_name}"})

    with Archive(tmp_path / "a.db") as archive:
        summary = archive.index([SEEDS], jobs=1)
        check("IndexSummary", json.loads(summary.model_dump_json()))
        hits = archive.search("thi đua")
        assert hits
        for h in hits:
            check("SearchHit", json.loads(h.model_dump_json()))
        obligations = archive.obligations("VPTK")
        assert obligations
        for o in obligations:
            check("ObligationHit", json.loads(o.model_dump_json()))
        for d, _ in archive.documents():
            check("RefReport", json.loads(archive.refs(d.id).model_dump_json()))
            check("ArchivedDocument", json.loads(archive.record(d.id).model_dump_json()))
