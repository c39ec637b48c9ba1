"""Whether the words after a name's head or comma are still the name's: a portfolio's next field (``Sở Văn hóa, Thể
thao và Du lịch``) or another name (``Sở Y tế, Cổng thông tin điện tử tỉnh``), and where a place's proper name ends;
the verb a committee is named for (``Ban vận động``) is ``name_functions``'."""

from __future__ import annotations

import itertools
from functools import lru_cache

import regex

from ..chars import collapse_spaces, fold, tone_key
from ..pattern_cache import compiled
from ..tables.bodies import (
    BARE_COLLECTIVE_HEADS,
    NAME_STOPS,
    OWNER_SELF_HEADS,
    PLACE_LEVELS,
    SCHOOL_GRADES,
    VILLAGE_PLACES,
)
from ..tables.clause_words import NON_SUBJECT_HEADS, NOT_PREDICATE_STOPS
from ..tables.name_clauses import GRADE_GROUP, RANK, RANK_AT_END
from ..tables.obligations import PLACE_PREDICATE, PLACE_SUBJECT
from ..tables.portfolios import DEPARTMENT_HEADS, FIELD_ANY_CASE, JOINED_BY_VA, PORTFOLIO
from ..tables.post_shapes import AGENT_SYLLABLES, ONE_ROOT_MEMBERS, PASSIVE_WORDS, TENSE_WORDS
from ..tables.units import gazetteer, resolve_place
from ..tables.word_formation import syllable_pairs
from . import name_lexicon, name_verbs
from .name_lexicon import (
    GRADE,
    LEVEL,
    STOP,
    WORD,
    NameSpan,
    head_word_at,
    listed_nouns_at,
    noun_at,
    skip_spaces,
)
from .name_verbs import ROLE_WORD
from .person_names import family_keys

#: A place's proper name has at most this many words (``Bà Rịa - Vũng Tàu``).
DEFAULT_PLACE_NAME_WORDS = 4
#: A level word written with a capital, as a city or province writes its own (``Truyền hình Thành phố``); not ``Xã``
#: (``Xã hội`` is a field).
_CAPITAL_LEVEL = compiled(r"(?:Thành[ \t]+phố|Thị[ \t]+xã|Thị[ \t]+trấn|Tỉnh|Huyện|Quận)(?![\p{L}])")
_PLACE_WORD = compiled(r"\p{Lu}[\p{L}\p{N}]*(?:\s*-\s*|\s+)?")


def known_place_end(text: str, start: int, fewest: int = 1) -> int | None:
    """Where the longest unit name the gazetteer knows, of ``fewest`` to ``DEFAULT_PLACE_NAME_WORDS`` capitalised words
    from ``start``, ends; None when none is known.  Asked only where a word that heads bodies follows a level word."""
    ends: list[int] = []
    pos = start
    for _ in range(DEFAULT_PLACE_NAME_WORDS):
        m = _PLACE_WORD.match(text, pos)
        if m is None:
            break
        ends.append(len(text[: m.end()].rstrip(" -")))
        pos = m.end()
    units = gazetteer()
    return next((end for end in reversed(ends[fewest - 1 :]) if units.named(text[start:end])), None)


_TITLE_WORD = compiled(r"\p{Lu}\p{Ll}*(?![\p{L}\p{N}])")


def title_place_end(text: str, start: int) -> int | None:
    """Where a place's own name no gazetteer knows ends (an invented or new commune: ``xã`` + ``Bản Viết``): two to
    ``DEFAULT_PLACE_NAME_WORDS`` words each capitalised, then the end, punctuation or a clause's word; a body's name
    capitalises a word's first syllable only (``Sở Y tế``, ``Ban Chỉ đạo``: a syllable in lower case follows)."""
    ends: list[int] = []
    pos = start
    while (m := _TITLE_WORD.match(text, pos)) is not None and len(ends) <= DEFAULT_PLACE_NAME_WORDS:
        ends.append(m.end())
        pos = _BLANKS.match(text, m.end()).end()
    if not 2 <= len(ends) <= DEFAULT_PLACE_NAME_WORDS:
        return None
    after = WORD.match(text, pos)
    return ends[-1] if after is None or pos == ends[-1] or STOP.match(text, after.start()) else None


def place_end_after_level(text: str, start: int, q: int) -> int | None:
    """Where a place's own name after its level ends, a word at ``q`` that heads bodies inside it (``thành phố Hội
    An``): a unit the gazetteer knows from ``start``, or one in title case from ``q`` (``title_place_end``)."""
    return known_place_end(text, start) or (title_place_end(text, q) if start == q else None)


#: A portfolio's field is a word of at most this many syllables (``Thể thao``, ``Du lịch``, ``Truyền hình``).
DEFAULT_FIELD_SYLLABLES = 2


#: Words in lower case no body's name holds between its head and its level: a clause or a determiner
#: (``Cao đẳng trên địa bàn tỉnh``, ``Phó các phòng``).
CLAUSE_WORDS = frozenset(
    {*(w for w in NOT_PREDICATE_STOPS if " " not in w), "trên", "dưới", "ở", "thuộc", "các", "những"}
)


#: The rank that closes a body's name as a place's level does (``Tòa án nhân dân tối cao``, ``Hội đồng bầu cử trung
#: ương``, ``Tòa án nhân dân cấp cao``).
_RANK_END = compiled(r"(?:tối[ \t]+cao|cấp[ \t]+cao|trung[ \t]+ương)(?![\p{L}])")


def ends_with_rank(text: str) -> bool:
    """Whether a phrase ends with a rank that closes a body's name (``… nhân dân tối cao``): a body of that rank."""
    m = _RANK_END.search(text)
    return m is not None and not text[m.end() :].strip(" \t.,;:")


