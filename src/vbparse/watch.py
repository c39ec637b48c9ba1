"""A consume folder: ``vbparse watch FOLDER`` indexes each document put into the folder, and each one
changed there, as it comes — Paperless-ngx's consume folder, for an archive.

What is stored is what ``vbparse index`` stores for the same file: each file is handed to
``Archive.index`` (the same parse in a worker process with its time limit, the same rows, the same
failure record, the same skip of a file unchanged since it was indexed), never parsed here.  What this
module adds is *when* a file is handed over:

- **Never half-written.**  A file is read only once its size and modification time have stayed the same
  for ``settle`` seconds (``DEFAULT_SETTLE_SECONDS``), looked at every ``poll`` seconds: a copy from a
  scanner or a share that pauses is waited for.  A file changed while it was being indexed is looked at
  again and, changed, indexed again.
- **Temporary names wait for their rename.**  What the walk of ``index`` does not read is not read here
  (``ingest.walk.skipped_name``): hidden names (``.x.docx``), Word's lock files (``~$x.docx``) and other
  extensions, a download's ``x.pdf.part`` or ``x.pdf.crdownload`` among them; the rename to ``x.pdf`` is
  the event that brings the file in.  Nor a hidden folder, nor a symbolic link leading out of the folder.
- **Catch-up first.**  On start the folder is walked and every document in it is treated as just
  arrived (unchanged ones are skipped by ``index``); files the archive holds from this folder that are gone
  are marked vanished, as ``index FOLDER`` marks them.  Then events, from the file system's
  notifications (inotify on Linux) through watchdog, or from watchdog's polling for a network share
  where no notification arrives (``polling``).
- **Stopping.**  ``stop`` (the command line sets it on SIGINT and SIGTERM) ends the loop at its next look;
  a signal during an ``index`` call stops that run as it stops ``vbparse index``: the files already parsed
  are committed, each batch whole, the others are not recorded and are read on the next start.  The
  observer thread is stopped and joined before ``run`` returns.

The archive is opened for each batch and closed after it: between batches another ``vbparse index`` may
write it (the watcher waits for it, ``ArchiveBusy``), and a PostgreSQL connection dropped while the folder
was quiet costs nothing.  A database that cannot be written when a batch comes raises ``StoreError``, as in
``index``: the command line ends with it (exit 1; a service manager starts it again, and its catch-up reads
what came meanwhile).
"""

from __future__ import annotations

import os
import queue
import time
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from stat import S_ISREG
from typing import TYPE_CHECKING

from .ingest.walk import NO_SUCH_FILE, inside, skipped_name, walk
from .ingest.workers import DEFAULT_FILE_TIMEOUT
from .paths import display_path

if TYPE_CHECKING:  # the models (pydantic) are loaded by the archive, when a batch is indexed
    from .models import FileRecord
    from .stopping import Stoppable

#: Seconds a file's size and modification time must stay the same before it is read.
DEFAULT_SETTLE_SECONDS = 5.0
#: At most this many seconds between two looks at the files waiting to settle (and at ``stop``).
DEFAULT_POLL_SECONDS = 0.5
#: Seconds between two listings of the folder with ``polling`` (a network share: each lists every file).
DEFAULT_POLLING_SECONDS = 5.0
#: Seconds to wait before trying again when another index run holds the archive.
BUSY_RETRY_SECONDS = 10.0
#: At most this many settled files are handed to one ``index`` call (the rest to the next ones): a catch-up
#: of a large folder is committed and reported as it goes, and a stop waits for one call only.
DEFAULT_BATCH_FILES = 200
#: Seconds ``run`` waits for the observer thread to end.
OBSERVER_JOIN_SECONDS = 10.0


class WatchError(Exception):
    """The file system's notifications cannot be had for the folder (inotify's limit on watches reached, a
    file system without them): ``polling`` asks the folder instead."""


def poll_for(settle: float) -> float:
    """How often the waiting files are looked at: a few looks within one settle interval."""
    return max(0.05, min(DEFAULT_POLL_SECONDS, settle / 4))


@dataclass
class _Seen:
    size: int
    mtime_ns: int
    since: float


