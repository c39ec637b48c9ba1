"""The economy's actors a plan gives tasks to (``các chủ đầu tư``, ``nhà thầu``): a list of the state's bodies does not
run on into them (``các Sở, ban ngành, nhà đầu tư thứ cấp`` is two assignees)."""

from __future__ import annotations

from ..chars import fold
from ..tables.bodies import MARKET_ACTOR_NOUNS
from .kind_nouns import owner_noun

_MARKET_ACTORS = frozenset(MARKET_ACTOR_NOUNS)
#: How far back ``market_actor_before`` looks: the longest actor's noun and the spaces after it.
_WINDOW = max(len(n) for n in MARKET_ACTOR_NOUNS) + 8


def market_actor(text: str, start: int, end: int | None) -> bool:
    """Whether ``text[start:end]`` is a market actor's noun (``chủ đầu tư``), in any spelling, or an owner's by its
    shape (``chủ rừng``)."""
    return fold(text[start:end]) in _MARKET_ACTORS or owner_noun(text, start, end)


def market_actor_before(text: str, end: int) -> bool:
    """Whether the words before ``end`` (a comma) are a market actor's noun (``chủ đầu tư``)."""
    before = fold(text[max(0, end - _WINDOW) : end]).rstrip()
    return any(before.endswith(noun) and not before[: -len(noun)][-1:].isalnum() for noun in _MARKET_ACTORS)
