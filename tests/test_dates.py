"""Date rules: finding (no false dates) and ISO normalization against a publication date."""

import pytest

from pressfacts.dates import PartialDate, extract_dates, resolve_day_month, resolve_weekday


def dates_of(text, published="2024-06-25"):
    found, _ref, _inferred = extract_dates(text, published)
    return [(d.text, d.value, d.granularity) for d in found]


@pytest.mark.parametrize(
    ("sentence", "published", "text", "value", "granularity"),
    [
        ("Le 16 avril 2024, Philippe est mort.", None, "Le 16 avril 2024", "2024-04-16", "day"),
        ("Le drame a eu lieu dans la nuit du 15 avril 2024.", None, "dans la nuit du 15 avril 2024", "2024-04-15", "day"),
        ("Le parquet a annoncé, le mardi 25 juin, la fermeture.", "2024-06-27", "le mardi 25 juin", "2024-06-25", "day"),
        ("Les enquêteurs ont procédé, mardi [25 juin] à l'audition.", "2024-06", "mardi [25 juin]", "2024-06-25", "day"),
        ("Une enquête a été ouverte en décembre dernier.", "2024-06-25", "décembre dernier", "2023-12", "month"),
        ("Le parquet annonce ce mardi la fermeture.", "2024-06-25", "ce mardi", "2024-06-25", "day"),
        ("Le parquet a annoncé mardi la fermeture.", "2024-06-27", "mardi", "2024-06-25", "day"),
        ("Créée en 2003, cette plateforme a grandi.", None, "2003", "2003", "year"),
        ("Une enquête a été ouverte en décembre 2023.", None, "décembre 2023", "2023-12", "month"),
        ("Un homme a été agressé à Marseille début octobre 2023.", None, "début octobre 2023", "2023-10", "month"),
        ("Il y a deux ans, la ville avait connu une crue.", "2025-09-18", "Il y a deux ans", "2023", "year"),
        ("Le site a été lancé il y a deux ans.", "2024-06-25", "il y a deux ans", "2022", "year"),
        ("Il y a trois mois, le directeur a démissionné.", "2025-03-14", "Il y a trois mois", "2024-12", "month"),
        ("L'audience s'est tenue le 03/02/2025 à Rennes.", None, "le 03/02/2025", "2025-02-03", "day"),
        ("Le dossier remonte à l'automne 2021.", None, "l'automne 2021", "2021", "year"),
        ("Le 25 décembre, l'église était pleine.", "2025-01-10", "Le 25 décembre", "2024-12-25", "day"),
        ("Le 15 janvier, le verdict sera rendu.", "2024-12-20", "Le 15 janvier", "2025-01-15", "day"),
        ("L'an dernier, les effectifs ont baissé.", "2025-09-18", "L'an dernier", "2024", "year"),
        ("Il est revenu lundi dernier.", "2024-06-25", "lundi dernier", "2024-06-24", "day"),
        ("Le verdict est attendu mardi prochain.", "2024-06-25", "mardi prochain", "2024-07-02", "day"),
        ("Le procès s'ouvrira le 2 septembre prochain.", "2024-04-25", "le 2 septembre prochain", "2024-09-02", "day"),
        ("Les travaux reprendront mi-juillet.", "2024-06-25", "mi-juillet", "2024-07", "month"),
        ("Le chantier sera fini fin 2023.", "2023-02-01", "fin 2023", "2023", "year"),
        ("Il a été arrêté hier.", "2024-06-25", "hier", "2024-06-24", "day"),
        ("Le jugement est attendu le 12 décembre.", "2025-10-07", "le 12 décembre", "2025-12-12", "day"),
        ("Le procès s'ouvre ce jeudi 25 avril à Valenciennes.", "2024-04", "ce jeudi 25 avril", "2024-04-25", "day"),
        ("Le 1er mai 2024, ils ont défilé.", None, "Le 1er mai 2024", "2024-05-01", "day"),
        ("Depuis 2019, le site est surveillé.", None, "2019", "2019", "year"),
        ("Cette année, les inscriptions progressent.", "2025-09-18", "Cette année", "2025", "year"),
        ("Le mois dernier, la police a enquêté.", "2025-09-18", "Le mois dernier", "2025-08", "month"),
        ("La crue de décembre 1999 reste dans les mémoires.", None, "décembre 1999", "1999-12", "month"),
    ],
)
def test_date_phrasings(sentence, published, text, value, granularity):
    assert (text, value, granularity) in dates_of(sentence, published)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Entre le 1er janvier 2021 et le 7 mai 2024, 23 051 procédures ont été ouvertes.", "2021-01-01/2024-05-07"),
        ("Entre janvier 2021 et mai 2024, le parquet a compté les procédures.", "2021-01/2024-05"),
        ("Entre 2019 et 2021, les plaintes ont doublé.", "2019/2021"),
        ("Le festival a lieu du 3 au 7 juillet 2025.", "2025-07-03/2025-07-07"),
        ("De 2015 à 2020, il a dirigé le service.", "2015/2020"),
    ],
)
def test_intervals(sentence, value):
    found = dates_of(sentence)
    assert [(v, g) for _t, v, g in found] == [(value, "interval")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Philippe, 22 ans, est mort.",
        "Le site a été lancé il y a près de 20 ans.",  # approximate: a figure, not a date
        "Lancé il y a deux décennies, le site a fermé.",
        "Il a retrouvé sa mère, à sa demande.",
        "Deux mineurs de 14 et 15 ans ont été mis en examen.",
        "Le site comptait 500 000 visites par mois.",
        "Il a donné rendez-vous à Camille2009 sur le site.",
        "Le premier site de tchat gratuit.",
    ],
)
def test_no_false_dates(sentence):
    assert dates_of(sentence) == []


def test_relative_flag_and_unresolvable():
    found, ref, inferred = extract_dates("Le parquet annonce ce mardi la fermeture, décidée en 2003.", "2024-06")
    by_text = {d.text: d for d in found}
    # Only the month of publication is known: "ce mardi" cannot be placed, and says so with a null value.
    assert by_text["ce mardi"].value is None and by_text["ce mardi"].relative is True
    assert by_text["2003"].value == "2003" and by_text["2003"].relative is False
    assert (ref, inferred) == ("2024-06", False)


def test_publication_date_inferred_from_latest_explicit_date():
    text = "Le drame a eu lieu dans la nuit du 15 avril 2024. Le parquet a annoncé, le mardi 25 juin, la fermeture."
    found, ref, inferred = extract_dates(text, None)
    assert inferred is True
    # The day-month "mardi 25 juin" fits 2024 (a Tuesday) and is later than 15 April 2024.
    assert ref == "2024-06-25"
    assert [d.value for d in found] == ["2024-04-15", "2024-06-25"]


def test_no_publication_date_and_no_explicit_year():
    found, ref, inferred = extract_dates("Il est arrivé ce mardi.", None)
    assert ref is None and inferred is False and found[0].value is None


def test_pure_resolvers():
    ref = PartialDate(2024, 6, 25)  # a Tuesday
    assert resolve_weekday(1, ref).iso() == "2024-06-25"
    assert resolve_weekday(0, ref, -1).iso() == "2024-06-24"
    assert resolve_weekday(4, ref, 0).iso() == "2024-06-21"
    # A weekday that only fits the year before: 25 June was a Sunday in 2023.
    assert resolve_day_month(25, 6, PartialDate(2024, 1, 10), weekday=6).iso() == "2023-06-25"
    assert PartialDate.parse("2024-06-25T10:00:00+02:00") == ref
