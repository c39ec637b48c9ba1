"""Where a document and the names in it belong: the issuer's administrative unit (its **area**), and for
each assignee the unit it is of — its own place when the text names one, else the issuer's at the level
the body sits (``Sở Tài chính`` in a plan of UBND tỉnh Lào Cai is Lào Cai's; in a plan of a commune of Lào
Cai, too).  A collective (``UBND các xã, phường``, ``Các sở, ban, ngành``) keeps the issuer's area as its
scope and says which members it stands for (``tables/collectives.py``).

Units come from the gazetteer (``tables/units.py``), in the era of the document's date (before or after
the reorganisation of 1 July 2025).  A place the gazetteer does not know keeps its folded text as key.
"""

from __future__ import annotations

import datetime as _dt
from functools import lru_cache

import regex

from ..chars import collapse_spaces, fold, nfc, tone_key
from ..models import Assignee, Diagnostic, Issuer, Obligation
from ..pattern_cache import compiled, longest_first
from ..tables.collectives import (
    CENTRAL_CITY,
    CENTRAL_WITH_MINISTRIES,
    CHOOSING_CLAUSE,
    COLLECTIVE_OPENER,
    DEPARTMENT_ISSUERS,
    ITEM_NOT_A_CLASS,
    LEVEL_TAIL,
    MEMBER_LEVELS,
    MEMBER_NOUNS,
    MINISTRY,
    NATIONAL_BODY_HEADS,
    NATIONAL_ISSUER_CODES,
    NATIONAL_TAILS,
    OTHER_BODIES_OWN,
    POSITION_HEADS_OF_BODIES,
    PROVINCE_BODY_HEADS,
    SOME_ONLY,
    UNITS_OF_A_BODY,
)
from ..tables.issuers import expand_abbreviations
from ..tables.units import LEVEL_WORDS, REORGANISATION_DATE, Unit, resolve_place
from .document_places import DocumentPlaces, restricts

_LEVELS = longest_first(MEMBER_LEVELS)
#: A level word and the proper name after it, in a folded header line (``uy ban nhan dan tinh lao cai``).
_LEVEL_NAME = compiled(r"(?<![a-z])(?P<level>" + "|".join(_LEVELS) + r")\s+(?P<name>[a-z0-9][a-z0-9 ]*)")
_MARKUP = compiled(r"[*_#`|]+")
_SEPARATORS = compiled(r"\s*(?:,|\bva\b)\s*")
#: A term's digits after an issuer code (``QH15``, ``UBTVQH14``).
_NATIONAL_CODE_DIGITS = compiled(r"\d+$")


def after_reorganisation(issued: _dt.date | None) -> bool | None:
    """Whether a document of that date speaks of the 2025 units; ``None`` when it has no date."""
    return None if issued is None else issued >= _dt.date(*REORGANISATION_DATE)


def _places_in(text: str) -> list[str]:
    """The level-and-name places of a header text, folded, last (most specific) first."""
    clean = collapse_spaces(_MARKUP.sub(" ", fold(expand_abbreviations(nfc(text)))))
    found = []
    for line in clean.splitlines() or [clean]:
        for m in _LEVEL_NAME.finditer(line):
            found.append(f"{m.group('level')} {m.group('name').strip()}")
    return found[::-1]


def _resolve_header(texts: list[str], era: bool | None) -> Unit | None:
    """The most specific unit named in the header, inside the one its other lines name."""
    places = [p for t in texts for p in _places_in(t)]
    outer = None
    for place in reversed(places):  # the parent first, then the issuer inside it
        words = place.split()
        # a proper name runs on into words that are not the unit's (``tinh lao cai so cong thuong``)
        for n in range(len(words), 1, -1):
            found = resolve_place(" ".join(words[:n]), within=outer.path if outer else None, after_2025=era)
            if found:
                if outer is None or found[0].path.startswith(outer.path):
                    outer = found[0]
                break
    return outer


