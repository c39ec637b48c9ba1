"""Corrections through the web: the forms of the Nhiệm vụ board and the document page POST here
(``/obligations/corrections``, form-encoded), a client may POST JSON (``/api/corrections``), and
``/corrections`` lists every correction with whether it still fits its task.

A write is made either by a signed-in account (``signin``: the form carries the sign-in's ``csrf`` value,
the correction is signed with the account and limited by its role), or with the server's token, given with
the write itself: a form field ``token`` (typed by the archivist; ``corrections.js`` keeps it for the
browser tab) or ``Authorization: Bearer`` (machines), the author as given.  Neither the token cookie nor the
sign-in cookie alone authorises a write: any page the archivist opens could make the browser POST here with
it (cross-site request forgery).  Without a sign-in, a server started without a token refuses every write
(403, saying how to sign in or start it with a token).  The pool's connections only read: a write opens the
archive for writing, stores one row in a transaction of its own and closes it.
"""

from __future__ import annotations

import datetime as dt
import hmac
import json
import logging
import sqlite3
from typing import Any

import anyio
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, ConfigDict, Field

from ..models import Account, Correction
from ..query import user_date
from ..store import Archive, StoreError
from ..store.backend import database_failure
from ..store.corrections import PROGRESS_LABELS, CorrectionError
from .errors import DEFAULT_RETRY_AFTER, error_response
from .forms import FormError, read_form, referer, safe_back
from .session import (
    FOREIGN_ORIGIN,
    STALE_FORM,
    SignedIn,
    SignInError,
    csrf_matches,
    same_origin,
    same_unit,
    signed_in,
    writer_account,
)
from .view_text import document_label

#: The routes that take a POST with a body (``guard.Guard`` refuses one anywhere else).
WRITE_PATHS = frozenset({"/obligations/corrections", "/api/corrections", "/login", "/logout"})
#: Largest body of a correction: a task is a paragraph; a form's fields and token fit many times over.
DEFAULT_MAX_BODY_BYTES = 16 * 1024
#: What the form's fields are called on the page, for the messages naming them.
FIELD_LABELS = {
    "assignee": "Giao cho",
    "role": "Chủ trì hay phối hợp",
    "deadline": "Thời hạn",
    "task": "Nội dung",
    "progress": "Tiến độ",
    "author": "Người hiệu chỉnh",
    "note": "Ghi chú",
    "ref": "Nhiệm vụ được hiệu chỉnh",
    "doc": "Văn bản",
    "action": "Thao tác",
}
NO_TOKEN_MESSAGE = (
    "Hãy đăng nhập (trang Đăng nhập, tài khoản tạo bằng: vbparse accounts add) để hiệu chỉnh. "
    "Máy chủ này chạy không có mã truy cập nên không nhận hiệu chỉnh bằng mã. Hãy chạy lại với mã: "
    "vbparse serve --token MÃ_BÍ_MẬT (hoặc đặt biến môi trường VBPARSE_TOKEN), rồi nhập mã đó vào ô “Mã ghi”."
)
WRONG_TOKEN_MESSAGE = (
    "Thiếu mã ghi hoặc mã ghi không đúng: mỗi hiệu chỉnh cần mã truy cập của máy chủ, nhập vào ô “Mã ghi” "
    "(hoặc gửi tiêu đề Authorization: Bearer MÃ)."
)

#: A correction is one object of text fields; a body nested deeper is refused before it is parsed (issue 40:
#: 5 000 levels in 10 kB made Python's parser raise RecursionError, a 500).
DEFAULT_MAX_JSON_DEPTH = 4

router = APIRouter()
log = logging.getLogger("vbparse.web")


class WriteFailed(StoreError):
    """The database refused the write itself (a full disk, a read-only file or server, an I/O error): the
    correction is not stored, and trying again later may store it (HTTP 503 with ``Retry-After``)."""


