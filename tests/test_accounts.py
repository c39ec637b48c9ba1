"""Accounts that sign their corrections (issue 41, item 8): passwords kept as Argon2 hashes, sign-in kept in
a signed cookie, every write of a signed-in person carrying the sign-in's csrf value and checked against its
role in the archive, who and when kept with the correction and shown as its history."""

from __future__ import annotations

import base64
import io
import json
import re

import pytest
from fastapi.testclient import TestClient
from test_archive import BACKENDS, _docs, make_db  # noqa: F401 - make_db is a fixture used below

from vbparse.cli import main
from vbparse.store import Archive
from vbparse.store.accounts import ACCOUNT_NAME, ACCOUNT_NAME_EXAMPLES, AccountError
from vbparse.web import create_app

HOST = "http://127.0.0.1:8000"
SAME_SITE = {"origin": HOST}
PASSWORDS = {"lan": "mat-khau-cua-lan", "luu": "mat-khau-cua-luu", "minh": "mat-khau-cua-minh"}
VPTK = "Văn phòng - Thống kê"
OTHER_UNIT = "Văn hóa - Xã hội"


@pytest.fixture
def archive_with_accounts(tmp_path):
    """The seeds, an editor of VPTK (lan), an archivist (luu) and a reader (minh)."""
    db = str(tmp_path / "a.db")
    with Archive(db) as archive:
        archive.index([_docs(tmp_path)], jobs=1)
        archive.add_account("lan", PASSWORDS["lan"], role="editor", unit=VPTK, display="Nguyễn Thị Lan")
        archive.add_account("luu", PASSWORDS["luu"], role="archivist", display="Trần Văn Lưu")
        archive.add_account("minh", PASSWORDS["minh"], role="reader")
    return db


@pytest.fixture
def site(archive_with_accounts):
    """A server without a token (reading open, as on loopback), and a client of it."""
    with TestClient(create_app(archive_with_accounts), base_url=HOST) as client:
        yield client, archive_with_accounts


def _tasks(db: str, unit: str):
    with Archive(db, create=False) as archive:
        hits = [h for h in archive.obligations(unit) if not h.shared]
    assert hits
    return hits


def _sign_in(client: TestClient, name: str, password: str | None = None) -> str:
    """Sign in; the csrf value the pages' forms then carry."""
    r = client.post(
        "/login",
        data={"name": name, "password": password or PASSWORDS[name]},
        headers=SAME_SITE,
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text[:300]
    page = client.get("/obligations", params={"assignee": VPTK}).text
    found = re.search(r'name="csrf" value="([^"]+)"', page)
    assert found is not None
    return found.group(1)


def _correct(client: TestClient, fields: dict[str, str], headers: dict[str, str] | None = None):
    return client.post("/obligations/corrections", data=fields, headers=headers or SAME_SITE, follow_redirects=False)


def _alert(page: str) -> str:
    found = re.search(r'role="alert">([^<]+)', page)
    assert found is not None, page[:300]
    return found.group(1)


# --- the accounts, in the archive ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ACCOUNT_NAME_EXAMPLES["matches"])
def test_account_name_pattern_takes_its_examples(name):
    assert ACCOUNT_NAME.fullmatch(name)


@pytest.mark.parametrize("name", ACCOUNT_NAME_EXAMPLES["refused"])
def test_account_name_pattern_refuses_its_counter_examples(name, tmp_path):
    with Archive(str(tmp_path / "a.db")) as archive, pytest.raises(AccountError, match="account name"):
        archive.add_account(name, "mat-khau-du-dai", role="reader")


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_password_is_kept_as_an_argon2_hash_and_checked_against_it(backend, make_db):  # noqa: F811
    with Archive(make_db(backend)) as archive:
        made = archive.add_account("Lan", "mat-khau-cua-lan", role="editor", unit=VPTK, display="Nguyễn Thị Lan")
        assert made.name == "lan" and made.display == "Nguyễn Thị Lan" and made.unit == VPTK
        (stored,) = archive.backend.one("SELECT password_hash FROM accounts WHERE name = 'lan'")
        assert stored.startswith("$argon2id$") and "mat-khau" not in stored
        assert archive.check_password("lan", "mat-khau-sai") is None
        assert archive.check_password("ai-do", "mat-khau-cua-lan") is None  # an unknown name: refused alike
        account, generation = archive.check_password("LAN", "mat-khau-cua-lan")
        assert account == made and archive.signed_account("lan", generation) == made
        assert "password" not in account.model_dump_json()


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"password": "ngan"}, "at least 8"),
        ({"role": "owner"}, "role 'owner'"),
        ({"role": "editor", "unit": None}, "unit"),
        ({"display": "Lan\x1b[31m"}, "control"),
    ],
)
def test_an_account_that_cannot_be_made_says_why(kwargs, message, tmp_path):
    given = {"password": "mat-khau-du-dai", "role": "reader", "unit": None, "display": None, **kwargs}
    with Archive(str(tmp_path / "a.db")) as archive, pytest.raises(AccountError, match=message):
        archive.add_account("lan", given.pop("password"), **given)
    with Archive(str(tmp_path / "a.db")) as archive:
        assert archive.accounts() == []


