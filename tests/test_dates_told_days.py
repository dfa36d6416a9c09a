"""Relative dates counted from what the text tells: a day after "le lendemain" that merely starts like "de", the
year after or before a year told, holidays that name their own day, a weekday that ends a newspaper's title, the
weekend of two days and a weekday with its day set beside it (round 15, dates30)."""

import pytest

from dating import pipeline_dates

DEC = "2018-12-12"  # a Wednesday


# ---------------------------------------------------------------- "le lendemain devant ...": no complement
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les routiers ont bloqué le dépôt le 3 décembre, et le lendemain devant la raffinerie.",
         [("le 3 décembre", "2018-12-03"), ("le lendemain", "2018-12-04")]),
        ("La maire a été entendue le 5 décembre; la veille depuis Lyon, elle avait démenti.",
         [("le 5 décembre", "2018-12-05"), ("la veille", "2018-12-04")]),
        # A real complement still names an event we cannot place.
        ("Le 5 décembre, la maire a été entendue, la veille de son procès.", [("Le 5 décembre", "2018-12-05")]),
    ],
)
def test_anchored_day_before_a_word_in_de(nlp, text, expected):
    assert pipeline_dates(nlp, text, DEC) == expected


# ---------------------------------------------------------------- "l'année suivante" after a year told
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le club a été promu en 2014. L'année suivante, il est redescendu.",
         [("2014", "2014"), ("L'année suivante", "2015")]),
        ("La fonderie a fermé en mars 2011; l'année précédente, elle comptait 200 ouvriers.",
         [("mars 2011", "2011-03"), ("l'année précédente", "2010")]),
        # Nothing told before: counted from publication, forward for "suivante".
        ("Le chantier doit commencer l'année suivante.", [("l'année suivante", "2019")]),
        ("L'an dernier, le festival avait attiré 8000 spectateurs.", [("L'an dernier", "2017")]),
    ],
)
def test_year_counted_from_the_year_told(nlp, text, expected):
    assert pipeline_dates(nlp, text, DEC) == expected


# ---------------------------------------------------------------- holidays with their own article
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les anciens combattants ont défilé le 11-Novembre sous la neige.", [("le 11-Novembre", "2018-11-11")]),
        ("Les syndicats manifesteront le 1er-Mai dans toutes les grandes villes.", [("le 1er-Mai", "2019-05-01")]),
        ("Le jour de l'An, la préfecture fermera les Champs-Élysées.", [("Le jour de l'An", "2019-01-01")]),
        # Names of streets and squares are no dates, nor the eve's party.
        ("Le cortège s'est dispersé place du 8-Mai.", []),
        ("Le réveillon de la Saint-Sylvestre sera sous haute surveillance.", []),
    ],
)
def test_holiday_without_a_cue(nlp, text, expected):
    assert pipeline_dates(nlp, text, DEC) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "depuis" looks back whatever the verb: the last one, not the coming one.
        ("Depuis le 1er-Mai, le syndicat n'a plus appelé à la grève.", [("Depuis le 1er-Mai", "2018-05-01")]),
        ("Depuis la Toussaint, les ventes reculent chaque semaine.", [("Depuis la Toussaint", "2018-11-01")]),
        ("Les libraires s'inquiètent à l'approche de Noël.", [("l'approche de Noël", "2018-12-25")]),
        # The feast as the day itself: after "un", "la date de", "pendant" or a verb of spending it.
        ("Les hôteliers de la station redoutent un Noël sans touristes.", [("un Noël", "2018-12-25")]),
        ("Les routiers comptent passer Noël sur le parking du dépôt.", [("passer Noël", "2018-12-25")]),
        ("Le conseil municipal a avancé la date de la Toussaint pour les écoles.", [("date de la Toussaint", "2018-11-01")]),
        ("Le préfet interdira les cortèges pendant la fête du Travail.", [("pendant la fête du Travail", "2019-05-01")]),
        # A first name, not the feast: a surname follows it.
        ("La foule a applaudi un Noël Mamère très ému.", []),
    ],
)
def test_holiday_after_a_cue(nlp, text, expected):
    assert pipeline_dates(nlp, text, DEC) == expected


# ---------------------------------------------------------------- a weekday in a newspaper's title
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dans un entretien au Parisien Dimanche, la ministre défend sa réforme.", []),
        ("Le maire l'a confié à Sud Ouest Dimanche avant le conseil municipal.", []),
        # A weekday that starts a sentence or follows a comma is a day.
        ("La préfète était à Nantes. Samedi, elle sera à Rennes.", [("Samedi", "2018-12-15")]),
        ("Le préfet, Michel Durand, a parlé dimanche.", [("dimanche", "2018-12-09")]),
    ],
)
def test_weekday_ending_a_title(nlp, text, expected):
    assert pipeline_dates(nlp, text, DEC) == expected


