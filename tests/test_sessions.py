"""Sign-ins that end, and sign-ins that cannot shut readers out (issue 55, items 1 and 4 of its list).

A sign-in is a row of the archive's ``sessions`` table named by the cookie: signing out deletes that row (a copy
of the cookie taken before writes nothing after), a new password or a disabled account deletes all of the
account's rows.  ``POST /login`` verifies the password outside any database connection, in a small bounded pool,
against limits per name, per address and overall reserved before the check.
"""

from __future__ import annotations

import base64
import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient
from test_accounts import PASSWORDS, SAME_SITE, archive_with_accounts  # noqa: F401 - a fixture used below
from test_archive import BACKENDS, make_db  # noqa: F401 - make_db is a fixture used below
from test_server import HANG_GUARD, Live

from vbparse.store import Archive
from vbparse.store import accounts as store_accounts
from vbparse.web import create_app, signin_limits

HOST = "http://127.0.0.1:8000"
VPTK = "Văn phòng - Thống kê"


def _client(db: str, **settings) -> TestClient:
    return TestClient(create_app(db, **settings), base_url=HOST)


def _sign_in(client: TestClient, name: str = "luu") -> str:
    """Sign in; the csrf value of this sign-in."""
    r = client.post(
        "/login", data={"name": name, "password": PASSWORDS[name]}, headers=SAME_SITE, follow_redirects=False
    )
    assert r.status_code == 303, r.text[:300]
    session = client.cookies.get("vbparse_session")
    assert session
    return json.loads(base64.b64decode(session.split(".", 1)[0]))["csrf"]


def _write(client: TestClient, db: str, csrf: str) -> int:
    """A correction of one of VPTK's tasks through the JSON API, with the sign-in's csrf: its status."""
    with Archive(db, create=False) as archive:
        ref = next(h.ref for h in archive.obligations(VPTK) if not h.shared)
    r = client.post(
        "/api/corrections",
        json={"ref": ref, "action": "edit", "progress": "dang_thuc_hien"},
        headers={**SAME_SITE, "x-csrf-token": csrf},
    )
    return r.status_code


# --- sessions that end --------------------------------------------------------------------------------------------


def test_a_cookie_copied_before_sign_out_writes_nothing_after_it(archive_with_accounts):  # noqa: F811
    db = archive_with_accounts
    app = create_app(db)
    with TestClient(app, base_url=HOST) as client:
        csrf = _sign_in(client)
        copied = client.cookies.get("vbparse_session")
        assert client.post("/logout", data={"csrf": csrf}, headers=SAME_SITE, follow_redirects=False).status_code == 303
        client.cookies.set("vbparse_session", copied)  # the replay: the cookie as it was before signing out
        assert _write(client, db, csrf) == 403
        assert "Trần Văn Lưu" not in client.get("/").text


