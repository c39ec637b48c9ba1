"""The HTML pages over an archive: Tìm kiếm, Văn bản, Nhiệm vụ (with CSV, Excel and iCalendar downloads),
Tham chiếu and Lỗi đọc tệp — server-rendered Jinja2, Vietnamese labels, no JavaScript needed.

Every parameter is taken as text and read here, so that a bad value is a 400 page naming it (not
FastAPI's JSON); an unknown document is a 404 page.  No request value reaches the file system: a
document is found by its id in the archive, never by a path.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response, StreamingResponse
from fastapi.templating import Jinja2Templates

from ..normalize import fold, nfc
from ..office_time import office_today
from ..query import QueryError, several_places
from ..store import Archive
from ..store.export import why_no_day
from ..store.followup import answer_reason_vi
from ..tables.deadlines import RECURRENCE_LABELS, REMINDER_DAYS
from ..tables.diagnostics import vietnamese_diagnostic
from ..tables.doctypes import BY_CODE, code_for_query
from ..tables.failures import vietnamese_reason
from . import board, view_original, view_pdf
from . import view_obligations as vo
from .answer_cache import accepts_gzip, request_key
from .deps import archive_dependency
from .feeds import feed_key
from .session import signed_in
from .view_corrections import correction_context, stale_count
from .view_graph import layout
from .view_params import BadParam, date_param, doc_id, page_param, text_param
from .view_text import (
    KINDS,
    RELATION_LABELS,
    ROLE_LABELS,
    STATUS_LABELS,
    mark_snippet,
    marks_of,
    render,
    vn_date,
    vn_datetime,
)

#: Search results on one page.
DEFAULT_RESULTS_PER_PAGE = 20
#: Links' paths kept per app (route and ids → path): a document page has a few dozen; emptied when full.
DEFAULT_KEPT_PATHS = 20_000

router = APIRouter(include_in_schema=False)  # pages, not part of the JSON API's documentation
templates = Jinja2Templates(directory=str(Path(__file__).with_name("templates")))
# the templates are the package's: not looked at on disk again at every page (a stat per page and template,
# 12 % of the page threads' samples under 200 requests at once, issue 55)
templates.env.auto_reload = False
templates.env.filters["vn_date"] = vn_date
templates.env.filters["vn_datetime"] = vn_datetime
templates.env.filters["nfc"] = nfc
templates.env.filters["vietnamese_reason"] = vietnamese_reason
ArchiveDep = Annotated[Archive, Depends(archive_dependency)]

#: A follow-up's states and answers as the document page says them (issue 42).
FOLLOW_LABELS = {
    "done": "đã hoàn thành (đánh dấu)",
    "answered": "đã có văn bản thực hiện",
    "reported": "đã báo cáo",
    "replaced": "kế hoạch đã bị thay thế, bãi bỏ",
    "amended": "nhiệm vụ đã được sửa đổi",
    "overdue": "quá hạn, chưa có văn bản",
    "open": "chưa có văn bản",
    "implements": "thực hiện",
    "reports": "báo cáo kết quả",
    "amends": "sửa đổi, bổ sung",
    "replaces": "thay thế",
    "repeals": "bãi bỏ",
    "corrects": "đính chính",
}
NAV = (
    ("search_page", "Tìm kiếm"),
    ("obligations_page", "Nhiệm vụ"),
    ("scorecard_page", "Tỷ lệ đúng hạn"),
    ("failures_page", "Lỗi đọc tệp"),
)
MATCH_LABELS = {
    "number": "đúng số văn bản",
    "citation": "dẫn chiếu số này",
    "exact": "đúng từ, có dấu",
    "folded": "khớp khi bỏ dấu",
}


async def current_date() -> dt.date:
    """Today in the offices' zone, as a dependency: what is overdue depends on it (tests fix it with an override).
    ``async``, as ``obligation_params``: read in the event loop, not in a thread of its own for each request."""
    return office_today()


Today = Annotated[dt.date, Depends(current_date)]


def link(request: Request, name: str, query: dict[str, Any] | None = None, **path: str) -> str:
    """A page's address from its route name, under the app's root path; empty query values left out."""
    url = request.scope.get("root_path", "") + route_path(request.app, name, path)
    query = {k: v for k, v in (query or {}).items() if v not in (None, "")}
    return url + ("?" + urlencode(query) if query else "")


def route_path(app: Any, name: str, path: dict[str, str]) -> str:
    """The path of route ``name`` with ``path``'s values, found once per app, route and values: searching the
    routes took 0.1 ms a link, a tenth of a document page's time (issue 55); the routes do not change once served."""
    found: dict[tuple, str] | None = getattr(app.state, "link_paths", None)
    if found is None:
        found = app.state.link_paths = {}
    key = (name, *sorted(path.items()))
    if key not in found:
        if len(found) >= DEFAULT_KEPT_PATHS:
            found.clear()
        found[key] = app.url_path_for(name, **path)
    return found[key]


