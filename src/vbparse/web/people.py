"""Served beyond this machine with accounts: people sign in with their own account, machines send the token (issue 53).

With ``sign_in_required`` the server's token is no longer asked of every page: a person opens ``/login``, signs
in with the account the archivist gave them (``vbparse accounts add``), and reads; the token stays for API
clients and scripts (``Authorization: Bearer``).  ``SignInGate`` sits inside the session middleware, so it
reads the signed cookie the sign-in set: a request that ``guard.Guard`` let through with a valid token
(``MACHINE``), a sign-in page or a static file passes; a page asked for without a sign-in is sent to
``/login?back=…`` (303), an API call answered 401 in JSON.  ``anonymous_read`` (the admin's choice) lets anyone
read the pages and the API without signing in; writes always need a sign-in or the token
(``corrections.write_allowed``), as before.
"""

from __future__ import annotations

from urllib.parse import quote

from starlette.types import ASGIApp, Receive, Scope, Send

from .errors import error_response
from .feeds import FEED_PATHS

#: The scope key ``guard.Guard`` sets when the request carried the server's token (a machine, or an admin).
MACHINE = "vbparse.machine"
#: Paths served to everyone: the sign-in itself and what its page loads.
DEFAULT_OPEN_PATHS = frozenset({"/login", "/logout", "/favicon.ico"})
DEFAULT_OPEN_PREFIXES = ("/static/", "/docs-assets/")
#: What a page asked for without a sign-in is told, on the sign-in page it is sent to.
SIGN_IN_FIRST = "Hãy đăng nhập bằng tài khoản của mình để xem trang này."


def is_open(path: str) -> bool:
    return path in DEFAULT_OPEN_PATHS or path.startswith(DEFAULT_OPEN_PREFIXES)


def _signed_in(scope: Scope) -> bool:
    session = scope.get("session") or {}
    return bool(session.get("account")) and bool(session.get("gen"))


class SignInGate:
    """Pages and the API only for a signed-in person (or a request with the token) when sign-in is required."""

    def __init__(self, app: ASGIApp, *, required: bool = False, anonymous_read: bool = False) -> None:
        self.app = app
        self.required = required and not anonymous_read
        self.anonymous_read = anonymous_read

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
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
