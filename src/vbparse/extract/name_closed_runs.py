"""Where a subject's name runs on past a verb of its field (issue 52, names): to its place level right before a role
word (``Ban Quản lý dự án đầu tư`` + ``xây dựng các công trình nông nghiệp tỉnh`` + ``có trách nhiệm``), or, for a
committee named for what it does (``Ban Chỉ đạo``, ``Tổ``, ``Đội Kiểm tra``), to its level or its unit's number right
before the sentence's verb (``Ban Chỉ đạo giải quyết việc làm tỉnh`` + ``giao …``, ``Tổ quản lý vận hành lưới điện hạ
áp số 3`` + ``kiểm tra …``; twelfth twins of A1)."""

from __future__ import annotations

from dataclasses import replace

from ..chars import collapse_spaces, tone_key
from ..pattern_cache import compiled
from ..tables.bodies import VILLAGE_PLACES
from ..tables.post_shapes import NOT_NAMED_OBJECT_WORDS
from . import name_lexicon, name_run
from .lead_in_frame import Subject
from .name_fields import ANY_CASE_STOP, ROLE_WORD, predicate_at, whole_department
from .name_functions import is_function_verb
from .name_lexicon import LEVEL, LEVEL_AT_END, TASK_VERB, WORD, NameSpan
from .unit_numbers import UNIT_NUMBER

#: The most words a name cut at a verb of its field runs on to its level with, in a value of names.
DEFAULT_LEVEL_TAIL_WORDS = 10


def runs_to_its_level(tail: str) -> bool:
    """Words in lower case that a place level closes, no role word among them (``xây dựng các công trình dân dụng
    tỉnh`` after ``Ban Quản lý dự án đầu tư``, cut at the verb of its field): in a value of names, the name's own."""
    words = tail.split()
    return (
        1 < len(words) <= DEFAULT_LEVEL_TAIL_WORDS
        and all(w.isalpha() and w.islower() for w in words)
        and LEVEL_AT_END.search(tail) is not None
        and ROLE_WORD.search(tail) is None
    )


def run_to_level(sentence: str, names: list[NameSpan], end: int) -> tuple[list[NameSpan], int]:
    """A subject cut at a verb of its field (``Ban Quản lý dự án đầu tư`` + ``xây dựng các công trình nông nghiệp
    tỉnh``) whose words in lower case run to its place level right before a role word (``có trách nhiệm``, ``chủ
    trì``): the run is the name's, as in a value of names (``runs_to_its_level``); or a committee's field up to its level
    or number before the sentence's verb (``_committee_field_end``)."""
    role = ROLE_WORD.search(sentence, end) if names and names[-1].end == end else None
    tail = sentence[end : role.start()] if role is not None else ""
    if not tail[:1].isspace() or not (runs_to_its_level(tail.strip()) or _about_field(tail)):
        closed = (
            _committee_field_end(sentence, names, end)
            or _owner_end(sentence, names, end)
            or _second_function_end(sentence, names, end)
        )
        if closed is None:
            return names, end
        tail = sentence[end:closed]
    last = replace(names[-1], end=end + len(tail.rstrip()), canonical=None, alias_end=None)
    return [*names[:-1], last], last.end


#: ``và`` before a second function in lower case (``và kiểm sát điều tra án hình sự`` + ``phối hợp``).
_VA = compiled(r"[ \t]+và[ \t]+(?=\p{Ll})")
#: The prepositions a second function's object may hold (``điều tra tội phạm`` + ``về tham nhũng``).
_FUNCTION_OBJECT_PREPOSITIONS = frozenset({tone_key("về")})


