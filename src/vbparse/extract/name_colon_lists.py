"""The members a colon lists after a plural (issue 52, names: colon lists): ``Các Sở: Xây dựng, Tài chính …``,
``Giám đốc các Sở: Y tế, …``, ``Các phân xưởng: Ép mía, Nấu đường và Lò hơi - Điện …``, each member its own name with
the plural's noun (and the post before it) as its head; where a member ends (a verb, a place's proper name ending in
capitals), when ``và`` joins two members or one name."""

from __future__ import annotations

import regex

from ..chars import collapse_spaces, fold, tone_key
from ..pattern_cache import compiled
from ..tables.bodies import LOWER_KIND_MEMBER, MEMBER, MEMBER_SEPARATOR, PLACE_LEVELS, VILLAGE_PLACES
from ..tables.patterns import HAMLET_PLACE
from ..tables.portfolios import PORTFOLIO
from ..tables.post_shapes import AGENT_SYLLABLES
from .name_fields import joined_by_law
from .name_level_subjects import NO_ONE_HEAD_KEYS
from .name_lexicon import (
    COLLECTIVE,
    DEFAULT_ALIAS_WINDOW,
    STOP,
    STOP_COMPOUND_END,
    TASK_VERB,
    WORD,
    NameSpan,
    alias_at,
    head_word_at,
    rstrip_end,
    skip_spaces,
)
from .name_run import name_at

_PLACE_LEVEL_KEYS = frozenset(fold(lv) for lv in (*PLACE_LEVELS, *VILLAGE_PLACES))


def colon_members(text: str, pos: int, prefix: str, nouns: list[str], kind: str) -> list[NameSpan] | None:
    """The members listed from ``pos`` (after the colon), each named ``prefix`` + the plural's noun + the member
    (``Giám đốc`` + ``Sở`` + ``Y tế``).  ``và`` between two members parts them when the alias table knows
    the left one as a whole name and not the two together (``Tài chính và Y tế``: two departments), or when the members are
    places; otherwise it is a word of the member's name (``Nông nghiệp và Môi trường``, ``Kinh tế và Hạ
    tầng``, a name the table may not know).  A member ends at a task verb in lower case."""
    noun = nouns[0] if len(nouns) == 1 else ""
    if noun and not prefix:
        noun = noun[:1].upper() + noun[1:]  # ``Các phòng: Tư pháp`` → ``Phòng Tư pháp``
    singular = f"{prefix} {noun}".strip()
    # a place's name never holds ``và`` (``Chuyên Mỹ và Đại Xuyên``: two communes); a department's may
    places = all(fold(w) in _PLACE_LEVEL_KEYS for w in nouns)
    out: list[NameSpan] = []
    last = False
    while True:
        m = MEMBER.match(text, pos) or (_lower_kind_member(text, pos) if out else None)
        # a verb in capitals names a member's field (``Thu gom - Vận chuyển rác``, ``Hỗ trợ nông dân``), one in lower
        # case is the predicate
        if m is None or _own_name_at(noun, text, pos) or _predicate_at(text, pos):
            break
        if not out and _LEVEL_OPENED.match(m.group()):
            places = True  # ``thành phố Hà An, thị xã Bến Lức và huyện Tân Yên``: places by their level
        start, end = m.start(), _whole_member_end(noun, text, m.start(), m.end())
        sep = MEMBER_SEPARATOR.match(text, end) if end >= m.end() else None
        if sep and sep.group().strip() == "và" and not places and (tail := _lower_tail(text, sep.end())) is not None:
            end, sep = tail, None  # ``Gia đình`` + ``và người chưa thành niên`` + the verb: the member's own words
        elif sep and sep.group().strip() == "," and (tail := _comma_field(text, sep.end())) is not None:
            end, sep = tail, None  # ``Thông tin`` + ``, xúc tiến du lịch`` + the verb: the last member's second field
        if sep and sep.group().strip() == "và" and not places:
            right = MEMBER.match(text, sep.end())
            right_end = _member_end(text, right.start(), right.end()) if right is not None else sep.end()
            if (
                right is not None
                and head_word_at(text, sep.end()) is None
                and not _two_known_members(noun, text[start:end], text[sep.end() : right_end])
                # ``Nấu đường`` + ``và Lò hơi - Điện``: a dashed pair after ``và`` is a member of its own (a name
                # joins by ``và`` after its dash, ``Lao động - Thương binh và Xã hội``, never before it)
                and _DASH.search(text, sep.end(), right_end) is None
                and not _closed_or_repeated(text[start:end], text[sep.end() : right_end])
            ):
                end = _member_end(text, right.start(), right.end())  # ``Sở Nông nghiệp và Môi trường``: one name
                sep = MEMBER_SEPARATOR.match(text, end) if end == right.end() else None
        member = collapse_spaces(text[start:end])
        out.append(
            NameSpan(
                start, end, kind, canonical=f"{singular} {member}".strip(), alias_end=end, rule="name.colon_members"
            )
        )
        if sep is None or (places and last):
            break  # ``…, Chuyên Mỹ và Đại Xuyên``: the place after ``và`` is the list's last
        last = sep.group().strip() == "và"
        nxt = MEMBER.match(text, sep.end()) or _lower_kind_member(text, sep.end())
        if nxt is None or _own_name_at(noun, text, sep.end(), semicolon=";" in sep.group()):
            break  # the next item of the sentence's list is a name of its own (``; Viện trưởng …``)
        pos = sep.end()
    return out if len(out) >= 2 else None