def test_a_taken_name_is_refused(tmp_path):
    with Archive(str(tmp_path / "a.db")) as archive:
        archive.add_account("lan", "mat-khau-du-dai", role="reader")
        with pytest.raises(AccountError, match="exists"):
            archive.add_account("lan", "mat-khau-khac-nua", role="admin")
        assert [a.role for a in archive.accounts()] == ["reader"]


def test_a_new_password_or_a_disabled_account_ends_the_sign_ins_made_before(tmp_path):
    with Archive(str(tmp_path / "a.db")) as archive:
        archive.add_account("lan", "mat-khau-cu-1", role="reader")
        _account, before = archive.check_password("lan", "mat-khau-cu-1")
        archive.set_password("lan", "mat-khau-moi-2")
        assert archive.signed_account("lan", before) is None
        assert archive.check_password("lan", "mat-khau-cu-1") is None
        _account, after = archive.check_password("lan", "mat-khau-moi-2")
        archive.set_disabled("lan")
        assert archive.signed_account("lan", after) is None and archive.check_password("lan", "mat-khau-moi-2") is None
        archive.set_disabled("lan", False)
        assert archive.signed_account("lan", after) is not None


def test_a_version_14_archive_gets_accounts_and_signed_corrections_in_place(tmp_path):
    """Version 15 adds the accounts' table and ``corrections.account``: an archive of version 14 gets both
    without a rebuild, its corrections kept (signed by no account)."""
    from vbparse.store.schema import STORE_FINGERPRINTS, STORE_VERSION

    db = str(tmp_path / "a.db")
    with Archive(db) as archive:
        archive.index([_docs(tmp_path)], jobs=1)
        hit = archive.obligations("VPTK")[0]
        archive.correct(hit.ref, note="trước khi có tài khoản", author="Lan", progress="dang_thuc_hien")
        b = archive.backend
        b.execute("DROP TABLE accounts")
        b.execute("ALTER TABLE corrections DROP COLUMN account")
        b.execute("UPDATE meta SET value = '14' WHERE key = 'store_version'")
        b.execute("UPDATE meta SET value = ? WHERE key = 'fingerprint'", (STORE_FINGERPRINTS[14],))
        b.execute("UPDATE obligations SET task_group = -1 WHERE ord = 0")  # a mark a rebuild would undo
        b.commit()
    with Archive(db, create=False) as archive:
        b = archive.backend
        assert b.one("SELECT value FROM meta WHERE key = 'store_version'")[0] == str(STORE_VERSION)
        assert b.one("SELECT COUNT(*) FROM obligations WHERE task_group = -1")[0] > 0
        (kept,) = archive.corrections()
        assert kept.correction.author == "Lan" and kept.correction.account is None
        archive.add_account("lan", "mat-khau-du-dai", role="archivist")
        signed = archive.correct(hit.ref, progress="da_hoan_thanh", author="Nguyễn Thị Lan", account="lan")
        assert [r.correction.account for r in archive.corrections()] == [None, "lan"] and signed.id


