"""Exports of an archive: JSON Lines, CSV (opens in Excel: write it UTF-8 with BOM), GraphML, and
obligations as iCalendar (``write_ical``: one all-day event per task with a day, a recurring one with its
RRULE, for a calendar application).

Columns and fields come from the result models (``DocumentSummary``, ``ObligationHit``, ``RefEdge``):
CSV columns are their fields flattened with ``_`` (the same flattening as the store's tables); a list
becomes one cell, its items' ids or names joined by ``; ``.  Offsets (spans) are left out of CSV.

Every export is written as it is read, a page of rows at a time, in flat memory (the GraphML too), and
no stored document is validated again (issue 25: that was 73 % of an export's time): a document this
parser stored is written as stored, a summary or a citation is read from its columns.  ``export(…,
trusted=False)`` is the validated path, with the same output (``tests/test_export.py``).
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import gc
import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any
from xml.etree import ElementTree as ET

from pydantic import BaseModel
from pydantic_core import to_json

from ..chars import one_line, terminal_safe
from ..extract.deadlines import plan_year_of
from ..models import Document, DocumentSummary, ObligationHit, RefEdge
from ..pattern_cache import compiled
from ..stamp import parser_stamp
from ..tables.deadlines import MONTHLY_DAY, OPEN_ENDED, PERIOD_IN_TITLE, RECURRENCE_LABELS, REMINDER_DAYS
from .archive import Archive
from .columns import SUMMARY_SQL, pages, summary_of
from .corrections import DONE
from .schema import Column, flatten

_CSV_SKIP = {"span", "mentions", "highlights"}


def csv_columns(model: type[BaseModel]) -> list[Column]:
    return [c for c in flatten(model) if not (_CSV_SKIP & set(c.path)) and "span" not in c.name.split("_")]


def _joined(items: list) -> str:
    """A list as one cell: its items' ids or names (a model's JSON when it has none), joined by ``; ``."""
    names = []
    for item in items:
        if isinstance(item, dict):  # a model's JSON (``Obligations.obligation_records``)
            names.append(item.get("id") or item.get("canonical") or item.get("raw") or to_json(item).decode())
        elif isinstance(item, BaseModel):
            names.append(
                getattr(item, "id", None)
                or getattr(item, "canonical", None)
                or getattr(item, "raw", None)
                or item.model_dump_json()
            )
        else:
            names.append(str(item))
    return "; ".join(names)


def _cell(obj: Any, col: Column) -> Any:
    v: Any = obj
    for attr in col.path:
        if v is None:
            return ""
        v = getattr(v, attr)
    if v is None:
        return ""
    if isinstance(v, list):
        return _joined(v)
    if hasattr(v, "isoformat"):
        return v.isoformat()
    return v


#: Every export ``export`` writes (``vbparse export --format … --what …``), as ``(format, what)``.
EXPORTS = (
    ("jsonl", "documents"),
    ("jsonl", "obligations"),
    ("jsonl", "references"),
    ("jsonl", "corrections"),
    ("csv", "documents"),
    ("csv", "obligations"),
    ("csv", "references"),
    ("graphml", "references"),
)

#: Documents read from the database at a time: what an export holds in memory (stored JSON included).
DEFAULT_PAGE_ROWS = 200


def summaries(archive: Archive) -> Iterator[DocumentSummary]:
    """The present documents' summaries, as ``Archive.documents`` gives them, from their columns alone."""
    for page in pages(
        archive.backend,
        f"SELECT {SUMMARY_SQL} FROM documents d WHERE d.status = 'present' ORDER BY d.id",
        DEFAULT_PAGE_ROWS,
    ):
        yield from (summary_of(r) for r in page)