def _body_of_level(text: str, r: int) -> bool:
    """Whether the words at ``r`` are a capitalised word, more words in lower case than a field has (none a stop of the
    grammar or a clause word) and then a place's level or a rank (``_RANK_END``): a body of that level (``Cổng`` + ``thông tin điện tử`` +
    ``tỉnh``), not a field and its place (``Thể thao tỉnh``) nor a name and the clause after it (``Cao đẳng trên địa
    bàn tỉnh``)."""
    lower = noun_end = 0
    for count, w in enumerate(WORD.finditer(text, r)):
        if count and (LEVEL.match(text, w.start()) or _RANK_END.match(text, w.start())):
            return lower > DEFAULT_FIELD_SYLLABLES - 1
        word = w.group()
        compound = name_lexicon.STOP_COMPOUND.match(text, w.start()) if w.start() >= noun_end else None
        noun_end = compound.end() if compound else noun_end  # (``bầu cử``, election, a noun: ``Uỷ ban bầu cử xã``)
        stop = w.start() >= noun_end and STOP.match(text, w.start())
        if count and (not word[:1].islower() or word in CLAUSE_WORDS or stop):
            return False
        if count > DEFAULT_FIELD_SYLLABLES + 4:
            return False
        lower += bool(count)
    return False


#: How many words after a comma ``names_another`` looks at.
DEFAULT_PORTFOLIO_WORDS = 5


def names_another(text: str, r: int) -> bool:
    """Whether the capitalised words after a name's comma at ``r`` are another name rather than the next field of
    its portfolio (``Sở Văn hóa, Thể thao và Du lịch``): a capitalised word after one in lower case, not a place's
    name (``Nhà máy Nước Thủ Đức``, ``Kế hoạch Phòng chống dịch``; ``Truyền hình Lâm Đồng`` is a portfolio and
    its place), or its first two words both capitalised (``Hội Nông dân``; a portfolio's field is one word,
    ``Thể thao``), before any comma, ``và`` or other punctuation."""
    prev: regex.Match[str] | None = None
    for count, w in enumerate(WORD.finditer(text, r)):
        if w.group() in {"và", "hoặc"} and count == 1 and prev is not None:
            # ``Báo và Phát thanh, …``: a head of one syllable joined to the next, a body's name; a portfolio's
            # field is a word of two (``Thể thao và Du lịch``)
            return _one_syllable_head(prev.group())
        if count >= DEFAULT_PORTFOLIO_WORDS or w.group() in {"và", "hoặc"}:
            return False
        if prev is not None:
            if text[prev.end() : w.start()].strip(" \t"):
                return False
            if count == 1 and w.group()[:1].islower() and _body_of_level(text, r):
                return True  # ``Cổng`` + ``thông tin điện tử tỉnh``: longer than a field, a body of a level
            if count == 1 and prev.group()[:1].isupper() and w.group()[:1].isupper() and not w.group().isupper():
                # ``Hội`` + ``Nông dân``: a head and its name; not a field and its place (``Ảnh`` + ``Lâm Đồng``; a
                # commune of one syllable, ``Tư``, is no such place: ``Bộ`` + ``Tư pháp``)
                return known_place_end(text, prev.start(), 2) is None and known_place_end(text, w.start(), 2) is None
            if prev.group()[:1].islower() and w.group()[:1].isupper():
                # ``Truyền hình`` + ``Thành phố``: the field and its place, a level word written with a capital
                return known_place_end(text, w.start(), 2) is None and not _CAPITAL_LEVEL.match(text, w.start())
        prev = w
    return False


def _one_syllable_head(word: str) -> bool:
    """Whether ``word`` is one capitalised syllable (``Báo``, ``Xưởng``), not an abbreviation in capitals."""
    return word[:1].isupper() and not word.isupper() and word.isalpha()


#: A head that names a plural noun of a collective (``Sở, Ngành``), just before the run's start.
_BARE_COLLECTIVE_BEFORE = compiled(
    r"(?i)(?<![\p{L}])(?:" + "|".join(h.replace(" ", r"[ \t]+") for h in BARE_COLLECTIVE_HEADS) + r")[ \t]*$"
)
#: The kinds a plural's colon lists, the first of them just before the run's start (``Các trường: Đại học``).
_KINDS_AFTER_COLON = compiled(
    r"(?i)(?:các|những)[ \t]+\p{L}+(?:[ \t]+\p{L}+)?[ \t]*:[ \t]*\p{L}+(?:[ \t]+\p{L}+)?[ \t]*$"
)
#: How far back the head before a run's start is read.
DEFAULT_HEAD_LOOKBACK = 60


def bare_head_lists_next(text: str, start: int, q: int) -> bool:
    """Whether a head that no name follows (the run starts at ``start`` and meets its comma at ``q``) lists the next
    head after its comma (``Viện, Trường``: two bodies), and so has no portfolio; not a collective's plural nouns
    (``Sở, Ngành``) nor the kinds a plural's colon lists (``Các trường: Đại học, Cao đẳng``: one class)."""
    if text[start:q].strip():
        return False
    before = text[max(0, start - DEFAULT_HEAD_LOOKBACK) : start]
    return _BARE_COLLECTIVE_BEFORE.search(before) is None and _KINDS_AFTER_COLON.search(before) is None


_BARE_LOWER = frozenset(BARE_COLLECTIVE_HEADS)  # (in lower case as written: ``sở``, ``cơ quan``)


def bare_plural_nouns(text: str, start: int, end: int) -> bool:
    """Whether a partner ``[start, end)`` is only a plural noun in lower case of the state's bodies or of a list of
    them (``sở``, ``bộ, ngành``): no name (``chính quyền`` alone names one body; ``Báo`` + ``và …`` is one)."""
    if noun_at(text, start) != end or text[start : start + 1].isupper():
        return False
    return text[start:end] in _BARE_LOWER or listed_nouns_at(text, start) is not None


#: An addressee in lower case before its role word is at most this many syllables (``công chức tài chính kế toán``).
DEFAULT_LOWER_ADDRESSEE_WORDS = 8
#: The punctuation that ends a clause's words right after a word (a list, a sentence, a bracket).
CLAUSE_PUNCTUATION = frozenset(",;:.()")