def _second_function_end(sentence: str, names: list[NameSpan], end: int) -> int | None:
    """Where a unit named for two functions ends: its first in capitals (``Phòng Thực hành quyền công tố``), then
    ``và`` and a second in lower case, opening with a standing function's verb and holding no determiner or other
    preposition, right before the sentence's role word (``và kiểm sát điều tra án hình sự`` + ``phối hợp``): no
    predicate stands between a name and its role word, so the words are the name's.  A body's head after ``và``
    (``và trạm y tế …``) is a second doer."""
    if not names or names[-1].end != end or names[-1].kind not in ("body", "unit"):
        return None
    if not any(w[:1].isupper() for w in WORD.findall(sentence, names[-1].start, end)[1:]):
        return None  # (no field in capitals: ``Ban quản lý`` + ``và …``, a name that says nothing of what it does)
    va = _VA.match(sentence, end)
    if va is None or name_lexicon.head_word_at(sentence, va.end()) is not None:
        return None
    words: list[str] = []
    words_end = va.end()
    for w in WORD.finditer(sentence, va.end()):
        if len(words) >= 2 and ROLE_WORD.match(sentence, w.start()) is not None:
            return words_end if _opens_with_function(words) else None
        key = tone_key(w.group())
        gap = sentence[words_end : w.start()].strip(" \t")
        if gap or not w.group().islower() or len(words) >= DEFAULT_LEVEL_TAIL_WORDS:
            return None
        if key in _NOT_OBJECT_KEYS and key not in _FUNCTION_OBJECT_PREPOSITIONS:
            return None
        words.append(w.group())
        words_end = w.end()
    return None


#: What a national body is about, in lower case up to its role word (``Trung tâm Điều phối quốc gia`` + ``về ghép bộ
#: phận cơ thể người`` + ``chủ trì``): the name's (not ``về việc …``, what a text is about).
_ABOUT = compiled(r"[ \t]+về[ \t]+(?!việc(?![\p{L}]))(?:\p{Ll}+[ \t]*,?[ \t]*){1,8}")


def _about_field(tail: str) -> bool:
    """Whether ``tail`` is only what the name is about (``_ABOUT``), no task verb in it."""
    return _ABOUT.fullmatch(tail) is not None and TASK_VERB.search(tail) is None


#: A committee's head and at most its function's verb, the whole of a name that says nothing of which one (``Ban Chỉ
#: đạo``, ``Tổ``, ``Đội Kiểm tra``).
def _committee_verb(text: str, start: int, end: int) -> str | None:
    """The verb of a name ``[start, end)`` that is a committee's head (``name_lexicon.FUNCTION_NAMED_HEAD``, so that a
    head left out of the grammar is left out here too) and at most two words after it (``Ban`` + ``Chỉ đạo``, ``Tổ``
    + ``""``); None for any other name."""
    words = list(WORD.finditer(text, start, end))
    for n in (1, 2):  # the head's words (``Ban``, ``Hội đồng``)
        if not n <= len(words) <= n + 2:
            continue
        after = words[n - 1].end()
        spaced = after + 1 if text[after : after + 1] in (" ", "\t") else after
        head = name_lexicon.FUNCTION_NAMED_ANY_CASE.search(text, start, spaced)
        if head is not None and head.start() == start and spaced > after:
            return text[after:end].strip()
    return None


_NOT_OBJECT_KEYS = frozenset(tone_key(w) for w in NOT_NAMED_OBJECT_WORDS if w not in ("toàn", "cả"))
#: A village's kind and its capitalised name after a unit's number (``Tổ điều tra số 2`` + `` thôn Nậm Cại``).
_VILLAGE_AFTER = compiled(
    r"[ \t]+(?:"
    + "|".join(p.replace(" ", r"[ \t]+") for p in VILLAGE_PLACES)
    + r")(?:[ \t]+\p{Lu}\p{Ll}*){1,3}(?![\p{L}])"
)


def _committee_field_end(sentence: str, names: list[NameSpan], end: int) -> int | None:
    """Where a committee's field ends when its words in lower case (no preposition, determiner or mood's word: not an
    object the sentence's verb takes) run from ``end`` to a place level or a unit's number, and a verb opens the
    predicate right after (``Ban Chỉ đạo`` + ``giải quyết việc làm tỉnh`` + ``giao …``)."""
    if not names or names[-1].end != end:
        return None
    verb = _committee_verb(sentence, names[-1].start, end)
    if verb is None or (verb and not (is_function_verb(verb.lower()) or ANY_CASE_STOP.fullmatch(verb))):
        return None
    prev = end
    for count, w in enumerate(WORD.finditer(sentence, end)):
        word = w.group()
        acronym = count and len(word) > 1 and word.isupper()  # ``sản phẩm OCOP``: a programme's letters
        if count >= DEFAULT_LEVEL_TAIL_WORDS or not (word.islower() or acronym) or tone_key(word) in _NOT_OBJECT_KEYS:
            return None
        gap = sentence[prev : w.start()].strip(" \t")
        if gap and (gap != "," or not count):
            return None  # punctuation between: a list or a clause; a comma joins two acts of its field only
            # (``Hội đồng`` + ``đánh giá, phân hạng sản phẩm OCOP tỉnh`` + ``có trách nhiệm``)
        prev = w.end()
        number = UNIT_NUMBER.match(sentence, w.start())
        closer = number.end() if number else (w.end() if count and LEVEL.match(sentence, w.start()) else None)
        if number and (village := _VILLAGE_AFTER.match(sentence, closer)) is not None:
            closer = village.end()  # ``Tổ điều tra số 2`` + ``thôn Nậm Cại``: the unit's village, then its verb
        if closer is not None and (after := WORD.search(sentence, closer)) is not None:
            opens = TASK_VERB.match(sentence, after.start()) or predicate_at(sentence, after.start())
            if opens and sentence[closer : after.start()].strip() == "":
                return closer
    return None


