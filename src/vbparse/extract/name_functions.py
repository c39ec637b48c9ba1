"""What a unit, a committee or a staff member is named for: the verb of a standing function and its object right
after the head (``Ban vận động``, ``Ban quản lý bến xe``, ``Trạm quản lý đê Hồng Hà``, ``Chuyên viên theo dõi công
tác dân tộc``, ``Trung tâm Giám sát điều hành giao thông thông minh``), told from the sentence's own verb after it
(``Ban kiểm tra các xã``, ``Tổ kiểm tra các hộ lập …``).  Apart from ``name_fields`` (where a name's words go on)
because it is one subject of the grammar: the name run asks it right after a head."""

from __future__ import annotations

import regex

from ..chars import collapse_spaces, fold, tone_key
from ..pattern_cache import compiled
from ..tables.bodies import FUNCTION_NAMED_HEADS
from ..tables.clause_words import NEGATED_ROLE_WORDS, NOT_PREDICATE_STOPS, QUANTIFIERS, ROLE_WORDS, STOP_COMPOUNDS
from ..tables.name_clauses import RANK_LIST, RANK_WORD_BEFORE
from ..tables.post_shapes import (
    FUNCTION_VERB_KEYS,
    MANAGING_VERBS,
    NOT_NAMED_OBJECT_KEYS,
    SET_DETERMINERS,
    STAFF_HEADS,
    STAFF_SYLLABLES,
)
from . import name_lexicon, name_trades
from .name_fields import CLAUSE_PUNCTUATION, ROLE_WORD
from .name_lexicon import (
    DEFAULT_POST_LOOKBACK,
    LEVEL,
    STOP,
    WORD,
    first_word,
    head_word_at,
    match_at,
    noun_at,
    skip_spaces,
)

_ROLE_KEYS = frozenset(fold(w) for w in ROLE_WORDS)
_NOT_PREDICATE_KEYS = frozenset(fold(w) for w in NOT_PREDICATE_STOPS)
_NOT_FUNCTION_KEYS = _ROLE_KEYS | _NOT_PREDICATE_KEYS  # a role word or a clause word names no committee
_NOT_FUNCTION_TONED = frozenset(tone_key(w) for w in (*ROLE_WORDS, *NOT_PREDICATE_STOPS))
#: How many words of its object a committee's verb may have before the role word that shows it is the committee's
#: name (``Ban quản lý`` + ``chợ`` + ``phối hợp``).
DEFAULT_FUNCTION_OBJECT_WORDS = 6
#: How far before a rank's value its word is looked for (``hạng`` + ``1``).
DEFAULT_RANK_WORD_LOOKBACK = 8


#: ``các``/``những``/``mọi`` just before a word: the word is a noun (``các tổ chức``), a level a verb's object (``chỉ
#: đạo các xã``), no committee's place.
_DETERMINER_BEFORE = compiled(r"(?<![\p{L}])(?:các|những|mọi)[ \t]+$")


def after_determiner(text: str, pos: int) -> bool:
    """Whether ``các``/``những``/``mọi`` stands just before ``pos``: the word there is a noun (``các tổ chức``)."""
    return _DETERMINER_BEFORE.search(text, max(0, pos - 8), pos) is not None


#: ``thường trực`` right after a committee's head: a standing committee (``Tổ thường trực``, ``Ban thường trực``).
#: A plural of a committee's head in any case, just before (``các ban`` + ``quản lý di tích``).
_PLURAL_COMMITTEE = compiled(
    r"(?<![\p{L}])(?i:các|những)[ \t]+(?i:"
    + "|".join(h.replace(" ", r"[ \t]+") for h in FUNCTION_NAMED_HEADS)
    + r")[ \t]+$"
)
_STANDING = compiled(r"thường[ \t]+trực(?![\p{L}])")


