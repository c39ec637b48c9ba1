"""The names of a text (``find_names``) and those a sentence or heading opens with (``subject``): openers,
enumerations, and the members a colon or a plural noun lists."""

from __future__ import annotations

from dataclasses import replace

from ..chars import collapse_spaces, fold
from ..pattern_cache import compiled
from ..tables.bodies import (
    ADDRESS_OPENERS,
    COLLECTIVE_NOUNS,
    FUNCTION_NAMED_HEADS,
    GENERIC_BODY_BEFORE_FIELD,
    LISTED_COLLECTIVE,
    LISTED_GENERIC,
    NAMED_ONLY_OPENERS,
    PLACE_LEVELS,
)
from ..tables.clause_words import QUANTIFIERS
from ..tables.collectives import LEVEL_BEFORE_COLON
from ..tables.name_clauses import ASSIGNMENT_BEFORE_VERB, EXCEPTION_ASIDE
from ..tables.obligations import ACTING_RIGHT, GENERIC_CLASS_NAMES
from ..tables.post_shapes import STAFF_HEADS
from . import name_lexicon
from .name_colon_lists import colon_members, plural_colon_at
from .name_fields import place_subject_at, places_at, verb_agent_noun
from .name_forms import (
    LEADING_PLURAL,
    opens_with_non_subject,
    opens_with_role_word,
    opens_with_verb,
    positional_member,
    positional_subject,
    post_of_known_at,
    post_over_bodies_at,
    post_shaped_of_known,
    taught,
)
from .name_functions import is_function_verb
from .name_lexicon import (
    ABBREVIATION,
    AFTER_AND,
    AFTER_COMMA,
    CAC,
    DEFAULT_NAME_GAP_WINDOW,
    DEFAULT_NAME_JOINER_WINDOW,
    DEFAULT_POSSESSIVE_LOOKBACK,
    LEVEL,
    LEVEL_AT_END,
    LIST_JOINT,
    MANNER_BEFORE_VERB,
    NAME_JOINER,
    OPENER,
    OPENER_MODE,
    POSSESSIVE,
    SPACE_BEFORE_CAPITAL,
    STOP,
    TASK_VERB,
    WORD,
    NameSpan,
    head_word_at,
    member_modified,
    new_member_at,
    noun_at,
    plural_nouns,
    second_list_at,
    skip_spaces,
)
from .name_run import extend_name, name_at
from .name_unknown_heads import unknown_head_subject


def find_names(text: str) -> list[NameSpan]:
    """Every name in ``text``, left to right, not overlapping."""
    out: list[NameSpan] = []
    pos = 0
    for w in WORD.finditer(text):
        if w.start() < pos:
            continue
        start = w.start()
        if start and text[start - 1] in "/-" and text[start - 2 : start - 1].strip():
            continue  # inside a document number: ``1441/QĐ-UBND``
        if POSSESSIVE.search(text[max(0, start - DEFAULT_POSSESSIVE_LOOKBACK) : start]):
            # ``Quyết định … của Chủ tịch UBND tỉnh``: the issuer of a cited document, skipped whole
            n = name_at(text, start)
            if n is not None:
                pos = n.end
            continue
        # an honorific or ``các`` opens a name one word earlier than its head
        n = name_at(text, start)
        if n is None and out and LIST_JOINT.fullmatch(text, out[-1].end, start):
            # ``…, cơ quan, tổ chức khác có liên quan``, ``Sở Tài chính và cơ quan, địa phương liên quan``: a list's
            # next item
            n = _bare_list_at(text, start)
        if n is None and out and LIST_JOINT.fullmatch(text, out[-1].end, start):
            n = _place_body_at(text, start)  # ``Các sở, ngành, UBND cấp xã``: a list's next item, its head unknown
        if n is not None:
            after = out[-1].end if out else 0
            out.append(_headed_name(text, _compound_head(text, n, after), after))
            pos = n.end
    return out


#: One capitalised syllable glued before a name, where a name opens: the text's start, a list's separator, ``và`` or
#: ``với``, a line's list mark; with at most two words before it, the first capitalised (``Đại học`` + ``Bách``).
_SYLLABLE_BEFORE_NAME = compiled(
    r"(?:^|(?<=[,;:(\n]|[,;:(][ \t]|\b(?:và|với)[ \t]|\n[ \t]*[-–+•][ \t]+|^[-–+•][ \t]+))"
    r"(?P<first>(?:\p{Lu}\p{L}*[ \t]+(?:\p{L}+[ \t]+)?)?\p{Lu}\p{Ll}*)[ \t]$"
)
_QUANTIFIER_KEYS = frozenset(fold(w) for w in QUANTIFIERS)
#: How far before a name ``_compound_head`` looks for its first words (three words and their spaces).
DEFAULT_COMPOUND_SYLLABLE_CHARS = 30