def document_area(
    issuer: Issuer | None, place: str | None, issued: _dt.date | None, issuer_code: str | None = None
) -> Unit | None:
    """The issuer's unit: from the header (the issuer's own place inside its parent's), else the place
    line (``Lào Cai, ngày …``).  ``None`` for a national body — by its header, or by its number's issuer code
    (``QĐ-TTg``) when the header was not read — or a header that names no known place."""
    era = after_reorganisation(issued)
    texts = [t for t in ((issuer.parent, issuer.name) if issuer else ()) if t]
    unit = _resolve_header(texts, era)
    if unit is None and texts and any(_is_national(fold(t)) for t in texts):
        return None  # a ministry's header names no unit; ``Hà Nội, ngày …`` is where it sits, not its area
    if unit is None and issuer_code and _NATIONAL_CODE_DIGITS.sub("", issuer_code) in NATIONAL_ISSUER_CODES:
        return None  # ``2530/QĐ-TTg`` signed in Hà Nội: the nation's, not the city's
    if unit is None and place:
        found = resolve_place(place, after_2025=era)
        if found and len({u.path for u in found}) == 1 or (found and found[0].level == "tinh"):
            unit = found[0]
    return unit


def respelled_issuer(issuer: Issuer, area: Unit | None, diags: list[Diagnostic]) -> Issuer:
    """``issuer`` with its unit, or a unit it lies in, written as the gazetteer writes it where the letters
    of its kind and name agree and only the marks differ (a scan's ``CÔNG AN TỈNH LÂM ĐÓNG``, ``TINH QUANG
    NGAI``), with a diagnostic.  A spelling of the tone's place (``HOÀ BÌNH``, ``HÒA BÌNH``) is a spelling,
    not a misreading, and stays; a name not after its kind (``CƠ QUAN CHỦ`` is no ``thị trấn Chũ``) is none."""
    if area is None:
        return issuer
    units = _units_of(area)
    update = {}
    for field in ("name", "parent"):
        text = getattr(issuer, field)
        new = _respelled_in(text, units) if text else text
        if new != text:
            update[field] = new
            diags.append(
                Diagnostic(
                    code="issuer_place_respelled",
                    message=f"'{text}' read as '{new}': the place's letters are the gazetteer's, its marks were "
                    "not (a mark misread?)",
                    span=issuer.span,
                )
            )
    return issuer.model_copy(update=update) if update else issuer


def _units_of(area: Unit | None) -> list[tuple[str, str]]:
    """The (kind, name) of the unit ``area`` and of each unit it lies in: the places a respelling looks for."""
    if area is None:
        return []
    parts = (_kind_and_name(part) for part in area.within.split(", ") if part)
    return [(area.kind, area.name), *(u for u in parts if u is not None)]


def _respelled_in(text: str, units: list[tuple[str, str]]) -> str:
    """``text`` with each of ``units`` written as the gazetteer writes it (``_respelled``)."""
    for unit in units:
        text = _respelled(text, *unit)
    return text


def _kind_and_name(within_part: str) -> tuple[str, str] | None:
    """``("tỉnh", "Lào Cai")`` of ``tỉnh Lào Cai`` (a part of a unit's ``within``)."""
    words = within_part.split()
    for n in (5, 2, 1):  # ``thành phố trực thuộc trung ương``, ``thành phố``, ``thị xã``, ``tỉnh``
        if len(words) > n and fold(" ".join(words[:n])) in (*LEVEL_WORDS, "thanh pho"):
            return " ".join(words[:n]), " ".join(words[n:])
    return None


def _respelled(text: str, kind: str, name: str) -> str:
    """``text`` with each run of ``kind`` then ``name`` whose letters are theirs but whose marks are not (the
    placement of a tone aside) written as the gazetteer writes them, in ``text``'s case."""
    proper = f"{kind.lower()} {name}"
    folded = fold(text)
    words = fold(proper).split()
    if not all(w in folded for w in words):
        return text  # most texts name no such unit: no pattern tried
    out, at = [], 0
    for m in _unit_run(tuple(words)).finditer(folded):
        found = text[m.start() : m.end()]
        if tone_key(" ".join(found.split())) == tone_key(proper):
            continue
        if found.isupper():
            cased = proper.upper()
        else:
            cased = proper[:1].upper() + proper[1:] if found[:1].isupper() else proper
        out += [text[at : m.start()], cased]
        at = m.end()
    return "".join(out) + text[at:] if out else text


