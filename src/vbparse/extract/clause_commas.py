"""Where a leading clause's commas let a sentence's subject begin (issue 52): after a comma of the clause
(``CLAUSE_START``), not one inside a name the clause holds (``Theo yêu cầu của Bộ Văn hóa, Thể thao và Du lịch,`` +
``Thư viện tỉnh …``: the ministry's comma is its name's, the next one closes the clause)."""

from __future__ import annotations

from ..tables.obligations import ADVERBIAL_MAX_CHARS, CLAUSE_START
from .name_lexicon import WORD
from .name_run import name_at


def clause_starts(sentence: str) -> set[int]:
    """The offsets after the leading clause's commas where a subject may begin, the commas inside a name left out."""
    head = sentence[:ADVERBIAL_MAX_CHARS]
    commas = [(m.start(), m.end()) for m in CLAUSE_START.finditer(head)]
    if not commas:
        return set()
    names = [name_at(head, w.start()) for w in WORD.finditer(head, 0, commas[-1][0]) if w.group()[:1].isupper()]
    spans = [(n.start, n.end) for n in names if n is not None]
    return {after for comma, after in commas if not any(start < comma < end for start, end in spans)}
