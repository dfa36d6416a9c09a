"""scripts/train_ner.py: what the fine-tuning is taught from a key, on sentences of our own (a blank French tokenizer;
the "stock predictions" are set by hand)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from script_module import load_script

train_ner = load_script("train_ner")
NLP = spacy.blank("fr")

TEXT = ("Pour le ministère de l'Intérieur, 8 000 marcheurs étaient à Rouen. Une banderole pendait à l'intérieur "
        "de la camionnette où la CGT roulait avec l'Union locale de Dieppe.")
KEY = {"organizations": [{"name": "ministère de l'Intérieur", "aliases": ["Intérieur"]}, {"name": "CGT", "aliases": []},
                         {"name": "Union locale de Dieppe", "aliases": []}]}


def stock_doc(ents: list[tuple[str, str]]) -> Doc:
    doc = NLP(TEXT)
    spans = []
    for text, label in ents:
        start = TEXT.index(text)
        span = doc.char_span(start, start + len(text), label=label)
        assert span is not None, text
        spans.append(span)
    doc.ents = spans
    return doc


def labels(ref: Doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in ref.ents]


def test_a_capitalized_key_form_is_matched_only_capitalized():
    spans, forms = train_ner.keyed_spans(NLP(TEXT), KEY, [("organizations", "ORG")], NLP.make_doc)
    assert [s.text for s in spans] == ["ministère de l'Intérieur", "CGT", "Union locale de Dieppe"]
    assert "intérieur" in forms


def test_keyed_names_stock_places_and_an_unlisted_organization():
    doc = stock_doc([("Intérieur", "ORG"), ("Rouen", "LOC"), ("camionnette", "ORG"), ("Dieppe", "LOC")])
    ref = train_ner.reference(doc, KEY, False, NLP.make_doc, "outside")
    assert labels(ref) == [("ministère de l'Intérieur", "ORG"), ("Rouen", "LOC"), ("CGT", "ORG"),
                           ("Union locale de Dieppe", "ORG")]
    van = next(t for t in ref if t.text == "camionnette")
    assert van.ent_iob_ == "O"  # an organization the key does not list is taught as none
    ref = train_ner.reference(doc, KEY, False, NLP.make_doc, "missing")
    assert next(t for t in ref if t.text == "camionnette").ent_iob_ == ""  # or left unknown


def test_keep_inner_leaves_a_keyed_name_unknown_around_the_place_it_holds():
    doc = stock_doc([("Rouen", "LOC"), ("Dieppe", "LOC")])
    ref = train_ner.reference(doc, KEY, False, NLP.make_doc, "outside", None, True)
    assert ("Dieppe", "LOC") in labels(ref) and ("Union locale de Dieppe", "ORG") not in labels(ref)
    assert next(t for t in ref if t.text == "Union").ent_iob_ == ""


def test_a_preset_ruler_span_stays_and_a_keyed_name_over_it_is_unknown():
    doc = stock_doc([("CGT", "ORG")])
    preset = [Span(doc, e.start, e.end, "ORG") for e in doc.ents]
    key = {"organizations": [{"name": "la CGT", "aliases": []}]}
    ref = train_ner.reference(doc, key, False, NLP.make_doc, "outside", preset)
    assert labels(ref) == [("CGT", "ORG")]
    assert next(t for t in ref if t.text == "la" and t.nbor(1).text == "CGT").ent_iob_ == ""
