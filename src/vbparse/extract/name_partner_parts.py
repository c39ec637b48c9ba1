"""Where a list of partners no list knows goes on and where it ends: the words after a known name that say which
ones it means (``các tổ hợp tác`` + ``trồng lúa ở xứ đồng Bàu Sen``), a committee's plural named for a standing
function (``các ban`` + ``quản lý khu công nghiệp``), and a list that is none (``… đơn vị mình và`` + ``phối hợp
với …``).  Read by ``name_forms.positional_partners`` and the partners' reader."""

from __future__ import annotations

import regex

from ..chars import fold, tone_key
from ..pattern_cache import compiled
from ..tables.clause_words import DOING_NOUNS
from ..tables.post_shapes import TRADE_VERBS
from . import name_lexicon
from .alternations import alternation
from .name_compounds import PLACE_WORDS, compound_after_comma
from .name_fields import AT_PLACE_END, PLACE_ALONE
from .name_functions import is_function_verb, staff_before
from .name_lexicon import DEFAULT_POST_LOOKBACK, LEVEL_AT_END, STOP, WORD, NameSpan, first_word, match_at

#: How many words a known name's qualifier has at most in a list of partners (``các tổ hợp tác`` + ``trồng lúa ở xứ
#: đồng Bàu Sen``).
DEFAULT_QUALIFIER_WORDS = 10


def qualifies(text: str, start: int, end: int) -> bool:
    """Whether the words ``[start, end)`` after a known name in a list of partners, up to the list's next comma or
    ``và``, say which ones it means: words in lower case (a proper name after them), no verb of the grammar's but one
    of a standing function first (``các ban`` + ``quản lý khu công nghiệp``) or ``ở``/``tại`` + where."""
    words = list(WORD.finditer(text, start, end))
    if not words or len(words) > DEFAULT_QUALIFIER_WORDS or not words[0].group()[:1].islower():
        return False
    if text[start:end].strip(" \t")[:1] in {",", ";", ".", ":", "("}:
        return False
    for n, w in enumerate(words):
        stop = match_at(STOP, first_word(text, w.start()), text, w.start()) if w.group()[:1].islower() else None
        if stop is None or name_lexicon.NOUN_OPENED_BY_STOP.match(text, w.start()):
            continue
        if not ((n == 0 and is_function_verb(stop.group())) or tone_key(stop.group()) in {"ở", "tại", "trong"}):
            return False
    return True


def named_for_function(text: str, q: int, verb: regex.Match[str]) -> bool:
    """Whether the verb ``verb`` at ``q`` is a standing function right after a committee's head in any case (``các
    ban`` + ``quản lý khu công nghiệp``, ``Tổ`` + ``giám sát``) or a staff noun in lower case (``những người`` +
    ``quản lý hồ chứa``, ``cán bộ`` + ``phụ trách thủy lợi``): what they are named for, not a verb."""
    head = name_lexicon.FUNCTION_NAMED_ANY_CASE.search(text, max(0, q - DEFAULT_POST_LOOKBACK), q) is not None
    return (
        is_function_verb(verb.group())
        and (head or staff_before(text, q))
        and DOING_AFTER.match(text, verb.end()) is None  # (``các Đoàn kiểm tra việc chấp hành``: their verb)
    )


#: A noun of doing after a verb (``kiểm tra`` + ``việc …``): what is done, the verb the sentence's.
DOING_AFTER = compiled(r"[ \t]+(?:" + "|".join(w.replace(" ", r"[ \t]+") for w in DOING_NOUNS) + r")(?![\p{L}])")


#: A list that ends in ``và`` (the next clause's: ``… và phối hợp với …``) or in one's own (``đơn vị mình``): no
#: partners' list, but the subject's own units or a clause.
_OWN_OR_JOINED_END = compiled(r"(?<![\p{L}])(?:và|hoặc|mình)$")


def own_or_joined_end(text: str, last: int) -> bool:
    """Whether a list of partners ending at ``last`` ends in ``và`` or in one's own (``đơn vị mình``): none."""
    return _OWN_OR_JOINED_END.search(text, max(0, last - 12), last) is not None


