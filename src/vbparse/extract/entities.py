"""Bodies, units, posts and persons named in a text (assignees, recipients), for callers that want a
flat list of names with their canonical spelling.

This is a thin view over ``extract/assignees.py`` (the grammar of names plus the alias table): an
``Entity`` is where a name stands and what it is called canonically.  No word segmentation and no
spaCy objects are needed for it, so it costs nothing at start-up; the spaCy component
(``spacy_component.py``) is separate.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .assignees import find_names, make_assignee


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    canonical: str
    kind: str


class EntityMatcher:
    """Names in text order; the alias table's canonical name where one of its spellings matched."""

    def find(self, text: str) -> list[Entity]:
        out = []
        for span in find_names(text):
            canonical = span.canonical or make_assignee(text, span).canonical or text[span.start : span.end]
            out.append(Entity(span.start, span.end, canonical, span.kind))
        return out


@lru_cache(maxsize=1)
def entity_matcher() -> EntityMatcher:
    return EntityMatcher()
