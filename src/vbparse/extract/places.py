"""The issuing body's own places, so that a bare level in a name (``Công an tỉnh``) can be completed."""

from __future__ import annotations

import regex

from ..chars import fold, nfc
from ..models import Issuer
from ..pattern_cache import compiled, longest_first
from ..tables.bodies import PLACE_LEVELS

_LEVELS = longest_first(PLACE_LEVELS)
_LEVEL_RE = compiled(
    r"(?i)(?<![\p{L}])(?P<level>"
    + "|".join(regex.escape(lv).replace(r"\ ", r"\s+") for lv in _LEVELS)
    + r")\s+(?P<name>\p{Lu}[\p{L}\p{N}]*(?:\s+[\p{L}\p{N}]+){0,3})\s*$"
)


def _title(name: str) -> str:
    """``LÂM ĐỒNG`` → ``Lâm Đồng`` (header lines are in capitals)."""
    if name.upper() != name:
        return name
    return " ".join(w[:1] + w[1:].lower() for w in name.split())


def home_places(issuer: Issuer | None) -> dict[str, str]:
    """``ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG`` → ``{"tinh": "Lâm Đồng"}``; a Sở under ``UBND TỈNH LÀO CAI``
    takes its parent's province."""
    out: dict[str, str] = {}
    if issuer is None:
        return out
    for text in (issuer.parent, issuer.name):
        if not text:
            continue
        m = _LEVEL_RE.search(nfc(text))
        if m:
            out.setdefault(fold(m.group("level")).strip(), _title(m.group("name")))
    return out