def lower_before_role(text: str, pos: int) -> bool:
    """Whether the words in lower case at ``pos`` run, none a verb or clause word, up to a role word within
    ``DEFAULT_LOWER_ADDRESSEE_WORDS`` words (``Giao`` + ``công chức tài chính kế toán`` + ``phối hợp``): who an
    opener addresses, whatever its case."""
    for count, w in enumerate(WORD.finditer(text, pos)):
        if ROLE_WORD.match(text, w.start()):
            return count >= 1
        if count >= DEFAULT_LOWER_ADDRESSEE_WORDS or not w.group()[:1].islower() or STOP.match(text, w.start()):
            return False
        if text[w.end() : w.end() + 1] in CLAUSE_PUNCTUATION:
            return False  # (a comma, a colon: a list or a clause before any role word)
    return False


#: How many capitalised words a post before ``các`` + a collective may have (``Tổng biên tập``).
DEFAULT_POST_OF_COLLECTIVE_WORDS = 3
_POST_OF_COLLECTIVE = compiled(
    r"\p{Lu}\p{Ll}*(?:[ \t]+\p{Ll}+){0," + str(DEFAULT_POST_OF_COLLECTIVE_WORDS - 1) + r"}[ \t]+(?=(?:các|những)[ \t])"
)


def post_of_collective(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is a post's words before ``các`` + a collective that ends there (``Giám đốc các sở``,
    ``Tổng biên tập các cơ quan báo chí``): the post in each member, whatever its word."""
    m = _POST_OF_COLLECTIVE.match(text, start, end)
    return m is not None and name_lexicon.collective_at(text, m.end()) == end


def place_subject_at(text: str, pos: int) -> NameSpan | None:
    """A province or centrally run city written as the actor (``PLACE_SUBJECT`` then ``PLACE_PREDICATE``: ``thành phố
    Đà Nẵng cần tập trung …``), read as its People's Committee (``canonical``), the gazetteer's own name for it; a
    place followed by no such word (``Thành phố Huế là …``, ``tỉnh Hòa Bình có 10 huyện``) is none."""
    m = PLACE_SUBJECT.match(text, pos)
    if m is None or PLACE_PREDICATE.match(text, m.end()) is None:
        return None
    units = [u for u in resolve_place(collapse_spaces(m.group(0))) if u.level == "tinh"]
    if not units:
        return None
    committee = f"Ủy ban nhân dân {units[0].display}"
    return NameSpan(pos, m.end(), "body", canonical=committee, rule="name.place_subject")


_DEPARTMENT_KEYS = frozenset(fold(h) for h in DEPARTMENT_HEADS)
#: Lower-case words a department's whole name still goes on with: whose it is (``thuộc``, ``trực thuộc``).
_WHOLE_NAME_GOES_ON = frozenset({"thuoc", "truc"})


def portfolio_end(text: str, head: str, pos: int) -> int | None:
    """Where a department's whole portfolio ends, when ``head`` (as written) heads a department and the words from
    ``pos`` are its fields whole (``Sở`` + ``Khoa học và Công nghệ``): a word in lower case after it is no part of the
    name (``tables/portfolios.py``); None otherwise."""
    if fold(head.strip()) not in _DEPARTMENT_KEYS:
        return None
    m = PORTFOLIO.match(text, skip_spaces(text, pos))
    return m.end() if m is not None else None


@lru_cache(maxsize=1024)
def whole_department(canonical: str) -> bool:
    """Whether the alias table's ``canonical`` spelling is a department's whole name (``Sở Khoa học và Công nghệ``;
    not ``Ban Chỉ đạo``, whose topic follows in lower case)."""
    head, _, rest = canonical.partition(" ")
    return bool(rest) and portfolio_end(canonical, head, len(head)) == len(canonical)


#: How far before a name's fields its head may start (``Ủy ban nhân dân`` and its spaces).
DEFAULT_HEAD_REACH = 20


def whole_department_before(text: str, start: int, q: int, r: int) -> bool:
    """Whether the name whose fields start at ``start`` (its head just before) is, up to the comma at ``q``, a
    department's whole name (``Sở Nội vụ``, ``Sở Y tế``) and the capital at ``r`` after the comma no portfolio's field
    (``, Thư viện tỉnh``; not ``Sở Văn hóa`` + ``, Thể thao và Du lịch``): the comma ends the name."""
    if FIELD_ANY_CASE.match(text, r) is not None:
        return False
    return any(
        whole_department(collapse_spaces(text[w.start() : q]))
        for w in WORD.finditer(text, max(0, start - DEFAULT_HEAD_REACH), start)
    )


def goes_on_whole_name(text: str, pos: int, first: str) -> bool:
    """Whether the word in lower case right after a department's whole name at ``pos`` still belongs to it: a place
    level (``tỉnh``, ``huyện``, ``cấp tỉnh``), whose it is (``thuộc``), or one more field written in lower case."""
    return (
        fold(first) in _WHOLE_NAME_GOES_ON
        or LEVEL.match(text, pos) is not None
        or FIELD_ANY_CASE.match(text, pos) is not None
    )


#: The agent syllables (``trưởng``, ``viên``), as the grammar compares words: the post shape of ``name_forms`` too.
AGENT_SYLLABLE_KEYS = frozenset(AGENT_SYLLABLES)
#: How many words after a post's comma ``post_shaped_after`` looks at for an agent's syllable (``Kiểm soát viên``).
DEFAULT_POST_SHAPE_WORDS = 3


def post_shaped_after(text: str, r: int) -> bool:
    """Whether the capitalised words after a post's comma at ``r`` are a post by their shape, an agent's syllable after
    their first word (``Xưởng trưởng``, ``Kiểm soát viên``): the next name, not the post's body."""
    if not text[r : r + 1].isupper():
        return False
    end = r
    for count, w in enumerate(WORD.finditer(text, r)):
        if count >= DEFAULT_POST_SHAPE_WORDS or text[end : w.start()].strip(" \t"):
            return False
        if count and w.group().lower() in AGENT_SYLLABLE_KEYS:
            return True  # (a bare ``Phó`` shares the body after it with the post before: ``Trưởng, Phó các phòng``)
        end = w.end()
    return False


