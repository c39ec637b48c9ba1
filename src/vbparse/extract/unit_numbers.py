"""A unit's own number in its name (``Hạt Kiểm lâm số 2``, ``Trạm Thu phí Km 45``, ``Hải đội Biên phòng 1``), told
from a count (``Hạt Kiểm lâm 2 năm liền …``): what the name grammar reads a number after a name by."""

from __future__ import annotations

import regex

from ..pattern_cache import compiled
from .name_lexicon import LEVEL, STOP, TASK_VERB, WORD, skip_spaces

#: The words before a unit's number among its kind or its region's (``Hạt Kiểm lâm số 2``, ``Ngân hàng Nhà nước chi
#: nhánh khu vực 14``, ``Thuế cơ sở 3``) or along its road (``Trạm Thu phí Km 45``).
NUMBER_WORDS = r"(?<![\p{L}])(?:số|khu[ \t]+vực|cơ[ \t]+sở|[Kk][Mm])[ \t]+"
#: Those words just before a number: the unit's own number, not a count.
NUMBERED = compiled(NUMBER_WORDS + "$")
#: How far back from a number ``NUMBERED`` looks (``khu vực`` and its spaces), not the whole text before it.
NUMBERED_REACH = 10
#: A unit's number among its kind, the name's own (``số 2``, ``khu vực 14``; not a count, a date or a reference's
#: number).
UNIT_NUMBER = compiled(NUMBER_WORDS + r"\d{1,3}(?![\p{L}\d/.-])")
#: A unit's number closing a phrase, with the words before it or bare (``… rác số 1``, ``… chè 2``).
NUMBER_AT_END = compiled(r"[ \t]+(?:(?:số|khu[ \t]+vực|cơ[ \t]+sở|[Kk][Mm])[ \t]+)?\d{1,3}[ \t]*$")
#: A phrase ending with its unit's number (``Hạt Kiểm lâm số 2``, ``Chốt Kiểm dịch động vật Km 27``, ``Hải đội Biên
#: phòng 1`` after a capitalised word, which the subject's reading lets through only before a task verb): a unit's name.
ENDS_NUMBERED = compiled(
    NUMBER_WORDS
    + r"\d{1,3}[ \t]*$|^\p{Lu}\p{L}*(?:[ \t]+\p{L}+)*?[ \t]+\p{Lu}\p{L}*(?:[ \t]+\p{L}+)*[ \t]+\d{1,3}[ \t]*$"
)


def numbered_before(text: str, start: int) -> bool:
    """Whether a unit's number words (``số``, ``khu vực``, ``Km``) stand right before the number at ``start``."""
    return NUMBERED.search(text, max(0, start - NUMBERED_REACH), start) is not None


def counted(text: str, number: regex.Match[str], words_before: int) -> bool:
    """Whether the ``number`` after a subject's ``words_before`` words is a count, not the unit's own: no number
    words before it, and, after fewer than two words (``Hạt 2``) or before anything but a task verb, a count.  Stricter
    than ``count_ahead``: here no list knows the phrase, so only the verb after the number vouches for it."""
    if numbered_before(text, number.start()):
        return False
    return words_before < 2 or TASK_VERB.match(text, skip_spaces(text, number.end())) is None


def count_ahead(text: str, number: regex.Match[str]) -> bool:
    """Whether the ``number`` after a name counts what the word in lower case after it names (``2 năm liền``, ``03
    phòng``), no verb, no unit's number words before it: the name ended before it."""
    if numbered_before(text, number.start()):
        return False  # ``Đoạn Quản lý đường bộ số 3`` + ``rải …``: its own number, whatever verb follows
    after = WORD.match(text, skip_spaces(text, number.end()))
    return (
        after is not None
        and after.group()[:1].islower()
        and STOP.match(text, after.start()) is None
        and LEVEL.match(text, after.start()) is None  # (``Ủy ban nhân dân 04 xã``: the places it is of)
        and TASK_VERB.match(text, after.start()) is None
    )
