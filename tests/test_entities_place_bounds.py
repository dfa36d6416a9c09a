"""Places whose span runs into a neighbour or hides inside another name: the two ends of a road, streets
listed after a plural word, landmarks with lowercase words, a place inside an event, territories, demonyms no
list holds, several roundabouts. French sentences written for these tests."""

import pytest


def places(nlp, text: str) -> dict[str, list[str]]:
    """Place name -> its mentions, as the record gives them (after grouping)."""
    return {e["name"]: [m["text"] for m in e["mentions"]] for e in nlp(text)._.entities if e["label"] == "LOC"}


@pytest.mark.parametrize(
    ("text", "road", "ends"),
    [
        ("Un poids lourd s'est couché sur l'autoroute E42 Namur-Liège vers midi.", "autoroute E42", ("Namur", "Liège")),
        ("Les bouchons s'étiraient sur l'A6 Lyon-Paris dimanche soir.", "A6", ("Lyon", "Paris")),
        ("Les voyageurs de la ligne Charleroi-Mons ont attendu deux heures.", None, ("Charleroi", "Mons")),
    ],
)
def test_a_road_and_its_two_ends_are_three_places(nlp, text, road, ends):
    got = places(nlp, text)
    assert all(end in got for end in ends), got
    if road:
        assert road in got, got
    assert not any("-" in name for name in got), got


@pytest.mark.parametrize(
    ("text", "streets"),
    [
        ("Les commerces des rues Neuve et Haute ont baissé le rideau.", ["rue Neuve", "rue Haute"]),
        ("Des barrages filtrants bloquaient les boulevards Anspach et Lemonnier.",
         ["boulevard Anspach", "boulevard Lemonnier"]),
    ],
)
def test_streets_listed_after_a_plural_word_are_named_in_the_singular(nlp, text, streets):
    got = places(nlp, text)
    assert all(s in got for s in streets), got


def test_a_listed_street_is_one_place_with_the_same_street_written_whole(nlp):
    got = places(nlp, "Les riverains des rues Lebeau et Ravenstein se plaignent. La rue Ravenstein est fermée.")
    assert sorted(got["rue Ravenstein"]) == ["Ravenstein", "rue Ravenstein"], got


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Le prévenu a comparu mardi au palais de justice de Namur.", "palais de justice de Namur"),
        ("Une gerbe a été déposée au Mémorial national de la Résistance jeudi.", "Mémorial national de la Résistance"),
        ("Les élus se sont réunis à l'Hôtel de ville jeudi soir.", "Hôtel de ville"),
    ],
)
def test_a_landmark_keeps_its_lowercase_words(nlp, text, place):
    assert place in places(nlp, text)


@pytest.mark.parametrize(
    ("text", "place", "absent"),
    [
        ("La guerre en Syrie a poussé des milliers de familles sur les routes.", "Syrie", "guerre en Syrie"),
        ("Il se souvient de la guerre en Afghanistan comme d'un cauchemar.", "Afghanistan", "guerre en Afghanistan"),
    ],
)
def test_the_place_of_an_event_is_a_place(nlp, text, place, absent):
    got = places(nlp, text)
    assert place in got and absent not in got, got


@pytest.mark.parametrize(
    ("text", "place", "short"),
    [
        ("Les ressortissants de l'Espace économique européen paient moins, comme tout citoyen de l'EEE.",
         "Espace économique européen", "EEE"),
        ("Les contrôles aux frontières de l'espace Schengen ont repris en mars.", "espace Schengen", None),
    ],
)
def test_a_territory_is_a_place(nlp, text, place, short):
    got = places(nlp, text)
    assert place in got, got
    if short:
        assert short in got[place], got


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("On les appelle Castelroussins, pas Castelois, a souri le guide.", "Castelois"),
        ("Ici, on se dit Chestrolais avant tout, a lancé le bourgmestre.", "Chestrolais"),
    ],
)
def test_an_unknown_demonym_is_no_place(nlp, text, absent):
    assert absent not in places(nlp, text)


def test_an_unnamed_street_leaves_its_district(nlp):
    got = places(nlp, "Ils ont prié dans une rue de la Croix-Rousse, à Lyon.")
    assert "Croix-Rousse" in got and not any(n.startswith("rue") for n in got), got


def test_two_roundabouts_are_two_places(nlp):
    got = places(nlp, "Les gilets jaunes tenaient le rond-point de la Gare et le rond-point du Lion samedi.")
    assert len([n for n in got if n.startswith("rond-point")]) == 2, got


def test_a_list_of_common_nouns_after_a_landmark_is_no_part_of_it(nlp):
    got = places(nlp, "La commune a fermé la piscine, la bibliothèque, l'Hôtel de ville et salles communales.")
    assert "Hôtel de ville" in got, got


def test_an_unnamed_street_leaves_its_district_as_the_article_writes_it_elsewhere(nlp):
    got = places(nlp, "Les habitants du quartier populaire du Val d'Argent sont inquiets. Hier, des fidèles ont "
                      "prié dans une rue du Val d'argent.")
    assert got == {"Val d'Argent": ["Val d'Argent", "Val d'argent"]}, got


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Les coupures touchent les villages de Kerkera, de Oum Toub et leurs environs.",
         "Oum Toub"),
        ("Les communes de Hamma Bouziane, Didouche Mourad et Ibn Ziad sont privées d'eau.", "Didouche Mourad"),
    ],
)
def test_a_name_listed_after_a_plural_noun_of_places_is_a_place(nlp, text, place):
    assert place in places(nlp, text)


def test_a_list_of_places_ends_at_its_last_and(nlp):
    got = nlp("Les maires des communes de Fleurus et Farciennes, Jean-Luc Borremans et Hugues Bayet, ont signé.")
    people = {e["name"] for e in got._.entities if e["label"] == "PER"}
    assert {"Jean-Luc Borremans", "Hugues Bayet"} <= people, people


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Selon une politologue du Trinity College, la réforme passera.", "Trinity College"),
        ("Il enseigne l'histoire à la Columbia University depuis dix ans.", "Columbia University"),
    ],
)
def test_an_english_school_name_is_no_place(nlp, text, org):
    got = {e["name"]: e["label"] for e in nlp(text)._.entities}
    assert got.get(org) == "ORG", got