def _ranks_end(text: str, w: regex.Match[str]) -> int:
    """Where the object's ranks end when ``w`` is a rank's value (``các chợ hạng`` + ``1, hạng 2 và hạng 3``): the
    ranks of the same word after it are the object's too; else ``w``'s end."""
    word = RANK_WORD_BEFORE.search(text, max(0, w.start() - DEFAULT_RANK_WORD_LOOKBACK), w.start())
    ranks = RANK_LIST.match(text, word.start()) if word is not None else None
    return max(w.end(), ranks.end()) if ranks is not None else w.end()


def named_for_verb(text: str, q: int, first: str, *, body: bool = False, staff: bool = False) -> int | None:
    """Where the verb at ``q`` right after a committee's head (``FUNCTION_NAMED_HEADS``) ends when the committee is
    named for it (``Ban vận động``): a level, a comma and the next name, another verb at once, or a role word after at
    most ``DEFAULT_FUNCTION_OBJECT_WORDS`` plain words of its object, whatever they are (``Đội quản lý trật tự đô thị
    chủ trì``); two verbs joined by ``và`` and their objects before a role word (``Bộ phận tiếp nhận và trả kết quả``).
    None when it is the sentence's verb (``Ban kiểm tra các xã``) or a role word (``Tổ chủ trì``).  After any such head
    or a staff member's, a verb and its object are the name's before another task verb (``named_on_object``)."""
    committee = (
        name_lexicon.FUNCTION_NAMED_HEAD.search(text, max(0, q - DEFAULT_POST_LOOKBACK), q) is not None
        or _PLURAL_COMMITTEE.search(text, max(0, q - DEFAULT_POST_LOOKBACK), q) is not None
    )
    if not (committee or body or staff):
        return name_trades.named_for_trade(text, q)  # ``Các cơ sở`` + ``chăm sóc …``: a trade names a collective
    if committee and (standing := _STANDING.match(text, q)) is not None:
        return standing.end()  # ``Tổ thường trực`` (+ ``Tổng điều tra``): a standing committee, whatever follows
    verb = match_at(STOP, first, text, q)
    if verb is None or fold(verb.group()) in _NOT_FUNCTION_KEYS:
        return None
    if committee and (_place_or_next_name_after(text, verb.end()) or _closed_after(text, verb.end())):
        return verb.end()  # ``Ban chỉ đạo`` + ``Thị trấn``, + ``, Ban vận động``, + ``:``: its place, the next name
    prev, count, joined, proper = verb.end(), 0, False, False
    for w in WORD.finditer(text, verb.end()):
        if w.start() < prev:
            continue  # (inside the second verb's words)
        gap = text[prev : w.start()].strip(" \t")
        if committee and count and not joined and gap == "," and _next_name_after_object(text, verb, prev, w.start()):
            return verb.end()  # ``Ban điều hành khu phố 4`` + ``, Đoàn Thanh niên``: the list's next name
        if count > DEFAULT_FUNCTION_OBJECT_WORDS or gap:
            return None  # (``Ban kiểm tra, giám sát``: a list of the committee's verbs, which the run reads)
        if not w.group()[:1].islower():
            # ``quản lý đê`` + ``Hồng Hà``, ``điều hành khu phố`` + ``4``: the object's proper name or number
            if not (count and not joined and (w.group()[:1].isupper() or w.group()[:1].isdigit())):
                return verb.end() if committee and not (count or joined) and _runs_named_place(text, w) else None
            prev, count, proper = _ranks_end(text, w), count + 1, True
            continue
        if count and LEVEL.match(text, w.start()) and not after_determiner(text, w.start()):
            # ``Tổ quản lý thủy nông xã`` + ``bố trí …``: its level closes the name (the run reads it); not ``Phòng
            # quản lý đô thị trên địa bàn xã`` (where, the sentence's)
            return verb.end() if _named_object(text, verb, w.start()) else None
        nxt = None if _owner_level(text, w) else match_at(STOP, first_word(text, w.start()), text, w.start())
        key = fold(nxt.group()) if nxt is not None else None
        if key in _NEGATED_ROLE_KEYS or (key in _ROSTER_KEYS and committee and count and not joined):
            return prev  # a denied duty (``… không chịu trách nhiệm``) is its predicate; ``gồm:`` opens the roster
        if nxt is not None and key == "va" and _names_after(text, skip_spaces(text, nxt.end())):
            return None if joined else verb.end()  # ``Ban tổ chức và các đơn vị``: the list's next name
        if nxt is not None and (key == "va" or (joined and count == 0 and key not in _NOT_FUNCTION_KEYS)):
            prev, count, joined = nxt.end(), 0, True  # ``tiếp nhận và trả kết quả``: a second thing it does
            continue
        if nxt is not None:
            if key in _ROLE_KEYS or (key in _CLAUSE_OPENER_KEYS and _role_after_clause(text, nxt.end())):
                return prev if joined else verb.end()  # (the run reads the objects of one verb as name words)
            if committee and not joined and (end := _object_end_before_role(text, verb, w.start())) is not None:
                return end  # ``Đội quản lý`` + ``trật tự đô thị`` + ``chủ trì``: nouns a list also has as verbs
            if count and not joined and _named_then_verb(text, q, verb, nxt, committee or staff):
                return verb.end()  # ``Trạm quản lý đê Hồng Hà`` + ``kiểm tra …`` (not ``Ban vận động``'s)
            return verb.end() if committee and count == 0 and not joined and key not in _NOT_PREDICATE_KEYS else None
        if proper:
            return None  # a proper name and then words no verb opens: not an object's name
        prev, count = w.end(), count + 1
    return verb.end() if committee and count and not joined and _object_to_end(text, verb, prev) else None


