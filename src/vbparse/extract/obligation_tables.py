"""Task tables: the header's columns, group rows and row numbers, a row's assignees and persons."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field

from ..chars import collapse_spaces, fold
from ..models import Assignee
from ..pattern_cache import compiled
from ..structure.parser import Line, TableRows
from ..tables.obligations import FIELD_LIST_MARK, PERSON_CELL
from ..tables.patterns import GROUP_ROW_LABEL
from ..tables.rules_not_task import TABLE_NO_ASSIGNEE
from ..tables.table_columns import ROW_NUMBER_HEADER, column_kind
from .assignees import (
    find_names,
    run_together_names,
)
from .obligation_context import COLUMN_NUMBER, PERSON_SEPARATOR, Context
from .obligation_emit import emit_at
from .obligation_names import assignees_of, split_names
from .table_header import task_header
from .table_lead_in import table_owner

# --- tables -----------------------------------------------------------------------------------------------


#: A header cell has at most this many words (a task or a name of a row of data is longer, or no column's word).
DEFAULT_HEADER_CELL_WORDS = 10


def _header_again(row: Line) -> bool:
    """A row that names columns again inside the table, in the same words or others, with or without its
    ``STT`` cell (``Nội dung | Cơ quan thực hiện | Cơ quan phối hợp | Thời hạn``): every filled cell a column's
    name, a task's or an assignee's among them, and two kinds at least."""
    texts = [t for _c, t, cont in row.cell_texts() if t and not cont]
    if len(texts) < 2 or any(len(t.split()) > DEFAULT_HEADER_CELL_WORDS for t in texts):
        return False
    kinds = set()
    for text in texts:
        kind = column_kind(text)
        if kind is None and not ROW_NUMBER_HEADER.match(text):
            return False
        kinds.add(kind)
    kinds.discard(None)
    return len(kinds) >= 2 and bool(kinds & {"task", "lead", "support", "person"})


#: A group row's label and its title in one cell (``I. Kinh tế số``); its label alone is ``GROUP_ROW_LABEL``.
_GROUP_TITLE = compiled(r"^(?P<label>[IVXLC]+|[A-Z])[.)]\s+\p{Lu}")
_ROW_NUMBER = compiled(r"^\d{1,3}(?:\.\d{1,3})*[.)]?$")


@dataclass
class _RowReader:
    """Reads the rows of one task table in order: each column's kind, and what a merged-down cell carries
    from the row above."""

    kinds: dict[int, str]
    number_col: int | None
    #: the header's cells (a short row's cells are its last columns: ``_placed``)
    width: int = 0
    above: dict[int, str] = field(default_factory=dict)
    above_parts: dict[int, list[str]] = field(default_factory=dict)

    def read(
        self, row: Line, more: list[Line], past_break: bool
    ) -> tuple[dict[str, str], list[str], list[str], str | None, list[tuple[int, str]]]:
        """(text per column kind, the parts of ``person`` cells, of ``lead`` cells, the row's number, its filled
        cells) of ``row`` and the rest of it printed past page breaks (``more``).  Past a break, an empty task,
        lead or number cell stands under a merged cell the break cut: it carries the text above."""
        values: dict[str, str] = {}
        person_parts: list[str] = []
        lead_parts: list[str] = []
        number = None
        cells, shift = self._placed(row)
        filled = [(c, t) for c, t, cont in cells if t and not cont]
        carried = self._under_merged(filled, past_break)
        for col, text, cont in cells:
            kind = self.kinds.get(col)
            cont = cont or (not text and (kind in carried or col == self.number_col and bool(carried)))
            if cont:
                text = self.above.get(col, "")
            else:
                text = " ".join([text] + [t for r in more for c, t, _x in r.cell_texts() if c == col and t]).strip()
                if kind in {"lead", "support"}:
                    text = _listed(_parts_over_pages(row, more, col - shift)) or text
                self.above[col] = text
            if kind in {"person", "lead"}:
                parts = _parts_over_pages(row, more, col - shift) if not cont else self.above_parts.get(col, [])
                self.above_parts[col] = parts
                (person_parts if kind == "person" else lead_parts).extend(parts)
            if kind and text:
                # the names of two lead columns are two lists (``Giám đốc`` | ``Phòng A, Phòng B``)
                joint = "; " if kind == "lead" and values.get(kind) else " "
                values[kind] = (values.get(kind, "") + joint + text).strip()
            elif kind:
                values.setdefault(kind, "")
            if col == self.number_col:
                number = text
        if number is None and filled and _ROW_NUMBER.match(filled[0][1]):
            number = filled[0][1]
        return values, person_parts, lead_parts, number, filled

    def _placed(self, row: Line) -> tuple[list[tuple[int, str, bool]], int]:
        """A row's cells at their columns, and how far they moved: a row short of the header's width under another
        row, whose first cells that row spans (a scraper's Markdown of ``rowspan``: ``| lead | partner | time |``
        under a full row), has its cells in the last columns and the spanned ones carried from above; a group
        row, a numbered row or a row of a few cells is as written."""
        cells = row.cell_texts()
        short = self.width - len(cells)
        if short <= 0 or not self.above or len(cells) < DEFAULT_MIN_SPANNED_ROW or cells[-1][0] != len(cells) - 1:
            return cells, 0
        first = next((t for _c, t, _x in cells if t), "")
        if _ROW_NUMBER.match(first) or GROUP_ROW_LABEL.match(first.strip(" *")):
            return cells, 0
        return [(c, "", True) for c in range(short)] + [(c + short, t, x) for c, t, x in cells], short

    def _under_merged(self, filled: list[tuple[int, str]], past_break: bool) -> set[str]:
        """The kinds of the empty cells of a row without a number of its own that stand under a merged cell
        printed as empty (a PDF's or a web copy's, where Word marks it merged): the task, when the row names a
        lead of its own; past a page break, also the lead, when the row holds a task that is no group's title."""
        if not filled or filled[0][0] == self.number_col or _ROW_NUMBER.match(filled[0][1]):
            return set()
        own = {self.kinds.get(c) for c, _t in filled}
        if "task" not in own:
            return {"task"} if "lead" in own else set()
        task = next(t for c, t in filled if self.kinds.get(c) == "task")
        return {"lead"} if past_break and "lead" not in own and not _GROUP_TITLE.match(task) else set()


