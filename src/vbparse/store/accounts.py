"""Accounts: who may sign in to the web pages, with which role (issue 41).

A correction made on the pages by a signed-in person carries the account that made it, checked by the
server, not a name typed into a form.  Roles (``AccountRole``): a *reader* signs in and reads; an *editor*
corrects the tasks of its own unit; an *archivist* corrects and adds any task; an *admin* may also see the
accounts on the pages.  Accounts are made on the command line (``vbparse accounts add``), by whoever may write the
archive.

Passwords are kept as Argon2id hashes (``argon2-cffi``, the Password Hashing Competition's winner, with its
own parameters, RFC 9106's low-memory choice), never as text; a hash made with weaker parameters than the
library's current ones is made again at the next sign-in.  A sign-in is a row of ``store.sessions`` with the
account's *generation* (a digest of its password hash): a new password or a disabled account ends every sign-in
made before it (their rows are deleted in the same write).
"""

from __future__ import annotations

import datetime as _dt
import functools
import hashlib
import unicodedata
from typing import Any, cast

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from ..models import Account, AccountRole
from ..pattern_cache import compiled
from .backend import StoreError
from .schema import ACCOUNTS_TABLE

#: The roles, least to most trusted, with what each may do (shown by ``vbparse accounts``).
ROLES: dict[str, str] = {
    "reader": "reads (as everyone on loopback does), signed in",
    "editor": "corrects the tasks of its own unit (--unit)",
    "archivist": "corrects and adds any task",
    "admin": "an archivist who may also see the accounts on the pages (/accounts)",
}
#: Roles that may write a correction of any task.
WRITING_ROLES = frozenset({"archivist", "admin"})
#: Shortest password accepted (NIST SP 800-63B's minimum for a password a person chooses).
DEFAULT_MIN_PASSWORD_CHARS = 8
#: Longest password accepted: Argon2 takes any length, a form does not need more.
DEFAULT_MAX_PASSWORD_CHARS = 256
#: Longest display name and unit kept.
DEFAULT_MAX_NAME_CHARS = 120

#: A sign-in name: what a person types, one case, no spaces (``lan.nguyen``, ``vptk-01``).
ACCOUNT_NAME = compiled(r"[a-z0-9][a-z0-9._-]{0,39}")
#: An e-mail address as an account keeps it (``vbparse remind`` writes to it): one ``@``, a domain with a dot, no
#: spaces, quotes or angle brackets, ASCII (an address with other letters needs SMTPUTF8, which few servers offer).
EMAIL_ADDRESS = compiled(
    r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}"
    r"@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+"
)
EMAIL_ADDRESS_EXAMPLES = {
    "matches": ["lan.nguyen@stc.laocai.gov.vn", "vptk+nhacviec@example.org"],
    "refused": ["", "lan", "lan@localhost", "Lan <lan@stc.gov.vn>", "lan@@stc.gov.vn", "lan nguyen@stc.gov.vn"],
}
ACCOUNT_NAME_EXAMPLES = {
    "matches": ["lan", "lan.nguyen", "vptk-01", "stc_ketoan"],
    "refused": ["", "Lan Nguyễn", "-lan", "lan@stc", "a" * 41],
}

_hasher = PasswordHasher()


@functools.cache
def _dummy_hash() -> str:
    """Verified when the name is unknown, so that an unknown name takes as long to refuse as a wrong password.
    Made at the first sign-in, not at import: hashing costs 0.2–0.3 s, which every command paid (issue 53)."""
    return _hasher.hash("vbparse: no such account")


_COLUMNS = ("name", "display", "role", "unit", "created", "disabled", "email")


class AccountError(ValueError):
    """An account that cannot be made or changed as asked (the message says why, in one line)."""


def verify_hash(stored: str | None, password: str) -> bool:
    """Whether ``password`` is the one ``stored`` was made from (``None``, an unknown name: never, after as long
    as a wrong password takes).  The Argon2 work (0.05-1 s) is done by the caller outside any database
    connection (``web.signin``); a test counts the calls by replacing this function."""
    given = password[:DEFAULT_MAX_PASSWORD_CHARS] if isinstance(password, str) else ""
    try:
        return _hasher.verify(stored or _dummy_hash(), given) and stored is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def weaker(stored: str) -> bool:
    """Whether ``stored`` was made with weaker Argon2 parameters than this version's (``rehashed`` makes it again)."""
    return _hasher.check_needs_rehash(stored)


def rehashed(stored: str, password: str) -> str | None:
    """A new hash of ``password`` when ``stored`` (verified already) was made with weaker parameters, else None: Argon2
    work, done by the caller where the check is (``web.signin``: the verifier's threads, outside any connection)."""
    return _hasher.hash(password) if weaker(stored) else None


