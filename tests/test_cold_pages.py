"""A fresh server's first pages (issue 55: 20 page reads of a 5 000-document archive at once took over 1 s on a
server that had kept nothing yet): what each first page did that a started server can have done once, counted,
not timed."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from conftest import SEEDS
from fastapi.testclient import TestClient

from vbparse.store import Archive
from vbparse.web import create_app, pages


@pytest.fixture(scope="module")
def archive_db(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("cold") / "a.db")
    with Archive(db) as archive:
        archive.index([SEEDS], jobs=1)
    return db


def test_a_started_server_has_compiled_every_page_template_before_its_first_page(archive_db, monkeypatch):
    """Compiling the templates (12 of them, 0.24 s of the first pages' time on this machine) was done by the
    first request of each page kind; the server now does it while it starts."""
    env = pages.templates.env
    env.cache.clear()
    compiled: list[str] = []
    compile_ = env.compile

    def counting(source, name=None, *args, **kwargs):
        compiled.append(name)
        return compile_(source, name, *args, **kwargs)

    monkeypatch.setattr(env, "compile", counting)
    with TestClient(create_app(archive_db)) as client:
        at_start = len(compiled)
        with Archive(archive_db, create=False) as archive:
            doc = next(summary for summary, _ in archive.documents())
        for path in ("/", "/obligations", f"/documents/{doc.id}", f"/refs/{doc.id}", "/failures"):
            assert client.get(path).status_code == 200
    assert at_start == len(env.list_templates())
    assert compiled[at_start:] == []  # no page compiled a template


def test_a_pages_links_are_found_once_per_route_and_ids_not_by_searching_the_routes_again(archive_db, monkeypatch):
    """Each link of a page (1 954 on the 45 pages of the load test's mix, 0.19 s) searched the app's routes; a link
    asked again for the same route and ids is now the one found before."""
    app = create_app(archive_db)
    calls: list[str] = []
    find = app.url_path_for

    def counting(name, **params):
        calls.append(name)
        return find(name, **params)

    monkeypatch.setattr(app, "url_path_for", counting)

    asked: Any = SimpleNamespace(scope={"root_path": "/vb"}, app=app)  # what ``link`` reads of a request
    first = pages.link(asked, "document_page", {"tab": "a", "empty": ""}, ident="abc")
    again = pages.link(asked, "document_page", {"tab": "b"}, ident="abc")
    other = pages.link(asked, "document_page", ident="xyz")
    assert (first, again, other) == ("/vb/documents/abc?tab=a", "/vb/documents/abc?tab=b", "/vb/documents/xyz")
    assert calls == ["document_page", "document_page"]  # abc once, xyz once


def test_a_started_server_has_counted_the_assignee_picker_before_its_first_board(archive_db, monkeypatch):
    """The picker's counts read every task of the archive (0.07-0.13 s on 5 000 documents, 0.36 s of a cold board
    page under load): the server counts them while it starts, and its first Nhiệm vụ pages count nothing."""
    from vbparse.web import view_obligations

    counted: list[int] = []
    count = Archive.frequent_assignees

    def counting(self, limit):
        counted.append(limit)
        return count(self, limit)

    monkeypatch.setattr(Archive, "frequent_assignees", counting)
    view_obligations._choices.clear()
    with TestClient(create_app(archive_db)) as client:
        at_start = len(counted)
        for path in ("/obligations", "/obligations?assignee=UBND"):
            page = client.get(path)
            assert page.status_code == 200 and "nhiệm vụ</option>" in page.text
    assert at_start == 1
    assert len(counted) == 1


def test_a_started_server_has_built_its_routes_before_its_first_request(archive_db, monkeypatch):
    """FastAPI builds a router's routes (each one's parameters and their validators) at the first request that
    passes through it: 50-80 ms of a fresh server's first requests.  The server builds them while it starts."""
    import fastapi.routing

    context = getattr(fastapi.routing, "_EffectiveRouteContext", None)
    if context is None:
        pytest.skip("this FastAPI builds its routes when they are declared")
    built: list[str] = []
    build = context.from_api_route.__func__

    def counting(cls, *, original_route, include_context):
        built.append(original_route.path)
        return build(cls, original_route=original_route, include_context=include_context)

    monkeypatch.setattr(context, "from_api_route", classmethod(counting))
    with TestClient(create_app(archive_db)) as client:
        at_start = len(built)
        for path in ("/api/health", "/", "/failures", "/login"):
            assert client.get(path).status_code == 200
    assert at_start > 0
    assert built[at_start:] == []
