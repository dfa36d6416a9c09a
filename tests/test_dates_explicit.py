"""Explicit date forms: day ranges with or without "du" and month, numeric dates in every order and separator,
two-digit and comma years, month abbreviations. Sentences written for these tests."""

import pytest

from pressfacts.components.dates import extract_dates


def found(text, published):
    dates, _ref, _inferred = extract_dates(text, published)
    return [(d.text, d.value) for d in dates]


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("Le salon du livre se tiendra 9 au 11 octobre à Brive.", "2023-09-01",
         [("9 au 11 octobre", "2023-10-09/2023-10-11")]),
        ("Programme : 22-24 août, sous le grand chapiteau.", "2022-07-10",
         [("22-24 août", "2022-08-22/2022-08-24")]),
        ("Les fouilles ont eu lieu 3 - 17 nov. 2019 sur le site.", "2021-02-01",
         [("3 - 17 nov. 2019", "2019-11-03/2019-11-17")]),
        ("La grève a duré du 12e au 14 mai, puis a repris.", "2021-06-01",
         [("du 12e au 14 mai", "2021-05-12/2021-05-14")]),
        ("La braderie aura lieu samedi 6 au dimanche 7 septembre.", "2025-08-20",
         [("samedi 6 au dimanche 7 septembre", "2025-09-06/2025-09-07")]),
        ("Le tournoi se jouera 2 jusqu'au 5 juin.", "2024-05-02", [("2 jusqu'au 5 juin", "2024-06-02/2024-06-05")]),
    ],
)
def test_day_ranges_without_opener_or_with_ordinals(sentence, published, expected):
    assert found(sentence, published) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("Exposition ouverte 28 mars au 4 mai, entrée libre.", "2024-03-01",
         [("28 mars au 4 mai", "2024-03-28/2024-05-04")]),
        ("Travaux sur la ligne 4 : 2 janvier - 16 février 2026.", "2025-12-01",
         [("2 janvier - 16 février 2026", "2026-01-02/2026-02-16")]),
        # "et" without "entre": two days, not an interval.
        ("Il a voté le 3 mai et le 5 juin.", "2024-07-01", [("le 3 mai", "2024-05-03"), ("le 5 juin", "2024-06-05")]),
    ],
)
def test_two_full_days_joined_by_au_or_a_dash(sentence, published, expected):
    assert found(sentence, published) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("Les soldes se poursuivent du 8 au 21, précise la chambre de commerce.", "2025-01-05",
         [("du 8 au 21", "2025-01-08/2025-01-21")]),
        ("La piscine ferme entre le 3 et le dix.", "2024-02-01", [("entre le 3 et le dix", "2024-02-03/2024-02-10")]),
        # Not days: an age bracket, a rank, a range going down.
        ("Le dispositif vise les jeunes du 16 au 25 ans.", "2025-01-05", []),
        ("L'équipe a glissé du 4e au 9e rang.", "2025-01-05", []),
        ("La cote est passée du 12 au 5.", "2025-01-05", []),
    ],
)
def test_day_ranges_without_month_take_the_reference_month(sentence, published, expected):
    assert found(sentence, published) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("Inscriptions closes au 28/02, selon le rectorat.", "2024-01-10", [("au 28/02", "2024-02-28")]),
        ("Vente de vêtements 05/4 au gymnase.", "2024-03-20", [("05/4", "2024-04-05")]),
        ("Collecte de sang 19/3 salle Jean-Moulin.", "2024-03-01", [("19/3", "2024-03-19")]),
        ("Réunion publique 09/11, à 20 heures.", "2023-10-30", [("09/11", "2023-11-09")]),
    ],
)
def test_day_and_month_in_digits_without_cue(sentence, published, expected):
    assert found(sentence, published) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Le remède réduit de 1/2 le risque, selon l'étude.",
        "Le magasin est désormais ouvert 24/7.",
        "Le film est projeté au format 16/9 puis 21/9.",
        "Le jury lui a attribué 7/10 et 3/4 des votes.",
        "Victoire 2/1 après prolongation.",
        "Source : https://www.exemple.fr/actualites/2019/12/03/la-reforme-en-questions",
        "Le dossier est rangé sous la cote A/15/04/B.",
    ],
)
def test_fractions_scores_and_formats_are_not_dates(sentence):
    assert found(sentence, "2024-03-01") == []


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("Le contrat, signé le 4-9-98, a été dénoncé.", "2024-03-01", [("le 4-9-98", "1998-09-04")]),
        ("Échéance fixée au 30-6-25 par le juge.", "2024-03-01", [("30-6-25", "2025-06-30")]),
        ("Le registre porte la date 2019/11/05.", "2024-03-01", [("2019/11/05", "2019-11-05")]),
        ("Version publiée le 2022.3.14 sur le site.", "2024-03-01", [("le 2022.3.14", "2022-03-14")]),
        ("Le courrier est daté du 03.04.20 selon l'avocat.", "2024-03-01", [("03.04.20", "2020-04-03")]),
        # A phone number and a version are not dates.
        ("Appelez le 06-12-34-56-78 ou installez la 2.3.14.", "2024-03-01", []),
    ],
)
def test_numeric_dates_with_two_digit_years_and_year_first(sentence, published, expected):
    assert found(sentence, published) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("Le syndicaliste est né le 14 août 52.", "2024-03-01", [("le 14 août 52", "1952-08-14")]),
        ("Arrivée en France le 2 févr. 09, elle n'en est plus repartie.", "2024-03-01", [("le 2 févr. 09", "2009-02-02")]),
        ("La loi date du 9 décembre, 1905.", "2024-03-01", [("du 9 décembre, 1905", "1905-12-09")]),
        # A count after the date stays a count.
        ("Le 3 mars 15 personnes ont été interpellées.", "2024-03-10", [("Le 3 mars", "2024-03-03")]),
        ("Le 5 mars, 2000 personnes ont défilé.", "2024-03-10", [("Le 5 mars", "2024-03-05")]),
        ("Le 12 mai 21-18, les Bleus ont gagné.", "2024-06-10", [("Le 12 mai", "2024-05-12")]),
    ],
)
def test_two_digit_and_comma_years_only_at_the_end_of_a_clause(sentence, published, expected):
    assert found(sentence, published) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("Clôture des candidatures le 10 fev 2025.", "2024-12-01", [("le 10 fev 2025", "2025-02-10")]),
        ("Dernière séance le 1er jan. à la mairie.", "2024-12-01", [("le 1er jan.", "2025-01-01")]),
    ],
)
def test_month_abbreviations(sentence, published, expected):
    assert found(sentence, published) == expected
