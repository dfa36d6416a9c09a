"""Round 31 classes, found by blind batteries (press-style text written with its key by helpers who read only the
annotation guidelines) and checked on sentences written for these tests: a company's kind noun right before its name
("le cimentier Vicat", "le bailleur Habitat Nord", "le producteur Énerfor") makes the name an organization, also
when the NER missed it or called it a person; a person's name after such a noun stays a person ("le producteur Thomas
Langmann")."""

from __future__ import annotations

import pytest

from probe_checks import labels


@pytest.mark.parametrize(("text", "name"), [
    ("Le cimentier Vicat a suspendu la production dans son usine de l'Isère.", "Vicat"),
    ("Le voyagiste Fram a annoncé le rapatriement de ses clients bloqués à Agadir.", "Fram"),
    ("Selon le bailleur Logeval, les travaux d'isolation commenceront en septembre.", "Logeval"),
    ("Le parc sera construit avec le producteur Énerfor, qui en assurera l'exploitation.", "Énerfor"),
    ("Le sous-traitant Mécaform a placé quatre-vingts salariés en chômage partiel.", "Mécaform"),
    ("L'hébergeur Netalia a reconnu une panne de plusieurs heures dans la nuit.", "Netalia"),
    ("Les salariés du sidérurgiste Valmétal ont voté la grève reconductible.", "Valmétal"),
    ("Le loueur Autopratic a relevé ses tarifs de 12 % cet été.", "Autopratic"),
])
def test_a_company_named_after_its_kind_noun(text, name):
    assert labels(text).get(name) == "ORG"


@pytest.mark.parametrize(("text", "name"), [
    ("Le producteur Thomas Langmann a démenti toute irrégularité dans le financement du film.", "Thomas Langmann"),
    ("L'éditeur Antoine Gallimard a défendu le prix unique du livre.", "Antoine Gallimard"),
])
def test_a_person_after_a_kind_noun_stays_a_person(text, name):
    assert labels(text).get(name) == "PER"


@pytest.mark.parametrize("text", [
    "Le bailleur social a promis de reloger les familles avant l'hiver.",
    "Le cimentier a suspendu la production, a indiqué la direction mardi.",
])
def test_a_kind_noun_without_a_name_makes_no_organization(text):
    assert [n for n, label in labels(text).items() if label == "ORG"] == []


@pytest.mark.parametrize(("text", "name"), [
    ("L'association Utopia 56 distribue chaque soir des repas aux exilés du camp.", "Utopia 56"),
    ("Le parti Québec 21 présentera des candidats dans toutes les circonscriptions.", "Québec 21"),
    ("Les militants de Vigilance 35 ont déployé une banderole devant la mairie.", "Vigilance 35"),
])
def test_a_name_closed_by_a_number(text, name):
    assert labels(text).get(name) == "ORG"


@pytest.mark.parametrize(("text", "name"), [
    ("Selon la CGT 150 militants étaient présents devant la préfecture.", "CGT"),
    ("Le RN 23 % devance la liste de la majorité dans ce sondage.", "RN"),
    ("Le garagiste a remis en route une Peugeot 205 GTI pour un client de Vannes.", "Peugeot"),
])
def test_a_count_after_a_name_is_no_part_of_it(text, name):
    assert labels(text).get(name) == "ORG"


def test_an_english_possessive_closes_the_name():
    assert labels("Les analystes de Moody's ont abaissé la note de la région mardi.").get("Moody's") == "ORG"
