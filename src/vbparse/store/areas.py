"""What an assignee query means in places: the units its place may be, and the collectives it is a member
of (``UBND xã Bát Xát`` is one of ``UBND các xã, phường`` of a plan of tỉnh Lào Cai; ``Sở Tài chính tỉnh Lào
Cai`` one of its ``Các sở, ban, ngành``).  Conditions on the ``obligations`` columns ``assignee_area_key``
(a path of folded names, ``tinh lao cai/xa bat xat``) and ``assignee_members`` (JSON list of tokens).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..chars import fold
from ..tables.issuers import expand_abbreviations
from ..tables.membership import BOUND, NATIONAL_SCOPE, PLACE, Membership, head_classes, unit_membership
from ..tables.units import LEVEL_WORDS, Unit, gazetteer, resolve_place
from .conditions import Cond, all_of, any_of, eq, is_null, like, one_of, sql

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
        if tail in provinces and head_classes(" ".join(words[:-n])):
            return PlaceQuery(" ".join(words[:-n]), "tinh", tuple(provinces[tail]))
    return PlaceQuery(name, None, ())


def area_paths(q: PlaceQuery) -> list[str]:
    """The paths a body of the query's place is stored under: each unit's own."""
    return sorted({u.path for u in q.units})


def query_membership(q: PlaceQuery) -> Membership | None:
    """The collectives the queried body is a member of (``tables.membership``: the one decision)."""
    return unit_membership(q.name, q.level, q.units)


def membership_condition(m: Membership | None) -> Cond | None:
    """The SQL condition (on ``o``) of the collectives of ``m``: a member's token in one of its scopes.
    ``o.assignee_members <> '[]'`` first: the collectives' own index (``schema.PARTIAL_INDEXES``) serves it."""
    if m is None:
        return None
    tokens = []
    for token in sorted(m.tokens):
        head, bound, level = token.partition(BOUND)
        member = like("o.assignee_members", f'%"{bound}{level}"%' if bound else f'%"{head}"%')
        tokens.append(all_of(eq("o.assignee_key", head), member) if bound else member)
    paths = sorted(s for s in m.scopes if s != NATIONAL_SCOPE)
    scope = any_of(
        is_null("o.assignee_area_key") if NATIONAL_SCOPE in m.scopes else None,
        one_of("o.assignee_area_key", paths) if paths else None,
    )
    return all_of(sql("o.assignee_members <> '[]'"), scope, any_of(*tokens), _of_its_places(m))


def _of_its_places(m: Membership) -> Cond | None:
    """A collective of the provinces a document names (tokens ``=path``: ``membership.is_member``) holds only the
    units of those places; a unit without a place (a ministry) is not restricted."""
    if not m.places:
        return None
    listed = (like("o.assignee_members", f'%"{PLACE}{p}"%') for p in sorted(m.places))
    return any_of(sql("o.assignee_members NOT LIKE ?", f'%"{PLACE}%'), *listed)


def collective_condition(q: PlaceQuery) -> Cond | None:
    """The SQL condition (on ``o``) of the collectives the queried body is a member of, or ``None`` when
    the query names nothing a collective can stand for."""
    return membership_condition(query_membership(q))
