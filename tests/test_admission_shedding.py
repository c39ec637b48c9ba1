"""Shedding in time (issue 55): with the page builders held (spinning in Python, taking the interpreter lock from
the event loop by turns as real page building does, until the test lets them go), a request the queue cannot serve
within its wait is answered 503 with ``Retry-After`` at its arrival, while the work ahead of it is still being done,
not after the wait; a request that fits is served; downloads wait for their file outside the queue.

No assertion here measures a time (the suite runs on loaded machines): every wait a wrong answer would make is many
times ``HANG_GUARD``, so a late answer fails the guard, never a speed."""

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

#: Seconds a request may wait in the queue in these tests: a shed at the wait's end would come far past the guard.
QUEUE_WAIT = 20 * HANG_GUARD
#: The time a page is said to have taken lately, so that three pages ahead cannot be served within ``QUEUE_WAIT``
#: and two can (the estimate the admission learns from the requests it lets through).
LEARNT_PAGE = QUEUE_WAIT / 2.5


def fetch(url: str) -> tuple[int, Message]:
    try:
        with urllib.request.urlopen(url, timeout=HANG_GUARD) as r:
            r.read()
            return r.status, r.headers
    except urllib.error.HTTPError as e:
        return e.code, e.headers


@pytest.fixture
def held(monkeypatch):
    """Each board page spins in Python until ``held.release`` is set (a guard of many ``HANG_GUARD``s); ``held.started``
    counts the pages begun, ``held.finished`` those built."""
    build = pages._obligations_page
    state = _Held()

    def spinning(*args, **kwargs):
        state.started.append(1)
        until = time.monotonic() + 4 * HANG_GUARD
        n = 0
        while not state.release.is_set() and time.monotonic() < until:
            n += 1  # pure Python: the interpreter lock is taken from the event loop by turns
        page = build(*args, **kwargs)
        state.finished.append(1)
        return page

    monkeypatch.setattr(pages, "_obligations_page", spinning)
    yield state
    state.release.set()


class _Held:
    def __init__(self) -> None:
        self.release = threading.Event()
        self.started: list[int] = []
        self.finished: list[int] = []


def _admission(app) -> Admission:
    found: Admission | None = getattr(app.state, "admission", None)
    assert found is not None
    return found


def _until(condition, what: str) -> None:
    deadline = time.monotonic() + HANG_GUARD
    while not condition():
        assert time.monotonic() < deadline, f"not within the guard: {what}"
        time.sleep(0.01)


def test_a_request_the_queue_cannot_serve_in_its_wait_is_shed_at_once_while_pages_are_built(db, held, monkeypatch):  # noqa: F811
    monkeypatch.setattr(Admission, "service", property(lambda self: LEARNT_PAGE))  # as learnt from slow pages
    app = create_app(db, pool_size=1, queue_wait=QUEUE_WAIT)
    server = Live(app).start()
    try:
        admission = _admission(app)
        page = f"{server.base}/obligations?assignee=VPTK&n="
        with ThreadPoolExecutor(3) as ex:
            running = ex.submit(fetch, page + "1")
            _until(lambda: len(held.started) == 1, "the first page taking the only place")
            queued = [ex.submit(fetch, page + "2")]
            _until(lambda: admission.waiting == 1, "the second page queued")
            queued.append(ex.submit(fetch, page + "3"))  # two pages' wait: within the queue's
            _until(lambda: admission.waiting == 2, "the third page queued")
            status, headers = fetch(page + "4")  # three pages' wait: beyond it, shed on arrival
            assert (status, headers["Retry-After"]) == (503, "1")
            assert held.finished == [] and admission.waiting == 2 and not running.done()  # the work still ahead
            held.release.set()
            assert running.result()[0] == 200 and [q.result()[0] for q in queued] == [200, 200]
    finally:
        held.release.set()
        server.stop()
    assert len(held.started) == 3 and admission.shed == 1


def test_a_full_queue_is_shed_at_once_while_threads_spin(db, held):  # noqa: F811
    app = create_app(db, pool_size=1, max_queue=2, queue_wait=QUEUE_WAIT)
    server = Live(app).start()
    try:
        admission = _admission(app)
        page = f"{server.base}/obligations?assignee=VPTK&n="
        with ThreadPoolExecutor(3) as ex:
            waiting = [ex.submit(fetch, page + str(k)) for k in range(3)]  # one built, two queued
            _until(lambda: len(held.started) == 1 and admission.waiting == 2, "one page built and two queued")
            status, headers = fetch(page + "x")
            assert (status, headers["Retry-After"]) == (503, "1")
            assert held.finished == [] and not any(f.done() for f in waiting)  # answered before the work ahead
            held.release.set()
            assert [f.result()[0] for f in waiting] == [200, 200, 200]
    finally:
        held.release.set()
        server.stop()


@pytest.mark.slow  # (2 s or more: the quick suite leaves it to CI)
def test_downloads_wait_for_their_file_outside_the_queue(db, held):  # noqa: F811
    """Two download requests while the only place is taken by a page held in the builder: both are answered while
    it is still held (queued behind it, they would wait until the guard)."""
    app = create_app(db, pool_size=1, max_queue=1, queue_wait=QUEUE_WAIT)
    server = Live(app).start()
    try:
        with ThreadPoolExecutor(1) as ex:
            page = ex.submit(fetch, f"{server.base}/obligations?assignee=VPTK")
            _until(lambda: len(held.started) == 1, "the page taking the only place")
            got = [fetch(f"{server.base}/obligations.csv?assignee=VPTK&k={k}")[0] for k in range(2)]
            assert got == [200, 200] and held.finished == [] and not page.done()
            held.release.set()
            assert page.result()[0] == 200
    finally:
        held.release.set()
        server.stop()
