"""Names a document prints whole, to end the same name where a verb no list knows follows it (issue 52).

A subject whose name runs on through a verb the lists do not know (``Phòng Kỹ thuật - Dữ liệu quét, số hóa …``)
reads as one long name with no predicate after it, and the sentence gives no task (``subject.no_predicate``), or,
when a deadline follows, a task of the deadline alone (``… tẩy cặn bể chứa`` + ``trước ngày 30/6``). The
same document often prints that name whole elsewhere, where punctuation or a known word ends it: a partner (``phối
hợp với Phòng Kỹ thuật - Dữ liệu``), an addressee of the execution clause, a who-cell of a table. The first reading
notes the names that ran on (``note_run_on``); when one of them opens with a name the reading gave as an assignee
(``learned``), the document is read again with those names (``PRINTED_NAMES``), and a name that ran on is cut where
the printed name ends and a word in lower case follows, its predicate (``cut_at_printed``, record ``name.printed``).
A parse reads a document twice only when both are found."""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import replace

from ..models import Obligation
from .assignees import NameSpan
from .name_lexicon import LEVEL, WORD, head_word_at

#: The names that ran on (to no predicate, or to a deadline read as one) while a document is read a first time; None
#: when nothing is noted.
RAN_ON: ContextVar[set[str] | None] = ContextVar("vbparse_ran_on", default=None)
#: The names the document prints whole that open a name which ran on, for its second reading.
PRINTED_NAMES: ContextVar[frozenset[str]] = ContextVar("vbparse_printed_names", default=frozenset())
#: The record of a subject cut where a name the document prints whole ends.
PRINTED_RULE = "name.printed"
#: A printed name has at least this many capitalised words after its first (its field in title case) ...
DEFAULT_TITLE_CAPITALS = 2
#: ... or, in sentence case, at least this many words in lower case after its field's capital.
DEFAULT_LOWER_WORDS = 2
_DETERMINERS = frozenset({"các", "những", "mọi", "toàn"})


def note_run_on(phrase: str) -> None:
    """Note a subject's name that may have run on (the first reading's; nothing when not noting)."""
    noted = RAN_ON.get()
    if noted is not None:
        noted.add(phrase)


def _shows_its_end(name: str) -> bool:
    """A single body's or post's name whose end it prints: a capital first, no determiner (``Các …``: a class of
    bodies), a field (not ``Doanh nghiệp``, ``Văn phòng``: a noun that names no one body) in title case or printed
    with its words in lower case."""
    words = WORD.findall(name)
    if not name[:1].isupper() or words[0].lower() in _DETERMINERS:
        return False
    capitals = [i for i, w in enumerate(words) if i and w[:1].isupper()]
    if len(capitals) >= DEFAULT_TITLE_CAPITALS:
        return True  # a field in title case: no word in lower case goes on with it
    # a field in sentence case printed with its words in lower case: where it ends is printed too (``Ban Chương trình
    # tiếng dân tộc``; not ``Ban Chỉ đạo``, whose ``quốc gia về …`` may follow in lower case)
    return bool(capitals) and len(words) - 1 - capitals[-1] >= DEFAULT_LOWER_WORDS


def _printed(raw: str) -> set[str]:
    """The names an assignee's name as written prints: itself, and the body a post is of, its head capitalised
    (``Trưởng phòng Truyền thông và Giáo dục dân số`` prints ``Phòng Truyền thông và Giáo dục dân số``: an addressee
    of a decision's execution clause, the unit its plan's items name)."""
    out = {raw}
    for w in list(WORD.finditer(raw))[1:]:
        body = raw[w.start()].upper() + raw[w.start() + 1 :]
        head = head_word_at(body, 0)
        if head is not None and head[1] in ("body", "unit"):
            out.add(body)
            break
    return {name for name in out if _shows_its_end(name)}


def learned(obligations: list[Obligation], ran_on: set[str]) -> frozenset[str]:
    """The names the first reading's assignees print (``_printed``: single names that show their end) that
    open a name which ran on, a word in lower case after them: what the second reading cuts at."""
    firsts = {phrase.split(" ", 1)[0].lower() for phrase in ran_on}  # (a name that opens one holds its first word)
    raws = {o.assignee.raw for o in obligations}
    printed = {name for raw in raws if any(f in raw.lower() for f in firsts) for name in _printed(raw)}
    return frozenset(
        name for name in printed for phrase in ran_on if phrase.startswith(name + " ") and _lower_after(phrase, name)
    )


def cut_at_printed(sentence: str, spans: list[NameSpan]) -> list[NameSpan] | None:
    """The subject's names with the last cut where the longest printed name that opens it ends, when a word in
    lower case follows there; None when no printed name opens it."""
    if not spans:
        return None
    last = spans[-1]
    phrase = sentence[last.start : last.end]
    names = [n for n in PRINTED_NAMES.get() if phrase.startswith(n + " ") and _lower_after(phrase, n)]
    if not names:
        return None
    end = last.start + len(max(names, key=len))
    return [*spans[:-1], replace(last, end=end, canonical=None, alias_end=None, rule=PRINTED_RULE)]


def _lower_after(phrase: str, name: str) -> bool:
    """Whether the word after ``name`` at the start of ``phrase`` is in lower case and no place level (``huyện``)."""
    nxt = WORD.search(phrase, len(name))
    return nxt is not None and nxt.group()[:1].islower() and LEVEL.match(phrase, nxt.start()) is None