def _compound_head(text: str, n: NameSpan, after: int) -> NameSpan:
    """A name whose head the lists know opens in lower case right after one capitalised syllable where a name opens
    (``Tiểu`` + ``đội Dân quân``, ``Phân`` + ``viện Nghiên cứu …``): that syllable is the first of a compound head no
    list knows whole, and the name opens with it, or with the capitalised words before it (``Đại học Bách`` + ``khoa
    Hà Nội``).  Not a verb, an opener or a quantifier (``Giao đội …``, ``Mỗi đội …``)."""
    if not text[n.start : n.start + 1].islower() or head_word_at(text, n.start) is None:
        return n
    m = _SYLLABLE_BEFORE_NAME.search(text, max(after, n.start - DEFAULT_COMPOUND_SYLLABLE_CHARS), n.start)
    if (
        m is None
        or fold(m.group("first").split()[0]) in _QUANTIFIER_KEYS
        or opens_with_non_subject(text[m.start("first") :])
    ):
        return n
    return replace(n, start=m.start("first"), rule="name.compound")


#: The capitalised words right before a name that needs a head, after a list's separator, ``với`` or ``phối hợp``, a
#: line's list mark or the text's start (``…, UBND `` of ``UBND các phường, xã``; ``Hạt Kiểm lâm `` of ``Hạt Kiểm
#: lâm các huyện``; ``- UBND `` of a partner cell's ``- UBND các tỉnh/thành phố``).
_HEAD_BEFORE_NAME = compiled(
    r"(?:^|(?<=[,;:(\n]|[,;:(][ \t]|\b(?:và|với|phối[ \t]hợp)[ \t]|\n[ \t]*[-–+•][ \t]+))"
    r"(?P<head>\p{Lu}[\p{L}]*(?:[ \t]+(?!(?:và|với|hoặc)[ \t])\p{L}+){0,3})[ \t]+$"
)
#: The folded nouns of a plural the words before it may head: places (``các huyện``) and bodies (``các sở``).
_PLACE_NOUNS = frozenset(fold(p) for p in PLACE_LEVELS)
_PLURAL_NOUNS = _PLACE_NOUNS | set(COLLECTIVE_NOUNS)


def _headed_name(text: str, n: NameSpan, after: int) -> NameSpan:
    """A plural of places or bodies (``các phường, xã``, ``các sở, ngành``) right after capitalised words no list
    knows (``UBND``, ``Hạt Kiểm lâm``, ``Thủ trưởng``) names those places' bodies or those bodies' heads: the name
    begins with those words, when they have a name's shape (no verb, no noun naming no one) and belong to no name
    before.  So too before a name the lists know without its head (a ministry's field: ``Tạp chí`` + ``Khoa học và
    Công nghệ``)."""
    plural = LEADING_PLURAL.match(text, n.start)
    # ``các tỉnh/thành phố``: each level of a slash its own word
    words = WORD.findall(text[plural.end() : plural.end() + 24].replace("/", " ")) if plural else []
    headless = plural is None and text[n.start : n.start + 1].isupper() and head_word_at(text, n.start) is None
    if not headless and not any(fold(" ".join(words[:k])) in _PLURAL_NOUNS for k in (1, 2)):
        return _post_before(text, n, after)
    m = _HEAD_BEFORE_NAME.search(text, after, n.start)
    if m is None or opens_with_non_subject(m.group("head")):
        return n
    places = headless or fold(words[0]) in _PLACE_NOUNS
    return NameSpan(m.start("head"), n.end, "body" if places else "position", rule="name.headed_plural")


#: How far before a name ``_post_before`` looks for a post no list knows (three words and a list's separator).
DEFAULT_POST_BEFORE_CHARS = 48


def _post_before(text: str, n: NameSpan, after: int) -> NameSpan:
    """A body's name the lists know right after a post no list knows that opens the text or a list's item
    (``Lãnh đạo`` + ``Sở Công Thương``, ``Ban`` + ``Thường trực Ủy ban MTTQ xã``): the post of that body
    (``post_of_known_at``); ``n`` itself otherwise."""
    if n.start - after < 2 or not text[n.start - 1 : n.start].isspace():
        return n
    m = _HEAD_BEFORE_NAME.search(text, max(after, n.start - DEFAULT_POST_BEFORE_CHARS), n.start)
    if m is None:
        return n
    post = post_of_known_at(text, m.start("head"), plural=False)
    return post if post is not None and post.end == n.end else n


#: The most words of a name no list knows before its place (``Tòa án nhân dân`` of ``Tòa án nhân dân tỉnh``).
DEFAULT_PLACE_BODY_WORDS = 6