def write_failure(exc: BaseException) -> str | None:
    """One line for an error of the database under a write (SQLite's or PostgreSQL's ``OperationalError``:
    ``database or disk is full``, ``attempt to write a readonly database``, ``DiskFull``), else ``None``
    (a fault of this code stays a 500)."""
    operational = isinstance(exc, sqlite3.OperationalError)
    if not operational and type(exc).__module__.split(".")[0] == "psycopg":
        import psycopg

        operational = isinstance(exc, psycopg.OperationalError)
    failure = database_failure(exc) if operational else None
    return f"the correction was not stored: {failure}; try again later" if failure else None


class CorrectionRequest(BaseModel):
    """The body of ``POST /api/corrections``: text fields only (read as they come, not by this model, so
    that a body nested too deep is refused before it is parsed; the model documents it in /openapi.json)."""

    model_config = ConfigDict(extra="forbid")

    author: str = Field(description="Who makes the correction (kept with it)")
    action: str | None = Field(
        default="edit", description="edit, not_task, is_task, progress, or add (a task the parser missed)"
    )
    ref: str | None = Field(default=None, description="The task: its ref from /api/obligations (not for add)")
    doc: str | None = Field(default=None, description="For add: the document's id")
    assignee: str | None = Field(default=None, description="The corrected assignee, as written (STC, Sở Tài chính …)")
    role: str | None = Field(default=None, description="lead or support")
    deadline: str | None = Field(default=None, description="30/9/2026 or 2026-09-30")
    task: str | None = Field(default=None, description="The corrected task text")
    progress: str | None = Field(default=None, description=", ".join(PROGRESS_LABELS))
    note: str | None = None


_CORRECTION_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": CorrectionRequest.model_json_schema()}},
    }
}


def json_depth(body: bytes) -> int:
    """How deep ``[`` and ``{`` nest in ``body`` (outside strings), without parsing it: linear, no recursion."""
    depth = deepest = 0
    in_string = escaped = False
    for byte in body:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):
            depth += 1
            deepest = max(deepest, depth)
        elif byte in (0x5D, 0x7D):
            depth -= 1
    return deepest


def write_allowed(request: Request, given: str | None) -> str | None:
    """``None`` when the write may go ahead, else the Vietnamese reason it may not (HTTP 403)."""
    token: str | None = getattr(request.app.state, "token", None)
    if not token:
        return NO_TOKEN_MESSAGE
    candidates = [given] if given else []
    kind, _, value = (request.headers.get("authorization") or "").partition(" ")
    if kind.lower() == "bearer" and value.strip():
        candidates.append(value.strip())
    ok = False
    for c in candidates:  # every candidate compared, in constant time each
        ok |= hmac.compare_digest(c.encode("utf-8"), token.encode("utf-8"))
    return None if ok else WRONG_TOKEN_MESSAGE


def store(db: str, fields: dict[str, Any], who: SignedIn | None = None) -> Correction:
    """Store the correction ``fields`` describe (``FormError``/``CorrectionError`` when it cannot be); made by
    the signed-in ``who`` (checked in the archive and against its role: ``SignInError``), else by the author
    the fields name."""
    deadline = None
    if fields.get("deadline"):
        try:
            deadline = user_date(str(fields["deadline"]))
        except ValueError:
            raise FormError(
                "deadline", f"“{str(fields['deadline'])[:40]}” không phải là ngày (viết 30/9/2026 hoặc 2026-09-30)"
            ) from None
    author = (fields.get("author") or "").strip()
    if not author and who is None:
        raise FormError("author", "chưa nhập tên người hiệu chỉnh")
    action = (fields.get("action") or "edit").strip()
    role = fields.get("role") or None
    progress = fields.get("progress") or None
    try:
        return _store(db, fields, who, action=action, author=author, deadline=deadline, role=role, progress=progress)
    except Exception as exc:
        if (failure := write_failure(exc)) is None:
            raise
        raise WriteFailed(failure) from None