def _owner_level(text: str, w: regex.Match[str]) -> bool:
    """Whether ``của`` and a level stand at ``w`` after a committee's verb and object (``Tổ kiểm kê di sản`` + ``của
    huyện``): whose the committee is, its level closing the name, not the sentence's ``của``."""
    return w.group() == "của" and LEVEL.match(text, skip_spaces(text, w.end())) is not None


#: (with their tones: folded, ``chợ`` would be the preposition ``cho``, ``coi`` the verb ``cõi``)


def is_function_verb(words: str) -> bool:
    """Whether ``words`` are a verb of a standing function (``FUNCTION_VERBS``), compared with their tones (folded,
    ``coi`` would be ``cõi``)."""
    return tone_key(collapse_spaces(words)) in FUNCTION_VERB_KEYS


_NOT_OBJECT_KEYS = NOT_NAMED_OBJECT_KEYS
_MANAGING_KEYS = frozenset(tone_key(w) for w in MANAGING_VERBS)
_SET_KEYS = frozenset(tone_key(w) for w in SET_DETERMINERS)
_OF = tone_key("của")


def _named_then_verb(text: str, q: int, verb: regex.Match[str], predicate: regex.Match[str], named_head: bool) -> bool:
    """Whether a committee's or staff member's head (``named_head``), or a body's bare head, is named for ``verb`` and
    its object, the task verb ``predicate`` after them the sentence's (``named_on_object``)."""
    return (
        tone_key(collapse_spaces(predicate.group())) not in _NOT_FUNCTION_TONED  # (``đo``, folded, is ``do``)
        and (named_head or body_head_before(text, q))
        and named_on_object(text, verb, predicate.start(), predicate)
    )


def named_on_object(text: str, verb: regex.Match[str], end: int, predicate: regex.Match[str]) -> bool:
    """Whether the verb ``verb`` after a head and its object up to ``end`` are what the head is named for, the task
    verb ``predicate`` after them the sentence's (``Ban quản lý bến xe`` + ``sắp xếp lại luồng xe``): a verb of a
    standing function (``FUNCTION_VERBS``; not ``hướng dẫn hộ dân kê khai``, whose object acts), no preposition or
    determiner in the object (``kiểm tra hàng hóa tại cửa khẩu``: where, the sentence's; but a managing verb's set:
    ``quản lý các chợ``, ``MANAGING_VERBS``), a task verb after it (not
    ``phải có …``) and that verb's own object after it (a word in lower case, a comma's list of its verbs between)."""
    if not _named_object(text, verb, end):
        return False
    if not _predicate_verb(text, predicate):
        return False
    after = skip_spaces(text, predicate.end())
    if text.startswith(",", after):
        after = skip_spaces(text, after + 1)
    nxt = WORD.match(text, after)
    return nxt is not None and (nxt.group()[:1].islower() or nxt.group()[:1].isdecimal())  # (or a count: ``10 bản``)


