"""The board's downloads (``.csv``, ``.xlsx``, ``.ics``) and the register's (``register.xlsx``, ``.csv``), made
once per archive state in the background (``downloads``) and served from the kept file.

A request waits for its file in the event loop up to ``DEFAULT_DOWNLOAD_WAIT``: a kept or finished file is
served whole; a CSV or calendar being written is streamed as it grows (its first bytes come as soon as
its rows are read); a workbook not finished in time (its zip is whole only at its end) is a small page,
``202``, saying it is being prepared, which asks again every few seconds (``waiting=1``: always a page, so
that no reload takes the file twice) and, once it is made, takes it once (issue 55).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import html
import io
import logging
from dataclasses import dataclass
from typing import IO, Any

import anyio
from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, Response, StreamingResponse
from starlette.datastructures import URL

from ..models import ObligationHit
from ..store import Archive
from ..store.export import write_ical
from . import board
from . import view_obligations as vo
from .answer_cache import accepts_gzip
from .deps import ArchivePool
from .downloads import Downloads, Job, Make, Shared, Writer, follow, gzipped, wait
from .pages import DOWNLOAD_TYPES, RawFilters, Today, attachment, bad_request
from .view_params import BadParam, text_param

#: Seconds a request waits for its download before it is streamed as it grows (CSV, calendar) or told it is
#: being prepared (workbook): the issue's 5 s for a unit's 5 000-task workbook, well within the request's 15.
DEFAULT_DOWNLOAD_WAIT = 5.0
#: Seconds the page of a download being prepared reloads after (and its ``Retry-After``).
DEFAULT_PREPARE_RETRY = 5
#: The query parameter of that page's reloads (``waiting=1``), and how long such a reload waits for the file.
WAITING = "waiting"
DEFAULT_WAITING_WAIT = 1.0
#: Downloads written as text, which a request may stream while they are written.
STREAMED = frozenset({"csv", "ics"})

router = APIRouter(include_in_schema=False)
log = logging.getLogger(__name__)


#: The tasks the downloads read, shared between the jobs of the same filters, day and archive state.
SHARED = Shared()


def _hits(archive: Archive, today: dt.date, raw: dict, state: tuple) -> tuple[Any, list[ObligationHit]]:
    """A download's filters and every task they find (up to ``DEFAULT_MAX_DOWNLOAD``), read once for the
    board's and the register's files."""
    f = vo.read_filters(**raw)
    text_param(f.assignee, "assignee", "Đơn vị / người thực hiện")
    key = (archive.db, tuple(sorted(raw.items())), today, state)
    return f, SHARED.get(key, lambda: vo.find(archive, f, today, vo.DEFAULT_MAX_DOWNLOAD))


def _text(write_text) -> Any:
    """A writer of bytes from a writer of text (UTF-8, line ends as written), each line on disk once written
    (a request streaming the file has it at once; a few milliseconds for 5 000 rows)."""

    def write(out: IO[bytes]) -> None:
        text = io.TextIOWrapper(out, encoding="utf-8", newline="", line_buffering=True)
        write_text(text)
        text.flush()
        text.detach()

    return write


@dataclass(frozen=True)
class BoardFile:
    """What makes the board's download (picklable: it may be made in a download process): its tasks read on
    the job's connection, then its rows written."""

    doc_url: str
    today: dt.date
    raw: tuple[tuple[str, str | None], ...]
    state: tuple
    ext: str
    name: str

    def __call__(self, archive: Archive) -> Writer:
        today = self.today
        _f, hits = _hits(archive, today, dict(self.raw), self.state)

        def url_of(h: ObligationHit) -> str:
            archive.backend.check_deadline()  # asked for every row of every format: the job's deadline holds
            return self.doc_url + h.document.id

        if self.ext == "xlsx":
            return lambda out: board.write_board_xlsx(board.board_rows(hits, url_of, today), out)
        if self.ext == "csv":
            return _text(lambda out: board.write_board_csv(board.board_rows(hits, url_of, today), out))
        return _text(lambda out: write_ical(hits, out, url_of=url_of, name=f"Nhiệm vụ — {self.name}"))


