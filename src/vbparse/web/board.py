"""The Nhiệm vụ board as an official downloads it: one row per task, Vietnamese headers and values, as
CSV (UTF-8 with BOM, dates dd/mm/yyyy: what Excel opens as is) or as an Excel workbook (real dates, a
bold frozen header, links that open the plan's page).

The columns are ``COLUMNS``, each a header and how to read its value from an ``ObligationHit``: a column
is added (or a value changed) there, once, for both files.  The English, machine-oriented CSV of
``vbparse export`` is another thing (``store.export.write_csv``) and stays as integrators know it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any, Literal

from ..chars import terminal_safe
from ..models import ObligationHit, RegisterEntry, TaskPassage
from ..store.corrections import PROGRESS_LABELS
from ..store.export import formula_safe
from ..tables.deadlines import RECURRENCE_LABELS
from .view_obligations import ROLES, due_label
from .view_text import vn_datetime
from .xlsx_stream import write_xlsx

#: How the board writes a date in CSV, and the number format of a date cell in the workbook.
DATE_FORMAT = "%d/%m/%Y"
XLSX_DATE_FORMAT = "dd/mm/yyyy"
#: The workbook's one sheet (Excel allows 31 characters, none of ``[]:*?/\``).
XLSX_SHEET = "Nhiệm vụ"
#: How many words of a report's passage the register quotes beside the report.
DEFAULT_QUOTE_WORDS = 12
#: Widest a column is made, in characters (a task of a paragraph wraps in its cell instead).
DEFAULT_MAX_WIDTH = 60


@dataclass(frozen=True)
class Row:
    """What a column reads from: the task, its number on the board, today, the plan page's address."""

    hit: ObligationHit
    number: int
    today: dt.date
    url: str
    #: the register's view of the task (``Archive.register``), for ``REGISTER_COLUMNS``
    entry: RegisterEntry | None = None


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[Row], Any]
    #: ``date``: a ``datetime.date`` (dd/mm/yyyy in CSV, a date cell in Excel); ``link``: an address
    kind: Literal["text", "number", "date", "link"] = "text"
    #: Width in the workbook, in characters
    width: int = 16


#: What a correction changed, in the words of the board.
CORRECTED_LABELS = {
    "assignee": "người được giao",
    "role": "vai trò",
    "deadline": "thời hạn",
    "task": "nội dung",
    "progress": "tiến độ",
    "not_task": "không phải nhiệm vụ",
    "added": "nhiệm vụ bổ sung",
}


def _corrected(hit: ObligationHit) -> str | None:
    """``thời hạn, vai trò — Lan, 23/11/2026 14:05``: the fields corrected, by whom and when."""
    if not hit.corrected:
        return None
    what = ", ".join(CORRECTED_LABELS.get(f, f) for f in hit.corrected)
    who = ", ".join(x for x in (hit.corrected_by, vn_datetime(hit.corrected_at) if hit.corrected_at else None) if x)
    return f"{what} — {who}" if who else what


def _name(a) -> str:
    return a.canonical or a.raw


def shared_reason(hit: ObligationHit) -> str | None:
    """Why a *giao chung* row is on a unit's board: the collective it was given to, as written, and whose
    (``thuộc “các sở, ban, ngành” của tỉnh Lào Cai``)."""
    if not hit.shared:
        return None
    whose = f" của {hit.assignee.area}" if hit.assignee.area else " (cả nước)"
    return f"thuộc “{hit.assignee.raw}”{whose}"


