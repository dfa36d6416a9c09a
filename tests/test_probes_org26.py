"""Probe sentences of round 13 (org26: organizations of politics and the state), written for these tests in
press style (fictional or common facts), one class per test: ministries named by coordinated portfolios, local
branches of acronym bodies with their place, police units named by a noun and its complement, Québec public
bodies, UN bodies named by their purpose, an institution the NER runs on from over a verb and its object. The
whole probe file is tests/probes/org26.jsonl."""

import pytest

import pressfacts


def orgs(text: str) -> dict[str, list[str]]:
    entities = pressfacts.extract(text, published="2019-01-10").entities
    return {e.name: [m.text for m in e.mentions] for e in entities if e.label == "ORG"}


def forms(text: str) -> set[str]:
    return {f for name, mentions in orgs(text).items() for f in (name, *mentions)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le ministère de l'Enseignement supérieur, de la Recherche et de l'Innovation a annoncé une hausse des "
         "frais d'inscription.", "ministère de l'Enseignement supérieur, de la Recherche et de l'Innovation"),
        ("Le ministère de l'Europe et des Affaires étrangères a déconseillé tout déplacement dans la région.",
         "ministère de l'Europe et des Affaires étrangères"),
        ("Le ministère des Solidarités et de la Santé a lancé une campagne de vaccination.",
         "ministère des Solidarités et de la Santé"),
        ("Le ministère de l'Agriculture, de l'Alimentation et de la Forêt conteste ces chiffres.",
         "ministère de l'Agriculture, de l'Alimentation et de la Forêt"),
    ],
)
def test_a_ministry_keeps_all_its_coordinated_portfolios_even_before_its_verb(text, name):
    assert name in orgs(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Selon un avis du ministère de l'Intérieur et du Conseil d'État, la mesure est légale.",
         {"ministère de l'Intérieur", "Conseil d'État"}),
        ("La lettre du ministère de l'Intérieur et de la SNCF est arrivée lundi.", {"ministère de l'Intérieur", "SNCF"}),
    ],
)
def test_another_body_after_et_is_no_portfolio(text, names):
    assert names <= set(orgs(text))


def test_a_lowercase_second_noun_before_a_verb_is_a_second_subject():
    assert "commission des lois" in orgs("La commission des lois et des députés ont voté contre le texte.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La CAF de la Gironde versera la prime d'activité dès février.", "CAF de la Gironde"),
        ("La CPAM de Seine-Saint-Denis a détecté une fraude de grande ampleur.", "CPAM de Seine-Saint-Denis"),
        ("L'Urssaf d'Île-de-France a lancé une campagne de contrôles.", "Urssaf d'Île-de-France"),
        ("L'APC de Bab El Oued a lancé une opération de nettoyage des quartiers.", "APC de Bab El Oued"),
    ],
)
def test_the_local_branch_of_an_acronym_body_is_named_with_its_place(text, name):
    assert name in orgs(text)


def test_an_acronym_body_takes_no_common_noun_as_its_place():
    assert "CHU de référence" not in forms("Le CHU de référence pour la région reste celui de Rennes.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La brigade de répression du banditisme a interpellé le braqueur présumé.",
         "brigade de répression du banditisme"),
        ("Confiée à la brigade de protection des mineurs, l'enquête devra établir les faits.",
         "brigade de protection des mineurs"),
    ],
)
def test_a_brigade_is_named_by_a_noun_and_its_complement(text, name):
    assert name in orgs(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("La Sûreté du Québec a ouvert une enquête sur la mort du motocycliste.", {"Sûreté du Québec"}),
        ("Revenu Québec réclame 3 millions de dollars à l'entrepreneur.", {"Revenu Québec"}),
        ("Emploi-Québec a financé la formation de 300 travailleurs. Revenu Québec a pour sa part récupéré 2 "
         "millions.", {"Emploi-Québec", "Revenu Québec"}),
        ("Retraite Québec a versé les prestations en retard, reconnaît l'organisme.", {"Retraite Québec"}),
        ("Le Bloc québécois et le NPD ont voté contre la motion libérale.", {"Bloc québécois", "NPD"}),
        ("Le Rassemblement national démocratique – RND – a désigné un nouveau secrétaire général.",
         {"Rassemblement national démocratique"}),
    ],
)
def test_quebec_public_bodies_and_parties_are_organizations(text, names):
    assert names <= forms(text)
    assert "Rassemblement national" not in orgs(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le Haut-Commissariat des Nations unies pour les réfugiés (HCR) a dénoncé les expulsions.",
         "Haut-Commissariat des Nations unies pour les réfugiés"),
        ("Le Fonds des Nations unies pour l'enfance alerte sur la malnutrition au Sahel.",
         "Fonds des Nations unies pour l'enfance"),
        ("Le Haut-Commissariat des Nations unies aux droits de l'homme réclame une enquête indépendante.",
         "Haut-Commissariat des Nations unies aux droits de l'homme"),
        ("L'Organisation des Nations unies pour l'alimentation et l'agriculture alerte sur les criquets.",
         "Organisation des Nations unies pour l'alimentation et l'agriculture"),
    ],
)
def test_a_un_body_is_named_with_its_purpose(text, name):
    assert name in orgs(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("La Cour des comptes critique la gestion de la DGSI.", {"Cour des comptes", "DGSI"}),
        ("La Caisse des dépôts financera la moitié du projet.", {"Caisse des dépôts"}),
    ],
)
def test_an_institution_stops_before_a_verb_and_its_object(text, names):
    found = orgs(text)
    assert set(found) == names
