"""Figure rules over French phrasings (digits with French separators, words, ranges, qualifiers)."""

import pytest

from pressfacts.figures import FigureWords, find_numbers, qualifier_before

WORDS = FigureWords.from_path("figure_words.jsonl")


def figures_of(nlp, text):
    doc = nlp(text)
    return [(f["value"], f["value_max"], f["unit"], f["qualifier"]) for f in doc._.figures]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Au total, 23 051 procédures judiciaires ont été ouvertes.", (23051, None, "procédures judiciaires", "exact")),
        ("Le site a été lancé il y a près de 20 ans.", (20, None, "ans", "approx")),
        ("Le chantier coûtera entre 3 et 4 millions d'euros.", (3000000, 4000000, "euros", "exact")),
        ("Les victimes sont suivies depuis plus d'une décennie.", (1, None, "décennie", "more_than")),
        ("Pas moins de 23.051 procédures judiciaires ont été ouvertes.", (23051, None, "procédures judiciaires", "at_least")),
        ("Le site touchait près de 480 victimes.", (480, None, "victimes", "approx")),
        ("Plus de 23 000 procédures ont été engagées.", (23000, None, "procédures", "more_than")),
        ("Au total, 70 parquets ont transmis des dossiers.", (70, None, "parquets", "exact")),
        ("Le site comptabilisait 500 000 visites par mois.", (500000, None, "visites par mois", "exact")),
        ("Le budget atteint 1,5 million d'euros.", (1500000, None, "euros", "exact")),
        ("Les prix ont augmenté de 3,2 % en un an.", (3.2, None, "%", "exact")),
        ("Un groupe de sept adolescents a été interpellé.", (7, None, "adolescents", "exact")),
        ("Onze hommes seront jugés à Valenciennes.", (11, None, "hommes", "exact")),
        ("Une cinquantaine d'hommes seront jugés.", (50, None, "hommes", "approx")),
        ("Le site a été lancé il y a deux décennies.", (2, None, "décennies", "exact")),
        ("Les accusés sont âgés de 25 à 60 ans.", (25, 60, "ans", "exact")),
        ("Deux mineurs, âgés de 14 et 15 ans, ont été arrêtés.", (14, 15, "ans", "exact")),
        ("Philippe, 22 ans, est mort.", (22, None, "ans", "exact")),
        ("Un peu plus de 23 000 dossiers ont été recensés.", (23000, None, "dossiers", "more_than")),
        ("Au moins trois cent mille personnes ont manifesté.", (300000, None, "personnes", "at_least")),
        ("Plus d'une centaine de manifestants étaient présents.", (100, None, "manifestants", "more_than")),
        ("Une vingtaine de policiers ont été mobilisés.", (20, None, "policiers", "approx")),
        ("Environ 250 sapeurs-pompiers sont intervenus.", (250, None, "sapeurs-pompiers", "approx")),
        ("Moins de douze heures ont suffi.", (12, None, "heures", "less_than")),
        ("Il a versé jusqu'à 7 900 euros.", (7900, None, "euros", "at_most")),
        ("Le préjudice est estimé à 18,5 millions d'euros.", (18500000, None, "euros", "exact")),
        ("Il y avait deux cent quarante-trois oiseaux.", (243, None, "oiseaux", "exact")),
        ("Trois autres personnes ont été entendues.", (3, None, "autres personnes", "exact")),
        ("Les douaniers ont saisi 1,4 tonne de cocaïne.", (1.4, None, "tonne", "exact")),
    ],
)
def test_figure_phrasings(nlp, sentence, expected):
    assert expected in figures_of(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Créée en 2003, la plateforme a fermé.",  # a year
        "Il y a deux ans, la ville a voté.",  # the amount of a date
        "Il a appelé le 17 depuis une cabine.",  # a reference
        "Le 16 avril 2024, il est mort.",  # day number and year inside a date
        "Il parlait avec une certaine Camille2009.",  # pseudonym
        "C'est le premier site de tchat gratuit.",  # ordinal
        "Il est arrivé 1er de la course.",  # ordinal in digits
        "Le problème, c'est que 1) il n'y a pas de filtre.",  # list marker
        "Il écoute Europe 1 chaque matin.",  # a name
        "Un jeune homme a été tué.",  # article, not a count
        "Tous deux ont été mis en examen.",  # pronoun
        "Voir l'article 12 du code pénal.",  # reference number
    ],
)
def test_not_figures(nlp, sentence):
    assert figures_of(nlp, sentence) == []


def test_figure_offsets_and_text(nlp):
    text = "Selon le parquet, près de 480 victimes ont été recensées."
    doc = nlp(text)
    (fig,) = doc._.figures
    assert fig["text"] == "près de 480 victimes" == text[fig["start"] : fig["end"]]
    assert [s.text for s in doc.spans["figures"]] == ["près de 480 victimes"]


def test_number_finder_and_qualifier_are_pure():
    numbers = find_numbers("Il y a 23 051 dossiers et vingt-trois mille plaintes.", WORDS)
    assert [n.value for n in numbers] == [23051, 23000]
    assert qualifier_before("un peu plus de ", 15, WORDS) == ("more_than", 0)
    assert qualifier_before("il compte ", 10, WORDS) == ("exact", 10)
