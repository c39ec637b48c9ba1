"""A bounded pool of read-only archive connections, and the FastAPI dependency that lends one per request.

Opening an archive checks its version and layout: too slow to do per request, so connections are kept
and reused.  A request may be served in any worker thread, so the pool's connections are opened
``shared`` (without Python's same-thread check); the pool lends each to one request at a time, which is
what that check protects.  Every connection is query-only (``PRAGMA query_only`` / ``default_transaction_read_only``),
and every loan has a deadline: SQLite aborts a statement past it (a progress handler), PostgreSQL after
``statement_timeout``; the query then fails with ``QueryTimeout`` (HTTP 504).
"""

from __future__ import annotations

import contextlib
import logging
import math
import sqlite3
import threading
import time
from collections.abc import Iterator

from fastapi import Request

from ..store import Archive, StoreError
from ..store.backend import DeadlinePassed, database_outage

log = logging.getLogger(__name__)

#: Connections kept open at most: more than the two or four cores that serve them, few enough for any
#: database's connection limit.  Requests beyond it wait for one (until their deadline).
DEFAULT_POOL_SIZE = 8
#: Seconds one request may spend on the archive, waiting for a connection included; beyond it the
#: client gets a 504 and the query is stopped.
DEFAULT_QUERY_TIMEOUT = 15.0
#: SQLite virtual-machine steps between two looks at the clock: about a millisecond of work.
_PROGRESS_STEPS = 10_000


class PoolBusy(StoreError):
    """Every connection stayed lent until the request's deadline (HTTP 503)."""


class QueryTimeout(StoreError):
    """A query ran past the request's deadline and was stopped (HTTP 504)."""


class ArchiveUnavailable(StoreError):
    """The database failed under a query: PostgreSQL stopped, a damaged file (HTTP 503, one line; the
    connection is not lent again)."""


class _Slot:
    """One pooled connection and the deadline of its current loan (read by SQLite's progress handler)."""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self.deadline = math.inf
        self.lent = False
        self.broken = False  # the database failed under it: closed, never lent again

    def past_deadline(self) -> bool:
        return time.monotonic() > self.deadline


class Lease:
    """A connection lent to one request; ``interrupt`` stops its query, and only while it is still lent
    (afterwards the connection may be another request's)."""

    def __init__(self, pool: ArchivePool, slot: _Slot) -> None:
        self._pool, self._slot = pool, slot
        self.archive = slot.archive
        self.active = True

    def interrupt(self) -> None:
        with self._pool._cond:
            if self.active:
                self.archive.backend.interrupt()


def _is_database_error(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.Error) or type(exc).__module__.startswith("psycopg")


def _query_only(archive: Archive, slot: _Slot, timeout: float) -> None:
    """Make a freshly opened archive connection read-only and interruptible."""
    b = archive.backend
    if b.kind == "sqlite":
        b.execute("PRAGMA query_only = ON")
        b.conn.set_progress_handler(slot.past_deadline, _PROGRESS_STEPS)
    else:
        b.execute("SELECT set_config('statement_timeout', ?, false)", (str(int(timeout * 1000)),))
        b.execute("SELECT set_config('default_transaction_read_only', 'on', false)")
        b.commit()


