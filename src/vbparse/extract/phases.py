"""Phases (đợt) and time ranges: ``Đợt 1: Từ 01/3/2023 đến 30/4/2023``, ``từ tháng 2/2023 đến tháng 6/2023``."""

from __future__ import annotations

import regex

from ..models import Diagnostic, Phase
from ..normalize import collapse_spaces, fold
from ..parse.structure import Structure
from .dates import partial_iso, plausible

_D = r"(?:(?P<{p}d>\d{{1,2}})(?:\s*[/.\-]\s*(?P<{p}m>\d{{1,2}}))?(?:\s*[/.\-]\s*(?P<{p}y>(?:19|20)\d{{2}}))?" \
     r"(?:\s+tháng\s+(?P<{p}wm>\d{{1,2}})(?:\s+năm\s+(?P<{p}wy>\d{{4}}))?)?" \
     r"|tháng\s+(?P<{p}om>\d{{1,2}})(?:\s*(?:/|năm)\s*(?P<{p}oy>(?:19|20)\d{{2}}))?)"
_RANGE = (r"\(?\s*(?:từ\s*)?\(?\s*(?:ngày\s+)?" + _D.format(p="a") + r"\s*(?:-|đến|tới)\s*(?:ngày\s+)?"
          + _D.format(p="b") + r"\s*\)?")
#: ``Đợt 1: Từ 01/3/2023 đến 30/4/2023``, ``(đợt 2: từ ngày 01/5/2023 đến ngày 02/9/2023)``,
#: ``đợt 1 từ (01/5 đến 02/9/2023)`` and the typo ``Điểm 3: (từ 02/9 đến 31/12/2023)``.
PHASE = regex.compile(r"(?i)(?P<label>(?P<word>đợt|điểm)\s*(?P<ord>\d{1,2}))\s*:?\s*" + _RANGE)
#: ``Giai đoạn 1 (2026 - 2027)``, ``Giai đoạn I: từ năm 2026 đến năm 2027``, ``Bước 2 (2027)``: a stage by years.
STAGE = regex.compile(r"(?i)(?P<label>(?P<word>giai\s+đoạn|bước)\s+(?P<ord>\d{1,2}|[IVX]{1,4})(?![\p{L}\d]))\s*[:(]?\s*"
                      r"(?:từ\s+)?(?:năm\s+)?(?P<y1>(?:19|20)\d{2})(?:\s*(?:-|–|đến|tới)\s*(?:năm\s+)?"
                      r"(?P<y2>(?:19|20)\d{2}))?\s*\)?")
#: A quarter in an item of a schedule section (``Tiến độ thực hiện``): ``trong Quý I/2026`` is the stage's range.
QUARTER = regex.compile(r"(?i)(?<![\p{L}])quý\s+(?P<q>IV|III|II|I|[1-4])(?![\p{L}])\s*(?:/|năm)\s*(?P<y>(?:19|20)\d{2})")
_QUARTER_NO = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_ROMAN_ORD = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
#: Headings of schedule sections, folded: their ranges and quarters are stages of the plan.
_SCHEDULE = ("thoi gian", "tien do", "lo trinh", "cac buoc")
RANGE = regex.compile(r"(?i)(?<!\p{L})" + _RANGE.replace(r"\(?\s*(?:từ\s*)?", r"\(?\s*(?:từ\s+)", 1))


def _bound(m: regex.Match, p: str) -> tuple[int | None, int | None, int | None]:
    g = m.group
    if g(f"{p}om"):
        return None, int(g(f"{p}om")), int(g(f"{p}oy")) if g(f"{p}oy") else None
    d = int(g(f"{p}d")) if g(f"{p}d") else None
    mo = g(f"{p}m") or g(f"{p}wm")
    y = g(f"{p}y") or g(f"{p}wy")
    return d, int(mo) if mo else None, int(y) if y else None


def _range(m: regex.Match, default_year: int | None) -> tuple[str | None, str | None, bool]:
    a = list(_bound(m, "a"))
    b = list(_bound(m, "b"))
    month_only = m.group("aom") is not None
    if a[1] is None and not month_only:
        a[1] = b[1]
    if a[2] is None:
        a[2] = b[2] if b[2] is not None else default_year
    if b[2] is None:
        b[2] = a[2] if a[2] is not None else default_year
    ok = plausible(a[0], a[1]) and plausible(b[0], b[1])
    return partial_iso(*a), partial_iso(*b), ok