# ---------------------------------------------------------------- a month bounding a wait
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Les négociations ne reprendront pas avant février.", DEC, [("février", "2019-02")]),
        ("La ligne restera fermée jusqu'à mars, selon l'exploitant.", DEC, [("mars", "2019-03")]),
        ("Le rapport est attendu d'ici avril.", DEC, [("avril", "2019-04")]),
        # Written in that very month, a wait in the future ends next year's.
        ("Pour la suite du feuilleton, il faudra attendre décembre.", "2018-12-28", [("décembre", "2019-12")]),
        ("Il a fallu attendre décembre pour que le pont rouvre.", "2018-12-28", [("décembre", "2018-12")]),
        # A capitalized "Mars" after a bound is the planet.
        ("La sonde ne se posera pas avant Mars.", DEC, []),
    ],
)
def test_month_after_a_bound(nlp, text, published, expected):
    assert pipeline_dates(nlp, text, published) == expected


# ---------------------------------------------------------------- "ce cinquième samedi"
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Written on a Thursday: the coming Saturday, as "ce samedi".
        ("Pour ce sixième samedi de colère, la préfecture mobilise 5000 agents.", "2018-12-20",
         [("samedi", "2018-12-22")]),
        ("Ce septième samedi de mobilisation inquiète les commerçants.", "2018-12-27", [("samedi", "2018-12-29")]),
        # Without "ce", a rank in a present clause is the latest of the series.
        ("Le débat revient après un sixième samedi de colère.", "2018-12-27", [("samedi", "2018-12-22")]),
    ],
)
def test_this_rank_of_a_series(nlp, text, published, expected):
    assert pipeline_dates(nlp, text, published) == expected


# ---------------------------------------------------------------- somewhere in this week
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La mairie avait reçu dans le courant de la semaine une lettre anonyme.",
         [("dans le courant de la semaine", "2018-12-10/2018-12-16")]),
        ("Plus tôt dans la semaine, la ministre avait visité la fonderie.",
         [("Plus tôt dans la semaine", "2018-12-10/2018-12-16")]),
        ("Au cours de la semaine, trois entrepôts de Vernac ont été bloqués.",
         [("Au cours de la semaine", "2018-12-10/2018-12-16")]),
        ("Le texte sera examiné au cours de cette semaine par les sénateurs.",
         [("au cours de cette semaine", "2018-12-10/2018-12-16")]),
        ("Au cours de la semaine dernière, la ministre a visité la fonderie.",
         [("la semaine dernière", "2018-12-03/2018-12-09")]),
        # A week of something is no date.
        ("Au cours de la semaine de travail, les ouvriers d'Orlan se reposent peu.", []),
        # Another week named after it is that week; "au courant de" is "informed of".
        ("Le bilan sera publié dans le courant de la semaine prochaine.",
         [("la semaine prochaine", "2018-12-17/2018-12-23")]),
        ("Le préfet a été mis au courant de la semaine de grève par les syndicats.", []),
    ],
)
def test_somewhere_in_this_week(nlp, text, expected):
    assert pipeline_dates(nlp, text, DEC) == expected


# ---------------------------------------------------------------- "le week-end des 15 et 16 décembre"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le marché de Noël se tiendra le week-end des 15 et 16 décembre.",
         [("week-end des 15 et 16 décembre", "2018-12-15/2018-12-16")]),
        ("Le week-end des 1er et 2 décembre, la préfecture avait interdit les rassemblements.",
         [("week-end des 1er et 2 décembre", "2018-12-01/2018-12-02")]),
        # No weekend named, or days that are no Saturday and Sunday: two days.
        ("Les audiences des 15 et 16 décembre ont été reportées.", [("15", "2018-12-15"), ("16 décembre", "2018-12-16")]),
        ("Le week-end des 14 et 15 décembre, le musée restera ouvert.",
         [("14", "2018-12-14"), ("15 décembre", "2018-12-15")]),
    ],
)
def test_weekend_of_two_days_is_one_interval(nlp, text, expected):
    assert pipeline_dates(nlp, text, DEC) == expected


# ---------------------------------------------------------------- "le deuxième samedi, le 24 novembre,"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le deuxième samedi de mobilisation, le 24 novembre, les Champs-Élysées ont été bloqués.",
         [("samedi", "2018-11-24"), ("le 24 novembre", "2018-11-24")]),
        ("Le premier lundi du mois, le 3 décembre, la mairie a rouvert.",
         [("lundi", "2018-12-03"), ("le 3 décembre", "2018-12-03")]),
        # The day is no apposition (a clause goes on) or falls on another weekday: the weekday keeps its own day.
        ("La mairie a rouvert lundi, le 3 décembre ayant été consacré à l'inventaire.",
         [("lundi", "2018-12-10"), ("le 3 décembre", "2018-12-03")]),
        ("Mardi, le 3 décembre, la mairie a rouvert.", [("Mardi", "2018-12-11"), ("le 3 décembre", "2018-12-03")]),
    ],
)
def test_weekday_takes_the_day_set_beside_it(nlp, text, expected):
    assert pipeline_dates(nlp, text, DEC) == expected


