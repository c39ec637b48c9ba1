"""How many words a name read by where it stands may have (issue 52, names by where they stand): a limit on the
words it takes, not on the words of its place after a level nor of the body that owns it after ``thuộc``."""

from __future__ import annotations

from ..chars import fold
from ..pattern_cache import compiled
from .name_lexicon import ANY_CASE_LEVEL_AT_END, LEVEL, STOP, match_at

#: A subject read by where it stands has at most this many words (``Giám đốc Ban Quản lý rừng phòng hộ``).
DEFAULT_MAX_POSITIONAL_WORDS = 10
#: A place after its level at the end of a name (``… tỉnh Đồng Nai``, ``… huyện Bảo Lâm``) adds at most this many words
#: to a positional member's word limit.
DEFAULT_PLACE_WORDS = 4
_LEVEL_THEN_CAPITALS = compiled(r"(?<![\p{L}])" + LEVEL.pattern + r"(?:[ \t]+\p{Lu}\p{Ll}*)*[ \t]+$")
#: The body that owns a unit, after ``(trực) thuộc`` (``Các Đội Thông tin lưu động trực thuộc`` + ``Trung tâm Văn hóa
#: tỉnh``; twenty-seventh twins of A5) adds at most this many words: whose the unit is, not which.
DEFAULT_OWNER_WORDS = 6
_OWNER_THEN_WORDS = compiled(r"(?<![\p{L}])thuộc[ \t]+\p{Lu}[\p{L}\p{N}]*(?:[ \t]+[\p{L}\p{N}]+){0,5}[ \t]+$")


def past_word_limit(text: str, start: int, at: int, token: str, count: int, joiners: bool = True) -> bool:
    """Whether the word ``token`` at ``at`` would make the name opened at ``start`` longer than
    ``DEFAULT_MAX_POSITIONAL_WORDS`` (``count`` words before it): the words a name takes, not (``joiners``) a joiner
    or a verb after them (``ends_member``), nor the words of a place after its level (``… tỉnh Đồng Nai``: where the
    body is, not which), nor those of the body that owns it after ``thuộc``."""
    limit = DEFAULT_MAX_POSITIONAL_WORDS
    if count < limit or (joiners and ends_member(text, at, token)):
        return False
    if token[:1].isupper() and _LEVEL_THEN_CAPITALS.search(text, start, at) is not None:
        return count >= limit + DEFAULT_PLACE_WORDS
    if _OWNER_THEN_WORDS.search(text, start, at) is not None:
        return count >= limit + DEFAULT_OWNER_WORDS
    # a level closing the name counts as one word (``… và Xã hội hóa giáo dục thành phố``)
    return count > limit or ANY_CASE_LEVEL_AT_END.search(text, start, at + len(token)) is None


def ends_member(text: str, at: int, token: str) -> bool:
    """The word ``token`` at ``at`` ends a list's member rather than lengthening it: ``và``/``hoặc`` or a verb or
    clause word (``STOP``) in lower case.  A positional member's word limit counts the words before it."""
    return token[:1].islower() and (token in {"và", "hoặc"} or match_at(STOP, fold(token), text, at) is not None)
