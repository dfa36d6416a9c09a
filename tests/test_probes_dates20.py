"""Probe sentences of round 13 (dates20: explicit, partial and interval dates), written in the press style of France,
Belgium, Québec and Algeria; the whole probe set is tests/probes/dates20.jsonl. Each class below failed before its
rule: Québec "lundi le 10 décembre", lists of days sharing one month, "l'an 2000", days of the current month ("le 8
courant"), a weekday before a numeric date, places named after a day, spans of years with a slash ("la saison
2017/2018") and publication stamp lines."""

import pytest

from dating import pipeline_dates
from pressfacts.clean import clean_text


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Lundi le 10 décembre, le premier ministre Legault a reçu les maires à Québec.", "2018-12-12",
         [("Lundi le 10 décembre", "2018-12-10")]),
        ("Samedi le 15 décembre, des milliers de personnes ont marché dans les rues de Montréal.", "2018-12-20",
         [("Samedi le 15 décembre", "2018-12-15")]),
        ("La grève des enseignants est prévue jeudi le 17 janvier dans toutes les écoles de Laval.", "2019-01-10",
         [("jeudi le 17 janvier", "2019-01-17")]),
        # A comma keeps them apart: the weekday is then read on its own.
        ("Les élus se sont réunis le 8 janvier, mardi dernier, à l'hôtel de ville.", "2019-01-10",
         [("le 8 janvier", "2019-01-08"), ("mardi dernier", "2019-01-08")]),
    ],
)
def test_weekday_le_day_month_is_one_day(nlp, text, published, expected):
    assert pipeline_dates(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Des rassemblements ont eu lieu les 3, 10 et 17 novembre devant la préfecture.", "2019-01-10",
         [("les 3", "2018-11-03"), ("10", "2018-11-10"), ("17 novembre", "2018-11-17")]),
        ("Les audiences sont fixées aux 4, 11 et 18 février au palais de justice.", "2019-01-10",
         [("4", "2019-02-04"), ("11", "2019-02-11"), ("18 février", "2019-02-18")]),
        ("Des rassemblements ont eu lieu les 1er, 8 et 15 décembre.", "2019-01-10",
         [("les 1er", "2018-12-01"), ("8", "2018-12-08"), ("15 décembre", "2018-12-15")]),
        # Counts in a list are no days, even with a date later in the sentence.
        ("Les enfants de 3, 10 et 12 ans ont été évacués le 8 décembre.", "2019-01-10",
         [("le 8 décembre", "2018-12-08")]),
    ],
)
def test_every_day_of_a_list_takes_the_month_written_last(nlp, text, published, expected):
    assert pipeline_dates(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le projet a été lancé en l'an 2000 par la commune.", [("2000", "2000")]),
        ("Le bug de l'an 2000 avait inquiété les banques et les compagnies aériennes.", [("2000", "2000")]),
        # A round number with no cue still counts something.
        ("Ils étaient 2000 devant la mairie.", []),
    ],
)
def test_l_an_cues_a_round_year(nlp, text, expected):
    assert pipeline_dates(nlp, text, "2019-01-10") == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("La réunion du conseil de wilaya s'est tenue le 8 courant au siège de la daïra.", "2019-01-10",
         [("le 8 courant", "2019-01-08")]),
        ("Le wali a présidé, dimanche 9 courant, une séance de travail consacrée aux routes.", "2018-12-12",
         [("dimanche 9 courant", "2018-12-09")]),
        ("La rencontre régionale est prévue le 20 du mois en cours à Oran.", "2019-01-10",
         [("le 20 du mois en cours", "2019-01-20")]),
        ("Le 5 du mois courant, les enseignants contractuels ont observé une grève.", "2019-01-10",
         [("Le 5 du mois courant", "2019-01-05")]),
        ("Le 220 courant alternatif reste dangereux, rappellent les électriciens.", "2019-01-10", []),
        # Undated: the month is unknown.
        ("La réunion s'est tenue le 8 courant au siège de la wilaya.", None, [("le 8 courant", None)]),
    ],
)
def test_day_of_the_current_month(nlp, text, published, expected):
    assert pipeline_dates(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le rassemblement prévu samedi 08/12/2018 avait été annulé par la préfecture.",
         [("samedi 08/12/2018", "2018-12-08")]),
        ("Le match de jeudi 24-01-2019 a été reporté à cause de la neige.", [("jeudi 24-01-2019", "2019-01-24")]),
        ("Le tirage au sort aura lieu mercredi 30.01.2019 au siège de la fédération.",
         [("mercredi 30.01.2019", "2019-01-30")]),
    ],
)
def test_weekday_before_a_numeric_date_belongs_to_it(nlp, text, expected):
    assert pipeline_dates(nlp, text, "2019-01-25") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le cortège a remonté l'avenue du 1er Novembre jusqu'à la Grande Poste d'Alger.", []),
        ("Un commerce a été incendié rue du 8 Mai 1945, dans le centre de Sétif.", []),
        ("Le stade du 5 Juillet accueillera la finale de la Coupe d'Algérie.", []),
        ("L'hôpital du 20 Août 1955 de Skikda manque cruellement de médecins.", []),
        ("Les étudiants ont défilé sur le boulevard du 11 Décembre 1960 à Belouizdad.", []),
        # Not a place: "sur place", a roadmap, the long weekend of a holiday.
        ("Les secouristes resteront sur place du 3 janvier au 5 février.",
         [("du 3 janvier au 5 février", "2019-01-03/2019-02-05")]),
        ("La feuille de route du 10 décembre n'a pas convaincu les syndicats.", [("du 10 décembre", "2018-12-10")]),
        ("Beaucoup de salariés feront le pont du 1er mai.", [("du 1er mai", "2019-05-01")]),
    ],
)
def test_place_named_after_a_day_is_no_date(nlp, text, expected):
    assert pipeline_dates(nlp, text, "2019-01-10") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les recettes de la saison 2017/2018 ont baissé de 8 % pour le Standard.", [("2017/2018", "2017/2018")]),
        ("L'exercice 2018/2019 s'annonce déficitaire pour l'entreprise portuaire.", [("2018/2019", "2018/2019")]),
        ("L'année scolaire 2018 / 2019 a été perturbée par les grèves des enseignants.",
         [("2018 / 2019", "2018/2019")]),
        # A reference number and a page address are no spans of years.
        ("La décision n° 2017/2018 du conseil communal a été annulée par la tutelle.", []),
        ("Le texte est en ligne sur www.exemple.be/2017/2018/budget.", []),
    ],
)
def test_span_of_years_with_a_slash(nlp, text, expected):
    assert pipeline_dates(nlp, text, "2019-01-10") == expected


