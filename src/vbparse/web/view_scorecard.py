"""The scorecard page (issue 53): per unit and quarter, the tasks due, done on time, late, overdue, and the
on-time rate (tỷ lệ đúng hạn), with CSV and Excel downloads in the board's format (``board``).  The numbers are
``Archive.scorecard``'s (``store.scorecard``), the same as ``/api/scorecard``."""

from __future__ import annotations

import datetime as dt
import io
import operator
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from ..models import ScorecardRow
from ..store import Archive
from . import board
from .pages import DOWNLOAD_TYPES, ArchiveDep, Today, attachment, kept_answer, page
from .view_params import BadParam, text_param

router = APIRouter(include_in_schema=False)

#: Years a scorecard may be asked for.
DEFAULT_FIRST_YEAR, DEFAULT_LAST_YEAR = 1990, 2100


def _rate(row: Any) -> float | None:
    return None if row.on_time_rate is None else round(row.on_time_rate * 100, 1)


#: The scorecard's columns, for the page's table and both downloads.
SCORECARD_COLUMNS: tuple[board.Column, ...] = (
    board.Column("Đơn vị", operator.attrgetter("unit"), width=36),
    board.Column("Kỳ", operator.attrgetter("period"), width=14),
    board.Column("Số nhiệm vụ đến hạn", operator.attrgetter("due"), "number", 12),
    board.Column("Hoàn thành đúng hạn", operator.attrgetter("on_time"), "number", 12),
    board.Column("Hoàn thành trễ hạn", operator.attrgetter("late"), "number", 12),
    board.Column("Quá hạn chưa hoàn thành", operator.attrgetter("overdue"), "number", 12),
    board.Column("Đang thực hiện", operator.attrgetter("in_progress"), "number", 12),
    board.Column("Tỷ lệ đúng hạn (%)", _rate, "number", 12),
)


def _number(value: str | None, name: str, label: str, low: int, high: int) -> int | None:
    value = (value or "").strip()
    if not value:
        return None
    if not value.isascii() or not value.isdecimal() or not low <= int(value) <= high:
        raise BadParam(name, label, f"phải là một số từ {low} đến {high}")
    return int(value)


def read_params(
    assignee: str | None, year: str | None, quarter: str | None, today: dt.date
) -> tuple[str, int, int | None]:
    """The unit (empty: the accounts' units), the year (default this year's) and the quarter (or every one)."""
    unit = text_param(assignee, "assignee", "Đơn vị")
    y = _number(year, "year", "Năm", DEFAULT_FIRST_YEAR, DEFAULT_LAST_YEAR) or today.year
    q = _number(quarter, "quarter", "Quý", 1, 4)
    return unit, y, q


def scorecard(archive: Archive, unit: str, today: dt.date, year: int, quarter: int | None) -> list[ScorecardRow]:
    """The rows of ``unit``, or of every unit of the accounts when none is named."""
    units = [unit] if unit else archive.scorecard_units()
    return [r for u in units for r in archive.scorecard(u, today=today, year=year, quarter=quarter)]


def _values(rows: list[ScorecardRow]) -> list[list[Any]]:
    return [[c.value(r) for c in SCORECARD_COLUMNS] for r in rows]  # type: ignore[arg-type]


@router.get("/scorecard", name="scorecard_page", response_class=HTMLResponse)
def scorecard_page(
    request: Request,
    archive: ArchiveDep,
    today: Today,
    assignee: str | None = None,
    year: str | None = None,
    quarter: str | None = None,
) -> Response:
    form = {"assignee": assignee or "", "year": year or "", "quarter": quarter or ""}
    ctx: dict[str, Any] = {"active": "scorecard_page", "form": form, "rows": [], "error": None, "today": today}
    try:
        unit, y, q = read_params(assignee, year, quarter, today)
    except BadParam as exc:
        ctx["error"] = exc
        return page(request, "scorecard.html", 400, **ctx)
    rows = scorecard(archive, unit, today, y, q)
    params = {"assignee": unit, "year": y, "quarter": q}
    ctx.update(
        rows=rows,
        values=_values(rows),
        columns=SCORECARD_COLUMNS,
        unit=unit,
        year=y,
        quarter=q,
        params=params,
        units=archive.scorecard_units(),
    )
    return page(request, "scorecard.html", **ctx)


def _download(
    request: Request,
    archive: Archive,
    today: dt.date,
    assignee: str | None,
    year: str | None,
    quarter: str | None,
    ext: str,
) -> Response:
    def make() -> Response:
        try:
            unit, y, q = read_params(assignee, year, quarter, today)
        except BadParam as exc:
            return Response(f"{exc.name}: {exc.reason}\n", status_code=400, media_type="text/plain; charset=utf-8")
        values = _values(scorecard(archive, unit, today, y, q))
        if ext == "xlsx":
            data = board.board_xlsx(values, SCORECARD_COLUMNS)
        else:
            out = io.StringIO()
            board.write_board_csv(values, out, SCORECARD_COLUMNS)
            data = out.getvalue().encode("utf-8")
        name = f"ty-le-dung-han-{y}" + (f"-quy-{q}" if q else "") + f".{ext}"
        return Response(data, media_type=DOWNLOAD_TYPES[ext], headers={"Content-Disposition": attachment(name)})

    if not (assignee or "").strip():  # the accounts' units: an account added changes them, not the archive's state
        return make()
    return kept_answer(request, archive, today, make)


@router.get("/scorecard.csv", name="scorecard_csv")
def scorecard_csv(
    request: Request,
    archive: ArchiveDep,
    today: Today,
    assignee: Annotated[str | None, Query()] = None,
    year: Annotated[str | None, Query()] = None,
    quarter: Annotated[str | None, Query()] = None,
) -> Response:
    return _download(request, archive, today, assignee, year, quarter, "csv")


@router.get("/scorecard.xlsx", name="scorecard_xlsx")
def scorecard_xlsx(
    request: Request,
    archive: ArchiveDep,
    today: Today,
    assignee: Annotated[str | None, Query()] = None,
    year: Annotated[str | None, Query()] = None,
    quarter: Annotated[str | None, Query()] = None,
) -> Response:
    return _download(request, archive, today, assignee, year, quarter, "xlsx")