@lru_cache(maxsize=512)
def _unit_run(words: tuple[str, ...]) -> regex.Pattern:
    """A unit's folded words as a run of whole words (``_respelled``), compiled once a unit."""
    return regex.compile(r"(?<![\p{L}\p{N}])" + r"\s+".join(regex.escape(w) for w in words) + r"(?![\p{L}\p{N}])")


def _is_national(folded: str) -> bool:
    words = collapse_spaces(_MARKUP.sub(" ", folded)).strip()
    return (
        any(words.startswith(h + " ") or words == h for h in NATIONAL_BODY_HEADS if h != "bo")
        or MINISTRY.match(words) is not None
        or (NATIONAL_TAILS.search(words) is not None and _LEVEL_NAME.search(words) is None)
    )


def _head_of(name: str) -> str:
    return fold(expand_abbreviations(name)).strip()


def collective_members(assignee: Assignee) -> list[str]:
    """The member tokens of a collective assignee (``@xa`` for ``UBND các xã, phường``; ``so``, ``ban``,
    ``nganh`` for ``Các sở, ban, ngành``); empty for one body, a person, or a collective that means only
    some (``các cơ quan có liên quan``)."""
    if assignee.kind == "person":
        return []
    text = _head_of(assignee.canonical or assignee.raw)
    if SOME_ONLY.search(text):
        return []
    place = fold(assignee.place).strip() if assignee.place else ""
    m = COLLECTIVE_OPENER.search(text)
    if m is not None and CHOOSING_CLAUSE.search(m.group("rest")):
        return []  # ``Các Sở quản lý công trình …``: some of the departments, not each
    if m is not None and text[m.start() :].startswith("cap "):
        noun = _bodies_before_level(text[: m.start()].strip())
        if noun is not None:  # ``Thủ trưởng cơ quan chuyên môn cấp tỉnh``: those bodies of each province
            return _item_tokens(noun, after_head=False)
    if m is not None:
        before, rest = text[: m.start()].strip(), m.group("rest")
    elif place and _is_level_list(place) and text.endswith(place):
        before, rest = text[: -len(place)].strip(), place  # ``Ủy ban nhân dân phường, xã, đặc khu``
    else:
        return []
    rest = CENTRAL_CITY.sub("thanh pho truc thuoc trung uong", rest)
    tokens: list[str] = []
    # a post over the bodies (``Giám đốc các sở``) is unbound; a post of a named body over its branches (``Giám đốc
    # Bảo hiểm xã hội các tỉnh``) is that body's in each place, not the place's committee
    bound = bool(before) and not any(
        before == p or before in (f"{p} uy ban nhan dan", f"{p} hoi dong nhan dan") for p in POSITION_HEADS_OF_BODIES
    )
    items = [i.strip() for i in _SEPARATORS.split(rest) if i.strip()]
    for item in items:
        if ITEM_NOT_A_CLASS.search(item) or OTHER_BODIES_OWN.search(item):
            continue  # ``cơ quan thuộc Chính phủ`` in a list of ministries: that item is no class of bodies
        for token in _item_tokens(item, after_head=bound):
            if token not in tokens:
                tokens.append(token)
    if "bo" in tokens:  # ``Các bộ, ngành``: the central sectors beside the ministries (issue 53)
        return [t for t in tokens if t not in CENTRAL_WITH_MINISTRIES]
    if items and OTHER_BODIES_OWN.search(items[-1]):
        # ``Các phòng, ban thuộc Bảo hiểm xã hội tỉnh``: the list's own qualifier, over its units; the departments
        # and localities of a list stay the government's (``Các sở, cơ quan trực thuộc Sở``)
        return [t for t in tokens if t not in UNITS_OF_A_BODY]
    return tokens


