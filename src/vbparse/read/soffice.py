"""One LibreOffice per process for converting legacy Word and RTF files.

Starting LibreOffice costs 1.3–1.9 s; converting a .doc in an instance that is already running costs
0.1–0.3 s.  So the first conversion of a process starts one headless instance (the *server*), and it
stays up until the process ends.  Each file is handed to it over LibreOffice's own single-instance pipe:
the channel through which a second ``soffice --convert-to …`` passes its command line to a running
instance, which answers ``ProcessingDone`` once the converted file is written.  That is all a
conversion needs: no UNO (``python3-uno`` cannot be imported from a virtualenv), no client process per
file, and nothing to set up by hand — the first conversion on a fresh machine starts everything.

Nothing outlives the process, however it ends.  The server runs under a small guard process in a
session of its own; the guard reads a pipe whose only writer is this process, and kills the server's
whole process group when that pipe closes — at a normal exit, at ``os._exit`` (a parser worker), at
``kill -9``.  A conversion that hangs times out; the server is then killed and the next file starts a
new one.  A server that died (LibreOffice 7.4 sometimes crashes a moment after converting garbage
that it took for text) is restarted at the next file; a file it died on is converted once more the
old way (below).

Profiles: every LibreOffice instance needs a user profile that no other running instance uses.  Servers
keep theirs in a bounded, reused cache: ``$VBPARSE_SOFFICE_CACHE``, else
``$XDG_CACHE_HOME/vbparse/libreoffice`` (``~/.cache/vbparse/libreoffice``), holding ``slot-<n>/``
(``profile/``, a keep-alive document, ``soffice.log``) for ``n < DEFAULT_PROFILE_SLOTS``.  A process
holds an exclusive ``flock`` on ``slot-<n>.lock`` for as long as its server lives, so concurrent vbparse
processes never share a profile.  When every slot is taken, or no server can be started or reached, a
file is converted the old way: one LibreOffice run with a fresh profile in a temporary directory,
removed afterwards.
"""

from __future__ import annotations

import atexit
import hashlib
import os
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import IO, NamedTuple

try:
    import fcntl
except ImportError:  # not POSIX: every conversion runs the old way
    fcntl = None  # type: ignore[assignment]

#: Profile slots in the cache: how many vbparse processes (parser workers included) can keep a server
#: at the same time; one per core, and never fewer than 8.  A process that finds them all taken
#: converts the old way.
DEFAULT_PROFILE_SLOTS = max(8, os.cpu_count() or 1)
#: Seconds a server may take to start (about 2 s with a new profile, well under 1 s afterwards).
DEFAULT_START_TIMEOUT = 60.0
#: Conversions one server does before it is replaced by a fresh one: LibreOffice grows by about
#: 0.2 MB a file (155 MB after the first, 212 MB after 300), and a restart costs well under a second.
DEFAULT_MAX_CONVERSIONS = 500
#: Servers a file is offered to: one found dead before the file was sent is replaced once for it.
DEFAULT_SERVER_ATTEMPTS = 2

#: The guard a LibreOffice command runs under (``python -c GUARD LOCK_FD PIPE COMMAND…``, as the leader
#: of a new session).  When the command ends, or when its stdin — a pipe whose only writer is the
#: vbparse process — reaches end of file (that process is gone), it removes LibreOffice's pipe ``PIPE``
#: (or the one last named in a line on stdin) and kills its whole process group: LibreOffice
#: (``oosplash`` and ``soffice.bin``) with it.  ``LOCK_FD`` is the profile lock, passed on so that the
#: slot stays locked while any of them lives (``-`` for none).
#: The process started is only the group's leader: it forks the guard proper and waits for it, so that a
#: parent that kills its direct children as it ends (a Ray worker, ``RAY_kill_child_processes_on_worker_exit``)
#: kills the leader, not the guard, which then sees the end of its pipe and kills LibreOffice.
_GUARD = """\
import os, signal, subprocess, sys, threading
guard = os.fork()
if guard:
    status = os.waitpid(guard, 0)[1]
    code = os.waitstatus_to_exitcode(status)
    os._exit(code if code >= 0 else 128 - code)
lock, pipe = sys.argv[1], [sys.argv[2]]
child = subprocess.Popen(sys.argv[3:], stdin=subprocess.DEVNULL, pass_fds=() if lock == "-" else (int(lock),))
def end():
    try:
        os.unlink(pipe[0])
    except OSError:
        pass
    os.killpg(0, signal.SIGKILL)
def owner_gone():
    with open(0, "rb", buffering=0) as owner:
        for line in owner:
            pipe[0] = os.fsdecode(line.rstrip(b"\\n"))
    end()
threading.Thread(target=owner_gone, daemon=True).start()
child.wait()
end()
"""
#: How a conversion is asked for (the arguments a ``soffice --convert-to`` client would forward).
_CONVERT_ARGS = ("--headless", "--norestore", "--convert-to")
#: The messages of LibreOffice's single-instance pipe (each NUL-terminated).
_HELLO = b"InternalIPC::SendArguments"
_ARGUMENTS = "InternalIPC::Arguments"
_DONE = b"InternalIPC::ProcessingDone"
#: The document a server keeps open: LibreOffice ends itself after a conversion when no document is open.
_KEEPALIVE = "keepalive.txt"
_KEEPALIVE_TEXT = "Kept open by vbparse's LibreOffice so that it stays running between conversions.\n"
#: The server log is emptied when it grows past this (it gains a line or two per file).
_LOG_LIMIT = 1 << 20
#: Lines LibreOffice prints for every file, which say nothing about a failure.
_CHATTER = ("convert ", "Overwriting: ", "Warning: failed to launch javaldx")