def _place_or_next_name_after(text: str, end: int) -> bool:
    """Whether a place's level (``Thị trấn``) or a comma and the list's next name follow at once at ``end``."""
    after = skip_spaces(text, end)
    if LEVEL.match(text[after : after + 12].lower()) and text[end:after].isspace():
        return True
    return text.startswith(",", after) and head_word_at(text, skip_spaces(text, after + 1)) is not None


#: A clause of when right after a committee's verb (``Đoàn kiểm tra`` + ``trong quá trình kiểm tra, …``).
_DURING = compiled(r"trong[ \t]+quá[ \t]+trình(?![\p{L}])")


def _closed_after(text: str, end: int) -> bool:
    """Whether a colon, the line's end or the text's, or a clause of when (``_DURING``) follows at once at ``end``: a
    committee's verb with no object closes its name (``Đối với Tổ thẩm tra:``, a heading ``Đoàn giám sát``, ``Đoàn
    kiểm tra trong quá trình …``); a sentence's verb has its object first (``Tổ kiểm tra các hộ trong quá trình …``)."""
    after = skip_spaces(text, end)
    return after >= len(text) or text[after] in ":\n" or _DURING.match(text, after) is not None


def _next_name_after_object(text: str, verb: regex.Match[str], end: int, at: int) -> bool:
    """Whether a comma and the list's next name (at ``at``) follow a standing function's verb and its object up to
    ``end`` (``Ban điều hành khu phố 4, Đoàn Thanh niên phường …``; not ``Ban hướng dẫn các thôn, …``)."""
    return head_word_at(text, at) is not None and _named_object(text, verb, end)


def _named_object(text: str, verb: regex.Match[str], end: int) -> bool:
    """Whether ``verb`` is a standing function's and the words after it up to ``end`` may be its object: no
    preposition or determiner (but a managing verb's set: ``quản lý các chợ``)."""
    if not is_function_verb(verb.group()):
        return False
    # (``quản lý các chợ`` + ``hạng 1 và hạng 2``: its ranks, one word of the object, their ``và`` no list's)
    words = [tone_key(w) for w in WORD.findall(RANK_LIST.sub(r"\g<word>", text[verb.end() : end]))]
    if words and words[0] in _SET_KEYS and tone_key(collapse_spaces(verb.group())) in _MANAGING_KEYS:
        words = words[1:]  # ``Ban điều hành`` + ``các khu phố``: a set it manages, which does not act
    if len(words) > 1 and words[-1] == _OF and LEVEL.match(text, end):
        words = words[:-1]  # ``Tổ kiểm kê di sản`` + ``của`` + ``huyện``: whose the committee is, its level
    return not any(w in _NOT_OBJECT_KEYS for w in words)


_STAFF_BEFORE = compiled(
    r"(?i)(?<![\p{L}])(?:"
    + "|".join(w.replace(" ", r"[ \t]+") for w in STAFF_HEADS)
    + r"|\p{L}+[ \t]+(?:"
    + "|".join(STAFF_SYLLABLES)
    + r"))[ \t]+$"
)


def staff_before(text: str, q: int) -> bool:
    """Whether a staff member's noun ends just before ``q`` (``Chuyên viên``, ``Kỹ sư``, ``Nhân viên``): a head whose
    verb and object may be what it is named for (``named_for_verb``)."""
    return _STAFF_BEFORE.search(text, max(0, q - DEFAULT_POST_LOOKBACK), q) is not None


