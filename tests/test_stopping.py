"""The stop that Ctrl-C and SIGTERM ask for (``index``, ``watch``): a signal that comes while the main
thread is inside the stop itself — being set by the signal before, or waited on by the watcher's loop —
must not hang the process (issue 55: ``vbparse watch`` never ended after two SIGTERMs close together).

A signal's Python handler runs in the main thread between two of its steps.  To make the race happen
every time instead of once in a few loaded runs, a trace function sends SIGTERM again at every line the
main thread runs inside the first handler (or inside the wait), in a subprocess that a hang cannot keep.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from conftest import ROOT

#: Seconds the subprocess gets: it ends in well under one; a hang is what this bounds.
HANG_GUARD = 60

#: Runs ``BODY`` with ``stop`` (from the product's ``stop_on_signals``) and ``storm(call)``: ``call()`` with
#: SIGTERM sent to this process at each line run inside it (not inside the handlers it sets off).
PRELUDE = """\
import os, signal, sys, time
from vbparse.stopping import stop_on_signals

inside = [0]
handling = [0]

def _again(frame, event, arg):
    if event == "line" and inside[0] and not handling[0]:
        os.kill(os.getpid(), signal.SIGTERM)
    return _again

def _new_frame(frame, event, arg):
    return _again if inside[0] and not handling[0] else None

def storm(call):
    inside[0] += 1
    sys.settrace(_new_frame)
    try:
        return call()
    finally:
        sys.settrace(None)
        inside[0] -= 1

before = (signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT))  # as the process was started
with stop_on_signals() as stop:
    product = signal.getsignal(signal.SIGTERM)

    def counted(signum, frame):
        handling[0] += 1
        try:
            product(signum, frame)
        finally:
            handling[0] -= 1
"""


def _run(body: str, after: str = "") -> subprocess.CompletedProcess[str]:
    """``body`` run inside ``stop_on_signals``, then ``after`` once it is left."""
    script = PRELUDE + textwrap.indent(textwrap.dedent(body), "    ") + textwrap.dedent(after)
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    try:
        return subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, timeout=HANG_GUARD, env=env, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise AssertionError(f"the process hung on its stop: {exc.stderr!r}") from None


def test_a_second_stop_signal_while_the_first_is_handled_does_not_hang():
    r = _run(
        """
        def first(signum, frame):  # the first signal's handler, with a second signal at each of its lines
            signal.signal(signal.SIGTERM, counted)
            storm(lambda: product(signum, frame))

        signal.signal(signal.SIGTERM, first)
        os.kill(os.getpid(), signal.SIGTERM)
        print("stopped" if stop.is_set() else "not stopped")
        """
    )
    assert (r.returncode, r.stdout) == (0, "stopped\n"), r.stderr


def test_a_stop_signal_while_the_loop_waits_on_the_stop_ends_the_wait():
    r = _run(
        """
        signal.signal(signal.SIGTERM, counted)
        seen = storm(lambda: stop.wait(600))  # ten guards: a wait the signal does not end fails the guard
        print("stopped" if seen and stop.is_set() else "not stopped")
        """
    )
    assert (r.returncode, r.stdout) == (0, "stopped\n"), r.stderr


def test_without_a_signal_the_wait_runs_its_time_and_the_stop_is_not_set():
    r = _run(
        """
        t0 = time.monotonic()
        seen = stop.wait(0.3)
        waited = time.monotonic() - t0
        print("not stopped" if not seen and not stop.is_set() and waited >= 0.29 else f"wrong: {seen} {waited}")
        """
    )
    assert (r.returncode, r.stdout) == (0, "not stopped\n"), r.stderr


def test_the_handlers_before_are_back_after_the_stop():
    """The handlers the process had before the stop, whatever they were: Python's own for SIGINT, or SIG_IGN when
    the process was started in the background by a shell without job control (as a CI script may start it)."""
    r = _run(
        "assert signal.getsignal(signal.SIGTERM) is not before[0]\n",
        "print(signal.getsignal(signal.SIGTERM) is before[0], signal.getsignal(signal.SIGINT) is before[1])\n",
    )
    assert (r.returncode, r.stdout) == (0, "True True\n"), r.stderr


def test_a_command_left_stopped_ignores_a_later_stop_and_one_not_stopped_gets_its_handlers_back():
    script = """\
import os, signal
from vbparse.stopping import stop_on_signals

with stop_on_signals(until_exit=True):
    pass
print(signal.getsignal(signal.SIGTERM) is signal.SIG_DFL)
with stop_on_signals(until_exit=True):
    os.kill(os.getpid(), signal.SIGTERM)
os.kill(os.getpid(), signal.SIGTERM)
os.kill(os.getpid(), signal.SIGINT)
print("still here")
"""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    r = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=HANG_GUARD, env=env, check=False
    )
    assert (r.returncode, r.stdout) == (0, "True\nstill here\n"), r.stderr
