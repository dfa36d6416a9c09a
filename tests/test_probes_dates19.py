"""Probe sentences of round 13 (dates19): relative dates in press phrasings, one group per class fixed.

Each sentence is written for these tests (tests/probes/dates19.jsonl holds the whole probe set)."""
import pytest

from dating import pipeline_dates


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        ('2019-01-10', 'Il y a exactement un mois, le président annonçait un moratoire.',
         [('Il y a exactement un mois', '2018-12')]),
        ('2019-01-10', "Il y a cinq ans jour pour jour, l'usine fermait ses portes.",
         [('Il y a cinq ans jour pour jour', '2014-01-10')]),
        ('2019-02-06', 'Dans exactement un mois, la loi entrera en vigueur.',
         [('Dans exactement un mois', '2019-03')]),
        ('2018-12-06', 'Il est mort il y a tout juste une semaine.',
         [('il y a tout juste une semaine', '2018-11-26/2018-12-02')]),
        ('2019-01-10', 'Il y a un an jour pour jour, la tempête frappait la côte.',
         [('Il y a un an jour pour jour', '2018-01-10')]),
        ('2019-01-10', 'Il y a tout juste un an, la ministre annonçait sa démission.',
         [('Il y a tout juste un an', '2018')]),
        ('2019-01-10', 'Le décret a été publié il y a précisément deux semaines.',
         [('il y a précisément deux semaines', '2018-12-24/2018-12-30')]),
    ],
)
def test_exact_count_is_a_date(nlp, published, text, expected):
    """An exact count after "il y a"/"dans" ("tout juste", "exactement", "précisément") is a date; "jour pour
    jour" makes it that very day."""
    assert pipeline_dates(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        ('2019-01-10', "Elle avait été élue le 3 mars à la présidence de l'association.",
         [('le 3 mars', '2018-03-03')]),
        ('2019-01-10', 'Il avait déposé plainte le 2 février.',
         [('le 2 février', '2018-02-02')]),
        ('2019-01-10', 'La loi avait été promulguée le 15 février, soit trois semaines après le vote.',
         [('le 15 février', '2018-02-15')]),
        ('2019-02-06', 'Il avait quitté le pays le 20 mars.',
         [('le 20 mars', '2018-03-20')]),
        ('2019-01-10', 'Le député avait été mis en examen le 8 février.',
         [('le 8 février', '2018-02-08')]),
    ],
)
def test_day_under_a_pluperfect_is_last_years(nlp, published, text, expected):
    """A day without a year hanging on a plus-que-parfait participle, a few weeks after publication, is last
    year's (as for the passé composé)."""
    assert pipeline_dates(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        ('2019-01-10', "Depuis le début de l'année, douze entreprises ont fermé.",
         [("Depuis le début de l'année", '2019')]),
        ('2018-12-04', "L'hôpital a recensé 40 cas de grippe depuis le début de la semaine.",
         [('depuis le début de la semaine', '2018-12-03/2018-12-09')]),
        ('2019-01-10', "Les ventes ont progressé depuis le début de l'année.",
         [("depuis le début de l'année", '2019')]),
        ('2018-12-04', 'Depuis le début de la semaine, les livreurs sont en grève.',
         [('Depuis le début de la semaine', '2018-12-03/2018-12-09')]),
        ('2018-12-04', 'Depuis le début du mois, les livreurs sont en grève.',
         [('Depuis le début du mois', '2018-12')]),
    ],
)
def test_since_the_start_of_a_period(nlp, published, text, expected):
    """"depuis le début de l'année / du mois / de la semaine": the period of publication."""
    assert pipeline_dates(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        ('2019-02-06', 'Le scrutin a été reporté à dimanche.',
         [('dimanche', '2019-02-10')]),
        ('2019-02-06', 'Le match a été reporté à samedi en raison de la neige.',
         [('samedi', '2019-02-09')]),
        ('2019-02-06', "L'audience a été renvoyée à jeudi à la demande de la défense.",
         [('jeudi', '2019-02-07')]),
        ('2019-02-06', 'Le vote a été repoussé à vendredi.',
         [('vendredi', '2019-02-08')]),
    ],
)
def test_weekday_an_event_is_moved_to_is_coming(nlp, published, text, expected):
    """"reporté à samedi", "renvoyée à jeudi": the day an event is moved to is the coming one."""
    assert pipeline_dates(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        ('2018-12-06', 'Les chiffres du mois dernier sont mauvais.',
         [('du mois dernier', '2018-11')]),
        ('2018-12-06', 'Les chiffres du mois dernier confirment le ralentissement.',
         [('du mois dernier', '2018-11')]),
        ('2018-12-06', 'Le conseil a renvoyé sa décision au mois prochain.',
         [('au mois prochain', '2019-01')]),
        ('2019-02-06', 'Selon le bilan du mois dernier, les ventes ont reculé.',
         [('du mois dernier', '2019-01')]),
    ],
)
def test_month_with_contracted_article(nlp, published, text, expected):
    """"du mois dernier", "au mois prochain": the article contracted with "de"/"à"."""
    assert pipeline_dates(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        ('2018-12-06', 'Le 3 mars, il a été élu maire. Le lendemain, il nommait ses adjoints.',
         [('Le 3 mars', '2018-03-03'), ('Le lendemain', '2018-03-04')]),
        ('2018-12-06', 'Le 20 avril, la grève a été votée ; trois jours plus tard, les premiers piquets se formaient.',
         [('Le 20 avril', '2018-04-20'), ('trois jours plus tard', '2018-04-23')]),
        ('2018-12-06', "L'usine a fermé le 12 janvier. Le mois suivant, 200 salariés étaient reclassés.",
         [('le 12 janvier', '2018-01-12'), ('Le mois suivant', '2018-02')]),
    ],
)
def test_days_counted_from_a_moved_day_move_with_it(nlp, published, text, expected):
    """A day moved a year back by its passé composé takes the days counted from it along."""
    assert pipeline_dates(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # An approximate count of years stays out (an age, not a date), and a bound ("plus de") too; "près de deux
        # mois" names a month since round 18 (a blind key, dates18), test_dates_phrasings.
        ("2019-01-10", "Il y a près de vingt ans, le chantier était à l'arrêt.", []),
        ("2019-01-10", "Il y a plus de deux mois, le chantier était à l'arrêt.", []),
        # "précédent" after "au mois" compares two figures: not counted from publication.
        ("2019-02-06", "Les loyers ont augmenté de 2 % par rapport au mois précédent.", []),
        # "jusqu'à samedi" is a span's end, not a day an event is moved to.
        ("2019-02-06", "Il était retenu jusqu'à samedi dans un commissariat.", [("samedi", "2019-02-02")]),
        # An eve counted from publication does not move with a day moved back before it.
        ("2018-12-06", "Le 3 mars, il a été élu. La veille de notre entretien, il hésitait encore.",
         [("Le 3 mars", "2018-03-03")]),
    ],
)
def test_guards(nlp, published, text, expected):
    """What the rules above leave alone."""
    assert pipeline_dates(nlp, text, published) == expected