def record_lines(archive: Archive) -> Iterator[str]:
    """``ArchivedDocument`` JSON of every present document, as ``Archive.records`` would dump them: a
    document this very parser stored (``documents.parser`` is ``parser_stamp()``) is written as stored
    (it was validated and dumped by the same models); one of another parser is validated and dumped
    again (an older parse in an archive not indexed again since)."""
    stamp = parser_stamp()
    b = archive.backend
    for page in pages(
        b,
        "SELECT d.id, d.status, d.parser, d.json FROM documents d WHERE d.status = 'present' ORDER BY d.id",
        DEFAULT_PAGE_ROWS,
    ):
        paths: dict[str, list[str]] = {}
        marks = ",".join("?" * len(page))
        for doc_id, path in b.all(
            f"SELECT doc_id, path FROM files WHERE status = 'ok' AND doc_id IN ({marks}) ORDER BY doc_id, path",
            [r.id for r in page],
        ):
            paths.setdefault(doc_id, []).append(path)
        for r in page:
            head = to_json({"id": r.id, "status": r.status, "paths": paths.get(r.id, [])}).decode()
            doc = r.json if r.parser == stamp else Document.model_validate_json(r.json).model_dump_json()
            yield f'{head[:-1]},"document":{doc}}}'


def _items(archive: Archive, what: str, trusted: bool = True) -> tuple[type[BaseModel], Iterator[BaseModel]]:
    if what == "documents":
        return DocumentSummary, summaries(archive) if trusted else (s for s, _ in archive.documents())
    if what == "obligations":
        return ObligationHit, archive.all_obligations()
    if what == "references":
        return RefEdge, archive.edges(validated=not trusted)
    raise ValueError(f"unknown export: {what}")


def export(archive: Archive, out: IO[str], *, fmt: str, what: str, trusted: bool = True) -> int:
    """Write the export to ``out``; returns the number of records (edges for GraphML).

    ``trusted=False`` validates every stored document again (``Archive.records``, ``documents``,
    ``edges(validated=True)``), as exports did before issue 25 (73 % of their time): the same output,
    which the tests compare."""
    if what != "obligations":
        return _write_export(archive, out, fmt=fmt, what=what, trusted=trusted)
    with cycles_not_collected():
        return _write_export(archive, out, fmt=fmt, what=what, trusted=trusted)


@contextlib.contextmanager
def cycles_not_collected() -> Iterator[None]:
    """Python's cycle collector paused while the obligations are exported: that export makes millions of
    short-lived dicts and lists (decoded tasks, rows, records), each freed by its reference count, none in
    a cycle, and the collector, run every few hundred of them, scanned them and everything alive for
    nothing (a seventh of the export).  Its peak memory stays flat (``scripts/bench_export.py``: 1.00-1.02
    from 2 000 to 20 000 documents); the other exports make cycles (the GraphML's peak doubled unpaused)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _write_export(archive: Archive, out: IO[str], *, fmt: str, what: str, trusted: bool) -> int:
    if fmt == "graphml":
        if trusted:
            return write_graphml(archive, out)
        return write_graphml(
            archive, out, nodes=(s for s, _ in archive.documents()), refs=archive.edges(validated=True)
        )
    if fmt == "jsonl" and what == "corrections":  # gold for the evaluation: each with its status
        records = archive.corrections()
        for r in records:
            out.write(r.model_dump_json() + "\n")
        return len(records)
    if fmt == "jsonl" and what == "documents":
        n = 0
        for line in record_lines(archive) if trusted else (r.model_dump_json() for r in archive.records()):
            out.write(line + "\n")
            n += 1
        return n
    if what == "obligations" and trusted and fmt == "csv":
        return write_csv(archive.obligation_records(), ObligationHit, out)
    if what == "obligations" and trusted and fmt == "jsonl":
        n = 0
        for lines in archive.obligation_lines():  # a document's tasks at a time
            out.write(lines)
            n += lines.count("\n")
        return n
    model, items = _items(archive, what, trusted)
    if fmt == "jsonl":
        n = 0
        for item in items:
            out.write(item.model_dump_json() + "\n")
            n += 1
        return n
    if fmt == "csv":
        return write_csv(items, model, out)
    raise ValueError(f"unknown format: {fmt}")


#: What a spreadsheet reads as the start of a formula (OWASP "CSV injection"): a text cell that begins so
#: gets a leading apostrophe, which Excel and LibreOffice show as text and do not display.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def formula_safe(value: Any) -> Any:
    """A text cell a spreadsheet will not run: ``=HYPERLINK(…)`` → ``'=HYPERLINK(…)``; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(items: Iterable[BaseModel | dict[str, Any]], model: type[BaseModel], out: IO[str]) -> int:
    """``items`` (models, or their JSON as ``model_dump(mode="json")`` gives it) as CSV with ``model``'s
    columns (the caller writes the BOM Excel needs), every text cell formula-safe (``formula_safe``);
    returns the rows.  The rows are the text ``csv.writer`` writes (``csv_text``), a page at a time."""
    cols = csv_columns(model)
    runs = _column_runs([c.path for c in cols])
    out.write(",".join(csv_text(c.name) for c in cols) + CSV_LINE_END)
    n = 0
    cached: dict[int, tuple[Any, str]] = {}
    lines: list[str] = []
    for item in items:  # ``formula_safe(_cell(item, c))`` for every column, without two calls a cell
        lines.append(_csv_row(item, runs, cached))
        if len(lines) == DEFAULT_CSV_PAGE_ROWS:
            out.write(CSV_LINE_END.join(lines) + CSV_LINE_END)
            n += len(lines)
            lines.clear()
    if lines:
        out.write(CSV_LINE_END.join(lines) + CSV_LINE_END)
    return n + len(lines)


