"""Headings that name a field of affairs, not a body (issue 52, S6): a commune post's short name is the name of the
field it serves (``Văn hóa - Xã hội``, ``Tư pháp - Hộ tịch``); spelled as a field, its second part in lower case
(``1.1. Văn hóa - xã hội`` beside ``1.2. Kinh tế - hạ tầng``), a heading is the topic of its items."""

from __future__ import annotations

from ..chars import fold
from ..pattern_cache import compiled
from .assignees import NameSpan

#: A dash joining the parts of a name, the part after it in lower case (``Văn hóa - xã hội``).
_LOWER_AFTER_DASH = compiled(r"[ \t]*[-–][ \t]*\p{Ll}")


def spelled_as_field(heading: str, names: list[NameSpan]) -> bool:
    """Whether the heading's one name is an alias of a post (``name.alias``), the post's name and nothing else, whose
    part after a dash is written in lower case where the post's name has capitals: the field of affairs, as a topic
    is spelled (``Văn hóa - xã hội``).  Not a name that is spelled so (``Các tổ chức chính trị - xã hội xã``)."""
    if len(names) != 1 or names[0].rule != "name.alias" or not names[0].canonical:
        return False
    written, canonical = heading[names[0].start : names[0].end], names[0].canonical
    return (
        fold(written) == fold(canonical)
        and _LOWER_AFTER_DASH.search(written) is not None
        and _LOWER_AFTER_DASH.search(canonical) is None
    )