@dataclass(frozen=True)
class RegisterFile:
    """What makes the office's register of the board's tasks (issue 42), a page of entries at a time."""

    today: dt.date
    raw: tuple[tuple[str, str | None], ...]
    state: tuple
    ext: str

    def __call__(self, archive: Archive) -> Writer:
        today = self.today
        f, hits = _hits(archive, today, dict(self.raw), self.state)
        rows = board.register_rows(
            (e for p in archive.register_pages(f.assignee, today=today, hits=hits) for e in p), today
        )
        if self.ext == "xlsx":
            return lambda out: board.write_board_xlsx(rows, out, board.REGISTER_COLUMNS)
        return _text(lambda out: board.write_board_csv(rows, out, board.REGISTER_COLUMNS))


#: Threads reading the archive's state for downloads at once (on the pool's connection kept for them).
DEFAULT_STATE_THREADS = 1


class StateReader:
    """The archive's state for the downloads, read once for all the requests that arrived while the last
    read ran: a request waits for the next read to *start* after it arrived (so that it sees every write
    made before it), and 200 requests at once take two or three reads, not 200 turns of a thread."""

    def __init__(self) -> None:
        self._next: asyncio.Future[tuple] | None = None
        self._reading = False

    async def read(self, pool: ArchivePool) -> tuple:
        if self._next is None:
            self._next = asyncio.get_running_loop().create_future()
            if not self._reading:
                asyncio.get_running_loop().create_task(self._run(pool))
        return await asyncio.shield(self._next)

    async def _run(self, pool: ArchivePool) -> None:
        self._reading = True
        try:
            while self._next is not None:
                turn, self._next = self._next, None
                try:
                    turn.set_result(await anyio.to_thread.run_sync(_state, pool))
                except Exception as exc:  # each request waiting is told (PoolBusy: a 503)
                    log.debug("the archive's state could not be read", exc_info=True)
                    turn.set_exception(exc)
        finally:
            self._reading = False


def _state_reader(request: Request) -> StateReader:
    reader = getattr(request.app.state, "download_state", None)
    if reader is None:
        reader = request.app.state.download_state = StateReader()
    return reader


def _state(pool: ArchivePool) -> tuple:
    with pool.lease() as lease:
        return lease.archive.state_token()


async def serve_download(request: Request, today: dt.date, raw: dict, ext: str, prefix: str) -> Response:
    """The download of ``raw``'s board (``prefix`` ``nhiem-vu``) or register (``so-theo-doi``) as ``ext``; with
    ``waiting=1`` (the page of a file being prepared, reloading itself), a page saying whether it is ready."""
    try:
        f = vo.read_filters(**raw)
        if not f.assignee:
            raise BadParam("assignee", "Đơn vị / người thực hiện", "chưa nhập (ví dụ VPTK, Sở Tài chính)")
    except BadParam as exc:
        return bad_request(request, exc)
    file_url = without_waiting(request.url)
    state = await _state_reader(request).read(request.app.state.pool)
    key = ("download", request.scope.get("root_path", ""), str(file_url), today, state)
    if prefix == "nhiem-vu":
        doc_url = str(request.url_for("document_page", ident="0"))[:-1]
        make: Make = BoardFile(doc_url, today, tuple(sorted(raw.items())), state, ext, f.assignee)
    else:
        make = RegisterFile(today, tuple(sorted(raw.items())), state, ext)
    downloads: Downloads = request.app.state.downloads
    job = downloads.job(key, ext, make)
    if request.query_params.get(WAITING) == "1":
        done = await wait(job, DEFAULT_WAITING_WAIT)
        return _failed(request, job) or (ready(file_url) if done else preparing(file_url))
    if not await wait(job, DEFAULT_DOWNLOAD_WAIT, started=ext in STREAMED):
        return preparing(file_url)
    headers = {"Content-Disposition": attachment(vo.download_name(f.assignee, ext, prefix=prefix))}
    if not job.done:
        return StreamingResponse(follow(job), media_type=DOWNLOAD_TYPES[ext], headers=headers)
    if (failed := _failed(request, job)) is not None:
        return failed
    path = job.future.result()
    headers["Vary"] = "Accept-Encoding"
    if ext in STREAMED and accepts_gzip(request) and gzipped(path).exists():
        headers["Content-Encoding"] = "gzip"
        path = gzipped(path)
    return FileResponse(path, media_type=DOWNLOAD_TYPES[ext], headers=headers)