# --- signing in on the pages ------------------------------------------------------------------------------------


def test_reading_needs_no_sign_in_and_every_page_offers_one(site):
    client, _ = site
    r = client.get("/obligations", params={"assignee": VPTK})
    assert r.status_code == 200 and "Đăng nhập" in r.text and "Mã ghi" in r.text


def test_a_wrong_password_is_a_401_saying_so_and_signs_no_one_in(site):
    client, _ = site
    r = client.post("/login", data={"name": "lan", "password": "sai-mat-khau"}, headers=SAME_SITE)
    assert r.status_code == 401 and _alert(r.text) == "Tên đăng nhập hoặc mật khẩu không đúng."
    assert "Nguyễn Thị Lan" not in client.get("/").text


def test_a_sign_in_shows_who_and_the_forms_then_carry_no_token_field(site):
    client, _ = site
    _sign_in(client, "lan")
    page = client.get("/obligations", params={"assignee": VPTK}).text
    assert "Nguyễn Thị Lan" in page and "Đăng xuất" in page and "Mã ghi" not in page


def test_a_sign_in_cookie_changed_by_hand_signs_no_one_in(site):
    client, _ = site
    _sign_in(client, "lan")
    cookie = client.cookies.get("vbparse_session")
    payload, _, stamp_and_signature = cookie.partition(".")
    session = json.loads(base64.b64decode(payload))
    assert session["account"] == "lan" and "Nguyễn Thị Lan" in client.get("/").text
    # the same sign-in made to say the archivist, with the signature of the real one
    session.update(account="luu", display="Trần Văn Lưu", role="archivist")
    forged = base64.b64encode(json.dumps(session).encode()).decode()
    client.cookies.clear()
    client.cookies.set("vbparse_session", f"{forged}.{stamp_and_signature}")
    page = client.get("/").text
    assert "Trần Văn Lưu" not in page and "Đăng xuất" not in page


def test_repeated_wrong_passwords_are_slowed(site):
    client, _ = site
    for _ in range(5):
        assert (
            client.post("/login", data={"name": "lan", "password": "doan-mo-1"}, headers=SAME_SITE).status_code == 401
        )
    r = client.post("/login", data={"name": "lan", "password": PASSWORDS["lan"]}, headers=SAME_SITE)
    assert r.status_code == 429


def test_a_sign_in_posted_from_another_site_is_refused(site):
    client, _ = site
    r = client.post("/login", data={"name": "lan", "password": PASSWORDS["lan"]}, headers={"origin": "http://evil"})
    assert r.status_code == 403 and "vbparse_session" not in r.headers.get("set-cookie", "")


def test_sign_out_needs_the_sign_ins_own_form(site):
    client, _ = site
    csrf = _sign_in(client, "lan")
    assert client.post("/logout", headers=SAME_SITE).status_code == 403  # a bare POST (another site's)
    assert "Nguyễn Thị Lan" in client.get("/").text
    assert client.post("/logout", data={"csrf": csrf}, headers=SAME_SITE, follow_redirects=False).status_code == 303
    assert "Nguyễn Thị Lan" not in client.get("/").text


# --- signed corrections ----------------------------------------------------------------------------------------


def test_a_signed_in_editor_corrects_its_units_task_signed_with_its_account(site):
    client, db = site
    hit = _tasks(db, VPTK)[0]
    csrf = _sign_in(client, "lan")
    r = _correct(client, {"ref": hit.ref, "deadline": "30/9/2026", "author": "Someone Else", "csrf": csrf})
    assert r.status_code == 303
    with Archive(db, create=False) as archive:
        (record,) = archive.corrections()
    assert record.correction.account == "lan" and record.correction.author == "Nguyễn Thị Lan"  # not the form's