def _place_body_at(text: str, pos: int) -> NameSpan | None:
    """Words no list knows, the first capitalised, right before a grade or a list of places (``UBND cấp xã``,
    ``Tòa án nhân dân tỉnh``, ``UBND phường, xã``), as a later item of a list of names: the body of those places,
    whatever its head word (issue 52, names by where they stand).  No word a verb, a role, ``và`` or ``các``."""
    if not text[pos : pos + 1].isupper() or opens_with_non_subject(text[pos:]) or opens_with_verb(text[pos:]):
        return None
    end = pos
    for count, w in enumerate(WORD.finditer(text, pos), start=1):
        if text[end : w.start()].strip(" \t") or count > DEFAULT_PLACE_BODY_WORDS + 1:
            return None  # punctuation between the words, or too many of them
        if count > 1 and places_at(text, w.start()):
            return NameSpan(pos, extend_name(text, w.start(), "body"), "body", rule="name.place_body")
        if count > 1 and (STOP.match(text, w.start()) or fold(w.group()) in {"va", "hoac"}):
            return None
        end = w.end()
    return None


def _bare_list_at(text: str, pos: int) -> NameSpan | None:
    """Collective nouns in lower case without ``các``, two or more joined by commas (``cơ quan, tổ chức``),
    as a later item of a list of names."""
    if not text[pos : pos + 1].islower():
        return None
    first = noun_at(text, pos)
    if first is None or not second_list_at(text, pos):
        return None
    end = plural_nouns(text, pos)
    return NameSpan(pos, extend_name(text, end or first, "other", collective=True), "other", rule="name.collective")


def subject(text: str, *, positional: bool = False, unknown_first: bool = True) -> tuple[list[NameSpan], int, str]:
    """The names a sentence or heading opens with (``Giao Sở Tài chính, Sở Nội vụ chủ trì …``):
    the names, the offset where the rest of the sentence starts, and the mode (``requested`` after
    ``Đề nghị``).  ``positional``: where the sentence's subject stands (its start, after an opener), a noun
    phrase before a verb is the subject whatever its head (``positional_subject``), when no name is known, and a
    list's member no list knows keeps its place (``positional_member``; the first too when ``unknown_first``)."""
    opened = _opener(text)
    if opened is None:
        return [], 0, "assigned"  # ``Khuyến khích các hộ gia đình …``: a policy for the public, no one named
    pos, mode, addressed = opened
    names: list[NameSpan] = []
    # the list as it stood before its first member no list knows (``unknown``), kept when the list does not stand
    before_unknown: tuple[int, int] | None = None
    unknown: list[NameSpan] = []
    while True:
        start = pos
        pos = skip_spaces(text, pos)
        # a lower-case generic noun only as a later item: ``…, cơ quan thuộc Chính phủ, Chủ tịch …``
        listed = plural_colon_at(text, pos)
        n = (
            NameSpan(pos, listed[-1].end, listed[0].kind, rule="name.colon_members")
            if listed
            else _member_at(text, pos, names, positional, addressed)
        )
        if n is None and (names or positional or _abbreviation_listed(text, pos)):
            # after a leading clause's comma (not ``unknown_first``) only a post the known body after it vouches for
            n = (
                _unknown_member_at(text, pos, later=bool(names))
                if names or unknown_first
                else post_of_known_at(text, pos)
            )
            if n is not None and before_unknown is None:
                before_unknown = (len(names), names[-1].end if names else start)
            if n is not None:
                unknown.append(n)
        if n is None:
            break
        clause_end = _member_clause_end(text, n) if addressed else None
        if clause_end is not None:  # ``các đơn vị đầu mối giao kế hoạch, các …``: what it does names it
            n = replace(n, end=clause_end, canonical=None, alias_end=None)
        members = listed or _members_after(text, n)
        if members:  # ``Giám đốc các Sở: Xây dựng, Tài chính``: each member its own name
            names += members
            pos = members[-1].end
        else:
            names.append(n)
            pos = n.end
        pos, nxt = _joint_after(text, names, pos)
        if nxt is None or not _list_goes_on(text, pos, nxt, names):
            tail = _collective_tail(text, names[-1]) if nxt is not None else None
            if tail is not None:  # ``Các tổ dân phố`` + ``, khu phố`` + ``tổ chức …``: one collective
                names[-1] = replace(names[-1], end=tail, canonical=None, alias_end=None)
                pos = tail
            break
        pos = nxt
    if before_unknown is not None and not _list_stands(text, pos, names, unknown, addressed):
        count, pos = before_unknown
        names = names[:count]
    return ([] if names and _role_noun_owned(text, names, pos) else names), pos, mode


