"""Names a document sets up itself: a body it establishes and lists the members of (``Tổ kiểm đếm tài sản thu hồi
gồm:``, ``Thành lập Hội đồng Nghiệm thu Công trình gồm:``) is named so when it later acts, however its name is made
(a verb of its work in lower case, a comma inside it), which the grammar alone may cut at a word it takes for a
verb (``Tổ`` + ``kiểm đếm …``).  The names are found once per document (``names_set_up``) and consulted where a
subject stands (``set_up_name_at``) through ``DEFINED_NAMES``, as ``DOCUMENT_HEADS`` carries the heads a document
teaches.

A document also names a body whole where a known word ends it (``Tổ tiếp nhận hồ sơ hành chính`` + ``kiểm tra …``)
and cut short where a verb no list knows follows (``Tổ`` + ``tiếp nhận hồ sơ hành chính trả kết quả …``): the names
its first reading gave whole that open another assignee's words and task (``read_whole``) are read a second time as
names it set up (``WHOLE_NAMES``, record ``name.read_whole``)."""

from __future__ import annotations

from contextvars import ContextVar
from functools import lru_cache

from ..models import Obligation
from ..pattern_cache import compiled
from ..structure.parser import Node, iter_nodes
from ..tables.clause_words import NON_SUBJECT_HEADS
from ..tables.name_clauses import CALLED_NAME, SET_UP_BODY, SET_UP_MEMBERS
from .name_forms import opens_with_non_subject
from .name_lexicon import TASK_VERB, WORD, head_word_at, register_cache
from .name_run import name_at

#: The names the document being read sets up (``names_set_up``).
DEFINED_NAMES: ContextVar[frozenset[str]] = ContextVar("defined_names", default=frozenset())
#: A name set up has at least this many words (its head and one that says which one) …
DEFAULT_MIN_WORDS = 2
#: … and at most this many.
DEFAULT_MAX_WORDS = 16
#: How many names' words are kept read.
DEFAULT_NAMES_KEPT = 256
#: The record of a subject read as the name a body was set up under.
SET_UP_RULE = "name.set_up"
#: The short names the document gives in brackets (``names_called``), among ``DEFINED_NAMES``.
CALLED: ContextVar[frozenset[str]] = ContextVar("called_names", default=frozenset())
#: The names the first reading gave whole that it also cut short (``read_whole``), for the second reading.
WHOLE_NAMES: ContextVar[frozenset[str]] = ContextVar("whole_names", default=frozenset())
#: The record of a subject read as the name the document gives whole elsewhere.
WHOLE_RULE = "name.read_whole"


def names_set_up(roots: list[Node]) -> frozenset[str]:
    """The names of the bodies the document sets up with their members (``SET_UP_BODY``), each opening with a head
    the lists know or set up by name (``Thành lập Nhóm soạn thảo … gồm:``), and with no verb (not ``Tổ chức …``)."""
    out: set[str] = set()
    for node in iter_nodes(roots):
        parts = node.text_parts[:1]
        for text, after in ((node.heading or "", parts[0] if parts else ""), (parts[0] if parts else "", "")):
            m = SET_UP_BODY.match(text)
            rest = (text[m.end() :].strip() or after) if m else ""  # what it is made of, on its line or below
            if m is None or (rest and not SET_UP_MEMBERS.search(rest)):
                continue  # (``… hồ sơ nộp gồm: Mục lục hồ sơ …``: a thing's parts)
            name = m.group("name").strip()
            words = len(WORD.findall(name))
            known = head_word_at(name, 0) is not None  # (``Hồ sơ gồm:``: a thing's parts)
            if (
                DEFAULT_MIN_WORDS <= words <= DEFAULT_MAX_WORDS
                and (known or m.group("founded"))
                and not TASK_VERB.match(name)
            ):
                out.add(name)
    return frozenset(out)


def names_called(roots: list[Node]) -> frozenset[str]:
    """The short names the document gives bodies it names in full (``CALLED_NAME``: ``… (gọi tắt là Hội đồng thi
    đua)``), of ``DEFAULT_MIN_WORDS`` to ``DEFAULT_MAX_WORDS`` words, a body's: names it sets up, however their words
    read (``Hội đồng`` + ``thi đua``, a verb to the grammar), kept where a verb follows them (``CALLED``)."""
    out: set[str] = set()
    for node in iter_nodes(roots):
        for text in (node.heading or "", *node.text_parts):
            if "gọi" not in text:
                continue
            for m in CALLED_NAME.finditer(text):
                name = " ".join(m.group("name").split())
                if DEFAULT_MIN_WORDS <= len(WORD.findall(name)) <= DEFAULT_MAX_WORDS and _names_a_body(name):
                    out.add(name)
    return frozenset(out)


_THINGS = frozenset(h.lower() for h in NON_SUBJECT_HEADS)


def _names_a_body(name: str) -> bool:
    """Whether ``name`` may name a body: not a thing's noun first (``Hệ thống …``, ``Dự án``, ``Cơ sở dữ liệu``)."""
    low = name.lower()
    return not opens_with_non_subject(name) and not any(low == h or low.startswith(h + " ") for h in _THINGS)