def test_a_cookie_copied_before_sign_out_is_sent_to_login_when_sign_in_is_required(archive_with_accounts):  # noqa: F811
    db = archive_with_accounts
    with _client(db, token="ma-may", sign_in_required=True) as client:
        csrf = _sign_in(client)
        copied = client.cookies.get("vbparse_session")
        assert client.get("/", follow_redirects=False).status_code == 200
        client.post("/logout", data={"csrf": csrf}, headers=SAME_SITE, follow_redirects=False)
        client.cookies.set("vbparse_session", copied)
        r = client.get("/", follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"].startswith("/login")


def test_signing_out_in_one_browser_leaves_the_other_sign_in_of_the_account(archive_with_accounts):  # noqa: F811
    db = archive_with_accounts
    with _client(db) as first, _client(db) as second:
        csrf_first, csrf_second = _sign_in(first), _sign_in(second)
        assert (
            first.post("/logout", data={"csrf": csrf_first}, headers=SAME_SITE, follow_redirects=False).status_code
            == 303
        )
        assert _write(second, db, csrf_second) == 201
        assert "Trần Văn Lưu" in second.get("/").text


@pytest.mark.parametrize("change", ["password", "disabled"])
def test_a_new_password_or_a_disabled_account_ends_every_sign_in_of_it(archive_with_accounts, change):  # noqa: F811
    db = archive_with_accounts
    with _client(db, token="ma-may", sign_in_required=True) as first, _client(db) as second:
        first.app.state.sessions.recheck = 0.0  # reads look at the archive every time here (30 s by default)
        csrf_first, csrf_second = _sign_in(first), _sign_in(second)
        with Archive(db, create=False) as archive:
            if change == "password":
                archive.set_password("luu", "mat-khau-moi-cua-luu")
            else:
                archive.set_disabled("luu")
        assert _write(first, db, csrf_first) == 401  # the session ended: the gate asks for a sign-in
        assert _write(second, db, csrf_second) == 403
        r = first.get("/", follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"].startswith("/login")


def test_the_archive_keeps_a_digest_of_each_session_and_ends_it(archive_with_accounts):  # noqa: F811
    db = archive_with_accounts
    with Archive(db, create=False) as archive:
        account, generation = archive.check_password("luu", PASSWORDS["luu"])
        one, two = archive.start_session("luu", generation), archive.start_session("luu", generation)
        rows = [r[0] for r in archive.backend.all("SELECT id FROM sessions")]
        assert len(rows) == 2 and one not in rows and two not in rows  # the id itself is never stored
        assert archive.session_account(one, "luu") == account
        archive.end_session(one)
        assert archive.session_account(one, "luu") is None
        assert archive.session_account(two, "luu") == account
        assert archive.session_account(two, "lan") is None  # a session names its own account


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_new_password_or_disabling_ends_the_accounts_sessions_in_either_database(backend, make_db):  # noqa: F811
    with Archive(make_db(backend)) as archive:
        archive.add_account("luu", PASSWORDS["luu"], role="archivist")
        archive.add_account("lan", PASSWORDS["lan"], role="archivist")
        _, gen_luu = archive.check_password("luu", PASSWORDS["luu"])
        _, gen_lan = archive.check_password("lan", PASSWORDS["lan"])
        luu = [archive.start_session("luu", gen_luu) for _ in range(2)]
        lan = archive.start_session("lan", gen_lan)
        archive.set_password("luu", "mat-khau-moi-cua-luu")
        assert [archive.session_account(s, "luu") for s in luu] == [None, None]
        assert archive.session_account(lan, "lan") is not None  # another account's sign-in stays
        archive.set_disabled("lan")
        assert archive.session_account(lan, "lan") is None
        archive.set_disabled("lan", False)
        assert archive.session_account(lan, "lan") is None  # enabled again: a sign-in again, not the old one
        long_ago = archive.start_session("luu", archive.check_password("luu", "mat-khau-moi-cua-luu")[1], seconds=-1)
        assert archive.session_account(long_ago, "luu") is None  # past its end


def test_an_archive_of_version_16_gets_its_sessions_table_in_place(archive_with_accounts):  # noqa: F811
    """The table is created where the archive is; its query tables are not rebuilt, its accounts kept."""
    from vbparse.store.schema import STORE_FINGERPRINTS, STORE_VERSION

    db = archive_with_accounts
    with Archive(db, create=False) as archive:
        b = archive.backend
        b.execute("DROP TABLE sessions")
        b.execute("UPDATE meta SET value = '16' WHERE key = 'store_version'")
        b.execute("UPDATE meta SET value = ? WHERE key = 'fingerprint'", (STORE_FINGERPRINTS[16],))
        b.execute("UPDATE obligations SET task_group = -1 WHERE ord = 0")  # a mark a rebuild would undo
        b.commit()
    with Archive(db, create=False) as archive:
        b = archive.backend
        assert b.one("SELECT value FROM meta WHERE key = 'store_version'")[0] == str(STORE_VERSION)  # in place
        assert b.one("SELECT COUNT(*) FROM obligations WHERE task_group = -1")[0] > 0
        _, generation = archive.check_password("luu", PASSWORDS["luu"])
        assert archive.session_account(archive.start_session("luu", generation), "luu") is not None


# --- a flood of sign-ins ------------------------------------------------------------------------------------------


@pytest.fixture
def counted(monkeypatch):
    """The password checks made, counted; each takes 50 ms, as Argon2 does under some load."""
    calls: list[str] = []
    lock = threading.Lock()
    real = store_accounts.verify_hash

    def verify(stored: str, password: str) -> bool:
        with lock:
            calls.append(password)
        time.sleep(0.05)
        return real(stored, password)

    monkeypatch.setattr(store_accounts, "verify_hash", verify)
    return calls


def _flood(client: TestClient, names: list[str], at_once: int = 20) -> list[int]:
    def one(name: str) -> int:
        r = client.post("/login", data={"name": name, "password": "doan-sai-1"}, headers=SAME_SITE)
        return r.status_code

    with ThreadPoolExecutor(max_workers=at_once) as pool:
        return list(pool.map(one, names))


def test_guesses_at_one_name_at_once_verify_at_most_the_limits_passwords(archive_with_accounts, counted):  # noqa: F811
    with _client(archive_with_accounts) as client:
        statuses = _flood(client, ["lan"] * 40)
    assert len(counted) <= signin_limits.DEFAULT_MAX_FAILED_SIGNINS, statuses
    assert set(statuses) <= {401, 429, 503} and 429 in statuses
    assert statuses.count(401) == len(counted)


def test_guesses_at_many_names_from_one_address_are_slowed(archive_with_accounts, counted):  # noqa: F811
    with _client(archive_with_accounts) as client:
        # as many at once as the checks' pool takes (one checking, four waiting): none shed, the limit counts
        statuses = _flood(client, [f"ten-{k}" for k in range(60)], at_once=signin_limits.DEFAULT_SIGNIN_WAITING)
    assert len(counted) <= signin_limits.DEFAULT_MAX_FAILED_PER_ADDRESS, statuses
    assert 429 in statuses and set(statuses) <= {401, 429, 503}


def test_the_overall_limit_holds_whatever_the_addresses():
    attempts = signin_limits.Attempts(limits={"pair": 5, "name": 10, "address": 20, "overall": 30})
    granted = [attempts.reserve(f"10.0.{k // 250}.{k % 250}", f"ten-{k}") for k in range(100)]
    assert sum(t is not None for t in granted) == 30
    first = next(t for t in granted if t is not None)
    attempts.release(first)  # a sign-in that succeeded gives its place back
    assert attempts.reserve("10.9.9.9", "lan") is not None and attempts.reserve("10.9.9.8", "lan") is None


def test_page_reads_are_answered_during_a_flood_of_sign_ins(archive_with_accounts, monkeypatch):  # noqa: F811
    """60 wrong sign-ins at once, each check 0.5 s, beside 20 page reads: every read answered 200."""
    import urllib.error
    import urllib.parse
    import urllib.request

    real = store_accounts.verify_hash

    def slow(stored: str, password: str) -> bool:
        time.sleep(0.5)
        return real(stored, password)

    monkeypatch.setattr(store_accounts, "verify_hash", slow)
    server = Live(create_app(archive_with_accounts)).start()
    try:

        def sign_in(k: int) -> int:
            body = urllib.parse.urlencode({"name": f"ten-{k % 30}", "password": "doan-sai"}).encode()
            request = urllib.request.Request(f"{server.base}/login", data=body, headers={"Origin": server.base})
            try:
                with urllib.request.urlopen(request, timeout=HANG_GUARD) as r:
                    return r.status
            except urllib.error.HTTPError as e:
                return e.code

        def read(_: int) -> int:
            with urllib.request.urlopen(f"{server.base}/obligations?assignee=VPTK", timeout=HANG_GUARD) as r:
                r.read()
                return r.status

        with ThreadPoolExecutor(max_workers=40) as pool:
            floods = [pool.submit(sign_in, k) for k in range(60)]
            time.sleep(0.2)  # the flood has begun
            reads = list(pool.map(read, range(20)))
            signs = [f.result() for f in floods]
    finally:
        server.stop()
    assert reads == [200] * 20
    assert set(signs) <= {401, 429, 503}


def test_a_sign_in_beyond_the_checks_pool_is_answered_at_once():
    """One check at once, none waiting: a second sign-in meanwhile hears False at once, not after the first."""
    import anyio

    verifier = signin_limits.Verifier(workers=1, waiting=0, wait=10.0 * HANG_GUARD)  # waited for: past the guard
    heard: list[tuple[bool, bool]] = []  # (allowed, the first check still held when it was heard)

    async def main() -> None:
        holding, heard_it = anyio.Event(), anyio.Event()

        async def first() -> None:
            async with verifier.turn() as allowed:
                assert allowed
                holding.set()
                with anyio.fail_after(HANG_GUARD):
                    await heard_it.wait()

        async with anyio.create_task_group() as tg:
            tg.start_soon(first)
            await holding.wait()
            with anyio.fail_after(HANG_GUARD):  # a guard: a second check that waits for the first never ends here
                async with verifier.turn() as allowed:
                    heard.append((allowed, not heard_it.is_set()))
            heard_it.set()

    anyio.run(main)
    assert heard == [(False, True)]


def test_passwords_are_checked_in_threads_of_lower_priority_than_the_pages(archive_with_accounts, monkeypatch):  # noqa: F811
    """Argon2 takes both cores of a small machine for 0.2 s a check (four lanes): beside it 20 page reads of a
    5 000-document archive went from p95 1.1 s to 1.6 s.  The checks run in the verifier's own threads, at a
    niceness ``DEFAULT_SIGNIN_NICENESS`` above the server's (Argon2's lanes are threads they start, and inherit
    it); the threads that build pages keep theirs."""
    import os

    niceness: dict[str, list[int]] = {"check": [], "page": []}
    real = store_accounts.verify_hash

    def verify(stored: str, password: str) -> bool:
        niceness["check"].append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))
        return real(stored, password)

    monkeypatch.setattr(store_accounts, "verify_hash", verify)
    server = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    app = create_app(archive_with_accounts)

    @app.get("/niceness")
    def page_niceness() -> int:  # a sync route: run in the threads that build pages
        niceness["page"].append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))
        return 0

    with TestClient(app, base_url=HOST) as client:
        for k in range(3):
            r = client.post("/login", data={"name": f"ten-{k}", "password": "doan-sai-1"}, headers=SAME_SITE)
            assert r.status_code == 401
            assert client.get("/niceness").status_code == 200
    assert niceness["check"] == [min(19, server + signin_limits.DEFAULT_SIGNIN_NICENESS)] * 3
    assert niceness["page"] == [server] * 3


