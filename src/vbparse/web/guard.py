"""What every request passes before any route: the method, the size, the token, and the last catch.

A plain ASGI middleware (Starlette's error middleware would re-raise an exception after answering it,
and the server would log its traceback a second time).  In order: a method other than GET/HEAD is a 405,
except a POST to one of the correction routes (``corrections.WRITE_PATHS``), whose body may be up to
``corrections.DEFAULT_MAX_BODY_BYTES`` (413 beyond; the route itself asks for the write token);
a URL over ``DEFAULT_MAX_URL_BYTES`` a 414, headers over ``DEFAULT_MAX_HEADER_BYTES`` a 431;
a request with a body a 413; then, when the app has a token,
the request must carry it (``Authorization: Bearer …``, the ``vbparse_token`` cookie, or a ``token``
parameter; a page opened with ``?token=…`` sets the cookie and redirects to the same page without it).  A
calendar feed (``FEED_PATHS``) is read by a calendar application, which sends no header and keeps no cookie:
it carries a ``key`` that opens that unit's feed only (``feed_key``), so that the token itself never leaves
for a calendar service, and it is answered directly, never redirected.
HEAD is served as GET without the body.  An exception nothing else answered is logged once, with its
traceback, and the client gets a one-line JSON 500.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from http.cookies import SimpleCookie
from urllib.parse import parse_qsl, quote

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .corrections import DEFAULT_MAX_BODY_BYTES, WRITE_PATHS
from .errors import ALLOWED_METHODS, error_response, log
from .feeds import FEED_PATHS, feed_key
from .params import BadParameter, strict_decode
from .people import MACHINE

#: Longest URL (path and query) served: a search is a few hundred bytes, a document reference less.
DEFAULT_MAX_URL_BYTES = 8192
#: Most bytes of request headers served (uvicorn alone takes whatever arrives in one piece).
DEFAULT_MAX_HEADER_BYTES = 16384
#: The cookie a browser keeps the token in (a digest of it, not the token itself).
TOKEN_COOKIE = "vbparse_token"

_NON_ASCII = re.compile(rb"[\x80-\xff]")


def cookie_value(token: str) -> str:
    """What the cookie holds: a keyed digest of the token, so the browser never stores the token itself."""
    return hmac.new(token.encode("utf-8"), b"vbparse cookie", hashlib.sha256).hexdigest()


def _feed_opened(scope: Scope, token: str, query: bytes) -> bool:
    """Whether a request for a calendar feed carries the key of the unit it asks for."""
    if scope["path"] not in FEED_PATHS:
        return False
    fields = dict(parse_qsl(query.decode("latin-1"), keep_blank_values=True))
    key, assignee = fields.get("key"), fields.get("assignee")
    if not key or not assignee:
        return False
    return hmac.compare_digest(key.encode("utf-8", "replace"), feed_key(token, assignee).encode())


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key.lower() == name:
            return value.decode("latin-1")
    return None


def _bearer(scope: Scope) -> bool:
    kind, _, _value = (_header(scope, b"authorization") or "").partition(" ")
    return kind.lower() == "bearer"


def _split_token(query: bytes) -> tuple[str | None, bytes]:
    """The ``token`` parameter of a raw query string (strictly decoded), and the query string without it."""
    token, kept = None, []
    for field in query.split(b"&"):
        name, _, value = field.partition(b"=")
        if name == b"token":
            token = strict_decode(value.decode("latin-1"), "token", plus=True)
        elif field:
            kept.append(field)
    return token, b"&".join(kept)


class Guard:
    """``people``: served to people who sign in with their own accounts (``people.SignInGate`` decides for a
    request without the token); the token then marks a machine's request (``people.MACHINE``), and a wrong one
    is still refused."""

    def __init__(self, app: ASGIApp, *, token: str | None = None, people: bool = False) -> None:
        self.app = app
        self.token = token or None
        self.people = people
        self._cookie = cookie_value(token) if token else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracked(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self._guarded(scope, receive, tracked)
        except Exception as exc:  # noqa: BLE001 - the server stays up; the client gets one line, the log the traceback
            log.exception("%s %s failed", scope.get("method"), scope.get("path", "")[:200])
            if not started:
                answer = error_response(500, f"internal error ({type(exc).__name__}); the server log has the details")
                await answer(scope, receive, send)

    async def _guarded(self, scope: Scope, receive: Receive, send: Send) -> None:
        method = scope["method"]
        writing = method == "POST" and scope["path"] in WRITE_PATHS
        if method not in ("GET", "HEAD") and not writing:
            answer = error_response(
                405,
                f"{method} not allowed: the server only reads ({ALLOWED_METHODS})",
                {"Allow": ALLOWED_METHODS, "Connection": "close"},
            )
            await answer(scope, receive, send)
            return
        raw_path = scope.get("raw_path") or scope["path"].encode("utf-8")
        query = scope.get("query_string", b"")
        if len(raw_path) + len(query) > DEFAULT_MAX_URL_BYTES:
            await error_response(414, f"the URL is longer than {DEFAULT_MAX_URL_BYTES} bytes", {"Connection": "close"})(
                scope, receive, send
            )
            return
        if sum(len(k) + len(v) + 4 for k, v in scope.get("headers", ())) > DEFAULT_MAX_HEADER_BYTES:
            await error_response(
                431, f"the request headers are longer than {DEFAULT_MAX_HEADER_BYTES} bytes", {"Connection": "close"}
            )(scope, receive, send)
            return
        if writing:
            length = (_header(scope, b"content-length") or "").strip()
            if _header(scope, b"transfer-encoding") or not length.isdecimal() or int(length) > DEFAULT_MAX_BODY_BYTES:
                await error_response(
                    413,
                    f"a correction is sent with a Content-Length of at most {DEFAULT_MAX_BODY_BYTES} bytes",
                    {"Connection": "close"},
                )(scope, receive, send)
                return
        elif _header(scope, b"transfer-encoding") or (_header(scope, b"content-length") or "0").strip() not in (
            "",
            "0",
        ):
            await error_response(413, f"a {method} request carries no body", {"Connection": "close"})(
                scope, receive, send
            )
            return
        if _NON_ASCII.search(query):  # raw UTF-8 a client did not percent-encode: encoded, as it meant
            query = _NON_ASCII.sub(lambda m: b"%%%02X" % m.group()[0], query)
        scope = dict(scope, query_string=query)
        if self.token:
            try:
                given, rest = _split_token(query)
            except BadParameter as exc:
                await error_response(400, str(exc))(scope, receive, send)
                return
            if given is None and _feed_opened(scope, self.token, query):
                scope[MACHINE] = True
                await self._app_or_head(scope, receive, send)
                return
            if self.people and given is None and not _bearer(scope) and not self._allowed(scope, None):
                await self._app_or_head(scope, receive, send)  # a person: the sign-in decides
                return
            if not self._allowed(scope, given):
                await error_response(
                    401,
                    "a token is required: send the header 'Authorization: Bearer TOKEN', "
                    "or open /?token=TOKEN in a browser",
                    {"WWW-Authenticate": "Bearer"},
                )(scope, receive, send)
                return
            scope["query_string"] = rest
            scope[MACHINE] = True
            browser = not scope["path"].startswith("/api/") and scope["path"] not in FEED_PATHS
            if given is not None and browser and method == "GET":
                await self._log_in(scope, receive, send, rest)
                return
        await self._app_or_head(scope, receive, send)

    async def _app_or_head(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The app's answer; HEAD is served as GET without the body."""
        if scope["method"] == "HEAD":
            await self.app(dict(scope, method="GET"), receive, _without_body(send))
            return
        await self.app(scope, receive, send)

    def _allowed(self, scope: Scope, given: str | None) -> bool:
        assert self.token is not None and self._cookie is not None  # asked only when a token is set
        candidates = []
        if given is not None:
            candidates.append(given)
        auth = _header(scope, b"authorization") or ""
        kind, _, value = auth.partition(" ")
        if kind.lower() == "bearer":
            candidates.append(value.strip())
        if any(hmac.compare_digest(c.encode("utf-8"), self.token.encode("utf-8")) for c in candidates):
            return True
        cookies = SimpleCookie()
        try:
            cookies.load(_header(scope, b"cookie") or "")
        except Exception:  # noqa: BLE001 - a malformed cookie header is no credential
            return False
        kept = cookies.get(TOKEN_COOKIE)
        return kept is not None and hmac.compare_digest(kept.value.encode(), self._cookie.encode())

    async def _log_in(self, scope: Scope, receive: Receive, send: Send, rest: bytes) -> None:
        """``/page?token=…`` in a browser: keep the token in an HttpOnly cookie and show the page without it."""
        target = quote(scope.get("root_path", "") + scope["path"]) + ("?" + rest.decode("latin-1") if rest else "")
        cookie = f"{TOKEN_COOKIE}={self._cookie}; HttpOnly; SameSite=Lax; Path=/"
        answer = error_response(303, "logged in; see the Location", {"Location": target, "Set-Cookie": cookie})
        await answer(scope, receive, send)


def _without_body(send: Send) -> Send:
    async def drop(message: Message) -> None:
        if message["type"] == "http.response.body":
            message = dict(message, body=b"")
        await send(message)

    return drop