#: Capitalised words at the end of what a name has read, two or more, each capitalised and the rest in lower case
#: (``Bình Minh``, ``Nguyễn Văn An``; not an abbreviation, ``UBND``): where a proper name may end the name.
_CAPITALS_AT_END = compiled(r"(?<![\p{L}\p{N}])\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*)+[ \t]*$")
#: Words in lower case a name goes on with after its proper name: a branch, whose it is, a plural of levels, its number
#: (``… Việt Nam chi nhánh tỉnh``, ``… Hòa Bình cơ sở 2``, ``… Việt Nam các cấp``, ``Trường Tiểu học Khánh Vân số 1``).
_PROPER_NAME_GOES_ON = compiled(
    r"(?:số[ \t]+\d{1,3}(?![\p{L}\d/.,-])|chi[ \t]+nhánh|cơ[ \t]+sở|phân[ \t]+hiệu|điểm[ \t]+trường|trực[ \t]+thuộc|thuộc|các|"
    + "|".join(p.replace(" ", r"[ \t]+") for p in VILLAGE_PLACES)  # a place below the commune: ``… Hoa Sen thôn Đông``
    + r")(?![\p{L}])"
)
#: A person's name a body is named after has at least this many words (``Lê Hồng Phong``); two capitalised words after a
#: surname are as often a head and its field's first syllable (``Đoàn Thanh`` + ``niên``), which a place's name is not.
DEFAULT_PERSON_NAME_WORDS = 3
#: A natural feature's name, its kind and then its own capitalised name (``Sông Chu``, ``Hồ Núi Cốc``, ``Vịnh Hạ Long``):
#: a place's name no list of units holds, which bodies are named after (``Công ty Thủy lợi Sông Chu``).
_FEATURE_NAME = compiled(r"(?:Sông|Suối|Hồ|Núi|Đèo|Đảo|Vịnh|Đầm|Kênh|Rạch|Cồn|Bán[ \t]+đảo)[ \t]+\p{Lu}")


#: A unit's number among its kind at the end of what a name has read (``… số 3``, ``… khu vực 2``), before a space.
_UNIT_NUMBER_AT_END = compiled(r"(?<![\p{L}])(?:số|khu[ \t]+vực)[ \t]+\d{1,3}[ \t]+$")


def _proper_name_start(text: str, start: int, q: int, sentence_case: bool = False) -> int | None:
    """Where a place's name the gazetteer knows (``Tân Tiến``, ``Bắc Sơn``), a natural feature's (``Sông Chu``) or a
    person's name (a surname and at least
    ``DEFAULT_PERSON_NAME_WORDS`` words: ``Trần Quốc Toản``) ending right before ``q`` starts; None when the capitalised
    words there are none of them (``Bộ Nội`` + ``vụ``, ``Ban Thường`` + ``vụ``: a head and a field's first syllable)."""
    run = _CAPITALS_AT_END.search(text, start, q)
    if run is None:
        return None
    words = list(WORD.finditer(text, run.start(), q))
    units, families = gazetteer(), family_keys()
    for i in range(max(0, len(words) - DEFAULT_PLACE_NAME_WORDS), len(words) - 1):
        if head_word_at(text, words[i].start()) is not None:
            continue  # ``Trường Trung`` + ``học cơ sở``: a head and its field's first syllable, whatever a place is called
        name = text[words[i].start() : words[-1].end()]
        if (
            any(tone_key(u.name) == tone_key(name) for u in units.named(name))  # as spelled: ``Bờ Y`` is no ``Bộ Y``
            or _FEATURE_NAME.match(name)
            or (len(words) - i >= DEFAULT_PERSON_NAME_WORDS and tone_key(words[i].group()) in families)
        ):
            return words[i].start()
    if (
        (_lower_before(text, start, run.start()) or (sentence_case and not text[start : run.start()].strip(" \t")))
        and head_word_at(text, run.start()) is None
        and (_sentence_opens_at(text, words[-1], q) or _predicate_after_proper_name(text, run, q))
    ):
        return run.start()  # ``Bảo trợ xã hội`` + ``Hoa Mai``: after the field in lower case, its own name
    return None


def _lower_before(text: str, start: int, at: int) -> bool:
    """Whether a word in lower case stands right before ``at`` after ``start`` (``xã hội`` + ``Hoa Mai``): the field of
    a name in sentence case, whose proper name follows."""
    j = at
    while j > start and text[j - 1] in " \t":
        j -= 1
    return j < at and j > start and text[j - 1].islower()


def _sentence_opens_at(text: str, last: regex.Match[str], q: int) -> bool:
    """Whether the words in lower case at ``q`` open the sentence after a proper name ending with ``last``: they are
    a pair of syllables written together (``tiếp nhận``, ``mở lớp``: ``syllable_pairs``), and the capitalised syllable
    and the first of them are none (``Bảo`` + ``vệ``, ``Khuyến`` + ``học``: a field's syllables, no name's end)."""
    pair = list(itertools.islice(WORD.finditer(text, q), 2))
    known = syllable_pairs()
    if not pair or f"{last.group().lower()} {pair[0].group()}" in known:
        return False
    if len(pair) < 2 or text[pair[0].end() : pair[1].start()].strip(" \t") or not pair[1].group().islower():
        return False
    return f"{pair[0].group()} {pair[1].group()}" in known


