"""A scope phrase in brackets between a list of subjects and their verb (issue 52, A4; twenty-first twin: ``Giao
Thống kê tỉnh, Thuế tỉnh và Ủy ban nhân dân các xã, phường (trong phạm vi chức năng, nhiệm vụ …) rà soát …``): the
names read by where they stand need a verb right after them, so the list is read again with the bracket blanked
(its characters as spaces, every offset kept), and the predicate starts past it."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

import regex

from ..pattern_cache import compiled
from .lead_in_frame import Subject
from .name_lexicon import head_word_at

#: A bracket that opens in lower case (a scope, a manner: ``(trong phạm vi …)``, ``(theo chức năng …)``), not a
#: name's sub-unit (``(Chi cục Thú y)``).
_SCOPE_BRACKET = compiled(r"\((?=[ \t]*\p{Ll})[^()\n]*\)")


#: The same set off by two dashes (``… và Ủy ban nhân dân thành phố – theo ngành, lĩnh vực và địa bàn phụ trách –
#: kiểm tra …``; an en dash is ``-`` once normalised): a scope's word after the first dash (not a heading's topics,
#: ``Thanh tra - kiểm tra - cưỡng chế nợ thuế``), no bracket or line inside.
_SCOPE_WORDS = r"(?:theo|trong|tùy|tuỳ|căn[ \t]+cứ|trên|thuộc|ở|tại|mỗi|từng)"
#: (a dash before a scope's word, found with the standard library first: most sentences have none)
_DASH_THEN_SCOPE_WORD = re.compile(r"[-–][ \t]+" + _SCOPE_WORDS + r"\b")
_SCOPE_DASHES = compiled(
    r"[ \t]+[-–][ \t]+(?=" + _SCOPE_WORDS + r"(?![\p{L}]))[^()\n]{1,160}?[ \t]+[-–][ \t]+(?=\p{Ll})"
)


def read_past_scope_dashes(sentence: str, read: Callable[[str], Subject | None]) -> Subject | None:
    """``read_past_scope_bracket`` for a scope between two dashes, read first: the grammar would run a name on over
    its first dash (``thành phố Phù Vân`` + ``- theo ngành``). Its scope's word after a dash is looked for with the
    standard library first (most sentences have none: every sentence a subject is read of asks)."""
    if _DASH_THEN_SCOPE_WORD.search(sentence) is None or _SCOPE_DASHES.search(sentence) is None:
        return None
    return _read_blanked(sentence, _SCOPE_DASHES, read)


def read_past_scope_bracket(sentence: str, read: Callable[[str], Subject | None]) -> Subject | None:
    """``read`` of ``sentence`` with its scope brackets blanked, the predicate past the bracket after the names;
    None when it has none or the reading finds no subject either."""
    if "(" not in sentence:
        return None
    return _read_blanked(sentence, _SCOPE_BRACKET, read)


#: An executing sub-unit in brackets inside a list of subjects (decision 17: ``Sở Tài chính (Phòng Quản lý giá)`` +
#: ``và Ủy ban nhân dân …``): it opens in capitals, and the list's joiner follows it.
_SUB_UNIT_IN_LIST = compiled(r"[ \t]*\((?=[ \t]*\p{Lu})[^()\n]{1,120}\)(?=[ \t]*(?:,|và(?![\p{L}]))[ \t]+\p{L})")


def read_past_sub_units(sentence: str, read: Callable[[str], Subject | None]) -> Subject | None:
    """``read`` of ``sentence`` with the sub-units in brackets inside its list of subjects taken out (a bracket there
    is no predicate, so the grammar ended the list before it), the names' offsets those of ``sentence``; None when
    it has none or the reading finds no subject either.  A bracket of examples (``(Viettel, VNPT)``) is no
    sub-unit: it opens with no body's head."""
    if "(" not in sentence:
        return None
    cuts = [
        m.span()
        for m in _SUB_UNIT_IN_LIST.finditer(sentence)
        if head_word_at(m.group(), m.group().index("(") + 1) is not None
    ]
    if not cuts:
        return None
    shorter = "".join(
        sentence[a:b] for a, b in zip([0] + [e for _s, e in cuts], [s for s, _e in cuts] + [len(sentence)])
    )
    found = read(shorter)
    if found is None or not found[0]:
        return None
    ends, removed = {n.end for n in found[0]}, 0
    for a, b in cuts:  # each bracket after a name of the list, not inside one the grammar ran on over its place
        if a - removed not in ends:
            return None
        removed += b - a

    def at(pos: int, *, end: bool = False) -> int:
        """``pos`` of the shorter text in ``sentence``: past every bracket taken out before it (an end at a bracket's
        place stays before it)."""
        removed = 0
        for a, b in cuts:
            if a - removed < pos or (a - removed == pos and not end):
                removed += b - a
        return pos + removed

    names = tuple(
        dataclasses.replace(
            n,
            start=at(n.start),
            end=at(n.end, end=True),
            alias_end=None if n.alias_end is None else at(n.alias_end, end=True),
        )
        for n in found[0]
    )
    return names, at(found[1]), at(found[2]), found[3]


