"""A unit's chief named by the unit's noun and ``trưởng`` over that unit (issue 52, names; eleventh twin of A2):
``Hải đội trưởng Hải đội Biên phòng 2``, ``Tiểu đoàn trưởng Tiểu đoàn 3``, ``Khẩu đội trưởng Khẩu đội 1``.  The unit's
noun written again, as it was, opens the unit's own name, whatever the unit: no list needs to know it."""

from __future__ import annotations

from ..pattern_cache import compiled

#: The chief's words and the unit's noun written again (at most three words of the noun).
UNIT_CHIEF = compiled(r"(?P<unit>\p{Lu}\p{Ll}*(?:[ \t]+\p{Ll}+){0,2})[ \t]+trưởng[ \t]+(?P=unit)(?![\p{L}])")
#: How far after a word ``trưởng`` is looked for before the pattern is tried (most words open no chief's post).
DEFAULT_CHIEF_CHARS = 24


def unit_chief_at(text: str, pos: int) -> tuple[int, str] | None:
    """Where the unit's noun written again after its chief's ends, and that noun; None when no chief is named so."""
    if "trưởng" not in text[pos : pos + DEFAULT_CHIEF_CHARS]:
        return None
    chief = UNIT_CHIEF.match(text, pos)
    return None if chief is None else (chief.end(), chief.group("unit"))