def _predicate_after_proper_name(text: str, run: regex.Match[str], q: int) -> bool:
    """Whether the word in lower case at ``q`` opens the sentence after a proper name of two capitalised words or more
    (``run``) closing a name in sentence case, a verb no list knows included (``Hợp tác xã Nông nghiệp Vàm Rạch`` +
    ``đắp đập``, ``Vườn quốc gia Pù Lăng`` + ``thả 40 cá thể``): none of the name's own syllables (``Bảo`` + ``vệ``), a
    clause word, a passive or a noun the lists know as no one's (``NON_SUBJECT_HEADS``)."""
    words = list(WORD.finditer(text, run.start(), q))
    first = WORD.match(text, q)
    if len(words) < 2 or first is None or not first.group().isalpha() or not first.group().islower():
        return False
    if any(head_word_at(text, w.start()) is not None for w in words):
        return False  # ``Vùng`` + ``Cảnh sát biển``: a head's first syllable, no proper name
    said = first.group()
    if f"{words[-1].group().lower()} {said}" in syllable_pairs() or tone_key(said) in _NOT_OPENING:
        return False
    ahead = text[first.end() : first.end() + 60].split("\n", 1)[0]
    following = list(itertools.islice(WORD.finditer(ahead), DEFAULT_WORDS_AFTER_PREDICATE))
    # a field written in capitals goes on past its syllable in lower case (``Vùng Trung`` + ``du Miền núi``, ``Quỹ
    # Khuyến`` + ``học - Thư ký``, ``Đồn Biên`` + ``phòng cửa khẩu Pò Lũng``): a predicate's words are in lower case
    return (
        bool(following)
        and not any(w.group()[:1].isupper() for w in following)
        and _DASH.search(ahead, 0, following[-1].end()) is None
    )


#: How many words after a verb no list knows must be in lower case for it to open a predicate after a proper name.
DEFAULT_WORDS_AFTER_PREDICATE = 3
_DASH = compiled(r"[ \t][-–][ \t]")
#: Words in lower case that open no predicate after a proper name (``_predicate_after_proper_name``).
_NOT_OPENING = frozenset(tone_key(w) for w in (*NOT_PREDICATE_STOPS, *NON_SUBJECT_HEADS) if " " not in w) | frozenset(
    tone_key(w) for w in ("thành", "nay", "cũ", "mới", "này", "đó", "ấy", "thuộc")
)


def passive_at(text: str, w: regex.Match[str]) -> bool:
    """Whether the word ``w`` is a passive's (``được``, ``bị``: ``Nhà Văn hóa xã được sửa chữa``), not the second
    syllable of a word (``Thiết bị``, ``chuẩn bị``)."""
    if w.group() in _TENSE_WORDS:  # ``Chuyên gia nước ngoài sẽ được mời …``: a passive after its tense
        nxt = _NEXT_WORD.match(text, w.end())
        return nxt is not None and nxt.group(1) in _PASSIVE_WORDS
    if w.group() not in _PASSIVE_WORDS:
        return False
    before = text[max(0, w.start() - 24) : w.start()].split()
    return bool(before) and f"{before[-1].lower()} {w.group()}" not in _NOT_PASSIVE


_PASSIVE_WORDS = frozenset(PASSIVE_WORDS)
_TENSE_WORDS = frozenset(TENSE_WORDS)
_NEXT_WORD = compiled(r"[ \t]+(\p{L}+)")
#: Words whose second syllable is a passive's word (``thiết bị``, ``chuẩn bị``).
_NOT_PASSIVE = frozenset({"thiết bị", "chuẩn bị", "trang bị", "phòng bị", "dự bị", "hậu bị"})


def _after_capitalised_word(text: str, start: int, q: int) -> bool:
    """Whether the word right before ``q`` (after ``start``) opens with a capital."""
    j = q
    while j > start and text[j - 1] in " \t":
        j -= 1
    k = j
    while k > start and text[k - 1].isalpha():
        k -= 1
    return k < j and text[k].isupper()


def ends_at_proper_name(text: str, start: int, q: int, sentence_case: bool) -> bool:
    """Whether a name read from ``start`` ends before the word in lower case at ``q`` because it ends with a proper name
    (``Công ty Cấp nước Bình Minh`` + ``cấp nước …``, ``Hợp tác xã Tân Tiến`` + ``liên kết …``) or with its unit's number
    among its kind (``Đoạn Quản lý đường bộ số 3`` + ``san gạt …``), as it ends after a place's name with its level: in
    a name written in sentence case (its head holds a syllable in lower case, ``sentence_case``, or its words do), where
    capitals say where names end; a name all in title case (``Trạm Bơm Bắc Sơn``) says nothing by them.  A branch, a
    level, whose it is or a field in lower case still goes on with it."""
    numbered = text[q - 2 : q - 1].isdecimal() and _UNIT_NUMBER_AT_END.search(text, max(start, q - 16), q) is not None
    if not numbered and not _after_capitalised_word(text, start, q):
        return False  # (most words in lower case follow one: asked first, it spares the patterns below)
    if _PROPER_NAME_GOES_ON.match(text, q) or LEVEL.match(text, q) or GRADE.match(text, q):
        return False
    if numbered:
        return True
    if FIELD_ANY_CASE.match(text, q):
        return False  # ``Trung tâm Văn Hóa`` + ``thể thao``: the name's own field, whatever a place is called
    proper = _proper_name_start(text, start, q, sentence_case)
    if proper is None:
        return False
    return sentence_case or any(w[:1].islower() for w in WORD.findall(text, start, proper))


def names_a_place(text: str) -> bool:
    """Whether a name places itself by a level after its first word (``Thư viện tỉnh``, ``Nhà hát thành phố Huế``), or
    by a place below the commune (``Chi hội Phụ nữ thôn``: ``VILLAGE_PLACES``): such a name is whole, what follows
    it is another (``… và Bảo tàng``)."""
    first = WORD.match(text)
    return first is not None and (
        LEVEL.search(text, first.end()) is not None or _VILLAGE.search(text, first.end()) is not None
    )


#: A place below the commune, or ``bản`` before its proper name.
_VILLAGE = compiled(
    r"(?<![\p{L}])(?:"
    + "|".join(p.replace(" ", r"[ \t]+") for p in VILLAGE_PLACES)
    + r"|bản(?=[ \t]+\p{Lu}))(?![\p{L}])"
)


def placed_by_province(text: str) -> bool:
    """Whether a province the gazetteer knows, capitalised after the first word, closes ``text`` (``Xưởng Phim Lâm
    Đồng``): a body placed by its province's proper name as by its level (``Xưởng Phim tỉnh``).  Not a commune's
    name: a thing carries one as often (``Khu đô thị Nam Sơn``)."""
    first = WORD.match(text)
    closed = text.rstrip(" \t.,;:")
    if first is None:
        return False
    units = gazetteer()
    for w in WORD.finditer(closed, first.end()):
        if w.group()[:1].isupper() and units.named(closed[w.start() :], "tinh"):
            return True
    return False


