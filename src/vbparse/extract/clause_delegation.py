"""A task given after a leading clause, the giver left unsaid (``Tùy theo diễn biến của bão, giao Đại diện Cảng vụ
… điều động …``, ``Nếu phát hiện sai sót, yêu cầu Phòng Kế toán …``): the one given it leads it, as after a named
giver (``sentence.delegation``); the clause says when, no one's name (class A4 of issue 52)."""

from __future__ import annotations

from ..models import Assignee
from ..structure.parser import Node
from ..tables.obligations import ADVERBIAL_OPENER, DELEGATION
from .assignees import NameSpan
from .obligation_context import Context
from .obligation_emit import emit
from .obligation_subjects import delegated_to


def delegated_after_clause(ctx: Context, sentence: str) -> tuple[list[Assignee], str, str] | None:
    """Who is given the task after the first comma of a sentence that opens with a clause of when or if
    (``ADVERBIAL_OPENER``) and goes on with ``giao``/``yêu cầu``/``đề nghị``, what they are given and the mode;
    None otherwise."""
    if ADVERBIAL_OPENER.match(sentence) is None:
        return None
    comma = sentence.find(",")
    if comma < 0 or DELEGATION.match(sentence, comma + 1) is None:
        return None
    return delegated_to(ctx, sentence[comma + 1 :], "assigned")


def read_after_clause(
    ctx: Context, node: Node, sentence: str, section: str, found: tuple[list[NameSpan], int, int, str] | None
) -> None:
    """The task given after a leading clause (``delegated_after_clause``), when the sentence had no subject
    (``found`` None), emitted under ``sentence.delegation``."""
    given = delegated_after_clause(ctx, sentence) if found is None else None
    if given is not None:
        emit(ctx, given[0], given[1].strip(" ,:"), node, section, given[2], rule="sentence.delegation")
