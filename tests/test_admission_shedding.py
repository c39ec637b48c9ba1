"""Shedding in time (issue 55): with the page builders slowed artificially (spinning in Python, holding the
interpreter lock by turns as real page building does), a request the queue cannot serve within its wait is
answered 503 with ``Retry-After`` within about a second, at its arrival, not after the wait; a request that
fits is served; downloads wait for their file outside the queue."""

from __future__ import annotations

import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from email.message import Message

import pytest
from test_server import HANG_GUARD, Live, db  # noqa: F401  (the module's archive fixture)

from vbparse.web import create_app, pages
from vbparse.web.admission import Admission

#: Seconds each slowed page spins for.
SPIN = 0.8
#: What "within about a second" allows on a loaded two-core machine.
SHED_WITHIN = 1.0


def fetch(url: str) -> tuple[int, float, Message]:
    t0 = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=HANG_GUARD) as r:
            r.read()
            return r.status, time.monotonic() - t0, r.headers
    except urllib.error.HTTPError as e:
        return e.code, time.monotonic() - t0, e.headers


@pytest.fixture
def slowed(monkeypatch):
    """Each board page spins for ``SPIN`` seconds before it is built; ``started`` counts them."""
    build = pages._obligations_page
    started = []

    def spinning(*args, **kwargs):
        started.append(time.monotonic())
        until = time.monotonic() + SPIN
        n = 0
        while time.monotonic() < until:
            n += 1  # pure Python: the interpreter lock is taken from the event loop by turns
        return build(*args, **kwargs)

    monkeypatch.setattr(pages, "_obligations_page", spinning)
    return started


def test_a_request_the_queue_cannot_serve_in_its_wait_is_shed_at_once_while_pages_are_built(db, slowed):  # noqa: F811
    app = create_app(db, pool_size=1, queue_wait=2.5 * SPIN)
    server = Live(app).start()
    try:
        page = f"{server.base}/obligations?assignee=VPTK&n="
        assert [fetch(page + f"learn{k}")[0] for k in range(3)] == [200] * 3  # the time one page takes, learnt
        with ThreadPoolExecutor(3) as ex:
            running = ex.submit(fetch, page + "1")
            while len(slowed) < 4:  # building: the only place is taken
                time.sleep(0.01)
            queued = [ex.submit(fetch, page + "2")]
            while _admission_waiting(app) < 1:
                time.sleep(0.01)
            queued.append(ex.submit(fetch, page + "3"))  # two pages' wait: within the queue's 2.5
            while _admission_waiting(app) < 2:
                time.sleep(0.01)
            status, took, headers = fetch(page + "4")  # three pages' wait: beyond it
            assert status == 503 and took < SHED_WITHIN, (status, took)
            assert headers["Retry-After"] == "1"
            assert running.result()[0] == 200 and [q.result()[0] for q in queued] == [200, 200]
    finally:
        server.stop()
    assert len(slowed) == 6


def test_a_full_queue_is_shed_within_a_second_while_threads_spin(db, slowed):  # noqa: F811
    app = create_app(db, pool_size=1, max_queue=2)
    server = Live(app).start()
    try:
        page = f"{server.base}/obligations?assignee=VPTK&n="
        with ThreadPoolExecutor(3) as ex:
            held = [ex.submit(fetch, page + str(k)) for k in range(3)]  # one built, two queued
            deadline = time.monotonic() + HANG_GUARD
            while not (len(slowed) == 1 and _admission_waiting(app) == 2):
                assert time.monotonic() < deadline
                time.sleep(0.01)
            status, took, headers = fetch(page + "x")
            assert status == 503 and took < SHED_WITHIN and headers["Retry-After"] == "1", (status, took)
            assert [f.result()[0] for f in held] == [200, 200, 200]
    finally:
        server.stop()


def _admission_waiting(app) -> int:
    found: Admission | None = getattr(app.state, "admission", None)
    return found.waiting if found is not None else -1


def test_downloads_wait_for_their_file_outside_the_queue(db, monkeypatch):  # noqa: F811
    """Two download requests while the only place is taken by a page held in the builder: neither waits."""
    gate = threading.Event()
    build = pages._obligations_page

    def held(*args, **kwargs):
        gate.wait(HANG_GUARD)
        return build(*args, **kwargs)

    monkeypatch.setattr(pages, "_obligations_page", held)
    app = create_app(db, pool_size=1, max_queue=1)
    server = Live(app).start()
    try:
        with ThreadPoolExecutor(2) as ex:
            page = ex.submit(fetch, f"{server.base}/obligations?assignee=VPTK")
            time.sleep(0.3)
            got = [fetch(f"{server.base}/obligations.csv?assignee=VPTK&k={k}") for k in range(2)]
            gate.set()
            page_status = page.result()[0]
    finally:
        gate.set()
        server.stop()
    assert [s for s, _, _ in got] == [200, 200] and all(took < 5 for _, took, _ in got), got
    assert page_status == 200