def warm_templates() -> None:
    """Compile every page template (a started server's first pages then compile none: 0.24 s of them)."""
    for name in templates.env.list_templates():
        templates.env.get_template(name)


def page(request: Request, template: str, status: int = 200, **ctx: Any) -> HTMLResponse:
    active = ctx.pop("active", None)
    root = request.scope.get("root_path", "")
    ctx.update(
        link=functools.partial(link, request),
        root=root,
        static=root + "/static/",
        nav=[(link(request, n), label, n == active) for n, label in NAV],
        signed=signed_in(request),  # who is signed in: the forms then carry its csrf, not a token
        here=request.url.path + (f"?{request.url.query}" if request.url.query else ""),
    )
    return templates.TemplateResponse(request, template, ctx, status_code=status)


def not_found(request: Request, what: str) -> HTMLResponse:
    return page(
        request,
        "error.html",
        404,
        title="Không tìm thấy văn bản",
        message=f"Kho không có văn bản mã “{what[:40]}”. Mã văn bản gồm 16 chữ số hệ 16 "
        "(ví dụ 44663ff6e7f1b2c9); hãy tìm văn bản từ trang Tìm kiếm.",
    )


def bad_request(request: Request, exc: BadParam) -> HTMLResponse:
    return page(
        request,
        "error.html",
        400,
        title="Tham số không hợp lệ",
        param=exc,
        message=f"Tham số “{exc.name}” ({exc.label}): {exc.reason}.",
    )


def attachment(name: str) -> str:
    """A ``Content-Disposition`` saving the file as ``name``: the real name in UTF-8 (RFC 6266, RFC 5987),
    and without diacritics for a client that reads only ``filename``."""
    ascii_name = "".join(ch if " " <= ch < "\x7f" and ch not in '"\\' else "_" for ch in fold(name))
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name, safe='')}"


def doc_types() -> list[tuple[str, str]]:
    """(code, name) for the type filter, one per name."""
    seen, out = set(), []
    for code, entry in BY_CODE.items():
        if entry.name not in seen:
            seen.add(entry.name)
            out.append((code, entry.name))
    return out


# --- Tìm kiếm -------------------------------------------------------------------------------------------


@router.get("/", name="search_page", response_class=HTMLResponse)
def search_page(
    request: Request,
    archive: ArchiveDep,
    q: str | None = None,
    type: str | None = None,
    issuer: str | None = None,
    date_from: Annotated[str | None, Query(alias="from")] = None,
    to: str | None = None,
    page_no: Annotated[str | None, Query(alias="page")] = None,
) -> HTMLResponse:
    form = {"q": q or "", "type": type or "", "issuer": issuer or "", "from": date_from or "", "to": to or ""}
    ctx: dict[str, Any] = {
        "active": "search_page",
        "form": form,
        "types": doc_types(),
        "hits": [],
        "total": None,
        "page_no": 1,
        "has_next": False,
        "match_labels": MATCH_LABELS,
        "error": None,
    }
    try:
        words = text_param(q, "q", "Từ khóa")
        code = None
        if type is not None and type.strip():
            code = code_for_query(type)
            if code is None:
                raise BadParam("type", "Loại văn bản", f"không biết loại “{type[:40]}” (chọn trong danh sách)")
        who = text_param(issuer, "issuer", "Cơ quan ban hành")
        start = date_param(date_from, "from", "Từ ngày")
        end = date_param(to, "to", "Đến ngày")
        if start and end and start > end:
            raise BadParam("to", "Đến ngày", "trước “Từ ngày”")
        ctx["page_no"] = n = page_param(page_no)
        if not words:
            ctx["total"] = archive.count()
            return page(request, "search.html", **ctx)
        try:
            found = archive.search(
                words,
                doc_type=code,
                issuer=who or None,
                date_from=start,
                date_to=end,
                limit=n * DEFAULT_RESULTS_PER_PAGE + 1,
            )
        except QueryError as exc:
            raise BadParam("q", "Từ khóa", str(exc)) from None
    except BadParam as exc:
        ctx["error"] = exc
        return page(request, "search.html", 400, **ctx)
    ctx["hits"] = [
        (h, mark_snippet(h.snippet, h.highlights))
        for h in found[(n - 1) * DEFAULT_RESULTS_PER_PAGE : n * DEFAULT_RESULTS_PER_PAGE]
    ]
    ctx["has_next"] = len(found) > n * DEFAULT_RESULTS_PER_PAGE
    ctx["first"] = (n - 1) * DEFAULT_RESULTS_PER_PAGE + 1
    return page(request, "search.html", **ctx)


