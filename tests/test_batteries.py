"""The blind batteries of tests/batteries/ (rounds 30, 31 and 41; written with their keys by helpers who read only
GUIDELINES.md): pressfacts on the real model keeps at least what its round scored on each, and the runner reads every
case."""

from __future__ import annotations

import pytest

from script_module import load_script

batteries = load_script("batteries")

# F1 after round 31 (right/false/missed): the floors guard the gains of the rules written from these batteries. The
# round-31 batteries scored 0.930, 0.843 and 0.900 untouched (round 30's code).
FLOORS = {
    "dates_articles": 0.985,  # 203/2/4
    "dates_paragraphs": 0.935,  # 151/10/11
    # round 41: 40 paragraphs each, dense in wordy and relative dates; a and b read (rules written from them), c and d
    # held out (scores only). Untouched (round 40's code): 0.922, 0.908, 0.929, 0.955.
    "dates_round41a": 0.94,  # 218/12/16
    "dates_round41b": 0.929,  # 217/16/17
    "dates_round41c": 0.936,  # 204/9/19
    "dates_round41d": 0.955,  # 190/9/9
    "dates_styles": 0.945,  # 421/21/28 (round 31: 30 articles in many press styles)
    "organizations_articles": 0.91,  # 181/17/19
    "organizations_francophone": 0.853,  # 200/36/33 (round 31: Belgian, Québec, Swiss and Algerian styles)
    "organizations_national": 0.908,  # 286/17/41 (round 31: French national and regional press, wires)
    "organizations_sentences": 0.951,  # 98/3/7
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_battery_keeps_its_floor(name):
    score = batteries.score_battery(batteries.BATTERIES / f"{name}.jsonl")
    assert score.tp + score.fn > 100, score  # every case read: the keys hold over a hundred facts each
    assert round(score.f1, 3) >= FLOORS[name], (score.tp, score.fp, score.fn)


def test_every_battery_file_has_a_floor():
    assert sorted(p.stem for p in batteries.BATTERIES.glob("*.jsonl")) == sorted(FLOORS)


@pytest.mark.parametrize(("name", "field"), [("dates_articles", "dates"), ("organizations_sentences", "ORG")])
def test_battery_field_from_its_name(name, field):
    assert batteries.battery_field(name) == field
