"""Round 23's classes on sentences written for these tests (different from the probes they came from): dates under a
planned event, days written alone after a weekday with its day or a month, "ce mois-ci" and "au début du mois",
national days written day-hyphen-month; organization names glued by hyphens, intercommunal bodies that act."""

from __future__ import annotations

import pytest

from dating import pipeline_dates
from probe_checks import labels


@pytest.mark.parametrize(("text", "published", "values"), [
    # a month or day with no year under a planned event: the coming one, not the nearest
    ("Le chantier de la rocade pourrait reprendre en octobre, selon la préfecture.", "2019-03-05", ["2019-10"]),
    ("Les premières livraisons devraient intervenir en novembre.", "2019-03-05", ["2019-11"]),
    ("Le projet de loi doit être présenté en octobre au conseil des ministres.", "2019-03-05", ["2019-10"]),
    ("Le verdict est attendu le 14 octobre.", "2019-03-05", ["2019-10-14"]),
    ("L'inauguration est programmée en novembre.", "2019-03-05", ["2019-11"]),
    # near-miss: a past clause keeps the nearest reading
    ("Le chantier avait repris en octobre.", "2019-03-05", ["2018-10"]),
    # a day alone after "samedi 8" or a month told in its sentence
    ("Les commerçants ont manifesté samedi 8, puis de nouveau le 15.", "2018-12-20", ["2018-12-08", "2018-12-15"]),
    ("En février, les ventes ont chuté : 1 200 voitures le 4, 900 le 11.", "2019-03-01",
     ["2019-02", "2019-02-04", "2019-02-11"]),
    # near-miss: the month was told in another sentence
    ("En février, les ventes ont chuté. Le stade a été rénové, il a accueilli 900 spectateurs le 11.", "2019-03-01",
     ["2019-02"]),
    # "ce mois-ci" wherever it stands; "au début du mois" told in the past
    ("La commission rendra son avis ce mois-ci.", "2019-04-10", ["2019-04"]),
    ("Au début du mois, la crue avait inondé les caves du quartier.", "2019-04-20", ["2019-04"]),
    # near-miss: the end of the month as the idiom of making ends meet, in the past
    ("À la fin du mois, elle n'avait plus de quoi remplir son frigo.", "2019-04-20", []),
    # national days written day-hyphen-month; a street named after one stays a street
    ("Le 15-Août, les pèlerins seront plus nombreux qu'à Pâques.", "2019-07-30", ["2019-04-21", "2019-08-15"]),
    ("Le 5-Juillet, des milliers d'Algérois descendront dans la rue.", "2019-06-20", ["2019-07-05"]),
    ("Le cortège est parti de la place du 1er-Novembre.", "2019-06-20", []),
])
def test_dates(nlp, text, published, values):
    assert sorted(str(v) for _, v in pipeline_dates(nlp, text, published)) == sorted(values)


@pytest.mark.parametrize(("text", "want"), [
    ("L'université Lyon-Lumière a annulé ses partiels.", {"université Lyon-Lumière": "ORG"}),
    ("Le lycée Jean-Jaurès a été bloqué mardi matin.", {"lycée Jean-Jaurès": "ORG"}),
    ("L'hôpital Saint-Joseph-Saint-Luc a déclenché son plan blanc.", {"hôpital Saint-Joseph-Saint-Luc": "ORG"}),
    ("La métropole de Nantes a adopté un plan vélo.", {"métropole de Nantes": "ORG"}),
    ("La communauté urbaine de Strasbourg a voté la gratuité des transports.", {"communauté urbaine de Strasbourg": "ORG"}),
    # near-misses: the territory as a place
    ("Il a grandi dans la métropole de Nantes.", {"Nantes": "LOC"}),
    # a kind noun decides: the name after it is the organization, the owner after "de" a person
    ("Le mouvement Ennahda a quitté la coalition.", {"Ennahda": "ORG"}),
    ("Ennahda, le parti de Rached Ghannouchi, a quitté la coalition.", {"Ennahda": "ORG", "Rached Ghannouchi": "PER"}),
    ("Chez Renault, le groupe de Carlos Ghosn, la production ralentit.", {"Carlos Ghosn": "PER"}),
    # a parliamentary group by its party's adjective; near-miss: an armed group is none
    ("Au Sénat, le groupe centriste s'est abstenu.", {"groupe centriste": "ORG"}),
    ("Le groupe armé a revendiqué l'attaque.", {"groupe armé": None}),
    # round 24: a name ending on an elided word the tokenizer cut off takes back the word glued to it
    ("Trois étudiants ont comparu jeudi devant le tribunal de Sidi M'hamed.", {"tribunal de Sidi M'hamed": "ORG"}),
    ("Le juge a entendu Ahmed M'Barek mardi.", {"Ahmed M'Barek": "PER"}),
    # round 24: a longer name the ruler knows wins over the press title inside it, after "selon" too
    ("Selon La Presse canadienne, la ministre a démissionné.", {"La Presse canadienne": "ORG"}),
    ("Selon La Presse, la ministre a démissionné.", {"La Presse": "ORG"}),
])
def test_organizations(text, want):
    got = labels(text)
    assert {k: got.get(k) for k in want} == want, got
