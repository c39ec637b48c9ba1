"""E-mail reminders (issue 53): ``vbparse remind`` sends each unit's accounts the digest of the unit's tasks
overdue and due within 1, 3 and 7 days, through an SMTP server — here one the test starts (aiosmtpd)."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import socket
from email.message import EmailMessage

import pytest
from conftest import BACKENDS, archive_location

from vbparse.cli import main
from vbparse.store import Archive
from vbparse.store.accounts import EMAIL_ADDRESS_EXAMPLES, AccountError, email_address

TODAY = "2026-06-10"
PLAN = """ỦY BAN NHÂN DÂN TỈNH LÀO CAI
Số: 55/KH-UBND
Lào Cai, ngày 02 tháng 3 năm 2026
KẾ HOẠCH
Thực hành tiết kiệm, chống lãng phí năm 2026
I. MỤC ĐÍCH
1. Nâng cao nhận thức.
II. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính rà soát định mức chi thường xuyên, hoàn thành trước ngày 01/6/2026.
2. Sở Tài chính lập dự toán mua sắm tài sản công, hoàn thành trước ngày 11/6/2026.
3. Sở Tài chính thẩm định phương án sắp xếp nhà đất, hoàn thành trước ngày 13/6/2026.
4. Sở Tài chính hướng dẫn quyết toán kinh phí “đặc thù”, hoàn thành trước ngày 17/6/2026.
5. Sở Tài chính tổng hợp báo cáo sơ kết 6 tháng, hoàn thành trước ngày 30/6/2026.
6. Sở Tài chính kiểm tra việc sử dụng xe công, hoàn thành trước ngày 12/6/2026.
7. Sở Nội vụ rà soát biên chế các cơ quan, hoàn thành trước ngày 12/6/2026.
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An
"""
STC = "Sở Tài chính tỉnh Lào Cai"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Inbox:
    """What the test's SMTP server received, and the recipients it refuses."""

    def __init__(self, refuse: frozenset[str] = frozenset()) -> None:
        self.messages: list[tuple[str, list[str], EmailMessage]] = []
        self.refuse = refuse

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 no such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        msg = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        assert isinstance(msg, EmailMessage)
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), msg))
        return "250 Message accepted"


@pytest.fixture
def smtp_server():
    """An SMTP server on 127.0.0.1 at a free port: (its port, its inbox)."""
    from aiosmtpd.controller import Controller

    started = []

    def start(refuse: frozenset[str] = frozenset()):
        inbox = _Inbox(refuse)
        port = _free_port()
        controller = Controller(inbox, hostname="127.0.0.1", port=port)
        controller.start()
        started.append(controller)
        return port, inbox

    yield start
    for c in started:
        c.stop()