def _item_tokens(item: str, *, after_head: bool) -> list[str]:
    """``xa`` after a head → ``@xa`` (the head's body of every commune), ``dia phuong`` → ``@dia_phuong``;
    ``ban nganh`` → ``ban``, ``nganh``; a level after a noun (``ngành tỉnh``) is the place, not a member."""
    tokens: list[str] = []
    while item:
        key = _longest_key(item, MEMBER_NOUNS)
        if key is None or (tokens and key in MEMBER_LEVELS):
            break
        rest = item[len(key) :].strip()
        if key in MEMBER_LEVELS and rest and not LEVEL_TAIL.match(rest):
            break  # ``các tình tiết``: a word that starts like a level is not one
        tokens.append(("@" if after_head else "") + MEMBER_NOUNS[key])
        item = rest
    return tokens


def _bodies_before_level(before: str) -> str | None:
    """The bodies ``before`` names when it is a class of bodies, a post of their heads aside, and a committee
    apart (``thu truong co quan chuyen mon`` → ``co quan chuyen mon``; ``co quan chuyen mon thuoc ubnd`` → ``co quan
    chuyen mon``; not ``uy ban nhan dan``, whose ``cấp tỉnh`` is the committees themselves)."""
    for head in POSITION_HEADS_OF_BODIES:
        if before.startswith(head + " "):
            before = before[len(head) + 1 :]
            break
    key = _longest_key(before, MEMBER_NOUNS)
    return key if key is not None and key not in MEMBER_LEVELS else None


def _is_level_list(folded: str) -> bool:
    """``phuong, xa, dac khu``: two or more level words and nothing else."""
    items = [i.strip() for i in _SEPARATORS.split(folded) if i.strip()]
    return len(items) > 1 and all(i in MEMBER_LEVELS for i in items)


def _longest_key(item: str, table: dict[str, str]) -> str | None:
    """The longest key of ``table`` that ``item`` starts with (``thanh pho truc thuoc trung uong`` before
    ``thanh pho``); a word after it (``ngành tỉnh``, ``phường trên địa bàn``) is the place, not the noun."""
    for key in longest_first(table):
        if item == key or item.startswith(key + " "):
            return key
    return None


def _body_level(name: str) -> str | None:
    """``tinh`` for a body that sits at the province whatever the plan (``Sở Tài chính``), ``national``
    for a national one, ``None`` for a body of the issuer's own unit."""
    head = _head_of(name)
    if _is_national(head):
        return "national"
    if any(head == h or head.startswith(h + " ") for h in PROVINCE_BODY_HEADS):
        return "tinh"
    return None


def assignee_area(
    assignee: Assignee, area: Unit | None, era: bool | None, places: DocumentPlaces | None = None
) -> Assignee:
    """``assignee`` with its area: its own place resolved inside the issuer's province, else the issuer's
    unit at the level the body sits; and its members if it is a collective (of the document's own provinces
    only, ``places``, when a national document names them and the group is one it restricts)."""
    members = collective_members(assignee)
    if members and places is not None and area is None and restricts(places, assignee.canonical or assignee.raw):
        members = members + places.tokens()
    explicit = assignee.place if assignee.place and not _is_level_only(assignee.place) else None
    if explicit:
        within = area.province_path if area else None
        found = resolve_place(expand_abbreviations(explicit), within=within, after_2025=era)
        if found:
            unit = found[0]
            return assignee.model_copy(update={"area": unit.display, "area_key": unit.path, "members": members})
        return assignee.model_copy(update={"area": explicit, "area_key": fold(explicit).strip(), "members": members})
    if area is None:
        return assignee.model_copy(update={"members": members})
    level = None if members else _body_level(assignee.canonical or assignee.raw)
    if level == "national":
        return assignee.model_copy(update={"members": members})
    unit = area
    if level == "tinh" and area.level != "tinh":
        unit = next((u for u in resolve_place(area.within.split(", ")[-1]) if u.path == area.province_path), area)
    return assignee.model_copy(
        update={"area": unit.display, "area_key": unit.path, "area_from_issuer": True, "members": members}
    )


