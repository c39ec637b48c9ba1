"""The JSON API under ``/api/``: the queries of the CLI, answered with the same JSON as its ``--json``.

Each query runs in a worker thread on a pooled connection with a deadline (``run_query``): past it the
client gets a 504 and the query is stopped.  ``/api/obligations`` and ``/api/failures`` are paged: the
body stays the plain list ``--json`` prints, and ``X-Next-Offset`` plus ``Link: <…>; rel="next"`` say
where the next page starts (absent on the last page).
"""

from __future__ import annotations

import datetime as _dt
import itertools
import time
from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import urlencode

import anyio
from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, ValidationError
from starlette.responses import Response

from .. import query as Q
from ..models import (
    ArchivedDocument,
    DocumentSummary,
    FileRecord,
    Followup,
    ObligationHit,
    RefReport,
    RegisterEntry,
    ScorecardRow,
    SearchHit,
)
from ..office_time import office_today
from ..store import Archive
from ..store.followup import in_state
from . import params as P
from .answer_cache import accepts_gzip, request_key
from .deps import ArchivePool, QueryTimeout
from .params import DEFAULT_FAILURES_LIMIT, DEFAULT_OBLIGATIONS_LIMIT

T = TypeVar("T")

#: Seconds the server waits beyond the query deadline for the worker to notice it, before answering 504.
DEFAULT_TIMEOUT_GRACE = 1.0


class ErrorBody(BaseModel):
    error: str


class Health(BaseModel):
    documents: int


_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": what}
    for status, what in (
        (400, "A bad parameter; the message names it first"),
        (401, "A token is required (non-loopback servers)"),
        (503, "Every archive connection is busy"),
        (504, "The query ran past its deadline and was stopped"),
    )
}
_ONE_DOCUMENT: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody, "description": "No document has that id, id prefix or number"},
    409: {"model": ErrorBody, "description": "Several documents match; the body lists `candidates`"},
}

router = APIRouter(prefix="/api", tags=["api"], dependencies=[Depends(P.strict_query)], responses=_ERRORS)


def _json(items) -> Response:
    """A model, or a list of them, serialised as ``--json`` prints it (pydantic's own JSON, no second pass)."""
    if isinstance(items, BaseModel):
        body = items.model_dump_json()
    else:
        body = "[" + ",".join(i.model_dump_json() for i in items) + "]"
    return Response(body, media_type="application/json")


async def run_query(request: Request, name: str, work: Callable[[Archive], T]) -> T:
    """``work(archive)`` in a worker thread on a pooled connection, within the request's deadline.

    A ``ValueError`` it raises is a 400 about parameter ``name`` (the archive refuses the query as
    asked), except pydantic's ``ValidationError``: a stored document that does not load is our fault."""
    pool: ArchivePool = request.app.state.pool
    deadline = time.monotonic() + pool.timeout
    leases = []

    def job() -> T:
        with pool.lease(deadline) as lease:
            leases.append(lease)
            try:
                return work(lease.archive)
            except (ValidationError, Q.AmbiguousReference, P.BadParameter, KeyError):
                raise
            except ValueError as exc:
                raise P.BadParameter(name, str(exc)) from None

    with anyio.move_on_after(pool.timeout + DEFAULT_TIMEOUT_GRACE):
        return await anyio.to_thread.run_sync(job, abandon_on_cancel=True)
    for lease in leases:  # the worker has not noticed: stop its statement (it gives the connection back)
        lease.interrupt()
    raise QueryTimeout(f"the query took longer than {pool.timeout:g} s and was stopped")


def _paged(request: Request, items: list, offset: int, limit: int) -> Response:
    """One page of ``items`` (fetched with one extra, to know whether another page follows)."""
    response = _json(items[:limit])
    if len(items) > limit:
        following = offset + limit
        query = [(k, v) for k, v in request.query_params.multi_items() if k != "offset"] + [("offset", str(following))]
        response.headers["X-Next-Offset"] = str(following)
        response.headers["Link"] = f'<{request.url.path}?{urlencode(query)}>; rel="next"'
    return response


@router.get("/health", response_model=Health, summary="The number of documents in the archive")
async def health(request: Request):
    return _json(Health(documents=await run_query(request, "health", lambda a: a.count())))


@router.get("/search", response_model=list[SearchHit], summary="Full-text search (like vbparse search --json)")
async def search(
    request: Request,
    q: P.SearchWords,
    doc_type: P.DocType = None,
    issuer: P.Issuer = None,
    date_from: P.DateFrom = None,
    date_to: P.DateTo = None,
    limit: P.SearchLimit = Q.DEFAULT_SEARCH_LIMIT,
):
    return _json(
        await run_query(
            request,
            "q",
            lambda a: a.search(q, doc_type=doc_type, issuer=issuer, date_from=date_from, date_to=date_to, limit=limit),
        )
    )


