"""The addressees of a decision's execution clause (``Điều 3. A, B và C chịu trách nhiệm thi hành Quyết định này``):
everything before its predicate is who executes it, whatever words their names hold (issue 52, twentieth twins of
R1: ``Trưởng phòng Kế hoạch tổng hợp``, ``Trưởng phòng Kiểm sát tạm giữ, tạm giam và thi hành án hình sự`` were read
to a verb inside the name, and the clause was lost).  Asked only when the grammar's own reading stops short of the
predicate.  An addressee opens with a name the lexicon reads there, or ``các``, after a comma, a semicolon
or ``và``; anything else after them goes on the name before (a word in lower case, ``và Bồi thường nhà nước``); a
name the lexicon reads across a comma (``Sở Văn hóa, Thể thao và Du lịch``) stays whole."""

from __future__ import annotations

from dataclasses import replace

from ..tables.execution import EXECUTION_CLAUSE
from .assignees import NameSpan, find_names
from .name_agent_shape import agent_shaped
from .name_lexicon import CAC, LIST_JOINT

#: An addressee is at most this many words: more is a sentence, not a name.
DEFAULT_ADDRESSEE_WORDS = 16
RULE = "name.execution_addressee"


def _opens(text: str, pos: int, known: list[NameSpan], end: int) -> bool:
    """Whether an addressee opens at ``pos``: a name the lexicon reads there, ``các``, or a post no list knows by its
    shape up to the next joint (``Tham mưu trưởng``: an agent's syllable; twenty-first twin of R1); not ``và Bồi
    thường nhà nước`` of ``Cục Đăng ký giao dịch bảo đảm và Bồi thường nhà nước``."""
    if any(s.start == pos for s in known) or CAC.match(text, pos) is not None:
        return True
    joint = LIST_JOINT.search(text, pos, end)
    return text[pos : pos + 1].isupper() and agent_shaped(text, pos, joint.start() if joint else end, placed=False)


def execution_addressees(sentence: str) -> tuple[list[NameSpan], int] | None:
    """The addressees before the execution clause's predicate in ``sentence`` and where they end, or None when the
    sentence is no execution clause, the stretch before it holds no name the lexicon knows, or a piece of it opens
    with no capital (a sentence, not a list of names)."""
    clause = EXECUTION_CLAUSE.search(sentence) if "này" in sentence else None  # (every clause ends ``… này``)
    if clause is None:
        return None
    end = len(sentence[: clause.start()].rstrip(" \t,"))
    if ":" in sentence[:end]:
        return None  # (``Giám đốc các Sở: A, B``: the grammar shares the post out over its members)
    known = find_names(sentence[:end])
    if not known or not _opens(sentence, 0, known, end):
        return None
    cuts = [
        c
        for c in LIST_JOINT.finditer(sentence, 0, end)
        if _opens(sentence, c.end(), known, end) and not any(s.start < c.start() and c.end() <= s.end for s in known)
    ]
    bounds = [0, *(b for c in cuts for b in (c.start(), c.end())), end]
    out: list[NameSpan] = []
    for a, b in zip(bounds[::2], bounds[1::2], strict=True):
        if not _opens(sentence, a, known, end) or len(sentence[a:b].split()) > DEFAULT_ADDRESSEE_WORDS:
            return None
        own = next((s for s in known if s.start == a and s.end <= b), None)
        if own is not None and own.end == b:
            out.append(own)
        elif own is not None:
            out.append(replace(own, end=b, canonical=None, alias_end=None, rule=RULE))
        else:
            out.append(NameSpan(a, b, "other", rule=RULE))
    return out, end
