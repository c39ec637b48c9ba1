"""A small read-only HTTP API over an archive: the same queries and the same JSON as ``--json``.

``vbparse serve --db vbparse.db --port 8765``, then::

    GET /search?q=hien+dat&type=KH&issuer=…&from=2023-01-01&to=2023-12-31&limit=20   → [SearchHit]
    GET /obligations?assignee=VPTK&due_before=30/9/2023&due_after=…&overdue=1&role=lead&limit=100 → [ObligationHit]
    GET /documents?ref=42/KH-UBND                                                     → [DocumentSummary]
    GET /documents/{id}                              → ArchivedDocument {"id", "status", "paths", "document"}
    GET /refs/{id}                                   → RefReport
    GET /failures                                    → [FileRecord]
    GET /health                                      → {"documents": N}

Errors are JSON too: ``{"error": "…"}`` with 400 (bad parameter) or 404 (unknown document).  Standard
library only (``http.server``); one archive connection per serving thread.  It binds to loopback unless
told otherwise: there is no authentication.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlparse

from .store import Archive


class _BadRequest(Exception):
    pass


class _NotFound(Exception):
    pass


def _date(params: dict, name: str) -> dt.date | None:
    from .query import user_date

    value = params.get(name)
    if not value:
        return None
    try:
        return user_date(value)
    except ValueError as exc:
        raise _BadRequest(f"{name}: {exc}") from None


def _flag(params: dict, name: str) -> bool:
    value = params.get(name)
    if value in (None, "", "0", "false", "no"):
        return False
    if value in ("1", "true", "yes"):
        return True
    raise _BadRequest(f"{name}: true or false, not {value!r}")


def _int(params: dict, name: str, default: int | None) -> int | None:
    value = params.get(name)
    if value is None:
        return default
    try:
        return int(value)
    except ValueError:
        raise _BadRequest(f"{name}: not a number: {value!r}") from None


def make_server(db: str, host: str = "127.0.0.1", port: int = 8765) -> ThreadingHTTPServer:
    local = threading.local()
    Archive(db).close()  # fail now, with the store's own message, if the database cannot be opened

    def archive() -> Archive:
        if getattr(local, "archive", None) is None:
            local.archive = Archive(db)
        return local.archive

    class Handler(BaseHTTPRequestHandler):
        server_version = "vbparse"

        def log_message(self, format, *args):  # quiet by default; errors still reach the client
            pass

        def _send(self, status: int, body: str) -> None:
            data = body.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _models(self, items) -> str:
            return "[" + ",".join(i.model_dump_json() for i in items) + "]"

        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            url = urlparse(self.path)
            params = {k: v[-1] for k, v in parse_qs(url.query).items()}
            parts = [unquote(p) for p in url.path.strip("/").split("/") if p]
            try:
                self._send(200, self._route(parts, params))
            except _BadRequest as exc:
                self._send(400, json.dumps({"error": str(exc)}, ensure_ascii=False))
            except KeyError as exc:
                self._send(404, json.dumps({"error": f"no archived document {exc.args[0]}"}, ensure_ascii=False))
            except _NotFound as exc:
                self._send(404, json.dumps({"error": str(exc)}, ensure_ascii=False))
            except Exception as exc:  # the server stays up; the client gets the reason
                self._send(500, json.dumps({"error": f"{type(exc).__name__}: {exc}"}, ensure_ascii=False))

        def _route(self, parts: list[str], params: dict) -> str:
            a = archive()
            if parts == ["health"]:
                return json.dumps({"documents": a.count()})
            if parts == ["search"]:
                if not params.get("q"):
                    raise _BadRequest("q: the search words are missing")
                return self._models(a.search(params["q"], doc_type=params.get("type"), issuer=params.get("issuer"),
                                             date_from=_date(params, "from"), date_to=_date(params, "to"),
                                             limit=_int(params, "limit", 20)))
            if parts == ["obligations"]:
                if not params.get("assignee"):
                    raise _BadRequest("assignee: missing")
                role = params.get("role")
                if role not in (None, "lead", "support"):
                    raise _BadRequest(f"role: lead or support, not {role!r}")
                return self._models(a.obligations(params["assignee"], due_before=_date(params, "due_before"),
                                                  due_after=_date(params, "due_after"),
                                                  overdue=_flag(params, "overdue"), role=role,
                                                  limit=_int(params, "limit", None)))
            if parts == ["documents"]:
                return self._models(a.find(params.get("ref", "")))
            if len(parts) == 2 and parts[0] == "documents":
                return a.record(parts[1]).model_dump_json()
            if len(parts) == 2 and parts[0] == "refs":
                return a.refs(parts[1]).model_dump_json()
            if parts == ["failures"]:
                return self._models(a.failures())
            raise _NotFound(f"unknown endpoint /{'/'.join(parts)}: see /health, /search, /obligations, "
                              "/documents, /refs/{id}, /failures")

    return ThreadingHTTPServer((host, port), Handler)
