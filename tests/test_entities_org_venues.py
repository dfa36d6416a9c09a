"""Cultural venues run by a body when they act or have staff ("le théâtre de l'Atelier a annulé"), a company
owning a site ("le dépôt de Carbulor à Haulchin") and the Italian prime minister's title ("président du Conseil
italien"). Sentences written for these tests (fictional names where it matters)."""

import pytest

import pressfacts


def entities(text: str) -> dict[str, str]:
    return {e.name: e.label for e in pressfacts.extract(text).entities}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le théâtre de l'Atelier a annulé ses représentations du week-end.", "théâtre de l'Atelier"),
        ("Le Louvre a reporté l'ouverture de sa nouvelle aile.", "Louvre"),
        ("Le Centre Pompidou présentera au printemps une rétrospective consacrée à Dubuffet.", "Centre Pompidou"),
        ("La Comédie-Française a maintenu sa représentation de samedi soir.", "Comédie-Française"),
        ("La programmatrice du théâtre Hébertot a dû annuler trois soirées.", "théâtre Hébertot"),
    ],
)
def test_a_venue_that_acts_is_an_organization(text, name):
    assert entities(text).get(name) == "ORG"


@pytest.mark.parametrize(
    "text",
    [
        "Des centaines de touristes attendaient devant le Louvre samedi midi.",
        "Le musée Grévin est resté fermé toute la journée.",
        "Le cortège est passé devant le théâtre de l'Odéon vers 15 heures.",
    ],
)
def test_a_venue_where_people_go_or_in_a_state_is_no_organization(text):
    assert "ORG" not in entities(text).values()


@pytest.mark.parametrize(
    ("text", "company", "town"),
    [
        ("Une trentaine de manifestants bloquent le dépôt de Carbulor à Haulchin depuis l'aube.", "Carbulor", "Haulchin"),
        ("Les salariés de l'entrepôt de Logivest à Saint-Priest ont cessé le travail.", "Logivest", "Saint-Priest"),
    ],
)
def test_an_unknown_name_between_a_site_noun_and_a_town_is_the_company(text, company, town):
    found = entities(text)
    assert found.get(company) == "ORG"
    assert found.get(town) == "LOC"


@pytest.mark.parametrize(
    "text",
    [
        "Le dépôt de Lorient à Lanester a été bloqué lundi matin.",
        "L'usine de Flins a tourné au ralenti samedi.",
    ],
)
def test_a_known_place_after_a_site_noun_stays_a_place(text):
    assert "ORG" not in entities(text).values()


def test_the_italian_prime_ministers_title_names_no_body():
    text = "Le président du Conseil italien, Giuseppe Conte, a répondu à Paris."
    assert "ORG" not in entities(text).values()