class ArchivePool:
    """At most ``size`` connections to the archive ``db``, opened as needed; the first is opened at once,
    so a database that cannot be opened fails here with the store's one-line message."""

    def __init__(self, db: str, size: int = DEFAULT_POOL_SIZE, *, timeout: float = DEFAULT_QUERY_TIMEOUT) -> None:
        if size < 1:
            raise ValueError("the pool needs at least one connection")
        self.db, self.size, self.timeout = db, size, timeout
        self._cond = threading.Condition()
        self._idle: list[_Slot] = []
        self._open = 0  # connections opened and not closed, lent or idle
        self._lent = 0
        self.peak_lent = 0
        self._closed = False
        self._idle.append(self._connect())
        self._open = 1

    def _connect(self) -> _Slot:
        archive = Archive(self.db, create=False, shared=True)  # lent to one request at a time, any thread
        slot = _Slot(archive)
        try:
            _query_only(archive, slot, self.timeout)
        except Exception:
            archive.close()
            raise
        return slot

    def stats(self) -> dict[str, int]:
        """Connections open (idle or lent), lent now, lent at most so far, and the bound."""
        with self._cond:
            return {"open": self._open, "lent": self._lent, "peak_lent": self.peak_lent, "size": self.size}

    @contextlib.contextmanager
    def lease(self, deadline: float | None = None) -> Iterator[Lease]:
        """Lend a connection until the block ends (waiting for one until ``deadline``, a ``time.monotonic``
        value); a database error after the deadline is reported as ``QueryTimeout``."""
        deadline = time.monotonic() + self.timeout if deadline is None else deadline
        slot = self._take(deadline)
        lease = Lease(self, slot)
        try:
            yield lease
        except DeadlinePassed:
            raise QueryTimeout(f"the request took longer than {self.timeout:g} s and was stopped") from None
        except Exception as exc:
            if time.monotonic() >= deadline and _is_database_error(exc):
                raise QueryTimeout(f"the query took longer than {self.timeout:g} s and was stopped") from None
            if (why := database_outage(exc)) is not None:
                slot.broken = True
                raise ArchiveUnavailable(why) from None
            raise
        finally:
            self._give_back(slot, lease)

    def _take(self, deadline: float) -> _Slot:
        slot: _Slot | None  # None: a new connection is to be opened
        with self._cond:
            while True:
                if self._closed:
                    raise StoreError("the server is shutting down")
                if self._idle:
                    slot = self._idle.pop()
                    break
                if self._open < self.size:
                    self._open += 1
                    slot = None
                    break
                left = deadline - time.monotonic()
                if left <= 0:
                    raise PoolBusy(
                        f"all {self.size} archive connections stayed busy for {self.timeout:g} s; try again later"
                    )
                self._cond.wait(left)
            self._lent += 1
            self.peak_lent = max(self.peak_lent, self._lent)
        if slot is None:
            try:
                slot = self._connect()  # outside the lock: opening may take a while
            except BaseException:
                with self._cond:
                    self._open -= 1
                    self._lent -= 1
                    self._cond.notify()
                raise
        slot.deadline, slot.lent = deadline, True
        slot.archive.backend.deadline = deadline  # the store stops its work between statements at it too
        return slot

    def _give_back(self, slot: _Slot, lease: Lease) -> None:
        with self._cond:
            lease.active = False
            slot.deadline, slot.lent = math.inf, False
            slot.archive.backend.deadline = math.inf
        keep = not self._closed and not slot.broken
        if keep:
            try:  # end the read transaction: the next request sees what was indexed since
                slot.archive.backend.rollback()
            except Exception:
                log.warning("an archive connection failed and was closed", exc_info=True)
                keep = False
        if not keep:
            with contextlib.suppress(Exception):
                slot.archive.close()
        with self._cond:
            self._lent -= 1
            if keep and not self._closed:
                self._idle.append(slot)
            else:
                self._open -= 1
                if keep:  # closed meanwhile
                    with contextlib.suppress(Exception):
                        slot.archive.close()
            self._cond.notify()

    def close(self) -> None:
        """Close the idle connections now and each lent one when it is given back."""
        with self._cond:
            self._closed = True
            idle, self._idle = self._idle, []
            self._open -= len(idle)
            self._cond.notify_all()
        for slot in idle:
            with contextlib.suppress(Exception):
                slot.archive.close()


def archive_dependency(request: Request) -> Iterator[Archive]:
    """``archive: Archive = Depends(archive_dependency)``: a pooled, read-only connection for the request,
    given back after it; a query past the deadline fails with ``QueryTimeout`` (HTTP 504)."""
    pool: ArchivePool = request.app.state.pool
    with pool.lease() as lease:
        yield lease.archive
