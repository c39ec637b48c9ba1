"""The ``Host`` check (DNS rebinding: a page of ``evil.example`` resolved to 127.0.0.1 must not read a
token-less archive on loopback).  Starlette's ``TrustedHostMiddleware`` answered a bare ``Invalid host
header`` in plain text; this one answers as the rest of the server does: JSON under ``/api``, a page in
Vietnamese elsewhere, each saying which name was refused and how to allow one (issue 40)."""

from __future__ import annotations

import html
from collections.abc import Sequence

from starlette.datastructures import Headers
from starlette.responses import HTMLResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from .errors import error_response

#: Characters of a refused ``Host`` shown in the answer (it is the client's text).
DEFAULT_SHOWN_HOST_CHARS = 80


class HostCheck:
    """Refuse (400) a request whose ``Host`` (without its port) is not among ``allowed`` (a name, or
    ``*.domain`` for its subdomains, or ``*`` for any)."""

    def __init__(self, app: ASGIApp, allowed: Sequence[str]) -> None:
        self.app = app
        self.allowed = [h.lower() for h in allowed]
        self.any = "*" in self.allowed

    def allows(self, host: str) -> bool:
        name = host_name(host)
        return self.any or any(
            name == a or (a.startswith("*.") and name.endswith(a[1:])) for a in self.allowed if a != "*"
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket") or self.any:
            await self.app(scope, receive, send)
            return
        host = Headers(scope=scope).get("host", "")
        if self.allows(host):
            await self.app(scope, receive, send)
            return
        await refusal(scope.get("path", ""), host)(scope, receive, send)


def host_name(host: str) -> str:
    """``Host`` without its port: ``127.0.0.1:8000`` → ``127.0.0.1``, ``[::1]:8000`` → ``[::1]``."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[: host.find("]") + 1] if "]" in host else host
    return host.split(":", 1)[0]


def refusal(path: str, host: str) -> Response:
    shown = host[:DEFAULT_SHOWN_HOST_CHARS] or "(none)"
    if path.startswith("/api"):
        return error_response(
            400, f"Host {shown!r} is not a name this server answers to (start it with --allow-host NAME to add one)"
        )
    return HTMLResponse(
        "<!doctype html><meta charset=utf-8><title>Tên máy không được phép</title><p>Máy chủ này không trả lời "
        f"cho tên “{html.escape(shown)}”. Hãy mở bằng địa chỉ máy chủ in ra khi khởi động, hoặc khởi động lại "
        "với <code>--allow-host TÊN</code>.</p>",
        status_code=400,
    )
