"""What an assignee query means in places: the units its place may be, and the collectives it is a member
of (``UBND xã Bát Xát`` is one of ``UBND các xã, phường`` of a plan of tỉnh Lào Cai; ``Sở Tài chính tỉnh Lào
Cai`` one of its ``Các sở, ban, ngành``).  Conditions on the ``obligations`` columns ``assignee_area_key``
(a path of folded names, ``tinh lao cai/xa bat xat``) and ``assignee_members`` (JSON list of tokens).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..chars import fold
from ..tables.collectives import HEAD_CLASSES, PROVINCE_BODY_HEADS, WHOLE_NAME_HEADS
from ..tables.issuers import expand_abbreviations
from ..tables.units import LEVEL_WORDS, Unit, containing_paths, gazetteer, province_2025_path, resolve_place

#: A name ends with a province's name this many words long at most (``Bà Rịa - Vũng Tàu`` has five).
DEFAULT_MAX_PROVINCE_WORDS = 5


@dataclass(frozen=True)
class PlaceQuery:
    """A query's name and the units its place may be (several: ``xã Tân Lập`` is in many provinces)."""

    name: str
    level: str | None
    units: tuple[Unit, ...]


def place_query(name: str, place: str | None, within: str | None = None) -> PlaceQuery:
    """``so tai chinh`` + ``tinh lao cai`` → the province Lào Cai; a name that ends with a province's name
    and no level word (``so tai chinh lao cai``) is read the same way.  ``within``: the path of the province
    the place was named in (``xa luong minh`` of ``tinh quang ninh``), whose units are the place's."""
    if place:
        found = resolve_place(expand_abbreviations(place))
        inside = [u for u in found if within and (u.path == within or u.path.startswith(within + "/"))]
        units = tuple(inside or found)
        level = units[0].level if units else LEVEL_WORDS.get(fold(place).strip())  # ``Công an tỉnh``: any
        return PlaceQuery(name, level, units)
    words = name.split()
    for i in range(1, len(words)):  # ``uy ban nhan dan phuong xuan huong da lat``: a level word and a name
        if " ".join(words[i : i + 2]) in LEVEL_WORDS or words[i] in LEVEL_WORDS:
            units = tuple(resolve_place(" ".join(words[i:])))
            if units:
                return PlaceQuery(" ".join(words[:i]), units[0].level, units)
    provinces = gazetteer().provinces
    for n in range(min(DEFAULT_MAX_PROVINCE_WORDS, len(words) - 1), 0, -1):
        tail = " ".join(words[-n:])
        if tail in provinces and _head_classes(" ".join(words[:-n])):
            return PlaceQuery(" ".join(words[:-n]), "tinh", tuple(provinces[tail]))
    return PlaceQuery(name, None, ())


#: ``HEAD_CLASSES``, longest head first (``bo chi huy`` before ``bo``).
_HEAD_CLASSES = sorted(HEAD_CLASSES, key=lambda hc: len(hc[0]), reverse=True)


def _head_classes(name: str) -> tuple[str, ...]:
    for head, classes in _HEAD_CLASSES:
        if name == head or name.startswith(head + " "):
            return classes
    return ()


def head_of_query(name: str) -> str:
    """The head a collective of the queried body is written with: ``uy ban nhan dan`` for any UBND,
    ``cong an`` for ``cong an tinh``; else the name itself."""
    for head in ("uy ban nhan dan", "cong an", "mat tran to quoc", "uy ban mat tran to quoc"):
        if name == head or name.startswith(head + " "):
            return head
    return name


def _is_national_body(name: str) -> bool:
    return name.startswith("bo ") and not name.startswith("bo chi huy")


def _is_province_body(name: str) -> bool:
    return any(name == h or name.startswith(h + " ") for h in PROVINCE_BODY_HEADS)


def area_paths(q: PlaceQuery) -> list[str]:
    """The paths a body of the query's place is stored under: each unit's own."""
    return sorted({u.path for u in q.units})


def collective_condition(q: PlaceQuery) -> tuple[str, list] | None:
    """The SQL condition (on ``o``) of the collectives the queried body is a member of, or ``None`` when
    the query names nothing a collective can stand for."""
    if any(q.name.startswith(head + " ") for head in WHOLE_NAME_HEADS):
        return None  # ``Ủy ban nhân dân các cấp``, ``UBND Yên Sở``: no one locality's committee
    classes = list(_head_classes(q.name))
    locality = q.name in WHOLE_NAME_HEADS
    level = q.level or ("tinh" if _is_province_body(q.name) else None)
    if locality and level:
        classes.append(level)
    parts, params = [], []
    if level:
        for bound in (level, "dia_phuong") if locality or level != "tinh" else (level,):
            parts.append("(o.assignee_key = ? AND o.assignee_members LIKE ?)")
            params += [head_of_query(q.name), f'%"@{bound}"%']
    for c in classes:
        parts.append("o.assignee_members LIKE ?")
        params.append(f'%"{c}"%')
    cond = "(" + " OR ".join(parts) + ")" if parts else ""
    if parts and _is_national_body(q.name):
        return cond + " AND o.assignee_area_key IS NULL", params  # a ministry: of the nation's collectives
    if not parts or not q.units:
        return None  # without a place, whose collectives? (every province's: more noise than answer)
    if level == "tinh" and locality:
        return cond + " AND o.assignee_area_key IS NULL", params  # provinces: members of the nation's collectives
    scopes: set[str] = set()
    for u in q.units:
        inside = containing_paths(u.path)
        if locality:
            inside = inside[:-1]  # a commune's UBND is a member of what holds the commune, not of itself
        scopes.update(inside)
        if u.era == "legacy":
            scopes.add(province_2025_path(u))
    if not scopes:
        return None
    cond += f" AND o.assignee_area_key IN ({','.join('?' * len(scopes))})"
    params += sorted(scopes)
    return cond, params
