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
import io
import os
import re
import sys
import tempfile
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Literal, TextIO, cast

from .ingest.walk import NOT_A_DOCUMENT
from .ingest.workers import DEFAULT_FILE_TIMEOUT
from .office_time import office_today
from .tables.followup import REGISTER_STATE_CHOICES
from .time_limit import TimeLimit, time_limit
from .version import __version__

if TYPE_CHECKING:
    from .models import ObligationHit, RegisterEntry
    from .stopping import Stop
    from .watch import Watcher

#: Where the command's own messages go when fd 2 is not stderr any more (a Ray run: ``_ray_output``).
_messages = None
#: Ray's log while ``_messages`` is in use: where an unexpected error's traceback goes (``main``)
_ray_log: Path | None = None


def _err(msg: str) -> None:
    """One message, one line: a reason that quotes a file's or a database's text (a damaged archive's
    column, with its line breaks) is put on the message's line; the archive's and the query's reasons in
    Vietnamese (``_vietnamese``)."""
    from .chars import terminal_safe  # here: ``vbparse --help`` needs neither it nor ``regex``

    one_line = terminal_safe(_LINE_BREAKS.sub(" ", _vietnamese(msg).rstrip()))
    print(f"vbparse: {one_line}", file=_messages or sys.stderr, flush=_messages is not None)


def _vietnamese(msg: str) -> str:
    """``msg`` with the archive's, the query's and the readers' reasons in Vietnamese (``cli_reasons``)."""
    from .cli_reasons import vietnamese  # here: ``vbparse --help`` compiles none of them

    return vietnamese(msg)


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
        _err("--searchable-pdf không dùng cùng --text được")
        return None, None, 2
    if args.ocr == "never":
        _err("--searchable-pdf cần nhận dạng chữ (OCR): không dùng cùng --ocr never được")
        return None, None, 2
    why = missing_tools()
    if why:
        _err(f"--searchable-pdf: {why}")
        return None, None, 1
    if target.is_dir():
        return None, target, 0
    if len(files) > 1:
        if os.path.lexists(target) or target.suffix.lower() == ".pdf":
            _err(f"{target}: với nhiều tệp, --searchable-pdf phải là một thư mục")
            return None, None, 2
        target.mkdir(parents=True, exist_ok=True)
        return None, target, 0
    if os.path.lexists(target):
        _err(f"{target}: đã có; không ghi đè (hãy chọn --searchable-pdf khác)")
        return None, None, 1
    if not target.parent.is_dir():
        _err(f"{target}: không ghi được: {target.parent} không phải thư mục")
        return None, None, 1
    if files[0].is_file() and not is_pdf(files[0]):
        _err(f"{files[0]}: không phải tệp PDF; --searchable-pdf dành cho PDF bản quét")
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
        _err(f"{f}: không ghi được PDF có lớp chữ ({where}{exc.reason})")
        return False
    _err(f"{f}: {result.describe()}")
    return True


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
        _err(f"{out_dir}: --out phải là một thư mục")
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
            with time_limit(args.timeout):
                doc = parse(f, ocr=args.ocr)
        except ReadError as exc:
            _err(f"{exc.path}: {exc.reason}")
            failures += 1
            continue
        except TimeLimit:
            _err(f"{f}: chưa đọc xong sau {args.timeout:g} giây (--timeout; bản quét dài được nhận dạng từng trang)")
            failures += 1
            continue
        except Exception as exc:  # noqa: BLE001 - a parser bug must not stop a batch; report it like a read error
            _err(f"{f}: lỗi nội bộ khi phân tích ({type(exc).__name__}: {exc})")
            failures += 1
            continue
        indent = 2 if args.pretty else None
        if out_dir is not None:
            try:
                target = _write_new(out_dir, f.stem, doc.model_dump_json(indent=indent) + "\n")
            except OSError as exc:
                _err(f"{f}: không ghi được vào {out_dir} ({exc.strerror or exc})")
                failures += 1
                continue
            if target.name != f"{f.stem}.json":
                _err(f"{f}: đã ghi vào {target} ({f.stem}.json đã có, không bị thay)")
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
        d.number or "(không số)",
        d.issued_date.isoformat() if d.issued_date else "(không ngày)",
        d.issuer or "(không rõ nơi ban hành)",
    ]
    return "  ".join(parts) + (f" — {d.title}" if d.title else "")


