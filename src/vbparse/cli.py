"""Command line: ``vbparse parse FILE...`` and the archive commands (index, search, obligations, refs, show,
failures, export).

``vbparse parse FILE... [--out DIR] [--pretty] [--text] [--ocr auto|always|never] [--searchable-pdf OUT]``:

Files are read by content (magic bytes), not by extension: .txt/.md, .docx, legacy .doc (through
LibreOffice), PDFs with a text layer and scanned PDFs (through Tesseract).

One file prints one JSON object; several print JSON Lines (or write one JSON per file into ``--out``).
A file that cannot be read gets one line on stderr naming the file and the reason; the others are
still processed, and the exit status is 1 if any file failed.  ``--out`` never replaces an existing
file: a name already taken (by a user's file, an earlier run, another input of the same name) gets
the next free ``NAME.N.json``.  ``--searchable-pdf`` also writes each scan with its recognised text layer
(``vbparse.searchable``): to OUT for one file, into the folder OUT for several.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import signal
import sys
import tempfile
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, TextIO, cast

from .ingest.walk import NOT_A_DOCUMENT
from .ingest.workers import DEFAULT_FILE_TIMEOUT
from .tables.followup import REGISTER_STATE_CHOICES
from .version import __version__

if TYPE_CHECKING:
    from .models import ObligationHit

#: Where the command's own messages go when fd 2 is not stderr any more (a Ray run: ``_ray_output``).
_messages = None


def _err(msg: str) -> None:
    """One message, one line: a reason that quotes a file's or a database's text (a damaged archive's
    column, with its line breaks) is put on the message's line."""
    from .chars import terminal_safe  # here: ``vbparse --help`` needs neither it nor ``regex``

    one_line = terminal_safe(_LINE_BREAKS.sub(" ", msg.rstrip()))
    print(f"vbparse: {one_line}", file=_messages or sys.stderr, flush=_messages is not None)


#: A command's own emphasis, put in as ANSI bold after its output is made safe (``_TerminalSafe``).
_BOLD, _PLAIN = "\ue000", "\ue001"


class _TerminalSafe:
    """The standard output of a command: every control character in what it writes (a document's or a file
    name's ESC, BEL …; an older archive's text) is shown as U+FFFD, never acted on by the terminal; then
    the command's own emphasis (``_BOLD``/``_PLAIN``) becomes ANSI bold.  JSON escapes such characters
    itself; binary output goes to ``buffer`` untouched."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        from .chars import terminal_safe

        self._stream.write(terminal_safe(text).replace(_BOLD, "\033[1m").replace(_PLAIN, "\033[0m"))
        return len(text)

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def _data_stdout() -> TextIO:
    """Standard output for data (an export): exact when it goes to a file or a pipe (a CSV's and a calendar's
    CRLF line ends are part of the format), terminal-safe when a person reads it on a terminal."""
    out = sys.stdout
    if isinstance(out, _TerminalSafe) and not out.isatty():
        return out._stream
    return out


_LINE_BREAKS = re.compile(r"\s*[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]+\s*")


def _write_new(out_dir: Path, stem: str, data: str) -> Path:
    """Write ``data`` to ``DIR/STEM.json``, or the first free ``DIR/STEM.N.json``: an existing file (a
    user's, an earlier run's, a symbolic link) is never replaced nor written through."""
    fd, tmp = tempfile.mkstemp(prefix=f".{stem}.", suffix=".part", dir=out_dir)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(data)
        for k in range(1, 100_000):
            target = out_dir / (f"{stem}.json" if k == 1 else f"{stem}.{k}.json")
            try:
                os.link(tmp, target)  # atomic, and fails when the name exists (even as a dangling link)
                return target
            except FileExistsError:
                continue
            except OSError:  # a file system without hard links: create exclusively, then write
                try:
                    with open(target, "x", encoding="utf-8") as fh:
                        fh.write(data)
                    return target
                except FileExistsError:
                    continue
        raise OSError(f"no free name for {stem}.json in {out_dir}")
    finally:
        os.unlink(tmp)


def _searchable_target(args: argparse.Namespace, files: list[Path]) -> tuple[Path | None, Path | None, int]:
    """``--searchable-pdf`` of ``parse``: (the output file, or the folder, and 0), or an exit status after a
    one-line error.  One file: the name to write (an existing folder: written into it); several: a folder."""
    from .searchable import is_pdf, missing_tools

    target = Path(args.searchable_pdf)
    if args.text:
        _err("--searchable-pdf cannot be combined with --text")
        return None, None, 2
    if args.ocr == "never":
        _err("--searchable-pdf needs OCR; it cannot be combined with --ocr never")
        return None, None, 2
    why = missing_tools()
    if why:
        _err(f"--searchable-pdf: {why}")
        return None, None, 1
    if target.is_dir():
        return None, target, 0
    if len(files) > 1:
        if os.path.lexists(target) or target.suffix.lower() == ".pdf":
            _err(f"{target}: with several files, --searchable-pdf must be a directory")
            return None, None, 2
        target.mkdir(parents=True, exist_ok=True)
        return None, target, 0
    if os.path.lexists(target):
        _err(f"{target}: exists; not overwritten (choose another --searchable-pdf)")
        return None, None, 1
    if not target.parent.is_dir():
        _err(f"{target}: cannot be written: {target.parent} is not a directory")
        return None, None, 1
    if files[0].is_file() and not is_pdf(files[0]):
        _err(f"{files[0]}: not a PDF; --searchable-pdf is for scanned PDFs")
        return None, None, 1
    return target, None, 0


def _write_searchable(f: Path, doc, ocr: str, out_file: Path | None, out_dir: Path | None) -> bool:
    """The searchable copy of a parsed file (one line on stderr says what happened); False when it failed."""
    from .searchable import (
        SearchableError,
        is_pdf,
        recognised_pages,
        write_searchable_into,
        write_searchable_pdf,
    )

    if out_file is None and not is_pdf(f):
        return True  # a batch into a folder: only its PDFs get a copy
    # with --ocr always every page was recognised and none judged: visible text is never rasterised then
    pages, rasterise = recognised_pages(doc), ocr != "always"
    try:
        if out_file is not None:
            result = write_searchable_pdf(f, out_file, pages=pages, rasterise=rasterise)
        else:
            assert out_dir is not None  # a batch: the caller gives a folder when it gives no file
            result = write_searchable_into(f, out_dir, pages=pages, rasterise=rasterise)
    except SearchableError as exc:
        where = "" if exc.path == str(f) else f"{exc.path}: "
        _err(f"{f}: no searchable PDF written ({where}{exc.reason})")
        return False
    _err(f"{f}: {result.describe()}")
    return True


class _TimeLimit(BaseException):
    """A file's parse ran past ``--timeout`` (a ``BaseException``, as ``KeyboardInterrupt``: the readers keep
    going past a broken page's ``Exception``, never past this)."""


