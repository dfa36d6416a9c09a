"""Date phrasings the press shares with general-purpose recognizers: the year of a coming day, days written without
their hyphen, a weekday of a named week, months and days counted from the day told before, a day of the month alone;
counts with a half ("il y a un an et demi") and months under a future copula (round 15, dates30: the whole probe set
is tests/probes/dates30.jsonl)."""

import pytest

from dating import pipeline_dates
from pressfacts.components.dates import extract_dates

NOV = "2023-11-14"  # a Tuesday in November: a June, March or October without a year is read at its nearest, past


# ---------------------------------------------------------------- the year of a day under a future verb
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La cour d'appel rendra sa décision le 20 juin.", [("le 20 juin", "2024-06-20")]),
        ("Le prochain sommet européen aura lieu le 7 mars à Bruxelles.", [("le 7 mars", "2024-03-07")]),
        ("L'ancien maire sera jugé le 2 octobre par le tribunal correctionnel.", [("le 2 octobre", "2024-10-02")]),
        ("Nous allons déposer le recours le 15 septembre.", [("le 15 septembre", "2024-09-15")]),
        ("La directrice devra quitter ses fonctions le 30/06.", [("le 30/06", "2024-06-30")]),
        ("Le festival se tiendra du 12 au 14 juillet sur les quais.", [("du 12 au 14 juillet", "2024-07-12/2024-07-14")]),
        # The day after moves with the day it counts from.
        ("Les délégués arriveront le 3 mai et repartiront le lendemain.",
         [("le 3 mai", "2024-05-03"), ("le lendemain", "2024-05-04")]),
    ],
)
def test_day_under_a_future_verb_is_the_coming_one(nlp, text, expected):
    assert pipeline_dates(nlp, text, NOV) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les travaux de la ligne s'achèveront en juin.", [("juin", "2024-06")]),
        ("La consultation se poursuivra jusqu'à mi-septembre.", [("mi-septembre", "2024-09")]),
        # Past months keep their year under a participle, a noun or a conditional; October is too close.
        ("Le texte, adopté en juin, entrera en vigueur en janvier.", [("juin", "2023-06"), ("janvier", "2024-01")]),
        ("Les primes de septembre seront versées avant Noël.", [("septembre", "2023-09"), ("avant Noël", "2023-12-25")]),
        ("Le maire avait annoncé que le chantier reprendrait en juin.", [("juin", "2023-06")]),
        ("Le directeur reviendra fin octobre.", [("fin octobre", "2023-10")]),
    ],
)
def test_month_under_a_future_verb_is_the_coming_one(nlp, text, expected):
    assert pipeline_dates(nlp, text, NOV) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The day hangs on a noun or a participle of its own: the verb in the future does not tell its year.
        ("Les conseillers élus le 12 juin siégeront dès janvier.", ("le 12 juin", "2023-06-12")),
        ("Le règlement adopté le 4 juillet sera appliqué au printemps.", ("le 4 juillet", "2023-07-04")),
        ("Le procès, ouvert le 3 octobre, reprendra la semaine prochaine.", ("le 3 octobre", "2023-10-03")),
        # A conditional may be a past intention; a past verb is past; "depuis" is a start already gone.
        ("Le ministre avait promis qu'il démissionnerait le 15 septembre.", ("le 15 septembre", "2023-09-15")),
        ("La grève a commencé le 20 juin.", ("le 20 juin", "2023-06-20")),
        ("Il restera détenu, comme depuis le 5 septembre.", ("depuis le 5 septembre", "2023-09-05")),
        # Three weeks before publication at most: a dispatch written before its publication day.
        ("La délégation rencontrera le préfet le 30 octobre.", ("le 30 octobre", "2023-10-30")),
    ],
)
def test_day_keeps_its_nearest_year_when_the_future_is_not_its_own(nlp, text, expected):
    assert expected in pipeline_dates(nlp, text, NOV)


