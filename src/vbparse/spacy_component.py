"""A spaCy pipeline component, so an existing ``nlp`` can run vbparse: ``nlp.add_pipe("vbparse")``.

The component parses ``doc.text`` and stores the ``Document`` in ``doc._.vbparse``; with ``set_ents`` (the
default) it also marks where each obligation's assignee is written as an entity labelled ``ASSIGNEE``.
Entities already set (by an earlier ``ner`` or ``entity_ruler``) are kept: an assignee that overlaps one
is not marked.  Recipients and signers are in ``doc._.vbparse`` only.  As in spaCy's ``span_ruler``,
finding the spans (``assignee_spans``) is kept apart from setting them.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .models import Document
from .pipeline import parse_read
from .read import read_text_string

if not Doc.has_extension("vbparse"):
    Doc.set_extension("vbparse", default=None)

#: The entity label of an assignee.
ASSIGNEE_LABEL = "ASSIGNEE"


def assignee_spans(doc: Doc, document: Document) -> list[Span]:
    """Where each obligation's assignee is written in ``doc``, as token spans (overlaps left in)."""
    spans = []
    for ob in document.obligations:
        if ob.span is None:
            continue
        raw = ob.assignee.raw
        i = doc.text.find(raw, ob.span.start, ob.span.end + 1)
        if i >= 0:
            sp = doc.char_span(i, i + len(raw), label=ASSIGNEE_LABEL, alignment_mode="expand")
            if sp is not None:
                spans.append(sp)
    return spans


class VbparseComponent:
    def __init__(self, nlp: Language, name: str, set_ents: bool = True):
        self.name = name
        self.set_ents = set_ents

    def __call__(self, doc: Doc) -> Doc:
        document = parse_read(read_text_string(doc.text))
        doc._.vbparse = document
        if self.set_ents:
            taken = {i for e in doc.ents for i in range(e.start, e.end)}
            new = [
                sp for sp in filter_spans(assignee_spans(doc, document)) if taken.isdisjoint(range(sp.start, sp.end))
            ]
            doc.ents = sorted([*doc.ents, *new], key=lambda sp: sp.start)
        return doc


@Language.factory("vbparse", default_config={"set_ents": True})
def make_vbparse_component(nlp: Language, name: str, set_ents: bool) -> VbparseComponent:
    return VbparseComponent(nlp, name, set_ents)
