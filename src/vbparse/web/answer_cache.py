"""Answers kept while the archive they were read from stays the same: the Nhiệm vụ board and its downloads.

Officials open the same boards at the same hours (a unit's board, the overdue list before a meeting); each
costs a query and a page of rows (30 ms on a 5 000-document archive), so 200 of them at once queued for
seconds and were shed (issue 40).  An answer is kept under its request (address, root path, the day it
was made for) and the archive's state (``Queries.state_token``: every write to the documents and every
correction moves it): an index run's commit or a correction makes new answers.  Requests for an answer
being made wait for it instead of making it again (one query for a burst).

While an index run commits every few seconds, every commit made every board again, and a burst of
requests queued behind each (p95 2.0–2.7 s for 200 at once, on two cores the indexer also uses).  So while
one request makes the answer for the new state, the others are given the answer of the same request, day
and corrections made for an earlier state of the documents, if it was made less than
``DEFAULT_STALE_SECONDS`` ago, with its ``Age``.  A correction is never missing from an answer: they are
part of what the answer is kept under, and only the documents' state may lag, by seconds.

Standing in only while another made the new answer still made every board once per commit: with commits every
second, a burst of 200 board requests during an index run made each board two or three times, and those
remakes took the core the pages needed (issue 55: p95 2.1 s on SQLite, 3.6 s on PostgreSQL, 1.2 and 1.5 s
without them).  So an answer younger than ``DEFAULT_FRESH_SECONDS`` stands for newer documents outright: a
board is made at most once in that time while the documents change, and lags them by that much at most.
"""

from __future__ import annotations

import gzip
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import Response

#: Answers kept (the least recently used goes first): a few hundred boards of a day's work.
DEFAULT_MAX_ANSWERS = 256
#: Bytes of kept answers at most (a full board download is a few MB).
DEFAULT_MAX_BYTES = 64 << 20
#: Seconds a request waits for the same answer being made by another before it makes its own.
DEFAULT_WAIT_SECONDS = 30.0
#: Kept answers are also kept compressed at this level, once: a board page is ~400 kB of rows (each with its
#: correction form) and ~25 kB compressed, which is what a browser asks for (``Accept-Encoding: gzip``).
DEFAULT_GZIP_LEVEL = 6
#: An answer made for an earlier state of the documents is given while the current one is being made if it
#: is younger than this (an index run commits every few seconds).
DEFAULT_STALE_SECONDS = 10.0
#: An answer made for an earlier state of the documents less than this ago is given without making a new one
#: (an index run's commits come every second or so: a board made once per this time while they come).
DEFAULT_FRESH_SECONDS = 2.0


@dataclass(frozen=True)
class _Kept:
    status: int
    body: bytes
    gzipped: bytes
    headers: tuple[tuple[str, str], ...]
    media_type: str | None


