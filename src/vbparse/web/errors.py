"""Every refusal as one JSON line, ``{"error": "…"}``: the status says what kind, the message why.

400 a bad parameter (named first), 401 no or a wrong token, 404 no such document or endpoint, 405 a
method other than GET/HEAD, 409 a reference several documents answer to (with ``candidates``), 413/414
a body or an over-long URL, 503 every archive connection busy (or the archive unavailable), 504 a query
past its deadline, 500 a fault of the server (its traceback in the log, never in the answer).
"""

from __future__ import annotations

import json
import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.responses import Response

from ..query import AmbiguousReference, QueryError
from ..store import DocumentNotFound, StoreError
from .deps import PoolBusy, QueryTimeout

log = logging.getLogger("vbparse.web")

#: Answered in ``Allow`` with a 405: the API and the pages only read.
ALLOWED_METHODS = "GET, HEAD"
#: Seconds a client is told to wait (``Retry-After``) when every connection is busy.
DEFAULT_RETRY_AFTER = 5


def error_response(status: int, message: str, headers: dict[str, str] | None = None, **extra) -> Response:
    body = json.dumps({"error": message, **extra}, ensure_ascii=False, separators=(",", ":"))
    return Response(body, status_code=status, headers=headers, media_type="application/json")


def _validation_message(exc: RequestValidationError) -> str:
    """FastAPI's list of errors as one line: the first, its parameter named first."""
    errors = exc.errors()
    if not errors:
        return "bad request"
    first = errors[0]
    loc = [str(x) for x in first.get("loc", ()) if x not in ("query", "path", "header", "cookie", "body")]
    name = loc[0] if loc else "request"
    cause = (first.get("ctx") or {}).get("error")
    if first.get("type") == "missing":
        reason = "missing (this endpoint requires it)"
    elif isinstance(cause, BaseException):
        reason = str(cause)
    else:
        reason = str(first.get("msg", "not valid")).removeprefix("Value error, ")
    return f"{name}: {reason}"


def _api_path(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/api"


def _page(request: Request, status: int, title: str, message: str, headers: dict[str, str] | None = None) -> Response:
    """The refusal of a page request as a page (in Vietnamese, with the site's navigation), not JSON."""
    from .pages import page

    response = page(request, "error.html", status, title=title, message=message)
    response.headers.update(headers or {})
    return response


def install(app: FastAPI) -> None:
    """The exception handlers of the app (the catch-all for unexpected errors is ``guard.Guard``)."""

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        return error_response(400, _validation_message(exc))

    @app.exception_handler(QueryError)
    async def bad_query(request: Request, exc: QueryError) -> Response:
        if isinstance(exc, AmbiguousReference):
            candidates = [json.loads(d.model_dump_json()) for d in exc.candidates]
            return error_response(409, str(exc), candidates=candidates)
        return error_response(400, str(exc))

    @app.exception_handler(DocumentNotFound)
    async def not_found(request: Request, exc: DocumentNotFound) -> Response:
        return error_response(404, f"no archived document has the id, id prefix or number {exc.doc_id!r}")

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        if isinstance(exc, QueryTimeout):
            if not _api_path(request):
                return _page(
                    request,
                    504,
                    "Truy vấn quá lâu",
                    "Truy vấn chạy quá thời hạn và đã được dừng; hãy thu hẹp điều kiện tìm kiếm rồi thử lại.",
                )
            return error_response(504, str(exc))
        if not isinstance(exc, PoolBusy):
            log.error("%s %s: the archive failed: %s", request.method, request.url.path[:200], exc)
        retry = {"Retry-After": str(DEFAULT_RETRY_AFTER)}
        if not _api_path(request):
            return _page(
                request,
                503,
                "Máy chủ đang bận",
                f"Kho văn bản đang bận hoặc tạm thời không đọc được; hãy thử lại sau {DEFAULT_RETRY_AFTER} giây.",
                retry,
            )
        return error_response(503, str(exc), retry)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if exc.status_code == 404 and _api_path(request):
            message = (
                f"unknown endpoint {request.url.path[:100]}: see /api/health, /api/search, /api/obligations, "
                "/api/documents, /api/documents/{ref}, /api/refs/{ref}, /api/failures, or /docs"
            )
        elif exc.status_code == 404:  # a page's address mistyped: a page that says so, with the navigation
            return _page(
                request, 404, "Không có trang này", "Địa chỉ này không có trang nào; hãy bắt đầu từ trang Tìm kiếm."
            )
        else:
            message = str(exc.detail)
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            headers["Allow"] = ALLOWED_METHODS
        return error_response(exc.status_code, message, headers)
