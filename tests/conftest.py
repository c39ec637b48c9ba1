from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SEEDS = CORPUS / "seeds"
SHARED = ROOT.parent / "shared"


def seed(prefix: str) -> Path:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path


@pytest.fixture(scope="session")
def seed_docs():
    from vbparse import parse

    return {p.name[:3]: parse(p) for p in sorted(SEEDS.glob("*.txt"))}


def walk(sections):
    for s in sections:
        yield s
        yield from walk(s.children)


@pytest.fixture(scope="session")
def parsed():
    """``parse`` with a cache, so that OCR of a scanned real file runs once per test session."""
    from vbparse import parse

    cache = {}

    def run(path):
        key = str(path)
        if key not in cache:
            cache[key] = parse(path)
        return cache[key]

    return run