def generation(password_hash: str) -> str:
    """What a sign-in made with this password carries: a new password makes it different."""
    return hashlib.sha256(password_hash.encode("utf-8")).hexdigest()[:16]


def account_name(name: str) -> str:
    """``name`` as stored (lower case), or ``AccountError`` naming what is wrong with it."""
    value = unicodedata.normalize("NFC", (name or "").strip()).lower()
    if not ACCOUNT_NAME.fullmatch(value):
        raise AccountError(
            f"account name {name[:40]!r}: use 1-40 lower-case letters without marks, digits, '.', '_' or '-'"
        )
    return value


def email_address(address: str | None) -> str | None:
    """``address`` as stored (its domain in lower case), ``None`` for none, or ``AccountError`` saying why not."""
    value = (address or "").strip()
    if not value:
        return None
    if len(value) > 254 or not EMAIL_ADDRESS.fullmatch(value):
        raise AccountError(f"e-mail address {value[:60]!r}: not an address like lan.nguyen@stc.laocai.gov.vn")
    local, domain = value.rsplit("@", 1)
    return f"{local}@{domain.lower()}"


def _password(password: str) -> str:
    if not isinstance(password, str) or len(password) < DEFAULT_MIN_PASSWORD_CHARS:
        raise AccountError(f"password: at least {DEFAULT_MIN_PASSWORD_CHARS} characters")
    if len(password) > DEFAULT_MAX_PASSWORD_CHARS:
        raise AccountError(f"password: at most {DEFAULT_MAX_PASSWORD_CHARS} characters")
    return password


def _text(value: str | None, what: str) -> str | None:
    value = " ".join(unicodedata.normalize("NFC", value or "").split())
    if not value:
        return None
    if len(value) > DEFAULT_MAX_NAME_CHARS or any(unicodedata.category(ch) == "Cc" for ch in value):
        raise AccountError(f"{what}: at most {DEFAULT_MAX_NAME_CHARS} characters, no control characters")
    return value


def _role(role: str) -> AccountRole:
    if role not in ROLES:
        raise AccountError(f"role {role!r}: one of {', '.join(ROLES)}")
    return cast(AccountRole, role)


def account_of_row(row: Any) -> Account:
    """An account read back from its row's columns (``_COLUMNS``, in their order): also the sessions' reader's."""
    name, display, role, unit, created, disabled, email = row
    return Account(
        name=name,
        display=display,
        role=role,
        unit=unit,
        created=_dt.datetime.fromisoformat(created),
        disabled=bool(disabled),
        email=email,
    )


