"""The districts and communes kept between runs (issue 53: a command-line question naming a commune read 13 000
rows of the units' dataset and built their names at every start, about 0.19 s of a 0.5 s budget)."""

from __future__ import annotations

import os

import pytest

from vbparse.tables import units

pytestmark = pytest.mark.skipif(units._dataset_path() is None, reason="vietnamadminunits is not installed")


def _levels():
    g = units.gazetteer()
    return units._kept_lower_units(units._dataset_path(), g.merged)


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("VBPARSE_PATTERN_CACHE", str(tmp_path))
    return tmp_path


def test_the_units_read_once_are_read_back_from_the_cache_the_same(cache, monkeypatch):
    built = _levels()
    (kept,) = list(cache.glob("units-*.marshal"))
    assert oct(kept.stat().st_mode & 0o777) == "0o600"

    def never(*_a):
        raise AssertionError("the dataset was read again")

    monkeypatch.setattr(units, "_lower_units", never)
    again = _levels()
    assert again == built and again[1]["bat xat"] == built[1]["bat xat"]


def test_a_damaged_or_foreign_cache_is_made_again(cache, monkeypatch):
    built = _levels()
    (kept,) = list(cache.glob("units-*.marshal"))
    kept.write_bytes(b"\x00garbage")
    assert _levels() == built  # damaged: read from the dataset, and kept again
    os.chmod(kept, 0o666)  # writable by anyone: not trusted
    calls = []
    real = units._lower_units
    monkeypatch.setattr(units, "_lower_units", lambda *a: calls.append(1) or real(*a))
    assert _levels() == built and calls == [1]


def test_no_cache_when_keeping_is_off(tmp_path, monkeypatch):
    monkeypatch.setenv("VBPARSE_PATTERN_CACHE", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert _levels()[1]
    assert not list(tmp_path.rglob("units-*"))