def _owner_end(sentence: str, names: list[NameSpan], end: int) -> int | None:
    """Where whose a name is ends: ``của`` + words in lower case up to a place level right after the name, the
    sentence's verb right after the level (``Ban Giám sát đầu tư`` + ``của cộng đồng xã`` + ``giám sát …``), or
    ``của`` + the body it belongs to, by its head alone or in full, its verb right after (``Bộ phận một cửa`` + ``của
    Hạt`` + ``tiếp nhận …``, ``Đoàn công tác`` + ``của Ủy ban nhân dân tỉnh`` + ``thăm …``); a bare team's head may
    have the function it is named for before ``của`` (``Đoàn`` + ``đánh giá`` + ``của Chi cục`` + ``kiểm tra …``)."""
    if not names or names[-1].end != end or names[-1].kind in ("person", "position"):
        return None
    function = _TEAM_FUNCTION.match(sentence, end)
    if (
        function is not None
        and _committee_verb(sentence, names[-1].start, end) == ""
        and is_function_verb(function["verb"])
    ):
        end = function.end("verb")
    owner = _OWNER.match(sentence, end)
    if owner is not None:
        closer = owner.end()
    elif (of := _OWNER_HEAD.match(sentence, end)) is not None:
        head = name_lexicon.head_word_at(sentence, of.end())
        if head is None or head[1] not in ("body", "unit"):
            return None
        whole = name_run.name_at(sentence, of.end())
        closer = whole.end if whole is not None and whole.kind not in ("person", "position") else head[0]
    else:
        return None
    after = WORD.search(sentence, closer)
    if after is None or sentence[closer : after.start()].strip() or not after.group().islower():
        return None
    acts = _FIRST_OF_ACTS.match(sentence, after.start())  # (``thăm`` + ``, chúc mừng …``: a list of its acts)
    at = acts.end() if acts is not None else after.start()
    return closer if TASK_VERB.match(sentence, at) or predicate_at(sentence, at) else None


#: ``của`` + at most ``DEFAULT_OWNER_WORDS`` words in lower case, then a place level (``của cộng đồng xã``).
DEFAULT_OWNER_WORDS = 3
_OWNER = compiled(
    rf"[ \t]+của(?:[ \t]+\p{{Ll}}+){{0,{DEFAULT_OWNER_WORDS}}}?[ \t]+"
    + LEVEL.pattern.replace("(?i)", "")  # (a level in lower case, as the owner's words are)
)


#: ``của`` before the head of the body a unit belongs to (``của Hạt``, ``của Sở``).
_OWNER_HEAD = compiled(r"[ \t]+của[ \t]+(?=\p{Lu})")
#: One word in lower case and a comma before a task verb: the first of a list of acts (``thăm, chúc mừng …``).
_FIRST_OF_ACTS = compiled(r"\p{Ll}+,[ \t]+(?=\p{Ll})")
#: The function a bare team's head is named for, one or two words in lower case, right before ``của`` (``Đoàn`` +
#: ``đánh giá`` + ``của``).
_TEAM_FUNCTION = compiled(r"[ \t]+(?P<verb>\p{Ll}+(?:[ \t]+\p{Ll}+)?)(?=[ \t]+của[ \t])")