@pytest.mark.parametrize(
    "stamp",
    [
        "Mise à jour le jeudi 10 janvier 2019 à 8 h 45",
        "Modifié le 10/01/2019 à 12:10 - Publié le 10/01/2019 à 08:00",
        "Dernière mise à jour : 10 janvier 2019",
        "Publié dans El Watan le 10 - 01 - 2019",
        "Actualisé le 10 janvier 2019 à 11h02",
    ],
)
def test_publication_stamp_lines_of_other_outlets_are_dropped(stamp: str) -> None:
    raw = f"{stamp}\n\nLe maire de Vernac a inauguré le pont.\n\nLes travaux ont duré deux ans."
    assert clean_text(raw) == "Le maire de Vernac a inauguré le pont.\n\nLes travaux ont duré deux ans."


@pytest.mark.parametrize(
    "line",
    [
        "Mise à jour: la liste des communes concernées par les coupures",
        "Modifié le 3 mars 2018, le texte a été adopté par le Sénat.",
        "Modifié le 3 mars 2018 par le Sénat, le texte revient à l'Assemblée",
    ],
)
def test_a_title_or_sentence_opening_like_a_stamp_stays(line: str) -> None:
    raw = f"{line}\n\nLe maire de Vernac a inauguré le pont."
    assert clean_text(raw) == raw