COLUMNS: tuple[Column, ...] = (
    Column("STT", lambda r: r.number, "number", 6),
    Column("Nhiệm vụ", lambda r: r.hit.task, width=DEFAULT_MAX_WIDTH),
    Column("Đơn vị/cá nhân được giao", lambda r: _name(r.hit.assignee), width=28),
    Column("Vai trò", lambda r: ROLES[r.hit.role], width=10),
    Column("Đơn vị phối hợp", lambda r: "; ".join(_name(a) for a in r.hit.co_assignees), width=28),
    Column("Thời hạn", lambda r: r.hit.deadline, "date", 12),
    Column("Thời hạn (nguyên văn)", lambda r: r.hit.deadline_raw, width=24),
    Column("Lặp lại", lambda r: RECURRENCE_LABELS.get(r.hit.recurrence or "", r.hit.recurrence), width=12),
    Column("Tình trạng", lambda r: due_label(r.hit, r.today), width=13),
    Column("Số văn bản", lambda r: r.hit.document.number, width=16),
    Column("Ngày ban hành", lambda r: r.hit.document.issued_date, "date", 14),
    Column("Trích yếu", lambda r: r.hit.document.title, width=DEFAULT_MAX_WIDTH),
    Column("Cơ quan ban hành", lambda r: r.hit.document.issuer, width=28),
    Column("Mục", lambda r: r.hit.section, width=10),
    Column("Liên kết", lambda r: r.url, "link", 40),
    # where the assignee is (its own place or the issuer's), and whether the task reached it through a
    # collective (``UBND các xã, phường`` for one commune): after the columns, so theirs keep their place
    Column("Địa bàn", lambda r: r.hit.assignee.area, width=24),
    Column("Giao chung", lambda r: shared_reason(r.hit), width=30),
    # the archivists' corrections applied to the row: what was corrected, by whom and when, and the progress
    Column("Tiến độ", lambda r: PROGRESS_LABELS.get(r.hit.progress or ""), width=16),
    Column("Đã hiệu chỉnh", lambda r: _corrected(r.hit), width=30),
    # a phối hợp row's lead, so that the row never reads as the unit's own (issue 41)
    Column("Đơn vị chủ trì", lambda r: "; ".join(_name(a) for a in r.hit.leads) or None, width=28),
)
HEADERS = tuple(c.header for c in COLUMNS)

#: A register's states in the words offices keep (issue 42).
REGISTER_STATES = {
    "on_time": "đúng hạn",
    "late": "trễ hạn",
    "in_progress": "đang thực hiện",
    "overdue": "quá hạn chưa hoàn thành",
}


def _plan(hit: ObligationHit) -> str:
    d = hit.document
    return " ".join(
        x for x in (d.number or d.id, f"ngày {d.issued_date:%d/%m/%Y}" if d.issued_date else None, d.issuer) if x
    )


def _answers(row: Row) -> str | None:
    if row.entry is None or not row.entry.answers:
        return None
    return "; ".join(
        f"{a.document.number or a.document.id}"
        + (f" ngày {a.document.issued_date:%d/%m/%Y}" if a.document.issued_date else "")
        + ("" if a.certain else " (chưa chắc)")
        + (
            f", {passage_quote(row.entry.passage)}"
            if row.entry.passage and row.entry.passage.report == a.document.id
            else ""
        )
        for a in row.entry.answers
    )


def passage_quote(p: TaskPassage) -> str:
    """Where a report speaks of a task, as the register and ``vbparse followup`` say it: ``mục I.2: “Đã mở 4
    hội nghị tập huấn …”``."""
    words = p.text.split()
    quote = " ".join(words[:DEFAULT_QUOTE_WORDS]) + (" …" if len(words) > DEFAULT_QUOTE_WORDS else "")
    return f"mục {p.path}: “{quote}”" if p.path else f"“{quote}”"


def _note(hit: ObligationHit) -> str | None:
    parts = [shared_reason(hit), _corrected(hit) and f"đã hiệu chỉnh: {_corrected(hit)}"]
    return "; ".join(p for p in parts if p) or None