#: CSV rows written at a time.
DEFAULT_CSV_PAGE_ROWS = 1000
#: The end of a CSV row (RFC 4180; what Excel writes).
CSV_LINE_END = "\r\n"


def csv_text(value: Any) -> str:
    """A cell as ``csv.writer(out, lineterminator="\\r\\n")`` writes it in a row of more than one cell
    (``QUOTE_MINIMAL``: quoted when it holds a comma, a quote or a line break, quotes doubled; anything
    not text as ``str``).  Rows are made as text so that the cells a document's tasks share are quoted once
    (``_csv_row``): the C writer, given them in every task's row, took half of an obligations export."""
    if not isinstance(value, str):
        return str(value)
    if '"' in value:
        return '"' + value.replace('"', '""') + '"'
    if "," in value or "\n" in value or "\r" in value:
        return '"' + value + '"'
    return value


def _cell_text(value: Any) -> str:
    """A CSV cell's text from its value in a model or its JSON: ``_cell``'s value, formula-safe, quoted as
    ``csv_text`` quotes it."""
    if value is None:
        return ""
    if isinstance(value, str):
        if not value.isprintable():  # a control an older archive or a correction holds: shown, not written
            value = terminal_safe(value)
        return csv_text("'" + value if value.startswith(FORMULA_STARTS) else value)
    if isinstance(value, list):
        return csv_text(formula_safe(_joined(value))) if value else ""
    if hasattr(value, "isoformat"):
        return csv_text(formula_safe(value.isoformat()))
    return csv_text(value)


def _column_runs(paths: list[tuple[str, ...]]) -> list[tuple[tuple[str, ...], list[str]]]:
    """The columns as runs of one parent: ``(parent path, the keys under it in column order)``."""
    runs: list[tuple[tuple[str, ...], list[str]]] = []
    for path in paths:
        parent, key = path[:-1], path[-1]
        if runs and runs[-1][0] == parent:
            runs[-1][1].append(key)
        else:
            runs.append((parent, [key]))
    return runs


def _csv_row(
    item: BaseModel | dict[str, Any],
    runs: list[tuple[tuple[str, ...], list[str]]],
    cached: dict[int, tuple[Any, str]],
) -> str:
    """The CSV row (its text, without the line end) of a model or of its JSON (dates then already ISO
    text): a run of columns read from one parent at a time, each cell formula-safe.  The cells of a nested
    object the items share (a task's document in the records of ``obligation_records``) are made once:
    ``cached`` by the object's id, the object kept with them so that the id is not another's."""
    parts: list[str] = []
    for parent, keys in runs:
        source: Any = item
        for attr in parent:
            if source is not None:
                source = source.get(attr) if isinstance(source, dict) else getattr(source, attr)
        if source is None:
            parts.append("," * (len(keys) - 1))
            continue
        if parent:
            hit = cached.get(id(source))
            if hit is not None and hit[0] is source:
                parts.append(hit[1])
                continue
        values = map(source.get, keys) if isinstance(source, dict) else (getattr(source, k) for k in keys)
        text = ",".join(map(_cell_text, values))
        if parent:
            if len(cached) > DEFAULT_CACHED_CELLS:
                cached.clear()
            cached[id(source)] = (source, text)
        parts.append(text)
    return ",".join(parts)


#: Nested objects whose cells ``_csv_row`` keeps at most (a page of documents is far fewer).
DEFAULT_CACHED_CELLS = 256