def test_an_editor_may_not_correct_another_units_task(site):
    client, db = site
    hit = _tasks(db, OTHER_UNIT)[0]
    csrf = _sign_in(client, "lan")
    r = _correct(client, {"ref": hit.ref, "deadline": "30/9/2026", "csrf": csrf})
    assert r.status_code == 403 and VPTK in _alert(r.text)
    with Archive(db, create=False) as archive:
        assert archive.corrections() == []


def test_an_editor_adds_tasks_for_its_own_unit_only(site):
    client, db = site
    doc_id = _tasks(db, VPTK)[0].document.id
    csrf = _sign_in(client, "lan")
    add = {"action": "add", "doc": doc_id, "task": "Báo cáo kết quả", "csrf": csrf}
    assert _correct(client, {**add, "assignee": "Văn hóa - Xã hội"}).status_code == 403
    assert _correct(client, {**add, "assignee": "VPTK"}).status_code == 303  # its own unit, by its short form


def test_an_archivist_corrects_any_task_and_a_reader_none(site):
    client, db = site
    hit = _tasks(db, OTHER_UNIT)[0]
    csrf = _sign_in(client, "minh")
    assert "Lưu hiệu chỉnh" not in client.get("/obligations", params={"assignee": OTHER_UNIT}).text  # no form
    r = _correct(client, {"ref": hit.ref, "progress": "da_hoan_thanh", "csrf": csrf})
    assert r.status_code == 403 and "chỉ được đọc" in _alert(r.text)
    csrf = _sign_in(client, "luu")
    assert _correct(client, {"ref": hit.ref, "progress": "da_hoan_thanh", "csrf": csrf}).status_code == 303
    with Archive(db, create=False) as archive:
        assert [r.correction.account for r in archive.corrections()] == ["luu"]


def test_a_signed_in_write_without_its_csrf_or_from_another_site_is_refused(site):
    client, db = site
    hit = _tasks(db, VPTK)[0]
    csrf = _sign_in(client, "lan")
    assert _correct(client, {"ref": hit.ref, "deadline": "30/9/2026"}).status_code == 403
    assert _correct(client, {"ref": hit.ref, "deadline": "30/9/2026", "csrf": csrf + "x"}).status_code == 403
    r = _correct(client, {"ref": hit.ref, "deadline": "30/9/2026", "csrf": csrf}, {"origin": "http://evil"})
    assert r.status_code == 403
    with Archive(db, create=False) as archive:
        assert archive.corrections() == []


def test_a_write_after_the_password_changed_asks_to_sign_in_again(site):
    client, db = site
    hit = _tasks(db, VPTK)[0]
    csrf = _sign_in(client, "lan")
    with Archive(db, create=False) as archive:
        archive.set_password("lan", "mat-khau-moi-cua-lan")
    r = _correct(client, {"ref": hit.ref, "deadline": "30/9/2026", "csrf": csrf})
    assert r.status_code == 403 and "đăng nhập lại" in _alert(r.text)


def test_the_json_api_takes_a_sign_in_with_its_csrf_header(site):
    client, db = site
    hit = _tasks(db, VPTK)[0]
    csrf = _sign_in(client, "lan")
    body = {"ref": hit.ref, "progress": "dang_thuc_hien"}
    assert client.post("/api/corrections", json=body, headers=SAME_SITE).status_code == 403
    r = client.post("/api/corrections", json=body, headers={**SAME_SITE, "X-CSRF-Token": csrf})
    assert r.status_code == 201 and r.json()["account"] == "lan" and r.json()["author"] == "Nguyễn Thị Lan"


def test_the_token_mode_stays_for_machines(archive_with_accounts):
    hit = _tasks(archive_with_accounts, VPTK)[0]
    with TestClient(create_app(archive_with_accounts, token="ma-may")) as client:
        r = client.post(
            "/api/corrections",
            json={"ref": hit.ref, "progress": "dang_thuc_hien", "author": "Máy đồng bộ"},
            headers={"Authorization": "Bearer ma-may"},
        )
    assert r.status_code == 201 and r.json()["account"] is None and r.json()["author"] == "Máy đồng bộ"