class ConversionTimeout(Exception):
    """LibreOffice did not finish the conversion in time (it was stopped)."""


class Converted(NamedTuple):
    """A conversion's result: the converted file (``None`` when LibreOffice wrote none) and the last
    thing LibreOffice said about it (an error, when there is no output)."""

    output: str | None
    message: str


class _ServerLost(Exception):
    """The server cannot take the file (it died, or never came up): convert it the old way."""


class _Unsupported(_ServerLost):
    """This LibreOffice does not speak the pipe as expected: the old way from now on."""


class _ServerGone(_ServerLost):
    """The server was dead before the file was sent (its pipe is gone or refuses): the file is not at
    fault, a new server takes it.  A killed server can look alive for a moment (its main thread a zombie
    while another thread ends), so this is found at the pipe, not only by ``alive``."""


def default_cache_dir() -> str:
    """Where the profile slots live (read at each call, like the other ``VBPARSE_*`` settings)."""
    if os.environ.get("VBPARSE_SOFFICE_CACHE"):
        return os.environ["VBPARSE_SOFFICE_CACHE"]
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "vbparse", "libreoffice")


def pipe_path(profile_url: str) -> str:
    """The socket of LibreOffice's single-instance pipe for a profile: ``OSL_PIPE_<uid>_SingleOfficeIPC_``
    and the MD5 of the profile URL (as UTF-16, each byte in hex without leading zero), in ``/tmp``
    (``/var/tmp`` when ``/tmp`` is not writable) — as LibreOffice's ``oosplash`` computes it."""
    digest = "".join(f"{b:x}" for b in hashlib.md5(profile_url.encode("utf-16-le")).digest())
    folder = "/tmp" if os.access("/tmp", os.W_OK) else "/var/tmp"
    return f"{folder}/OSL_PIPE_{os.getuid()}_SingleOfficeIPC_{digest}"


def _escape(arg: str) -> str:
    return arg.replace("\\", "\\\\").replace(",", "\\,").replace("\0", "\\0")


def _message(log: str) -> str:
    lines = [line.strip() for line in log.splitlines() if line.strip()]
    said = [line for line in lines if not line.startswith(_CHATTER)]
    return (said or lines or [""])[-1]


def _output(src: str, outdir: str, target: str) -> str | None:
    out = os.path.join(outdir, Path(src).stem + "." + target.split(":", 1)[0])
    return out if os.path.exists(out) else None


def _guarded(
    command: list[str], *, log: IO[bytes], pipe: str, cwd: str, lock_fd: int | None = None
) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-I", "-S", "-c", _GUARD, "-" if lock_fd is None else str(lock_fd), pipe, *command],
        stdin=subprocess.PIPE,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
        pass_fds=() if lock_fd is None else (lock_fd,),
        cwd=cwd,
    )