def committee_function_tail(value: str, start: int, end: int, tail: str) -> bool:
    """Whether ``tail``, after a committee's head and its function's verb (``Đội Kiểm tra``) in a value of names only
    (a who-cell), is a second function it is named for with its object (``giám sát hàng hóa``): words in lower case,
    no preposition or determiner, the first a standing function's verb (twelfth twin of TAB-CAPTION), and the place's
    own name it serves last (``Tổ cộng đồng`` + ``quản lý nghề cá Nà Hin``)."""
    words = tail.split()
    while len(words) > 2 and words[-1][:1].isupper() and words[-1].isalpha():
        words.pop()  # (a place's own name closing the field: ``… nghề cá`` + ``Nà Hin``)
    if not _committee_verb(value, start, end) or not 1 < len(words) <= DEFAULT_LEVEL_TAIL_WORDS:
        return False
    if not all(w.isalpha() and w.islower() and tone_key(w) not in _NOT_OBJECT_KEYS for w in words):
        return False
    return is_function_verb(" ".join(words[:2])) or is_function_verb(words[0])


#: The most words the rest of a name's field in lower case may have in a value of names (``thi hành tạm giữ, tạm giam
#: và thi hành án hình sự`` after ``Phòng Kiểm sát``).
DEFAULT_FIELD_REST_WORDS = 12
#: Where an item of a value of names ends: its semicolon, its line's end.
_ITEM_END = compiled(r"[;\n]")


def with_field_rest(value: str, spans: list[NameSpan]) -> list[NameSpan]:
    """The names of a value of names only (a who-cell, a field's value), each run on to its item's end when what
    follows it there is the rest of its field in lower case (``Phòng Kiểm sát`` + ``thi hành tạm giữ, tạm giam và thi
    hành án hình sự``): the name's field opens in capitals but is no department's whole name (``Sở Tài chính`` +
    ``thẩm định …`` is a name and a predicate), no other name starts there, and its words are plain (no preposition,
    determiner, role word or capital; commas and ``và`` between them)."""
    out = []
    for sp in spans:
        cut = _ITEM_END.search(value, sp.end)
        end = cut.start() if cut else len(value)
        rest = value[sp.end : end].rstrip(" .:")
        if rest.strip(" ,") and not any(sp.end <= o.start < end for o in spans) and _field_rest(value, sp, rest):
            sp = replace(sp, end=sp.end + len(rest))
        out.append(sp)
    return out


def _field_rest(value: str, sp: NameSpan, rest: str) -> bool:
    words = WORD.findall(rest)
    if not rest[:1].isspace() or any(ch not in " ,\t" and not ch.isalpha() for ch in rest):
        return False
    if not any(w[:1].isupper() for w in WORD.findall(value, sp.start, sp.end)[1:]):
        return False  # (a name with no capital after its head: its words in lower case may be a predicate)
    if whole_department(collapse_spaces(value[sp.start : sp.end])) or ROLE_WORD.search(rest) is not None:
        return False
    return len(words) <= DEFAULT_FIELD_REST_WORDS and all(
        w.islower() and (w == "và" or tone_key(w) not in _NOT_OBJECT_KEYS) for w in words
    )


#: Where an item of a value of names ends for a committee's function: its comma, semicolon, line or ``và``.
_FUNCTION_ITEM_END = compiled(r"[,;\n]|\s+và\s")


def _bare_committee(text: str, sp: NameSpan) -> bool:
    """Whether ``sp`` is a committee's head alone (``Ban``, ``Tổ``: the lexicon's pattern of a head right before the
    function it is named for), which names no one."""
    return name_lexicon.FUNCTION_NAMED_HEAD.fullmatch(text[sp.start : sp.end] + " ") is not None


def _opens_with_function(words: list[str]) -> bool:
    """Whether ``words`` open with a standing function's verb, of two words or one (``điều hành``, ``tuần``…)."""
    return bool(words) and (is_function_verb(" ".join(words[:2])) or is_function_verb(words[0]))


