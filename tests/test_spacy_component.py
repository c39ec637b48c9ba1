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
