"""Round 29 classes, found by audits that need no answer key (date words no date covers, the NER's organizations our
rules changed, over the non-test articles and the fresh dev set) and by batteries of sentences written for these
tests: a plural article heading a list of days ("des 24 novembre, 1er et 8 décembre") dates every day of the list; a
hospital or prison named by its kind and its town is a body; a town whose article merged into "du"/"au" keeps it in
its name ("du Havre" -> "Le Havre") even when the gazetteer also knows the bare word; a quoted name after "le groupe
Facebook" is cued by "groupe" across the network's name."""

from __future__ import annotations

import pytest

import pressfacts
from probe_checks import labels


def dates(text: str, published: str = "2019-01-13") -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in pressfacts.extract(text, published=published).dates]


@pytest.mark.parametrize(("text", "want"), [
    ("Les cortèges ont retrouvé l'ampleur des 24 novembre, 1er et 8 décembre.",
     [("24 novembre", "2018-11-24"), ("1er", "2018-12-01"), ("8 décembre", "2018-12-08")]),
    ("Les 30 novembre, 7 et 14 décembre, les routiers ont bloqué le port.",
     [("30 novembre", "2018-11-30"), ("7", "2018-12-07"), ("14 décembre", "2018-12-14")]),
    ("Le niveau des 17 novembre et 1er décembre n'a plus été atteint.",
     [("17 novembre", "2018-11-17"), ("1er décembre", "2018-12-01")]),
    ("Les défilés des 2 novembre ou 9 novembre ont été annulés.",
     [("2 novembre", "2018-11-02"), ("9 novembre", "2018-11-09")]),
])
def test_plural_article_heading_a_list_of_days(text, want):
    assert dates(text) == want


@pytest.mark.parametrize("text", [
    "Les préfets redoutent chaque année les débordements des 1er Mai.",
    "La police se prépare à l'approche des 14 juillet, comme chaque été.",
])
def test_plural_article_before_one_day_is_still_a_habit(text):
    assert dates(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Le groupe hospitalier du Havre a déclenché son plan blanc samedi.", "groupe hospitalier du Havre"),
    ("Deux blessés ont été transportés au centre hospitalier de Dax.", "centre hospitalier de Dax"),
    ("Le centre hospitalier universitaire de Rouen manque de lits.", "centre hospitalier universitaire de Rouen"),
    ("Le détenu a été transféré au centre pénitentiaire de Fresnes.", "centre pénitentiaire de Fresnes"),
    ("Le centre hospitalier régional universitaire de Lille a reçu les blessés.",
     "centre hospitalier régional universitaire de Lille"),
])
def test_hospital_or_prison_named_by_kind_and_town(text, name):
    assert labels(text).get(name) == "ORG"


def test_city_centre_stays_a_place():
    assert labels("Le centre de Rennes a été bouclé par les gendarmes.") == {"Rennes": "LOC"}


@pytest.mark.parametrize(("text", "name"), [
    ("Le maire du Havre a demandé des renforts.", "Le Havre"),
    ("Les manifestants sont partis du Puy-en-Velay à l'aube.", "Le Puy-en-Velay"),
    ("Elle a grandi au Blanc-Mesnil avant de s'installer à Lyon.", "Le Blanc-Mesnil"),
    ("Le cortège s'est dispersé au Mans vers 18 heures.", "Le Mans"),
])
def test_town_keeps_the_article_merged_into_du_or_au(text, name):
    assert labels(text).get(name) == "LOC"


def test_town_without_article_keeps_its_name():
    assert labels("Il a manifesté à Rochefort puis à La Rochelle.") == {"Rochefort": "LOC", "La Rochelle": "LOC"}


@pytest.mark.parametrize(("text", "name"), [
    ("Le groupe Facebook « Colère 59 » compte 20 000 membres.", "Colère 59"),
    ("Il administre le groupe WhatsApp « Routiers en lutte » depuis novembre.", "Routiers en lutte"),
])
def test_quoted_name_after_a_group_on_a_network(text, name):
    assert labels(text).get(name) == "ORG"


def test_lowercase_slogan_after_a_group_on_a_network_is_no_name():
    assert set(labels("Le groupe Facebook « vive la révolte » a été fermé.")) == {"Facebook"}
