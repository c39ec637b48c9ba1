#!/usr/bin/env python3
"""Write schemas/document.schema.json and schemas/archive.schema.json from the pydantic models.

The models are the source of truth; archive.schema.json describes what the archive commands print with
``--json`` and what the Python API returns (SearchHit, ObligationHit, RefReport, Followup, RegisterEntry,
FileRecord, IndexSummary, CorrectionRecord: ``vbparse corrections --json`` and ``export --what corrections``).

Usage: python scripts/gen_schema.py [--check]   (--check exits 1 when the file on disk is stale)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from pydantic.json_schema import models_json_schema

from vbparse.models import (
    SCHEMA_VERSION,
    ArchivedDocument,
    CorrectionRecord,
    Document,
    FileRecord,
    Followup,
    IndexSummary,
    ObligationHit,
    RefReport,
    RegisterEntry,
    ScorecardRow,
    SearchHit,
)

TARGET = ROOT / "schemas" / "document.schema.json"
ARCHIVE_TARGET = ROOT / "schemas" / "archive.schema.json"
ARCHIVE_MODELS = (
    ArchivedDocument,
    SearchHit,
    ObligationHit,
    RefReport,
    FileRecord,
    IndexSummary,
    CorrectionRecord,
    Followup,  # vbparse followup --json, /api/followup/{ref} (issue 42)
    RegisterEntry,
    ScorecardRow,  # /api/scorecard (issue 53)
)


def render() -> str:
    schema = Document.model_json_schema(mode="serialization")
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://vbparse.invalid/schemas/document-{SCHEMA_VERSION}.json",
        **schema,
    }
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def render_archive() -> str:
    _, defs = models_json_schema([(m, "serialization") for m in ARCHIVE_MODELS])
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://vbparse.invalid/schemas/archive-{SCHEMA_VERSION}.json",
        "title": "vbparse archive results (search, obligations, refs, failures, index --json)",
        **defs,
    }
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def main(argv: list[str]) -> int:
    stale = 0
    for target, text in ((TARGET, render()), (ARCHIVE_TARGET, render_archive())):
        if "--check" in argv:
            current = target.read_text(encoding="utf-8") if target.exists() else ""
            if current != text:
                print(f"{target} is stale: run python scripts/gen_schema.py", file=sys.stderr)
                stale = 1
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target}")
    return stale


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
