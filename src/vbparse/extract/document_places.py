"""The provinces a document names as its own (``tables.document_places``) and which of its groups of
localities they restrict: read once per document, before the tasks' areas are set (``extract.areas``)."""

from __future__ import annotations

from dataclasses import dataclass

from ..chars import fold_text
from ..tables.document_places import (
    EVERY_PROVINCE,
    LIST_SEPARATOR,
    LOCALITY_TERM,
    PLACE,
    PLACES_CUE,
    PLACES_CUE_WRITTEN,
    PLACES_RULES,
    PROVINCE_KIND,
    QUALIFIED_GROUP,
)
from ..tables.units import province_2025_path, resolve_place


@dataclass(frozen=True)
class DocumentPlaces:
    """The provinces' paths (with their successors of 2025) and what they restrict: the defined ``terms``
    (folded), or, ``whole``, every group of provincial localities."""

    paths: tuple[str, ...]
    terms: tuple[str, ...]
    whole: bool

    def tokens(self) -> list[str]:
        """The member tokens of the places (``=thanh pho da nang``: ``tables.membership.PLACE``)."""
        return [PLACE + p for p in self.paths]


def document_places(text: str) -> DocumentPlaces | None:
    """The provinces ``text`` names as its own, ``None`` when it names none (or a list not read whole)."""
    if PLACES_CUE_WRITTEN.search(text) is None:
        return None
    folded = fold_text(text)
    if PLACES_CUE.search(folded) is None:
        return None
    flat = " ".join(folded.split())
    paths: list[str] = []
    terms: list[str] = []
    qualified: list[str] = []
    whole = False
    for rule in PLACES_RULES:
        for m in rule.pattern.finditer(flat):
            term = " ".join(m.group("term").split()) if "term" in m.re.groupindex else ""
            if rule.id == QUALIFIED_GROUP:
                if LOCALITY_TERM.search(term):
                    qualified.append(term)
                continue
            found = _provinces(m.group("places"))
            if not found or (term and not LOCALITY_TERM.search(term)):
                continue
            paths.extend(p for p in found if p not in paths)
            if term:
                terms.append(term)
            whole = whole or rule.whole
    if not paths:
        return None
    return DocumentPlaces(tuple(paths), tuple(terms + qualified), whole)


def _provinces(listed: str) -> list[str] | None:
    """The paths of every province of a list (``lạng sơn, bắc giang và bắc ninh``), with the province each is
    part of since 2025; ``None`` when one item is no province (a list not read whole restricts nothing)."""
    items = [PROVINCE_KIND.sub("", i.strip()) for i in LIST_SEPARATOR.split(listed) if i.strip()]
    if len(items) < 2:
        return None
    paths: list[str] = []
    for item in items:
        units = [u for u in resolve_place(item) if u.level == "tinh"]
        if not units:
            return None
        for u in units[:1]:
            for p in (u.path, province_2025_path(u)):
                if p not in paths:
                    paths.append(p)
    return paths


def restricts(places: DocumentPlaces, canonical: str) -> bool:
    """Whether the document's places restrict the group ``canonical``: a defined term it ends with, or any
    group of localities in a project's document; never a group written for every province (``… trực thuộc
    Trung ương``)."""
    name = " ".join(fold_text(canonical).split())
    if EVERY_PROVINCE.search(name):
        return False
    return places.whole or any(name == t or name.endswith(" " + t) for t in places.terms)