class Accounts:
    """The archive's accounts (a mixin of ``Archive``)."""

    backend: Any
    db: str

    def _writable(self) -> None:
        if self.backend.readonly:
            raise StoreError(f"{self.db}: read-only here; accounts cannot be changed")

    def add_account(
        self,
        name: str,
        password: str,
        *,
        role: str,
        display: str | None = None,
        unit: str | None = None,
        email: str | None = None,
        now: _dt.datetime | None = None,
    ) -> Account:
        """A new account (``AccountError`` when the name is taken or a value is not acceptable)."""
        self._writable()
        key = account_name(name)
        kind = _role(role)
        unit = _text(unit, "unit")
        if kind == "editor" and not unit:
            raise AccountError("an editor corrects the tasks of one unit: give it (--unit 'Sở Tài chính')")
        account = Account(
            name=key,
            display=_text(display, "display name") or key,
            role=kind,
            unit=unit,
            created=(now or _dt.datetime.now(_dt.UTC)).replace(microsecond=0),
            email=email_address(email),
        )
        hashed = _hasher.hash(_password(password))
        b = self.backend
        with b.exclusive():
            if b.one(f"SELECT 1 FROM {ACCOUNTS_TABLE} WHERE name = ?", (key,)) is not None:
                raise AccountError(f"account {key!r} exists already")
            b.execute(
                f"INSERT INTO {ACCOUNTS_TABLE} (name, display, role, unit, password_hash, created, disabled, email) "
                "VALUES (?, ?, ?, ?, ?, ?, 0, ?)",
                (key, account.display, kind, unit, hashed, account.created.isoformat(), account.email),
            )
        return account

    def accounts(self) -> list[Account]:
        """Every account, by name."""
        b = self.backend
        if not b.table_exists(ACCOUNTS_TABLE):
            return []
        return [account_of_row(r) for r in b.all(f"SELECT {', '.join(_COLUMNS)} FROM {ACCOUNTS_TABLE} ORDER BY name")]

    def account(self, name: str) -> Account | None:
        row = self._account_row(name)
        return None if row is None else account_of_row(row[:-1])

    def _account_row(self, name: str) -> Any:
        b = self.backend
        if not b.table_exists(ACCOUNTS_TABLE):
            return None
        key = (name or "").strip().lower()
        return b.one(f"SELECT {', '.join(_COLUMNS)}, password_hash FROM {ACCOUNTS_TABLE} WHERE name = ?", (key,))

    def has_accounts(self) -> bool:
        b = self.backend
        return b.table_exists(ACCOUNTS_TABLE) and b.one(f"SELECT 1 FROM {ACCOUNTS_TABLE} LIMIT 1") is not None

    def sign_in_record(self, name: str) -> tuple[Account | None, str | None]:
        """The account ``name`` and its password hash (``None, None`` for an unknown name), read at once so that
        the connection is given back before the hash is verified (``verify_hash``)."""
        row = self._account_row(name)
        if row is None:
            return None, None
        return account_of_row(row[:-1]), row[-1]

    def confirm_sign_in(
        self, name: str, stored: str, password: str, fresh: str | None = None
    ) -> tuple[Account, str] | None:
        """After ``password`` was verified against ``stored`` (outside this connection): the account and its
        generation, unless it was disabled or given another password meanwhile.  A hash made with weaker
        parameters is replaced by ``fresh`` (``rehashed``, made where the check was), or made here when none is
        given; the account's sign-ins stay (the same password)."""
        row = self._account_row(name)
        if row is None or row[-1] != stored or bool(row[5]):
            return None
        account = account_of_row(row[:-1])
        if fresh is None and weaker(stored):
            fresh = rehashed(stored, password)
        if fresh is not None and not self.backend.readonly:
            b = self.backend
            with b.exclusive():
                b.execute(f"UPDATE {ACCOUNTS_TABLE} SET password_hash = ? WHERE name = ?", (fresh, account.name))
                self._carry_sessions(account.name, generation(stored), generation(fresh))  # type: ignore[attr-defined]
            stored = fresh
        return account, generation(stored)

    def check_password(self, name: str, password: str) -> tuple[Account, str] | None:
        """The account and its generation when ``password`` is its password and it is not disabled; else
        None, after as long as a wrong password takes (an unknown name is not told apart)."""
        account, stored = self.sign_in_record(name)
        if not verify_hash(stored, password) or account is None or stored is None:
            return None
        return self.confirm_sign_in(account.name, stored, password)

    def signed_account(self, name: str, signed_generation: str) -> Account | None:
        """The account a sign-in names, if it still stands: not disabled, removed or given a new password."""
        row = self._account_row(name)
        if row is None or bool(row[5]) or generation(row[-1]) != signed_generation:
            return None
        return account_of_row(row[:-1])

    def set_password(self, name: str, password: str) -> None:
        """A new password (every sign-in made with the old one ends)."""
        self._writable()
        if self._account_row(name) is None:
            raise AccountError(f"no account {name!r}")
        hashed = _hasher.hash(_password(password))
        key = name.strip().lower()
        b = self.backend
        with b.exclusive():
            b.execute(f"UPDATE {ACCOUNTS_TABLE} SET password_hash = ? WHERE name = ?", (hashed, key))
            self._end_sessions_of(key)  # type: ignore[attr-defined]

    def set_disabled(self, name: str, disabled: bool = True) -> None:
        """Disable an account (its sign-ins end; its corrections keep its name) or enable it again."""
        self._writable()
        if self._account_row(name) is None:
            raise AccountError(f"no account {name!r}")
        key = name.strip().lower()
        b = self.backend
        with b.exclusive():
            b.execute(f"UPDATE {ACCOUNTS_TABLE} SET disabled = ? WHERE name = ?", (int(disabled), key))
            if disabled:
                self._end_sessions_of(key)  # type: ignore[attr-defined]

    def set_email(self, name: str, email: str | None) -> Account:
        """Where the account's unit's reminders reach it (``vbparse remind``); ``None`` or empty: nowhere."""
        self._writable()
        if self._account_row(name) is None:
            raise AccountError(f"no account {name!r}")
        address = email_address(email)
        b = self.backend
        with b.exclusive():
            b.execute(f"UPDATE {ACCOUNTS_TABLE} SET email = ? WHERE name = ?", (address, name.strip().lower()))
        account = self.account(name)
        assert account is not None
        return account

    def set_unit(self, name: str, unit: str | None) -> Account:
        """The unit an account belongs to (an editor's must stay: it corrects that unit's tasks)."""
        self._writable()
        row = self._account_row(name)
        if row is None:
            raise AccountError(f"no account {name!r}")
        value = _text(unit, "unit")
        if row[2] == "editor" and not value:
            raise AccountError("an editor corrects the tasks of one unit: it cannot be left without one")
        b = self.backend
        with b.exclusive():
            b.execute(f"UPDATE {ACCOUNTS_TABLE} SET unit = ? WHERE name = ?", (value, name.strip().lower()))
        account = self.account(name)
        assert account is not None
        return account