_DASH = compiled(r"[ \t][-–][ \t]")
#: A member opening with its place's level in lower case (``thành phố Hà An``): the members are places.
_LEVEL_OPENING = r"(?:liên[ \t]+)?(?:huyện|xã|phường|quận|thị[ \t]+xã|thành[ \t]+phố)[ \t]+\p{Lu}"
_LEVEL_OPENED = compiled(_LEVEL_OPENING)


def _whole_member_end(noun: str, text: str, start: int, end: int) -> int:
    """Where the member ``MEMBER`` ran from ``start`` to ``end`` ends (``_member_end``), or further where the plural's
    noun and it make a name the alias table knows across a comma (``Sở`` + ``Văn hóa, Thể thao và Du lịch``)."""
    own = _member_end(text, start, end)
    if own < end or not noun or not text.startswith(",", end):
        return own
    full = f"{noun} {text[start : start + DEFAULT_ALIAS_WINDOW]}"
    hit = alias_at(full, 0)
    whole = start + hit[0] - len(noun) - 1 if hit is not None else end
    return whole if whole > end and text[whole : whole + 1] in ("", ",", ";", " ", "\n") else own


def _own_name_at(noun: str, text: str, pos: int, *, semicolon: bool = False) -> bool:
    """Whether what stands at ``pos`` in the list opens a name of its own (``_new_name_at``, or after a ``;`` any name
    the lexicon reads: ``; Viện trưởng …``): not a member the alias table knows with the plural's noun, nor a place
    whose proper name opens with a hamlet's word (``Bản Chắt``)."""
    if _known_member(noun, text, pos):
        return False
    return (semicolon and name_at(text, pos) is not None) or (
        _new_name_at(text, pos) and not HAMLET_PLACE.match(text, pos)
    )


def _closed_or_repeated(left: str, right: str) -> bool:
    """Whether ``left`` and ``right`` about a ``và`` are two members: the left closed by its number (``Thủy điện Nậm
    Mãng 2``: a field's name never goes on past a unit's number), the right opening with the left's first word
    (``Thủy điện A`` + ``và Thủy điện B``: two of a kind, no field holds its own word twice), or both proper names
    (``Bến Mới - Chợ Trạm`` + ``và Đồng Cốc``: places, every syllable capitalised, where a field's words after its
    first are in lower case: ``Văn hóa và Thông tin``)."""
    first = left.split(maxsplit=1)[0]
    return (
        left.rstrip()[-1:].isdecimal()
        # closed by its place's level (``Phụ nữ xã`` + ``và Cựu chiến binh xã``: a field's name never goes on past
        # the level of the body it names; twenty-eighth twins of F4)
        or _LEVEL_CLOSED.search(left) is not None
        or right.split(maxsplit=1)[:1] == [first]
        or (_PROPER_NAME.fullmatch(left.strip()) is not None and _PROPER_NAME.fullmatch(right.strip()) is not None)
    )


#: A member closed by its place's level (``Liên hiệp Phụ nữ xã``), as ``_closed_or_repeated`` reads the left of a ``và``.
_LEVEL_CLOSED = compiled(r"[ \t](?:xã|phường|huyện|quận|tỉnh|thị[ \t]+trấn)[ \t]*$")
#: A proper name of two syllables or more, each capitalised (a dash may join two: ``Bến Mới - Chợ Trạm``).
_PROPER_NAME = compiled(r"\p{Lu}\p{Ll}*(?:(?:[ \t]+|[ \t]+[-–][ \t]+)\p{Lu}\p{Ll}*)+")


