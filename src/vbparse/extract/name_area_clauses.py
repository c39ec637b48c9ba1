"""The clause after a plural of places or a collective that says which of them are meant (issue 52, names): the
area they are of (``các xã thuộc vùng ven sông Mây``, ``thuộc diện …``), the kind of place they are (``ven biển``), or
what they have (``có rừng``, ``có dự án chậm giải ngân``, ``có từ 50 lao động trở lên``), up to the predicate."""

from __future__ import annotations

import regex

from ..pattern_cache import compiled
from ..tables.bodies import PLACE_LEVELS
from ..tables.name_clauses import AMOUNT_UNIT, AREA_CLAUSE, HAVING_AMOUNT
from ..tables.word_formation import syllable_pairs
from .name_fields import CLAUSE_WORDS
from .name_lexicon import NOUN_OPENED_BY_STOP, STOP, WORD


def area_clause_end(text: str, q: int, collective: bool = False) -> int | None:
    """Where the clause at ``q`` that says which of a level's places are meant ends: the area they are of or the kind
    of place they are (``AREA_CLAUSE``: ``… thuộc vùng ven sông Mây``, ``… ven biển``), or what they have
    (``UBND các xã`` + ``có rừng``, ``các phường`` + ``có cơ sở tôn giáo``; a ``collective``'s too: ``Các chủ đầu
    tư`` + ``có dự án chậm giải ngân``): ``có`` and at most ``DEFAULT_HAVING_WORDS`` words in lower case, none a
    stop or a clause word, and quantities (``từ 15 mét trở lên``), up to punctuation, ``và`` or a stop (the
    predicate).  None otherwise."""
    area = AREA_CLAUSE.match(text, q)
    if area is not None:
        return area.end()
    # (``thuộc vùng`` / ``thuộc diện`` + its words up to a task verb, as ``có``: ``các xã thuộc vùng thí điểm lập …``)
    had = _AREA_OPENER.match(text, q) or (None if _NOT_HAD.match(text, q + 3) else _HAVING.match(text, q))
    if had is None:
        return None
    start = max(0, q - 60)
    places = _PLURAL_PLACES_END.search(text, start, q) is not None
    if not places and not (collective and _PLURAL_COLLECTIVE_END.search(text, start, q)):
        return None
    end, before, count, skip = None, "", -1, 0
    for w in WORD.finditer(text, had.end()):
        if w.start() < skip:
            continue  # a quantity's words (``từ 15``, ``trở lên``)
        gap = text[(end or had.end() - 1) : w.start()]
        amount = None if gap.strip(" \t") else HAVING_AMOUNT.match(text, w.start())
        if amount is not None:  # (``có chiều dài từ 15 mét trở lên``, ``có dưới 30% hộ …``)
            end = skip = amount.end()
            unit = AMOUNT_UNIT.match(text, end)
            if unit is not None:  # its unit, capitals and all (``từ 100 kWp``, ``trên 2 MW``)
                end = skip = unit.end()
            continue
        count += 1
        through = (f"{before} {w.group()}" in syllable_pairs() and w.group() in CLAUSE_WORDS) or (  # (``đi qua``)
            before in _PACE_BEFORE_VERB  # ``có dự án chậm giải ngân``: how the thing had does, the clause's
        )
        # (after a collective, ``được``, ``bị``: a passive predicate, ``Các cá nhân có thành tích`` + ``được đề nghị
        # khen thưởng``; after places, the clause's: ``các xã có sản phẩm được công nhận``)
        ends = w.group() in {"và", "hoặc"} or (not places and w.group() in {"được", "bị"})
        if w.group() == "với" and count >= 2 and (counterpart := _counterpart_end(text, w.end())) is not None:
            end = skip = counterpart  # (``có giao dịch điện tử`` + ``với cơ quan nhà nước``: whom they have it with)
            continue
        stop = STOP.match(text, w.start()) and not NOUN_OPENED_BY_STOP.match(text, w.start())  # (``có giao dịch``)
        if gap.strip(" \t") or ends or (stop and not through):
            return end if not gap.strip(" \t") or gap.strip(" \t")[:1] in ",;." else None
        ethnic = w.group()[:1].isupper() and (before in _PEOPLE_BEFORE_NAME or before[:1].isupper())
        if count >= DEFAULT_HAVING_WORDS or not w.group().isalpha() or not (w.group().islower() or ethnic):
            return None  # (``… đồng bào dân tộc`` + ``Dao``, ``đồng bào`` + ``Khmer``: a people's name, capitalised)
        if w.group() in CLAUSE_WORDS and not through:
            return None
        end, before = w.end(), w.group()
    return end


