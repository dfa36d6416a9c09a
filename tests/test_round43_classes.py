"""Round 43 classes, from the dev half of fresh43 (24 more real articles keyed blind for organizations and dates),
each reproduced first in sentences of our own:
- a role in the plural ("les ministres de l'Intérieur et de la Transition écologique", "les secrétaires d'État")
  is two roles, no body: roles opening on a plural_role row ("ministre", "secrétaire") take their plural (not every
  role: "les Témoins de Jéhovah" stays the organization, "les gendarmes de l'Élysée" the presidency's);
- "sous les fenêtres de Bercy", where a march ends, is the building, a place;
- "l'agence de presse", "les agences de notation" with no name name no agency;
- a directorate-general by its acronym ("la DGFIP", "la DGCCRF") is an organization, which the NER often calls a thing;
- a lowercase institution in apposition right after a name ("selon la Fnaim, fédération des agents immobiliers,")
  describes that name: the name is the organization, the description no second one. Held-out counts (round 43, as
  counts only) showed lowercase-head organizations to be the main false ones on unseen articles (33 of 88 with no
  gold organization near them), against 3 on the dev halves rules were written from."""

from __future__ import annotations

import pytest

from extracting import entity_labels, organization_names


@pytest.mark.parametrize("text", [
    "Le président a réuni les ministres de l'Intérieur et de la Transition écologique dimanche soir.",
    "Les ministres des Finances de la zone euro se retrouvent lundi à Bruxelles.",
    "Les secrétaires d'État au Numérique et aux Transports ont signé la charte.",
    "Les ministres chargés des Transports et du Logement recevront les élus mardi.",
])
# (left: a run-on span of the NER past the portfolio, "les ministres de l'Économie de la zone euro", in either number)
def test_a_plural_role_is_no_organization(text):
    assert organization_names(text) == set()


@pytest.mark.parametrize(("text", "names"), [
    ("Les Témoins de Jéhovah ont loué la salle des fêtes pour leur congrès.", {"Témoins de Jéhovah"}),
    ("Les gendarmes de l'Élysée ont été mobilisés toute la nuit.", {"Élysée"}),
    ("Les avocats de Renault ont aussitôt fait appel.", {"Renault"}),
])
def test_plural_nouns_that_are_no_portfolio_roles_keep_their_organizations(text, names):
    assert organization_names(text) == names


def test_a_seat_under_whose_windows_a_march_ends_is_the_place():
    labels = entity_labels("Les retraités ont terminé leur défilé sous les fenêtres de Bercy, en milieu d'après-midi.")
    assert labels.get("Bercy") == "LOC"
    assert entity_labels("Sous les fenêtres de Matignon, les syndicats ont déployé leurs banderoles.").get("Matignon") == "LOC"


def test_a_prefecture_under_whose_windows_a_crowd_shouts_is_the_place():
    labels = entity_labels("Une centaine de lycéens ont crié sous les fenêtres de la préfecture du Finistère.")
    assert labels.get("préfecture du Finistère") == "LOC"
    # (left: "sous les fenêtres du ministère de la Santé" stays the ministry, as "aux abords du ministère" does)


def test_a_seat_that_acts_stays_the_institution():
    assert entity_labels("Bercy a publié mardi ses prévisions de recettes.").get("Bercy") == "ORG"


@pytest.mark.parametrize("text", [
    "Trois commerçants ont confirmé à l'agence de presse qu'ils avaient reçu la consigne.",
    "Les agences de notation surveillent de près la dette française.",
])
def test_an_agency_with_no_name_is_no_organization(text):
    assert organization_names(text) == set()


def test_an_agency_named_after_its_kind_stays():
    assert organization_names("L'agence de presse Reuters a confirmé l'information dans la soirée.") == {"Reuters"}
    # "presse" completes other bodies' names
    assert organization_names("Le syndicat de la presse hebdomadaire régionale dénonce la hausse du papier.") \
        == {"syndicat de la presse hebdomadaire régionale"}