@pytest.fixture(params=BACKENDS)
def archive_with_accounts(request, tmp_path):
    """The plan indexed, one task marked done, and accounts: two of Sở Tài chính with addresses, one without,
    one disabled, one of Sở Nội vụ (on each backend)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "kh-55.txt").write_text(PLAN, encoding="utf-8")
    db, drop = archive_location(request.param, tmp_path)
    request.addfinalizer(drop)
    with Archive(db) as archive:
        archive.index([docs], jobs=1)
        (done,) = [h for h in archive.obligations(STC) if "xe công" in h.task]
        archive.correct(done.ref, progress="da_hoan_thanh", author="Lan")
        archive.add_account(
            "lan", "mat-khau-1", role="editor", unit=STC, display="Nguyễn Thị Lan", email="lan@stc.laocai.gov.vn"
        )
        archive.add_account("hoa", "mat-khau-2", role="reader", unit=STC, display="Trần Thị Hoa")
        archive.set_email("hoa", "hoa@stc.laocai.gov.vn")
        archive.add_account("minh", "mat-khau-3", role="reader", unit=STC)  # no address: no mail
        archive.add_account("cu", "mat-khau-4", role="reader", unit=STC, email="cu@stc.laocai.gov.vn")
        archive.set_disabled("cu")
        archive.add_account(
            "nv", "mat-khau-5", role="editor", unit="Sở Nội vụ tỉnh Lào Cai", email="nv@snv.laocai.gov.vn"
        )
    return db


def _remind(db: str, port: int, *more: str) -> int:
    return main(
        [
            "remind",
            "--db",
            db,
            "--today",
            TODAY,
            "--smtp-host",
            "127.0.0.1",
            "--smtp-port",
            str(port),
            "--from",
            "nhacviec@ubnd.laocai.gov.vn",
            "--base-url",
            "https://vbparse.laocai.gov.vn/",
            *more,
        ]
    )


def _sections(text: str) -> dict[str, list[str]]:
    """The digest's plain text: each section's heading and the tasks listed under it."""
    out: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        if line and line.split(" (")[0].isupper() and not line.startswith(("http", "-")):
            current = line.split(" (")[0]
            out[current] = []
        elif current and line[:1].isdigit():
            out[current].append(line)
    return out


def test_each_units_accounts_get_its_digest_by_section_once_a_day(archive_with_accounts, smtp_server, capsys):
    db = archive_with_accounts
    port, inbox = smtp_server()
    assert _remind(db, port) == 0
    received = {tuple(rcpt): msg for _sender, rcpt, msg in inbox.messages}
    assert sorted(received) == [("hoa@stc.laocai.gov.vn",), ("lan@stc.laocai.gov.vn",), ("nv@snv.laocai.gov.vn",)]
    msg = received[("lan@stc.laocai.gov.vn",)]
    assert msg["Subject"] == f"[vbparse] Nhắc việc: 3 nhiệm vụ sắp đến hạn, 1 quá hạn — {STC}"
    assert msg["From"] == "nhacviec@ubnd.laocai.gov.vn" and msg["Auto-Submitted"] == "auto-generated"
    plain = msg.get_body(("plain",))
    assert plain is not None and plain.get_content_charset() == "utf-8"
    text = plain.get_content()
    assert text.startswith("Kính gửi: Nguyễn Thị Lan (Sở Tài chính tỉnh Lào Cai)")
    sections = _sections(text)
    assert list(sections) == ["QUÁ HẠN", "ĐẾN HẠN TRONG 1 NGÀY", "ĐẾN HẠN TRONG 3 NGÀY", "ĐẾN HẠN TRONG 7 NGÀY"]
    assert [len(v) for v in sections.values()] == [1, 1, 1, 1]
    assert "định mức chi thường xuyên" in sections["QUÁ HẠN"][0]
    assert "dự toán mua sắm" in sections["ĐẾN HẠN TRONG 1 NGÀY"][0]
    assert "sắp xếp nhà đất" in sections["ĐẾN HẠN TRONG 3 NGÀY"][0]
    assert "quyết toán kinh phí “đặc thù”" in sections["ĐẾN HẠN TRONG 7 NGÀY"][0]  # UTF-8 intact, quotes too
    assert sections["QUÁ HẠN"][0].startswith("1. Số 55/KH-UBND ngày 02/03/2026 — ")
    assert "Hạn: 01/06/2026, quá hạn 9 ngày · chủ trì" in text and "Hạn: 11/06/2026, còn 1 ngày" in text
    assert "sơ kết 6 tháng" not in text  # due in 20 days
    assert "xe công" not in text  # marked done
    assert "biên chế" not in text  # another unit's
    links = [x.strip() for x in text.splitlines() if x.strip().startswith("https://vbparse.laocai.gov.vn/documents/")]
    assert len(links) == 4 and all("#t-" in x for x in links)
    from fastapi.testclient import TestClient

    from vbparse.web import create_app

    with TestClient(create_app(db)) as client:  # each link leads to its task's row on the document's page
        for url in links:
            path, anchor = url.removeprefix("https://vbparse.laocai.gov.vn").split("#")
            assert f'<tr id="{anchor}"' in client.get(path).text
    assert "https://vbparse.laocai.gov.vn/obligations?assignee=S%E1%BB%9F+T%C3%A0i" in text
    html = msg.get_body(("html",))
    assert html is not None and "<h2>Đến hạn trong 3 ngày (1)</h2>" in html.get_content()
    snv = received[("nv@snv.laocai.gov.vn",)]
    assert snv["Subject"] == "[vbparse] Nhắc việc: 1 nhiệm vụ sắp đến hạn — Sở Nội vụ tỉnh Lào Cai"
    assert "3 digests sent" in capsys.readouterr().err
    # a timer that fires twice: nothing more
    assert _remind(db, port) == 0
    assert len(inbox.messages) == 3
    assert "0 digests sent, 3 sent already today" in capsys.readouterr().err
    # the next day the same tasks are due again (sooner): sent again
    assert main(["remind", "--db", db, "--today", "2026-06-11", "--smtp-host", "127.0.0.1", "--smtp-port", str(port),
                 "--from", "nhacviec@ubnd.laocai.gov.vn"]) == 0  # fmt: skip
    assert len(inbox.messages) == 6


def test_a_dry_run_prints_the_digests_and_sends_nothing(archive_with_accounts, smtp_server, capsys):
    db = archive_with_accounts
    port, inbox = smtp_server()
    assert _remind(db, port, "--dry-run", "--unit", "Sở Nội vụ tỉnh Lào Cai") == 0
    out = capsys.readouterr().out
    assert inbox.messages == []
    assert "To: nv@snv.laocai.gov.vn" in out and "Subject: [vbparse] Nhắc việc: 1 nhiệm vụ sắp đến hạn" in out
    assert "ĐẾN HẠN TRONG 3 NGÀY (1)" in out and "rà soát biên chế" in out and "lan@" not in out
    assert _remind(db, port) == 0  # not noted as sent: the real run sends it
    assert len(inbox.messages) == 3


def test_a_refused_recipient_is_one_line_and_the_others_are_sent(archive_with_accounts, smtp_server, capsys):
    db = archive_with_accounts
    port, inbox = smtp_server(refuse=frozenset({"hoa@stc.laocai.gov.vn"}))
    assert _remind(db, port) == 1
    err = capsys.readouterr().err
    (line,) = [x for x in err.splitlines() if "not sent" in x]
    assert line == (
        "vbparse: remind: hoa@stc.laocai.gov.vn (hoa, Sở Tài chính tỉnh Lào Cai): not sent: "
        "550 5.1.1 no such mailbox here"
    )
    assert sorted(r for _s, (r,), _m in inbox.messages) == ["lan@stc.laocai.gov.vn", "nv@snv.laocai.gov.vn"]
    # the refused one is tried again at the next run; the others are not sent twice
    assert _remind(db, port) == 1
    assert len(inbox.messages) == 2


def test_a_server_that_cannot_be_reached_is_one_line_naming_it(archive_with_accounts, capsys):
    port = _free_port()  # nothing listens there
    assert _remind(archive_with_accounts, port) == 1
    err = capsys.readouterr().err.strip()
    assert err == f"vbparse: remind: SMTP server 127.0.0.1:{port}: connection refused"
    assert main(["remind", "--db", archive_with_accounts, "--smtp-user", "lan"]) == 2  # no sender, no password
    assert "--from" in capsys.readouterr().err


def test_settings_the_server_does_not_offer_are_one_line_naming_it(
    archive_with_accounts, smtp_server, capsys, monkeypatch
):
    """A login or STARTTLS the server does not offer: one line with the server and the step, nothing sent."""
    port, inbox = smtp_server()
    monkeypatch.setenv("VBPARSE_SMTP_PASSWORD", "mat-khau")
    assert _remind(archive_with_accounts, port, "--smtp-user", "nhacviec") == 1
    assert capsys.readouterr().err.strip() == (
        f"vbparse: remind: SMTP server 127.0.0.1:{port}: login: SMTP AUTH extension not supported by server."
    )
    assert _remind(archive_with_accounts, port, "--starttls") == 1
    assert capsys.readouterr().err.strip() == (
        f"vbparse: remind: SMTP server 127.0.0.1:{port}: STARTTLS: STARTTLS extension not supported by server."
    )
    monkeypatch.delenv("VBPARSE_SMTP_PASSWORD")
    assert _remind(archive_with_accounts, port, "--smtp-user", "nhacviec") == 2
    assert "$VBPARSE_SMTP_PASSWORD" in capsys.readouterr().err
    assert inbox.messages == []


def test_accounts_keep_an_email_address(tmp_path, capsys, monkeypatch):
    import io

    db = str(tmp_path / "a.db")
    with Archive(db) as archive:
        archive.add_account("lan", "mat-khau-1", role="reader", unit=STC)
    assert main(["accounts", "email", "lan", "--email", "Lan.Nguyen@STC.LaoCai.gov.vn", "--db", db]) == 0
    assert capsys.readouterr().out == f"lan\treader\tlan\t{STC}\tLan.Nguyen@stc.laocai.gov.vn\n"
    assert main(["accounts", "email", "lan", "--email", "lan at stc", "--db", db]) == 2
    assert "not an address" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("mat-khau-2\n"))
    args = ["accounts", "add", "hoa", "--role", "reader", "--email", "hoa@snv.gov.vn", "--password-stdin"]
    assert main([*args, "--unit", "Sở Nội vụ", "--db", db]) == 0
    assert main(["accounts", "unit", "hoa", "--unit", "Sở Nội vụ tỉnh Lào Cai", "--db", db]) == 0
    capsys.readouterr()
    with Archive(db, create=False) as archive:
        assert {a.name: (a.unit, a.email) for a in archive.accounts()} == {
            "lan": (STC, "Lan.Nguyen@stc.laocai.gov.vn"),
            "hoa": ("Sở Nội vụ tỉnh Lào Cai", "hoa@snv.gov.vn"),
        }
        archive.set_email("lan", "")
        account = archive.account("lan")
        assert account is not None and account.email is None


@pytest.mark.parametrize("address", EMAIL_ADDRESS_EXAMPLES["matches"])
def test_an_email_address_is_kept(address):
    assert email_address(address) == address


@pytest.mark.parametrize("address", EMAIL_ADDRESS_EXAMPLES["refused"][1:])
def test_what_is_no_email_address_is_refused(address):
    with pytest.raises(AccountError):
        email_address(address)


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_version_15_archive_gets_email_addresses_and_the_reminders_log_in_place(backend, tmp_path, request):
    """Version 16 adds ``accounts.email`` and the reminders' log: an archive of 15 keeps its tables and accounts."""
    from vbparse.store.schema import STORE_FINGERPRINTS, STORE_VERSION

    db, drop = archive_location(backend, tmp_path)
    request.addfinalizer(drop)
    with Archive(db) as archive:
        archive.add_account("lan", "mat-khau-1", role="reader", unit=STC)
        b = archive.backend
        b.execute("DROP TABLE reminders_sent")
        b.execute("ALTER TABLE accounts DROP COLUMN email")
        b.execute("UPDATE meta SET value = '15' WHERE key = 'store_version'")
        b.execute("UPDATE meta SET value = ? WHERE key = 'fingerprint'", (STORE_FINGERPRINTS[15],))
        b.commit()
    with Archive(db, create=False) as archive:
        assert archive.backend.one("SELECT value FROM meta WHERE key = 'store_version'")[0] == str(STORE_VERSION)
        archive.set_email("lan", "lan@stc.gov.vn")
        assert [a.email for a in archive.accounts()] == ["lan@stc.gov.vn"]
        assert not archive.reminder_sent("lan@stc.gov.vn", dt.date(2026, 6, 10), "x")


