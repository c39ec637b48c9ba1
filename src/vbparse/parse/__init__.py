"""Parse stage: normalised lines → zones (header, title, preamble, body, closing) and the section tree."""

from .structure import Line, Structure, parse_structure

__all__ = ["Line", "Structure", "parse_structure"]
