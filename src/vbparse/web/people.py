"""Served beyond this machine with accounts: people sign in with their own account, machines send the token (issue 53).

With ``sign_in_required`` the server's token is no longer asked of every page: a person opens ``/login``, signs
in with the account the archivist gave them (``vbparse accounts add``), and reads; the token stays for API
clients and scripts (``Authorization: Bearer``).  ``SignInGate`` sits inside the session middleware, so it
reads the signed cookie the sign-in set: a request that ``guard.Guard`` let through with a valid token
(``MACHINE``), a sign-in page or a static file passes; a page asked for without a sign-in is sent to
``/login?back=…`` (303), an API call answered 401 in JSON.  ``anonymous_read`` (the admin's choice) lets anyone
read the pages and the API without signing in; writes always need a sign-in or the token
(``corrections.write_allowed``), as before.  Whatever the settings, the gate asks ``SessionCheck`` whether a
cookie's sign-in still stands in the archive (issue 55) and empties the session of one that ended: a copy of the
cookie taken before signing out signs no one in.
"""

from __future__ import annotations

import threading
import time
from typing import Any
from urllib.parse import quote

import anyio
from starlette.types import ASGIApp, Receive, Scope, Send

from ..store import StoreError
from .errors import error_response
from .feeds import FEED_PATHS

#: The scope key ``guard.Guard`` sets when the request carried the server's token (a machine, or an admin).
MACHINE = "vbparse.machine"
#: Paths served to everyone: the sign-in itself and what its page loads.
DEFAULT_OPEN_PATHS = frozenset({"/login", "/logout", "/favicon.ico"})
DEFAULT_OPEN_PREFIXES = ("/static/", "/docs-assets/")
#: What a page asked for without a sign-in is told, on the sign-in page it is sent to.
SIGN_IN_FIRST = "Hãy đăng nhập bằng tài khoản của mình để xem trang này."
#: Seconds a read trusts what the archive last said of a sign-in (a write asks every time).
DEFAULT_SESSION_RECHECK_SECONDS = 30.0
#: Sign-ins remembered at most by ``SessionCheck`` (the oldest forgotten first: asked again, no harm).
DEFAULT_MAX_SESSIONS_KEPT = 10_000


def is_open(path: str) -> bool:
    return path in DEFAULT_OPEN_PATHS or path.startswith(DEFAULT_OPEN_PREFIXES)


def _signed_in(scope: Scope) -> bool:
    session = scope.get("session") or {}
    return bool(session.get("account")) and bool(session.get("gen"))


class SessionCheck:
    """Whether a sign-in still stands, cheaply for reads (issue 55).

    A write asks the archive every time (``session.writer_account``).  A read asks it at most once per sign-in
    every ``recheck`` seconds and trusts the answer meanwhile; a sign-out on this server is known at once
    (``ended``), a new password or a disabled account (``vbparse accounts``, another process) within ``recheck``
    seconds.  The archive is read with a short loan of a pooled connection, in a worker thread."""

    def __init__(self, pool: Any, recheck: float = DEFAULT_SESSION_RECHECK_SECONDS) -> None:
        self.pool, self.recheck = pool, recheck
        self._standing: dict[str, float] = {}  # session id -> when the archive last said it stands
        self._ended: dict[str, float] = {}  # session id -> when it was signed out here
        self._lock = threading.Lock()

    def ended(self, session_id: str) -> None:
        with self._lock:
            self._standing.pop(session_id, None)
            _bounded(self._ended)[session_id] = time.monotonic()

    async def stands(self, session_id: str | None, account: str) -> bool:
        if not session_id:
            return False
        now = time.monotonic()
        with self._lock:
            if session_id in self._ended:
                return False
            seen = self._standing.get(session_id)
            if seen is not None and now - seen < self.recheck:
                return True

        def ask() -> bool:
            with self.pool.lease() as lease:
                return lease.archive.session_account(session_id, account) is not None

        standing = await anyio.to_thread.run_sync(ask)
        with self._lock:
            if standing:
                _bounded(self._standing)[session_id] = now
            else:
                self._standing.pop(session_id, None)
        return standing


def _bounded(seen: dict[str, float]) -> dict[str, float]:
    """``seen`` with room for one more: the oldest entry forgotten past ``DEFAULT_MAX_SESSIONS_KEPT``."""
    while len(seen) >= DEFAULT_MAX_SESSIONS_KEPT:
        seen.pop(next(iter(seen)))
    return seen


class SignInGate:
    """Pages and the API only for a signed-in person (or a request with the token) when sign-in is required."""

    def __init__(self, app: ASGIApp, *, required: bool = False, anonymous_read: bool = False) -> None:
        self.app = app
        self.required = required and not anonymous_read
        self.anonymous_read = anonymous_read

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        session = scope.get("session")
        if scope["type"] == "http" and session and session.get("account"):
            try:
                standing = await scope["app"].state.sessions.stands(session.get("sid"), str(session["account"]))
            except StoreError as exc:  # the archive cannot say: no page on a sign-in it cannot vouch for
                await error_response(503, str(exc), {"Retry-After": "1"})(scope, receive, send)
                return
            if not standing:
                session.clear()  # ended: the page sees no one, and the answer clears the cookie
        if (
            scope["type"] != "http"
            or not self.required
            or scope.get(MACHINE)
            or is_open(scope["path"])
            or _signed_in(scope)
        ):
            await self.app(scope, receive, send)
            return
        path = scope["path"]
        if path.startswith("/api/") or path in FEED_PATHS or path in ("/openapi.json", "/docs"):
            answer = error_response(
                401,
                "sign in (POST /login) or send the header 'Authorization: Bearer TOKEN'",
                {"WWW-Authenticate": "Bearer"},
            )
            await answer(scope, receive, send)
            return
        query = scope.get("query_string", b"").decode("latin-1")
        target = scope.get("root_path", "") + path + ("?" + query if query else "")
        location = scope.get("root_path", "") + "/login?back=" + quote(target, safe="")
        await error_response(303, SIGN_IN_FIRST, {"Location": location})(scope, receive, send)