@contextlib.contextmanager
def _time_limit(seconds: float):
    """Raise ``_TimeLimit`` in this (the main) thread after ``seconds``: the parse stops at the next Python
    step (a page being recognised finishes first).  Where there is no interval timer, no limit."""
    if seconds <= 0 or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(_signum, _frame):
        raise _TimeLimit

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def cmd_parse(args: argparse.Namespace) -> int:
    from .pipeline import (  # here, not at the top: ``vbparse --help`` needs neither
        normalized_text,
        parse,
    )
    from .read import ReadError

    failures = 0
    files = [Path(f) for f in args.files]
    out_dir = Path(args.out) if args.out else None
    if out_dir is not None and out_dir.exists() and not out_dir.is_dir():
        _err(f"{out_dir}: --out must be a directory")
        return 2
    searchable_file = searchable_dir = None
    if args.searchable_pdf:
        searchable_file, searchable_dir, status = _searchable_target(args, files)
        if status:
            return status
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    for f in files:
        try:
            if args.text:
                sys.stdout.write(normalized_text(f, ocr=args.ocr))
                if len(files) > 1:
                    sys.stdout.write("\n\f\n")
                continue
            with _time_limit(args.timeout):
                doc = parse(f, ocr=args.ocr)
        except ReadError as exc:
            _err(f"{exc.path}: {exc.reason}")
            failures += 1
            continue
        except _TimeLimit:
            _err(f"{f}: not parsed within {args.timeout:g} s (--timeout; a long scan is read page by page by OCR)")
            failures += 1
            continue
        except Exception as exc:  # noqa: BLE001 - a parser bug must not stop a batch; report it like a read error
            _err(f"{f}: internal error while parsing ({type(exc).__name__}: {exc})")
            failures += 1
            continue
        indent = 2 if args.pretty else None
        if out_dir is not None:
            try:
                target = _write_new(out_dir, f.stem, doc.model_dump_json(indent=indent) + "\n")
            except OSError as exc:
                _err(f"{f}: not written into {out_dir} ({exc.strerror or exc})")
                failures += 1
                continue
            if target.name != f"{f.stem}.json":
                _err(f"{f}: written to {target} ({f.stem}.json exists and is not replaced)")
        else:
            sys.stdout.write(doc.model_dump_json(indent=indent if len(files) == 1 else None) + "\n")
        if (searchable_file or searchable_dir) and not _write_searchable(
            f, doc, args.ocr, searchable_file, searchable_dir
        ):
            failures += 1
    return 1 if failures else 0


# --- the archive ----------------------------------------------------------------------------------------


def _archive(args: argparse.Namespace, *, create: bool = False):
    """The archive named by ``--db``; only ``index`` creates one (a mistyped path for a query is an error)."""
    from .store import Archive

    return Archive(args.db, create=create)


def _dump(items, as_json: bool) -> bool:
    """Print ``items`` (pydantic models) as a JSON array when ``--json``; True when printed."""
    if not as_json:
        return False
    sys.stdout.write("[" + ",\n".join(i.model_dump_json() for i in items) + "]\n")
    return True


def _mark(text: str | None, spans, tty: bool) -> str:
    if not text:
        return ""
    out, last = [], 0
    for sp in sorted(spans, key=lambda s: s.start):
        if sp.start < last:
            continue
        out.append(text[last : sp.start])
        word = text[sp.start : sp.end]
        out.append(f"{_BOLD}{word}{_PLAIN}" if tty else f"«{word}»")
        last = sp.end
    out.append(text[last:])
    return "".join(out)


def _doc_line(d) -> str:
    parts = [
        d.id,
        d.number or "(no number)",
        d.issued_date.isoformat() if d.issued_date else "(no date)",
        d.issuer or "(no issuer)",
    ]
    return "  ".join(parts) + (f" — {d.title}" if d.title else "")


def _searchable_dir(args: argparse.Namespace) -> tuple[Path | None, int]:
    """``--searchable-pdf DIR`` of ``index`` (created when missing), or an exit status after one line."""
    from .searchable import missing_tools

    target = Path(args.searchable_pdf)
    if args.ocr == "never":
        _err("--searchable-pdf needs OCR; it cannot be combined with --ocr never")
        return None, 2
    if os.path.lexists(target) and not target.is_dir():
        _err(f"{target}: --searchable-pdf must be a directory")
        return None, 2
    inside = Path(os.path.abspath(target))
    for p in args.paths:
        root = Path(os.path.abspath(p))
        if inside == root or root in inside.parents:
            _err(
                f"{target}: is inside {p}, which is being indexed (its PDFs would be indexed too); "
                "choose a folder outside it"
            )
            return None, 2
    why = missing_tools()
    if why:
        _err(f"--searchable-pdf: {why}")
        return None, 1
    target.mkdir(parents=True, exist_ok=True)
    return target, 0


def _ray_output() -> tuple[TextIO, Path]:
    """Send what Ray prints to a log file, for good: a worker's death, raylet messages, a dead head's last
    words, from C++ as from Python and from threads that outlive the run (on stdout they broke ``index
    --json``).  Returns a stream on the real standard output for the command's results (its messages go
    to the real stderr through ``_err``) and the log's path."""
    global _messages
    sys.stdout.flush()
    sys.stderr.flush()
    fd, log = tempfile.mkstemp(prefix=f"vbparse-ray-{os.getpid()}-", suffix=".log")
    out, err = os.dup(1), os.dup(2)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.close(fd)
    encoding = sys.stdout.encoding or "utf-8"
    _messages = open(err, "w", encoding=encoding, errors="backslashreplace", closefd=True)  # noqa: SIM115
    return open(out, "w", encoding=encoding, errors="backslashreplace", closefd=True), Path(log)


def cmd_explain(args: argparse.Namespace) -> int:
    """Per line, the tasks the readers proposed, by which rule, and what came of each."""
    from .explain import explain_file, render  # here, not at the top: ``vbparse --help`` needs neither
    from .read import ReadError

    try:
        ex = explain_file(Path(args.file), ocr=args.ocr)
    except ReadError as exc:
        _err(f"{exc.path}: {exc.reason}")
        return 1
    except Exception as exc:  # noqa: BLE001 - a parser bug is reported like a read error, in one line
        _err(f"{args.file}: internal error while parsing ({type(exc).__name__}: {exc})")
        return 1
    if args.line is not None and args.line < 1:
        _err(f"--line {args.line}: lines are counted from 1")
        return 2
    sys.stdout.write(render(ex, args.line))
    return 0


