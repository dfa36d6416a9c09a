"""Organization names and false organizations: a union's local or trade body named by a level word and its
confederation ("l'UD CGT"), an institution's building after a word of motion or nearness ("vers l'Assemblée
nationale", "devant la préfecture du Cher": a place), a beauty title or contest ("Miss France 2020": no
organization), a collective named by an imperative and its pronoun ("le collectif Épargnons-les"). Sentences written
for these tests (fictional names)."""

import pytest

import pressfacts


def labelled(text: str) -> dict[str, str]:
    return {e.name: e.label for e in pressfacts.extract(text, published="2020-02-10").entities}


@pytest.mark.parametrize(
    ("text", "name", "parts"),
    [
        ("« Nous ne céderons rien », prévient le secrétaire général de l'UD CGT Marc Delorme.", "UD CGT",
         ["UD", "CGT"]),
        ("Lucie Fabre, de l'UL CGT de Vierzon, dénonce la fermeture de l'usine.", "UL CGT de Vierzon",
         ["UL", "CGT", "Vierzon"]),
        ("Le secrétaire de l'Union départementale CGT du Cher, Paul Vasseur, appelle à la grève.",
         "Union départementale CGT du Cher", ["Union départementale", "CGT", "Cher"]),
        ("La fédération FO des cheminots a déposé un préavis pour jeudi.", "fédération FO des cheminots", ["FO"]),
        ("L'Union locale FO de Bourges soutient les grévistes depuis lundi.", "Union locale FO de Bourges",
         ["Union locale", "FO", "Bourges"]),
    ],
)
def test_a_union_level_word_and_its_confederation_are_one_organization(text, name, parts):
    found = labelled(text)
    assert found.get(name) == "ORG"
    assert not set(parts) & set(found)


def test_confederations_alone_stay_as_they_are():
    assert labelled("La CGT et FO appellent à manifester jeudi à Bourges.") == {"CGT": "ORG", "FO": "ORG", "Bourges": "LOC"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Les manifestants ont marché vers l'Assemblée nationale sous la pluie.", "Assemblée nationale"),
        ("Des heurts ont eu lieu aux abords du Sénat samedi soir.", "Sénat"),
        ("Les rassemblements sont interdits dans les rues proches du Palais de l'Élysée.", "Palais de l'Élysée"),
        ("Le cortège a bifurqué vers la préfecture du Cher vers midi.", "préfecture du Cher"),
        ("Une centaine de manifestants se sont rassemblés samedi devant la préfecture de la Somme.",
         "préfecture de la Somme"),
        ("Les gilets jaunes ont prévu un pique-nique devant la mairie de Vierzon dimanche midi.", "mairie de Vierzon"),
        ("La tension est montée jeudi soir dans la préfecture du Gers, où deux voitures ont brûlé.",
         "préfecture du Gers"),
        ("Des heurts ont éclaté près de la préfecture de l'Allier en fin d'après-midi.", "préfecture de l'Allier"),
    ],
)
def test_an_institution_reached_or_neared_is_a_place(text, name):
    assert labelled(text)[name] == "LOC"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Un conseiller proche de l'Assemblée nationale a démenti l'information.", "Assemblée nationale"),
        ("L'Assemblée nationale a adopté le texte, le Sénat votera vers la fin du mois.", "Sénat"),
        ("L'Assemblée nationale a adopté la loi mardi. Le soir, des opposants ont défilé vers l'Assemblée "
         "nationale.", "Assemblée nationale"),
        ("Le ministre a défendu son texte devant le Sénat mardi, puis devant l'Assemblée nationale.", "Sénat"),
        ("La préfecture de la Somme a interdit tout rassemblement samedi à Amiens.", "préfecture de la Somme"),
        ("Le ministère du Travail a reçu les syndicats vers 17 heures.", "ministère du Travail"),
        ("Les retraités ont défilé en direction du ministère de l'Économie, boulevard de Bercy.", "ministère de l'Économie"),
    ],
)
def test_an_institution_that_acts_stays_an_organization(text, name):
    assert labelled(text)[name] == "ORG"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La future Miss France 2020 sera désignée dimanche soir à Caen.", "Miss France"),
        ("Miss Normandie, Léa Morel, a défilé devant le jury du concours.", "Miss Normandie"),
    ],
)
def test_a_beauty_title_is_no_organization(text, name):
    found = labelled(text)
    assert found.get(name) != "ORG"
    assert "TF1" not in text or found["TF1"] == "ORG"


@pytest.mark.parametrize(
    ("text", "name", "cut"),
    [
        ("Le porte-parole du collectif Épargnons-les, Marc Talon, dénonce les tirs de grenades.", "Épargnons-les",
         "Épargnons"),
        ("La présidente du collectif Soignons-les, Léa Morin, réclame une enquête.", "Soignons-les", "Soignons"),
        ("Le collectif Épargnons-les a recensé quarante blessés depuis novembre.", "Épargnons-les", "Épargnons"),
    ],
)
def test_a_collective_named_by_an_imperative_keeps_its_pronoun(text, name, cut):
    found = labelled(text)
    assert found.get(name) == "ORG"
    assert cut not in found


def test_a_pronoun_that_opens_a_noun_phrase_stays_out_of_the_name():
    found = labelled("Le groupe Facebook-les amis de Rennes a été fermé lundi.")
    assert found.get("Facebook") == "ORG"
    assert "Facebook-les" not in found
