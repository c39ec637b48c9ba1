"""A subject's name that ran over the first verb of a list of verbs (issue 52, names; twenty-first twins of A3 and A4):
``Giám đốc Sở Dân tộc và Tôn giáo thăm, chúc mừng …``, ``Trung tâm … Thống kê nông nghiệp vận hành, bảo đảm …``.
A verb no list knows goes on the name as a word of it; the comma after it and a task verb the lists know say it
opened the predicate: the name ends before it, the predicate starts at it."""

from __future__ import annotations

from dataclasses import replace

from ..pattern_cache import compiled
from ..tables.word_formation import syllable_pairs
from .lead_in_frame import Subject
from .name_functions import is_function_verb
from .name_lexicon import TASK_VERB, WORD

#: Words after which a verb belongs to the phrase before it (``Các đại biểu … được mời``, ``đã``, ``sẽ``).
_BOUND_BEFORE = frozenset({"được", "bị", "đã", "đang", "sẽ", "có", "không", "chưa", "là", "và", "hoặc", "cần", "phải"})
#: The comma after the first verb of a list, then the next one (``, chúc mừng``).
_NEXT_VERB = compiled(r"[ \t]*,[ \t]*")


def cut_at_verb_list(sentence: str, found: Subject | None) -> Subject | None:
    """``found`` with its last name ended before the first verb of a list it ran over, when the name ends right
    before a comma and a task verb: two words in lower case that a function's verb is (``vận hành``), or one (``thăm``),
    neither the second syllable of a word of the name (``Phòng Pháp chế và Điều tra, xử lý …``)."""
    if found is None or not found[0]:
        return found
    names, last = found[0], found[0][-1]
    comma = _NEXT_VERB.match(sentence, last.end)
    if comma is None or comma.end() == last.end or not last.end <= found[2] <= comma.end():
        return found  # (the predicate must start where the name and its comma end)
    if TASK_VERB.match(sentence, comma.end()) is None:
        return found
    words = list(WORD.finditer(sentence, last.start, last.end))
    pairs = syllable_pairs()
    for k in (2, 1):
        if len(words) <= k + 1 or not all(w.group().isalpha() and w.group().islower() for w in words[-k:]):
            continue
        verb = " ".join(w.group() for w in words[-k:])
        before = words[-k - 1].group().lower()
        # not the second syllable of a word of the name (``Điều`` + ``tra``), nor a passive's verb (``được mời``)
        if f"{before} {words[-k].group()}" in pairs or before in _BOUND_BEFORE:
            continue
        if k == 1 or is_function_verb(verb):
            cut = replace(last, end=words[-k - 1].end(), canonical=None, alias_end=None)
            return (*names[:-1], cut), found[1], cut.end, found[3]
    return found