# --- Văn bản ---------------------------------------------------------------------------------------------


def _highlights(request: Request, archive: Archive, did: str, doc, edges: dict):
    """The original text and its marks; ``mismatch`` when the stored text is not the one the spans index."""
    text = archive.original_text(did)
    mismatch = text is not None and len(text) != doc.source.chars
    marks = (
        []
        if text is None or mismatch
        else marks_of(doc, text, edges, lambda i: link(request, "document_page", ident=i))
    )
    return text, marks, mismatch


def _record(archive: Archive, ident: str):
    """The archived document a page's id names, or ``None`` (not an id, or no such document)."""
    did = doc_id(ident)
    try:
        return archive.record(did) if did else None
    except KeyError:
        return None


@router.get("/documents/{ident}", name="document_page", response_class=HTMLResponse)
def document_page(request: Request, ident: str, archive: ArchiveDep, today: Today) -> Response:
    # kept while the archive stays the same, like the board (issue 55: 200 readers of the day's plans at once)
    return kept_answer(request, archive, today, lambda: _document_page(request, ident, archive, today))


def _document_page(request: Request, ident: str, archive: Archive, today: dt.date) -> Response:
    record = _record(archive, ident)
    if record is None:
        moved = archive.redirected(did) if (did := doc_id(ident)) else None
        if moved is not None:  # its file changed: the page of what the file holds now (a kept link still works)
            target = request.scope.get("root_path", "") + request.app.url_path_for("document_page", ident=moved)
            return RedirectResponse(target, status_code=308)
        return not_found(request, ident)
    did, doc = record.id, record.document
    report = archive.refs(did)
    edges = {e.citation.id: e for e in report.cites}
    text, marks, mismatch = _highlights(request, archive, did, doc, edges)
    counts: dict[str, int] = {}
    for m in marks:
        counts[m.kind] = counts.get(m.kind, 0) + 1
    pdf = view_pdf.pdf_of(record.paths, doc.source.format)
    tasks = archive.document_obligations(did)  # corrections applied, lines marked not a task struck through
    # who answered the plan (issue 42): from what the page has read already
    follow = archive.followup(did, today=today, plan=doc, report=report, hits=tasks) if tasks else None
    return page(
        request,
        "document.html",
        tasks=tasks,
        follow=follow,
        follow_labels=FOLLOW_LABELS,
        answer_reason=answer_reason_vi,
        # what the reader found odd, said in Vietnamese (the English message kept as the technical detail)
        warnings=[(vietnamese_diagnostic(d.code), d) for d in doc.diagnostics],
        # each corrected task's corrections, oldest first: who (and whether signed in), when, what
        history=archive.correction_history(i for t in tasks for i in t.correction_ids),
        **correction_context(request),
        record=record,
        doc=doc,
        report=report,
        mismatch=mismatch,
        body=None if text is None else render(text, marks),
        legend=[(k, label, counts.get(k, 0)) for k, label in KINDS.items() if counts.get(k)],
        role_labels=ROLE_LABELS,
        relation_labels=RELATION_LABELS,
        status_labels=STATUS_LABELS,
        edges=[(r, edges.get(r.id)) for r in doc.references],
        pdf_pages=min(doc.source.pages or 0, view_pdf.DEFAULT_MAX_PDF_PAGES) if pdf else 0,
    )


