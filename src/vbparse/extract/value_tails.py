"""What a name keeps after it in a value of names only (a table's cell, a field's value: it names and does nothing),
where in a sentence the same words would be its verb or a clause: which of a plural class it is (``Các doanh nghiệp``
+ ``cung cấp dịch vụ bưu chính``), words that open no verb (``Đội Kiểm tra`` + ``sau thông quan``), a post's scope
(``Phó Hạt trưởng`` + ``phụ trách địa bàn phía Bắc``)."""

from __future__ import annotations

from ..pattern_cache import compiled
from ..tables.deadlines import BY_REFERENCE
from ..tables.obligations import ACTING_RIGHT, NOT_A_NAME_START, ROLE_START
from ..tables.post_shapes import MOOD_WORDS
from .assignees import opens_with_verb
from .name_post_scopes import scope_tail

__all__ = [
    "BARE_PLURAL_CLASS",
    "DEFAULT_FIELD_TAIL_WORDS",
    "having_clause_goes_on",
    "opens_no_verb",
    "says_which",
    "scope_tail",
]

#: The most words of a lower-case qualifier that a field's name keeps after it (``các xã ven sông``).
DEFAULT_FIELD_TAIL_WORDS = 6

#: A plural class that says not which of its kind (``Các doanh nghiệp``, ``các đơn vị``, ``Các cơ sở đào tạo``).
BARE_PLURAL_CLASS = compiled(r"(?:[Cc]ác|[Nn]hững)[ \t]+\p{Ll}+(?:[ \t]+\p{Ll}+){0,2}")
#: The most words of the clause that says which of a plural class a cell's name keeps.
DEFAULT_WHICH_CLAUSE_WORDS = 8


def says_which(tail: str) -> bool:
    """A clause in lower case that says which of a plural class a cell or field names (``cung cấp dịch vụ bưu chính``,
    ``có nguồn kinh phí được để lại``): a verb first, at most ``DEFAULT_WHICH_CLAUSE_WORDS`` words, no role, time,
    number or reference."""
    words = tail.split()
    return (
        0 < len(words) <= DEFAULT_WHICH_CLAUSE_WORDS
        and all(w[:1].islower() for w in words)
        and (opens_with_verb(tail) or words[0] == "có")
        and not ROLE_START.match(tail)
        and not NOT_A_NAME_START.match(tail)
        and not any(ch.isdigit() for ch in tail)
    )


#: A time that a preposition opens (``sau ngày …``, ``trước khi …``, ``trong tháng …``): a deadline, no name's word.
_TIME_AFTER_PREPOSITION = compiled(
    r"(?i)(?:sau|trước|trong|từ|đến)[ \t]+(?:ngày|tháng|quý|năm|tuần|khi|thời|hạn|đó|này|\d)(?![\p{L}])"
)


def opens_no_verb(tail: str) -> bool:
    """Short lower-case words after a name in a value of names only that open no verb or role word the lists know,
    no time and no reference, with no digit (``Đội Kiểm tra`` + ``sau thông quan``): the name's, since the value
    names and does nothing; the same words after a time's preposition (``sau ngày …``) are a deadline, and those
    of the names' right to act (``trong phạm vi chức năng``) no name's."""
    words = tail.split()
    return (
        0 < len(words) <= DEFAULT_FIELD_TAIL_WORDS
        and all(w[:1].islower() and w.isalpha() for w in words)
        and not opens_with_verb(tail)
        and not ROLE_START.match(tail)
        and not _TIME_AFTER_PREPOSITION.match(tail)
        and not BY_REFERENCE.match(tail)
        and not ACTING_RIGHT.match(tail)  # ``trong phạm vi chức năng …``: by what right the names act
    )


#: A name that ends in what its members have (``Ủy ban nhân dân các xã có hộ``) ...
_HAVING_END = compiled(r"(?<![\p{L}])có[ \t]+\p{Ll}+(?:[ \t]+\p{Ll}+)?$")
#: ... before a mood word and a verb (``phải di dời``), which in a value of names are the clause's.
_MOOD_THEN_VERB = compiled(r"(?:" + "|".join(w for w in MOOD_WORDS if w not in ("có", "thể")) + r")[ \t]+\p{Ll}")


def having_clause_goes_on(name: str, tail: str) -> bool:
    """Whether ``tail`` goes on the clause of what the members of a name have, in a value of names only: ``các xã có
    hộ`` + ``phải di dời`` (the communes whose households must move), where in a sentence ``phải di dời`` would be
    the name's task."""
    return _HAVING_END.search(name) is not None and _MOOD_THEN_VERB.match(tail) is not None
