"""Obligations: who is assigned what, in which section, due when.

Sources, in the order a reader meets them in ``TỔ CHỨC THỰC HIỆN``:

* an assignee heading with bullets below (``1. Công chức Văn hóa - Xã hội`` / ``- Tham mưu …``): one
  obligation per bullet;
* an item that opens with its assignee (``Giao cho đồng chí Nguyễn Ngọc Luyện - Phó chủ tịch UBND …
  chịu trách nhiệm …``, ``Đề nghị MTTQ …``): one obligation per assignee named;
* ``phối hợp với X`` in a task adds ``X`` as a ``support`` assignee of the same task.

Outside that section, a paragraph whose subject is a known body and which carries a deadline
(``UBND thị trấn tiến hành sơ kết … Hoàn thành trước ngày 20/9/2023``) is an obligation too.
"""

from __future__ import annotations

import regex

from ..models import Assignee, Diagnostic, Obligation
from ..normalize import collapse_spaces, fold
from ..parse.structure import Node, Structure
from ..tables.assignees import TASK_VERBS
from .dates import find_deadline
from .entities import Entity, entity_matcher

_TCTH_KEYS = ("to chuc thuc hien", "trach nhiem thuc hien", "phan cong thuc hien", "phan cong nhiem vu",
              "to chuc trien khai", "trach nhiem cua cac")
_PREFIX = regex.compile(r"(?i)^\s*(?:giao\s+cho|giao|đề\s+nghị|đối\s+với|yêu\s+cầu|mời)\s+")
_VERB = regex.compile(r"(?i)(?<!\p{L})(?:" + "|".join(regex.escape(v) for v in sorted(TASK_VERBS, key=len, reverse=True))
                      + r")(?!\p{L})")
_PERSON = regex.compile(r"(?:đồng chí|đ/c|Đồng chí|Đ/c|ông|bà)\s+(?P<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,4})")
_PARTNER = regex.compile(r"(?i)(?<!\p{L})phối hợp(?:\s+(?:với|cùng))?\s+(?P<p>[^;.:]+)")
_PARTNER_NOT = regex.compile(r"(?i)^(?:thực hiện|chặt chẽ|tốt|tổ chức|triển khai|kiểm tra|trong|để|cùng|nhịp nhàng|"
                             r"với\s+(?:nhau|các cơ quan chủ trì))")
_REQUESTED = regex.compile(r"(?i)^\s*(?:đề nghị|kính đề nghị|yêu cầu|mời)\b")


def _clean(s: str) -> str:
    s = _PREFIX.sub("", s)
    s = regex.sub(r"(?i)^(?:công chức|bộ phận|cán bộ)\s+(?=\p{Lu}|v|t|đ)", "", s.strip())
    return collapse_spaces(s).strip(" :;,.-")


def _entities(phrase: str) -> list[Entity]:
    ents = entity_matcher().find(phrase)
    kept: list[Entity] = []
    for e in ents:
        if kept and phrase[kept[-1].end:e.start].strip(" ") == "" and e.kind == "body":
            continue  # "Văn phòng - Thống kê UBND": UBND qualifies the unit
        kept.append(e)
    return kept


def assignees_from(phrase: str) -> list[Assignee]:
    """The assignees named in a subject phrase."""
    phrase = collapse_spaces(phrase)
    pm = _PERSON.search(phrase)
    if pm:
        rest = phrase[pm.end():]
        position = None
        for e in _entities(rest):
            if e.kind == "position":
                position = e.canonical
                break
        return [Assignee(raw=_clean(phrase[pm.start():]), canonical=pm.group("name"), kind="person",
                         person_name=pm.group("name"), position=position)]
    ents = _entities(phrase)
    if ents:
        return [Assignee(raw=phrase[e.start:e.end], canonical=e.canonical, kind=e.kind) for e in ents]
    cleaned = _clean(phrase)
    if not cleaned or len(cleaned.split()) > 14:
        return []
    return [Assignee(raw=cleaned, canonical=cleaned, kind="other")]


def _first_verb(text: str, limit: int = 200) -> int | None:
    """Offset of the first task verb that is not part of a recognised name (``các tổ chức chính trị - xã
    hội`` contains ``tổ chức`` but names a body)."""
    ents = _entities(text[:limit + 60])
    for m in _VERB.finditer(text, 0, limit):
        if not any(e.start <= m.start() < e.end for e in ents):
            return m.start()
    return None


