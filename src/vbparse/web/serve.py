"""Serving the app with uvicorn: the socket bound by us (a busy port is one line, not a traceback), a
deep listen queue, a client that never finishes its request dropped, uvicorn's own refusals in JSON.

Safe by default: loopback unless told otherwise, and any other address only with people's accounts (each signs in),
a token, or the admin's word that anyone may read (``people_sign_in``).
"""

from __future__ import annotations

import ipaddress
import json
import socket
from collections.abc import Sequence
from typing import Any

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

#: Pending connections the kernel queues for us: a burst of clients waits in the queue, not in SYN retries.
DEFAULT_BACKLOG = 128
#: Seconds a client may take to send its request line and headers before its connection is dropped
#: (uvicorn alone would wait for ever); a real client sends them in one packet.
DEFAULT_HEADER_TIMEOUT = 10.0
#: Connections and requests in progress at once; beyond it uvicorn answers 503 at once.  Idle connections
#: count: 600 of them used to lock every client out until they timed out, so the bound is far above what
#: the archive can serve (``admission.Admission`` queues the requests themselves), within the descriptors
#: the process may open (``connection_limit``).
DEFAULT_MAX_CONCURRENCY = 4096
#: Descriptors kept back from connections: the archive, its pool, PDFs, logs.
_RESERVED_FDS = 128
#: Seconds a stopping server gives the requests in progress.
DEFAULT_SHUTDOWN_GRACE = 5


class ServeError(Exception):
    """The server cannot start; the message is the one line the user sees."""


def is_loopback(host: str) -> bool:
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:  # a host name: it may resolve to any address
        return False


#: Names a loopback server answers to (``Host`` header, port aside).
LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "[::1]")


def allowed_hosts(bound: str, extra: Sequence[str] = ()) -> list[str]:
    """The ``Host`` headers served.  A loopback server answers only to loopback names (and ``extra``): a page
    of another site whose name resolves to 127.0.0.1 (DNS rebinding) is refused.  A server bound elsewhere
    needs a token, which such a page does not have; it answers to any name unless ``extra`` narrows it."""
    names = [h.strip().lower() for h in extra if h.strip()]
    if is_loopback(bound):
        literal = bound.strip().lower()
        shown = f"[{literal.strip('[]')}]" if ":" in literal else literal
        return [*LOOPBACK_HOSTS, *([shown] if shown not in LOOPBACK_HOSTS else []), *names]
    return names or ["*"]


def check_exposure(host: str, token: str | None) -> None:
    """Refuse to listen beyond this machine without a token: the archive would be open to the network."""
    if not token and not is_loopback(host):
        raise ServeError(
            f"--host {host} is reachable from other machines: a token is required (set VBPARSE_TOKEN, or --token)"
        )


def people_sign_in(
    host: str, token: str | None, *, accounts: bool, sign_in: bool | None = None, anonymous_read: bool = False
) -> bool:
    """Whether people sign in with their own accounts (issue 53): asked (``sign_in``), else whenever the server is
    reachable from other machines and the archive has accounts; then the token is for machines only.  Without
    accounts, a token or the admin's ``anonymous_read`` beyond loopback, the archive would be open: refused."""
    people = sign_in if sign_in is not None else (accounts and not is_loopback(host))
    if people and not accounts:
        raise ServeError("--sign-in: the archive has no account yet (add one: vbparse accounts add NAME --role …)")
    if not people and not anonymous_read:
        check_exposure(host, token)
    return people


def bind(host: str, port: int, backlog: int = DEFAULT_BACKLOG) -> socket.socket:
    """A listening socket on ``host:port`` (port 0: any free one), or ``ServeError`` in one line."""
    if not 0 <= port <= 65535:  # the system would take it modulo 65536
        raise ServeError(f"cannot serve on {host}:{port}: a port is a number from 0 to 65535")
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
        sock = socket.socket(family, kind, proto)
    except OSError as exc:
        raise ServeError(f"cannot serve on {host}:{port}: {_reason(exc)}") from None
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # a restart need not wait out TIME_WAIT
        sock.bind(address)
        sock.listen(backlog)
    except OSError as exc:  # a busy port, an address not ours, a port below 1024
        sock.close()
        raise ServeError(f"cannot serve on {host}:{port}: {_reason(exc)}") from None
    return sock


def _reason(exc: OSError) -> str:
    reason = exc.strerror or str(exc)
    return reason[:1].lower() + reason[1:]


class _Protocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol, but a client that has not sent its request head within
    ``DEFAULT_HEADER_TIMEOUT`` is dropped, and a request uvicorn cannot parse is refused in JSON."""

    header_timeout = DEFAULT_HEADER_TIMEOUT

    def connection_made(self, transport) -> None:
        super().connection_made(transport)
        self._head_timer = self.loop.call_later(self.header_timeout, self._head_overdue)

    def _head_overdue(self) -> None:
        if self.cycle is None and not self.transport.is_closing():
            self.transport.close()

    def connection_lost(self, exc) -> None:
        self._head_timer.cancel()
        super().connection_lost(exc)

    def send_400_response(self, msg: str) -> None:
        body = json.dumps({"error": f"not a valid HTTP request ({msg.rstrip('.')})"}).encode()
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
        ]
        for event in (
            h11.Response(status_code=400, headers=headers, reason=b"Bad Request"),
            h11.Data(data=body),
            h11.EndOfMessage(),
        ):
            self.transport.write(self.conn.send(event))
        self.transport.close()


def connection_limit(wanted: int = DEFAULT_MAX_CONCURRENCY) -> int:
    """Connections to allow: ``wanted``, after raising the soft limit on open files to the hard one, and
    never more than that limit leaves once ``_RESERVED_FDS`` are kept back."""
    import resource

    unlimited = resource.RLIM_INFINITY
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted + _RESERVED_FDS if hard == unlimited else min(hard, wanted + _RESERVED_FDS)
    if soft != unlimited and soft < target:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
            soft = target
        except (ValueError, OSError):
            pass
    room = wanted if soft == unlimited else soft - _RESERVED_FDS
    return max(16, min(wanted, room))


def make_server(app, **overrides) -> uvicorn.Server:
    """A uvicorn server for ``app``, quiet (no access log; errors reach the ``vbparse.web`` log)."""
    settings: dict[str, Any] = {
        "http": _Protocol,
        "log_config": None,
        "access_log": False,
        "log_level": "warning",
        "lifespan": "on",
        "backlog": DEFAULT_BACKLOG,
        "limit_concurrency": connection_limit(),
        "proxy_headers": False,
        "server_header": False,
        "timeout_graceful_shutdown": DEFAULT_SHUTDOWN_GRACE,
    }
    settings.update(overrides)
    return uvicorn.Server(uvicorn.Config(app, **settings))