# ---------------------------------------------------------------- days written without their hyphen
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les pompiers sont intervenus avant hier soir dans un entrepôt.", [("avant hier", "2023-11-12")]),
        ("Le conseil municipal votera après demain le budget.", [("après demain", "2023-11-16")]),
        ("La route restera fermée jusqu'à apres-demain.", [("apres-demain", "2023-11-16")]),
    ],
)
def test_relative_days_without_hyphen_or_accent(text, expected):
    found, _ref, _inferred = extract_dates(text, NOV)
    assert [(d.text, d.value) for d in found] == expected


# ---------------------------------------------------------------- "le jour suivant", "le mois suivant"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le collège a été évacué le 6 novembre. Le jour suivant, les cours ont repris.",
         [("le 6 novembre", "2023-11-06"), ("Le jour suivant", "2023-11-07")]),
        ("Le vote a eu lieu le 9 novembre ; le jour précédent, les élus avaient débattu.",
         [("le 9 novembre", "2023-11-09"), ("le jour précédent", "2023-11-08")]),
        ("Le chantier a débuté en août 2022 et la grue a été livrée le mois suivant.",
         [("août 2022", "2022-08"), ("le mois suivant", "2022-09")]),
        ("Le mois suivant, la préfecture publiera son bilan.", [("Le mois suivant", "2023-12")]),
        ("Le comité s'est réuni le 28 février 2021, puis le mois suivant.",
         [("le 28 février 2021", "2021-02-28"), ("le mois suivant", "2021-03")]),
        ("Les fouilles ont commencé en 1998 et le site a fermé le mois suivant.",
         [("1998", "1998"), ("le mois suivant", None)]),
        ("Le loyer a augmenté le mois dernier.", [("le mois dernier", "2023-10")]),
    ],
)
def test_next_day_and_month_count_from_the_date_told_before(text, expected):
    found, _ref, _inferred = extract_dates(text, NOV)
    assert [(d.text, d.value) for d in found] == expected


# ---------------------------------------------------------------- a weekday of a named week
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La commission rendra son avis lundi de la semaine prochaine.",
         [("lundi de la semaine prochaine", "2023-11-20")]),
        ("Les syndicats ont été reçus mardi de la semaine dernière.", [("mardi de la semaine dernière", "2023-11-07")]),
        ("Le texte sera examiné vendredi cette semaine.", [("vendredi cette semaine", "2023-11-17")]),
        ("Le cortège est parti jeudi la semaine passée.", [("jeudi la semaine passée", "2023-11-09")]),
    ],
)
def test_weekday_of_a_named_week_is_one_day_of_that_week(text, expected):
    found, _ref, _inferred = extract_dates(text, NOV)
    assert [(d.text, d.value) for d in found] == expected


def test_weekday_before_a_comma_and_a_week_stays_two_dates():
    text = "Il a démissionné lundi, la semaine dernière ayant été trop rude."
    found, _ref, _inferred = extract_dates(text, NOV)
    assert [(d.text, d.value) for d in found] == [("lundi", "2023-11-13"), ("la semaine dernière",
                                                                           "2023-11-06/2023-11-12")]


# ---------------------------------------------------------------- a day of the month alone
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Past: the latest such day on or before publication; future: the next one on or after it.
        ("Les tarifs ont augmenté depuis le 1er.", [("depuis le 1er", "2023-11-01")]),
        ("Les inscriptions étaient closes avant le 20.", [("avant le 20", "2023-10-20")]),
        ("Le parking restera gratuit jusqu'au 30.", [("jusqu'au 30", "2023-11-30")]),
        ("Le rapport sera remis au préfet pour le 5.", [("pour le 5", "2023-12-05")]),
        # "depuis" starts in the past whatever the verb.
        ("Le nouveau tarif s'applique depuis le 3.", [("depuis le 3", "2023-11-03")]),
    ],
)
def test_lone_day_of_the_month_read_by_tense(nlp, text, expected):
    assert pipeline_dates(nlp, text, NOV) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le meneur de jeu porte le 10.",  # a shirt number
        "Le candidat arrive en tête dans le 13.",  # a district
        "Il a voté pour le 12 décembre dernier, a-t-il dit.",  # not alone: an ordinary day
    ],
)
def test_number_after_le_is_not_a_lone_day(text):
    found, _ref, _inferred = extract_dates(text, NOV)
    assert all(d.kind != "lone_day" for d in found)


