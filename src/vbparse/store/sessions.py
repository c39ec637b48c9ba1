"""The sign-ins that stand (issue 55): a row per sign-in, so that signing out ends it on the server, not only in
the browser that signed out.

A sign-in's id is random (``secrets``, 256 bits) and travels in the signed cookie; the archive keeps only its
SHA-256 digest, the account and the account's *generation* then (``accounts.generation``), and when it ends
(``DEFAULT_SESSION_SECONDS`` after it began, however often it is used: a cookie that Starlette signs again at every
answer no longer lives for ever).  Signing out deletes the row; a new password or a disabled account deletes every
row of the account (``Accounts.set_password``, ``set_disabled``); a sign-in stands only while its row does, its
account is enabled and its password the one it was made with.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import secrets
from typing import Any

from ..models import Account
from .backend import StoreError
from .schema import ACCOUNTS_TABLE, SESSIONS_TABLE

#: How long a sign-in lasts from the moment it began (a working day and its evening).
DEFAULT_SESSION_SECONDS = 12 * 3600


def session_digest(session_id: str) -> str:
    """What the archive keeps of a sign-in's id: a copy of the archive gives no cookie that works."""
    return hashlib.sha256(session_id.encode("utf-8")).hexdigest()


def _now(now: _dt.datetime | None) -> str:
    return (now or _dt.datetime.now(_dt.UTC)).replace(microsecond=0).isoformat()


class Sessions:
    """The archive's sign-ins that stand (a part of ``Archive``)."""

    backend: Any
    db: str

    def start_session(
        self,
        account: str,
        generation: str,
        *,
        replaces: str | None = None,
        seconds: float = DEFAULT_SESSION_SECONDS,
        now: _dt.datetime | None = None,
    ) -> str:
        """A new sign-in of ``account`` (made with the password of ``generation``): its random id.  The sign-in
        the browser held before (``replaces``) ends; those past their end are removed."""
        b = self.backend
        if b.readonly:
            raise StoreError(f"{self.db}: read-only here; no one can sign in")
        began = now or _dt.datetime.now(_dt.UTC)
        session_id = secrets.token_urlsafe(32)
        with b.exclusive():
            b.execute(f"DELETE FROM {SESSIONS_TABLE} WHERE expires < ?", (_now(began),))
            if replaces:
                b.execute(f"DELETE FROM {SESSIONS_TABLE} WHERE id = ?", (session_digest(replaces),))
            b.execute(
                f"INSERT INTO {SESSIONS_TABLE} (id, account, generation, created, expires) VALUES (?, ?, ?, ?, ?)",
                (
                    session_digest(session_id),
                    account,
                    generation,
                    _now(began),
                    _now(began + _dt.timedelta(seconds=seconds)),
                ),
            )
        return session_id

    def session_account(
        self, session_id: str | None, account: str, *, now: _dt.datetime | None = None
    ) -> Account | None:
        """The account of the sign-in ``session_id`` if it still stands: its row there and not past its end, of
        ``account``, enabled, with the password it was made with; else None."""
        from .accounts import account_of_row
        from .accounts import generation as generation_of

        b = self.backend
        if not session_id or not b.table_exists(SESSIONS_TABLE):
            return None
        row = b.one(
            f"SELECT a.name, a.display, a.role, a.unit, a.created, a.disabled, a.email, a.password_hash, s.generation "
            f"FROM {SESSIONS_TABLE} s JOIN {ACCOUNTS_TABLE} a ON a.name = s.account "
            "WHERE s.id = ? AND s.account = ? AND s.expires >= ?",
            (session_digest(session_id), account, _now(now)),
        )
        if row is None or bool(row[5]) or generation_of(row[-2]) != row[-1]:
            return None
        return account_of_row(row[:-2])

    def end_session(self, session_id: str | None) -> None:
        """Sign out: the sign-in ``session_id`` ends here, whichever copy of its cookie comes next."""
        b = self.backend
        if not session_id or b.readonly or not b.table_exists(SESSIONS_TABLE):
            return
        with b.exclusive():
            b.execute(f"DELETE FROM {SESSIONS_TABLE} WHERE id = ?", (session_digest(session_id),))

    def _carry_sessions(self, account: str, old: str, new: str) -> None:
        """A hash made again with stronger parameters (the same password): the account's sign-ins stay."""
        b = self.backend
        if b.table_exists(SESSIONS_TABLE):
            b.execute(
                f"UPDATE {SESSIONS_TABLE} SET generation = ? WHERE account = ? AND generation = ?", (new, account, old)
            )

    def _end_sessions_of(self, account: str) -> None:
        """Every sign-in of ``account`` ends (called inside the write that gave it a new password or disabled it)."""
        b = self.backend
        if b.table_exists(SESSIONS_TABLE):
            b.execute(f"DELETE FROM {SESSIONS_TABLE} WHERE account = ?", (account,))