def read_whole(obligations: list[Obligation]) -> frozenset[str]:
    """The names a reading gave whole as an assignee that another of its assignees opens, cut short, its task going
    on with the rest of the name (``Tổ`` + ``tiếp nhận hồ sơ hành chính trả kết quả …`` where ``Tổ tiếp nhận hồ sơ
    hành chính`` + ``kiểm tra …`` was read).  Asked of every document: names compared by their first word, no
    pattern run (a word pattern over each task cost 1.4 % of a text parse's instructions)."""
    by_first: dict[str, list[str]] = {}
    for raw in {o.assignee.raw for o in obligations}:
        by_first.setdefault(raw.split(" ", 1)[0], []).append(raw)
    out: set[str] = set()
    for o in obligations:
        raw = o.assignee.raw
        for name in by_first[raw.split(" ", 1)[0]]:
            if len(name) > len(raw) + 1 and name.startswith(raw + " ") and f"{raw} {o.task}".startswith(name + " "):
                out.add(name)
    return frozenset(out)


#: A post over its unit's head in lower case (``Trưởng phòng`` + the rest of ``Phòng …``) or over a body's name.
_POST_OVER_UNIT = compiled(
    r"(?:Phó[ \t]+)?(?:Trưởng|Chánh|Giám[ \t]+đốc|Chủ[ \t]+nhiệm)[ \t]+(?P<unit>phòng|ban|khoa)?[ \t]*"
)


def given_whole_by_clause(obligations: list[Obligation], rule: str) -> frozenset[str]:
    """The names a reading gave whole by the record ``rule`` (an execution clause's addressees: ``Trưởng phòng Kiểm
    sát tạm giữ, tạm giam và thi hành án hình sự``), and the bodies their posts head (``Phòng Kiểm sát tạm giữ, …``,
    ``Thuế cơ sở 3`` of ``Trưởng Thuế cơ sở 3``): the names the document's body uses, which the grammar alone may cut
    at a word it takes for a verb."""
    out: set[str] = set()
    for raw in {o.assignee.raw for o in obligations if rule in o.evidence}:
        out.add(raw)
        post = _POST_OVER_UNIT.match(raw)
        rest = raw[post.end() :] if post is not None else ""
        if post is not None and post.group("unit"):
            out.add(f"{post.group('unit').capitalize()} {rest}")
        elif rest[:1].isupper() and len(WORD.findall(rest)) >= DEFAULT_MIN_WORDS:
            out.add(rest)
    return frozenset(out)


def set_up_name_at(sentence: str, pos: int, names: frozenset[str]) -> tuple[int, str] | None:
    """Where the name a body was set up under ends when ``sentence`` at ``pos`` opens with it, or with its words up
    to a capitalised qualifier it drops (``Hội đồng Nghiệm thu`` of ``Hội đồng Nghiệm thu Công trình``), and a word
    in lower case follows (its verb), and that name; the longest such name, None when none."""
    best = None
    for name in names:
        end = _common_words_end(sentence, pos, name)
        if end is not None and (best is None or end > best[0]):
            best = (end, name)
    return best


def _common_words_end(sentence: str, pos: int, name: str) -> int | None:
    """The end of the words ``sentence`` shares with ``name`` from ``pos`` (more than its head), when the name is
    whole there or goes on with a capital, and the sentence goes on with a word in lower case."""
    theirs = _words_of(name)
    end, k = pos, 0
    for w in WORD.finditer(sentence, pos):
        if k == len(theirs):
            break
        between, word = theirs[k]
        if w.group() != word or (k and sentence[end : w.start()].strip() != between):
            break
        end, k = w.end(), k + 1
    if k <= _head_words(name) or (k < len(theirs) and not theirs[k][1][:1].isupper()):
        return None  # (the head alone, ``Hội đồng`` of ``Hội đồng Quản lý Quỹ``, is no name set up)
    nxt = WORD.search(sentence, end)
    if nxt is None or not nxt.group()[:1].islower() or sentence[end : nxt.start()].strip():
        return None
    if name in CALLED.get() and (read := name_at(sentence, pos)) is not None and read.end > end:
        return None  # a short name given in brackets, where a longer name stands (``Ban Chỉ đạo quốc gia …``)
    return end


@register_cache  # (the lexicon's heads decide it: ``without_heads`` must clear it)
@lru_cache(maxsize=DEFAULT_NAMES_KEPT)
def _head_words(name: str) -> int:
    """How many words the head of ``name`` has (``Hội đồng``: 2); 1 for a head no list knows (``Nhóm``)."""
    head = head_word_at(name, 0)
    return len(WORD.findall(name, 0, head[0])) if head is not None else 1


@lru_cache(maxsize=DEFAULT_NAMES_KEPT)
def _words_of(name: str) -> tuple[tuple[str, str], ...]:
    """The words of ``name``, each with what stands before it (a comma, a dash; nothing for a space), stripped."""
    words = list(WORD.finditer(name))
    return tuple((name[words[i - 1].end() : w.start()].strip() if i else "", w.group()) for i, w in enumerate(words))
