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
authorises a write (cross-site request forgery).  Each sign-in is a row of the archive (``store.sessions``):
signing out deletes it, a disabled account or a new password deletes all of the account's; a write checks it
every time.  The password is checked outside any archive connection, within the limits of ``signin_limits``.
"""

from __future__ import annotations

import secrets
import time
from typing import Any

import anyio
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ..store import Archive
from ..store import accounts as store_accounts
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
from .signin_limits import Attempts, Verifier

#: Longest sign-in form read (a name and a password fit many times over).
DEFAULT_MAX_SIGNIN_BYTES = 4096
#: Seconds a sign-in answered 503 (every check busy) is told to wait.
DEFAULT_SIGNIN_RETRY_AFTER = 2
#: Seconds a sign-in waits for an archive connection to read the account (then 503, as a page read past it).
DEFAULT_SIGNIN_READ_SECONDS = 5.0
BUSY = "Máy chủ đang kiểm tra nhiều lần đăng nhập cùng lúc; hãy thử lại sau vài giây."

router = APIRouter()


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
    ticket = attempts.reserve(request.client.host if request.client else "", name)
    if ticket is None:
        return _page(request, 429, back=back, error=TOO_MANY, name=name)
    try:
        found = await _check(request, name, fields.get("password") or "")
    except SignInBusy:
        attempts.release(ticket)
        busy = _page(request, 503, back=back, error=BUSY, name=name)
        busy.headers["Retry-After"] = str(DEFAULT_SIGNIN_RETRY_AFTER)
        return busy
    except BaseException:
        attempts.release(ticket)  # the archive failed, or the client went away: no password was refused
        raise
    if found is None:
        return _page(request, 401, back=back, error=WRONG_PASSWORD, name=name)
    attempts.release(ticket)
    account, generation, session_id = found
    request.session.clear()
    request.session.update(
        account=account.name,
        display=account.display,
        role=account.role,
        unit=account.unit,
        gen=generation,
        sid=session_id,
        csrf=secrets.token_urlsafe(24),
    )
    return RedirectResponse(back or request.scope.get("root_path", "") + "/", status_code=303)


class SignInBusy(Exception):
    """Every password check is taken and enough sign-ins wait for one (HTTP 503 at once)."""


async def _check(request: Request, name: str, password: str) -> tuple[Any, str, str] | None:
    """The account, its generation and a new sign-in's id when ``password`` is right; None when not.  The hash
    is read with a short loan of a pooled connection, verified with none (``signin_limits.Verifier``), and the
    sign-in is written with a connection of its own, as a correction is."""
    pool = request.app.state.pool
    verifier: Verifier = request.app.state.signin_verifier
    async with verifier.turn() as allowed:
        if not allowed:
            raise SignInBusy
        account, stored = await anyio.to_thread.run_sync(lambda: _record(pool, name))
        right = await verifier.check(lambda: store_accounts.verify_hash(stored, password))
        # a hash of weaker parameters made again where the check was, not in the thread that writes the sign-in
        weak = right and stored is not None and store_accounts.weaker(stored)
        fresh = await verifier.check(lambda: store_accounts.rehashed(stored or "", password)) if weak else None
    if not right or account is None or stored is None:
        return None
    db: str = request.app.state.db
    replaces = signed_in(request)

    def start() -> tuple[Any, str, str] | None:
        with Archive(db, create=False) as archive:
            confirmed = archive.confirm_sign_in(account.name, stored, password, fresh)
            if confirmed is None:
                return None
            sid = archive.start_session(
                account.name, confirmed[1], replaces=replaces.session if replaces is not None else None
            )
            return confirmed[0], confirmed[1], sid

    return await anyio.to_thread.run_sync(start)


def _record(pool: Any, name: str) -> tuple[Any, str | None]:
    """The account and its hash, with a connection waited for at most ``DEFAULT_SIGNIN_READ_SECONDS``."""
    with pool.lease(time.monotonic() + DEFAULT_SIGNIN_READ_SECONDS) as lease:
        return lease.archive.sign_in_record(name)


@router.post("/logout", name="logout", include_in_schema=False)
async def logout(request: Request) -> Response:
    """Sign out (the form carries the sign-in's ``csrf``: another site cannot sign a person out); the sign-in's
    row in the archive goes, so a copy of the cookie ends too."""
    who = signed_in(request)
    try:
        fields = read_form(await request.body())
    except FormError:
        fields = {}
    if who is not None and (not same_origin(request) or not csrf_matches(who, fields.get("csrf"))):
        return _page(request, 403, back="", error=STALE_FORM, name="")
    if who is not None and who.session:
        request.app.state.sessions.ended(who.session)
        db: str = request.app.state.db

        def end() -> None:
            with Archive(db, create=False) as archive:
                archive.end_session(who.session)

        await anyio.to_thread.run_sync(end)
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
        account = archive.session_account(who.session, who.name) if who is not None else None
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