def test_lone_day_without_tense_stays_unknown(nlp):
    assert pipeline_dates(nlp, "Rendez-vous pour le 27.", NOV) == [("pour le 27", None)]


# ---------------------------------------------------------------- the present of aller
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Je vais rencontrer les maires vendredi.", [("vendredi", "2023-11-17")]),
        ("Nous allons manifester samedi devant la préfecture.", [("samedi", "2023-11-18")]),
    ],
)
def test_aller_before_an_infinitive_is_a_future(nlp, text, expected):
    assert pipeline_dates(nlp, text, NOV) == expected


# ---------------------------------------------------------------- "il y a un an et demi": a half unit, in months
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La ligne de bus a été supprimée il y a un an et demi.", [("il y a un an et demi", "2022-05")]),
        ("Il y a deux ans et demi, la commune comptait 4 000 habitants.", [("Il y a deux ans et demi", "2021-05")]),
        ("La nouvelle gare ouvrira dans un an et demi.", [("dans un an et demi", "2025-05")]),
        ("Nommé voilà trois ans et demi, le directeur s'en va.", [("voilà trois ans et demi", "2020-05")]),
        # Months and a half: 30 days a month, the month the count lands in.
        ("Il y a deux mois et demi, le comité a rendu son avis.", [("Il y a deux mois et demi", "2023-08")]),
        # Durations, and a half week or day, which names no week nor day: nothing.
        ("Il a purgé un an et demi de prison.", []),
        ("Le procès durera deux ans et demi.", []),
        ("Il y a une semaine et demie, le conseil a voté le budget.", []),
    ],
)
def test_count_with_a_half_is_a_month(nlp, text, expected):
    assert pipeline_dates(nlp, text, NOV) == expected


# ---------------------------------------------------------------- a month under a future adjective or "au mois de"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les résultats du concours seront connus en juin.", [("juin", "2024-06")]),
        ("La médiathèque sera accessible au mois de juillet.", [("juillet", "2024-07")]),
        ("Les plans définitifs seront dévoilés au mois de juin.", [("juin", "2024-06")]),
        # Past, or a conditional (which may report a past intention): the nearest month.
        ("Les résultats du concours étaient connus en juin.", [("juin", "2023-06")]),
        ("La médiathèque était accessible au mois de juillet.", [("juillet", "2023-07")]),
        ("Le stade serait prêt en juin, selon le club.", [("juin", "2023-06")]),
    ],
)
def test_month_under_a_future_copula_or_after_mois_de(nlp, text, expected):
    assert pipeline_dates(nlp, text, NOV) == expected


# ---------------------------------------------------------------- "il y a encore trois semaines", "près de deux mois"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il y a encore trois semaines, le maire défendait le projet.",
         [("Il y a encore trois semaines", "2023-10-23/2023-10-29")]),
        ("L'usine a fermé il y a déjà deux ans.", [("il y a déjà deux ans", "2021")]),
        ("Il y a à peine un mois, la ministre promettait l'inverse.", [("Il y a à peine un mois", "2023-10")]),
        # An approximate count of months or weeks still names that month or week, not one of years; a bound none.
        ("Le collectif est né il y a près de deux mois.", [("il y a près de deux mois", "2023-09")]),
        ("Il y a environ trois semaines, une fuite a été signalée.",
         [("Il y a environ trois semaines", "2023-10-23/2023-10-29")]),
        ("Le village a été fondé il y a près de trente ans.", []),
        ("Il y a plus de deux mois que le chantier est à l'arrêt.", []),
        # "il y a" that counts what is left, not how long ago.
        ("Il y a encore trois semaines de travaux sur la ligne.", []),
    ],
)
def test_ago_with_an_adverb_or_an_approximate_count(nlp, text, expected):
    assert pipeline_dates(nlp, text, NOV) == expected