class AnswerCache:
    """Answers by key, least recently used dropped first; ``answer`` makes one at most once per key at a time."""

    def __init__(self, max_answers: int = DEFAULT_MAX_ANSWERS, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.max_answers, self.max_bytes = max_answers, max_bytes
        self._kept: OrderedDict[Hashable, _Kept] = OrderedDict()
        self._bytes = 0
        self._making: dict[Hashable, threading.Event] = {}
        #: the key and time of the latest answer kept for each ``family``
        self._latest: OrderedDict[Hashable, tuple[Hashable, float]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = self.misses = self.stale = 0

    def answer(
        self, key: Hashable, make: Callable[[], Response], *, gzip_ok: bool = False, family: Hashable | None = None
    ) -> Response:
        """The kept answer for ``key``, or ``make()``'s (kept when it is a 200 with a body); ``gzip_ok``: the
        client takes a gzip-encoded body.  ``family``: what ``key`` holds but the documents' state; the
        family's latest answer is given if it is younger than ``DEFAULT_FRESH_SECONDS``, or, while another
        request makes the answer for ``key``, younger than ``DEFAULT_STALE_SECONDS``."""
        while True:
            with self._lock:
                kept = self._kept.get(key)
                if kept is not None:
                    self._kept.move_to_end(key)
                    self.hits += 1
                    return _response(kept, gzip_ok)
                earlier = self._earlier(family)
                if earlier is not None and earlier[1] <= DEFAULT_FRESH_SECONDS:
                    self.stale += 1
                    return _response(earlier[0], gzip_ok, age=earlier[1])
                making = self._making.get(key)
                if making is None:
                    self._making[key] = threading.Event()
                    self.misses += 1
                    break
                if earlier is not None:
                    self.stale += 1
                    return _response(earlier[0], gzip_ok, age=earlier[1])
            if not making.wait(DEFAULT_WAIT_SECONDS):
                return make()  # the other is stuck: answer this one apart
        try:
            response = make()
            self._keep(key, response, family)
            return response
        finally:
            with self._lock:
                self._making.pop(key).set()

    def _earlier(self, family: Hashable | None) -> tuple[_Kept, float] | None:
        """The family's latest kept answer and its age, if younger than ``DEFAULT_STALE_SECONDS`` (under the lock)."""
        latest = self._latest.get(family) if family is not None else None
        if latest is None:
            return None
        kept = self._kept.get(latest[0])
        age = time.monotonic() - latest[1]
        return (kept, age) if kept is not None and age <= DEFAULT_STALE_SECONDS else None

    def _keep(self, key: Hashable, response: Response, family: Hashable | None = None) -> None:
        body = getattr(response, "body", None)
        if response.status_code != 200 or not isinstance(body, bytes) or len(body) > self.max_bytes // 4:
            return
        headers = tuple((k, v) for k, v in response.headers.items() if k.lower() != "content-length")
        gzipped = gzip.compress(body, DEFAULT_GZIP_LEVEL, mtime=0)
        kept = _Kept(response.status_code, body, gzipped, headers, response.media_type)
        with self._lock:
            old = self._kept.pop(key, None)
            self._bytes -= len(old.body) + len(old.gzipped) if old else 0
            self._kept[key] = kept
            self._bytes += len(body) + len(gzipped)
            if family is not None:
                self._latest[family] = (key, time.monotonic())
                self._latest.move_to_end(family)
                while len(self._latest) > self.max_answers:
                    self._latest.popitem(last=False)
            while self._kept and (len(self._kept) > self.max_answers or self._bytes > self.max_bytes):
                _k, dropped = self._kept.popitem(last=False)
                self._bytes -= len(dropped.body) + len(dropped.gzipped)


def _response(kept: _Kept, gzip_ok: bool, age: float | None = None) -> Response:
    headers = dict(kept.headers)
    headers["Vary"] = "Accept-Encoding"
    if age is not None:  # made for an earlier state of the documents, this long ago (RFC 9111's Age)
        headers["Age"] = str(math.floor(age))
    if gzip_ok and len(kept.gzipped) < len(kept.body):
        headers["Content-Encoding"] = "gzip"
        return Response(kept.gzipped, status_code=kept.status, headers=headers, media_type=kept.media_type)
    return Response(kept.body, status_code=kept.status, headers=headers, media_type=kept.media_type)


def accepts_gzip(request: Request) -> bool:
    """The client takes a gzip-encoded answer (``Accept-Encoding: gzip``, not refused with ``q=0``)."""
    for part in request.headers.get("accept-encoding", "").lower().split(","):
        coding, _, params = part.strip().partition(";")
        if coding.strip() in {"gzip", "*"}:
            return params.replace(" ", "") not in {"q=0", "q=0.0", "q=0.00", "q=0.000"}
    return False


def request_key(request: Request, *extra: Hashable) -> tuple[Hashable, ...]:
    """What an answer depends on in the request: its address as sent (the downloads link to the host asked)
    and the root it is served under."""
    return (request.scope.get("root_path", ""), str(request.url), *extra)
