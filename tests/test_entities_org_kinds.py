"""Organizations named after a company's kind noun with its own complement ("le fabricant de matelas X"), the
lowercase "présidence de la République" (not the office), and a book's publisher in a reference ("(La Découverte,
2016)"). Sentences written for these tests (fictional names)."""

import pytest

import pressfacts


def entities(text: str) -> dict[str, str]:
    return {e.name: e.label for e in pressfacts.extract(text).entities}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Les salariés du fabricant de matelas Dorlane ont débrayé lundi à Vierzon.", "Dorlane"),
        ("La maison de couture Valmonte a présenté mardi sa collection à Paris.", "Valmonte"),
        ("Le géant du luxe Orvane a vu ses ventes reculer en décembre.", "Orvane"),
        ("L'éditeur de logiciels Softalia a annoncé jeudi deux cents embauches à Rennes.", "Softalia"),
        ("Le cabinet d'audit Marlex a remis son rapport au conseil régional.", "Marlex"),
    ],
)
def test_a_name_after_a_kind_noun_and_its_complement_is_an_organization(text, name):
    assert entities(text).get(name) == "ORG"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le spécialiste des sondages Jérôme Vasquez estime que la colère dure.", "Jérôme Vasquez"),
        ("Elle a rejoint le groupe de travail de Marie Dulac en janvier.", "Marie Dulac"),
    ],
)
def test_a_person_after_a_kind_noun_stays_a_person(text, name):
    assert entities(text).get(name) == "PER"


@pytest.mark.parametrize(
    "text",
    [
        "La présidence de la République a démenti mardi toute réunion avec les manifestants.",
        "Les conseillers de la présidence de la République redoutent un nouveau samedi de heurts.",
    ],
)
def test_the_presidency_as_an_institution_is_an_organization(text):
    assert entities(text).get("présidence de la République") == "ORG"


@pytest.mark.parametrize(
    "text",
    [
        "Depuis qu'il a été élu à la présidence de la République, Paul Vernier a changé de ton.",
        "Candidate à la présidence de la République, Anne Morel a déposé ses parrainages.",
    ],
)
def test_the_presidency_as_an_office_is_no_organization(text):
    assert "présidence de la République" not in entities(text)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Elle raconte ces grèves dans Les Oubliés du rail (La Découverte, 2016), un livre remarqué.",
         "La Découverte", "Les Oubliés du rail"),
        ("Le politologue vient de publier Le Pouvoir des ronds-points (éd. du Cerf, 2017).", "Cerf", None),
    ],
)
def test_a_publisher_in_a_book_reference_is_an_organization(text, name, title):
    found = entities(text)
    assert found.get(name) == "ORG"
    if title is not None:
        assert found.get(title) != "ORG"  # the title is no long form of its publisher


def test_a_place_and_year_in_parentheses_is_no_publisher():
    found = entities("La grande marche (Lille, 2018) avait réuni des milliers de cheminots.")
    assert found.get("Lille") == "LOC"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le Haut Conseil pour le climat a rendu mardi un avis sévère sur la taxe carbone.",
         "Haut Conseil pour le climat"),
        ("Selon Chantal Rivière, présidente de la Ligue contre la fermeture des gares, la colère monte.",
         "Ligue contre la fermeture des gares"),
        ("Le Collectif contre la vie chère en Guadeloupe a dénoncé samedi des prix abusifs.",
         "Collectif contre la vie chère en Guadeloupe"),
        ("La Coordination pour la défense des maternités appelle à manifester à Die.",
         "Coordination pour la défense des maternités"),
    ],
)
def test_an_institution_named_with_its_purpose_keeps_the_whole_name(text, name):
    assert entities(text).get(name) == "ORG"


def test_a_purpose_name_stops_at_the_verb_the_tagger_misreads():
    found = entities("Le Comité pour la mémoire des mineurs organise une cérémonie dimanche à Lens.")
    assert found.get("Comité pour la mémoire des mineurs") == "ORG"


def test_a_lowercase_collective_with_a_purpose_is_no_name():
    assert entities("Un collectif pour la défense des commerces se réunit lundi soir.") == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Les salariés de Dorvane ont débrayé samedi matin.", "Dorvane"),
        ("Pôle emploi a enregistré en janvier une hausse des inscriptions dans l'Aisne.", "Pôle emploi"),
    ],
)
def test_an_employer_and_a_public_agency_are_organizations(text, name):
    assert entities(text).get(name) == "ORG"


def test_the_employees_of_a_town_stay_in_a_town():
    assert entities("Les salariés de Roubaix ont manifesté devant la mairie.").get("Roubaix") == "LOC"
