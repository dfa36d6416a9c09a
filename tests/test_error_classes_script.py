"""scripts/error_classes.py splits a key's organization and date errors into classes whose counts add up to what
`pressfacts eval` counts as false and missed."""

from __future__ import annotations

from types import SimpleNamespace

from fake_records import date, entity, quote
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


def test_speaker_classes_add_up_to_the_evaluation():
    text = ("Le maire, Paul Vasseur, a pris la parole. « Nous rouvrirons la halle au printemps », a-t-il dit.\n"
            "La CGT a répondu par un communiqué. « Les agents ne sont pas consultés », écrit le syndicat.\n"
            "« Rien n'est décidé », glisse un proche du dossier.\n"
            "Pour Léa Marchand, rien ne change. « On attend depuis deux ans », soupire-t-elle.\n"
            "« Le marché ne fermera pas », a promis Paul Vasseur.")

    def q(words: str, speaker: str | None, reach: str | None) -> SimpleNamespace:
        start = text.index(words)
        return quote(words, speaker, reach, start, start + len(words))

    record = SimpleNamespace(
        text=text,
        entities=[entity("p1", "PER", "Paul Vasseur"), entity("o1", "ORG", "CGT"), entity("p2", "PER", "Léa Marchand")],
        dates=[], figures=[],
        quotes=[q("Nous rouvrirons la halle au printemps", "p1", "paragraph"),  # right
                q("Les agents ne sont pas consultés", None, None),  # missed: the CGT is named in its paragraph
                q("Rien n'est décidé", "p1", "earlier"),  # the key has no speaker
                q("On attend depuis deux ans", "p1", "earlier"),  # another speaker
                q("Le marché ne fermera pas", "o1", "earlier")],  # a quotation the key does not list
    )
    gold = {"people": [{"name": "Paul Vasseur"}, {"name": "Léa Marchand"}, {"name": "Sami Ferhat"}],
            "organizations": [{"name": "CGT"}],
            "quotes": [{"start": "Nous rouvrirons la halle", "speaker": "Paul Vasseur"},
                       {"start": "Les agents ne sont", "speaker": "CGT"},
                       {"start": "Rien n'est décidé", "speaker": None},
                       {"start": "On attend depuis", "speaker": "Léa Marchand"},
                       {"start": "Le projet de loi sera voté", "speaker": "Sami Ferhat"}]}
    got = classes.speaker_classes(gold, record)
    assert got == {"missed: no speaker given (named in its paragraph)": 1,
                   "false: a speaker where the key has none (PER, earlier)": 1,
                   "missed: another speaker (PER, earlier)": 1, "false: another speaker (PER, earlier)": 1,
                   "missed: quotation not found": 1,
                   "false: a quotation the key does not list (ORG, earlier)": 1}
    s = score_text(gold, pressfacts_prediction(record))["speakers"]
    assert (s.tp, s.fp, s.fn) == (1, 3, 3)
    assert s.fp == sum(v for k, v in got.items() if k.startswith("false"))
    assert s.fn == sum(v for k, v in got.items() if k.startswith("missed"))


def test_a_speaker_named_nowhere_or_elsewhere():
    text = "Premier paragraphe avec Anne Roy.\nSecond : « Ce sera long », dit-on."
    start = text.index("Ce sera long")
    assert classes._named_where({"anne roy"}, text, start, start + 12) == "named elsewhere"
    assert classes._named_where({"luc bon"}, text, start, start + 12) == "named nowhere"
    assert classes._named_where({"anne roy"}, text, 0, 5) == "named in its paragraph"
