"""Where a leading clause's commas let a sentence's subject begin (issue 52): after a comma of the clause
(``CLAUSE_START``), not one inside a name the clause holds (``Theo yêu cầu của Bộ Văn hóa, Thể thao và Du lịch,`` +
``Thư viện tỉnh …``: the ministry's comma is its name's, the next one closes the clause); and where a clause of
time printed without its comma ends (``Trong quá trình thực hiện`` + ``Thủ trưởng các địa phương chủ động …``)."""

from __future__ import annotations

from ..pattern_cache import compiled
from ..tables.obligations import ADVERBIAL_MAX_CHARS, CLAUSE_START
from .name_forms import opens_with_verb
from .name_lexicon import WORD, alias_at, head_word_at
from .name_run import name_at

#: A phrase of time or of the course of the work that opens a sentence (``Trong quá trình thực hiện``, ``Trong thời
#: gian tới``, ``Hằng năm``, ``Trước ngày 30/6``): what follows it is who acts, with or without a comma.  Not a clause
#: with a subject of its own (``Sau khi Ủy ban nhân dân tỉnh phê duyệt …, Văn phòng …``, ``Khi …``), a purpose, a
#: basis or a concern (``Để hỗ trợ Sở Y tế …``, ``Theo đề nghị của Sở …``, ``Đối với …``), whose words name a body.
_TIME_CLAUSE = compiled(
    r"^(?i:trong(?:\s+quá\s+trình|\s+thời\s+gian)?|sau(?!\s+khi)|trước(?!\s+khi)|chậm\s+nhất|"
    r"định\s+kỳ|hằng|hàng|cuối|đầu|kết\s+thúc|hết)(?![\p{L}])[^,;:.()\p{Lu}]*(?=\p{Lu})"
)


#: The most words such a clause may have, its opener's included (``Sau khi có kết quả thẩm định``).
DEFAULT_UNCOMMAED_CLAUSE_WORDS = 7
#: Words that make a name after them the clause's own (its object, whose purpose, from when: ``kể từ thời điểm Bộ
#: Tài chính cấp …``), wherever they stand in it: not who acts.
_OBJECT_BEFORE = compiled(
    r"(?i:(?<![\p{L}])(?:để|nhằm|của|cho|với|theo|về|tại|từ|kể|đề\s+nghị|giao|yêu\s+cầu|được|bị|do|thì|mà|chưa)"
    r"(?![\p{L}]))"
)


#: ``thì`` after the name, before a comma: the clause of time runs on to it, and its subject is the clause's.
_THEN = compiled(r"[^,;]*?(?<![\p{L}])thì(?![\p{L}])")


def uncommaed_start(sentence: str) -> int | None:
    """Where the subject begins after a clause of time printed without its comma (``_TIME_CLAUSE``): its first
    capital, when a name the lists know opens there (a head or an alias) and a verb follows the name; None otherwise."""
    clause = _TIME_CLAUSE.match(sentence, 0, ADVERBIAL_MAX_CHARS)
    if clause is None or len(clause.group().split()) > DEFAULT_UNCOMMAED_CLAUSE_WORDS:
        return None
    if _OBJECT_BEFORE.search(clause.group()) is not None:
        return None  # ``Kết thúc kiểm tra lập báo cáo để`` + ``Chủ tịch UBND tỉnh xem xét``: a purpose's subject
    at = clause.end()
    if head_word_at(sentence, at) is None and alias_at(sentence, at) is None:
        return None
    name = name_at(sentence, at)
    if name is None or _THEN.match(sentence, name.end) is not None:
        return None  # ``Trong thời gian Bộ Công Thương chưa ban hành … thì bên bán điện …``: the name is the clause's
    return at if opens_with_verb(sentence[name.end :]) else None


def clause_starts(sentence: str) -> set[int]:
    """The offsets after the leading clause's commas where a subject may begin, the commas inside a name left out."""
    head = sentence[:ADVERBIAL_MAX_CHARS]
    commas = [(m.start(), m.end()) for m in CLAUSE_START.finditer(head)]
    if not commas:
        return set()
    names = [name_at(head, w.start()) for w in WORD.finditer(head, 0, commas[-1][0]) if w.group()[:1].isupper()]
    spans = [(n.start, n.end) for n in names if n is not None]
    return {after for comma, after in commas if not any(start < comma < end for start, end in spans)}