def closed_pair(text: str, prev: NameSpan, start: int, end: int) -> bool:
    """Whether the partner piece ``[start, end)`` is no field of the portfolio of the partner ``prev`` before it:
    ``prev`` ends with its place (``Công an tỉnh``), or, a partner no list knows, the piece does (``Viễn thông Hoài
    Sơn`` + ``, Bưu điện tỉnh``) and is no field of the press (``FIELD_NOUNS``: ``Báo và Phát thanh`` + ``, Truyền
    hình tỉnh``)."""
    if LEVEL_AT_END.search(text, prev.start, prev.end) is not None:
        return True
    field = fold(" ".join(WORD.findall(text, start, end)[:2]))  # (``Báo và Phát thanh`` + ``, Truyền hình tỉnh``)
    return (
        prev.rule == "name.partner"
        and LEVEL_AT_END.search(text, start, end) is not None
        and field not in name_lexicon.FIELD_NOUN_KEYS
    )


#: The words that open a clause of what a plural partner has, did or does (``các trang trại`` + ``có đàn gà …``, ``các
#: thú y viên`` + ``đã nghỉ hưu``, ``những hộ`` + ``đang thả rông``): it says which ones, no verb of the sentence.
RELATIVE_OPENERS = frozenset({"có", "đã", "đang"})


#: A partner that is people, in general (``người`` + ``có uy tín trong đồng bào Dao``), or the owners or
#: representatives of a plural (``chủ các tàu cá`` + ``có công suất …``): a clause says which.
_PEOPLE = compiled(r"(?:những[ \t]+)?người(?![\p{L}])|(?:chủ|đại[ \t]+diện)[ \t]+(?:các|những)(?![\p{L}])")


def relative_clause(text: str, member: int, stop: regex.Match[str]) -> bool:
    """Whether the stop ``stop`` opens a clause that says which ones the plural partner from ``member`` means (``các
    trang trại``, or people in general: ``người`` + ``có uy tín …``; twelfth twin of L1)."""
    if stop.group() not in RELATIVE_OPENERS:
        return False
    return name_lexicon.CAC.match(text, member) is not None or _PEOPLE.match(text, member) is not None


#: A place's clause closed by its proper name, right before ``pos`` (``ở thôn Đồng Lầy``, ``tại xã Hòa Bình``), or
#: the area it serves (``trên địa bàn``, ``trên địa bàn xã``: nothing follows it in a partner's name).
_PLACE_NAME_BEFORE = compiled(
    r"(?<![\p{L}])(?:(?:ở|tại|trong|thuộc)[ \t]+(?:" + PLACE_WORDS + r")(?:[ \t]+\p{Lu}[\p{L}]*)+"
    r"|trên[ \t]+địa[ \t]+bàn(?:[ \t]+(?:" + PLACE_WORDS + r"))?)[ \t]+$"
)
#: How far before a word a place's clause and its proper name are looked for.
DEFAULT_PLACE_NAME_CHARS = 48