def heads_places_at(text: str, pos: int) -> bool:
    """Whether capitalised words at ``pos`` stand right before places, a grade or a plural of places (``UBND các xã``,
    ``UBND cấp xã``, ``Công an tỉnh``): they head a name of their own, whatever the head word (issue 52, names by
    where they stand), so a comma before them ends the name before, never runs its fields on (``Sở Văn hóa, Thể
    thao``)."""
    caps = name_lexicon.CAPITALS_BEFORE.match(text, pos)
    return caps is not None and places_at(text, caps.end())


def places_at(text: str, pos: int) -> bool:
    """A grade, a level or ``các`` + a level at ``pos`` (``cấp xã``, ``tỉnh``, ``các huyện``)."""
    if GRADE.match(text, pos) or LEVEL.match(text, pos):
        return True
    plural = name_lexicon.CAC.match(text, pos)
    return plural is not None and LEVEL.match(text, plural.end()) is not None


def place_then_name(text: str, r: int) -> bool:
    """A place level (the grammar's ``LEVEL``) and its proper name (``tỉnh Quảng Ninh``) at ``r``."""
    lev = LEVEL.match(text, r)
    return lev is not None and text[skip_spaces(text, lev.end()) :][:1].isupper()


#: A field in lower case just before ``và`` (``… tài nguyên`` + ``và môi trường``), in the name read so far.
_LOWER_FIELD_BEFORE = compiled(r"(?<![\p{L}])(?=\p{Ll})(?:" + FIELD_ANY_CASE.pattern + r")[ \t]*$")


def lower_field_after_and(text: str, start: int, q: int, r: int) -> int | None:
    """Where a name in sentence case, its fields read from ``start`` (after its head), goes on after ``và`` at ``q``
    with a second field in lower case (``Trung tâm Quan trắc tài nguyên`` + ``và môi trường``): a field after ``và``
    at ``r`` when a field in lower case stands before it; None otherwise (``Trung tâm Y tế và trạm y tế xã``: a
    second body), and when none of its fields' words is capitalised (``Thanh tra`` + ``khoa học và công nghệ``: an
    activity in prose, no name in sentence case); or a second noun its level closes (``lower_pair_to_level``)."""
    if (
        text[r : r + 1].islower()
        and _LOWER_FIELD_BEFORE.search(text, start, q) is not None
        and any(w[:1].isupper() for w in WORD.findall(text, start, q))
        and (field := FIELD_ANY_CASE.match(text, r)) is not None
        and text[field.start()].islower()
    ):
        return field.end()
    joined = _joined_fields_after_and(text, start, q, r)
    if joined is None:
        joined = name_verbs.function_to_role(text, start, q, r)
    return joined if joined is not None else lower_pair_to_level(text, start, q, r)


def _joined_fields_after_and(text: str, start: int, q: int, r: int) -> int | None:
    """Where the field after ``và`` at ``r`` ends when the law joins it by ``và`` to the field right before ``q``
    (``Các tổ chức khoa học`` + ``và công nghệ`` + ``công lập``: ``JOINED_BY_VA``), in lower case after a collective's
    plural; a name in sentence case is asked for a capital, as ``lower_field_after_and`` asks (``Thanh tra`` + ``khoa
    học và công nghệ``: an activity in prose)."""
    if not text[r : r + 1].islower():
        return None  # (a capitalised field after ``và`` goes on by the name's capitals: ``Sở Văn hóa và Thể thao``)
    plural = _PLURAL_HEAD_END.search(text, max(0, start - DEFAULT_PLURAL_LOOKBACK), start) is not None
    if not plural and not any(w[:1].isupper() for w in WORD.findall(text, start, q)):
        return None
    after = FIELD_ANY_CASE.match(text, r)
    before = _FIELD_AT_END.search(text, start, q)
    if after is None or before is None:
        return None
    return after.end() if joined_by_law(before.group(), after.group()) else None


def joined_by_law(left: str, right: str) -> bool:
    """Whether the law joins the field ``left`` to the field ``right`` by ``và`` in one department's name
    (``JOINED_BY_VA``: ``Khoa học`` + ``Công nghệ``), in any case and spacing."""
    return (fold(collapse_spaces(left.strip())), fold(collapse_spaces(right.strip()))) in _JOINED_FIELD_KEYS


#: A collective's plural head right before its name's words (``Các tổ chức``, ``các cơ sở``).
_PLURAL_HEAD_END = compiled(r"(?<![\p{L}])[Cc]ác[ \t]+\p{L}+(?:[ \t]+\p{L}+)?[ \t]*$")
DEFAULT_PLURAL_LOOKBACK = 30
_FIELD_AT_END = compiled(r"(?<![\p{L}])(?:" + FIELD_ANY_CASE.pattern + r")[ \t]*$")
_JOINED_FIELD_KEYS = frozenset((fold(a), fold(b)) for a, b in JOINED_BY_VA)


def bare_owner_at(text: str, q: int) -> bool:
    """Whether a body's head stands bare at ``q`` after a unit's complete name, the body the unit is of, named as the
    document names itself (``Đoàn Thanh niên`` + ``Trung tâm``, ``Công đoàn`` + ``Sở``, ``Chi bộ`` + ``Trường``):
    one of ``OWNER_SELF_HEADS`` followed by punctuation, the text's end, or a verb or a role word, not by a name; or
    any body's head after a representative office's words, whose body it always names."""
    if _REPRESENTING.search(text, max(0, q - 24), q):
        return True  # ``Văn phòng đại diện`` + ``Trung tâm Dịch vụ việc làm tỉnh``: whose office, always named after it
    head = _OWNER_SELF.match(text, q)
    if head is None:
        return False
    r = skip_spaces(text, head.end())
    if r >= len(text) or text[r] in ",;.:)\n":
        return True
    compound = name_lexicon.STOP_COMPOUND.match(text, q) or name_lexicon.STOP_COMPOUND.match(text, r)
    return STOP.match(text, r) is not None and compound is None  # (``Văn phòng`` + ``đăng ký đất đai``: its field)


