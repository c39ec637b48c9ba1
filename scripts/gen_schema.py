#!/usr/bin/env python3
"""Write schemas/document.schema.json from the pydantic models (the models are the source of truth).

Usage: python scripts/gen_schema.py [--check]   (--check exits 1 when the file on disk is stale)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from vbparse.models import SCHEMA_VERSION, Document  # noqa: E402

TARGET = ROOT / "schemas" / "document.schema.json"


def render() -> str:
    schema = Document.model_json_schema(mode="serialization")
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema",
              "$id": f"https://vbparse.invalid/schemas/document-{SCHEMA_VERSION}.json", **schema}
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET} is stale: run python scripts/gen_schema.py", file=sys.stderr)
            return 1
        return 0
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
