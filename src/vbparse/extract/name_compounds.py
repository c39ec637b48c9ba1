"""Coordinated compounds a comma joins inside a name (``Khoa Phòng, chống bệnh truyền nhiễm``, ``Đội Phòng cháy,
chữa cháy``): one word of the name, where a comma otherwise ends it or begins the next name.  The pairs are the
field's fixed ones (``COMMA_COMPOUNDS``): two members of one shape are not enough (``công chức, viên chức`` and
``lãnh đạo, chỉ đạo`` are lists), and a body's two standing functions right after its head (``Trung tâm Giám sát,
điều hành …``: ``name_functions.functions_after_comma``).  And what ``và`` does not join: a second body with a place of its own."""

from __future__ import annotations

import regex

from ..pattern_cache import compiled
from ..tables.bodies import ACTOR_HEAD_WORDS, PLACE_LEVELS, VILLAGE_PLACES
from ..tables.clause_words import COMMA_COMPOUNDS
from ..tables.name_clauses import ASSIGNED_CLAUSE, LEVEL_RANGE
from ..tables.portfolios import FIELD_ANY_CASE
from . import name_fields, name_functions
from .name_fields import CLAUSE_WORDS, grade_after_comma, predicate_at
from .name_lexicon import LEVEL, LOWER_HEAD, STOP, TAIL, WORD, first_word, head_word_at, match_at, noun_at, word_at

#: How far back before a comma its first member is read (the longest first member and its spaces).
DEFAULT_MEMBER_LOOKBACK = 30

_PAIRS = tuple((first, second) for first, second in (c.split(", ") for c in COMMA_COMPOUNDS))
_WHOLES = tuple(c.lower() for c in COMMA_COMPOUNDS)


def compound_after_comma(text: str, q: int, r: int) -> int | None:
    """Where a pair of ``COMMA_COMPOUNDS`` ends when the comma at ``q`` (its next word at ``r``) stands between its
    two members (``phòng`` + ``, chống``; ``Phòng cháy`` + ``, chữa cháy``: the first member in any case, the second
    in lower case or, after a first in capitals, in capitals too: ``Phát thanh`` + ``, Truyền hình``; each a whole
    word).  None otherwise."""
    written = text[max(0, q - DEFAULT_MEMBER_LOOKBACK) : q]
    before = written.lower()
    for first, second in _PAIRS:
        at = len(before) - len(first)
        end = r + len(second)
        if (
            before.endswith(first)
            and (at == 0 or not before[at - 1].isalpha())
            and _second_as_written(text, r, end, second, written[at:].istitle())
            and not text[end : end + 1].isalpha()
        ):
            return end
    return name_functions.functions_after_comma(text, q, r)  # a body's two functions: ``Giám sát, điều hành``


def _second_as_written(text: str, r: int, end: int, second: str, titled: bool) -> bool:
    """Whether ``text[r:end]`` is the pair's second member: in lower case, or in capitals after a first in capitals."""
    written = text[r:end]
    return written == second or (titled and written.lower() == second and written.istitle())


def compound_at(text: str, r: int) -> int | None:
    """Where a pair of ``COMMA_COMPOUNDS`` that begins at ``r`` ends (``Phòng cháy, chữa cháy`` after ``và``: a field
    of the name whose first word is a head elsewhere, ``Phòng``); None when none begins there."""
    for whole in _WHOLES:
        end = r + len(whole)
        if text[r:end].lower() == whole and not text[end : end + 1].isalpha():
            return end
    return None


#: A name's fields closed by ``và`` and a last field in capitals, no comma after it (``Bộ Văn hóa, Thể thao và Du
#: lịch``, ``Sở Dân tộc và Tôn giáo``): a comma after them begins the list's next name (``, Thư viện tỉnh``).
_FIELDS_CLOSED = compiled(r"[ \t]và[ \t]+(?P<last>\p{Lu})[^,]*$")


def fields_closed(text: str, start: int, q: int) -> bool:
    """Whether the name ``[start, q)`` ends with its fields closed by ``và`` (``FIELDS_CLOSED``'s shape), the last a
    field, not a second body's head (``Báo và Đài Phát thanh`` + ``, Truyền hình …``: one name goes on)."""
    m = _FIELDS_CLOSED.search(text, start, q)
    return m is not None and head_word_at(text, m.start("last")) is None


#: The words of a place's level or of a place below the commune, as an alternation (``huyện``, ``thị trấn``, ``thôn``).
PLACE_WORDS = "|".join(p.replace(" ", r"[ \t]+") for p in (*PLACE_LEVELS, *VILLAGE_PLACES))
#: How many words after ``và`` a second body's own place may stand (``Chi đoàn`` + ``ấp Bàu Sen``).
DEFAULT_OWN_PLACE_WORDS = 4
_OWN_PLACE = compiled(
    r"(?:[\p{Lu}][\p{L}]*)(?:[ \t]+[\p{L}]+){0,"
    + str(DEFAULT_OWN_PLACE_WORDS - 1)
    + r"}?[ \t]+(?:"
    + PLACE_WORDS
    + r")[ \t]+\p{Lu}"
)


