"""Whom a body asks as the one who regulates them: ``Sở Xây dựng yêu cầu các chủ đầu tư che chắn công trình …`` is
the Sở's task (decision 15, as ``đề nghị X`` inside another body's task: X is given nothing by it), where ``Ban
Thường trực yêu cầu các đồng chí trong Ban … triển khai …`` gives the Board's own people the task (a goldset's
reading) and ``giao``/``đề nghị`` give it to any body asked (``sentence.delegation``)."""

from __future__ import annotations

from ..chars import fold
from ..models import Assignee
from ..pattern_cache import compiled
from ..tables.bodies import REGULATED_ACTORS

#: Whom a body requires or assigns a thing as the one who regulates them (``REGULATED_ACTORS``, folded).
_REGULATED = compiled(r"^(?:(?:cac|nhung)\s+)?(?:" + "|".join(fold(a) for a in REGULATED_ACTORS) + r")(?![a-z])")
_ASKS_WITHIN = compiled(r"\s*(?:yêu\s+cầu|phân\s+công)(?![\p{L}])")


def regulates(rest: str, asked: list[Assignee]) -> bool:
    """Whether ``rest`` requires or assigns (``yêu cầu``, ``phân công``) something of actors its subject regulates
    (``_REGULATED``): that is the subject's own task, the actors given nothing by it (decision 15, as ``đề nghị X``
    inside another body's task); the subject's own people (``các đồng chí trong Ban``, ``từng thành viên``) and any
    body ``giao``/``đề nghị`` asks are given it."""
    return _ASKS_WITHIN.match(rest) is not None and all(_REGULATED.match(fold(a.raw)) for a in asked)
