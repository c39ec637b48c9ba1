"""Whether a noun phrase no list knows has the shape of someone who acts (issue 52, item 4: a subject read by where it
stands is kept only when it has an agent's shape): a post's or a staff member's, a body's of a level, or a post of an
event (``Thư ký hội nghị``, ``Chủ tọa cuộc họp``).  Apart from ``name_forms`` because the readers by position ask it
of every phrase they read."""

from __future__ import annotations

from ..tables.post_shapes import CHU_COMPOUND_SECONDS, EVENT_HEADS
from . import name_fields
from .name_fields import AGENT_SYLLABLE_KEYS, ends_with_rank, names_a_place, placed_by_province
from .name_lexicon import WORD
from .name_verbs import STAFF_KEYS
from .name_verbs import stop_key as _lower
from .unit_numbers import ENDS_NUMBERED

EVENT_KEYS = frozenset(_lower(w) for w in EVENT_HEADS)
_CHU_COMPOUND_KEYS = frozenset(_lower(w) for w in CHU_COMPOUND_SECONDS)
_CHU_KEY = _lower("chủ")


def agent_shaped(text: str, start: int, end: int, *, placed: bool = True) -> bool:
    """Whether the words in ``[start, end)`` have the shape of a post, a staff member or a body of a level: an agent
    syllable after the first word (``Kỹ thuật viên``), a staff noun first (``Cán bộ thư viện``), a post over the
    event it serves (``Thư ký hội nghị``: an event's noun right after a first word that is none), a place level
    after the first word (``Thư viện tỉnh``) unless an event's noun opens it (``EVENT_HEADS``)."""
    words = [_lower(w) for w in WORD.findall(text, start, end)]
    if any(w in AGENT_SYLLABLE_KEYS for w in words[1:4]):
        return True
    if _owner_of_a_word(words):
        return False  # ``Chủ trương …``, ``Chủ thể …``: a word of its own, no owner
    if any(" ".join(words[:n]) in STAFF_KEYS for n in (1, 2, 3)) or name_fields.post_of_collective(text, start, end):
        return True
    if _serves_an_event(words):
        return True
    # a body of a level (``Thư viện tỉnh``, ``Nhà văn hóa xã``): a place level after the first word, not an event
    # (``placed=False``: a post's or a staff member's shape only)
    placed_name = text[start:end]
    return (
        placed
        and (
            names_a_place(placed_name)
            or placed_by_province(placed_name)
            or ends_with_rank(placed_name)
            or ENDS_NUMBERED.search(placed_name) is not None  # ``Chốt Kiểm dịch động vật Km 27``: a numbered unit
        )
        and not any(" ".join(words[:n]) in EVENT_KEYS for n in (1, 2))
    )


def _serves_an_event(words: list[str]) -> bool:
    """Whether two words no event opens stand before an event's noun and it closes the phrase (``thư ký`` +
    ``hội nghị``, ``chủ tọa`` + ``cuộc họp``): a post of that event; not ``Hội nghị …`` itself, nor a longer phrase
    (``Tài liệu tập huấn cho hội nghị``)."""
    if len(words) < 3 or " ".join(words[:2]) in EVENT_KEYS or words[0] in EVENT_KEYS:
        return False
    rest = " ".join(words[2:])
    return rest in EVENT_KEYS


def _owner_of_a_word(words: list[str]) -> bool:
    """Whether ``chủ`` opens a word of its own (``chủ trương``, ``chủ thể``), which no owner's name is."""
    return len(words) > 1 and words[0] == _CHU_KEY and words[1] in _CHU_COMPOUND_KEYS