def _store(
    db: str,
    fields: dict[str, Any],
    who: SignedIn | None,
    *,
    action: str,
    author: str,
    deadline: dt.date | None,
    role: str | None,
    progress: str | None,
) -> Correction:
    with Archive(db, create=False) as archive:
        account = None
        if who is not None:
            account = writer_account(archive, who, fields)
            stays_in_unit(account, action, fields)
            author = account.display
        signed = account.name if account is not None else None
        if action == "add":
            doc = (fields.get("doc") or "").strip().lower()
            return archive.add_task(
                doc,
                assignee=fields.get("assignee") or "",
                task=fields.get("task") or "",
                role=role,
                deadline=deadline,
                author=author,
                note=fields.get("note"),
                account=signed,
            )
        changes = any(fields.get(k) for k in ("assignee", "role", "task")) or deadline is not None
        if action == "edit" and progress and not changes:
            action = "progress"
        if action == "edit" and not changes and not progress:
            raise FormError("action", "chưa nhập giá trị nào để sửa (đơn vị, vai trò, thời hạn, nhiệm vụ hay tiến độ)")
        return archive.correct(
            str(fields.get("ref") or ""),
            action=action,
            author=author,
            assignee=fields.get("assignee"),
            role=role,
            deadline=deadline,
            task=fields.get("task"),
            progress=progress,
            note=fields.get("note"),
            account=signed,
        )


def stays_in_unit(account: Account, action: str, fields: dict[str, Any]) -> None:
    """An editor corrects its unit's tasks and cannot move one onto another unit's board, where that unit
    would find a task it never agreed to and its own editor could not change it back (issue 55); an archivist
    or an administrator may (``SignInError`` otherwise).  An added task's unit is ``writer_account``'s check."""
    new = str(fields.get("assignee") or "").strip()
    if account.role != "editor" or action == "add" or not new or account.unit is None:
        return
    if not same_unit(new, account.unit):
        raise SignInError(
            f"Tài khoản này không chuyển được nhiệm vụ của {account.unit} sang đơn vị khác ({new[:80]}); "
            "việc chuyển nhiệm vụ giữa các đơn vị do lưu trữ viên làm."
        )


def _log_unstored(request: Request, exc: StoreError) -> None:
    """Once, on one line, without a traceback: the cause is the database's, not this code's."""
    log.error("%s %s: %s", request.method, request.url.path[:200], exc)


def _refusal_page(request: Request, status: int, title: str, message: str) -> HTMLResponse:
    from .pages import page

    return page(request, "error.html", status, title=title, message=message)


async def _write(request: Request, fields: dict[str, Any], who: SignedIn | None = None) -> Correction:
    db: str = request.app.state.db
    return await anyio.to_thread.run_sync(lambda: store(db, fields, who))


@router.post("/obligations/corrections", name="correct_page", include_in_schema=False)
async def correct_from_form(request: Request) -> Response:
    """A correction from a form of the board or the document page; back to that page (303) when stored."""
    if not (request.headers.get("content-type") or "").startswith("application/x-www-form-urlencoded"):
        return _refusal_page(
            request, 415, "Không nhận được hiệu chỉnh", "Biểu mẫu phải gửi dạng application/x-www-form-urlencoded."
        )
    try:
        fields = read_form(await request.body())
    except FormError as exc:
        return _refusal_page(request, 400, "Hiệu chỉnh không hợp lệ", exc.reason)
    token, csrf = fields.pop("token", None), fields.pop("csrf", None)
    who = signed_in(request)
    if who is not None and not token:  # signed in: the form must be one of this sign-in's pages
        if not same_origin(request):
            return _refusal_page(request, 403, "Không được phép hiệu chỉnh", FOREIGN_ORIGIN)
        if not csrf_matches(who, csrf):
            return _refusal_page(request, 403, "Không được phép hiệu chỉnh", STALE_FORM)
    else:
        who = None
        refused = write_allowed(request, token)
        if refused:
            return _refusal_page(request, 403, "Không được phép hiệu chỉnh", refused)
    try:
        c = await _write(request, fields, who)
    except SignInError as exc:
        return _refusal_page(request, 403, "Không được phép hiệu chỉnh", str(exc))
    except FormError as exc:
        label = FIELD_LABELS.get(exc.name, exc.name)
        return _refusal_page(request, 400, "Hiệu chỉnh không hợp lệ", f"{label}: {exc.reason}.")
    except CorrectionError as exc:
        return _refusal_page(request, 400, "Hiệu chỉnh không hợp lệ", f"Không lưu được hiệu chỉnh ({exc}).")
    except StoreError as exc:
        _log_unstored(request, exc)
        response = _refusal_page(
            request,
            503,
            "Chưa lưu được hiệu chỉnh",
            f"Kho văn bản không ghi được lúc này ({exc}); hãy thử lại sau {DEFAULT_RETRY_AFTER} giây.",
        )
        response.headers["Retry-After"] = str(DEFAULT_RETRY_AFTER)
        return response
    back = safe_back(fields.get("back")) or referer(request)
    if back is None:
        back = request.scope.get("root_path", "") + request.app.url_path_for("document_page", ident=c.doc_id)
    return RedirectResponse(back, status_code=303)