def _read_blanked(sentence: str, scope: regex.Pattern[str], read: Callable[[str], Subject | None]) -> Subject | None:
    """``read`` of ``sentence`` with each ``scope`` blanked (its characters as spaces, every offset kept), the
    predicate starting past the scope right after the names."""
    blanked = scope.sub(lambda m: " " * len(m.group()), sentence)
    if blanked == sentence:
        return None
    found = read(blanked)
    if found is None or not found[0]:
        return None
    end = found[2]
    at = end + len(sentence[end:]) - len(sentence[end:].lstrip(" \t"))
    after = scope.match(sentence, at) or scope.match(sentence, end)  # (the names end before it)
    return found[0], found[1], after.end() if after is not None else end, found[3]


#: A quoted proper part of a name after a word (``Quỹ "Vì người nghèo"``, ``Câu lạc bộ “Tiếng hát quê hương”``): at
#: most ``DEFAULT_QUOTED_NAME_WORDS`` words, opening in capitals.
DEFAULT_QUOTED_NAME_WORDS = 8
_QUOTED_PART = compiled(r"(?<=\p{L}[ \t]+)[\"“](?=\p{Lu})(?P<words>[^\"“”\n]{1,80}?)[\"”](?=[ \t]+\p{L})")


_NON_SPACE_RUN = compiled(r"\S+")


def read_past_quoted_parts(sentence: str, read: Callable[[str], Subject | None]) -> Subject | None:
    """``read`` of ``sentence`` with each quoted proper part of a name read as a proper name (its quotes as spaces,
    its words capitalised, every offset kept: ``Ban Vận động Quỹ "Vì người nghèo" tỉnh`` + ``vận động …``; twenty-sixth
    twin of WRAP), the names then those of ``sentence``; None when it has none, or no name of the reading holds one."""
    if '"' not in sentence and "“" not in sentence:
        return None
    quoted = [m for m in _QUOTED_PART.finditer(sentence) if len(m.group("words").split()) <= DEFAULT_QUOTED_NAME_WORDS]
    if not quoted:
        return None
    masked = list(sentence)
    for m in quoted:  # (same length: the quotes as spaces, each word capitalised)
        masked[m.start()] = masked[m.end() - 1] = " "
        for w in _NON_SPACE_RUN.finditer(m.group("words")):
            at = m.start("words") + w.start()
            masked[at] = masked[at].upper()
    found = read("".join(masked))
    if found is None or not found[0]:
        return None
    inside = any(n.start < m.start() and m.end() <= n.end for n in found[0] for m in quoted)
    return found if inside else None  # (a quote after the names, ``… mô hình "Gia đình khỏe"``: the task's)