def test_a_read_only_archive_sends_nothing_it_could_not_note(archive_with_accounts, smtp_server, capsys, monkeypatch):
    """The log of what was sent cannot be written: nothing is sent (it would be sent again at every run)."""
    import vbparse.cli

    def read_only(args, *, create=False):
        archive = Archive(args.db, create=create)
        archive.backend.readonly = True  # as a file this user may not write opens
        return archive

    monkeypatch.setattr(vbparse.cli, "_archive", read_only)
    port, inbox = smtp_server()
    assert _remind(archive_with_accounts, port) == 1
    assert "chỉ đọc được ở đây" in capsys.readouterr().err and inbox.messages == []
    assert _remind(archive_with_accounts, port, "--dry-run") == 0  # printing needs no writing


def _certificate(folder) -> tuple[str, str]:
    """A self-signed certificate for 127.0.0.1 and its key, as PEM files."""
    x509 = pytest.importorskip("cryptography.x509")
    import ipaddress

    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return str(cert_file), str(key_file)


def test_starttls_and_a_login_reach_a_server_that_requires_both(archive_with_accounts, tmp_path, capsys, monkeypatch):
    """The server offers AUTH only after STARTTLS (its certificate trusted through ``SSL_CERT_FILE``): the digests
    go with the right password; a wrong one is one line naming the server, the step and its answer."""
    import ssl

    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    cert, key = _certificate(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (b"nhacviec", b"dung")
        return AuthResult(success=ok, handled=False)  # the server answers 235 or 535 itself

    inbox, port = _Inbox(), _free_port()
    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=port,
        tls_context=context,
        require_starttls=True,
        authenticator=authenticator,
        auth_require_tls=True,
    )
    controller.start()
    try:
        monkeypatch.setenv("SSL_CERT_FILE", cert)
        monkeypatch.setenv("VBPARSE_SMTP_PASSWORD", "sai")
        assert _remind(archive_with_accounts, port, "--starttls", "--smtp-user", "nhacviec") == 1
        err = capsys.readouterr().err.strip()
        assert err.startswith(f"vbparse: remind: SMTP server 127.0.0.1:{port}: login: 535 ") and "\n" not in err
        monkeypatch.setenv("VBPARSE_SMTP_PASSWORD", "dung")
        assert _remind(archive_with_accounts, port, "--starttls", "--smtp-user", "nhacviec") == 0
        assert len(inbox.messages) == 3
    finally:
        controller.stop()