def _counterpart_end(text: str, q: int) -> int | None:
    """Where the counterpart after a having clause's ``với`` at ``q`` ends (``có giao dịch điện tử với`` + ``cơ quan
    nhà nước`` + a verb): at most ``DEFAULT_COUNTERPART_WORDS`` words in lower case, none a stop or a clause word,
    and then a stop with no punctuation between (the predicate). None otherwise: ``với`` joins the next subject."""
    end = None
    for count, w in enumerate(WORD.finditer(text, q)):
        if text[end or q : w.start()].strip(" \t"):
            return None
        if STOP.match(text, w.start()) and not NOUN_OPENED_BY_STOP.match(text, w.start()):
            return end
        if count >= DEFAULT_COUNTERPART_WORDS or not w.group().isalpha() or not w.group().islower():
            return None
        if w.group() in CLAUSE_WORDS:
            return None
        end = w.end()
    return None


#: (``thuộc`` left out before an area: ``UBND các xã`` + ``vùng chuyên canh cà phê`` + the verb, as ``thuộc vùng …``)
_HAVING, _AREA_OPENER = (
    compiled(r"có "),
    compiled(r"thuộc[ \t]+(?:vùng|khu[ \t]+vực|địa[ \t]+bàn|diện|phạm[ \t]+vi) |(?:vùng|khu[ \t]+vực)[ \t]+(?=\p{Ll})"),
)
_LEVEL_WORDS = [regex.escape(level).replace(r"\ ", r"[ \t]+") for level in PLACE_LEVELS]
#: Places of a level named in the plural, right before a having clause (``các xã``, ``các phường, xã``).
_PLURAL_PLACES_END = compiled(
    r"(?<![\p{L}])[Cc]ác[ \t]+(?:"
    + "|".join(_LEVEL_WORDS)
    + r")(?:[ \t]*,[ \t]*(?:"
    + "|".join(_LEVEL_WORDS)
    + r"))*[ \t]*$"
)
#: The words a people's capitalised name follows inside a having clause (``dân tộc Dao``, ``đồng bào Khmer``).
_PEOPLE_BEFORE_NAME = frozenset({"tộc", "bào"})
#: Words of manner or pace before a verb inside a having clause (``dự án chậm giải ngân``, ``hộ mới thoát nghèo``).
_PACE_BEFORE_VERB = frozenset({"chậm", "mới", "vừa"})
#: A collective in the plural in lower case right before a having clause (``Các chủ đầu tư``, ``các hộ gia đình``,
#: ``Các trường trung học phổ thông``, ``Các chủ đầu tư hệ thống điện mặt trời mái nhà``: ten syllables, the fourteenth
#: twins), of at most this many words, no passive among them (``các tổ chức xã hội được
#: cấp`` + ``có thẩm quyền giao …``: the passive's agent, no having clause).
DEFAULT_PLURAL_WORDS = 10
_PLURAL_COLLECTIVE_END = compiled(
    rf"(?<![\p{{L}}])[Cc]ác(?:(?:[ \t]*,)?[ \t]+(?!(?:được|bị)(?![\p{{L}}]))\p{{Ll}}+){{1,{DEFAULT_PLURAL_WORDS}}}[ \t]*$"
)
#: The counterpart a having clause names after ``với`` holds at most this many syllables (``quỹ tín dụng nhân dân xã``).
DEFAULT_COUNTERPART_WORDS = 6
#: A having clause after places holds at most this many syllables (``có đồng bào dân tộc thiểu số``).
DEFAULT_HAVING_WORDS = 6
#: What ``có`` after places opens that is no having clause: a count, a duty, a possibility, a relation, a competence
#: whose verb follows (``có thẩm quyền quyết định …``, ``có chức năng quản lý …``).
_NOT_HAD = compiled(
    r"(?:\d|trách[ \t]+nhiệm|nhiệm[ \t]+vụ|thể|liên[ \t]+quan|ý[ \t]+kiến|văn[ \t]+bản|kế[ \t]+hoạch|tên"
    r"|thẩm[ \t]+quyền|chức[ \t]+năng)"
)
