"""Round 14 (org28): organizations named by a movement's noun before a name with its own article, by a club's
first word and its town's adjective, and by a team's nickname. Sentences written for these tests; the whole
probe set is tests/probes/org28.jsonl."""

import pytest

import pressfacts


def entities(text: str) -> dict[str, str]:
    return {e.name: e.label for e in pressfacts.extract(text, published="2019-01-10").entities}


def organizations(text: str) -> set[str]:
    return {name for name, label in entities(text).items() if label == "ORG"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le mouvement La Wallonie en colère réclame une baisse des accises.", "La Wallonie en colère"),
        ("Les porte-parole du mouvement La France en colère ont été reçus lundi.", "La France en colère"),
        ("Le mouvement Le Printemps de Tunis a été dissous par ses fondateurs.", "Le Printemps de Tunis"),
        ("Dans un communiqué, le mouvement La Voix des citoyens appelle au calme.", "La Voix des citoyens"),
    ],
)
def test_a_name_with_its_article_after_movement_is_an_organization(text, name):
    assert name in organizations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le mouvement de Marine Le Pen a perdu des voix dans le Nord.",
        "Le mouvement de Bruxelles s'est dispersé vers 18 heures.",
        "Le mouvement s'étend désormais à la Belgique et aux Pays-Bas.",
        "Le mouvement a gagné La Défense lundi matin.",
        "Le mouvement des gilets jaunes s'essouffle en janvier.",
    ],
)
def test_movement_before_a_leader_a_town_or_no_name_gives_no_organization(text):
    assert organizations(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le Stade toulousain a remporté un nouveau titre de champion.", "Stade toulousain"),
        ("L'entraîneur du Stade rennais a prolongé son contrat.", "Stade rennais"),
        ("Le Stade brestois a recruté un milieu ivoirien.", "Stade brestois"),
        ("L'Olympique lyonnais a fait appel de la sanction.", "Olympique lyonnais"),
        ("Le Cercle brugeois a limogé son entraîneur.", "Cercle brugeois"),
    ],
)
def test_a_clubs_word_and_its_towns_adjective_are_a_club(text, name):
    assert entities(text).get(name) == "ORG"


@pytest.mark.parametrize(
    "text",
    [
        "Le stade toulousain Ernest-Wallon était plein samedi soir.",
        "Le stade lyonnais a été évacué après une alerte à la bombe.",
        "Le Stade de France accueillera la finale en mai.",
        "Le public lyonnais a longuement sifflé l'arbitre.",
        "Les Toulousains ont fêté le titre place du Capitole.",
    ],
)
def test_a_stadium_or_a_demonym_is_no_club(text):
    assert organizations(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Les Diables Rouges affronteront l'Islande en juin.", "Diables Rouges"),
        ("Le Barça a prolongé son gardien jusqu'en 2023.", "Barça"),
        ("Les Fennecs ont battu le Sénégal en finale.", "Fennecs"),
        ("Le Racing 92 a recruté un ailier fidjien.", "Racing 92"),
        ("Le Rocket de Laval a perdu son quatrième match de suite.", "Rocket de Laval"),
        ("Les Alouettes de Montréal ont congédié leur entraîneur-chef.", "Alouettes de Montréal"),
    ],
)
def test_a_teams_nickname_is_an_organization(text, name):
    assert entities(text).get(name) == "ORG"


@pytest.mark.parametrize(
    "text",
    [
        "Des fennecs ont été saisis à la frontière par les douaniers.",
        "La Belgique a battu la France en demi-finale.",
        "Les Belges ont fêté la victoire dans les rues de Bruxelles.",
        "Les habitants de Laval ont manifesté samedi matin.",
        "Les Canadiens de Vancouver ont voté pour les conservateurs.",
    ],
)
def test_a_country_a_demonym_or_an_animal_is_no_team(text):
    assert organizations(text) == set()


def test_the_italian_movement_written_without_its_accent_is_the_party():
    # Algerian and some French outlets drop the accent of capitals: "5 Etoiles"
    assert "mouvement 5 Etoiles" in organizations("Les élus du mouvement 5 Etoiles ont voté contre le texte.")
