"""A post's scope: the words after a post no list names that say which one of its kind it is (``Kiểm lâm viên phụ
trách địa bàn``, ``Nhân viên bảo vệ rừng chuyên trách``, ``Cán bộ thú y kiêm nhiệm``), read as part of the subject
standing before its verb, where the words of the scope would otherwise end it (``phụ trách`` is a verb too, and a
staff noun's field may be one: ``bảo vệ``)."""

from __future__ import annotations

import itertools

import regex

from ..tables.post_shapes import POST_HOLDING_WORDS, POST_SCOPE_WORDS
from .name_fields import WORD
from .name_lexicon import TASK_VERB, alternation, skip_spaces

#: How many words after a stop ``opens_post_scope`` looks for a word of how the post is held (``Nhân viên bảo vệ rừng``
#: + ``chuyên trách``).
DEFAULT_POST_SCOPE_REACH = 3

_SCOPE = alternation(POST_SCOPE_WORDS)
_HOLDING = alternation(POST_HOLDING_WORDS)


def opens_post_scope(text: str, stop: regex.Match[str]) -> bool:
    """Whether the stop word ``stop``, after a post's words, is its scope rather than its verb: a scope word itself
    (``phụ trách`` + what, ``chuyên trách``), or a word of how the post is held follows within
    ``DEFAULT_POST_SCOPE_REACH`` words with nothing between (``bảo vệ`` + ``rừng chuyên trách``).  The caller asks
    whether the words before it have a post's shape.  A scope word before a verb is the post's assignment
    (``Điều phối viên Sở Y tế phụ trách hướng dẫn …``), no scope."""
    if _SCOPE.fullmatch(text, stop.start(), stop.end()):
        return TASK_VERB.match(text, skip_spaces(text, stop.end())) is None  # not ``phụ trách hướng dẫn``: a duty
    end = stop.end()
    for w in itertools.islice(WORD.finditer(text, stop.end()), DEFAULT_POST_SCOPE_REACH + 1):
        if text[end : w.start()].strip(" \t") or not w.group().islower():
            return False
        if _HOLDING.match(text, w.start()):
            return True
        end = w.end()
    return False


#: The most words a post's scope in a value of names holds (``phụ trách địa bàn phía Bắc``).
DEFAULT_CELL_SCOPE_WORDS = 8


def scope_tail(tail: str) -> bool:
    """Whether ``tail``, the rest of a value of names (a cell, a field) after a post, is that post's scope: a scope
    word and what it covers (``phụ trách`` + ``địa bàn phía Bắc``, a place's or a direction's capitals included), at
    most ``DEFAULT_CELL_SCOPE_WORDS`` words, no digit; not a duty (``phụ trách`` + ``kiểm tra …``: a verb)."""
    scope = _SCOPE.match(tail)
    words = tail.split()
    return (
        scope is not None
        and len(words) <= DEFAULT_CELL_SCOPE_WORDS
        and not any(ch.isdigit() for ch in tail)
        and opens_post_scope(tail, scope)
    )