def _parts_over_pages(row: Line, more: list[Line], col: int) -> list[str]:
    """A cell's paragraphs, with the rest printed past page breaks: the piece cut off goes on the last paragraph
    (``Ủy ban nhân dân các`` / ``xã, phường``)."""
    parts = row.cell_parts(col)
    for rest in (r.cell_parts(col) for r in more):
        if parts and rest:
            parts = [*parts[:-1], parts[-1] + " " + rest[0], *rest[1:]]
        else:
            parts = parts or rest
    return parts


#: The rest of a cut row opens in lower case (a sentence or a name carried on), never with a list label (``a)``).
_GOES_ON = compiled(r"^(?![a-zđ][.)]\s)\p{Ll}")


def _goes_on(row: Line, number_col: int | None) -> bool:
    """Past a page break, a row without a number whose filled cells carry on the row's above: one opens in lower
    case.  A row whose cells open in capitals is a row of its own."""
    filled = [(c, t) for c, t, cont in row.cell_texts() if t and not cont]
    if not filled or any(c == number_col for c, _t in filled) or _ROW_NUMBER.match(filled[0][1]):
        return False
    return any(_GOES_ON.match(t) for _c, t in filled)


def _rows_over_pages(
    rows: list[Line], header_again: Callable[[Line], bool], number_col: int | None
) -> list[tuple[Line, list[Line], bool]]:
    """Each row of a table with the rest of it printed past page breaks (a PDF cuts a long row: its first
    lines, the header printed again, the rest of each cell), and whether it stands right past a break."""
    out: list[tuple[Line, list[Line], bool]] = []
    past_break = False
    for row in rows:
        if header_again(row):
            past_break = True
            continue
        if past_break and out and _goes_on(row, number_col):
            out[-1][1].append(row)
        else:
            out.append((row, [], past_break))
        past_break = False
    return out


def _listed(parts: list[str]) -> str | None:
    """A names cell printed as a list (``- Bộ A;`` / ``- Bộ B.``) with each item on its own line, so that the list
    marks part its names where the heads are unknown; None when no paragraph after the first opens with a mark (a
    wrapped name's lines are one name)."""
    if not any(FIELD_LIST_MARK.match(p) for p in parts[1:]):
        return None
    return "".join(("\n" if FIELD_LIST_MARK.match(p) else " ") + p for p in parts).strip()


def _group_row(filled: list[tuple[int, str]], values: dict[str, str]) -> str | None:
    """A group row's label: a label (I, II, A) and a title, no assignee; or ``I. Kinh tế số`` in one cell; or a label
    and its title repeated in every other cell, as a converter writes a cell merged across the row (``| I | TRUYỀN
    THÔNG | TRUYỀN THÔNG | TRUYỀN THÔNG |``: the title in the lead's column names no one)."""
    merged = len(filled) > 2 and len({t for _c, t in filled[1:]}) == 1
    if not filled or (not merged and (values.get("lead") or values.get("person") or values.get("support"))):
        return None
    if (len(filled) <= 2 or merged) and GROUP_ROW_LABEL.match(filled[0][1]):
        return filled[0][1].rstrip(".)")
    titled = _GROUP_TITLE.match(filled[0][1]) if len(filled) == 1 else None
    return titled.group("label") if titled else None


#: A row short of the header's width holds at least this many cells to be read as the last columns under cells
#: the row above spans (a group row holds one or two).
DEFAULT_MIN_SPANNED_ROW = 3
#: Rows read under a header to tell whether they open with a number the header has no cell for.
DEFAULT_NUMBER_ROWS = 5