class Settler:
    """The files waiting to settle: ``note`` a path an event named, ``ready`` hands over those whose size and
    modification time have not changed for ``settle`` seconds, once, and those gone meanwhile."""

    def __init__(
        self,
        settle: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        stat: Callable[[Path], os.stat_result] = os.stat,
    ) -> None:
        self.settle, self.clock, self.stat = settle, clock, stat
        self.waiting: dict[Path, _Seen | None] = {}

    def __len__(self) -> int:
        return len(self.waiting)

    def note(self, path: Path) -> None:
        """An event (or the catch-up) named ``path``: it is looked at until it settles."""
        self.waiting.setdefault(path, None)

    def forget(self, path: Path) -> None:
        self.waiting.pop(path, None)

    def ready(self) -> tuple[list[Path], list[Path]]:
        """``(settled, gone)``: files unchanged for ``settle`` seconds, and files no longer there; both are
        forgotten.  A path that is no regular file now (a folder, a fifo) is forgotten too."""
        now = self.clock()
        settled, gone = [], []
        for path, seen in list(self.waiting.items()):
            try:
                st = self.stat(path)
            except FileNotFoundError:
                gone.append(path)
                del self.waiting[path]
                continue
            except OSError:  # not readable now (permissions being set): looked at again
                self.waiting[path] = None
                continue
            if not S_ISREG(st.st_mode):
                del self.waiting[path]
                continue
            if seen is None or (st.st_size, st.st_mtime_ns) != (seen.size, seen.mtime_ns):
                self.waiting[path] = _Seen(st.st_size, st.st_mtime_ns, now)
            elif now - seen.since >= self.settle:
                settled.append(path)
                del self.waiting[path]
        return sorted(settled), sorted(gone)


@dataclass
class Outcome:
    """What one ``index`` call did with the files handed to it."""

    indexed: list[FileRecord] = field(default_factory=list)
    failed: list[FileRecord] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    #: unchanged, and failed when they were read (not read again, as ``index`` does not)
    still_failed: list[str] = field(default_factory=list)
    vanished: list[str] = field(default_factory=list)
    interrupted: bool = False


#: Told of each file as ``report(what, path, reason)``: ``what`` is ``indexed``, ``failed`` (with the
#: reason ``vbparse failures`` prints), ``unchanged`` (an event, but the same content), ``still_failed``
#: (the same content as when it failed: not read again, as ``index`` reads it only with ``--retry-failed``), ``vanished``,
#: ``busy`` (another run holds the archive; no path) or ``caught_up`` (the files found on start are done
#: with; no path, ``Watcher.counts`` has the numbers).
Report = Callable[[str, str, str], None]

#: watchdog's events that bring a file in (``closed``: written and closed, on inotify; ``attrib``: its
#: permissions or times changed, as a scanner that makes a file readable once written does)
_ARRIVING = {"created", "modified", "moved", "closed", "attrib"}