#: Openers of ``SUBJECT_OPENERS`` that say whose the duties are (``Trách nhiệm của``, ``Nhiệm vụ của``), folded: a noun
#: phrase follows them, no predicate.
_POSSESSIVE_OPENERS = frozenset({"trach nhiem cua", "nhiem vu cua"})


#: The role words that make a role's noun of a generic one (``cơ quan chủ trì``, ``các đơn vị phối hợp``).
_ROLE_NOUN_WORD = compiled(r"(?:chủ[ \t]+trì|phối[ \t]+hợp|thực[ \t]+hiện)(?![\p{L}])")


def _role_noun_owned(text: str, names: list[NameSpan], pos: int) -> bool:
    """Whether a possessive opener's names are a generic noun in lower case and the role word after it its own
    (``Trách nhiệm của`` + ``các cơ quan`` + ``phối hợp``): the agencies of a role, which the sentences below name, no
    one (the subject's list is then empty)."""
    opener = OPENER.match(text)
    return (
        opener is not None
        and fold(collapse_spaces(opener.group().strip(" :"))).strip() in _POSSESSIVE_OPENERS
        and all(text[n.start : n.start + 1].islower() for n in names)
        and _ROLE_NOUN_WORD.match(text, skip_spaces(text, pos)) is not None
    )


#: Nouns of a unit that the verb of a standing function after them names (``đơn vị điều hành dự án``): the heads a
#: committee is named by (``FUNCTION_NAMED_HEADS``) and the generic unit nouns, folded.
_NAMED_FOR_VERB_NOUNS = frozenset({*(fold(h) for h in FUNCTION_NAMED_HEADS), "don vi", "co quan", "luc luong"})
#: A comma and a collective's noun in lower case after a collective (``, khu phố``, ``, tổ dân phố``).
_LOWER_SEGMENT = compiled(r"[ \t]*,[ \t]*(?=\p{Ll})")


def _collective_tail(text: str, n: NameSpan) -> int | None:
    """Where a collective in the plural (``Các tổ dân phố``) ends when collective nouns in lower case after commas go
    on its list right up to the sentence's verb (``, khu phố`` + ``tổ chức ra quân``): one collective, as the gold
    keeps it; None unless each segment is a collective's noun alone and a verb follows the last."""
    if not CAC.match(text, n.start):
        return None
    pos, end, last = n.end, None, ""
    while (m := _LOWER_SEGMENT.match(text, pos)) is not None and (noun := noun_at(text, m.end())) is not None:
        pos, end, last = noun, noun, text[m.end() : noun]
    after = skip_spaces(text, end) if end is not None else None
    verb = STOP.match(text, after) if after is not None and text[after : after + 1].islower() else None
    if verb is None or (fold(last) in _NAMED_FOR_VERB_NOUNS and is_function_verb(verb.group())):
        return None  # (a generic noun named for the function after it: ``đơn vị`` + ``điều hành dự án``)
    return end


def _joint_after(text: str, names: list[NameSpan], pos: int) -> tuple[int, int | None]:
    """After the list's last name ending at ``pos``: where it ends (run on through the body it is of, ``names[-1]``
    replaced: ``_owned_plural``) and where the next name may start (a joiner, or a space before a breaking head:
    two names one after the other), None when nothing joins (or an exception follows: where it ends)."""
    j = NAME_JOINER.match(text[pos : pos + DEFAULT_NAME_JOINER_WINDOW])
    owned = None if j else _owned_plural(text, names[-1], pos)
    if owned is not None:  # ``các Tổ đại biểu`` + ``Hội đồng nhân dân tỉnh``: whose they are, no next name
        names[-1], pos = owned, owned.end
        j = NAME_JOINER.match(text[pos : pos + DEFAULT_NAME_JOINER_WINDOW])
    if j and (aside := EXCEPTION_ASIDE.match(text, pos + j.end())) is not None:
        return aside.end(), None  # ``…, trừ Chủ tịch Hội đồng,`` + the verb: who is left out, no next name
    if j:
        return pos, pos + j.end()
    return pos, _head_after_space(text, pos)


def _head_after_space(text: str, pos: int) -> int | None:
    """Where a breaking head (``Ủy ban nhân dân``, ``Sở``) opens right after the spaces at ``pos``: two names one after
    the other, or a plural and the body it is of."""
    gap = SPACE_BEFORE_CAPITAL.match(text[pos : pos + DEFAULT_NAME_GAP_WINDOW])
    at = pos + gap.end() if gap is not None else None
    return at if at is not None and name_lexicon.BREAKING_HEAD.match(text, at) else None