def cmd_index(args: argparse.Namespace) -> int:
    from .ingest.engines import engine_for

    searchable, written, not_written = None, [], []
    if args.engine != "ray" and (args.ray_address or args.ray_ship):
        _err("--ray-address and --ray-ship need --engine ray")
        return 2
    if args.engine == "ray" and args.searchable_pdf:
        _err("--searchable-pdf cannot be combined with --engine ray (searchable PDFs are written locally)")
        return 2

    def head_lost(why: str) -> None:  # from Ray's watchdog: the run is stuck in Ray; committed work stays
        _err(f"{why} (Ray's messages: {ray_log})")
        os._exit(1)

    engine = engine_for(
        args.engine,
        jobs=args.jobs,
        ray_address=args.ray_address,
        ray_ship=args.ray_ship or "auto",
        on_head_lost=head_lost,
    )
    out, ray_log = _ray_output() if args.engine == "ray" else (sys.stdout, None)
    if args.searchable_pdf:
        searchable, status = _searchable_dir(args)
        if status:
            return status

    def searched(path: str, outcome) -> None:
        if isinstance(outcome, str):
            not_written.append((path, outcome))
        else:
            written.append(outcome)

    from .ingest.ray_engine import HeadLost

    with _archive(args, create=True) as archive:
        progress = sys.stderr.isatty() if args.progress is None else args.progress
        try:
            summary = archive.index(
                args.paths,
                jobs=args.jobs,
                ocr=args.ocr,
                retry_failed=args.retry_failed,
                reparse=not args.no_reparse,
                timeout=args.timeout,
                progress=progress,
                searchable_pdf=searchable,
                on_searchable=searched,
                engine=engine,
                follow_links=args.follow_links,
            )
        except HeadLost as exc:  # found by the run itself rather than by the watchdog: the same end
            head_lost(str(exc))
        total = archive.count()
    for path, reason in not_written:
        _err(f"{path}: no searchable PDF written ({reason}); the document is indexed")
    if searchable is not None and args.json:
        _err(f"{len(written)} searchable PDFs written into {searchable}")
    if args.json:
        out.write(summary.model_dump_json() + "\n")
    else:
        for rec in summary.failures:
            _err(f"{rec.path}: {rec.error}")
        extensions: Counter[str] = Counter()
        for rec in summary.skipped:
            if rec.error == NOT_A_DOCUMENT:
                extensions[Path(rec.path).suffix.lower() or "no extension"] += 1
            else:
                _err(f"skipped {rec.path}: {rec.error}")
        line = (
            f"indexed {summary.indexed}, unchanged {summary.unchanged}, failed {summary.failed}, "
            f"vanished {summary.vanished} in {summary.seconds:.1f} s; the archive holds {total} documents"
        )
        if summary.reparsed:
            line += f"; {summary.reparsed} unchanged files parsed again by this version of the parser"
        if summary.skipped_failed:
            line += f"; {summary.skipped_failed} unchanged files failed before (--retry-failed to try again)"
        if summary.ignored:
            shown = ", ".join(f"{e} {n}" for e, n in extensions.most_common(6))
            line += f"; {summary.ignored} files with other extensions not read ({shown})"
        if summary.hidden:
            line += f"; {summary.hidden} hidden files or folders not read"
        if searchable is not None:
            line += f"; {len(written)} searchable PDFs written into {searchable}"
            if not_written:
                line += f" ({len(not_written)} could not be)"
        print(line, file=out)
    out.flush()
    if ray_log is not None:
        if ray_log.stat().st_size:
            _err(f"what Ray printed during the run is in {ray_log}")
        else:
            ray_log.unlink()
    if summary.interrupted:
        _err("interrupted: what was indexed is committed; run the same command again to resume")
        return 130
    return 1 if summary.failed or not_written else 0


