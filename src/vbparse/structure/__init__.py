"""Structure stage: normalised lines → zones (header, title, preamble, body, closing) and the section tree.

Named ``structure`` and not ``parse``: a subpackage ``vbparse.parse`` set the attribute ``vbparse.parse``
when imported, hiding the function of that name (issue 25).
"""

from __future__ import annotations

from .parser import Line, Structure, parse_structure

__all__ = ["Line", "Structure", "parse_structure"]
