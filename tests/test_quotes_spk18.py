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


@pytest.mark.parametrize(
    "text",
    [
        # A bare infinitive after the object of a perception verb ("on entend des agents commenter …"): those unnamed
        # people speak through the gerund hung on it, not the person named at the start of the sentence.
        "Le préfet Alain Gravier a ouvert une enquête après la diffusion d'une vidéo où l'on entend des agents "
        "commenter une manifestation en jugeant qu'il faut « cogner ».",
        "La députée Anne Roux a publié un message après la diffusion d'une vidéo où l'on voit des militants brandir "
        "des pancartes en affirmant qu'il faut « tout bloquer ».",
    ],
)
def test_infinitive_after_an_object_speaks_for_that_object(nlp, text):
    assert quoted(nlp, text) == {}


def test_infinitive_with_de_keeps_the_subject(nlp):
    # "demander aux élus … de voter … en affirmant": the infinitive is marked, the subject of the verb still speaks.
    text = ("Le maire Paul Mercier a demandé aux élus, qui hésitaient, de voter le texte en affirmant qu'il faut "
            "« agir vite ».")
    assert quoted(nlp, text) == {"agir vite": "Paul Mercier"}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "être" between the verb and the quoted words it says the subject is (or is not): the subject's words.
        ("Le maire Paul Mercier se défend d'être « un rentier » de la politique locale.", {"un rentier": "Paul Mercier"}),
        ("Julie Marchand, employée dans une cantine, a défilé à Lyon. Cette mère de famille de 39 ans se défend d'être "
         "« une nantie ».", {"une nantie": "Julie Marchand"}),
        ("La sénatrice Claire Bodin refuse d'être « un pion » du gouvernement dans ce dossier.",
         {"un pion": "Claire Bodin"}),
        # (an adjective the parser hangs on the verb as its xcomp, "être" as its copula)
        ("Julie Marchand a défilé à Lyon. Cette infirmière de 39 ans se défend d'être « privilégiée ».",
         {"privilégiée": "Julie Marchand"}),
    ],
)
def test_copula_between_verb_and_short_quote(nlp, text, want):
    assert quoted(nlp, text) == want


def test_copula_with_a_thing_as_subject_is_nobody(nlp):
    # The subject is a club, not a person: the few quoted words stay nobody's.
    assert quoted(nlp, "Le club de Paul Mercier a cessé d'être « compétitif » depuis deux saisons.") == {}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "salue" after the subject's name and apposition, tagged as a name by the tagger: still the subject's verb.
        ("Le démographe Paul Mercier, professeur à l'université de Lille, salue, lui, une « enquête très fouillée » "
         "qui montre la nécessité de revoir les archives.", {"enquête très fouillée": "Paul Mercier"}),
        ("Le sénateur Paul Mercier salue, lui, une « avancée majeure ».", {"avancée majeure": "Paul Mercier"}),
    ],
)
def test_speech_verb_tagged_as_a_name(nlp, text, want):
    assert quoted(nlp, text) == want


def test_thing_subject_with_a_name_inside_is_nobody(nlp):
    # "La réforme de X … fixe une « … »": the sentence's subject is the reform, X only complements it.
    assert quoted(nlp, "La réforme de Paul Mercier, votée en mars, fixe une « limite » aux loyers.") == {}
