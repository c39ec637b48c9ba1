"""A small read-only HTTP API over an archive: the same queries and the same JSON as ``--json``.

``vbparse serve --db vbparse.db --port 8765``, then::

    GET /search?q=hien+dat&type=KH&issuer=…&from=2023-01-01&to=2023-12-31&limit=20   → [SearchHit]
    GET /obligations?assignee=VPTK&due_before=30/9/2023&due_after=…&overdue=1&role=lead&limit=100 → [ObligationHit]
    GET /documents?ref=42/KH-UBND                                                     → [DocumentSummary]
    GET /documents/{id}                              → ArchivedDocument {"id", "status", "paths", "document"}
    GET /refs/{id}                                   → RefReport
    GET /failures                                    → [FileRecord]
    GET /health                                      → {"documents": N}

``HEAD`` answers like ``GET`` without the body; any other method is 405 with ``Allow: GET, HEAD``.
Errors are JSON too: ``{"error": "…"}`` with 400 (a bad parameter, named first in the message: a
missing, unknown, repeated, over-long or malformed one, or one the archive refuses), 404 (unknown
document or endpoint), 405, or 500 (a fault of the server, logged once with its traceback).  Standard
library only (``http.server``): each request is served in its own thread with its own archive
connection, so a slow query holds only its own client.  It binds to loopback unless told otherwise:
there is no authentication.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote_to_bytes

from pydantic import ValidationError

from .store import Archive

log = logging.getLogger(__name__)

#: Pending connections the kernel queues for us; the standard library's 5 makes a burst of clients wait
#: seconds for SYN retries.
DEFAULT_BACKLOG = 128
#: Seconds a client may stall mid-request before its connection (and thread) is dropped.
DEFAULT_REQUEST_TIMEOUT = 30
#: Longest parameter value accepted: far beyond any real query, short of what makes a search slow.
DEFAULT_MAX_VALUE_CHARS = 1000
#: Largest ``limit``: more hits than a client can use, few enough that one request stays cheap.
DEFAULT_MAX_LIMIT = 10_000
#: Request body bytes read and dropped before a refusal, so the client sees the answer, not a reset.
DEFAULT_MAX_DISCARD_BYTES = 1 << 16
#: Methods served; the rest get 405 with this as ``Allow``.
ALLOWED_METHODS = "GET, HEAD"

#: Parameters of each endpoint without an id (``/documents/{id}`` and ``/refs/{id}`` take none); anything
#: else is refused, so a typo is not silently ignored.
_PARAMETERS = {
    "health": (),
    "search": ("q", "type", "issuer", "from", "to", "limit"),
    "obligations": ("assignee", "due_before", "due_after", "overdue", "role", "limit"),
    "documents": ("ref",),
    "failures": (),
}
_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # tab and line breaks are mere white space
_DOC_ID = re.compile(r"[0-9a-fA-F]{16}")
_TYPE_CODE = re.compile(r"[^\W\d_]{1,10}")
_LIMIT = re.compile(r"[0-9]{1,9}")


class _BadRequest(Exception):
    pass


class _NotFound(Exception):
    pass


def _shown(text: str, width: int = 40) -> str:
    """A client's value quoted in an error, cut short so the message stays one readable line."""
    return repr(text if len(text) <= width else text[:width] + "…")


def _decode(raw: str, name: str, *, plus: bool) -> str:
    """Strict percent-decoding: ``parse_qs`` keeps ``%zz`` as is and turns ``%ff`` into U+FFFD, silently."""
    if _BAD_ESCAPE.search(raw):
        raise _BadRequest(f"{name}: bad percent-encoding (a % must be followed by two hex digits)")
    if plus:
        raw = raw.replace("+", " ")
    try:  # the request line was read as Latin-1: back to its bytes, which must be UTF-8
        text = unquote_to_bytes(raw.encode("latin-1")).decode("utf-8")
    except UnicodeError:
        raise _BadRequest(f"{name}: not UTF-8 once percent-decoded") from None
    if _CONTROL.search(text):
        raise _BadRequest(f"{name}: control characters are not allowed")
    if len(text) > DEFAULT_MAX_VALUE_CHARS:
        raise _BadRequest(f"{name}: longer than {DEFAULT_MAX_VALUE_CHARS} characters")
    return text


