"""The stop that Ctrl-C and SIGTERM ask of ``index`` and ``watch``: a flag the signal handler sets.

Not a ``threading.Event``: a Python signal handler runs in the main thread between two of its steps, and
that thread may then hold the event's own lock — inside ``Event.set`` when a second signal comes during
the first one's handler (systemd's SIGTERM to every process of a service, then a second stop; Ctrl-C twice),
or inside ``Event.wait`` (the watcher's loop, between two looks).  ``Event.set`` in the handler then waits
for a lock its own thread holds, and the process never ends (issue 55: ``vbparse watch`` hung after two
SIGTERMs; faulthandler showed ``set`` → ``Condition.__enter__`` → the handler → ``set`` → ``__enter__``).
``Stop.set`` takes no lock: it sets a flag and writes a byte to a pipe, which ``wait`` selects on.
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import threading
from collections.abc import Iterator
from typing import Protocol

#: The signals that ask for a stop.
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Stoppable(Protocol):
    """What a loop needs of its stop (``Stop``, or a ``threading.Event`` set by another thread)."""

    def is_set(self) -> bool: ...

    def set(self) -> None: ...

    def wait(self, timeout: float | None = None) -> bool: ...


class Stop:
    """A stop that a signal handler may set at any moment, even inside ``set`` or ``wait``; never cleared."""

    def __init__(self) -> None:
        self._set = False
        self._read, self._write = os.pipe()
        os.set_blocking(self._write, False)

    def is_set(self) -> bool:
        return self._set

    def set(self) -> None:
        self._set = True
        with contextlib.suppress(OSError):  # the pipe full (already set many times) or closed: the flag says it
            os.write(self._write, b"!")

    def on_signal(self, _signum: int, _frame: object) -> None:
        self.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Until set, or ``timeout`` seconds (``None``: no limit); whether it is set."""
        if not self._set:
            with contextlib.suppress(OSError, ValueError):  # closed: nothing can set it any more
                select.select([self._read], [], [], timeout)
        return self._set

    def close(self) -> None:
        for fd in (self._read, self._write):
            with contextlib.suppress(OSError):
                os.close(fd)


@contextlib.contextmanager
def stop_on_signals(*, until_exit: bool = False) -> Iterator[Stop]:
    """A ``Stop`` that SIGINT and SIGTERM set, the handlers before them restored on leaving.  Only the
    main thread can take signals; elsewhere nothing but ``set`` sets it.

    ``until_exit``: for a command that ends once stopped (``watch``).  Left stopped, the signals are then
    ignored instead: a second stop that comes while the process ends (systemd's SIGTERM to every process,
    then another; Ctrl-C twice) is the same stop, not a kill by the default handler put back (status -15
    instead of the stop's 0).  Children started after that would ignore them too: start none."""
    stop = Stop()
    previous = {}
    try:
        if threading.current_thread() is threading.main_thread():
            for signum in STOP_SIGNALS:
                previous[signum] = signal.signal(signum, stop.on_signal)
        yield stop
    finally:
        ending = until_exit and stop.is_set()
        for signum, handler in previous.items():
            signal.signal(signum, signal.SIG_IGN if ending else handler)
        stop.close()


__all__ = ["STOP_SIGNALS", "Stop", "Stoppable", "stop_on_signals"]