def without_waiting(url: URL) -> URL:
    """The file's own address: ``url`` without ``waiting=1``, its query otherwise as sent."""
    return url.replace(query="&".join(q for q in url.query.split("&") if q and q.partition("=")[0] != WAITING))


def _failed(request: Request, job: Job) -> Response | None:
    """A finished job's error as its answer: a bad filter a 400 page; the others raised to the app's handlers
    (a timeout a 504, the archive failing a 503)."""
    failed = job.future.exception() if job.done else None
    if isinstance(failed, BadParam):
        return bad_request(request, failed)
    if failed is not None:
        raise failed
    return None


def _page(title: str, body: str, status: int, refresh: str) -> HTMLResponse:
    return HTMLResponse(
        f'<!doctype html><html lang=vi><meta charset=utf-8><meta http-equiv="refresh" content="{refresh}">'
        f"<title>{title}</title><h1>{title}</h1><p>{body}</p></html>",
        status_code=status,
        headers={"Retry-After": str(DEFAULT_PREPARE_RETRY), "Cache-Control": "no-store"},
    )


def preparing(file_url: URL) -> HTMLResponse:
    """``202``: the file is being prepared; the page asks again every few seconds (``waiting=1``: a page, never
    the file, so that a reload never downloads it twice) and links to the file."""
    again = html.escape(
        str(file_url.replace(query="&".join(q for q in (file_url.query, f"{WAITING}=1") if q))), quote=True
    )
    link = html.escape(str(file_url), quote=True)
    body = (
        f"Tệp lớn đang được chuẩn bị; trang này tự kiểm tra lại sau {DEFAULT_PREPARE_RETRY} giây. "
        f'<a href="{link}" id="download-ready">Tải tệp khi đã xong</a>.'
    )
    return _page("Đang chuẩn bị tệp", body, 202, f"{DEFAULT_PREPARE_RETRY};url={again}")


def ready(file_url: URL) -> HTMLResponse:
    """The file is ready: the page takes it once (a refresh to the file, which comes as an attachment and leaves
    this page as it is) and links to it."""
    link = html.escape(str(file_url), quote=True)
    body = f'Tệp đã sẵn sàng và đang được tải về. <a href="{link}" id="download-ready">Tải lại tệp</a>.'
    return _page("Tệp đã sẵn sàng", body, 200, f"0;url={link}")


@router.get("/register.csv", name="register_csv")
async def register_csv(request: Request, today: Today, raw: RawFilters) -> Response:
    return await serve_download(request, today, raw, "csv", "so-theo-doi")


@router.get("/register.xlsx", name="register_xlsx")
async def register_xlsx(request: Request, today: Today, raw: RawFilters) -> Response:
    return await serve_download(request, today, raw, "xlsx", "so-theo-doi")


@router.get("/obligations.csv", name="obligations_csv")
async def obligations_csv(request: Request, today: Today, raw: RawFilters) -> Response:
    return await serve_download(request, today, raw, "csv", "nhiem-vu")


@router.get("/obligations.xlsx", name="obligations_xlsx")
async def obligations_xlsx(request: Request, today: Today, raw: RawFilters) -> Response:
    return await serve_download(request, today, raw, "xlsx", "nhiem-vu")


@router.get("/obligations.ics", name="obligations_ics")
async def obligations_ics(request: Request, today: Today, raw: RawFilters) -> Response:
    return await serve_download(request, today, raw, "ics", "nhiem-vu")
