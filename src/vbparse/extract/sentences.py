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

from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from ..pattern_cache import compiled, finditer_from, word_places
from ..tables.obligations import (
    NOT_A_TASK_OPENER,
    TASK_MANNER_OPENER,
    TASK_OPENER_LEAD,
    TASK_ROLE_OPENER,
    TASK_SENTENCE_END,
)
from ..tables.patterns import LABEL_START
from ..tables.rules import record_pattern
from ..tables.rules_not_task import LIABILITY
from .assignees import NameSpan, subject
from .name_lexicon import TASK_VERB


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
    if NOT_A_TASK_OPENER.match(text, pos) or LIABILITY.search(_first_sentence(text[pos:])):
        return False  # a sentence holding a liability clause (decision 1) stays with the task before it
    lead = TASK_OPENER_LEAD.match(text, pos) or _LEADING_CLAUSE.match(text, pos)
    at = lead.end() if lead else pos
    if NOT_A_TASK_OPENER.match(text, at):
        return False
    return bool(TASK_VERB.match(text, at) or TASK_ROLE_OPENER.match(text, at) or TASK_MANNER_OPENER.match(text, at))


#: A clause of when or after what (a time's, short: not ``Trong đó,``, ``Nếu …,``, ``Trường hợp …,``) closed by its
#: comma before a task's verb (``Sau khi kết thúc thu thập thông tin,``
#: + ``công bố …``, ``Trong tháng 8/2058,``; twenty-ninth twins of L1): the verb after it opens the task (decision 14).
_LEADING_CLAUSE = compiled(
    r"(?i)(?:sau\s+khi|ngay\s+(?:sau\s+)?khi|khi|sau|trước|chậm\s+nhất|kết\s+thúc"
    r"|trong\s+(?:tháng|quý|năm|thời\s+gian|thời\s+hạn|vòng))(?![\p{L}])[^,.;:\n]{1,60},[ \t]+(?=(?-i:\p{Ll}))"
)


def _sentence_ends(text: str) -> Iterator[regex.Match]:
    """``TASK_SENTENCE_END.finditer(text)``, tried only at a full stop, ``!`` or ``?`` (every match begins there):
    ``regex`` tried the pattern's look-behind at every position."""
    return finditer_from(TASK_SENTENCE_END, text, word_places(text, ".!?", 0))


#: A ``;`` between two clauses, and a deadline with its year in the clause before it (``…, xong trước ngày 15/4/2046``):
#: the clause carries its own deadline, so the next is a task of its own (decision 14).
_CLAUSE_BREAK = compiled(r";[ \t]+")
_DATED_CLAUSE = compiled(record_pattern("deadline.task").pattern + r"[^;]{0,24}?(?<!\d)(?:19|20)\d\d(?!\d)[^;]*$")


def _task_breaks(text: str) -> list[regex.Match]:
    """Where a task's text parts: its sentences' ends, and each ``;`` whose clause before it carries its own deadline
    (``… trước ngày 15/4/2046; tổng hợp …``), in order."""
    ends = list(_sentence_ends(text))
    if "; " not in text:
        return ends
    start, dated = 0, []
    for m in _CLAUSE_BREAK.finditer(text):
        if _DATED_CLAUSE.search(text, start, m.start()):
            dated.append(m)
        start = m.end()
    return sorted([*ends, *dated], key=lambda m: m.start())


def _first_sentence(text: str) -> str:
    end = next(_sentence_ends(text), None)
    return text[: end.start()] if end else text


def _own_subject(sentence: str) -> TaskSentence | None:
    """The sentence as a task of the subject it opens with (``Sở Tài chính bố trí kinh phí.``, ``Đồng thời,
    các địa phương chủ động …``), when a task verb follows the names."""
    lead = TASK_OPENER_LEAD.match(sentence)
    base = lead.end() if lead else 0
    names, end, mode = subject(sentence[base:])  # the names at its start, after ``Giao``/``Đề nghị`` when asked
    if not names:
        return None
    at = base + end
    while at < len(sentence) and sentence[at] in " ,":
        at += 1
    if not _opens_task(sentence, at):
        return None
    spans = tuple(
        replace(
            n, start=n.start + base, end=n.end + base, alias_end=None if n.alias_end is None else n.alias_end + base
        )
        for n in names
    )
    return TaskSentence(sentence, spans, at, mode)


