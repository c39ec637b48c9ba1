"""People's names by their shape: the names a flattened cell ran together, cut by family names
(``Lê Văn Tâm Hoàng Thị Mai``)."""

from __future__ import annotations

import itertools
from functools import lru_cache

from ..chars import fold, tone_key
from ..tables.names import FAMILY_NAMES

#: A person's name is a family name and one to three more syllables.
DEFAULT_PERSON_SYLLABLES = (2, 4)


@lru_cache(maxsize=1)
def family_keys() -> frozenset[str]:
    return frozenset(tone_key(n) for n in FAMILY_NAMES)


@lru_cache(maxsize=1)
def folded_family_keys() -> frozenset[str]:
    """The family names without their marks: a scan drops a tone as often as it misreads a word (``Nguyên``)."""
    return frozenset(fold(n) for n in FAMILY_NAMES)


def run_together_names(text: str) -> list[str] | None:
    """The people's names a flattened cell ran together (``Lê Văn Tâm Hoàng Thị Mai Phạm Quốc Huy``: a scraper
    joined the cell's lines): the one way to cut the capitalised words into names of two to four syllables, each
    opening with a family name (``Hoàng``, ``Phạm``), preferring names of three; None when the words are no run of
    names, when one name reads them whole (``Nguyễn Văn Hà Lan``), or when two cuts are as good."""
    words = text.split()
    lo, hi = DEFAULT_PERSON_SYLLABLES
    if len(words) <= hi or not all(w[:1].isupper() and w.isalpha() for w in words):
        return None
    family = [tone_key(w) in family_keys() for w in words]
    # best[i]: (cost, cuts) of the words from i on; a name of three costs 0, of two or four costs 1
    best: dict[int, tuple[int, list[int]] | None] = {len(words): (0, [])}
    ties: dict[int, bool] = {len(words): False}
    for i in range(len(words) - 1, -1, -1):
        best[i], ties[i] = None, False
        if not family[i]:
            continue
        for n in range(lo, hi + 1):
            after = best.get(i + n)
            if i + n > len(words) or after is None:
                continue
            cost = after[0] + (n != 3)
            current = best[i]
            if current is None or cost < current[0]:
                best[i], ties[i] = (cost, [i, *after[1]]), ties[i + n]
            elif cost == current[0]:
                ties[i] = True
    found = best[0]
    if found is None or ties[0] or len(found[1]) < 2:
        return None
    cuts = [*found[1], len(words)]
    return [" ".join(words[a:b]) for a, b in itertools.pairwise(cuts)]