def test_ssl_reaches_a_server_that_speaks_tls_from_the_start(archive_with_accounts, tmp_path, monkeypatch):
    import ssl

    from aiosmtpd.controller import Controller

    cert, key = _certificate(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    inbox, port = _Inbox(), _free_port()
    monkeypatch.setenv("SSL_CERT_FILE", cert)
    controller = Controller(inbox, hostname="127.0.0.1", port=port, ssl_context=context)
    controller.start()
    try:
        assert _remind(archive_with_accounts, port, "--ssl") == 0
        assert len(inbox.messages) == 3
    finally:
        controller.stop()


def test_the_subject_counts_what_the_digest_holds():
    from vbparse.remind import Digest

    def digest(**sections: int) -> Digest:
        hits: list = [object()]  # only counted
        return Digest("UBND xã Bát Xát", dt.date(2026, 6, 10), {k: hits * n for k, n in sections.items()})

    assert digest(overdue=2).subject() == "[vbparse] Nhắc việc: 2 nhiệm vụ quá hạn — UBND xã Bát Xát"
    assert digest(**{"1": 1, "7": 2}).subject() == "[vbparse] Nhắc việc: 3 nhiệm vụ sắp đến hạn — UBND xã Bát Xát"
    assert digest(overdue=2, **{"3": 3}).counts() == "3 nhiệm vụ sắp đến hạn, 2 quá hạn"