def named_by_work_before(text: str, q: int) -> bool:
    """Whether a head named by what it does ends just before ``q``: a staff member's noun (``staff_before``) or a
    plural of a committee's head (``Các Đội`` + ``quản lý thị trường``; twenty-ninth twins of T2)."""
    return staff_before(text, q) or _PLURAL_COMMITTEE.search(text, max(0, q - DEFAULT_POST_LOOKBACK), q) is not None


#: The last one or two words before a place: a head there is the one whose name follows (``Trưởng Trạm`` + …).
_LAST_WORDS = compiled(r"(?:(\p{L}+[ \t]+)?(\p{L}+))[ \t]+$")


def body_head_before(text: str, q: int) -> bool:
    """Whether a body's head of one or two words, capitalised, ends just before ``q`` (``Trưởng Trạm``, ``Phó Giám đốc Trung
    tâm``): a post over a body whose name is still to come, which may be named for what it does."""
    m = _LAST_WORDS.search(text, max(0, q - DEFAULT_POST_LOOKBACK), q)
    if m is None:
        return False
    for start in (m.start(1), m.start(2)):
        head = head_word_at(text, start) if start >= 0 and text[start : start + 1].isupper() else None
        if head is not None and head[0] == m.end(2) and head[1] in ("body", "unit"):
            return True
    return False


#: How many words in lower case the object of a capitalised function's verb has at most (``Giám sát`` + ``điều hành
#: giao thông thông minh``).
DEFAULT_FUNCTION_OBJECT_RUN = 7


def sentence_case_object_end(text: str, start: int, q: int) -> int | None:
    """Where the object of a body's function ends, when the words ``[start, q)`` after its head are one capitalised
    verb of a standing function (``Trung tâm`` + ``Giám sát``) and the words in lower case from ``q`` are its object:
    plain nouns, led by at most one activity of a standing function (``điều hành``; a second function after ``và``:
    ``Quản lý và khai thác``), ending before the name's level (``… thủy lợi`` + ``tỉnh``) or before a task verb that
    has its own object (``… giao thông thông minh`` + ``phát hiện ùn tắc``).  None otherwise (``Trung tâm Giám sát`` +
    ``hướng dẫn các đơn vị``: a determiner; ``Ban Quản lý`` + ``tổ chức đánh giá hồ sơ``: two verbs, a predicate's)."""
    function = text[start:q].strip(" \t")
    if not function[:1].isupper() or not all(is_function_verb(f) for f in function.split(",")):
        return None  # (``Giám sát, điều hành``: two functions, ``functions_after_comma``)
    prev, count, nouns, verbs = q, 0, 0, 0
    for w in WORD.finditer(text, q):
        if w.start() < prev:
            continue
        token = w.group()
        gap = text[prev : w.start()].strip(" \t")
        if gap == "," and nouns and token[:1].islower() and tone_key(token) not in _NOT_OBJECT_KEYS:
            # ``Quản lý vận tải`` + ``, phương tiện và người lái``: its objects listed (a verb ends it below); not a
            # body's head in lower case (``…, trạm y tế xã``: the next name)
            gap = "" if head_word_at(text, w.start()) is None else gap
        if count > DEFAULT_FUNCTION_OBJECT_RUN or gap or not token[:1].islower():
            return None
        if nouns and LEVEL.match(text, w.start()):
            return prev  # ``… công trình thủy lợi`` + ``tỉnh``: the run reads the level
        if token == "và" and count == 0:
            prev, count = w.end(), 1  # ``Quản lý`` + ``và khai thác``: a second function
            continue
        if nouns and ROLE_WORD.match(text, w.start()):
            return prev  # ``… lữ hành và lưu trú`` + ``có trách nhiệm``: its duty
        if token == "và" and nouns and _NOUN_AFTER.match(text, w.end()):
            prev, count = w.end(), count + 1  # ``Quản lý lữ hành`` + ``và lưu trú``: a second object
            continue
        verb = match_at(STOP, first_word(text, w.start()), text, w.start())
        if verb is not None and name_lexicon.NOUN_OPENED_BY_STOP.match(text, w.start()):
            verb = None  # ``giao thông``: a noun
        if verb is not None and nouns and _predicate_with_object(text, verb):
            return prev  # ``… giao thông thông minh`` + ``phát hiện …``
        if tone_key(token) in _NOT_OBJECT_KEYS:
            return None
        if verb is not None and (verbs or nouns or not is_function_verb(verb.group())):
            return None  # a second verb, or a verb after the nouns: the predicate's
        end = verb.end() if verb is not None else w.end()
        verbs, nouns = verbs + (verb is not None), nouns + (verb is None)
        prev, count = end, count + len(WORD.findall(text, w.start(), end))
    return None


