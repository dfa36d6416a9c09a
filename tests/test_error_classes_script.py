"""scripts/error_classes.py splits a key's organization and date errors into classes whose counts add up to what
`pressfacts eval` counts as false and missed."""

from __future__ import annotations

from types import SimpleNamespace

from fake_records import date, entity
from pressfacts.evaluation import pressfacts_prediction, score_text
from script_module import load_script

classes = load_script("error_classes")



RECORD = SimpleNamespace(
    entities=[entity("e1", "ORG", "CGT"), entity("e2", "ORG", "Caisse d'épargne"), entity("e3", "LOC", "Bercy"),
              entity("e4", "ORG", "Medef"), entity("e5", "ORG", "Commission")],
    dates=[date("samedi", "2018-12-08"), date("jeudi", "2018-12-06"), date("hier", "2018-12-11"),
           date("en mai", None)],
    figures=[], quotes=[],
)
GOLD = {
    "organizations": [{"name": "CGT", "aliases": []}, {"name": "Caisse d'épargne Bretagne", "aliases": []},
                      {"name": "Bercy", "aliases": []}, {"name": "Commission européenne", "aliases": ["Commission"]},
                      {"name": "SNCF", "aliases": []}],
    "dates": [{"text": "samedi", "value": "2018-12-08"}, {"text": "samedi", "value": "2018-12-08"},
              {"text": "jeudi", "value": "2018-12-13"}, {"text": "en mai", "value": "2018-05"}],
}


def test_organization_classes_add_up_to_the_evaluation():
    got = classes.org_classes(GOLD, RECORD)
    assert got == {"missed: boundary": 1, "missed: other label": 1, "missed: not found": 1,
                   "false: no gold": 1, "false: boundary": 1}
    s = score_text(GOLD, pressfacts_prediction(RECORD))["ORG"]
    assert (s.fp, s.fn) == (2, 3)


def test_date_classes_tell_a_wrong_value_from_words_not_found():
    got = classes.date_classes(GOLD, RECORD)
    # the second "samedi" is no wrong value (the one predicted matched the first); "jeudi" came out a week early;
    # "en mai" came out with no value; "hier" has no gold words
    assert got == {"missed: not found (weekday)": 1, "missed: wrong value (weekday, earlier than the key)": 1,
                   "missed: wrong value (month, no value)": 1, "false: wrong value (weekday)": 1,
                   "false: no gold words (other words)": 1}
    s = score_text(GOLD, pressfacts_prediction(RECORD))["dates"]
    assert (s.fp, s.fn) == (2, 3)


def test_organization_classes_by_the_shape_of_the_name():
    gold = {"organizations": [{"name": "commission des finances", "aliases": []}, {"name": "SNCF", "aliases": []}],
            "dates": []}
    record = SimpleNamespace(entities=[entity("e1", "ORG", "conseil de discipline"), entity("e2", "ORG", "Medef"),
                                       entity("e3", "ORG", "Caisse des dépôts")], dates=[], figures=[], quotes=[])
    got = classes.org_classes(gold, record, by_shape=True)
    assert got == {"missed: not found (lowercase head)": 1, "missed: not found (acronym)": 1,
                   "false: no gold (lowercase head)": 1, "false: no gold (one word)": 1,
                   "false: no gold (capitalized words)": 1}
    assert sum(got.values()) == sum(classes.org_classes(gold, record).values())


def test_boundary_kinds_tell_how_two_names_differ():
    kind = classes.boundary_kind
    assert kind(["tribunal correctionnel de Nanterre"], ["tribunal correctionnel"]) == "predicted shorter, after: preposition"
    assert kind(["Fédération française de football"], ["Fédération"]) == "predicted shorter, after: lowercase"
    assert kind(["Crédit Agricole"], ["Crédit"]) == "predicted shorter, after: capitalized"
    assert kind(["syndicat Alliance"], ["Alliance"]) == "predicted shorter, before: lowercase"
    assert kind(["CGT"], ["CGT Cheminots"]) == "predicted longer, after: capitalized"
    assert kind(["Medef"], ["le Medef du Nord"]) == "predicted longer, both: preposition"
    assert kind(["ministère de l'Intérieur"], ["l'Intérieur"]) == "predicted shorter, before: preposition"
    assert kind(["SNCF"], ["RATP"]) is None
    assert kind(["SNCF"], ["SNCF"]) is None  # the same name is no boundary


def test_boundary_classes_count_the_boundary_errors_only():
    gold = {"organizations": [{"name": "tribunal correctionnel de Nanterre", "aliases": []},
                              {"name": "CGT", "aliases": []}, {"name": "Bercy", "aliases": []}], "dates": []}
    record = SimpleNamespace(entities=[entity("e1", "ORG", "tribunal correctionnel"), entity("e2", "ORG", "CGT"),
                                       entity("e3", "LOC", "Bercy"), entity("e4", "ORG", "Medef")],
                             dates=[], figures=[], quotes=[])
    got = classes.boundary_classes(gold, record)
    assert got == {"missed: predicted shorter, after: preposition": 1,
                   "false: predicted shorter, after: preposition": 1}
    base = classes.org_classes(gold, record)
    assert base["missed: boundary"] == 1 and base["false: boundary"] == 1
