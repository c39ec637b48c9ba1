"""Whether a heading over items names its assignee whole when words follow the name the grammar read: a committee
named by more of its work after ``Nhiệm vụ của`` (``Tổ kiểm tra, giám sát việc thu phí``), a name whose field's words
its level closes (``Nhiệm vụ của Trung tâm Dịch vụ tổng hợp xã``), a collective with its qualifier (``Các chủ đầu tư
xây dựng và kinh doanh hạ tầng KCN``) or a post with its scope."""

from __future__ import annotations

from ..chars import fold, tone_key
from ..structure.parser import Node
from ..tables.obligations import AS_FOLLOWS_INTRO, POST_SCOPE
from ..tables.post_shapes import NOT_NAMED_OBJECT_KEYS
from ..tables.qualifiers import ACTED_UPON, CITED_PROVISION, HAS_QUALIFIER, QUALIFIER_MAX_WORDS, QUALIFIER_START
from ..tables.rules import record_pattern
from . import name_lexicon
from .assignees import NameSpan
from .name_closed_runs import runs_to_its_level
from .name_verbs import ROLE_WORD

__all__ = ["TOPIC_OPENERS", "acted_upon", "named_by_its_work", "qualified"]

TASK_LIST_INTRO = record_pattern("lead_in.items")

#: A qualified collective's heading over paragraphs names who does each from this many paragraphs on (one may be
#: the heading's own sentence going on).
DEFAULT_ITEM_PARAGRAPHS = 2


#: What a heading's rest may open with and still be a topic, not more of a committee's work (``trong công tác …``).
TOPIC_OPENERS = ("trong ", "doi voi ", "tai ", "theo ", "khi ")


def named_by_its_work(heading: str, names: list[NameSpan], end: int) -> bool:
    """After ``Nhiệm vụ của``, a committee's head and the verb it is named for, no capital after them (``Tổ``, ``Đoàn
    kiểm tra``), then more of its work in lower case up to the colon (``, giám sát việc thu phí``; ``tiếp công dân,
    xử lý khiếu nại, tố cáo … của công dân``), or any name and words in lower case its level closes (``Trung tâm Dịch vụ``
    + ``tổng hợp xã``): the whole is its name, not a topic (``trong công tác …``)."""
    if len(names) != 1 or names[0].start:
        return False
    words = heading[: names[0].end].split()
    rest = heading[end:].strip(" :")
    if runs_to_its_level(rest):
        return True  # ``Trung tâm Dịch vụ`` + ``tổng hợp xã``: its field's words up to its level
    return (
        any(
            name_lexicon.FUNCTION_NAMED_HEAD.search(" ".join(words[:k]) + " ") is not None
            and all(w[:1].islower() for w in words[k:])
            for k in (1, 2)
        )
        and bool(rest)
        and "." not in rest
        and len(rest.split()) <= QUALIFIER_MAX_WORDS
        and (rest.lstrip(" ,")[:1].islower())
        and not fold(rest.lstrip(" ,")).startswith(TOPIC_OPENERS)
    )


def qualified(node: Node, heading: str, end: int, parts: list[str]) -> bool:
    """A heading over items (no paragraph of its own, no sentence; or two paragraphs ``parts`` or more, items whose
    marks were lost) whose names go on with a qualifier of the
    collective they name (``QUALIFIER_START``), or with the rest of the scope of a post named by what it is in
    charge of (``Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội``, ``POST_SCOPE``): the whole heading is
    the assignee's name."""
    rest = fold(heading[end:]).strip(" :,")
    scope = POST_SCOPE.search(heading)  # in the name or right after it (``Phó Giám đốc Sở phụ trách …``)
    return (
        bool(
            QUALIFIER_START.match(rest)
            or HAS_QUALIFIER.match(heading[end:])
            or (scope and 0 < scope.start() <= end + 1)
            or _bare_head_function(heading, end)
        )
        # over items, or over paragraphs that stand as items (two at least: a scan lost their marks)
        and _over_items(node, parts)
        and "." not in rest
        and len(rest.split()) <= QUALIFIER_MAX_WORDS
        # ``Các đơn vị trong ngành … thực hiện … như sau``: a lead-in, not a name; ``Đối với các trường hợp quy
        # định tại khoản 1 Điều 4``: a provision cited, no one named
        and not AS_FOLLOWS_INTRO.search(heading[end:].rstrip(" :") + ":")
        and not TASK_LIST_INTRO.search(heading[end:])
        and not CITED_PROVISION.search(rest)
    )


#: The most words in lower case the function a bare head is named for has on a heading (``Văn phòng`` + ``tổng hợp``).
DEFAULT_BARE_FUNCTION_WORDS = 3


#: What a bare head's words on a heading may not hold: a preposition, a determiner, or a roster's ``gồm`` / ``có``
#: (``Tổ giúp việc gồm:`` over its members).
_NOT_FUNCTION_KEYS = NOT_NAMED_OBJECT_KEYS | {tone_key("gồm"), tone_key("có")}


def _bare_head_function(heading: str, end: int) -> bool:
    """Whether a heading over items is an office's head alone (``Văn phòng``, ``Phòng``) and, up to its colon, at most
    ``DEFAULT_BARE_FUNCTION_WORDS`` plain words in lower case (``tổng hợp``): what the office is named for, since a
    head with no field names no office and a verb with no object over items is no task; no role word, preposition
    or determiner among them (a lead-in's ``thực hiện:`` is ``TASK_LIST_INTRO``'s)."""
    head = name_lexicon.head_word_at(heading, 0)
    rest = heading[end:].strip(" :*_")
    if head is None or head[0] != end:
        return False
    words = rest.split()
    return (
        0 < len(words) <= DEFAULT_BARE_FUNCTION_WORDS
        and all(w.isalpha() and w.islower() and tone_key(w) not in _NOT_FUNCTION_KEYS for w in words)
        and ROLE_WORD.search(rest) is None
    )


def _over_items(node: Node, parts: list[str]) -> bool:
    """Whether a heading stands over items (no paragraph of its own) or over ``DEFAULT_ITEM_PARAGRAPHS`` paragraphs
    or more that stand as items."""
    paragraphs = sum(1 for p in parts if p.strip())
    return (bool(node.children) and not paragraphs) or paragraphs >= DEFAULT_ITEM_PARAGRAPHS


def acted_upon(heading: str, end: int, node: Node) -> bool:
    """Whether a heading of names holds a passive of what is done to them (``ACTED_UPON``: ``I. DOANH NGHIỆP ĐƯỢC KIỂM
    TRA``, the grammar reading the capitals through it) and stands bare over its paragraph, no role after it and no
    items: the list of those a plan acts on, not who is given its paragraph (``Các hộ được hỗ trợ có trách nhiệm:``
    keeps its role and its items)."""
    return not node.children and not heading[end:].strip(" .:*_") and ACTED_UPON.search(heading, 0, end) is not None
