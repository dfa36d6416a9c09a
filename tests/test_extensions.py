"""Doc extensions and the per-Doc caches of extensions.py."""

from __future__ import annotations

import spacy

from pressfacts.extensions import doc_text, remember_text


def test_the_text_a_doc_was_made_from_is_its_text() -> None:
    nlp = spacy.blank("fr")
    text = "L'usine  de Lannion\u00a0ferme ;\nles 240 salariés  seront reclassés. "
    doc = nlp.make_doc(text)
    assert doc.text == text  # what remember_text relies on
    remember_text(doc, text)
    assert doc_text(doc) is text
    other = nlp.make_doc("Un autre article.")
    assert doc_text(other) == "Un autre article."
