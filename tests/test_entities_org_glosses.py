"""Organizations: acronyms glossed in lowercase words right after them are common nouns, not organizations.
Sentences written for these tests (fictional names)."""

import pytest

import pressfacts


def orgs(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in pressfacts.extract(text).entities if e.label == "ORG"}


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("Nadia Belkacem assurait le MO [maintien de l’ordre] à Lyon, explique-t-elle au Progrès.", "MO"),
        ("Le capitaine Rémi Anton a dirigé le MO (maintien de l’ordre) samedi à Nantes.", "MO"),
        ("Le PLU (plan local d’urbanisme) de Vannes a été voté lundi, indique Ouest-France.", "PLU"),
        ("Les élus ont voté le PLU [plan local d’urbanisme] lundi soir, raconte Yann Le Goff.", "PLU"),
    ],
)
def test_an_acronym_glossed_after_it_in_lowercase_words_is_no_organization(text, acronym):
    assert acronym not in orgs(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le CNRS (Centre national de la recherche scientifique) a publié mardi une étude sur la pêche.", "CNRS"),
        ("La CGT (confédération générale du travail) appelle à la grève jeudi à Brest, a déclaré Paul Tanguy.",
         "CGT"),
        ("Le SDIS (service départemental d’incendie et de secours) du Gard a envoyé 40 pompiers.", "SDIS"),
    ],
)
def test_an_acronym_glossed_by_a_name_or_an_institution_stays_an_organization(text, name):
    assert any(name == n or name in ms for n, ms in orgs(text).items())


@pytest.mark.parametrize(
    ("text", "name", "description"),
    [
        ("Le parti centriste Union des démocrates a rejoint la majorité, selon Paul Renaud.",
         "Union des démocrates", "parti centriste"),
        ("Le syndicat agricole Terres Unies de Marc Leroy bloque la route depuis lundi.", "Terres Unies",
         "syndicat agricole"),
        ("Le parti centriste République des territoires de M. Vallet gagne deux sièges.",
         "République des territoires", "parti centriste"),
    ],
)
def test_the_name_after_a_lowercase_description_is_the_organization(text, name, description):
    found = orgs(text)
    assert name in found
    assert description not in found


@pytest.mark.parametrize(
    ("text", "branch"),
    [
        ("La CGT spectacle a déposé un préavis de grève illimitée, selon Marc Dufour.", "CGT spectacle"),
        ("Devant le siège de la CGT cheminots, Julie Roux distribue des tracts.", "CGT cheminots"),
        ("Selon la CFDT cadres, le texte est mauvais, a dit Hélène Masson.", "CFDT cadres"),
        ("La CGT a appelé à la grève, la CGT chômeurs aussi, selon Inès Blanc.", "CGT chômeurs"),
    ],
)
def test_a_confederation_and_a_bare_noun_is_its_branch(text, branch):
    assert branch in orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "La CGT jeudi appelle à manifester, a dit Paul Lenoir.",
        "Les syndicats CGT et FO présents ont quitté la salle, raconte Eva Royer.",
        "La CGT majoritaire chez Renault a signé, selon Marc Dufour.",
    ],
)
def test_a_date_an_adjective_or_a_shared_agreement_makes_no_branch(text):
    assert all(" " not in name for name in orgs(text) if name.startswith(("CGT", "FO")))
