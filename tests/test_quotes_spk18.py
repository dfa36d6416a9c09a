"""Quote speakers (round 9, spk18): short quotations (one to three words) inside reported speech: a sentence opened by
"d'après X", and a judging adjective after a plan or measure noun that would otherwise read as a title; sentences
written for these tests."""

from __future__ import annotations

import pytest

from quoting import quoted


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "D'après X, …" is a source as "Selon X, …" is, also for a few quoted words later in the sentence.
        ("D'après la préfète Hélène Marchal, la situation demeure « tendue » dans le quartier de la gare.",
         {"tendue": "Hélène Marchal"}),
        ("D’après Olivier Brunet, le chantier du tramway reste « très fragile » à six mois de l'échéance.",
         {"très fragile": "Olivier Brunet"}),
        ("D'après le syndicaliste Rémi Vasseur, la direction a fait preuve d'un « mépris total » envers les salariés.",
         {"mépris total": "Rémi Vasseur"}),
    ],
)
def test_d_apres_names_the_source_of_a_short_quote(nlp, text, want):
    assert quoted(nlp, text) == want


def test_d_apres_figures_name_no_speaker(nlp):
    # "D'après les chiffres du ministère": no person, the few words stay nobody's (not given out as a quotation).
    text = "D'après les chiffres du ministère, la baisse du chômage est « nette » dans la région depuis janvier."
    assert quoted(nlp, text) == {}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A plan, a measure or an operation followed by a quoted adjective: a judgment said by the speaker, no title.
        ("« Personne ne bloquera plus le port », a assuré le préfet Alain Gravier, promettant un dispositif "
         "policier « massif » pour le week-end.",
         {"Personne ne bloquera plus le port": "Alain Gravier", "massif": "Alain Gravier"}),
        ("Le maire Bruno Caradec a promis une opération « rapide et ciblée » contre les dépôts sauvages.",
         {"rapide et ciblée": "Bruno Caradec"}),
        ("Le ministre Hugo Delmas a annoncé un plan « très ambitieux » pour les hôpitaux de province.",
         {"très ambitieux": "Hugo Delmas"}),
    ],
)
def test_judging_adjective_after_a_plan_noun(nlp, text, want):
    assert quoted(nlp, text) == want


@pytest.mark.parametrize(
    "text",
    [
        # A capitalised name or a noun after the plan noun is its title: no quotation.
        "La maire Sophie Lenoir a lancé lundi l'opération « Ville propre » dans trois quartiers.",
        "Le ministre Hugo Delmas a présenté le plan « vélo » devant les élus de la région.",
    ],
)
def test_plan_titles_stay_labels(nlp, text):
    assert quoted(nlp, text) == {}