def _owned_plural(text: str, last: NameSpan, pos: int) -> NameSpan | None:
    """``last`` (ending at ``pos``) run on through the body's name after it when ``last`` is a plural of no one's own
    name (``các Tổ đại biểu``, ``các Tổ đại biểu, đại biểu``), the body one (no ``các``) and nothing but a space
    stands between: the body they are of (``… Hội đồng nhân dân tỉnh``), not the list's next name."""
    head = _head_after_space(text, pos)
    if last.rule != "name.collective" or not _PLURAL_WORD.match(text, last.start) or head is None:
        return None
    owner = name_at(text, head)
    if owner is None or owner.kind not in ("body", "unit") or _PLURAL_WORD.search(text, owner.start, owner.end):
        return None  # (``Các sở, ngành`` + ``Ủy ban nhân dân các huyện``: a list that lost its comma)
    return replace(last, end=owner.end, canonical=None, alias_end=None)


#: ``các``/``những`` in any case, as a word.
_PLURAL_WORD = compiled(r"(?<![\p{L}])(?i:các|những)[ \t]")


def _opener(text: str) -> tuple[int, str, bool] | None:
    """Where a sentence's names begin after its opener (``Giao``, ``Đề nghị``), the mode it gives, and whether the
    sentence opens with it (capitalised: it addresses the phrase after it; a clause's lower-case ``yêu cầu`` inside a
    rule's sentence may not); None for an opener that names no one here (``Khuyến khích`` + lower case)."""
    m = OPENER.match(text)
    if m is None or verb_agent_noun(text, 0):  # ``Giao dịch viên`` + ``chi trả …``: a post, no ``Giao``
        return 0, "assigned", False
    opener = fold(collapse_spaces(m.group().strip(" :"))).strip()
    capital_after = text[skip_spaces(text, m.end()) :][:1].isupper()
    if opener in _NAMED_ONLY and not capital_after:
        return None
    if opener in _ADDRESS and not capital_after:
        return 0, "assigned", False  # ``Các ông (bà) có tên tại Điều 1``: who is addressed, a collective
    return m.end(), OPENER_MODE.get(opener, "assigned"), text[:1].isupper()


def _abbreviation_listed(text: str, pos: int) -> bool:
    """Whether an abbreviation no list knows opens a list whose next member the lists know (``Đối với`` + ``MTTQ và
    các đoàn thể …``): a member where a name stands, though no subject is read by its place there."""
    abbreviation = ABBREVIATION.match(text, pos)
    if abbreviation is None or not (text[abbreviation.end() : abbreviation.end() + 1] in " \t,;"):
        return False
    joint = LIST_JOINT.match(text, abbreviation.end())
    return joint is not None and name_at(text, joint.end()) is not None


def _list_stands(text: str, end: int, names: list[NameSpan], unknown: list[NameSpan], addressed: bool) -> bool:
    """Whether a list of subjects with members no list knows (``unknown``) is one: a verb or a role word follows it
    (``_verb_after_list``), or it is the whole text, each unknown member a known body's post
    (``_posts_of_known_alone``)."""
    return (
        _verb_after_list(text, end, names, addressed)
        or _posts_of_known_alone(text, end, unknown)
        or _named_heading(text, end, names, unknown)
    )


#: A word with a capital after a member's first (``Cổng Thông tin``): the member's name says which one.
_CAPITAL_AFTER_FIRST = compiled(r"\p{L}+[ \t]+(?:\p{Ll}+[ \t]+)*\p{Lu}")


def _named_heading(text: str, end: int, names: list[NameSpan], unknown: list[NameSpan]) -> bool:
    """Whether a list is a heading of who acts, all names up to its colon (``9. Sở Văn hóa, Thể thao và Du lịch,
    Cổng Thông tin điện tử:``): a name the lists know vouches for each member no list knows that a capital after its
    first word specifies."""
    rest = text[end:].lstrip(" \t*_")
    return (
        rest.startswith(":")
        and not rest.strip(" \t.:;*_")
        and any(name_at(text, n.start) is not None for n in names)
        and all(_CAPITAL_AFTER_FIRST.match(text, n.start, n.end) for n in unknown)
    )


def _posts_of_known_alone(text: str, end: int, unknown: list[NameSpan]) -> bool:
    """Whether a list is the whole text (a heading's closing marks aside) and each member no list knows is a post of
    a body the lists know with a post's shape (``2. Điều phối viên Sở Y tế:``): a heading of who acts, which the
    known body vouches for where no verb follows."""
    return not text[end:].strip(" \t.:;*_") and all(
        n.kind == "position" and post_shaped_of_known(text, n) for n in unknown
    )


def _list_goes_on(text: str, pos: int, nxt: int, names: list[NameSpan]) -> bool:
    """Whether a list's next member stands at ``nxt`` (after a joiner from ``pos``): a name of the grammar, or one
    no list knows after a separator (two names one after the other are both known ones)."""
    if _member_at(text, nxt, names, False, False) is not None:
        return True
    return bool(text[pos:nxt].strip()) and _unknown_member_at(text, nxt) is not None