def with_committee_functions(value: str, spans: list[NameSpan]) -> list[NameSpan]:
    """In a value of names only (a who-cell, a field's value), a committee's head the grammar left alone (``Ban`` of
    ``Ban điều hành các khu phố``, where a sentence's ``các khu phố`` may be its verb's object: ``Ban kiểm tra các
    xã``) takes its item's words in lower case after it, what it does and for whom, a plural among them; the names
    read inside them go (twenty-first twins of TAB-CAPTION and T1).  Not past a role word or a capital."""
    out: list[NameSpan] = []
    for sp in spans:
        if out and sp.start < out[-1].end:
            continue  # (read inside the committee's function)
        if _bare_committee(value, sp):
            cut = _FUNCTION_ITEM_END.search(value, sp.end)
            end = len(value.rstrip(" .")) if cut is None else cut.start()
            words = value[sp.end : end].split()
            if (
                1 < len(words) <= DEFAULT_LEVEL_TAIL_WORDS
                and all(w.isalpha() and w.islower() for w in words)
                and _opens_with_function(words)
                and ROLE_WORD.search(value, sp.end, end) is None
            ):
                sp = replace(sp, end=sp.end + len(value[sp.end : end].rstrip()))
        out.append(sp)
    return out


#: The most words in lower case a committee's bare head takes as what it does before the sentence's verb ...
DEFAULT_BARE_COMMITTEE_WORDS = 8
#: ... and at most this many when no verb follows them (a name alone on its line).
DEFAULT_BARE_COMMITTEE_END_WORDS = 6


def whole_bare_committee(sentence: str, found: Subject | None) -> Subject | None:
    """``found`` with a subject that is a committee's head alone run on over what it does, as a value of names reads
    it (``with_committee_functions``; twenty-first twin of T1: ``- Ban điều hành các khu phố.`` under a partners'
    label): in lower case up to a task verb after two words at least (the sentence's predicate), or, short, to the
    sentence's end, where it has none."""
    if found is None or len(found[0]) != 1 or found[2] != found[0][0].end or not _bare_committee(sentence, found[0][0]):
        return found
    sp, end, verb_follows = found[0][0], found[0][0].end, False
    for count, w in enumerate(WORD.finditer(sentence, sp.end)):
        gap = sentence[end : w.start()].strip(" \t")
        if gap or not w.group()[:1].islower() or count > DEFAULT_BARE_COMMITTEE_WORDS:
            return found
        if count >= 2 and TASK_VERB.match(sentence, w.start()) is not None:
            verb_follows = True
            break
        end = w.end()
    words = sentence[sp.end : end].split()
    if not verb_follows and (sentence[end:].strip(" \t.;") or len(words) > DEFAULT_BARE_COMMITTEE_END_WORDS):
        return found
    if not _opens_with_function(words):
        return found
    return (replace(sp, end=end, canonical=None, alias_end=None),), found[1], end, found[3]


#: The rest of a name's field after the words the grammar ended it before: a few words in lower case, then a second
#: field joined by ``và`` or a dash, in capitals, to the item's end (``tổng hợp`` + `` và Phổ biến thông tin``,
#: ``tích cực`` + `` - Chống độc``).
_SECOND_FIELD_REST = compiled(
    r"(?:\p{Ll}+[ \t]+){0,2}\p{Ll}+[ \t]+(?:và|[-–])[ \t]+\p{Lu}\p{Ll}*(?:[ \t]+(?:\p{Lu}\p{Ll}*|\p{Ll}+)){0,5}"
)


def second_field_rest(tail: str) -> bool:
    """Whether ``tail``, in a value of names only right after a name the grammar ended at a word in lower case, is the
    rest of that name's field and a second field of it in capitals (``Phòng Thống kê`` + ``tổng hợp và Phổ biến thông
    tin``, ``Khoa Hồi sức`` + ``tích cực - Chống độc``; twenty-first twins of S1 and T1): a verb in lower case does
    not open a second field in capitals; no role word."""
    return _SECOND_FIELD_REST.fullmatch(tail) is not None and ROLE_WORD.search(tail) is None


def second_field_end(value: str, sp: NameSpan, spans: list[NameSpan]) -> int | None:
    """Where a name of a value of names only ends when the rest of its item is the rest of its field and a second
    field in capitals (``second_field_rest``), no other name read there; None otherwise."""
    cut = _ITEM_END.search(value, sp.end)
    end = cut.start() if cut else len(value)
    rest = value[sp.end : end].strip().rstrip(" .;:")
    if not rest or any(sp.end <= o.start < end for o in spans) or not second_field_rest(rest):
        return None
    return value.index(rest, sp.end) + len(rest)