def task_sentences(task: str, text: str = "", start: int = 0, end: int = 0) -> list[TaskSentence]:
    """The tasks of a task's text, one per sentence that opens a task of its own; the text whole when it has
    one.  A first sentence with no task verb (a topic: ``Về công tác tuyên truyền.``) or that answers for
    something (``chịu trách nhiệm về …``) goes with the next.
    ``text[start:end]``: where the task was read, lines and all: only the sentences of its first paragraph
    are parted; a sentence that begins a paragraph there (or a sub-item the reader joined to the task: ``-
    Tham mưu UBND tỉnh:`` / ``+ Lập …``) ends that paragraph, and the rest stays as the reader took it."""
    if ". " not in task and "! " not in task and "? " not in task and "; " not in task:
        return [TaskSentence(task)]
    out: list[TaskSentence] = []
    pos = 0
    source = text[start:end]
    blank = bool(source) and _blank_line_paragraphs(text)
    cursor = 0  # where in ``source`` the sentences looked for so far were found
    for m in _task_breaks(task):
        nxt = task[m.end() :]
        if source:
            begins, cursor = _begins_paragraph(source, nxt, cursor, blank)
            if begins:
                break  # the item's paragraph ends: what the reader joined after it stays as it was read
        if not _opens_task(nxt) and _own_subject(nxt) is None:
            continue
        head = task[pos : m.start() + 1]
        if out or (not NOT_A_TASK_OPENER.match(head) and (TASK_VERB.search(head) or TASK_ROLE_OPENER.search(head))):
            out.append(_sentence(head.strip().rstrip(";"), bool(out)))
            pos = m.end()
    if not out:
        return [TaskSentence(task)]
    out.append(_sentence(task[pos:].strip(), True))
    return out


def _begins_paragraph(source: str, sentence: str, cursor: int, blank: bool) -> tuple[bool, int]:
    """Whether ``sentence`` begins a paragraph of ``source``: a line's start (after its label: ``- ``, ``+ ``,
    ``a) ``), or, in a text whose paragraphs are parted by blank lines (``blank``, a web copy cut at a
    margin), a labelled line or one after a blank line; looked for at or after ``cursor``.  Also where it was
    found (``cursor`` when it was not)."""
    words = sentence.split()[:_LOCATING_WORDS]
    found = _locate(words, source, cursor)
    if found is None:
        return False, cursor
    start, end = found
    line_start = source.rfind("\n", 0, start) + 1
    prefix = source[line_start:start]
    label = LABEL_START.match(prefix)
    if prefix[label.end() if label else 0 :].strip():
        return False, end  # inside a line
    if blank and label is None and line_start > 0:
        # a blank line above: a paragraph; else a line the margin cut
        return source[: line_start - 1].rstrip(" \t").endswith("\n"), end
    return True, end


_SPACES = compiled(r"\s+")


def _locate(words: list[str], source: str, cursor: int) -> tuple[int, int] | None:
    """Where ``words`` first stand in ``source`` at or after ``cursor``, parted by white space: what
    ``regex.search(r"\\s+".join(map(regex.escape, words)), source, pos=cursor)`` finds, without compiling a pattern
    for every sentence (the words hold no white space, so each gap is read whole)."""
    if not words:
        return cursor, cursor
    at = source.find(words[0], cursor)
    while at >= 0:
        end = at + len(words[0])
        for w in words[1:]:
            gap = _SPACES.match(source, end)
            if gap is None or not source.startswith(w, gap.end()):
                break
            end = gap.end() + len(w)
        else:
            return at, end
        at = source.find(words[0], at + 1)
    return None


@lru_cache(maxsize=4)
def _blank_line_paragraphs(text: str) -> bool:
    """Whether the text parts its paragraphs with blank lines (a Markdown or web copy): then a single line
    break inside a paragraph is where a margin cut it."""
    lines = text.count("\n") + 1
    return len(_BLANK_LINE.findall(text)) >= DEFAULT_BLANK_LINE_SHARE * lines


_BLANK_LINE = compiled(r"\n[ \t]*(?=\n)")
#: A text with at least this share of blank lines parts its paragraphs with them.
DEFAULT_BLANK_LINE_SHARE = 0.1


#: How many first words of a sentence locate it in its source.
_LOCATING_WORDS = 5


def _sentence(text: str, later: bool) -> TaskSentence:
    """A sentence as a task; a later one that names its own subject is that subject's."""
    if later:
        own = _own_subject(text)
        if own is not None and not _opens_task(text):
            return own
    return TaskSentence(text)