def _unknown_member_at(text: str, pos: int, *, later: bool = True) -> NameSpan | None:
    """A member of a subjects' list no list knows: a name's shape (``positional_member``) or, as a later member, a
    noun phrase no capital specifies between two known names (``_between_known``)."""
    if not later:
        return positional_member(text, pos, later=later)
    return positional_member(text, pos) or _between_known(text, pos) or _generic_with_field(text, pos)


def _generic_with_field(text: str, pos: int) -> NameSpan | None:
    """A generic body noun and the field that says which (``cơ quan thông tấn báo chí``, ``đơn vị vũ trang``), as a
    later member: the noun alone names no one, and ``tổ chức`` is as much the verb (``tổ chức hội nghị``)."""
    m = GENERIC_BODY_BEFORE_FIELD.match(text, pos)
    if m is None:
        return None
    end = extend_name(text, m.end(), "other", collective=True, head=m.group())
    return NameSpan(pos, end, "other", rule="name.collective") if end > m.end() else None


#: A level (``cấp xã``, ``xã``) or a class of people or bodies (``viên chức``, ``cơ quan``) in lower case.
_CLASS_OR_LEVEL = compiled(
    r"(?:cấp[ \t]+)?(?:"
    + LEVEL.pattern
    + "|"
    + "|".join(w.replace(" ", r"[ \t]+") for w in (*GENERIC_CLASS_NAMES, *STAFF_HEADS))
    + r")(?![\p{L}])"
)
#: A member in lower case between two known names is at most this many words (``nhà văn hóa thôn``).
DEFAULT_LOWER_MEMBER_WORDS = 4


def _between_known(text: str, pos: int) -> NameSpan | None:
    """A list's later member that no list knows and no capital after its first word specifies (``…, đài truyền thanh,
    các tiểu khu …``, ``…, Mặt trận cơ sở và các đoàn thể …``): two to ``DEFAULT_LOWER_MEMBER_WORDS`` words after a
    comma, none a verb, a clause word or capitalised but the first, not opening with a noun naming no one (``công tác
    …``), up to a comma, ``và`` or ``hoặc`` that a name the lists know follows: the names on both sides vouch for it
    as one of theirs (whether the list is a subject is still ``subject``'s to decide: a verb must follow)."""
    before = pos
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    if text[before - 1 : before] != ",":
        return None  # (after ``và`` a name's own field: ``Vụ Khoa học kỹ thuật`` + ``và công nghệ``)
    if opens_with_non_subject(text[pos:]) or opens_with_verb(text[pos:]) or _CLASS_OR_LEVEL.match(text, pos):
        return None  # ``cấp xã``, ``viên chức``: a level or a class of people, which lists of levels and staff read
    end = pos
    for count, w in enumerate(WORD.finditer(text, pos)):
        gap = text[end : w.start()].strip(" \t")
        joins = not gap and w.group() in {"và", "hoặc"}
        if gap or joins:
            if gap not in (",", "") or not 2 <= count <= DEFAULT_LOWER_MEMBER_WORDS:
                return None
            after = skip_spaces(text, w.end()) if joins else w.start()
            return NameSpan(pos, end, "other", rule="name.member") if name_at(text, after) is not None else None
        if (count and w.group()[:1].isupper()) or (count and STOP.match(text, w.start()) is not None):
            return None
        end = w.end()
    return None


def lower_member_before_known(text: str) -> bool:
    """Whether ``text`` opens with a noun phrase in lower case that a known name after its comma vouches for as a
    list's first member (``chính quyền địa phương, Mặt trận cơ sở …`` after ``Phối hợp``): two to
    ``DEFAULT_LOWER_MEMBER_WORDS`` words, none a verb or clause word, not opening with a noun naming no one."""
    if not text[:1].islower() or opens_with_non_subject(text) or opens_with_verb(text):
        return False
    for count, w in enumerate(WORD.finditer(text)):
        if count > DEFAULT_LOWER_MEMBER_WORDS or not w.group()[:1].islower() or STOP.match(text, w.start()):
            return False
        after = skip_spaces(text, w.end())
        if text.startswith(",", after):
            return count >= 1 and name_at(text, skip_spaces(text, after + 1)) is not None
    return False


