"""Phases (đợt) and time ranges: ``Đợt 1: Từ 01/3/2023 đến 30/4/2023``, ``từ tháng 2/2023 đến tháng 6/2023``."""

from __future__ import annotations

import regex

from ..chars import collapse_spaces, fold, has_digit
from ..models import Diagnostic, Phase
from ..structure.parser import Line, Structure, roman_to_int
from ..tables.deadlines import QUARTER_NUMBERS
from ..tables.phases import (
    OPEN_RANGE,
    PHASE,
    QUARTER,
    QUARTER_SCHEDULE_HEADINGS,
    RANGE,
    RANGE_LABEL,
    SCHEDULE_HEADINGS,
    STAGE,
    YEAR_RANGE,
)
from .dates import partial_iso

#: Two labels name the same kind of phase when their words begin alike (``Đợt``/``đợt``, ``Giai đoạn``): the
#: first this many letters, folded, are compared.
DEFAULT_LABEL_KIND_CHARS = 3


def _bound(m: regex.Match, p: str) -> tuple[int | None, int | None, int | None]:
    g = m.group
    if g(f"{p}om"):
        return None, int(g(f"{p}om")), int(g(f"{p}oy")) if g(f"{p}oy") else None
    d = int(g(f"{p}d")) if g(f"{p}d") else None
    mo = g(f"{p}m") or g(f"{p}wm")
    y = g(f"{p}y") or g(f"{p}wy")
    return d, int(mo) if mo else None, int(y) if y else None


def _range(m: regex.Match, default_year: int | None) -> tuple[str | None, str | None]:
    a = list(_bound(m, "a"))
    b = list(_bound(m, "b"))
    month_only = m.group("aom") is not None
    if a[1] is None and not month_only:
        a[1] = b[1]
    if a[2] is None:
        a[2] = b[2] if b[2] is not None else default_year
    if b[2] is None:
        b[2] = a[2] if a[2] is not None else default_year
    return partial_iso(*a), partial_iso(*b)


def extract_phases(st: Structure, diags: list[Diagnostic], default_year: int | None) -> list[Phase]:
    """The phases a document sets out, each once; ``Điểm`` for ``Đợt`` and a phase that ends before it
    starts are told in ``diags``."""
    quarter_lines, time_lines = _schedule_lines(st)
    phases: list[Phase] = []
    typo_candidates: list[Phase] = []
    for ln in st.title + st.preamble + st.body + st.closing:
        covered: list[tuple[int, int]] = []
        labelled, typos = _labelled_phases(st, ln, default_year, covered)
        phases += labelled
        typo_candidates += typos
        if ln.idx in quarter_lines:
            phases += _quarter_phases(st, ln, covered)
        if ln.idx in time_lines:
            phases += _range_phases(st, ln, default_year, covered)
    phases += _typos_in_sequence(typo_candidates, phases, diags)
    merged: list[Phase] = []
    for ph in phases:
        if not any(_same_phase(prev, ph) for prev in merged):
            merged.append(ph)
    for ph in merged:
        if ph.start and ph.end and len(ph.start) == len(ph.end) and ph.end < ph.start:
            diags.append(
                Diagnostic(
                    code="phase_end_before_start",
                    severity="error",
                    message=f"phase '{ph.raw}' ends before it starts",
                    span=ph.span,
                )
            )
    return merged


def _schedule_lines(st: Structure) -> tuple[set[int], set[int]]:
    """Lines under a heading of quarters (``Tiến độ thực hiện theo quý``: below it, not the heading) and
    lines under or of a schedule's heading: only there is a bare quarter or date range a phase."""
    time_lines = set()
    quarter_lines: set[int] = set()
    for node in st.iter_nodes():
        if node.heading and any(k in fold(node.heading) for k in QUARTER_SCHEDULE_HEADINGS):
            stack = list(node.children)
            while stack:
                c = stack.pop()
                quarter_lines.update(ln.idx for ln in c.lines)
                stack.extend(c.children)
    for node in st.iter_nodes():
        if node.heading and any(k in fold(node.heading) for k in SCHEDULE_HEADINGS):
            for ln in node.lines:
                time_lines.add(ln.idx)
            stack = list(node.children)
            while stack:
                c = stack.pop()
                time_lines.update(ln.idx for ln in c.lines)
                stack.extend(c.children)
    return quarter_lines, time_lines


def _labelled_phases(
    st: Structure, ln: Line, default_year: int | None, covered: list[tuple[int, int]]
) -> tuple[list[Phase], list[Phase]]:
    """Phases a line names (``Đợt 1: …``, ``Giai đoạn 2021-2025``), and those labelled ``Điểm`` (a typo of
    ``Đợt`` only where the sequence says so, ``_typos_in_sequence``).  Adds their places to ``covered``."""
    phases: list[Phase] = []
    typo_candidates: list[Phase] = []
    if not has_digit(ln.text):
        return phases, typo_candidates  # a phase has its ordinal or its years in digits
    for m in PHASE.finditer(ln.text):
        start, end = _range(m, default_year)
        span = st.mapped.span(ln.start + m.start(), ln.start + m.end())
        covered.append((m.start(), m.end()))
        ph = Phase(
            label=m.group("label"),
            ordinal=int(m.group("ord")),
            start=start,
            end=end,
            raw=collapse_spaces(m.group()),
            span=span,
        )
        if fold(m.group("word")) == "diem":
            typo_candidates.append(ph)
            continue
        phases.append(ph)
    for m in STAGE.finditer(ln.text):
        if any(a <= m.start() < b for a, b in covered):
            continue
        ordinal = _ordinal(m.group("ord"))
        covered.append((m.start(), m.end()))
        phases.append(
            Phase(
                label=collapse_spaces(m.group("label")),
                ordinal=ordinal,
                start=m.group("y1"),
                end=m.group("y2") or m.group("y1"),
                raw=collapse_spaces(m.group()),
                span=st.mapped.span(ln.start + m.start(), ln.start + m.end()),
            )
        )
    return phases, typo_candidates