def second_body_after_and(text: str, start: int, q: int, r: int) -> bool:
    """Whether the capitalised words after ``và`` at ``r`` begin another body than the name ``[start, q)``: heads of
    places (``name_fields.heads_places_at``) or a body with a place of its own (``own_body_after_and``)."""
    return name_fields.heads_places_at(text, r) or own_body_after_and(text, start, q, r)


def own_body_after_and(text: str, start: int, q: int, r: int) -> bool:
    """Whether the capitalised words after ``và`` at ``r`` are a second body with a place of its own (``Trường Tiểu
    học Phước Lâm`` + ``và Chi đoàn ấp Bàu Sen``): no field of a portfolio (``Phòng Văn hóa`` + ``và Thông tin huyện
    Tân Lạc``), a place's level and its proper name within ``DEFAULT_OWN_PLACE_WORDS`` words, and the name before
    ``và`` (``[start, q)``) whole by itself (``named_whole``): after a name that still lacks its own, the words are
    its second field, the place the whole name's (``Trạm Chăn nuôi`` + ``và Thú y huyện Đông Vân``)."""
    return (
        FIELD_ANY_CASE.match(text, r) is None and _OWN_PLACE.match(text, r) is not None and named_whole(text, start, q)
    )


#: A name that ends with a proper name of two capitalised words (``… Phước Lâm``), a number (``… số 2``, ``… Km 27``)
#: or a place's level (``… tỉnh``), or that holds a place's level and its name (``Trạm Y tế xã Tân Hòa``).
_WHOLE_END = compiled(r"(?:\p{Lu}\p{L}*[ \t]+\p{Lu}\p{L}*|\d+|\b(?:" + PLACE_WORDS + r"))[ \t,]*$")
_OWN_PLACE_INSIDE = compiled(r"(?<![\p{L}])(?:" + PLACE_WORDS + r")[ \t]+\p{Lu}")


def named_whole(text: str, start: int, q: int) -> bool:
    """Whether the name ``[start, q)`` says which body it is by itself (``_WHOLE_END``, ``_OWN_PLACE_INSIDE``): a
    head and a field only (``Trạm Chăn nuôi``, ``Đội Quản lý thị trường``) does not."""
    return bool(_WHOLE_END.search(text, start, q) or _OWN_PLACE_INSIDE.search(text, start, q))


#: How many lower-case words may follow a field's capital before the first comma (``Quản`` + ``lý hộ kinh doanh``).
DEFAULT_OBJECT_WORDS = 5
#: How many objects the commas may add, and how many words each (``, mỹ phẩm``, ``, dịch vụ``).
DEFAULT_MORE_OBJECTS = 3
DEFAULT_OBJECT_MEMBER_WORDS = 3


def field_objects_end(text: str, start: int, q: int, r: int) -> int | None:
    """Where a field's objects that commas list in lower case end (``Trung tâm Kiểm nghiệm thuốc`` + ``, mỹ phẩm, thực
    phẩm`` + ``tỉnh``; ``Trưởng phòng Quản lý hộ kinh doanh`` + ``, cá nhân`` + ``có trách nhiệm``): the name from
    ``start`` to the comma at ``q`` ends with a capitalised field word and its object in lower case, and after ``r``
    come objects of one to ``DEFAULT_OBJECT_MEMBER_WORDS`` lower-case words, none a stop, level, head or clause word,
    then the sentence's verb or a place's level.  A collective's noun (``cá nhân``, ``các chủ đầu tư``) is an object only
    after an object that is one too: members of one list share their kind.  None otherwise (the list's next name, a
    clause)."""
    before = list(WORD.finditer(text, start, q))
    capital = max((i for i, w in enumerate(before) if w.group()[:1].isupper() and not w.group().isupper()), default=-1)
    object_words = before[capital + 1 :] if capital >= 0 else []
    if not 0 < len(object_words) <= DEFAULT_OBJECT_WORDS or not all(_object_word(text, w) for w in object_words):
        return None
    actors = any(w.group() in ACTOR_HEAD_WORDS or noun_at(text, w.start()) is not None for w in object_words)
    end, objects = None, 0
    for w in WORD.finditer(text, r):
        gap = text[(end if end is not None else r) : w.start()].strip(" \t")
        if gap and (gap != "," or end is None or objects >= DEFAULT_MORE_OBJECTS):
            return None
        if gap or end is None:  # a new object: at most its own words, of the first object's kind
            objects, words = objects + 1, 0
            if noun_at(text, w.start()) is not None and not actors:
                return None
        elif end is not None and (LEVEL.match(text, w.start()) or predicate_at(text, w.start())):
            return end  # the verb, or the place the name closes with
        words += 1
        if words > DEFAULT_OBJECT_MEMBER_WORDS or not _object_word(text, w):
            return None
        end = w.end()
    return None