#: ``Các``/``Những`` before a noun in lower case (``Các thư viện cấp huyện …``).
_PLURAL_BEFORE_LOWER = compiled(r"(?:[Cc]ác|[Nn]hững)[ \t]+(?=\p{Ll})")
#: A plural in lower case before its role word is at most this many words, a place after it not counted (``Các cửa
#: hàng bán lẻ xăng dầu`` + ``trên địa bàn tỉnh`` + ``có trách nhiệm``).
DEFAULT_LOWER_PLURAL_WORDS = 7
#: Where a plural's members are, after it (``trên địa bàn``, ``trong tỉnh``, ``tại các xã``): part of the collective,
#: read through to its level or ``địa bàn`` (the level's place, if any, is read word by word after it).
_WHERE_THEY_ARE = compiled(
    r"(?:trên|trong|tại|ở|thuộc)[ \t]+(?:(?:các|toàn)[ \t]+)?(?:địa[ \t]+bàn(?:[ \t]+(?="
    + name_lexicon.LEVEL.pattern
    + r"))?|(?="
    + name_lexicon.LEVEL.pattern
    + r"))"
)


def _plural_before_role_at(text: str, pos: int) -> NameSpan | None:
    """A plural of a noun no list knows, in lower case, up to a role word or ``và`` and a name before one (``Các thư
    viện cấp huyện`` + ``và Bảo tàng tỉnh có trách nhiệm …``, ``Các nhà văn hóa thôn`` + ``chủ trì …``): who is given
    the task, by where it stands; its words none a verb but a place's level or grade or an agent noun's (``Các điều tra
    viên giá``); not a noun naming no one."""
    plural = _PLURAL_BEFORE_LOWER.match(text, pos)
    if plural is None or opens_with_non_subject(text[plural.end() :]):
        return None
    agent = verb_agent_noun(text, plural.end())  # ``Các điều tra viên``: a verb's agent noun, no verb
    if opens_with_verb(text[plural.end() :]) and not agent:
        return None
    end, q = plural.end(), plural.end()
    for count, w in enumerate(WORD.finditer(text, plural.end())):
        if w.start() < q:
            continue  # (inside a place's grade, read whole)
        rest = text[w.start() :]
        after = skip_spaces(text, w.end())
        if count and (
            opens_with_role_word(rest)
            or (w.group() == "và" and (name_at(text, after) or positional_member(text, after)) is not None)
        ):
            return NameSpan(pos, end, "other", rule="name.positional")
        place = name_lexicon.GRADE.match(text, w.start()) or (  # ``cấp huyện``: a grade's ``cấp`` is no verb
            _WHERE_THEY_ARE.match(text, w.start()) if count else None
        )
        if count > DEFAULT_LOWER_PLURAL_WORDS or not w.group()[:1].islower() or text[end : w.start()].strip(" \t"):
            return None
        if STOP.match(text, w.start()) and not place and not (agent and count == 0):
            return None
        end = q = place.end() if place else w.end()
    return None


def _member_at(text: str, pos: int, names: list[NameSpan], positional: bool, addressed: bool) -> NameSpan | None:
    """The next name of a subject's list at ``pos`` (``names`` so far) by the grammar's lists and forms."""
    return (
        name_at(text, pos)
        or post_over_bodies_at(text, pos)
        or (_listed_generic_at(text, pos, names[-1]) if names else None)
        or (_place_body_at(text, pos) if names else None)
        or (positional_subject(text, pos, addressed=addressed) if positional and not names else None)
        or (unknown_head_subject(text, pos) if positional and not names else None)
        or (place_subject_at(text, pos) if not names else None)
        or (_plural_before_role_at(text, pos) if positional and not names else None)
    )


#: The grounds a list of subjects acts on, between the list and its verb (``căn cứ kế hoạch …``, ``dựa vào …``).
_GROUNDS = compiled(r"(?:căn[ \t]+cứ|dựa[ \t]+(?:vào|trên))(?![\p{L}])")


def _verb_after_list(text: str, end: int, names: list[NameSpan], addressed: bool = False) -> bool:
    """Whether a list of subjects with members no list knows is one: a task verb or role word follows it, and a
    role word when no member names a body the lists know (itself or as a post of it); after an opener
    (``addressed``), nothing (a request heading over its items)."""
    rest = text[end:].lstrip(" \t,:*_")  # (``A, B: Chỉ đạo …``: the names, then their task after a colon)
    acting = ACTING_RIGHT.match(rest)
    if acting is not None:  # ``… theo chức năng, nhiệm vụ`` + the role word or verb: the right they act by
        rest = rest[acting.end() :].lstrip(" \t,:*_")
    for before_verb in (MANNER_BEFORE_VERB, ASSIGNMENT_BEFORE_VERB):  # ``chủ động``, ``được phân công`` + the verb
        m = before_verb.match(rest)
        rest = rest[m.end() :] if m is not None else rest
    if opens_with_role_word(rest):
        return True
    if _GROUNDS.match(rest) is not None:  # ``MTTQ và các đoàn thể`` + ``căn cứ kế hoạch … tổ chức …``: who acts on it
        return any(name_at(text, n.start) for n in names)
    if addressed and not rest.strip(" \t.:;*_"):  # ``8. Đề nghị A, B, C`` over its items: those asked
        return True
    if any(n.kind == "position" for n in names) and opens_with_verb(rest):
        return True  # ``Ban Thường trực`` + ``Ủy ban MTTQ xã`` + ``triệu tập …``: a post of a known body
    verb = TASK_VERB.match(rest)
    if verb is None or rest[verb.end() :].lstrip().startswith("được "):
        return False  # (``… tiếp tục được xác định là …``: a passive tells what they are, no one acts)
    # a known member, or every member headed by a head the document teaches before a role word elsewhere
    return any(name_at(text, n.start) for n in names) or all(taught(text[n.start : n.end]) for n in names)