def test_a_hash_of_weaker_parameters_is_made_again_in_the_checks_threads_not_the_pages(archive_with_accounts, tmp_path):  # noqa: F811
    """A password kept with weaker Argon2 parameters is hashed again at its next sign-in (0.05-1 s of Argon2): in the
    verifier's own lower-priority threads, as the check is, never in a thread that builds pages or holds the archive's
    connection (issue 55: it ran inside ``confirm_sign_in``)."""
    import os
    import shutil

    from argon2 import PasswordHasher

    db = str(tmp_path / "weak.db")
    shutil.copy(archive_with_accounts, db)
    weak = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1).hash(PASSWORDS["lan"])
    with Archive(db, create=False) as archive, archive.backend.exclusive():
        archive.backend.execute("UPDATE accounts SET password_hash = ? WHERE name = ?", (weak, "lan"))
    with Archive(db, create=False) as archive:
        assert archive.backend.one("SELECT password_hash FROM accounts WHERE name = ?", ("lan",))[0] == weak
    server = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    made: list[int] = []
    real = store_accounts.rehashed

    def rehashed(stored: str, password: str) -> str | None:
        made.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))
        return real(stored, password)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(store_accounts, "rehashed", rehashed)
        with _client(db) as client:
            r = client.post("/login", data={"name": "lan", "password": PASSWORDS["lan"]}, headers=SAME_SITE)
            assert r.status_code in (200, 303), r.text
    assert made == [min(19, server + signin_limits.DEFAULT_SIGNIN_NICENESS)]
    with Archive(db, create=False) as archive:
        stored = archive.backend.one("SELECT password_hash FROM accounts WHERE name = ?", ("lan",))[0]
    assert stored != weak and not PasswordHasher().check_needs_rehash(stored)
