"""The HTTP API answers with the same JSON as the Python API, and clear errors."""

from __future__ import annotations

import json
import logging
import socket
import struct
import threading
import urllib.error
import urllib.request
from urllib.parse import quote

import pytest

from conftest import SEEDS
from vbparse.store import Archive

#: Seconds before a test gives up waiting: a guard against a hang, never a measurement.
HANG_GUARD = 30
#: Clients that arrive at once in the burst test: far more than the standard library's backlog of 5.
BURST = 50


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from vbparse.server import make_server

    db = str(tmp_path_factory.mktemp("srv") / "a.db")
    with Archive(db) as archive:
        archive.index([SEEDS], jobs=1)
    srv = make_server(db, "127.0.0.1", 0)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield db, f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=HANG_GUARD) as r:
            return r.status, json.loads(r.read().decode("utf-8"))
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read().decode("utf-8"))


def raw_exchange(base, request: bytes) -> tuple[bytes, bytes]:
    """Send bytes no HTTP client library would, and read the whole answer: (status line, body)."""
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=HANG_GUARD) as sock:
        sock.sendall(request)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return head.split(b"\r\n")[0], body


def test_search_and_obligations_match_the_python_api(server):
    db, base = server
    with Archive(db) as archive:
        want_hits = [json.loads(h.model_dump_json()) for h in archive.search("hien dat")]
        want_obl = [json.loads(h.model_dump_json()) for h in archive.obligations("VPTK", role="lead")]
    assert get(f"{base}/search?q={quote('hien dat')}") == (200, want_hits)
    assert get(f"{base}/obligations?assignee=VPTK&role=lead") == (200, want_obl)


def test_documents_and_refs_by_id(server):
    _, base = server
    status, found = get(f"{base}/documents?ref={quote('42/KH-UBND')}")
    assert status == 200 and len(found) == 1
    doc_id = found[0]["id"]
    status, shown = get(f"{base}/documents/{doc_id}")
    assert status == 200 and shown["document"]["number"]["value"] == "42/KH-UBND" and shown["paths"]
    status, report = get(f"{base}/refs/{doc_id}")
    assert status == 200 and [e["status"] for e in report["cited_by"]] == ["resolved"]


def test_errors_are_json_with_a_reason(server):
    _, base = server
    assert get(f"{base}/documents/0000000000000000")[0] == 404
    status, body = get(f"{base}/search?q=x&from=yesterday")
    assert status == 400 and "from" in body["error"]
    status, body = get(f"{base}/obligations")
    assert status == 400 and "assignee" in body["error"]
    assert get(f"{base}/nowhere")[0] == 404


def test_obligation_filters_over_http_read_dates_like_the_cli(server):
    import datetime as dt

    db, base = server
    with Archive(db) as archive:
        after = [json.loads(h.model_dump_json()) for h in archive.obligations("VPTK", due_after=dt.date(2023, 9, 1))]
        overdue = [json.loads(h.model_dump_json()) for h in archive.obligations("VPTK", overdue=True)]
    assert after and get(f"{base}/obligations?assignee=VPTK&due_after={quote('1/9/2023')}") == (200, after)
    assert get(f"{base}/obligations?assignee=VPTK&due_after=2023-09-01") == (200, after)
    assert get(f"{base}/obligations?assignee=VPTK&overdue=true") == (200, overdue)
    status, body = get(f"{base}/obligations?assignee=VPTK&overdue=perhaps")
    assert status == 400 and "overdue" in body["error"]
    status, body = get(f"{base}/obligations?assignee=VPTK&due_before=31/2/2023")
    assert status == 400 and "due_before" in body["error"]


