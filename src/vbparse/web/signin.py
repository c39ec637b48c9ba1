"""Signing in to the pages, and who may write a correction (issue 41).

Reading stays open on loopback without a token, as before.  Writing a correction from the pages asks for a
sign-in with an account of the archive (``vbparse accounts add``): the correction is then signed with the
account, checked by the server, and limited by its role (``store.accounts.ROLES``).  The token mode stays
for machines (``Authorization: Bearer``, or the form's "Mã ghi"), with the author as given.

The sign-in is kept in a cookie signed by Starlette's ``SessionMiddleware`` (``itsdangerous``: an HMAC
with a timestamp, no hand-made crypto) under a key that lives as long as the server
(``VBPARSE_SESSION_KEY`` keeps it across restarts).  The cookie is ``SameSite=Lax`` and ``HttpOnly``, and
every write made with it must also carry the sign-in's own random ``csrf`` value (a hidden field of the
page's forms, or the ``X-CSRF-Token`` header), which another site cannot read: the cookie alone never
authorises a write (cross-site request forgery).  A write checks the account again in the archive: a
disabled account or a new password ends every sign-in made before.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import deque
from typing import Any

import anyio
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from .forms import FormError, read_form, referer, safe_back
from .session import (
    FOREIGN_ORIGIN,
    ROLE_LABELS,
    STALE_FORM,
    TOO_MANY,
    WRONG_PASSWORD,
    csrf_matches,
    same_origin,
    signed_in,
)

#: Failed sign-ins of one name from one address before it must wait ``DEFAULT_SIGNIN_WINDOW_SECONDS``.
DEFAULT_MAX_FAILED_SIGNINS = 5
DEFAULT_SIGNIN_WINDOW_SECONDS = 300.0
#: Longest sign-in form read (a name and a password fit many times over).
DEFAULT_MAX_SIGNIN_BYTES = 4096

router = APIRouter()


class Attempts:
    """Failed sign-ins by (address, name) in the last ``DEFAULT_SIGNIN_WINDOW_SECONDS``: guessing a
    password is slowed to a few tries per window, on top of Argon2's cost."""

    def __init__(self, limit: int = DEFAULT_MAX_FAILED_SIGNINS, window: float = DEFAULT_SIGNIN_WINDOW_SECONDS):
        self.limit, self.window = limit, window
        self._failed: dict[tuple[str, str], deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: tuple[str, str], now: float) -> deque[float]:
        q = self._failed.setdefault(key, deque())
        while q and q[0] < now - self.window:
            q.popleft()
        return q

    def blocked(self, key: tuple[str, str]) -> bool:
        with self._lock:
            return len(self._recent(key, time.monotonic())) >= self.limit

    def failed(self, key: tuple[str, str]) -> None:
        with self._lock:
            if len(self._failed) > 10_000:  # a flood of names: forget the oldest rather than grow
                self._failed.pop(next(iter(self._failed)))
            self._recent(key, time.monotonic()).append(time.monotonic())

    def clear(self, key: tuple[str, str]) -> None:
        with self._lock:
            self._failed.pop(key, None)


def _page(request: Request, status: int = 200, **ctx: Any) -> HTMLResponse:
    from .pages import page

    return page(request, "login.html", status, **ctx)


@router.get("/login", name="login_page", response_class=HTMLResponse, include_in_schema=False)
def login_page(request: Request, back: str | None = None) -> HTMLResponse:
    """The sign-in form; back to ``back``, else to the page of this server the link was on."""
    came_from = safe_back(back) or referer(request) or ""
    if came_from.split("?", 1)[0].endswith("/login"):
        came_from = ""
    return _page(request, back=came_from, error=None, name="")


@router.post("/login", name="login", include_in_schema=False)
async def login(request: Request) -> Response:
    """Sign in with a name and a password (a form); back to the page asked for (303)."""
    if not same_origin(request):
        return _page(request, 403, back="", error=FOREIGN_ORIGIN, name="")
    body = await request.body()
    if len(body) > DEFAULT_MAX_SIGNIN_BYTES:
        return _page(request, 413, back="", error="Biểu mẫu đăng nhập quá dài.", name="")
    try:
        fields = read_form(body)
    except FormError as exc:
        return _page(request, 400, back="", error=exc.reason, name="")
    name = (fields.get("name") or "").strip().lower()[:60]
    back = safe_back(fields.get("back")) or ""
    attempts: Attempts = request.app.state.signin_attempts
    key = (request.client.host if request.client else "", name)
    if attempts.blocked(key):
        return _page(request, 429, back=back, error=TOO_MANY, name=name)
    pool = request.app.state.pool

    def check() -> Any:
        with pool.lease() as lease:
            return lease.archive.check_password(name, fields.get("password") or "")

    found = await anyio.to_thread.run_sync(check)
    if found is None:
        attempts.failed(key)
        return _page(request, 401, back=back, error=WRONG_PASSWORD, name=name)
    attempts.clear(key)
    account, generation = found
    request.session.clear()
    request.session.update(
        account=account.name,
        display=account.display,
        role=account.role,
        unit=account.unit,
        gen=generation,
        csrf=secrets.token_urlsafe(24),
    )
    return RedirectResponse(back or request.scope.get("root_path", "") + "/", status_code=303)


@router.post("/logout", name="logout", include_in_schema=False)
async def logout(request: Request) -> Response:
    """Sign out (the form carries the sign-in's ``csrf``: another site cannot sign a person out)."""
    who = signed_in(request)
    try:
        fields = read_form(await request.body())
    except FormError:
        fields = {}
    if who is not None and (not same_origin(request) or not csrf_matches(who, fields.get("csrf"))):
        return _page(request, 403, back="", error=STALE_FORM, name="")
    if "session" in request.scope:
        request.session.clear()
    return RedirectResponse(request.scope.get("root_path", "") + "/", status_code=303)


@router.get("/accounts", name="accounts_page", response_class=HTMLResponse, include_in_schema=False)
def accounts_page(request: Request) -> HTMLResponse:
    """The accounts, for an admin signed in (made and changed with ``vbparse accounts``)."""
    from .pages import page

    who = signed_in(request)
    with request.app.state.pool.lease() as lease:
        archive = lease.archive
        account = archive.signed_account(who.name, who.generation) if who is not None else None
        if account is None or account.role != "admin":
            return page(
                request,
                "error.html",
                403,
                title="Không được phép xem tài khoản",
                message="Chỉ người quản trị đã đăng nhập mới xem được danh sách tài khoản.",
            )
        accounts = archive.accounts()
    return page(request, "accounts.html", accounts=accounts, role_labels=ROLE_LABELS)