def _lower_kind_member(text: str, pos: int) -> regex.Match[str] | None:
    """A later member opening with its kind in lower case, no verb among those words (``cửa khẩu cảng Biên Triều``)."""
    m = LOWER_KIND_MEMBER.match(text, pos)
    if m is None or any(STOP.match(text, w.start()) for w in WORD.finditer(text, pos, m.end()) if w.group().islower()):
        return None
    return m


#: The most words in lower case a member's name holds after ``và`` before the sentence's verb.
DEFAULT_LOWER_TAIL_WORDS = 6
#: Words no member's name holds after its ``và``: a passive, a copula (``chưa``, as in ``chưa thành niên``, may).
_NOT_NAME_WORDS = frozenset({"được", "bị", "là", "có", "phải", "cần"})


def _lower_tail(text: str, pos: int) -> int | None:
    """Where words in lower case after a member's ``và`` end when the sentence's task verb follows them at once, no
    task verb, mark or more than ``DEFAULT_LOWER_TAIL_WORDS`` among them (``Gia đình`` + ``và người chưa thành niên`` +
    ``đưa …``): the member's own words, not a name of its own."""
    end = pos
    for count, w in enumerate(WORD.finditer(text, pos)):
        if text[end : w.start()].strip() or not w.group()[:1].islower() or count > DEFAULT_LOWER_TAIL_WORDS:
            return None
        if TASK_VERB.match(text, w.start()) is not None:
            return end if count else None
        if w.group() in _NOT_NAME_WORDS:
            return None  # (``và người dân được hỗ trợ …``: a passive, no member's name)
        end = w.end()
    return None


#: The most words of a member's second field in lower case after its comma (``xúc tiến du lịch``).
DEFAULT_COMMA_FIELD_WORDS = 4


def _comma_field(text: str, pos: int) -> int | None:
    """Where a member's second field in lower case after its comma ends when the sentence's task verb follows it at
    once: a verb of the field and its object (``Thông tin`` + ``, xúc tiến du lịch`` + ``xây dựng …``; twenty-first
    twin of A3), two words at least before the task verb, no capital, mark, passive or more than
    ``DEFAULT_COMMA_FIELD_WORDS`` words; None otherwise (``…, rà soát, báo cáo``: a list of the predicate's verbs)."""
    first = TASK_VERB.match(text, pos)  # (a verb of the field must have its object before the sentence's verb)
    end, objects = pos, first is None
    for count, w in enumerate(WORD.finditer(text, pos)):
        if text[end : w.start()].strip() or not w.group()[:1].islower() or count > DEFAULT_COMMA_FIELD_WORDS:
            return None
        verb = TASK_VERB.match(text, w.start())
        if count >= 2 and verb is not None:
            return end if objects else None
        if w.group() in _NOT_NAME_WORDS:
            return None
        objects = objects or (first is not None and w.start() >= first.end() and verb is None)
        end = w.end()
    return None


def _predicate_at(text: str, pos: int) -> bool:
    """Whether a task verb in lower case stands at ``pos`` (where a member would begin)."""
    return text[pos : pos + 1].islower() and STOP.match(text, pos) is not None


def _new_name_at(text: str, pos: int) -> bool:
    """Whether a member at ``pos`` opens a name of its own: a body's head (``Viện …``) or a post before what it is a
    post of (``Viện trưởng Viện …``, ``Thủ trưởng các cơ quan …``); not a field that heads posts elsewhere, bare
    or with its own words in lower case before a dash, a comma or the verb (``Các khoa: Kế toán - Tài chính, …``:
    ``Khoa Kế toán - Tài chính``; ``Trưởng các phòng: …, Kế toán nhà nước`` + the verb)."""
    head = head_word_at(text, pos)
    verb = STOP.match(text[pos : pos + DEFAULT_FIELD_VERB_CHARS].lower()) if head is not None else None
    if head is not None and verb is not None and pos + verb.end() > head[0]:
        return False  # ``Tổ chức cán bộ``: a field whose first syllable is a head (``Tổ``), the two a verb
    if head is None or head[1] != "position":
        return head is not None
    after = skip_spaces(text, head[0])
    for w in WORD.finditer(text, after, min(len(text), after + DEFAULT_FIELD_VERB_CHARS)):
        if text[after : w.start()].strip(" \t") or not w.group().islower() or STOP.match(text, w.start()):
            break
        if w.group() in ("các", "những") or head_word_at(text, w.start()) is not None:
            return True  # ``Thủ trưởng`` + ``các cơ quan …``: a post of the bodies after it
        after = w.end()  # ``Kế toán`` + ``nhà nước``: a field's words in lower case, no body's
    return not (after >= len(text) or text[after] in "-–,;." or STOP.match(text, skip_spaces(text, after)))