@pytest.mark.parametrize("path, name", [
    ("/search?q=x&limit=abc", "limit"),
    ("/search?q=x&limit=-1", "limit"),
    ("/search?q=x&limit=0", "limit"),
    ("/search?q=x&limit=1.5", "limit"),
    ("/search?q=x&limit=%201", "limit"),
    ("/search?q=x&limit=1000000000000", "limit"),
    ("/search?q=x&limit=100000000000000000000", "limit"),
    ("/search?q=42/KH-UBND&limit=100000000000000000000", "limit"),
    ("/obligations?assignee=VPTK&limit=-1", "limit"),
    ("/obligations?assignee=VPTK&role=xyz", "role"),
    ("/search?q=x&type=%3Cscript%3E", "type"),
    ("/search?q=x&type=K%20H", "type"),
    ("/search?q=x&type=ABCDEFGHIJK", "type"),
    ("/search?q=x&from=31/2/2023", "from"),
    ("/search?q=x&to=2023-13-01", "to"),
    ("/obligations?assignee=VPTK&due_after=yesterday", "due_after"),
    ("/search", "q"),
    ("/search?q=", "q"),
    ("/search?q=%20%20", "q"),
    ("/search?q=%00", "q"),
    ("/search?q=" + "a" * 1001, "q"),
    ("/obligations?assignee=+", "assignee"),
    ("/obligations?assignee=" + "x" * 1001, "assignee"),
    ("/documents", "ref"),
    ("/documents?ref=", "ref"),
    ("/documents/not-an-id", "id"),
    ("/documents/" + "a" * 5000, "id"),
    ("/refs/0123", "id"),
    ("/refs/%3Cx%3E", "id"),
    ("/search?q=%zz", "q"),
    ("/search?q=x%ff", "q"),
    ("/search?q=x&issuer=%E1%BB", "issuer"),
    ("/documents/%ff", "id"),
    ("/refs/%zz", "id"),
    ("/search?q=a&q=b", "q"),
    ("/obligations?assignee=VPTK&limit=1&limit=2", "limit"),
    ("/search?q=x&lmit=5", "lmit"),
    ("/health?x=1", "x"),
    ("/documents/0000000000000000?ref=x", "ref"),
])
def test_every_bad_parameter_is_a_json_400_that_names_it(server, path, name):
    _, base = server
    status, body = get(base + path)
    assert status == 400 and body["error"].startswith(f"{name}: ")


def test_a_ref_too_long_for_a_file_name_is_no_document_not_an_error(server):
    _, base = server
    assert get(base + "/documents?ref=" + "b" * 300) == (200, [])


def test_a_parameter_name_that_is_not_utf8_is_named_in_the_400(server):
    _, base = server
    status, body = get(f"{base}/search?q=x&%ff=1")
    assert status == 400 and "%ff" in body["error"]


def test_a_document_id_in_capitals_is_found(server):
    _, base = server
    doc_id = get(f"{base}/documents?ref={quote('42/KH-UBND')}")[1][0]["id"]
    status, shown = get(f"{base}/documents/{doc_id.upper()}")
    assert status == 200 and shown["id"] == doc_id


def test_a_value_error_from_the_archive_is_a_400_naming_the_parameter(server, monkeypatch):
    _, base = server

    def refuse(self, *args, **kwargs):
        raise ValueError("too long a query (at most 64 words)")

    monkeypatch.setattr(Archive, "search", refuse)
    monkeypatch.setattr(Archive, "obligations", refuse)
    assert get(f"{base}/search?q=x") == (400, {"error": "q: too long a query (at most 64 words)"})
    assert get(f"{base}/obligations?assignee=x") == (400, {"error": "assignee: too long a query (at most 64 words)"})


def test_an_unexpected_error_is_a_one_line_json_500_logged_once(server, monkeypatch, caplog):
    _, base = server

    def fail(self):
        raise RuntimeError("disk\non fire")

    monkeypatch.setattr(Archive, "count", fail)
    with caplog.at_level(logging.ERROR, logger="vbparse.server"):
        status, body = get(f"{base}/health")
    assert status == 500 and "RuntimeError" in body["error"] and "\n" not in body["error"]
    logged = [r for r in caplog.records if r.name == "vbparse.server"]
    assert len(logged) == 1 and logged[0].exc_info and logged[0].exc_info[0] is RuntimeError


def test_a_stored_document_that_fails_validation_is_a_500_not_a_400(server, monkeypatch):
    from pydantic import TypeAdapter

    _, base = server

    def invalid(self, doc_id):  # raises pydantic's ValidationError, a ValueError
        return TypeAdapter(int).validate_python("not stored right")

    monkeypatch.setattr(Archive, "record", invalid)
    status, body = get(f"{base}/documents/0000000000000000")
    assert status == 500 and "ValidationError" in body["error"]


@pytest.mark.parametrize("request_bytes, status", [
    (b"GET /a b HTTP/1.0\r\n\r\n", b"400"),
    (b"GET /health HTTP/1.0\r\nX: " + b"a" * 70_000 + b"\r\n\r\n", b"431"),
    (b"GET /" + b"a" * 70_000 + b" HTTP/1.0\r\n\r\n", b"414"),
    (b"BREW /health HTTP/1.0\r\n\r\n", b"501"),
])
def test_the_http_servers_own_refusals_are_json_too(server, request_bytes, status):
    _, base = server
    line, body = raw_exchange(base, request_bytes)
    assert status in line and "error" in json.loads(body)


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"])
def test_other_methods_are_a_json_405_that_says_what_is_allowed(server, method):
    _, base = server
    data = b'{"documents": 0}' if method in ("POST", "PUT", "PATCH") else None
    request = urllib.request.Request(f"{base}/health", data=data, method=method)
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(request, timeout=HANG_GUARD)
    assert caught.value.code == 405 and caught.value.headers["Allow"] == "GET, HEAD"
    assert method in json.loads(caught.value.read())["error"]


