"""Years listed after one cue ("en 1830, 1848 ou 1871") and the relative days of a quotation counted from the day it
was said when the text tells it ("« ... mardi », raconte X, venu samedi dernier")."""

import pytest

from pressfacts.components.dates import extract_dates

FRI = "2024-06-28"  # a Friday


def _pipeline_dates(nlp, text, published):
    doc = nlp.make_doc(text)
    doc._.published = published
    return [(d["text"], d["value"]) for d in nlp(doc)._.dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les révoltes de 1830, 1848 et 1871 ont marqué la ville de Vernac.",
         [("1830", "1830"), ("1848", "1848"), ("1871", "1871")]),
        ("La digue d'Orlan a cédé en 1872, 1896, 1910 ou 1955, selon les archives.",
         [("1872", "1872"), ("1896", "1896"), ("1910", "1910"), ("1955", "1955")]),
        # A list of counts is no list of years.
        ("Les tickets coûtaient 1500, 1600 ou 1700 euros.", []),
        ("Selon les sources, ils étaient 1500, 1600 ou 1700 manifestants à Vernac.", []),
    ],
)
def test_years_listed_after_one_cue(text, expected):
    found, _ref, _inferred = extract_dates(text, FRI)
    assert [(d.text, d.value) for d in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Said on the Saturday told in the incise: "mardi" is the Tuesday before it, not before publication.
        ("« J'ai vu le préfet mardi à la télévision, alors je suis venu », raconte Hugo Varenne, venu samedi dernier "
         "à Orlan.", [("mardi", "2024-06-18"), ("samedi dernier", "2024-06-22")]),
        ("« Hier, nous étions quatre cents devant la mairie », a expliqué lundi Lise Carmont.",
         [("Hier", "2024-06-23"), ("lundi", "2024-06-24")]),
        # Said in a month the text gives, on a day it does not: the day is unknown.
        ("Le maire de Vernac avait déclaré en mars : « Le chantier est lancé. » Il a ajouté : « Dès aujourd'hui, "
         "la rue est fermée. »", [("mars", "2024-03"), ("aujourd'hui", None)]),
        # No date told for the words: publication stays the reference.
        ("« Hier, nous étions quatre cents devant la mairie », a expliqué Lise Carmont.", [("Hier", "2024-06-27")]),
    ],
)
def test_relative_day_of_a_quotation_counts_from_when_it_was_said(nlp, text, expected):
    assert _pipeline_dates(nlp, text, FRI) == expected