#: How far a verb whose first syllable is a head is looked for (``Tổ chức``, ``Đoàn kết``: a member's field).
DEFAULT_FIELD_VERB_CHARS = 24


def _known_member(noun: str, text: str, pos: int) -> bool:
    """Whether the plural's noun + the member at ``pos`` is a name the alias table knows (``Sở`` + ``Khoa học
    và Công nghệ``): a member, though it begins with a head word (``Khoa``)."""
    if not noun:
        return False
    full = f"{noun} {text[pos : pos + DEFAULT_ALIAS_WINDOW]}"
    hit = alias_at(full, 0)
    return hit is not None and hit[0] > len(noun) + 1


#: A word in lower case after a place's proper name that is no level or number of it (``Bãi Vẹm`` + ``kiểm soát``),
#: nor a branch of the member (``Công Thương`` + ``chi nhánh Vân Long``, ``Y Dược`` + ``phân hiệu Lạc Giang``).
_PLACE_NAME_ENDS = compiled(
    r"(?!(?:số|khu[ \t]+vực|huyện|xã|phường|tỉnh|thị|thành|quận|chi[ \t]+nhánh|phân[ \t]+hiệu)(?![\p{L}]))\p{Ll}"
)
#: A member's branch, whose place's proper name then ends the member as the member's own would.
_BRANCH = compiled(r"(?:chi[ \t]+nhánh|phân[ \t]+hiệu)(?![\p{L}])")


def _member_end(text: str, start: int, end: int) -> int:
    """Where a member that ``MEMBER`` ran to ``end`` ends: before the first lower-case task verb or clause word
    in it (``Tài chính rà soát …``: the sentence's predicate), or, after two capitalised words or more (a place's
    proper name: ``Bãi Vẹm``, or one after the field's words: ``Thông tin duyên hải Cửa Vạn``), before its first word
    in lower case."""
    capitals = 0  # the capitalised words the member opens with (or its branch's place: ``chi nhánh Vân Long``)
    proper = 0  # the capitalised words after a word in lower case (a place's name at the member's end)
    branch_end = start
    for w in WORD.finditer(text, start, end):
        if w.start() < branch_end:
            continue
        if (branch := _BRANCH.match(text, w.start())) is not None:
            capitals, branch_end = 0, branch.end()
            continue
        if _DASH.search(text, max(start, w.start() - 3), w.start()) and capitals >= 0:
            capitals = 0  # ``Bếp`` + `` - Nhà hàng``: a dashed pair's next field opens anew
        upper = w.group()[:1].isupper()
        if upper and capitals >= 0:
            capitals += 1
        elif upper:
            proper += 1  # ``Thông tin duyên hải`` + ``Cửa Vạn``: a place's proper name after the field's words
        elif (capitals >= 2 or proper >= 2) and _PLACE_NAME_ENDS.match(text, w.start()):
            return rstrip_end(
                text, start, w.start()
            )  # ``Bãi Vẹm`` + ``kiểm soát …``: a place's name goes on no further
        else:
            capitals, proper = -1, 0
        stop = STOP.match(text, w.start()) if w.start() > start and w.group()[:1].islower() else None
        # (not a verb that ends a compound noun: ``Hậu cần - Kỹ thuật``, ``Tư vấn``; nor one inside a dashed pair's
        # first field: ``Hồi sức tích cực`` + ``- Chống độc``)
        if (
            stop is not None
            and not STOP_COMPOUND_END.search(text, start, stop.end())
            and not _DASHED_ON.match(text, stop.end())
        ):
            return rstrip_end(text, start, w.start())
    return end


#: A member's dashed pair going on after a word: its second field in capitals (``… tích cực`` + `` - Chống độc``).
_DASHED_ON = compiled(r"(?:[ \t]+\p{Ll}+)*[ \t]*[-–][ \t]*\p{Lu}")


