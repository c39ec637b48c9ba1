"""A scope phrase in brackets between a list of subjects and their verb (issue 52, A4; twenty-first twin: ``Giao
Thống kê tỉnh, Thuế tỉnh và Ủy ban nhân dân các xã, phường (trong phạm vi chức năng, nhiệm vụ …) rà soát …``): the
names read by where they stand need a verb right after them, so the list is read again with the bracket blanked
(its characters as spaces, every offset kept), and the predicate starts past it."""

from __future__ import annotations

from collections.abc import Callable

from ..pattern_cache import compiled
from .lead_in_frame import Subject

#: A bracket that opens in lower case (a scope, a manner: ``(trong phạm vi …)``, ``(theo chức năng …)``), not a
#: name's sub-unit (``(Chi cục Thú y)``).
_SCOPE_BRACKET = compiled(r"\((?=[ \t]*\p{Ll})[^()\n]*\)")


def read_past_scope_bracket(sentence: str, read: Callable[[str], Subject | None]) -> Subject | None:
    """``read`` of ``sentence`` with its scope brackets blanked, the predicate past the bracket after the names;
    None when it has none or the reading finds no subject either."""
    if "(" not in sentence:
        return None
    blanked = _SCOPE_BRACKET.sub(lambda m: " " * len(m.group()), sentence)
    if blanked == sentence:
        return None
    found = read(blanked)
    if found is None or not found[0]:
        return None
    end = found[2]
    at = end + len(sentence[end:]) - len(sentence[end:].lstrip(" \t"))
    bracket = _SCOPE_BRACKET.match(sentence, at)  # (the names end before it: the predicate starts past it)
    return found[0], found[1], bracket.end() if bracket is not None else end, found[3]
