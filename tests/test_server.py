"""The HTTP API answers with the same JSON as the Python API, and clear errors."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
from urllib.parse import quote

import pytest

from conftest import SEEDS
from vbparse.store import Archive


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
        with urllib.request.urlopen(url, timeout=30) as r:
            return r.status, json.loads(r.read().decode("utf-8"))
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read().decode("utf-8"))


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