def after_place_name(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` follows a place's clause closed by its proper name: the partner ends there."""
    return _PLACE_NAME_BEFORE.search(text, max(0, pos - DEFAULT_PLACE_NAME_CHARS), pos) is not None  # (no copy)


def clause_of_plural(text: str, start: int, end: int, to: int) -> bool:
    """Whether the words ``[end, to)`` after a known plural partner from ``start`` are a clause of what its members
    have, did or do (``các trang trại`` + ``có đàn gà lớn``), at most ``DEFAULT_QUALIFIER_WORDS`` words."""
    words = WORD.findall(text, end, to)
    agent = bool(words) and words[0] == "do" and _AGENT.match(text, name_lexicon.skip_spaces(text, end)) is not None
    return (
        bool(words)
        and (words[0] in RELATIVE_OPENERS or agent)  # (``các tổ hợp tác`` + ``do Hội Nông dân huyện thành lập``)
        and len(words) <= DEFAULT_QUALIFIER_WORDS + (DEFAULT_AGENT_WORDS if agent else 0)
        and name_lexicon.CAC.match(text, start) is not None
    )


def place_goes_on(text: str, prev: NameSpan, start: int, end: int) -> bool:
    """Whether the piece ``[start, end)`` of a list of partners is a second place of the partner ``prev`` before it
    (``mạng lưới … ở thôn`` + ``, tổ dân phố``) or the second member of a pair a comma joins (``… các khu`` + ``,
    cụm công nghiệp …``: ``COMMA_COMPOUNDS``), not a partner of its own."""
    if AT_PLACE_END.search(text, prev.start, prev.end) and PLACE_ALONE.fullmatch(text, start, end):
        return True
    comma = text.find(",", prev.end, start)
    return comma >= 0 and compound_after_comma(text, comma, start) is not None


def join_going_on(text: str, out: list[NameSpan]) -> None:
    """Join the last partner read to the one before when it is that one's second place or pair (``place_goes_on``)."""
    if len(out) > 1 and place_goes_on(text, out[-2], out[-1].start, out[-1].end):
        out[-2:] = [NameSpan(out[-2].start, out[-1].end, out[-2].kind, rule=out[-2].rule)]


#: A preposition of place or of whose (``trên biển``, ``tại cửa khẩu``, ``của …``).
_PLACE_PREPOSITION = compiled(r"(?:trên|tại|ở|trong|ngoài|dưới|về|cho|của)(?![\p{L}])")


def place_part(text: str, start: int) -> bool:
    """Whether a part of a partners' list opens with a preposition (``… khu vực biên giới, cửa khẩu`` + ``và trên
    biển``): the list says where, not who, and gives no partners."""
    return _PLACE_PREPOSITION.match(text, start) is not None


#: A trade's verb inside a partner (``các hộ kinh doanh lưu trú``), after which ``và`` may join what the trade deals in.
_TRADE_IN_PART = alternation(TRADE_VERBS)
_DETERMINERS = frozenset({"các", "những"})
_AND = compiled(r"[ \t]+và[ \t]+")


def _trade_joined(text: str, start: int, sep: regex.Match[str] | None) -> bool:
    """Whether the separator ``sep`` after the partner opening at ``start`` is a ``và`` that joins what the partner's
    trade deals in: a trade's verb in the partner before it, and after it a word in lower case that opens no name,
    collective or list of its own (``các hộ kinh doanh lưu trú`` + ``và ăn uống …``; not + ``và đội cứu hộ …``)."""
    if sep is None or sep.group().strip() != "và" or _TRADE_IN_PART.search(text, start, sep.start()) is None:
        return False
    w = WORD.match(text, sep.end())
    return (
        w is not None
        and w.group()[:1].islower()
        and w.group() not in _DETERMINERS
        and name_lexicon.head_word_at(text, sep.end()) is None
        and name_lexicon.noun_at(text, sep.end()) is None
    )


def next_part(text: str, start: int, last: int, parts: regex.Pattern[str]) -> regex.Match[str] | None:
    """The separator that ends the partner opening at ``start`` (``parts``: a comma or ``và``), passing each ``và``
    that joins what its trade deals in (``_trade_joined``; twenty-eighth twins of L1)."""
    sep = parts.search(text, start, last)
    while _trade_joined(text, start, sep):
        sep = parts.search(text, sep.end(), last)
    return sep


def past_trade(text: str, known: NameSpan, last: int, parts: regex.Pattern[str]) -> NameSpan:
    """A partner the lists know, run on through what its trade deals in after ``và`` (``các hộ kinh doanh lưu trú`` +
    ``và ăn uống dọc …``), as ``next_part`` reads a partner no list knows."""
    end = known.end
    while _trade_joined(text, known.start, sep := parts.match(text, end)):
        nxt = parts.search(text, sep.end(), last)
        end = nxt.start() if nxt is not None else last
    return known if end == known.end else NameSpan(known.start, end, known.kind, rule=known.rule)


def trade_goes_on(text: str, name: NameSpan) -> bool:
    """Whether ``và`` after the partner ``name`` joins what its trade deals in (``các cơ sở kinh doanh lưu trú`` + ``và
    ăn uống …``): the partners are then read by where they stand, where ``past_trade`` runs it on."""
    return _trade_joined(text, name.start, _AND.match(text, name.end))


#: How many words more an agent's clause may hold than another clause of a plural (the agent's name).
DEFAULT_AGENT_WORDS = 6
#: ``do`` + a name right after a lower-case partner: a passive clause of who made, chose or runs them (``đội ngũ giám
#: sát viên`` + ``do Ủy ban nhân dân cấp xã giới thiệu``; twenty-ninth twins of L1).
_AGENT = compiled(r"do[ \t]+(?=\p{Lu})")


def agent_clause_end(text: str, w: regex.Match[str], member: int) -> int | None:
    """Where the agent's name ends when ``w`` is the ``do`` of such a clause after a partner opening in lower case
    at ``member`` (its verb, the clause's own, follows the name); None otherwise."""
    if w.group() != "do":
        return None  # (asked of every word of a partner list: the cheap test first)
    first = name_lexicon.skip_spaces(text, member)
    if not text[first : first + 1].islower() or (agent := _AGENT.match(text, w.start())) is None:
        return None
    from .name_run import name_at  # (the name grammar, which imports this module: imported when asked)

    name = name_at(text, agent.end())
    return name.end if name is not None else None
