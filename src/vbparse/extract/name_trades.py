"""What a collective is named for: the trade or service right after its head (``Các cơ sở`` + ``chăm sóc người
khuyết tật ngoài công lập``, ``Các hợp tác xã`` + ``chăn nuôi bò sữa``, ``Các doanh nghiệp`` + ``sản xuất, kinh doanh
phân bón``), told from the sentence's own verb after the head (``Các cơ sở`` + ``kiểm tra định kỳ …``); and, for any
collective, whose its members are at the end of its name (``Các đơn vị đăng kiểm xe cơ giới ngoài công lập`` + ``nộp
…``).  The trade's verb is a verb everywhere else, so only the sentence's task verb after the trade's object (or the
qualifier of whose) shows that the object was the collective's: as a committee is named for its function
(``name_functions``), but for the heads and verbs of the economy's actors (``TRADE_COLLECTIVE_HEADS``,
``TRADE_VERBS``) and the qualifiers of ownership (``OWNERSHIP_QUALIFIERS``)."""

from __future__ import annotations

from ..chars import collapse_spaces, fold, tone_key
from ..pattern_cache import compiled, longest_first
from ..tables.post_shapes import (
    FUNCTION_VERB_KEYS,
    NOT_NAMED_OBJECT_KEYS,
    OWNERSHIP_QUALIFIERS,
    TRADE_COLLECTIVE_HEADS,
    TRADE_QUALIFIERS,
    TRADE_VERBS,
)
from . import name_lexicon
from .alternations import alternation
from .name_fields import ROLE_WORD
from .name_lexicon import DEFAULT_POST_LOOKBACK, STOP, WORD, first_word, match_at, skip_spaces


def _words(items: tuple[str, ...]) -> str:
    """The ``items`` as an alternation's text, longest first, their spaces any run of spaces."""
    return "|".join(w.replace(" ", r"[ \t]+") for w in longest_first(items))


#: ``các``/``những`` and the head of a collective of actors just before a word (``Các cơ sở`` + ``chăm sóc``).
_TRADE_COLLECTIVE = compiled(r"(?<![\p{L}])(?i:các|những)[ \t]+(?i:" + _words(TRADE_COLLECTIVE_HEADS) + r")[ \t]+$")
#: A trade's verb, or two joined by a comma or ``và`` (``sản xuất, kinh doanh``, ``khám bệnh, chữa bệnh``).
_TRADE_VERB = compiled(
    r"(?:" + _words(TRADE_VERBS) + r")(?:[ \t]*(?:,|[ \t]và)[ \t]*(?:" + _words(TRADE_VERBS) + r"))*(?![\p{L}])"
)
_QUALIFIER = alternation(TRADE_QUALIFIERS)
_NOT_OBJECT_KEYS = NOT_NAMED_OBJECT_KEYS
#: Whose a collective's members are, closing its name (``ngoài công lập``, ``tư thục``): after it, the sentence's verb.
_OWNERSHIP = alternation(OWNERSHIP_QUALIFIERS)
_OWNED_AT_END = compiled(r"(?<![\p{L}])(?:" + _words(OWNERSHIP_QUALIFIERS) + r")$")
#: ``của`` and an owner in lower case of the kind whose it is, up to the qualifier (``của bệnh viện công lập``).
_OF_OWNED = compiled(r"của(?:[ \t]+\p{Ll}+){1,3}?[ \t]+(?:" + _words(OWNERSHIP_QUALIFIERS) + r")(?![\p{L}])")
#: ``các``/``những`` and at most four words in lower case (a collective's noun: ``cơ sở đào tạo``) just before a word.
_PLURAL_NOUN_BEFORE = compiled(r"(?<![\p{L}])(?i:các|những)[ \t]+(?:\p{Ll}+[ \t]+){1,4}$")
#: How many words a trade's object and its qualifiers run at most (``chăm sóc`` + ``người cao tuổi ngoài công lập``).
DEFAULT_TRADE_OBJECT_WORDS = 8


def named_for_trade(text: str, q: int) -> int | None:
    """Where what a collective is named for ends at ``q``: its trade (``_trade_end``) or, for any collective, the
    words up to whose it is (``_owned_end``: ``Các đơn vị đăng kiểm xe cơ giới`` + ``ngoài công lập``), whichever runs
    further (``Các cơ sở đào tạo, bồi dưỡng nghiệp vụ hướng dẫn du lịch`` + ``ngoài công lập``: a task verb inside the
    trade's object ends the trade, whose its members are ends the name)."""
    end = _trade_end(text, q)
    owned = _owned_end(text, q) if end is None or _owned_ahead(text, end) else None
    return owned if owned is not None and (end is None or owned > end) else end  # (the longer: whose closes it)


