"""Organizations: clubs in sports reports, acronyms the NER misses, names it wrongly calls organizations.
Sentences written for these tests."""

import pytest

import pressfacts


def labels(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.name) for e in pressfacts.extract(text).entities}


@pytest.mark.parametrize(
    ("text", "club"),
    [
        # a town after a club's noun and "de"
        ("Le match a mal tourné. Un supporter de Charleroi a été interpellé après la rencontre.", "Charleroi"),
        ("Derby tendu au stade. Les joueurs de Bastia ont quitté la pelouse à la mi-temps.", "Bastia"),
        # a town right before a match verb
        ("Classement après la 12e journée : Rodez devance Pau d'un point avant le match de samedi.", "Rodez"),
        # a town before its points in a standings list
        ("Le classement du championnat : 1. Quimper 31 pts, 2. Vannes 29 pts, 3. Lorient 27 pts.", "Vannes"),
        # a town listed with a team
        ("Au stade, le match nul arrange tout le monde : Niort a battu Laval et Orléans, sans gagner de place.",
         "Orléans"),
        # a town glued to the club's acronym
        ("Le derby de la 20e journée a tourné court : le Paris FC a encaissé trois buts.", "Paris FC"),
    ],
)
def test_towns_named_as_teams_in_a_sports_report(text, club):
    assert ("ORG", club) in labels(text)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Un habitant de Charleroi a été interpellé après une bagarre devant la gare.", "Charleroi"),
        ("Le maire de Vannes a inauguré la médiathèque, suivi par les élus de Lorient.", "Vannes"),
        ("Une victoire de Quimper aux élections ? Les militants de Quimper y croient.", "Quimper"),
    ],
)
def test_towns_stay_places_outside_sports(text, town):
    assert ("LOC", town) in labels(text)


def test_a_country_stays_a_place_in_a_sports_report():
    found = labels("Match amical : les joueurs de Belgique ont gagné 2-1, l'entraîneur de Belgique exulte.")
    assert ("LOC", "Belgique") in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Les responsables de l'UNEF ont été reçus au rectorat mardi.", "UNEF"),
        ("Le rapport de la FNSEA sera publié en mars.", "FNSEA"),
        ("La direction de l'ANSM a retiré le médicament.", "ANSM"),
    ],
)
def test_acronyms_the_ner_missed_after_a_determiner(text, name):
    assert ("ORG", name) in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Les acteurs de l'économie circulaire locale (ECL) se réunissent ; l'ECL emploie mille personnes.",
        "Les locataires de l'HLM du quartier attendent la rénovation.",
        "Une aide aux PME et une analyse des ADN ont été annoncées.",
    ],
)
def test_acronyms_of_common_nouns_are_no_organizations(text):
    assert not {name for label, name in labels(text) if label == "ORG"}


def test_a_seat_of_power_speaks_when_on_says_it_there():
    assert ("ORG", "Bercy") in labels("Aucune hausse n'est prévue, assure-t-on à Bercy.")
    assert ("ORG", "Matignon") in labels("La réforme sera reportée, a-t-on appris à Matignon.")
    assert ("LOC", "Matignon") in labels("Les syndicats sont arrivés à Matignon vers midi.")


def test_a_brand_and_its_group_are_two_organizations():
    found = labels("Les magasins Bricomarché du groupe Intermarché ferment le dimanche.")
    assert {("ORG", "Bricomarché"), ("ORG", "groupe Intermarché")} <= found


@pytest.mark.parametrize(
    ("text", "label", "name"),
    [
        ("« L'Écosse n'a jamais voulu de cette loi », dit le député.", "LOC", "Écosse"),
        ("Le chef de la droite Laurent Wauquiez a critiqué le projet ; M. Wauquiez insiste.", "PER", "Laurent Wauquiez"),
        ("La chaîne appartient au groupe Casino (famille Naouri) depuis 2010.", "MISC", "Naouri"),
        ("Sous la IVe République, les gouvernements tombaient vite.", "MISC", "IVe République"),
        ("Elle enseigne au Trinity College depuis dix ans.", "ORG", "Trinity College"),
    ],
)
def test_names_the_ner_wrongly_calls_organizations(text, label, name):
    assert (label, name) in labels(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Le collectif "Vélo pour tous" organise une parade dimanche.', "Vélo pour tous"),
        ("Une plainte de l'association « Les Amis du canal » a été déposée.", "Les Amis du canal"),
        ('Le rassemblement, lancé par le collectif "la Moselle debout", a réuni du monde.', "Moselle debout"),
    ],
)
def test_quoted_names_after_an_organization_noun(text, name):
    assert ("ORG", name) in labels(text)


def test_a_lowercase_quoted_slogan_after_a_cue_is_no_name():
    found = labels('Le groupe « on ne lâche rien » compte mille membres.')
    assert not {name for label, name in found if label == "ORG"}


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Le Racing de Lens a battu Brest 2-0 au terme d'un match fermé.", "Racing de Lens"),
        ("Derby au stade : le Standard de Liège a perdu 1-3, son entraîneur fulmine.", "Standard de Liège"),
    ],
)
def test_clubs_named_by_a_club_word_and_a_town(text, club):
    assert ("ORG", club) in labels(text)


def test_a_stadium_named_after_a_country_stays_a_place():
    found = labels("Le match s'est joué au Stade de France devant 80 000 supporters, score final 2-0.")
    assert ("LOC", "Stade de France") in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Les forfaits de Free, Orange et Sosh augmentent en avril.", "Sosh"),
        ("Il a travaillé pour Renault, Stellantis et Valeo avant de fonder sa société.", "Valeo"),
    ],
)
def test_a_name_listed_with_companies_is_one(text, name):
    assert ("ORG", name) in labels(text)


def test_taxes_listed_with_organizations_stay_things():
    found = labels("La CSG, selon l'Insee et la TVA, pèse sur les ménages.")
    assert ("MISC", "CSG") in found and ("MISC", "TVA") in found


def test_a_common_noun_listed_with_an_organization_stays_one():
    found = labels("Policiers et CRS ont encadré le cortège jusqu'à la gare.")
    assert ("ORG", "Policiers") not in found
