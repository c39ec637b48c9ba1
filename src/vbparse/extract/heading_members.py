"""The members a heading of who acts lists after the names the lexicon read in it (issue 52, item 4: an unknown
member never drops the known ones): a last name no list knows (``…, Cổng Thông tin điện tử tỉnh và hệ thống
truyền thanh cơ sở:``), or several, each a short noun phrase where a name stands."""

from __future__ import annotations

from dataclasses import replace

from ..pattern_cache import compiled
from .assignees import NameSpan, opens_with_non_subject
from .name_lexicon import CAC
from .obligation_names import DEFAULT_STANDING_NAME_WORDS, field_after_comma, noun_phrase

#: The rest of a heading of names that adds one last member in lower case (``…, Cổng Thông tin điện tử tỉnh và
#: hệ thống truyền thanh cơ sở:``).
_LAST_MEMBER = compiled(r"\s*(?:,\s*|\s+và\s+)(?P<name>[^,;:()]+?)\s*:?\s*$")


def heading_last_member(heading: str, names: list[NameSpan], end: int) -> tuple[list[NameSpan], int]:
    """The names of an assignee heading and where they end, with what its lexicon left after them: a last name no
    list knows, after ``và`` or a comma, when the heading lists several (it stands where their names stand) and it is
    a short noun phrase; or, after one name whose field is capitalised, its next field in lower case after a comma
    (``1. Phòng Công tác học sinh, sinh viên:``, as in a field's value)."""
    if len(names) == 1:
        field_end = field_after_comma(heading, names[0], names)
        if field_end > end and not heading[field_end:].strip(" :"):
            return [replace(names[0], end=field_end, canonical=None, alias_end=None)], field_end
        kinds_end = _collectives_own_kinds(heading, names[0], end)
        if kinds_end is not None:
            return [replace(names[0], end=kinds_end, canonical=None, alias_end=None)], kinds_end
    m = _LAST_MEMBER.match(heading, end)
    if m is not None and len(names) > 1 and noun_phrase(m.group("name"), DEFAULT_STANDING_NAME_WORDS):
        last = NameSpan(m.start("name"), m.end("name"), "other", rule="name.standing")
        return [*names, last], last.end
    members = _last_members(heading, end)  # ``…, Cổng Thông tin điện tử tính`` + ``và hệ thống truyền thanh …``
    if not members or len(names) + len(members) < 3:
        return names, end
    return [*names, *members], members[-1].end


def _collectives_own_kinds(heading: str, name: NameSpan, end: int) -> int | None:
    """Where a collective heading ends when its comma goes on with more kinds of its members in lower case, each a
    short noun phrase, to the heading's end (``3. Các cơ sở lưu trú, nhà hàng ven biển:``: one collective as
    written); None otherwise."""
    rest = heading[end:].rstrip(" :*_")
    if not CAC.match(heading, name.start) or not rest.startswith(","):
        return None
    parts = [p.strip() for p in _MEMBER_CUT.split(rest[1:])]  # (the members' cuts a heading's names part at)
    if not all(_kind_of_members(p) for p in parts):
        return None
    return end + len(rest)


def _kind_of_members(part: str) -> bool:
    """Whether a part after a collective's comma is another kind of its members: a short noun phrase in lower case,
    not a topic (``lĩnh vực khác``: the sectors a plan's section is about) nor a list's intro (``… gồm``)."""
    return (
        part[:1].islower()
        and noun_phrase(part, DEFAULT_STANDING_NAME_WORDS)
        and not opens_with_non_subject(part)
        and _LIST_INTRO_END.search(part) is None
    )


_LIST_INTRO_END = compiled(r"(?<![\p{L}])(?:bao\s+)?gồm$")


#: Where the members left after a heading's known names part: a comma, or ``và`` before a word in lower case (before
#: a capital, ``và`` may go on a name: ``Xí nghiệp Thủy lợi và Môi trường``).
_MEMBER_CUT = compiled(r"\s*,\s*|\s+và\s+(?=\p{Ll})")


def _last_members(heading: str, end: int) -> list[NameSpan]:
    """The members no list knows a name in that end a heading after its known names, each a short noun phrase where a
    name stands (``…, Cổng Thông tin điện tử tính và hệ thống truyền thanh cơ sở:``); none unless every one is."""
    rest = heading[end:].rstrip(" :*_")
    cuts = list(_MEMBER_CUT.finditer(rest))
    if not cuts or cuts[0].start() != 0:
        return []
    members = []
    for cut, nxt in zip(cuts, [*cuts[1:], None], strict=True):
        till = nxt.start() if nxt is not None else len(rest)
        member = rest[cut.end() : till]
        if len(member.split()) < 2 or not noun_phrase(member, DEFAULT_STANDING_NAME_WORDS):
            return []  # (one word is a name's number or part: ``khu vực I, II, III``)
        if "," in cut.group() and not member[:1].isupper():
            return []  # (``các doanh nghiệp sản xuất`` + ``, chế biến, …``: the collective's own list)
        members.append(NameSpan(end + cut.end(), end + till, "other", rule="name.standing"))
    return members
