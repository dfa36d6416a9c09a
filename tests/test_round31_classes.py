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
