from __future__ import annotations

import spacy
from conftest import seed


def test_existing_nlp_can_run_vbparse_as_a_component():
    import vbparse.spacy_component  # noqa: F401  (registers the factory)

    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.add_pipe("vbparse")
    doc = nlp(seed("002").read_text(encoding="utf-8"))
    assert doc._.vbparse.number.value == "42/KH-UBND"
    labels = {e.label_ for e in doc.ents}
    assert labels == {"ASSIGNEE"}


def test_entities_already_set_are_kept_where_an_assignee_overlaps_them():
    # Issue 14: the component promised to leave existing entities alone, yet ``filter_spans`` over old and
    # new spans dropped an existing entity whenever an overlapping assignee was longer.
    from spacy.tokens import Span

    import vbparse.spacy_component  # noqa: F401  (registers the factory)

    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    component = nlp.add_pipe("vbparse")
    text = seed("002").read_text(encoding="utf-8")
    first = component(nlp.make_doc(text)).ents[0]  # an assignee, as marked on a doc without entities
    assert first.end - first.start > 1
    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, first.start, first.start + 1, label="ORG")]  # shorter than the assignee
    doc = component(doc)
    assert (doc.ents[0].start, doc.ents[0].end, doc.ents[0].label_) == (first.start, first.start + 1, "ORG")
    assert {e.label_ for e in doc.ents} == {"ORG", "ASSIGNEE"}
