"""``conftest.wait_until``: the tests' one way of waiting for something on a machine that may be busy."""

from __future__ import annotations

import time

import pytest
from conftest import wait_until


def test_wait_until_returns_the_conditions_first_true_value_once_it_holds():
    looks = iter([0, "", None, "ready", "later"])
    assert wait_until(lambda: next(looks), "the fourth look", timeout=30, interval=0.001) == "ready"


def test_wait_until_fails_naming_what_it_waited_for_after_its_bound():
    t0 = time.monotonic()
    with pytest.raises(AssertionError, match=r"not within 0.2 s: the server to answer"):
        wait_until(lambda: False, "the server to answer", timeout=0.2, interval=0.01)
    assert time.monotonic() - t0 >= 0.2  # it waited its bound first (how much longer is the machine's)