#: The register offices keep of the tasks given to them (issue 42): STT, nội dung nhiệm vụ, văn bản giao, đơn vị
#: chủ trì, phối hợp, thời hạn, tình trạng, văn bản trả lời, ghi chú.
REGISTER_COLUMNS: tuple[Column, ...] = (
    Column("STT", lambda r: r.number, "number", 6),
    Column("Nội dung nhiệm vụ", lambda r: r.hit.task, width=DEFAULT_MAX_WIDTH),
    Column("Văn bản giao", lambda r: _plan(r.hit), width=36),
    Column(
        "Đơn vị chủ trì",
        lambda r: _name(r.hit.assignee) if r.hit.role == "lead" else "; ".join(_name(a) for a in r.hit.leads) or None,
        width=28,
    ),
    Column(
        "Đơn vị phối hợp",
        lambda r: (
            _name(r.hit.assignee)
            if r.hit.role == "support"
            else "; ".join(_name(a) for a in r.hit.co_assignees) or None
        ),
        width=28,
    ),
    Column("Thời hạn", lambda r: r.hit.deadline, "date", 12),
    Column("Tình trạng", lambda r: REGISTER_STATES[r.entry.state] if r.entry else None, width=16),
    Column("Văn bản trả lời", _answers, width=30),
    Column("Ghi chú", lambda r: _note(r.hit), width=30),
)


def board_rows(
    hits: Iterable[ObligationHit], url_of: Callable[[ObligationHit], str], today: dt.date
) -> Iterator[list[Any]]:
    """Each task's values in ``COLUMNS`` order: dates as ``datetime.date``, a value not stated as ``None``."""
    for n, hit in enumerate(hits, 1):
        row = Row(hit, n, today, url_of(hit))
        yield [c.value(row) for c in COLUMNS]


def register_rows(entries: Iterable[RegisterEntry], today: dt.date) -> Iterator[list[Any]]:
    """Each register entry's values in ``REGISTER_COLUMNS`` order."""
    for n, entry in enumerate(entries, 1):
        row = Row(entry.hit, n, today, "", entry)
        yield [c.value(row) for c in REGISTER_COLUMNS]


def write_board_csv(rows: Iterable[list[Any]], out: IO[str], columns: tuple[Column, ...] = COLUMNS) -> int:
    """The rows as CSV for Excel: the BOM, the headers, dates dd/mm/yyyy, every text cell formula-safe."""
    out.write("\ufeff")  # Excel reads UTF-8 only with the byte-order mark
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c.header for c in columns])
    n = 0
    for row in rows:
        writer.writerow(
            [
                ""
                if v is None
                else v.strftime(DATE_FORMAT)
                if c.kind == "date"
                else formula_safe(terminal_safe(v) if isinstance(v, str) else v)  # a NUL, a VT: shown, not written
                for c, v in zip(columns, row, strict=True)
            ]
        )
        n += 1
    return n


def board_xlsx(rows: Iterable[list[Any]], columns: tuple[Column, ...] = COLUMNS) -> bytes:
    """The rows as an Excel workbook (``write_board_xlsx``), as bytes."""
    out = io.BytesIO()
    write_board_xlsx(rows, out, columns)
    return out.getvalue()


def write_board_xlsx(rows: Iterable[list[Any]], out: IO[bytes], columns: tuple[Column, ...] = COLUMNS) -> int:
    """The rows as an Excel workbook written to ``out`` a row at a time (``xlsx_stream``: no cell is kept): a
    bold header row frozen at the top, dates as date cells shown dd/mm/yyyy, the plan's address as a link,
    long text wrapped.  Text is written as text, never as a formula.  Returns the number of rows."""
    kinds = [
        c.kind if c.kind in ("date", "link") else "wrap" if c.width >= DEFAULT_MAX_WIDTH else "text" for c in columns
    ]
    # an archive indexed before control characters were dropped: shown, never a broken file
    safe = ([terminal_safe(v) if isinstance(v, str) else v for v in row] for row in rows)
    widths = [min(c.width, DEFAULT_MAX_WIDTH) for c in columns]
    return write_xlsx(out, XLSX_SHEET, [c.header for c in columns], safe, widths=widths, kinds=kinds)
