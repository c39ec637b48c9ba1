"""A task table's header: which row names the columns, and what each column holds (the task, who leads, who
supports, when). Read by the tables' reader and by the text readers, which leave the rows of such a table to it."""

from __future__ import annotations

from ..structure.parser import Line
from ..tables.table_columns import PROCEDURE_LIST, column_kind
from .obligation_context import DEFAULT_HEADER_ROWS


def task_header(rows: list[Line], *, owned: bool = False) -> tuple[int, dict[int, str]] | None:
    """The header row (index) and the kind of each grid column, if the table assigns tasks: a task column and who
    does it, or, for a table whose owner the line above names (``owned``), a task column alone."""
    for i, row in enumerate(rows[:DEFAULT_HEADER_ROWS]):
        kinds: dict[int, str] = {}
        for col, text, _cont in row.cell_texts():
            kind = column_kind(text)
            # several lead columns lead together (``Chủ trì`` beside ``Thực hiện``); other kinds, the first
            if kind and (kind not in kinds.values() or kind == "lead"):
                kinds[col] = kind
        if PROCEDURE_LIST in kinds.values():
            return None  # a list of the procedures a decision publishes: no task table
        if "task" in kinds.values() and (owned or {"lead", "support", "person"} & set(kinds.values())):
            # a two-row header: ``Cơ quan thực hiện`` over ``Chủ trì | Phối hợp``
            if i + 1 < len(rows):
                sub = {col: column_kind(text) for col, text, _cont in rows[i + 1].cell_texts() if text}
                # a kind the row above gave another column, which the lower row leaves unnamed: the header printed
                # again (``Nhiệm vụ`` under ``STT``, one cell short), not the lower row of a two-row header (whose
                # cells rename the upper one's: ``Trách nhiệm`` over ``Chủ trì | Thực hiện | Phối hợp``)
                moved = any(
                    kind in kinds.values()
                    and kinds.get(col) != kind
                    and any(c not in sub for c in _columns(kinds, kind))
                    for col, kind in sub.items()
                )
                # a lower row names columns the row above left unnamed, and renames none: a group row under the
                # header (``| | **NHÓM NHIỆM VỤ VỀ …** | | |``) would rename the task's column a category
                adds = any(col not in kinds for col in sub) and all(kinds.get(col, k) == k for col, k in sub.items())
                if sub and all(sub.values()) and not moved and adds:
                    kinds.update({col: kind for col, kind in sub.items() if kind})
                    return i + 1, kinds
            return i, kinds
    return None


def _columns(kinds: dict[int, str], kind: str | None) -> list[int]:
    """The columns of one kind."""
    return [col for col, k in kinds.items() if k == kind]