def _two_known_members(noun: str, left: str, right: str) -> bool:
    """Whether ``noun left`` is a name the alias table knows and ``noun left và right`` is not: ``Tài chính`` is a
    department's whole name, so ``và Y tế`` names the next."""
    if not noun:
        return False

    def known(name: str) -> bool:
        full = collapse_spaces(f"{noun} {name}")
        hit = alias_at(full, 0)
        return hit is not None and hit[0] >= len(full)

    return (known(left) and not known(f"{left} và {right}")) or _two_portfolios(left, right)


def _two_portfolios(left: str, right: str) -> bool:
    """Whether ``left`` and ``right`` are each a whole portfolio that the law never joins by ``và`` (``Tư pháp`` +
    ``Y tế``: two departments; ``Khoa học`` + ``Công nghệ``: one, ``JOINED_BY_VA``)."""
    if PORTFOLIO.fullmatch(left.strip()) is None or PORTFOLIO.fullmatch(right.strip()) is None:
        return False
    last = _FIELD_PARTS.split(left.strip())[-1]
    first = _FIELD_PARTS.split(right.strip())[0]
    return not joined_by_law(last, first)


_FIELD_PARTS = compiled(r"[ \t]*[,\-–][ \t]*|[ \t]+và[ \t]+")


#: ``Các <plural>:`` (``Các Chi cục:``, ``Hiệu trưởng các Trường:``, ``Giám đốc các Ban Quản lý:``) opening a list of
#: members.
_PLURAL_COLON = compiled(
    r"(?P<before>(?:\p{Lu}\p{L}*(?:[ \t]+\p{L}+){0,3}?[ \t]+)?)[Cc]ác[ \t]+"
    r"(?P<noun>\p{L}+(?:[ \t]+(?:[-–][ \t]+)?\p{L}+){0,7}?)[ \t]*:[ \t]*"  # (``Đoàn Kinh tế - Quốc phòng``)
    # a member in capitals, by its number (``Các tổ dân phố: 5, 7B``, ``Các Phòng Công chứng: số 1, số 2``) or a place
    # by its level (``thành phố Hà An``)
    r"(?=\p{Lu}|(?:số[ \t]+)?\d{1,4}\p{Lu}?[ \t]*(?:,|và[ \t])|" + _LEVEL_OPENING + ")"
)


#: A post made of a unit's noun and an agent's syllable (``Hạt trưởng``, ``Trạm trưởng``, ``Đội trưởng``).
_AGENT_POST = compiled(r"\p{Lu}\p{Ll}*(?:[ \t]+\p{Ll}+){0,2}[ \t]+(?:" + "|".join(AGENT_SYLLABLES) + r")")


def plural_colon_at(text: str, pos: int) -> list[NameSpan] | None:
    """``Các Chi cục: Kiểm lâm, Thủy lợi …`` / ``Hiệu trưởng các Trường: A, B`` at ``pos``: the members, each
    with the plural's head (a body's head or a collective noun of the grammar; a post before it, if any,
    goes on each)."""
    at = text.find("ác", pos)  # every match holds ``các`` and a colon after it: most texts are not matched
    if at < 0 or text.find(":", at) < 0:
        return None
    m = _PLURAL_COLON.match(text, pos)
    if m is None:
        return None
    noun = m.group("noun")
    cap = noun[:1].upper() + noun[1:]
    before = m.group("before").strip()
    # ``Hạt trưởng các Hạt Kiểm lâm:``: a post made with ``trưởng`` over units of a head no list knows, capitalised
    units_post = noun[:1].isupper() and _AGENT_POST.fullmatch(before) is not None
    # ``Các Nhà hát: Chèo, Cải lương …``, ``Các phân xưởng: Ép mía, …``: a head no list knows whose members are
    # bodies (not things: ``Các nội dung: …``)
    named = not before and tone_key(noun.lower()) not in NO_ONE_HEAD_KEYS
    if head_word_at(cap, 0) is None and fold(noun) not in COLLECTIVE and not (units_post or named):
        return None
    if before and head_word_at(text, pos) is None and not units_post:
        return None  # what stands before ``các`` must be a post (``Giám đốc``), not any words
    kind = "position" if before else (head_word_at(cap, 0) or (0, "body"))[1]
    # (``Trưởng các thôn: A``: a post of each place, its level in lower case as the law writes it: ``Trưởng thôn A``)
    level = before and noun.islower() and fold(noun) in _PLACE_LEVEL_KEYS
    return colon_members(text, m.end(), before, [noun if level else cap], kind)
