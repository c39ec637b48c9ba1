"""What a collective of actors is named for: the trade or service right after its head (``Các cơ sở`` + ``chăm sóc
người khuyết tật ngoài công lập``, ``Các hộ`` + ``nuôi trồng thủy sản lồng bè``, ``Các doanh nghiệp`` + ``sản xuất,
kinh doanh phân bón``), told from the sentence's own verb after the head (``Các cơ sở`` + ``kiểm tra định kỳ …``).
The trade's verb is a verb everywhere else, so only the sentence's task verb after the trade's object shows that the
object was the collective's: as a committee is named for its function (``name_functions``), but for the heads and
verbs of the economy's actors (``TRADE_COLLECTIVE_HEADS``, ``TRADE_VERBS``)."""

from __future__ import annotations

from ..chars import fold, tone_key
from ..pattern_cache import compiled
from ..tables.post_shapes import NOT_NAMED_OBJECT_WORDS, TRADE_COLLECTIVE_HEADS, TRADE_QUALIFIERS, TRADE_VERBS
from . import name_lexicon
from .name_fields import ROLE_WORD
from .name_lexicon import DEFAULT_POST_LOOKBACK, STOP, WORD, first_word, match_at, skip_spaces


def _words(items: tuple[str, ...]) -> str:
    return "|".join(w.replace(" ", r"[ \t]+") for w in sorted(items, key=len, reverse=True))


#: ``các``/``những`` and the head of a collective of actors just before a word (``Các cơ sở`` + ``chăm sóc``).
_TRADE_COLLECTIVE = compiled(r"(?<![\p{L}])(?i:các|những)[ \t]+(?i:" + _words(TRADE_COLLECTIVE_HEADS) + r")[ \t]+$")
#: A trade's verb, or two joined by a comma or ``và`` (``sản xuất, kinh doanh``, ``khám bệnh, chữa bệnh``).
_TRADE_VERB = compiled(
    r"(?:" + _words(TRADE_VERBS) + r")(?:[ \t]*(?:,|[ \t]và)[ \t]*(?:" + _words(TRADE_VERBS) + r"))*(?![\p{L}])"
)
_QUALIFIER = compiled(r"(?:" + _words(TRADE_QUALIFIERS) + r")(?![\p{L}])")
_NOT_OBJECT_KEYS = frozenset(tone_key(w) for w in NOT_NAMED_OBJECT_WORDS)
#: How many words a trade's object and its qualifiers run at most (``chăm sóc`` + ``người cao tuổi ngoài công lập``).
DEFAULT_TRADE_OBJECT_WORDS = 8


def named_for_trade(text: str, q: int) -> int | None:
    """Where the trade a collective of actors is named for ends, when the verb at ``q`` right after its head is a
    trade's (``TRADE_VERBS``) with its object of plain words (a qualifier among them: ``ngoài công lập``, ``bằng
    đường thủy``; a proper name after a noun: ``ven sông Cầu``) and then a role word or the sentence's task verb with
    its own object; None otherwise (``Các doanh nghiệp sản xuất theo đúng quy trình``: no task verb after)."""
    if _TRADE_COLLECTIVE.search(text, max(0, q - DEFAULT_POST_LOOKBACK), q) is None:
        return None
    verb = _TRADE_VERB.match(text, q)
    if verb is None:
        return None
    prev, count = verb.end(), 0
    for w in WORD.finditer(text, verb.end()):
        if w.start() < prev:
            continue  # (inside a qualifier's words)
        if count > DEFAULT_TRADE_OBJECT_WORDS or text[prev : w.start()].strip(" \t"):
            return None
        if count and (qualifier := _QUALIFIER.match(text, w.start())) is not None:
            prev, count = qualifier.end(), count + 1
            continue
        if w.group()[:1].islower() and _predicate_at(text, w.start()):
            return prev if count else None  # (a trade's verb alone before it: the run reads it, a word or a verb)
        if tone_key(w.group()) in _NOT_OBJECT_KEYS or not (w.group()[:1].islower() or count):
            return None
        prev, count = w.end(), count + 1
    return None


def _predicate_at(text: str, pos: int) -> bool:
    """Whether the sentence's predicate opens at ``pos``: a role word, or a task verb with a word in lower case (its
    object) after it."""
    if ROLE_WORD.match(text, pos):
        return True
    verb = match_at(STOP, first_word(text, pos), text, pos)
    if verb is None or name_lexicon.TASK_VERB.match(text, pos) is None or fold(verb.group()) == "va":
        return False
    nxt = WORD.match(text, skip_spaces(text, verb.end()))
    return nxt is not None and nxt.group()[:1].islower()