def cmd_watch(args: argparse.Namespace) -> int:
    """``watch``: the consume folder (``vbparse.watch``); one line per file, in Vietnamese, as it happens."""
    from .watch import Watcher, WatchError

    folder = Path(args.folder)
    if not folder.is_dir():
        _err(f"không có thư mục: {folder}")
        return 2
    failed = 0

    def say(line: str) -> None:
        print(_LINE_BREAKS.sub(" ", line), flush=True)

    def report(what: str, path: str, reason: str) -> None:
        nonlocal failed
        if what == "indexed":
            say(f"đã lập chỉ mục: {path}")
        elif what == "failed":
            failed += 1
            say(f"lỗi: {path}: {reason}")
        elif what == "unchanged":
            say(f"không đổi: {path}")
        elif what == "still_failed":
            say(f"không đổi, vẫn lỗi như lần trước: {path} (vbparse failures cho biết lý do)")
        elif what == "vanished":
            say(f"không còn trong thư mục: {path}")
        elif what == "busy":
            _err("một lệnh index khác đang ghi vào kho; sẽ thử lại sau ít giây")
        elif what == "caught_up":
            c = watcher.counts
            line = (
                f"đã xem các tệp có sẵn: {c['indexed']} đã lập chỉ mục, {c['unchanged']} không đổi, {c['failed']} lỗi"
            )
            say(line + (f", {c['vanished']} không còn" if c["vanished"] else ""))

    watcher = Watcher(
        folder,
        args.db,
        settle=args.settle,
        jobs=args.jobs,
        ocr=args.ocr,
        timeout=args.timeout,
        polling=args.polling_interval if args.polling else None,
        report=report,
    )
    with _archive(args, create=True):  # made, or refused (not an archive, unreachable), before any wait
        pass
    stop = threading.Event()
    previous = {sig: signal.signal(sig, lambda signum, frame: stop.set()) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        watcher.run(
            stop,
            once=args.once,
            started=None
            if args.once
            else lambda: _err(
                f"đang theo dõi {watcher.folder} (tệp được đọc khi đã yên {args.settle:g} giây; Ctrl-C để dừng)"
            ),
        )
    except WatchError as exc:
        _err(f"không theo dõi được {folder}: {exc}; --polling hỏi thư mục định kỳ thay vì chờ thông báo")
        return 1
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if stop.is_set():
        _err("đã dừng; những gì đã lập chỉ mục đều đã lưu")
        return 0
    return 1 if failed else 0


def cmd_failures(args: argparse.Namespace) -> int:
    with _archive(args) as archive:
        records = archive.failures()
    if not _dump(records, args.json):
        for r in records:
            print(f"{r.path}: {r.error}")
    return 0


def _arg(parse):
    """An argparse ``type`` from a parser of ``vbparse.query`` (shared with the HTTP API): its message,
    after the option's name, is argparse's error."""

    def convert(text: str):
        try:
            return parse(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    convert.__name__ = parse.__name__
    return convert


def _date(text: str):
    from .query import user_date

    return _arg(user_date)(text)


def cmd_search(args: argparse.Namespace) -> int:
    with _archive(args) as archive:
        hits = archive.search(
            args.query,
            doc_type=args.type,
            issuer=args.issuer,
            date_from=args.date_from,
            date_to=args.date_to,
            limit=args.limit,
        )
    if not _dump(hits, args.json):
        tty = sys.stdout.isatty()
        for h in hits:
            print(f"{_doc_line(h.document)}  [{h.match}]")
            if h.snippet:
                print(f"    {_mark(h.snippet, h.highlights, tty)}")
        if not hits:
            _err("no document matches")
    return 0


def cmd_obligations(args: argparse.Namespace) -> int:
    with _archive(args) as archive:
        hits = archive.obligations(
            args.assignee,
            due_before=args.due_before,
            due_after=args.due_after,
            overdue=args.overdue,
            role=args.role,
            limit=args.limit,
            shared=not args.own,
            hidden=args.hidden,
        )
        if args.state:
            from .store.followup import in_state

            entries = archive.register(args.assignee, today=args.today, hits=hits)
            hits = [e.hit for e in entries if in_state(e, args.state)]
    if not _dump(hits, args.json):
        for h in hits:
            due = h.deadline.isoformat() if h.deadline else (h.deadline_raw or "no deadline")
            if h.deadline and h.deadline_precision and h.deadline_precision != "day":
                due += f" ({h.deadline_raw or h.deadline_precision})"
            who = h.assignee.canonical or h.assignee.raw
            if h.assignee.area and h.assignee.area_from_issuer:
                who += f" ({h.assignee.area})"
            if h.shared:
                who = f"[giao chung] {who}"
            co = "; with " + ", ".join(a.canonical or a.raw for a in h.co_assignees) if h.co_assignees else ""
            plan = h.document.number or h.document.id
            if h.document.issued_date:
                plan += f" {h.document.issued_date.strftime('%d/%m/%Y')}"
            mark = " [not a task]" if h.not_task else (f" [corrected: {', '.join(h.corrected)}]" if h.corrected else "")
            print(f"{due}  {h.role:<7} {who} — {plan} ({h.document.issuer or '?'}) §{h.section or '?'}{co}{mark}")
            if h.document.title:
                print(f"    {h.document.title}")
            print(f"    → {h.task}")
            print(f"    ref {h.ref}")
        if not hits:
            _err("no obligation found for that assignee")
    from .query import several_places

    places = several_places(args.assignee, hits)
    if places:
        shown = ", ".join(f"{area} {n}" for area, n in places)
        _err(f"{args.assignee}: tasks of {len(places)} places ({shown}); name the place to see one")
    return 0


def _one_document(archive, ref: str):
    """The document ``ref`` names (as the HTTP API reads it, and a local path too), or None after saying why."""
    from .query import AmbiguousReference, one_document
    from .store import DocumentNotFound

    try:
        return one_document(archive, ref, paths=True)
    except DocumentNotFound:
        _err(f"{ref}: no archived document has that id, path or number")
    except AmbiguousReference as exc:
        _err(f"{ref}: {len(exc.candidates)} documents match; give an id:")
        for d in exc.candidates:
            _err(f"  {_doc_line(d)}")
    return None


def cmd_show(args: argparse.Namespace) -> int:
    with _archive(args) as archive:
        d = _one_document(archive, args.ref)
        if d is None:
            return 1
        record = archive.record(d.id)
    if args.json:
        sys.stdout.write(record.model_dump_json() + "\n")
    else:
        print(_doc_line(d))
        for p in record.paths:
            print(f"  file: {p}")
        print(record.document.model_dump_json(indent=2))
    return 0


def cmd_refs(args: argparse.Namespace) -> int:
    with _archive(args) as archive:
        d = _one_document(archive, args.ref)
        if d is None:
            return 1
        report = archive.refs(d.id)
    if args.json:
        sys.stdout.write(report.model_dump_json() + "\n")
        return 0
    print(_doc_line(report.document))
    print(f"cites ({len(report.cites)}):")
    for e in report.cites:
        c = e.citation
        what = " ".join(
            x for x in (c.doc_type_name or c.doc_type, c.number, c.date.isoformat() if c.date else None, c.issuer) if x
        )
        line = f"  {e.status:<9} {what or c.raw}"
        if e.target:
            line += f" → {e.target.id}"
        elif e.candidates:
            line += " → one of " + ", ".join(x.id for x in e.candidates)
        print(line)
    print(f"cited by ({len(report.cited_by)}):")
    for e in report.cited_by:
        print(f"  {e.status:<9} {_doc_line(e.source)}")
    return 0


STATE_WORDS = {
    "done": "đã hoàn thành",
    "answered": "đã trả lời",
    "reported": "đã báo cáo",
    "replaced": "bị thay thế",
    "amended": "được sửa đổi",
    "overdue": "quá hạn",
    "open": "đang mở",
}


def cmd_followup(args: argparse.Namespace) -> int:
    """``vbparse followup PLAN``: who answered the plan (their documents), who has not, what changed it."""
    today = args.today
    with _archive(args) as archive:
        d = _one_document(archive, args.ref)
        if d is None:
            return 1
        result = archive.followup(d.id, today=today)
    if args.json:
        sys.stdout.write(result.model_dump_json() + "\n")
        return 0
    from .web.board import passage_quote

    print(_doc_line(result.document))
    print(f"answered by ({len(result.answers)}):")
    for a in result.answers:
        sure = "" if a.certain else " (unsure: the number may mean another document)"
        print(f"  {a.kind:<10} {_doc_line(a.document)} — “{a.evidence}”{sure}")
    print(f"assignees ({len(result.assignees)}):")
    for r in result.assignees:
        name = r.assignee.canonical or r.assignee.raw
        due = f", due {r.due:%d/%m/%Y}" if r.due else ""
        by = "; ".join(x.document.number or x.document.id for x in r.answers)
        print(f"  {STATE_WORDS[r.state]:<12} {name} ({r.tasks} tasks{due}){' — ' + by if by else ''}")
        for m in r.members:
            mby = "; ".join(x.document.number or x.document.id for x in m.answers)
            print(f"    ↳ {STATE_WORDS[m.state]:<12} {m.name}{' — ' + mby if mby else ''}")
        numbers = {x.document.id: x.document.number or x.document.id for x in r.answers}
        for p in r.passages:
            print(f"      “{p.task[:60]}” → {numbers.get(p.report, p.report)} {passage_quote(p)}")
    return 0


def _days(text: str) -> int:
    """``7d``, ``7``, ``2w``: a number of days."""
    value = text.strip().lower()
    factor = 7 if value.endswith("w") else 1
    number = value.rstrip("dw")
    if not number.isdigit() or not 0 <= int(number) * factor <= 3660:
        raise ValueError(f"{text!r} is no number of days (7d, 2w)")
    return int(number) * factor


def cmd_due(args: argparse.Namespace) -> int:
    """``vbparse due --within 7d [--assignee X]``: the tasks due soon, marked by how soon (1, 3, 7 days)."""
    today = args.today
    try:
        days = _days(args.within)
    except ValueError as exc:
        _err(f"due: {exc}")
        return 2
    with _archive(args) as archive:
        hits = archive.due_within(days, today=today, assignee=args.assignee, limit=args.limit)
    if _dump(hits, args.json):
        return 0
    import datetime as _dt

    from .tables.deadlines import reminder_mark

    start = today or _dt.date.today()
    for h in hits:
        near = reminder_mark(h.deadline, start)
        mark = f"≤{near}d" if near else ""
        who = h.assignee.canonical or h.assignee.raw
        print(f"{h.deadline:%d/%m/%Y} {mark:<4} {who} — {h.task[:80]} ({h.document.number or h.document.id})")
    return 0


def cmd_register(args: argparse.Namespace) -> int:
    """``vbparse register --assignee X --out FILE.xlsx|.csv``: the unit's tasks as its office's register keeps
    them (STT, nội dung, văn bản giao, chủ trì, phối hợp, thời hạn, tình trạng, văn bản trả lời, ghi chú)."""
    import datetime as dt

    from .web.board import REGISTER_COLUMNS, board_xlsx, register_rows, write_board_csv

    today = args.today or dt.date.today()
    out = Path(args.out)
    if out.suffix.lower() not in (".xlsx", ".csv"):
        _err(f"{out}: the register is written as .xlsx or .csv")
        return 2
    if out.exists():
        _err(f"{out}: exists; not overwritten (choose another --out)")
        return 1
    with _archive(args) as archive:
        entries = archive.register(args.assignee, today=today)
    rows = list(register_rows(entries, today))

    def write(fh: IO) -> None:
        if out.suffix.lower() == ".xlsx":
            fh.write(board_xlsx(rows, REGISTER_COLUMNS))
        else:
            write_board_csv(rows, fh, REGISTER_COLUMNS)

    written = _write_new_file(out, write, encoding=None if out.suffix.lower() == ".xlsx" else "utf-8")
    if not written:
        return 1
    _err(f"{len(rows)} tasks of {args.assignee} written to {out}")
    return 0


def _correction_line(r) -> str:
    c = r.correction
    what = c.action
    changes = [
        f"{name}={getattr(c, name)}"
        for name in ("assignee", "role", "deadline", "task", "progress")
        if getattr(c, name)
    ]
    where = r.ref or c.doc_id
    line = f"#{c.id}  {r.status:<10} {c.created:%Y-%m-%d %H:%M} {c.author}  {what} {where}"
    if changes:
        line += "  " + "; ".join(changes)
    if r.reason:
        line += f"  ({r.reason})"
    return line


def cmd_correct(args: argparse.Namespace) -> int:
    """``vbparse correct REF …``: one correction stored beside the parse; a bad request is one line, exit 2."""
    from .query import user_date
    from .store.corrections import CorrectionError

    try:
        deadline = user_date(args.deadline) if args.deadline else None
    except ValueError as exc:
        _err(f"--deadline: {exc}")
        return 2
    actions = [a for a in ("add", "not_task", "is_task") if getattr(args, a)]
    if len(actions) > 1:
        _err("--add, --not-task and --is-task exclude each other")
        return 2
    with _archive(args) as archive:
        try:
            if args.add or args.task_index is not None:
                d = _one_document(archive, args.ref)
                if d is None:
                    return 2
            if args.add:
                c = archive.add_task(
                    d.id,
                    assignee=args.assignee or "",
                    task=args.task or "",
                    role=args.role,
                    deadline=deadline,
                    author=args.author,
                    note=args.note,
                )
            else:
                ref = archive.task_ref(d.id, args.task_index) if args.task_index is not None else args.ref
                action = (
                    actions[0]
                    if actions
                    else (
                        "progress"
                        if args.progress and not (args.assignee or args.role or args.task or deadline)
                        else "edit"
                    )
                )
                c = archive.correct(
                    ref,
                    action=action,
                    author=args.author,
                    assignee=args.assignee,
                    role=args.role,
                    deadline=deadline,
                    task=args.task,
                    progress=args.progress,
                    note=args.note,
                )
        except CorrectionError as exc:
            _err(str(exc))
            return 2
    if args.json:
        sys.stdout.write(c.model_dump_json() + "\n")
    else:
        _err(f"correction {c.id} stored ({c.action}, by {c.author})")
    return 0


def cmd_corrections(args: argparse.Namespace) -> int:
    with _archive(args) as archive:
        records = archive.corrections(stale_only=args.stale)
    if not _dump(records, args.json):
        for r in records:
            print(_correction_line(r))
        if args.stale and records:
            _err(f"{len(records)} corrections no longer fit their task and are not applied")
    return 0


def _new_password(args: argparse.Namespace) -> str | None:
    """The password to set: one line of stdin with ``--password-stdin``, else typed twice at a terminal."""
    import getpass

    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        _err("accounts: no terminal to type the password at; give it on stdin with --password-stdin")
        return None
    first = getpass.getpass("Mật khẩu mới: ")
    if getpass.getpass("Nhập lại mật khẩu: ") != first:
        _err("accounts: the two passwords differ; nothing changed")
        return None
    return first


def cmd_accounts(args: argparse.Namespace) -> int:
    """``vbparse accounts add|list|password|disable|enable``: who may sign in to the pages, with which role."""
    from .store.accounts import ROLES, AccountError

    if args.action == "roles":
        for role, what in ROLES.items():
            print(f"{role}\t{what}")
        return 0
    with _archive(args) as archive:
        if args.action == "list":
            accounts = archive.accounts()
            if not _dump(accounts, args.json):
                for a in accounts:
                    state = "\tdisabled" if a.disabled else ""
                    print(f"{a.name}\t{a.role}\t{a.display}\t{a.unit or ''}{state}")
            return 0
        if not args.name:
            _err(f"accounts {args.action}: give the account's name")
            return 2
        try:
            if args.action in ("add", "password"):
                password = _new_password(args)
                if password is None:
                    return 2
                if args.action == "add":
                    if not args.role:
                        _err(f"accounts add: give --role ({', '.join(ROLES)})")
                        return 2
                    account = archive.add_account(
                        args.name, password, role=args.role, display=args.display, unit=args.unit
                    )
                    if not _dump([account], args.json):
                        print(f"{account.name}\t{account.role}\t{account.display}\t{account.unit or ''}")
                else:
                    archive.set_password(args.name, password)
            else:
                archive.set_disabled(args.name, args.action == "disable")
        except AccountError as exc:
            _err(f"accounts {args.action}: {exc}")
            return 2
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .store.export import export

    if args.what == "corrections" and args.format != "jsonl":
        _err("--what corrections is written as JSON Lines only (--format jsonl)")
        return 2
    board = args.format in ("xlsx", "ics")
    if board and args.what != "obligations":
        _err(f"--format {args.format} writes tasks: give --what obligations")
        return 2
    if args.assignee and not board:
        _err("--assignee is for --format xlsx or ics (the other formats write the whole archive)")
        return 2
    out = Path(args.out) if args.out else None
    if out is not None and out.exists():
        _err(f"{out}: exists; not overwritten (choose another --out)")
        return 1
    if args.format == "xlsx" and out is None:
        _err("--format xlsx writes a workbook: give --out FILE.xlsx")
        return 2
    if board:
        return _export_board(args, out)
    with _archive(args) as archive:
        counted: list[int] = []

        def write(fh: IO) -> None:
            counted.append(export(archive, fh, fmt=args.format, what=args.what))

        if out is None:
            stdout = _data_stdout()
            if args.format == "csv":
                stdout.write("\ufeff")  # Excel reads UTF-8 only with the byte-order mark
            write(stdout)
        elif not _write_new_file(out, write, encoding="utf-8-sig" if args.format == "csv" else "utf-8"):
            return 1
    _err(f"exported {counted[0]} {args.what if args.format != 'graphml' else 'references'}")
    return 0


def _write_new_file(out: Path, write: Callable[[IO], None], *, encoding: str | None = "utf-8") -> bool:
    """``write`` into ``OUT.part``, then renamed to ``out`` (a reader never sees half a file, and an existing
    ``.part`` is another export's: not overwritten); ``encoding=None`` for bytes.  False after saying why not."""
    tmp = out.with_name(out.name + ".part")
    try:
        with open(tmp, "xb") if encoding is None else open(tmp, "x", encoding=encoding, newline="") as fh:
            write(fh)
        tmp.replace(out)
    except FileExistsError:
        _err(f"{tmp}: exists (another export writing there?); not overwritten")
        return False
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        _err(f"{out}: cannot be written ({exc.strerror or type(exc).__name__})")
        return False
    return True


def _export_board(args: argparse.Namespace, out: Path | None) -> int:
    """The tasks (of ``--assignee``, else all) as the board downloads them: an Excel workbook of its columns,
    or an iCalendar of their deadlines, each row linking to its document's file; a calendar says which tasks it
    has no day for, and why."""
    import datetime as dt

    from .store.export import why_no_day, write_ical
    from .web.board import board_rows, board_xlsx

    def url_of(hit: ObligationHit) -> str:
        path = hit.document.path
        return Path(path).resolve().as_uri() if path else ""

    today = dt.date.today()
    counted: list[int] = []
    left_out: Counter[str] = Counter()

    def counting(hits: Iterable[ObligationHit]) -> Iterator[ObligationHit]:
        for hit in hits:
            why = why_no_day(hit)
            if why:
                left_out[why] += 1
            yield hit

    with _archive(args) as archive:
        hits = archive.obligations(args.assignee) if args.assignee else archive.all_obligations()
        name = f"Nhiệm vụ — {args.assignee}" if args.assignee else "Nhiệm vụ"

        def write(fh: IO) -> None:
            if args.format == "xlsx":
                rows = list(board_rows(hits, url_of, today))  # openpyxl writes the workbook whole
                counted.append(len(rows))
                fh.write(board_xlsx(rows))
            else:  # the tasks as they come: a calendar of every task is never held in memory
                counted.append(write_ical(counting(hits), fh, url_of=url_of, name=name))

        if out is None:
            write(_data_stdout())
        elif not _write_new_file(out, write, encoding=None if args.format == "xlsx" else "utf-8"):
            return 1
    if args.format == "xlsx":
        _err(f"exported {counted[0]} tasks")
        return 0
    left = "; ".join(f"{n} {why}" for why, n in left_out.most_common())
    _err(f"exported {counted[0]} calendar entries" + (f"; not in the calendar: {left}" if left else ""))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import logging

    from .web import create_app
    from .web.serve import ServeError, allowed_hosts, bind, check_exposure, make_server

    token = args.token or os.environ.get("VBPARSE_TOKEN") or None
    try:
        check_exposure(args.host, token)
    except ServeError as exc:
        _err(str(exc))
        return 2
    hosts = allowed_hosts(args.host, args.allow_host)
    app = create_app(args.db, token=token, allowed_hosts=hosts)  # an archive that cannot open: StoreError (main)
    try:
        sock = bind(args.host, args.port)
    except ServeError as exc:
        _err(str(exc))
        return 1
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    _err(f"serving {args.db} on http://{shown}:{port}/ (API under /api/, docs at /docs; Ctrl-C to stop)")
    if token:
        _err(
            "a token is required: send 'Authorization: Bearer TOKEN', or open "
            f"http://{shown}:{port}/?token=TOKEN in a browser"
        )
    try:
        make_server(app).run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
    return 0


#: ``--db`` of every command that reads or writes the archive.
_DB_HELP = "SQLite file or postgresql:// URL (default: $VBPARSE_DB or ./vbparse.db)"


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="vbparse", description="Vietnamese administrative documents → typed data")
    ap.add_argument("--version", action="version", version=f"vbparse {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    default_db = os.environ.get("VBPARSE_DB", "vbparse.db")
    # The order here is the order ``vbparse --help`` lists the commands in.
    _add_parse_command(sub)
    _add_explain_command(sub)
    _add_index_command(sub, default_db)
    _add_watch_command(sub, default_db)
    _add_query_commands(sub, default_db)
    _add_correction_commands(sub, default_db)
    p = _archive_command(sub, default_db, "refs", "what a document cites and what cites it", cmd_refs)
    p.add_argument("ref", metavar="REF", help="document id, path or number")
    p = _archive_command(
        sub, default_db, "register", "a unit's tasks as its office's register keeps them (.xlsx or .csv)", cmd_register
    )
    p.add_argument("--assignee", required=True, help="the unit or person (any spelling)")
    p.add_argument("--out", required=True, metavar="FILE", help="FILE.xlsx or FILE.csv (never overwritten)")
    p.add_argument("--today", type=_date, metavar="DATE", help="the day overdue is judged on (default: today)")
    p = _archive_command(sub, default_db, "due", "tasks due soon, marked 1, 3 and 7 days ahead (reminders)", cmd_due)
    p.add_argument("--within", default="7d", metavar="DAYS", help="how far ahead: 7d (default), 3, 2w")
    p.add_argument("--assignee", help="only this unit's or person's tasks (any spelling)")
    p.add_argument("--today", type=_date, metavar="DATE", help="the day to count from (default: today)")
    p.add_argument("--limit", type=int, default=None, help="at most this many")
    p = _archive_command(
        sub, default_db, "followup", "who answered a plan (their documents), who has not, what changed it", cmd_followup
    )
    p.add_argument("ref", metavar="REF", help="the plan: document id, path or number")
    p.add_argument("--today", type=_date, metavar="DATE", help="the day overdue is judged on (default: today)")
    p = _archive_command(sub, default_db, "show", "the stored document", cmd_show)
    p.add_argument("ref", metavar="REF", help="document id, path or number")
    _add_accounts_command(sub, default_db)
    _add_serve_command(sub, default_db)
    _add_export_command(sub, default_db)
    return ap


def _archive_command(sub, default_db: str, name: str, help: str, func, json_help: str = "print machine-readable JSON"):
    """A command over the archive: each takes ``--db`` and ``--json`` alike."""
    p = sub.add_parser(name, help=help)
    p.add_argument("--db", default=default_db, help=_DB_HELP)
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(func=func)
    return p


def _add_parse_command(sub) -> None:
    """``parse``: the one command that needs no archive."""
    p = sub.add_parser("parse", help="parse documents into JSON")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--out", metavar="DIR", help="write one JSON file per input into DIR")
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    p.add_argument("--text", action="store_true", help="print the normalised text the parser saw")
    p.add_argument(
        "--ocr",
        choices=("auto", "always", "never"),
        default="auto",
        help="PDF pages to recognise with Tesseract: auto = pages without a usable text layer "
        "(default), always = every page, never = none",
    )
    p.add_argument(
        "--searchable-pdf",
        metavar="OUT",
        help="also write a scanned PDF with its recognised text "
        "layer (PDF/A where possible) to OUT, never replacing a file; with several files OUT is a "
        "folder and each scan is written as <name>.searchable.pdf. Needs OCRmyPDF",
    )
    p.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_FILE_TIMEOUT,
        metavar="SECONDS",
        help=f"per-file time limit; a file taking longer is reported and skipped (default {DEFAULT_FILE_TIMEOUT:g})",
    )
    p.set_defaults(func=cmd_parse)


def _add_explain_command(sub) -> None:
    """``explain``: which rules made each obligation of a file, and what they proposed that is no task."""
    p = sub.add_parser("explain", help="per line, the rules that proposed tasks and the obligations they made")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--line", type=int, metavar="N", help="only line N (a text file's own lines; else the text read)")
    p.add_argument("--ocr", choices=("auto", "always", "never"), default="auto", help="as for parse")
    p.set_defaults(func=cmd_explain)


def _add_index_command(sub, default_db: str) -> None:
    """``index``: where files are parsed (processes or Ray), which are parsed again, and how long each may take."""
    p = _archive_command(
        sub,
        default_db,
        "index",
        "parse folders of documents into the archive (incremental)",
        cmd_index,
        "print the run summary as JSON",
    )
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--jobs", type=int, default=None, help="parser processes (default: one per core)")
    p.add_argument(
        "--engine",
        choices=("local", "ray"),
        default="local",
        help="where files are parsed: local processes (default) or the tasks of a Ray cluster, the "
        "results written here (needs pip install 'vbparse[ray]')",
    )
    p.add_argument(
        "--ray-address",
        metavar="ADDRESS",
        help="the Ray cluster (HOST:PORT; default $RAY_ADDRESS, "
        "else the one `ray start` started on this machine, else a Ray started for this run)",
    )
    p.add_argument(
        "--ray-ship",
        choices=("auto", "path", "bytes"),
        default=None,
        help="how files reach the Ray workers: by path (the folder is shared), as bytes sent by this "
        "process, or auto: by path when every node sees the files (default)",
    )
    p.add_argument("--ocr", choices=("auto", "always", "never"), default="auto")
    p.add_argument(
        "--searchable-pdf",
        metavar="DIR",
        help="also write each scan parsed in this run into DIR "
        "with its recognised text layer, as <name>.searchable.pdf (never replacing a file). Needs "
        "OCRmyPDF",
    )
    p.add_argument("--retry-failed", action="store_true", help="parse again files that failed and have not changed")
    p.add_argument(
        "--follow-links",
        action="store_true",
        help="read what symbolic links leading out of the folders given point to (by default they are skipped)",
    )
    p.add_argument(
        "--no-reparse",
        action="store_true",
        help="do not parse again unchanged files whose stored parse came from another vbparse version",
    )
    p.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_FILE_TIMEOUT,
        metavar="SECONDS",
        help=f"per-file time limit; a file taking longer is recorded as failed (default "
        f"{DEFAULT_FILE_TIMEOUT:.0f}; 0 = none)",
    )
    p.add_argument(
        "--progress",
        dest="progress",
        action="store_true",
        default=None,
        help="show the progress bar (default: when stderr is a terminal)",
    )
    p.add_argument("--no-progress", dest="progress", action="store_false")


def _add_watch_command(sub, default_db: str) -> None:
    """``watch``: a folder whose documents are indexed as they arrive (``vbparse.watch``)."""
    from .watch import DEFAULT_POLLING_SECONDS, DEFAULT_SETTLE_SECONDS

    p = sub.add_parser(
        "watch",
        help="theo dõi một thư mục: lập chỉ mục mỗi văn bản được đặt vào hoặc sửa trong đó (như index)",
        description="Lập chỉ mục các tệp có sẵn trong THƯ_MỤC, rồi mỗi tệp được đặt vào hoặc sửa, khi tệp đã "
        "thôi thay đổi; tệp tạm (.part, .crdownload, ~$…, tên bắt đầu bằng dấu chấm) được bỏ qua cho đến khi "
        "đổi tên. Dừng bằng Ctrl-C hoặc SIGTERM.",
    )
    p.add_argument("folder", metavar="THƯ_MỤC")
    p.add_argument("--db", default=default_db, help=_DB_HELP)

    def seconds(text: str) -> float:
        value = float(text)
        if not value >= 0:
            raise argparse.ArgumentTypeError(f"phải là một số giây không âm: {text}")
        return value

    p.add_argument(
        "--settle",
        type=seconds,
        default=DEFAULT_SETTLE_SECONDS,
        metavar="GIÂY",
        help=f"chỉ đọc một tệp khi kích thước và thời điểm sửa của nó không đổi trong ngần ấy giây "
        f"(mặc định {DEFAULT_SETTLE_SECONDS:g})",
    )
    p.add_argument("--once", action="store_true", help="lập chỉ mục các tệp có sẵn rồi thoát (cho cron)")
    p.add_argument(
        "--polling",
        action="store_true",
        help="liệt kê thư mục định kỳ thay vì chờ thông báo của hệ điều hành (thư mục chia sẻ qua mạng)",
    )

    def positive(text: str) -> float:
        value = float(text)
        if not value > 0:
            raise argparse.ArgumentTypeError(f"phải là một số giây dương: {text}")
        return value

    p.add_argument(
        "--polling-interval",
        type=positive,
        default=DEFAULT_POLLING_SECONDS,
        metavar="GIÂY",
        help=f"với --polling: liệt kê thư mục mỗi ngần ấy giây (mặc định {DEFAULT_POLLING_SECONDS:g})",
    )
    p.add_argument("--jobs", type=int, default=None, help="số tiến trình phân tích (mặc định: mỗi lõi một tiến trình)")
    p.add_argument("--ocr", choices=("auto", "always", "never"), default="auto", help="như index")
    p.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_FILE_TIMEOUT,
        metavar="GIÂY",
        help=f"thời hạn cho mỗi tệp, như index (mặc định {DEFAULT_FILE_TIMEOUT:.0f}; 0 = không hạn)",
    )
    p.set_defaults(func=cmd_watch)