def _kill(guard: subprocess.Popen[bytes]) -> None:
    """Kill a guard's process group (LibreOffice included) and reap the guard.  The group is killed even
    when the guard has ended: a guard killed from outside leaves LibreOffice in it."""
    try:
        os.killpg(guard.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    guard.wait()
    if guard.stdin:
        guard.stdin.close()


def _own_socket(path: str) -> bool:
    try:
        st = os.lstat(path)
    except OSError:
        return False
    return stat.S_ISSOCK(st.st_mode) and st.st_uid == os.getuid()


def _remove_pipe(path: str) -> None:
    """The pipe of a LibreOffice that was killed (it removes its own when it ends normally)."""
    if _own_socket(path):
        try:
            os.unlink(path)
        except OSError:
            pass


def convert_once(exe: str, src: str, outdir: str, target: str, timeout: float) -> Converted:
    """Convert ``src`` into ``outdir`` with one LibreOffice run of its own (fresh profile): the old way,
    for when no server can be used."""
    with tempfile.TemporaryDirectory(prefix="vbparse-soffice-") as tmp:
        profile = Path(tmp, "profile").as_uri()
        with open(os.path.join(tmp, "soffice.log"), "w+b") as log:
            pipe = pipe_path(profile)
            guard = _guarded(
                [exe, f"-env:UserInstallation={profile}", *_CONVERT_ARGS, target, "--outdir", outdir, src],
                log=log,
                pipe=pipe,
                cwd=tmp,
            )
            try:
                guard.wait(timeout)
            except subprocess.TimeoutExpired:
                raise ConversionTimeout(f"LibreOffice did not finish within {timeout:g} s") from None
            finally:
                _kill(guard)
                _remove_pipe(pipe)
            log.seek(0)
            said = log.read().decode("utf-8", "replace")
    return Converted(_output(src, outdir, target), _message(said))


class _Server:
    """A running headless LibreOffice with its own profile slot, under a guard (see the module doc)."""

    def __init__(self, exe: str, slot: str, lock_fd: int, start_timeout: float) -> None:
        self.lock_fd = lock_fd
        self.conversions = 0
        profile = os.path.join(slot, "profile")
        keepalive = os.path.join(slot, _KEEPALIVE)
        url = Path(profile).as_uri()
        self.pipe = pipe_path(url)
        self.log = os.path.join(slot, "soffice.log")
        # the slot is ours (flock): whatever lock files a killed server left are stale
        for stale in (os.path.join(profile, ".lock"), os.path.join(slot, f".~lock.{_KEEPALIVE}#")):
            if os.path.exists(stale):
                os.unlink(stale)
        _remove_pipe(self.pipe)
        if not os.path.exists(keepalive):
            Path(keepalive).write_text(_KEEPALIVE_TEXT, encoding="utf-8")
        with open(self.log, "wb"):
            pass
        with open(self.log, "ab") as log:  # appending: the log can be emptied under a running server
            self.guard = _guarded(
                [
                    exe,
                    f"-env:UserInstallation={url}",
                    "--headless",
                    "--norestore",
                    "--nologo",
                    "--nolockcheck",
                    keepalive,
                ],
                log=log,
                pipe=self.pipe,
                cwd=slot,
                lock_fd=lock_fd,
            )
        try:
            self._wait_ready(os.path.join(slot, f".~lock.{_KEEPALIVE}#"), start_timeout)
        except BaseException:
            self.stop()
            raise

    @property
    def pid(self) -> int:
        """The guard's pid: the process group of the server."""
        return self.guard.pid

    def alive(self) -> bool:
        return self.guard.poll() is None

    def _wait_ready(self, opened: str, timeout: float) -> None:
        """Until the keep-alive document is open (LibreOffice has started and will not end after the
        first conversion) and the pipe is there — it is made before the document is opened."""
        deadline = time.monotonic() + timeout
        while True:
            if not self.alive():
                raise _ServerLost(f"LibreOffice ended while starting (status {self.guard.returncode})")
            if os.path.exists(opened):
                if self._pipe_ok():
                    return
                # LibreOffice hashes the profile URL in its own spelling, which differs from ours for some
                # characters (``;``, ``:``…): ask the system which pipe the server listens on
                found = _listening_pipe(self.guard.pid)
                if found is None:
                    raise _Unsupported(f"LibreOffice started but its pipe is not at {self.pipe}")
                self.pipe = found
                if self.guard.stdin:  # the guard removes this one when this process is gone
                    self.guard.stdin.write(os.fsencode(found) + b"\n")
                    self.guard.stdin.flush()
                return
            if time.monotonic() > deadline:
                raise _ServerLost(f"LibreOffice did not start within {timeout:g} s")
            time.sleep(0.02)

    def _pipe_ok(self) -> bool:
        return _own_socket(self.pipe)

    def convert(self, src: str, outdir: str, target: str, timeout: float) -> Converted:
        if not self._pipe_ok():
            raise _ServerGone("the pipe of LibreOffice is gone")
        if os.path.getsize(self.log) > _LOG_LIMIT:
            os.truncate(self.log, 0)
        start = os.path.getsize(self.log)
        args = [*_CONVERT_ARGS, target, "--outdir", outdir, src]
        request = _ARGUMENTS + "1" + _escape(Path(outdir).as_uri()) + "".join("," + _escape(a) for a in args)
        deadline = time.monotonic() + timeout
        self.conversions += 1
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(timeout)
            try:
                sock.connect(self.pipe)
            except OSError as exc:
                raise _ServerGone(f"LibreOffice's pipe refused the connection: {exc}") from None
            try:
                if _receive(sock, deadline) != _HELLO:
                    raise _Unsupported("LibreOffice did not greet as expected on its pipe")
                sock.sendall(request.encode("utf-8") + b"\0")
                done = _receive(sock, deadline)
            except TimeoutError:
                raise ConversionTimeout(f"LibreOffice did not finish within {timeout:g} s") from None
            except OSError as exc:
                raise _ServerLost(f"LibreOffice's pipe failed: {exc}") from None
        if done != _DONE:  # the pipe closed before the answer: the server died on this file
            raise _ServerLost("LibreOffice ended during the conversion")
        with open(self.log, "rb") as fh:
            fh.seek(start)
            said = fh.read().decode("utf-8", "replace")
        return Converted(_output(src, outdir, target), _message(said))

    def stop(self) -> None:
        _kill(self.guard)
        _remove_pipe(self.pipe)  # the profile is ours (flock): no other LibreOffice can have made it

    def forget(self) -> None:
        """In a forked child: let go of the parent's server without touching it."""
        if self.guard.stdin:
            self.guard.stdin.close()  # this process's copy only
        os.close(self.lock_fd)


def _listening_pipe(pgid: int) -> str | None:
    """The single-instance pipe a process of group ``pgid`` holds, from ``/proc`` (Linux; else ``None``)."""
    prefix = f"OSL_PIPE_{os.getuid()}_SingleOfficeIPC_"
    try:
        rows = [line.split() for line in Path("/proc/net/unix").read_text().splitlines()[1:]]
        pids = [e for e in os.listdir("/proc") if e.isdecimal()]
    except OSError:
        return None
    by_inode = {row[6]: row[7] for row in rows if len(row) >= 8 and os.path.basename(row[7]).startswith(prefix)}
    for pid in pids:
        try:
            if os.getpgid(int(pid)) != pgid:
                continue
            for fd in os.listdir(f"/proc/{pid}/fd"):
                inode = os.readlink(f"/proc/{pid}/fd/{fd}").removeprefix("socket:[").removesuffix("]")
                if inode in by_inode and _own_socket(by_inode[inode]):
                    return by_inode[inode]
        except OSError:
            continue
    return None


def _receive(sock: socket.socket, deadline: float) -> bytes:
    """One NUL-terminated message (without the NUL); what came before end of file when the pipe closed."""
    data = b""
    while not data.endswith(b"\0"):
        sock.settimeout(max(0.001, deadline - time.monotonic()))
        chunk = sock.recv(256)
        if not chunk:
            return data
        data += chunk
    return data[:-1]


class Converter:
    """Converts files with one LibreOffice server, started at the first conversion and restarted after a
    hang, a crash or ``max_conversions`` files; the old way when no server can be had (``why_not`` says
    why).  Thread-safe: conversions through one converter take turns."""

    def __init__(
        self,
        exe: str,
        *,
        cache_dir: str | None = None,
        slots: int = DEFAULT_PROFILE_SLOTS,
        start_timeout: float = DEFAULT_START_TIMEOUT,
        max_conversions: int = DEFAULT_MAX_CONVERSIONS,
    ) -> None:
        self.exe = exe
        self.cache_dir = cache_dir
        self.slots = slots
        self.start_timeout = start_timeout
        self.max_conversions = max_conversions
        #: servers started so far (a restart counts): a second conversion reusing the server leaves it at 1
        self.starts = 0
        #: why conversions run the old way (``None`` while a server can be used)
        self.why_not: str | None = None if fcntl is not None else "no fcntl on this platform"
        self._lock = threading.Lock()
        self._server: _Server | None = None
        self._slot: tuple[str, int] | None = None

    @property
    def pid(self) -> int | None:
        """The process group of the running server, if any."""
        return self._server.pid if self._server is not None and self._server.alive() else None

    def convert(self, src: str, outdir: str, target: str, timeout: float) -> Converted:
        """Convert ``src`` (an absolute path) into ``outdir`` as ``target`` (``"docx:MS Word 2007 XML"``);
        ``ConversionTimeout`` after ``timeout`` seconds."""
        with self._lock:
            for _attempt in range(DEFAULT_SERVER_ATTEMPTS):
                server = self._ready_server()
                if server is None:
                    break
                try:
                    return server.convert(src, outdir, target, timeout)
                except ConversionTimeout:
                    self._stop_server()
                    raise
                except _ServerGone:  # it died before this file: a new one takes the file
                    self._stop_server()
                    continue
                except _ServerLost as exc:
                    self._stop_server()
                    if isinstance(exc, _Unsupported):
                        self.why_not = str(exc)
                        self._release_slot()
                    partial = _output(src, outdir, target)  # what a server that died while writing left
                    if partial:
                        os.unlink(partial)
                    break  # it died on this file: the old way converts it
        return convert_once(self.exe, src, outdir, target, timeout)

    def _ready_server(self) -> _Server | None:
        if self._server is not None and (not self._server.alive() or self._server.conversions >= self.max_conversions):
            self._stop_server()
        if self._server is None and self.why_not is None:
            self._server = self._start()
        return self._server

    def _start(self) -> _Server | None:
        if self._slot is None:
            self._slot = self._take_slot()
            if self._slot is None:
                return None
        slot, fd = self._slot
        for attempt in range(2):  # the second time with a new profile: a killed server may have broken it
            try:
                server = _Server(self.exe, slot, fd, self.start_timeout)
            except (_ServerLost, OSError) as exc:
                shutil.rmtree(os.path.join(slot, "profile"), ignore_errors=True)
                if attempt or isinstance(exc, _Unsupported):
                    self.why_not = str(exc)
                    self._release_slot()
                    return None
                continue
            self.starts += 1
            return server
        return None

    def _take_slot(self) -> tuple[str, int] | None:
        assert fcntl is not None
        cache = self.cache_dir or default_cache_dir()
        try:
            os.makedirs(cache, mode=0o700, exist_ok=True)
        except OSError as exc:
            self.why_not = f"cannot create {cache}: {exc.strerror or exc}"
            return None
        for n in range(self.slots):
            try:
                fd = os.open(os.path.join(cache, f"slot-{n}.lock"), os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
            except OSError as exc:
                self.why_not = f"cannot lock a profile in {cache}: {exc.strerror or exc}"
                return None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                continue
            slot = os.path.join(cache, f"slot-{n}")
            try:
                os.makedirs(slot, mode=0o700, exist_ok=True)
            except OSError as exc:
                os.close(fd)
                self.why_not = f"cannot create {slot}: {exc.strerror or exc}"
                return None
            return slot, fd
        return None  # all taken: the old way for this file, a slot may be free at the next one

    def _release_slot(self) -> None:
        if self._slot is not None:
            os.close(self._slot[1])
            self._slot = None

    def _stop_server(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None

    def close(self) -> None:
        """Stop the server (a later conversion starts a new one) and give its profile slot back.  Does not
        wait long for a conversion under way in another thread: it fails, its server gone."""
        locked = self._lock.acquire(timeout=5)
        try:
            self._stop_server()
            self._release_slot()
        finally:
            if locked:
                self._lock.release()

    def _forget(self) -> None:
        if self._server is not None:
            _forgotten.append(self._server.guard)  # never collected, never waited for: not our child
            self._server.forget()
        elif self._slot is not None:
            os.close(self._slot[1])
        self._server = None
        self._slot = None
        self._lock = threading.Lock()


_converters: dict[str, Converter] = {}
_registry = threading.Lock()
_forgotten: list[subprocess.Popen[bytes]] = []


def converter(exe: str) -> Converter:
    """The converter of this process for the LibreOffice at ``exe``."""
    with _registry:
        if exe not in _converters:
            _converters[exe] = Converter(exe)
        return _converters[exe]


def close_all() -> None:
    """Stop every server of this process (run at exit)."""
    with _registry:
        converters = list(_converters.values())
    for c in converters:
        c.close()


def _after_fork_in_child() -> None:
    """A forked child (a parser worker) starts its own server when it needs one; the parent's stays the
    parent's — and the child keeps no copy of its guard pipe, which would keep it alive after the parent."""
    global _registry
    _registry = threading.Lock()
    for c in _converters.values():
        c._forget()
    _converters.clear()


atexit.register(close_all)
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)
