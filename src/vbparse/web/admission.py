"""Admission: as many requests at the archive as it has connections, the rest wait in a bounded queue.

Without it, a burst of page requests each took a worker thread to wait for a pooled connection; once
every thread of the pool waited, the requests holding a connection had no thread left to run on, and
the burst ended in 503s after the full query deadline (200 × ``/``: 160 × 503 after 45–60 s).  Here the
waiting is done in the event loop, at no thread's cost, first come first served; a request that cannot
even join the queue (``DEFAULT_MAX_QUEUE``) or waits past ``DEFAULT_QUEUE_WAIT`` is answered 503 at once
with ``Retry-After``, so that a client under load hears quickly, not after a minute.

Shedding at the wait's end still came 10 s late, after the client had waited for nothing (issue 55).  So a
request is also shed at its arrival when the queue ahead of it cannot be served within the wait: its
length over the places, times the time a request has taken lately (``service``: the median of the last
``DEFAULT_SERVICE_SAMPLES`` let through, once there are ``DEFAULT_MIN_SAMPLES``; a median, so that the
first requests of a burst, which make the answers the others are then given from the cache, do not shed
the rest).  What is shed is shed within the event loop's turn, the work it meant to avoid
not done; what is queued is most likely served.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections import deque
from typing import Any

from starlette.responses import HTMLResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from .errors import error_response

#: Requests waiting for the archive at most; one more is shed at once.
DEFAULT_MAX_QUEUE = 1000
#: Seconds a request may wait in the queue before it is shed.
DEFAULT_QUEUE_WAIT = 10.0
#: Seconds a shed client is told to wait before it asks again.
DEFAULT_SHED_RETRY_AFTER = 1
#: Paths that never touch the archive and are never queued.
EXEMPT_PREFIXES = ("/static/", "/api/health")
#: Downloads bound their own work (``downloads``: one job per file in a pool of their own) and wait for it in the
#: event loop; queued here, 200 requests for one file took every place while they waited for it.
EXEMPT_GETS = frozenset(
    {"/obligations.csv", "/obligations.xlsx", "/obligations.ics", "/register.csv", "/register.xlsx"}
)
#: Requests let through whose times make the estimate of the next one's (their median).
DEFAULT_SERVICE_SAMPLES = 31
#: Requests let through before the estimate is trusted: until then nothing is shed at arrival.
DEFAULT_MIN_SAMPLES = 3
#: Posts that bound their own work and are never queued: a sign-in waits for one of its own few password checks
#: (``signin_limits.Verifier``) and borrows a connection only for a moment; queued here, a flood of them took the
#: places of the page reads (issue 55).
EXEMPT_POSTS = frozenset({"/login"})


class Admission:
    """A plain ASGI middleware; ``limit``: requests let through at once (the pool's connections)."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        limit: int,
        max_queue: int = DEFAULT_MAX_QUEUE,
        wait: float = DEFAULT_QUEUE_WAIT,
        state: Any = None,
    ) -> None:
        if limit < 1:
            raise ValueError("admission needs a limit of at least one request")
        if state is not None:  # the app's state: where the figures and the tests find it
            state.admission = self
        self.app, self.limit, self.max_queue, self.wait = app, limit, max_queue, wait
        self.running = 0
        self.shed = 0  # requests answered 503 by this middleware, for the figures
        self._took: deque[float] = deque(maxlen=DEFAULT_SERVICE_SAMPLES)  # seconds of the latest let through
        self._waiters: deque[asyncio.Future[bool]] = deque()

    @property
    def waiting(self) -> int:
        """Requests in the queue now."""
        return len(self._waiters)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope.get("path", "").startswith(EXEMPT_PREFIXES)
            or (scope.get("method") == "POST" and scope.get("path") in EXEMPT_POSTS)
            or (scope.get("method") in ("GET", "HEAD") and scope.get("path") in EXEMPT_GETS)
        ):
            await self.app(scope, receive, send)
            return
        if not await self._enter():
            self.shed += 1
            await self._busy(scope)(scope, receive, send)
            return
        began = time.monotonic()
        try:
            await self.app(scope, receive, send)
        finally:
            self._took.append(time.monotonic() - began)
            self._leave()

    @property
    def service(self) -> float | None:
        """Seconds a request let through takes lately (their median), or None before ``DEFAULT_MIN_SAMPLES``."""
        if len(self._took) < DEFAULT_MIN_SAMPLES:
            return None
        return statistics.median(self._took)

    def expected_wait(self) -> float:
        """Seconds a request joining the queue now should wait for a place (0 when nothing is known yet)."""
        return (len(self._waiters) + 1) / self.limit * (self.service or 0.0)

    async def _enter(self) -> bool:
        if self.running < self.limit and not self._waiters:
            self.running += 1
            return True
        if len(self._waiters) >= self.max_queue or self.expected_wait() > self.wait:
            return False
        loop = asyncio.get_running_loop()
        turn: asyncio.Future[bool] = loop.create_future()
        self._waiters.append(turn)

        def too_late() -> None:
            if not turn.done():
                turn.set_result(False)

        timer = loop.call_later(self.wait, too_late)
        try:
            return await turn  # True: a leaving request handed its place over (``running`` unchanged)
        except asyncio.CancelledError:  # the client went away; a place handed over meanwhile is passed on
            if turn.done() and not turn.cancelled() and turn.result():
                self._leave()
            raise
        finally:
            timer.cancel()
            if turn in self._waiters:
                self._waiters.remove(turn)

    def _leave(self) -> None:
        while self._waiters:
            turn = self._waiters.popleft()
            if not turn.done():
                turn.set_result(True)
                return
        self.running -= 1

    def _busy(self, scope: Scope):
        retry = {"Retry-After": str(DEFAULT_SHED_RETRY_AFTER)}
        if scope.get("path", "").startswith("/api"):
            return error_response(
                503, f"the server is busy ({len(self._waiters)} requests waiting); try again shortly", retry
            )
        return HTMLResponse(
            "<!doctype html><meta charset=utf-8><title>Máy chủ đang bận</title><p>Máy chủ đang bận; hãy thử lại "
            f"sau {DEFAULT_SHED_RETRY_AFTER} giây.</p>",
            status_code=503,
            headers=retry,
        )
