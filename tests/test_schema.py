from __future__ import annotations

import json
import subprocess
import sys

import jsonschema

from conftest import ROOT


def test_published_schema_is_not_stale():
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_schema.py"), "--check"], capture_output=True,
                       text=True)
    assert r.returncode == 0, r.stderr


def test_parser_output_validates_against_the_published_schema(seed_docs):
    schema = json.loads((ROOT / "schemas" / "document.schema.json").read_text(encoding="utf-8"))
    for doc in seed_docs.values():
        jsonschema.validate(json.loads(doc.model_dump_json()), schema)