def _searchable_dir(args: argparse.Namespace) -> tuple[Path | None, int]:
    """``--searchable-pdf DIR`` of ``index`` (created when missing), or an exit status after one line."""
    from .searchable import missing_tools

    target = Path(args.searchable_pdf)
    if args.ocr == "never":
        _err("--searchable-pdf cần nhận dạng chữ (OCR): không dùng cùng --ocr never được")
        return None, 2
    if os.path.lexists(target) and not target.is_dir():
        _err(f"{target}: --searchable-pdf phải là một thư mục")
        return None, 2
    inside = Path(os.path.abspath(target))
    for p in args.paths:
        root = Path(os.path.abspath(p))
        if inside == root or root in inside.parents:
            _err(
                f"{target}: nằm trong {p}, thư mục đang được lập chỉ mục (các PDF ghi vào đó cũng sẽ bị lập chỉ "
                "mục); hãy chọn một thư mục bên ngoài"
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
    global _messages, _ray_log
    sys.stdout.flush()
    sys.stderr.flush()
    fd, log = tempfile.mkstemp(prefix=f"vbparse-ray-{os.getpid()}-", suffix=".log")
    out, err = os.dup(1), os.dup(2)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.close(fd)
    encoding = sys.stdout.encoding or "utf-8"
    _messages = open(err, "w", encoding=encoding, errors="backslashreplace", closefd=True)  # noqa: SIM115
    _ray_log = Path(log)
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
        _err(f"{args.file}: lỗi nội bộ khi phân tích ({type(exc).__name__}: {exc})")
        return 1
    if args.line is not None and args.line < 1:
        _err(f"--line {args.line}: dòng được đếm từ 1")
        return 2
    sys.stdout.write(render(ex, args.line))
    return 0


def cmd_index(args: argparse.Namespace) -> int:
    from .ingest.engines import engine_for

    searchable, written, not_written = None, [], []
    if args.engine != "ray" and (args.ray_address or args.ray_ship):
        _err("--ray-address và --ray-ship cần --engine ray")
        return 2
    if args.engine == "ray" and args.searchable_pdf:
        _err("--searchable-pdf không dùng cùng --engine ray được (PDF có lớp chữ chỉ ghi trên máy này)")
        return 2

    def head_lost(why: str) -> None:  # from Ray's watchdog: the run is stuck in Ray; committed work stays
        _err(f"{why} (thông báo của Ray: {ray_log})")
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
        _err(f"{path}: không ghi được PDF có lớp chữ ({reason}); văn bản vẫn được lập chỉ mục")
    if searchable is not None and args.json:
        _err(f"đã ghi {len(written)} PDF có lớp chữ vào {searchable}")
    if args.json:
        out.write(summary.model_dump_json() + "\n")
    else:
        for rec in summary.failures:
            _err(f"{rec.path}: {rec.error}")
        extensions: Counter[str] = Counter()
        for rec in summary.skipped:
            if rec.error == NOT_A_DOCUMENT:
                extensions[Path(rec.path).suffix.lower() or "không có phần mở rộng"] += 1
            else:
                _err(f"bỏ qua {rec.path}: {rec.error}")
        line = (
            f"lập chỉ mục {summary.indexed}, không đổi {summary.unchanged}, lỗi {summary.failed}, "
            f"biến mất {summary.vanished} trong {summary.seconds:.1f} giây; kho có {total} văn bản"
        )
        if summary.reparsed:
            line += f"; {summary.reparsed} tệp không đổi được phân tích lại bằng phiên bản này"
        if summary.skipped_failed:
            line += f"; {summary.skipped_failed} tệp không đổi đã lỗi lần trước (--retry-failed để thử lại)"
        if summary.ignored:
            shown = ", ".join(f"{e} {n}" for e, n in extensions.most_common(6))
            line += f"; {summary.ignored} tệp có phần mở rộng khác không được đọc ({shown})"
        if summary.hidden:
            line += f"; {summary.hidden} tệp hoặc thư mục ẩn không được đọc"
        if searchable is not None:
            line += f"; đã ghi {len(written)} PDF có lớp chữ vào {searchable}"
            if not_written:
                line += f" ({len(not_written)} tệp không ghi được)"
        print(line, file=out)
    out.flush()
    if ray_log is not None:
        if ray_log.stat().st_size:
            _err(f"thông báo của Ray trong lần chạy này ở {ray_log}")
        else:
            ray_log.unlink()
    if summary.interrupted:
        _err("đã dừng: những gì đã lập chỉ mục được giữ; chạy lại đúng lệnh này để làm tiếp")
        return 130
    return 1 if summary.failed or not_written else 0


def cmd_watch(args: argparse.Namespace) -> int:
    """``watch``: the consume folder (``vbparse.watch``); one line per file, in Vietnamese, as it happens."""
    from .stopping import stop_on_signals
    from .watch import Watcher

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
            say(f"lỗi: {path}: {_vietnamese(reason)}")
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
    with stop_on_signals(until_exit=True) as stop:  # stopped, it ends: a second stop is the same one
        code = _watch_until_stopped(watcher, stop, args, folder)
    if code is not None:
        return code
    if stop.is_set():
        _err("đã dừng; những gì đã lập chỉ mục đều đã lưu")
        return 0
    return 1 if failed else 0


def _watch_until_stopped(watcher: Watcher, stop: Stop, args: argparse.Namespace, folder: Path) -> int | None:
    """Run the watcher until ``stop``; an exit code when it cannot watch the folder, else None."""
    from .watch import WatchError

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
    return None


def cmd_failures(args: argparse.Namespace) -> int:
    with _archive(args) as archive:
        records = archive.failures()
    if not _dump(records, args.json):
        for r in records:
            print(f"{r.path}: {_vietnamese(r.error or '')}")
    return 0


def _arg(parse):
    """An argparse ``type`` from a parser of ``vbparse.query`` (shared with the HTTP API): its message,
    after the option's name, is argparse's error."""

    def convert(text: str):
        try:
            return parse(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(_vietnamese(str(exc))) from None

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
            print(f"{_doc_line(h.document)}  [{MATCH_WORDS.get(h.match, h.match)}]")
            if h.snippet:
                print(f"    {_mark(h.snippet, h.highlights, tty)}")
        if not hits:
            _err("không có văn bản nào khớp")
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

            entries = archive.register(args.assignee, today=args.today, hits=hits, limit=None)
            hits = [e.hit for e in entries if in_state(e, args.state)]
    if not _dump(hits, args.json):
        for h in hits:
            due = h.deadline.isoformat() if h.deadline else (h.deadline_raw or "không thời hạn")
            if h.deadline and h.deadline_precision and h.deadline_precision != "day":
                due += f" ({h.deadline_raw or h.deadline_precision})"
            who = h.assignee.canonical or h.assignee.raw
            if h.assignee.area and h.assignee.area_from_issuer:
                who += f" ({h.assignee.area})"
            if h.shared:
                who = f"[giao chung] {who}"
            co = "; cùng " + ", ".join(a.canonical or a.raw for a in h.co_assignees) if h.co_assignees else ""
            plan = h.document.number or h.document.id
            if h.document.issued_date:
                plan += f" {h.document.issued_date.strftime('%d/%m/%Y')}"
            fixed = ", ".join(FIELD_WORDS.get(f, f) for f in h.corrected)
            mark = " [không phải nhiệm vụ]" if h.not_task else (f" [đã sửa: {fixed}]" if h.corrected else "")
            role = ROLE_WORDS.get(h.role, h.role)
            print(f"{due}  {role:<8} {who} — {plan} ({h.document.issuer or '?'}) §{h.section or '?'}{co}{mark}")
            if h.document.title:
                print(f"    {h.document.title}")
            print(f"    → {h.task}")
            print(f"    mã {h.ref}")
        if not hits:
            _err("không tìm thấy nhiệm vụ nào của đơn vị hay người này")
    from .query import several_places

    places = several_places(args.assignee, hits)
    if places:
        shown = ", ".join(f"{area} {n}" for area, n in places)
        _err(f"{args.assignee}: có nhiệm vụ ở {len(places)} nơi ({shown}); ghi thêm tên nơi để xem riêng một nơi")
    return 0


def _one_document(archive, ref: str):
    """The document ``ref`` names (as the HTTP API reads it, and a local path too), or None after saying why."""
    from .query import AmbiguousReference, one_document
    from .store import DocumentNotFound

    try:
        return one_document(archive, ref, paths=True)
    except DocumentNotFound:
        _err(f"{ref}: không có văn bản nào trong kho có mã, đường dẫn hay số này")
    except AmbiguousReference as exc:
        _err(f"{ref}: {len(exc.candidates)} văn bản khớp; hãy ghi mã (id):")
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
            print(f"  tệp: {p}")
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
    print(f"trích dẫn ({len(report.cites)}):")
    for e in report.cites:
        c = e.citation
        what = " ".join(
            x for x in (c.doc_type_name or c.doc_type, c.number, c.date.isoformat() if c.date else None, c.issuer) if x
        )
        line = f"  {REF_WORDS.get(e.status, e.status):<11} {what or c.raw}"
        if e.target:
            line += f" → {e.target.id}"
        elif e.candidates:
            line += " → một trong " + ", ".join(x.id for x in e.candidates)
        print(line)
    print(f"được trích dẫn bởi ({len(report.cited_by)}):")
    for e in report.cited_by:
        print(f"  {REF_WORDS.get(e.status, e.status):<11} {_doc_line(e.source)}")
    return 0


# --- the words a person reads for the values of the machine output (--json keeps the values) -----------------

#: A task's role (``lead``, ``support``).
ROLE_WORDS = {"lead": "chủ trì", "support": "phối hợp"}
#: A field a correction changed (``ObligationHit.corrected``, a correction's fields).
FIELD_WORDS = {
    "assignee": "đơn vị",
    "role": "vai trò",
    "deadline": "thời hạn",
    "task": "nội dung",
    "progress": "tiến độ",
    "not_task": "không phải nhiệm vụ",
    "added": "thêm",
}
#: What a correction does.
ACTION_WORDS = {
    "edit": "sửa",
    "not_task": "không phải nhiệm vụ",
    "is_task": "là nhiệm vụ",
    "add": "thêm nhiệm vụ",
    "progress": "tiến độ",
}
#: Whether a correction still fits its task.
CORRECTION_WORDS = {"fits": "khớp", "reanchored": "đã gắn lại", "stale": "không còn khớp"}
#: How a search hit matched.
MATCH_WORDS = {"number": "số hiệu", "citation": "trích dẫn", "exact": "đúng chữ", "folded": "không dấu"}
#: A citation's state.
REF_WORDS = {"resolved": "đã xác định", "ambiguous": "chưa rõ", "external": "ngoài kho"}
#: How a document answers a plan.
ANSWER_WORDS = {
    "implements": "triển khai",
    "reports": "báo cáo",
    "amends": "sửa đổi",
    "replaces": "thay thế",
    "repeals": "bãi bỏ",
    "corrects": "đính chính",
}
#: What ``export`` wrote.
WHAT_WORDS = {"documents": "văn bản", "obligations": "nhiệm vụ", "references": "trích dẫn", "corrections": "sửa đổi"}
#: What each role of an account may do (``vbparse accounts roles``).
ROLE_DESCRIPTIONS = {
    "reader": "đọc (như mọi người trên máy này), có đăng nhập",
    "editor": "sửa nhiệm vụ của đơn vị mình (--unit)",
    "archivist": "sửa và thêm mọi nhiệm vụ",
    "admin": "như archivist, và xem được các tài khoản trên trang (/accounts)",
}

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
    print(f"văn bản trả lời ({len(result.answers)}):")
    for a in result.answers:
        sure = "" if a.certain else " (chưa chắc: số này có thể là của văn bản khác)"
        print(f"  {ANSWER_WORDS.get(a.kind, a.kind):<10} {_doc_line(a.document)} — “{a.evidence}”{sure}")
    print(f"đơn vị được giao ({len(result.assignees)}):")
    for r in result.assignees:
        name = r.assignee.canonical or r.assignee.raw
        due = f", hạn {r.due:%d/%m/%Y}" if r.due else ""
        by = "; ".join(x.document.number or x.document.id for x in r.answers)
        print(f"  {STATE_WORDS[r.state]:<12} {name} ({r.tasks} nhiệm vụ{due}){' — ' + by if by else ''}")
        for m in r.members:
            mby = "; ".join(x.document.number or x.document.id for x in m.answers)
            took = f" (tiếp nhận nhiệm vụ của {', '.join(m.successor_of)})" if m.successor_of else ""
            print(f"    ↳ {STATE_WORDS[m.state]:<12} {m.name}{took}{' — ' + mby if mby else ''}")
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
        raise ValueError(f"{text!r} không phải một số ngày (7d, 2w)")
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

    from .tables.deadlines import reminder_mark

    start = today or office_today()
    for h in hits:
        near = reminder_mark(h.deadline, start)
        mark = f"≤{near} ngày" if near else ""
        who = h.assignee.canonical or h.assignee.raw
        print(f"{h.deadline:%d/%m/%Y} {mark:<7} {who} — {h.task[:80]} ({h.document.number or h.document.id})")
    return 0


def cmd_register(args: argparse.Namespace) -> int:
    """``vbparse register --assignee X --out FILE.xlsx|.csv``: the unit's tasks as its office's register keeps
    them (STT, nội dung, văn bản giao, chủ trì, phối hợp, thời hạn, tình trạng, văn bản trả lời, ghi chú)."""

    from .web.board import REGISTER_COLUMNS, register_rows, write_board_csv, write_board_xlsx

    today = args.today or office_today()
    out = Path(args.out)
    if out.suffix.lower() not in (".xlsx", ".csv"):
        _err(f"{out}: sổ theo dõi chỉ ghi ra .xlsx hoặc .csv")
        return 2
    if out.exists():
        _err(f"{out}: đã có; không ghi đè (hãy chọn --out khác)")
        return 1
    counted = [0]

    def entries() -> Iterator[RegisterEntry]:
        # the register a page of entries at a time (issue 55): a unit of 20 000 tasks is never made at once
        for page in archive.register_pages(args.assignee, today=today):
            counted[0] += len(page)
            yield from page

    def write(fh: IO) -> None:
        rows = register_rows(entries(), today)
        if out.suffix.lower() == ".xlsx":
            write_board_xlsx(rows, fh, REGISTER_COLUMNS)
        else:
            write_board_csv(rows, fh, REGISTER_COLUMNS)

    with _archive(args) as archive:
        written = _write_new_file(out, write, encoding=None if out.suffix.lower() == ".xlsx" else "utf-8")
    if not written:
        return 1
    _err(f"đã ghi {counted[0]} nhiệm vụ của {args.assignee} vào {out}")
    return 0


def _correction_line(r) -> str:
    c = r.correction
    what = ACTION_WORDS.get(c.action, c.action)
    changes = [
        f"{FIELD_WORDS[name]}={getattr(c, name)}"
        for name in ("assignee", "role", "deadline", "task", "progress")
        if getattr(c, name)
    ]
    where = r.ref or c.doc_id
    line = (
        f"#{c.id}  {CORRECTION_WORDS.get(r.status, r.status):<14} {c.created:%Y-%m-%d %H:%M} {c.author}  {what} {where}"
    )
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
        _err("--add, --not-task và --is-task không dùng cùng nhau được")
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
        _err(f"đã lưu sửa đổi {c.id} ({ACTION_WORDS.get(c.action, c.action)}, người sửa: {c.author})")
    return 0


def cmd_corrections(args: argparse.Namespace) -> int:
    with _archive(args) as archive:
        records = archive.corrections(stale_only=args.stale)
    if not _dump(records, args.json):
        for r in records:
            print(_correction_line(r))
        if args.stale and records:
            _err(f"{len(records)} sửa đổi không còn khớp với nhiệm vụ của nó và không được áp dụng")
    return 0


def _new_password(args: argparse.Namespace) -> str | None:
    """The password to set: one line of stdin with ``--password-stdin``, else typed twice at a terminal."""
    import getpass

    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        _err("accounts: không có cửa sổ lệnh để gõ mật khẩu; hãy đưa mật khẩu qua stdin với --password-stdin")
        return None
    first = getpass.getpass("Mật khẩu mới: ")
    if getpass.getpass("Nhập lại mật khẩu: ") != first:
        _err("accounts: hai lần nhập mật khẩu không khớp; không có gì thay đổi")
        return None
    return first


def _account_line(a) -> str:
    """An account as ``accounts list`` prints it: name, role, display name, unit, and its address when it has one."""
    return f"{a.name}\t{a.role}\t{a.display}\t{a.unit or ''}" + (f"\t{a.email}" if a.email else "")


def cmd_accounts(args: argparse.Namespace) -> int:
    """``vbparse accounts add|list|password|disable|enable|email|unit``: who may sign in to the pages, with which
    role, and where its unit's reminders reach it."""
    from .store.accounts import ROLES, AccountError

    if args.action == "roles":
        for role, what in ROLES.items():
            print(f"{role}\t{ROLE_DESCRIPTIONS.get(role, what)}")
        return 0
    with _archive(args) as archive:
        if args.action == "list":
            accounts = archive.accounts()
            if not _dump(accounts, args.json):
                for a in accounts:
                    state = "\tđã khóa" if a.disabled else ""
                    print(_account_line(a) + state)
            return 0
        if not args.name:
            _err(f"accounts {args.action}: hãy ghi tên tài khoản")
            return 2
        try:
            if args.action in ("email", "unit"):
                value = getattr(args, args.action)
                if value is None:
                    _err(f"accounts {args.action}: hãy ghi --{args.action} (để trống: bỏ)")
                    return 2
                changed = (archive.set_email if args.action == "email" else archive.set_unit)(args.name, value)
                if not _dump([changed], args.json):
                    print(_account_line(changed))
                return 0
            if args.action in ("add", "password"):
                password = _new_password(args)
                if password is None:
                    return 2
                if args.action == "add":
                    if not args.role:
                        _err(f"accounts add: hãy ghi --role ({', '.join(ROLES)})")
                        return 2
                    account = archive.add_account(
                        args.name, password, role=args.role, display=args.display, unit=args.unit, email=args.email
                    )
                    if not _dump([account], args.json):
                        print(_account_line(account))
                else:
                    archive.set_password(args.name, password)
            else:
                archive.set_disabled(args.name, args.action == "disable")
        except AccountError as exc:
            _err(f"accounts {args.action}: {exc}")
            return 2
    return 0


def cmd_remind(args: argparse.Namespace) -> int:
    """``vbparse remind``: each unit's digest of tasks overdue and due within 1, 3 and 7 days, e-mailed to the
    accounts of the unit that have an address (for cron or a systemd timer; a digest is sent once a day)."""

    from .remind import MailError, MailSettings, collect, send_all

    today = args.today or office_today()
    security: Literal["ssl", "starttls"] | None = "ssl" if args.ssl else "starttls" if args.starttls else None
    sender = args.sender or os.environ.get("VBPARSE_MAIL_FROM")
    if not sender and not args.dry_run:
        _err("remind: hãy ghi địa chỉ người gửi (--from, hoặc $VBPARSE_MAIL_FROM)")
        return 2
    password = os.environ.get(args.smtp_password_env) if args.smtp_user else None
    if args.smtp_user and password is None and not args.dry_run:
        _err(f"remind: --smtp-user {args.smtp_user} cần mật khẩu trong biến môi trường ${args.smtp_password_env}")
        return 2
    port = args.smtp_port or (465 if security == "ssl" else 587 if security == "starttls" else 25)
    settings = MailSettings(
        host=args.smtp_host,
        port=port,
        sender=sender or "vbparse@localhost",
        user=args.smtp_user,
        password=password,
        security=security,
        timeout=args.smtp_timeout,
    )
    with _archive(args) as archive:
        if archive.backend.readonly and not args.dry_run:
            _err(
                f"remind: {args.db} chỉ đọc được ở đây: không ghi lại được thư đã gửi (thư sẽ bị gửi lại), nên không gửi"
            )
            return 1
        digests = collect(archive, today, units=args.unit or None)
        try:
            outcome = send_all(
                archive,
                digests,
                settings,
                base_url=args.base_url,
                dry_run=args.dry_run,
                out=sys.stdout,
                say=_err,
            )
        except MailError as exc:
            _err(f"remind: {exc}")
            return 1
    done = "would be sent" if args.dry_run else "sent"
    _err(
        f"remind {today:%d/%m/%Y}: {len(digests)} units with tasks to remind, {outcome.sent} digests {done}, "
        f"{outcome.skipped} sent already today, {outcome.failed} refused"
    )
    return 1 if outcome.failed else 0


def cmd_export(args: argparse.Namespace) -> int:
    from .store.export import export

    if args.what == "corrections" and args.format != "jsonl":
        _err("--what corrections chỉ ghi ra JSON Lines (--format jsonl)")
        return 2
    board = args.format in ("xlsx", "ics")
    if board and args.what != "obligations":
        _err(f"--format {args.format} ghi nhiệm vụ: hãy dùng --what obligations")
        return 2
    if args.assignee and not board:
        _err("--assignee chỉ dùng với --format xlsx hoặc ics (các định dạng khác ghi cả kho)")
        return 2
    out = Path(args.out) if args.out else None
    if out is not None and out.exists():
        _err(f"{out}: đã có; không ghi đè (hãy chọn --out khác)")
        return 1
    if args.format == "xlsx" and out is None:
        _err("--format xlsx ghi một tệp Excel: hãy ghi --out TỆP.xlsx")
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
    _err(f"đã xuất {counted[0]} {WHAT_WORDS[args.what if args.format != 'graphml' else 'references']}")
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
        _err(f"{tmp}: đã có (một lần xuất khác đang ghi vào đó?); không ghi đè")
        return False
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        _err(f"{out}: không ghi được ({exc.strerror or type(exc).__name__})")
        return False
    except BaseException:  # the archive failed while the file was written: no half file left to block the next
        tmp.unlink(missing_ok=True)
        raise
    return True


def _export_board(args: argparse.Namespace, out: Path | None) -> int:
    """The tasks (of ``--assignee``, else all) as the board downloads them: an Excel workbook of its columns,
    or an iCalendar of their deadlines, each row linking to its document's file; a calendar says which tasks it
    has no day for, and why."""

    from .store.export import why_no_day, write_ical
    from .web.board import board_rows, write_board_xlsx

    def url_of(hit: ObligationHit) -> str:
        path = hit.document.path
        return Path(path).resolve().as_uri() if path else ""

    today = office_today()
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
            if args.format == "xlsx":  # written a row at a time, as the calendar (``web.xlsx_stream``)
                counted.append(write_board_xlsx(board_rows(hits, url_of, today), fh))
            else:  # the tasks as they come: a calendar of every task is never held in memory
                counted.append(write_ical(counting(hits), fh, url_of=url_of, name=name))

        if out is None:
            write(_data_stdout())
        elif not _write_new_file(out, write, encoding=None if args.format == "xlsx" else "utf-8"):
            return 1
    if args.format == "xlsx":
        _err(f"đã xuất {counted[0]} nhiệm vụ")
        return 0
    left = "; ".join(f"{n} {why}" for why, n in left_out.most_common())
    _err(f"đã xuất {counted[0]} mục lịch" + (f"; không có trong lịch: {left}" if left else ""))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import logging

    from .store import Archive
    from .web import create_app
    from .web.serve import ServeError, allowed_hosts, bind, make_server, people_sign_in

    token = args.token or os.environ.get("VBPARSE_TOKEN") or None
    with Archive(args.db, create=False) as archive:  # an archive that cannot open: StoreError (main)
        accounts = archive.has_accounts()
    try:
        people = people_sign_in(
            args.host, token, accounts=accounts, sign_in=args.sign_in, anonymous_read=args.anonymous_read
        )
    except ServeError as exc:
        _err(str(exc))
        return 2
    hosts = allowed_hosts(args.host, args.allow_host)
    app = create_app(
        args.db,
        token=token,
        allowed_hosts=hosts,
        sign_in_required=people,
        anonymous_read=args.anonymous_read,
        secure_cookies=args.behind_proxy,
    )
    try:
        sock = bind(args.host, args.port)
    except ServeError as exc:
        _err(str(exc))
        return 1
    app.state.downloads.warm()  # the download processes started now, not by the first download
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    _err(f"đang phục vụ {args.db} tại http://{shown}:{port}/ (API ở /api/, tài liệu ở /docs; Ctrl-C để dừng)")
    if token:
        _err(
            "cần mã truy cập (token): gửi 'Authorization: Bearer TOKEN', hoặc mở "
            f"http://{shown}:{port}/?token=TOKEN trong trình duyệt"
        )
    if people:
        _err("mỗi người đăng nhập bằng tài khoản của mình tại /login; mã (token) chỉ dành cho chương trình gọi API")
    proxy = {"proxy_headers": True, "forwarded_allow_ips": args.proxy_address} if args.behind_proxy else {}
    try:
        make_server(app, **proxy).run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
    return 0


#: ``--db`` of every command that reads or writes the archive.
_DB_HELP = "tệp SQLite hoặc địa chỉ postgresql:// (mặc định: $VBPARSE_DB hoặc ./vbparse.db)"


class _Formatter(argparse.HelpFormatter):
    """argparse's help with its usage line in Vietnamese."""

    def add_usage(self, usage, actions, groups, prefix=None) -> None:
        super().add_usage(usage, actions, groups, "cách dùng: " if prefix is None else prefix)


#: argparse's own error messages (``the following arguments are required: …``), in Vietnamese; a message not
#: listed keeps its words (an option's own reason: ``vbparse.query``'s, the same as the API's).
_ARGPARSE_ERRORS = (
    (re.compile(r"the following arguments are required: (.*)"), r"thiếu tham số bắt buộc: \1"),
    (
        re.compile(r"argument (\S+): invalid choice: (.*) \(choose from (.*)\)"),
        r"tham số \1: lựa chọn không hợp lệ: \2 (chọn một trong \3)",
    ),
    (re.compile(r"unrecognized arguments: (.*)"), r"không hiểu các tham số: \1"),
    (re.compile(r"argument (\S+): expected one argument"), r"tham số \1: cần một giá trị"),
    (re.compile(r"argument (\S+): expected at least one argument"), r"tham số \1: cần ít nhất một giá trị"),
    (re.compile(r"argument (\S+): invalid (\w+) value: (.*)"), r"tham số \1: giá trị \2 không hợp lệ: \3"),
    (re.compile(r"argument (\S+): (.*)"), r"tham số \1: \2"),
)


class _Parser(argparse.ArgumentParser):
    """The command line's parser, speaking Vietnamese to the officials who use it (issue 53): its headings, its
    help option, its usage line and its error line (``vbparse obligations: lỗi: …``, exit status 2)."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "tham số"
        self._optionals.title = "tùy chọn"
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help="hiện trợ giúp này rồi thoát")

    def error(self, message: str):
        for pattern, vietnamese in _ARGPARSE_ERRORS:
            if pattern.fullmatch(message):
                message = pattern.sub(vietnamese, message)
                break
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: lỗi: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    ap = _Parser(prog="vbparse", description="Văn bản hành chính Việt Nam → dữ liệu có cấu trúc")
    ap.add_argument("--version", action="version", version=f"vbparse {__version__}", help="in phiên bản rồi thoát")
    sub = ap.add_subparsers(dest="command", required=True, metavar="LỆNH", title="các lệnh")
    default_db = os.environ.get("VBPARSE_DB", "vbparse.db")
    # The order here is the order ``vbparse --help`` lists the commands in.
    _add_parse_command(sub)
    _add_explain_command(sub)
    _add_index_command(sub, default_db)
    _add_watch_command(sub, default_db)
    _add_query_commands(sub, default_db)
    _add_correction_commands(sub, default_db)
    p = _archive_command(sub, default_db, "refs", "văn bản này trích dẫn gì và được văn bản nào trích dẫn", cmd_refs)
    p.add_argument("ref", metavar="VĂN_BẢN", help="mã (id), đường dẫn hoặc số của văn bản")
    p = _archive_command(
        sub,
        default_db,
        "register",
        "sổ theo dõi nhiệm vụ của một đơn vị, đúng các cột văn phòng dùng (.xlsx hoặc .csv)",
        cmd_register,
    )
    p.add_argument("--assignee", metavar="ĐƠN_VỊ", required=True, help="đơn vị hoặc người (viết cách nào cũng được)")
    p.add_argument("--out", required=True, metavar="TỆP", help="TỆP.xlsx hoặc TỆP.csv (không bao giờ ghi đè)")
    p.add_argument("--today", type=_date, metavar="NGÀY", help="ngày dùng để xét quá hạn (mặc định: hôm nay)")
    p = _archive_command(
        sub, default_db, "due", "nhiệm vụ sắp đến hạn, đánh dấu trước 1, 3 và 7 ngày (nhắc việc)", cmd_due
    )
    p.add_argument(
        "--within", default="7d", metavar="SỐ_NGÀY", help="trong bao lâu tới: 7d (mặc định, 7 ngày), 3, 2w (2 tuần)"
    )
    p.add_argument(
        "--assignee", metavar="ĐƠN_VỊ", help="chỉ nhiệm vụ của đơn vị hoặc người này (viết cách nào cũng được)"
    )
    p.add_argument("--today", type=_date, metavar="NGÀY", help="ngày bắt đầu tính (mặc định: hôm nay)")
    p.add_argument("--limit", metavar="SỐ", type=int, default=None, help="nhiều nhất bấy nhiêu dòng")
    p = _archive_command(
        sub,
        default_db,
        "followup",
        "ai đã trả lời một kế hoạch (bằng văn bản nào), ai chưa, văn bản nào sửa đổi nó",
        cmd_followup,
    )
    p.add_argument("ref", metavar="VĂN_BẢN", help="kế hoạch: mã (id), đường dẫn hoặc số của văn bản")
    p.add_argument("--today", type=_date, metavar="NGÀY", help="ngày dùng để xét quá hạn (mặc định: hôm nay)")
    p = _archive_command(sub, default_db, "show", "văn bản đã lưu trong kho", cmd_show)
    p.add_argument("ref", metavar="VĂN_BẢN", help="mã (id), đường dẫn hoặc số của văn bản")
    _add_accounts_command(sub, default_db)
    _add_remind_command(sub, default_db)
    _add_serve_command(sub, default_db)
    _add_export_command(sub, default_db)
    return ap


def _archive_command(sub, default_db: str, name: str, help: str, func, json_help: str = "in JSON cho máy đọc"):
    """A command over the archive: each takes ``--db`` and ``--json`` alike."""
    p = sub.add_parser(name, help=help)
    p.add_argument("--db", default=default_db, help=_DB_HELP)
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(func=func)
    return p


def _add_parse_command(sub) -> None:
    """``parse``: the one command that needs no archive."""
    p = sub.add_parser("parse", help="phân tích văn bản ra JSON")
    p.add_argument("files", nargs="+", metavar="TỆP")
    p.add_argument("--out", metavar="THƯ_MỤC", help="ghi mỗi tệp đầu vào ra một tệp JSON trong THƯ_MỤC")
    p.add_argument("--pretty", action="store_true", help="thụt lề JSON cho dễ đọc")
    p.add_argument("--text", action="store_true", help="in văn bản đã chuẩn hóa mà bộ phân tích đọc")
    p.add_argument(
        "--ocr",
        choices=("auto", "always", "never"),
        default="auto",
        help="trang PDF nhận dạng chữ bằng Tesseract: auto = trang không có lớp chữ dùng được "
        "(mặc định), always = mọi trang, never = không trang nào",
    )
    p.add_argument(
        "--searchable-pdf",
        metavar="ĐÍCH",
        help="ghi thêm bản quét PDF kèm lớp chữ đã nhận dạng "
        "(PDF/A khi được) vào ĐÍCH, không bao giờ thay tệp đã có; với nhiều tệp, ĐÍCH là một thư mục "
        "và mỗi bản quét được ghi thành <tên>.searchable.pdf. Cần OCRmyPDF",
    )
    p.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_FILE_TIMEOUT,
        metavar="GIÂY",
        help=f"thời gian tối đa cho mỗi tệp; tệp lâu hơn được báo và bỏ qua (mặc định {DEFAULT_FILE_TIMEOUT:g} giây)",
    )
    p.set_defaults(func=cmd_parse)


def _add_explain_command(sub) -> None:
    """``explain``: which rules made each obligation of a file, and what they proposed that is no task."""
    p = sub.add_parser("explain", help="theo từng dòng: quy tắc nào đề xuất nhiệm vụ và nhiệm vụ nào được tạo ra")
    p.add_argument("file", metavar="TỆP")
    p.add_argument(
        "--line",
        type=int,
        metavar="N",
        help="chỉ dòng N (dòng của tệp văn bản; với tệp khác là dòng của văn bản đọc được)",
    )
    p.add_argument("--ocr", choices=("auto", "always", "never"), default="auto", help="như lệnh parse")
    p.set_defaults(func=cmd_explain)


def _add_index_command(sub, default_db: str) -> None:
    """``index``: where files are parsed (processes or Ray), which are parsed again, and how long each may take."""
    p = _archive_command(
        sub,
        default_db,
        "index",
        "phân tích các thư mục văn bản vào kho (chỉ tệp mới hoặc đã đổi)",
        cmd_index,
        "in kết quả lần chạy bằng JSON",
    )
    p.add_argument("paths", nargs="+", metavar="ĐƯỜNG_DẪN")
    p.add_argument(
        "--jobs",
        metavar="SỐ",
        type=int,
        default=None,
        help="số tiến trình phân tích (mặc định: mỗi lõi một tiến trình)",
    )
    p.add_argument(
        "--engine",
        choices=("local", "ray"),
        default="local",
        help="nơi phân tích tệp: tiến trình trên máy này (mặc định) hoặc cụm Ray, kết quả ghi "
        "ở đây (cần pip install 'vbparse[ray]')",
    )
    p.add_argument(
        "--ray-address",
        metavar="ĐỊA_CHỈ",
        help="cụm Ray (MÁY:CỔNG; mặc định $RAY_ADDRESS, "
        "nếu không thì cụm `ray start` đã chạy trên máy này, nếu không nữa thì một Ray chạy riêng cho lần này)",
    )
    p.add_argument(
        "--ray-ship",
        choices=("auto", "path", "bytes"),
        default=None,
        help="cách đưa tệp tới các máy Ray: theo đường dẫn (thư mục dùng chung), gửi nội dung từ tiến "
        "trình này, hoặc auto: theo đường dẫn khi mọi máy đều thấy tệp (mặc định)",
    )
    p.add_argument("--ocr", choices=("auto", "always", "never"), default="auto")
    p.add_argument(
        "--searchable-pdf",
        metavar="THƯ_MỤC",
        help="ghi thêm mỗi bản quét được phân tích trong lần này vào THƯ_MỤC "
        "kèm lớp chữ đã nhận dạng, thành <tên>.searchable.pdf (không bao giờ thay tệp đã có). Cần "
        "OCRmyPDF",
    )
    p.add_argument("--retry-failed", action="store_true", help="phân tích lại các tệp đã lỗi dù chưa thay đổi")
    p.add_argument(
        "--follow-links",
        action="store_true",
        help="đọc cả nơi mà các liên kết tượng trưng trỏ ra ngoài thư mục đã cho (mặc định: bỏ qua)",
    )
    p.add_argument(
        "--no-reparse",
        action="store_true",
        help="không phân tích lại tệp chưa đổi dù kết quả đã lưu là của phiên bản vbparse khác",
    )
    p.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_FILE_TIMEOUT,
        metavar="GIÂY",
        help=f"thời gian tối đa cho mỗi tệp; tệp lâu hơn được ghi là lỗi (mặc định "
        f"{DEFAULT_FILE_TIMEOUT:.0f} giây; 0 = không giới hạn)",
    )
    p.add_argument(
        "--progress",
        dest="progress",
        action="store_true",
        default=None,
        help="hiện thanh tiến độ (mặc định: khi stderr là cửa sổ lệnh)",
    )
    p.add_argument("--no-progress", dest="progress", action="store_false", help="không hiện thanh tiến độ")


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

    _archive_command(sub, default_db, "failures", "các tệp không lập chỉ mục được, kèm lý do", cmd_failures)

    p = _archive_command(
        sub, default_db, "search", "tìm toàn văn (có dấu hay không dấu đều được; số hiệu phải đúng)", cmd_search
    )
    p.add_argument("query", metavar="CÂU_TÌM", help="từ hoặc cụm từ cần tìm, hoặc số hiệu văn bản")
    p.add_argument(
        "--type", metavar="LOẠI", type=_arg(parse_doc_type), help="loại văn bản: KH, QĐ, CV, … (hoặc tên: Kế hoạch)"
    )
    p.add_argument(
        "--issuer", metavar="NƠI_BAN_HÀNH", help="cơ quan ban hành (viết cách nào cũng được: UBND thị trấn Hà Trung)"
    )
    p.add_argument("--from", dest="date_from", type=_date, metavar="NGÀY", help="ban hành từ ngày này")
    p.add_argument("--to", dest="date_to", type=_date, metavar="NGÀY", help="ban hành đến ngày này")
    p.add_argument(
        "--limit",
        metavar="SỐ",
        type=_arg(parse_limit),
        default=DEFAULT_SEARCH_LIMIT,
        help=f"nhiều nhất bấy nhiêu kết quả (mặc định {DEFAULT_SEARCH_LIMIT})",
    )

    p = _archive_command(
        sub, default_db, "obligations", "nhiệm vụ của một đơn vị hay một người trong cả kho", cmd_obligations
    )
    p.add_argument(
        "--assignee",
        metavar="ĐƠN_VỊ",
        required=True,
        help="đơn vị, chức danh, cơ quan hoặc người: VPTK, Nguyễn Ngọc Luyện",
    )
    p.add_argument("--due-before", type=_date, metavar="NGÀY", help="thời hạn trước NGÀY (2023-09-30 hoặc 30/9/2023)")
    p.add_argument("--due-after", type=_date, metavar="NGÀY", help="thời hạn sau NGÀY")
    p.add_argument("--overdue", action="store_true", help="đã quá thời hạn (trước hôm nay)")
    p.add_argument(
        "--state",
        choices=sorted(REGISTER_STATE_CHOICES),
        help="tình trạng nhiệm vụ như sổ theo dõi ghi: overdue (quá hạn chưa hoàn thành), in_progress "
        "(đang thực hiện), done (đã hoàn thành: on_time hoặc late), on_time (đúng hạn), late (trễ hạn), answered "
        "(đơn vị đã có văn bản trả lời kế hoạch giao nhiệm vụ)",
    )
    p.add_argument("--today", type=_date, metavar="NGÀY", help="ngày --state dùng để xét quá hạn (mặc định: hôm nay)")
    p.add_argument(
        "--own",
        action="store_true",
        help="chỉ nhiệm vụ giao đích danh, không gồm nhiệm vụ giao chung cho nhóm có đơn vị này "
        "(UBND các xã, phường với UBND xã Bát Xát: hiện là [giao chung] nếu không có --own)",
    )
    p.add_argument(
        "--role",
        type=_arg(parse_role),
        metavar="{" + ",".join(ROLES) + "}",
        help="lead (chủ trì) hoặc support (phối hợp)",
    )
    p.add_argument(
        "--limit",
        metavar="SỐ",
        type=_arg(parse_limit),
        default=None,
        help="nhiều nhất bấy nhiêu nhiệm vụ (mặc định: tất cả)",
    )

    p.add_argument(
        "--all",
        dest="hidden",
        action="store_true",
        help="gồm cả các dòng đã đánh dấu không phải nhiệm vụ (not_task: true)",
    )


def _add_correction_commands(sub, default_db: str) -> None:
    """``correct`` and ``corrections``: the only commands that write to the archive besides ``index``."""
    from .query import ROLES

    p = _archive_command(
        sub,
        default_db,
        "correct",
        "sửa một nhiệm vụ: đơn vị, vai trò, thời hạn, nội dung, tiến độ, không phải nhiệm vụ; hoặc thêm "
        "nhiệm vụ bị sót (lưu kèm kết quả phân tích, ghi ai sửa và khi nào, giữ qua các lần lập chỉ mục lại)",
        cmd_correct,
        "in sửa đổi đã lưu bằng JSON",
    )
    p.add_argument(
        "ref",
        metavar="MÃ",
        help="mã của nhiệm vụ (lấy từ obligations --json: DOC_ID:START-END); với --task-index hoặc --add, "
        "văn bản (mã, đường dẫn hoặc số)",
    )
    p.add_argument(
        "--task-index", type=int, metavar="N", help="nhiệm vụ thứ N của văn bản (đếm từ 1, như lệnh show liệt kê)"
    )
    p.add_argument("--add", action="store_true", help="thêm nhiệm vụ bộ phân tích bỏ sót (cần --assignee và --task)")
    p.add_argument("--assignee", metavar="ĐƠN_VỊ", help="đơn vị đúng (viết cách nào cũng được: STC, Sở Tài chính)")
    p.add_argument("--role", choices=ROLES, help="lead (chủ trì) hoặc support (phối hợp)")
    p.add_argument("--deadline", metavar="NGÀY", help="thời hạn đúng: 30/9/2026 hoặc 2026-09-30")
    p.add_argument("--task", metavar="NỘI_DUNG", help="nội dung nhiệm vụ đúng")
    p.add_argument("--not-task", dest="not_task", action="store_true", help="dòng này không phải nhiệm vụ")
    p.add_argument("--is-task", dest="is_task", action="store_true", help="bỏ --not-task: dòng này là nhiệm vụ")
    p.add_argument(
        "--progress",
        metavar="TÌNH_TRẠNG",
        help="chua_thuc_hien, dang_thuc_hien hoặc da_hoan_thanh (hoặc viết: 'đang thực hiện')",
    )
    p.add_argument("--author", metavar="NGƯỜI_SỬA", help="người sửa (mặc định: tên người dùng của bạn)")
    p.add_argument("--note", metavar="GHI_CHÚ", help="lý do, cho người đọc sau")

    p = _archive_command(
        sub,
        default_db,
        "corrections",
        "các sửa đổi đã làm, và mỗi sửa đổi còn khớp với nhiệm vụ không",
        cmd_corrections,
    )
    p.add_argument("--stale", action="store_true", help="chỉ những sửa đổi không còn khớp (không được áp dụng)")


def _add_accounts_command(sub, default_db: str) -> None:
    """``accounts``: who may sign in to the web pages and write corrections there."""
    p = _archive_command(
        sub,
        default_db,
        "accounts",
        "tài khoản đăng nhập trang web để sửa nhiệm vụ và nhận thư nhắc việc của đơn vị: add (thêm), list (liệt kê), "
        "password (đổi mật khẩu), disable (khóa), enable (mở khóa), email (địa chỉ thư), unit (đơn vị), "
        "roles (các vai trò)",
        cmd_accounts,
    )
    p.add_argument("action", choices=("add", "list", "password", "disable", "enable", "email", "unit", "roles"))
    p.add_argument("name", nargs="?", metavar="TÊN", help="tên đăng nhập (lan.nguyen)")
    p.add_argument("--role", help="với add: reader, editor, archivist hoặc admin (vbparse accounts roles)")
    p.add_argument("--display", metavar="TÊN_HIỂN_THỊ", help="với add: tên ký dưới các sửa đổi (Nguyễn Thị Lan)")
    p.add_argument(
        "--email", help="với add và email: địa chỉ nhận thư nhắc việc của đơn vị (vbparse remind; để trống: bỏ)"
    )
    p.add_argument(
        "--unit",
        metavar="ĐƠN_VỊ",
        help="với add và unit: đơn vị của tài khoản — biên tập viên sửa nhiệm vụ của đơn vị này, và nhận thư nhắc "
        "việc của nó (Sở Tài chính tỉnh Lào Cai)",
    )
    p.add_argument(
        "--password-stdin", action="store_true", help="đọc mật khẩu từ stdin (nếu không: gõ hai lần ở cửa sổ lệnh)"
    )


def _add_remind_command(sub, default_db: str) -> None:
    """``remind``: the e-mail digests, and how they reach the SMTP server (no ``--json``)."""
    p = sub.add_parser(
        "remind",
        help="gửi thư cho tài khoản của từng đơn vị: nhiệm vụ quá hạn và đến hạn trong 1, 3 và 7 ngày (cho cron hoặc timer)",
    )
    p.add_argument("--db", default=default_db, help=_DB_HELP)
    p.add_argument("--today", type=_date, metavar="NGÀY", help="ngày của thư nhắc (mặc định: hôm nay)")
    p.add_argument(
        "--unit", action="append", metavar="ĐƠN_VỊ", help="chỉ các tài khoản của đơn vị này (ghi nhiều lần được)"
    )
    p.add_argument("--dry-run", action="store_true", help="in thư ra thay vì gửi")
    p.add_argument(
        "--base-url",
        default=os.environ.get("VBPARSE_BASE_URL"),
        metavar="URL",
        help="địa chỉ các trang, cho đường dẫn trong thư (https://vbparse.example.gov.vn; mặc định $VBPARSE_BASE_URL)",
    )
    p.add_argument("--from", dest="sender", metavar="ĐỊA_CHỈ", help="người gửi (mặc định $VBPARSE_MAIL_FROM)")
    p.add_argument(
        "--smtp-host",
        default=os.environ.get("VBPARSE_SMTP_HOST", "localhost"),
        metavar="MÁY",
        help="máy chủ SMTP (mặc định $VBPARSE_SMTP_HOST hoặc localhost)",
    )
    p.add_argument("--smtp-port", type=int, metavar="CỔNG", help="mặc định 25; 587 với --starttls, 465 với --ssl")
    p.add_argument(
        "--smtp-user", default=os.environ.get("VBPARSE_SMTP_USER"), metavar="TÊN", help="đăng nhập SMTP bằng TÊN"
    )
    p.add_argument(
        "--smtp-password-env",
        default="VBPARSE_SMTP_PASSWORD",
        metavar="BIẾN",
        help="biến môi trường chứa mật khẩu (mặc định VBPARSE_SMTP_PASSWORD; không bao giờ ghi trên dòng lệnh)",
    )
    security = p.add_mutually_exclusive_group()
    security.add_argument("--starttls", action="store_true", help="nâng kết nối lên STARTTLS")
    security.add_argument("--ssl", action="store_true", help="kết nối qua TLS ngay từ đầu (SMTPS)")
    p.add_argument(
        "--smtp-timeout", type=float, default=30.0, metavar="GIÂY", help="chờ máy chủ SMTP tối đa (mặc định 30 giây)"
    )
    p.set_defaults(func=cmd_remind)


def _add_serve_command(sub, default_db: str) -> None:
    """``serve``: no ``--json`` (the API is JSON), and who may connect."""
    p = sub.add_parser("serve", help="trang web chỉ đọc và API JSON của kho (JSON giống --json)")
    p.add_argument("--db", default=default_db, help=_DB_HELP)
    p.add_argument(
        "--host",
        metavar="ĐỊA_CHỈ",
        default="127.0.0.1",
        help="địa chỉ lắng nghe (mặc định loopback, chỉ máy này; địa chỉ khác cần mã truy cập)",
    )
    p.add_argument("--port", metavar="CỔNG", type=int, default=8765, help="cổng (mặc định 8765)")
    p.add_argument(
        "--token",
        metavar="MÃ",
        default=None,
        help="mã truy cập mọi yêu cầu phải mang (Authorization: Bearer …, hoặc /?token=… trong trình duyệt); "
        "mặc định $VBPARSE_TOKEN, người dùng khác không đọc được trong danh sách tiến trình",
    )
    p.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="TÊN",
        help="trả lời cả yêu cầu gửi tới tên máy này (dùng nhiều lần được); trên loopback chỉ trả lời localhost, "
        "127.0.0.1 và [::1], để trang của site khác không đọc được kho (DNS rebinding)",
    )
    p.add_argument(
        "--sign-in",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="trang và API chỉ cho người đã đăng nhập bằng tài khoản của mình, mã truy cập dành cho máy "
        "(mặc định: bật khi không phục vụ trên loopback và kho có tài khoản)",
    )
    p.add_argument(
        "--anonymous-read",
        action="store_true",
        help="ai cũng đọc được trang và API không cần đăng nhập; ghi vẫn cần đăng nhập hoặc mã truy cập",
    )
    p.add_argument(
        "--behind-proxy",
        action="store_true",
        help="phục vụ sau một reverse proxy kết thúc HTTPS: tin các tiêu đề X-Forwarded-* của nó, cookie đăng nhập "
        "chỉ gửi qua HTTPS (docs/deploy.md)",
    )
    p.add_argument(
        "--proxy-address",
        default="127.0.0.1",
        metavar="IP",
        help="địa chỉ của reverse proxy được tin các tiêu đề chuyển tiếp (mặc định 127.0.0.1)",
    )
    p.set_defaults(func=cmd_serve)


def _add_export_command(sub, default_db: str) -> None:
    """``export``: no ``--json`` (its output is a format of its own)."""
    p = sub.add_parser("export", help="xuất kho ra JSON Lines, CSV (mở được bằng Excel), GraphML, Excel hoặc lịch")
    p.add_argument("--db", default=default_db, help=_DB_HELP)
    p.add_argument(
        "--format",
        choices=("jsonl", "csv", "graphml", "xlsx", "ics"),
        default="jsonl",
        help="xlsx và ics: nhiệm vụ như bảng theo dõi tải về (cột tiếng Việt; lịch các thời hạn)",
    )
    p.add_argument(
        "--what",
        choices=("documents", "obligations", "references", "corrections"),
        default="documents",
        help="corrections: mọi sửa đổi kèm tình trạng và nhiệm vụ sau khi sửa, làm chuẩn để đánh giá",
    )
    p.add_argument(
        "--assignee", metavar="ĐƠN_VỊ", help="xlsx và ics: chỉ nhiệm vụ của đơn vị, chức danh, cơ quan hoặc người này"
    )
    p.add_argument("--out", metavar="TỆP", help="ghi ra TỆP (không bao giờ ghi đè) thay vì stdout")
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
        if (damage := database_failure(exc)) is not None:
            _err(f"{getattr(args, 'db', 'kho')}: {damage}")
            return 1
        if _messages is None:
            raise
        # a Ray run: the standard error is Ray's log, so the traceback goes there and the terminal gets one line
        traceback.print_exc()
        sys.stderr.flush()
        _err(f"lỗi nội bộ ({type(exc).__name__}: {exc}); chi tiết trong {_ray_log}")
        return 1
    except KeyboardInterrupt:
        _err("đã dừng")
        return 130
    finally:
        sys.stdout = stdout


if __name__ == "__main__":
    raise SystemExit(main())