def _object_word(text: str, w: regex.Match[str]) -> bool:
    """Whether a word can be one of a field object's: lower case, no stop of a name, level, head or clause word."""
    word, at = w.group(), w.start()
    return (
        word.isalpha()
        and word.islower()
        and word not in CLAUSE_WORDS
        and STOP.match(text, at) is None
        and LEVEL.match(text, at) is None
        and LOWER_HEAD.match(text, at) is None
    )


def lower_field_end(text: str, start: int, q: int, r: int) -> int | None:
    """Where a field of the name from ``start`` goes on in lower case after its comma at ``q`` (its next word at
    ``r``): a lower-case list closing it (``Trung tâm Xúc tiến đầu tư, thương mại và du lịch``), its field up to the
    sentence's verb (``Phòng Phổ biến, giáo dục pháp luật``) or its objects (``Trung tâm Kiểm nghiệm thuốc, mỹ
    phẩm``); None otherwise."""
    return (
        name_fields.lower_list_end(text, r)
        or field_before_va(text, start, q, r)
        or name_fields.lower_tail_before_verb(text, start, q, r)
        or field_objects_end(text, start, q, r)
    )


#: At most how many lower-case words a field after a name's comma holds before ``và``, and capitalised ones after it.
DEFAULT_FIELD_BEFORE_VA_WORDS = 3
DEFAULT_FIELD_AFTER_VA_WORDS = 5
_WORDS_BEFORE_VA = compiled(rf"\p{{Ll}}+(?:[ \t]+\p{{Ll}}+){{0,{DEFAULT_FIELD_BEFORE_VA_WORDS - 1}}}(?=[ \t]+và[ \t]+)")


def field_before_va(text: str, start: int, q: int, r: int) -> int | None:
    """Where a division's field written in sentence case ends after its comma at ``q`` when ``và`` follows its
    lower-case words (from ``r``): before ``và`` when a head opens what it joins (``Phòng Tổ chức, hành chính`` + ``và
    Công an xã``), else after the capitalised field it joins, at the verb or the end (``Phòng Chính trị, tư tưởng và
    Công tác học sinh``).  The name before the comma ends in a capitalised field; the lower-case words are no head,
    collective, level, clause word or stop.  None otherwise."""
    words = _WORDS_BEFORE_VA.match(text, r)
    if words is None or not any(w[:1].isupper() and not w.isupper() for w in WORD.findall(text, start, q)[-2:]):
        return None
    if not all(
        _object_word(text, w) and w.group() not in {"các", "những"} for w in WORD.finditer(text, r, words.end())
    ):
        return None
    after = WORD.search(text, words.end() + 1)
    after = WORD.search(text, after.end()) if after is not None else None  # (the word after ``và``)
    if after is None or not after.group()[:1].isupper() or LEVEL.match(text, after.start()):
        return None
    if head_word_at(text, after.start()) is not None:
        return words.end()
    end = None
    for i, w in enumerate(WORD.finditer(text, after.start())):
        if text[(end or after.start()) : w.start()].strip(" \t") or (end is not None and predicate_at(text, w.start())):
            return end
        if i >= DEFAULT_FIELD_AFTER_VA_WORDS or LEVEL.match(text, w.start()) or not w.group().isalpha():
            return None
        end = w.end()
    return end


def sentence_after_tail(text: str, pos: int) -> bool:
    """Whether the word at ``pos``, after a tail that closes a collective (``liên quan``, ``khác``, ``trên địa
    bàn``), is the sentence's: a word in lower case that is no place (``trên địa bàn`` + ``tỉnh``), no further tail,
    no clause of what they were given or of whose they are (``thuộc``, ``của``) and no ``và``."""
    nxt = word_at(text, pos)
    if nxt is None or not nxt.group()[:1].islower() or nxt.group() in {"và", "hoặc", "thuộc", "của"}:
        return False
    first = first_word(text, pos)
    return not (
        LEVEL.match(text, pos)
        or match_at(TAIL, first, text, pos)
        or ASSIGNED_CLAUSE.match(text, pos)
        or LEVEL_RANGE.match(text, pos)
    )


def joined_after_va(text: str, q: int, r: int) -> int | None:
    """Where what ``và`` at ``q`` joins into the name before it ends (the next word at ``r``): a field that opens with
    no head (``Đội Kiểm lâm cơ động`` + ``và Phòng cháy, chữa cháy rừng``, ``compound_at``) or a grade of the same
    kind (``Các trường tiểu học`` + ``và trung học cơ sở``, ``… cấp tỉnh`` + ``và cấp xã``: a body of each grade)."""
    return compound_at(text, r) or grade_after_comma(text, q - 1, r)
