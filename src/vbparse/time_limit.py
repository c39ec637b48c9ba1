"""A time limit on one file's parse (``vbparse parse --timeout``), raised in the main thread.

A signal's handler runs at whatever Python step the main thread is at.  Two such steps must not be cut:
a weak reference's finaliser (Python prints and *drops* an exception raised there, so the limit was lost
and the parse ran on) and a PDF library's own bookkeeping (an object half made or half closed is left in
its tracker, and it complains on stderr when the program exits).  There the limit waits a
millisecond and looks again; an exception some code swallows is raised again a second later.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType

#: Code the limit never interrupts: (what it is, a path fragment of its file, its function or ``None``
#: for any).  Matched against every frame of the interrupted stack.
DEFAULT_UNINTERRUPTIBLE = (
    ("a weak reference's finaliser (its exception is printed and dropped)", "/weakref.py", "__call__"),
    ("PDFium's object tracker (an object half closed stays in it)", "/pypdfium2/", None),
)

#: How long the limit waits before looking again when it fell inside uninterruptible code.
DEFAULT_RETRY_SECONDS = 0.001

#: When the limit's exception was swallowed on its way out, it is raised again after this long.
DEFAULT_RAISE_AGAIN_SECONDS = 1.0


class TimeLimit(BaseException):
    """A file's parse ran past its limit (a ``BaseException``, as ``KeyboardInterrupt``: the readers keep
    going past a broken page's ``Exception``, never past this)."""


def uninterruptible_part(frame: FrameType | None) -> str | None:
    """What uninterruptible code ``frame`` or a caller of it is in, or ``None`` when it may be cut."""
    while frame is not None:
        code = frame.f_code
        filename = code.co_filename.replace("\\", "/")
        for what, fragment, function in DEFAULT_UNINTERRUPTIBLE:
            if fragment in filename and (function is None or code.co_name == function):
                return what
        frame = frame.f_back
    return None


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ``TimeLimit`` in this (the main) thread after ``seconds``, at the first step outside
    uninterruptible code (a page being recognised finishes first).  Where there is no interval timer,
    or off the main thread, no limit."""
    if seconds <= 0 or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(_signum: int, frame: FrameType | None) -> None:
        if uninterruptible_part(frame) is not None:
            signal.setitimer(signal.ITIMER_REAL, DEFAULT_RETRY_SECONDS)
            return
        signal.setitimer(signal.ITIMER_REAL, DEFAULT_RAISE_AGAIN_SECONDS)
        raise TimeLimit

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