def test_a_task_shows_its_history_with_who_and_when(site):
    client, db = site
    hit = _tasks(db, VPTK)[0]
    csrf = _sign_in(client, "lan")
    _correct(client, {"ref": hit.ref, "progress": "dang_thuc_hien", "csrf": csrf})
    _correct(client, {"ref": hit.ref, "deadline": "30/9/2026", "note": "theo công văn 12", "csrf": csrf})
    page = client.get(f"/documents/{hit.document.id}").text
    history = page.split("Lịch sử hiệu chỉnh (2)", 1)[1].split("</details>", 1)[0]
    entries = re.findall(r"<li>(.*?)</li>", history, re.DOTALL)
    assert len(entries) == 2
    assert "Nguyễn Thị Lan" in entries[0] and "đã đăng nhập" in entries[0] and "đang thực hiện" in entries[0].lower()
    assert "30/09/2026" in entries[1] and "theo công văn 12" in entries[1]
    assert "(giờ Việt Nam)" in entries[1] and "UTC" not in entries[1]  # the offices' clock, not UTC


def test_a_signed_in_board_is_never_given_to_someone_else(site):
    """The board is kept between requests (``answer_cache``); a signed-in person's copy holds its csrf."""
    client, _db = site
    csrf = _sign_in(client, "lan")
    with TestClient(client.app, base_url=HOST) as stranger:
        page = stranger.get("/obligations", params={"assignee": VPTK}).text
    assert csrf not in page and "Mã ghi" in page


# --- the command line -----------------------------------------------------------------------------------------


def test_cli_adds_and_lists_accounts_reading_the_password_from_stdin(tmp_path, monkeypatch, capsys):
    db = str(tmp_path / "a.db")
    with Archive(db):
        pass
    monkeypatch.setattr("sys.stdin", io.StringIO("mat-khau-cua-lan\n"))
    args = ["accounts", "add", "lan", "--role", "editor", "--unit", VPTK, "--display", "Nguyễn Thị Lan"]
    assert main([*args, "--password-stdin", "--db", db]) == 0
    assert main(["accounts", "list", "--db", db]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == f"lan\teditor\tNguyễn Thị Lan\t{VPTK}"
    with Archive(db, create=False) as archive:
        assert archive.check_password("lan", "mat-khau-cua-lan") is not None


@pytest.mark.parametrize(
    "args, stdin, message",
    [
        (["add", "lan", "--role", "editor"], "mat-khau-du-dai\n", "unit"),
        (["add", "lan"], "mat-khau-du-dai\n", "--role"),
        (["add", "Lan Nguyễn", "--role", "reader"], "mat-khau-du-dai\n", "account name"),
        (["add", "lan", "--role", "reader"], "ngan\n", "ít nhất 8"),
        (["password", "ai-do"], "mat-khau-du-dai\n", "không có tài khoản"),
    ],
)
def test_cli_refuses_a_bad_account_in_one_line_with_status_2(args, stdin, message, tmp_path, monkeypatch, capsys):
    db = str(tmp_path / "a.db")
    with Archive(db):
        pass
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    assert main(["accounts", *args, "--password-stdin", "--db", db]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and message in err


def test_only_a_signed_in_admin_sees_the_accounts(site):
    client, db = site
    assert client.get("/accounts").status_code == 403
    _sign_in(client, "luu")  # an archivist
    assert client.get("/accounts").status_code == 403
    with Archive(db, create=False) as archive:
        archive.add_account("admin", "mat-khau-quan-tri", role="admin", display="Quản trị")
    _sign_in(client, "admin", "mat-khau-quan-tri")
    page = client.get("/accounts").text
    assert all(name in page for name in ("Nguyễn Thị Lan", "Trần Văn Lưu", "minh")) and "argon2" not in page
    assert "(giờ Việt Nam)" in page and " UTC" not in page  # when each account was made, on the offices' clock
