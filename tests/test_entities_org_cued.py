"""Organizations named right after a leader's noun ("le président des Patriotes") or after an organization's cue
noun with the name's own article ("le collectif le Temps des cerises"). Sentences written for these tests
(fictional names)."""

import pytest

import pressfacts


def entities(text: str) -> dict[str, str]:
    return {e.name: e.label for e in pressfacts.extract(text).entities}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pierre Vasseur, président des Patriotes, a dénoncé samedi la réforme des retraites.", "Patriotes"),
        ("Le fondateur de Générations, Louis Marchal, a appelé mardi au calme à Rennes.", "Générations"),
        ("Selon Anne Roux, présidente du Cesdip, la situation est inédite dans la Sarthe.", "Cesdip"),
        ("Le patron des Républicains Laurent Vasseur a rencontré les maires de l'Orne.", "Républicains"),
        ("Paul Girard, trésorier des Faucheurs, distribuait des tracts samedi à Niort.", "Faucheurs"),
        ("« Rien n'est joué », estime Julien Sabre, président de SondaVox, un autre institut de sondage.", "SondaVox"),
        ("Le sociologue Marc Lenoir, président du Cerdop (Centre de recherches sur la police), s'inquiète.", "Cerdop"),
    ],
)
def test_a_name_after_a_leaders_noun_is_an_organization(text, name):
    assert entities(text).get(name) == "ORG"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Le président de la République a reçu jeudi le président des Français de l'étranger.", {"République"}),
        ("Le président du Venezuela a salué le directeur de la Sécurité civile, selon Caracas.", {"Venezuela"}),
        ("Marc Petit, présidente de la Ligue contre la faim, proteste à Tours.", {"Ligue"}),
        ("La porte-parole de Jeanne Morel a démenti lundi toute candidature à Brest.", {"Jeanne Morel"}),
        ("Paul Girard, militant de Résistons ensemble, distribuait des tracts à Niort.", {"Résistons"}),
        ("Le président de la N-VA a répondu lundi sur Radio 1, selon Jan Peeters.", {"N"}),
    ],
)
def test_a_state_a_place_a_person_or_a_name_going_on_in_lowercase_is_no_such_organization(text, absent):
    found = entities(text)
    assert all(found.get(a) != "ORG" for a in absent)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Julie Morel, membre du collectif le Temps des cerises et enseignante, manifestait à Lorient.",
         "Temps des cerises"),
        ("Le groupe Facebook « La Vendée en colère » appelle à un rassemblement samedi à La Roche-sur-Yon.",
         "La Vendée en colère"),
        ("L'association Le cœur sur la main, active depuis 2010, distribue des repas à Valence.",
         "Le cœur sur la main"),
        ("Le collectif baptisé Les Stylos verts réclame des moyens pour les écoles de Lille.", "Les Stylos verts"),
    ],
)
def test_a_name_with_its_own_article_after_an_organizations_cue_noun_is_an_organization(text, name):
    assert entities(text).get(name) == "ORG"


def test_a_cue_noun_before_an_ordinary_article_names_nothing():
    found = entities("Le groupe le plus actif de Quimper a manifesté samedi, selon Lucie Tanguy.")
    assert all(label != "ORG" for label in found.values())
