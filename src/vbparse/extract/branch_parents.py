"""A branch named after its parent with no mark between them (``Ngân hàng Nhà nước Việt Nam Chi nhánh Khu vực II``):
the parent's capitalised words before the branch's head are the branch's name, one body (issue 52, item 4: with
``Ngân hàng`` left out of the lists, the lead cell named only ``Chi nhánh Khu vực II``).  With a dash the name run
reads it already (``… - Chi nhánh …``)."""

from __future__ import annotations

from dataclasses import replace

from ..pattern_cache import compiled
from .name_lexicon import BRANCH_AFTER_DASH, STOP, WORD, NameSpan

#: Where the words before a branch's name stop being its parent's: a list's mark or a clause's.
_BEFORE_PARENT = compiled(r"[,;:()\n]|(?<![\p{L}])và(?![\p{L}])")
#: A parent's name is at most this many words.
DEFAULT_PARENT_WORDS = 8


def with_branch_parents(value: str, spans: list[NameSpan]) -> list[NameSpan]:
    """The names of a who-value or a lead cell, each branch's (``Chi nhánh …``) reaching back over its parent's
    capitalised words right before it, when no other name, mark or verb stands between (two words at least)."""
    out: list[NameSpan] = []
    for sp in spans:
        if BRANCH_AFTER_DASH.match(value, sp.start) is not None:  # a branch's head (``BRANCH_HEADS``)
            start = _parent_start(value, out[-1].end if out else 0, sp.start)
            if start is not None:
                sp = replace(sp, start=start, canonical=None, alias_end=None)
        out.append(sp)
    return out


def _parent_start(value: str, floor: int, at: int) -> int | None:
    """Where the parent's words before ``at`` begin, from ``floor`` on: after the last mark, ``và`` or the name
    before; None unless they are two to ``DEFAULT_PARENT_WORDS`` words, the first capitalised, no verb among them."""
    marks = list(_BEFORE_PARENT.finditer(value, floor, at))
    start = marks[-1].end() if marks else floor
    words = list(WORD.finditer(value, start, at))
    if not 2 <= len(words) <= DEFAULT_PARENT_WORDS or not words[0].group()[:1].isupper():
        return None
    if any(w.group()[:1].islower() and STOP.match(value, w.start()) for w in words):
        return None
    return words[0].start()