#: Verbs that are a noun's last words as often (``STOP_COMPOUNDS``: ``hồ sơ đăng ký``, ``xe vận chuyển``): after an
#: object's nouns, its own words, no predicate.
_NOUN_MAKING_KEYS = frozenset(tone_key(w) for w in STOP_COMPOUNDS if len(w.split()) == 2)


def _predicate_verb(text: str, verb: regex.Match[str]) -> bool:
    """Whether ``verb`` may be a sentence's predicate after an object's nouns: a task verb, not one that makes a noun
    of the object before it (``hồ sơ`` + ``đăng ký``: a registration file)."""
    return (
        name_lexicon.TASK_VERB.match(text, verb.start()) is not None and tone_key(verb.group()) not in _NOUN_MAKING_KEYS
    )


#: A word in lower case after ``và`` that is no determiner (``và lưu trú``; not ``và các xã``, the list's next name).
_NOUN_AFTER = compiled(r"[ \t]+(?!(?:các|những|mọi|cấp)(?![\p{L}]))\p{Ll}")


def _predicate_with_object(text: str, verb: regex.Match[str]) -> bool:
    """Whether ``verb`` is a task verb with its object after it, no level (``xây dựng`` + ``kế hoạch``; not ``xây
    dựng`` + ``huyện``, a name's own words before its level)."""
    if not _predicate_verb(text, verb):
        return False
    nxt = WORD.match(text, skip_spaces(text, verb.end()))
    first = nxt.group()[:1] if nxt is not None else ""
    return (first.islower() or first.isdecimal()) and LEVEL.match(text, nxt.start()) is None  # (``lựa chọn 10 bản``)


def object_then_predicate(text: str, verb: regex.Match[str]) -> bool:
    """Whether the verb ``verb`` is followed by its object of plain nouns (up to ``DEFAULT_FUNCTION_OBJECT_WORDS``
    words, a proper name last) and then a role word or the sentence's task verb (``named_on_object``): the verb and its
    object name who stands before them (``Kỹ thuật viên bảo quản hiện vật`` + ``kiểm tra …``)."""
    prev, count, proper = verb.end(), 0, False
    for w in WORD.finditer(text, verb.end()):
        if w.start() < prev:
            continue
        if count > DEFAULT_FUNCTION_OBJECT_WORDS or text[prev : w.start()].strip(" \t"):
            return False
        if w.group()[:1].isupper():
            if not count:
                return False
            proper = True
        else:
            nxt = match_at(STOP, first_word(text, w.start()), text, w.start())
            if nxt is not None:
                key = fold(nxt.group())
                if key in _ROLE_KEYS:
                    return bool(count)
                # (toned: ``đo`` of ``đo sâu``, folded, is the clause word ``do``)
                toned = tone_key(collapse_spaces(nxt.group())) not in _NOT_FUNCTION_TONED
                return bool(count) and toned and named_on_object(text, verb, w.start(), nxt)
            if proper:
                return False
        prev, count = w.end(), count + 1
    return False


_QUANTIFIER_KEYS = frozenset(fold(w) for w in QUANTIFIERS)
_NEGATED_ROLE_KEYS = frozenset(fold(w) for w in NEGATED_ROLE_WORDS)
#: Clause words that open what a body goes by before its role word (``… căn cứ vào tính chất công việc có trách
#: nhiệm …``), and how many words that clause runs at most.
_CLAUSE_OPENER_KEYS = frozenset({"can cu", "theo"})
#: What opens a committee's roster after its name (``gồm:``).
_ROSTER_KEYS = frozenset({"gom", "bao gom"})
DEFAULT_CLAUSE_WORDS = 10