#: The comma before an asked list's next member named with a determiner (``, các …``, ``, những …``).
_NEXT_DETERMINED = compiled(r",[ \t]+(?=(?:các|những|Các|Những)[ \t])")
#: A member's own clause is at most this many characters.
DEFAULT_MEMBER_CLAUSE_CHARS = 120


def _member_clause_end(text: str, n: NameSpan) -> int | None:
    """Where a collective member of an asked list ends when a clause in lower case follows its name up to the comma
    before the list's next member (``các đơn vị đầu mối`` + ``giao kế hoạch`` + ``, các Cơ quan …``); None when no
    such clause follows, when punctuation other than commas or a task verb is in it (then it is the task)."""
    if n.kind != "other" or not CAC.match(text, n.start):
        return None
    start = skip_spaces(text, n.end)
    if not text[start : start + 1].islower():
        return None
    limit = min(len(text), start + DEFAULT_MEMBER_CLAUSE_CHARS)
    for comma in _NEXT_DETERMINED.finditer(text, start, limit):
        clause = text[start : comma.start()]
        if any(ch in clause for ch in ".;:()") or TASK_VERB.search(clause):
            return None
        if name_at(text, comma.end()) is not None:
            return comma.start()
    return None


_NAMED_ONLY = frozenset(fold(o) for o in NAMED_ONLY_OPENERS)
_ADDRESS = frozenset(fold(o) for o in ADDRESS_OPENERS)
_COLON = compiled(r"[ \t]*:[ \t]*")


def _members_after(text: str, n: NameSpan) -> list[NameSpan] | None:
    """The members a collective lists after a colon, each its own name (a decision's execution clause: the
    directors of several departments, the chairs of several communes' committees).  A member whose name
    holds ``và`` (``Nông nghiệp và Môi trường``) is kept whole unless the members are places; the list ends
    at a post or a body's head (``Viện trưởng …``), a lower-case word or other punctuation."""
    colon = _COLON.match(text, n.end)  # first: most names are followed by no colon
    if colon is None:
        return None
    name = collapse_spaces(text[n.start : n.end])
    head = LISTED_COLLECTIVE.match(name)
    if head is None:  # ``Chủ tịch Ủy ban nhân dân xã: Tân Lập, Hòa Bình``: one level, two places or more
        head = LEVEL_BEFORE_COLON.match(name)
        members = (
            colon_members(text, colon.end(), head.group("before"), [head.group("nouns")], n.kind) if head else None
        )
        return members if members and len(members) > 1 else None
    nouns = [w.strip() for w in head.group("nouns").split(",")]
    prefix = head.group("before").strip()
    return colon_members(text, colon.end(), prefix, nouns, n.kind)


def _listed_generic_at(text: str, pos: int, prev: NameSpan | None = None) -> NameSpan | None:
    """A lower-case generic noun with what says which, as a later item of a list of names; a second list
    of collective nouns after ``và`` (``các sở, ban, ngành và cơ quan, đơn vị có liên quan``) or after places and a
    comma (``UBND các huyện, thị xã, cơ quan, tổ chức có liên quan``); or, after a collective ``prev``, a member of its own
    (``new_member_at``: ``Các sở, ban, ngành, tổ chức chính trị - xã hội``)."""
    m = LISTED_GENERIC.match(text, pos)
    if m is not None:
        return NameSpan(
            pos, extend_name(text, m.end(), "other", collective=True, head=m.group()), "other", rule="name.collective"
        )
    comma = AFTER_COMMA.search(text, 0, pos)
    after_places = comma is not None and LEVEL_AT_END.search(text[: comma.start()].rstrip()) is not None
    if AFTER_AND.search(text, 0, pos) or after_places:
        listed = _bare_list_at(text, pos)
        if listed is not None or not after_places:
            return listed
    noun = noun_at(text, pos) if prev is not None and prev.kind == "other" and text[pos : pos + 1].islower() else None
    if noun is not None and new_member_at(text, pos, member_modified(text, prev.end if prev else pos)):
        return NameSpan(pos, extend_name(text, noun, "other", collective=True), "other", rule="name.collective")
    return None