# ---------------------------------------------------------------- "Le 15 mars ... Le 17, ...": a day of the month told
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les routiers ont bloqué le port le 4 décembre. Le 6, la préfecture a levé les barrages.",
         [("le 4 décembre", "2018-12-04"), ("Le 6", "2018-12-06")]),
        ("Le conseil s'est réuni le 3 décembre, puis à nouveau le 10.",
         [("le 3 décembre", "2018-12-03"), ("le 10", "2018-12-10")]),
        ("Le 5 décembre, la grève a repris. « Le 7 au soir, tout était bloqué », raconte un chauffeur.",
         [("Le 5 décembre", "2018-12-05"), ("Le 7", "2018-12-07")]),
        # An earlier day only when the sentence looks back (a comparison, a pluperfect).
        ("Le 8 décembre, 4 000 personnes ont défilé à Rennes, contre 6 500 le 1er.",
         [("Le 8 décembre", "2018-12-08"), ("le 1er", "2018-12-01")]),
        ("Rentrés le 28 novembre, les randonneurs sont repartis le 2.", [("le 28 novembre", "2018-11-28")]),
        # No day of a month told just before, or a shirt: no date.
        ("Le 5 novembre 2016, il a signé au club. En mars 2017, il a été prêté. Le 9, il marquait.",
         [("Le 5 novembre 2016", "2016-11-05"), ("mars 2017", "2017-03")]),
        ("Le 2 décembre, le club a gagné à Metz, où son capitaine portait le 10.", [("Le 2 décembre", "2018-12-02")]),
        ("Le cortège a défilé dans le 13.", []),
    ],
)
def test_day_alone_is_of_the_month_told_before(nlp, text, expected):
    assert pipeline_dates(nlp, text, DEC) == expected


# ---------------------------------------------------------------- "trois mois plus tard", "au trimestre précédent"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le chantier a été lancé en mars ; deux mois plus tard, il était arrêté.",
         [("mars", "2018-03"), ("deux mois plus tard", "2018-05")]),
        ("Le 4 juin 2016, le pont a cédé. Six mois plus tard, un bac le remplaçait.",
         [("Le 4 juin 2016", "2016-06-04"), ("Six mois plus tard", "2016-12")]),
        # A year alone gives no month to count from; nothing told, a duration.
        ("En 2015, il a fondé sa société. Six mois plus tard, il embauchait.", [("2015", "2015")]),
        ("Trois mois après les faits, l'enquête piétine.", []),
        ("Le chômage a reculé au troisième trimestre, après une hausse au trimestre précédent.",
         [("au troisième trimestre", "2018-07-01/2018-09-30"), ("au trimestre précédent", "2018-04-01/2018-06-30")]),
        ("Les ventes ont progressé au premier semestre 2018 et stagné au semestre suivant.",
         [("au premier semestre 2018", "2018-01-01/2018-06-30"), ("au semestre suivant", "2018-07-01/2018-12-31")]),
        # Nothing told before, or "dernier"/"prochain": counted from publication's quarter.
        ("Le résultat du trimestre dernier a déçu.", [("du trimestre dernier", "2018-07-01/2018-09-30")]),
        ("Les embauches repartiront au trimestre prochain.", [("au trimestre prochain", "2019-01-01/2019-03-31")]),
        ("Chaque trimestre, la banque publie ses comptes.", []),
    ],
)
def test_months_and_quarters_counted_from_the_one_told(nlp, text, expected):
    assert pipeline_dates(nlp, text, DEC) == expected


# ---------------------------------------------------------------- "repoussée au 15": a day moved within the month told
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prévue le 4 janvier, l'audience a été repoussée au 18.", [("le 4 janvier", "2019-01-04"), ("au 18", "2019-01-18")]),
        ("Le conseil, convoqué le 20 décembre, est reporté au 27, à 18 heures.",
         [("le 20 décembre", "2018-12-20"), ("au 27", "2018-12-27")]),
        # An earlier day may be of the next month: unknown, left out.
        ("Le procès, prévu le 28 décembre, a été renvoyé au 3.", [("le 28 décembre", "2018-12-28")]),
        # "au" after any other word is no day.
        ("Le 20 décembre, le taux est passé de 10 au 15.", [("Le 20 décembre", "2018-12-20")]),
        ("Le 20 décembre, il a déménagé au 15.", [("Le 20 décembre", "2018-12-20")]),
    ],
)
def test_day_moved_to_another_of_the_month_told(nlp, text, expected):
    assert pipeline_dates(nlp, text, DEC) == expected