def test_head_answers_like_get_without_a_body(server):
    _, base = server
    for path, status in (("/health", 200), ("/search", 400)):
        request = urllib.request.Request(base + path, method="HEAD")
        try:
            with urllib.request.urlopen(request, timeout=HANG_GUARD) as r:
                code, length, body = r.status, r.headers["Content-Length"], r.read()
        except urllib.error.HTTPError as e:
            code, length, body = e.code, e.headers["Content-Length"], e.read()
        with urllib.request.urlopen(base + "/health", timeout=HANG_GUARD) as r:
            health = r.read()
        assert code == status and body == b""
        if status == 200:
            assert int(length) == len(health)


def test_a_slow_request_does_not_hold_up_the_others(server, monkeypatch):
    _, base = server
    entered, release = threading.Event(), threading.Event()

    def slow_search(self, query, **kwargs):
        entered.set()
        release.wait(HANG_GUARD)
        return []

    monkeypatch.setattr(Archive, "search", slow_search)
    answers = []
    slow = threading.Thread(target=lambda: answers.append(get(f"{base}/search?q=slow")))
    slow.start()
    try:
        assert entered.wait(HANG_GUARD)
        assert get(f"{base}/health")[0] == 200  # answered while the search is still held
        assert slow.is_alive() and not answers
    finally:
        release.set()
        slow.join(HANG_GUARD)
    assert answers == [(200, [])]


def test_a_burst_of_connections_waits_in_the_queue_not_in_syn_retries(server):
    from vbparse.server import DEFAULT_BACKLOG, make_server

    db, _ = server
    srv = make_server(db, "127.0.0.1", 0)
    assert srv.request_queue_size == DEFAULT_BACKLOG >= BURST and srv.daemon_threads
    clients, serving = [], None
    try:
        # every client connects and asks before the server accepts anything: only the listen queue holds
        # them, and with the standard library's 5 the seventh connect() hangs in SYN retries
        for _ in range(BURST):
            clients.append(socket.create_connection(srv.server_address, timeout=HANG_GUARD))
            clients[-1].sendall(b"GET /health HTTP/1.0\r\n\r\n")
        serving = threading.Thread(target=srv.serve_forever, daemon=True)
        serving.start()
        answers = []
        for client in clients:
            data = b""
            while chunk := client.recv(65536):
                data += chunk
            answers.append(data.split(b"\r\n")[0])
    finally:
        for client in clients:
            client.close()
        if serving is not None:
            srv.shutdown()
        srv.server_close()
    assert len(answers) == BURST and all(b" 200 " in a for a in answers)


def test_a_client_that_resets_mid_request_leaves_no_traceback(server, capsys, caplog):
    from vbparse.server import make_server

    db, _ = server
    srv = make_server(db, "127.0.0.1", 0)
    closed = threading.Event()
    close_request = srv.shutdown_request

    def shutdown_request(request):  # the last step of every request, error or not
        close_request(request)
        closed.set()

    srv.shutdown_request = shutdown_request
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        client = socket.create_connection(srv.server_address, timeout=HANG_GUARD)
        client.sendall(b"GET /health HTTP/1.0\r\n")  # headers never finished: the server waits on them
        client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        client.close()  # a reset, not a FIN
        assert closed.wait(HANG_GUARD)
    finally:
        srv.shutdown()
        srv.server_close()
    assert capsys.readouterr().err == ""
    assert not [r for r in caplog.records if r.name == "vbparse.server"]


def test_a_client_that_sends_nothing_is_dropped_not_kept_forever(server, monkeypatch):
    from vbparse import server as api

    db, _ = server
    monkeypatch.setattr(api, "DEFAULT_REQUEST_TIMEOUT", 0.5)
    srv = api.make_server(db, "127.0.0.1", 0)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        with socket.create_connection(srv.server_address, timeout=HANG_GUARD) as idle:
            assert idle.recv(1024) == b""  # closed by the server; without its timeout this waits for ever
    finally:
        srv.shutdown()
        srv.server_close()


def test_serve_on_a_busy_port_says_so_in_one_line(server, capsys):
    from vbparse.cli import main

    db, _ = server
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        code = main(["serve", "--db", db, "--host", "127.0.0.1", "--port", str(port)])
    assert code != 0
    assert capsys.readouterr().err == f"vbparse: cannot serve on 127.0.0.1:{port}: address already in use\n"
