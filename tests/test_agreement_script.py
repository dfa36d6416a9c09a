"""scripts/agreement.py scores a second key against the test key with `pressfacts eval`'s matching."""

from __future__ import annotations

import json
from pathlib import Path

from pressfacts.evaluation import score_text
from script_module import load_script

agreement = load_script("agreement")

GOLD = {
    "organizations": [{"name": "Conseil d'État", "aliases": []}, {"name": "CGT", "aliases": []}],
    "dates": [{"text": "mardi", "value": "2019-03-05"}, {"text": "en 2018", "value": "2018"}],
    "people": [{"name": "Christophe Castaner", "aliases": ["M. Castaner"], "age": None, "roles": []}],
    "quotes": [{"start": "Nous ne céderons rien", "speaker": "Christophe Castaner"},
               {"start": "Pas de retrait sans", "speaker": None}],
}


def test_organizations_match_by_name_or_alias():
    second = {"organizations": [{"name": "Conseil d’Etat", "aliases": ["Conseil d'État"]}, {"name": "SNCF", "aliases": []}]}
    s = score_text(GOLD, agreement.as_prediction("org", second))["ORG"]
    assert (s.tp, s.fp, s.fn) == (1, 1, 1)  # the Conseil agrees, SNCF only in the second key, CGT only in the gold


def test_dates_match_by_value_and_null_values_are_left_out():
    second = {"dates": [{"text": "ce mardi", "value": "2019-03-05"}, {"text": "l'an dernier", "value": None},
                        {"text": "en 2017", "value": "2017"}]}
    s = score_text(GOLD, agreement.as_prediction("dates", second))["dates"]
    assert (s.tp, s.fp, s.fn) == (1, 1, 1)


def test_speakers_resolve_through_the_second_keys_aliases():
    second = {"people": [{"name": "M. Castaner", "aliases": ["Christophe Castaner"]}],
              "quotes": [{"start": "Nous ne céderons rien", "speaker": "M. Castaner"},
                         {"start": "Pas de retrait sans", "speaker": "M. Castaner"}]}
    s = score_text(GOLD, agreement.as_prediction("spk", second))["speakers"]
    assert (s.tp, s.fp, s.fn) == (1, 1, 0)  # the second quotation is nobody's in the gold


def test_every_test_article_has_a_second_key_of_each_field():
    keys = Path(__file__).resolve().parents[1] / "data/answers/press"
    tests = sorted(f.name for f in (keys / "test").glob("*.json"))
    assert len(tests) >= 12
    for field in agreement.FIELDS:
        second = sorted(f.name for f in (keys / "agreement" / field).glob("*.json"))
        assert second == tests, field
        assert all(json.loads((keys / "agreement" / field / n).read_text(encoding="utf-8"))["split"] == "second"
                   for n in second)