def _add_query_commands(sub, default_db: str) -> None:
    """``failures``, ``search`` and ``obligations``: what the archive holds, filtered."""
    from .query import DEFAULT_SEARCH_LIMIT, ROLES, parse_doc_type, parse_limit, parse_role

    _archive_command(sub, default_db, "failures", "list files that could not be indexed, with the reason", cmd_failures)

    p = _archive_command(
        sub, default_db, "search", "full-text search (diacritics optional; numbers exactly)", cmd_search
    )
    p.add_argument("query")
    p.add_argument("--type", type=_arg(parse_doc_type), help="document type code: KH, QĐ, CV, … (or a name: Kế hoạch)")
    p.add_argument("--issuer", help="issuing body (any spelling: UBND thị trấn Hà Trung)")
    p.add_argument("--from", dest="date_from", type=_date, metavar="DATE", help="issued on or after")
    p.add_argument("--to", dest="date_to", type=_date, metavar="DATE", help="issued on or before")
    p.add_argument(
        "--limit",
        type=_arg(parse_limit),
        default=DEFAULT_SEARCH_LIMIT,
        help=f"at most this many hits (default {DEFAULT_SEARCH_LIMIT})",
    )

    p = _archive_command(sub, default_db, "obligations", "tasks of an assignee across the archive", cmd_obligations)
    p.add_argument("--assignee", required=True, help="unit, position, body or person: VPTK, Nguyễn Ngọc Luyện")
    p.add_argument("--due-before", type=_date, metavar="DATE", help="deadline before DATE (2023-09-30 or 30/9/2023)")
    p.add_argument("--due-after", type=_date, metavar="DATE", help="deadline after DATE")
    p.add_argument("--overdue", action="store_true", help="deadline already passed (before today)")
    p.add_argument(
        "--state",
        choices=sorted(REGISTER_STATE_CHOICES),
        help="where the task stands, as the register says it: overdue (quá hạn chưa hoàn thành), in_progress "
        "(đang thực hiện), done (marked done: on_time or late), on_time, late, answered (the unit's own document "
        "answers the task's plan)",
    )
    p.add_argument("--today", type=_date, metavar="DATE", help="the day --state judges overdue on (default: today)")
    p.add_argument(
        "--own",
        action="store_true",
        help="only tasks given by name, not those given to a collective the assignee is a member of "
        "(UBND các xã, phường for UBND xã Bát Xát: shown as [giao chung] unless --own)",
    )
    p.add_argument("--role", type=_arg(parse_role), metavar="{" + ",".join(ROLES) + "}")
    p.add_argument("--limit", type=_arg(parse_limit), default=None, help="at most this many (default: all)")

    p.add_argument(
        "--all", dest="hidden", action="store_true", help="also the lines marked not a task (not_task: true)"
    )