class Watcher:
    """Index what arrives in ``folder`` (and below it) into the archive ``db``.

    ``jobs``, ``ocr``, ``timeout``: as for ``Archive.index``.  ``polling``: list the folder every so many
    seconds instead of waiting for the file system's notifications (a network share; None: notifications)."""

    def __init__(
        self,
        folder: str | os.PathLike,
        db: str,
        *,
        settle: float = DEFAULT_SETTLE_SECONDS,
        jobs: int | None = None,
        ocr: str = "auto",
        timeout: float | None = DEFAULT_FILE_TIMEOUT,
        polling: float | None = None,
        report: Report | None = None,
    ) -> None:
        self.folder = Path(os.path.abspath(folder))
        self.real = os.path.realpath(self.folder)
        self.db = db
        self.settle, self.poll = settle, poll_for(settle)
        self.jobs, self.ocr, self.timeout, self.polling = jobs, ocr, timeout, polling
        self.report: Report = report or (lambda what, path, reason: None)
        self.settler = Settler(settle)
        #: ``(kind, is a folder, path, new path)`` from the observer's thread
        self.events: queue.SimpleQueue[tuple[str, bool, str, str]] = queue.SimpleQueue()
        #: files and folders gone: what the archive holds of them is marked vanished with the next batch
        self.gone: set[Path] = set()
        #: settled files not handed over yet, in order (an ordered set)
        self.queued: dict[Path, None] = {}
        self.busy_until = 0.0
        #: the files found on start, until each is handed over; None once they all were
        self.catching_up: set[Path] | None = set()
        self.counts = {"indexed": 0, "failed": 0, "unchanged": 0, "vanished": 0}

    # --- which names are read ---------------------------------------------------------------------------
    def wanted(self, path: Path) -> bool:
        """A document file the walk of ``index`` would read under the folder: no hidden folder on the way,
        no temporary or other name, no link out of the folder."""
        return self._named_as_read(path, folder=False) and not (
            path.is_symlink() and not inside(os.path.realpath(path), [self.real])
        )

    def _named_as_read(self, path: Path, *, folder: bool) -> bool:
        """``path`` lies in the folder, under no hidden folder, and (a file) has a name the walk reads."""
        try:
            rel = path.relative_to(self.folder)
        except ValueError:
            return False
        inner = rel.parts if folder else rel.parts[:-1]
        return not any(part.startswith(".") for part in inner) and (folder or skipped_name(path.name) is None)

    def _own(self) -> set[Path]:
        """The archive's own files, when it lies in the folder."""
        if "://" in self.db:
            return set()
        return {Path(os.path.abspath(self.db + s)) for s in ("", "-wal", "-shm", "-journal", "-lock")}

    def _gone_held(self, paths: Iterable[Path], present: Collection[str] = ()) -> list[str]:
        """The files the archive holds (not vanished) that are one of ``paths`` or lie below one, and are
        not there any more (nor in ``present``, the shown names of the files a walk found).  Shown names:
        a file whose name is not UTF-8 is looked for by its real name when it is one of ``paths``."""
        from .store import Archive

        real_of = {display_path(p): p for p in paths}
        prefixes = tuple(t.rstrip(os.sep) + os.sep for t in real_of)
        with Archive(self.db, create=True) as archive:
            held = [
                r.path
                for r in archive.files()
                if r.status != "vanished" and (r.path in real_of or r.path.startswith(prefixes))
            ]
        return sorted(h for h in held if h not in present and not os.path.lexists(real_of.get(h, h)))

    # --- the catch-up -------------------------------------------------------------------------------------
    def catch_up(self) -> None:
        """Every document now in the folder waits to settle; what the archive holds from the folder and is
        gone is marked vanished with the next batch."""
        walked = walk([self.folder], self._own()).files
        found = [p for p in walked if self.wanted(p)]
        for p in found:
            self.settler.note(p)
        self.catching_up = set(found)
        present = {display_path(p) for p in walked}
        self.gone.update(Path(p) for p in self._gone_held([self.folder], present))

    # --- events -----------------------------------------------------------------------------------------
    def on_event(self, kind: str, is_dir: bool, src: str, dest: str = "") -> None:
        """Called from the observer's thread: queued for the loop."""
        self.events.put((kind, is_dir, src, dest))

    def _drain(self) -> None:
        while True:
            try:
                kind, is_dir, src, dest = self.events.get_nowait()
            except queue.Empty:
                return
            if kind in ("deleted", "moved") and self._named_as_read(Path(src), folder=is_dir):
                # not a temporary name, nor the archive's own files (one batch's end must not start another)
                self.gone.add(Path(src))
                self.settler.forget(Path(src))
                self.queued.pop(Path(src), None)
            if kind not in _ARRIVING:
                continue
            target = Path(dest if kind == "moved" else src)
            if is_dir:
                if kind != "modified":
                    self._arrived_folder(target)
            elif self.wanted(target):
                self.gone.discard(target)
                self.queued.pop(target, None)  # changed again: it settles again first
                self.settler.note(target)

    def _arrived_folder(self, folder: Path) -> None:
        """A folder moved or made in the watched one: its documents wait to settle."""
        try:
            rel = folder.relative_to(self.folder)
        except ValueError:
            return
        if any(part.startswith(".") for part in rel.parts):
            return
        for p in walk([folder], self._own()).files:
            if self.wanted(p):
                self.gone.discard(p)
                self.queued.pop(p, None)
                self.settler.note(p)

    # --- indexing ---------------------------------------------------------------------------------------
    def _batch(self, settled: list[Path], gone: list[Path]) -> Outcome:
        """Hand ``settled`` files, and those the archive holds of ``gone``, to ``Archive.index`` (which
        marks a file it is handed and cannot find vanished, as ``index FOLDER`` does)."""
        from .store import Archive
        from .store.backend import ArchiveBusy

        out = Outcome()
        vanish = self._gone_held(gone) if gone else []
        if not settled and not vanish:
            return out
        reported: set[str] = set()

        def heard(rec: FileRecord) -> None:  # as each batch of the run is committed
            reported.add(rec.path)
            self._said(out.indexed if rec.status == "ok" else out.failed, rec)

        try:
            with Archive(self.db, create=True) as archive:
                summary = archive.index(
                    [*settled, *vanish], jobs=self.jobs, ocr=self.ocr, timeout=self.timeout, on_result=heard
                )
                # unchanged files that failed before are not read again (index --retry-failed reads them)
                failed_before = {r.path for r in archive.failures()} if summary.skipped_failed else set()
        except ArchiveBusy:
            self.queued = dict.fromkeys([*settled, *self.queued])
            self.gone.update(gone)
            self.busy_until = time.monotonic() + BUSY_RETRY_SECONDS
            self.report("busy", "", "")
            return out
        for rec in summary.failures:  # a file that failed before a worker saw it (it cannot be read)
            if rec.path not in reported and rec.error != NO_SUCH_FILE:
                self._said(out.failed, rec)
                reported.add(rec.path)
        out.vanished = vanish if summary.vanished else []
        out.interrupted = summary.interrupted
        if not out.interrupted:  # neither parsed nor failed: the same content as when it was indexed
            same = [k for k in map(display_path, settled) if k not in reported]
            out.unchanged = [k for k in same if k not in failed_before]
            out.still_failed = [k for k in same if k in failed_before]
        return out

    def _said(self, into: list[FileRecord], rec: FileRecord) -> None:
        """A file indexed or failed: reported (and counted) at once."""
        into.append(rec)
        what = "indexed" if rec.status == "ok" else "failed"
        self.counts[what] += 1
        self.report(what, rec.path, rec.error or "")

    def _tell(self, out: Outcome) -> None:
        """What the ``index`` call left to say once it returned: files unchanged, files vanished."""
        for what, paths in (("unchanged", out.unchanged), ("still_failed", out.still_failed)):
            for path in paths:
                if self.catching_up is None or Path(path) not in self.catching_up:
                    self.report(what, path, "")
        for path in out.vanished:
            self.report("vanished", path, "")
        self.counts["unchanged"] += len(out.unchanged) + len(out.still_failed)
        self.counts["vanished"] += len(out.vanished)

    def step(self) -> bool:
        """Take the queued events and index what has settled; False when a signal stopped the index run."""
        self._drain()
        if time.monotonic() < self.busy_until:
            return True
        settled, gone = self.settler.ready()
        self.queued.update(dict.fromkeys(settled))
        for p in gone:
            self.queued.pop(p, None)
        gone = sorted(self.gone.union(gone))
        self.gone.clear()
        batch = list(self.queued)[:DEFAULT_BATCH_FILES]
        for p in batch:
            del self.queued[p]
        if batch or gone:
            out = self._batch(batch, gone)
            self._tell(out)
            if out.interrupted:
                return False
        if self.catching_up is not None and not (
            self.catching_up.intersection(self.settler.waiting) or self.catching_up.intersection(self.queued)
        ):
            self.report("caught_up", "", "")
            self.catching_up = None
        return True

    # --- the loop -----------------------------------------------------------------------------------------
    def run(self, stop: Stoppable, *, once: bool = False, started: Callable[[], None] | None = None) -> None:
        """Catch up, then index what arrives until ``stop`` is set (``once``: catch up and return).  The
        observer starts before the catch-up walk, so that a file arriving during the walk is seen either
        way; it is stopped and joined before this returns."""
        observer = None if once else self._observer()
        try:
            self.catch_up()
            if started is not None:
                started()
            while not stop.is_set():
                if not self.step():
                    stop.set()
                    break
                if once and not (self.settler or self.queued or self.gone or self.catching_up is not None):
                    break
                if not self.queued:  # more settled files: the next batch at once
                    stop.wait(self.poll)
        finally:
            if observer is not None:
                observer.stop()
                observer.join(OBSERVER_JOIN_SECONDS)

    def _observer(self):
        from watchdog.events import FileSystemEvent, FileSystemEventHandler
        from watchdog.observers import Observer
        from watchdog.observers.polling import PollingObserver

        watcher = self

        class Handler(FileSystemEventHandler):
            def on_any_event(self, event: FileSystemEvent) -> None:
                watcher.on_event(
                    event.event_type, event.is_directory, os.fsdecode(event.src_path), os.fsdecode(event.dest_path)
                )

        observer = PollingObserver(timeout=self.polling) if self.polling is not None else Observer()
        observer.daemon = True  # never keeps the process alive; it is joined all the same
        try:
            observer.schedule(Handler(), str(self.folder), recursive=True)
            observer.start()
        except OSError as exc:
            observer.stop()
            raise WatchError(str(exc)) from None
        return observer


__all__ = [
    "BUSY_RETRY_SECONDS",
    "DEFAULT_BATCH_FILES",
    "DEFAULT_POLLING_SECONDS",
    "DEFAULT_POLL_SECONDS",
    "DEFAULT_SETTLE_SECONDS",
    "Outcome",
    "Report",
    "Settler",
    "WatchError",
    "Watcher",
    "poll_for",
]