#: How far past a trade's end its owner's qualifier is looked for (``… hướng dẫn du lịch`` + `` ngoài công lập``).
DEFAULT_OWNED_REACH = 60


def _owned_ahead(text: str, end: int) -> bool:
    """Whether whose a collective's members are may be said shortly after ``end`` (asked at every word of a name:
    the owned reading is read again only then)."""
    ahead = text[end : end + DEFAULT_OWNED_REACH]
    return any(owned in ahead for owned in OWNERSHIP_QUALIFIERS)


def _trade_end(text: str, q: int) -> int | None:
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


def _owned_end(text: str, q: int) -> int | None:
    """Where a collective's name ends when, from ``q`` right after its noun, words in lower case (no verb of a task
    first but a trade's, no preposition) run within ``DEFAULT_TRADE_OBJECT_WORDS`` words to whose its members are
    and then a word of the sentence's predicate (``Các đơn vị`` + ``đăng kiểm xe cơ giới ngoài công lập`` + ``nộp
    …``)."""
    if _PLURAL_NOUN_BEFORE.search(text, max(0, q - DEFAULT_POST_LOOKBACK), q) is None:
        return None
    verb = name_lexicon.TASK_VERB.match(text, q)
    if verb is not None and _TRADE_VERB.match(text, q) is None and not _function_named(text, q, verb.group()):
        return None  # (``Các đơn vị rà soát các trường ngoài công lập …``: the sentence's verb)
    trade = _TRADE_VERB.match(text, q)  # (``đào tạo, bồi dưỡng``: its verbs joined by a comma, one trade)
    prev = trade.end() if trade is not None else q
    count = 1 if trade is not None else 0
    for w in WORD.finditer(text, prev):
        if count > DEFAULT_TRADE_OBJECT_WORDS or text[prev : w.start()].strip(" \t") or not w.group()[:1].islower():
            return None
        if count and (owned := _OWNERSHIP.match(text, w.start())) is not None:
            return owned.end() if _verb_after(text, owned.end()) else None
        if tone_key(w.group()) in _NOT_OBJECT_KEYS and not (count and _OF_OWNED.match(text, w.start())):
            return None  # (but ``Các khoa xét nghiệm`` + ``của bệnh viện công lập``: whose, by its owner's kind)
        prev, count = w.end(), count + 1
    return None


#: ``các`` and a unit of the state (``Các đơn vị``, ``các phòng``): named for no function of its own before whose.
_STATE_UNITS_BEFORE = compiled(
    r"(?<![\p{L}])(?i:các|những)[ \t]+(?:đơn[ \t]+vị|cơ[ \t]+quan|phòng|ban|bộ[ \t]+phận|sở|ngành)[ \t]+$"
)


def _function_named(text: str, q: int, verb: str) -> bool:
    """Whether the task verb at ``q`` after a collective's noun is a standing function it is named for (``Các trung
    tâm`` + ``hỗ trợ phát triển giáo dục hòa nhập công lập`` + ``đánh giá …``), not after a unit of the state
    (``Các đơn vị`` + ``hỗ trợ trường ngoài công lập xây dựng …``: the sentence's verb)."""
    return (
        tone_key(collapse_spaces(verb)) in FUNCTION_VERB_KEYS
        and _STATE_UNITS_BEFORE.search(text, max(0, q - DEFAULT_POST_LOOKBACK), q) is None
    )


def owned_closed(text: str, end: int) -> bool:
    """Whether the name read to ``end`` closes with whose its members are and the sentence's predicate after it
    (``_owned_end``): the name ends there, though no list knows the verb (``… ngoài công lập`` + ``nộp …``)."""
    return _OWNED_AT_END.search(text, max(0, end - 16), end) is not None and _verb_after(text, end)


def _verb_after(text: str, end: int) -> bool:
    """Whether the sentence's predicate follows whose a collective's members are: a word in lower case, no preposition
    (``ngoài công lập`` + ``trên địa bàn …``: where, still the name's), a role word or a verb no list knows."""
    nxt = WORD.match(text, skip_spaces(text, end))
    return nxt is not None and nxt.group()[:1].islower() and tone_key(nxt.group()) not in _NOT_OBJECT_KEYS


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