@router.get("/documents/{ident}/original", name="original_file")
def original_file(request: Request, ident: str, archive: ArchiveDep) -> Response:
    """The document's file as it was indexed ("Tải bản gốc"): see ``view_original`` for which file may be
    served; never a path from the request."""
    did = doc_id(ident)
    files = archive.document_files(did) if did else []
    if not files and _record(archive, ident) is None:
        return not_found(request, ident)
    try:
        original = view_original.open_original(files, archive.indexed_roots())
    except view_original.Unavailable as exc:
        where = f" Đường dẫn đã lưu: {nfc(exc.path)}" if exc.path else ""
        return page(request, "error.html", 404, title="Không tải được bản gốc", message=exc.message + where)
    return StreamingResponse(
        original.chunks(),
        headers={
            "Content-Type": original.media_type,  # as is: Starlette would add "charset=utf-8" to a text type
            "Content-Disposition": attachment(original.name),
            "Content-Length": str(original.size),
            "X-Content-Type-Options": "nosniff",
            "Content-Security-Policy": "sandbox",  # an .htm original is a download, never a page of this site
        },
    )


@router.get("/documents/{ident}/pages/{number}.png", name="pdf_page")
def pdf_page(request: Request, ident: str, number: str, archive: ArchiveDep) -> Response:
    """A page of the document's PDF (the file the archive recorded) with the values read from it outlined."""
    record = _record(archive, ident)
    pdf = view_pdf.pdf_of(record.paths, record.document.source.format) if record else None
    n = int(number) if number.isascii() and number.isdecimal() and len(number) < 6 else 0
    if pdf is None or not 1 <= n <= view_pdf.DEFAULT_MAX_PDF_PAGES:
        return not_found(request, f"{ident}/{number}")
    text, marks, _ = _highlights(request, archive, record.id, record.document, {})
    try:
        boxes = record.document.source.boxes
        placed = view_pdf.outlines(marks, boxes, n) if boxes else None
        png = view_pdf.page_png(pdf, n, view_pdf.needles(text, marks) if text and placed is None else [], placed)
    except Exception:  # noqa: BLE001 - the file changed or broke since it was indexed: no image, not a 500
        png = None
    if png is None:
        return not_found(request, f"{ident}/{number}")
    return Response(png, media_type="image/png", headers={"Cache-Control": "private, max-age=600"})


# --- Nhiệm vụ ------------------------------------------------------------------------------------------


def _obligations(archive: Archive, today: dt.date, limit: int, **raw: str | None):
    f = vo.read_filters(**raw)
    text_param(f.assignee, "assignee", "Đơn vị / người thực hiện")
    return f, vo.find(archive, f, today, limit)


async def obligation_params(
    assignee: str | None = None,
    due_before: str | None = None,
    due_after: str | None = None,
    role: str | None = None,
    overdue: str | None = None,
    sort: str | None = None,
    own: str | None = None,
) -> dict[str, str | None]:
    """The filters of the Nhiệm vụ page and its downloads, as typed (read by ``view_obligations``)."""
    return {
        "assignee": assignee,
        "due_before": due_before,
        "due_after": due_after,
        "role": role,
        "overdue": overdue,
        "sort": sort,
        "own": own,
    }


RawFilters = Annotated[dict[str, str | None], Depends(obligation_params)]


@router.get("/obligations", name="obligations_page", response_class=HTMLResponse)
def obligations_page(
    request: Request,
    archive: ArchiveDep,
    today: Today,
    raw: RawFilters,
    page_no: Annotated[str | None, Query(alias="page")] = None,
) -> Response:
    return kept_answer(request, archive, today, lambda: _obligations_page(request, archive, today, raw, page_no))


