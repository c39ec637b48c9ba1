"""Checks against the format rules that do not belong to one field: numbering, impossible dates."""

from __future__ import annotations

from ..models import Diagnostic
from ..structure.parser import Node, Structure, roman_to_int
from ..tables import patterns as P
from .dates import make_date

_LETTERS = "abcdđeghiklmnopqrstuvxy"
#: A worded date without a year is checked in a leap year, so that ``ngày 29 tháng 2`` is possible.
DEFAULT_LEAP_YEAR = 2000


def _ordinal(node: Node) -> int | None:
    if node.kind == "roman":
        return roman_to_int(node.label or "")
    if node.kind == "arabic":
        last = (node.label or "").split(".")[-1]
        return int(last) if last.isdecimal() else None
    if node.kind == "letter":
        return _LETTERS.find(node.label) + 1 if node.label in _LETTERS else None
    return None


def check_numbering(st: Structure, diags: list[Diagnostic]) -> None:
    """``VI.`` after ``III.`` is a gap; ``III.`` twice is a repeat (numbering is kept as written)."""

    def visit(children: list[Node]) -> None:
        prev: dict[str, int] = {}
        for c in children:
            o = _ordinal(c)
            if o is not None:
                p = prev.get(c.kind)
                span = st.mapped.span(c.start, c.start + len(c.label or ""))
                if p is not None:
                    if o == p:
                        diags.append(
                            Diagnostic(
                                code="numbering_repeat",
                                severity="warning",
                                message=f"section '{c.label}' repeats the number before it",
                                span=span,
                            )
                        )
                    elif o > p + 1:
                        diags.append(
                            Diagnostic(
                                code="numbering_gap",
                                severity="warning",
                                message=f"section '{c.label}' follows number {p}: {o - p - 1} number(s) skipped",
                                span=span,
                            )
                        )
                    elif o < p:
                        diags.append(
                            Diagnostic(
                                code="numbering_out_of_order",
                                severity="warning",
                                message=f"section '{c.label}' comes after number {p}",
                                span=span,
                            )
                        )
                prev[c.kind] = o
            visit(c.children)

    visit(st.roots)


def check_dates(st: Structure, diags: list[Diagnostic]) -> None:
    """Worded dates that cannot exist: ``tháng 18 tháng 9 năm 2023``, ``ngày 31 tháng 2``."""
    for ln in st.preamble + st.body + st.closing:
        if "tháng" not in ln.text:
            continue  # every worded date of ``WORD_DATE_ANY`` holds it (the pattern is case-sensitive)
        for m in P.WORD_DATE_ANY.finditer(ln.text):
            a, b = int(m.group("a")), int(m.group("b"))
            first_is_month = m.group().lower().startswith("tháng")
            y = int(m.group("y")) if m.group("y") else DEFAULT_LEAP_YEAR
            bad = (
                first_is_month
                and not 1 <= a <= 12
                or not 1 <= b <= 12
                or (not first_is_month and make_date(a, b, y) is None)
            )
            if bad:
                diags.append(
                    Diagnostic(
                        code="impossible_date",
                        severity="error",
                        message=f"'{m.group()}' is not a possible date; no date was read from it",
                        span=st.mapped.span(ln.start + m.start(), ln.start + m.end()),
                    )
                )
