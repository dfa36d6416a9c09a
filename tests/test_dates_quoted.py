"""Years listed after one cue ("en 1830, 1848 ou 1871") and the relative days of a quotation counted from the day it
was said when the text tells it ("« ... mardi », raconte X, venu samedi dernier") or an editor's gloss dates it
("aujourd'hui (mardi, NDLR)")."""

import pytest

from dating import pipeline_dates
from pressfacts.components.dates import extract_dates

FRI = "2024-06-28"  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les révoltes de 1830, 1848 et 1871 ont marqué la ville de Vernac.",
         [("1830", "1830"), ("1848", "1848"), ("1871", "1871")]),
        ("La digue d'Orlan a cédé en 1872, 1896, 1910 ou 1955, selon les archives.",
         [("1872", "1872"), ("1896", "1896"), ("1910", "1910"), ("1955", "1955")]),
        # A list of counts is no list of years.
        ("Les tickets coûtaient 1500, 1600 ou 1700 euros.", []),
        ("Selon les sources, ils étaient 1500, 1600 ou 1700 manifestants à Vernac.", []),
    ],
)
def test_years_listed_after_one_cue(text, expected):
    found, _ref, _inferred = extract_dates(text, FRI)
    assert [(d.text, d.value) for d in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Said on the Saturday told in the incise: "mardi" is the Tuesday before it, not before publication.
        ("« J'ai vu le préfet mardi à la télévision, alors je suis venu », raconte Hugo Varenne, venu samedi dernier "
         "à Orlan.", [("mardi", "2024-06-18"), ("samedi dernier", "2024-06-22")]),
        ("« Hier, nous étions quatre cents devant la mairie », a expliqué lundi Lise Carmont.",
         [("Hier", "2024-06-23"), ("lundi", "2024-06-24")]),
        # Said in a month the text gives, on a day it does not: the day is unknown.
        ("Le maire de Vernac avait déclaré en mars : « Le chantier est lancé. » Il a ajouté : « Dès aujourd'hui, "
         "la rue est fermée. »", [("mars", "2024-03"), ("aujourd'hui", None)]),
        # No date told for the words: publication stays the reference.
        ("« Hier, nous étions quatre cents devant la mairie », a expliqué Lise Carmont.", [("Hier", "2024-06-27")]),
    ],
)
def test_relative_day_of_a_quotation_counts_from_when_it_was_said(nlp, text, expected):
    assert pipeline_dates(nlp, text, FRI) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A few words quoted inside a sentence: the day told before them is not when they were said.
        ("Pour Noé Farel, blessé à Vernac samedi dernier, « la police tire aujourd'hui sur des passants ».",
         [("samedi dernier", "2024-06-22"), ("aujourd'hui", FRI)]),
    ],
)
def test_quoted_words_inside_a_sentence_keep_publication(nlp, text, expected):
    assert pipeline_dates(nlp, text, FRI) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An incise in the pluperfect: said on an earlier day the text does not tell, so the day is unknown.
        ("« Nous demandons aujourd'hui au préfet de revoir sa copie », avait alors prévenu le sénateur Jules Marnier.",
         [("aujourd'hui", None)]),
        ("« Hier, la place d'Orlan était calme », s'était félicitée la maire.", [("Hier", None)]),
        ("« Je serai à Vernac demain », avait-il promis devant ses militants.", [("demain", None)]),
        # The incise tells the day: counted from it, as in the passé composé.
        ("« Je serai à Vernac demain », avait-il promis mardi devant ses militants.",
         [("demain", "2024-06-26"), ("mardi", "2024-06-25")]),
        # A present or passé composé incise keeps publication.
        ("« Hier, la place d'Orlan était calme », se félicite la maire.", [("Hier", "2024-06-27")]),
    ],
)
def test_quotation_said_before_the_story_has_no_known_day(nlp, text, expected):
    assert pipeline_dates(nlp, text, FRI) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A next-day report: words told in the passé composé with no date of their own were said on the eve it tells.
        ("Le maire de Vernac a réuni hier son conseil après les inondations de mercredi.\n\n« Le maire ne parlera pas "
         "à la presse aujourd'hui », a fait savoir son cabinet à l'issue de la réunion.",
         [("hier", "2024-06-27"), ("mercredi", "2024-06-26"), ("aujourd'hui", "2024-06-27")]),
        ("Le préfet a visité hier les quartiers touchés. « Aujourd'hui, la situation est sous contrôle », a-t-il "
         "déclaré, précisant qu'une cellule de crise restait ouverte.",
         [("hier", "2024-06-27"), ("Aujourd'hui", "2024-06-27")]),
        ("Les sénateurs ont débattu hier du budget. « C'est aujourd'hui que tout se joue », s'est exclamée une élue.",
         [("hier", "2024-06-27"), ("aujourd'hui", "2024-06-27")]),
        # Said in the present, or told on a day older than the eve, or on publication day: publication stays.
        ("Le préfet a visité hier les quartiers touchés. « Aujourd'hui, la situation est sous contrôle », déclare-t-il.",
         [("hier", "2024-06-27"), ("Aujourd'hui", FRI)]),
        ("Le cortège a défilé mercredi à Orlan. « Aujourd'hui, on ne lâche rien », a lancé une syndicaliste.",
         [("mercredi", "2024-06-26"), ("Aujourd'hui", FRI)]),
        ("La mairie a publié hier un bilan. Ce matin, le maire est revenu sur place. « Aujourd'hui, tout est calme », "
         "a-t-il assuré.", [("hier", "2024-06-27"), ("Ce matin", FRI), ("Aujourd'hui", FRI)]),
    ],
)
def test_quotation_of_a_next_day_report_was_said_on_the_eve(nlp, text, expected):
    assert pipeline_dates(nlp, text, FRI) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A count of years opening a sentence counts from the last year told, a long quotation back.
        ("En 2016, la maire d'Orlan avait défendu la digue. « Ce chantier est le plus lourd que la commune ait "
         "connu depuis des décennies, il faudra des années pour le finir, mais nous tiendrons », avait-elle déclaré "
         "devant un conseil municipal houleux réuni en séance extraordinaire.\n\nTrois ans plus tôt, elle avait "
         "voté contre un projet semblable.", [("2016", "2016"), ("Trois ans plus tôt", "2013")]),
        ("En 2011, le club de Vernac est monté en deuxième division, porté par un public fidèle et par une "
         "génération de joueurs formés au village, qui ont ensuite rejoint des clubs plus riches de la région "
         "et du reste du pays.\n\nDix ans plus tard, il est redescendu.", [("2011", "2011"), ("Dix ans plus tard", "2021")]),
        # Inside a sentence the year must be told close by.
        ("En 2011, le club de Vernac est monté en deuxième division, porté par un public fidèle et par une "
         "génération de joueurs formés au village, qui ont ensuite rejoint des clubs plus riches de la région "
         "et du reste du pays. Il est redescendu en troisième division dix ans plus tard.", [("2011", "2011")]),
    ],
)
def test_years_counted_from_a_year_told_before_a_sentence(text, expected):
    found, _ref, _inferred = extract_dates(text, FRI)
    assert [(d.text, d.value) for d in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The same day and month told again without the year: that day again.
        ("Le pont de Vernac s'est effondré le 14 août 2018. Les victimes du 14 août ont été honorées à Orlan.",
         [("le 14 août 2018", "2018-08-14"), ("du 14 août", "2018-08-14")]),
        ("Les inondations du 3 octobre 2020 ont ravagé la vallée. Depuis le 3 octobre, la route reste fermée.",
         [("du 3 octobre 2020", "2020-10-03"), ("Depuis le 3 octobre", "2020-10-03")]),
        # In the future it is the coming one.
        ("La crue du 30 juillet 2019 avait noyé Orlan. Le 30 juillet, une stèle sera inaugurée.",
         [("du 30 juillet 2019", "2019-07-30"), ("Le 30 juillet", "2024-07-30")]),
    ],
)
def test_day_told_again_without_its_year(nlp, text, expected):
    assert pipeline_dates(nlp, text, FRI) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # An editor's gloss that is only a date tells the day of a relative word said or written on another day
        # (dates31).
        ("« Nous avons été reçus aujourd'hui (mardi, NDLR) par le sous-préfet », écrit le collectif.", "2019-01-10",
         [("aujourd'hui", "2019-01-08"), ("mardi", "2019-01-08")]),
        ("« On remet ça demain (samedi, ndlr) devant la mairie », prévenait une manifestante.", "2019-01-10",
         [("demain", "2019-01-12"), ("samedi", "2019-01-12")]),
        ("« La semaine dernière (du 3 au 9 décembre, ndlr), personne ne nous a appelés », déplore l'élu.",
         "2018-12-20", [("La semaine dernière", "2018-12-03/2018-12-09"), ("du 3 au 9 décembre", "2018-12-03/2018-12-09")]),
        ("Selon lui, la réunion de la veille (le 14 janvier, N.D.L.R.) avait été houleuse.", "2019-01-17",
         [("la veille", "2019-01-14"), ("le 14 janvier", "2019-01-14")]),
        # No gloss mark, a gloss that says more than a date, a gloss of something else: nothing moves.
        ("Le maire a réagi hier (voir notre édition du 2 janvier) à la décision du préfet.", "2019-01-10",
         [("hier", "2019-01-09"), ("du 2 janvier", "2019-01-02")]),
        ("Le projet sera voté demain (il a été réécrit le 8 janvier, ndlr) par le conseil.", "2019-01-10",
         [("demain", "2019-01-11"), ("le 8 janvier", "2019-01-08")]),
        ("« Hier, le Smic (salaire minimum, NDLR) a été revalorisé », note le syndicat.", "2019-01-10",
         [("Hier", "2019-01-09")]),
        ("Le défilé aura lieu samedi (et non dimanche, ndlr) dans le centre-ville.", "2019-01-10",
         [("samedi", "2019-01-12"), ("dimanche", "2019-01-13")]),
    ],
)
def test_relative_day_glossed_by_the_editor(nlp, text, published, expected):
    assert pipeline_dates(nlp, text, published) == expected