def _runs_named_place(text: str, w: regex.Match[str]) -> bool:
    """Whether the capitalised word ``w`` right after a committee's verb opens the place it runs, a role word after it
    (``Tổ quản lý`` + ``Nghĩa trang nhân dân xã`` + ``chịu trách nhiệm``): its object, the name's."""
    return w.group()[:1].isupper() and _role_after_clause(text, w.start())


def _object_end_before_role(text: str, verb: regex.Match[str], pos: int) -> int | None:
    """Where a committee's object ends when its words from ``pos`` run, with no punctuation, no determiner and no
    preposition, to a role word within ``DEFAULT_FUNCTION_OBJECT_WORDS`` words of ``verb`` (``Đội quản lý trật tự
    đô thị`` + ``chủ trì``: ``trật tự`` a noun, though a list has it as a verb); None otherwise."""
    prev, before = pos, len(WORD.findall(text, verb.end(), pos))  # (the object's words already read)
    for count, w in enumerate(WORD.finditer(text, pos)):
        if ROLE_WORD.match(text, w.start()):
            return prev if count else None
        if (
            before + count + 1 > DEFAULT_FUNCTION_OBJECT_WORDS
            or text[prev : w.start()].strip(" \t")
            or tone_key(w.group()) in _NOT_OBJECT_KEYS
        ):
            return None
        prev = w.end()
    return None


def _object_to_end(text: str, verb: regex.Match[str], end: int) -> bool:
    """Whether a committee's verb and its object up to ``end`` run to the end of a value of names (a who-cell: ``Ban
    điều hành khu phố Cửa Tiền``): a standing function's verb, plain nouns with no preposition or determiner (``Ban
    quản lý các chợ.`` is a sentence), and nothing but punctuation after them."""
    return (
        not text[end:].strip(" \t.;:")
        and _named_object(text, verb, end)
        and not any(tone_key(w) in _SET_KEYS for w in WORD.findall(text, verb.end(), end))
    )


def _role_after_clause(text: str, pos: int) -> bool:
    """Whether a role word ends the clause from ``pos`` within ``DEFAULT_CLAUSE_WORDS`` words, no punctuation between."""
    for count, w in enumerate(WORD.finditer(text, pos)):
        if ROLE_WORD.match(text, w.start()):
            return True
        if count >= DEFAULT_CLAUSE_WORDS or text[w.end() : w.end() + 1] in CLAUSE_PUNCTUATION:
            return False
    return False


def _names_after(text: str, q: int) -> bool:
    """Whether a name opens at ``q`` (``các đơn vị``, ``cơ quan chức năng``, ``Công an xã``)."""
    return (
        fold(first_word(text, q)) in _QUANTIFIER_KEYS
        or noun_at(text, q) is not None
        or head_word_at(text, q) is not None
    )


#: How far back before a comma a body's first function is read (``Giám sát``, ``Quản lý``).
DEFAULT_FUNCTION_LOOKBACK = 24


def functions_after_comma(text: str, q: int, r: int) -> int | None:
    """Where a body's second standing function ends when the comma at ``q`` stands between two (``Trung tâm Giám sát``
    + ``, điều hành`` + ``đô thị thông minh``, ``Ban Quản lý`` + ``, bảo vệ rừng phòng hộ``): the first capitalised
    right after the body's head, the second in lower case at ``r``; None otherwise (``Sở Y tế, kiểm tra …``)."""
    second = match_at(STOP, first_word(text, r), text, r) if text[r : r + 1].islower() else None
    if second is None or not is_function_verb(second.group()):
        return None
    words = list(WORD.finditer(text, max(0, q - DEFAULT_FUNCTION_LOOKBACK), q))
    for n in (1, 2):
        at = words[-n].start() if len(words) >= n else -1
        if at >= 0 and text[at].isupper() and is_function_verb(text[at:q]) and body_head_before(text, at):
            return second.end()
    return None
