"""What keeps a flood of sign-ins from shutting readers out (issue 55): limits reserved before the password is
checked, and a small bounded pool for the checks.

Before, the limit was per address *and* name and was tested before the check but counted after it: 40 guesses
at one name at once verified 10-12 passwords against a limit of 5, and guesses at different names were never
slowed; each check held a pooled archive connection for its whole Argon2 work, so 60 sign-ins at once left the
page reads 503 after 10 s.  Here an attempt is *reserved* in every window it counts in (its name from its
address, its name, its address, the whole server) in one step under a lock, before the check; a sign-in that
succeeds gives its reservation back.  The check itself runs in ``Verifier``: at most ``DEFAULT_SIGNIN_WORKERS``
at once, ``DEFAULT_SIGNIN_WAITING`` more waiting at most ``DEFAULT_SIGNIN_WAIT_SECONDS``; any other sign-in is
answered 503 at once, and no sign-in holds an archive connection while Argon2 works.  The checks run in threads of
their own at a lower priority (``DEFAULT_SIGNIN_NICENESS``), so that on a small machine the pages come first.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

import anyio

#: Failed sign-ins in ``DEFAULT_SIGNIN_WINDOW_SECONDS`` of one name from one address,
DEFAULT_MAX_FAILED_SIGNINS = 5
#: of one name from any address (guessing one person's password from many machines),
DEFAULT_MAX_FAILED_PER_NAME = 10
#: from one address at any names (trying a password on every name),
DEFAULT_MAX_FAILED_PER_ADDRESS = 20
#: and on the whole server: past any of them a sign-in is answered 429 without its password being checked.
DEFAULT_MAX_FAILED_OVERALL = 200
DEFAULT_SIGNIN_WINDOW_SECONDS = 300.0
#: Password checks at once: Argon2 takes a core for 0.05-1 s; half the machine's cores, one or two.
DEFAULT_SIGNIN_WORKERS = min(2, max(1, (os.cpu_count() or 2) // 2))
#: How much less the checks' threads count than the pages' for the machine's scheduler (``os.nice``): Argon2 takes
#: both cores of a small machine for 0.2 s a check (four lanes), which slowed the page reads beside it by half.
DEFAULT_SIGNIN_NICENESS = 10
#: Sign-ins waiting for a check at most, and for how long; any more are answered 503 at once.
DEFAULT_SIGNIN_WAITING = 4
DEFAULT_SIGNIN_WAIT_SECONDS = 5.0
#: Keys remembered at most: a flood of names forgets the oldest rather than grow.
DEFAULT_MAX_KEYS = 10_000

Ticket = tuple[tuple[tuple[str, ...], ...], float]
T = TypeVar("T")


class Attempts:
    """Sign-in attempts in the last ``window`` seconds, by (address, name), name, address and overall."""

    def __init__(self, limits: dict[str, int] | None = None, window: float = DEFAULT_SIGNIN_WINDOW_SECONDS):
        self.limits = {
            "pair": DEFAULT_MAX_FAILED_SIGNINS,
            "name": DEFAULT_MAX_FAILED_PER_NAME,
            "address": DEFAULT_MAX_FAILED_PER_ADDRESS,
            "overall": DEFAULT_MAX_FAILED_OVERALL,
            **(limits or {}),
        }
        self.window = window
        self._seen: dict[tuple[str, ...], deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: tuple[str, ...], now: float) -> deque[float]:
        q = self._seen.get(key)
        if q is None:
            if len(self._seen) >= DEFAULT_MAX_KEYS:
                oldest = next(k for k in self._seen if k[0] != "overall")
                self._seen.pop(oldest)
            q = self._seen[key] = deque()
        while q and q[0] < now - self.window:
            q.popleft()
        return q

    def reserve(self, address: str, name: str) -> Ticket | None:
        """Count an attempt in each of its windows, unless one is full (None: answer 429 without a check)."""
        keys = (("pair", address, name), ("name", name), ("address", address), ("overall",))
        now = time.monotonic()
        with self._lock:
            queues = [self._recent(k, now) for k in keys]
            if any(len(q) >= self.limits[k[0]] for k, q in zip(keys, queues, strict=True)):
                return None
            for q in queues:
                q.append(now)
        return keys, now

    def release(self, ticket: Ticket) -> None:
        """The attempt did not fail (signed in, or never checked): it no longer counts."""
        keys, stamp = ticket
        with self._lock:
            for k in keys:
                q = self._seen.get(k)
                if q is not None and stamp in q:
                    q.remove(stamp)


def _lower_priority() -> None:
    """Make the calling thread (on Linux the niceness is a thread's) and the threads it starts count less."""
    with contextlib.suppress(OSError):
        os.nice(DEFAULT_SIGNIN_NICENESS)


class Verifier:
    """A bounded pool for password checks: ``turn()`` gives True while the caller may check, False at once when
    ``waiting`` sign-ins wait already or none came free within ``wait`` seconds; ``check()`` runs one in the
    pool's own threads, of lower priority than the pages' (``DEFAULT_SIGNIN_NICENESS``)."""

    def __init__(
        self,
        workers: int = DEFAULT_SIGNIN_WORKERS,
        waiting: int = DEFAULT_SIGNIN_WAITING,
        wait: float = DEFAULT_SIGNIN_WAIT_SECONDS,
    ) -> None:
        self.workers, self.waiting, self.wait = workers, waiting, wait
        self._limiter: anyio.CapacityLimiter | None = None  # made in the event loop that uses it
        self._threads: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()

    async def check(self, work: Callable[[], T]) -> T:
        """``work()`` (a password check) in one of the pool's threads, never in those that build pages: a niced
        thread stays niced."""
        with self._lock:
            if self._threads is None:
                self._threads = ThreadPoolExecutor(
                    self.workers, thread_name_prefix="vbparse-signin", initializer=_lower_priority
                )
            threads = self._threads
        return await asyncio.wrap_future(threads.submit(work))

    def close(self) -> None:
        with self._lock:
            if self._threads is not None:
                self._threads.shutdown(wait=False)
                self._threads = None

    def limiter(self) -> anyio.CapacityLimiter:
        if self._limiter is None:
            self._limiter = anyio.CapacityLimiter(self.workers)
        return self._limiter

    @contextlib.asynccontextmanager
    async def turn(self) -> AsyncIterator[bool]:
        limiter = self.limiter()
        if limiter.available_tokens < 1 and limiter.statistics().tasks_waiting >= self.waiting:
            yield False
            return
        got = False
        with anyio.move_on_after(self.wait):
            await limiter.acquire()
            got = True
        if not got:
            yield False
            return
        try:
            yield True
        finally:
            limiter.release()