def extract_phases(st: Structure, diags: list[Diagnostic], default_year: int | None) -> list[Phase]:
    phases: list[Phase] = []
    typo_candidates = []
    lines = st.title + st.preamble + st.body + st.closing
    time_lines = set()
    quarter_lines = set()
    for node in st.iter_nodes():
        if node.heading and any(k in fold(node.heading) for k in _SCHEDULE[1:]):
            stack = list(node.children)
            while stack:
                c = stack.pop()
                quarter_lines.update(ln.idx for ln in c.lines)
                stack.extend(c.children)
    for node in st.iter_nodes():
        if node.heading and any(k in fold(node.heading) for k in _SCHEDULE):
            for ln in node.lines:
                time_lines.add(ln.idx)
            stack = list(node.children)
            while stack:
                c = stack.pop()
                time_lines.update(ln.idx for ln in c.lines)
                stack.extend(c.children)
    for ln in lines:
        covered = []
        for m in PHASE.finditer(ln.text):
            start, end, ok = _range(m, default_year)
            span = st.mapped.span(ln.start + m.start(), ln.start + m.end())
            covered.append((m.start(), m.end()))
            ph = Phase(label=m.group("label"), ordinal=int(m.group("ord")), start=start, end=end,
                       raw=collapse_spaces(m.group()), span=span)
            if fold(m.group("word")) == "diem":
                typo_candidates.append(ph)
                continue
            phases.append(ph)
        for m in STAGE.finditer(ln.text):
            if any(a <= m.start() < b for a, b in covered):
                continue
            ordinal = int(m.group("ord")) if m.group("ord").isdigit() else _ROMAN_ORD.get(m.group("ord").upper())
            covered.append((m.start(), m.end()))
            phases.append(Phase(label=collapse_spaces(m.group("label")), ordinal=ordinal, start=m.group("y1"),
                                end=m.group("y2") or m.group("y1"), raw=collapse_spaces(m.group()),
                                span=st.mapped.span(ln.start + m.start(), ln.start + m.end())))
        if ln.idx in quarter_lines:
            for m in QUARTER.finditer(ln.text):
                q = _QUARTER_NO[m.group("q").upper()]
                covered.append((m.start(), m.end()))
                phases.append(Phase(label=None, ordinal=None, start=f"{m.group('y')}-{3 * q - 2:02d}",
                                    end=f"{m.group('y')}-{3 * q:02d}", raw=collapse_spaces(m.group()),
                                    span=st.mapped.span(ln.start + m.start(), ln.start + m.end())))
        if ln.idx in time_lines:
            for m in RANGE.finditer(ln.text):
                if any(a <= m.start() < b for a, b in covered):
                    continue
                start, end, ok = _range(m, default_year)
                if start is None and end is None:
                    continue
                span = st.mapped.span(ln.start + m.start(), ln.start + m.end())
                phases.append(Phase(label=None, ordinal=None, start=start, end=end,
                                    raw=collapse_spaces(m.group()), span=span))
    ordinals = {p.ordinal for p in phases if p.ordinal is not None}
    for ph in typo_candidates:
        if ordinals and (ph.ordinal in ordinals or ph.ordinal == max(ordinals) + 1):
            diags.append(Diagnostic(code="phase_label_typo", severity="warning",
                                    message=f"'{ph.label}' stands where the sequence says 'Đợt {ph.ordinal}'",
                                    span=ph.span))
            phases.append(ph)
    merged: list[Phase] = []
    for ph in phases:
        same = None
        for prev in merged:
            if ph.ordinal is not None and prev.ordinal == ph.ordinal and prev.label and ph.label and \
                    fold(prev.label)[:3] == fold(ph.label)[:3] or \
                    (ph.ordinal is not None and prev.ordinal == ph.ordinal and (prev.start, prev.end) == (ph.start, ph.end)):
                same = prev
                break
            if ph.ordinal is None and prev.ordinal is None and (prev.start, prev.end) == (ph.start, ph.end):
                same = prev
                break
            if ph.ordinal is not None and fold(ph.label or "").startswith("diem") and prev.ordinal == ph.ordinal:
                same = prev
                break
        if same is None:
            merged.append(ph)
    for ph in merged:
        if ph.start and ph.end and len(ph.start) == len(ph.end) and ph.end < ph.start:
            diags.append(Diagnostic(code="phase_end_before_start", severity="error",
                                    message=f"phase '{ph.raw}' ends before it starts", span=ph.span))
    return merged
