"""The web application: the JSON API (``/api/…``), the HTML pages (``/``…), interactive docs (``/docs``).

``create_app(db)`` opens the archive at once (a database that cannot be opened fails here, with the
store's one-line message) and keeps a bounded pool of read-only connections for the requests
(``deps.ArchivePool``), and lets as many requests reach it at once as the pool has connections, the
others waiting in a bounded queue (``admission.Admission``: 503 with ``Retry-After`` beyond it).  With ``token`` every request must carry it (``guard.Guard``); with
``allowed_hosts`` a request naming another host in its ``Host`` header is refused (``hosts.HostCheck``), so that a web page whose name an attacker pointed at 127.0.0.1 cannot read a
token-less archive on loopback (DNS rebinding).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Sequence
from pathlib import Path

import anyio
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from starlette.middleware.sessions import SessionMiddleware
from starlette.routing import NoMatchFound

from ..store import StoreError
from ..version import __version__
from . import api, corrections, downloads, errors, session, signin, signin_limits
from .admission import DEFAULT_MAX_QUEUE, DEFAULT_QUEUE_WAIT, Admission
from .answer_cache import AnswerCache
from .deps import DEFAULT_POOL_SIZE, DEFAULT_QUERY_TIMEOUT, ArchivePool
from .guard import Guard
from .hosts import HostCheck
from .people import SessionCheck, SignInGate

log = logging.getLogger(__name__)

#: Files the pages use (style sheets, scripts), served under /static when the folder exists.
STATIC = Path(__file__).with_name("static")
#: Where the API explorer's own scripts and styles are served (``/docs`` works without Internet).
DOCS_ASSETS = "/docs-assets"
#: A route name no route has (``warm_routes``).
UNROUTED = "vbparse: no route has this name"


def warm_up(pool: ArchivePool) -> None:
    """Build what a task query builds on first use (the gazetteer of units and the name tables) and what each
    page kind's first request did: its templates compiled, the Nhiệm vụ picker's counts (every task read)."""
    from ..query import assignee_query
    from ..store.areas import place_query
    from .pages import warm_templates
    from .view_obligations import assignee_choices

    query = assignee_query("Ủy ban nhân dân xã Bát Xát")
    place_query(query.name or query.text, query.place)
    warm_templates()
    try:
        with pool.lease() as lease:
            assignee_choices(lease.archive)
    except StoreError as exc:  # only a head start: the first Nhiệm vụ page counts them, or says what failed
        log.warning("the assignee picker was not counted at start: %s", exc)


def warm_routes(app: FastAPI) -> None:
    """Have FastAPI build every router's routes (their parameters' validators), which it does at the first request
    passing through each router (50-80 ms of a fresh server's first requests): a path asked for a name no route
    has looks at every route."""
    with contextlib.suppress(NoMatchFound):
        app.url_path_for(UNROUTED)


def create_app(
    db: str,
    *,
    token: str | None = None,
    pool_size: int = DEFAULT_POOL_SIZE,
    query_timeout: float = DEFAULT_QUERY_TIMEOUT,
    allowed_hosts: Sequence[str] | None = None,
    session_key: str | None = None,
    sign_in_required: bool = False,
    anonymous_read: bool = False,
    secure_cookies: bool = False,
    download_folder: str | Path | None = None,
    download_processes: int | None = None,
    max_queue: int = DEFAULT_MAX_QUEUE,
    queue_wait: float = DEFAULT_QUEUE_WAIT,
) -> FastAPI:
    """``sign_in_required``: pages and the API for signed-in people, the token for machines (``people``);
    ``anonymous_read``: anyone reads, writes still need a sign-in; ``secure_cookies``: the sign-in cookie is
    sent over HTTPS only (behind a reverse proxy that ends TLS); ``download_folder``: where the downloads are
    kept (``downloads.default_folder``); ``download_processes``: the processes making them (``0``: threads of
    the server; default ``downloads.DEFAULT_PROCESSES``); ``max_queue``, ``queue_wait``: the admission queue's (``admission``)."""
    # the HTML pages (/, /documents/…), on the same pool; imported here, as pages.py imports deps
    from . import view_downloads
    from .pages import router as pages_router
    from .view_scorecard import router as scorecard_router

    # the requests' connections, one for each thread making a download (none when they are made in processes
    # of their own, ``downloads``) and one for the downloads' look at the archive's state: never a page's
    processes = downloads.DEFAULT_PROCESSES if download_processes is None else download_processes
    extra = (0 if processes else downloads.DEFAULT_THREADS) + view_downloads.DEFAULT_STATE_THREADS
    pool = ArchivePool(str(db), pool_size + extra, timeout=query_timeout)
    own_folder = download_folder is None  # the server's own folder, removed when it stops
    folder = Path(download_folder or downloads.default_folder(str(db)))
    kept = downloads.Downloads(folder, pool.lease, db=str(db), processes=processes)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI):
        # the tables every task query reads, built once before the first request rather than by it (the
        # gazetteer of units: 0.2–0.5 s, which the first burst of board requests queued behind)
        await anyio.to_thread.run_sync(warm_up, pool)
        warm_routes(app)
        try:
            yield
        finally:
            kept.close(remove=own_folder)
            app.state.signin_verifier.close()
            pool.close()

    # the API explorer's scripts and styles served by the app (``fastapi-offline`` ships Swagger UI 5): the
    # archive's server often has no Internet, and FastAPI's own /docs loads them from a CDN
    app = FastAPIOffline(
        title="vbparse",
        version=__version__,
        lifespan=lifespan,
        docs_url="/docs",
        redoc_url=None,
        static_url=DOCS_ASSETS,
        openapi_url="/openapi.json",
        description="Read-only access to an archive of Vietnamese administrative documents: the "
        "queries of the vbparse CLI, with the same JSON as its --json.",
    )
    app.state.pool = pool
    app.state.downloads = kept  # the downloads, made once per archive state in the background
    app.state.answers = AnswerCache()  # the board and its downloads, kept while the archive stays the same
    app.state.db = str(db)
    app.state.token_required = bool(token)
    app.state.token = token or None  # every write must carry it (``corrections.write_allowed``)
    app.state.signin_attempts = signin_limits.Attempts()
    app.state.signin_verifier = signin_limits.Verifier()
    app.state.sessions = SessionCheck(pool)
    errors.install(app)
    app.include_router(signin.router)
    app.include_router(corrections.router)  # before the API's: POST /api/corrections is not /api/{…}
    app.include_router(api.router)
    app.include_router(pages_router)
    app.include_router(scorecard_router)
    app.include_router(view_downloads.router)
    if STATIC.is_dir():
        app.mount("/static", StaticFiles(directory=STATIC), name="static")
    # the sign-in cookie, signed (``signin``): HttpOnly, SameSite=Lax (not Secure: the server speaks plain
    # http on loopback; a proxy in front that speaks https may add it)
    app.state.sign_in_required = sign_in_required and not anonymous_read
    app.add_middleware(SignInGate, required=sign_in_required, anonymous_read=anonymous_read)
    app.add_middleware(
        SessionMiddleware,
        secret_key=session_key or session.session_key(),
        session_cookie=session.SESSION_COOKIE,
        max_age=session.DEFAULT_SESSION_SECONDS,
        same_site="lax",
        https_only=secure_cookies,
    )
    # a request is queued only once it has passed the guard and the Host check
    app.state.admission = None  # the Admission, once the middleware is built (for the figures and the tests)
    app.add_middleware(Admission, limit=pool_size, max_queue=max_queue, wait=queue_wait, state=app.state)
    if allowed_hosts is not None:  # ``vbparse serve`` passes ``serve.allowed_hosts``: DNS rebinding
        app.add_middleware(HostCheck, allowed=list(allowed_hosts))
    app.add_middleware(Guard, token=token, people=sign_in_required or anonymous_read)
    return app