def _params(query: str, where: str, allowed: tuple[str, ...]) -> dict[str, str]:
    params: dict[str, str] = {}
    for field in query.split("&"):
        if not field:
            continue
        raw_name, _, raw_value = field.partition("=")
        name = _decode(raw_name, f"parameter {_shown(raw_name)}", plus=True)
        if name not in allowed:
            takes = ", ".join(allowed) if allowed else "no parameters"
            raise _BadRequest(f"{name}: not a parameter of {where} (it takes {takes})")
        if name in params:
            raise _BadRequest(f"{name}: given more than once")
        params[name] = _decode(raw_value, name, plus=True)
    return params


def _required(params: dict, name: str, what: str) -> str:
    value = params.get(name, "").strip()
    if not value:
        raise _BadRequest(f"{name}: {what} missing")
    return value


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
    raise _BadRequest(f"{name}: true or false, not {_shown(value)}")


def _limit(params: dict, default: int | None) -> int | None:
    value = params.get("limit")
    if not value:
        return default
    if not _LIMIT.fullmatch(value) or not 1 <= int(value) <= DEFAULT_MAX_LIMIT:
        raise _BadRequest(f"limit: a whole number from 1 to {DEFAULT_MAX_LIMIT}, not {_shown(value)}")
    return int(value)


def _doc_type(params: dict) -> str | None:
    value = params.get("type")
    if value and not _TYPE_CODE.fullmatch(value):
        raise _BadRequest(f"type: a document type code such as KH, QĐ or CV, not {_shown(value)}")
    return value or None


def _doc_id(raw: str) -> str:
    value = _decode(raw, "id", plus=False)
    if not _DOC_ID.fullmatch(value):
        raise _BadRequest(f"id: a document id is 16 hex digits, not {_shown(value)}")
    return value.lower()  # stored in lower case; a client that shouts still finds it


def _ask(name: str, call, *args, **kwargs):
    """Run an archive query; a ValueError it raises is a 400 about parameter ``name``, except pydantic's
    ValidationError (a ValueError too): a stored document that does not load is our fault, not the client's."""
    try:
        return call(*args, **kwargs)
    except ValidationError:
        raise
    except ValueError as exc:
        raise _BadRequest(f"{name}: {exc}") from None


class APIServer(ThreadingHTTPServer):
    """A thread per request, a deep listen backlog, and errors logged once rather than printed."""

    daemon_threads = True  # a request still running must not keep the process alive after Ctrl-C
    request_queue_size = DEFAULT_BACKLOG

    def handle_error(self, request, client_address) -> None:
        """Errors outside a handler's own catch (reading the request): a client gone away is no news."""
        exc = sys.exc_info()[1]
        if isinstance(exc, ConnectionError):
            return
        log.error("request from %s failed", client_address[0], exc_info=exc)


