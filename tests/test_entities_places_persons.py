"""False places (round 8): persons the NER tags as places ("la Ville de Lionel Jospin", "M. [Patrick]
Lemoulin") and capitalized common-noun phrases ("l'Impôt sur la fortune", "du Produit intérieur brut").
French sentences written for these tests."""

import pytest


def names(nlp, text: str) -> dict[str, str]:
    """Entity name -> label, as the record gives them (after grouping)."""
    return {e["name"]: e["label"] for e in nlp(text)._.entities}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("L'ancienne ministre de la Ville de Lionel Jospin a déclaré soutenir les manifestants.", "Lionel Jospin"),
        ("Le porte-parole de la Ville de Martine Aubry a démenti.", "Martine Aubry"),
    ],
)
def test_a_first_name_and_a_surname_tagged_as_a_place_are_a_person(nlp, text, person):
    got = names(nlp, text)
    assert got.get(person) == "PER", got


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Elle est venue voir M. [Patrick] Lemoulin, un éleveur qui bloque le dépôt depuis jeudi.", "Lemoulin"),
        ("Il a rencontré M. [Gérard] Poulançon, un agriculteur qui bloque le rond-point depuis lundi.",
         "Poulançon"),
    ],
)
def test_a_name_after_a_civility_is_no_place(nlp, text, surname):
    got = names(nlp, text)
    assert got.get(surname) == "PER", got


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Les ferries ne desservent plus Marie-Galante depuis lundi.", "Marie-Galante"),
        ("Les pompiers sont intervenus à Pierre-Bénite, au sud de Lyon, dans la nuit.", "Pierre-Bénite"),
        ("Le préfet a reçu M. Tardieux à Quimper mercredi.", "Quimper"),
    ],
)
def test_places_named_like_persons_stay_places(nlp, text, place):
    assert names(nlp, text).get(place) == "LOC"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Le débat sur le rétablissement de l'Impôt sur la fortune agite la majorité à Paris.", "Impôt"),
        ("La croissance du Produit intérieur brut a ralenti en Belgique au dernier trimestre.", "Produit intérieur"),
        ("La dette atteint 99 % du Produit intérieur brut, selon l'Insee, à Paris.", "Produit intérieur"),
    ],
)
def test_a_capitalized_common_noun_phrase_is_no_place(nlp, text, word):
    got = names(nlp, text)
    assert word not in got, got
    assert [n for n, label in got.items() if label == "LOC"] in (["Paris"], ["Belgique"]), got


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Les militants ont défilé du Massif central jusqu'à Lyon.", "Massif central"),
        ("Le bassin d'emploi du Pays basque résiste, selon la chambre de commerce de Bayonne.", "Pays basque"),
        ("Les manifestants ont rejoint le Quartier latin puis la place de la Sorbonne.", "Quartier latin"),
    ],
)
def test_a_land_or_district_noun_with_a_lowercase_name_stays_a_place(nlp, text, place):
    assert names(nlp, text).get(place) == "LOC"


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("La foule a pendu le contrôleur général des finances Bertillac devant l'hôtel de ville.", "Bertillac"),
        ("Les émeutiers ont poursuivi le lieutenant général de police Sartignac jusqu'au pont.", "Sartignac"),
    ],
)
def test_a_name_right_after_a_role_and_its_complement_is_a_person(nlp, text, surname):
    got = names(nlp, text)
    assert got.get(surname) == "PER", got


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Le maire de la commune Saint-Herblain a réagi.", "Saint-Herblain"),
        ("Le président de la région Bretagne a salué les agriculteurs.", "Bretagne"),
    ],
)
def test_a_territory_named_after_a_role_stays_a_place(nlp, text, place):
    assert names(nlp, text).get(place) == "LOC"


def test_a_demonym_before_a_preposition_stays_a_group_of_people(nlp):
    got = names(nlp, "Les Français de l'étranger ont voté en ligne, selon le ministère, à Paris.")
    assert got.get("Français") != "LOC" and got.get("Paris") == "LOC", got
