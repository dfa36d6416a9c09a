"""Places: a compass word naming a bloc of countries ("les pays du Sud"), world regions named
by a continent and a qualifier ("Amérique latine"), a street or landmark head whose complement is an
organization ("devant la porte de la Banque de Savoie"). French sentences written for these tests."""

import pytest


def names(nlp, text: str) -> dict[str, str]:
    """Entity name -> label, as the record gives them (after grouping)."""
    return {e["name"]: e["label"] for e in nlp(text)._.entities}


@pytest.mark.parametrize(
    "text",
    [
        "L'économiste Paule Verrier estime que les pays du Sud paieront la facture du climat.",
        "Selon le rapport de l'ONG Terrafine, les peuples du Sud manquent d'eau potable.",
        "Les pays riches du Nord avaient promis une aide qui n'est jamais venue.",
        "Le commerce entre nations au Nord et au Sud a doublé en dix ans, note Hugo Lemarrec.",
    ],
)
def test_a_compass_word_after_a_bloc_of_countries_is_no_place(nlp, text):
    got = names(nlp, text)
    assert not {"Sud", "Nord"} & set(got), got


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("La sécheresse frappe les régions du Sud depuis le mois de mai, à Laghouat surtout.", "Sud"),
        ("Des heurts ont éclaté à Metz (Est) et à Nîmes (Sud) samedi.", "Sud"),
    ],
)
def test_a_compass_region_of_one_country_stays_a_place(nlp, text, place):
    got = names(nlp, text)
    assert got.get(place) == "LOC", got


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("La romancière Inès Carrel a vécu dix ans en Amérique latine avant de revenir à Lille.", "Amérique latine"),
        ("Le groupe Vardel exporte ses machines vers les Amériques et vers l'Asie.", "Amériques"),
        ("Les ventes du vigneron Marc Tessier progressent en Europe centrale.", "Europe centrale"),
    ],
)
def test_a_world_region_is_one_place(nlp, text, place):
    got = names(nlp, text)
    assert got.get(place) == "LOC", got
    assert "Amérique" not in got and "Europe" not in got, got


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Un feu a pris samedi sous la porte de la Banque de Savoie à Rouen.", "Banque de Savoie"),
        ("Les grévistes ont bloqué la porte de la Société générale de Quimper toute la matinée.", "Société générale"),
    ],
)
def test_a_street_head_before_an_organization_is_no_place(nlp, text, org):
    got = names(nlp, text)
    assert not any(n.lower().startswith("porte") for n in got), got
    assert got.get(org) == "ORG", got


def test_a_street_head_before_a_name_stays_a_place(nlp):
    got = names(nlp, "Les manifestants se sont retrouvés devant la porte de Vanves puis place de la Nation.")
    assert got.get("porte de Vanves") == "LOC" and got.get("place de la Nation") == "LOC", got


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Les photos de l’Arc de Triomphe tagué ont circulé partout, note Lina Vasseur.", "Arc de Triomphe"),
        ("Le maire Paul Ravenel a vu la Porte Maillot bloquée, puis il est reparti.", "Porte Maillot"),
        ("On revoit l'Arc de triomphe saccagé et les Champs-Élysées dévastés.", "Arc de triomphe"),
    ],
)
def test_a_past_participle_after_a_place_is_no_part_of_it(nlp, text, place):
    got = names(nlp, text)
    assert got.get(place) == "LOC", got
    assert not any(n.endswith(("tagué", "bloquée", "saccagé")) for n in got) and "Arc" not in got, got


def test_lowercase_adjectives_of_a_country_stay_in_its_name(nlp):
    got = names(nlp, "Les ministres des Émirats arabes unis sont arrivés à Lyon mardi.")
    assert got.get("Émirats arabes unis") == "LOC", got


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Les blindés n'ont jamais roulé sur le « Mainland », écrit le chroniqueur Tom Varley.", "Mainland"),
        ('Une retraitée surnommée "Bibiroux" a pris la parole à Dax.', "Bibiroux"),
    ],
)
def test_a_quoted_word_no_gazetteer_knows_is_no_place(nlp, text, word):
    got = names(nlp, text)
    assert got.get(word) != "LOC", got


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Des slogans en soutien à la «Palestine» ont retenti à Lille.", "Palestine"),
        ("Les manifestants réunis à «Kervallec» ont bloqué la route.", "Kervallec"),
    ],
)
def test_a_quoted_known_place_or_town_after_a_stays_a_place(nlp, text, place):
    got = names(nlp, text)
    assert got.get(place) == "LOC", got


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Le militant Jean Corvel a donné rendez-vous place de l'Hôtel de ville dès 18 heures.", "place de l'Hôtel de ville"),
        ("Les lycéens se sont rassemblés place du Palais de justice à Rennes.", "place du Palais de justice"),
    ],
)
def test_a_square_named_after_a_landmark_keeps_its_lowercase_noun(nlp, text, place):
    got = names(nlp, text)
    assert got.get(place) == "LOC", got


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Il vit à Paris. «Vendredi midi, nous étions à l’ambassade [du Brésil à Paris]. Puis nous sommes rentrés.", "Paris"),
        ("Le maire de Nantes est fier. «Jeudi, nous avons visité le port [de Saint-Nazaire à Nantes]. Puis le chantier.",
         "Nantes"),
    ],
)
def test_a_place_with_a_glued_bracket_is_the_same_place(nlp, text, place):
    places = [e for e in nlp(text)._.entities if e["label"] == "LOC" and e["name"] == place]
    assert len(places) == 1 and len(places[0]["mentions"]) == 2, places