_OWNER_SELF = name_lexicon.alternation(OWNER_SELF_HEADS, after=r"(?![ \t]*\p{Lu})")
#: A representative office's words, right before its owner's head (twenty-seventh twins of A1).
_REPRESENTING = compiled(r"(?<![\p{L}])[Vv]ăn[ \t]+phòng[ \t]+đại[ \t]+diện[ \t]+$")


def lower_list_end(text: str, r: int) -> int | None:
    """Where a lower-case list closing a name after its comma at ``r`` ends (``LOWER_LIST``: ``Trung tâm Xúc tiến đầu
    tư`` + ``, thương mại và du lịch``), none of its words a stop but ``và`` nor a determiner; None otherwise."""
    tail = name_lexicon.LOWER_LIST.match(text, r)
    words = WORD.finditer(text, tail.start(), tail.end("words")) if tail is not None else ()
    bad = any((STOP.match(text, w.start()) and w.group() != "và") or w.group() in {"các", "những"} for w in words)
    return None if tail is None or bad else tail.end()


def lower_tail_before_verb(text: str, start: int, q: int, r: int) -> int | None:
    """Where a unit's field written in capitals (its words from ``start``) goes on after its comma at ``q`` in lower
    case (at ``r``) up to the sentence's verb or the list's next name (``Phòng Phổ biến`` + ``, giáo dục pháp luật`` +
    ``chủ trì``, ``Cục Hộ tịch`` + ``, quốc tịch, chứng thực`` + ``, Cục …``): pieces of at most
    ``DEFAULT_FIELD_SYLLABLES + 2`` words in lower case, none a collective's noun, a head, a level, a clause word or
    a stop; None otherwise (``…, các đơn vị``, ``…, công an xã``: the next names; ``Trạm BTS, cột …``: no field)."""
    if not any(w[:1].isupper() and not w.isupper() for w in WORD.findall(text, start, q)[-2:]):
        return None
    acts = name_verbs.acts_field(text, start, q)  # (``Phòng Kiểm tra`` + ``, kiểm soát nội bộ``: a field of two acts)
    end, prev, base = None, "", 0
    for i, w in enumerate(WORD.finditer(text, r)):
        gap, count = text[(end or r) : w.start()].strip(" \t"), i - base
        if gap == "," and end is not None and w.group().islower() and head_word_at(text, w.start()) is None:
            base, prev, count = i, "", 0  # (``Cục Hộ tịch`` + ``, quốc tịch`` + ``, chứng thực``: the next piece)
        elif gap:  # (``…, giáo dục pháp luật`` + ``, Giám đốc Trung tâm …``: a list's next name after the field)
            return end if end is not None and gap in {",", ";"} and head_word_at(text, w.start()) is not None else None
        verb = predicate_at(text, w.start()) if end is not None else None
        if verb is not None:
            return end if verb else None
        word = w.group()
        if count > DEFAULT_FIELD_SYLLABLES + 1 or not word.isalpha() or not word.islower() or word in CLAUSE_WORDS:
            return None
        stop = STOP.match(text, w.start())
        first_act = acts and count == 0 and not ROLE_WORD.match(text, w.start())
        if (stop and not first_act) or LEVEL.match(text, w.start()):
            return None
        noun = noun_at(text, w.start()) is not None and f"{prev} {word}" not in syllable_pairs()  # (not ``nội bộ``)
        if noun or name_lexicon.LOWER_HEAD.match(text, w.start()):
            return None
        prev, end = word, (stop or w).end() if first_act else w.end()
    return None


#: Stops that open no predicate: a clause word, a passive, what one has or must (``được``, ``có``, ``phải``).
_NO_VERB_KEYS = frozenset(fold(w) for w in (*NOT_PREDICATE_STOPS, "được", "bị", "phải", "cần", "sẽ", "đã", "đang"))


def predicate_at(text: str, pos: int) -> bool | None:
    """Whether the stop at ``pos`` opens the sentence's predicate (``chủ trì``, ``có trách nhiệm``): True; False for a
    stop that opens none (a clause word, a passive: ``được``, ``căn cứ``); None where no stop of a name stands."""
    verb = STOP.match(text, pos)
    if verb is None or name_lexicon.STOP_COMPOUND.match(text, pos):
        return None
    return fold(verb.group()) not in _NO_VERB_KEYS


def grade_after_comma(text: str, q: int, r: int) -> int | None:
    """Where the grade after the comma at ``q`` ends (at ``r``) when the name before it ends with a grade of the same
    kind: a level's (``… cấp tỉnh`` + ``, cấp xã``) or a school's (``Các trường đại học`` + ``, cao đẳng``); one
    name, a body of each grade.  None otherwise."""
    grade = name_lexicon.GRADE.match(text, r)
    if grade is not None and name_lexicon.GRADE_AT_END.search(text, max(0, q - name_lexicon.DEFAULT_LEVEL_LOOKBACK), q):
        return grade.end()
    rank = RANK.match(text, r)
    before = RANK_AT_END.search(text, max(0, q - DEFAULT_RANK_LOOKBACK), q) if rank is not None else None
    if rank is not None and before is not None and rank.group("word") == before.group("word"):
        return rank.end()  # ``Các bệnh viện hạng I`` + ``, hạng II``: the next rank of the same word
    village = PLACE_ALONE.match(text, r)  # ``Các tổ hòa giải ở thôn`` + ``, tổ dân phố``: where they are, twice
    if village is not None and AT_PLACE_END.search(text, max(0, q - DEFAULT_SCHOOL_LOOKBACK), q):
        return village.end()
    school = _SCHOOL_GRADE.match(text, r if text[r : r + 1].strip() else _SPACES.match(text, q + 1).end())
    after = _SCHOOL_GRADES_AT_END.search(text, max(0, q - DEFAULT_SCHOOL_LOOKBACK), q) if school is not None else None
    return school.end() if school is not None and after is not None else None


