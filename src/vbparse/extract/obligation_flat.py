"""A body of paragraphs with nothing numbered (a công văn, a thông báo, a short plan): read as one section.

The structure keeps such a body in the preamble (its citations are read there, with their relations); with no
numbered item, no section would hold its sentences, and a letter's ``Giao các sở, ngành …`` or ``Sở X đề nghị các
đơn vị …`` would give no task.  The paragraphs are read as the text of one section without a label.
"""

from __future__ import annotations

from ..chars import collapse_spaces
from ..structure.parser import Node, Structure
from ..tables.patterns import PREAMBLE_START
from ..tables.rules import record_pattern
from .obligation_fields import own_subject
from .obligation_names import only_names

#: The cues these readers look for, looked up in the records that hold them (``tables/rules.py``): the record is the rule.
REQUEST_IN_SENTENCE = record_pattern("mode.request")

#: The types of document whose body is a letter's paragraphs (a công văn, a thông báo, a công điện): a text with no
#: type or of another type (a decision without its articles, a web page) is not read so.
LETTER_TYPES: tuple[str, ...] = ("CV", "TB", "CĐ")


def flat_body(st: Structure, doc_type: str | None) -> Node | None:
    """A letter's paragraphs as a section without a label when it numbers nothing of its own; else None.  The
    preamble's own lead-in (``Thực hiện …, Chủ tịch UBND tỉnh có ý kiến như sau:``) and its citations are left out."""
    if doc_type not in LETTER_TYPES or st.roots or not st.preamble:  # (an appendix of its own is read apart)
        return None
    # (not a citation nor the preamble's lead-in; not an addressee the ``Kính gửi`` block left: ``Thuế tỉnh, thành phố.``)
    lines = [
        ln
        for ln in st.preamble
        if ln.cells is None
        and not ln.hint.footnote
        and not (PREAMBLE_START.match(ln.text) and ln.text.rstrip(" *_").endswith((":", ";")))
        and not only_names(ln.text.rstrip(" .;"))
    ]
    if not lines:
        return None
    parts = [collapse_spaces(ln.text) for ln in lines]
    return Node("", "paragraph", 0, None, parts, lines[0].start, lines[-1].end, lines=lines)


def preamble_lead_in(st: Structure, doc_type: str | None) -> Node | None:
    """A letter's last paragraph before its numbered points, when it asks someone and ends with a colon (``Thực hiện
    …, Sở Y tế đề nghị các đơn vị thực hiện một số nội dung sau:``), as the lead-in over them: the points are the
    asked ones' tasks; else None."""
    if doc_type not in LETTER_TYPES or not st.roots or not st.preamble or any(own_subject(r) for r in st.roots):
        return None  # (points that name their own doers, ``1. Sở Công Thương``, are theirs)
    last = st.preamble[-1]
    if not last.text.rstrip(" *_").endswith(":") or REQUEST_IN_SENTENCE.search(last.text) is None:
        return None
    text = [collapse_spaces(last.text)]
    return Node("", "paragraph", 0, None, text, last.start, st.roots[-1].end, children=list(st.roots), lines=[last])