def _after_numbers(table: TableRows, head_at: int, kinds: dict[int, str]) -> dict[int, str]:
    """The columns' kinds of a header printed without its ``STT`` cell (``Nội dung | Đơn vị thực hiện | …``) over
    rows one cell wider that open with their number (``1.1 | task | …``): each kind one column further on."""
    width = len(table.rows[head_at].cell_texts())
    below = [r.cell_texts() for r in table.rows[head_at + 1 : head_at + 1 + DEFAULT_NUMBER_ROWS]]
    numbered = [cells for cells in below if len(cells) == width + 1 and _ROW_NUMBER.match(cells[0][1])]
    if not numbered or len(numbered) * 2 < len([c for c in below if len(c) > 2]):
        return kinds
    return {col + 1: kind for col, kind in kinds.items()}


def read_table(ctx: Context, table: TableRows) -> None:
    owner = _lead_in_subject(ctx, table)
    found = task_header(table.rows, owned=owner is not None)
    if found is None:
        return
    head_at, kinds = found
    header_texts = [fold(t) for _c, t, _x in table.rows[head_at].cell_texts()]
    base = table.section or table.appendix or ""
    group: str | None = None
    number_col = min((c for c, t, _x in table.rows[head_at].cell_texts() if ROW_NUMBER_HEADER.match(t)), default=None)
    if number_col is None:
        kinds = _after_numbers(table, head_at, kinds)
    reader = _RowReader(kinds, number_col, width=len(table.rows[head_at].cell_texts()))

    def skipped(row: Line) -> bool:
        """A header repeated (on a new page, in other words), or the column-number row ``(1) (2) (3)``."""
        texts = [fold(t) for _c, t, _x in row.cell_texts()]
        return texts == header_texts or all(COLUMN_NUMBER.fullmatch(t) or not t for t in texts) or _header_again(row)

    for row, more, past_break in _rows_over_pages(table.rows[head_at + 1 :], skipped, number_col):
        values, person_parts, lead_parts, number, filled = reader.read(row, more, past_break)
        label = _group_row(filled, values)
        if label is not None:
            group = label
            continue
        task = values.get("task", "")
        if not task:
            continue
        leads = split_names(ctx, values.get("lead", ""))
        if not leads and lead_parts:  # ``Người phụ trách``: people named without honorific
            leads = [a for part in lead_parts for a in _persons(ctx, part)]
        leads += [a for part in person_parts for a in _persons(ctx, part)]
        supports = split_names(ctx, values.get("support", ""))
        rule, mode = "table.row", "assigned"
        if not leads and owner is not None:
            leads, mode = owner
            rule = "table.lead_in"
        if not leads and not supports:
            _trace_no_assignee(ctx, row, more, task, values.get("lead", ""))
            continue
        section = ".".join(p for p in (base, group, number.rstrip(".)") if number else None) if p) or None
        time = values.get("time")
        dl = ctx.deadline(time, cued=False) if time else ctx.deadline(task)
        emit_at(
            ctx,
            leads,
            task,
            row.start,
            (more[-1] if more else row).end,
            section,
            mode,
            rule=rule,
            extra_support=supports,
            support_rule="support.column",
            read_partners=False,
            deadline=dl,
            deadline_rule="deadline.field" if time else "deadline.task",
            source="table",
        )


def _lead_in_subject(ctx: Context, table: TableRows) -> tuple[list[Assignee], str] | None:
    """The owner of the table's rows, named on the line right above it (``table_owner``): its names and their
    mode, or None."""
    if not table.rows:
        return None
    above = bisect_left(ctx.st.lines, table.rows[0].start, key=lambda ln: ln.start) - 1  # (the line before it)
    if above < 0 or ctx.st.lines[above].cells is not None:
        return None
    owner = table_owner(ctx.st.lines[above].text)
    if owner is None:
        return None
    names, text, mode = owner
    return assignees_of(ctx, text, names), mode


def _trace_no_assignee(ctx: Context, row: Line, more: list[Line], task: str, lead: str) -> None:
    """A task row whose who-columns name no one the grammar reads, in the trace (``vbparse explain``): its task,
    its lead cell as written, dropped by ``table.no_assignee`` (a parse keeps no trace)."""
    cell = [lead.strip()] if lead.strip() else []
    ctx.trace_drop(row.start, (more[-1] if more else row).end, TABLE_NO_ASSIGNEE, cell, task)


def _persons(ctx: Context, cell: str) -> list[Assignee]:
    """A ``Người thực hiện`` cell: ``Đỗ Mạnh Cường; Vũ Việt Linh`` (or body names, read as such)."""
    out = []
    pieces = [p.strip(" .") for p in PERSON_SEPARATOR.split(cell)]
    # a flattened cell's names run together (``Lê Văn Tâm Hoàng Thị Mai``): each its own
    pieces = [name for p in pieces for name in (run_together_names(p) or [p])]
    for piece in pieces:
        if not piece:
            continue
        m = PERSON_CELL.match(piece)
        if m and m.group("name")[0].isupper() and not find_names(piece)[:1]:
            name = collapse_spaces(m.group("name"))
            out.append(
                Assignee(
                    raw=piece,
                    canonical=name,
                    kind="person",
                    person_name=name,
                    position=collapse_spaces(m.group("post")) if m.group("post") else None,
                ).with_rule("name.person_cell")
            )
        else:
            out.extend(split_names(ctx, piece))
    return out