def _external_key(edge: RefEdge) -> str:
    c = edge.citation
    return "ext:" + "|".join(x or "" for x in (c.doc_type, c.number, c.date.isoformat() if c.date else None, c.issuer))


#: GraphML keys of a node (a document) and of an edge (a citation).
_NODE_KEYS = ("number", "doc_type", "issuer", "issued_date", "title", "path", "archived", "copy_of")
_EDGE_KEYS = ("status", "relation", "raw")
#: Indentation of GraphML (``ElementTree.indent``'s): nodes and edges are at depth 2.
_INDENT = "  "


def _graphml_frame() -> tuple[str, str, str]:
    """The document around the nodes and edges: what comes before them (up to the ``<graph`` tag's
    attributes), the end of the graph tag, and what comes after them, as ``ElementTree`` indents it."""
    root = ET.Element("graphml", {"xmlns": "http://graphml.graphdrawing.org/xmlns"})
    for k in _NODE_KEYS:
        ET.SubElement(
            root,
            "key",
            {"id": f"n_{k}", "for": "node", "attr.name": k, "attr.type": "boolean" if k == "archived" else "string"},
        )
    for k in _EDGE_KEYS:
        ET.SubElement(root, "key", {"id": f"e_{k}", "for": "edge", "attr.name": k, "attr.type": "string"})
    ET.SubElement(root, "graph", {"id": "references", "edgedefault": "directed"})
    ET.indent(root, space=_INDENT)
    head, tail = ET.tostring(root, encoding="unicode").rsplit(" />", 1)  # the graph, empty, is the last element
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + head, " />", tail + "\n"


def _element(el: ET.Element) -> str:
    """A node or an edge, indented as in the whole document, on its own lines."""
    ET.indent(el, space=_INDENT, level=2)
    return _INDENT * 2 + ET.tostring(el, encoding="unicode") + "\n"


def write_graphml(
    archive: Archive,
    out: IO[str],
    *,
    nodes: Iterable[DocumentSummary] | None = None,
    refs: Iterable[RefEdge] | None = None,
) -> int:
    """The reference graph: archived documents and cited-but-absent documents as nodes, citations as edges.

    Written as it is read, each node and edge as it comes (a whole tree of 20 000 documents took 497 MB);
    ``nodes`` and ``refs`` default to ``summaries`` and ``Archive.edges``."""
    head, empty, tail = _graphml_frame()
    out.write(head)
    opened = False

    def write(el: ET.Element) -> None:
        nonlocal opened
        if not opened:
            out.write(">\n")
            opened = True
        out.write(_element(el))

    def node(node_id: str, values: dict[str, Any]) -> None:
        el = ET.Element("node", {"id": node_id})
        for k in _NODE_KEYS:
            v = values.get(k)
            if v is not None:
                ET.SubElement(el, "data", {"key": f"n_{k}"}).text = str(v).lower() if isinstance(v, bool) else str(v)
        write(el)

    for s in summaries(archive) if nodes is None else nodes:
        node(
            s.id,
            {
                "number": s.number,
                "doc_type": s.doc_type,
                "issuer": s.issuer,
                "issued_date": s.issued_date.isoformat() if s.issued_date else None,
                "title": s.title,
                "path": s.path,
                "archived": True,
                "copy_of": s.copy_of,  # a draft, a scan, another format of the node named (issue 53)
            },
        )
    externals: set[str] = set()
    n = 0
    for edge in archive.edges() if refs is None else refs:
        targets = [edge.target.id] if edge.target else [c.id for c in edge.candidates]
        if not targets:
            key = _external_key(edge)
            if key not in externals:
                externals.add(key)
                c = edge.citation
                node(
                    key,
                    {
                        "number": c.number,
                        "doc_type": c.doc_type,
                        "issuer": c.issuer,
                        "issued_date": c.date.isoformat() if c.date else None,
                        "archived": False,
                    },
                )
            targets = [key]
        for t in targets:
            el = ET.Element("edge", {"id": f"e{n}", "source": edge.source.id, "target": t})
            for k, v in (("status", edge.status), ("relation", edge.citation.relation), ("raw", edge.citation.raw)):
                ET.SubElement(el, "data", {"key": f"e_{k}"}).text = v
            write(el)
            n += 1
    out.write((_INDENT + "</graph>" if opened else empty) + tail)
    return n


