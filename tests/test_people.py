"""Served beyond loopback to people with accounts (issue 53): pages need only a person's sign-in, the token is
for machines, anonymous reading when the admin says so, secure cookies behind a proxy."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from vbparse.store import Archive
from vbparse.web import create_app

HOST = "https://vanban.example.gov.vn"
SAME_SITE = {"origin": HOST}
TOKEN = "ma-may-chu-cho-script"
SEED = """ỦY BAN NHÂN DÂN XÃ AN PHÚ
Số: 12/KH-UBND
An Phú, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
Tiếp nhận hồ sơ đất đai
I. TỔ CHỨC THỰC HIỆN
1. Công chức Địa chính xã rà soát hồ sơ tồn đọng, hoàn thành trước ngày 30/6/2026.
Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An
"""


@pytest.fixture
def archive(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "kh.txt").write_text(SEED, encoding="utf-8")
    db = str(tmp_path / "a.db")
    with Archive(db) as a:
        a.index([docs], jobs=1)
        a.add_account("lan", "mat-khau-cua-lan", role="reader", display="Nguyễn Thị Lan")
    return db


def _client(db: str, **settings) -> TestClient:
    return TestClient(create_app(db, token=TOKEN, sign_in_required=True, **settings), base_url=HOST)


def test_a_person_signs_in_with_their_account_and_never_needs_the_token(archive):
    with _client(archive) as client:
        first = client.get("/obligations", params={"assignee": "Công chức Địa chính"}, follow_redirects=False)
        assert first.status_code == 303 and first.headers["location"].startswith("/login?back=%2Fobligations")
        assert client.get("/login").status_code == 200  # the sign-in page itself needs nothing
        signed = client.post(
            "/login",
            data={"name": "lan", "password": "mat-khau-cua-lan", "back": "/obligations"},
            headers=SAME_SITE,
            follow_redirects=False,
        )
        assert signed.status_code == 303
        page = client.get("/obligations", params={"assignee": "Công chức Địa chính"})
        assert page.status_code == 200 and "rà soát hồ sơ tồn đọng" in page.text
        assert client.get("/api/obligations", params={"assignee": "Công chức Địa chính"}).status_code == 200


def test_without_a_sign_in_the_api_answers_401_and_a_wrong_password_opens_nothing(archive):
    with _client(archive) as client:
        assert client.get("/api/obligations", params={"assignee": "Công chức Địa chính"}).status_code == 401
        wrong = client.post("/login", data={"name": "lan", "password": "sai"}, headers=SAME_SITE)
        assert wrong.status_code == 401
        assert client.get("/", follow_redirects=False).status_code == 303


def test_a_machine_sends_the_token_and_a_wrong_token_is_refused(archive):
    with _client(archive) as client:
        ok = client.get(
            "/api/obligations", params={"assignee": "Công chức Địa chính"}, headers={"authorization": f"Bearer {TOKEN}"}
        )
        assert ok.status_code == 200 and ok.json()
        bad = client.get(
            "/api/obligations", params={"assignee": "Công chức Địa chính"}, headers={"authorization": "Bearer sai"}
        )
        assert bad.status_code == 401


def test_anonymous_reading_when_the_admin_allows_it_but_writing_still_needs_a_sign_in(archive):
    with _client(archive, anonymous_read=True) as client:
        assert client.get("/obligations", params={"assignee": "Công chức Địa chính"}).status_code == 200
        write = client.post(
            "/obligations/corrections",
            data={"ref": "x", "action": "done", "author": "ai đó"},
            headers=SAME_SITE,
            follow_redirects=False,
        )
        assert write.status_code in (401, 403)


def test_behind_a_proxy_over_https_the_sign_in_cookie_is_secure(archive):
    with _client(archive, secure_cookies=True) as client:
        r = client.post(
            "/login", data={"name": "lan", "password": "mat-khau-cua-lan"}, headers=SAME_SITE, follow_redirects=False
        )
        assert r.status_code == 303
        assert "secure" in r.headers["set-cookie"].lower()


def test_serving_beyond_loopback_asks_people_to_sign_in_when_the_archive_has_accounts():
    from vbparse.web.serve import ServeError, people_sign_in

    assert people_sign_in("192.0.2.10", None, accounts=True) is True  # no token needed: people sign in
    assert people_sign_in("127.0.0.1", None, accounts=True) is False  # loopback reads as before
    assert people_sign_in("127.0.0.1", None, accounts=True, sign_in=True) is True  # the same settings on loopback
    assert people_sign_in("192.0.2.10", "t", accounts=False) is False  # the token opens every page, as before
    assert people_sign_in("192.0.2.10", None, accounts=False, anonymous_read=True) is False
    with pytest.raises(ServeError, match="token is required"):
        people_sign_in("192.0.2.10", None, accounts=False)  # open to the network: refused
    with pytest.raises(ServeError, match="no account"):
        people_sign_in("127.0.0.1", None, accounts=False, sign_in=True)