def _subject(text: str) -> tuple[str, str]:
    """Split ``Công chức VPTK tham mưu …`` into (subject, task)."""
    body = _PREFIX.sub("", text, count=1)
    offset = len(text) - len(body)
    v = _first_verb(body)
    if v is None:
        return body[:120], text
    return body[:v], text[offset + v:]


def supports_in(task: str, leads: list[Assignee]) -> list[Assignee]:
    out: list[Assignee] = []
    lead_names = {fold(a.canonical or "") for a in leads}
    for m in _PARTNER.finditer(task):
        p = m.group("p")
        if _PARTNER_NOT.match(p):
            continue
        v = _first_verb(p, len(p))
        if v is not None:
            p = p[:v]
        p = regex.split(r"(?i)\s+(?:để|trong|nhằm|theo)\s+", p)[0]
        for a in assignees_from(p):
            if a.kind == "other" and len(a.canonical.split()) > 8:
                continue
            if fold(a.canonical or "") in lead_names or any(fold(a.canonical) == fold(x.canonical) for x in out):
                continue
            out.append(a)
    return out


def _node_text(n: Node) -> str:
    parts = []
    if n.heading:
        parts.append(n.heading + (":" if n.text else ""))
    if n.text:
        parts.append(n.text)
    for c in n.children:
        parts.append(_node_text(c))
    return collapse_spaces(" ".join(parts))


def _emit(out: list[Obligation], st: Structure, leads: list[Assignee], task: str, node: Node, section: str,
          mode: str, default_year: int | None) -> None:
    deadline, raw, recurrence = find_deadline(task, default_year)
    span = st.mapped.span(node.start, node.end)
    task = collapse_spaces(task)
    for a in leads:
        out.append(Obligation(assignee=a, role="lead", mode=mode, task=task, deadline=deadline, deadline_raw=raw,
                              recurrence=recurrence, section=section, span=span))
    for a in supports_in(task, leads):
        out.append(Obligation(assignee=a, role="support", mode=mode, task=task, deadline=deadline,
                              deadline_raw=raw, recurrence=recurrence, section=section, span=span))


def _numbered_ancestor(n: Node) -> Node:
    while n.kind == "bullet" and n.parent is not None:
        n = n.parent
    return n


def extract_obligations(st: Structure, diags: list[Diagnostic], default_year: int | None) -> list[Obligation]:
    out: list[Obligation] = []
    tcth = [n for n in st.iter_nodes() if n.heading and any(k in fold(n.heading) for k in _TCTH_KEYS)]
    inside: set[int] = set()
    for sec in tcth:
        stack = [sec]
        while stack:
            x = stack.pop()
            inside.add(id(x))
            stack.extend(x.children)
        for item in sec.children:
            _item(out, st, item, default_year)
    for node in st.iter_nodes():
        if id(node) in inside:
            continue
        for part in node.text_parts:
            deadline, raw, _rec = find_deadline(part, default_year)
            if deadline is None:
                continue
            ents = _entities(part[:80])
            if not ents or ents[0].start > 3 or ents[0].kind not in {"body", "unit"}:
                continue
            sec = _numbered_ancestor(node)
            leads = [Assignee(raw=part[ents[0].start:ents[0].end], canonical=ents[0].canonical, kind=ents[0].kind)]
            _emit(out, st, leads, part, node, sec.path, "assigned", default_year)
    return out


def _item(out: list[Obligation], st: Structure, item: Node, default_year: int | None) -> None:
    first = item.heading or item.text or ""
    mode = "requested" if _REQUESTED.match(first) else "assigned"
    if item.heading and (item.children or item.text):
        leads = assignees_from(_PREFIX.sub("", item.heading))
        if not leads:
            return
        if item.children:
            for c in item.children:
                _emit(out, st, leads, _node_text(c), c, item.path, mode, default_year)
        else:
            _emit(out, st, leads, item.text or "", item, item.path, mode, default_year)
        return
    text = item.text or item.heading or ""
    subject, task = _subject(text)
    leads = assignees_from(subject)
    if not leads:
        return
    if item.children:  # "1. Các Sở … có trách nhiệm:" then one task per item below
        for c in item.children:
            _emit(out, st, leads, _node_text(c), c, item.path, mode, default_year)
    else:
        _emit(out, st, leads, text, item, item.path, mode, default_year)