# --- iCalendar (RFC 5545), written with the ``icalendar`` library (escaping, folding at 75 octets) -------

#: SUMMARY is the task cut to this many characters (the whole task is in DESCRIPTION).
DEFAULT_ICAL_SUMMARY_CHARS = 120
#: Domain part of each event's UID: the same obligation keeps its UID from one download to the next.
ICAL_UID_DOMAIN = "vbparse"
_ROLE_VI = {"lead": "chủ trì", "support": "phối hợp"}
#: A recurrence as an RRULE (RFC 5545 §3.3.10).  ``continuous`` (thường xuyên) has no period and, without a
#: deadline, no day either: such a task is not in the calendar.
RRULES: dict[str, dict[str, Any]] = {
    "daily": {"freq": "DAILY"},
    "weekly": {"freq": "WEEKLY"},
    "monthly": {"freq": "MONTHLY"},
    "quarterly": {"freq": "MONTHLY", "interval": 3},
    "yearly": {"freq": "YEARLY"},
}
_QUARTERS = ("I", "II", "III", "IV")
_TITLE_YEAR = compiled(r"(?<![\d/])(?:19|20)\d{2}(?![\d/])")


def deadline_label(deadline: _dt.date, precision: str | None) -> str:
    """The deadline as precisely as the text gave it: ``Quý II/2026``, ``Tháng 8/2024``, ``Năm 2026``, ``30/06/2026``."""
    if precision == "quarter":
        return f"Quý {_QUARTERS[(deadline.month - 1) // 3]}/{deadline.year}"
    if precision == "month":
        return f"Tháng {deadline.month}/{deadline.year}"
    if precision == "year":
        return f"Năm {deadline.year}"
    return deadline.strftime("%d/%m/%Y")


def plan_end(title: str | None) -> _dt.date | None:
    """The last day a plan is for, from its title: ``… năm 2026`` → 31/12/2026, ``giai đoạn 2026 - 2030`` →
    31/12/2030; ``None`` when the title says no year or none that ends (``và những năm tiếp theo``)."""
    year = plan_year_of(title)
    if year is None and title and PERIOD_IN_TITLE.search(title) and not OPEN_ENDED.search(title):
        year = max((int(y) for y in _TITLE_YEAR.findall(title)), default=None)
    return _dt.date(year, 12, 31) if year else None