def make_server(db: str, host: str = "127.0.0.1", port: int = 8765) -> APIServer:
    Archive(db, create=False).close()  # fail now, with the store's own message, if the database cannot be opened

    class Handler(BaseHTTPRequestHandler):
        server_version = "vbparse"
        timeout = DEFAULT_REQUEST_TIMEOUT

        def log_message(self, format, *args):  # quiet by default; errors still reach the client
            pass

        def _send(self, status: int, body: str, headers: tuple[tuple[str, str], ...] = ()) -> None:
            data = body.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            for key, value in headers:
                self.send_header(key, value)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

        def _error(self, status: int, message: str, headers: tuple[tuple[str, str], ...] = ()) -> None:
            self._send(status, json.dumps({"error": message}, ensure_ascii=False), headers)

        def send_error(self, code, message=None, explain=None):
            """http.server's own refusals (a malformed request line, a URL over 64 KiB, an unknown
            method) in JSON like every other answer, not its HTML page."""
            self.close_connection = True
            self._error(code, message or self.responses.get(code, ("error",))[0], (("Connection", "close"),))

        def _models(self, items) -> str:
            return "[" + ",".join(i.model_dump_json() for i in items) + "]"

        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            try:
                status, body = 200, self._route()
            except _BadRequest as exc:
                status, body = 400, json.dumps({"error": str(exc)}, ensure_ascii=False)
            except _NotFound as exc:
                status, body = 404, json.dumps({"error": str(exc)}, ensure_ascii=False)
            except Exception as exc:  # the server stays up; the client gets one line, the log the traceback
                log.exception("%s %s failed", self.command, self.path[:200])
                status, body = 500, json.dumps({"error": f"internal error ({type(exc).__name__}); "
                                                         "the server log has the details"})
            self._send(status, body)  # a client gone by now raises ConnectionError: handle_error ignores it

        do_HEAD = do_GET  # the same status and headers; _send leaves out the body

        def _refuse(self) -> None:
            """Any method but GET and HEAD: 405, after reading a small body so the client sees it."""
            try:
                length = int(self.headers.get("Content-Length") or 0)
                if 0 < length <= DEFAULT_MAX_DISCARD_BYTES:
                    self.rfile.read(length)
            except (ValueError, OSError):
                pass  # a body we cannot read: the refusal is sent all the same
            self.close_connection = True
            self._error(405, f"{self.command} not allowed: the API is read-only ({ALLOWED_METHODS})",
                        (("Allow", ALLOWED_METHODS), ("Connection", "close")))

        do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_TRACE = do_CONNECT = _refuse

        def _route(self) -> str:
            path, _, query = self.path.partition("?")
            query = query.partition("#")[0]
            raw = [p for p in path.split("/") if p]
            endpoint = _decode(raw[0], "path", plus=False) if raw else ""
            shape = (endpoint, len(raw))
            if shape not in {("health", 1), ("search", 1), ("obligations", 1), ("documents", 1),
                             ("documents", 2), ("refs", 2), ("failures", 1)}:
                raise _NotFound(f"unknown endpoint {path[:100]}: see /health, /search, /obligations, "
                                "/documents, /documents/{id}, /refs/{id}, /failures")
            doc_id = _doc_id(raw[1]) if len(raw) == 2 else None
            if doc_id is None:
                params = _params(query, f"/{endpoint}", _PARAMETERS[endpoint])
            else:
                params = _params(query, f"/{endpoint}/{{id}}", ())
            if endpoint == "search":
                q = _required(params, "q", "the search words are")
                kwargs = dict(doc_type=_doc_type(params), issuer=params.get("issuer", "").strip() or None,
                              date_from=_date(params, "from"), date_to=_date(params, "to"),
                              limit=_limit(params, 20))
            elif endpoint == "obligations":
                assignee = _required(params, "assignee", "the unit, position or person is")
                role = params.get("role") or None
                if role not in (None, "lead", "support"):
                    raise _BadRequest(f"role: lead or support, not {_shown(role)}")
                kwargs = dict(due_before=_date(params, "due_before"), due_after=_date(params, "due_after"),
                              overdue=_flag(params, "overdue"), role=role, limit=_limit(params, None))
            elif endpoint == "documents" and doc_id is None:
                ref = _required(params, "ref", "the document id, number or path is")
            with Archive(db, create=False) as a:
                if endpoint == "health":
                    return json.dumps({"documents": a.count()})
                if endpoint == "search":
                    return self._models(_ask("q", a.search, q, **kwargs))
                if endpoint == "obligations":
                    return self._models(_ask("assignee", a.obligations, assignee, **kwargs))
                if endpoint == "failures":
                    return self._models(a.failures())
                if doc_id is None:
                    return self._models(_ask("ref", a.find, ref))
                try:
                    found = _ask("id", a.record if endpoint == "documents" else a.refs, doc_id)
                except KeyError:
                    raise _NotFound(f"no archived document {doc_id}") from None
                return found.model_dump_json()

    return APIServer((host, port), Handler)
