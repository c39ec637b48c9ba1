"""One name from its head to where the sentence goes on (``name_at``), the grammar without some heads
(``without_heads``), and the recognition caches."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from ..chars import collapse_spaces, fold, match_key
from ..pattern_cache import compiled
from ..tables.bodies import LEGAL_FORM, LEVEL_NAMED_HEADS, PERSON_HONORIFICS, POST_STOPS
from ..tables.name_clauses import ASSIGNED_CLAUSE, LEVEL_RANGE, PARTY_RANK, WORKPLACE_CLAUSE
from . import name_compounds, name_fields, name_functions, name_lexicon, name_trades
from .name_actors import market_actor, market_actor_before
from .name_area_clauses import area_clause_end
from .name_chiefs import unit_chief_at
from .name_fields import (
    bare_head_lists_next,
    heads_places_at,
    names_another,
    place_then_name,
    places_at,
)
from .name_functions import named_for_verb
from .name_lexicon import (
    ANY_CASE_LEVEL_AT_END,
    BARE_COLLECTIVE_KEYS,
    BARE_POST_SCOPE,
    BRANCH_AFTER_DASH,
    CAC,
    CAP_RUN,
    CAP_STOP,
    CAP_WORD,
    CENTRAL_COMMITTEE_END,
    COMMAND_KEYS,
    DASH_AFTER,
    DEFAULT_CACHE,
    DEFAULT_LEVEL_LOOKBACK,
    DEFAULT_LOWER_LIST_WORDS,
    DEFAULT_MAX_NAME_WORDS,
    DEFAULT_POST_INTRO_WINDOW,
    DEFAULT_POST_LOOKBACK,
    DETERMINER_KEYS,
    FILLER_KEYS,
    GENERIC_KEYS,
    HONORIFIC,
    JOINT_OFFICE_BODY,
    JOINT_OFFICE_FIRST,
    LEVEL,
    LEVEL_AT_END,
    LOCATED_AT,
    OWNING_BODY,
    PERSON_NAME,
    PORTFOLIO,
    POST_INTRO,
    REGION_LEVEL_BEFORE,
    REGISTERED_CACHES,
    STOP,
    TAIL,
    VERB_KEYS,
    WORD,
    NameSpan,
    alias_at,
    alias_first_words,
    alias_index,
    alias_prefixes,
    bare_collective_at,
    canonical_name,
    collective_at,
    compile_heads,
    first_word,
    head_word_at,
    level_after_slash,
    lexicon_key,
    list_noun_at,
    listed_nouns_at,
    match_at,
    member_modified,
    new_member_at,
    noun_at,
    rstrip_end,
    second_list_at,
    skip_spaces,
    word_at,
)
from .name_verbs import ends_at_verb, second_field_after_dash
from .unit_numbers import count_ahead


@contextmanager
def without_heads(*heads: str) -> Iterator[None]:
    """The grammar without the head words ``heads`` (as ``lexicon_heads`` spells them; any case or tone
    placement), nor the alias table's spellings that begin with one: the patterns are compiled again once on
    entry and once on exit, and every recognition cache is cleared both times.  For measuring how much the
    grammar finds by where a name stands rather than by its word lists (``scripts/leave_one_head_out.py``);
    not thread-safe."""
    before = name_lexicon.LEFT_OUT
    name_lexicon.LEFT_OUT = before | {lexicon_key(h) for h in heads}
    try:
        compile_heads()
        _clear_lexicon_caches()
        yield
    finally:
        name_lexicon.LEFT_OUT = before
        compile_heads()
        _clear_lexicon_caches()


def _clear_lexicon_caches() -> None:
    for f in (alias_index, alias_prefixes, alias_first_words, _name_starts):
        f.cache_clear()
    clear_caches()


def _person_at(text: str, pos: int) -> NameSpan | None:
    """``đồng chí Nguyễn Văn A`` [``- Phó Giám đốc Sở``]."""
    m = HONORIFIC.match(text, pos)
    if not m:
        return None
    n = PERSON_NAME.match(text, m.end())
    if not n or head_word_at(text, n.start()) is not None:
        return None  # ``Đồng chí Phó Chủ tịch UBND xã`` names a post, not a person
    end = n.end()
    for syllable in list(WORD.finditer(text, n.start(), n.end()))[2:]:
        if name_lexicon.POSITION_HEAD.match(text, syllable.start()):
            # ``Ông Nguyễn Văn Cường Hiệu trưởng``: the post after the name, its comma lost, is no syllable of it
            end = rstrip_end(text, n.start(), syllable.start())
            n = PERSON_NAME.match(text, m.end(), end)
            break
    if n is None:
        return None
    position = None
    post = POST_INTRO.match(text[end : end + DEFAULT_POST_INTRO_WINDOW])
    if post:
        q = end + post.end()
        h = head_word_at(text, q)
        if h is not None:
            pend = extend_name(text, h[0], h[1])
            alias = alias_at(text, q)
            # the post's canonical spelling when the alias table knows it (``Phó chủ tịch UBND``)
            position = (
                alias[1]
                if alias is not None
                and (alias[0] >= pend - 1 or PORTFOLIO.match(text, skip_spaces(text, alias[0])) is not None)
                else canonical_name(collapse_spaces(text[q:pend]), None)
            )  # a person's post by its canonical spelling; its portfolio stays in the span, not the post
            end = pend
            if text[end : end + 1] == ")":
                end += 1
    person = n.group("name")
    return NameSpan(pos, end, "person", canonical=person, person_name=person, position=position, rule="name.person")


def extend_name(
    text: str,
    pos: int,
    kind: str,
    collective: bool = False,
    words: int = 0,
    after_level: bool = False,
    head: str = "",
    specified: bool = False,
    complete: bool = False,
) -> int:
    """Run a name on from ``pos`` (just after its head, or after ``words`` words of its name; ``after_level``
    when what came before ends with a place level) to where the sentence goes on.  ``head``: the name's
    head as written (a unit's head lets the body it belongs to close its name).  ``specified``: the name so far
    says which one (a spelling of the alias table, ``Sở Tài chính``), so that a comma after it may end it."""
    run = _NameRun(text, kind, collective, words, after_level, pos, pos, fold(head) in name_lexicon.SUBORDINATE_HEADS)
    run.command = fold(head) in COMMAND_KEYS
    run.level_named = fold(head) in _LEVEL_NAMED_KEYS
    run.specified, run.complete = specified, complete
    run.lower_head = head[:1].islower()
    run.sentence_case = any(w[:1].islower() for w in WORD.findall(head))
    run.generic = run.lower_head or fold(head) in name_lexicon.GENERIC_KEYS
    while run.end < len(text) and run.words < DEFAULT_MAX_NAME_WORDS and run.step():
        pass
    return run.end


_LEVEL_NAMED_KEYS = frozenset(fold(h) for h in LEVEL_NAMED_HEADS)
#: ``thuộc`` before the body that owns a class of bodies (``Các đơn vị thuộc`` + ``Sở Y tế``).
_BELONGING = compiled(r"thuộc[ \t]+(?=\p{Lu})")
#: A dashed pair's second field in lower case has at most this many words (``thông tin``, ``kế hoạch``).
DEFAULT_DASHED_FIELD_WORDS = 2
#: Kinds of name a field in capitals goes on after its comma in (``Phòng Phổ biến, giáo dục …``, ``Trưởng phòng …``).
_FIELDED = frozenset({"body", "unit", "position"})


@dataclass
class _NameRun:
    """A name being run on (``extend_name``), step by step: where it ends so far and what it has met, which
    decides whether the next word is still its own.  Each step returns True when the name ran on, False
    when it ends, and None (a step of several) when it does not apply."""

    text: str
    kind: str
    collective: bool
    words: int
    after_level: bool
    start: int
    end: int
    subordinate: bool
    parent_taken: bool = False
    command: bool = False  # a military command's name, which the body it is of closes (``BCH Quân sự Trung tâm``)
    level_named: bool = (
        False  # a committee named by its level (``Tỉnh đoàn``): no verb after it is what it is named for
    )
    #: a tail or a proper name closed the collective's list (``… các tỉnh, thành phố trực thuộc trung ương``,
    #: ``lực lượng Công an``): a comma after it begins the next name, not a further noun of the list
    list_closed: bool = False
    body_named: bool = True  # False right after a post's body head (``Bộ trưởng Bộ``), whose name is still to come
    ended: bool = False  # a phrase that closes the name (a range of levels): nothing after it is the name's
    specified: bool = False  # what came before ``start`` says which one (an alias's spelling): see ``_specified``
    lower_head: bool = False  # the head is in lower case (``chính quyền``): a name all in lower case has no portfolio
    generic: bool = False  # the head names a class of bodies (``đơn vị``, ``cơ quan``): whose they are is the name's
    complete: bool = False  # a department's whole name the alias table spells: see ``extend_name``
    sentence_case: bool = False  # the head holds a syllable in lower case (``Công ty``): see ``ends_at_proper_name``
    post_body_end: int | None = None  # where the head of a post's body ends (``Giám đốc Trung tâm``): its field next

    def take(self, end: int, words: int = 1, *, ended: bool = False) -> bool:
        """The name runs on to ``end``, ``words`` words more; ``ended``: and no further."""
        self.end, self.ended = end, self.ended or ended
        self.words += words
        return True

    def step(self) -> bool:
        """Take what follows the name so far, if it is the name's."""
        q = skip_spaces(self.text, self.end)
        if q >= len(self.text) or self.ended:
            return False
        ch = self.text[q]
        if ch in ':;.()[]|\n?!“”"':
            return False
        if ch in "-–" or ch == ",":
            return self.after_separator(q, ch)
        if ch == "/":
            return self.level_alternative(q)
        taken = self.phrase(q)
        if taken is not None:
            return taken
        w = word_at(self.text, q)
        if w is None:
            return False
        token = w.group()
        if token == "và" and (named := self.named_for(q, "va")) is not None:
            return self.take(named)  # ``Trung tâm Quản lý`` + ``và khai thác …``: a second function of the body
        if token == "và" and (pair := name_compounds.joined_after_va(self.text, q, skip_spaces(self.text, w.end()))):
            return self.take(pair)  # ``Đội Kiểm lâm cơ động`` + ``và Phòng cháy, chữa cháy rừng``: a field, no head
        for rule in (self.collective_word, self.conjunction):
            taken = rule(q, w)
            if taken is not None:
                return taken
        return self.word(q, w, token)

    def level_alternative(self, q: int) -> bool:
        """A slash between two levels of units names one collective (``UBND các tỉnh/thành phố``, ``các
        xã/phường``); any other slash ends the name."""
        lev = level_after_slash(self.text, q)
        if lev is None or not LEVEL_AT_END.search(self.text[self.start : q].rstrip()):
            return False
        return self.take(lev.end())

    def after_separator(self, q: int, ch: str) -> bool:
        """After a hyphen or a comma: the same name goes on (a legal form, a collective's next noun, a
        double post, a compound or a list in its name) or the next name begins."""
        text, kind = self.text, self.kind
        r = skip_spaces(text, q + 1)
        if ch in "-–" and q > 0 and text[q - 1] not in " \t":  # a hyphenated abbreviation (CT-XH)
            r = q + 1
        nxt = word_at(text, r)
        if nxt is None:
            return False
        legal = (LEGAL_FORM.match(text, r) or BRANCH_AFTER_DASH.match(text, r)) if ch in "-–" else None
        if legal:  # ``Tập đoàn Vingroup - Công ty CP``: the company's legal form, no second name; a body's branch
            return self.take(legal.end())
        grade = name_fields.grade_after_comma(text, q, r) if ch == "," else None
        if grade is not None:
            return self.take(grade)  # ``… cấp tỉnh, cấp xã``, ``Các trường đại học, cao đẳng``: one name, each grade
        listed = self.list_noun(q, r) if ch == "," else None
        if listed is not None:
            return listed
        second_post = name_lexicon.POSITION_HEAD.match(text, r) if ch in "-–" and kind == "position" else None
        if second_post is not None and text[r].isupper():
            # ``Trưởng phòng Tư pháp - Tổ phó Tổ giúp việc``: one person's double role, one assignee, the second whole
            return self.take(max(second_post.end(), (second := name_at(text, r)) and second.end or 0))
        field = 0  # a dashed pair's second field in lower case (``Văn hóa - thông tin``)
        if (
            ch in "-–"
            and (noun_at(text, r) is not None or CAP_WORD.match(nxt.group()) or (field := self.dashed_field(q, r)))
            and (head_word_at(text, r) is None or self.staff_field(r))
            and not HONORIFIC.match(text, r)
            and (not STOP.match(text, r) or (field := self.dashed_field(q, r)))
        ):
            return self.take(field or nxt.end())
        if ch == "," and (tail := self.lower_field_tail(q, r)) is not None:
            return self.take(tail, DEFAULT_LOWER_LIST_WORDS)
        if ch == "," and (compound := name_compounds.compound_after_comma(text, q, r)) is not None:
            return self.take(compound)  # ``Khoa Phòng, chống …``, ``Đội Phòng cháy, chữa cháy``: one word of the name
        if (
            ch == ","
            and CAP_WORD.match(nxt.group())
            and not (name_lexicon.ABBREVIATION.fullmatch(nxt.group()) and not text[self.start : q].isupper())
            and not self.after_level
            and not self.complete  # a department's whole name (``Sở Nội vụ``) + ``, Thư viện tỉnh``: the next name
            # an abbreviation (``MTTQ``) after a name not in capitals, a name that ends with its place (``Bảo hiểm xã
            # hội Thành phố``), a collective in lower case (``các doanh nghiệp …, Tổng Công ty …``): the comma ends it
            and not ANY_CASE_LEVEL_AT_END.search(text, max(0, q - DEFAULT_LEVEL_LOOKBACK), q)
            and not (self.lower_head and not _specified(text, self.start, q))  # (``chính quyền``: no portfolio)
            and not (kind != "position" and not self.words and bare_head_lists_next(text, self.start, q))
            and not (self.collective and _lower_words(text, self.start, q))
            and not heads_places_at(text, r)
            and head_word_at(text, r) is None
            and alias_at(text, r) is None
            and not CAC.match(text, r)
            and not LEVEL.match(text, r)
            and not ((self.specified or kind == "body" or _specified(text, self.start, q)) and names_another(text, r))
            and not name_fields.post_shaped_after(text, r)
            and not name_compounds.fields_closed(text, self.start, q)  # (``… và Du lịch`` + ``, Thư viện tỉnh``)
            and not name_fields.whole_department_before(text, self.start, q, r)  # (asked last: the dearest)
        ):
            return self.take(nxt.end())  # Sở Văn hóa, Thể thao và Du lịch
        return False

    def lower_field_tail(self, q: int, r: int) -> int | None:
        """Where a field goes on in lower case after its comma at ``q`` (``name_compounds.lower_field_end``), or None."""
        fielded = not (self.collective or self.after_level) and self.kind in _FIELDED and self.words
        return name_compounds.lower_field_end(self.text, self.start, q, r) if fielded else None

    def staff_field(self, r: int) -> bool:
        """Whether the head word at ``r``, after a unit's dash, is the unit's second field (``name_verbs``)."""
        return second_field_after_dash(self.text, self.kind, r)

    def dashed_field(self, q: int, r: int) -> int:
        """Where a dashed pair's second field in lower case ends (``Bộ phận Văn hóa - thông tin``, ``Tổ Địa chính - xây
        dựng``), a verb elsewhere or not: the name says which one by a capital before the dash, and a separator or a
        place's name follows at most ``DEFAULT_DASHED_FIELD_WORDS`` words (not ``Sở Y tế - kiểm tra các cơ sở``)."""
        text = self.text
        if not _specified(text, self.start, q):
            return 0
        prev = 0  # (``Khu di tích - danh thắng`` + ``Non Thiêng``: a place's own name, no body's head, closes the pair)
        for n, w in enumerate(itertools.islice(WORD.finditer(text, r), DEFAULT_DASHED_FIELD_WORDS + 1)):
            if not w.group()[:1].islower() or n == DEFAULT_DASHED_FIELD_WORDS:
                proper = prev and w.group()[:1].isupper() and head_word_at(text, w.start()) is None
                return prev if proper and not name_lexicon.TASK_VERB.match(text, r) else 0
            prev = w.end()
            after = skip_spaces(text, w.end())
            if after >= len(text) or text[after] in ",;:.)\n":
                return w.end()
        return 0

    def list_noun(self, q: int, r: int) -> bool | None:
        """After a comma at ``q``, a collective's next noun at ``r`` (``các cơ quan, đơn vị``): True when it goes on
        the list, False when it begins the next assignee, None when no noun of a list follows."""
        text = self.text
        if not (
            (not self.list_closed or (self.after_level and LEVEL.match(text, r) is not None))
            and (self.collective or (self.after_level and LEVEL.match(text, r) is not None))
            and list_noun_at(text, r)
            and (self.collective or text[r : r + 1].islower())
            # after places, a noun that is not one names other bodies (``UBND các huyện, thị xã, đơn vị …``, 58)
            and (LEVEL.match(text, r) is not None or not LEVEL_AT_END.search(text[self.start : q].rstrip(" ,")))
        ):
            return None
        if market_actor(text, r, noun_at(text, r)) != market_actor_before(text, q):
            return False  # ``các Sở, ban ngành, nhà đầu tư thứ cấp``: the state's bodies, then the market's actors
        if self.kind == "other" and new_member_at(text, r, member_modified(text, q)):
            return False  # ``Các doanh nghiệp vận tải, doanh nghiệp xăng dầu``: two members, each its own modifier
        return self.take(noun_at(text, r) or r)

    def phrase(self, q: int) -> bool | None:
        """A phrase that goes on a name: a post's portfolio, a collective's ``được phân công …``, a tail
        (``trên địa bàn``, ``trực thuộc``) and what it names."""
        text = self.text
        portfolio = PORTFOLIO.match(text, q) if self.kind == "position" else None
        if portfolio is None and self.kind == "position" and self.words == 0:
            # a bare post named by what it is in charge of (``Chuyên viên phụ trách tổng hợp``, ``Giáo viên phụ
            # trách thư viện``): the scope's first word is its own, even one that could be a verb
            portfolio = BARE_POST_SCOPE.match(text, q)
            verb = (
                match_at(STOP, first_word(text, portfolio.start("first")), text, portfolio.start("first"))
                if portfolio
                else None
            )
            if verb is not None and portfolio is not None:  # the scope's verb whole: ``tổng hợp``, not ``tổng``
                return self.take(max(verb.end(), portfolio.end()), 3)
        if portfolio:  # ``Phó Chủ tịch phụ trách lĩnh vực Kinh tế``: the post with its portfolio
            self.after_level = False  # ``Phó Chủ tịch UBND xã phụ trách khối Văn hóa - Xã hội``: the portfolio's name
            return self.take(portfolio.end(), 2)
        # a collective's clause of what it was given; anyone's of where they work (``Cán bộ, công chức làm việc tại …``)
        assigned = (ASSIGNED_CLAUSE if self.collective else WORKPLACE_CLAUSE).match(text, q)
        if assigned:  # ``Các cơ quan được phân công chủ trì … theo Kế hoạch này`` (có trách nhiệm …)
            return self.take(assigned.end(), 2)
        area = area_clause_end(text, q, self.collective) if self.after_level or self.collective else None
        if area:  # ``UBND các xã thuộc vùng ven sông Mây`` + ``chịu trách nhiệm …``: the area its places are of
            self.ended = self.ended or not self.after_level  # (``Các cá nhân có thành tích`` + ``được đề nghị``)
            return self.take(area, 2)
        level_range = LEVEL_RANGE.match(text, q) if self.collective else None
        if level_range:  # ``Các cơ quan chuyên môn từ tỉnh đến địa phương`` + the task
            self.ended = True
            return self.take(level_range.end(), 2)
        located = LOCATED_AT.match(text, q) if self.words and text.startswith(("tại", "ở"), q) else None
        if located is not None:  # ``Kho bạc Nhà nước tại tỉnh Đồng Tháp``: where it sits, then its place
            return self.take(located.end())
        owned = self.owner(q)
        if owned is not None:
            return owned
        tail = match_at(TAIL, first_word(text, q), text, q)
        if not tail:
            return None
        self.take(name_fields.grade_group_end(text, tail.end()))  # (``Tổ chuyên môn`` + ``khối Mẫu giáo lớn``)
        self.list_closed = True
        self.after_level = False  # ``UBND các xã trên địa bàn`` + its place: the tail's own words
        if not fold(tail.group()).endswith("thuoc") and name_compounds.sentence_after_tail(
            text, skip_spaces(text, self.end)
        ):
            # ``các đoàn thể trên địa bàn thông tin, tuyên truyền``, ``các ngành liên quan mở rộng …``: the task's verb
            return False
        if fold(tail.group()).endswith("thuoc"):
            owner = name_at(text, skip_spaces(text, self.end))
            if owner is not None and owner.kind != "person":  # (a named unit's too: ``Đội … trực thuộc`` + its body)
                self.take(owner.end, 2)  # ``Các cơ quan trực thuộc Bộ Văn hóa, Thể thao và Du lịch``
        return True

    def owner(self, q: int) -> bool | None:
        """``thuộc`` + the body that owns a class of bodies (``Các đơn vị thuộc Sở Y tế``, ``Đơn vị sự nghiệp công lập
        thuộc Ủy ban nhân dân thành phố``) or the staff a staff noun names (``Cán bộ, công chức thuộc Sở Y tế``): whose
        they are, the name's; a named unit's owner closes it elsewhere."""
        belongs = _BELONGING.match(self.text, q) if self.text.startswith("thuộc", q) else None
        if belongs is None or not (self.collective or self.generic or name_functions.staff_before(self.text, q)):
            return None
        owner = name_at(self.text, belongs.end())
        if owner is None or owner.kind in {"person", "position"}:
            return None
        self.list_closed = True  # (``…, cơ quan thuộc Chính phủ`` + ``và Ủy ban nhân dân …``: the next name)
        return self.take(owner.end, 2)

    def collective_word(self, q: int, w: regex.Match[str]) -> bool | None:
        """``các`` + plural nouns makes the name a collective's; a collective's ``của`` + a body is whose."""
        text, token = self.text, w.group()
        if token in {"các", "Các"} and not self.after_level:
            coll_end = collective_at(text, q)
            if coll_end is not None:  # Thủ trưởng các sở, ban, ngành
                self.collective = True
                # ``UBND các xã, phường`` + lower case: the sentence goes on, as after ``UBND xã``
                self.after_level = LEVEL_AT_END.search(text[q:coll_end]) is not None
                return self.take(coll_end)
        if (
            token[:1].islower()
            and not self.after_level
            and name_lexicon.AFTER_POST.search(text, max(0, q - DEFAULT_POST_LOOKBACK), q)
        ):
            coll_end = listed_nouns_at(text, q)
            if coll_end is not None:  # ``Thủ trưởng sở, ban, ngành thành phố``: the post of each, ``các`` left out
                self.collective = True
                return self.take(coll_end)
        if token == "của" and self.collective:
            r = skip_spaces(text, w.end())
            owner = name_at(text, r)
            owner_end = owner.end if owner is not None and owner.kind != "person" else None
            if owner is None:
                caps = CAP_RUN.match(text, r)  # a body named before, by its short name: ``của Mặt trận``
                owner_end = caps.end() if caps and not CAP_STOP.match(text, r) else None
            if owner_end is not None:
                # ``các tổ chức thành viên của Mặt trận``: whose members they are
                return self.take(owner_end, 2)
        return None

    def conjunction(self, q: int, w: regex.Match[str]) -> bool | None:
        """``và``/``hoặc`` inside a name (``Sở Nông nghiệp và Môi trường``), or between two (``… và Nhà máy …``)."""
        if w.group() not in {"và", "hoặc"}:
            return None
        text, start = self.text, self.start
        r = skip_spaces(text, w.end())
        nxt = word_at(text, r)
        if nxt is None:
            return False
        joint = (
            JOINT_OFFICE_BODY.match(text, r)
            if JOINT_OFFICE_FIRST.search(text, max(0, start - DEFAULT_POST_LOOKBACK), q)
            else None
        )
        if joint:  # ``Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh``: one office of two bodies
            return self.take(joint.end())
        if self.after_level and self.words and place_then_name(text, r):
            # ``UBND thành phố Hà Nội, thành phố Hải Phòng và tỉnh Quảng Ninh``: the places of one head, as after a comma
            return self.take(w.end())
        if (
            self.words == 0
            and not self.collective
            and self.kind != "position"
            and head_word_at(text, r) is not None
            and not name_lexicon.BREAKING_HEAD.match(text, r)
        ):
            # ``Báo và Đài …``: one body; two posts (``Bí thư hoặc Phó Bí thư``) are two names, and a head that
            # always opens a name of its own (``Chính phủ và Ủy ban nhân dân các tỉnh``) another body
            return self.take(nxt.end())
        if (
            self.collective
            and list_noun_at(text, r)  # (not ``… và Công ty TNHH Đông Phong``: a body's own name)
            and (LEVEL.match(text, r) or not LEVEL_AT_END.search(text[start:q].rstrip(" ,")))
            and not second_list_at(text, r)
            and not new_member_at(text, r, member_modified(text, q), self.kind)  # (``… và chủ rừng``: the market's)
        ):  # ``các sở, ban và ngành``; not ``UBND các xã, phường và cơ quan, …``: after places, other bodies
            return self.take(noun_at(text, r) or r)
        if not self.after_level and (field := name_fields.lower_field_after_and(text, start, q, r)) is not None:
            return self.take(field)  # ``Trung tâm Quan trắc tài nguyên`` + ``và môi trường``: a second field
        if (
            CAP_WORD.match(nxt.group())
            and not self.after_level
            and not (self.words and _lower_words(text, start, q, self.collective))  # a lower-case list's: another
            and head_word_at(text, r) is None
            and alias_at(text, r) is None
            and not name_compounds.second_body_after_and(text, start, q, r)  # (+ ``Chi đoàn ấp X``)
        ):
            return self.take(nxt.end())  # Sở Nông nghiệp và Môi trường
        if (
            not self.after_level
            and nxt.group().islower()
            and fold(nxt.group()) not in DETERMINER_KEYS
            and not LEVEL.match(text, r)
            and fold(nxt.group()) in {fold(x) for x in WORD.findall(text, start, q)}
            and not STOP.match(text, r)
        ):
            # ``Ban Quản lý các khu công nghệ cao và khu công nghiệp``: the noun again
            return self.take(nxt.end())
        return False

    def post_body(self, q: int, token: str) -> bool | None:
        """After a post, the body it is a post of (``Ủy viên Ban Chấp hành``, ``Chuyên viên cơ quan MTTQ xã``), whose
        own name is still to come (a unit's: ``Giám thị Trại tạm giam`` + ``Công an tỉnh``); None when none follows."""
        text = self.text
        if self.kind == "position" and not self.words and token[:1].islower():
            noun = noun_at(text, q)
            after = skip_spaces(text, noun) if noun is not None else q
            if noun is not None and fold(text[q:noun]) in BARE_COLLECTIVE_KEYS and text[after : after + 1].isupper():
                # ``Chuyên viên cơ quan MTTQ xã``: a post of a body named by its generic noun, in lower case
                self.body_named = False
                return self.take(noun)
        if CAP_WORD.match(token) and name_lexicon.AFTER_POST.search(text, max(0, q - DEFAULT_POST_LOOKBACK), q):
            post_body = head_word_at(text, q)
            if post_body is None and (rank := _POST_RANK.match(text, q)) is not None:
                post_body = (rank.end(), "position")  # ``Thường trực`` where no list knows it: the post's rank
            if post_body is not None:
                # a post and the body it is a post of: ``Ủy viên Ban Chấp hành``, ``Phó trưởng Ban vận động``
                self.body_named = False  # ``Bộ trưởng Bộ Công an``: the body's own name follows, even a head's
                after = skip_spaces(text, post_body[0])
                body = head_word_at(text, after) if text[after : after + 1].isupper() else None
                if body is not None and body[1] != "position":
                    # ``Phó Chủ tịch Thường trực Ủy ban MTTQ``: the post's rank, then the body it is a post of
                    return self.take(body[0], 2)
                self.post_body_end = post_body[0] if post_body[1] in ("body", "unit") else None
                self.subordinate = self.subordinate or fold(text[q : post_body[0]]) in name_lexicon.SUBORDINATE_HEADS
                return self.take(post_body[0])
        return None

    def named_for(self, q: int, first: str) -> int | None:
        """Where what the head is named for ends, when the verb at ``q`` is that (``named_for_verb``): right after a
        head, or after a staff member's noun (``Chuyên viên``) or a post over a body's bare head (``Trưởng Trạm``)."""
        body = self.kind in ("body", "unit") and not (self.collective or self.lower_head or self.generic)
        staff = self.kind == "position" and (
            (self.words in (0, 2) and name_functions.named_by_work_before(self.text, q))  # (+ ``Trưởng các Đội``)
            or (self.words == 1 and name_functions.body_head_before(self.text, q))
        )
        field = self.start if body else self.post_body_end  # ``Trung tâm`` / ``Giám đốc Trung tâm`` + ``Giám sát``
        if field is not None and self.text[field:q].strip() and self.words <= 3 + (not body) and self.text[q].islower():
            return name_functions.sentence_case_object_end(self.text, field, q)  # + ``điều hành``: its object
        body = body and not self.level_named  # (``Tỉnh đoàn`` + its verb: a whole name)
        return named_for_verb(self.text, q, first, body=body, staff=staff) if self.words == 0 or staff else None

    def word(self, q: int, w: regex.Match[str], token: str) -> bool:
        """Any other word: the sentence going on, a level, a post's body, the next name's head, or more of this one."""
        text = self.text
        if self.after_level and (region := _region_number_end(text, q, w)) is not None:
            return self.take(region)  # a region is numbered (``… chi nhánh khu vực 14``, ``… khu vực số 3``)
        if self.after_level and token == "thuộc" and LEVEL.match(text, skip_spaces(text, w.end())):
            return self.take(w.end())  # ``UBND các phường thuộc khu vực …``: the places it names are of a place
        if self.after_level and (not CAP_WORD.match(token) or token.isdecimal()) and not LEVEL.match(text, q):
            return False  # ``Công an tỉnh`` + lower case or a number: the sentence goes on (``các phường xã``: a level)
        if token.isdecimal() and not self.collective and count_ahead(text, w):
            return False  # ``Trạm Y tế`` + ``2 năm liền …``: a count, not the unit's number
        first = first_word(text, q)
        if self.complete:  # right after a department's whole name: ``Sở Tài chính`` + ``thẩm tra …``, the sentence's
            self.complete = False
            if token[:1].islower() and not name_fields.goes_on_whole_name(text, q, first):
                return False
        if token[:1].islower() and name_fields.ends_at_proper_name(text, self.start, q, self.sentence_case):
            return False  # ``Công ty Cấp nước Bình Minh`` + ``cấp nước …``: the proper name closes the name
        if (named := self.named_for(q, first)) is not None:  # ``Ban vận động`` + ``xây dựng …``: what it is named for
            return self.take(named, ended=name_trades.owned_closed(text, named))  # (``… ngoài công lập`` + a verb)
        if ends_at_verb(text, q, token, first, self.collective) or (
            self.words and _capitalised_verb_ends(text, q, first)
        ):
            return False
        if lev := match_at(LEVEL, first, text, q):
            self.after_level = True
            return self.take(lev.end())
        if self.after_level and CAP_WORD.match(token) and (head_word_at(text, q) is not None):
            end = name_fields.place_end_after_level(text, proper_name_start(text, self.start, q), q)
            # ``thành phố Hải Phòng``, ``thành phố Hội An``: a place's own name holding a word that heads bodies
            return self.take(end) if end is not None and end > q else False
        taken = self.post_body(q, token)
        if taken is not None:
            return taken
        if (
            self.words
            and self.body_named
            and CAP_WORD.match(token)
            and name_lexicon.BREAKING_HEAD.match(text, q)
            and head_word_at(text, q) is not None
            and not (self.kind == "unit" and OWNING_BODY.match(text, q))
            and not CENTRAL_COMMITTEE_END.search(text, max(0, self.start - DEFAULT_POST_LOOKBACK), q)
        ):
            parent = (
                name_lexicon.PARENT_BODY.match(text, q)
                if (self.subordinate or name_lexicon.PARTY_COMMITTEE.match(text, q)) and not self.parent_taken
                else None
            )
            if parent is None and (self.command or name_fields.bare_owner_at(text, q)) and not self.parent_taken:
                parent = name_lexicon.BREAKING_HEAD.match(text, q)  # ``BCH Quân sự Trung tâm``: its own command
            if parent:
                self.parent_taken = True  # ``Ban Tuyên giáo và Dân vận Tỉnh ủy``: the unit and the body it is of
                return self.take(parent.end())  # the parent's head whole: ``Ủy ban MTTQ`` is one head, not two
            return False  # a new head after a complete name starts the next name: ``Sở Nội vụ Sở Tài chính``
        self.body_named = True
        if self.collective and CAP_WORD.match(token) and noun_at(text, q) is None:
            # ``lực lượng Công an, chính quyền …``: a proper name ends the list (``cơ quan ngang Bộ``'s is its noun)
            self.list_closed = True
        return self.take(w.end())


def _region_number_end(text: str, q: int, w: regex.Match[str]) -> int | None:
    """Where a region's number after ``khu vực`` ends (``khu vực 14``, ``khu vực số 3``), or None."""
    if not REGION_LEVEL_BEFORE.search(text, max(0, q - 12), q):
        return None
    if w.group().isdecimal():
        return w.end()
    number = word_at(text, skip_spaces(text, w.end())) if w.group() == "số" else None
    return number.end() if number is not None and number.group().isdecimal() else None


#: A post's rank in capitals, a role word in lower case (``Phó Chủ tịch`` + ``Thường trực`` + ``Ủy ban …``).
_POST_RANK = compiled(
    "(?:" + "|".join(w[:1].upper() + w[1:].replace(" ", r"[ \t]+") for w in POST_STOPS) + r")(?![\p{L}])"
)


_PLURAL_BEFORE = compiled(r"(?:[Cc]ác|[Nn]hững)[ \t]+\p{Ll}[\p{Ll} \t]*$")  # ``Các doanh nghiệp`` + the run


def _lower_words(text: str, start: int, end: int, collective: bool = True) -> bool:
    """Whether ``[start, end)`` holds words, all in lower case, of a collective (``doanh nghiệp nhà nước``; not
    ``collective``: of a plural in lower case before ``start``, an alias's: ``Các doanh nghiệp`` + ``vận tải``)."""
    words = WORD.findall(text, start, end)
    plural = collective or _PLURAL_BEFORE.search(text, max(0, start - 40), start) is not None
    return plural and bool(words) and all(w[:1].islower() for w in words)


def _capitalised_verb_ends(text: str, q: int, first: str) -> bool:
    """A capitalised verb ends the name, except right after a committee's head named for what it does, whose name it
    is (``thành viên Ban Chỉ đạo``; ``Tổ giúp việc Ban Chỉ đạo``: a body's and then its owner's)."""
    return bool(match_at(CAP_STOP, first, text, q)) and not name_lexicon.FUNCTION_NAMED_HEAD.search(
        text, max(0, q - DEFAULT_POST_LOOKBACK), q
    )


@lru_cache(maxsize=1)
def _name_starts() -> frozenset[str]:
    """Folded first words with which a name can begin: honorifics, ``các``, the heads, the alias table's
    spellings.  A word not among them begins no name and is rejected at once (most sentence starts)."""
    words = {"cac", "nhung", "moi", "toan"}
    _exact, table = alias_index()
    for group in (name_lexicon.HEAD_WORDS, PERSON_HONORIFICS, [k[1:] for k in table]):
        for w in group:
            first = WORD.match(w.strip())
            if first:
                words.add(fold(first.group()))
    return frozenset(words)


@lru_cache(maxsize=DEFAULT_CACHE)
def name_at(text: str, pos: int) -> NameSpan | None:
    """The name starting at ``pos``, if one does."""
    first = WORD.match(text, pos)
    if first is None or fold(first.group()) not in _name_starts():
        return _unit_chief(text, pos) if first is not None else None
    person = _person_at(text, pos) or _ranked_post(text, pos)
    if person:
        return person
    hon = HONORIFIC.match(text, pos)
    if hon and hon.end() > pos and head_word_at(text, hon.end()) is not None:
        # ``đồng chí Chủ tịch UBND xã``: a post addressed by its title, the honorific is no part of it
        inner = name_at(text, hon.end())
        return replace(inner, start=pos) if inner is not None else None
    alias = alias_at(text, pos)
    head = head_word_at(text, pos)
    coll = collective_at(text, pos) or bare_collective_at(text, pos)
    plural_post = _plural_post_at(text, pos)
    candidates: list[NameSpan] = [plural_post] if plural_post is not None else []
    if coll is not None:
        end = extend_name(text, coll, "other", collective=True)
        candidates.append(NameSpan(pos, end, "other", rule="name.collective"))
    elif (noun := noun_at(text, pos)) is not None and (
        assigned := ASSIGNED_CLAUSE.match(text, skip_spaces(text, noun))
    ):
        # a collective noun that says whom it means by what they were given: ``đơn vị được giao kế hoạch vốn``
        candidates.append(NameSpan(pos, assigned.end(), "other", rule="name.collective"))
    if head is not None:
        # a generic noun as head (``Cơ quan, địa phương có liên quan``) starts a collective
        whole = name_fields.portfolio_end(text, text[pos : head[0]], head[0])  # ``Sở`` + ``Y tế``: a whole name
        if whole is not None:
            end = extend_name(text, whole, head[1], words=1, specified=True, complete=True)
        else:
            generic = fold(text[pos : head[0]]) in GENERIC_KEYS
            end = extend_name(text, head[0], head[1], collective=generic, head=text[pos : head[0]])
        bare = end == head[0]
        if not (bare and fold(text[pos : head[0]]) in (FILLER_KEYS | VERB_KEYS)):
            candidates.append(NameSpan(pos, end, head[1]))  # a bare ``công chức`` names no one, ``Lãnh đạo`` leads
    if head is not None and fold(text[pos : head[0]]) in FILLER_KEYS:
        # ``Công chức Văn phòng -thống kê``: the alias table may name what follows the filler
        after_filler = alias_at(text, skip_spaces(text, head[0]))
        if after_filler is not None:
            alias = after_filler
    if alias is not None:
        # an alias that ends with a place level (``Công an xã``) closes like a name with its place
        ends_at_level = LEVEL_AT_END.search(text, max(0, alias[0] - DEFAULT_LEVEL_LOOKBACK), alias[0]) is not None
        complete = name_fields.whole_department(alias[1])
        end = (
            extend_name(text, alias[0], alias[2], words=1, after_level=ends_at_level, specified=True, complete=complete)
            if not DASH_AFTER.match(text[alias[0] :])
            else alias[0]
        )
        candidates.append(NameSpan(pos, end, alias[2], canonical=alias[1], alias_end=alias[0], rule="name.alias"))
    if not candidates:
        return _unit_chief(text, pos)  # (``Hải`` opens ``Hải quan`` too)
    best = max(candidates, key=lambda c: (c.end, c.canonical is not None))
    if alias is not None and best.canonical is None and alias[0] >= best.end - 1:
        best = NameSpan(best.start, best.end, alias[2], canonical=alias[1], alias_end=alias[0], rule="name.alias")
    if best.end <= best.start:
        return None
    return best


def _unit_chief(text: str, pos: int) -> NameSpan | None:
    """A unit's chief whose unit no list knows (``name_chiefs``), the unit's name run on as a unit's."""
    chief = unit_chief_at(text, pos)
    end = extend_name(text, chief[0], "unit", head=chief[1]) if chief is not None else pos
    return NameSpan(pos, end, "position", rule="name.unit_chief") if chief is not None else None


def _ranked_post(text: str, pos: int) -> NameSpan | None:
    """Decision 7: a party rank before the operative post (``Đồng chí Ủy viên Ban Thường vụ Huyện ủy, Giám đốc
    Trung tâm Y tế huyện``) is dropped with its honorific; the post after the comma is the name."""
    rank = PARTY_RANK.match(text, pos)
    if rank is None:
        return None
    post = name_at(text, rank.end())
    return post if post is not None and post.kind == "position" else None


def _plural_post_at(text: str, pos: int) -> NameSpan | None:
    """``Các`` + a post (``Các Phó Giám đốc phụ trách lĩnh vực …``, ``các Chuyên viên …``) or a body at its levels
    (``các Công an tỉnh, thành phố``): the holders of the post, the bodies, one assignee written as a plural; the
    name runs on as the singular does."""
    cac = CAC.match(text, pos)
    if cac is None or not text[cac.end() : cac.end() + 1].isupper():
        return None
    head = head_word_at(text, cac.end())
    if head is None or not (head[1] == "position" or places_at(text, skip_spaces(text, head[0]))):
        return None
    end = extend_name(text, head[0], head[1], head=text[cac.end() : head[0]])
    return NameSpan(pos, end, head[1], rule="name.plural_post")


def clear_caches() -> None:
    """Forget the names recognised and the folded words (benchmarks clear them: no run reads another's)."""
    for f in (alias_at, head_word_at, name_at, fold, match_key, *REGISTERED_CACHES):
        f.cache_clear()


def _specified(text: str, start: int, end: int) -> bool:
    """Whether the name run on from its head at ``start`` to ``end`` says which one by a capitalised word (``Sở`` +
    ``Y tế``), so that a comma after it may end it; a bare post (``Chủ tịch``, + ``, Tổng Giám đốc các Công ty
    …``) may not."""
    return any(w.group()[:1].isupper() for w in WORD.finditer(text, start, end))


_CAPITALISED_BEFORE = compiled(r"(?:\p{Lu}[\p{L}\p{N}]*(?:\s*-\s*|\s+))+$")


def proper_name_start(text: str, start: int, q: int) -> int:
    """Where the capitalised words just before ``q`` begin (``Hải`` of ``thành phố Hải`` + ``Phòng``), not before
    the name's ``start``; ``q`` itself when a lower-case word stands just before it (``thành phố`` + ``Hội An``)."""
    m = _CAPITALISED_BEFORE.search(text, start, q)
    return m.start() if m else q
