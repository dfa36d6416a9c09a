"""Round 13 probes (org27): organizations of business, media, polls and sport in phrasings the pipeline missed.
Sentences written for these tests; the whole probe set is tests/probes/org27.jsonl."""

import pytest

import pressfacts


def entities(text: str) -> dict[str, str]:
    return {e.name: e.label for e in pressfacts.extract(text, published="2019-02-10").entities}


@pytest.mark.parametrize(
    "text",
    [
        "Sur franceinfo, la porte-parole du syndicat a appelé à durcir le mouvement.",
        "L'information, révélée mardi par franceinfo, a été démentie par le cabinet du maire.",
    ],
)
def test_franceinfo_written_lowercase_is_the_medium(text):
    assert entities(text).get("franceinfo") == "ORG"


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("Rennes a écrasé Amiens 5-0 dimanche au Roazhon Park.", "Amiens"),
        ("Montpellier a renversé Caen en seconde période (2-1).", "Montpellier"),
        ("Angers a étrillé Dijon 4-1 samedi soir.", "Dijon"),
        ("Lors du derby, Tubize a été surpris par Ostende (1-2).", "Ostende"),
        ("Reims a été tenu en échec par Nîmes (1-1) samedi.", "Nîmes"),
    ],
)
def test_a_town_in_a_match_result_is_its_team(text, team):
    assert entities(text).get(team) == "ORG"


def test_a_town_away_from_a_result_stays_a_place():
    assert entities("Les supporters ont voyagé en car jusqu'à Amiens, où il pleuvait (2-1 à la pause).") \
        .get("Amiens") == "LOC"


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("Angers a corrigé Guingamp 4-0 lors de la 25e journée.", "Guingamp"),
        ("Le Havre a dominé Guingamp (2-0) vendredi soir.", "Guingamp"),
    ],
)
def test_a_small_town_the_ner_calls_a_thing_is_a_team_in_a_result(text, team):
    assert entities(text).get(team) == "ORG"


@pytest.mark.parametrize(
    ("text", "clubs"),
    [
        ("Le MC Oran a tenu en échec la JS Saoura (1-1).", ["MC Oran", "JS Saoura"]),
        ("L'USM Alger s'est imposée face au CR Belouizdad (2-0).", ["USM Alger", "CR Belouizdad"]),
        ("L'AS Saint-Étienne a battu le RC Lens 3-1.", ["AS Saint-Étienne", "RC Lens"]),
    ],
)
def test_a_club_acronym_and_its_town_are_one_club_each(text, clubs):
    found = entities(text)
    assert [found.get(c) for c in clubs] == ["ORG"] * len(clubs)


def test_a_player_after_a_club_stays_a_person():
    found = entities("L'attaquant du FC Nantes Emiliano Sala a disparu lundi soir.")
    assert found.get("FC Nantes") == "ORG" and found.get("Emiliano Sala") == "PER"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Selon un sondage Léger pour Le Devoir, les libéraux reculent de trois points.", "Léger"),
        ("Un sondage Léger réalisé pour La Presse donne la CAQ largement en tête.", "Léger"),
        ("L'enseigne Casino a fermé une dizaine de supérettes en Corse.", "Casino"),
    ],
)
def test_a_common_word_after_an_organization_noun_is_its_name(text, name):
    assert entities(text).get(name) == "ORG"


@pytest.mark.parametrize(
    ("text", "name", "glued"),
    [
        ("La chaîne Conforama va fermer une trentaine de magasins en France.", "Conforama", "chaîne Conforama"),
        ("Le laboratoire Servier comparaît depuis lundi devant le tribunal.", "Servier", "laboratoire Servier"),
        ("La banque Natixis a écopé d'une amende de 20 millions d'euros.", "Natixis", "banque Natixis"),
        ("L'opérateur Free a promis de rembourser les abonnés privés de connexion.", "Free", "opérateur Free"),
    ],
)
def test_a_kind_noun_glued_to_a_company_is_dropped(text, name, glued):
    found = entities(text)
    assert found.get(name) == "ORG" and glued not in found


def test_a_movement_keeps_no_organization_from_its_kind_noun():
    assert "Gilets jaunes" not in entities("Le mouvement Gilets jaunes prévoit un nouveau rassemblement samedi.")


@pytest.mark.parametrize(
    ("text", "teams"),
    [
        ("Liège a été surpris par Ostende lors du derby (1-2).", ["Liège", "Ostende"]),
        ("Béjaïa a surclassé Sétif 3-0 en championnat.", ["Béjaïa", "Sétif"]),
    ],
)
def test_a_town_sharing_its_province_name_is_a_team_in_a_result(text, teams):
    found = entities(text)
    assert [found.get(t) for t in teams] == ["ORG"] * len(teams)


def test_a_region_with_its_article_stays_a_place_in_a_result():
    text = "La Bretagne accueille l'étape, la Normandie a perdu ses subventions (3-1 au vote)."
    assert entities(text).get("Normandie") == "LOC"
