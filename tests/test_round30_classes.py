"""Round 30 classes, found in the fresh dev set's errors and checked on sentences written for these tests: a party's
members' adjective closing a longer name in lowercase ("le Mouvement jeunes socialistes"); a seat of power fronted with
"on" after it ("À Matignon, on …"); a link to a picture or a page ("pic.twitter.com/…") is no entity; no name ends on a
preposition; capitalized common words after an adviser's or deputy's title and "à" are the charge, not a body ("le
conseiller à la Sécurité nationale")."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

import pressfacts
from pressfacts.components.entities.fix import fix_entity
from pressfacts.nlp import get_pipeline
from probe_checks import labels


@pytest.mark.parametrize(("text", "name"), [
    ("Le Mouvement jeunes socialistes appelle à rejoindre les cortèges de jeudi.", "Mouvement jeunes socialistes"),
    ("Une militante des Jeunesses communistes a été interpellée devant le lycée.", "Jeunesses communistes"),
    ("Le Mouvement des jeunes socialistes tiendra son congrès à Dijon en mars.", "Mouvement des jeunes socialistes"),
])
def test_members_adjective_closing_a_longer_name_stays(text, name):
    assert labels(text).get(name) == "ORG"


@pytest.mark.parametrize("text", [
    "Communistes et socialistes ont voté contre le texte mardi soir.",
    "Insoumis et écologistes réclament un référendum.",
])
def test_members_alone_are_still_no_organization(text):
    assert [n for n, label in labels(text).items() if label == "ORG"] == []


def test_a_trailing_day_is_still_cut():
    assert labels("L'Arc de triomphe samedi a été tagué par des casseurs.").get("Arc de triomphe") == "LOC"


@pytest.mark.parametrize(("text", "name"), [
    ("À l'Élysée, on assure que rien n'est encore tranché sur la date.", "Élysée"),
    ("À Matignon, on se refuse à tout commentaire avant la réunion.", "Matignon"),
    ("Dimanche soir, à l'Élysée, on préparait déjà la riposte.", "Élysée"),
    ("À Bercy, on chiffre la mesure à deux milliards d'euros.", "Bercy"),
])
def test_seat_fronted_with_on_is_the_institution(text, name):
    assert labels(text).get(name) == "ORG"


@pytest.mark.parametrize(("text", "name"), [
    ("Le président a réuni ses ministres à l'Élysée, on le sait depuis mardi.", "Élysée"),
    ("Les manifestants ont tenté de marcher vers l'Élysée samedi.", "Élysée"),
    ("Le chef de l'État dîne à l'Élysée avec les syndicats.", "Élysée"),
])
def test_seat_as_a_place_stays_a_place(text, name):
    assert labels(text).get(name) == "LOC"


def _fixed(text: str, start: int, end: int, label: str = "ORG") -> Span | None:
    """fix_entity on a span set by hand over a sentence run through the components before pressfacts_entities: the
    model marks such spans on some pages, not on every short sentence."""
    nlp = get_pipeline()
    comp = nlp.get_pipe("pressfacts_entities")
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "pressfacts_entities":
            break
        doc = proc(doc)
    return fix_entity(doc, Span(doc, start, end, label=label), comp.rules, set(), doc.text)


@pytest.mark.parametrize("text", [
    "La photo a été partagée sur pic.twitter.com/abcDEF12 par un militant de Caen.",
    "Le lien youtube.com/watch circule depuis mardi sur les groupes.",
])
def test_a_link_names_no_one(text):
    doc = get_pipeline().make_doc(text)
    link = next(t.i for t in doc if "/" in t.text)
    assert _fixed(text, link, link + 1) is None


def test_a_bare_domain_is_still_an_organization():
    assert labels("Une pétition sur change.org a recueilli 10 000 signatures en deux jours.").get("change.org") == "ORG"


def test_no_name_ends_on_a_preposition():
    fixed = _fixed("La Fédération nationale des syndicats du secteur a protesté lundi.", 1, 6)
    assert fixed is not None and fixed.text == "Fédération nationale des syndicats"


@pytest.mark.parametrize(("text", "person", "role"), [
    ("Elle a été reçue par la conseillère à la Sécurité nationale du chancelier, Anna Keller.",
     "Anna Keller", "conseillère à la Sécurité nationale du chancelier"),
    ("Il a vu le conseiller à la Sécurité intérieure du chancelier, Hans Keller.", "Hans Keller",
     "conseiller à la Sécurité intérieure du chancelier"),
    ("L'adjointe au Logement, Claire Duval, a présenté le plan aux habitants.", "Claire Duval", "adjointe au Logement"),
    ("Le haut-commissaire aux Retraites, Paul Mercier, reçoit les syndicats lundi.", "Paul Mercier",
     "haut-commissaire aux Retraites"),
])
def test_charge_after_an_advisers_title_is_no_body(text, person, role):
    found = labels(text)
    assert found.get(person) == "PER"
    assert [n for n, label in found.items() if label == "ORG"] == []


@pytest.mark.parametrize(("text", "name"), [
    ("Le conseiller de la Fondation Abbé-Pierre a été entendu par les députés.", "Fondation Abbé-Pierre"),
    ("La Sécurité routière a publié son bilan mardi.", "Sécurité routière"),
])
def test_a_body_after_de_or_acting_stays(text, name):
    assert labels(text).get(name) == "ORG"


def dates(text: str, published: str = "2019-01-16") -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in pressfacts.extract(text, published=published).dates]


@pytest.mark.parametrize(("text", "want"), [
    ("Arrêté dimanche, le militant comparaîtra jeudi devant le tribunal.",
     [("dimanche", "2019-01-13"), ("jeudi", "2019-01-17")]),
    ("Le grand débat national, lancé mardi, doit s'achever à la mi-mars.", [("mardi", "2019-01-15"), ("mi-mars", "2019-03")]),
    ("Les handballeurs, sacrés dimanche à Herning, seront reçus lundi par le maire.",
     [("dimanche", "2019-01-13"), ("lundi", "2019-01-21")]),
    ("Réunis samedi à Bourges, les délégués voteront dimanche prochain.",
     [("samedi", "2019-01-12"), ("dimanche prochain", "2019-01-20")]),
])
def test_detached_participle_before_a_weekday_is_past(text, want):
    assert dates(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Attendu samedi à Bourges, le ministre rencontrera les élus locaux.", [("samedi", "2019-01-19")]),
    ("Le préfet a rencontré les maires puis samedi les commerçants.", [("samedi", "2019-01-12")]),
])
def test_a_plan_or_no_participle_keeps_the_clause_tense(text, want):
    assert dates(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Les cortèges du 12 janvier et du 19 janvier ont réuni moins de monde.",
     [("du 12 janvier", "2019-01-12"), ("du 19 janvier", "2019-01-19")]),
    ("Les audiences du 3 et du 10 décembre ont été reportées sine die.",
     [("du 3", "2018-12-03"), ("du 10 décembre", "2018-12-10")]),
    ("Les chiffres du 1er, du 8 et du 15 décembre restent contestés.",
     [("du 1er", "2018-12-01"), ("du 8", "2018-12-08"), ("du 15 décembre", "2018-12-15")]),
])
def test_days_each_with_du_joined_by_et_are_days_not_a_range(text, want):
    assert dates(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Le salon se tiendra entre le 3 et le 9 février.", [("entre le 3 et le 9 février", "2019-02-03/2019-02-09")]),
    ("Le salon se tiendra du 3 au 9 février.", [("du 3 au 9 février", "2019-02-03/2019-02-09")]),
])
def test_ranges_still_join(text, want):
    assert dates(text) == want


def test_eve_and_morrow_of_the_same_day():
    text = ("Le décret a été publié le 4 décembre. La veille, la ministre avait consulté les syndicats ; le lendemain, "
            "les recours ont commencé.")
    assert dates(text, "2018-12-07") == [("le 4 décembre", "2018-12-04"), ("La veille", "2018-12-03"),
                                         ("le lendemain", "2018-12-05")]


def test_morrow_after_morrow_still_chains():
    text = "Le 3 décembre, il est arrivé à Namur. Le lendemain, il a vu le bourgmestre. Le lendemain, il est reparti."
    assert [v for _, v in dates(text, "2018-12-07")] == ["2018-12-03", "2018-12-04", "2018-12-05"]


@pytest.mark.parametrize(("text", "want"), [
    ("Les enfants des écoles de Liège fêteront la Saint-Nicolas jeudi.",
     [("la Saint-Nicolas", "2018-12-06"), ("jeudi", "2018-12-06")]),
    ("Les festivités de la Saint-Sylvestre ont été annulées à Namur.", [("la Saint-Sylvestre", "2018-12-31")]),
])
def test_feasts_named_with_la(text, want):
    assert dates(text, "2018-12-05") == want


@pytest.mark.parametrize("text", [
    "Le cortège est parti de la place du 14-Juillet vers la gare.",
    "Mille agents veilleront sur le réveillon de la Saint-Sylvestre à Bruxelles.",
])
def test_a_square_or_a_party_named_after_a_feast_is_no_date(text):
    assert dates(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Un nouveau parti, baptisé « Les Indignés du Centre », sera lancé en mars.", "Les Indignés du Centre"),
    ("Un collectif, baptisé « Les Oubliés de la N21 », manifeste samedi à Agen.", "Les Oubliés de la N21"),
])
def test_quoted_name_after_a_naming_participle(text, name):
    assert labels(text).get(name) == "ORG"


@pytest.mark.parametrize("text", [
    "Le mouvement « horizontal » refuse tout porte-parole.",
    "Le mouvement « gilets jaunes » se structure en région.",
    "Le préfet a lancé au mouvement « Rentrez chez vous » avant la dispersion.",
    "Elle a qualifié le mouvement « Inacceptable pour 80 % des Français ».",
])
def test_words_quoted_after_movement_are_no_organization(text):
    assert [n for n, label in labels(text).items() if label == "ORG"] == []


def test_weekday_after_a_told_day_moves_with_its_year():
    text = "Le 3 mars, le club a été éliminé en coupe. Le samedi suivant, il a battu Rodez."
    assert dates(text, "2018-01-17") == [("Le 3 mars", "2017-03-03"), ("samedi suivant", "2017-03-04")]


def test_quoted_weekday_counted_from_the_story_not_the_speech():
    text = ("Le 14 février 2016, un feu s'est déclaré rue Haute. La veille, des locataires avaient alerté le "
            "propriétaire. « Il passerait le lundi suivant », a raconté mardi une voisine.")
    assert dates(text, "2018-01-17") == [("Le 14 février 2016", "2016-02-14"), ("La veille", "2016-02-13"),
                                         ("lundi suivant", "2016-02-15"), ("mardi", "2018-01-16")]


def test_a_day_in_a_que_clause_after_the_incise_is_not_the_speech_day():
    text = ("« Les bus rouleront normalement demain », a-t-il promis, ajoutant que les chauffeurs avaient repris le "
            "travail samedi.")
    assert dates(text, "2018-10-02") == [("demain", "2018-10-03"), ("samedi", "2018-09-29")]


def test_the_incise_day_is_still_the_speech_day():
    text = "« Les bus rouleront normalement demain », a promis samedi le directeur du réseau."
    assert dates(text, "2018-10-02") == [("demain", "2018-09-30"), ("samedi", "2018-09-29")]


@pytest.mark.parametrize("text", [
    "Le syndicat a appelé « Tous dans la rue le 5 février » sur ses affiches.",
    "Le parti a ensuite appelé « Macron démission » dans un communiqué.",
    "Un collectif, baptisé « Nous voulons vivre », a réuni deux cents personnes.",
    "Un collectif, appelé « Rentrez chez vous », a collé des affiches.",
])
def test_a_call_or_a_slogan_in_quotes_is_no_organization(text):
    assert [n for n, label in labels(text).items() if label == "ORG"] == []


def test_a_name_given_in_apposition_keeps_its_number():
    assert labels("Son groupe, appelé « Les 300 de Lorient », compte déjà trois cents membres.").get(
        "Les 300 de Lorient") == "ORG"