def _add_correction_commands(sub, default_db: str) -> None:
    """``correct`` and ``corrections``: the only commands that write to the archive besides ``index``."""
    from .query import ROLES

    p = _archive_command(
        sub,
        default_db,
        "correct",
        "correct a task: assignee, role, deadline, text, progress, not a task; or add a missed one "
        "(stored beside the parse with who and when, kept through re-indexing)",
        cmd_correct,
        "print the stored correction as JSON",
    )
    p.add_argument(
        "ref",
        metavar="REF",
        help="the task's ref (from obligations --json: DOC_ID:START-END); with --task-index or --add, the "
        "document (id, path or number)",
    )
    p.add_argument("--task-index", type=int, metavar="N", help="the document's N-th task (1-based, as show lists)")
    p.add_argument("--add", action="store_true", help="add a task the parser missed (needs --assignee and --task)")
    p.add_argument("--assignee", help="the right assignee (any spelling: STC, Sở Tài chính)")
    p.add_argument("--role", choices=ROLES, help="lead (chủ trì) or support (phối hợp)")
    p.add_argument("--deadline", metavar="DATE", help="the right deadline: 30/9/2026 or 2026-09-30")
    p.add_argument("--task", help="the right task text")
    p.add_argument("--not-task", dest="not_task", action="store_true", help="the line is not a task")
    p.add_argument("--is-task", dest="is_task", action="store_true", help="undo --not-task: the line is a task")
    p.add_argument(
        "--progress",
        metavar="STATE",
        help="chua_thuc_hien, dang_thuc_hien or da_hoan_thanh (or in Vietnamese: 'đang thực hiện')",
    )
    p.add_argument("--author", help="who makes the correction (default: your user name)")
    p.add_argument("--note", help="why, for whoever reads it later")

    p = _archive_command(
        sub, default_db, "corrections", "the corrections made, and whether each still fits its task", cmd_corrections
    )
    p.add_argument("--stale", action="store_true", help="only those that no longer fit (not applied)")


