"""Two tasks in one item (decision 14 of the obligations gold): the text of a task that holds a further sentence
opening with a task verb gives one task per such sentence.

``- Xây dựng kế hoạch kiểm tra. Tổ chức tập huấn cho cán bộ.`` is two tasks of the item's assignee; a sentence
that names its own subject first (``… . Sở Tài chính bố trí kinh phí.``) is that subject's.  A sentence that does
not open with a task verb stays with the one before it: a time (``Thời gian: quý II/2026.``, ``Hoàn thành trước
ngày 30/6.``), an elaboration (``Trong đó, …``, ``Cụ thể: …``), a liability (``Chịu trách nhiệm trước …``), a
statement (``Kinh phí do ngân sách bảo đảm.``).  The task verbs are ``tables/bodies.py``'s ``TASK_VERBS``; where a
sentence ends, ``tables/obligations.py``'s ``TASK_SENTENCE_END`` (not at ``TP.``, ``v.v.``, ``1.500``).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..pattern_cache import compiled, longest_first
from ..tables.bodies import TASK_VERBS
from ..tables.obligations import (
    LIABILITY,
    NOT_A_TASK_OPENER,
    TASK_MANNER_OPENER,
    TASK_OPENER_LEAD,
    TASK_ROLE_OPENER,
    TASK_SENTENCE_END,
)
from .assignees import NameSpan, subject

#: A task verb as a whole word, in either case (it opens a sentence capitalised).
_TASK_VERB = compiled(
    r"(?i)(?<![\p{L}\p{N}])(?:"
    + "|".join(regex.escape(v).replace(r"\ ", r"\s+") for v in longest_first(TASK_VERBS))
    + r")(?![\p{L}\p{N}])"
)


@dataclass(frozen=True)
class TaskSentence:
    """One task of a task's text: its words, and, when it names its own subject, the names (offsets in
    ``text``), where its task begins and the subject's mode."""

    text: str
    names: tuple[NameSpan, ...] = ()
    task_start: int = 0
    mode: str = "assigned"


def _opens_task(text: str, pos: int = 0) -> bool:
    """Whether the words at ``pos`` begin a task: a task verb or a role word, after a joiner or a time
    (``Đồng thời, …``, ``Hằng năm, …``), or an adverb of manner before its verb (``Kịp thời …``)."""
    if NOT_A_TASK_OPENER.match(text, pos) or LIABILITY.match(text[pos:]):
        return False
    lead = TASK_OPENER_LEAD.match(text, pos)
    at = lead.end() if lead else pos
    if NOT_A_TASK_OPENER.match(text, at):
        return False
    return bool(_TASK_VERB.match(text, at) or TASK_ROLE_OPENER.match(text, at) or TASK_MANNER_OPENER.match(text, at))


def _own_subject(sentence: str) -> TaskSentence | None:
    """The sentence as a task of the subject it opens with (``Sở Tài chính bố trí kinh phí.``), when a task
    verb follows the names."""
    names, end, mode = subject(sentence)
    if not names or names[0].start != 0 and sentence[: names[0].start].strip():
        return None
    at = end
    while at < len(sentence) and sentence[at] in " ,":
        at += 1
    if not _opens_task(sentence, at):
        return None
    return TaskSentence(sentence, tuple(names), at, mode)


def task_sentences(task: str) -> list[TaskSentence]:
    """The tasks of a task's text, one per sentence that opens a task of its own; the text whole when it has
    one.  A first sentence with no task verb (a topic: ``Về công tác tuyên truyền.``) goes with the next."""
    if ". " not in task and "! " not in task and "? " not in task:
        return [TaskSentence(task)]
    out: list[TaskSentence] = []
    pos = 0
    for m in TASK_SENTENCE_END.finditer(task):
        nxt = task[m.end() :]
        if not _opens_task(nxt) and _own_subject(nxt) is None:
            continue
        head = task[pos : m.start() + 1]
        if out or _TASK_VERB.search(head) or TASK_ROLE_OPENER.search(head):
            out.append(_sentence(head.strip(), bool(out)))
            pos = m.end()
    if not out:
        return [TaskSentence(task)]
    out.append(_sentence(task[pos:].strip(), True))
    return out


def _sentence(text: str, later: bool) -> TaskSentence:
    """A sentence as a task; a later one that names its own subject is that subject's."""
    if later:
        own = _own_subject(text)
        if own is not None and not _opens_task(text):
            return own
    return TaskSentence(text)
