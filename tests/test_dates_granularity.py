"""Explicit dates at coarse grain: month spans written with an elided "d'", decades in two digits, a season or a part
of "the month" told once (not a habit nor an idiom), "Mai 68" as an event's name, a stated half of a decade ("la seconde
moitié des années 1980"). Sentences written for these tests."""

import pytest

from dating import pipeline_dates


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # a month span with "d'" before a vowel, its year by the tense of the clause
        ("D'août à octobre, la fréquentation des musées a reculé.", "2019-01-10",
         [("D'août à octobre", "2018-08/2018-10")]),
        ("Le chantier du pont durera d'avril à septembre.", "2019-02-01", [("d'avril à septembre", "2019-04/2019-09")]),
        ("De mars à mai, les livraisons ont été suspendues.", "2018-12-15", [("De mars à mai", "2018-03/2018-05")]),
        # decades written in two digits are the 1900s
        ("La friche industrielle date des années 70, selon la mairie.", "2019-01-10",
         [("années 70", "1970/1979")]),
        ("Dans les années 60, le quartier comptait trois cinémas.", "2018-11-20",
         [("les années 60", "1960/1969")]),
        # "Mai 68" capitalized is an event's name even before a word; a lowercase month before a number counts
        ("Les slogans de Mai 68 reviennent sur les pancartes.", "2018-12-08", [("Mai 68", "1968-05")]),
        ("La caserne a enregistré en juin 45 interventions.", "2018-12-08", [("juin", "2018-06")]),
        # "en ce début d'année", "en cette fin d'année": the year of publication
        ("En ce début d'année, les syndicats reçoivent les voeux du préfet.", "2019-01-08", [("En ce début d'année", "2019")]),
        ("Les libraires craignent un recul en cette fin d'année.", "2018-12-11", [("en cette fin d'année", "2018")]),
        # two days with "ou" share the month written after the second
        ("Le jury rendra son avis le 14 ou le 15 mars.", "2019-02-02", [("le 14", "2019-03-14"), ("le 15 mars", "2019-03-15")]),
    ],
)
def test_spans_decades_and_named_months(nlp, sentence, published, expected):
    assert pipeline_dates(nlp, sentence, published) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # a season in a future or past clause is one season; in the present it is a habit
        ("Le musée rouvrira ses portes au printemps, après deux ans de travaux.", "2019-01-20",
         [("au printemps", "2019")]),
        ("Les éleveurs avaient manifesté au printemps devant la préfecture.", "2019-01-20", [("au printemps", "2018")]),
        ("Au printemps, les pistes cyclables se remplissent.", "2019-01-20", []),
        ("En hiver, la station accueille surtout des familles.", "2019-01-20", []),
        # a conditional the tagger reads as an imparfait is a forecast
        ("Selon l'institut, la consommation repartirait au printemps.", "2018-12-12", [("au printemps", "2019")]),
        ("Le chômage reculerait en début d'année, d'après la note.", "2018-11-28", [("en début d'année", "2019")]),
        ("Le Printemps de Bourges a dévoilé sa programmation.", "2019-01-20", []),
        # "the month": with a direction, a deadline or a future verb; not the idiom of making ends meet
        ("Le juge rendra sa décision à la fin du mois.", "2019-02-05", [("à la fin du mois", "2019-02")]),
        ("Le préfet a signé l'arrêté au début du mois dernier.", "2019-02-05",
         [("au début du mois dernier", "2019-01")]),
        ("Les offres doivent être déposées avant la fin du mois.", "2018-11-20", [("avant la fin du mois", "2018-11")]),
        ("Beaucoup de retraités peinent à finir la fin du mois.", "2019-02-05", []),
        ("Les intérimaires sont payés à la fin du mois.", "2019-02-05", []),
    ],
)
def test_seasons_and_month_parts_told_once(nlp, sentence, published, expected):
    assert pipeline_dates(nlp, sentence, published) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # a day or month without a year under a passé composé is the last one, even when the next is nearer
        ("La digue a cédé le 12 mai sous la pression des eaux.", "2018-12-20", [("le 12 mai", "2018-05-12")]),
        ("Le conseil municipal a voté en avril la fermeture de la piscine.", "2019-01-12", [("avril", "2018-04")]),
        ("Les dockers ont fait grève du 4 au 8 mai.", "2018-12-20", [("du 4 au 8 mai", "2018-05-04/2018-05-08")]),
        ("Ils ont défilé les 2 et 9 mai dans le centre-ville.", "2018-12-20",
         [("les 2", "2018-05-02"), ("9 mai", "2018-05-09")]),
        # a participle used alone that tells no plan, when the nearest reading is far ahead (round 27; was kept at
        # the nearest reading before)
        ("Le disque, sorti le 10 mai, a déçu.", "2018-12-20", [("le 10 mai", "2018-05-10")]),
        # not a date the verb sets for later, nor a plan's participle, nor a future
        ("Le procès a été renvoyé au 12 mai.", "2018-12-20", [("au 12 mai", "2019-05-12")]),
        ("L'audience a été fixée le 12 mai.", "2018-12-20", [("le 12 mai", "2019-05-12")]),
        ("Le disque, attendu le 10 mai, est déjà en précommande.", "2018-12-20", [("le 10 mai", "2019-05-10")]),
        ("Les riverains manifesteront le 12 mai.", "2018-12-20", [("le 12 mai", "2019-05-12")]),
    ],
)
def test_passe_compose_points_back(nlp, sentence, published, expected):
    assert pipeline_dates(nlp, sentence, published) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # a stated half of a decade is its five years (dates31), in four digits or two
        ("Le label a sorti ses meilleurs albums dans la seconde moitié des années 1970.", "2019-01-10",
         [("la seconde moitié des années 1970", "1975/1979")]),
        ("Pendant la première moitié des années 2000, l'usine tournait jour et nuit.", "2018-12-04",
         [("la première moitié des années 2000", "2000/2004")]),
        ("La 2e moitié des années 80 a vu fleurir les radios libres dans la région.", "2019-02-14",
         [("La 2e moitié des années 80", "1985/1989")]),
        ("Il a enseigné à Oran durant la deuxième moitié des années 1990.", "2019-01-22",
         [("la deuxième moitié des années 1990", "1995/1999")]),
        # "moitié" of something else, or no ordinal: the whole decade, or no date at all
        ("Près de la moitié des films des années 1970 sont perdus.", "2019-01-10", [("années 1970", "1970/1979")]),
        ("Il a passé la moitié des années 2000 à l'étranger.", "2019-01-10", [("années 2000", "2000/2009")]),
        ("La seconde moitié de la saison s'annonce plus difficile pour le club.", "2019-01-10", []),
        ("La première moitié du siècle avait vu deux guerres.", "2019-01-10", []),
    ],
)
def test_half_of_a_decade(nlp, sentence, published, expected):
    assert pipeline_dates(nlp, sentence, published) == expected
