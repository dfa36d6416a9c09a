"""Organizations: a regional edition or branch named with its place, meetings that are no institution, firms
named after "cabinet", school kinds that are common nouns. Sentences written for these tests (fictional names)."""

import pytest

import pressfacts


def labelled(text: str) -> dict[str, str]:
    return {e.name: e.label for e in pressfacts.extract(text).entities}


def orgs(text: str) -> set[str]:
    return {name for name, label in labelled(text).items() if label == "ORG"}


@pytest.mark.parametrize(
    ("text", "name", "not_place"),
    [
        ("D'après France Bleu Savoie Isère, la station de Valmorin restera fermée jeudi.",
         "France Bleu Savoie Isère", "Isère"),
        ("La rédaction de Paris Match Suisse consacre sa une au mariage du chanteur Paul Vardel.",
         "Paris Match Suisse", "Suisse"),
        ("Une pétition de Greenpeace Belgique réclame l'arrêt du chantier de Bourvin.",
         "Greenpeace Belgique", "Belgique"),
    ],
)
def test_a_place_glued_to_an_organization_is_its_edition(text, name, not_place):
    found = labelled(text)
    assert found.get(name) == "ORG"
    assert not_place not in found


@pytest.mark.parametrize(
    ("text", "org", "place"),
    [
        ("La Fédération des randonneurs de Lyon a tenu son assemblée à Grenoble.",
         "Fédération des randonneurs de Lyon", "Grenoble"),
        ("Un porte-parole de l'Union des boulangers, à Marseille, a confirmé la grève.", "Union des boulangers",
         "Marseille"),
    ],
)
def test_a_place_after_a_preposition_or_a_comma_stays_a_place(text, org, place):
    found = labelled(text)
    assert found.get(org) == "ORG"
    assert found.get(place) == "LOC"


@pytest.mark.parametrize(
    "text",
    [
        "Mercredi, le conseil des ministres examinera le projet de budget de Martine Lorvel.",
        "Le Conseil des ministres de la semaine prochaine sera consacré au logement.",
    ],
)
def test_the_council_of_ministers_is_a_meeting_not_an_organization(text):
    assert not any("ministres" in name.lower() for name in orgs(text))


def test_other_councils_stay_organizations():
    assert "Conseil des prud'hommes de Valmont" in orgs("Le Conseil des prud'hommes de Valmont a tranché lundi.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Selon le comptage réalisé par le cabinet Tallix, 8 000 personnes ont défilé.", "cabinet Tallix"),
        ("Le cabinet Orvane Conseil a remis son audit à la mairie de Brest.", "cabinet Orvane Conseil"),
    ],
)
def test_a_firm_named_after_cabinet_is_an_organization(text, name):
    assert name in orgs(text)


def test_a_cabinet_without_a_name_is_no_organization():
    assert orgs("Le cabinet du ministre a démenti, et le cabinet ministériel s'est tu.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "La réforme touche d'abord le lycée professionnel, selon les enseignants.",
        "Le collège rural et le lycée agricole manquent de professeurs.",
    ],
)
def test_a_school_kind_in_lowercase_is_a_common_noun(text):
    assert orgs(text) == set()


def test_a_capitalized_school_kind_keeps_its_name():
    assert "Lycée français de Valparaiso" in orgs("Elle a enseigné au Lycée français de Valparaiso pendant dix ans.")
