"""Whether a unit is a member of a collective: the one decision the store's task query, the follow-up's members
and the board's giao chung rows all take (issue 54), so that a unit's board and a plan's follow-up never disagree.

Both sides are written as **tokens in scopes**.  A collective (``UBND các xã, phường`` of tỉnh Lào Cai, as the
extractor stored it: its ``assignee_key``, its ``members`` from ``extract.areas.collective_members``, its area
path) has the tokens of its members — a class of body (``so``, ``dia_phuong``) as it is, a level bound to the
collective's head (``@xa`` after ``uy ban nhan dan``) as ``uy ban nhan dan@xa`` — and its area as scope (``""``
for the nation's).  A unit (``UBND xã Bát Xát``: a name key, a level, the units its place may be) has the tokens
of every collective it can be a member of, and the scopes of the units that hold it.  It is a member when the
collective's scope is one of its scopes and they share a token.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .collectives import HEAD_CLASSES, PROVINCE_BODY_HEADS, WHOLE_NAME_HEADS
from .document_places import PLACE
from .units import Unit, containing_paths, province_2025_path, resolve_place

#: The scope of a collective without an area: the nation's (``Các bộ, ngành``, ``UBND các tỉnh``).
NATIONAL_SCOPE = ""
#: What joins a collective's head to a level bound to it (``uy ban nhan dan@xa``): the ``@`` of the token.
BOUND = "@"
#: Heads a collective of the queried body is written with (``UBND các xã`` for ``UBND xã Bát Xát``, ``Công an các
#: xã`` for ``Công an xã Bát Xát``); any other body's collective is written with its whole name.
COLLECTIVE_HEADS: tuple[str, ...] = ("uy ban nhan dan", "cong an", "mat tran to quoc", "uy ban mat tran to quoc")

#: ``HEAD_CLASSES``, longest head first (``bo chi huy`` before ``bo``).
_HEAD_CLASSES = sorted(HEAD_CLASSES, key=lambda hc: len(hc[0]), reverse=True)


@dataclass(frozen=True)
class Membership:
    """The collectives a unit is a member of: their tokens (``so``, ``uy ban nhan dan@xa``) in their scopes
    (area paths; ``NATIONAL_SCOPE`` for the nation's)."""

    tokens: frozenset[str]
    scopes: frozenset[str]
    #: the paths of the units it is of (its place's), which a collective of some provinces only must name
    #: (``PLACE``); empty for a body without a place (a ministry), which no such list restricts
    places: frozenset[str] = frozenset()


def head_classes(name: str) -> tuple[str, ...]:
    """The member classes a body of name key ``name`` belongs to (``HEAD_CLASSES``): ``so tai chinh`` → ``so``,
    ``nganh``, ``co_quan``, ``don_vi``."""
    for head, classes in _HEAD_CLASSES:
        if name == head or name.startswith(head + " "):
            return classes
    return ()


def collective_head(name: str) -> str:
    """The head a collective of the body ``name`` is written with: ``uy ban nhan dan`` for any UBND, ``cong an``
    for ``cong an tinh``; else the name itself."""
    return next((h for h in COLLECTIVE_HEADS if name == h or name.startswith(h + " ")), name)


def collective_tokens(head_key: str | None, members: Iterable[str]) -> frozenset[str]:
    """The tokens of a collective: its classes as they are, its bound levels after its head (``@xa`` of
    ``uy ban nhan dan`` → ``uy ban nhan dan@xa``)."""
    return frozenset(f"{head_key or ''}{m}" if m.startswith(BOUND) else m for m in members)


def _is_province_body(name: str) -> bool:
    return any(name == h or name.startswith(h + " ") for h in PROVINCE_BODY_HEADS)


def _is_ministry(name: str) -> bool:
    return name.startswith("bo ") and not name.startswith("bo chi huy")


def unit_membership(name: str, level: str | None, units: Sequence[Unit]) -> Membership | None:
    """The collectives the body ``name`` (a name key, its place apart) of the ``units`` its place may be is a
    member of, ``None`` when it is of none: a committee without its one place (``Ủy ban nhân dân các cấp``), a
    body without a place (whose collectives? every province's is more noise than answer), a name of no class.
    ``level``: its place's level (``Công an tỉnh``: any province), else a province's for a provincial body."""
    if any(name.startswith(head + " ") for head in WHOLE_NAME_HEADS):
        return None  # ``Ủy ban nhân dân các cấp``, ``UBND Yên Sở``: no one locality's committee
    locality = name in WHOLE_NAME_HEADS
    level = level or ("tinh" if _is_province_body(name) else None)
    tokens = set(head_classes(name))
    if locality and level:
        tokens.add(level)
    if level:
        for bound in (level, "dia_phuong") if locality or level != "tinh" else (level,):
            tokens.add(f"{collective_head(name)}{BOUND}{bound}")
    if not tokens:
        return None
    places = frozenset(u.path for u in units)
    if _is_ministry(name) or (level == "tinh" and locality):
        # a ministry, a province: the nation's
        return Membership(frozenset(tokens), frozenset({NATIONAL_SCOPE}), frozenset() if _is_ministry(name) else places)
    scopes: set[str] = set()
    for u in units:
        inside = containing_paths(u.path)
        scopes.update(inside[:-1] if locality else inside)  # a commune's UBND: of what holds it, not of itself
        if u.era == "legacy":
            scopes.add(province_2025_path(u))
    return Membership(frozenset(tokens), frozenset(scopes), places) if scopes else None


def is_member(unit: Membership | None, head_key: str | None, members: Iterable[str], area_key: str | None) -> bool:
    """Whether a unit (``unit_membership``) is a member of the collective of ``head_key`` (its stored
    ``assignee_key``), ``members`` (its tokens) and ``area_key`` (its area path, ``None`` for the nation's)."""
    if unit is None or (area_key or NATIONAL_SCOPE) not in unit.scopes:
        return False
    listed = {m[len(PLACE) :] for m in members if m.startswith(PLACE)}
    if listed and unit.places and listed.isdisjoint(unit.places):
        return False  # a group of the provinces a document names: another province's unit is none of it
    return not unit.tokens.isdisjoint(collective_tokens(head_key, members))


def unit_at(path: str) -> Unit | None:
    """The gazetteer's unit of an area path (``tinh lao cai/xa bat xat``), ``None`` for a path it has not."""
    parent, _, last = path.rpartition("/")
    found = resolve_place(last, within=parent or None)
    return next((u for u in found if u.path == path), None)


#: ``(unit name key, level, its place, collective head key, members, area key, member?)``: the decision's
#: examples and counter-examples (``tests/test_membership.py``).
MEMBERSHIP_EXAMPLES: tuple[tuple[str, str | None, str, str, tuple[str, ...], str | None, bool], ...] = (
    ("so tai chinh", "tinh", "tỉnh Lào Cai", "cac so ban nganh", ("so", "ban", "nganh"), "tinh lao cai", True),
    ("so tai chinh", "tinh", "tỉnh Lào Cai", "cac so ban nganh", ("so", "ban", "nganh"), "tinh yen bai", False),
    ("so tai chinh", "tinh", "tỉnh Lào Cai", "cac bo", ("bo",), None, False),  # the ministries: no department
    ("uy ban nhan dan", "xa", "xã Bát Xát", "uy ban nhan dan", ("@xa",), "tinh lao cai", True),
    ("uy ban nhan dan", "xa", "xã Bát Xát", "uy ban nhan dan", ("@huyen",), "tinh lao cai", False),
    ("uy ban nhan dan", "xa", "xã Bát Xát", "chu tich uy ban nhan dan", ("@xa",), "tinh lao cai", False),
    ("uy ban nhan dan", "xa", "xã Bát Xát", "uy ban nhan dan", ("@xa",), "tinh lao cai/xa bat xat", False),
    ("uy ban nhan dan", "tinh", "tỉnh Lào Cai", "uy ban nhan dan", ("@tinh",), None, True),
    ("bo tai chinh", None, "", "cac bo nganh", ("bo",), None, True),
    ("cong an", "tinh", "tỉnh Lào Cai", "cac so ban nganh", ("so", "ban", "nganh"), "tinh lao cai", True),
    ("cong an", "tinh", "tỉnh Lào Cai", "cac so", ("so",), "tinh lao cai", False),
    # a group of the provinces a document names (``extract.document_places``): of those, not of another
    ("uy ban nhan dan", "tinh", "thành phố Đà Nẵng", "uy ban nhan dan", ("@tinh", "=thanh pho da nang"), None, True),
    ("uy ban nhan dan", "tinh", "thành phố Hà Nội", "uy ban nhan dan", ("@tinh", "=thanh pho da nang"), None, False),
    ("bo tai chinh", None, "", "cac bo co quan dia phuong", ("bo", "dia_phuong", "=tinh ha tinh"), None, True),
)
