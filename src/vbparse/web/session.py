"""Who is signed in, and who may write a correction (issue 41): read by every page and by the writes.

A sign-in is kept in a cookie signed by Starlette's ``SessionMiddleware`` (``itsdangerous``: an HMAC with
a timestamp, no hand-made crypto) naming a row of the archive's sessions (``store.sessions``, issue 55): signing
out deletes the row, so a copy of the cookie taken before ends with it.  A write asks the archive every time
(``writer_account``); a page read trusts what the archive said of the sign-in for ``DEFAULT_SESSION_RECHECK_SECONDS``
(``people.SessionCheck``), and a sign-out on this server at once.
Every write made with the cookie must also carry the sign-in's own random ``csrf`` value, which another
site cannot read: the cookie alone never authorises a write.
"""

from __future__ import annotations

import hmac
import os
import secrets
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from fastapi import Request

from ..models import Account
from ..store import Archive
from ..store.accounts import WRITING_ROLES
from ..store.sessions import DEFAULT_SESSION_SECONDS as STORE_SESSION_SECONDS

#: The cookie the sign-in is kept in.
SESSION_COOKIE = "vbparse_session"
#: How long a sign-in lasts (a working day and its evening), from its start (``store.sessions``).
DEFAULT_SESSION_SECONDS = STORE_SESSION_SECONDS
#: The environment variable that gives the key signing the cookies (else a new key per server start).
SESSION_KEY_ENV = "VBPARSE_SESSION_KEY"

ROLE_LABELS = {
    "reader": "chỉ đọc",
    "editor": "sửa nhiệm vụ của đơn vị",
    "archivist": "lưu trữ viên",
    "admin": "quản trị",
}
WRONG_PASSWORD = "Tên đăng nhập hoặc mật khẩu không đúng."
TOO_MANY = "Đăng nhập sai quá nhiều lần; hãy thử lại sau vài phút."
STALE_FORM = "Biểu mẫu này thuộc một lần đăng nhập khác (hoặc đã hết hạn): hãy tải lại trang rồi gửi lại."
FOREIGN_ORIGIN = "Yêu cầu đến từ một trang khác, không phải trang của máy chủ này: không nhận."
ENDED = (
    "Lần đăng nhập này không còn hiệu lực (đã đăng xuất, mật khẩu đã đổi hoặc tài khoản bị khóa): hãy đăng nhập lại."
)
READER_ONLY = "Tài khoản này chỉ được đọc, không được hiệu chỉnh."


def session_key() -> str:
    """The key the sign-in cookies are signed with: ``VBPARSE_SESSION_KEY``, else a new random one."""
    return os.environ.get(SESSION_KEY_ENV) or secrets.token_urlsafe(32)


@dataclass(frozen=True)
class SignedIn:
    """Who the request's cookie says is signed in (the archive is asked again before a write)."""

    name: str
    display: str
    role: str
    unit: str | None
    generation: str
    csrf: str
    session: str | None = None  # the id of its row in the archive (``store.sessions``); None in an old cookie

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)


def signed_in(request: Request) -> SignedIn | None:
    """The sign-in the request carries, or None (also when the server keeps no sessions)."""
    if "session" not in request.scope:
        return None
    s = request.session
    try:
        return SignedIn(
            name=str(s["account"]),
            display=str(s["display"]),
            role=str(s["role"]),
            unit=s.get("unit"),
            generation=str(s["gen"]),
            csrf=str(s["csrf"]),
            session=s.get("sid"),
        )
    except KeyError:
        return None


def csrf_matches(who: SignedIn, given: str | None) -> bool:
    return bool(given) and hmac.compare_digest(str(given).encode("utf-8"), who.csrf.encode("utf-8"))


def same_origin(request: Request) -> bool:
    """Whether a browser's ``Origin`` (else ``Referer``) names this server, or the client sent neither."""
    for header in ("origin", "referer"):
        value = request.headers.get(header)
        if value:
            return value != "null" and urlsplit(value).netloc == request.headers.get("host")
    return True


class SignInError(PermissionError):
    """A signed write that the account may not make (the message says why, in Vietnamese)."""


def writer_account(archive: Archive, who: SignedIn, fields: dict[str, Any]) -> Account:
    """The account that makes the write ``fields`` describe, checked in the archive and against its role
    (``SignInError`` when it may not)."""
    account = archive.session_account(who.session, who.name)
    if account is None:
        raise SignInError(ENDED)
    if account.role in WRITING_ROLES:
        return account
    if account.role != "editor" or not account.unit:
        raise SignInError(READER_ONLY)
    action = (fields.get("action") or "edit").strip()
    if action == "add":
        if not same_unit(str(fields.get("assignee") or ""), account.unit):
            raise SignInError(f"Tài khoản này chỉ thêm được nhiệm vụ giao cho {account.unit}.")
        return account
    ref = str(fields.get("ref") or "").strip().lower()
    own = {h.ref for h in archive.obligations(account.unit, hidden=True) if h.ref and not h.shared}
    if ref not in own:
        raise SignInError(
            f"Tài khoản này chỉ sửa được nhiệm vụ giao riêng cho {account.unit}; nhiệm vụ này không phải "
            "(nhiệm vụ giao chung cho nhiều đơn vị do lưu trữ viên sửa)."
        )
    return account


def same_unit(name: str, unit: str) -> bool:
    """Whether ``name`` (as an archivist writes it: ``STC``, ``Sở Tài chính``) is the unit ``unit``."""
    from ..extract.assignees import name_key, place_key
    from ..store.corrections import assignee_of

    a, u = assignee_of(name), assignee_of(unit)
    if not name.strip() or name_key(a) != name_key(u):
        return False
    pa, pu = place_key(a), place_key(u)
    return not (pa and pu and pa != pu)