def _period_start(deadline: _dt.date, precision: str | None) -> _dt.date:
    """The first day of the month, quarter or year a coarse deadline ends."""
    if precision == "month":
        return deadline.replace(day=1)
    if precision == "quarter":
        return _dt.date(deadline.year, (deadline.month - 1) // 3 * 3 + 1, 1)
    return _dt.date(deadline.year, 1, 1)


@dataclass(frozen=True)
class CalendarEntry:
    """When a task is in the calendar: its (first) day, its RRULE if it recurs, and what the summary
    says of its time (``None`` for a plain day: the calendar shows the day)."""

    start: _dt.date
    rrule: dict[str, Any] | None = None
    label: str | None = None


def calendar_entry(hit: ObligationHit) -> CalendarEntry | None:
    """The task's place in a calendar, or ``None`` when it has no day.

    A deadline of any precision is an all-day event on the last day it allows (``Quý II/2026`` on 30/06,
    the summary saying ``Hạn: Quý II/2026``).  A recurring task repeats from its deadline when that is a day
    (``trước ngày 31/01 năm liền kề``, yearly), else from the plan's issue date; it ends (UNTIL) where the
    task's coarse deadline ends its period (``hằng tháng … trong năm 2026``) or where the plan ends
    (``plan_end``), and runs on without an end when neither says.  A ``thường xuyên`` task (no period)
    without a deadline, and a recurring one without a deadline in a plan without a date, have no day."""
    rule = RRULES.get(hit.recurrence or "")
    d, precision = hit.deadline, hit.deadline_precision
    if rule is None:
        if d is None:
            return None
        return CalendarEntry(d, None, None if precision in (None, "day") else "Hạn: " + deadline_label(d, precision))
    issued = hit.document.issued_date
    until: _dt.date | None
    if d is not None and precision in (None, "day"):
        start, until = d, plan_end(hit.document.title)
    elif d is not None:  # the deadline ends the period the task recurs in
        start = issued if issued and issued <= d else _period_start(d, precision)
        until = d
    elif issued is not None:
        start, until = _first_day(issued, hit), plan_end(hit.document.title)
    else:
        return None
    rule = dict(rule)
    if until is not None and until >= start:
        rule["until"] = until
    if rule["freq"] == "MONTHLY" and (start + _dt.timedelta(days=1)).day == 1 and start.day > 28:
        rule["bymonthday"] = -1  # the 31st (or 30th, 29th) of a month: every month's last day, none skipped
    day = MONTHLY_DAY.search(hit.deadline_raw or "") if hit.recurrence == "monthly" and d is None else None
    label = day.group() if day else RECURRENCE_LABELS[hit.recurrence or ""]
    if d is not None and precision not in (None, "day"):
        label += ", hạn: " + deadline_label(d, precision)
    return CalendarEntry(start, rule, label[0].upper() + label[1:])


def why_no_day(hit: ObligationHit) -> str | None:
    """Why a task has no place in a calendar (in Vietnamese, as the board and the export say it), or None
    when it has one: a recurring task of a plan without a date, an ongoing one, one without any deadline."""
    if calendar_entry(hit) is not None:
        return None
    if hit.recurrence and hit.recurrence != "continuous":
        return "việc định kỳ của văn bản không ghi ngày ban hành: không biết bắt đầu từ ngày nào"
    if hit.recurrence == "continuous":
        return "việc thường xuyên, không có thời hạn"
    return "không có thời hạn"


def _first_day(issued: _dt.date, hit: ObligationHit) -> _dt.date:
    """Where a recurring task without a deadline starts: its plan's issue date, or for a monthly one whose
    words name the day (``trước ngày 20 hằng tháng``) that day on or after the issue date, so that it repeats
    on the 20th (issue 41: it repeated on the day the plan was issued); one due in the month after the month it
    reports on (``trước ngày 05 của tháng liền kề``) first on that day of the month after the issue's (issue 53)."""
    day = MONTHLY_DAY.search(hit.deadline_raw or "") if hit.recurrence == "monthly" else None
    if day is None or not 1 <= int(day.group("day")) <= 28:  # the 29th-31st: not in every month, the issue date
        return issued
    first = issued.replace(day=int(day.group("day")))
    if day.group("next"):
        return (first.replace(day=1) + _dt.timedelta(days=32)).replace(day=first.day)
    if first < issued:
        first = (first.replace(day=1) + _dt.timedelta(days=32)).replace(day=first.day)
    return first


#: The shortest period, in days, of each recurrence: a reminder is set only ahead of it (a weekly task gets
#: the 3- and 1-day ones; a daily task none, it would ring every day).
_PERIOD_DAYS = {"daily": 1, "weekly": 7, "monthly": 28, "quarterly": 90, "yearly": 365}


def alarm_days(hit: ObligationHit, entry: CalendarEntry, marks: tuple[int, ...] = REMINDER_DAYS) -> tuple[int, ...]:
    """The days before its day at which a task's event reminds (7, 3, 1: ``REMINDER_DAYS``), fewer for a task
    that recurs more often than that, none for one marked done."""
    if hit.progress == DONE:
        return ()
    period = _PERIOD_DAYS.get(hit.recurrence or "") if entry.rrule else None
    return tuple(sorted((m for m in marks if period is None or m < period), reverse=True))


def _alarm(days: int, task: str) -> Any:
    from icalendar import Alarm

    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", -_dt.timedelta(days=days), parameters={"RELATED": "START"})
    alarm.add("description", f"Còn {days} ngày đến hạn: {task}")
    return alarm


def obligation_uid(hit: ObligationHit) -> str:
    """Stable across downloads: a hash of what identifies the task (plan, section, assignee, role, text)."""
    key = "\x1f".join(
        (hit.document.id, hit.section or "", hit.assignee.canonical or hit.assignee.raw, hit.role, hit.task)
    )
    return f"{hashlib.sha256(key.encode()).hexdigest()[:32]}@{ICAL_UID_DOMAIN}"


def _description(hit: ObligationHit, url: str | None) -> str:
    """The event's lines, each field on one line (``one_line``): a field's own line break would start a line
    that says something else."""
    d = hit.document
    plan = " ".join(x for x in (d.number, d.issued_date.strftime("%d/%m/%Y") if d.issued_date else None) if x)
    lines = [
        f"Nhiệm vụ: {hit.task}",
        f"Đơn vị/người thực hiện: {hit.assignee.canonical or hit.assignee.raw} ({_ROLE_VI[hit.role]})",
    ]
    if hit.co_assignees:
        lines.append("Cùng thực hiện: " + ", ".join(a.canonical or a.raw for a in hit.co_assignees))
    if hit.deadline_raw:
        lines.append(f"Thời hạn (nguyên văn): {hit.deadline_raw}")
    if hit.corrected:  # the exports say which values are an archivist's, not the parse's
        lines.append(f"Đã hiệu chỉnh ({', '.join(hit.corrected)}): {hit.corrected_by or ''}".rstrip(": "))
    lines.append(f"Kế hoạch: {plan or d.id}" + (f" — {d.issuer}" if d.issuer else ""))
    if d.title:
        lines.append(d.title)
    if hit.section:
        lines.append(f"Mục: {hit.section}")
    if url:
        lines.append(url)
    return "\n".join(map(one_line, lines))


def write_ical(
    hits: Iterable[ObligationHit],
    out: IO[str],
    *,
    now: _dt.datetime | None = None,
    url_of: Callable[[ObligationHit], str] | None = None,
    name: str = "Nhiệm vụ",
    alarms: bool = True,
) -> int:
    """One all-day VEVENT per task that has a day (``calendar_entry``: a deadline, or a recurrence as an
    RRULE); a task without one is left out, a calendar has no place for it.  ``url_of`` gives each event a
    link (the plan's page).  Every text is on one line, controls as spaces (``one_line``): icalendar refuses a
    line break in the calendar's name and writes a control as it comes (issue 55).  With ``alarms``, each event reminds 7, 3 and 1 days ahead (``alarm_days``).
    Returns the events."""
    from icalendar import Calendar, Event

    stamp = (now or _dt.datetime.now(_dt.UTC)).astimezone(_dt.UTC).replace(microsecond=0)
    cal = Calendar()
    for key, value in (
        ("version", "2.0"),
        ("prodid", "-//vbparse//obligations//VI"),
        ("calscale", "GREGORIAN"),
        ("method", "PUBLISH"),
        ("x-wr-calname", one_line(name)),
    ):
        cal.add(key, value)
    end = "END:VCALENDAR\r\n"
    head = cal.to_ical().decode("utf-8")
    if not head.endswith(end):  # an icalendar that writes its calendar otherwise: events could not follow
        raise RuntimeError(f"icalendar's calendar does not end with {end.strip()}: {head[-40:]!r}")
    out.write(head.removesuffix(end))  # the calendar's own lines, its events then written one by one
    seen: dict[str, int] = {}
    n = 0
    for hit in hits:
        entry = calendar_entry(hit)
        if entry is None:
            continue
        uid = obligation_uid(hit)
        seen[uid] = seen.get(uid, 0) + 1
        if seen[uid] > 1:  # the same words twice in one section: still two events, each its own UID
            uid = uid.replace("@", f"-{seen[uid]}@", 1)
        url = url_of(hit) if url_of else None
        task = one_line(hit.task)
        if len(task) > DEFAULT_ICAL_SUMMARY_CHARS:
            task = task[: DEFAULT_ICAL_SUMMARY_CHARS - 1].rstrip() + "…"
        event = Event()
        event.add("uid", uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", entry.start)
        event.add("dtend", entry.start + _dt.timedelta(days=1))
        if entry.rrule:
            event.add("rrule", entry.rrule)
        event.add("summary", f"{entry.label} — {task}" if entry.label else task)
        event.add("description", _description(hit, url))
        event.add("categories", [_ROLE_VI[hit.role]])
        event.add("transp", "TRANSPARENT")
        if url:
            event.add("url", one_line(url))
        if alarms:
            for days in alarm_days(hit, entry):
                event.add_component(_alarm(days, task))
        out.write(event.to_ical().decode("utf-8"))  # as it comes: no calendar of every task in memory
        n += 1
    out.write(end)
    return n