@pytest.mark.parametrize(("text", "names"), [
    ("Selon la Fnaim, fédération des agents immobiliers, les ventes reculent de 4 % sur un an.", {"Fnaim"}),
    ("Selon l'Ania, fédération du secteur, les pertes atteignent 500 millions d'euros.", {"Ania"}),
    ("L'IGPN, la « police des polices », a été saisie 81 fois depuis novembre.", {"IGPN"}),
    ("Le texte est soutenu par la FNSEA, le principal syndicat agricole.", {"FNSEA"}),
    ("La Fnaim, la fédération des agents immobiliers, publie ses chiffres chaque trimestre.", {"Fnaim"}),
])
def test_a_lowercase_institution_apposed_to_a_name_describes_it(text, names):
    assert organization_names(text) == names


@pytest.mark.parametrize(("text", "names"), [
    # a list: the lowercase one is an organization of its own
    ("La CGT, la fédération des mines et FO appellent à la grève jeudi.", {"CGT", "fédération des mines", "FO"}),
    # the clause's subject after a fronted phrase, with its own apposition
    ("Selon la CGT, la commission des finances, réunie lundi, a tranché.", {"CGT", "commission des finances"}),
    ("À Rennes, la commission des finances, réunie lundi, a tranché.", {"commission des finances"}),
    # (the review's faults, in our words) a name inside a fronted phrase; lists with the lowercase one inside or last
    ("Sollicité par Mediapart, le parquet de Nantes, saisi mardi, n'a pas commenté.", {"Mediapart", "parquet de Nantes"}),
    ("Outre Michelin, le ministère de l'Industrie, actionnaire minoritaire, suit le dossier.",
     {"Michelin", "ministère de l'Industrie"}),
    ("La CFDT, la fédération des transports, la confédération paysanne et Sud appellent à défiler.",
     {"CFDT", "fédération des transports", "confédération paysanne", "Sud"}),
    ("L'appel est signé par Attac, la FSU, Solidaires, la ligue des droits de l'homme.",
     {"Attac", "FSU", "Solidaires", "ligue des droits de l'homme"}),
    # (second review) a list going on with common nouns after the lowercase one
    ("Safran, le ministère des Armées, les sous-traitants et les syndicats se verront lundi.",
     {"Safran", "ministère des Armées"}),
    ("Danone, la direction régionale du travail, la préfecture et les élus ont signé l'accord.",
     {"Danone", "direction régionale du travail"}),
    ("L'Ademe, l'agence de la transition écologique, Rennes Métropole et la région financent le projet.",
     {"Ademe", "agence de la transition écologique", "Rennes Métropole"}),
    ("Le Medef, le syndicat patronal, Marseille et Lyon ont signé la charte.", {"Medef", "syndicat patronal"}),
])

def test_a_lowercase_institution_that_is_no_apposition_stays(text, names):
    assert organization_names(text) == names


def test_a_name_the_ruler_knows_keeps_its_canonical_form_when_described():
    # the name the description leaves is the one the ruler gives the party without it
    assert organization_names("LREM, le parti présidentiel, a perdu trois députés en un mois.") \
        == organization_names("LREM a perdu trois députés en un mois.") == {"LREM"}


@pytest.mark.parametrize(("text", "name"), [
    ("La DGFIP examinera au cas par cas les demandes des entreprises en difficulté.", "DGFIP"),
    ("Selon la DGCCRF, trois lots de jouets ont été retirés de la vente.", "DGCCRF"),
])
def test_a_directorate_general_by_its_acronym_is_an_organization(text, name):
    assert entity_labels(text).get(name) == "ORG"


def test_a_deputy_director_general_is_no_directorate():
    assert "DGA" not in entity_labels("Paul Girard, DGA de la métropole, a présenté le budget.")
