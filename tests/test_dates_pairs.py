"""Dates set side by side or named through another word (round 18, dates35 and the dates18 sweep): two decades joined
by a dash, the time after a year, every such day after a plural article, "l'un ..., l'autre ..." weekdays, a holiday
after "du", a winter spanning two years, a week part opening a sentence, a month in the year told in an undated text,
and hier/demain set beside another relative day (the past and the future in general)."""

import pytest

from dating import pipeline_dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ce quartier ouvrier a décliné dans les années 1950-1960.", [("1950", "1950/1959"), ("1960", "1960/1969")]),
        ("Le budget 1950-1960 de la commune a été retrouvé.", [("1950-1960", "1950/1960")]),
    ],
)
def test_two_decades_joined_by_a_dash(nlp, text, expected):
    assert pipeline_dates(nlp, text, "2019-02-14") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les syndicats pensent déjà à l'après-2024.", [("l'après-2024", "2024")]),
        ("La région prépare l'après-charbon.", []),
    ],
)
def test_the_time_after_a_year(nlp, text, expected):
    assert pipeline_dates(nlp, text, "2019-02-14") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les forains craignent les contrôles des 14 Juillet.", []),
        ("Les 14 et 15 juillet, la fête foraine restera ouverte.", [("Les 14", "2019-07-14"), ("15 juillet", "2019-07-15")]),
    ],
)
def test_a_plural_article_before_a_day_makes_a_habit(nlp, text, expected):
    assert pipeline_dates(nlp, text, "2019-02-14") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deux visites sont prévues, l'une mercredi, l'autre vendredi.",
         [("mercredi", "2019-01-16"), ("vendredi", "2019-01-18")]),
        ("Deux visites ont eu lieu, l'une lundi, l'autre mardi.", [("lundi", "2019-01-14"), ("mardi", "2019-01-15")]),
    ],
)
def test_the_other_weekday_of_a_pair(nlp, text, expected):
    assert pipeline_dates(nlp, text, "2019-01-15") == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        ("2019-01-02", "Le soir du Nouvel An, la gare a été évacuée.", [("soir du Nouvel An", "2019-01-01")]),
        ("2019-07-16", "À la veille du 14-Juillet, la préfecture a interdit les pétards.",
         [("veille du 14-Juillet", "2019-07-13")]),
        ("2019-02-06", "Le Nouvel An chinois a été célébré mardi à Belleville.", [("mardi", "2019-02-05")]),
        ("2019-01-02", "Le réveillon du Nouvel An a rassemblé 2000 personnes.", []),
    ],
)
def test_a_holiday_after_du(nlp, published, text, expected):
    assert pipeline_dates(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        ("2018-12-10", "Les loyers seront plafonnés cet hiver.", [("cet hiver", "2018/2019")]),
        ("2019-03-01", "Les urgences ont été débordées cet hiver.", [("cet hiver", "2018/2019")]),
        ("2018-12-10", "Les loyers seront plafonnés pendant l'hiver.", [("l'hiver", None)]),
    ],
)
def test_this_winter_spans_two_years(nlp, published, text, expected):
    assert pipeline_dates(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fin de semaine studieuse pour les députés.", [("Fin de semaine", "2019-01-14/2019-01-20")]),
        ("Les tarifs de fin de semaine sont plus chers.", []),
    ],
)
def test_a_week_part_opening_a_sentence(nlp, text, expected):
    assert pipeline_dates(nlp, text, "2019-01-15") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le musée a rouvert en 2011. En octobre, il a reçu son millionième visiteur.",
         [("2011", "2011"), ("octobre", "2011-10")]),
        ("Le musée a rouvert en novembre 2011. En février, il a fermé.", [("novembre 2011", "2011-11"), ("février", None)]),
    ],
)
def test_a_month_in_the_year_told_when_undated(nlp, text, expected):
    assert pipeline_dates(nlp, text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les ouvriers d'hier et d'aujourd'hui partagent la même colère.", [("aujourd'hui", "2019-03-12")]),
        ("Demain comme hier, la commune restera solidaire.", []),
        ("Le maire a parlé hier et parlera encore demain.", [("hier", "2019-03-11"), ("demain", "2019-03-13")]),
    ],
)
def test_relative_days_set_side_by_side(nlp, text, expected):
    assert pipeline_dates(nlp, text, "2019-03-12") == expected