def area_key_in(assignee: Assignee, doc_area: str | None) -> str | None:
    """The area path of a name given by hand (a correction) in a document of unit ``doc_area``: its own
    written place, else the document's unit, at the province for a provincial body."""
    if assignee.place and not _is_level_only(assignee.place):
        province = doc_area.split("/", 1)[0] if doc_area else None
        found = resolve_place(expand_abbreviations(assignee.place), within=province)
        return found[0].path if found else fold(assignee.place).strip()
    level = None if collective_members(assignee) else _body_level(assignee.canonical or assignee.raw)
    if level == "national" or doc_area is None:
        return None
    return doc_area.split("/", 1)[0] if level == "tinh" else doc_area


def _is_level_only(place: str) -> bool:
    """``các xã, phường``, ``cấp xã``, ``tỉnh`` (a bare level): no unit of its own."""
    folded = fold(place).strip()
    return (
        COLLECTIVE_OPENER.match(folded) is not None
        or folded in LEVEL_WORDS
        or folded == "thanh pho"
        or _is_level_list(folded)
    )


def gives_collective_tasks(issuer: Issuer | None) -> bool:
    """Whether the issuer's documents give tasks to collectives: not a department's (``DEPARTMENT_ISSUERS``);
    an issuer not read is given the benefit of the doubt."""
    if issuer is None or not issuer.name:
        return True
    return DEPARTMENT_ISSUERS.match(fold(expand_abbreviations(collapse_spaces(issuer.name)))) is None


def with_areas(
    obligations: list[Obligation],
    area: Unit | None,
    issued: _dt.date | None,
    diags: list[Diagnostic] | None = None,
    *,
    collectives: bool = True,
    places: DocumentPlaces | None = None,
) -> list[Obligation]:
    """Every obligation with its assignee's area and members (see ``assignee_area``), the places of the
    document's unit in its canonical name written as the gazetteer writes them (a scan's ``Công an tỉnh Lâm
    Đóng``; its ``raw`` stays as read), with a diagnostic for each name respelled.  The same assignee (every
    field alike) is resolved once and its ``Assignee`` shared by its tasks: a plan gives one unit dozens of
    tasks, and each model kept costs about a kilobyte (issue 40: 20 000 tasks, 123 MB).  ``collectives``:
    whether the issuer gives tasks to collectives (``gives_collective_tasks``); when not, a collective it names
    has no members, and no unit's board receives its tasks through it (issue 41).  ``places``: the provinces the
    document names as its own (``extract.document_places``), which its groups of localities then mean."""
    era = after_reorganisation(issued)
    units = _units_of(area)
    made: dict[tuple, Assignee] = {}
    out = []
    for o in obligations:
        key = tuple(tuple(v) if isinstance(v, list) else v for v in o.assignee.__dict__.values())
        found = made.get(key)
        if found is None:
            found = assignee_area(_respelled_assignee(o.assignee, units, diags), area, era, places)
            if found.members and not collectives:
                found = found.model_copy(update={"members": []})
            made[key] = found
        out.append(o.model_copy(update={"assignee": found}))
    return out


def _respelled_assignee(a: Assignee, units: list[tuple[str, str]], diags: list[Diagnostic] | None) -> Assignee:
    update = {}
    for field in ("canonical", "place"):
        text = getattr(a, field)
        new = _respelled_in(text, units) if text else text
        if new != text:
            update[field] = new
    if not update:
        return a
    if diags is not None and "canonical" in update:
        diags.append(
            Diagnostic(
                code="assignee_place_respelled",
                message=f"'{a.canonical}' read as '{update['canonical']}': the place's letters are the gazetteer's, "
                "its marks were not (a mark misread?)",
            )
        )
    return a.model_copy(update=update)