def _add_accounts_command(sub, default_db: str) -> None:
    """``accounts``: who may sign in to the web pages and write corrections there."""
    p = _archive_command(
        sub,
        default_db,
        "accounts",
        "accounts that sign in to the web pages to write corrections: add, list, password, disable, enable, roles",
        cmd_accounts,
    )
    p.add_argument("action", choices=("add", "list", "password", "disable", "enable", "roles"))
    p.add_argument("name", nargs="?", metavar="NAME", help="the sign-in name (lan.nguyen)")
    p.add_argument("--role", help="for add: reader, editor, archivist or admin (vbparse accounts roles)")
    p.add_argument("--display", help="for add: the name corrections are signed with (Nguyễn Thị Lan)")
    p.add_argument("--unit", help="for add --role editor: the unit whose tasks it corrects (Sở Tài chính)")
    p.add_argument(
        "--password-stdin", action="store_true", help="read the password from stdin (else typed twice at a terminal)"
    )


def _add_serve_command(sub, default_db: str) -> None:
    """``serve``: no ``--json`` (the API is JSON), and who may connect."""
    p = sub.add_parser("serve", help="read-only web pages and JSON API over the archive (JSON same as --json)")
    p.add_argument("--db", default=default_db, help=_DB_HELP)
    p.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to bind (default loopback, this machine only; any other needs a token)",
    )
    p.add_argument("--port", type=int, default=8765)
    p.add_argument(
        "--token",
        default=None,
        help="every request must carry it (Authorization: Bearer …, or /?token=… in a browser); "
        "default $VBPARSE_TOKEN, which other users cannot read in the process list",
    )
    p.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="NAME",
        help="also answer requests addressed to this host name (repeatable); on loopback only localhost, "
        "127.0.0.1 and [::1] are answered, so that no other site's page can read the archive (DNS rebinding)",
    )
    p.set_defaults(func=cmd_serve)


