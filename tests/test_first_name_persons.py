"""Persons the NER misses or mislabels because of their first name (entities.first_name_persons,
entities.apposed_first_names), on sentences written for these tests."""

import pytest
from spacy.tokens import Span

import pressfacts
from pressfacts.components.entities.candidates import apposed_first_names, first_name_persons, title_tokens
from pressfacts.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _tagged(nlp, text, ents):
    """The doc tagged by the base model, with the entities given as (first token, end token, label)."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name in {"tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer"}:
            doc = proc(doc)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def test_first_name_opening_sentence_before_description_is_a_person():
    rec = pressfacts.extract("Anaïs, serveuse dans un bar, a marché à Dijon contre une «politique du mépris».")
    assert ("PER", "Anaïs") in {(e.label, e.name) for e in rec.entities}


def test_apposed_first_name_span_and_place_left_alone(nlp):
    rules = nlp.get_pipe("pressfacts_entities").rules
    doc = _tagged(nlp, "Mélanie, une retraitée de Lens, a voté dimanche.", [])
    assert [(s.text, s.label_) for s in apposed_first_names(doc, rules, set(), title_tokens(doc))] == [("Mélanie", "PER")]
    doc = _tagged(nlp, "Florence, capitale de la Toscane, attire les visiteurs.", [])
    assert apposed_first_names(doc, rules, set(), title_tokens(doc)) == []


def test_first_name_and_surname_tagged_misc_is_a_person(nlp):
    rules = nlp.get_pipe("pressfacts_entities").rules
    doc = _tagged(nlp, "« Rien ne change », soupire Sabrina Quellec, une vendeuse de Vannes.", [(7, 9, "MISC")])
    assert [(e.text, e.label_) for e in first_name_persons(doc, list(doc.ents), rules)] == [("Sabrina Quellec", "PER")]
    doc = _tagged(nlp, "Elle lit Marie Claire chaque mois.", [(2, 4, "MISC")])  # two first names: a title
    assert [(e.text, e.label_) for e in first_name_persons(doc, list(doc.ents), rules)] == [("Marie Claire", "MISC")]


def test_place_glued_to_a_person_after_a_role_is_one_person(nlp):
    rules = nlp.get_pipe("pressfacts_entities").rules
    doc = _tagged(nlp, "La députée Lorraine Gauvreau a reconnu sa défaite.", [(2, 3, "LOC"), (3, 4, "PER")])
    assert [(e.text, e.label_) for e in first_name_persons(doc, list(doc.ents), rules)] == [("Lorraine Gauvreau", "PER")]
    doc = _tagged(nlp, "En Lorraine Gauvreau a reconnu sa défaite.", [(1, 2, "LOC"), (2, 3, "PER")])
    assert [(e.text, e.label_) for e in first_name_persons(doc, list(doc.ents), rules)] == [
        ("Lorraine", "LOC"), ("Gauvreau", "PER")]
