"""A spaCy pipeline component, so an existing ``nlp`` can run vbparse: ``nlp.add_pipe("vbparse")``.

The component parses ``doc.text`` and stores the ``Document`` in ``doc._.vbparse``; it also marks the
recognised assignees and recipients as entities (labels ``ASSIGNEE``) where they do not clash with
entities already set.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from .pipeline import parse_read
from .read import read_text_string

if not Doc.has_extension("vbparse"):
    Doc.set_extension("vbparse", default=None)


class VbparseComponent:
    def __init__(self, nlp: Language, name: str, set_ents: bool = True):
        self.name = name
        self.set_ents = set_ents

    def __call__(self, doc: Doc) -> Doc:
        document = parse_read(read_text_string(doc.text))
        doc._.vbparse = document
        if self.set_ents:
            spans = []
            for ob in document.obligations:
                if ob.span is None:
                    continue
                raw = ob.assignee.raw
                i = doc.text.find(raw, ob.span.start, ob.span.end + 1)
                if i >= 0:
                    sp = doc.char_span(i, i + len(raw), label="ASSIGNEE", alignment_mode="expand")
                    if sp is not None:
                        spans.append(sp)
            doc.ents = filter_spans(list(doc.ents) + spans)
        return doc


@Language.factory("vbparse", default_config={"set_ents": True})
def make_vbparse_component(nlp: Language, name: str, set_ents: bool) -> VbparseComponent:
    return VbparseComponent(nlp, name, set_ents)