def _obligations_page(
    request: Request, archive: Archive, today: dt.date, raw: dict, page_no: str | None
) -> HTMLResponse:
    ctx: dict[str, Any] = {
        "active": "obligations_page",
        "form": {k: v or "" for k, v in raw.items()},
        "rows": [],
        "filters": None,
        "shared_reason": board.shared_reason,
        "roles": vo.ROLES,
        "sorts": vo.SORTS,
        "role_labels": ROLE_LABELS,
        "today": today,
        "soon_days": vo.DEFAULT_DUE_SOON_DAYS,
        "reminder_days": sorted(REMINDER_DAYS, reverse=True),
        "choices": vo.assignee_choices(archive),
        "answered": {},
        "error": None,
        "limit": vo.DEFAULT_PAGE_ROWS,
        "recurrence_labels": RECURRENCE_LABELS,
        "page_no": 1,
        "has_next": False,
    }
    try:
        ctx["page_no"] = n = page_param(page_no)
        skip = (n - 1) * vo.DEFAULT_PAGE_ROWS
        f, hits = _obligations(archive, today, skip + vo.DEFAULT_PAGE_ROWS + 1, **raw)
    except BadParam as exc:
        ctx["error"] = exc
        return page(request, "obligations.html", 400, **ctx)
    ctx["filters"] = f
    ctx["feed"] = calendar_feed(request, f.assignee)
    ctx["first"] = skip + 1
    ctx["has_next"] = len(hits) > skip + vo.DEFAULT_PAGE_ROWS
    shown = hits[skip : skip + vo.DEFAULT_PAGE_ROWS]
    ctx["rows"] = [(h, vo.due_state(h, today), vo.due_mark(h, today)) for h in shown]
    # what the unit answered for each shown task's plan (issue 42): its own documents carrying it out or reporting
    ctx["answered"] = {
        e.hit.ref: e for e in archive.register(f.assignee, today=today, hits=shown, limit=None) if e.answers
    }
    ctx["states"] = {s: sum(1 for _, st, _ in ctx["rows"] if st == s) for s in ("overdue", "soon")}
    ctx["marks"] = {m: sum(1 for _, _, k in ctx["rows"] if k and k <= m) for m in REMINDER_DAYS}
    # what the calendar download leaves out, and why (never silently: issue 41)
    ctx["no_day"] = Counter(why for why in map(why_no_day, hits) if why).most_common()
    # a name without its place that found the bodies of several places: say which (issue 41)
    ctx["places"] = several_places(f.assignee, hits)
    ctx.update(correction_context(request), stale_corrections=stale_count(archive))
    return page(request, "obligations.html", **ctx)


def calendar_feed(request: Request, assignee: str) -> str:
    """The address a calendar application subscribes to for ``assignee``'s tasks (with their 7/3/1-day
    alarms): absolute, and with the key that opens that feed alone when the server asks for a token."""
    query = {"assignee": assignee}
    token = getattr(request.app.state, "token", None)
    if token:
        query["key"] = feed_key(token, assignee)
    return str(request.url_for("obligations_ics")) + "?" + urlencode(query)


#: Each download's media type.
DOWNLOAD_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ics": "text/calendar; charset=utf-8",
}


def kept_answer(request: Request, archive: Archive, today: dt.date, make: Callable[[], Response]) -> Response:
    """``make()``'s answer, or the one kept for the same request, day and state of the archive."""
    cache = getattr(request.app.state, "answers", None)
    if cache is None:
        return make()
    state = archive.state_token()
    # a signed-in person's pages carry its sign-in's csrf in their forms: kept for that sign-in only
    who = signed_in(request)
    signed = (who.name, who.csrf) if who is not None else None
    key = request_key(request, today, state, signed)
    # the same request, day and corrections: its answer for an earlier state of the documents may stand in
    family = request_key(request, today, state[1:], signed)
    return cache.answer(key, make, gzip_ok=accepts_gzip(request), family=family)


# --- Tham chiếu, Lỗi đọc tệp ------------------------------------------------------------------------------


@router.get("/refs/{ident}", name="refs_page", response_class=HTMLResponse)
def refs_page(request: Request, ident: str, archive: ArchiveDep, today: Today) -> Response:
    return kept_answer(request, archive, today, lambda: _refs_page(request, ident, archive))


def _refs_page(request: Request, ident: str, archive: Archive) -> HTMLResponse:
    did = doc_id(ident)
    try:
        report = archive.refs(did) if did else None
    except KeyError:
        report = None
    if report is None:
        return not_found(request, ident)
    graph = layout(report, lambda i: link(request, "document_page", ident=i))
    return page(
        request, "refs.html", report=report, graph=graph, relation_labels=RELATION_LABELS, status_labels=STATUS_LABELS
    )


@router.get("/failures", name="failures_page", response_class=HTMLResponse)
def failures_page(request: Request, archive: ArchiveDep) -> HTMLResponse:
    return page(request, "failures.html", active="failures_page", failures=archive.failures())