_SPACES = compiled(r"\s*")
_PLACES = "|".join(p.replace(" ", r"[ \t]+") for p in (*PLACE_LEVELS, *VILLAGE_PLACES))
#: A place's level alone (``tổ dân phố``, ``xã``), and ``ở``/``tại`` + one just before a position (``ở thôn``): where a
#: name is, named twice (``Các tổ hòa giải ở thôn`` + ``, tổ dân phố``; a partner ``… ở thôn`` + ``, tổ dân phố``).
PLACE_ALONE = compiled(r"(?:" + _PLACES + r")(?![\p{L}])")
AT_PLACE_END = compiled(r"(?<![\p{L}])(?:ở|tại)[ \t]+(?:" + _PLACES + r")$")
_BLANKS = compiled(r"[ \t]*")
#: How far back a rank before a comma is looked for (``hạng`` + its value).
DEFAULT_RANK_LOOKBACK = 12
#: How far back a school's grades before a comma are looked for (``trường`` + grades).
DEFAULT_SCHOOL_LOOKBACK = 80


_SCHOOL_GRADE = name_lexicon.alternation(SCHOOL_GRADES)
_SCHOOL_GRADES_AT_END = compiled(
    r"(?i:trường)\s+(?:" + _SCHOOL_GRADE.pattern + r")(?:\s*,\s*(?:" + _SCHOOL_GRADE.pattern + r"))*$",
    regex.REVERSE,
)


def lower_pair_to_level(text: str, start: int, q: int, r: int) -> int | None:
    """Where a name in sentence case goes on after ``và`` at ``q`` with a second noun in lower case that its level
    closes (``Hội Bảo trợ người khuyết tật`` + ``và trẻ mồ côi`` + ``tỉnh``): the end of the words at ``r`` before the
    level, when a word in lower case stands before ``và``, a capital among the name's words, and the words after it
    are at most ``DEFAULT_FIELD_SYLLABLES + 2``, none a head (``và trạm y tế xã``: a second body), a stop, a clause
    word or a determiner; None otherwise."""
    if not text[r : r + 1].islower() or not _lower_before(text, start, q):
        return None
    if not any(w[:1].isupper() for w in WORD.findall(text, start, q)) or noun_at(text, r) is not None:
        return None
    end = None
    for count, w in enumerate(WORD.finditer(text, r)):
        if text[(end or r) : w.start()].strip(" \t"):
            return None  # punctuation inside: a list, a clause
        if LEVEL.match(text, w.start()):
            return end
        if count > DEFAULT_FIELD_SYLLABLES + 1 or not w.group().islower() or w.group() in CLAUSE_WORDS:
            return None
        if STOP.match(text, w.start()):
            return None
        end = w.end()
    return None


#: A verb of one or two words and the agent's syllable after it (``Giám sát viên``, ``Điều tra viên``, ``Tuyên truyền
#: viên``): a person who does it, no verb.
_ONE_ROOT_MEMBER_KEYS = frozenset(ONE_ROOT_MEMBERS)
_VERB_AGENT = compiled(
    r"(\p{L}+(?:[ \t]+\p{L}+)?)[ \t]+(?:viên(?![ \t]+chức)|sư"  # (not ``viên chức``)
    # ``Tham mưu trưởng``, ``Chỉ huy trưởng``: a post, where before a word in lower case (``Báo cáo trưởng thôn``) the
    # syllable opens the head of a unit, the verb's object
    r"|trưởng(?=[ \t]*[,;:.(]|[ \t]+\p{Lu}|[ \t]+(?:chịu|có|chủ|phối|là|được|thực|chỉ|tổ|trực)(?![\p{L}])))(?![\p{L}])"
)
#: The grammar's stops in any case (a verb capitalised at a sentence's start: ``Giám sát viên …``).
ANY_CASE_STOP = name_lexicon.alternation(NAME_STOPS, flags="(?i)")


def verb_agent_noun(text: str, pos: int) -> bool:
    """Whether the words at ``pos`` are a verb and the agent's syllable after it (``Giám sát viên địa bàn …``), or a
    verb's first syllable in a compound of two and the syllable (``Giao dịch viên``, not ``Giao đoàn viên``: a verb
    and its object, ``ONE_ROOT_MEMBERS``): an agent noun, which names a post, not a sentence's verb."""
    m = _VERB_AGENT.match(text, pos)
    if m is None:
        return False
    if ANY_CASE_STOP.fullmatch(text, m.start(1), m.end(1)) is not None:
        return True
    root = m.group(1).split()
    return (
        len(root) == 2
        and root[1].islower()
        and f"{root[1]} {text[m.end(1) : m.end()].strip()}" not in _ONE_ROOT_MEMBER_KEYS
    )


def grade_group_end(text: str, end: int) -> int:
    """Where a unit's name ending at ``end`` ends with the grade group after it (``Tổ chuyên môn`` + ``khối Mẫu giáo
    lớn``: ``GRADE_GROUP``), else ``end``."""
    group = GRADE_GROUP.match(text, skip_spaces(text, end))
    return group.end() if group is not None else end


def closed_by_proper_name(name: str) -> bool:
    """Whether ``name``, written in sentence case (a syllable in lower case after its first), ends with a proper name
    of two or more syllables each capitalised (``Viễn thông Gia Thạnh``, ``Nhà máy nước Đồng Tâm``): the name is whole,
    a capital after ``và`` begins the next (``… và Bưu điện tỉnh``), where a field goes on (``Trung tâm Văn hóa`` +
    ``và Thể thao``: ``hóa`` in lower case; ``Xưởng và Phim Truyện``: a joiner is no word of a name)."""
    words = WORD.findall(name)
    last = 0
    while last < len(words) - 1 and words[-1 - last][:1].isupper():
        last += 1
    return last >= 2 and any(w[:1].islower() and w not in ("và", "hoặc") for w in words[1 : len(words) - last])