def _add_export_command(sub, default_db: str) -> None:
    """``export``: no ``--json`` (its output is a format of its own)."""
    p = sub.add_parser("export", help="export the archive as JSON Lines, CSV (Excel-ready) or GraphML")
    p.add_argument("--db", default=default_db, help=_DB_HELP)
    p.add_argument(
        "--format",
        choices=("jsonl", "csv", "graphml", "xlsx", "ics"),
        default="jsonl",
        help="xlsx and ics: the tasks as the board downloads them (Vietnamese columns; a calendar of deadlines)",
    )
    p.add_argument(
        "--what",
        choices=("documents", "obligations", "references", "corrections"),
        default="documents",
        help="corrections: every correction with its status and its task as corrected, gold for the evaluation",
    )
    p.add_argument("--assignee", help="xlsx and ics: only the tasks of this unit, position, body or person")
    p.add_argument("--out", metavar="FILE", help="write to FILE (never overwritten) instead of stdout")
    p.set_defaults(func=cmd_export)


def _stdout_to_devnull(stdout: TextIO) -> None:
    """Point the closed pipe's descriptor at /dev/null: Python flushes stdout once more at exit, and that
    write would print "Exception ignored … BrokenPipeError" (the recipe of Python's ``signal`` docs)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):  # no real descriptor (a test's StringIO)
        pass


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from .query import QueryError
    from .store import StoreError
    from .store.backend import database_failure

    stdout = sys.stdout
    sys.stdout = cast(TextIO, _TerminalSafe(stdout))
    try:
        return args.func(args)
    except StoreError as exc:
        _err(str(exc))
        return 1
    except QueryError as exc:  # before ``Exception``, which would take it (a 16-line traceback, issue 40)
        _err(str(exc))
        return 2
    except BrokenPipeError:  # ``| head`` has read enough: end quietly (before ``Exception``, which took it)
        _stdout_to_devnull(stdout)
        return 0
    except Exception as exc:
        if (damage := database_failure(exc)) is None:
            raise
        _err(f"{getattr(args, 'db', 'the archive')}: {damage}")
        return 1
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    finally:
        sys.stdout = stdout


if __name__ == "__main__":
    raise SystemExit(main())