@router.get(
    "/obligations",
    response_model=list[ObligationHit],
    summary="Tasks of an assignee (like vbparse obligations --json), a page at a time",
    response_description="One page; the headers X-Next-Offset and Link (rel=next) say where the next "
    "starts, and are absent on the last page",
)
async def obligations(
    request: Request,
    assignee: P.Assignee,
    due_before: P.DueBefore = None,
    due_after: P.DueAfter = None,
    overdue: P.Overdue = False,
    own: P.Own = False,
    role: P.Role = None,
    limit: P.ObligationsLimit = DEFAULT_OBLIGATIONS_LIMIT,
    offset: P.Offset = 0,
):
    hits = await run_query(
        request,
        "assignee",
        lambda a: a.obligations(
            assignee,
            due_before=due_before,
            due_after=due_after,
            overdue=overdue,
            role=role,
            limit=offset + limit + 1,
            shared=not own,
        )[offset:],
    )
    return _paged(request, hits, offset, limit)


@router.get(
    "/documents",
    response_model=list[DocumentSummary],
    summary="The documents a reference may mean: an id, its first 6+ hex digits, or a number (paged)",
)
async def documents(
    request: Request, ref: P.Ref, limit: P.DocumentsLimit = P.DEFAULT_DOCUMENTS_LIMIT, offset: P.Offset = 0
):
    key = _ref(ref)
    found = await run_query(request, "ref", lambda a: a.find(key, paths=False, limit=limit + 1, offset=offset))
    return _paged(request, found, offset, limit)


def _ref(text: str) -> str:
    try:
        return Q.document_ref(text, paths=False)
    except Q.QueryError as exc:
        raise P.BadParameter("ref", str(exc)) from None


def _path_ref(request: Request, prefix: str) -> str:
    return _ref(P.path_value(request, prefix, "ref"))


@router.get(
    "/documents/{ref:path}",
    response_model=ArchivedDocument,
    responses=_ONE_DOCUMENT,
    summary="The stored document (like vbparse show --json)",
)
async def document(request: Request, ref: str):
    key = _path_ref(request, "/api/documents/")
    return _json(await run_query(request, "ref", lambda a: a.record(Q.one_document(a, key).id)))


@router.get(
    "/refs/{ref:path}",
    response_model=RefReport,
    responses=_ONE_DOCUMENT,
    summary="What a document cites and what cites it (like vbparse refs --json)",
)
async def refs(request: Request, ref: str):
    key = _path_ref(request, "/api/refs/")
    return _json(await run_query(request, "ref", lambda a: a.refs(Q.one_document(a, key).id)))


@router.get(
    "/followup/{ref:path}",
    response_model=Followup,
    responses=_ONE_DOCUMENT,
    summary="Who answered a plan, who has not, what changed it (like vbparse followup --json)",
)
async def followup(request: Request, ref: str, today: P.Today = None):
    key = _path_ref(request, "/api/followup/")
    return _json(await run_query(request, "ref", lambda a: a.followup(Q.one_document(a, key).id, today=today)))


@router.get(
    "/register",
    response_model=list[RegisterEntry],
    summary="A unit's register: each task with its state and the unit's documents answering it (like vbparse "
    "register), a page at a time",
    response_description="One page; the headers X-Next-Offset and Link (rel=next) say where the next "
    "starts, and are absent on the last page",
)
async def register(
    request: Request,
    assignee: P.Assignee,
    state: P.RegisterState = None,
    today: P.Today = None,
    limit: P.ObligationsLimit = DEFAULT_OBLIGATIONS_LIMIT,
    offset: P.Offset = 0,
):
    def entries(a: Archive) -> list[RegisterEntry]:
        if state is None:  # the page and the one entry after it, which says whether another page follows
            return a.register(assignee, today=today, limit=limit + 1, offset=offset)
        found = (e for page in a.register_pages(assignee, today=today) for e in page if in_state(e, state))
        return list(itertools.islice(found, offset, offset + limit + 1))  # made until the page is full

    def answer(a: Archive) -> Response:
        # kept per archive state (issue 55: 7–9 s for a unit of 5 000 tasks, made again for every request)
        cache = request.app.state.answers
        key = request_key(request, today or _dt.date.today(), a.state_token())
        return cache.answer(key, lambda: _paged(request, entries(a), offset, limit), gzip_ok=accepts_gzip(request))

    return await run_query(request, "assignee", answer)


@router.get(
    "/scorecard",
    response_model=list[ScorecardRow],
    summary="Per unit and quarter: tasks due, done on time, late, overdue, in progress, and the on-time rate "
    "(tỷ lệ đúng hạn), as the page /scorecard shows them",
)
async def scorecard(
    request: Request,
    assignee: P.OptionalAssignee = None,
    year: P.Year = None,
    quarter: P.Quarter = None,
    today: P.Today = None,
):

    day = today or office_today()

    def rows(a: Archive) -> list[ScorecardRow]:
        units = [assignee] if assignee else a.scorecard_units()
        return [r for u in units for r in a.scorecard(u, today=day, year=year or day.year, quarter=quarter)]

    return _json(await run_query(request, "assignee", rows))


@router.get(
    "/failures",
    response_model=list[FileRecord],
    summary="Files that could not be indexed, with the reason (like vbparse failures --json), paged",
)
async def failures(request: Request, limit: P.FailuresLimit = DEFAULT_FAILURES_LIMIT, offset: P.Offset = 0):
    records = await run_query(request, "failures", lambda a: a.failures()[offset : offset + limit + 1])
    return _paged(request, records, offset, limit)