@router.post(
    "/api/corrections",
    name="correct_api",
    tags=["api"],
    summary="Store a correction of a task (the token in Authorization: Bearer)",
    status_code=201,
    response_model=Correction,
    openapi_extra=_CORRECTION_BODY,
    responses={400: {"description": "A field that cannot be read"}, 403: {"description": "No or a wrong token"}},
)
async def correct_from_json(request: Request) -> Response:
    """A correction as JSON: ``{"ref": …, "action": …, "deadline": "30/9/2026", "author": …}`` (or
    ``"action": "add"`` with ``"doc"``); the token in ``Authorization: Bearer``.  Answers the stored
    correction (201)."""
    # the token comes in a header, a sign-in's csrf too: both checked before the body is read
    who = signed_in(request)
    if who is not None and request.headers.get("authorization") is None:
        if not same_origin(request) or not csrf_matches(who, request.headers.get("x-csrf-token")):
            return error_response(403, STALE_FORM)
    else:
        who = None
        refused = write_allowed(request, None)
        if refused:
            return error_response(403, refused)
    body = await request.body()
    if json_depth(body) > DEFAULT_MAX_JSON_DEPTH:
        return error_response(400, f"the body is nested deeper than {DEFAULT_MAX_JSON_DEPTH} levels")
    try:
        fields = json.loads(body)
        if not isinstance(fields, dict) or not all(isinstance(v, str | None) for v in fields.values()):
            raise ValueError
    except ValueError:
        return error_response(400, "the body must be a JSON object of text fields")
    try:
        c = await _write(request, fields, who)
    except SignInError as exc:
        return error_response(403, str(exc))
    except (FormError, CorrectionError) as exc:
        return error_response(400, str(exc))
    except StoreError as exc:
        _log_unstored(request, exc)
        return error_response(503, str(exc), {"Retry-After": str(DEFAULT_RETRY_AFTER)})
    return Response(c.model_dump_json(), status_code=201, media_type="application/json")


@router.get("/corrections", name="corrections_page", response_class=HTMLResponse, include_in_schema=False)
def corrections_page(request: Request) -> HTMLResponse:
    """Every correction, those that no longer fit their task first (they are not applied)."""
    from .pages import page

    pool = request.app.state.pool
    with pool.lease() as lease:
        records = lease.archive.corrections()
        # each document by its number, as offices name it (issue 53: the page printed its hex id)
        summaries = lease.archive.summaries_of(r.doc_id or r.correction.doc_id for r in records)
    records.sort(key=lambda r: (r.status != "stale", -(r.correction.id or 0)))
    return page(
        request,
        "corrections.html",
        records=records,
        summaries=summaries,
        document_label=document_label,
        stale=sum(1 for r in records if r.status == "stale"),
        progress_labels=PROGRESS_LABELS,
    )
