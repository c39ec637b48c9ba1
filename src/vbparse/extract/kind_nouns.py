"""Collective nouns known by their shape rather than by a list (issue 52, names by where they stand): the chief of a
unit by the unit's noun (``các cụm trưởng``, ``khối trưởng``), a staff member by the syllable that closes the noun
(``các điều tra viên``, ``các bác sĩ``) and the owner of a thing by the thing (``các chủ rừng``,
``chủ bến đò``, ``chủ nhà trọ``): ``chủ`` names whoever owns what its noun says, as ``chủ đầu tư`` (the lists') does."""

from __future__ import annotations

import regex

from ..pattern_cache import compiled
from ..tables.post_shapes import SET_DETERMINERS, STAFF_SYLLABLES

#: A unit's noun of one syllable and ``trưởng``, in lower case: its chief (``cụm trưởng``, ``khối trưởng``, ``ca
#: trưởng``); not growth (``tăng trưởng``, ``sinh trưởng``) nor a school (``trường``).
_CHIEFS = compiled(r"(?!(?:tăng|sinh|trường)(?![\p{L}]))\p{Ll}+[ \t]+trưởng(?![\p{L}])")
#: A staff member's noun in lower case that a staff syllable closes (``điều tra viên``, ``hướng dẫn viên``, ``bác sĩ``,
#: ``kỹ sư``): one or two syllables before it, the first no preposition or determiner (``các`` + ``sự kiện`` is no
#: ``sư``: the syllable must close the noun, a word of its own after a space); not a body's members (``thành viên``,
#: ``tổ chức thành viên``: the lists' collectives).
_STAFF = compiled(
    r"(?!(?:của|cho|với|và|các|những|tại|trong|về|tổ|thành)(?![\p{L}]))\p{Ll}+(?:[ \t]+\p{Ll}+)?[ \t]+"
    r"(?:" + "|".join(STAFF_SYLLABLES) + r")(?![\p{L}])"
)
_DETERMINER_BEFORE = compiled(r"(?i)(?<![\p{L}])(?:" + "|".join(SET_DETERMINERS) + r")[ \t]+$")
#: ``chủ`` and the words that make it no owner (``chủ trì``, ``chủ động``, ``chủ tịch``, ``chủ trương`` …).
_OWNER = compiled(
    r"chủ(?=[ \t]+(?!(?:trì|động|yếu|trương|quản|tịch|nhiệm|đề|thể|quyền|nghĩa|công|đạo|chốt|lực|tọa|toạ|ý|sở\s+hữu|đầu\s+tư)"
    r"(?![\p{L}]))\p{Ll})"
)
#: The most words an owner's thing holds (``chủ`` + ``bến đò``, ``nhà trọ``, ``bãi phế liệu``).
DEFAULT_OWNED_WORDS = 3
_WORD = compiled(r"\p{L}+")
#: What ends an owner's thing: a comma, ``và``/``hoặc``, what qualifies it (``là``, ``có``, ``thuộc``, ``trên``, ``tại``).
_OWNED_END = compiled(r"[ \t]*(?:[,;:.]|(?:và|hoặc|là|có|thuộc|trên|tại|ở|trong)(?![\p{L}]))")


def kind_noun_end(text: str, pos: int, stop: regex.Pattern[str]) -> int | None:
    """Where a collective's noun known by its shape ends at ``pos`` (a unit's chief, an owner and the thing owned), or
    None; ``stop`` (the grammar's verbs and role words) ends an owner's thing, and an owner whose first word after
    ``chủ`` is one is none."""
    # right after its determiner only (``các`` + ``điều tra viên``): after a name, ``động viên …`` is a verb (encourage)
    staff = _STAFF.match(text, pos) if _DETERMINER_BEFORE.search(text, max(0, pos - 8), pos) else None
    if (chiefs := _CHIEFS.match(text, pos) or staff) is not None:
        return chiefs.end()
    owner = _OWNER.match(text, pos)
    if owner is None:
        return None
    end = owner.end()
    for count, w in enumerate(_WORD.finditer(text, end)):
        if text[end : w.start()].strip(" \t") or not w.group().islower() or stop.match(text, w.start()):
            break
        if count and _OWNED_END.match(text, end):
            break
        if count >= DEFAULT_OWNED_WORDS:
            return None  # (a thing of more words is no owner's noun the grammar can bound)
        end = w.end()
    after = len(text) - len(text[end:].lstrip(" \t"))  # (the verb after the thing: ``chủ rừng`` + ``bố trí …``)
    return end if end > owner.end() and (_OWNED_END.match(text, end) or stop.match(text, after)) else None


def owner_noun(text: str, start: int, end: int | None) -> bool:
    """Whether ``text[start:end]`` is an owner's noun by its shape (``chủ rừng``, ``chủ bến đò``): one of the
    economy's actors, as ``chủ đầu tư`` is, whom a list of the state's bodies does not run on into."""
    owner = _OWNER.match(text, start)
    return owner is not None and end is not None and owner.end() < end


#: A list of owners before a comma (``Các chủ tàu cá,`` + ``chủ cơ sở lưu trú …``), within a member's reach.
_OWNERS_BEFORE = compiled(r"(?i:các|những)[ \t]+chủ[ \t]+\p{Ll}[^,;:.]*,[ \t]*$")
DEFAULT_OWNERS_REACH = 60


def after_owners(text: str, pos: int) -> bool:
    """Whether a plural of owners and its comma stand just before ``pos``: the owner there goes on that list (twenty-fourth
    twin of A3), where after any other member an owner begins an assignee of its own (``Các hộ gia đình, chủ rừng``)."""
    return _OWNERS_BEFORE.search(text, max(0, pos - DEFAULT_OWNERS_REACH), pos) is not None
