"""Recognising bodies, units and positions (assignees, recipients) with a spaCy PhraseMatcher.

The matcher runs on the *folded* text (lower case, no diacritics), which has the same length as the
normalised text, so match offsets are offsets in the document.  Tokens are syllables (``[\\p{L}\\p{N}]+``),
built directly into a ``Doc`` so punctuation and dash variants (``Văn phòng –thống kê``) never break a
match.  pyvi word segmentation is not used: syllables are what the alias table is written in, and
``scripts/bench.py`` measures what pyvi would cost.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex
import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..normalize import fold
from ..tables.assignees import ASSIGNEE_TABLE

_TOKEN = regex.compile(r"[\p{L}\p{N}]+")


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    canonical: str
    kind: str


class EntityMatcher:
    """Longest-match recogniser over the alias table (compiled once per process)."""

    def __init__(self) -> None:
        self.nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self.entries: dict[str, tuple[str, str]] = {}
        for canonical, kind, aliases in ASSIGNEE_TABLE:
            key = f"E{len(self.entries)}"
            self.entries[key] = (canonical, kind)
            patterns = []
            seen = set()
            for alias in (canonical, *aliases):
                words = _TOKEN.findall(fold(alias))
                if words and tuple(words) not in seen:
                    seen.add(tuple(words))
                    patterns.append(Doc(self.nlp.vocab, words=words))
            self.matcher.add(key, patterns)

    def find(self, text: str) -> list[Entity]:
        """All non-overlapping entities in ``text`` (longest first), in text order."""
        folded = fold(text)
        toks = list(_TOKEN.finditer(folded))
        if not toks:
            return []
        doc = Doc(self.nlp.vocab, words=[t.group() for t in toks])
        found = []
        for match_id, s, e in self.matcher(doc):
            canonical, kind = self.entries[self.nlp.vocab.strings[match_id]]
            found.append((s, e, canonical, kind))
        found.sort(key=lambda x: (-(x[1] - x[0]), -x[1]))
        taken = [False] * len(toks)
        out = []
        for s, e, canonical, kind in found:
            if any(taken[s:e]):
                continue
            for i in range(s, e):
                taken[i] = True
            out.append(Entity(toks[s].start(), toks[e - 1].end(), canonical, kind))
        out.sort(key=lambda x: x.start)
        return out


@lru_cache(maxsize=1)
def entity_matcher() -> EntityMatcher:
    return EntityMatcher()