def _quarter_phases(st: Structure, ln: Line, covered: list[tuple[int, int]]) -> list[Phase]:
    """The quarters of a line under a heading of quarters (``Quý I/2024``), as months; adds their places to
    ``covered``."""
    phases = []
    for m in QUARTER.finditer(ln.text):
        q = QUARTER_NUMBERS[m.group("q").upper()]
        covered.append((m.start(), m.end()))
        phases.append(
            Phase(
                label=None,
                ordinal=None,
                start=f"{m.group('y')}-{3 * q - 2:02d}",
                end=f"{m.group('y')}-{3 * q:02d}",
                raw=collapse_spaces(m.group()),
                span=st.mapped.span(ln.start + m.start(), ln.start + m.end()),
            )
        )
    return phases


def _ordinal(label: str) -> int | None:
    """``01`` → 1, ``II`` → 2."""
    return int(label) if label.isdecimal() else roman_to_int(label.upper())


def _range_phases(st: Structure, ln: Line, default_year: int | None, covered: list[tuple[int, int]]) -> list[Phase]:
    """The date ranges of a schedule's line not already part of a phase (``covered``), and those open to an
    event (``từ 01/3 đến khi …``)."""
    phases = []
    lead = RANGE_LABEL.match(ln.text)
    for m in RANGE.finditer(ln.text):
        if any(a <= m.start() < b for a, b in covered):
            continue
        start, end = _range(m, default_year)
        if start is None and end is None:
            continue
        span = st.mapped.span(ln.start + m.start(), ln.start + m.end())
        covered.append((m.start(), m.end()))
        # the first range of an item that opens with its label (``- Đợt 01 dự kiến: … (từ … đến …)``) is that phase
        label, ordinal = (collapse_spaces(lead.group("label")), _ordinal(lead.group("ord"))) if lead else (None, None)
        lead = None
        phases.append(
            Phase(label=label, ordinal=ordinal, start=start, end=end, raw=collapse_spaces(m.group()), span=span)
        )
    for m in YEAR_RANGE.finditer(ln.text):  # ``Từ năm 2025 đến hết năm 2030``: the years the plan runs
        if any(a <= m.start() < b for a, b in covered):
            continue
        covered.append((m.start(), m.end()))
        span = st.mapped.span(ln.start + m.start(), ln.start + m.end())
        phases.append(Phase(start=m.group("y1"), end=m.group("y2"), raw=collapse_spaces(m.group()), span=span))
    for m in OPEN_RANGE.finditer(ln.text):  # to an event (``đến khi …``): a start and no end
        if any(a <= m.start() < b for a, b in covered):
            continue
        d, mo, y = _bound(m, "a")
        start = partial_iso(d, mo, y if y is not None else default_year)
        if start is None:
            continue
        span = st.mapped.span(ln.start + m.start(), ln.start + m.end())
        phases.append(Phase(label=None, ordinal=None, start=start, end=None, raw=collapse_spaces(m.group()), span=span))
    return phases


def _typos_in_sequence(typo_candidates: list[Phase], phases: list[Phase], diags: list[Diagnostic]) -> list[Phase]:
    """The ``Điểm N`` phases whose number the other phases' sequence has or continues: ``Đợt`` mistyped,
    said in a warning."""
    ordinals = {p.ordinal for p in phases if p.ordinal is not None}
    taken = []
    for ph in typo_candidates:
        if ordinals and (ph.ordinal in ordinals or ph.ordinal == max(ordinals) + 1):
            diags.append(
                Diagnostic(
                    code="phase_label_typo",
                    severity="warning",
                    message=f"'{ph.label}' stands where the sequence says 'Đợt {ph.ordinal}'",
                    span=ph.span,
                )
            )
            taken.append(ph)
    return taken


def _same_phase(prev: Phase, ph: Phase) -> bool:
    """Whether ``ph`` is ``prev`` said again (the same number under a label of the same kind or with the
    same dates, the same dates unnumbered, or a ``Điểm`` typo of its number): it is kept once."""
    if (
        ph.ordinal is not None
        and prev.ordinal == ph.ordinal
        and prev.label
        and ph.label
        and fold(prev.label)[:DEFAULT_LABEL_KIND_CHARS] == fold(ph.label)[:DEFAULT_LABEL_KIND_CHARS]
        or (ph.ordinal is not None and prev.ordinal == ph.ordinal and (prev.start, prev.end) == (ph.start, ph.end))
    ):
        return True
    if ph.ordinal is None and prev.ordinal is None and (prev.start, prev.end) == (ph.start, ph.end):
        return True
    return ph.ordinal is not None and fold(ph.label or "").startswith("diem") and prev.ordinal == ph.ordinal
