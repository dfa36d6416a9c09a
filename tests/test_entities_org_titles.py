"""Press titles as organizations: a title of the ruler's list that the places gazetteer also holds as a town
("La Montagne", "L'Humanité") stays the title; regional dailies and weeklies named with or without their article
("au Dauphiné libéré", "du Berry républicain"). Sentences written for these tests."""

import pytest

import pressfacts


def entities(text: str) -> dict[str, str]:
    return {e.name: e.label for e in pressfacts.extract(text).entities}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le maire a confié à La Montagne que l'usine fermerait au printemps.", "La Montagne"),
        ("Selon La Montagne, deux cents personnes ont bloqué le rond-point samedi.", "La Montagne"),
        ("Dans un entretien à L'Humanité, la syndicaliste réclame une hausse des salaires.", "L'Humanité"),
        ("Il a accordé une interview à La Montagne la semaine dernière.", "La Montagne"),
    ],
)
def test_a_listed_title_that_is_also_a_town_stays_a_title(text, name):
    assert entities(text).get(name) == "ORG"


@pytest.mark.parametrize(
    "text",
    [
        "Le rassemblement a eu lieu à La Montagne, près de Nantes, samedi.",
        "Elle habite depuis vingt ans à La Montagne, en Loire-Atlantique.",
    ],
)
def test_the_town_after_a_preposition_of_place_stays_a_place(text):
    # "à" after words said to someone is a medium's audience; otherwise the town
    assert entities(text).get("La Montagne") == "LOC"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le préfet a expliqué au Dauphiné libéré que le barrage serait levé.", "Le Dauphiné libéré"),
        ("Selon Le Berry républicain, trois cents personnes ont défilé à Bourges.", "Le Berry républicain"),
        ("Le député a confié au Maine libre qu'il voterait contre le budget.", "Le Maine libre"),
        ("D'après Presse Océan, la gare de Nantes a été évacuée dimanche.", "Presse Océan"),
        ("La Charente libre rapporte que le péage a été incendié dans la nuit.", "La Charente libre"),
        ("Une enquête du Courrier de l'Ouest révèle des retards sur le chantier.", "Le Courrier de l'Ouest"),
    ],
)
def test_regional_titles_with_or_without_their_article(text, name):
    assert entities(text).get(name) == "ORG"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Les manifestants ont défilé samedi à La Rochelle sous la pluie.", "La Rochelle"),
        ("Le cortège a traversé Le Mans dans le calme.", "Le Mans"),
    ],
)
def test_a_town_of_the_gazetteer_the_ruler_does_not_list_stays_a_place(text, name):
    assert entities(text).get(name) == "LOC"


@pytest.mark.parametrize(
    "text",
    [
        "Elle s'est confiée au Journal du dimanche, quelques jours avant le scrutin.",
        "Le ministre s'est exprimé dans le Journal du dimanche daté du 13 janvier.",
    ],
)
def test_the_sunday_weekly_after_au_or_le_keeps_its_weekday(text):
    found = entities(text)
    assert found.get("Journal du dimanche") == "ORG"
    assert "Journal du" not in found and "Le Journal du" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Météo-France a placé quatre départements en vigilance orange.",
        "Selon les prévisionnistes de Météo-France, les rafales atteindront 110 km/h.",
    ],
)
def test_the_weather_agency_opening_a_sentence_stays_an_organization(text):
    assert entities(text).get("Météo-France") == "ORG"
